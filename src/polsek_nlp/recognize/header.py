"""The article's head: site, title, byline, publication time and dateline.

Real pages pasted as text start with a few short lines (site name, headline, byline, a
timestamp) before the body, and the body's first paragraph often opens with a dateline
(`PURWAKARTA - ...`, `Jakarta, CNN Indonesia -- ...`, `DEPOK (Pos Kota) - ...`). Those lines are
parsed here once, so that no other component mistakes them for body sentences.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex
from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import doc_text, ext
from polsek_nlp.recognize.timex import parse_header_datetime, parse_iso


@dataclass
class Header:
    """What the head of an article says; `body_start` is the character offset of the body."""

    title: str | None = None
    site: str | None = None
    byline: str | None = None
    published: dt.datetime | None = None
    published_text: str | None = None
    published_span: tuple[int, int] | None = None
    published_has_time: bool = True  # False when only a day is known (published="2024-08-20")
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    dateline_source: str | None = None  # the outlet named in the dateline: "CNN Indonesia"
    dateline_source_span: tuple[int, int] | None = None
    url: str | None = None
    body_start: int = 0
    header_lines: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_MAX_HEAD_LINES = 12
_MAX_HEAD_LINE = 160
_DOMAIN = regex.compile(r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|org|co\.id|go\.id|news|tv)\b")
_BYLINE = regex.compile(
    r"(?i)^(?:oleh|reporter|penulis|editor|redaksi|kontributor|by|laporan wartawan|pewarta)\b\s*:?"
)
# Datelines: "PURWAKARTA - ", "PURWAKARTA, POLSEK.ID - ", "Jakarta, CNN Indonesia -- ",
# "DEPOK (Pos Kota) - ", "Bandung, Kompas.com - ", "JAKARTA, KOMPAS.com —"
_DATELINE = regex.compile(
    r"(?P<place>(?:\p{Lu}[\p{L}.'’]*)(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,3})"
    r"(?:[ \t]*(?:,[ \t]*(?P<src>[\p{L}\p{N}.' ]{2,40}?)|\((?P<src2>[^()\n]{2,40})\)))?"
    r"[ \t]*(?:--?|–|—|:)[ \t]+(?=\S)"
)


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if len(out) >= limit:
            break
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            out.append((s, s + len(stripped)))
        pos += len(line)
    return out


def _looks_like_body(line: str) -> bool:
    return len(line) > _MAX_HEAD_LINE or bool(_DATELINE.match(line)) and len(line) > 80


def _dateline(text: str, start: int) -> tuple[str, tuple[int, int], tuple[int, int] | None] | None:
    m = _DATELINE.match(text, start, start + 120)
    if not m:
        return None
    place = m.group("place")
    src = m.group("src") or m.group("src2") or ""
    # a dateline's place is upper case (PURWAKARTA) or followed by the outlet (Jakarta, CNN ...)
    if not (place.isupper() or src):
        return None
    if len(place) > 40:
        return None
    name = place.strip(" .")
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    group = "src" if m.group("src") else "src2" if m.group("src2") else None
    src_span = (m.start(group), m.end(group)) if group else None
    return name, (m.start("place"), m.end("place")), src_span


def parse_header(text: str, *, title: str | None = None, published=None, url: str | None = None,
                 published_dt: dt.datetime | None = None) -> Header:
    """Read the head of `text`. Explicit `title`, `published`, `url` override what it says
    (`published_dt`: `published` already parsed by the caller)."""
    h = Header(url=url)
    lines = _lines(text, _MAX_HEAD_LINES + 1)
    head: list[tuple[int, int]] = []
    for s, e in lines:
        line = text[s:e]
        if _looks_like_body(line) or e - s > _MAX_HEAD_LINE or _dateline(text, s) and len(head) >= 1:
            break
        head.append((s, e))
    # a head only exists when the body follows it: a one-paragraph text has no head
    if len(head) == len(lines):
        head = []
    titles: list[tuple[int, int]] = []
    for s, e in head:
        line = text[s:e]
        if h.published is None:
            when = parse_header_datetime(line) if regex.search(r"\d", line) else None
            if when is not None and len(regex.sub(r"[\d\W]", "", line)) < 25:
                h.published, h.published_text, h.published_span = when, line, (s, e)
                continue
        if _BYLINE.match(line) or _DOMAIN.search(line) and len(line.split()) <= 8:
            h.byline = h.byline or line
            continue
        if len(line.split()) <= 2 and (line.isupper() or _DOMAIN.search(line)):
            h.site = h.site or line
            continue
        titles.append((s, e))
    if titles:
        s, e = max(titles, key=lambda se: len(text[se[0]:se[1]].split()))
        h.title = text[s:e]
    h.header_lines = head
    h.body_start = head[-1][1] if head else 0
    body_lines = [(s, e) for s, e in lines if s >= h.body_start]
    if body_lines:
        got = _dateline(text, body_lines[0][0])
        if got:
            h.dateline, h.dateline_span, src = got
            if src:
                h.dateline_source = text[src[0]:src[1]].strip()
                h.dateline_source_span = (src[0], src[0] + len(h.dateline_source))
    if title is not None:
        h.title = title
    if published is not None:
        h.published = published_dt if published_dt is not None else parse_iso(published)
        h.published_has_time = not (isinstance(published, dt.date) and not isinstance(published, dt.datetime)
                                    or isinstance(published, str) and not regex.search(r"\d:\d", published))
    if url is not None:
        h.url = url
    return h


if not Doc.has_extension("header"):
    Doc.set_extension("header", default=None)
if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)


class HeaderParser(PolsekComponent):
    """Pipeline component: sets `doc._.header` from the text and `doc._.meta` overrides."""

    tables = ("temporal_words.tsv",)

    def __call__(self, doc: Doc) -> Doc:
        meta = ext(doc, "meta") or {}
        doc._.header = parse_header(doc_text(doc), title=meta.get("title"), published=meta.get("published"),
                                    url=meta.get("url"), published_dt=meta.get("published_dt"))
        return doc


@Language.factory("polsek_header", assigns=["doc._.header"])
def make_header(nlp: Language, name: str) -> HeaderParser:
    """`polsek_header`: the article's header (title, byline, dateline, publication time, URL) in
    `doc._.header`, with what `doc._.meta` (set by `analyze`) overrides. No settings."""
    return HeaderParser(nlp, name)
