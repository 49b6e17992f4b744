"""Issue 19, genre records round 14's tune side (s30gr14): byline names, agency units named `Balai`, on invented text."""
import polsek_nlp


def persons(text, **kw):
    return {p.name for p in polsek_nlp.analyze(text, **kw).persons}


_BODY = "KLATEN - Warga Desa Sukamaju membersihkan saluran irigasi, Senin (3/11). Kegiatan itu diikuti 50 orang.\n\n"


def test_byline_names_are_persons():
    # written byline names are persons (gold/README.md, Settled s20): the staff label goes, the name stays
    found = persons(_BODY + "Pewarta: Lukas Wirawan Tanone Editor: Sri Handayani")
    assert {"Lukas Wirawan Tanone", "Sri Handayani"} <= found
    assert not any("Editor" in n or "Pewarta" in n for n in found)
    found = persons(_BODY + "Reporter: Fajar Nugroho\nEditor: Maria Ulfah Siregar")
    assert {"Fajar Nugroho", "Maria Ulfah Siregar"} <= found


def test_byline_source_and_staff_codes_stay_out():
    # on a byline line the `Sumber: ...` part and a staff code `(ant/asa)` are still furniture
    rec = polsek_nlp.analyze(_BODY + "Penulis: Yudha Prasetyo | Sumber: Antara\n(ant/asa)")
    assert "Yudha Prasetyo" in {p.name for p in rec.persons}
    assert not any("Antara" in i.name for i in rec.institutions)
    assert not any("ant" in p.name.lower().split() for p in rec.persons)


def places(text, **kw):
    return {p.name for p in polsek_nlp.analyze(text, **kw).places}


def test_agency_unit_after_balai_is_no_hall():
    # `Balai <agency word> ...`: a state agency's technical unit (agency_unit_words.tsv), a body, not a venue
    text = ("Para calon pekerja migran diserahkan ke Balai Pelayanan Pelindungan Pekerja Migran Indonesia "
            "(BP3MI) Kupang untuk dipulangkan, Senin (3/11).")
    assert not any(p.startswith("Balai") or "BP3MI" in p for p in places(text))
    text = ("Benih lobster dilepasliarkan bersama petugas Balai Karantina Hewan, Ikan, dan Tumbuhan Nusa Tenggara "
            "Barat di Pantai Senggigi, Kamis (6/11).")
    found = places(text)
    assert not any(p.startswith("Balai") for p in found)
    assert "Pantai Senggigi" in found
    text = "Penanganan anak itu melibatkan Balai Pemasyarakatan Kelas II Klaten dan orang tuanya, kata Kapolsek."
    assert not any(p.startswith("Balai") for p in places(text))
    text = "Sampel air dikirim ke Balai Besar Teknik Kesehatan Lingkungan Surabaya untuk diuji, Selasa (4/11)."
    assert not any(p.startswith("Balai") for p in places(text))


def test_halls_keep_their_head():
    found = places("Warga berkumpul di Balai Desa Sukamaju, lalu rapat dilanjutkan di Balai Kota Semarang.")
    assert {"Balai Desa Sukamaju", "Balai Kota Semarang"} <= found


def test_rehabilitation_centre_stays_a_venue():
    # only a grade word (`Besar`) then a unit's word make the agency: a rehabilitation centre is where patients stay
    assert "Balai Besar Rehabilitasi BNN" in places(
        "Ketiga pemuda itu menjalani rawat inap di Balai Besar Rehabilitasi BNN di Lido, Bogor, sejak Senin (3/11).")


_BYLINE_BODY = "SUBANG - Warga Desa Cibeureum memperbaiki jembatan bambu, Rabu (5/11). Kegiatan itu diikuti 40 orang.\n\n"


def test_byline_slot_names_read_by_position():
    # issue 19 (s30byl): in a byline slot a capitalised word is a name word by position, though it is
    # also an ordinary word (`Anggun`, `Indah`, `Wulan`): the whole name, not its tail, nor nothing
    assert "Anggun Pratiwi" in persons(_BYLINE_BODY + "Penulis: Anggun Pratiwi")
    assert "Pratiwi" not in persons(_BYLINE_BODY + "Penulis: Anggun Pratiwi")
    assert {"Indah Kusumawati", "Nova Lamasi"} <= persons(_BYLINE_BODY + "Pewarta: Indah Kusumawati / Editor: Nova Lamasi")
    assert {"Budi Lestari", "Anggun Saputri"} <= persons(_BYLINE_BODY + "Pewarta: Budi Lestari dan Anggun Saputri")
    assert {"Mulia Hartono", "Ayu Sembiring"} <= persons(_BYLINE_BODY + "Pewarta: Mulia Hartono, Ayu Sembiring")
    assert "Indah Kusumawati" in persons(_BYLINE_BODY + "Reporter: Indah Kusumawati (ant/asa)")
    assert "Ida R." in persons(_BYLINE_BODY + "Editor: Ida R.")
    assert "Wulan" in persons(_BYLINE_BODY + "Editor: Wulan")
    assert "INDAH KUSUMAWATI" in persons(_BYLINE_BODY + "PEWARTA: INDAH KUSUMAWATI")


def test_byline_slot_guards():
    # the position reading holds in a byline slot only: a label inside a sentence, ordinary text after
    # `Editor:`, a body after `Sumber:` are read as before
    assert "Indah Permata" not in persons(_BYLINE_BODY + "Ia menjadi pewarta: Indah Permata namanya.")
    found = persons(_BYLINE_BODY + "Editor: Kami menyampaikan terima kasih kepada Bapak Joko")
    assert not any(n.startswith("Kami") for n in found)
    assert not persons(_BYLINE_BODY + "Sumber: Humas Polres Subang")
    # a form's line (`Lokasi        : ...`) is no byline slot: only a line furniture read as a byline starts blank
    assert "Kampung Indah Permai" not in persons(_BYLINE_BODY + "Lokasi        : Kampung Indah Permai")


def test_byline_slot_staff_words_are_no_names():
    # a newsroom's staff or a site's account in a byline slot is no person (`data/words/byline_staff_words.tsv`);
    # read by position they were (integrator's review of s30byl)
    for byline in ("Pewarta: Redaksi", "Penulis: Admin", "Editor: Redaktur", "Penulis: Web Admin",
                   "Editor: Redaksi / Admin"):
        found = persons(_BYLINE_BODY + byline)
        assert not {"Redaksi", "Admin", "Redaktur", "Web Admin"} & set(found), (byline, found)
    assert "Anggun Pratama" in persons(_BYLINE_BODY + "Pewarta: Anggun Pratama / Editor: Redaksi")
