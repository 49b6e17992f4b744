"""The dateline's place (`PURWAKARTA -`): a region of the gazetteer, read in the context of the
article's other places."""
from __future__ import annotations

from spacy.tokens import Doc

from polsek_nlp.doc.spans import ext
from polsek_nlp.knowledge.gazetteer import RegionInfo, gazetteer, resolve


def dateline_region(doc: Doc, names: set[str], codes: set[str]) -> tuple[str, RegionInfo] | None:
    """The dateline and its region, unless the dateline is among the place `names` already found
    (lowercase) or the gazetteer does not know it; `codes`: the found places' region codes."""
    header = ext(doc, "header")
    dateline = header.dateline if header is not None else None
    if not dateline or dateline.lower() in names:
        return None
    cands = gazetteer().lookup(dateline)
    if not cands:
        return None
    return dateline, resolve(cands, context=codes, city_first=True)
