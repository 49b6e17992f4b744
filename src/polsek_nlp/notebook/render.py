"""Entities highlighted in the article text with spaCy's displaCy.

    >>> from polsek_nlp.notebook.render import render
    >>> html = render(text)                       # re-analyses the text
    >>> html = render(doc)                        # a Doc from polsek_nlp.load() / analyze_doc
    >>> html = render((text, record))             # a stored record with the text it was made from

In Jupyter the HTML is displayed and `render` returns None; elsewhere it returns the HTML string.
"""
from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

from spacy import displacy
from spacy.tokens import Doc

from polsek_nlp.lang.text import clean
from polsek_nlp.record.types import Entity, EventRecord

__all__ = ["COLORS", "Renderable", "displacy_colors", "render"]

#: One colour per entity label of `doc.ents` (and of `EventRecord.entities`).
COLORS: dict[str, str] = {
    "PERSON": "#f4a261",
    "ORG": "#8ecae6",
    "GPE": "#b5e48c",
    "LOC": "#d9ed92",
    "FAC": "#cdb4db",
    "DATE": "#ffd166",
    "TIME": "#ffe5a0",
    "EVENT": "#ff8fa3",
}



def displacy_colors() -> dict[str, str]:
    """The colours of COLORS, for spaCy's `spacy_displacy_colors` entry point: once polsek_nlp is
    installed, a plain `displacy.render(doc, style="ent")` (or `"span"`) of any Doc uses them.

    spaCy calls it when it renders (importing polsek_nlp then, ~0.7 s, once per process)."""
    return dict(COLORS)


_STYLES = ("ent", "span")

#: What `render` shows: a text, a Doc of the pipeline, or a (text, record or record dict) pair.
Renderable: TypeAlias = str | Doc | tuple[str, EventRecord | Mapping[str, Any]]


def render(text_or_record_or_doc: Renderable, *, jupyter: bool | None = None, style: str = "ent",
           published: str | dt.datetime | dt.date | None = None, page: bool = False,
           options: Mapping[str, Any] | None = None) -> str | None:
    """Show the article's entities with displaCy, one colour per label.

    Accepts a `str` (analysed here, with `published` if given), a spaCy `Doc` made by the
    polsek_nlp pipeline (its `doc.ents`), or a `(text, record)` pair where `record` is an
    `EventRecord` or its `to_dict()`: a record keeps its entities' offsets but not the text, so
    a record alone raises `TypeError`. `style` is `"ent"` (inline highlights, the default) or
    `"span"` (labels under the tokens). `options` are merged into displaCy's options
    (`{"ents": ["PERSON", "ORG"]}` shows only those labels). In Jupyter (or with `jupyter=True`)
    the HTML is displayed and None is returned; otherwise the HTML string is returned.
    """
    if style not in _STYLES:
        raise ValueError(f"style must be one of {', '.join(map(repr, _STYLES))}, not {style!r}")
    text, entities, title, doc = _resolve(text_or_record_or_doc, published)
    opts: dict[str, Any] = {"colors": dict(COLORS)}
    if options:
        user = dict(options)
        opts["colors"].update(user.pop("colors", {}) or {})
        opts.update(user)
    if style == "ent":
        data: dict[str, Any] = {
            "text": text,
            "ents": [{"start": e.start, "end": e.end, "label": e.label} for e in entities],
            "title": title,
        }
    else:
        data = _span_data(text, entities, title, doc)
    if style == "span" and opts.get("ents"):  # the span renderer has no label filter of its own
        keep = {label.upper() for label in opts["ents"]}
        data["spans"] = [s for s in data["spans"] if s["label"] in keep]
    return displacy.render(data, style=style, manual=True, jupyter=jupyter, page=page, options=opts)


def _resolve(obj: Any, published: str | dt.datetime | dt.date | None) -> tuple[str, list[Entity], str | None, Doc | None]:
    """(text, entities, title, doc-or-None) for any accepted input."""
    if isinstance(obj, str):
        from polsek_nlp.api import analyze_doc

        doc, _ = analyze_doc(obj, published=published)
        return _from_doc(doc)
    if isinstance(obj, Doc):
        return _from_doc(obj)
    if isinstance(obj, (EventRecord, Mapping)):
        raise TypeError("a record does not keep its article's text: pass (text, record), or the text itself")
    if isinstance(obj, Sequence) and len(obj) == 2 and isinstance(obj[0], str):
        text, rec = obj
        if isinstance(rec, Mapping):
            rec = EventRecord.from_dict(dict(rec))
        if not isinstance(rec, EventRecord):
            raise TypeError(f"the second item of the pair must be an EventRecord or a dict, not {type(rec).__name__}")
        text, entities = _align(text, rec.entities)
        return text, entities, rec.title, None
    raise TypeError("render() takes a str, a spaCy Doc or a (text, EventRecord) pair, "
                    f"not {type(obj).__name__}")


def _from_doc(doc: Doc) -> tuple[str, list[Entity], str | None, Doc]:
    header = getattr(doc._, "header", None) if Doc.has_extension("header") else None
    title = getattr(header, "title", None) or doc.user_data.get("title")
    entities = [Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char) for e in doc.ents]
    return doc.text, entities, title, doc


def _align(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """The text the entity offsets point into, and the entities that fit it.

    Records hold offsets into the *cleaned* text (HTML stripped, control characters removed...),
    so when the given text does not match, the cleaned text is tried; entities that still do
    not match are looked for near their offset, and dropped (with a warning) if absent.
    """
    def hits(t: str) -> int:
        return sum(t[e.start:e.end] == e.text for e in entities)

    candidates = [text]
    cleaned, _ = clean(text)
    if cleaned != text:
        candidates.append(cleaned)
    best = max(candidates, key=hits)  # max keeps the first of equals: the text as given
    out: list[Entity] = []
    missing = 0
    for e in entities:
        if best[e.start:e.end] == e.text:
            out.append(e)
            continue
        found = _find_near(best, e.text, e.start)
        if found is None:
            missing += 1
        else:
            out.append(Entity(text=e.text, label=e.label, start=found, end=found + len(e.text)))
    if missing:
        warnings.warn(f"{missing} of {len(entities)} entities are not in the given text (is it the text the "
                      "record was made from?); they are not shown", stacklevel=3)
    out.sort(key=lambda e: (e.start, e.end))
    kept: list[Entity] = []
    for e in out:  # relocated entities may overlap: displaCy's ent style cannot show that
        if not kept or e.start >= kept[-1].end:
            kept.append(e)
    return best, kept


def _find_near(text: str, needle: str, start: int) -> int | None:
    if not needle:
        return None
    after = text.find(needle, max(0, start - len(needle)))
    before = text.rfind(needle, 0, start + len(needle))
    cands = [i for i in (after, before) if i >= 0]
    return min(cands, key=lambda i: abs(i - start)) if cands else None


def _span_data(text: str, entities: list[Entity], title: str | None, doc: Doc | None) -> dict[str, Any]:
    """displaCy's manual data for the `span` style: token texts and token-indexed spans."""
    if doc is None or doc.text != text:
        from polsek_nlp.pipeline import load

        doc = load().make_doc(text)
    spans = []
    for e in entities:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None:
            spans.append({"start_token": span.start, "end_token": span.end, "label": e.label})
    return {"text": text, "tokens": [t.text for t in doc], "spans": spans, "title": title}
