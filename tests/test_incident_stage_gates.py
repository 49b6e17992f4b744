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


def _arrests(text: str) -> int | None:
    return polsek_nlp.analyze(text, id="gate").event.arrests


def test_arrested_with_a_count_gated_on_bersama_in_any_case():
    # the `ditangkap bersama N orang` count is searched only where `bersama` is written; `ſ` is an `s` to `re`
    lead = "Polres Sukamaju menangkap seorang pengedar sabu. Pelaku berinisial AS (25) ditangkap "
    tail = " dua orang temannya di rumahnya. Polisi menyita 5 gram sabu."
    assert [_arrests(lead + w + tail) for w in ("bersama", "BERSAMA", "berſama")] == [3, 3, 3]
    assert _arrests(lead.rstrip() + " di rumahnya. Polisi menyita 5 gram sabu.") == 1


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.name, s.role) for s in polsek_nlp.analyze(text, id="gate").suspects]


def test_group_role_read_at_the_word_before_the_role_word():
    # `Kedua terdakwa itu`: the group's role is the named suspects', the role word found in any case, a text
    # with a letter `str.lower` reads apart (`kını`) searched whole
    base = "Polisi menangkap AS (25) dan BD (30) di Desa Sukamaju karena mencuri sepeda motor. Kedua {} itu {} ditahan."
    for role, now in (("terdakwa", "kini"), ("TERDAKWA", "kini"), ("terdakwa", "kını")):
        assert _roles(base.format(role, now)) == [("AS", "terdakwa"), ("BD", "terdakwa")]


def test_group_list_opener_and_generic_arrest_at_the_text_start():
    # `Ketiga tersangka itu adalah` opens the list where a count starts (the text's start); `Pelaku ditangkap`
    # at the text's start is the group's arrest
    text = "Ketiga tersangka itu adalah AS (25), BD (30) dan CE (41). Mereka mencuri sepeda motor dan ditangkap polisi."
    assert [(s.name, s.role) for s in polsek_nlp.analyze(text, id="gate").suspects] == [
        ("AS", "tersangka"), ("BD", "tersangka"), ("CE", "tersangka")]
    assert [s.status for s in polsek_nlp.analyze("Pelaku ditangkap polisi di Desa Sukamaju. Pelaku mencuri sepeda "
                                                 "motor milik AS (25).", id="gate").suspects] == ["ditangkap"]
