"""What the table functions of `notebook.frames` take (`Records`) and how they read it: records
or their dicts, a DataFrame of records (as read back from JSONL or Parquet, a JSON column
`record`, or flat article columns), or the path of the library's own JSONL / Parquet output;
and the field access that reads a dataclass and a dict alike (`field`, `as_list`).
"""
from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from polsek_nlp.notebook.columns import COUNT_COLUMNS, TABLE_SPECS
from polsek_nlp.record.types import EventRecord

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

_INSTALL = "pip install 'polsek_nlp[pandas]'"


#: What the table functions take: records or their dicts, a DataFrame of records, or the path
#: of a JSONL / Parquet output of the library.
Records: TypeAlias = Union[Iterable[EventRecord | Mapping[str, Any]], "pd.DataFrame", str, "os.PathLike[str]"]


# --- helpers ---------------------------------------------------------------------------------


def pandas_module() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(f"polsek_nlp.notebook.frames needs pandas ({exc}): {_INSTALL}") from exc
    return pandas


_PLAIN = frozenset((str, int, bool, list))


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in ("NaTType", "NAType")  # pandas NaT / NA read back from a table


def get_field(obj: Any, key: str, default: Any = None) -> Any:
    """A field of a record or of a nested part, from a dataclass or a dict alike."""
    if obj is None:
        return default
    if type(obj) is dict or isinstance(obj, Mapping):
        value = obj.get(key, default)
    else:
        value = getattr(obj, key, default)
    if value is None:
        return default
    if type(value) in _PLAIN:
        return value
    return default if is_missing(value) else value


def as_list(value: Any) -> list[Any]:
    """A list field as a fresh list (tuples and numpy arrays read back from Parquet included)."""
    if value is None or is_missing(value):
        return []
    if isinstance(value, str | bytes | Mapping):
        return [value]
    try:
        return list(value)
    except TypeError:
        return [value]


def with_ids(records: Records) -> list[tuple[str, Any]]:
    """(article id, record) pairs, ids filled in with `row-<n>`."""
    records = _source(records)
    if isinstance(records, EventRecord | Mapping | str | bytes):
        raise TypeError(f"expected an iterable of EventRecords or dicts, not a single {type(records).__name__}; "
                        "wrap one record in a list")
    try:
        items = list(records)
    except TypeError:
        raise TypeError(f"expected an iterable of EventRecords or dicts, not {type(records).__name__}") from None
    out = []
    for n, rec in enumerate(items):
        if not isinstance(rec, EventRecord | Mapping):
            raise TypeError(f"record {n} is a {type(rec).__name__}, not an EventRecord or a dict")
        rid = get_field(rec, "id")
        out.append((f"row-{n}" if rid is None or rid == "" else str(rid), rec))
    return out


# --- other inputs: a path, a DataFrame ----------------------------------------------------------

_JSON_COLUMN = "record"  # the record as a JSON string, as the batch Parquet output of 0.1 stores it
_PART_FIELDS = tuple(TABLE_SPECS)  # the record lists that have a table of their own


def _source(records: Records) -> Any:
    """`records` as something `with_ids` iterates: paths are read, DataFrames turned into dicts."""
    if isinstance(records, os.PathLike) or (isinstance(records, str) and _is_path(records)):
        return _read_path(Path(records))
    pd = sys.modules.get("pandas")  # not imported: then `records` cannot be a DataFrame
    if pd is not None and isinstance(records, pd.DataFrame):
        return _frame_records(records)
    return records


def _is_path(text: str) -> bool:
    if "\n" in text or len(text) > 4096:
        return False
    return os.path.exists(text) or text.endswith((".jsonl", ".ndjson", ".json", ".parquet"))


def _read_path(path: Path) -> list[dict[str, Any]]:
    """The records of the library's JSONL output (one record per line) or Parquet output (a
    `.parquet` file or folder of parts)."""
    if not path.exists():
        raise FileNotFoundError(f"no such file or folder: {path}")
    if path.is_dir() or path.suffix == ".parquet":
        return _frame_records(pandas_module().read_parquet(path))
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not a JSON line ({exc.msg}); to_frames reads the JSONL "
                                 "output of polsek_nlp (one record per line)") from None
            if not isinstance(rec, dict):
                raise ValueError(f"{path}:{n}: a JSON {type(rec).__name__}, not a record object")
            out.append(rec)
    return out


def _frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """One record dict per row of a DataFrame of records: the rows as they are (`pd.read_json`
    of JSONL), the JSON column `record` parsed, or flat article columns (`event_type`, ...)
    gathered back into the record's `event`."""
    columns = set(map(str, frame.columns))
    rows: list[dict[str, Any]] = [{str(k): v for k, v in row.items()} for row in frame.to_dict(orient="records")]
    if _JSON_COLUMN in columns:
        out = []
        for n, row in enumerate(rows):
            raw = row[_JSON_COLUMN]
            if isinstance(raw, bytes):
                raw = raw.decode("utf-8")
            if isinstance(raw, str):
                rec = json.loads(raw)
            elif isinstance(raw, Mapping):
                rec = dict(raw)
            else:
                rec = _flat_record(row)
            if not isinstance(rec, dict):
                raise ValueError(f"row {n}: the {_JSON_COLUMN!r} column holds a JSON {type(rec).__name__}, "
                                 "not a record object")
            out.append(rec)
        return out
    if "event" in columns or "event_type" not in columns:
        return rows
    if not columns & set(_PART_FIELDS) and any(c in columns and bool((frame[c] > 0).any()) for c in COUNT_COLUMNS):
        raise ValueError("this frame has one row per article but not its officers, persons... (it looks "
                         "like to_frame's output, which keeps only their counts): pass the records, a "
                         "DataFrame of records or the path of the JSONL / Parquet output instead")
    return [_flat_record(row) for row in rows]


def is_record_frame(frame: pd.DataFrame) -> bool:
    """Whether a DataFrame holds whole records (not a roster, nor to_frame's one row per article)."""
    return bool({_JSON_COLUMN, "event", *_PART_FIELDS} & set(map(str, frame.columns)))


def _flat_record(row: dict[str, Any]) -> dict[str, Any]:
    """A record dict from a flat article row (to_frame's columns, or a flat Parquet output's)."""
    rec = {k: v for k, v in row.items() if k not in _EVENT_COLUMNS and k not in _REGION_COLUMNS}
    region = {key: row.get(column) for column, key in _REGION_COLUMNS.items()}
    rec["event"] = {key: row.get(column) for column, key in _EVENT_COLUMNS.items()}
    rec["event"]["region"] = region if any(not is_missing(v) for v in region.values()) else None
    return rec


# the article columns that hold the record's event (flat column -> key of `event`) and its region;
# a test checks that every event column of ARTICLE_SPEC is here, so a new one cannot be lost again
_EVENT_COLUMNS = {"event_type": "type", "event_subtype": "subtype", "arrests": "arrests",
                  "event_secondary_types": "secondary_types", "event_name": "name", "event_date": "date",
                  "venue": "venue", "leader": "leader"}
_REGION_COLUMNS = {"region_code": "code", "region_name": "name", "region_kind": "kind", "province": "province"}
