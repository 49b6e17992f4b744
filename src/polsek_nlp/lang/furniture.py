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

MAX_LINE = 300  # a longer line is a paragraph, not furniture

# cheap first look: a text without any of these words holds no known furniture line
_HINT = regex.compile(
    r"(?i)scroll|gulir|advertis|iklan|sponsor|\badv\b|\bads\b|baca|simak|lihat|klik|click|berita|artikel|rekomendasi|"
    r"pilihan|populer|trending|terkini|gambas|tonton|saksikan|video|live|siaran|ikuti|follow|dapatkan|download|"
    r"unduh|install|gabung|join|foto|ilustrasi|gambar|dok|photo|image|grafis|editor|penulis|reporter|pewarta|"
    r"penyunting|kontributor|redaktur|sumber|source|author|writer|copyright|©|\(c\)|\([a-z]{2,6}\s*/|bagikan|"
    r"share|salin|copy|komentar|comment|facebook|twitter|whatsapp|telegram|tag|topi[ck]|kata kunci|keyword|"
    r"halaman|page|hal\.|selanjutnya|next|previous|sebelumnya|lanjut"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, regex.Pattern]], list[tuple[str, regex.Pattern]]]:
    lines, inline = [], []
    for row in read_table("furniture.tsv"):
        pattern, flags = row["pattern"], regex.I | regex.V0
        if pattern.startswith("(?-i)"):
            pattern, flags = pattern[5:], regex.V0
        if row["where"] == "inline":
            inline.append((row["kind"], regex.compile(pattern, flags | regex.M)))
        else:
            lines.append((row["kind"], regex.compile(rf"(?:{pattern})\Z", flags)))
    return lines, inline


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
    line_patterns, inline_patterns = _patterns()
    hinted = _HINT.search(text) is not None
    if hinted:
        for kind, pattern in inline_patterns:
            spans = [m.span() for m in pattern.finditer(text, timeout=5.0) if m.end() > m.start()]
            for start, end in reversed(spans):
                text = _blank(text, start, end)
            found[kind] += len(spans)
    if not hinted and not learnt:
        return text, +found
    pieces: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        kind = None
        if stripped and len(stripped) <= MAX_LINE:
            if hinted:
                for k, pattern in line_patterns:
                    if pattern.match(stripped, timeout=1.0):
                        kind = k
                        break
            if kind is None and learnt and normalize_line(stripped) in learnt:
                kind = "repeated"
        if kind is not None:
            found[kind] += 1
            pieces.append(" " * len(line))
        else:
            pieces.append(line)
    return "\n".join(pieces), +found


def furniture_warning(found: Counter) -> str | None:
    """The record warning for what `blank_furniture` found, or None."""
    if not found:
        return None
    n = sum(found.values())
    kinds = ", ".join(f"{k}: {c}" for k, c in sorted(found.items()))
    return f"site furniture blanked out ({n} piece{'s' if n != 1 else ''}: {kinds})"
