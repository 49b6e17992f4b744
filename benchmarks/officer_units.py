#!/usr/bin/env python3
"""Unit agreement of the officers: of the gold officers with a name that the record finds (by
name, as `score_records.py` matches them), how many have the gold `unit`. The shared scorer
ignores `unit`; issue 19 counts its misses (a unit left empty where the context gives it).

    python benchmarks/officer_units.py [--split tune|unseen|all] [--dev] [--errors]

Gold: `gold/records` of the split (joined with the archive text by id and SHA-1, as `gold.py`
does) and, with `--dev`, the 15 police-gold-dev articles. `--errors` prints each disagreement;
it is refused on `unseen` and `all` (the split habit: unseen is only scored).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gold import ARCHIVE, load_archive, missing  # noqa: E402


def _norm(s: str | None) -> str:
    return (s or "").lower().replace(".", "").strip()


def _items(args: argparse.Namespace) -> list[tuple[str, str, dict]]:
    texts = load_archive(args.shared / ARCHIVE)
    out = []
    for f in sorted((ROOT / "gold" / "records").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        text = texts.get(g["id"])
        if args.split in ("all", g["split"]) and text is not None \
                and hashlib.sha1(text.encode("utf-8")).hexdigest() == g["text_sha1"]:
            out.append((f.name, text, g))
    if args.dev:
        for f in sorted((args.shared / "corpora" / "police-gold-dev").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            out.append((f.name, g["text"], g))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "unseen", "all"), default="tune")
    ap.add_argument("--dev", action="store_true", help="add the police-gold-dev articles")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if args.errors and args.split != "tune":
        ap.error("--errors is for the tune split only (unseen is only scored)")
    if missing(args.shared, ARCHIVE):
        return 0
    import polsek_nlp

    ok = n = 0
    for name, text, g in _items(args):
        rec = polsek_nlp.analyze(text, published=g.get("published"))
        for go in g["officers"]:
            hit = [o for o in rec.officers if go.get("name") and o.name and _norm(o.name) == _norm(go["name"])]
            if not hit:
                continue
            n += 1
            ok += _norm(hit[0].unit) == _norm(go.get("unit"))
            if args.errors and _norm(hit[0].unit) != _norm(go.get("unit")):
                print(f"{name[:50]}: {go.get('rank')} {go['name']}: gold {go.get('unit')!r}, ours {hit[0].unit!r}")
    print(f"officer unit agreement {ok}/{n} = {ok / max(n, 1):.3f} (split {args.split}{' + dev' if args.dev else ''})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
