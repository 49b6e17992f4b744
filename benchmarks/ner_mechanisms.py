#!/usr/bin/env python3
"""Count the NER errors of a DEV corpus by label and mechanism (issue 19, s27ner).

    python benchmarks/ner_mechanisms.py [CORPUS] [--labels PER,ORG,LOC] [--show CLASS]

The errors are those of `benchmarks/ner_errors.py` (FALSE, MISS, BOUND, CLASS; CORPUS defaults to
idner-news-2k's train split). Each is put in the first class that fits:

  idner_glued        the gold span keeps a bracket or comma of its token (`(SBY)`, `PAN),`): IDNer's tokens
  idner_inconsistent the corpus's gold treats the same surface both ways (tagged with this label in one
                     sentence, left untagged in another): IDNer's own inconsistency, not chased
  country            the span is a country's name (`countries.tsv`): acting, a nationality or a place
  title_in_gold      BOUND: the gold keeps a capitalised word left of the prediction (`Dr`, `Sultan`)
  head_in_gold       BOUND: the gold keeps a lowercase word left of the prediction (`kota X`, `partai X`)
  title_in_pred      BOUND: the prediction runs on left of the gold (`Presiden SBY` for `SBY`)
  right_longer       BOUND: same start, the prediction runs on right of the gold
  right_shorter      BOUND: same start, the prediction stops before the gold's end
  split              BOUND: a prediction over two gold spans, or the bounds differ on both sides
  as_X               CLASS: the label the gold gives the same bounds (`as_ORG` for a PER prediction)
  miss_acronym       MISS of one word of capitals
  miss_one_word      MISS of any other one word
  miss_multiword     MISS of two words or more
  false_acronym      FALSE of one word of capitals
  false_one_word     FALSE of any other one capitalised word
  false_multiword    FALSE of two words or more

One line per (label, class) with its count, the largest first, then the totals by label. `--show CLASS`
(`all`: every error) prints that class's errors. Train or dev splits only; never `--show` on a split the
habit keeps for scoring.
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from ner_errors import arguments, classify, compared  # noqa: E402


def _gold_usage(rows) -> dict:
    """For each surface: the labels the gold gives it and whether it also stands untagged somewhere."""
    usage: dict = defaultdict(set)
    for ex, gold, _pred in rows:
        for g in gold:
            usage[ex.text[g.start:g.end]].add(g.label)
    for ex, gold, _pred in rows:
        for surface in usage:
            for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", ex.text):
                if not any(g.start <= m.start() and m.end() <= g.end for g in gold):
                    usage[surface].add("O")
    return usage


def _countries() -> frozenset:
    from polsek_nlp.data import read_table  # noqa: PLC0415

    names = set()
    for row in read_table("countries.tsv"):
        names.add(row["name"])
        names.update(v for v in row["variants"].split("|") if v != "-")
    return frozenset(names)


def _bound(text: str, span, gold: set) -> str:
    near = [g for g in gold if g.start < span.end and span.start < g.end and g.label == span.label]
    if len(near) != 1:
        return "split"
    g = near[0]
    if g.start < span.start and g.end >= span.end:
        return "title_in_gold" if text[g.start:g.start + 1].isupper() else "head_in_gold"
    if span.start < g.start and span.end <= g.end:
        return "title_in_pred"
    if g.start == span.start:
        return "right_longer" if span.end > g.end else "right_shorter"
    return "split"


def mechanism(text: str, span, kind: str, gold: set, usage: dict, countries: frozenset) -> str:
    """The class of one error (see the module's docstring)."""
    surface = text[span.start:span.end]
    near = [g for g in gold if g.start < span.end and span.start < g.end]
    if surface[:1] == "(" or surface[-1:] in "),":
        return "idner_glued"
    if any(text[g.start] == "(" or text[g.end - 1] in ")," for g in near):
        return "idner_glued"
    seen = usage.get(surface, set())
    if kind in ("FALSE", "MISS") and span.label in seen and "O" in seen:
        return "idner_inconsistent"
    if surface in countries:
        return "country"
    if kind == "BOUND":
        return _bound(text, span, gold)
    if kind == "CLASS":
        same = [g.label for g in near if (g.start, g.end) == (span.start, span.end)]
        return f"as_{same[0]}" if same else "split"
    shape = "acronym" if surface.isupper() and " " not in surface and len(surface) > 1 else (
        "one_word" if " " not in surface else "multiword")
    return f"{'miss' if kind == 'MISS' else 'false'}_{shape}"


def main() -> int:
    ap = arguments(__doc__)
    ap.add_argument("--show", default="")
    args = ap.parse_args()
    labels = args.labels.split(",")
    rows = compared(args.corpus, args.shared, labels, default="train.txt")
    if rows is None:
        return 0
    usage, countries = _gold_usage(rows), _countries()
    counts: Counter = Counter()
    for ex, gold, pred in rows:
        for label, kind, span in classify(gold, pred, labels):
            cls = mechanism(ex.text, span, kind, gold, usage, countries)
            counts[label, cls] += 1
            if args.show in (cls, "all"):
                print(f"{label} {kind:5} {cls:18} {ex.text[span.start:span.end]!r} | {ex.text[:160]}")
    for (label, cls), n in counts.most_common():
        print(f"{n:4} {label} {cls}")
    by_label = Counter()
    for (label, _cls), n in counts.items():
        by_label[label] += n
    print("  ".join(f"{label} {n}" for label, n in sorted(by_label.items())), f"| {sum(counts.values())} in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
