"""The names of a byline's slots (`Pewarta: X / Editor: Y`), read by position.

`lang/furniture.py` blanks a byline line's staff labels (`data/furniture.tsv`, kind `byline`) to spaces
and keeps their colons, so a slot is what follows such a colon: a colon right after a label's length
of spaces (the shortest label, `editor`, has six letters), on a line that starts so (furniture reads a
byline line from its start; a form's `Lokasi        : ...` is no slot). There every capitalised word up to the next
separator, slot or line end is a name word because of where it stands (the label says so): the name
reader's question whether a word is also an ordinary word (`Anggun`, `Indah`) is not asked. A slot
holding any other word (ordinary text after `Editor:`) or a word of the newsroom's staff (`Redaksi`, `Admin`:
`data/words/byline_staff_words.tsv`) is left to the name reader.
"""
from __future__ import annotations

import regex

from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.patterns import compile_pattern

MAX_NAME_WORDS = 5
_BYLINE_LINE = compile_pattern(r"^[ \t]{6,}:[^\n]*", regex.M | regex.V0)
_SLOT = compile_pattern(r"(?<=[ \t]{6}):[ \t]*([^\n:]+)", regex.V0)
_SEPARATOR = compile_pattern(r"\s*(?:[/|,;&]|\s-\s|\s(?:dan|and)\s)\s*", regex.V0)
_NAME_WORD = compile_pattern(r"\p{Lu}(?:[\p{L}'’-]*\p{L})?\.?|\p{Lu}\.", regex.V1)
_STAFF = frozenset(w.lower() for w in word_set("byline_staff_words"))


def byline_names(text: str) -> list[tuple[int, int]]:
    """The character spans of the names in `text`'s byline slots."""
    spans: list[tuple[int, int]] = []
    if ":" not in text:
        return spans
    for line in _BYLINE_LINE.finditer(text):
        for m in _SLOT.finditer(text, line.start(), line.end()):
            names = _slot_names(m.group(1), m.start(1))
            if names is not None:
                spans.extend(names)
    return spans


def _slot_names(slot: str, offset: int) -> list[tuple[int, int]] | None:
    """The spans of a slot's names, or None where a word of it is no name word."""
    names, start = [], 0
    for sep in [*_SEPARATOR.finditer(slot), None]:
        end = len(slot) if sep is None else sep.start()
        piece = slot[start:end]
        words = piece.split()
        if len(words) > MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(w) for w in words) \
                or any(w.rstrip(".").lower() in _STAFF for w in words):
            return None
        if words:
            lead = len(piece) - len(piece.lstrip())
            names.append((offset + start + lead, offset + start + len(piece.rstrip())))
        start = len(slot) if sep is None else sep.end()
    return names
