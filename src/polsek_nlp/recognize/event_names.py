"""`polsek_event_names`: named operations and events (`Operasi Mantap Praja Lodaya 2024`,
`HUT Bhayangkara ke-78`), in `doc.spans["event_names"]` with label EVENT."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import add_span, doc_text
from polsek_nlp.knowledge.lexicon import positions
from polsek_nlp.knowledge.phrases import institution_table
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.patterns import compile_pattern

# Named operations and events: "Operasi Mantap Praja Lodaya 2024", "Operasi Ketupat Lodaya 2024",
# "Pilkada Serentak 2024", "HUT Bhayangkara ke-78", "Hari Bhayangkara".
_EVENT = compile_pattern(
    r"(?<![\p{L}])(?:(?:Operasi|Ops)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*(?:\s+(?:19|20)\d\d)?"
    r"|(?:Pilkada|Pemilu|Pilpres|Pileg|Pilgub|Pilbup|Pilwalkot)(?:\s+Serentak)?(?:\s+(?:[Tt]ahun\s+)?(?:19|20)\d\d)"
    r"|HUT\s+(?:\p{Lu}[\p{L}]*\s*){1,3}(?:ke-?\s*\d{1,3})?"
    r"|Hari\s+(?:Raya\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2}(?:\s+ke-?\s*\d{1,3})?)(?![\p{L}])"
)
# how every _EVENT match begins (its alternatives are case-sensitive): most articles have none
_EVENT_START = re.compile(r"Op(?:erasi|s)|Pil|Pemilu|HUT|Hari")
# a sub-unit's head word (`words/org_cues.tsv` post_unit) and at most two capitalised words right before `Operasi`:
# the word is the unit's portfolio (`Pusat Pengendalian Operasi BPBD X`, `Bagian Operasi Polres X`), no operation
_UNIT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(word_set("org_cues", "where", "post_unit")))
                          + r")(?: [A-Z][a-z]+){0,2} $")
# the one to three words right before `Ops`/`Operasi`
_WORDS_BEFORE = re.compile(r"(?:(?<=\s)|^)(\S+(?: \S+){0,2}) $")

def _body_named(name: str) -> bool:
    """The word after `Operasi`/`Ops` in `name` is a body of the institutions table (`Operasi BPBD Jawa Barat`,
    `Operasi Damkar X`): the unit's portfolio before a body, not an operation's own name (`Operasi Zebra Lodaya 2024`,
    `Operasi Madago Raya`: the operation a unit works in; review s23rvE)."""
    words = name.split()
    return len(words) > 1 and bool(institution_table().get(words[1]))


def _post_portfolio(text: str, start: int) -> bool:
    """`Ops`/`Operasi` at `start` ends a post of positions.tsv with the words before it (`Kabag Ops Polres X`,
    `Karo Ops Polda X`, `Pasi Ops Kodim X`, `Kaur Bin Ops`): the post's portfolio, no operation's name (s27inst)."""
    m = _WORDS_BEFORE.search(text[max(0, start - 40):start])
    if not m:
        return False
    word = text[start:].split(None, 1)[0]
    before = m.group(1).split()
    return any(f"{' '.join(before[i:])} {word}" in positions().entries for i in range(len(before)))


class EventNameRecognizer(PolsekComponent):
    """Named operations and events (`doc.spans["event_names"]`, label EVENT)."""

    factory = "polsek_event_names"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["event_names"] = []
        text = doc_text(doc)
        for m in _EVENT.finditer(text, timeout=1.0) if _EVENT_START.search(text) else ():
            if m.group(0).startswith("Op") and (_post_portfolio(text, m.start()) or _UNIT_BEFORE.search(
                    text, max(0, m.start() - 60), m.start()) and _body_named(m.group(0))):
                continue
            add_span(doc, "event_names", m.start(), m.end(), "EVENT", m.group(0))
        return doc


@Language.factory("polsek_event_names", assigns=["doc.spans"])
def make_event_names(nlp: Language, name: str) -> EventNameRecognizer:
    """`polsek_event_names`: EVENT spans in `doc.spans["event_names"]` (named operations and
    events), each with its text in `span._.data`. No settings."""
    return EventNameRecognizer(nlp, name)
