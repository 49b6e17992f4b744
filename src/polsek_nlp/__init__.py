"""polsek_nlp: structured event records from Indonesian police and regional-government news.

    >>> import polsek_nlp
    >>> record = polsek_nlp.analyze(text)          # one article -> EventRecord
    >>> record.to_json(indent=2)
    >>> for rec in polsek_nlp.analyze_many(items, n_process=2): ...
    >>> polsek_nlp.analyze_frame(df)                # a pandas DataFrame of articles -> one of results
    >>> polsek_nlp.stem("Polisi menangkap pelaku di Bekasi")   # 'polisi tangkap laku di Bekasi'
    >>> nlp = polsek_nlp.load()                     # the spaCy Language itself
    >>> polsek_nlp.to_frame(records), polsek_nlp.roster(records)   # pandas tables (extra [pandas])
    >>> polsek_nlp.to_frames("records.jsonl")      # the same tables from the JSONL output
    >>> polsek_nlp.EVENT_TYPES                     # every event type, the categories of event_type

Every name is typed (see docs/api.md); the table, render and archive helpers (`analyze_many`
included) are imported on first use (pandas and displaCy are slow to import) and declared for
type checkers below.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from polsek_nlp import _spacy_lean  # noqa: F401 - first: spaCy imported without its command line
from polsek_nlp._version import __version__
from polsek_nlp.api import analyze, analyze_doc, stem
from polsek_nlp.pipeline import COMPONENTS, load
from polsek_nlp.record.types import (
    EVENT_TYPES,
    SCHEMA_VERSION,
    DateMention,
    Entity,
    Event,
    EventRecord,
    Institution,
    Officer,
    Person,
    Place,
    Quote,
    Region,
    record_schema,
)

if TYPE_CHECKING:  # what mypy and IDEs see; at run time these come through __getattr__ below
    from polsek_nlp.archive.frame import analyze_frame
    from polsek_nlp.archive.pool import analyze_many
    from polsek_nlp.archive.readers import read_items
    from polsek_nlp.archive.runner import batch
    from polsek_nlp.notebook.frames import holders, roster, to_frame, to_frames
    from polsek_nlp.notebook.render import render

# archive helpers load pandas / displaCy only when first used (and the many-article path, its
# date readers and pool, only when asked for: a one-article process does not import it)
_LAZY = {"analyze_many": "archive.pool", "to_frame": "notebook.frames", "to_frames": "notebook.frames", "roster": "notebook.frames",
         "holders": "notebook.frames",
         "render": "notebook.render", "batch": "archive.runner", "read_items": "archive.readers",
         "analyze_frame": "archive.frame"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'polsek_nlp' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

__all__ = [
    "COMPONENTS",
    "SCHEMA_VERSION",
    "EVENT_TYPES",
    "DateMention",
    "Entity",
    "Event",
    "EventRecord",
    "Institution",
    "Officer",
    "Person",
    "Place",
    "Quote",
    "Region",
    "__version__",
    "analyze",
    "analyze_doc",
    "analyze_frame",
    "analyze_many",
    "batch",
    "holders",
    "load",
    "read_items",
    "record_schema",
    "render",
    "roster",
    "stem",
    "to_frame",
    "to_frames",
]
