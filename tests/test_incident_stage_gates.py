"""The incident stage's gates (issue 20, session 13) read what the passes they skip would read.

The sentences below are written for these tests (no article text is copied)."""
import polsek_nlp
from polsek_nlp.recognize.incident_facts import find_subtypes


def test_subtype_cue_in_capitals_and_with_odd_case_letters():
    # `SAPİ` (a dotted capital I): `re` reads it as `sapi`, `str.lower` does not; the word gate steps aside
    assert find_subtypes("Dua ekor SAPİ milik warga dicuri.", "")["pencurian"] == "pencurian ternak"
    assert find_subtypes("Dua ekor SAPI milik warga dicuri.", "")["pencurian"] == "pencurian ternak"


def test_subtype_cue_counted_in_a_lead_cut_inside_a_word():
    # the lead ends inside `motornya`: its `motor` is a cue there, as the lead's own search reads it
    text = "Pelaku mencuri motornya di pasar. Sapi warga juga hilang."
    lead = text[:len("Pelaku mencuri motor")]
    assert find_subtypes(text, lead)["pencurian"] == "curanmor"


def test_subtype_with_no_cue_takes_the_default():
    assert find_subtypes("Seorang pria mencuri tas di pasar.", "")["pencurian"] == "pencurian biasa"


def test_evidence_of_a_sentence_with_only_a_weapon_of_attack():
    # no cue of seizure, no amount: the sentence is read for its table item all the same
    rec = polsek_nlp.analyze("Pelaku menganiaya korban dengan sebilah celurit hingga luka parah. Pelaku kini ditahan "
                             "di Polsek Sukamaju.", id="weapon")
    assert [e.item for e in rec.evidence] == ["celurit"]
