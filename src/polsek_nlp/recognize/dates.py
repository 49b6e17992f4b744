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

import regex
from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import add_span, doc_text, ext
from polsek_nlp.recognize.timex import find_timexes
from polsek_nlp.recognize.timex_values import OFFSETS, RANGE_JOIN, Timex
from polsek_nlp.record.types import DateMention


class DateTagger(PolsekComponent):
    """Tags temporal expressions (see `timex`) into `doc.spans["dates"]`; data: `DateMention`."""

    factory = "polsek_dates"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        header = ext(doc, "header")
        anchor = header.published if header is not None else None
        pub_span = header.published_span if header is not None else None
        doc.spans["dates"] = []
        for t in find_timexes(doc_text(doc), anchor):
            is_pub = bool(pub_span and pub_span[0] <= t.start and t.end <= pub_span[1])
            for start, end, value, granularity in ([(t.start, t.end, t.value, t.granularity)] if is_pub else _ends(t)):
                mention = DateMention(text=doc_text(doc)[start:end], value=value, granularity=granularity,
                                      start=start, end=end, offset=OFFSETS.get(t.tz or ""), relative=t.relative,
                                      is_published=is_pub)
                label = "TIME" if granularity == "time" else "DATE"
                add_span(doc, "dates", start, end, label, mention)
        return doc


def _ends(t: Timex) -> list[tuple[int, int, str | None, str]]:
    """(start, end, value, granularity) of the date mentions a timex gives: itself, or the two
    dates a range is written with (`pukul 07.30 - 09.30 WIB`, `Senin hingga Rabu`), each of which
    the record lists as a date of its own, as the annotation rules do."""
    if t.granularity == "time" and t.value and len(t.value) > 10:
        clock = _CLOCK.search(t.text)
        day_part = t.text[:clock.start()].rstrip(" ,") if clock else ""
        if day_part and _DAY_WORD.search(day_part):
            # "Jumat (10/3/2017) pukul 20.36 WIB": the day and the clock time, each a date
            return [(t.start, t.start + len(day_part), t.value[:10], "day"),
                    (t.start + clock.start(), t.end, t.value, "time")]
    if t.granularity != "range" or not t.value or t.value.count("/") != 1:
        return [(t.start, t.end, t.value, t.granularity)]
    joins = [m for m in RANGE_JOIN.finditer(t.text) if 0 < m.start() and m.end() < len(t.text)]
    spaced = [m for m in joins if not m.group(0).strip() == "-" or m.group(0) != m.group(0).strip()]
    if not spaced:
        return [(t.start, t.end, t.value, t.granularity)]
    join = spaced[0]
    first, second = t.value.split("/")
    return [(t.start, t.start + join.start(), first, _granularity(first)),
            (t.start + join.end(), t.end, second, _granularity(second))]


_CLOCK = regex.compile(r"(?i)(?:sekitar\s+|pada\s+)?(?:pukul|jam|pk\.?)\s*\d|(?<![\d./])\d{1,2}[.:]\d\d(?![\d/])")
_DAY_WORD = regex.compile(r"\d|(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|kemarin|hari ini|besok)")


def _granularity(value: str) -> str:
    return "time" if "T" in value else {4: "year", 7: "month"}.get(len(value), "day")


@Language.factory("polsek_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DateTagger:
    """`polsek_dates`: DATE and TIME spans in `doc.spans["dates"]` (read by the later
    components under that name), each with a `DateMention` in `span._.data`. No settings."""
    return DateTagger(nlp, name)
