#!/usr/bin/env python3
"""Agreement of two annotators on the incident fields of issue 22 (``gold/incidents`` = annotator A,
``gold/incidents_b`` = a second annotator B who annotated the same articles blind, without A's files
and without any tool's output).

    python benchmarks/agreement.py [--split tune|unseen|all] [--round all|1-2|N] [--a DIR] [--b DIR]
    python benchmarks/agreement.py --split tune --diff          # the disagreements, tune only
    python benchmarks/agreement.py skeleton --ids IDS.txt --out gold/incidents_b
    python benchmarks/agreement.py text ID                      # an archive article's text, to annotate

Each B file is scored against the A file of the same id with ``score_incidents.score_article`` (A as the
reference: P is the share of B's entries that A has, R the share of A's that B has; F1 is the same
whichever is taken as the reference). The figure bounds what a scorer against one annotator can
measure: a field on which two careful annotators agree at 0.8 cannot show a system at 0.9.

``--round`` keeps the ids whose A file is of that round (A's ``round``; B files carry none), e.g.
``--a gold/genre --b gold/genre_b --round 5`` for one round of a folder that holds several.

``--diff`` lists the disagreements for the tune split. On the unseen split it is refused unless
``--annotator-view`` is given: that view is for the annotators adjudicating their own disagreements,
never for a rule writer (the project's tune/unseen habit, ``gold/README.md``).

``skeleton`` writes, for each id of a list, a B file that holds only the article's key fields (id,
url, published, text_sha1, split) and empty incident fields, taken from A's file without copying any
of A's annotations.
"""
from __future__ import annotations

import sys
from pathlib import Path

from score_incidents import ARCHIVE, SHARED, Scores, load_gold, report, score_article
from second_annotator import parse, write_skeletons

ROOT = Path(__file__).resolve().parents[1]
A_DIR = ROOT / "gold" / "incidents"
B_DIR = ROOT / "gold" / "incidents_b"
KEYS = ("id", "url", "published", "text_sha1", "split")
EMPTY = {"suspects": [], "victims": [], "casualties": {"dead": None, "injured": None, "missing": None},
         "evidence": [], "losses": [], "charges": [],
         "event": {"arrests": None, "type": None, "subtype": None}, "notes": "", "annotator": "B"}


def agreement(a_dir: Path, b_dir: Path, split: str, rnd: str = "all") -> tuple[Scores, list[str]]:
    """Score every B file of `split` and round `rnd` against A's file of the same id; ids without an A
    file listed. Only the ids B has are read; a B file without `split` (keys only, e.g. ``gold/genre_b``)
    takes A's split, and its round is always A's."""
    a_by_id = {g["id"]: g for g in load_gold(a_dir, "all", "all")}
    in_round = {g["id"] for g in load_gold(a_dir, "all", rnd)}
    scores, lone = Scores(), []
    for b in load_gold(b_dir, "all", "all"):
        a = a_by_id.get(b["id"])
        if a is None:
            lone.append(b["id"])
            continue
        if b["id"] not in in_round or (split != "all" and b.get("split", a.get("split")) != split):
            continue
        score_article(a, b, scores)
    return scores, lone


def skeleton(ids_file: Path, a_dir: Path, out: Path) -> int:
    return write_skeletons(ids_file, {g["id"]: g for g in load_gold(a_dir, "all", "all")}, KEYS, EMPTY, out)


def main(argv: list[str] | None = None) -> int:
    a = parse(list(sys.argv[1:] if argv is None else argv), "agreement.py", __doc__, A_DIR, B_DIR, skeleton,
              SHARED / ARCHIVE, rounds=True)
    if isinstance(a, int):
        return a
    if not a.b.exists():
        print(f"agreement: no second annotation in {a.b}")
        return 0
    scores, lone = agreement(a.a, a.b, a.split, a.round)
    print(f"agreement: {a.b} (B) against {a.a} (A), split {a.split}, round {a.round}")
    print(report(scores, errors=a.diff).replace("\trecord ", "\tB ").replace(", record ", ", B "))
    if lone:
        print(f"\nB files with no A file: {len(lone)}", *lone, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
