"""polsek_nlp: structured event records from Indonesian police and regional-government news.

    >>> import polsek_nlp
    >>> record = polsek_nlp.analyze(text)          # one article -> EventRecord
    >>> record.to_json(indent=2)
    >>> for rec in polsek_nlp.analyze_many(items, n_process=2): ...
    >>> polsek_nlp.stem("Polisi menangkap pelaku di Bekasi")   # 'polisi tangkap laku di Bekasi'
    >>> nlp = polsek_nlp.load()                     # the spaCy Language itself
    >>> polsek_nlp.to_frame(records), polsek_nlp.roster(records)   # pandas tables (extra [pandas])
"""
from __future__ import annotations

from .api import analyze, analyze_doc, stem
from .batch import analyze_many
from .pipeline import COMPONENTS, load
from .record import (
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

__version__ = "0.1.0"

# archive helpers load pandas / displaCy only when first used
_LAZY = {"to_frame": "frames", "to_frames": "frames", "roster": "frames", "holders": "frames",
         "render": "render", "batch": "io", "read_items": "io"}


def __getattr__(name: str):
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
