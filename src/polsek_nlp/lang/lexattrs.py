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
  letters and digits no punctuation (no letter or digit has a `P` category) and no currency sign,
  bracket or quote; a word of letters in lower case or capitalised has the shape `xxxx` or `Xxxxx`
  (spaCy's `word_shape` walks it character by character);
- the three getters spaCy's `create_vocab` sets on every vocabulary itself (`VOCAB_ATTRS`: IS_STOP,
  LANG and NORM, `functools.partial`s of a generic function) are plain functions of the same
  values, set by `language.PolsekIndonesian` on the vocabulary it creates (session 15).
`tests/test_lexattrs.py` compares every getter with spaCy's over the archive's words.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import (
    IS_ALPHA,
    IS_ASCII,
    IS_BRACKET,
    IS_CURRENCY,
    IS_DIGIT,
    IS_LEFT_PUNCT,
    IS_LOWER,
    IS_PUNCT,
    IS_QUOTE,
    IS_RIGHT_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    IS_UPPER,
    LANG,
    LIKE_EMAIL,
    LIKE_NUM,
    LIKE_URL,
    LOWER,
    NORM,
    SHAPE,
)
from spacy.lang import lex_attrs as spacy_lex_attrs
from spacy.lang.norm_exceptions import BASE_NORMS

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


def is_bracket(text: str) -> bool:
    """spaCy's IS_BRACKET: a bracket is no letter or digit."""
    return not text.isalnum() and spacy_lex_attrs.is_bracket(text)


def is_quote(text: str) -> bool:
    """spaCy's IS_QUOTE: a quotation mark is no letter or digit."""
    return not text.isalnum() and spacy_lex_attrs.is_quote(text)


def is_left_punct(text: str) -> bool:
    """spaCy's IS_LEFT_PUNCT: an opening mark is no letter or digit."""
    return not text.isalnum() and spacy_lex_attrs.is_left_punct(text)


def is_right_punct(text: str) -> bool:
    """spaCy's IS_RIGHT_PUNCT: a closing mark is no letter or digit."""
    return not text.isalnum() and spacy_lex_attrs.is_right_punct(text)


def word_shape(text: str) -> str:
    """spaCy's SHAPE: each letter `X` or `x`, each digit `d`, any other character itself, a run of
    one of them cut at four. A word of letters all in lower case is `x` a letter (`xxxx` at most),
    one capitalised `X` and the rest so (`Xxxxx`); any other text is spaCy's walk (`lower` and
    `istitle` are no shortcut alone: a letter with no case, as in `中`, is `x` and passes neither)."""
    if text.isalpha() and len(text) < 100:
        if text.islower():
            return "xxxx"[:len(text)]
        if text[0].isupper() and text[1:].islower():
            return "X" + "xxxx"[:len(text) - 1]
    return spacy_lex_attrs.word_shape(text)


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
    IS_BRACKET: is_bracket,
    IS_QUOTE: is_quote,
    IS_LEFT_PUNCT: is_left_punct,
    IS_RIGHT_PUNCT: is_right_punct,
    SHAPE: word_shape,
}


def is_stop(text: str) -> bool:
    """spaCy's IS_STOP (`functools.partial(is_stop, stops=...)`): the lowercase form is a stop word."""
    return text.lower() in spacy_id.STOP_WORDS


def norm(text: str) -> str:
    """spaCy's NORM of a Language without norm tables (`util.add_lookups(lower, BASE_NORMS)`): the
    text's entry in spaCy's base norms (`’` -> `'`, `€` -> `$` ...), else its lowercase form."""
    found = BASE_NORMS.get(text)
    return text.lower() if found is None else found


def vocab_attrs(lang: str) -> dict[int, Callable[[str], Any]]:
    """The getters `spacy.vocab.create_vocab` sets on a vocabulary of language `lang` whatever the
    Language's own (IS_STOP, LANG, NORM; the Language's stop words are `spacy_id.STOP_WORDS`), as
    plain functions of the same values."""

    def language(text: str) -> str:
        return lang

    return {IS_STOP: is_stop, LANG: language, NORM: norm}
