#!/usr/bin/env python3
"""The timeline of a whole `polsek-nlp batch` run, and of the tokenizer floor, from command start.

    python benchmarks/timeline.py [--n 1000] [--skip 400] [--workers 2] [--runs 3] [--no-floor] [--show]

Runs `polsek-nlp batch` over the same unseen articles as `endtoend.py`, in a process that
wraps the batch path's own functions with time stamps (seconds from the moment the driver
starts the process; each wrapper adds ~0.1 ms to what it wraps):
  parent   cli imported, the start (`pool.warm`), the writer's first and last result, the
           writer closed, `main` returned, the exit handlers (between `main` returning and the
           first handler: the threads joined at exit, i.e. the pool waiting for its workers to
           end), process gone (the interpreter's teardown after the last handler)
  workers  each chunk's start and end, its size, the worker's CPU time and page faults after it
and, with the floor (default), the `endtoend.py` floor processes stamped the same way (spaCy
imported, tokenizer made, texts done, process gone). Prints each run's timeline (`--show`:
each worker's chunks too) and, over the runs, the minimum and median of each segment.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from endtoend import ARCHIVE  # noqa: E402

FLOOR = r"""
import json, os, sys, time
t0 = float(os.environ["TIMELINE_T0"])
stamps = {"python up": time.time() - t0}
import spacy
stamps["spacy imported"] = time.time() - t0
path, k, w, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
tok = spacy.blank("id").tokenizer
stamps["tokenizer made"] = time.time() - t0
for i, line in enumerate(open(path, encoding="utf-8")):
    if i % w == k:
        tok(json.loads(line)["text"])
stamps["texts done"] = time.time() - t0
json.dump(stamps, open(out, "w"))
"""


# -- the instrumented batch process (`--child`)

def _child(src: str, out: str, workers: str, stamps_dir: str) -> int:
    """`polsek-nlp batch SRC -o OUT --workers W` with the batch path's functions wrapped."""
    import atexit
    import resource

    t0 = float(os.environ["TIMELINE_T0"])
    parent: list[tuple[float, str, float]] = []

    def stamp(what: str) -> None:
        ru = resource.getrusage(resource.RUSAGE_SELF)
        parent.append((time.time() - t0, what, ru.ru_utime + ru.ru_stime))

    def dump() -> None:  # registered first: the last exit handler to run
        stamp("last exit handler")
        Path(stamps_dir, "parent.json").write_text(json.dumps(parent))

    atexit.register(dump)
    stamp("python up")
    import polsek_nlp.cli as cli
    from polsek_nlp.archive import pool, runner, writers

    stamp("cli imported")
    _wrap_parent(pool, runner, writers, stamp)
    _wrap_workers(pool, t0, stamps_dir)
    try:
        sys.argv = ["polsek-nlp", "batch", src, "-o", out, "--workers", workers]
        code = cli.main()  # as the program (`polsek-nlp batch`): its own ending, as in `endtoend.py`
    finally:
        stamp("main returned")
        atexit.register(lambda: stamp("first exit handler"))
    return code


def _wrap_parent(pool, runner, writers, stamp) -> None:
    warm, write, close = pool.warm, runner._write, writers.RecordWriter.close

    def timed_warm(*, for_workers: bool = False) -> None:
        stamp(f"warm start ({'for workers' if for_workers else 'pipeline'})")
        warm(for_workers=for_workers)
        stamp("warm end")

    def timed_write(writer, results, *, lines):
        def each():
            for i, r in enumerate(results):
                if i == 0:
                    stamp("first result")
                yield r
            stamp("last result")
        return write(writer, each(), lines=lines)

    def timed_close(self) -> None:
        close(self)
        stamp("writer closed")

    pool.warm, runner._write, writers.RecordWriter.close = timed_warm, timed_write, timed_close


_WORKERS: dict = {}  # what the wrapped chunk worker needs: the original, T0, the stamps' folder


def _timed_chunk(args):
    """`pool._chunk_worker`, stamped (module level: the pool pickles it by name)."""
    import pickle
    import resource

    start = time.time() - _WORKERS["t0"]
    result = _WORKERS["chunk_worker"](args)
    end = time.time() - _WORKERS["t0"]
    ru = resource.getrusage(resource.RUSAGE_SELF)
    row = [start, end, len(args[0]), len(pickle.dumps(result)), ru.ru_utime + ru.ru_stime, ru.ru_minflt]
    with open(Path(_WORKERS["dir"], f"worker-{os.getpid()}.jsonl"), "a") as f:
        f.write(json.dumps(row) + "\n")
    return result


def _wrap_workers(pool, t0: float, stamps_dir: str) -> None:
    _WORKERS.update(chunk_worker=pool._chunk_worker, t0=t0, dir=stamps_dir)
    pool._chunk_worker = _timed_chunk  # the forked workers find the wrapper under the same name


# -- the driver

def _run(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.time()
    env["TIMELINE_T0"] = repr(t0)
    if subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode:
        raise SystemExit(f"failed: {cmd}")
    return time.time() - t0


def _batch_run(src: Path, workers: int) -> dict[str, float]:
    """One instrumented batch run: its segments (seconds)."""
    d = Path(tempfile.mkdtemp(prefix="polsek-timeline-"))
    gone = _run([sys.executable, __file__, "--child", str(src), str(d / "out.jsonl"), str(workers), str(d)],
                dict(os.environ))
    p = {what: (t, cpu) for t, what, cpu in reversed(json.loads((d / "parent.json").read_text()))}
    ws = [[json.loads(line) for line in f.open()] for f in sorted(d.glob("worker-*.jsonl"))]
    shutil.rmtree(d, ignore_errors=True)
    first = min(w[0][0] for w in ws)
    ends = [w[-1][1] for w in ws]
    seg = {"import (cli imported)": p["cli imported"][0],
           "the start (warm)": p["warm end"][0] - p["cli imported"][0],
           "fork -> first chunk": first - p["warm end"][0],
           "workers' span (first chunk -> last chunk end, longest)": max(ends) - first,
           "workers' gaps between chunks (each, mean)": statistics.mean(
               sum(b[0] - a[1] for a, b in zip(w, w[1:], strict=False)) for w in ws),
           "tail: one worker done, the other working": max(ends) - min(ends),
           "last chunk end -> last result written": p["last result"][0] - max(ends),
           "last result -> main returned": p["main returned"][0] - p["last result"][0],
           "exit: threads joined (pool waits for its workers)": p["first exit handler"][0] - p["main returned"][0],
           "exit: last handler -> process gone": gone - p["last exit handler"][0],
           "command start -> process gone": gone,
           "parent CPU after the start": p["last exit handler"][1] - p["warm end"][1]}
    for k, w in enumerate(ws):
        n_first, cpu_first = w[0][2], w[0][4]
        seg[f"worker {k + 1}: chunks"] = len(w)
        seg[f"worker {k + 1}: CPU, ms/article first chunk | rest"] = (
            1000 * cpu_first / n_first, 1000 * (w[-1][4] - cpu_first) / sum(r[2] for r in w[1:]))
        seg[f"worker {k + 1}: page faults"] = w[-1][5]
        seg[f"worker {k + 1}: bytes back per chunk (mean)"] = statistics.mean(r[3] for r in w)
    seg["_workers"] = ws
    return seg


def _floor_run(src: Path, workers: int) -> dict[str, float]:
    d = Path(tempfile.mkdtemp(prefix="polsek-timeline-floor-"))
    t0 = time.time()
    env = {**os.environ, "TIMELINE_T0": repr(t0)}
    procs = [subprocess.Popen([sys.executable, "-c", FLOOR, str(src), str(k), str(workers), str(d / f"{k}.json")],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for k in range(workers)]
    gone = []
    for p in procs:
        if p.wait():
            raise SystemExit("floor failed")
        gone.append(time.time() - t0)
    st = [json.loads((d / f"{k}.json").read_text()) for k in range(workers)]
    shutil.rmtree(d, ignore_errors=True)
    return {"floor: spacy imported (latest)": max(s["spacy imported"] for s in st),
            "floor: tokenizer made (latest)": max(s["tokenizer made"] for s in st),
            "floor: texts done (latest)": max(s["texts done"] for s in st),
            "floor: texts done -> process gone (longest)": max(g - s["texts done"] for g, s in zip(gone, st, strict=True)),
            "floor: command start -> last process gone": max(gone)}


def _fmt(v) -> str:
    if isinstance(v, tuple):
        return " | ".join(f"{x:.2f}" for x in v)
    return f"{v:.3f}" if isinstance(v, float) and abs(v) < 100 else f"{v:.0f}"


def _show_chunks(ws) -> None:
    for k, w in enumerate(ws):
        print(f"  worker {k + 1}: " + " ".join(f"[{r[0]:.2f}-{r[1]:.2f} n{r[2]}]" for r in w))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-floor", action="store_true")
    ap.add_argument("--show", action="store_true", help="each worker's chunks, each run")
    args = ap.parse_args()
    if args.child:
        return _child(*args.child)
    from runinfo import header

    print(header())
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    src = Path(tempfile.mkdtemp(prefix="polsek-timeline-in-")) / "in.jsonl"
    lines = ARCHIVE.read_text(encoding="utf-8").splitlines()[args.skip:args.skip + args.n]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs: list[dict] = []
    for r in range(args.runs):
        seg = {} if args.no_floor else _floor_run(src, args.workers)
        seg.update(_batch_run(src, args.workers))
        ws = seg.pop("_workers")
        runs.append(seg)
        print(f"run {r + 1} (load {os.getloadavg()[0]:.2f}): batch {seg['command start -> process gone']:.3f} s"
              + ("" if args.no_floor else f", floor {seg['floor: command start -> last process gone']:.3f} s"))
        if args.show:
            _show_chunks(ws)
    print(f"\n{len(lines)} unseen articles, {args.workers} workers, {args.runs} runs: min / median (s from command start)")
    for key in runs[0]:
        vals = [r[key] for r in runs if key in r]
        if isinstance(vals[0], tuple):
            print(f"  {key}: median {_fmt(tuple(statistics.median(v[i] for v in vals) for i in range(2)))}")
        else:
            print(f"  {key}: {_fmt(min(vals))} / {_fmt(statistics.median(vals))}")
    shutil.rmtree(src.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
