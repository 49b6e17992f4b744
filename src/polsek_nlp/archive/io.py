"""Archive input and output: read articles in bulk, write records, resume an interrupted batch.

    >>> from polsek_nlp.io import read_items, RecordWriter, done_ids, batch
    >>> for item in read_items("archive.jsonl.gz"): ...        # {"id", "text", "title", "published", "url"}
    >>> with RecordWriter("records.jsonl", append=True) as out:
    ...     out.write(record)
    >>> batch("archive.jsonl", "records.parquet", workers=2)    # resumable: rerun to finish a crashed run

Inputs (`read_items`): JSONL (`.jsonl`, `.ndjson`, optionally `.gz`), CSV (`.csv`, optionally
`.gz`), Parquet (`.parquet`, a file or a folder of them; extra `polsek_nlp[pandas]`), a folder
of `.txt` files, and saved HTML pages (`.html`/`.htm`, a file or a folder; extra
`polsek_nlp[html]`).

Outputs (`RecordWriter`):

- JSONL: one `EventRecord.to_json()` line per article. Every line reaches the file in one
  `write` call, unbuffered, so a killed run leaves at most one partial line at the end; opening
  the file in append mode cuts such a line away first.
- Parquet: a Parquet file cannot be appended to, so `OUT.parquet` is a **directory** of parts
  `part-00000.parquet`, `part-00001.parquet`, ... Each part is written under a hidden temporary
  name (`.part-00000.parquet.tmp`) and renamed when complete, so a part is either whole or
  absent; `pandas.read_parquet(OUT.parquet)` and `pyarrow.dataset` read the directory as one
  table (they ignore hidden files). A part is closed every `part_size` rows or `part_seconds`
  seconds, whichever comes first; a killed run loses at most the part it was writing, and a
  rerun of `batch` redoes exactly those articles. One row per article: the flat columns `id`,
  `title`, `published`, `event_type`, `event_date`, `region_code`, `error` (all strings, null when
  absent; `event_type` is null for error rows) and `record`, the full record as JSON.

Resuming (`batch`, `done_ids`) works by id: every item that `read_items` yields has one (see
its docstring), and items whose id is already in the output are skipped. Ids that are made up
from a file name and line (`articles.jsonl:7`) change when the input file is renamed or edited
above that line; give articles their own ids when that matters. One writer per output at a
time.
"""
from __future__ import annotations

import codecs
import collections
import csv
import gzip
import itertools
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import regex

from polsek_nlp.record.types import SCHEMA_VERSION, EventRecord

__all__ = ["FORMATS", "RecordWriter", "batch", "done_ids", "read_items"]

PathLike = str | os.PathLike

FORMATS = ("jsonl", "csv", "parquet", "txt", "html")
OUTPUT_FORMATS = ("jsonl", "parquet")

# the flat columns of a Parquet output, in order; `record` holds the whole record as JSON
PARQUET_COLUMNS = ("id", "title", "published", "event_type", "event_date", "region_code", "error", "record")

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_PART = regex.compile(r"^part-(\d{5,})\.parquet$")
_ID_PREFIX = regex.compile(rb'^\{"schema_version": "(?:[^"\\]|\\.)*", "id": ("(?:[^"\\]|\\.)*"|null)[,}]')
# "Baca juga: ..." and its kin: links to other articles that extraction keeps as paragraphs
_SEE_ALSO = regex.compile(
    r"(?i)^\W{0,3}(?:baca|simak|lihat|tonton|klik)\s+(?:juga|pula|selengkapnya|berita\s+lainnya)\b"
    r"|^\W{0,3}(?:berita|artikel)\s+(?:terkait|lainnya)\b"
)


# ---------------------------------------------------------------------------------------------
# reading


def read_items(path: PathLike, *, text_field: str = "text", id_field: str = "id",
               format: str | None = None) -> Iterator[dict[str, Any]]:
    """A lazy stream of articles from an archive, as dicts `{"id", "text", "title", "published", "url"}`.

    The format comes from the name (`.jsonl`/`.ndjson`[`.gz`], `.csv`[`.gz`], `.parquet`,
    `.txt`, `.html`/`.htm`, or a folder of `.txt`, `.html` or `.parquet` files); `format`
    (`jsonl|csv|parquet|txt|html`) overrides it. `text_field` and `id_field` name the text and
    id fields (columns) of JSONL, CSV and Parquet input; `title`, `published` and `url` are
    read under those names when present. Missing values are None; ids are strings.

    Every item has an id: its own, else `"<file name>:<line>"` (JSONL, CSV: the line where the
    record starts; Parquet: the row number, from 1), the relative path without suffix for a
    folder of `.txt` or HTML files (`2024/08/rakor`), the stem for a single file.

    What cannot be read for one article does not stop the stream: a JSONL line that is not
    JSON, a record without text, an HTML page without main text or a file that cannot be
    opened gives an item whose `text` is None and whose `_error` says what and where
    (`analyze_many` makes it an error result; `batch` writes `_error` as the record's error).
    HTML pages go through trafilatura (main text, title, date, canonical URL; no menus,
    comments or "Baca juga" links). Files and folders whose name starts with `.` are skipped.

    Raises at once (not when iterated) FileNotFoundError for a missing path, ValueError for a
    format that cannot be told, ImportError when Parquet or HTML input lacks its extra.
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"no such file or directory: {p}")
    fmt = _input_format(p) if format is None else format.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {format!r}: use one of {', '.join(FORMATS)}")
    if fmt in ("jsonl", "csv") and p.is_dir():
        raise IsADirectoryError(f"{p} is a folder, not a {fmt.upper()} file")
    if fmt == "jsonl":
        return _read_jsonl(p, text_field, id_field)
    if fmt == "csv":
        return _read_csv(p, text_field, id_field)
    if fmt == "parquet":
        _pyarrow()
        return _read_parquet(p, text_field, id_field)
    if fmt == "txt":
        return _read_txt(p)
    return _read_html(p, _trafilatura())


def _input_format(p: Path) -> str:
    if p.is_dir():
        found = {_suffix_format(f.name) for f in _walk(p)} - {None}
        if len(found) == 1:
            return found.pop()  # type: ignore[return-value]
        if not found:
            raise ValueError(f"{p}: no .txt, .html/.htm or .parquet files in this folder")
        raise ValueError(f"{p}: the folder holds {' and '.join(sorted(found))} files; choose one with format=")
    fmt = _suffix_format(p.name)
    if fmt is None:
        raise ValueError(f"cannot tell the format of {p.name!r} from its name: pass format= "
                         f"({', '.join(FORMATS)})")
    return fmt


def _suffix_format(name: str) -> str | None:
    n = name.lower()
    if n.endswith(".gz"):
        n = n[:-3]
        return {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}.get(os.path.splitext(n)[1])
    return {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".txt": "txt",
            ".html": "html", ".htm": "html"}.get(os.path.splitext(n)[1])


def _walk(root: Path, suffixes: tuple[str, ...] | None = None) -> Iterator[Path]:
    """Files under `root`, folder by folder in sorted order, skipping hidden files and folders."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if suffixes is None or name.lower().endswith(suffixes):
                yield Path(dirpath, name)


def _files(p: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[Path, str]]:
    """(file, id) pairs: a single file's id is its stem, a folder's files' ids their relative paths."""
    if p.is_file():
        yield p, p.stem
        return
    for f in _walk(p, suffixes):
        yield f, f.relative_to(p).with_suffix("").as_posix()


def _opt(value: Any) -> Any:
    return None if value is None or value == "" else value


def _item(obj: dict[str, Any], text_field: str, id_field: str, fallback_id: str, where: str) -> dict[str, Any]:
    rid = obj.get(id_field)
    item = {
        "id": fallback_id if rid is None or rid == "" else str(rid),
        "text": obj.get(text_field),
        "title": _opt(obj.get("title")),
        "published": _opt(obj.get("published")),
        "url": _opt(obj.get("url")),
    }
    if item["text"] is None:
        item["_error"] = f"{where}: no {text_field!r} field" if text_field not in obj else \
            f"{where}: {text_field!r} is null"
    return item


def _error_item(rid: str, message: str) -> dict[str, Any]:
    return {"id": rid, "text": None, "title": None, "published": None, "url": None, "_error": message}


def _read_jsonl(p: Path, text_field: str, id_field: str) -> Iterator[dict[str, Any]]:
    name = p.name
    with (gzip.open(p, "rb") if p.name.lower().endswith(".gz") else open(p, "rb")) as f:
        for lineno, raw in enumerate(f, 1):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            fallback, where = f"{name}:{lineno}", f"{name} line {lineno}"
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield _error_item(fallback, f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            except ValueError as exc:
                yield _error_item(fallback, f"{where}: not valid JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                yield _error_item(fallback, f"{where}: a JSON object expected, not {type(obj).__name__}")
                continue
            yield _item(obj, text_field, id_field, fallback, where)


def _raise_csv_field_limit() -> None:
    # articles are longer than csv's default 128 KiB field limit
    limit = 2**31 - 1
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _read_csv(p: Path, text_field: str, id_field: str) -> Iterator[dict[str, Any]]:
    _raise_csv_field_limit()
    name = p.name
    opener = gzip.open if name.lower().endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8-sig", errors="replace", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip() for h in header]
        if text_field not in header:
            raise ValueError(f"{p}: no column {text_field!r} (columns: {', '.join(header)}); "
                             f"name the text column with text_field= (--text-field)")
        columns = {h: i for i, h in reversed(list(enumerate(header)))}  # first of repeated names wins
        prev = reader.line_num
        for row in reader:
            start, prev = prev + 1, reader.line_num
            if not row:
                continue
            obj = {h: row[i] for h, i in columns.items() if i < len(row)}
            yield _item(obj, text_field, id_field, f"{name}:{start}", f"{name} line {start}")


def _read_parquet(p: Path, text_field: str, id_field: str) -> Iterator[dict[str, Any]]:
    pq = _pyarrow().parquet
    files = [p] if p.is_file() else list(_walk(p, (".parquet",)))
    for file in files:
        rel = file.name if p.is_file() else file.relative_to(p).as_posix()
        with pq.ParquetFile(file) as pf:
            names = pf.schema_arrow.names
            if text_field not in names:
                raise ValueError(f"{file}: no column {text_field!r} (columns: {', '.join(names)}); "
                                 f"name the text column with text_field= (--text-field)")
            wanted = [c for c in dict.fromkeys((text_field, id_field, "title", "published", "url")) if c in names]
            row = 0
            for rb in pf.iter_batches(batch_size=1024, columns=wanted, use_threads=False):
                for obj in rb.to_pylist():
                    row += 1
                    yield _item(obj, text_field, id_field, f"{rel}:{row}", f"{rel} row {row}")


def _read_txt(p: Path) -> Iterator[dict[str, Any]]:
    for file, rid in _files(p, (".txt",)):
        try:
            text = file.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError as exc:
            yield _error_item(rid, f"{file}: cannot be read ({exc.strerror or exc})")
            continue
        yield {"id": rid, "text": text, "title": None, "published": None, "url": None}


def _read_html(p: Path, trafilatura: Any) -> Iterator[dict[str, Any]]:
    for file, rid in _files(p, (".html", ".htm")):
        try:
            data = file.read_bytes()
        except OSError as exc:
            yield _error_item(rid, f"{file}: cannot be read ({exc.strerror or exc})")
            continue
        yield _html_item(rid, data, trafilatura, str(file))


def _html_item(rid: str, data: bytes, trafilatura: Any, where: str) -> dict[str, Any]:
    try:
        out = trafilatura.extract(data, output_format="json", with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - one broken page never stops the stream
        return _error_item(rid, f"{where}: HTML extraction failed ({type(exc).__name__}: {exc})")
    meta = json.loads(out) if out else {}
    text = drop_see_also(meta.get("text") or "")
    if not text.strip():
        return _error_item(rid, f"{where}: no main text found in the page")
    date = meta.get("date")
    return {
        "id": rid,
        "text": text,
        "title": meta.get("title") or None,
        "published": date if isinstance(date, str) and regex.match(r"\d{4}-\d\d-\d\d", date) else None,
        "url": meta.get("source") or None,
    }


def drop_see_also(text: str) -> str:
    """`text` without its "Baca juga: ..." / "Simak juga" / "Berita terkait" link lines."""
    return "\n".join(line for line in text.split("\n") if not (len(line) < 300 and _SEE_ALSO.match(line)))


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise ImportError("Parquet input and output need pyarrow: pip install 'polsek_nlp[pandas]'") from exc
    return pyarrow


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise ImportError("HTML input needs trafilatura: pip install 'polsek_nlp[html]'") from exc
    return trafilatura


# ---------------------------------------------------------------------------------------------
# writing


def _output_format(path: Path, format: str | None = None) -> str:
    if format is not None:
        fmt = format.lower().lstrip(".")
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {format!r}: use jsonl or parquet")
        return fmt
    if path.name.lower().endswith(".gz"):
        raise ValueError(f"{path}: compressed output cannot be resumed; write .jsonl or .parquet")
    return "parquet" if path.suffix.lower() == ".parquet" else "jsonl"


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
                 row_group_size: int = 1000, part_size: int = 10_000, part_seconds: float = 300.0) -> None:
        self.path = Path(path)
        self.format = _output_format(self.path, format)
        if row_group_size < 1 or part_size < 1:
            raise ValueError("row_group_size and part_size must be positive")
        self.count = 0
        self._closed = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.format == "jsonl":
            if self.path.is_dir():
                raise IsADirectoryError(f"{self.path} is a folder; a JSONL output is a file")
            if append:
                truncate_partial_line(self.path)
            self._file: IO[bytes] = open(self.path, "ab" if append else "wb", buffering=0)
        else:
            self._pa = _pyarrow()
            self._row_group_size = row_group_size
            self._part_size = part_size
            self._part_seconds = part_seconds
            self._schema = self._pa.schema([(c, self._pa.string()) for c in PARQUET_COLUMNS],
                                           metadata={"polsek_nlp.schema_version": SCHEMA_VERSION})
            self._open_parts(append)
            self._rows: list[dict[str, str | None]] = []  # the row group being gathered
            self._part: Any = None  # the open pyarrow ParquetWriter
            self._part_rows = 0
            self._part_started: float | None = None

    # -- JSONL

    def _write_jsonl(self, record: EventRecord) -> None:
        data = memoryview((_record_json(record) + "\n").encode("utf-8"))
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

    def _row(self, record: EventRecord) -> dict[str, str | None]:
        ev = record.event
        return {
            "id": _safe_str(record.id),
            "title": _safe_str(record.title),
            "published": _safe_str(record.published),
            "event_type": None if record.error is not None or ev is None else _safe_str(ev.type),
            "event_date": None if ev is None else _safe_str(ev.date),
            "region_code": None if ev is None or ev.region is None else _safe_str(ev.region.code),
            "error": _safe_str(record.error),
            "record": _record_json(record),
        }

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
            self._write_jsonl(record)
        else:
            self._write_parquet(record)
        self.count += 1

    def close(self) -> None:
        """Finish the output: flush the JSONL file, or write the last Parquet part. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self.format == "jsonl":
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
    if not p.exists():
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


# ---------------------------------------------------------------------------------------------
# batch


def _count_items(p: Path, fmt: str) -> int | None:
    """How many items the input holds, when that is cheap to know (for a progress bar)."""
    try:
        if fmt == "jsonl" and not p.name.lower().endswith(".gz"):
            with open(p, "rb") as f:
                return sum(1 for line in f if line.strip())
        if fmt == "parquet":
            pq = _pyarrow().parquet
            files = [p] if p.is_file() else list(_walk(p, (".parquet",)))
            return sum(pq.read_metadata(f).num_rows for f in files)
        if fmt in ("txt", "html"):
            return sum(1 for _ in _files(p, (".txt",) if fmt == "txt" else (".html", ".htm")))
    except (OSError, ValueError):
        return None
    return None


def batch(input: PathLike, output: PathLike, *, workers: int = 1, text_field: str = "text",
          id_field: str = "id", progress: bool | None = None, batch_size: int = 32,
          format: str | None = None) -> dict[str, Any]:
    """Analyse an archive into an output, resumably; return a summary of counts.

    Reads `input` with `read_items` (`format`, `text_field`, `id_field` as there), skips items
    whose id is already in `output` (so rerunning after a crash finishes the job without
    duplicates), analyses the rest with `analyze_many(n_process=workers, batch_size=...)` and
    appends every result, errors included, in input order, to `output` (JSONL file, or a
    Parquet part folder for a name ending in `.parquet`; see `RecordWriter`). Memory stays
    constant whatever the input size (apart from the set of ids already done). `progress`:
    a progress bar on stderr; None means when stderr is a terminal.

    Ids should be unique within the input: a rerun skips every item whose id is in the output.

    Returns `{"read", "skipped_done", "written", "errors", "seconds"}`: items read, items
    skipped because already in the output, records written, of which errors, and wall time.
    Input that cannot be opened raises (FileNotFoundError, ValueError, ImportError) before
    the output is touched.
    """
    from polsek_nlp.archive.pool import analyze_many

    t0 = time.monotonic()
    inp, out = Path(input), Path(output)
    if format is None and inp.exists():
        format = _input_format(inp)  # once: a folder is walked to tell its format
    items = read_items(inp, text_field=text_field, id_field=id_field, format=format)
    _output_format(out)
    first = next(items, None)  # the input's own errors surface before the output is touched
    done = done_ids(out)
    stats = {"read": 0, "skipped_done": 0}
    reasons: collections.deque[str | None] = collections.deque()  # one per item in flight, in order

    def todo() -> Iterator[dict[str, Any]]:
        # with workers > 1 this runs in the pool's feeder thread; deque appends are thread-safe
        for item in itertools.chain([] if first is None else [first], items):
            stats["read"] += 1
            if item["id"] in done:
                stats["skipped_done"] += 1
                continue
            reasons.append(item.get("_error"))
            yield item

    if progress is None:
        progress = sys.stderr.isatty()
    total = None
    if progress:
        n = _count_items(inp, str(format).lower().lstrip("."))
        total = None if n is None else max(0, n - len(done))
    results = analyze_many(todo(), n_process=workers, batch_size=batch_size, progress=progress, total=total)
    written = errors = 0
    with RecordWriter(out, append=True) as writer:
        for rec in results:
            reason = reasons.popleft()
            if reason is not None:  # the reader's reason beats "TypeError: text must be str, not NoneType"
                rec.error = f"InputError: {reason}"
            writer.write(rec)
            written += 1
            errors += rec.error is not None
    return {"read": stats["read"], "skipped_done": stats["skipped_done"], "written": written,
            "errors": errors, "seconds": round(time.monotonic() - t0, 3)}
