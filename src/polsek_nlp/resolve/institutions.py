"""Institutions: one per body, however many times and forms the article names it."""
from __future__ import annotations

from spacy.tokens import Doc

from polsek_nlp.doc.spans import data_of, group
from polsek_nlp.recognize.institutions import InstitutionMention


def institution_mentions(doc: Doc) -> list[InstitutionMention]:
    """One entry per body, in its most complete written form: a bare acronym (`KPU`, `FPI`) joins the
    fuller mention of the same body (`KPU Purwakarta`, `Front Pembela Islam`); bare family names
    (`Polres`) name no body and are left out."""
    mentions = [data_of(s) for s in group(doc, "institutions") if data_of(s) is not None and not data_of(s).generic]
    fuller: dict[str, str] = {}
    for m in mentions:
        for key in {m.full_name, m.acronym} - {None}:
            if len(m.name) > len(fuller.get(key.lower(), "")):
                fuller[key.lower()] = m.name
    out: dict[str, InstitutionMention] = {}
    for m in mentions:
        bare = m.acronym is not None and m.name == m.acronym or m.full_name == m.name
        if bare and any(fuller.get(k.lower(), m.name) != m.name for k in {m.full_name, m.acronym} - {None}):
            continue
        key = m.name.lower()
        out.setdefault(key, m)
    return list(out.values())
