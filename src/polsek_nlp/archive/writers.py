"""Archive writers: records to a JSONL file or a folder of Parquet parts; what is already written.

    >>> with RecordWriter("records.jsonl", append=True) as out:
    ...     out.write(record)
    >>> done_ids("records.jsonl")                     # the ids a rerun skips

- JSONL (`.jsonl`, `.ndjson`): one `EventRecord.to_json()` line per article. Every line reaches
  the file in one `write` call, unbuffered, so a killed run leaves at most one partial line at
  the end; opening the file in append mode cuts such a line away first.
- Parquet (`.parquet`): a Parquet file cannot be appended to, so `OUT.parquet` is a **directory**
  of parts `part-00000.parquet`, `part-00001.parquet`, ... Each part is written under a hidden
  temporary name (`.part-00000.parquet.tmp`) and renamed when complete, so a part is either whole
  or absent; `pandas.read_parquet(OUT.parquet)` and `pyarrow.dataset` read the directory as one
  table (they ignore hidden files). A part is closed every `part_size` rows (default 1000) or
  `part_seconds` seconds (default 30), whichever comes first, and when the writer is closed
  (also on Ctrl-C or `kill`, which `polsek-nlp batch` turns into a clean stop): a run killed
  with `kill -9` or a power cut loses at most the part it was writing, i.e. at most `part_size`
  records and at most `part_seconds` seconds of work, and a rerun of `batch` redoes exactly
  those articles. One row per article, typed for pandas and Arrow users: `id`, `title`, `url`,
  `region_code`, `error` (strings), `published` and `event_date` (timestamps, local clock),
  `event_type` and `event_date_source` (categories), `officers`, `persons`, `institutions`,
  `places`, `keywords`, `warnings` (lists of names), null when absent (event columns are null on
  error rows); and `record`, the full record as JSON, for an exact round trip
  (`polsek_nlp.to_frames("OUT.parquet")` reads it).

Any other output name is refused (`out.csv` is not silently written as JSONL). The name `-` is
standard output, as JSONL (nothing to resume from: `done_ids("-")` is empty).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import regex

from polsek_nlp.archive.readers import _pyarrow
from polsek_nlp.record.types import SCHEMA_VERSION, EventRecord

PathLike = str | os.PathLike

OUTPUT_FORMATS = ("jsonl", "parquet")
PART_SIZE = 1000
PART_SECONDS = 30.0


_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_PART = regex.compile(r"^part-(\d{5,})\.parquet$")
_ID_PREFIX = regex.compile(rb'^\{"schema_version": "(?:[^"\\]|\\.)*", "id": ("(?:[^"\\]|\\.)*"|null)[,}]')
_NO_ERROR = b'"error": null}\n'


def output_format(path: PathLike, format: str | None = None) -> str:
    """`jsonl` or `parquet`: `format` when given, else from the name (`.jsonl`/`.ndjson`,
    `.parquet`); any other name raises ValueError rather than writing something unexpected."""
    path = Path(path)
    if format is not None:
        fmt = format.lower().lstrip(".")
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {format!r}: use jsonl or parquet")
        if is_stdout(path) and fmt != "jsonl":
            raise ValueError("standard output (-) takes JSONL only; write Parquet to OUT.parquet")
        return fmt
    if is_stdout(path):
        return "jsonl"
    name = path.name.lower()
    if name.endswith(".gz"):
        raise ValueError(f"{path}: compressed output cannot be resumed; write .jsonl or .parquet")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return "parquet"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    raise ValueError(f"{path}: cannot tell the output format from the name {path.name!r}: name the output "
                     f"OUT.jsonl (one JSON record per line) or OUT.parquet (a folder of Parquet parts); "
                     f"records are nested, so CSV is not offered (polsek_nlp.to_frames makes flat tables)")


_output_format = output_format


def is_stdout(path: PathLike) -> bool:
    """Whether an output name is `-`, standard output."""
    return str(path) == "-"


def _safe_str(s: str | None) -> str | None:
    """`s` as valid UTF-8 text: lone surrogates (which JSON input can carry) become U+FFFD."""
    if s is None:
        return None
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)


def _record_json(record: EventRecord) -> str:
    line = record.to_json()
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: \u-escape them, the JSON stays exact
        line = json.dumps(record.to_dict(), ensure_ascii=True)
    return line


def json_line(record: EventRecord) -> tuple[str, bool]:
    """`record` as the JSONL writer writes it (`RecordWriter.write_line`), and whether it is an
    error record: what `batch`'s workers hand back instead of the record (`Options.then`)."""
    return _record_json(record), record.error is not None


def _moment(value: str | None) -> dt.datetime | None:
    """A record's local clock time (`YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`) as a naive datetime."""
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _day(value: str | None) -> dt.datetime | None:
    """A record's day (`YYYY-MM-DD`, or the day of a range or time) as midnight of that day (a
    timestamp column reads into pandas as datetime64, a date column as Python objects)."""
    try:
        return dt.datetime.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _event(r: EventRecord) -> Any:
    return None if r.error is not None else r.event


def _names(items: Any) -> list[str]:
    return [n for n in (_safe_str(getattr(i, "name", None)) for i in items or ()) if n is not None]


# the typed columns of a Parquet output, in order: (Arrow kind, how each is read off a record).
# The record's main fields are columns of their own (timestamps, dates, categories, lists of
# names); `record` holds the whole record as JSON, for an exact round trip (`to_frames(path)`).
_PARQUET_ROW: dict[str, tuple[str, Callable[[EventRecord], Any]]] = {
    "id": ("string", lambda r: _safe_str(r.id)),
    "title": ("string", lambda r: _safe_str(r.title)),
    "url": ("string", lambda r: _safe_str(r.url)),
    "published": ("timestamp", lambda r: _moment(r.published)),
    "event_type": ("category", lambda r: None if _event(r) is None else _safe_str(r.event.type)),
    "event_date": ("timestamp", lambda r: None if _event(r) is None else _day(r.event.date)),
    "event_date_source": ("category", lambda r: None if _event(r) is None else _safe_str(r.event.date_source)),
    "region_code": ("string", lambda r: None if _event(r) is None or r.event.region is None
                    else _safe_str(r.event.region.code)),
    "officers": ("list", lambda r: _names(r.officers)),
    "persons": ("list", lambda r: _names(r.persons)),
    "institutions": ("list", lambda r: _names(r.institutions)),
    "places": ("list", lambda r: _names(r.places)),
    "keywords": ("list", lambda r: [k for k in map(_safe_str, r.keywords or ()) if k is not None]),
    "warnings": ("list", lambda r: [w for w in map(_safe_str, r.warnings or ()) if w is not None]),
    "error": ("string", lambda r: _safe_str(r.error)),
    "record": ("string", _record_json),
}
PARQUET_COLUMNS = tuple(_PARQUET_ROW)


def _arrow_schema(pa: Any) -> Any:
    kinds = {"string": pa.string(), "timestamp": pa.timestamp("ms"),  # Parquet keeps ms, not s
             "category": pa.dictionary(pa.int32(), pa.string()), "list": pa.list_(pa.string())}
    return pa.schema([(name, kinds[kind]) for name, (kind, _) in _PARQUET_ROW.items()],
                     metadata={"polsek_nlp.schema_version": SCHEMA_VERSION})


class RecordWriter:
    """Writes `EventRecord`s to a JSONL file or a Parquet part directory; a context manager.

    `format` (`jsonl|parquet`) defaults to Parquet for a name ending in `.parquet`, else JSONL.
    `append=True` adds to what is there (after cutting away a partial last JSONL line, or
    removing the temporary file of a Parquet part that a killed run never finished);
    `append=False` starts afresh (JSONL: the file is emptied; Parquet: its `part-*.parquet`
    files are removed). Parquet rows are written in row groups of `row_group_size`; a part is
    closed (renamed into place) every `part_size` rows or `part_seconds` seconds. See the
    module docstring for the layout and the crash guarantees.
    """

    def __init__(self, path: PathLike, *, append: bool = False, format: str | None = None,
                 row_group_size: int = 1000, part_size: int = PART_SIZE, part_seconds: float = PART_SECONDS) -> None:
        self.path = Path(path)
        self.format = output_format(self.path, format)
        if row_group_size < 1 or part_size < 1:
            raise ValueError("row_group_size and part_size must be positive")
        self.count = 0
        self._closed = False
        self._stdout = is_stdout(path)
        if self._stdout:
            sys.stdout.flush()
            self._file: IO[bytes] = sys.stdout.buffer  # one write per line too; never closed here
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.format == "jsonl":
            if self.path.is_dir():
                raise IsADirectoryError(f"{self.path} is a folder; a JSONL output is a file")
            if append:
                truncate_partial_line(self.path)
            self._file = open(self.path, "ab" if append else "wb", buffering=0)
        else:
            self._pa = _pyarrow()
            self._row_group_size = row_group_size
            self._part_size = part_size
            self._part_seconds = part_seconds
            self._schema = _arrow_schema(self._pa)
            self._open_parts(append)
            self._rows: list[dict[str, Any]] = []  # the row group being gathered
            self._part: Any = None  # the open pyarrow ParquetWriter
            self._part_rows = 0
            self._part_started: float | None = None

    # -- JSONL

    def _write_jsonl(self, line: str) -> None:
        data = memoryview((line + "\n").encode("utf-8"))
        while data:  # one write call per line; loops only if the OS took part of it (disk full)
            n = self._file.write(data)
            data = data[n:]

    # -- Parquet

    def _open_parts(self, append: bool) -> None:
        d = self.path
        if d.exists() and not d.is_dir():
            raise FileExistsError(f"{d} is a file; a Parquet output of polsek_nlp is a folder of parts "
                                  f"(part-00000.parquet, ...): choose another name or remove it")
        d.mkdir(parents=True, exist_ok=True)
        for f in d.glob(".part-*.parquet.tmp"):  # a part a killed run never finished
            f.unlink()
        parts = _parts(d)
        if not append:
            for f in parts:
                f.unlink()
            parts = []
        self._next = max((int(_PART.match(f.name).group(1)) for f in parts), default=-1) + 1

    def _row(self, record: EventRecord) -> dict[str, Any]:
        return {name: get(record) for name, (_, get) in _PARQUET_ROW.items()}

    def _write_parquet(self, record: EventRecord) -> None:
        self._rows.append(self._row(record))  # one append: an interrupt never leaves half a row
        if self._part_started is None:
            self._part_started = time.monotonic()
        if len(self._rows) >= self._row_group_size:
            self._flush_group()
        if self._part_rows + len(self._rows) >= self._part_size or \
                time.monotonic() - self._part_started >= self._part_seconds:
            self._close_part()

    def _tmp(self) -> Path:
        return self.path / f".part-{self._next:05d}.parquet.tmp"

    def _flush_group(self) -> None:
        n = len(self._rows)
        if not n:
            return
        if self._part is None:
            self._part = self._pa.parquet.ParquetWriter(self._tmp(), self._schema)
        table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
        self._part.write_table(table, row_group_size=n)
        self._rows = []
        self._part_rows += n

    def _close_part(self, empty: bool = False) -> None:
        self._flush_group()
        if self._part is None:
            if not empty:
                return
            self._part = self._pa.parquet.ParquetWriter(self._tmp(), self._schema)  # a readable empty table
        self._part.close()
        tmp = self._tmp()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, self.path / f"part-{self._next:05d}.parquet")
        self._next += 1
        self._part = None
        self._part_rows = 0
        self._part_started = None

    # -- both

    def write(self, record: EventRecord) -> None:
        """Write one record (durable in the output once the part is closed, for Parquet)."""
        if self._closed:
            raise ValueError("write to a closed RecordWriter")
        if self.format == "jsonl":
            self._write_jsonl(_record_json(record))
        else:
            self._write_parquet(record)
        self.count += 1

    def write_line(self, line: str) -> None:
        """Write one record already made a JSON line by `json_line` (JSONL output only)."""
        if self._closed:
            raise ValueError("write to a closed RecordWriter")
        if self.format != "jsonl":
            raise ValueError("write_line writes JSONL; a Parquet output takes records (write)")
        self._write_jsonl(line)
        self.count += 1

    def close(self) -> None:
        """Finish the output: flush the JSONL file, or write the last Parquet part. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._stdout:
            self._file.flush()
        elif self.format == "jsonl":
            self._file.close()
        else:
            self._close_part(empty=not _parts(self.path))

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        # records written before an exception (Ctrl-C included) are complete: keep them
        self.close()


def _parts(d: Path) -> list[Path]:
    return sorted(f for f in d.iterdir() if _PART.match(f.name)) if d.is_dir() else []


def truncate_partial_line(path: PathLike) -> int:
    """Cut away a last line without its newline (what a crash mid-write leaves); bytes removed."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with open(p, "r+b") as f:
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return 0
        pos = size
        while pos > 0:
            start = max(0, pos - (1 << 16))
            f.seek(start)
            i = f.read(pos - start).rfind(b"\n")
            if i >= 0:
                f.truncate(start + i + 1)
                return size - (start + i + 1)
            pos = start
        f.truncate(0)
        return size


def done_ids(path: PathLike) -> set[str]:
    """The ids of the records already in an output (JSONL file or Parquet part folder); empty if none.

    A partial last JSONL line does not count (appending cuts it away); nor do Parquet parts
    that were never finished. Records without an id are not counted.
    """
    p = Path(path)
    if is_stdout(p) or not p.exists():
        return set()
    if p.is_dir() or p.suffix.lower() == ".parquet":
        pq = _pyarrow().parquet
        ids: set[str] = set()
        for f in _parts(p) if p.is_dir() else [p]:
            col = pq.read_table(f, columns=["id"], use_threads=False).column("id")
            ids.update(i for i in col.to_pylist() if i is not None)
        return ids
    ids = set()
    with open(p, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break  # a partial last line
            m = _ID_PREFIX.match(line)  # fast path: `to_json` puts the id second
            try:
                rid = json.loads(m.group(1)) if m else json.loads(line).get("id")
            except (ValueError, AttributeError):
                continue
            if isinstance(rid, str):
                ids.add(rid)
    return ids




def drop_errors(path: PathLike) -> int:
    """Remove the error records from an output (so that a rerun analyses those articles again);
    how many went. JSONL: the file is rewritten without them (via a temporary file renamed into
    place); Parquet: each part holding errors is rewritten without them the same way."""
    p = Path(path)
    if not p.exists():
        return 0
    if p.is_dir():
        pa = _pyarrow()
        pc = __import__("pyarrow.compute", fromlist=["is_null"])
        dropped = 0
        for f in _parts(p):
            table = pa.parquet.read_table(f, use_threads=False)
            keep = pc.is_null(table.column("error"))
            n = table.num_rows - pc.sum(keep.cast(pa.int64())).as_py() if table.num_rows else 0
            if not n:
                continue
            tmp = p / f".{f.name}.tmp"
            pa.parquet.write_table(table.filter(keep), tmp)
            os.replace(tmp, f)
            dropped += n
        return dropped
    truncate_partial_line(p)
    tmp = p.with_name(f".{p.name}.retry.tmp")
    dropped = 0
    with open(p, "rb") as src, open(tmp, "wb") as dst:
        for line in src:
            if not line.endswith(_NO_ERROR):
                try:
                    if json.loads(line).get("error") is not None:
                        dropped += 1
                        continue
                except (ValueError, AttributeError):
                    pass
            dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    if dropped:
        os.replace(tmp, p)
    else:
        tmp.unlink()
    return dropped
