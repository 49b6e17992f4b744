#!/usr/bin/env python3
"""Print the false and missed entity spans of the NER scorer's comparison on a DEV corpus.

    python benchmarks/ner_errors.py [CORPUS] [--labels PER,ORG,LOC] [--shared PATH] [--counts]

CORPUS defaults to <shared>/corpora/idner-news-2k/dev.txt.  The comparison is the one of
<shared>/eval/score_ner.py (its `predict` and the corpus reader of `common.py`): exact character
span and class.  Each error line is `LABEL KIND 'span' | sentence`, KIND one of

  FALSE   a predicted span that overlaps no gold span of any class
  MISS    a gold span that overlaps no predicted span of any class
  BOUND   a predicted span that overlaps a gold span of the same class with other bounds
  CLASS   a predicted span with the bounds of a gold span of another class

`--counts` prints only the count of each (label, kind).  Use it on dev splits only: the habit
(docs/accuracy.md) is that a test split is scored, never read for errors.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def classify(gold: set, pred: set, labels: list[str]) -> list[tuple[str, str, object]]:
    """(label, kind, span) for each disagreement between one sentence's gold and predicted spans."""
    out = []

    def overlaps(a, b) -> bool:
        return a.start < b.end and b.start < a.end

    for s in sorted(pred - gold):
        same_bounds = [g for g in gold if (g.start, g.end) == (s.start, s.end)]
        if same_bounds:
            out.append((s.label, "CLASS", s))
        elif any(g.label == s.label and overlaps(g, s) for g in gold):
            out.append((s.label, "BOUND", s))
        elif not any(overlaps(g, s) for g in gold):
            out.append((s.label, "FALSE", s))
        else:
            out.append((s.label, "CLASS", s))
    for g in sorted(gold - pred):
        if not any(overlaps(g, s) for s in pred):
            out.append((g.label, "MISS", g))
    return [(label, kind, span) for label, kind, span in out if label in labels]


def compared(corpus: Path | None, shared: Path, labels: list[str], default: str = "dev.txt"):
    """(example, gold spans, predicted spans) of each sentence of CORPUS (default: idner-news-2k's
    `default`), for the labels; None when the shared folder or the corpus is absent. Refuses a test
    split (SystemExit 2)."""
    corpus = corpus or shared / "corpora" / "idner-news-2k" / default
    if "test" in corpus.name:
        print("refusing a test split: read errors on train or dev only", file=sys.stderr)
        raise SystemExit(2)
    eval_dir = shared / "eval"
    if not (eval_dir / "score_ner.py").exists() or not corpus.exists():
        print(f"skip: {eval_dir} or {corpus} is absent")
        return None
    sys.path.insert(0, str(eval_dir))
    from common import read_corpus  # noqa: PLC0415
    from score_ner import predict  # noqa: PLC0415

    import polsek_nlp

    examples = list(read_corpus(corpus))
    preds = predict(polsek_nlp.load(), [ex.text for ex in examples])
    return [(ex, {s for s in ex.spans if s.label in labels}, {s for s in pred if s.label in labels})
            for ex, pred in zip(examples, preds, strict=True)]


def arguments(doc: str) -> argparse.ArgumentParser:
    """The arguments the NER error scripts share: CORPUS, --labels, --shared."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--labels", default="PER,ORG,LOC")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    return ap


def main() -> int:
    ap = arguments(__doc__)
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args()
    rows = compared(args.corpus, args.shared, labels := args.labels.split(","))
    if rows is None:
        return 0
    counts: Counter = Counter()
    for ex, gold, pred in rows:
        for label, kind, span in classify(gold, pred, labels):
            counts[label, kind] += 1
            if not args.counts:
                gold_here = ", ".join(f"{ex.text[g.start:g.end]}/{g.label}" for g in sorted(gold)
                                      if g.start < span.end and span.start < g.end and g != span)
                extra = f" (gold {gold_here})" if gold_here and kind != "MISS" else ""
                print(f"{label} {kind:5} {ex.text[span.start:span.end]!r}{extra} | {ex.text}")
    for (label, kind), n in sorted(counts.items()):
        print(f"# {label} {kind} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
