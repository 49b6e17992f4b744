#!/usr/bin/env python3
"""Cold start against a bare `import spacy`, measured in one run.

    python benchmarks/coldstart.py [--runs 7] [--b-src OTHER/src]

Alternates two new processes `--runs` times: `python -c "import spacy"` and a process that
imports polsek_nlp, loads the pipeline and analyses one sentence. Prints the medians and their
ratio (target: <= 1.5x). The second process reads the tokenized table forms from the user's
cache folder (knowledge/formcache.py) as any process after the first would; `--cold-cache`
points it at an empty cache folder each time instead. Each process's CPU time (user + system) is
printed next to its wall time: on a machine shared with other jobs it moves much less.
`--b-src` adds a third process per round, polsek_nlp from another source tree (a paired A/B of
two versions' cold starts: `--b-src` = B, the PYTHONPATH in force = A). Every process reads its
modules' bytecode from a folder of its own, filled by the untimed first runs (as `endtoend.py`:
without it, a source tree under `PYTHONDONTWRITEBYTECODE=1` compiled polsek_nlp from source in every
run); `--no-bytecode` times the environment as it is.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OURS = ("import polsek_nlp; polsek_nlp.analyze('Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin rapat "
        "di Aula Mapolres Purwakarta, Senin (19/8/2024).')")


def timed(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of a new process running `code`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _report(label: str, base: list[tuple[float, float]], ours: list[tuple[float, float]]) -> None:
    (sw, sc), (ow, oc) = ([statistics.median(x) for x in zip(*t, strict=True)] for t in (base, ours))
    print(f"{label}: {ow:.2f} s wall, {oc:.2f} s CPU; ratio {ow / sw:.2f}x wall, {oc / sc:.2f}x CPU "
          f"(target <= 1.5x)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cold-cache", action="store_true")
    ap.add_argument("--b-src", help="a second source tree, timed in the same rounds")
    ap.add_argument("--no-bytecode", action="store_true", help="no bytecode folder of the runs' own")
    args = ap.parse_args()
    from endtoend import bytecode_env
    from runinfo import header

    print(header(b=args.b_src) + ("" if args.no_bytecode else "; bytecode: own folder, primed"))
    env = dict(os.environ) if args.no_bytecode else bytecode_env(Path(tempfile.mkdtemp(prefix="polsek-cs-")))
    env_b = {**env, "PYTHONPATH": args.b_src} if args.b_src else None
    subprocess.run([sys.executable, "-c", "import spacy"], check=True, capture_output=True, env=env)  # its bytecode
    for e in (env, env_b):
        if e is not None:  # fill the cache (and the bytecode folder)
            subprocess.run([sys.executable, "-c", OURS], check=True, capture_output=True, env=e)
    spacy_t, ours_t, b_t = [], [], []
    for _ in range(args.runs):
        spacy_t.append(timed("import spacy", env))
        if args.cold_cache:
            cold = {"POLSEK_NLP_CACHE": tempfile.mkdtemp(prefix="polsek-cold-")}
            env = {**env, **cold}
            env_b = {**env_b, **cold} if env_b is not None else None
        ours_t.append(timed(OURS, env))
        if env_b is not None:
            b_t.append(timed(OURS, env_b))
    sw, sc = (statistics.median(x) for x in zip(*spacy_t, strict=True))
    print(f"import spacy: {sw:.2f} s wall, {sc:.2f} s CPU (medians of {args.runs})")
    _report("polsek_nlp import + load + first analysis", spacy_t, ours_t)
    if b_t:
        _report(f"the same from {args.b_src}", spacy_t, b_t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
