"""The article's keywords: its most frequent content roots (`lang.stemming.root_of`, the roots
`polsek_nlp.stem` gives)."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from polsek_nlp.doc.spans import (
    capitalised_tokens,
    ent_iob_array,
    ext,
    in_sorted,
    lower_keys,
    sent_start_array,
    token_starts,
    token_texts,
    word_flags,
)
from polsek_nlp.knowledge.lexicon import name_stopwords
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE
from polsek_nlp.lang.wordflags import word_flag

KEYWORDS = 10

_LONG_WORD = word_flag(lambda t: len(t) >= 4 and t.isalpha())  # as spaCy's LENGTH and IS_ALPHA
_KEYWORD_STEMS: dict[int, str | None] = {}  # LOWER key -> its stem as a keyword (None: never one)


def keywords(doc: Doc, k: int = KEYWORDS) -> list[str]:
    """The article's most frequent content stems (no stop words, entity words, ranks or posts).

    Words are counted first, as LOWER keys in numpy, and only the most frequent candidates are
    stemmed, so that an article costs a few dozen stemmer calls, not one per word."""
    stop = name_stopwords()
    texts = token_texts(doc)
    if not texts or k <= 0:
        return []
    header = ext(doc, "header")
    body = bisect_left(token_starts(doc), header.body_start) if header is not None else 0
    iob = ent_iob_array(doc)
    # alphabetic words of four letters or more in the body, outside entities and post titles
    keep = ((word_flags(doc) & _LONG_WORD) != 0) & (iob != 1) & (iob != 3)
    keep[:body] = False
    posts = [i for i in (ext(doc, "post_tokens") or ()) if i < len(texts)]
    if posts:
        keep[posts] = False
    caps = numpy.asarray(capitalised_tokens(doc), dtype=numpy.intp)
    if len(caps):
        keep[caps[sent_start_array(doc)[caps] != 1]] = False  # a capitalised word inside a sentence is a name
    at = numpy.flatnonzero(keep)
    keys, first, counts = numpy.unique(lower_keys(doc)[at], return_index=True, return_counts=True)
    content = ~in_sorted(keys, _stop_keys())
    keys, first, counts = keys[content], first[content], counts[content]
    # the 4k most frequent words, the first seen first among equals (as Counter.most_common)
    ranked = numpy.lexsort((first, -counts))[:4 * k]
    stems: dict[str, int] = {}
    for key, word_at, n in zip(keys[ranked].tolist(), at[first[ranked]].tolist(), counts[ranked].tolist(),
                               strict=True):
        stem = _KEYWORD_STEMS.get(key, False)
        if stem is False:
            stem = root_of(texts[word_at].lower())
            stem = stem if len(stem) >= 3 and stem not in stop else None
            if len(_KEYWORD_STEMS) >= WORD_CACHE_SIZE:
                _KEYWORD_STEMS.clear()
            _KEYWORD_STEMS[key] = stem
        if stem is not None:
            stems[stem] = stems.get(stem, 0) + n
    return [w for w, _ in sorted(stems.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


@lru_cache(maxsize=1)
def _stop_keys() -> numpy.ndarray:
    """The LOWER keys of `name_stopwords()` (spaCy's string hashes), sorted and distinct (not
    `numpy.unique`, whose first call imports `numpy.ma`: ~10 ms of a new process's first article)."""
    return numpy.array(sorted({get_string_id(w) for w in name_stopwords()}), dtype=numpy.uint64)
