"""Archive readers: articles in bulk from JSONL, CSV, Parquet, folders of text files or HTML pages.

    >>> for item in read_items("archive.csv"): ...   # {"id", "text", "title", "published", "url"}

Columns are named by the caller or recognised by their names (`polsek_nlp.archive.columns`);
encodings are detected (`polsek_nlp.archive.encoding`) and reported. What cannot be read for one
article gives an item whose `text` is None and whose `_error` says what and where; an item may
also carry `_warnings` (an encoding that was not UTF-8, undecodable bytes), which `analyze_many`
adds to its record's warnings.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from polsek_nlp.archive.columns import ArchiveWarning, ColumnMap, map_columns
from polsek_nlp.archive.encoding import SAMPLE, BinaryInputError, decode_bytes, detect_encoding

__all__ = ["FORMATS", "BinaryInputError", "input_format", "read_items"]

PathLike = str | os.PathLike

FORMATS = ("jsonl", "csv", "parquet", "txt", "html")

# "Baca juga: ..." and its kin: links to other articles that extraction keeps as paragraphs
_SEE_ALSO = regex.compile(
    r"(?i)^\W{0,3}(?:baca|simak|lihat|tonton|klik)\s+(?:juga|pula|selengkapnya|berita\s+lainnya)\b"
    r"|^\W{0,3}(?:berita|artikel)\s+(?:terkait|lainnya)\b"
)


def read_items(path: PathLike, *, text_field: str | None = None, id_field: str | None = None,
               title_field: str | None = None, published_field: str | None = None, url_field: str | None = None,
               format: str | None = None, encoding: str | None = None) -> Iterator[dict[str, Any]]:
    """A lazy stream of articles from an archive, as dicts `{"id", "text", "title", "published", "url"}`.

    The format comes from the name (`.jsonl`/`.ndjson`[`.gz`], `.csv`[`.gz`], `.parquet`,
    `.txt`, `.html`/`.htm`, or a folder of `.txt`, `.html` or `.parquet` files); `format`
    (`jsonl|csv|parquet|txt|html`) overrides it. The `*_field` options name the fields (columns)
    of JSONL, CSV and Parquet input; left out, they are recognised under the common Indonesian and
    English names (`data/columns.tsv`: `judul`, `isi_berita`, `tanggal`,
    `tautan`, `headline`, `content`, `date`, `link` ...; a guess says so with an `ArchiveWarning`).
    Missing values are None; ids are strings; `published` is as written (`batch` and
    `analyze_many` read it, see `polsek_nlp.archive.published`).

    Text files are decoded as UTF-8 when they are, else in the encoding charset-normalizer finds
    (`encoding` forces one); an item read in another encoding says so in `_warnings`. Binary
    input is refused: `BinaryInputError` (a ValueError) for a JSONL or CSV file, an error item for
    a file of a folder.

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
    format that cannot be told or a table without a text column, `BinaryInputError` for a JSONL
    or CSV file that is not text, ImportError when Parquet or HTML input lacks its extra.
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"no such file or directory: {p}")
    fmt = input_format(p) if format is None else format.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {format!r}: use one of {', '.join(FORMATS)}")
    if fmt in ("jsonl", "csv") and p.is_dir():
        raise IsADirectoryError(f"{p} is a folder, not a {fmt.upper()} file")
    given = {"text": text_field, "id": id_field, "title": title_field, "published": published_field,
             "url": url_field}
    if fmt == "jsonl":
        enc, note = _sniff(p, encoding)
        return _read_jsonl(p, given, enc, note)
    if fmt == "csv":
        enc, note = _sniff(p, encoding)
        header = _csv_header(p, enc)
        if header is None:
            return iter(())
        _not_jsonl(p, header)
        cols = map_columns(header, given, where=p.name)
        cols.warn(p.name)
        return _read_csv(p, cols, enc, note)
    if fmt == "parquet":
        _pyarrow()
        return _read_parquet(p, given)
    if fmt == "txt":
        return _read_txt(p, encoding)
    return _read_html(p, _trafilatura())


# ---------------------------------------------------------------------------------------------
# formats and files


def input_format(p: Path) -> str:
    """The input format of a file or folder, from its name (a folder: from its files' names)."""
    p = Path(p)
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


def walk(root: Path, suffixes: tuple[str, ...] | None = None) -> Iterator[Path]:
    """Files under `root`, folder by folder in sorted order, skipping hidden files and folders."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if suffixes is None or name.lower().endswith(suffixes):
                yield Path(dirpath, name)


_walk = walk


def files(p: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[Path, str]]:
    """(file, id) pairs: a single file's id is its stem, a folder's files' ids their relative paths."""
    if p.is_file():
        yield p, p.stem
        return
    for f in walk(p, suffixes):
        yield f, f.relative_to(p).with_suffix("").as_posix()


def _open_binary(p: Path):
    return gzip.open(p, "rb") if p.name.lower().endswith(".gz") else open(p, "rb")


def _sniff(p: Path, forced: str | None) -> tuple[str, str | None]:
    with _open_binary(p) as f:
        head = f.read(SAMPLE)
    try:
        enc, note = detect_encoding(head, forced)
    except BinaryInputError as exc:
        raise BinaryInputError(f"{p}: {exc}") from None
    if note:
        warnings.warn(f"{p.name}: {note}", ArchiveWarning, stacklevel=4)
    return enc, note


# ---------------------------------------------------------------------------------------------
# items


def _opt(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value != value:
        return None
    return value


def _field(obj: dict[str, Any], cols: ColumnMap, name: str) -> Any:
    col = cols[name]
    return None if col is None else _opt(obj.get(col))


def _item(obj: dict[str, Any], cols: ColumnMap, fallback_id: str, where: str,
          notes: list[str] | None = None) -> dict[str, Any]:
    rid = _field(obj, cols, "id")
    text_col = cols["text"]
    text = obj.get(text_col) if text_col is not None else None
    if isinstance(text, float) and text != text:
        text = None
    item = {
        "id": fallback_id if rid is None else str(rid),
        "text": text,
        "title": _field(obj, cols, "title"),
        "published": _field(obj, cols, "published"),
        "url": _field(obj, cols, "url"),
    }
    if text is None:
        item["_error"] = f"{where}: no {text_col!r} field" if text_col not in obj else \
            f"{where}: {text_col!r} is null"
    elif isinstance(text, str):
        warns = list(notes or ())
        if "\ufffd" in text:
            warns.append("the text holds U+FFFD replacement characters: bytes of the input that could not "
                         "be decoded (wrong encoding? give it with --encoding)")
        if warns:
            item["_warnings"] = warns
    return item


def error_item(rid: str, message: str) -> dict[str, Any]:
    return {"id": rid, "text": None, "title": None, "published": None, "url": None, "_error": message}


_error_item = error_item


# ---------------------------------------------------------------------------------------------
# JSONL


def _read_jsonl(p: Path, given: dict[str, str | None], enc: str, note: str | None) -> Iterator[dict[str, Any]]:
    name = p.name
    wide = _wide(enc)
    maps: dict[tuple, ColumnMap] = {}  # by the keys of an object: JSONL objects need not agree
    with _open_binary(p) as f:
        stream = io.TextIOWrapper(f, encoding=enc, errors="replace", newline="\n") if wide else f
        for lineno, raw in enumerate(stream, 1):
            notes = [f"input {note}"] if note and wide else []
            line = _jsonl_line(raw, lineno, enc, notes)
            if line is None:
                continue
            fallback, where = f"{name}:{lineno}", f"{name} line {lineno}"
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield error_item(fallback, f"{where}: not valid JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                yield error_item(fallback, f"{where}: a JSON object expected, not {type(obj).__name__}")
                continue
            yield _item(obj, _object_columns(obj, maps, given, name), fallback, where, notes)


def _jsonl_line(raw: str | bytes, lineno: int, enc: str, notes: list[str]) -> str | None:
    """A line of a JSONL file as text (None for a blank one): bytes are decoded as UTF-8, else in
    the file's other encoding, with a note."""
    if isinstance(raw, bytes):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            return None
        fallback_enc = "cp1252" if enc in ("utf-8", "utf-8-sig") else enc
        line, bad = _decode_line(raw, fallback_enc)
        if bad:
            notes.append(f"line {lineno} is not UTF-8: read as {fallback_enc}")
        return line
    line = raw.lstrip("\ufeff") if lineno == 1 else raw
    return line if line.strip() else None


def _object_columns(obj: dict[str, Any], maps: dict[tuple, ColumnMap], given: dict[str, str | None],
                    name: str) -> ColumnMap:
    """The columns of a JSONL object, mapped once per set of keys (a bounded cache in `maps`)."""
    keys = tuple(obj)
    cols = maps.get(keys)
    if cols is not None:
        return cols
    if len(maps) > 1000:
        maps.clear()
    try:
        cols = map_columns(keys, given, where=name, need_text=False)
    except ValueError:  # a named field this object lacks: None, like a missing key
        cols = map_columns(keys, {k: v for k, v in given.items() if v in obj}, where=name, need_text=False)
        for k, v in given.items():
            if v is not None and v not in obj:
                cols.columns[k] = v
    if cols["text"] is None:
        cols.columns["text"] = given.get("text") or "text"
    cols.warn(name)
    maps[keys] = cols
    return cols


# ---------------------------------------------------------------------------------------------
# CSV


def _raise_csv_field_limit() -> None:
    # articles are longer than csv's default 128 KiB field limit
    limit = 2**31 - 1
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _wide(enc: str) -> bool:
    """UTF-16/32: not ASCII-compatible, so not decodable line by line from bytes."""
    return enc.lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32"))


def _decode_line(raw: bytes, fallback: str) -> tuple[str, bool]:
    """A line of bytes as text: UTF-8 when it is, else `fallback` (True: the fallback was needed)."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        return raw.decode(fallback, errors="replace"), True


class _Lines:
    """The decoded lines of an ASCII-compatible file (UTF-8 line by line, a legacy encoding where
    a line is not UTF-8: a file in one encoding, or a UTF-8 file with a few rows pasted from another
    program), counting the lines that needed the legacy encoding."""

    def __init__(self, f, fallback: str) -> None:
        self.f = f
        self.fallback = fallback
        self.fallbacks = 0
        self.first = True

    def __iter__(self):
        for raw in self.f:
            if self.first:
                self.first = False
                if raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
            line, bad = _decode_line(raw, self.fallback)
            self.fallbacks += bad
            yield line


def _csv_rows(f, enc: str):
    if _wide(enc):
        lines = io.TextIOWrapper(f, encoding=enc, errors="replace", newline="")
    else:
        lines = _Lines(f, "cp1252" if enc in ("utf-8", "utf-8-sig") else enc)
    return lines, csv.reader(iter(lines))


def _csv_header(p: Path, enc: str) -> list[str] | None:
    _raise_csv_field_limit()
    with _open_binary(p) as f:
        header = next(_csv_rows(f, enc)[1], None)
    return None if header is None else [h.strip().lstrip("\ufeff") for h in header]


def _not_jsonl(p: Path, header: list[str]) -> None:
    """A CSV header that opens a JSON object is a JSONL file under a .csv name: say so, rather than
    listing its first line as columns."""
    if header and header[0].lstrip().startswith("{"):
        raise ValueError(f"{p.name} holds JSON lines, not CSV (its first line starts with '{{'): rename "
                         f"it .jsonl or read it as JSONL (--format jsonl, format='jsonl')")


def _read_csv(p: Path, cols: ColumnMap, enc: str, note: str | None) -> Iterator[dict[str, Any]]:
    _raise_csv_field_limit()
    name = p.name
    with _open_binary(p) as f:
        lines, reader = _csv_rows(f, enc)
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        columns = {h: i for i, h in reversed(list(enumerate(header)))}  # first of repeated names wins
        prev = reader.line_num
        seen_fallbacks = getattr(lines, "fallbacks", 0)
        for row in reader:
            start, prev = prev + 1, reader.line_num
            if not row:
                continue
            notes = []
            now = getattr(lines, "fallbacks", 0)
            if now > seen_fallbacks:
                notes.append(f"input: this row is not UTF-8; read as {getattr(lines, 'fallback', enc)}")
                seen_fallbacks = now
            elif note and _wide(enc):
                notes.append(f"input {note}")
            obj = {h: row[i] for h, i in columns.items() if i < len(row)}
            yield _item(obj, cols, f"{name}:{start}", f"{name} line {start}", notes)


# ---------------------------------------------------------------------------------------------
# Parquet


def _read_parquet(p: Path, given: dict[str, str | None]) -> Iterator[dict[str, Any]]:
    pq = _pyarrow().parquet
    paths = [p] if p.is_file() else list(walk(p, (".parquet",)))
    for file in paths:
        rel = file.name if p.is_file() else file.relative_to(p).as_posix()
        with pq.ParquetFile(file) as pf:
            names = pf.schema_arrow.names
            cols = map_columns(names, given, where=str(file))
            cols.warn(rel)
            wanted = [c for c in dict.fromkeys(cols.columns.values()) if c is not None]
            row = 0
            for rb in pf.iter_batches(batch_size=1024, columns=wanted, use_threads=False):
                for obj in rb.to_pylist():
                    row += 1
                    yield _item(obj, cols, f"{rel}:{row}", f"{rel} row {row}")


# ---------------------------------------------------------------------------------------------
# text files and HTML pages


def _read_txt(p: Path, encoding: str | None = None) -> Iterator[dict[str, Any]]:
    for file, rid in files(p, (".txt",)):
        try:
            data = file.read_bytes()
        except OSError as exc:
            yield error_item(rid, f"{file}: cannot be read ({exc.strerror or exc})")
            continue
        yield text_item(rid, data, str(file), encoding)


def text_item(rid: str, data: bytes, where: str, encoding: str | None = None) -> dict[str, Any]:
    """One article from the bytes of a text file: decoded, or an error item for binary data."""
    try:
        text, note = decode_bytes(data, encoding)
    except BinaryInputError as exc:
        return error_item(rid, f"{where}: {exc}")
    item: dict[str, Any] = {"id": rid, "text": text, "title": None, "published": None, "url": None}
    warns = [f"input {note}"] if note else []
    if "\ufffd" in text:
        warns.append("the text holds U+FFFD replacement characters: bytes of the input that could not be "
                     "decoded (wrong encoding? give it with --encoding)")
    if warns:
        item["_warnings"] = warns
    return item


def _read_html(p: Path, trafilatura: Any) -> Iterator[dict[str, Any]]:
    for file, rid in files(p, (".html", ".htm")):
        try:
            data = file.read_bytes()
        except OSError as exc:
            yield error_item(rid, f"{file}: cannot be read ({exc.strerror or exc})")
            continue
        yield html_item(rid, data, trafilatura, str(file))


def html_item(rid: str, data: bytes, trafilatura: Any, where: str) -> dict[str, Any]:
    """One article from a saved HTML page: trafilatura's main text, title, date and canonical URL."""
    try:
        out = trafilatura.extract(data, output_format="json", with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - one broken page never stops the stream
        return error_item(rid, f"{where}: HTML extraction failed ({type(exc).__name__}: {exc})")
    meta = json.loads(out) if out else {}
    text = drop_see_also(meta.get("text") or "")
    if not text.strip():
        return error_item(rid, f"{where}: no main text found in the page")
    date = meta.get("date")
    return {
        "id": rid,
        "text": text,
        "title": meta.get("title") or None,
        "published": date if isinstance(date, str) and regex.match(r"\d{4}-\d\d-\d\d", date) else None,
        "url": meta.get("source") or None,
    }


_html_item = html_item


def drop_see_also(text: str) -> str:
    """`text` without its "Baca juga: ..." / "Simak juga" / "Berita terkait" link lines."""
    return "\n".join(line for line in text.split("\n") if not (len(line) < 300 and _SEE_ALSO.match(line)))


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes of a file are an HTML page (a doctype or an <html> tag near the start)."""
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


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
