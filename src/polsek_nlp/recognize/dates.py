"""`polsek_dates`: DATE and TIME spans with ISO values, anchored to the publication time.

The spans come from `timex.find_timexes`: the tagger (`timex_tagger`) says where expressions may
be, the normaliser (`timex_values`) what each means. The anchor is the header's `published` (the
article's head, or `doc._.meta` when the caller gave one): it is not parsed again here. The
head's lines are tagged again, as part of the whole text: the header's own reading of them (line
by line, without an anchor) can differ (a date without a year, a relative day, a clock time
written on the next line, a clock time taking the day of the date before it), and they are a few
dozen characters of a text's thousands.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import char_span, doc_text, ext, set_group
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.recognize.timex import find_timexes
from polsek_nlp.recognize.timex_calendar import OFFSETS, Timex
from polsek_nlp.recognize.timex_periods import RANGE_JOIN
from polsek_nlp.record.types import DateMention


class DateTagger(PolsekComponent):
    """Tags temporal expressions (see `timex`) into two span groups, each span with a `DateMention`:
    `doc.spans["dates"]`, the record's dates (a range written with two ends is two dates, as the
    annotation rules list them), and `doc.spans["timexes"]`, the expressions as news NER reads
    them, which `doc.ents` takes (a range is one span; a year inside a name, `Festival 2017`, is
    none; an expression with no value the record could hold, `musim ini`, `malam hari`, is one)."""

    factory = "polsek_dates"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        header = ext(doc, "header")
        anchor = header.published if header is not None else None
        pub_span = header.published_span if header is not None else None
        text = doc_text(doc)
        dates: list[tuple[Span, DateMention]] = []  # the record's
        timexes: list[tuple[Span, DateMention]] = []  # NER's: the same Span objects where they agree
        for t in find_timexes(text, anchor):
            is_pub = bool(pub_span and pub_span[0] <= t.start and t.end <= pub_span[1])
            pieces = [(t.start, t.end, t.value, t.granularity)] if is_pub else _ends(t)
            spans = [s for s in (_mention(doc, text, t, is_pub, *piece) for piece in pieces) if s is not None]
            if t.view != "ents":
                dates.extend(spans)
            if t.view == "record":
                continue
            if t.granularity == "range" and len(pieces) > 1:  # one expression, one entity
                whole = _mention(doc, text, t, is_pub, t.start, t.end, t.value, t.granularity)
                # an end whose tokens are the whole expression's ("5–6 Juli": `5–6` one token) is its entity,
                # its own date kept: a second mention on the same tokens would take its place
                same = next((m for m in spans if whole is not None and m[0].start == whole[0].start
                             and m[0].end == whole[0].end), None)
                spans = [same or whole] if whole is not None else []
            timexes.extend(spans)
        set_group(doc, "dates", [s for s, _ in dates], [m for _, m in dates])
        shared = {id(s) for s, _ in dates}  # their mention is kept already, under the same key
        set_group(doc, "timexes", [s for s, _ in timexes], [None if id(s) in shared else m for s, m in timexes])
        return doc


def _mention(doc: Doc, text: str, t: Timex, is_pub: bool, start: int, end: int, value: str | None,
             granularity: str) -> tuple[Span, DateMention] | None:
    span = char_span(doc, start, end, _label(granularity, value))
    if span is None:
        return None
    return span, DateMention(text=text[start:end], value=value, granularity=granularity, start=start, end=end,
                             offset=OFFSETS.get(t.tz or ""), relative=t.relative, is_published=is_pub)


def _label(granularity: str, value: str | None) -> str:
    return "TIME" if granularity == "time" or granularity == "range" and value and "T" in value else "DATE"


def _ends(t: Timex) -> list[tuple[int, int, str | None, str]]:
    """(start, end, value, granularity) of the date mentions a timex gives: itself, or the two
    dates a range is written with (`pukul 07.30 - 09.30 WIB`, `Senin hingga Rabu`), each of which
    the record lists as a date of its own, as the annotation rules do; a day and the clock time
    written with it are two, also when the year is unknown (value None)."""
    if t.granularity == "time" and (not t.value or len(t.value) > 10):
        clock = _CLOCK.search(t.text)
        day_part = t.text[:clock.start()].rstrip(" ,") if clock else ""
        if day_part and _DAY_WORD.search(day_part):
            # "Jumat (10/3/2017) pukul 20.36 WIB": the day and the clock time, each a date
            return [(t.start, t.start + len(day_part), t.value[:10] if t.value else None, "day"),
                    (t.start + clock.start(), t.end, t.value, "time")]
    if t.granularity != "range" or not t.value or t.value.count("/") != 1:
        return [(t.start, t.end, t.value, t.granularity)]
    joins = [m for m in RANGE_JOIN.finditer(t.text) if 0 < m.start() and m.end() < len(t.text)]
    spaced = [m for m in joins if not m.group(0).strip() == "-" or m.group(0) != m.group(0).strip()]
    if not joins:
        return [(t.start, t.end, t.value, t.granularity)]
    join = (spaced or joins)[0]  # "5-6 Juli", "Juni-Juli 2025": a hyphen without spaces joins the two too
    first, second = t.value.split("/")
    return [(t.start, t.start + join.start(), first, _granularity(first)),
            (t.start + join.end(), t.end, second, _granularity(second))]


_CLOCK = compile_pattern(r"(?i)(?:sekitar\s+|pada\s+)?(?:pukul|jam|pk\.?)\s*\d|(?<![\d./])\d{1,2}[.:]\d\d(?![\d/])")
_DAY_WORD = compile_pattern(r"\d|(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|kemarin|hari ini|besok)")


def _granularity(value: str) -> str:
    return "time" if "T" in value else {4: "year", 7: "month"}.get(len(value), "day")


@Language.factory("polsek_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DateTagger:
    """`polsek_dates`: DATE and TIME spans in `doc.spans["dates"]` (the record's dates, read by the
    later components under that name) and `doc.spans["timexes"]` (the expressions `doc.ents`
    takes), each with a `DateMention` in `span._.data`. No settings."""
    return DateTagger(nlp, name)
