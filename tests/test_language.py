import pytest

import polsek_nlp


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
