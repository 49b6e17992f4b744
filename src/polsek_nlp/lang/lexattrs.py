"""The lexical attributes of the Language: what spaCy gives a word's Lexeme the first time its
vocabulary sees the word (`token.is_alpha`, `token.like_url`, `token.is_punct` ...).

spaCy calls every getter (23) once for each new word; an unseen article brings ~33 new words, and
the getters were ~5 us of the ~8 us a new Lexeme costs (issue 20, session 13). The values here are
spaCy's own (`spacy.lang.lex_attrs`, with the Indonesian `LIKE_NUM` and `IS_CURRENCY` of
`lang/spacy_id.py`), computed at less cost:
- where spaCy's getter wraps one `str` method (`is_alpha` is `string.isalpha()`), the method is the
  getter: no Python frame per word; `is_ascii` (every character below 128) is `str.isascii`;
- the slower tests take first the exit their own tests would reach for most words: a text without
  `.` that does not start with `http` is no URL, one without `@` no e-mail address, a text of
  letters and digits no punctuation (no letter or digit has a `P` category) and no currency sign.
`tests/test_lexattrs.py` compares every getter with spaCy's over the archive's words.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import (
    IS_ALPHA,
    IS_ASCII,
    IS_CURRENCY,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LIKE_EMAIL,
    LIKE_NUM,
    LIKE_URL,
    LOWER,
)
from spacy.lang import lex_attrs as spacy_lex_attrs

from polsek_nlp.lang import spacy_id


def like_url(text: str) -> bool:
    """spaCy's LIKE_URL: its tests find no URL in a text without a dot unless it starts `http`."""
    if text and "." not in text and not text.startswith("http"):
        return False
    return spacy_lex_attrs.like_url(text)


def like_email(text: str) -> bool:
    """spaCy's LIKE_EMAIL: its pattern needs an `@`."""
    return "@" in text and spacy_lex_attrs.like_email(text)


def is_punct(text: str) -> bool:
    """spaCy's IS_PUNCT (every character of a `P` category): no letter or digit is one."""
    return not text.isalnum() and spacy_lex_attrs.is_punct(text)


LEX_ATTRS: dict[int, Callable[[str], Any]] = {
    LOWER: str.lower,
    IS_ALPHA: str.isalpha,
    IS_DIGIT: str.isdigit,
    IS_LOWER: str.islower,
    IS_SPACE: str.isspace,
    IS_TITLE: str.istitle,
    IS_UPPER: str.isupper,
    IS_ASCII: str.isascii,
    LIKE_URL: like_url,
    LIKE_EMAIL: like_email,
    IS_PUNCT: is_punct,
    IS_CURRENCY: spacy_id.is_currency,
    LIKE_NUM: spacy_id.like_num,
}
