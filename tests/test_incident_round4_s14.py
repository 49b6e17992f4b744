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
