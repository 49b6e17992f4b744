"""Sastrawi stemming of single words behind a bounded cache.

PySastrawi's own `CachedStemmer` keeps every word it has seen forever, which grows without bound
over an archive; we wrap its underlying `Stemmer` in an LRU cache of fixed size instead.
"""
from __future__ import annotations

from functools import lru_cache

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
