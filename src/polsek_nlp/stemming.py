"""Sastrawi stemming behind a bounded cache; entity tokens keep their form.

PySastrawi's own `CachedStemmer` keeps every word it has seen forever, which grows without bound
over an archive; we wrap its underlying `Stemmer` in an LRU cache of fixed size instead.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .spans import ext

CACHE_SIZE = 200_000


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().delegatedStemmer


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of root words (kata dasar), lowercase."""
    return frozenset(_stemmer().dictionary.words) if hasattr(_stemmer().dictionary, "words") else frozenset()


@lru_cache(maxsize=CACHE_SIZE)
def stem_word(word: str) -> str:
    """Sastrawi's stem of one lowercase word (no entity protection)."""
    if not word.isalpha() and "-" not in word:
        return word
    return _stemmer().stem(word) or word


def is_protected(token: Token) -> bool:
    """Names, places, institutions, ranks and acronyms are never stemmed."""
    if token.ent_iob_ in ("B", "I"):
        return True
    protected = ext(token.doc, "protected")
    if protected is not None and token.i in protected:
        return True
    text = token.text
    if len(text) > 1 and text.isupper():
        return True
    return text[:1].isupper() and not token.is_sent_start


def token_stem(token: Token) -> str:
    if token.is_punct or token.is_space or token.like_num:
        return token.text
    if is_protected(token):
        return token.text
    return stem_word(token.lower_)


if not Token.has_extension("stem"):
    Token.set_extension("stem", getter=token_stem)
if not Doc.has_extension("protected"):
    Doc.set_extension("protected", default=None)


_CLITICS = frozenset({"-nya", "-ku", "-mu", "-lah", "-kah"})


def stem_doc(doc: Doc) -> str:
    """The stemmed text of a processed Doc: one stem per word, punctuation and split-off clitics
    (`kuasa-Mu` is tokenized `kuasa`, `-Mu`) dropped, as Sastrawi drops them."""
    return " ".join(t._.stem for t in doc if not (t.is_punct or t.is_space or t.lower_ in _CLITICS))
