#!/usr/bin/env python3
"""The archive targets in one run: N in = N out, the same records with 1 and 2 processes, and the
speed-up of 2 processes over 1.

    python benchmarks/archive.py [--input ../shared/corpora/archive/indosum-2017-a.jsonl]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--input", type=Path, default=ARCHIVE)
    args = ap.parse_args()
    import polsek_nlp

    items = list(polsek_nlp.read_items(args.input))
    polsek_nlp.analyze(items[0]["text"])  # warm the parent (forked workers inherit it)
    runs = {}
    for n in (1, 2):
        t0 = time.perf_counter()
        records = [r.to_dict() for r in polsek_nlp.analyze_many(items, n_process=n, batch_size=16)]
        runs[n] = (time.perf_counter() - t0, records)
        print(f"{n} process(es): {len(items)} in, {len(records)} out, {len(items) / runs[n][0]:.1f} articles/s, "
              f"{sum(1 for r in records if r['error'])} errors")
    same = runs[1][1] == runs[2][1]
    in_order = [r["id"] for r in runs[2][1]] == [it["id"] for it in items]
    print(f"same records with 1 and 2 processes: {same}; ids in input order: {in_order}")
    print(f"2 processes / 1 process: {runs[1][0] / runs[2][0]:.2f}x")
    return 0 if same and in_order and all(len(r[1]) == len(items) for r in runs.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
