#!/usr/bin/env python3
"""Paired A/B speed factor of two variants of polsek_nlp on articles the process has never seen.

    python benchmarks/ab.py --a-src SRC_DIR --b-src SRC_DIR [--a-env K=V] [--b-env K=V] [--pairs 4]
    python benchmarks/ab.py --a-python OTHER_VENV/bin/python    # A: another installed version
    python benchmarks/ab.py ... --clock wall                     # wall time instead of CPU time
    python benchmarks/ab.py ... --police --warm 100 --n 400      # only articles whose incident gate opens

Each run is a fresh process (PYTHONPATH=the variant's src folder, its environment variables set)
that warms up on `--warm` archive articles, then analyses `--n` other articles once, and also
times spaCy's Indonesian tokenizer (the floor) on the same unseen texts in the same process.
Variants run alternately, `--pairs` times, A then B in odd pairs and B then A in even ones (`--a-first`:
A first in every pair); the factor of a pair is B's time over A's (> 1: A is faster). Prints each pair, the median factor, and each variant's median ratio to
the floor. `--police` takes only the archive articles whose incident gate opens (a core word of an
incident report: the police archives the library is for), chosen once by this process's polsek_nlp
and handed to both variants, warm-up and measured ones alike. Times are the process's CPU time by default (`--clock cpu`): on a machine shared with
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
if len(sys.argv) > 5:
    keep = set(json.loads(sys.argv[5]))
    texts = [t for k, t in enumerate(texts) if k in keep]
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


def police_articles() -> list[int]:
    """The archive lines whose text passes the incident gate (`recognize/incident_gate.may_report_incident`)."""
    from polsek_nlp.recognize.incident_gate import may_report_incident

    return [k for k, line in enumerate(open(ARCHIVE, encoding="utf-8")) if may_report_incident(json.loads(line)["text"])]


def run(python: str, src: str | None, env_pairs: list[str], warm: int, n: int, clock: str = "cpu",
        only: list[int] | None = None) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if src:
        env["PYTHONPATH"] = src
    env["PYTHONHASHSEED"] = "0"
    for kv in env_pairs:
        k, _, v = kv.partition("=")
        env[k] = v
    only_arg = [json.dumps(only)] if only is not None else []
    out = subprocess.run([python, "-c", WORKER, str(ARCHIVE), str(warm), str(n), clock, *only_arg], env=env,
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
    ap.add_argument("--police", action="store_true", help="only the articles whose incident gate opens")
    ap.add_argument("--a-first", action="store_true", help="A before B in every pair (before session 24: always so)")
    args = ap.parse_args()
    from runinfo import header

    print(header(a=args.a_src, b=args.b_src))
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    only = police_articles() if args.police else None
    if only is not None:
        args.n = min(args.n, len(only) - args.warm)
        print(f"{len(only)} archive articles pass the incident gate: {args.warm} warm-up, {args.n} measured")
    factors, ra, rb = [], [], []
    for i in range(args.pairs):
        sides = {}
        for side in ("AB" if i % 2 == 0 or args.a_first else "BA"):  # alternating order: a drift in load favours neither
            sides[side] = run(*((args.a_python, args.a_src, args.a_env) if side == "A" else
                                (args.b_python, args.b_src, args.b_env)), args.warm, args.n, args.clock, only)
        a, b = sides["A"], sides["B"]
        factors.append(b["ours"] / a["ours"])
        ra.append(a["ours"] / a["floor"])
        rb.append(b["ours"] / b["floor"])
        print(f"pair {i + 1} ({''.join(sides)}): A {args.n / a['ours']:.0f}/s ({ra[-1]:.2f}x floor)  "
              f"B {args.n / b['ours']:.0f}/s ({rb[-1]:.2f}x floor)  B/A time {factors[-1]:.3f}")
    print(f"median B/A time {statistics.median(factors):.3f} (range {min(factors):.3f}-{max(factors):.3f}); "
          f"A {statistics.median(ra):.2f}x floor, B {statistics.median(rb):.2f}x floor (unseen, medians, {args.clock} time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
