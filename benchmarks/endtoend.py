#!/usr/bin/env python3
"""The batch path from command start to last record written, against the tokenizer floor.

    python benchmarks/endtoend.py [--n 1000] [--skip 400] [--workers 2]

Writes `--n` archive articles (after the first `--skip`, so that nothing was seen before) to a
JSONL file, then times, each from process start to exit:
  ours   `polsek-nlp batch in.jsonl -o out.jsonl --workers W`
  floor  W processes started together, each tokenizing its share of the same texts with
         spaCy's Indonesian tokenizer (spacy.blank("id"), reading the same JSONL)
and prints articles per second and ours/floor as a rate ratio (target >= 0.85).
"""
from __future__ import annotations

import argparse
import shutil
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--skip", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="polsek-e2e-"))
    lines = ARCHIVE.read_text(encoding="utf-8").splitlines()[args.skip:args.skip + args.n]
    src = tmp / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    exe = shutil.which("polsek-nlp") or "polsek-nlp"
    t0 = time.perf_counter()
    subprocess.run([exe, "batch", str(src), "-o", str(tmp / "out.jsonl"), "--workers", str(args.workers)],
                   check=True, capture_output=True)
    ours = time.perf_counter() - t0
    written = sum(1 for _ in (tmp / "out.jsonl").open(encoding="utf-8"))
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", FLOOR, str(src), str(k), str(args.workers)])
             for k in range(args.workers)]
    for p in procs:
        p.wait()
    floor = time.perf_counter() - t0
    n = len(lines)
    print(f"{n} unseen articles, {args.workers} workers, command start to end: polsek-nlp batch "
          f"{n / ours:.1f} articles/s ({written} records); {args.workers} tokenizer-only processes "
          f"{n / floor:.1f} articles/s; ours/floor rate {floor / ours:.2f} (target >= 0.85)")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
