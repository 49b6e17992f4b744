"""`analyze_many`: many articles in, as many results out, in order; failures become error results."""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from polsek_nlp.archive.items import Item, Options, frame_items
from polsek_nlp.archive.published import ORDERS, is_missing, read_published
from polsek_nlp.record.types import Event, EventRecord

_DEFAULTS = Options()


def _get(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def _fields(item: Item, opts: Options) -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": item}
    if not isinstance(item, Mapping) and not hasattr(item, opts.text):
        raise TypeError(f"an item must be a str, a mapping or an object with .{opts.text}, "
                        f"not {type(item).__name__}")
    out = {"text": _get(item, opts.text)}
    for k in ("id", "title", "published", "url"):
        v = _get(item, getattr(opts, k))
        out[k] = None if is_missing(v) else v
    if isinstance(out["text"], float) and out["text"] != out["text"]:
        out["text"] = None
    if isinstance(item, Mapping):
        out["_error"] = item.get("_error")
        out["_warnings"] = item.get("_warnings")
    return out


def _one(item: Item, opts: Options = _DEFAULTS) -> EventRecord:
    from polsek_nlp.api import analyze

    rid = None
    try:
        f = _fields(item, opts)
        rid = None if f.get("id") is None else str(f["id"])
        if f.get("_error"):
            return EventRecord(id=rid, event=Event(type=None), error=f"InputError: {f['_error']}")
        if f["text"] is None:
            return EventRecord(id=rid, event=Event(type=None),
                               error=f"TypeError: no text (the {opts.text!r} field is missing, null or NaN)")
        published, note = read_published(f.get("published"), opts.date_order)  # unreadable: ValueError
        title, url = f.get("title"), f.get("url")
        rec = analyze(f["text"], published=published, title=title, url=url, id=rid,
                      furniture=opts.furniture)
        extra = list(f.get("_warnings") or ())
        if note:
            extra.append(note)
        if extra:
            rec.warnings = extra + rec.warnings
        return rec
    except Exception as exc:  # noqa: BLE001 - batch processing never loses an input
        return EventRecord(id=rid, event=Event(type=None), error=f"{type(exc).__name__}: {exc}")


def _result(rec: EventRecord, opts: Options) -> Any:
    """What the stream yields for `rec`: the record, or `opts.then(rec)`."""
    return rec if opts.then is None else opts.then(rec)


def _chunk_worker(args: tuple[list[Item], Options]) -> list[Any]:
    items, opts = args
    return [_result(_one(it, opts), opts) for it in items]


def _init_worker(parent: int | None = None) -> None:
    import gc

    if parent is not None:
        die_with_parent(parent)
    warm()  # a forked worker finds it done
    # The worker is our process: what it holds now (spaCy, the pipeline, the tables; for a forked
    # worker, the parent's whole heap) lives as long as it does, so the collector is told to
    # leave it alone. Its collections then walk only what articles allocate, and a forked worker
    # no longer writes into the pages it shares with its parent when they run.
    gc.freeze()


# What every process analyses before its first article (the pipeline, the tables, the gazetteer).
_WARM_UP = "Kapolres Purwakarta AKBP Rendra Wicaksana memimpin rapat di Purwakarta, Senin (19/8/2024)."
# What the parent of forked workers analyses once more before forking: an article with a fact of
# every kind (a header line with a number but no date, casualties, an arrest, money, a law,
# evidence, a quote, a word of mojibake), so that what the recognizers build on first use
# (dateparser's languages, ~0.15 s; the casualty, law and evidence patterns; ftfy; the stemmer's
# dictionary) is built once, before the fork, instead of once in every worker.
_WARM_UP_ARTICLE = (
    "Kabar Kota - 2 pekan terakhir\n\n"
    "Dua orang tewas dan tiga warga luka-luka dalam kecelakaan di Jalan Raya Bogor, Kecamatan Cibinong, "
    "Kabupaten Bogor, Jawa Barat, Senin (19/8/2024) sekitar pukul 14.30 WIB. Polisi menangkap seorang pria "
    "berinisial AS (35), warga Desa Sukamaju, yang diduga mencuri sepeda motor senilai Rp 15 juta.\n\n"
    "\"Pelaku kami jerat dengan Pasal 363 KUHP tentang pencurian dengan pemberatan, ancaman hukuman tujuh "
    "tahun penjara,\" kata Kapolres Bogor AKBP Rendra Wicaksana kepada wartawan, Selasa (20/8/2024).\n\n"
    "Barang bukti yang disita berupa satu unit sepeda motor, dua buah telepon genggam dan uang tunai Rp 2,5 "
    "juta. Menurut Jos\u00c3\u00a9 Santos, saksi mata, korban yang meninggal dunia adalah pengendara sepeda motor."
)


_warmed: set[str] = set()  # what `warm` has built in this process (a forked worker inherits it)


def warm(*, for_workers: bool = False) -> None:
    """Build what `analyze` uses (its private pipeline, the tables, the gazetteer with its villages,
    the stemmer's dictionary) before the first article. The pool's parent does it once before
    forking its workers, which then share it instead of each building it (~0.4 s of CPU a worker);
    `for_workers`: also what articles build on first use, which every worker of a long run would
    otherwise build for itself (~0.25 s of CPU a worker: see `_WARM_UP_ARTICLE`), and then every
    pattern and word list the components build lazily (`pipeline.build_lazy`: ~0.15 s of CPU a
    worker, over its first articles). Done once per process: a forked worker finds it done."""
    from polsek_nlp.api import analyze
    from polsek_nlp.knowledge.gazetteer import gazetteer
    from polsek_nlp.pipeline import build_lazy

    if "pipeline" not in _warmed:
        analyze(_WARM_UP)
        gazetteer().villages()
        _warmed.add("pipeline")
    if for_workers and "first use" not in _warmed:
        analyze(_WARM_UP_ARTICLE)
        build_lazy()
        _warmed.add("first use")


def forks(n_process: int) -> bool:
    """Whether a pool of `n_process` workers forks them from this process (they then share what
    it has warmed): more than one worker, on a platform with fork."""
    import multiprocessing as mp

    return n_process > 1 and "fork" in mp.get_all_start_methods()


@contextmanager
def warmed(n_process: int, *, hold: bool = False) -> Iterator[None]:
    """A run of `n_process` workers, its start built on entering: when the pool forks its workers,
    what they share (`warm(for_workers=True)`, which the pool would do before forking anyway).
    `hold`: the process is the batch program's own (`polsek-nlp batch`): the start is built also
    for one worker, with the collector paused, and kept frozen while the run goes on (`gc.freeze`,
    as the workers do), so that full collections walk what the articles allocate, not spaCy and
    the tables; pausing spares the collections that would walk the start while it is built, only
    to freeze it next (the start 0.50 -> 0.40 s of CPU). The collector is as it was afterwards;
    nothing is frozen when the caller froze objects of its own."""
    import gc

    forking = forks(n_process)
    if not hold or gc.get_freeze_count():
        if forking:
            warm(for_workers=True)
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        warm(for_workers=forking)
        gc.freeze()
    finally:
        if enabled:
            gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()


def die_with_parent(parent: int, poll: float = 0.5) -> None:
    """Make this (worker) process end when process `parent` ends, however it ends (`kill -9` too).

    Linux: the kernel sends SIGKILL when the parent dies (`prctl(PR_SET_PDEATHSIG)`). Everywhere:
    a daemon thread that checks every `poll` seconds whether the process was orphaned (its parent
    is no longer `parent`), which also covers the thread subtleties of PDEATHSIG.
    """
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):  # pragma: no cover - no libc prctl: the watcher alone
            pass
    if os.getppid() != parent:  # the parent died before we could ask
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="polsek-parent-watch", daemon=True).start()


def analyze_many(items: Iterable[Item], *, n_process: int = 1, batch_size: int = 32, progress: bool = False,
                 text_field: str | None = None, id_field: str | None = None, title_field: str | None = None,
                 published_field: str | None = None, url_field: str | None = None,
                 date_order: str | None = None, furniture: Iterable[str] | None = None,
                 total: int | None = None) -> Iterator[EventRecord]:
    """Analyse a stream of articles lazily: one `EventRecord` per input, in input order.

    Items are strings or mappings/objects with `text` and optional `id`, `title`, `published`,
    `url` (the `*_field` options rename them). A pandas DataFrame is taken row by row, its
    columns mapped as `analyze_frame` maps them (named by the options, else recognised by their
    names). A failed item yields a record whose `error` is set; the stream goes on. Missing
    values (None, NaN, NaT) mean "not given".

    `published` values may be ISO strings, numeric dates (`21/10/2025`, `10/21/2025 20:43`), dates
    with month names (`Selasa, 21 Okt 2025 20:43 WIB`), epoch seconds or datetimes (see
    `polsek_nlp.archive.published`). `date_order` (`DMY` or `MDY`) reads the ambiguous numeric
    ones (`10/5/2025`); without it they are read day first with a warning on the record (a data
    frame decides the order from its own unambiguous values). `furniture`: normalised lines to
    blank out as site furniture (see `polsek_nlp.archive.survey.learn_furniture`).

    `n_process` worker processes (each loads the pipeline once; -1: one per free core, see
    `free_cores`) share the work in chunks of at most `batch_size` (smaller at the end when the
    number of items is known: `total`, else `len(items)`); memory stays constant over any
    length of input. Workers end with the process
    that started them, however it ends.
    """
    n_process = processes(n_process)
    if date_order is not None and date_order not in ORDERS:
        raise ValueError(f"date_order must be 'DMY' or 'MDY', not {date_order!r}")
    given = {"text": text_field, "id": id_field, "title": title_field, "published": published_field,
             "url": url_field}
    if _is_frame(items):
        total = len(items) if total is None else total
        items, opts = frame_items(items, given, date_order=date_order, furniture=furniture)
    else:
        opts = Options(**{k: v for k, v in given.items() if v is not None}, date_order=date_order,
                       furniture=frozenset(furniture or ()))
    return run_items(items, opts, n_process=n_process, batch_size=batch_size, progress=progress,
                     total=total if total is not None else _len(items))


def processes(n_process: int) -> int:
    """A worker count as given (a positive int), or -1 made one per free core (`free_cores`)."""
    if not isinstance(n_process, int) or n_process < 1:
        if n_process == -1:
            return free_cores()
        raise ValueError(f"n_process must be a positive int or -1, not {n_process!r}")
    return n_process


def free_cores() -> int:
    """The cores free for this process's workers: those it may run on (`os.sched_getaffinity`,
    else `os.cpu_count`) times the share of the machine's cores that other processes leave idle
    (1 - the 1-minute load average / `os.cpu_count`; the load average counts the whole machine,
    also when this process may use only some of its cores), rounded, at least 1. On a machine
    shared with other jobs, a worker beyond the free cores only makes the others wait (two
    workers were slower than one when another job held part of one of two cores). Read once,
    when a run starts."""
    machine = os.cpu_count() or 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cores = machine
    try:
        busy = min(1.0, os.getloadavg()[0] / machine)
    except (AttributeError, OSError):  # Windows
        busy = 0.0
    return max(1, round(cores * (1.0 - busy)))


def run_items(items: Iterable[Item], opts: Options, *, n_process: int, batch_size: int = 32,
              progress: bool = False, total: int | None = None) -> Iterator[Any]:
    """`analyze_many`'s stream for items already read into `opts` (`batch` calls it with the
    writer's `then`): one result per item, in input order. `total`, how many items there are
    when known: the progress bar's end, and the pool's last chunks are made smaller (`_chunks`)."""
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    results = _run(items, processes(n_process), batch_size, opts, total)
    if progress:
        results = _with_progress(results, total)
    return results


def _is_frame(items: Any) -> bool:
    return type(items).__name__ == "DataFrame" and hasattr(items, "columns") and hasattr(items, "iloc")


def _len(items) -> int | None:
    try:
        return len(items)
    except TypeError:
        return None


def _with_progress(results: Iterator[Any], total: int | None) -> Iterator[Any]:
    try:
        from tqdm.auto import tqdm
    except ImportError:  # tqdm is optional: no bar, same results
        yield from results
        return
    # a record counts once its consumer asks for the next (it has written this one): a bar that read
    # `3/400` before the third record was written could be interrupted with two records kept
    with tqdm(total=total, unit="article") as bar:
        for r in results:
            yield r
            bar.update(1)


def _run(items: Iterable[Item], n_process: int, batch_size: int, opts: Options,
         total: int | None = None) -> Iterator[Any]:
    if n_process == 1:
        for item in items:
            yield _result(_one(item, opts), opts)
        return
    yield from _run_pool(_chunks(items, batch_size, n_process, total), n_process, opts)


def _chunks(items: Iterable[Item], batch_size: int, n_process: int, total: int | None) -> Iterator[list[Item]]:
    """The items in chunks for the workers, `batch_size` each; when `total` says how many items
    there are, no chunk holds more than the items left over twice the workers (guided
    self-scheduling), so that the last chunks are small and the workers finish together, instead
    of one idling while another analyses a whole last chunk (~0.1-0.3 s of wall time with 2
    workers and 32 articles a chunk). A `total` that proves too small only ends the tapering."""
    it = iter(items)
    left = total
    while True:
        size = batch_size
        if left is not None and left > 0:
            size = max(1, min(batch_size, -(-left // (2 * n_process))))
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


def _run_pool(chunks: Iterator[list[Item]], n_process: int, opts: Options) -> Iterator[Any]:
    """Chunks go to worker processes, at most two per worker ahead of the consumer, and come back
    in input order. A worker that dies (killed, out of memory) breaks the pool: the chunks that
    were in flight are rerun one at a time on fresh pools, and the one that kills its worker
    again comes back as error records, so that no input is ever lost and the stream never hangs.
    A chunk that cannot be sent to a worker or back (an item or a result that does not pickle)
    is analysed in this process. Workers watch this process and end when it ends
    (`die_with_parent`)."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    workers = _Workers(n_process)
    pending: deque = deque()  # (chunk, future)
    try:
        while True:
            while len(pending) < 2 * n_process and (chunk := next(chunks, None)) is not None:
                pending.append((chunk, workers.submit(chunk, opts)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                suspects = [chunk] + [c for c, _ in pending]
                pending.clear()
                yield from workers.rerun_alone(suspects, opts)
            except Exception:  # noqa: BLE001 - the chunk could not travel to its worker or back
                # (an item or a result that does not pickle; `_chunk_worker` itself never raises
                # but for `then`): analysed here, as one process would, so that no input is lost
                yield from _chunk_worker((chunk, opts))
    finally:
        workers.shutdown()


class _Workers:
    """The pool's worker processes (a `ProcessPoolExecutor`), forked when the platform has fork
    (from this process, warmed first: they share what it built), made anew when one dies."""

    def __init__(self, n_process: int) -> None:
        import multiprocessing as mp

        self.ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        if self.ctx.get_start_method() == "fork":
            warm(for_workers=True)  # once here, shared by the forked workers (copy-on-write)
        self.n_process, self.parent = n_process, os.getpid()
        self.pool = self._new()

    def _new(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.n_process, mp_context=self.ctx, initializer=_init_worker,
                                   initargs=(self.parent,))

    def submit(self, chunk: list[Item], opts: Options) -> Any:
        """The chunk's future. A pool that a dying worker broke since the last result refuses new
        work at once (`BrokenProcessPool` from `submit`, not from the future): the chunk then gets a
        future that holds that error, so that it is rerun with the chunks in flight like them."""
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(_chunk_worker, (chunk, opts))
        except BrokenProcessPool as exc:
            refused: Future = Future()
            refused.set_exception(exc)
            return refused

    def renew(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def rerun_alone(self, suspects: list[list[Item]], opts: Options) -> Iterator[Any]:
        """A worker died: the chunks that were in flight, one at a time on fresh pools, so that
        only the chunk that kills its worker comes back as error records."""
        from concurrent.futures.process import BrokenProcessPool

        for suspect in suspects:
            self.renew()
            try:
                yield from self.submit(suspect, opts).result()
            except BrokenProcessPool as exc:
                yield from (_result(_failed(item, opts, exc), opts) for item in suspect)
        self.renew()

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def _failed(item: Item, opts: Options, exc: BaseException) -> EventRecord:
    try:
        rid = _fields(item, opts).get("id")
    except TypeError:
        rid = None
    return EventRecord(id=None if rid is None else str(rid), event=Event(type=None),
                       error=f"WorkerError: the worker process analysing this item died ({exc})")
