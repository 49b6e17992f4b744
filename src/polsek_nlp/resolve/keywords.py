"""The article's keywords: its most frequent content roots (`lang.stemming.root_of`, the roots
`polsek_nlp.stem` gives)."""
from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from spacy.tokens import Doc

from polsek_nlp.doc.spans import (
    capitalised_tokens,
    ent_iob_array,
    ext,
    flagged_tokens,
    lower_texts,
    sent_start_array,
    token_starts,
    token_texts,
)
from polsek_nlp.knowledge.lexicon import name_stopwords
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE
from polsek_nlp.lang.wordflags import word_flag

KEYWORDS = 10

_LONG_WORD = word_flag(lambda t: len(t) >= 4 and t.isalpha())  # as spaCy's LENGTH and IS_ALPHA
_KEYWORD_STEMS: dict[str, str | None] = {}  # lowercase word -> its stem as a keyword (None: never one)


def keywords(doc: Doc, k: int = KEYWORDS) -> list[str]:
    """The article's most frequent content stems (no stop words, entity words, ranks or posts).

    Words are counted first, by their lowercase form, and only the most frequent candidates are
    stemmed, so that an article costs a few dozen stemmer calls, not one per word. The counting is
    one pass in Python over the long words (their lowercase forms listed once per Doc, shared with
    the phrase tables): ~150 words an article cost less so than the ~40 numpy calls on small
    arrays it was (issue 20, session 10)."""
    texts = token_texts(doc)
    if not texts or k <= 0:
        return []
    counts = _word_counts(doc)
    stop = name_stopwords()
    # the 4k most frequent words, the first seen first among equals (as Counter.most_common)
    ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)[:4 * k]  # (reverse keeps ties in order)
    stems: dict[str, int] = {}
    for low, n in ranked:
        stem = _KEYWORD_STEMS.get(low, False)
        if stem is False:
            stem = root_of(low)
            stem = stem if len(stem) >= 3 and stem not in stop else None
            if len(_KEYWORD_STEMS) >= WORD_CACHE_SIZE:
                _KEYWORD_STEMS.clear()
            _KEYWORD_STEMS[low] = stem
        if stem is not None:
            stems[stem] = stems.get(stem, 0) + n
    return [w for w, _ in sorted(stems.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def _word_counts(doc: Doc) -> dict[str, int]:
    """Lowercase form -> count of the alphabetic words of four letters or more in the body, outside
    entities and post titles, not stop words, in the order they are first seen; a capitalised
    word inside a sentence is a name, not counted."""
    header = ext(doc, "header")
    body = bisect_left(token_starts(doc), header.body_start) if header is not None else 0
    iob = ent_iob_array(doc).tolist()  # 1 inside an entity, 3 opening one
    sent = sent_start_array(doc)
    skip = set(ext(doc, "post_tokens") or ())
    skip.update(i for i in capitalised_tokens(doc) if sent[i] != 1)
    stop = name_stopwords()
    lower = lower_texts(doc)
    counts: dict[str, int] = {}
    long_words = flagged_tokens(doc, _LONG_WORD)
    for i in long_words[bisect_left(long_words, body):]:
        if iob[i] & 1 == 0 and i not in skip:
            low = lower[i]
            if low not in stop:
                counts[low] = counts.get(low, 0) + 1
    return counts
