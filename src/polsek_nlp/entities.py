"""`polsek_event_names` (named operations and events) and `polsek_entities`: `doc.ents` assembled from every recognizer's spans.

The recognizers write overlapping span groups (a venue may hold an institution; an officer
mention holds a name). `doc.ents` is their non-overlapping view, labelled PERSON, ORG, GPE, LOC,
FAC, DATE, TIME and EVENT: the longest span wins, then the more specific group.
"""
from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .spans import add_span, group

# Named operations and events: "Operasi Mantap Praja Lodaya 2024", "Operasi Ketupat Lodaya 2024",
# "Pilkada Serentak 2024", "HUT Bhayangkara ke-78", "Hari Bhayangkara".
_EVENT = regex.compile(
    r"(?<![\p{L}])(?:(?:Operasi|Ops)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*(?:\s+(?:19|20)\d\d)?"
    r"|(?:Pilkada|Pemilu|Pilpres|Pileg|Pilgub|Pilbup|Pilwalkot)(?:\s+Serentak)?(?:\s+(?:[Tt]ahun\s+)?(?:19|20)\d\d)"
    r"|HUT\s+(?:\p{Lu}[\p{L}]*\s*){1,3}(?:ke-?\s*\d{1,3})?"
    r"|Hari\s+(?:Raya\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2}(?:\s+ke-?\s*\d{1,3})?)(?![\p{L}])"
)
_GROUP_PRIORITY = {"persons": 0, "dates": 1, "event_names": 2, "institutions": 3, "places": 4}


class EventNameRecognizer:
    """Named operations and events (`doc.spans["event_names"]`, label EVENT)."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["event_names"] = []
        for m in _EVENT.finditer(doc.text, timeout=1.0):
            add_span(doc, "event_names", m.start(), m.end(), "EVENT", m.group(0))
        return doc


class EntityAssembler:
    def __call__(self, doc: Doc) -> Doc:
        candidates: list[tuple[int, int, int, Span]] = []
        for name, prio in _GROUP_PRIORITY.items():
            for span in group(doc, name):
                candidates.append((-(span.end - span.start), prio, span.start, span))
        candidates.sort(key=lambda c: c[:3])
        chosen: list[Span] = []
        used = [False] * len(doc)
        for _, _, _, span in candidates:
            if any(used[span.start:span.end]):
                continue
            for k in range(span.start, span.end):
                used[k] = True
            chosen.append(Span(doc, span.start, span.end, label=span.label_, kb_id=span.kb_id_))
        doc.ents = filter_spans(chosen)
        return doc


@Language.factory("polsek_event_names")
def make_event_names(nlp: Language, name: str) -> EventNameRecognizer:
    return EventNameRecognizer()


@Language.factory("polsek_entities")
def make_entities(nlp: Language, name: str) -> EntityAssembler:
    return EntityAssembler()
