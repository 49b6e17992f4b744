#!/usr/bin/env python3
"""Cold start against a bare `import spacy`, measured in one run.

    python benchmarks/coldstart.py [--runs 7]

Alternates two new processes `--runs` times: `python -c "import spacy"` and a process that
imports polsek_nlp, loads the pipeline and analyses one sentence. Prints the medians and their
ratio (target: <= 1.5x). The second process reads the tokenized table forms from the user's
cache folder (knowledge/formcache.py) as any process after the first would; `--cold-cache`
points it at an empty cache folder each time instead.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

OURS = ("import polsek_nlp; polsek_nlp.analyze('Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin rapat "
        "di Aula Mapolres Purwakarta, Senin (19/8/2024).')")


def timed(code: str, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=env)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cold-cache", action="store_true")
    args = ap.parse_args()
    env = dict(os.environ)
    subprocess.run([sys.executable, "-c", OURS], check=True, capture_output=True, env=env)  # fill the cache
    spacy_t, ours_t = [], []
    for _ in range(args.runs):
        spacy_t.append(timed("import spacy", env))
        if args.cold_cache:
            env = {**env, "POLSEK_NLP_CACHE": tempfile.mkdtemp(prefix="polsek-cold-")}
        ours_t.append(timed(OURS, env))
    s, o = statistics.median(spacy_t), statistics.median(ours_t)
    print(f"import spacy: {s:.2f} s (median of {args.runs}); polsek_nlp import + load + first analysis: "
          f"{o:.2f} s; ratio {o / s:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
