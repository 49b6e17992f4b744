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
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from polsek_nlp.notebook.columns import (
    ARTICLE_COLUMNS,
    ARTICLE_SPEC,
    CATEGORIES,
    COLUMN_DTYPES,
    COUNT_COLUMNS,
    INSTITUTION_KINDS,
    PLACE_KINDS,
    ROSTER_COLUMNS,
    ROSTER_SPEC,
    TABLE_COLUMNS,
    TABLE_SPECS,
)
from polsek_nlp.notebook.records import (
    Records,
    as_list,
    get_field,
    is_missing,
    is_record_frame,
    pandas_module,
    with_ids,
)
from polsek_nlp.record.types import EVENT_TYPES

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


# which record list fills each table, and the default of a field a dict leaves out
_SOURCES = {"officers": "officers", "persons": "persons", "institutions": "institutions", "places": "places",
            "dates": "dates", "quotes": "quotes", "suspects": "suspects", "victims": "victims",
            "casualties": "casualties", "evidence": "evidence", "losses": "losses", "charges": "charges"}
_DEFAULTS = {"mentions": 1, "officer": False, "relative": False, "is_published": False, "direct": True}


# --- cell values ---------------------------------------------------------------------------


_MIN_TS = dt.datetime(1678, 1, 1)
_MAX_TS = dt.datetime(2262, 4, 11)


def _in_range(value: dt.datetime) -> dt.datetime | None:
    return value if _MIN_TS <= value < _MAX_TS else None


def _published(value: Any) -> dt.datetime | None:
    """A publication time to the minute, local clock (a zone, when given, is dropped, not converted)."""
    if is_missing(value):
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
    if is_missing(value):
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
        return [str(v) for v in as_list(raw)]
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
    event = get_field(rec, "event")
    region = get_field(event, "region")
    return {
        "id": rid,
        "title": _str(get_field(rec, "title")),
        "url": _str(get_field(rec, "url")),
        "published": _published(get_field(rec, "published")),
        "dateline": _str(get_field(rec, "dateline")),
        "site": _str(get_field(rec, "site")),
        "event_type": _str(get_field(event, "type")),
        "event_subtype": _str(get_field(event, "subtype")),
        "arrests": _int(get_field(event, "arrests")),
        "event_secondary_types": [str(v) for v in as_list(get_field(event, "secondary_types"))],
        "event_name": _str(get_field(event, "name")),
        "event_date": _day(get_field(event, "date")),
        "venue": _str(get_field(event, "venue")),
        "region_code": _str(get_field(region, "code")),
        "region_name": _str(get_field(region, "name")),
        "region_kind": _str(get_field(region, "kind")),
        "province": _str(get_field(region, "province")),
        "leader": _str(get_field(event, "leader")),
        **{column: len(as_list(get_field(rec, column[2:]))) for column in COUNT_COLUMNS},
        "keywords": [str(v) for v in as_list(get_field(rec, "keywords"))],
        "warnings": [str(v) for v in as_list(get_field(rec, "warnings"))],
        "error": _str(get_field(rec, "error")),
    }


def _part_row(table: str, rid: str, item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"article_id": rid}
    region = get_field(item, "region") if table == "institutions" else None
    for col, kind in TABLE_SPECS[table].items():
        if col == "article_id":
            continue
        if table == "institutions" and col in ("region_code", "region_name"):
            raw = get_field(region, col.removeprefix("region_"))
        else:
            raw = get_field(item, col)
        row[col] = _value(col, kind, raw)
    return row


def to_frame(records: Records) -> pd.DataFrame:
    """One row per article: header fields, the event flattened, counts of each part, keywords,
    warnings and error (ARTICLE_COLUMNS).

    `published` is the publication minute and `event_date` the event's day, both `datetime64[ns]`
    on the local clock (NaT when missing, unreadable or, for `event_date`, coarser than a day).
    Error records give a row too; no records give an empty frame with every column.
    """
    pd = pandas_module()
    rows = [_article_row(rid, rec) for rid, rec in with_ids(records)]
    return _frame(pd, ARTICLE_SPEC, rows)


def to_frames(records: Records) -> dict[str, pd.DataFrame]:
    """Tidy tables keyed by article id: `articles` (as `to_frame`) and `officers`, `persons`,
    `institutions`, `places`, `dates`, `quotes`, `suspects`, `victims`, `evidence`, `losses`, `charges`
    (one row per item, `article_id` first) and `casualties` (one row per article that states a count; see
    TABLE_COLUMNS and COLUMN_DTYPES). Every table has its columns even when it has no rows.

    `records` may also be a DataFrame of records or the path of a JSONL / Parquet output (see
    the module's docstring); `to_frames(records)` equals `to_frames(path)` of their JSONL file.
    """
    pd = pandas_module()
    pairs = with_ids(records)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_SPECS}
    for rid, rec in pairs:
        for table, field in _SOURCES.items():
            value = get_field(rec, field)
            if table == "casualties":  # one object per article: a row when it states any number
                value = [value] if any(get_field(value, k) is not None for k in ("dead", "injured", "missing")) else []
            for item in as_list(value):
                rows[table].append(_part_row(table, rid, item))
    out = {"articles": _frame(pd, ARTICLE_SPEC, [_article_row(rid, rec) for rid, rec in pairs])}
    for table, spec in TABLE_SPECS.items():
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
    for order, (rid, rec) in enumerate(with_ids(records)):
        when = _published(get_field(rec, "published"))
        for off in as_list(get_field(rec, "officers")):
            name = get_field(off, "name")
            if not isinstance(name, str) or not _fold(name):
                continue
            seen.append({"key": _fold(name), "name": " ".join(name.split()), "rank": _str(get_field(off, "rank")),
                         "rank_full": _str(get_field(off, "rank_full")), "force": _str(get_field(off, "force")),
                         "position": _str(get_field(off, "position")), "unit": _str(get_field(off, "unit")),
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
    pd = pandas_module()
    return _frame(pd, ROSTER_SPEC, _roster_rows(records))


def holders(roster_frame_or_records: Records, position: str,
            unit: str | None = None, year: int | None = None) -> pd.DataFrame:
    """The roster rows of officers seen as `position` (e.g. "Kapolres"), also seen in `unit` when
    given, and seen in `year` when given (first_seen.year <= year <= last_seen.year).

    Matching is case- and space-insensitive on whole values. Takes a `roster` frame or records.
    Positions, units and years are each matched on the officer's whole record, not as one post:
    an officer seen as Kapolres of one Polres and as Wakapolres of another matches both units.
    """
    pd = pandas_module()
    if not isinstance(position, str) or not position.strip():
        raise ValueError(f"position must be a non-empty string, not {position!r}")
    if unit is not None and (not isinstance(unit, str) or not unit.strip()):
        raise ValueError(f"unit must be a non-empty string or None, not {unit!r}")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"year must be an int or None, not {type(year).__name__}")
    if isinstance(roster_frame_or_records, pd.DataFrame) and ("positions" in roster_frame_or_records.columns
                                                             or not is_record_frame(roster_frame_or_records)):
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
        return any(isinstance(v, str) and norm(v) == wanted for v in as_list(values))

    mask = frame["positions"].map(lambda vs: has(vs, norm(position))).astype(bool)
    if unit is not None:
        mask &= frame["units"].map(lambda vs: has(vs, norm(unit))).astype(bool)
    if year is not None:
        first = pd.to_datetime(frame["first_seen"], errors="coerce")
        last = pd.to_datetime(frame["last_seen"], errors="coerce")
        mask &= (first.dt.year <= year).fillna(False).astype(bool) & (last.dt.year >= year).fillna(False).astype(bool)
    return frame[mask].reset_index(drop=True)
