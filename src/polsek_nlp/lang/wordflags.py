"""Yes/no properties of words (capitalised, a sentence end, an event trigger...), computed once
per distinct token text and read for a whole Doc as one array.

A recognizer that wants the tokens with some property registers a test of the token's text with
`word_flag` and asks `flagged_tokens(doc, flag)` (`doc.spans`). Every registered test runs once
for each new text (the results are packed into one int per text, in a bounded cache), so an
article costs one dict look-up per token for all the properties together, instead of one Python
test per token and per property. Tests must be pure functions of the text.

A property that is membership of a word set (`t in WORDS`, `t.lower() in WORDS`) is registered
with `word_set_flag` instead: every such flag's words are kept in two dicts (word -> its flags,
as written and lowercased), so that a new word asks two look-ups for all of them together instead
of one Python call per set (about half the flags; session 13). A test that is never true of a word of
letters (`str.isalpha`: a punctuation mark's, a line break's) says so (`word_flag(test, letters=False)`),
and a new word of letters (nine in ten) does not ask it (s28spd3).
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

import numpy

from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE

CACHE_SIZE = WORD_CACHE_SIZE  # distinct texts; emptied when full
MAX_CACHED_TEXT = 64  # characters: a longer token (a URL, a blob of scraped markup) is tested anew

_flags = 0  # how many flags are registered (each its bit)
_Tests = tuple[tuple[int, Callable[[str], bool]], ...]
# (flag, test) of the flags that are tests: all of them, and those that may be true of a word of letters
_tests: tuple[_Tests, _Tests] = ((), ())
_as_written: dict[str, int] = {}  # word -> the flags of the word sets that hold it
_lowered: dict[str, int] = {}  # word -> the flags of the word sets it is compared with lowercased
_cache: dict[str, int] = {}
_lock = threading.Lock()


def _next_bit() -> int:
    """The bit the next flag takes (the caller holds `_lock`)."""
    if _flags >= 62:
        raise RuntimeError("too many word flags")
    return 1 << _flags


def _publish() -> None:
    """Count the flag whose test or words are now in place (the caller holds `_lock`): only then
    does a text's cached value need it, so the cache is emptied after, never before, the flag's
    words are readable (a `flags_of` in another thread meanwhile caches nothing: its count is old)."""
    global _flags
    _flags += 1
    _cache.clear()


def word_flag(test: Callable[[str], bool], *, letters: bool = True) -> int:
    """Register `test` (token text -> bool) and return its flag: a bit of `token_flags`. `letters=False`:
    `test` is never true of a text of letters only (`str.isalpha`), which is then not asked it."""
    global _tests
    with _lock:
        flag = _next_bit()
        every, of_letters = _tests
        _tests = ((*every, (flag, test)), (*of_letters, (flag, test)) if letters else of_letters)
        _publish()
        return flag


def word_set_flag(words: Iterable[str] = (), *, lowered: Iterable[str] = ()) -> int:
    """Register the flag of a text in `words` (as written) or whose lowercase form is in `lowered`
    (`word_flag(lambda t: t in words or t.lower() in lowered)`, without a call per new word)."""
    with _lock:
        flag = _next_bit()
        for table, keys in ((_as_written, words), (_lowered, lowered)):
            for w in keys:
                table[w] = table.get(w, 0) | flag
        _publish()
        return flag


def flags_of(text: str) -> int:
    """The flags of one token text."""
    flags = _cache.get(text)
    if flags is None:
        tests, count = _tests, _flags
        flags = _as_written.get(text, 0) | _lowered.get(text.lower(), 0)
        for flag, test in tests[text.isalpha()]:  # ([1]: those a word of letters may pass)
            if test(text):
                flags |= flag
        if len(text) <= MAX_CACHED_TEXT and count == _flags:  # (not if a flag came meanwhile)
            if len(_cache) >= CACHE_SIZE:
                _cache.clear()
            _cache[text] = flags
    return flags


def flag_values(texts: list[str]) -> list[int]:
    """The flags of each of `texts` (a Doc's token texts), as a list."""
    values = list(map(_cache.get, texts))  # most texts are known: one dict look-up each, in C
    if None in values:  # new words (every article of a new archive has some): each tested once (its flags
        # are then cached for its next occurrence), found by `index`'s scan in C from one to the next,
        # not by a Python test of every text (s28spd3)
        i = values.index(None)
        try:
            while True:
                values[i] = flags_of(texts[i])
                i = values.index(None, i + 1)
        except ValueError:  # no new word after the last
            pass
    return values


def flags_for(texts: list[str]) -> numpy.ndarray:
    """The flags of each of `texts`, as one array."""
    return numpy.array(flag_values(texts), dtype=numpy.int64)
