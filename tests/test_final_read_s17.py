"""The final read of session 17's change (s17fx6): the mends of its findings that change or guard behaviour.

Every sentence is invented for these tests (invented names, places and nouns; no article text), set after an arrest so
that the incident gate lets the report in, and read through the public API."""
import pytest

import polsek_nlp
from polsek_nlp.recognize.incident_words import worded

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (31) di sebuah gudang. "


def _evidence(text):
    record = polsek_nlp.analyze(_ARREST + text, id="t", published="2025-06-11T10:00")
    return sorted(e.item for e in record.evidence)


def test_a_noun_pointed_back_leaves_no_cached_pattern_per_noun():
    """`pointed_back` looks for each noun it meets after a finding word: the per-word caches are bounded
    (ARCHITECTURE), so a new noun adds no compiled pattern of ours."""
    _evidence("Petugas menemukan grumpel di dapur. Grumpel tersebut langsung diamankan.")
    size = worded.cache_info().currsize
    for noun in ("Sondrak", "Pelumbit", "Karvosa", "Tembulik"):
        _evidence(f"Petugas menemukan {noun.lower()} di dapur. {noun} tersebut langsung diamankan.")
    assert worded.cache_info().currsize == size


@pytest.mark.parametrize("text, items", [
    # the finding word, then up to 40 characters of the same sentence, then the noun pointed back to
    ("Petugas menemukan satu kardus di loteng rumah. Kardus tersebut langsung diamankan.", ["kardus"]),
    ("Anggota mendapati sebuah kardus di kamar belakang. Kardus itu kemudian diamankan.", ["kardus"]),
    # only one character between them also reads (as before)
    ("Petugas menemukan kardus di loteng rumah. Kardus tersebut langsung diamankan.", ["kardus"]),
    # a full stop between the finding word and the noun: another sentence's noun, no seizure pointed back
    ("Petugas menemukan jejak. Di loteng ada kardus. Kardus tersebut langsung diamankan.", []),
])
def test_a_noun_pointed_back_may_stand_up_to_forty_characters_after_the_finding_word(text, items):
    assert _evidence(text) == items


@pytest.mark.parametrize("mark", ["sebut saja", "Sebut saja", "SEBUT SAJA"])
def test_a_pseudonym_mark_written_in_capitals_is_read_as_in_lower_case(mark):
    """The pre-check that skips texts with no mark of a pseudonym asks the mark's words whatever their case, as the
    mark's own pattern does (s17sp2 noticed `SEBUT SAJA` skipped). Asked of the pseudonym reader itself: in a whole
    record another victim path reads this sentence too, so the record cannot show the difference."""
    from polsek_nlp.recognize.incident_victims import pseudonym_people

    text = f"Seorang siswi, {mark} Melati (14), dianiaya tetangganya di Desa Sukamaju."
    assert [(c.name, c.age) for c in pseudonym_people(text)] == [("Melati", 14)]
