"""Scraped-text hygiene: the site furniture a scraper keeps in an article body, blanked out.

Known furniture (scroll and advertisement markers, "Baca juga" links, video and "Simak" promos,
photo captions and credits, share buttons, tag lists) is described in `data/furniture.tsv`;
`blank_furniture` also takes lines learnt per archive (lines that repeat across many articles of
the same site, see `polsek_nlp.archive.survey`). Furniture is replaced by spaces of the same
length (newlines kept), never deleted, so that offsets into the cleaned text are offsets into the
text the user gave.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import lru_cache

import regex

from polsek_nlp.data import read_table
from polsek_nlp.lang.patterns import compile_pattern

MAX_LINE = 300  # a longer line is a paragraph, not furniture
MAX_HEADLINES = 6  # the headlines a bare `Baca juga:` lists on the lines after it, at most
MAX_HEADLINE = 160  # a longer line is a paragraph, not a headline
# a see-also marker with nothing after it (`Baca juga:`, `Baca Juga :`): its headlines stand on the next lines
_BARE_SEE_ALSO = compile_pattern(r"\W{0,3}\w+(?:\s+\w+){0,2}\s*:?\s*", regex.V0)
_SENTENCE_END = compile_pattern(r"[.,;\"”’')]\s*\Z", regex.V0)


def _headline(line: str) -> bool:
    """A line under a bare see-also marker that is a headline: short, and not ending as a sentence or a
    quote ends (the article's next paragraph does)."""
    return len(line) <= MAX_HEADLINE and _SENTENCE_END.search(line) is None


@lru_cache(maxsize=1)
def inline_words() -> tuple[str, ...]:
    """The words every inline pattern of the table holds one of (`data/furniture_inline_words.tsv`):
    a text without them skips the inline scan."""
    return tuple(row["word"] for row in read_table("furniture_inline_words.tsv"))


@lru_cache(maxsize=1)
def _labels() -> dict[str, regex.Pattern]:
    """The table's `label` rows by kind: what a line of that kind loses, the rest of it staying (a
    byline's staff labels; its names are persons)."""
    rows: dict[str, list[str]] = {}
    for row in read_table("furniture.tsv"):
        if row["where"] == "label":
            rows.setdefault(row["kind"], []).append(row["pattern"])
    return {kind: compile_pattern("|".join(f"(?:{p})" for p in pats), regex.I | regex.V0)
            for kind, pats in rows.items()}


def _blank_line(line: str, kind: str) -> str:
    """A furniture line blanked: all of it, or for a kind with `label` rows only their matches."""
    label = _labels().get(kind)
    if label is None:
        return " " * len(line)
    return label.sub(lambda m: " " * len(m.group()), line)


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, list[str], list[str]]:
    """One pattern for whole lines and one for inline markers, each an alternation of the table's
    rows in named groups (`k0`, `k1` ...: one match call per line tells the row, whose kind the
    lists give); rows starting with (?-i) keep their case."""
    lines, inline, line_kinds, inline_kinds = [], [], [], []
    for row in read_table("furniture.tsv"):
        pattern = row["pattern"]
        if pattern.startswith("(?-i)"):
            pattern = f"(?-i:{pattern[5:]})"
        if row["where"] == "label":
            continue
        if row["where"] == "inline":
            inline.append(f"(?P<k{len(inline)}>{pattern})")
            inline_kinds.append(row["kind"])
        else:
            lines.append(f"(?P<k{len(lines)}>{pattern})")
            line_kinds.append(row["kind"])
    return (compile_pattern("(?:" + "|".join(lines) + r")\Z", regex.I | regex.V0),
            compile_pattern("|".join(inline), regex.I | regex.M | regex.V0), line_kinds, inline_kinds)


def normalize_line(line: str) -> str:
    """A line as the per-archive learning compares it: stripped, spaces collapsed, lowercased."""
    return " ".join(line.split()).lower()


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + regex.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def blank_furniture(text: str, learnt: Collection[str] = ()) -> tuple[str, Counter]:
    """`text` with its furniture blanked out by spaces, and how many pieces of each kind went.

    `learnt` holds normalised lines (`normalize_line`) that are furniture of this archive; they
    count under the kind `repeated`. The text keeps its length and its newlines.
    """
    found: Counter = Counter()
    if not text:
        return text, found
    line_pattern, inline_pattern, line_kinds, inline_kinds = _patterns()
    spans = []
    low = text.lower()
    inline_hint = any(w in low for w in inline_words())
    for m in inline_pattern.finditer(text, timeout=5.0) if inline_hint else ():
        if m.end() > m.start():
            spans.append(m.span())
            found[inline_kinds[int(m.lastgroup[1:])]] += 1
    for start, end in reversed(spans):
        text = _blank(text, start, end)
    pieces: list[str] = []
    headlines = 0  # lines left of a list of headlines under a bare `Baca juga:`
    for line in text.split("\n"):
        stripped = line.strip()
        kind = _line_kind(stripped, line_pattern, line_kinds, learnt)
        if kind is None and headlines and stripped:
            if _headline(stripped):
                kind, headlines = "see_also", headlines - 1
            else:
                headlines = 0
        elif kind == "see_also":
            headlines = MAX_HEADLINES if _BARE_SEE_ALSO.fullmatch(stripped) else 0
        if kind is not None:
            found[kind] += 1
            pieces.append(_blank_line(line, kind))
        else:
            pieces.append(line)
    return "\n".join(pieces), +found


def _line_kind(stripped: str, line_pattern: regex.Pattern, line_kinds: list[str],
               learnt: Collection[str]) -> str | None:
    """The kind of furniture a whole line is (a row of the table, or a line learnt for the archive), or None."""
    if not stripped or len(stripped) > MAX_LINE:
        return None
    m = line_pattern.match(stripped)
    if m:
        return line_kinds[int(m.lastgroup[1:])]
    return "repeated" if learnt and normalize_line(stripped) in learnt else None


def furniture_warning(found: Counter) -> str | None:
    """The record warning for what `blank_furniture` found, or None."""
    if not found:
        return None
    n = sum(found.values())
    kinds = ", ".join(f"{k}: {c}" for k, c in sorted(found.items()))
    return f"site furniture blanked out ({n} piece{'s' if n != 1 else ''}: {kinds})"
