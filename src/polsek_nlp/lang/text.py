"""Input hygiene: what `analyze` accepts, and how odd but valid text is cleaned (with warnings)."""
from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Collection

import regex

from polsek_nlp.lang.furniture import blank_furniture, furniture_warning
from polsek_nlp.lang.patterns import compile_pattern

DEFAULT_MAX_CHARS = 1_000_000  # ~100x a long news article
MAX_PUNCT_RUN = 50

_TAG = compile_pattern(r"<(?:script|style)\b[^>]{0,2000}>.{0,200000}?</(?:script|style)\s*>|<!--.{0,20000}?-->"
                     r"|</?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,2000})?/?>", regex.S | regex.I)
_BLOCK = compile_pattern(r"</?(?:p|div|br|li|tr|h[1-6]|article|section|header|footer)\b[^>]{0,2000}>", regex.I)
# the standard library scans a plain character class ~4x faster than `regex`
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\ufeff]")
_SURROGATE = compile_pattern(r"[\ud800-\udfff]")
# the control characters of binary data (not the tab, line and page breaks of text, nor zero-width marks):
# C0 and DEL, and the C1 block that binary read as Latin-1 is full of
_BINARYISH = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
BINARY_SAMPLE = 20_000
# the lead bytes of 2-4 byte UTF-8 sequences read as cp1252/Latin-1, followed by a continuation byte
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                       "\u20ac\u2122]")
# every character the three character steps look for (a lone surrogate, a mojibake lead byte, a control character):
# one scan of a text tells whether those steps need their own (most articles hold none of them)
_ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00c2-\u00f4\u200b-\u200d\ufeff\ud800-\udfff]")
_WORD = compile_pattern(r"\S+")
_LETTERS = compile_pattern(r"\p{L}")
_PUNCT_RUN = compile_pattern(r"[^\w\s]{51,}")
# holds every run _PUNCT_RUN finds (it leaves out only characters that are `regex` word or space
# characters), and its leading character set lets `re` skip letters in a C loop: ~3x faster
_PUNCT_RUN_HINT = re.compile(r"[^A-Za-z0-9_ \t\n\r\f\v][^A-Za-z0-9_ \t\n\r\f\v]{50}")
_INDONESIAN = re.compile(r"(?<![^\W\d_])(?:yang|dan|di|dengan|itu|untuk|dalam|tidak|ini|pada|dari|akan|ke)(?![^\W\d_])",
                         re.I)


def check_text(text: object, what: str = "text") -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError(f"{what} must be str, not bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"{what} must be str, not {type(text).__name__}")


def clean(text: str, max_chars: int = DEFAULT_MAX_CHARS, furniture: Collection[str] = (),
          hygiene: bool = True) -> tuple[str, list[str]]:
    """The text the pipeline will read, and warnings about what was changed or looks wrong.

    With `hygiene` (the default), mojibake is repaired word by word and site furniture is blanked
    out (see `polsek_nlp.lang.furniture`; `furniture` adds the normalised lines learnt for an
    archive), both without moving any other character: offsets stay those of `text`.
    """
    scanned, odd = text, _ODD.search(text) is not None

    def if_odd(step: Callable[[str], tuple[str, str | None]]) -> Callable[[str], tuple[str, str | None]]:
        """The character step, where the shared scan found one of its characters or a step before changed the text."""
        return lambda t: step(t) if odd or t is not scanned else (t, None)

    steps: list[Callable[[str], tuple[str, str | None]]] = [if_odd(_surrogates)]
    if hygiene:
        steps.append(if_odd(_mojibake))
    binaryish = 0  # control characters of binary data that `_controls` removed from the head of the text

    def controls(t: str) -> tuple[str, str | None]:
        nonlocal binaryish
        t, note, binaryish = _controls(t)
        return t, note

    steps += [_markup, if_odd(controls)]
    if hygiene:
        steps.append(lambda t: _furniture(t, furniture))
    steps += [_punct_runs, lambda t: _truncate(t, max_chars)]
    warnings: list[str] = []
    for step in steps:
        text, note = step(text)
        if note:
            warnings.append(note)
    note = _shape_warning(text, binaryish)
    if note:
        warnings.append(note)
    return text, warnings


def _surrogates(text: str) -> tuple[str, str | None]:
    if _SURROGATE.search(text):
        return _SURROGATE.sub("\ufffd", text), "lone surrogate code points replaced by U+FFFD"
    return text, None


def _mojibake(text: str) -> tuple[str, str | None]:
    if not _MOJIBAKE.search(text):
        return text, None
    text, fixed = repair_mojibake(text)
    if not fixed:
        return text, None
    return text, (f"mojibake repaired in {fixed} word{'s' if fixed != 1 else ''} "
                  "(UTF-8 read as cp1252/Latin-1; padded with spaces to keep offsets)")


def _markup(text: str) -> tuple[str, str | None]:
    if "<" in text and ">" in text and _TAG.search(text, timeout=5.0):
        text = _BLOCK.sub("\n", text, timeout=5.0)
        text = _TAG.sub(" ", text, timeout=5.0)
        return html.unescape(text), "HTML markup stripped"
    if "&" in text and regex.search(r"&(?:[a-z]{2,8}|#\d{2,6});", text):
        return html.unescape(text), "HTML entities decoded"
    return text, None


def _controls(text: str) -> tuple[str, str | None, int]:
    """The text without control characters, the note, and how many of those removed from its first
    `BINARY_SAMPLE` characters are those of binary data (the shape check cannot see them afterwards)."""
    if _CONTROL.search(text):
        return (_CONTROL.sub("", text), "control characters removed",
                len(_BINARYISH.findall(text, 0, BINARY_SAMPLE)))
    return text, None, 0


def _furniture(text: str, furniture: Collection[str]) -> tuple[str, str | None]:
    text, found = blank_furniture(text, furniture)
    return text, furniture_warning(found)


def _punct_runs(text: str) -> tuple[str, str | None]:
    if _PUNCT_RUN_HINT.search(text) and _PUNCT_RUN.search(text):
        # spaCy's tokenizer strips punctuation off a whitespace-free chunk one character at a time,
        # rescanning the chunk each time: quadratic in a run like '"""...' or '-----...'
        return (_PUNCT_RUN.sub(lambda m: m.group(0)[:MAX_PUNCT_RUN], text),
                f"runs of punctuation longer than {MAX_PUNCT_RUN} characters shortened")
    return text, None


def _truncate(text: str, max_chars: int) -> tuple[str, str | None]:
    if len(text) > max_chars:
        return text[:max_chars], f"text truncated to {max_chars} characters"
    return text, None


def _shape_warning(text: str, binaryish: int = 0) -> str | None:
    """What the cleaned text looks like when it does not look like an Indonesian article.

    The cleaning removed every control character, so `binaryish` says how many of binary data it removed
    from the head of the text; they count with the U+FFFD left in the cleaned head."""
    if not text.strip():
        return "empty text"
    if not _LETTERS.search(text):
        return "no letters in text"
    head = text[:BINARY_SAMPLE]
    if _mostly_not_text(head.count("\ufffd") + binaryish, len(head) + binaryish):
        return "text looks like binary data (many replacement or control characters)"
    if len(text) > 200 and _count(_INDONESIAN, text[:5000], 3) < min(3, len(text) // 300 + 1):
        return "text does not look Indonesian"
    return None


def looks_binary(text: str, sample: int = BINARY_SAMPLE) -> bool:
    """Whether decoded text is mostly not text: U+FFFD, NULs and other control characters make up
    more than a tenth of its first `sample` characters (random bytes decoded as UTF-8 give ~50%,
    as Latin-1 ~23%)."""
    head = text[:sample]
    return _mostly_not_text(head.count("\ufffd") + len(_BINARYISH.findall(head)), len(head))


def _mostly_not_text(bad: int, size: int) -> bool:
    return size > 0 and bad > size / 10


def repair_mojibake(text: str) -> tuple[str, int]:
    """`text` with each whitespace-delimited word that is mojibake (UTF-8 bytes read as cp1252 or
    Latin-1: `JosÃ©`, `â€œKami`) repaired by ftfy and padded with spaces to its old length (after
    the word; before it for an opening quote mark), so that every other word stays where it was;
    and how many words were repaired. Without ftfy: unchanged."""
    try:
        from ftfy import fix_encoding
    except ImportError:  # pragma: no cover - ftfy is a dependency; a stripped install keeps the text
        return text, 0
    fixed = 0

    def one(m: regex.Match) -> str:
        nonlocal fixed
        word = m.group(0)
        if not _MOJIBAKE.search(word):
            return word
        new = fix_encoding(word)
        if new == word or len(new) > len(word):
            return word
        fixed += 1
        pad = " " * (len(word) - len(new))
        # an opening quote (`â€œKami`) takes its padding before it, so the quoted words stay together
        return pad + new if _MOJIBAKE.match(word) and not new[:1].isalnum() else new + pad

    return _WORD.sub(one, text), fixed


def _count(pattern: re.Pattern, text: str, most: int) -> int:
    """Matches of `pattern` in `text`, counting no further than `most`."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), most))


def lower_keeping_offsets(text: str) -> str:
    """`text` lowercased, character for character: the few characters that lowercase to two
    (İ) stay as they are, so that offsets into the result are offsets into `text`."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower


def clean_field(value: str | None) -> str | None:
    """A title or URL without lone surrogates or control characters (they break UTF-8 output)."""
    if value is None:
        return None
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", value))
