"""`polsek_incidents`, the component: a gate, and the incident stage behind it (issue 22, issue 20).

Most articles report no incident. The gate (`recognize/incident_gate.py`) is one scan of the
lower-cased text for a core word of an incident report (`data/incident_words.tsv`); only an
article that holds one enters the stage, `recognize/incident_facts.read_incident`, which decides
with the whole cue test whether the article reports an incident and reads its facts. The stage's
modules (incident_facts, evidence, laws, the people of an incident) and their module-level
patterns are imported by one lazy entry point, `incident_stage()`, when the first article passes the gate: a new process
(or batch worker) whose first articles report none does not build them.

Writes `doc.spans["incidents"]` (one span per fact found: SUSPECT VICTIM EVIDENCE MONEY CHARGE)
and `doc._.incidents` (`IncidentFacts`, empty when there is no incident).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import doc_text
from polsek_nlp.recognize.incident_gate import IncidentFacts, may_report_incident

if not Doc.has_extension("incidents"):
    Doc.set_extension("incidents", default=None)


@cache
def incident_stage() -> Callable[[Doc, str], IncidentFacts | None]:
    """The one lazy entry point of the incident stage: `incident_facts.read_incident`, imported (with
    the modules and patterns it reads by) when the first article passes the gate."""
    from polsek_nlp.recognize.incident_facts import read_incident
    return read_incident


class IncidentRecognizer(PolsekComponent):
    """Incident facts into `doc.spans["incidents"]` and `doc._.incidents`."""

    factory = "polsek_incidents"  # its tables: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["incidents"] = []
        text = doc_text(doc)
        facts = incident_stage()(doc, text) if may_report_incident(text) else None
        doc._.incidents = facts if facts is not None else IncidentFacts()
        return doc


@Language.factory("polsek_incidents", assigns=["doc.spans", "doc._.incidents"])
def make_incidents(nlp: Language, name: str) -> IncidentRecognizer:
    """`polsek_incidents`: SUSPECT, VICTIM, EVIDENCE, MONEY and CHARGE spans in
    `doc.spans["incidents"]` and the article's incident facts in `doc._.incidents` (suspects,
    victims, casualties, evidence, losses, charges, arrests, subtypes). No settings."""
    return IncidentRecognizer(nlp, name)
