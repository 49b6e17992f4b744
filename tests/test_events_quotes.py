import pytest

import polsek_nlp


def test_seed_event(seed_record):
    ev = seed_record.event
    assert ev.type == "rapat_koordinasi"
    assert ev.name == "Operasi Mantap Praja Lodaya 2024"
    assert ev.date == "2024-08-19"
    assert ev.venue == "Aula Tatag Trawang Tungga Mapolres Purwakarta"
    assert ev.leader == "Lilik Ardiansyah"
    assert ev.region.code == "32.14" and ev.region.province == "Jawa Barat"
    assert ev.purpose.startswith("kesiapan pengamanan")


def test_seed_quotes(seed_record):
    direct = [q for q in seed_record.quotes if q.direct]
    assert [q.speaker for q in direct] == ["Lilik Ardiansyah", "Lilik Ardiansyah"]
    assert direct[0].text.startswith("Kami berharap dengan Rakor ini")
    assert direct[0].cue == "ungkap" and direct[1].cue == "ucap"
    assert any(not q.direct and q.speaker == "Lilik Ardiansyah" for q in seed_record.quotes)


def test_type_from_stems():
    rec = polsek_nlp.analyze("Polisi menangkap dua pelaku pencurian motor. Penangkapan dilakukan Senin.",
                             published="2024-08-20")
    assert rec.event.type in ("penangkapan", "pencurian")
    assert {"penangkapan", "pencurian"} <= {rec.event.type, *rec.event.secondary_types}


def test_quote_with_pronoun_cue():
    rec = polsek_nlp.analyze('Kapolres Bogor AKBP Andi Dicky menjelaskan kasus itu. '
                             '"Pelaku sudah kami amankan di markas," tuturnya.')
    (q,) = [q for q in rec.quotes if q.direct]
    assert q.speaker == "Andi Dicky" and q.cue == "tuturnya"


def test_curly_quotes_and_menurut():
    rec = polsek_nlp.analyze("“Kondisi korban sudah membaik sekarang,” kata Budi Santoso. "
                             "Menurut Budi Santoso, korban akan dipulangkan besok pagi.")
    assert any(q.direct and q.speaker == "Budi Santoso" for q in rec.quotes)
    assert any(not q.direct and q.cue == "menurut" for q in rec.quotes)


def test_event_date_is_not_publication_date_when_text_dates_it():
    rec = polsek_nlp.analyze("Polisi menggerebek gudang di Surabaya pada Minggu (20/8) kemarin.",
                             published="2017-08-22T13:00")
    assert rec.event.date == "2017-08-20"


def test_short_quote_with_cue_and_no_duplicate_indirect_quotes(seed_record):
    rec = polsek_nlp.analyze('Kapolres Bogor AKBP Andi Dicky datang. "Kami siap," kata Andi.')
    assert [(q.text, q.speaker) for q in rec.quotes if q.direct] == [("Kami siap", "Andi Dicky")]
    starts = [q.start for q in seed_record.quotes]
    assert len(starts) == len(set(starts))


def test_region_from_the_command_of_the_officer():
    rec = polsek_nlp.analyze("Kapolres Purwakarta AKBP Lilik Ardiansyah meninjau pos pengamanan mudik.")
    assert rec.event.region.code == "32.14"


def test_function_word_is_no_village(seed_record):
    assert "Pada" not in {p.name for p in seed_record.places}
    assert [o.name for o in seed_record.officers] == ["Lilik Ardiansyah"]
    assert "POLSEK" not in {i.name for i in seed_record.institutions}


def test_error_records_have_no_event_type():
    (rec,) = polsek_nlp.analyze_many([{"id": "x", "text": None}])
    assert rec.error and rec.event.type is None


def test_unit_names_are_no_event_triggers():
    rec = polsek_nlp.analyze("Mantan Kasat Satresnarkoba Polresta Depok itu menjemput mahasiswi yang hilang.")
    assert rec.event.type != "narkoba"


def test_a_single_weak_trigger_is_no_event_type():
    rec = polsek_nlp.analyze("Warga berkumpul di balai desa. Mereka membahas harga beras. Ada yang mencuri waktu "
                             "untuk bercanda.")
    assert rec.event.type == "lainnya"


def test_the_day_something_was_said_is_not_the_event_day():
    text = ("Polisi menangkap WN Mozambik itu di Hotel Diaz, Selasa (7/8/2017) malam. "
            '"Pelaku kami amankan bersama barang bukti," kata Argo melalui keterangan tertulis, Rabu (9/8/2017).')
    rec = polsek_nlp.analyze(text, published="2017-08-10T02:32")
    assert rec.event.date == "2017-08-07"


def test_participants_need_a_presence_word_of_its_own():
    said = "Rapat koordinasi itu {} Bupati Purwakarta Anne Ratna Mustika."
    for cue, expected in (("dihadiri", ["Anne Ratna Mustika"]), ("(hadir:", ["Anne Ratna Mustika"]),
                          ("menunggu kehadiran", []), ("tanpa_hadir", [])):
        rec = polsek_nlp.analyze(said.format(cue), published="2024-08-19")
        assert rec.event.participants == expected, cue


@pytest.mark.parametrize("text, name", [("Polisi menggelar Operasi Ketupat Lodaya 2024 di Bandung.", "Operasi Ketupat Lodaya 2024"),
                                        ("Ops Zebra Jaya digelar.", "Ops Zebra Jaya"),
                                        ("Jelang Pilkada Serentak 2024 polisi bersiaga.", "Pilkada Serentak 2024"),
                                        ("Pengamanan Pemilu 2019 berjalan lancar.", "Pemilu 2019"),
                                        ("Upacara HUT Bhayangkara ke-78 digelar.", "HUT Bhayangkara ke-78"),
                                        ("Peringatan Hari Bhayangkara berlangsung meriah.", "Hari Bhayangkara")])
def test_every_kind_of_event_name_gets_past_the_quick_check(text, name):
    """Event names are searched only in texts holding one of their first words (a quick check
    first): each kind of name must still be found."""
    from polsek_nlp.api import analyze_doc

    doc = analyze_doc(text)[0]
    assert name in [s.text for s in doc.spans["event_names"]]


def _checked_forms() -> list[str]:
    """The inflected forms listed in event_types.tsv's header as checked."""
    from polsek_nlp.data import data_text

    lines = data_text("event_types.tsv").splitlines()
    start = next(i for i, line in enumerate(lines) if "Inflected forms checked" in line)
    forms = []
    for line in lines[start + 1:]:
        if not line.startswith("#"):
            break
        forms += line[1:].split()
    return forms


def test_triggers_are_keyed_on_the_projects_roots():
    """Issue 20: the triggers are roots as root_of gives them (no PySastrawi call per new word);
    every checked inflected form still triggers, and the quirk-stem false hits are gone."""
    from polsek_nlp.lang.stemming import root_of
    from polsek_nlp.resolve.events import _types_of_word, event_types

    by_root = event_types()[1]
    assert all(root_of(t) == t for t in by_root if t.isalpha())
    forms = _checked_forms()
    assert len(forms) > 200
    assert [f for f in forms if f.isalpha() and not _types_of_word(f)] == []
    assert _types_of_word("dicurinya") == ("pencurian",) and _types_of_word("capresnya") == ("pemilu",)
    assert _types_of_word("ampas") == () and _types_of_word("memilukan") == ()


def test_an_act_only_demanded_does_not_type_the_event():
    # the students demonstrate; the arrest and the arson are what they demand, not what happened
    text = ("Ratusan mahasiswa menggelar demo di depan kantor bupati, Senin (15/5). "
            "Mereka menuntut polisi menangkap pelaku pembakaran lahan.")
    rec = polsek_nlp.analyze(text, published="2017-05-16")
    assert rec.event.type == "demonstrasi"
    assert not {"penangkapan", "kebakaran"} & set(rec.event.secondary_types)
