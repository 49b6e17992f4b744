"""Typed result columns for a table of records: what `analyze_frame` adds and what
`analyze_dataframe` (Dask) returns, one row per record, aligned with the input's index.

`published` and `event_date` are datetime64 (local clock; NaT when absent), `event_type` and
`date_source` categoricals with fixed categories (frames of two archives concatenate as
categoricals), `warnings` lists, the rest Python strings (None when absent). `record` is the record
itself (`analyze_frame`) or its JSON (`analyze_dataframe`: cheap to move between processes).
pandas is imported by the caller, which passes it in.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from polsek_nlp.record.types import EVENT_TYPES, EventRecord


def _event(r: EventRecord) -> Any:
    return None if r.error is not None else r.event


# each result column: its kind and how it is read off a record, in the order of the columns
_RESULT: dict[str, tuple[str, Callable[[EventRecord], Any]]] = {
    "id": ("str", lambda r: r.id),
    "title": ("str", lambda r: r.title),
    "published": ("datetime", lambda r: r.published),
    "event_type": ("event_type", lambda r: None if _event(r) is None else r.event.type),
    "event_date": ("datetime", lambda r: None if _event(r) is None or not r.event.date else r.event.date[:10]),
    "date_source": ("date_source", lambda r: None if _event(r) is None else r.event.date_source),
    "region_code": ("str", lambda r: None if _event(r) is None or r.event.region is None else r.event.region.code),
    "warnings": ("list", lambda r: list(r.warnings)),
    "error": ("str", lambda r: r.error),
}
#: The result columns, in order; `record` comes last.
RESULT_COLUMNS: tuple[str, ...] = (*_RESULT, "record")
# the closed vocabularies of the categorical columns
_CATEGORIES: dict[str, tuple[str, ...]] = {"event_type": EVENT_TYPES, "date_source": ("text", "published")}


def result_columns(pd: Any, records: list[EventRecord], index: Any, record: Callable[[EventRecord], Any]) -> dict:
    """The typed result columns of `records` (pandas Series on `index`), `record(r)` in `record`."""
    out: dict[str, Any] = {}
    for name, (kind, get) in _RESULT.items():
        values = [get(r) for r in records]
        if kind == "datetime":
            out[name] = pd.to_datetime(pd.Series(values, index=index, dtype=object), errors="coerce")
        elif kind in _CATEGORIES:
            out[name] = pd.Series(pd.Categorical(values, categories=list(_CATEGORIES[kind])), index=index)
        else:  # lists, and strings kept as Python str / None
            out[name] = pd.Series(values, index=index, dtype=object)
    out["record"] = pd.Series([record(r) for r in records], index=index, dtype=object)
    return out
