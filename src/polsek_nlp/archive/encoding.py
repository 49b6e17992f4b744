"""Which encoding a file of text is in, and whether it is text at all.

UTF-8 (with or without BOM) is taken as such; a UTF-16/32 BOM, or a UTF-16 file without one (NUL
bytes at every other position) is recognised; anything else is handed to charset-normalizer,
which ranks the legacy encodings (for Indonesian archives: cp1252 and Latin-1 exports of
spreadsheet programs). Files whose bytes are not text (NUL bytes, many control bytes, no
encoding that reads them) are refused with `BinaryInputError`.
"""
from __future__ import annotations

import codecs

from polsek_nlp.knowledge.words import word_set

SAMPLE = 1 << 20  # bytes read to decide


class BinaryInputError(ValueError):
    """The input is not text (an image, an archive, random bytes ...)."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# bytes that text files do not hold (tab, newline, carriage return and form feed aside)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def detect_encoding(head: bytes, forced: str | None = None) -> tuple[str, str | None]:
    """The encoding of a file that starts with `head`, and a note when it is not plain UTF-8
    (None for UTF-8). `forced` (a Python codec name) is taken as given. Raises
    `BinaryInputError` when the bytes are not text, LookupError for an unknown `forced` codec."""
    if forced:
        codecs.lookup(forced)
        return forced, None
    for bom, name in _BOMS:
        if head.startswith(bom):
            if name == "utf-8-sig":
                return name, None
            return name, f"encoding {name} (byte order mark)"
    if head[:4000].count(b"\x00") > len(head[:4000]) // 4:
        sample = head[:4000]
        if sample[1::2].count(0) > len(sample) // 3 and sample[0::2].count(0) < len(sample) // 20:
            return "utf-16-le", "encoding utf-16-le (detected: no byte order mark)"
        if sample[0::2].count(0) > len(sample) // 3 and sample[1::2].count(0) < len(sample) // 20:
            return "utf-16-be", "encoding utf-16-be (detected: no byte order mark)"
    _check_not_binary(head)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < SAMPLE)
        return "utf-8", None
    except UnicodeDecodeError:
        pass
    name = _charset_normalizer(head)
    if name is None:
        raise BinaryInputError("the input is not text in any known encoding (binary data?); "
                               "give its encoding with --encoding / encoding= if it is text")
    return name, f"encoding {name} (detected by charset-normalizer; not UTF-8)"


def _check_not_binary(head: bytes) -> None:
    sample = head[:65536]
    if not sample:
        return
    if b"\x00" in sample:
        raise BinaryInputError("the input holds NUL bytes: it is binary data, not text")
    bad = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if bad > len(sample) // 100 + 2:
        raise BinaryInputError(f"the input holds {bad} control bytes in its first {len(sample)}: "
                               "it is binary data, not text")


def _charset_normalizer(head: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency; without it, the usual legacy encoding
        try:
            head.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return None
    best = from_bytes(head[:SAMPLE]).best()
    if best is None:
        return None
    name = best.encoding
    # charset-normalizer names the Latin family by what the sample proves; Indonesian text holds
    # few accented letters, so any of its Western guesses (data/words/western_encodings.tsv) is
    # read as cp1252, the superset of Latin-1 that spreadsheet programs write (curly quotes, dashes)
    if name in word_set("western_encodings"):
        try:
            head.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1" if name == "latin_1" else name
    return name


def decode_bytes(data: bytes, forced: str | None = None) -> tuple[str, str | None]:
    """`data` as text, and the note of `detect_encoding`; undecodable bytes become U+FFFD."""
    name, note = detect_encoding(data[:SAMPLE], forced)
    text = data.decode(name, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, note
