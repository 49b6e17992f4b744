"""`batch`: an archive file in, one record per article out, resumably.

    >>> batch("archive.csv", "records.jsonl", workers=2)   # rerun to finish a crashed run

Resuming works by id: every item that `read_items` yields has one, and items whose id is already
in the output are skipped. Ids that are made up from a file name and line (`articles.jsonl:7`)
change when the input file is renamed or edited above that line; give articles their own ids
when that matters. An id that repeats in the input is disambiguated (`x`, `x#2`, `x#3`, in input
order, so reruns agree) and the record says so. One writer per output at a time. The output `-`
is standard output (JSONL, nothing skipped: there is nothing to resume from).
"""
from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from polsek_nlp.archive.child import Background
from polsek_nlp.archive.columns import ArchiveWarning
from polsek_nlp.archive.items import Options
from polsek_nlp.archive.published import ORDERS
from polsek_nlp.archive.readers import _pyarrow, files, input_format, read_items, walk
from polsek_nlp.archive.survey import ArchiveProfile, survey
from polsek_nlp.archive.writers import (
    PART_SECONDS,
    PART_SIZE,
    RecordWriter,
    done_ids,
    drop_errors,
    is_stdout,
    json_line,
)
from polsek_nlp.archive.writers import output_format as _output_format

__all__ = ["batch"]


def _count_items(p: Path, fmt: str) -> int | None:
    """How many items the input holds, when that is cheap to know (for a progress bar)."""
    try:
        if fmt == "jsonl" and not p.name.lower().endswith(".gz"):
            with open(p, "rb") as f:
                return sum(1 for line in f if line.strip())
        if fmt == "parquet":
            pq = _pyarrow().parquet
            paths = [p] if p.is_file() else list(walk(p, (".parquet",)))
            return sum(pq.read_metadata(f).num_rows for f in paths)
        if fmt in ("txt", "html"):
            return sum(1 for _ in files(p, (".txt",) if fmt == "txt" else (".html", ".htm")))
    except (OSError, ValueError):
        return None
    return None


def batch(input, output, *, workers: int = 1, text_field: str | None = None, id_field: str | None = None,
          title_field: str | None = None, published_field: str | None = None, url_field: str | None = None,
          progress: bool | None = None, batch_size: int = 32, format: str | None = None,
          output_format: str | None = None, encoding: str | None = None, date_order: str | None = None,
          learn_furniture: bool = True, retry_errors: bool = False, part_size: int = PART_SIZE,
          part_seconds: float = PART_SECONDS, own_process: bool = False) -> dict[str, Any]:
    """Analyse an archive into an output, resumably; return a summary of counts.

    Reads `input` with `read_items` (`format`, `encoding` and the `*_field` options as there:
    columns not named are recognised by their names), surveys it once (the day/month order of
    its publication times, unless `date_order` gives it; the lines that repeat across its
    articles, blanked out as site furniture unless `learn_furniture=False`), skips items whose id
    is already in `output` (so rerunning after a crash finishes the job without duplicates),
    analyses the rest with `analyze_many(n_process=workers, batch_size=...)` and appends every
    result, errors included, in input order, to `output`: a JSONL file (`.jsonl`, `.ndjson`) or a
    Parquet part folder (`.parquet`; `part_size` records or `part_seconds` seconds per part, the
    most a `kill -9` can lose); `output_format` overrides the name, any other name raises.
    `retry_errors`: the error records already in the output are removed first, so that their
    articles are analysed again (their new records come after the others). Memory stays
    constant whatever the input size (apart from the sets of ids). `progress`: a progress bar
    on stderr; None means when stderr is a terminal. `own_process`: this process is the batch
    program's own (`polsek-nlp batch`): what the run starts with is frozen while it goes on
    (`pool.warmed(hold=True)`).

    Returns `{"read", "skipped_done", "written", "errors", "retried", "renamed_ids", "seconds"}`:
    items read, items skipped because already in the output, records written, of which errors,
    error records removed for a retry, repeated ids renamed, and wall time. Input that cannot be
    opened raises (FileNotFoundError, ValueError, ImportError) before the output is touched.
    """
    from polsek_nlp.archive.pool import forks, processes, run_items, warmed

    workers = processes(workers)  # a bad count raises before the output is touched
    t0 = time.monotonic()
    inp, out = Path(input), Path(output)
    if date_order is not None and date_order not in ORDERS:
        raise ValueError(f"date_order must be DMY or MDY, not {date_order!r}")
    if format is None and inp.exists():
        format = input_format(inp)  # once: a folder is walked to tell its format
    opts = {"text_field": text_field, "id_field": id_field, "title_field": title_field,
            "published_field": published_field, "url_field": url_field, "format": format, "encoding": encoding}
    items = read_items(inp, **opts)
    out_fmt = _output_format(out, output_format)
    first = next(items, None)  # the input's own errors surface before the output is touched
    # forked workers share a start the parent builds first (~0.4 s): the survey, the parent's own
    # work, runs meanwhile in a child process on the other core
    surveyed = Background(_survey, inp, opts, format, date_order, learn_furniture, fork=forks(workers))
    try:
        with warmed(workers, hold=own_process):
            profile = _profile(surveyed.result(), inp)
            if retry_errors and is_stdout(out):
                raise ValueError("--retry-errors needs an output file to take the error records from, not -")
            retried = drop_errors(out) if retry_errors else 0
            done = done_ids(out) if out_fmt == "jsonl" or out.exists() else set()
            ids = _Ids(done)
            if progress is None:
                progress = sys.stderr.isatty()
            # how many items there are (the survey counted them): the pool makes its last chunks small
            n = profile.surveyed or None
            if n is None and progress:
                n = _count_items(inp, str(format).lower().lstrip("."))
            total = None if n is None else max(0, n - len(done))
            # JSONL: the workers hand back each record as its JSON line (see `Options.then`)
            opts = Options(date_order=profile.date_order, furniture=frozenset(profile.furniture),
                           then=json_line if out_fmt == "jsonl" else None)
            results = run_items(ids.todo(_chain(first, items)), opts, n_process=workers, batch_size=batch_size,
                                progress=progress, total=total)
            with RecordWriter(out, append=True, format=out_fmt, part_size=part_size,
                              part_seconds=part_seconds) as writer:
                written, errors = _write(writer, results, lines=opts.then is not None)
    finally:
        surveyed.cancel()  # the start failed or was interrupted before the answer was read: no child left
    if ids.renamed:
        warnings.warn(f"{inp.name}: {ids.renamed} repeated id(s) renamed (x -> x#2 ...); "
                      "their records say so", ArchiveWarning, stacklevel=2)
    return {"read": ids.read, "skipped_done": ids.skipped, "written": written,
            "errors": errors, "retried": retried, "renamed_ids": ids.renamed,
            "seconds": round(time.monotonic() - t0, 3)}


def _write(writer: RecordWriter, results: Iterator[Any], *, lines: bool) -> tuple[int, int]:
    """Every result into `writer`: records, or (JSON line, failed) pairs; (written, errors)."""
    written = errors = 0
    for result in results:
        if lines:
            line, failed = result
            writer.write_line(line)
        else:
            writer.write(result)
            failed = result.error is not None
        written += 1
        errors += failed
    return written, errors


def _survey(inp: Path, opts: dict[str, Any], format: str | None, date_order: str | None,
            learn_furniture: bool) -> ArchiveProfile:
    """The archive's day/month order and repeated lines, from one pass over it (saved pages have
    ISO dates and no furniture left: no second pass through trafilatura)."""
    if str(format).lower().lstrip(".") == "html":
        return ArchiveProfile(date_order=date_order)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArchiveWarning)  # said once already, by the first reading
        return survey(read_items(inp, **opts), date_order=date_order, furniture=learn_furniture)


def _profile(profile: ArchiveProfile, inp: Path) -> ArchiveProfile:
    """`profile`, its notes said (as warnings)."""
    for note in profile.notes():
        warnings.warn(f"{inp.name}: {note}", ArchiveWarning, stacklevel=3)
    return profile


class _Ids:
    """The items still to analyse: those whose id is not in the output yet; a repeated id is
    renamed, loudly, the same way on every run (x, x#2, x#3 ...)."""

    def __init__(self, done: set[str]) -> None:
        self.done = done
        self.seen: dict[str, int] = {}
        self.read = self.skipped = self.renamed = 0

    def todo(self, items: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for item in items:
            self.read += 1
            item = self._unique(item)
            if item["id"] in self.done:
                self.skipped += 1
                continue
            yield item

    def _unique(self, item: dict[str, Any]) -> dict[str, Any]:
        rid = item["id"]
        n = self.seen.get(rid, 0) + 1
        self.seen[rid] = n
        if n == 1:
            return item
        new = f"{rid}#{n}"
        while new in self.seen:
            n += 1
            new = f"{rid}#{n}"
        self.seen[new] = 1
        self.renamed += 1
        item = dict(item)
        item["id"] = new
        item["_warnings"] = [*(item.get("_warnings") or ()), f"id {rid!r} repeats in the input: this record's id is {new!r}"]
        return item


def _chain(first, rest):
    if first is not None:
        yield first
    yield from rest
