"""`analyze_many`: many articles in, as many results out, in order; failures become error results."""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from polsek_nlp.record.types import Event, EventRecord

Item = Any  # str, or a mapping / object with `text` and optional `id`, `title`, `published`, `url`
_FIELDS = ("id", "title", "published", "url")


def _fields(item: Item, text_field: str = "text", id_field: str = "id") -> dict[str, Any]:
    if isinstance(item, str):
        return {"text": item}
    if isinstance(item, Mapping):
        out = {"text": item.get(text_field)}
        out["id"] = item.get(id_field)
        for k in ("title", "published", "url"):
            out[k] = item.get(k)
        return out
    if hasattr(item, text_field):
        out = {"text": getattr(item, text_field), "id": getattr(item, id_field, None)}
        for k in ("title", "published", "url"):
            out[k] = getattr(item, k, None)
        return out
    raise TypeError(f"an item must be a str, a mapping or an object with .{text_field}, not {type(item).__name__}")


def _one(item: Item, text_field: str = "text", id_field: str = "id") -> EventRecord:
    from polsek_nlp.api import analyze

    rid = None
    try:
        f = _fields(item, text_field, id_field)
        rid = None if f.get("id") is None else str(f["id"])
        return analyze(f["text"], published=f.get("published") or None, title=f.get("title"), url=f.get("url"),
                       id=rid)
    except Exception as exc:  # noqa: BLE001 - batch processing never loses an input
        return EventRecord(id=rid, event=Event(type=None), error=f"{type(exc).__name__}: {exc}")


def _chunk_worker(args: tuple[list[Item], str, str]) -> list[EventRecord]:
    items, text_field, id_field = args
    return [_one(it, text_field, id_field) for it in items]


def _init_worker() -> None:
    from polsek_nlp.api import analyze

    # build what `analyze` uses (its private pipeline, the tables, the gazetteer, the stemmer) once
    # per worker, before the first task arrives; a forked worker finds most of it already built
    analyze("Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin rapat di Purwakarta, Senin (19/8/2024).")


def analyze_many(items: Iterable[Item], *, n_process: int = 1, batch_size: int = 32, progress: bool = False,
                 text_field: str = "text", id_field: str = "id", total: int | None = None) -> Iterator[EventRecord]:
    """Analyse a stream of articles lazily: one `EventRecord` per input, in input order.

    Items are strings or mappings/objects with `text` and optional `id`, `title`, `published`,
    `url`. A failed item yields a record whose `error` is set; the stream goes on.
    `n_process` worker processes (each loads the pipeline once) share the work in chunks of
    `batch_size`; memory stays constant over any length of input.
    """
    if not isinstance(n_process, int) or n_process < 1:
        if n_process == -1:
            n_process = os.cpu_count() or 1
        else:
            raise ValueError(f"n_process must be a positive int or -1, not {n_process!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    results = _run(items, n_process, batch_size, text_field, id_field)
    if progress:
        results = _with_progress(results, total if total is not None else _len(items))
    return results


def _len(items) -> int | None:
    try:
        return len(items)
    except TypeError:
        return None


def _with_progress(results: Iterator[EventRecord], total: int | None) -> Iterator[EventRecord]:
    try:
        from tqdm.auto import tqdm
    except ImportError:  # tqdm is optional: no bar, same results
        yield from results
        return
    with tqdm(total=total, unit="article") as bar:
        for r in results:
            bar.update(1)
            yield r


def _run(items: Iterable[Item], n_process: int, batch_size: int, text_field: str,
         id_field: str) -> Iterator[EventRecord]:
    if n_process == 1:
        for item in items:
            yield _one(item, text_field, id_field)
        return
    yield from _run_pool(items, n_process, batch_size, text_field, id_field)


def _run_pool(items: Iterable[Item], n_process: int, batch_size: int, text_field: str,
              id_field: str) -> Iterator[EventRecord]:
    """Chunks go to worker processes, at most two per worker ahead of the consumer, and come back
    in input order. A worker that dies (killed, out of memory) breaks the pool: the chunks that
    were in flight are rerun one at a time on fresh pools, and the one that kills its worker
    again comes back as error records, so that no input is ever lost and the stream never hangs."""
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    it = iter(items)
    chunks = iter(lambda: list(itertools.islice(it, batch_size)), [])
    ahead = 2 * n_process

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker)

    pool = new_pool()
    pending: deque = deque()  # (chunk, future)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < ahead:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_chunk_worker, (chunk, text_field, id_field))))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                # a worker died: run the chunks that were in flight one at a time on fresh pools,
                # so that only the chunk that kills its worker comes back as error records
                suspects = [chunk] + [c for c, _ in pending]
                pending.clear()
                for suspect in suspects:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    try:
                        yield from pool.submit(_chunk_worker, (suspect, text_field, id_field)).result()
                    except BrokenProcessPool as exc:
                        yield from (_failed(item, text_field, id_field, exc) for item in suspect)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _failed(item: Item, text_field: str, id_field: str, exc: BaseException) -> EventRecord:
    try:
        rid = _fields(item, text_field, id_field).get("id")
    except TypeError:
        rid = None
    return EventRecord(id=None if rid is None else str(rid), event=Event(type=None),
                       error=f"WorkerError: the worker process analysing this item died ({exc})")
