#!/usr/bin/env python3
"""Select the articles of the event-date gold set (issue 19, s8): seeded, reproducible.

usage: python gold/event_dates/select.py [--shared PATH] [--seed 19] [--n 70] [--round 1|2|3|4]
                                        [--n2 60] [--n3 40] [--n4 60] [--show]

Candidates: the union of `gold/select.py --parity even` and `--parity odd` (archive lines with
category "tajuk utama", police or regional-government news by the same POLICE/REGIONAL patterns),
minus every id already in gold/records/, gold/incidents/ or <shared>/corpora/police-gold-dev/.
From these, `--n` ids are drawn with `random.Random(seed)` over the candidates in archive order.
Round 2 (`--round 2`, s9): the same generator goes on after round 1's draw and samples `--n2` ids
from the candidates left, minus the ids of gold/sentences/ as well (that set came later; round 1's
pool is left as it was so that its 70 picks stay exactly the same).
Round 3 (`--round 3`, s10): the same generator goes on after round 2's draw and samples `--n3` ids
from a wider pool, since only 10 police/regional candidates were left: every "tajuk utama" article
that passes the round-1 test OR names a national government or police body (NATIONAL), minus
every id in any gold set (gold/records, gold/incidents, gold/sentences, gold/event_dates) and
police-gold-dev.  Rounds 1 and 2 draw exactly as before.
Round 4 (`--round 4`, s21): no random generator: every "tajuk utama" article in no gold set
(gold/select.py's all_gold_ids(), police-gold-dev) nor among the 30 ids of records round 6
(round4_excluded_r6.txt), ordered by SHA-1("e4:" + id); the first `--n4` (60), none skipped.  Its
own lines (171-230 of event_dates.jsonl) stay in the pool, so the draw repeats after they were added;
no earlier round reads them.
Prints `line split id` per pick (sorted by line; round 4 in draw order), or with --show a short
lead for the annotator's eyes only; this script never writes archive text anywhere.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# round 3's widening: national government, parliament and police words (selection only, not a rule)
NATIONAL = re.compile(r"\b(polisi|Polri|DPR|Menteri|Kementerian|Presiden|Jokowi|Pemerintah|Gubernur|"
                      r"Bupati)\b")


def _base():
    spec = importlib.util.spec_from_file_location("gold_select", ROOT / "gold" / "select.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def excluded_ids(shared: Path) -> set[str]:
    ids = _base().gold_ids_before_incident_round3()  # records and incidents (incident round 3 came later)
    ids -= set(_base().later_record_ids())  # added after this selection was drawn: its pool stays as it was
    dev = shared / "corpora" / "police-gold-dev"
    return ids | {p.stem.removeprefix("indosum-") for p in dev.glob("indosum-*.json")}


def _news(shared: Path, skip: set[str], wide: bool = False) -> list[tuple[int, dict]]:
    """(line, article) of the "tajuk utama" archive items not in `skip` that pass round 1's test
    (POLICE twice or REGIONAL once), or with `wide` also a NATIONAL word."""
    base = _base()
    out = []
    with (shared / "corpora/archive/indosum-2017-a.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            art = json.loads(line)
            if art["category"] != "tajuk utama" or art["id"] in skip:
                continue
            text = art["text"]
            if (len(base.POLICE.findall(text)) >= 2 or base.REGIONAL.search(text)
                    or (wide and NATIONAL.search(text))):
                out.append((i, art))
    return out


def candidates(shared: Path) -> list[tuple[int, dict]]:
    return _news(shared, excluded_ids(shared))


def sentence_ids() -> set[str]:
    path = ROOT / "gold" / "sentences" / "sentences.jsonl"
    with path.open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


def all_gold_ids(shared: Path) -> set[str]:
    """Every id in gold/records, gold/incidents, gold/sentences and police-gold-dev (the event-date
    rounds 1-2 are left out by their draw, so that round 3's own lines never move its pool)."""
    ids = _base().gold_ids_before_incident_round3()  # records and incidents (incident round 3 came later)
    dev = shared / "corpora" / "police-gold-dev"
    return ids | sentence_ids() | {p.stem.removeprefix("indosum-") for p in dev.glob("indosum-*.json")}


def wide_candidates(shared: Path, drawn: set[str]) -> list[tuple[int, dict]]:
    """Round 3's pool: round 1's test OR a NATIONAL word, "tajuk utama", in no gold set."""
    return _news(shared, all_gold_ids(shared) | drawn, wide=True)


def pick(shared: Path, seed: int, n: int, rnd: int = 1, n2: int = 60,
         n3: int = 40) -> list[tuple[int, dict]]:
    cands = candidates(shared)
    rng = random.Random(seed)
    first = rng.sample(cands, min(n, len(cands)))
    if rnd == 1:
        return sorted(first, key=lambda c: c[0])
    taken = {a["id"] for _, a in first} | sentence_ids()
    rest = [c for c in cands if c[1]["id"] not in taken]
    second = rng.sample(rest, min(n2, len(rest)))
    if rnd == 2:
        return sorted(second, key=lambda c: c[0])
    wide = wide_candidates(shared, taken | {a["id"] for _, a in second})
    return sorted(rng.sample(wide, min(n3, len(wide))), key=lambda c: c[0])


ROUND4_FROM = 170  # lines 171-230 of event_dates.jsonl are round 4's (the set's loader takes no "round" field)
EXCLUDED_R6 = ROOT / "gold" / "event_dates" / "round4_excluded_r6.txt"


def round4_ids(n4: int = 60) -> list[str]:
    """The ids of round 4's own lines of event_dates.jsonl (171 on), in draw order."""
    with (ROOT / "gold" / "event_dates" / "event_dates.jsonl").open(encoding="utf-8") as fh:
        ids = [json.loads(line)["id"] for line in fh if line.strip()]
    return ids[ROUND4_FROM:ROUND4_FROM + n4]


def round4(shared: Path, n4: int = 60) -> list[tuple[int, dict]]:
    """Round 4 (s21): the "tajuk utama" articles in no gold set (gold/select.py's all_gold_ids(), which
    reads every gold folder and *_ids*.txt list, and police-gold-dev) nor among records round 6's 30 ids
    (EXCLUDED_R6, drawn first), in SHA-1("e4:" + id) order, a content-blind shuffle; the first `n4`,
    none skipped.  The round's own lines are taken out of the exclusions; as the order is fixed by the
    id, a gold set added later that takes other articles cannot move these picks."""
    base = _base()
    dev = shared / "corpora" / "police-gold-dev"
    skip = ((base.all_gold_ids() - set(round4_ids(n4))) | set(base._id_list(EXCLUDED_R6))
            | {p.stem.removeprefix("indosum-") for p in dev.glob("indosum-*.json")})
    pool = []
    with (shared / "corpora/archive/indosum-2017-a.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            art = json.loads(line)
            if art["category"] == "tajuk utama" and art["id"] not in skip:
                pool.append((i, art))
    pool.sort(key=lambda c: hashlib.sha1(("e4:" + c[1]["id"]).encode()).hexdigest())
    return pool[:n4]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--n", type=int, default=70)
    ap.add_argument("--round", type=int, choices=(1, 2, 3, 4), default=1)
    ap.add_argument("--n2", type=int, default=60)
    ap.add_argument("--n3", type=int, default=40)
    ap.add_argument("--n4", type=int, default=60)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if not (args.shared / "corpora/archive/indosum-2017-a.jsonl").exists():
        print(f"skip: {args.shared} has no archive (pass --shared PATH)")
        return 0
    split_of = _base().split_of
    picks = (round4(args.shared, args.n4) if args.round == 4
             else pick(args.shared, args.seed, args.n, args.round, args.n2, args.n3))
    for i, art in picks:
        print(f"{i:5d} {split_of(art['id']):6s} {art['id']}")
        if args.show:
            print("      " + " ".join(art["text"].split()[:18]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
