#!/usr/bin/env python3
"""Draw the round-3 record-gold articles (issue 19, s9) in a seeded order: no hand choice.

usage: python gold/records/select_round3.py [--shared PATH] [--seed 193] [--n N]

Candidates: the union of `gold/select.py --parity even` and `--parity odd` (archive lines with
category "tajuk utama", police or regional-government news by the same POLICE/REGIONAL patterns),
minus every id in gold/records/, gold/incidents/, rounds 1-2 of gold/event_dates (the 130 ids
its selector draws; its round 3, s10, came after this draw), gold/sentences/sentences.jsonl and
<shared>/corpora/police-gold-dev/.  The candidates, in archive
order, are shuffled with `random.Random(seed)`; the annotator takes them in that order and skips
one only when it has no record content at all (gold/README.md, `## Round 3`, says which).
Prints `rank line split id` per candidate (the first `--n`, default all); never writes archive
text anywhere.  The round's own 25 ids (gold/records/round3_ids.txt) stay in the pool: the
earlier selectors (event_dates/select.py, sentences/select.py) leave them out of their
exclusions, so this draw and theirs are the same before and after the files were added; `*`
marks them.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def candidates(shared: Path) -> list[tuple[int, str]]:
    """The event-date set's candidates (records, incidents, police-gold-dev already out), minus
    the event-date ids of rounds 1-2 (drawn before this round; round 3's, drawn after, would move
    this draw) and the sentence gold ids."""
    ev = _load("event_dates_select", ROOT / "gold" / "event_dates" / "select.py")
    earlier = {art["id"] for rnd in (1, 2) for _, art in ev.pick(shared, 19, 70, rnd, 60)}
    skip = earlier | ev.sentence_ids()
    return [(i, art["id"]) for i, art in ev.candidates(shared) if art["id"] not in skip]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--seed", type=int, default=193)
    ap.add_argument("--n", type=int, default=0, help="print only the first N (0: all)")
    args = ap.parse_args()
    if not (args.shared / "corpora/archive/indosum-2017-a.jsonl").exists():
        print(f"skip: {args.shared} has no archive (pass --shared PATH)")
        return 0
    split_of = _load("gold_select", ROOT / "gold" / "select.py").split_of
    cands = candidates(args.shared)
    gold_select = _load("gold_select", ROOT / "gold" / "select.py")
    mine = set(gold_select.round3_record_ids())  # round 3's own ids
    random.Random(args.seed).shuffle(cands)
    for rank, (i, art_id) in enumerate(cands[: args.n or None], 1):
        mark = "*" if art_id in mine else " "
        print(f"{rank:3d} {i:5d} {split_of(art_id):6s} {art_id} {mark}")
    print(f"{len(cands)} candidates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
