"""Incident facts in the shapes where the rules failed on round 4 of the incident gold (issue 22, session 14): a
short form of an item written inside a longer item (`kerangka senpi`), a law whose short name is set out in
brackets before its number (`Undang-undang (UU) Nomor 11 Tahun 2008`), counts of arrested joined by `dan`, people
nouns joined by `dan` that a harm verb takes, the background of an earlier dated arrest, and the weak list the
first probe pass left (initials that look like a unit, an alias after the age, a surrender).

Every name, place and sentence is invented; read through the public API."""
import polsek_nlp


def _record(text):
    return polsek_nlp.analyze(text, id="t", published="2025-03-14T10:00")


def test_a_short_form_inside_an_item_is_written_out():
    rec = _record("Polisi menangkap AB (30), warga Desa Sukamaju, pembuat senjata rakitan. Saat penggerebekan, disita mesin "
                  "bor, tiga pucuk kerangka senpi dan dua sarung sajam. AB kini ditahan di Polsek Cibeber.")
    items = {(e.item, e.quantity) for e in rec.evidence}
    assert ("kerangka senjata api", 3) in items
    assert ("sarung senjata tajam", 2) in items


def test_a_law_with_its_short_name_in_brackets_before_the_number():
    rec = _record("Polisi menetapkan CD sebagai tersangka penghinaan. CD dijerat dengan Pasal 310 KUHP Jo Pasal 27 ayat 3 "
                  "Undang - undang (UU) Nomor 11 tahun 2008 tentang ITE.")
    assert {(c.article, c.clause, c.law) for c in rec.charges} == {("310", None, "KUHP"), ("27", "3", "UU 11/2008")}


def test_counts_of_arrested_joined_by_dan_add_up():
    rec = _record("Polisi telah menangkap dua warga negara asing (WNA) dan juga satu orang Indonesia yang diduga menyebarkan "
                  "surat palsu atas nama bupati. Para pelaku ditangkap oleh Satreskrim Polres Lembah Hijau pada Selasa.")
    assert rec.event.arrests == 3
    assert len(rec.suspects) == 3


def test_a_count_joined_to_a_named_place_adds_nothing():
    # `dan` joins the place the arrest was made, not another count
    rec = _record("Polres Lembah Hijau menangkap tiga pelaku pencurian sapi di Desa Sukamaju dan Desa Karangtengah. "
                  "Ketiga tersangka kini ditahan di Mapolres Lembah Hijau.")
    assert rec.event.arrests == 3


def test_one_of_each_people_noun_joined_by_dan_is_hurt():
    rec = _record("Massa melempari barikade petugas dengan botol dan batu saat unjuk rasa di depan kantor bupati. Polisi "
                  "mengamankan delapan orang yang diduga provokator. Akibatnya seorang petugas dan wartawan sebuah media "
                  "lokal mengalami luka terkena lemparan batu.")
    assert rec.casualties.injured == 2
    assert [v.status for v in rec.victims] == ["luka", "luka"]


def test_a_count_of_more_joined_to_a_bare_noun_stays_as_written():
    # `tiga petugas dan warga`: how many of the second is not said
    rec = _record("Massa melempari barikade petugas dengan batu saat unjuk rasa di depan kantor bupati. Polisi "
                  "mengamankan delapan orang yang diduga provokator. Akibatnya tiga petugas dan warga mengalami luka.")
    assert rec.casualties.injured == 3


def test_a_travel_agency_named_after_korban_is_no_victim():
    rec = _record("Korban Prime Travel ternyata tidak hanya datang dari calon jemaah saja. Rina Wulandari, seorang agen "
                  "Prime Travel, juga mendatangi Bareskrim karena merasa jadi korban. Agen itu harus membayar Rp 2,5 juta. "
                  "Polisi telah menetapkan direktur Prime Travel sebagai tersangka penipuan.")
    assert [v.name for v in rec.victims] == ["Rina Wulandari"]
