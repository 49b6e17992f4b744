"""The Language's lexical attributes (`lang/lexattrs.py`) are spaCy's values, getter for getter."""
from __future__ import annotations

import json
import unicodedata

import pytest
from spacy.attrs import IS_CURRENCY, LIKE_NUM
from spacy.lang import lex_attrs as spacy_lex_attrs

from conftest import SEED, SHARED
from polsek_nlp.lang import lexattrs, spacy_id

# texts at the edges of the cheap exits: no dot, a leading `http`, an `@`, punctuation, signs,
# letters and digits of other scripts, characters whose case or digit value is unusual
EDGES = ["", " ", "\n", "\t\n", "$", "$$", "€5", "5€", "¥", "Rp", "US$", "a@b.co", "x@y", "@", "http",
         "http:/a", "https://x", "www.a", "www.", "wwwa", ".com", "a.", "a.b", "polri.go.id", "x.id/",
         "''", "``", "«", "«»", "..", "!?", "-", "—", "Ⅻ", "²", "٣", "ﬁ", "İ", "ǅ", "a\u0301", "ABC",
         "Abc", "abc", "a1", "1.000", "2,5", "ke-3", "dua", "Polri", "e-KTP", "A.K.B.P.", "x" * 120,
         # the shape's exits: letters without case, titlecase, long words, brackets and quotes
         "中", "A中", "中a", "ǅa", "Aǅ", "ß", "Straße", "ﬁx", "A" * 99, "Ab" * 50, "a" * 99, "(", ")", "[[", "‘‘", "„"]


def _spacy_getter(attr: int):
    return {IS_CURRENCY: _spacy_is_currency, LIKE_NUM: spacy_id.like_num}.get(attr) or spacy_lex_attrs.LEX_ATTRS[attr]


def _spacy_is_currency(text: str) -> bool:  # as spaCy's Indonesian IS_CURRENCY, before session 13
    return text in spacy_id._CURRENCY or all(unicodedata.category(c) == "Sc" for c in text)


def _outcome(getter, text: str):
    try:
        value = getter(text)
    except Exception as err:  # spaCy's LIKE_URL raises on "": so must ours
        return type(err)
    return type(value), value


def _check(texts: list[str]) -> None:
    for attr, getter in lexattrs.LEX_ATTRS.items():
        spacy_getter = _spacy_getter(attr)
        for text in texts:
            assert _outcome(getter, text) == _outcome(spacy_getter, text), (attr, text)


def test_each_lexical_attribute_is_spacys_value_at_the_edges(seed_text):
    _check(EDGES + seed_text.split() + [t for w in seed_text.split() for t in (w.strip(".,"), w + ".")])


@pytest.mark.corpus
def test_each_lexical_attribute_is_spacys_value_over_the_archives_words():
    path = SHARED / "corpora" / "archive" / "indosum-2017-a.jsonl"
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines()[:300]:
        words.update(json.loads(line)["text"].split())
    _check(sorted(words))


def test_the_vocabularys_own_getters_are_spacys_values(seed_text):
    """IS_STOP, LANG and NORM, which spaCy's `create_vocab` sets whatever the Language's getters:
    ours give the values of spaCy's own."""
    from spacy.vocab import create_vocab

    from polsek_nlp.lang.language import PolsekIndonesian

    spacys = create_vocab(PolsekIndonesian.lang, PolsekIndonesian.Defaults).lex_attr_getters
    texts = EDGES + seed_text.split() + ["Yang", "YANG", "yang", "’", "€", "US$", "--", "``"]
    for attr, getter in lexattrs.vocab_attrs(PolsekIndonesian.lang).items():
        for text in texts:
            assert _outcome(getter, text) == _outcome(spacys[attr], text), (attr, text)


def test_the_pipeline_reads_these_getters():
    import pickle

    import polsek_nlp

    vocab = polsek_nlp.load().vocab
    for attr, getter in lexattrs.LEX_ATTRS.items():
        assert vocab.lex_attr_getters[attr] is getter
    for attr, getter in lexattrs.vocab_attrs("polsek_id").items():
        assert vocab.lex_attr_getters[attr]("Yang") == getter("Yang")
        assert vocab.lex_attr_getters[attr].__module__ == lexattrs.__name__
    copy = pickle.loads(pickle.dumps(vocab))  # (spaCy pickles the getters: a closure too)
    assert copy["Zirvanoktel"].lang_ == "polsek_id" and copy["Yang"].is_stop
    assert SEED.exists()
