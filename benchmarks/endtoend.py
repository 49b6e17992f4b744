#!/usr/bin/env python3
"""The batch path from command start to last record written, against the tokenizer floor.

    python benchmarks/endtoend.py [--n 1000] [--skip 400] [--workers 2] [--runs 3] [--b-src OTHER/src]

Writes `--n` archive articles (after the first `--skip`, so that nothing was seen before) to a
JSONL file, then times, each from process start to exit:
  ours   `polsek-nlp batch in.jsonl -o out.jsonl --workers W`
  floor  W processes started together, each tokenizing its share of the same texts with
         spaCy's Indonesian tokenizer (spacy.blank("id"), reading the same JSONL)
and prints articles per second and ours/floor as a rate ratio (target >= 0.85), from wall time
and from CPU time (all processes, workers included: on a shared machine it moves much less).
`--runs` alternates the two `--runs` times and prints medians; `--b-src` times polsek_nlp from a
second source tree in the same rounds (a paired A/B; the PYTHONPATH in force is A). With
`--no-floor` (and `--b-src`) only A and B run, in alternating order (A B, B A, ...), and each
pair's B/A of CPU and wall time is printed: the factor of one change to the batch path.

Every timed process reads its modules' bytecode, as an installed package does: the runs get a
bytecode folder of their own (`PYTHONPYCACHEPREFIX` in the temporary folder, bytecode writing on)
and one untimed run of each command on a few articles fills it first. Without that, a source tree
under `PYTHONDONTWRITEBYTECODE=1` (the helpers' sessions) compiled polsek_nlp's ~100 modules from
source in every run, ~0.4 s of CPU on the serial start (session 28), while the floor's spaCy read
its installed bytecode. `--no-bytecode` times the environment as it is (the figures before session 28).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"

FLOOR = r"""
import json, sys
import spacy
path, k, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
tok = spacy.blank("id").tokenizer
for i, line in enumerate(open(path, encoding="utf-8")):
    if i % w == k:
        tok(json.loads(line)["text"])
"""


def timed(cmd: list[str], env: dict[str, str] | None = None, workers: int = 1) -> tuple[float, float]:
    """Wall and CPU seconds (all processes, workers included) of `cmd`, run `workers` times at once
    with `{k}` replaced by each one's number."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    procs = [subprocess.Popen([c.replace("{k}", str(k)) for c in cmd], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for k in range(workers)]
    if any(p.wait() for p in procs):
        raise SystemExit(f"failed: {cmd}")
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bytecode_env(tmp: Path) -> dict[str, str]:
    """The environment in force, with its own bytecode folder under `tmp`, bytecode writing on."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pyc")
    return env


def prime(runs: list[tuple[list[str], dict[str, str] | None]], lines: list[str], tmp: Path) -> None:
    """Each command once, untimed, on the first few articles (`{src}` in place of the input):
    the bytecode of every module it imports is written to its environment's bytecode folder."""
    few = tmp / "few.jsonl"
    few.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    for cmd, env in runs:
        (tmp / "out.jsonl").unlink(missing_ok=True)
        timed([c.replace("{src}", str(few)) for c in cmd], env)
    (tmp / "out.jsonl").unlink(missing_ok=True)


def _pairs(cmd: list[str], env_a: dict[str, str] | None, env_b: dict[str, str], runs: int, out: Path) -> None:
    """`runs` pairs of A (the environment in force) and B (`env_b`), in alternating order; B/A of
    CPU time and of wall time per pair, and their medians."""
    factors, walls = [], []
    for r in range(runs):
        order = [("A", env_a), ("B", env_b)] if r % 2 == 0 else [("B", env_b), ("A", env_a)]
        wall, cpu = {}, {}
        for name, env in order:
            out.unlink(missing_ok=True)
            wall[name], cpu[name] = timed(cmd, env)
        factors.append(cpu["B"] / cpu["A"])
        walls.append(wall["B"] / wall["A"])
        print(f"pair {r + 1}: A {cpu['A']:.2f} s CPU {wall['A']:.2f} s wall, B {cpu['B']:.2f} s CPU "
              f"{wall['B']:.2f} s wall, B/A {factors[-1]:.3f} CPU {walls[-1]:.3f} wall")
    print(f"B/A median {statistics.median(factors):.3f} CPU ({min(factors):.3f}-{max(factors):.3f}), "
          f"{statistics.median(walls):.3f} wall ({min(walls):.3f}-{max(walls):.3f}), {runs} pairs")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1, help="rounds of (floor, ours[, B]); medians are printed")
    ap.add_argument("--b-src", help="a second source tree, timed in the same rounds (paired A/B)")
    ap.add_argument("--no-floor", action="store_true", help="with --b-src: A and B only, B/A per pair")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="time the environment as it is (PYTHONDONTWRITEBYTECODE included), no bytecode folder")
    args = ap.parse_args()
    from runinfo import header

    print(header(b=args.b_src) + ("" if args.no_bytecode else "; bytecode: own folder, primed"))
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="polsek-e2e-"))
    lines = ARCHIVE.read_text(encoding="utf-8").splitlines()[args.skip:args.skip + args.n]
    src = tmp / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    exe = shutil.which("polsek-nlp") or "polsek-nlp"
    ours_cmd = [exe, "batch", "{src}", "-o", str(tmp / "out.jsonl"), "--workers", str(args.workers)]
    floor_cmd = [sys.executable, "-c", FLOOR, "{src}", "{k}", str(args.workers)]
    base = None if args.no_bytecode else bytecode_env(tmp)
    env_b = {**(base or os.environ), "PYTHONPATH": args.b_src} if args.b_src else None
    if not args.no_bytecode:
        prime([(ours_cmd, base), (floor_cmd, base)] + ([(ours_cmd, env_b)] if env_b else []), lines, tmp)
    ours_cmd, floor_cmd = ([c.replace("{src}", str(src)) for c in cmd] for cmd in (ours_cmd, floor_cmd))
    if args.no_floor and env_b:
        _pairs(ours_cmd, base, env_b, args.runs, tmp / "out.jsonl")
        shutil.rmtree(tmp, ignore_errors=True)
        return 0
    variants = {"polsek-nlp batch": base}
    if env_b:
        variants[f"B ({args.b_src})"] = env_b
    times: dict[str, list[tuple[float, float]]] = {"floor": [], **{k: [] for k in variants}}
    for _ in range(args.runs):
        times["floor"].append(timed(floor_cmd, base, workers=args.workers))
        for name, env in variants.items():
            (tmp / "out.jsonl").unlink(missing_ok=True)
            times[name].append(timed(ours_cmd, env))
    written = sum(1 for _ in (tmp / "out.jsonl").open(encoding="utf-8"))
    n = len(lines)
    fw, fc = (statistics.median(x) for x in zip(*times["floor"], strict=True))
    print(f"{n} unseen articles, {args.workers} workers, command start to end (medians of {args.runs}): "
          f"{args.workers} tokenizer-only processes {n / fw:.1f} articles/s ({fc:.2f} s CPU)")
    for name in variants:
        ow, oc = (statistics.median(x) for x in zip(*times[name], strict=True))
        print(f"  {name}: {n / ow:.1f} articles/s ({written} records, {oc:.2f} s CPU); ours/floor rate "
              f"{fw / ow:.2f} wall, {fc / oc:.2f} CPU (target >= 0.85)")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
