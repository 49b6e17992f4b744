"""Yes/no properties of words (capitalised, a sentence end, an event trigger...), computed once
per distinct token text and read for a whole Doc as one array.

A recognizer that wants the tokens with some property registers a test of the token's text with
`word_flag` and asks `flagged(doc, flag)`. Every registered test runs once for each new text (the
results are packed into one int per text, in a bounded cache), so an article costs one dict
look-up per token for all the properties together, instead of one Python test per token and per
property; and the tokenizer's chunk cache keeps each chunk's flags with its tokens, so a Doc it
builds comes with its flags listed. Tests must be pure functions of the text, and must not call
`make_doc` (they run inside it).
"""
from __future__ import annotations

import threading
from collections.abc import Callable

import numpy
from spacy.tokens import Doc

CACHE_SIZE = 100_000  # distinct texts (~10 MB); emptied when full
MAX_CACHED_TEXT = 64  # characters: a longer token (a URL, a blob of scraped markup) is tested anew

_tests: list[Callable[[str], bool]] = []
_cache: dict[str, int] = {}
_lock = threading.Lock()


def word_flag(test: Callable[[str], bool]) -> int:
    """Register `test` (token text -> bool) and return its flag: a bit of `token_flags`."""
    with _lock:
        if len(_tests) >= 62:
            raise RuntimeError("too many word flags")
        _tests.append(test)
        _cache.clear()  # the texts seen so far lack the new bit
        return 1 << (len(_tests) - 1)


def version() -> int:
    """Changes when a flag is registered (caches of flags must then be dropped)."""
    return len(_tests)


def flags_of(text: str) -> int:
    """The flags of one token text."""
    flags = _cache.get(text)
    if flags is None:
        tests = tuple(_tests)
        flags = 0
        for bit, test in enumerate(tests):
            if test(text):
                flags |= 1 << bit
        if len(text) <= MAX_CACHED_TEXT and len(tests) == len(_tests):  # (not if a flag came meanwhile)
            if len(_cache) >= CACHE_SIZE:
                _cache.clear()
            _cache[text] = flags
    return flags


def token_flags(doc: Doc, texts: list[str]) -> numpy.ndarray:
    """Every token's flags (`texts`: the Doc's token texts), computed once per Doc."""
    held = doc.user_data.get("polsek_token_flags")
    if isinstance(held, tuple):  # (version, list) as the tokenizer's chunk cache lists them
        version_listed, listed = held
        held = None
        if version_listed == version() and len(listed) == len(texts):
            held = doc.user_data["polsek_token_flags"] = numpy.array(listed, dtype=numpy.int64)
    if held is None or len(held) != len(texts):
        try:  # most texts are known: one dict look-up each, in C
            held = numpy.fromiter(map(_cache.__getitem__, texts), dtype=numpy.int64, count=len(texts))
        except KeyError:  # a new word: compute the missing ones only
            values = list(map(_cache.get, texts))
            values = [flags_of(t) if v is None else v for t, v in zip(texts, values, strict=True)]
            held = numpy.array(values, dtype=numpy.int64)
        doc.user_data["polsek_token_flags"] = held
    return held


def flagged(doc: Doc, texts: list[str], flag: int) -> list[int]:
    """Indices of the tokens that have `flag`, in order."""
    return numpy.flatnonzero(token_flags(doc, texts) & flag).tolist()
