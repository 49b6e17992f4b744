"""Session 17 s17fx5: the findings of the review of the s17cas rules (issues 22 and 19) the fixers left.

- a kin title cut off a name moves only the mentions that carry it, and a merge of two readings of one person
  keeps every field (a pseudonym flag too);
All names, places and sentences are invented.
"""

import polsek_nlp
from polsek_nlp.recognize.incident_people import _candidates


def _record(text, published="2025-03-14T10:00"):
    return polsek_nlp.analyze(text, id="t", published=published)


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
