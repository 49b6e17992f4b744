"""The incident gate and the facts it lets through (issue 22, issue 20): what the component
(`recognize/incidents.py`) and its stage (`recognize/incident_facts.py`) share, below both.

Most articles report no incident. The gate is one scan of the lower-cased text for a core word of
an incident report (`data/incident_words.tsv`); only an article that holds one enters the stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import body_words, core_words, missing_cues, words
from polsek_nlp.record.types import Casualties, Charge, Evidence, Loss, Person, Suspect, Victim


class SubtypeReader(Protocol):
    """The subtypes of an article's incident by event type (`incident_facts.Subtypes`)."""

    def get(self, etype: str | None, default: str | None = None) -> str | None: ...

    def of_event(self, etype: str | None, secondary: list[str]) -> str | None: ...


@dataclass
class IncidentFacts:
    suspects: list[Suspect] = field(default_factory=list)
    victims: list[Victim] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    evidence: list[Evidence] = field(default_factory=list)
    losses: list[Loss] = field(default_factory=list)
    charges: list[Charge] = field(default_factory=list)
    arrests: int | None = None
    subtypes: SubtypeReader | None = None  # event type -> its subtype (worked out when asked)
    persons: list[Person] = field(default_factory=list)  # people named only here (initials)


@cache
def core_heads() -> re.Pattern:
    """One word of each core word as one pattern of plain substrings (no word bounds: a cheap
    pre-check, one scan of the lower-cased text), to see whether a text may hold one. A phrase holds
    all its words: one that holds a core word is found by it (`tewas di tempat`), another by its
    longest word (`tidak tertolong` by `tertolong`, not by `tidak`)."""
    calm = {w for w, v in words("dead").items() if v == "calm"}  # core after a count (`_is_cue`)
    # a body found, a crime done to a person named with an age: a proof of their own (`incident_facts._proof`, s18gate)
    # and a weak verb of custody or sentencing of a person set out by initials (`incident_facts._own_only`, s20fxC)
    proofs = body_words() | words("custody_proof").keys() | (words("crime_verb").keys() - words("weak").keys())
    # the words of the missing, a cue as a toll (`incident_facts._holds_cues`, s28cas)
    core = {w.lower() for w in core_words() | calm | proofs | missing_cues()}
    single = {w for w in core if " " not in w}
    heads = single | {max(w.split(), key=len) for w in core - single if not set(w.split()) & single}
    return re.compile(trie_alternation(heads))


def may_report_incident(text: str) -> bool:
    """The gate: whether the text holds a core word of an incident report at all (most articles
    do not). An article reports an incident only if it does (`incident_facts.reports_incident`)."""
    return core_heads().search(text.lower()) is not None
