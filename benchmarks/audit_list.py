#!/usr/bin/env python3
"""The audit list (issue 19, session 15): archive articles that are in **no** gold set, police and
regional-government news first, in a content-blind seeded order, with what `polsek_nlp` lists for them.

    python benchmarks/audit_list.py                 # ids of the list, one a line, with its police/regional counts
    python benchmarks/audit_list.py --show          # each article's text, then the record's persons, institutions, places
    python benchmarks/audit_list.py --show --take 50 --out /tmp/audit.txt

Skipped, whatever their split: every id of `gold/records`, `gold/incidents`, `gold/event_dates`,
`gold/sentences`, the police-gold-dev articles, and `benchmarks/snapshot.held_out_ids()` (the unseen and
check ids), so that a precision audit reads only text no gold set scores.  The order is SHA-1("s15audit:" + id)
within three groups: articles with at least 2 police words (the patterns of `gold/select.py`), then those
with a regional-government word, then the other headline news (`tajuk utama`); sport, showbiz and technology
are not listed.  The gold sets have drawn most police and regional articles: 31 are left of 1,465.  No text is written anywhere but stdout or
`--out`.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from snapshot import ARCHIVE, held_out_ids, published_from_id  # noqa: E402

# gold/select.py by its path (a plain `import select` is the standard library's module)
_spec = importlib.util.spec_from_file_location("gold_select", ROOT / "gold" / "select.py")
_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_select)
POLICE, REGIONAL = _select.POLICE, _select.REGIONAL

SHARED = ROOT.parent / "shared"


def gold_ids() -> set[str]:
    """Every archive id some gold set holds, of any split."""
    gold = ROOT / "gold"
    ids = {p.stem for sub in ("records", "incidents") for p in (gold / sub).glob("*.json")}
    for sub in ("records", "incidents"):
        for p in (gold / sub).glob("*.json"):
            ids.add(str(json.loads(p.read_text(encoding="utf-8")).get("id", p.stem)))
    for path in (gold / "event_dates" / "event_dates.jsonl", gold / "sentences" / "sentences.jsonl"):
        if path.exists():
            ids |= {str(json.loads(x)["id"]) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    dev = SHARED / "corpora" / "police-gold-dev"
    ids |= {p.stem.removeprefix("indosum-") for p in dev.glob("indosum-*.json")}
    return ids | held_out_ids()


def audit_list(take: int) -> list[dict]:
    skip = gold_ids()
    police, regional, news = [], [], []
    with ARCHIVE.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if str(art["id"]) in skip:
                continue
            pol = len(POLICE.findall(art["text"]))
            reg = len(REGIONAL.findall(art["text"]))
            art["_pol"], art["_reg"] = pol, reg
            if pol >= 2:
                police.append(art)
            elif reg >= 1:
                regional.append(art)
            elif art.get("category") == "tajuk utama":
                news.append(art)

    def order(art: dict) -> str:
        return hashlib.sha1(("s15audit:" + str(art["id"])).encode()).hexdigest()

    return (sorted(police, key=order) + sorted(regional, key=order) + sorted(news, key=order))[:take]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--take", type=int, default=50)
    ap.add_argument("--show", action="store_true", help="print each text and its record's persons, institutions, places")
    ap.add_argument("--out", type=Path, help="write there instead of stdout")
    args = ap.parse_args()
    if not ARCHIVE.exists():
        print(f"skip: {ARCHIVE} is absent")
        return 0
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    arts = audit_list(args.take)
    if args.show:
        import polsek_nlp
    for k, art in enumerate(arts, 1):
        print(f"#{k} pol={art['_pol']} reg={art['_reg']} {art['id']}", file=out)
        if not args.show:
            continue
        rec = polsek_nlp.analyze(art["text"], id=art["id"], published=published_from_id(art["id"]))
        print(art["text"], file=out)
        print("PERSONS:", " | ".join(x.name for x in rec.persons), file=out)
        print("INSTITUTIONS:", " | ".join(x.name for x in rec.institutions), file=out)
        print("PLACES:", " | ".join(x.name for x in rec.places), file=out)
        print("=" * 80, file=out)
    if args.out:
        out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
