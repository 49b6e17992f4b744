"""Issue 20 (session 11, fourth step): a lone capitalised ordinary word with no cue is decided
right after the cue search, before the shape tests (sentences written for the test)."""
from helpers import person_name_set, reader
from polsek_nlp.recognize import persons as persons_module

persons = reader("2024-03-10T10:00", field=person_name_set)


def _shaped_words(monkeypatch):
    seen = []
    shape = persons_module._NameScan._shape

    def counting(self, name, words, role, near):
        seen.append(tuple(words))
        return shape(self, name, words, role, near)

    monkeypatch.setattr(persons_module._NameScan, "_shape", counting)
    return seen


def test_a_lone_ordinary_word_without_a_cue_skips_the_shape_tests(monkeypatch):
    seen = _shaped_words(monkeypatch)
    text = "Salah satu pelaku ditangkap di rumahnya. Pelatih tim itu kecewa. Kata Budi Santoso, pelaku sudah ditahan."
    found = persons(text)
    assert "Salah" not in found and "Pelatih" not in found
    assert "Budi Santoso" in found
    assert ("Salah",) not in seen and ("Pelatih",) not in seen  # no shape test for them
    assert ("Budi", "Santoso") in seen  # a run of name words still goes through them


def test_a_cued_lone_word_or_a_given_name_still_goes_through_the_tests(monkeypatch):
    seen = _shaped_words(monkeypatch)
    found = persons("Harga beras naik, kata Indah kepada wartawan.")
    assert "Indah" in found  # a given name too: no ordinary word for the flag
    assert ("Indah",) in seen
