#!/usr/bin/env python3
"""Score the lead event's day (``record.event.date``) against the event-date gold (issue 19, s8).

    python benchmarks/score_event_dates.py [--split tune|unseen|all] [--errors] [--shared PATH]
                                           [--gold FILE|DIR] [--records DIR] [--no-records]

Gold: ``gold/event_dates/event_dates.jsonl`` (230 articles, published + event_date only) and, for
the combined figure, the ``event_date`` of the full records in ``gold/records/``.  Each gold line is
joined with its archive text (``<shared>/corpora/archive/indosum-2017-a.jsonl``) by id and its SHA-1
checked; ``polsek_nlp.analyze(text, published=...)`` is run and ``record.event.date`` compared.

``--gold DIR`` (a folder of JSON records, e.g. ``gold/genre_records``) scores that folder's
``event_date`` alone (no records set is added); a file that carries its own ``text`` (the invented
articles of the genre set) is scored on it, and the archive is needed only for files that do not.

Accuracy is over the articles whose gold date is not null (as ``score_records.py`` counts it), so
the combined figure adds up with ``benchmarks/gold.py``.  Counts: ``wrong`` (both dated, differ),
``missing`` (gold dated, no prediction), ``spurious`` (gold null, a date predicted; not in the
accuracy).  ``--errors`` lists them for the tune split only: it is refused for ``unseen`` and
``all`` (the split habit, gold/README.md).  Exits 0 with a message when the archive is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "event_dates" / "event_dates.jsonl"
RECORDS = ROOT / "gold" / "records"
ARCHIVE = Path("corpora") / "archive" / "indosum-2017-a.jsonl"


@dataclass
class Tally:
    n: int = 0
    ok: int = 0
    wrong: int = 0
    missing: int = 0
    spurious: int = 0
    nulls_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, art_id: str, gold: str | None, pred: str | None) -> None:
        if gold is None:
            if pred is None:
                self.nulls_ok += 1
            else:
                self.spurious += 1
                self.errors.append(f"{art_id}: SPURIOUS {pred} (gold null)")
            return
        self.n += 1
        if pred == gold:
            self.ok += 1
        elif pred is None:
            self.missing += 1
            self.errors.append(f"{art_id}: MISSING gold {gold}")
        else:
            self.wrong += 1
            self.errors.append(f"{art_id}: WRONG {pred} gold {gold}")

    def merge(self, other: Tally) -> Tally:
        return Tally(self.n + other.n, self.ok + other.ok, self.wrong + other.wrong,
                     self.missing + other.missing, self.spurious + other.spurious,
                     self.nulls_ok + other.nulls_ok, self.errors + other.errors)

    def line(self, label: str) -> str:
        acc = self.ok / self.n if self.n else 0.0
        return (f"{label}: event date {acc:.3f} ({self.ok}/{self.n})  wrong {self.wrong}  "
                f"missing {self.missing}  spurious {self.spurious}  null kept {self.nulls_ok}")


def load_archive(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        return {a["id"]: a["text"] for a in map(json.loads, fh)}


LINE_KEYS = ("id", "text_sha1", "split", "published", "event_date", "text")


def folder_lines(folder: Path) -> list[dict]:
    """The records of a folder as {id, text_sha1, split, published, event_date, text} (text may be None)."""
    lines = []
    for f in sorted(folder.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        lines.append({k: g.get(k) for k in LINE_KEYS})
    return lines


def gold_lines(gold: Path, records: Path | None) -> tuple[list[dict], list[dict]]:
    """(event-date set, full-record set), each a list of {id, text_sha1, split, published, event_date}.

    A folder as ``gold`` (gold/genre_records) is read as records and scored alone."""
    if gold.is_dir():
        return folder_lines(gold), []
    with gold.open(encoding="utf-8") as fh:
        ev = [json.loads(line) for line in fh if line.strip()]
    return ev, folder_lines(records) if records is not None else []


def score(lines: list[dict], texts: dict[str, str], split: str) -> Tally:
    import polsek_nlp

    tally = Tally()
    for g in lines:
        if split != "all" and g["split"] != split:
            continue
        text = g.get("text") if isinstance(g.get("text"), str) else texts.get(g["id"])
        if text is None:
            raise SystemExit(f"{g['id']}: not in the archive")
        if not isinstance(g.get("text"), str) and hashlib.sha1(text.encode("utf-8")).hexdigest() != g["text_sha1"]:
            raise SystemExit(f"{g['id']}: text_sha1 differs from the archive text")
        rec = polsek_nlp.analyze(text, published=g["published"])
        pred = rec.event.date if rec.event is not None else None
        tally.add(g["id"], g["event_date"], str(pred) if pred else None)
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("tune", "unseen", "all"), default="tune")
    ap.add_argument("--errors", action="store_true", help="list the errors (tune split only)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--records", type=Path, default=RECORDS)
    ap.add_argument("--no-records", action="store_true", help="score the event-date set alone")
    args = ap.parse_args(argv)
    if args.errors and args.split != "tune":
        print(f"--errors is refused on split {args.split!r}: read only the tune split's errors "
              "(gold/README.md, split rule)", file=sys.stderr)
        return 2
    ev, recs = gold_lines(args.gold, None if args.no_records else args.records)
    archive = args.shared / ARCHIVE
    need_archive = any(not isinstance(g.get("text"), str) for g in ev + recs)
    if need_archive and not archive.exists():
        print(f"skip: {archive} is absent (pass --shared PATH)")
        return 0
    texts = load_archive(archive) if need_archive else {}
    ev_t = score(ev, texts, args.split)
    print(f"split {args.split}")
    print(ev_t.line(f"event_dates set ({args.gold.name})"))
    both = ev_t
    if recs:
        rec_t = score(recs, texts, args.split)
        print(rec_t.line("records set (gold/records)"))
        both = ev_t.merge(rec_t)
        print(both.line("combined"))
    if args.errors:
        print("\n".join(both.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
