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
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import add_span, doc_text, ext
from polsek_nlp.recognize.timex import find_timexes
from polsek_nlp.recognize.timex_values import OFFSETS
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
            mention = DateMention(text=t.text, value=t.value, granularity=t.granularity, start=t.start,
                                  end=t.end, offset=OFFSETS.get(t.tz or ""), relative=t.relative,
                                  is_published=is_pub)
            label = "TIME" if t.granularity == "time" else "DATE"
            add_span(doc, "dates", t.start, t.end, label, mention)
        return doc


@Language.factory("polsek_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> DateTagger:
    """`polsek_dates`: DATE and TIME spans in `doc.spans["dates"]` (read by the later
    components under that name), each with a `DateMention` in `span._.data`. No settings."""
    return DateTagger(nlp, name)
