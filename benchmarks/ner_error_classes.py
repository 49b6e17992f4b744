#!/usr/bin/env python3
"""Count the NER errors of a DEV corpus by class of shape, over the whole corpus.

    python benchmarks/ner_error_classes.py [CORPUS] [--labels PER,ORG,LOC] [--show CLASS]

The errors are those of `benchmarks/ner_errors.py` (exact span and class against the corpus'
gold, each FALSE, MISS, BOUND or CLASS); each is then put in one class by its shape alone, the
first of these that fits:

  bracket_glued   the gold span keeps a bracket or a comma of its token (`(Jokowi)`, `PAN),`):
                  the corpus tokenizes `(X)` as one token, the rules never take brackets in
  pair            a pair joined by a hyphen (`X-Y`, `X - Y`): tickets, routes, double names
  post_leak       BOUND: the prediction runs on to the left of the gold name (`Kabinet Andi B`)
  gold_title      BOUND: the gold name keeps a word to the left of the prediction (`Dr`, `KH`)
  gold_head       the gold span opens with a lowercase word (`kota X`, `partai X`)
  sub_unit        BOUND: a predicted body holds the gold one and more (`Fraksi PAN` for `PAN`)
  split           BOUND: the prediction covers two gold spans or a gold span two predictions
  acronym         the span is one word of capitals (`SBY`, `SPBU`)
  one_word        any other span of one word
  longer          any other span

The output is one line per (label, kind, class) with its count, the largest first; `--show CLASS` (`all`: every error)
prints the errors of that class too.  Use it on train or dev splits only (never on a test split,
and never `--show` on a split the habit keeps for scoring).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from ner_errors import arguments, classify, compared  # noqa: E402


def _shape(text: str, span, kind: str, gold: set, pred: set) -> str:
    """The class of one error, by the shape of its span and of the gold or prediction it meets."""
    surface = text[span.start:span.end]
    near_gold = [g for g in gold if g.start < span.end and span.start < g.end and g != span]
    near_pred = [p for p in pred if p.start < span.end and span.start < p.end and p != span]
    if surface[:1] in "(" or surface[-1:] in "),":
        return "bracket_glued"
    if any(text[g.start:g.end][:1] == "(" or text[g.start:g.end][-1:] in ")," for g in near_gold):
        return "bracket_glued"
    if "-" in surface.strip("-") and surface.replace(" - ", "-").split("-")[-1][:1].isupper():
        return "pair"
    if surface[:1].islower():
        return "gold_head"
    if kind == "BOUND":
        if len(near_gold) > 1 or len(near_pred) > 1:
            return "split"
        g = near_gold[0] if near_gold else None
        if g is not None and g.end == span.end and span.start < g.start:
            return "sub_unit" if span.label == "ORG" else "post_leak"
        if g is not None and g.end == span.end and g.start < span.start:
            return "gold_head" if text[g.start:g.end][:1].islower() else "gold_title"
        return "split"
    words = surface.split()
    if len(words) == 1:
        return "acronym" if surface.isupper() and len(surface) > 1 else "one_word"
    return "longer"


def counted(doc: str, shape, labels: list[str] | None = None) -> Counter | None:
    """The (label, kind, class) counts of the errors of the corpus the command line names, each put in a
    class by `shape(text, span, kind, gold, pred)`; `--show CLASS` (`all`) prints that class's errors.
    `labels`: fixed labels (else `--labels`). None when the corpus is absent."""
    ap = arguments(doc)
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    labels = labels or args.labels.split(",")
    rows = compared(args.corpus, args.shared, labels, default="train.txt")
    if rows is None:
        return None
    counts: Counter = Counter()
    for ex, gold, pred in rows:
        for label, kind, span in classify(gold, pred, labels):
            cls = shape(ex.text, span, kind, gold, pred)
            counts[label, kind, cls] += 1
            if args.show in (cls, "all"):
                print(f"{label} {kind:5} {ex.text[span.start:span.end]!r} | {ex.text[:200]}")
    return counts


def main() -> int:
    counts = counted(__doc__, _shape)
    for (label, kind, cls), n in (counts or Counter()).most_common():
        print(f"{n:4} {label} {kind:5} {cls}")
    if counts is not None:
        print(f"{sum(counts.values()):4} in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
