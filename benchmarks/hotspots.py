"""CPU ms an article of single functions of `analyze`, measured without a profiler.

    python benchmarks/hotspots.py [--warm 100] [--n 400] [--police] [module:qualname ...]

`budget.py` says which stage an unseen article's time goes to; cProfile says which functions, but
its cost per Python call (~1 us) inflates small, often-called helpers several times over (session 23:
`view(doc)` 4% of the profiled time, ~1% of the real). This script wraps each named function (a
module's function, also where another module imported it by name, or a class's method:
`polsek_nlp.recognize.places:_RegionScan.run`) with a CPU clock and reads `--n` archive articles
after `--warm` others, then the same articles again (seen): the inclusive CPU ms an article of
each function, and its calls an article. The wrapper costs ~1 us a call, so name functions called
a few times an article, not per token. A generator function is timed only at its creation: name
its caller. Without names, the list below (the largest single functions session 23 found).
"""
from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from budget import ARCHIVE, sample_args, warm_and_test  # noqa: E402

DEFAULT = (
    "polsek_nlp.recognize.timex:find_timexes",
    "polsek_nlp.recognize.timex:_find",
    "polsek_nlp.recognize.timex:candidate_starts",
    "polsek_nlp.recognize.places:_RegionScan.run",
    "polsek_nlp.recognize.persons:cluster",
    "polsek_nlp.resolve.keywords:keywords",
    "polsek_nlp.resolve.entities:_candidates",
    "polsek_nlp.recognize.organisations:context_organisations",
    "polsek_nlp.resolve.events:_event_date",
    "polsek_nlp.recognize.incident_people:find_people",
)


def wrap(target: str, seconds: Counter, calls: Counter) -> None:
    """Replace the function `module:qualname` with a wrapper that adds its CPU time and calls."""
    modname, qual = target.split(":")
    owner = importlib.import_module(modname)
    *path, name = qual.split(".")
    for part in path:
        owner = getattr(owner, part)
    func = getattr(owner, name)
    clock = time.process_time

    def timed(*args, **kwargs):
        t0 = clock()
        try:
            return func(*args, **kwargs)
        finally:
            seconds[target] += clock() - t0
            calls[target] += 1

    setattr(owner, name, timed)
    if not path:  # a module's function: also where another module imported it by name
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("polsek_nlp") and getattr(mod, name, None) is func:
                setattr(mod, name, timed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", default=list(DEFAULT), help="module:qualname of each function")
    sample_args(ap)
    args = ap.parse_args()
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    warm, test = warm_and_test(args.warm, args.n, args.police)

    import polsek_nlp

    for t in warm:
        polsek_nlp.analyze(t)
    seconds: Counter = Counter()
    calls: Counter = Counter()
    for target in args.targets:
        wrap(target, seconds, calls)
    passes = []
    for _ in ("unseen", "seen"):
        seconds.clear()
        calls.clear()
        t0 = time.process_time()
        for t in test:
            polsek_nlp.analyze(t)
        passes.append((time.process_time() - t0, Counter(seconds), Counter(calls)))
    n = len(test)
    print(f"{n} archive articles after {len(warm)}; inclusive CPU ms an article (wrappers ~1 us a call)")
    print(f"{'analyze':58s} {passes[0][0] / n * 1e3:8.3f} {passes[1][0] / n * 1e3:8.3f}")
    print(f"{'function':58s} {'unseen':>8s} {'seen':>8s}  calls")
    for target in sorted(args.targets, key=lambda k: -passes[0][1][k]):
        print(f"{target:58s} {passes[0][1][target] / n * 1e3:8.3f} {passes[1][1][target] / n * 1e3:8.3f}"
              f"  {passes[0][2][target] / n:5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
