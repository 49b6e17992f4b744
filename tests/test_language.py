import pytest

import polsek_nlp
from conftest import FIRST_ARTICLE


@pytest.fixture(scope="module")
def nlp():
    return polsek_nlp.load()


def words(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("word", ["kerja-kerja", "Kerja-Kerja", "KERJA-KERJA", "e-KTP", "sayur-mayur",
                                  "anti-korupsi", "anak-anaknya", "Jl.", "Pol.", "Kompol.", "S.I.K.", "Kab."])
def test_single_tokens(nlp, word):
    assert word in words(nlp, f"ada {word} di sini")


def test_capitalised_compounds_split(nlp):
    toks = words(nlp, "Sinergi TNI-Polri dan jalur Jawa-Bali.")
    assert toks[1:4] == ["TNI", "-", "Polri"]
    assert "Jawa" in toks and "Bali" in toks


def test_abbreviations_do_not_end_sentences(nlp):
    doc = nlp("Kompol. Budi tinggal di Jl. Merdeka No. 5 Kab. Bogor. Ia pulang.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Kompol. Budi tinggal di Jl. Merdeka No. 5 Kab. Bogor.", "Ia pulang."]


def test_quotes_stay_with_their_sentence(nlp):
    doc = nlp('Ia datang. "Kami siap," ujar Budi. Lalu pergi.')
    assert [s.text.strip() for s in doc.sents] == ["Ia datang.", '"Kami siap," ujar Budi.', "Lalu pergi."]


def test_load_is_cached_and_has_components(nlp):
    assert polsek_nlp.load() is nlp
    assert tuple(nlp.pipe_names) == polsek_nlp.COMPONENTS


def test_components_can_be_disabled():
    nlp = polsek_nlp.load(disable=["polsek_quotes", "polsek_events"])
    assert "polsek_quotes" not in nlp.pipe_names
    with pytest.raises(ValueError):
        polsek_nlp.load(disable=["nope"])


def test_factories_are_registered_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(polsek_nlp.COMPONENTS) <= names


# Issue 20 (cold start): spaCy's Indonesian data read once and kept on disk (`lang/spacy_id.py`),
# so that a new process does not import `spacy.lang.id` (its ~15,600 generated special cases)
def test_a_new_process_on_a_warm_cache_does_not_import_spacys_indonesian(tmp_path, new_process, cold_process):
    """A cold cache reads the data from spaCy (importing `spacy.lang.id`) and stores it; the next
    process reads it back, never imports `spacy.lang.id`, and makes the same record."""
    cold = cold_process
    assert "spacy.lang.id" in cold[1] and len(list(tmp_path.glob("spacy_id-*.marshal"))) == 1
    warm = new_process(FIRST_ARTICLE)
    assert warm[1] == "[]"
    assert warm[0] == cold[0] and '"id": "a"' in warm[0]


def test_a_broken_cache_file_is_read_from_spacy_again(tmp_path, new_process, cold_process):
    (stored,) = tmp_path.glob("spacy_id-*.marshal")
    stored.write_bytes(b"\x00broken")
    assert "spacy.lang.id" in new_process(FIRST_ARTICLE)[1]


def test_the_language_has_spacys_indonesian_data(nlp):
    from spacy.lang.id import IndonesianDefaults

    ours = nlp.Defaults
    assert ours.stop_words == IndonesianDefaults.stop_words
    assert (ours.prefixes, ours.suffixes) == (IndonesianDefaults.prefixes, IndonesianDefaults.suffixes)
    assert ours.writing_system == IndonesianDefaults.writing_system
    spacys = {k: v for k, v in IndonesianDefaults.tokenizer_exceptions.items() if "-" not in k}
    assert spacys.items() <= ours.tokenizer_exceptions.items()
    assert nlp.lang == "polsek_id" and nlp.vocab.lang == "polsek_id"


WORDS = ["19", "2.000", "1,5", "-3", "+1.000,50", "±2", "~7", "3/4", "3/4/5", "1-2", "ke-3", "ke-dua", "Ke-Dua",
         "ke-Dua", "a-b-c", "dua", "DUA", "Ribu", "triliun", "ketiga", "seorang", "2x", "½", "٣", "Rp", "Rp.", "IDR",
         "$", "US$", "€€", "€a", "S$", "yang", "Yang", "dan", "polisi", "-", "", "x"]


def test_lexical_attributes_are_spacys_indonesian(nlp):
    """LIKE_NUM, IS_CURRENCY and IS_STOP of our Vocab are those of spaCy's Indonesian Vocab."""
    from spacy.lang.id import IndonesianDefaults
    from spacy.vocab import create_vocab

    spacys = create_vocab("id", IndonesianDefaults)
    for word in WORDS:
        got, want = nlp.vocab[word], spacys[word]
        assert (got.like_num, got.is_currency, got.is_stop, got.norm_) == \
               (want.like_num, want.is_currency, want.is_stop, want.norm_), word
    doc = nlp.make_doc("Polisi menyita dua ribu butir pil dan uang Rp 3.000.000 pada 19/8.")
    assert [t.text for t in doc if t.like_num] == ["dua", "ribu", "3.000.000", "19", "8"]


def test_noun_chunks_are_spacys_indonesian(nlp):
    """Noun chunks need a dependency parse (spaCy's module, imported on first use): none without
    one, spaCy's chunks with one."""
    from spacy.lang.id import IndonesianDefaults
    from spacy.tokens import Doc
    from spacy.vocab import create_vocab

    parse = {"words": ["Polisi", "menangkap", "pelaku"], "pos": ["NOUN", "VERB", "NOUN"],
             "deps": ["nsubj", "ROOT", "obj"], "heads": [1, 1, 1]}
    ours, spacys = Doc(nlp.vocab, **parse), Doc(create_vocab("id", IndonesianDefaults), **parse)
    assert [c.text for c in ours.noun_chunks] == [c.text for c in spacys.noun_chunks] == ["Polisi", "pelaku"]
    with pytest.raises(ValueError):
        list(nlp.make_doc("Polisi menangkap pelaku").noun_chunks)
