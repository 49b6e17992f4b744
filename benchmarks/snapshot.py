#!/usr/bin/env python3
"""Records of the whole shared archive, written to a JSONL file, and the difference between two
such files: the equivalence check for a refactoring that must not change behaviour.

    python benchmarks/snapshot.py write before.jsonl        # on the old code
    python benchmarks/snapshot.py write after.jsonl         # on the new code
    python benchmarks/snapshot.py diff before.jsonl after.jsonl

Each archive article gets its publication time from the Unix timestamp that starts its IndoSum id
(`1490674536-...`), in WIB (Asia/Jakarta, UTC+7), as the gold sets' `published` do, so that relative
dates and event dates resolve as they do when the article is scored; an id without one (none of the
1,465 in session 20; all are 2016-2018) gets the old fixed time, 2017-06-01T10:00. Read against the
text, the timestamp falls one or two days after the day an article calls `hari ini` (17 and 6 of the
23 such articles outside the held-out splits, session 20): it is an upper bound of publication (an indexing time),
taken as it is so that snapshots agree with the gold.

`diff` never prints the records of articles held for scoring only (split `unseen` in `gold/records`,
`gold/incidents`, `gold/event_dates`; split `check` in `gold/sentences`): it counts them and names
nothing but their number, so that a refactoring's diff cannot show what the split hides
(`--show-held` lists their ids only). Two helpers in session 12 read such records by accident.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
SEED = ROOT.parent / "shared" / "corpora" / "seed" / "polres-purwakarta-rakor-2024.txt"
GOLD = ROOT / "gold"
HELD_SPLITS = frozenset({"unseen", "check"})
FALLBACK_PUBLISHED = "2017-06-01T10:00"
WIB = dt.timezone(dt.timedelta(hours=7))  # Asia/Jakarta: no daylight saving since 1964


def published_from_id(id_: str, fallback: str | None = FALLBACK_PUBLISHED) -> str | None:
    """The WIB time (`YYYY-MM-DDTHH:MM`) of the 10-digit Unix timestamp that starts an IndoSum id
    (`1490674536-judul-berita`), or `fallback` when the id starts with none."""
    head = str(id_).split("-", 1)[0]
    if len(head) != 10 or not head.isdigit():
        return fallback
    return dt.datetime.fromtimestamp(int(head), WIB).strftime("%Y-%m-%dT%H:%M")


def held_out_ids(gold: Path | None = None) -> set[str]:
    """Ids of the articles that some gold set keeps for scoring only."""
    gold = GOLD if gold is None else gold
    items: list[dict] = []
    for sub in ("records", "incidents"):
        items += [json.loads(f.read_text(encoding="utf-8")) for f in sorted((gold / sub).glob("*.json"))]
    for path in (gold / "event_dates" / "event_dates.jsonl", gold / "sentences" / "sentences.jsonl"):
        if path.exists():
            items += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {str(x["id"]) for x in items if x.get("split") in HELD_SPLITS}


def write(out: Path, limit: int | None) -> None:
    import polsek_nlp

    lines = ARCHIVE.read_text(encoding="utf-8").splitlines()[:limit]
    with out.open("w", encoding="utf-8") as f:
        if SEED.exists():
            rec = polsek_nlp.analyze(SEED.read_text(encoding="utf-8"), id="seed")
            f.write(json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        for line in lines:
            item = json.loads(line)
            rec = polsek_nlp.analyze(item["text"], id=item["id"], published=published_from_id(item["id"]))
            f.write(json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


def diff(a: Path, b: Path, show: int, show_held: bool = False) -> int:
    ra = [json.loads(x) for x in a.read_text(encoding="utf-8").splitlines()]
    rb = [json.loads(x) for x in b.read_text(encoding="utf-8").splitlines()]
    if len(ra) != len(rb):
        print(f"different counts: {len(ra)} vs {len(rb)}")
        return 1
    held = held_out_ids()
    changed = shown = 0
    held_changed: list[str] = []
    for x, y in zip(ra, rb, strict=True):
        if x != y:
            changed += 1
            if str(x.get("id")) in held:
                held_changed.append(str(x.get("id")))
                continue
            shown += 1
            if shown <= show:
                keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
                print(f"--- {x.get('id')}: fields {keys}")
                for k in keys[:3]:
                    print(f"  before {k}: {json.dumps(x.get(k), ensure_ascii=False)[:400]}")
                    print(f"  after  {k}: {json.dumps(y.get(k), ensure_ascii=False)[:400]}")
    print(f"{changed} of {len(ra)} records differ ({len(held_changed)} of them held for scoring only, not shown)")
    if show_held:
        print("held-out ids that differ:", ", ".join(held_changed) or "none")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("--limit", type=int)
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("--show", type=int, default=10)
    d.add_argument("--show-held", action="store_true", help="list the ids (only) of held-out records that differ")
    args = ap.parse_args()
    if args.cmd == "write":
        write(args.out, args.limit)
        return 0
    return diff(args.a, args.b, args.show, args.show_held)


if __name__ == "__main__":
    sys.exit(main())
