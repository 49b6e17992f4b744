"""Session 17 s17fx5: the findings of the review of the s17cas rules (issues 22 and 19) the fixers left.

- a kin title cut off a name moves only the mentions that carry it, and a merge of two readings of one person
  keeps every field (a pseudonym flag too);
- people who go `hilang` before a thing (`hilang motor`) lost it: no missing toll;
- the incident noun of a toll is sought in the sentence the toll test reads (the doc's), not one cut at `H. `, `dr. `;
- the kin addresses (Nenek, Kakek, Mak, Tante) are one table, honorifics.tsv `kin` rows with the sex they mark, read
  by the person reader and the incident reader alike.
All names, places and sentences are invented.
"""

import polsek_nlp
from helpers import reader
from polsek_nlp.recognize.incident_facts import find_casualties
from polsek_nlp.recognize.incident_people import _candidates

_record = reader("2025-03-14T10:00", id="t")


def test_a_cut_title_moves_only_the_mentions_that_carry_it():
    text = ("Seorang pejalan kaki, Mak Icih (70), tewas ditabrak sepeda motor di Jalan Raya Sukamaju, Minggu "
            "(3/3/2025). Icih (70) sempat dibawa ke puskesmas.")
    doc = polsek_nlp.load()(text)
    cands = _candidates(text, doc._.people, frozenset())
    assert [[text[s:e] for s, e in c.spans] for c in cands] == [["Icih", "Icih"]]


def test_a_merged_pseudonym_stays_a_name():
    rec = _record("Seorang siswi SMP, sebut saja Mawar (14), menjadi korban pencabulan oleh tetangganya, Darto (40), "
                  "di Desa Sukamaju, Senin (3/3/2025). Kepada polisi, Mawar mengaku diancam pelaku.")
    assert [v.name for v in rec.victims] == ["Mawar"]


def test_people_who_go_hilang_a_thing_are_no_missing_toll():
    rec = _record("Polsek Sukamaju menerima laporan pencurian, Senin (3/3/2025). Tiga warga di Perumahan Griya Asri hilang "
                  "motor saat salat subuh. Polisi masih memburu pelaku.")
    assert rec.casualties.missing is None
    assert not rec.victims


def test_a_count_hilang_at_a_place_is_missing_before_a_thing_is_not():
    assert find_casualties("Tiga pemancing hilang di Waduk Sukamaju, Senin (3/3/2025).")[0].missing == 3
    assert find_casualties("Dua warga hilang motor di parkiran pasar, Senin (3/3/2025).")[0].missing is None


def test_a_title_stop_inside_the_sentence_keeps_the_event_with_its_toll():
    rec = _record("Kebakaran melanda rumah milik H. Darmo di Desa Sukamaju, Senin (3/3/2025) dini hari, hingga pemiliknya "
                  "tewas.")
    assert rec.casualties.dead == 1


def test_one_source_of_kin_titles_names_the_person_and_the_victim_alike_with_their_sex():
    rec = _record("Seorang pejalan kaki, Mak Icih (70), tewas ditabrak mobil di Desa Sukamaju, Minggu (3/3/2025). Korban "
                  "lain, Tante Rosa (50), luka ringan.")
    assert [p.name for p in rec.persons] == ["Icih", "Rosa"]
    assert [(v.name, v.sex, v.status) for v in rec.victims] == [("Icih", "P", "tewas"), ("Rosa", "P", "luka ringan")]
