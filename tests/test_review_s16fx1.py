"""Session 16 review fixes (s16fx1) of the merged s16cold and s16ner changes.
Sentences, names and places written for the test."""
from helpers import entity_texts as labelled
from helpers import person_name_set, reader

persons = reader(field=person_name_set)


def test_a_name_ending_in_wan_on_a_root_word_is_a_name():
    # -wan on a dictionary root ends as many names as nouns: only the listed KBBI nouns are no names
    assert "Putrawan" in labelled("Tersangka Putrawan (27) diamankan di rumah kosnya.", "PERSON")
    assert "Sukmawan" in labelled("Korban bernama Sukmawan (41) ditemukan di tepi sungai.", "PERSON")
    assert "Purnawan" in persons("Pelapor, Purnawan (52), kehilangan mobil di halaman rumahnya.")
    assert "Artawan" in labelled("Artawan, warga Banjar Kelod, melapor ke polsek setempat.", "PERSON")
    assert "Tirtawan" in labelled("Tirtawan ditangkap polisi di rumahnya.", "PERSON")


def test_a_listed_noun_of_a_person_with_a_cue_is_a_name():
    # an age, a naming word or a role noun before it keeps even a listed noun as a name
    assert "Jutawan" in labelled("Korban bernama Jutawan ditemukan di tepi sungai.", "PERSON")
    assert "Jutawan" in labelled("Tersangka Jutawan diamankan di rumah kosnya.", "PERSON")
    assert "Jutawan" in persons("Jutawan (40) ditangkap polisi di rumahnya.")
    assert not labelled("Jutawan itu membeli tiga rumah sekaligus.", "PERSON")
    assert not labelled("Purnawirawan menghadiri upacara di lapangan kantor bupati.", "PERSON")


def test_a_name_after_a_head_of_a_kind_of_place_is_a_person():
    # `kepala distrik` is a post (head_titles.tsv before a place_kind_nouns.tsv noun), not a place's noun
    assert "Yulius" in labelled("Menurut kepala distrik Yulius, warga sudah kembali ke rumah.", "PERSON")
    assert "Hendrik" in labelled("Bupati bersama ketua distrik Hendrik meninjau jembatan yang putus.", "PERSON")
    assert not labelled("Menurut kepala distrik Yulius, warga sudah kembali ke rumah.", "GPE")


def test_a_cache_file_changed_on_disk_is_built_again(tmp_path, monkeypatch):
    # marshal has no checksum: a flipped byte that still loads, or another valid value in the file,
    # must be rebuilt, never used
    import marshal

    from polsek_nlp.data import diskcache

    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    value = (("wan", "person"), ("kan", "verb"))
    assert diskcache.compiled("t", ["rows v1"], lambda: value) == value
    (stored,) = tmp_path.glob("t-*.marshal")
    blob = stored.read_bytes()
    at = blob.index(b"wan")
    stored.write_bytes(blob[:at] + b"wen" + blob[at + 3:])  # still loads, as ("wen", "person")
    assert diskcache.compiled("t", ["rows v1"], lambda: value) == value
    stored.write_bytes(marshal.dumps(5))  # a valid marshal file of another value
    assert diskcache.compiled("t", ["rows v1"], lambda: value) == value
    assert diskcache.read(stored) == marshal.dumps(value)  # rebuilt and stored again


def test_a_table_stored_as_another_type_is_parsed_again(tmp_path, monkeypatch):
    # even a sealed file holding another type is no table's rows: read_table parses the text again
    import marshal

    from polsek_nlp import data
    from polsek_nlp.data import diskcache

    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    monkeypatch.setattr(data, "data_text", lambda name: "# a table\nword\tnote\nsatu\t-\n")
    rows = ({"word": "satu", "note": ""},)
    assert data.read_table.__wrapped__("t.tsv") == rows
    (stored,) = tmp_path.glob("table-t.tsv-*.marshal")
    diskcache.write(stored, marshal.dumps(5))
    assert data.read_table.__wrapped__("t.tsv") == rows


def test_a_write_that_fails_leaves_no_temporary_file(tmp_path, monkeypatch):
    # a full disk: the temporary file is made, writing it fails; it is removed, not left behind
    import tempfile

    from polsek_nlp.data import diskcache

    class Full:
        def __init__(self, f):
            self.f, self.name = f, f.name

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            raise OSError(28, "No space left on device")

    real = tempfile.NamedTemporaryFile
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", lambda *a, **k: Full(real(*a, **k)))
    diskcache.write(tmp_path / "t-0.marshal", b"payload")
    assert list(tmp_path.iterdir()) == []


def test_a_custom_suffix_with_a_global_flag_keeps_it():
    # `(?i)` opening a piece applies to spaCy's whole suffix regex; searched apart, the pieces lost it
    from spacy.util import compile_suffix_regex

    from polsek_nlp.lang.tokenizer import suffix_search

    pieces = ["(?i)(?<=[0-9])km", ",", r"\."]
    ours, spacys = suffix_search(pieces), compile_suffix_regex(pieces).search
    for text in ("12KM", "12km", "Km", "jalan,", "selesai."):
        a, b = ours(text), spacys(text)
        assert (a and a.span()) == (b and b.span()), text


def test_a_roman_number_is_never_empty_and_one_test_serves_both_readers():
    from polsek_nlp.recognize.names import is_roman_number

    assert not is_roman_number("") and not is_roman_number("IIA") and is_roman_number("IIA", graded=True)
    assert all(is_roman_number(t) for t in ("I", "IV", "IX", "XIV", "XXIX", "XL"))
    assert not any(is_roman_number(t) for t in ("A", "IIII", "VX", "Il"))
