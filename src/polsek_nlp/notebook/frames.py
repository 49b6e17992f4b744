"""pandas tables of analysed articles (optional extra: ``pip install 'polsek_nlp[pandas]'``).

    >>> from polsek_nlp.notebook.frames import holders, roster, to_frame, to_frames
    >>> articles = to_frame(records)                  # one row per article
    >>> tables = to_frames(records)                   # articles, officers, persons, institutions,
    >>> tables["officers"].merge(tables["articles"], left_on="article_id", right_on="id")
    >>> people = roster(records)                      # one row per officer across the archive
    >>> holders(people, "Kapolres", unit="Polres Purwakarta", year=2024)

`records` is any iterable of `EventRecord`s or of their dicts (`to_dict()`, or read back from
JSONL), read once; or a DataFrame of records (one row per article: `pd.read_json(path,
lines=True)`, `pd.DataFrame(dicts)`, a frame with the record as a JSON string column `record`,
or a flat frame with `event_type`, `event_date`... and the parts as list columns); or the path
of the library's own output (a `.jsonl` file, a `.parquet` file or folder of parts). Records
without an `id` get `"row-<n>"` (`n` = position in the input, from 0) in every table.

Dtypes (see COLUMN_DTYPES): dates are timezone-naive `datetime64[ns]` on the article's local
clock; the enumerations (`event_type`, `region_kind`, `force`, `rank_class`, place `kind` and
`label`, institution `kind`, date `granularity` and `offset`) are pandas categoricals whose
categories are the closed vocabularies of `polsek_nlp.record.types` (EVENT_TYPES, FORCES...;
a value outside them, from a newer table, is added after them rather than lost); other text
columns have pandas' default string dtype; counts are `int64`, optional numbers `Int64`; list
columns hold Python lists. pandas is imported on first use.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, Union

from polsek_nlp.data import read_table
from polsek_nlp.record.types import (
    EVENT_TYPES,
    FORCES,
    GRANULARITIES,
    OFFSETS,
    PLACE_LABELS,
    RANK_CLASSES,
    REGION_KINDS,
    EventRecord,
)

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "CATEGORIES",
    "COLUMN_DTYPES",
    "EVENT_TYPES",
    "INSTITUTION_KINDS",
    "PLACE_KINDS",
    "Records",
    "ROSTER_COLUMNS",
    "TABLE_COLUMNS",
    "holders",
    "roster",
    "to_frame",
    "to_frames",
    "write_frames",
]

_INSTALL = "pip install 'polsek_nlp[pandas]'"


def _kinds(*tables: str) -> tuple[str, ...]:
    return tuple(sorted({row["kind"] for t in tables for row in read_table(t) if row.get("kind")}))


#: `Place.kind`: the administrative kinds, then the kinds of venues.tsv and geo_other.tsv, a
#: country, a city abroad (`foreign`) and `other`.
PLACE_KINDS: tuple[str, ...] = tuple(dict.fromkeys(
    (*REGION_KINDS, *_kinds("venues.tsv", "geo_other.tsv"), "country", "foreign", "other")))
#: `Institution.kind`: the kinds of institutions.tsv and org_heads.tsv, and `media`.
INSTITUTION_KINDS: tuple[str, ...] = tuple(dict.fromkeys(
    (*_kinds("institutions.tsv", "org_heads.tsv"), "media", "other")))

#: The categories of each categorical column kind (`cat:<name>` in COLUMN_DTYPES' sources).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "event_type": EVENT_TYPES, "region_kind": REGION_KINDS, "force": FORCES, "rank_class": RANK_CLASSES,
    "place_kind": PLACE_KINDS, "label": PLACE_LABELS, "institution_kind": INSTITUTION_KINDS,
    "granularity": GRANULARITIES, "offset": OFFSETS,
}

# column -> kind: str (pandas' default string dtype), cat:<CATEGORIES key> (categorical), list
# (object, Python lists), int (int64), Int (nullable Int64), bool, datetime (datetime64[ns], naive)
_ARTICLES = {
    "id": "str", "title": "str", "url": "str", "published": "datetime", "dateline": "str", "site": "str",
    "event_type": "cat:event_type", "event_subtype": "str", "arrests": "Int", "event_secondary_types": "list", "event_name": "str", "event_date": "datetime",
    "venue": "str", "region_code": "str", "region_name": "str", "region_kind": "cat:region_kind", "province": "str",
    "leader": "str", "n_officers": "int", "n_persons": "int", "n_institutions": "int", "n_places": "int",
    "n_dates": "int", "n_quotes": "int", "n_suspects": "int", "n_victims": "int", "n_evidence": "int",
    "n_losses": "int", "n_charges": "int", "keywords": "list", "warnings": "list", "error": "str",
}
_TABLES = {
    "officers": {"article_id": "str", "name": "str", "aliases": "list", "rank": "str", "rank_full": "str",
                 "rank_class": "cat:rank_class", "force": "cat:force", "position": "str", "unit": "str", "mentions": "int"},
    "persons": {"article_id": "str", "name": "str", "role": "str", "aliases": "list", "age": "Int",
                "officer": "bool"},
    "institutions": {"article_id": "str", "name": "str", "acronym": "str", "full_name": "str",
                     "kind": "cat:institution_kind", "region_code": "str", "region_name": "str"},
    "places": {"article_id": "str", "name": "str", "kind": "cat:place_kind", "code": "str", "province": "str",
               "label": "cat:label"},
    "dates": {"article_id": "str", "text": "str", "value": "str", "granularity": "cat:granularity",
              "start": "Int", "end": "Int", "offset": "cat:offset", "relative": "bool", "is_published": "bool"},
    "quotes": {"article_id": "str", "speaker": "str", "cue": "str", "direct": "bool", "text": "str"},
    "suspects": {"article_id": "str", "name": "str", "alias": "str", "age": "Int", "sex": "str", "residence": "str",
                 "status": "str", "role": "str"},
    "victims": {"article_id": "str", "name": "str", "age": "Int", "sex": "str", "residence": "str", "status": "str"},
    "casualties": {"article_id": "str", "dead": "Int", "injured": "Int", "missing": "Int"},
    "evidence": {"article_id": "str", "item": "str", "quantity": "float", "unit": "str"},
    "losses": {"article_id": "str", "amount": "Int", "currency": "str", "kind": "str"},
    "charges": {"article_id": "str", "article": "str", "clause": "str", "law": "str", "max_penalty": "str"},
}
_ROSTER = {
    "name": "str", "rank": "str", "rank_full": "str", "force": "cat:force", "positions": "list", "units": "list",
    "first_seen": "datetime", "last_seen": "datetime", "n_articles": "int", "article_ids": "list",
}

_COUNTS = tuple(c for c in _ARTICLES if c.startswith("n_"))  # n_officers: how many officers...

#: The columns of `to_frame`, in order.
ARTICLE_COLUMNS: tuple[str, ...] = tuple(_ARTICLES)
#: The columns of each table of `to_frames` (besides `articles`, which has ARTICLE_COLUMNS).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {name: tuple(cols) for name, cols in _TABLES.items()}
#: The columns of `roster`, in order.
ROSTER_COLUMNS: tuple[str, ...] = tuple(_ROSTER)


def _dtype_name(kind: str) -> str:
    return {"str": "str", "list": "object", "int": "int64", "Int": "Int64", "bool": "bool",
            "datetime": "datetime64[ns]", "float": "float64"}.get(kind, "category")


#: The dtype of every column of every table (`articles`, the parts, `roster`), as pandas names it:
#: `str`, `category`, `object` (lists), `int64`, `Int64`, `float64`, `bool` or `datetime64[ns]`.
COLUMN_DTYPES: dict[str, dict[str, str]] = {
    "articles": {c: _dtype_name(k) for c, k in _ARTICLES.items()},
    **{t: {c: _dtype_name(k) for c, k in spec.items()} for t, spec in _TABLES.items()},
    "roster": {c: _dtype_name(k) for c, k in _ROSTER.items()},
}

#: What the table functions take: records or their dicts, a DataFrame of records, or the path
#: of a JSONL / Parquet output of the library.
Records: TypeAlias = Union[Iterable[EventRecord | Mapping[str, Any]], "pd.DataFrame", str, "os.PathLike[str]"]

# which record list fills each table, and the default of a field a dict leaves out
_SOURCES = {"officers": "officers", "persons": "persons", "institutions": "institutions", "places": "places",
            "dates": "dates", "quotes": "quotes", "suspects": "suspects", "victims": "victims",
            "casualties": "casualties", "evidence": "evidence", "losses": "losses", "charges": "charges"}
_DEFAULTS = {"mentions": 1, "officer": False, "relative": False, "is_published": False, "direct": True}


# --- helpers ---------------------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(f"polsek_nlp.notebook.frames needs pandas ({exc}): {_INSTALL}") from exc
    return pandas


_PLAIN = frozenset((str, int, bool, list))


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in ("NaTType", "NAType")  # pandas NaT / NA read back from a table


def _get(obj: Any, key: str, default: Any = None) -> Any:
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
    return default if _missing(value) else value


def _list(value: Any) -> list[Any]:
    """A list field as a fresh list (tuples and numpy arrays read back from Parquet included)."""
    if value is None or _missing(value):
        return []
    if isinstance(value, str | bytes | Mapping):
        return [value]
    try:
        return list(value)
    except TypeError:
        return [value]


def _records(records: Records) -> list[tuple[str, Any]]:
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
        rid = _get(rec, "id")
        out.append((f"row-{n}" if rid is None or rid == "" else str(rid), rec))
    return out


# --- other inputs: a path, a DataFrame ----------------------------------------------------------

_JSON_COLUMN = "record"  # the record as a JSON string, as the batch Parquet output of 0.1 stores it
_PART_FIELDS = tuple(_TABLES)  # the record lists that have a table of their own


def _source(records: Records) -> Any:
    """`records` as something `_records` iterates: paths are read, DataFrames turned into dicts."""
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
        return _frame_records(_pandas().read_parquet(path))
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
    if not columns & set(_PART_FIELDS) and any(c in columns and bool((frame[c] > 0).any()) for c in _COUNTS):
        raise ValueError("this frame has one row per article but not its officers, persons... (it looks "
                         "like to_frame's output, which keeps only their counts): pass the records, a "
                         "DataFrame of records or the path of the JSONL / Parquet output instead")
    return [_flat_record(row) for row in rows]


def _record_frame(frame: pd.DataFrame) -> bool:
    """Whether a DataFrame holds whole records (not a roster, nor to_frame's one row per article)."""
    return bool({_JSON_COLUMN, "event", *_PART_FIELDS} & set(map(str, frame.columns)))


def _flat_record(row: dict[str, Any]) -> dict[str, Any]:
    """A record dict from a flat article row (to_frame's columns, or a flat Parquet output's)."""
    rec = {k: v for k, v in row.items() if not k.startswith("event_") and k not in _FLAT_EVENT}
    region = {"code": row.get("region_code"), "name": row.get("region_name"), "kind": row.get("region_kind"),
              "province": row.get("province")}
    rec["event"] = {
        "type": row.get("event_type"), "secondary_types": row.get("event_secondary_types"),
        "name": row.get("event_name"), "date": row.get("event_date"), "venue": row.get("venue"),
        "leader": row.get("leader"),
        "region": region if any(not _missing(v) for v in region.values()) else None,
    }
    return rec


# the article columns that hold event fields without the "event_" prefix: venue ... leader
_ARTICLE_NAMES = list(_ARTICLES)
_FLAT_EVENT = frozenset(_ARTICLE_NAMES[_ARTICLE_NAMES.index("venue"):_ARTICLE_NAMES.index("leader") + 1])


_MIN_TS = dt.datetime(1678, 1, 1)
_MAX_TS = dt.datetime(2262, 4, 11)


def _in_range(value: dt.datetime) -> dt.datetime | None:
    return value if _MIN_TS <= value < _MAX_TS else None


def _published(value: Any) -> dt.datetime | None:
    """A publication time to the minute, local clock (a zone, when given, is dropped, not converted)."""
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return _in_range(when.replace(tzinfo=None, second=0, microsecond=0))


_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?![\d:-])")  # a day, a day with a time, or a range's start


def _day(value: Any) -> dt.datetime | None:
    """A day at midnight; None for anything coarser (`2024`, `2024-08`) or unreadable."""
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return _in_range(dt.datetime(value.year, value.month, value.day))
    if isinstance(value, dt.date):
        return _in_range(dt.datetime(value.year, value.month, value.day))
    if not isinstance(value, str):
        return None
    m = _DAY.match(value)
    if not m:
        return None
    try:
        day = dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return _in_range(dt.datetime(day.year, day.month, day.day))


def _series(pd: Any, values: list[Any], kind: str) -> Any:
    if kind.startswith("cat:"):
        known = CATEGORIES[kind[4:]]
        extra = sorted({v for v in values if v is not None} - set(known))
        return pd.Series(pd.Categorical(values, categories=[*known, *extra]))
    if kind == "str":
        return pd.Series(values, dtype=str)
    if kind == "datetime":
        return pd.Series(values, dtype="datetime64[ns]")
    if kind == "int":
        return pd.Series(values, dtype="int64")
    if kind == "Int":
        return pd.Series(values, dtype="Int64")
    if kind == "bool":
        return pd.Series(values, dtype=bool)
    if kind == "float":
        return pd.Series(values, dtype="float64")
    return pd.Series(values, dtype=object)  # list


def _frame(pd: Any, spec: dict[str, str], rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = {col: _series(pd, [row[col] for row in rows], kind) for col, kind in spec.items()}
    return pd.DataFrame(columns, columns=list(spec))


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


_N = TypeVar("_N", int, float)


def _number(value: Any, cast: Callable[[Any], _N]) -> _N | None:
    """`cast(value)` (int or float), None for a missing, boolean or unreadable value."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return cast(value)
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    return _number(value, int)


def _value(col: str, kind: str, raw: Any) -> Any:
    if kind == "list":
        return [str(v) for v in _list(raw)]
    if kind == "int":
        got = _int(raw)
        return _DEFAULTS.get(col, 0) if got is None else got
    if kind == "Int":
        return _int(raw)
    if kind == "float":
        return _number(raw, float)
    if kind == "bool":
        return _DEFAULTS.get(col, False) if raw is None else bool(raw)
    return _str(raw)


# --- articles and tables ---------------------------------------------------------------------


def _article_row(rid: str, rec: Any) -> dict[str, Any]:
    event = _get(rec, "event")
    region = _get(event, "region")
    return {
        "id": rid,
        "title": _str(_get(rec, "title")),
        "url": _str(_get(rec, "url")),
        "published": _published(_get(rec, "published")),
        "dateline": _str(_get(rec, "dateline")),
        "site": _str(_get(rec, "site")),
        "event_type": _str(_get(event, "type")),
        "event_subtype": _str(_get(event, "subtype")),
        "arrests": _int(_get(event, "arrests")),
        "event_secondary_types": [str(v) for v in _list(_get(event, "secondary_types"))],
        "event_name": _str(_get(event, "name")),
        "event_date": _day(_get(event, "date")),
        "venue": _str(_get(event, "venue")),
        "region_code": _str(_get(region, "code")),
        "region_name": _str(_get(region, "name")),
        "region_kind": _str(_get(region, "kind")),
        "province": _str(_get(region, "province")),
        "leader": _str(_get(event, "leader")),
        **{column: len(_list(_get(rec, column[2:]))) for column in _COUNTS},
        "keywords": [str(v) for v in _list(_get(rec, "keywords"))],
        "warnings": [str(v) for v in _list(_get(rec, "warnings"))],
        "error": _str(_get(rec, "error")),
    }


def _part_row(table: str, rid: str, item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": rid}
    region = _get(item, "region") if table == "institutions" else None
    for col, kind in _TABLES[table].items():
        if col == "article_id":
            continue
        if table == "institutions" and col in ("region_code", "region_name"):
            raw = _get(region, col.removeprefix("region_"))
        else:
            raw = _get(item, col)
        row[col] = _value(col, kind, raw)
    return row


def to_frame(records: Records) -> pd.DataFrame:
    """One row per article: header fields, the event flattened, counts of each part, keywords,
    warnings and error (ARTICLE_COLUMNS).

    `published` is the publication minute and `event_date` the event's day, both `datetime64[ns]`
    on the local clock (NaT when missing, unreadable or, for `event_date`, coarser than a day).
    Error records give a row too; no records give an empty frame with every column.
    """
    pd = _pandas()
    rows = [_article_row(rid, rec) for rid, rec in _records(records)]
    return _frame(pd, _ARTICLES, rows)


def to_frames(records: Records) -> dict[str, pd.DataFrame]:
    """Tidy tables keyed by article id: `articles` (as `to_frame`) and `officers`, `persons`,
    `institutions`, `places`, `dates`, `quotes`, `suspects`, `victims`, `evidence`, `losses`, `charges`
    (one row per item, `article_id` first) and `casualties` (one row per article that states a count; see
    TABLE_COLUMNS and COLUMN_DTYPES). Every table has its columns even when it has no rows.

    `records` may also be a DataFrame of records or the path of a JSONL / Parquet output (see
    the module's docstring); `to_frames(records)` equals `to_frames(path)` of their JSONL file.
    """
    pd = _pandas()
    pairs = _records(records)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _TABLES}
    for rid, rec in pairs:
        for table, field in _SOURCES.items():
            value = _get(rec, field)
            if table == "casualties":  # one object per article: a row when it states any number
                value = [value] if any(_get(value, k) is not None for k in ("dead", "injured", "missing")) else []
            for item in _list(value):
                rows[table].append(_part_row(table, rid, item))
    out = {"articles": _frame(pd, _ARTICLES, [_article_row(rid, rec) for rid, rec in pairs])}
    for table, spec in _TABLES.items():
        out[table] = _frame(pd, spec, rows[table])
    return out


def write_frames(records: Records, folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Write the tables of `to_frames(records)` as a Parquet dataset: one typed file per table
    (`articles.parquet`, `officers.parquet` ...) in `folder`, joined on `article_id` / `id`.
    Returns each table's path; `pandas.read_parquet(path)` gives the table back with its dtypes."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, frame in to_frames(records).items():
        path = paths[name] = folder / f"{name}.parquet"
        frame.to_parquet(path, index=False)
    return paths


# --- roster ----------------------------------------------------------------------------------

_DROP = re.compile(r"[.'’`´]")
_SPLIT = re.compile(r"[\W_]+")


def _fold(name: str) -> tuple[str, ...]:
    """A name's words, case- and punctuation-insensitive (`S.H.` -> `sh`, `Abdul-Rahman` -> two words)."""
    return tuple(w for w in _SPLIT.split(_DROP.sub("", name.casefold())) if w)


def _clusters(keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """Cluster number of each folded name.

    Longest names first: a name joins the one cluster holding a name that has all its words
    (2+ words); a name that would join two or more clusters (`Andi Dicky` beside `Andi Dicky
    Pratama` and `Andi Dicky Saputra`) stays alone rather than merge different people.
    """
    members: list[list[frozenset[str]]] = []
    out: dict[tuple[str, ...], int] = {}
    for key in sorted(set(keys), key=lambda k: (-len(set(k)), k)):
        words = frozenset(key)
        hits = []
        if len(words) >= 2:
            hits = [i for i, group in enumerate(members) if any(words <= other for other in group)]
        if len(hits) == 1:
            members[hits[0]].append(words)
            out[key] = hits[0]
        else:
            members.append([words])
            out[key] = len(members) - 1
    return out


def _distinct(values: list[str]) -> list[str]:
    """Distinct values, case- and space-insensitive (the most frequent form kept), sorted."""
    forms: dict[str, dict[str, int]] = {}
    for v in values:
        v = " ".join(v.split())
        if v:
            counts = forms.setdefault(v.casefold(), {})
            counts[v] = counts.get(v, 0) + 1
    chosen = [max(counts, key=lambda f: (counts[f], f)) for counts in forms.values()]
    return sorted(chosen, key=lambda v: (v.casefold(), v))


def _roster_rows(records: Records) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []  # one per (officer entry, article)
    for order, (rid, rec) in enumerate(_records(records)):
        when = _published(_get(rec, "published"))
        for off in _list(_get(rec, "officers")):
            name = _get(off, "name")
            if not isinstance(name, str) or not _fold(name):
                continue
            seen.append({"key": _fold(name), "name": " ".join(name.split()), "rank": _str(_get(off, "rank")),
                         "rank_full": _str(_get(off, "rank_full")), "force": _str(_get(off, "force")),
                         "position": _str(_get(off, "position")), "unit": _str(_get(off, "unit")),
                         "article_id": rid, "when": when,
                         # recency: dated articles after undated ones, then time, then input order
                         "recency": (when is not None, when or dt.datetime.min, order)})
    cluster = _clusters([s["key"] for s in seen])
    groups: dict[int, list[dict[str, Any]]] = {}
    for s in seen:
        groups.setdefault(cluster[s["key"]], []).append(s)
    rows: list[dict[str, Any]] = []
    for group in groups.values():
        group.sort(key=lambda s: s["recency"])
        counts: dict[str, int] = {}
        latest: dict[str, tuple[Any, ...]] = {}
        for s in group:
            counts[s["name"]] = counts.get(s["name"], 0) + 1
            latest[s["name"]] = s["recency"]
        # the fullest form of the name, then the most frequent, then the most recent
        name = max(counts, key=lambda n: (len(_fold(n)), counts[n], latest[n]))
        ranked = [s for s in group if s["rank"]]
        forced = [s for s in group if s["force"]]
        dates = [s["when"] for s in group if s["when"] is not None]
        ids = list(dict.fromkeys(s["article_id"] for s in sorted(group, key=lambda s: s["recency"][2])))
        rows.append({
            "name": name,
            "rank": ranked[-1]["rank"] if ranked else None,
            "rank_full": ranked[-1]["rank_full"] if ranked else None,
            "force": forced[-1]["force"] if forced else None,
            "positions": _distinct([s["position"] for s in group if s["position"]]),
            "units": _distinct([s["unit"] for s in group if s["unit"]]),
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "n_articles": len(ids),
            "article_ids": ids,
        })
    rows.sort(key=lambda r: (" ".join(_fold(r["name"])), r["name"]))
    return rows


def roster(records: Records) -> pd.DataFrame:
    """One row per named officer across an archive, sorted by name (ROSTER_COLUMNS).

    The same officer in several articles is one row: same name up to case and punctuation, or
    all the words of a 2+-word name inside the other name (`Lilik Ardiansyah` and `Lilik
    Ardiansyah S.H.`, never `Lilik` alone). `name` is the fullest form seen; `rank`, `rank_full`
    and `force` come from the most recent article that gives them (publication time, then input
    order); `positions` and `units` list every distinct value seen; `first_seen` and `last_seen`
    are the first and last publication times (NaT when no article is dated); `article_ids` are in
    input order. Officers without a name are left out.
    """
    pd = _pandas()
    return _frame(pd, _ROSTER, _roster_rows(records))


def holders(roster_frame_or_records: Records, position: str,
            unit: str | None = None, year: int | None = None) -> pd.DataFrame:
    """The roster rows of officers seen as `position` (e.g. "Kapolres"), also seen in `unit` when
    given, and seen in `year` when given (first_seen.year <= year <= last_seen.year).

    Matching is case- and space-insensitive on whole values. Takes a `roster` frame or records.
    Positions, units and years are each matched on the officer's whole record, not as one post:
    an officer seen as Kapolres of one Polres and as Wakapolres of another matches both units.
    """
    pd = _pandas()
    if not isinstance(position, str) or not position.strip():
        raise ValueError(f"position must be a non-empty string, not {position!r}")
    if unit is not None and (not isinstance(unit, str) or not unit.strip()):
        raise ValueError(f"unit must be a non-empty string or None, not {unit!r}")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"year must be an int or None, not {type(year).__name__}")
    if isinstance(roster_frame_or_records, pd.DataFrame) and ("positions" in roster_frame_or_records.columns
                                                             or not _record_frame(roster_frame_or_records)):
        frame = roster_frame_or_records
        missing = [c for c in ("positions", "units", "first_seen", "last_seen") if c not in frame.columns]
        if missing:
            raise KeyError(f"not a roster frame: no column {', '.join(map(repr, missing))}; "
                           f"columns: {list(frame.columns)}")
    else:
        frame = roster(roster_frame_or_records)

    def norm(v: str) -> str:
        return " ".join(v.split()).casefold()

    def has(values: Any, wanted: str) -> bool:
        return any(isinstance(v, str) and norm(v) == wanted for v in _list(values))

    mask = frame["positions"].map(lambda vs: has(vs, norm(position))).astype(bool)
    if unit is not None:
        mask &= frame["units"].map(lambda vs: has(vs, norm(unit))).astype(bool)
    if year is not None:
        first = pd.to_datetime(frame["first_seen"], errors="coerce")
        last = pd.to_datetime(frame["last_seen"], errors="coerce")
        mask &= (first.dt.year <= year).fillna(False).astype(bool) & (last.dt.year >= year).fillna(False).astype(bool)
    return frame[mask].reset_index(drop=True)
