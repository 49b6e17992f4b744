#!/usr/bin/env python3
"""Paired A/B speed factor of two variants of polsek_nlp on articles the process has never seen.

    python benchmarks/ab.py --a-src SRC_DIR --b-src SRC_DIR [--a-env K=V] [--b-env K=V] [--pairs 4]
    python benchmarks/ab.py --a-python OTHER_VENV/bin/python    # A: another installed version
    python benchmarks/ab.py ... --clock wall                     # wall time instead of CPU time

Each run is a fresh process (PYTHONPATH=the variant's src folder, its environment variables set)
that warms up on `--warm` archive articles, then analyses `--n` other articles once, and also
times spaCy's Indonesian tokenizer (the floor) on the same unseen texts in the same process.
Variants run alternately, A then B, `--pairs` times; the factor of a pair is B's time over A's
(> 1: A is faster). Prints each pair, the median factor, and each variant's median ratio to
the floor. Times are the process's CPU time by default (`--clock cpu`): on a machine shared with
other jobs, wall time also counts the time another job held the core (pairs then disagree by
+-50%), while CPU time of this single-threaded work moves a few percent.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"

WORKER = r"""
import json, sys, time
path, warm, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
clock = time.process_time if sys.argv[4] == "cpu" else time.perf_counter
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
warm_texts, test = texts[:warm], texts[warm:warm + n]
import spacy
import polsek_nlp
tok = spacy.blank("id").tokenizer
for t in warm_texts:
    tok(t)
    polsek_nlp.analyze(t)
t0 = clock()
for t in test:
    tok(t)
floor = clock() - t0
t0 = clock()
for t in test:
    polsek_nlp.analyze(t)
ours = clock() - t0
print(json.dumps({"floor": floor, "ours": ours}))
"""


def run(python: str, src: str | None, env_pairs: list[str], warm: int, n: int, clock: str = "cpu") -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if src:
        env["PYTHONPATH"] = src
    env["PYTHONHASHSEED"] = "0"
    for kv in env_pairs:
        k, _, v = kv.partition("=")
        env[k] = v
    out = subprocess.run([python, "-c", WORKER, str(ARCHIVE), str(warm), str(n), clock], env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a-src", default=None, help="src folder put first on PYTHONPATH (default: the installed package)")
    ap.add_argument("--b-src", default=None)
    ap.add_argument("--a-python", default=sys.executable, help="the Python that runs A (another venv: another version)")
    ap.add_argument("--b-python", default=sys.executable)
    ap.add_argument("--a-env", action="append", default=[])
    ap.add_argument("--b-env", action="append", default=[])
    ap.add_argument("--pairs", type=int, default=4)
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="CPU time of the process (default: steady on a shared machine) or wall time")
    args = ap.parse_args()
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    factors, ra, rb = [], [], []
    for i in range(args.pairs):
        a = run(args.a_python, args.a_src, args.a_env, args.warm, args.n, args.clock)
        b = run(args.b_python, args.b_src, args.b_env, args.warm, args.n, args.clock)
        factors.append(b["ours"] / a["ours"])
        ra.append(a["ours"] / a["floor"])
        rb.append(b["ours"] / b["floor"])
        print(f"pair {i + 1}: A {args.n / a['ours']:.0f}/s ({ra[-1]:.2f}x floor)  "
              f"B {args.n / b['ours']:.0f}/s ({rb[-1]:.2f}x floor)  B/A time {factors[-1]:.3f}")
    print(f"median B/A time {statistics.median(factors):.3f} (range {min(factors):.3f}-{max(factors):.3f}); "
          f"A {statistics.median(ra):.2f}x floor, B {statistics.median(rb):.2f}x floor (unseen, medians, {args.clock} time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
