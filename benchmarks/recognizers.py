#!/usr/bin/env python3
"""Each component's cost on unseen articles where it finds something and where it finds nothing.

    python benchmarks/recognizers.py [--warm 800] [--n 400] [--passes 1]

One process: the pipeline warms up on `--warm` archive articles, then runs component by component
over `--n` others (as `bench.py`'s per-component figures do). A component *finds something* in an
article when the spans of `doc.spans` (all groups, `doc.ents` too) grew while it ran, or when the
extension it writes holds a fact (`doc._.incidents` not empty, `doc._.event` with a type,
`doc._.people` not empty). Prints, per component, the share of articles where it finds nothing,
its CPU ms an article there and where it finds something, and what the nothing-articles cost it in
all (ms an article over the whole set): the time a doc-level gate could save at most.

After the warm-up the process freezes what it holds (`gc.freeze()`, as the batch's workers do;
`--no-freeze`: not): otherwise a full collection (40-70 ms with spaCy and the tables loaded) lands in
whichever component allocates when it falls due, and adds ~1.5 ms "where it finds something" to a
component that finds something in 44 of the 400 articles (session 13: one such collection made the
incident stage look 10% slower than its base, on a branch that made it 15% faster).
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"


def _spans(doc) -> int:
    return sum(len(g) for g in doc.spans.values()) + len(doc.ents)


def _facts(doc, name: str) -> bool:
    """Whether the extension `name`'s component writes holds a fact."""
    if name == "polsek_incidents":
        inc = doc._.incidents
        return inc is not None and any((inc.suspects, inc.victims, inc.evidence, inc.losses, inc.charges,
                                        inc.arrests, inc.persons, inc.subtypes))
    if name == "polsek_events":
        ev = doc._.event
        return ev is not None and getattr(ev, "type", None) is not None
    if name == "polsek_persons":
        return bool(doc._.people)
    return False


def measure(texts: list[str]) -> dict[str, list[tuple[float, bool]]]:
    import polsek_nlp
    from polsek_nlp.doc.view import open_view, release

    nlp = polsek_nlp.load()
    out: dict[str, list[tuple[float, bool]]] = {}
    clock = time.process_time
    for text in texts:
        doc = nlp.make_doc(text)
        open_view(doc, text)
        for name, proc in nlp.pipeline:
            before = _spans(doc)
            t0 = clock()
            doc = proc(doc)
            dt = clock() - t0
            out.setdefault(name, []).append((dt, _spans(doc) > before or _facts(doc, name)))
        release(doc)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warm", type=int, default=800)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--json", help="write the per-component figures to this file")
    ap.add_argument("--no-freeze", action="store_true", help="leave the collector as it is after the warm-up")
    args = ap.parse_args()
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    texts = [json.loads(line)["text"] for line in open(ARCHIVE, encoding="utf-8")]
    import polsek_nlp

    for t in texts[:args.warm]:
        polsek_nlp.analyze(t)
    if not args.no_freeze:
        gc.collect()
        gc.freeze()
    got = measure(texts[args.warm:args.warm + args.n])
    rows = {}
    print(f"{'component':<22} {'nothing':>8} {'ms found':>9} {'ms nothing':>11} {'ms all':>7} {'nothing ms/all art.':>20}")
    for name, xs in got.items():
        found = [t for t, f in xs if f]
        none = [t for t, f in xs if not f]
        row = {"share_nothing": len(none) / len(xs),
               "ms_found": 1000 * sum(found) / len(found) if found else 0.0,
               "ms_nothing": 1000 * sum(none) / len(none) if none else 0.0,
               "ms_all": 1000 * sum(t for t, _ in xs) / len(xs),
               "ms_nothing_per_article": 1000 * sum(none) / len(xs)}
        rows[name] = row
        print(f"{name:<22} {row['share_nothing']:>7.0%} {row['ms_found']:>9.3f} {row['ms_nothing']:>11.3f} "
              f"{row['ms_all']:>7.3f} {row['ms_nothing_per_article']:>20.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
