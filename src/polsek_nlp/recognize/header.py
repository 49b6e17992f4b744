"""The article's head: site, title, byline, publication time and dateline.

Real pages pasted as text start with a few short lines (site name, headline, byline, a
timestamp) before the body, and the body's first paragraph often opens with a dateline
(`PURWAKARTA - ...`, `Jakarta, CNN Indonesia -- ...`, `DEPOK (Pos Kota) - ...`). Those lines are
parsed here once, so that no other component mistakes them for body sentences.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import regex
from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.meta import ArticleMeta, Precision
from polsek_nlp.doc.spans import doc_text, ext
from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.phrases import media, world_cities
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.recognize.timex import parse_header_datetime, read_published


@dataclass
class Header:
    """What the head of an article says; `body_start` is the character offset of the body."""

    title: str | None = None
    site: str | None = None
    byline: str | None = None
    published: dt.datetime | None = None
    published_text: str | None = None
    published_span: tuple[int, int] | None = None
    # "time": to the minute (a time read from a head line counts as one, 00:00 when the line
    # gives a day only); "day": the caller gave a day only (published="2024-08-20")
    published_precision: Precision | None = None
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
_DOMAIN = compile_pattern(r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:id|com|net|org|co\.id|go\.id|news|tv)\b")
_BYLINE = compile_pattern(
    r"(?i)^(?:oleh|reporter|penulis|editor|redaksi|kontributor|by|laporan wartawan|pewarta)\b\s*:?"
)
# Datelines: "PURWAKARTA - ", "PURWAKARTA, POLSEK.ID - ", "Jakarta, CNN Indonesia -- ",
# "DEPOK (Pos Kota) - ", "Bandung, Kompas.com - ", "JAKARTA, KOMPAS.com —"
_DATELINE = compile_pattern(
    r"(?P<place>(?:\p{Lu}(?:[\p{L}.'’]|-(?=\p{L}))*)(?:[ \t]+\p{Lu}[\p{L}.'’]*){0,3})"
    r"(?:[ \t]*(?:,[ \t]*(?P<src>[\p{L}\p{N}.' ]{2,40}?)|\((?P<src2>[^()\n]{2,40})\)))?"
    r"[ \t]*(?:--?|–|—|:)[ \t]+(?=\S)"
)


_SITE_NAME = regex.compile(r"\.(?i:com|net|id|co\.id|co|org|news|tv)$")  # "JUARA.NET", "Kompas.com": an outlet by its site's name


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
    group = "src" if m.group("src") else "src2" if m.group("src2") else None
    place_group = "place"
    if group == "src" and (_SITE_NAME.search(place) and not _SITE_NAME.search(src.strip())
                           or place.strip() in media().entries and src.strip() not in media().entries):
        # "JUARA.NET, MONTE CARLO -", "Tribratanews.kalsel.polri.go.id, Banjarbaru -", "KBRN, Singaraja:": the
        # outlet first
        place, src, place_group, group = src, place, "src", "place"
    # a dateline's place is upper case (PURWAKARTA) or followed by the outlet (Jakarta, CNN ...)
    if not (place.isupper() or src):
        return None
    name = place.strip(" .")
    if len(place) > 40 or not place.isupper() and not _dateline_pair(name, src.strip()):
        return None
    if name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    src_span = (m.start(group), m.end(group)) if group else None
    return name, (m.start(place_group), m.end(place_group)), src_span


def _dateline_pair(place: str, src: str) -> bool:
    """A title-case place before an outlet is a dateline when either side is known for what it stands for: the
    place a region of the gazetteer or a world city (`Kendari, Sultrakini -`), or the outlet a listed one or a
    site's name (`Sebelumnya` is neither: `Sebelumnya, Prabowo - Hatta ...` opens a sentence, and `Kata Budi,
    program Budi - Ani ...` a quote's attribution, whose words only look like `Place, Outlet -`)."""
    return src in media().entries or bool(_SITE_NAME.search(src)) or place in world_cities().entries \
        or bool(gazetteer().lookup(place))


def parse_header(text: str, meta: ArticleMeta | None = None) -> Header:
    """Read the head of `text`. What `meta` gives (title, publication time, url) overrides what
    the head says."""
    h = Header()
    lines = _lines(text, _MAX_HEAD_LINES + 1)
    head = _head_lines(text, lines)
    _read_head(text, head, h)
    h.header_lines = head
    h.body_start = head[-1][1] if head else 0
    body_lines = [(s, e) for s, e in lines if s >= h.body_start]
    if body_lines:
        _read_dateline(text, body_lines[0][0], h)
    if meta is not None:
        _override(h, meta)
    return h


def _head_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The short lines before the body; none when the body does not follow them."""
    head: list[tuple[int, int]] = []
    for s, e in lines:
        line = text[s:e]
        if _looks_like_body(line) or e - s > _MAX_HEAD_LINE or _dateline(text, s) and len(head) >= 1:
            break
        head.append((s, e))
    # a head only exists when the body follows it: a one-paragraph text has no head
    return [] if len(head) == len(lines) else head


def _read_head(text: str, head: list[tuple[int, int]], h: Header) -> None:
    """The publication time, byline, site and title among the head's lines."""
    titles: list[tuple[int, int]] = []
    for s, e in head:
        line = text[s:e]
        if h.published is None:
            when = parse_header_datetime(line) if regex.search(r"\d", line) else None
            if when is not None and len(regex.sub(r"[\d\W]", "", line)) < 25:
                h.published, h.published_text, h.published_span = when, line, (s, e)
                h.published_precision = "time"
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


def _read_dateline(text: str, start: int, h: Header) -> None:
    got = _dateline(text, start)
    if got:
        h.dateline, h.dateline_span, src = got
        if src:
            h.dateline_source = text[src[0]:src[1]].strip()
            h.dateline_source_span = (src[0], src[0] + len(h.dateline_source))


def _override(h: Header, meta: ArticleMeta) -> None:
    if meta.title is not None:
        h.title = meta.title
    if meta.published is not None:
        h.published, h.published_precision = meta.published, meta.published_precision
    if meta.url is not None:
        h.url = meta.url


def article_meta(*, published=None, title: str | None = None, url: str | None = None,
                 id: str | None = None) -> ArticleMeta:
    """The typed `doc._.meta` from what a caller gives: `published` an ISO string (or another
    form the date tagger reads), a date or a datetime; None or "" when unknown. Raises
    ValueError for a string that holds no date."""
    when, precision = read_published(published)
    return ArticleMeta(published=when, published_precision=precision, title=title, url=url, id=id)


def _typed_meta(doc: Doc) -> ArticleMeta | None:
    """`doc._.meta`, typed: a mapping (`{"published": ..., "title": ...}`, as older callers set
    it) is read once into an `ArticleMeta`, which replaces it on the Doc."""
    meta = ext(doc, "meta")
    if meta is None or isinstance(meta, ArticleMeta):
        return meta
    if not isinstance(meta, Mapping):
        raise TypeError(f"doc._.meta must be an ArticleMeta, not {type(meta).__name__}")
    typed = article_meta(**{k: meta.get(k) for k in ("published", "title", "url", "id")})
    doc._.meta = typed
    return typed


if not Doc.has_extension("header"):
    Doc.set_extension("header", default=None)


class HeaderParser(PolsekComponent):
    """Pipeline component: sets `doc._.header` from the article's head and `doc._.meta` (an
    `ArticleMeta`, see `polsek_nlp.doc.meta`; None: the head alone counts), whose fields
    override what the head says."""

    factory = "polsek_header"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        doc._.header = parse_header(doc_text(doc), _typed_meta(doc))
        return doc


@Language.factory("polsek_header", assigns=["doc._.header"])
def make_header(nlp: Language, name: str) -> HeaderParser:
    """`polsek_header`: the article's header (title, byline, dateline, publication time, URL) in
    `doc._.header`, with what `doc._.meta` (set by `analyze`) overrides. No settings."""
    return HeaderParser(nlp, name)
