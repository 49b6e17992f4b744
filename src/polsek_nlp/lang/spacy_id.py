"""spaCy's Indonesian language data, read from spaCy once and kept in the disk cache.

Importing anything under `spacy.lang.id` (its stop words, its punctuation) runs the package's
`__init__`, which imports its tokenizer exceptions, which generate ~15,600 hyphenated special
cases (`kerja-kerja`, `Kerja-Kerja`, `KERJA-KERJA`): 40-170 ms of every new process, and ~45,000
objects every later full collection walks. polsek_nlp keeps none of the hyphenated ones (its hyphen
rule keeps reduplications whole, `lang/language.py`), so the data it does use is read from spaCy
once per installed spaCy version and kept in the cache folder (`data/diskcache.py`); a new process
with a warm cache never imports `spacy.lang.id`. Kept: the tokenizer exceptions without a hyphen,
the prefix, suffix and infix patterns, the stop words, the number words of `LIKE_NUM` and the
currency symbols of `IS_CURRENCY`. The two lexical attributes are computed here from that data
(`like_num`, `is_currency`); spaCy's noun chunks, which need a dependency parse polsek_nlp does not
make, import spaCy's module on their first use.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.about import __version__ as spacy_version

from polsek_nlp.data.diskcache import compiled


def _from_spacy() -> dict[str, Any]:
    """The data, read from spaCy's Indonesian modules (this imports them: a cache miss only)."""
    from spacy.lang.id import lex_attrs, punctuation, stop_words
    from spacy.lang.id.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    return {
        "exceptions": {k: v for k, v in TOKENIZER_EXCEPTIONS.items() if "-" not in k},
        "prefixes": list(punctuation.TOKENIZER_PREFIXES),
        "suffixes": list(punctuation.TOKENIZER_SUFFIXES),
        "infixes": list(punctuation.TOKENIZER_INFIXES),
        "stop_words": sorted(stop_words.STOP_WORDS),
        "num_words": list(lex_attrs._num_words),
        "currency": list(punctuation.LIST_CURRENCY),
    }


def read() -> dict[str, Any]:
    """spaCy's Indonesian data (see the module docstring): from the cache folder when it was
    stored for the installed spaCy version and this module's code, else read from spaCy and stored."""
    return compiled("spacy_id", [spacy_version, Path(__file__).read_bytes()], _from_spacy)


_DATA = read()

# tokenizer exceptions without a hyphen (abbreviations, emoticons): ORTH/NORM dicts as spaCy's
EXCEPTIONS: dict[str, list[dict[int, str]]] = _DATA["exceptions"]
PREFIXES: list[str] = _DATA["prefixes"]
SUFFIXES: list[str] = _DATA["suffixes"]
INFIXES: list[str] = _DATA["infixes"]
# one set, as spaCy's: the Language's `Defaults.stop_words` (IS_STOP) and the recognizers' look-ups
STOP_WORDS: set[str] = set(_DATA["stop_words"])
_NUM_WORDS = frozenset(_DATA["num_words"])
_CURRENCY = frozenset(_DATA["currency"])
_SIGNS = ("+", "-", "±", "~")


def like_num(text: str) -> bool:
    """spaCy's LIKE_NUM for Indonesian: digits (a sign in front, `.` and `,` anywhere), a
    fraction of digits (`3/4`), a number word (`dua`, `ribu`), or one hyphen before digits or a
    number word (`ke-3`, `ke-dua`). A word of letters only (most words; no sign, separator, slash
    nor hyphen) is a number word or nothing: one look-up."""
    if text.isalpha():
        return text.lower() in _NUM_WORDS
    bare = (text[1:] if text.startswith(_SIGNS) else text).replace(",", "").replace(".", "")
    if bare.isdigit() or bare.lower() in _NUM_WORDS:
        return True
    parts = bare.split("/")
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
        return True
    parts = bare.split("-")
    return len(parts) == 2 and (parts[1].isdigit() or parts[1] in _NUM_WORDS)


def is_currency(text: str) -> bool:
    """spaCy's IS_CURRENCY for Indonesian: one of its currency forms, or only currency signs (no
    letter or digit is one: most words are asked one look-up)."""
    if text.isalnum():
        return text in _CURRENCY
    return text in _CURRENCY or all(unicodedata.category(c) == "Sc" for c in text)


def noun_chunks(doclike: Any) -> Iterator[tuple[int, int, int]]:
    """spaCy's Indonesian noun chunks (`doc.noun_chunks`, from a dependency parse), its module
    imported when first asked."""
    from spacy.lang.id.syntax_iterators import noun_chunks as chunks

    yield from chunks(doclike)

SYNTAX_ITERATORS: dict[str, Callable[..., Iterator[tuple[int, int, int]]]] = {"noun_chunks": noun_chunks}
