#!/usr/bin/env python3
"""Consistency checks of the gold records against the shared archive text.

usage: python gold/check.py [--shared PATH] [FILE ...]
       python gold/check.py --genre [FILE ...]

`--genre` checks the invented reports of gold/genre (incident fields, their own `text`, no archive
needed) with gold/incidents/check.py's checks: field order (`round` after `split` from round 2 on),
vocabularies, split by the id rule, text_sha1 and that every name, alias and residence occurs in
the text.

An archive-keyed record of gold/records round 5 on carries `round` after `split` (rounds 5, 6, 7, 8 and 9).

A file that carries its own `text` (gold/genre_records: invented articles) is checked on that text,
with its own field order (`style`, `kind`, `text` in place of `text_sha1`; round 2 on adds `round`
after `split`, rounds 2 to 14), and needs no archive. A second annotator's file of gold/genre_records_b
(`annotator` after `id`, keys only; round 9 on repeats A's `split` and `round`) is checked the same way
on the text of A's file of the same id in gold/genre_records (session 25).

Checks per record: the text joins (text_sha1), the split agrees with the id rule, every listed
string occurs in the text (a string that does not must be quoted in `notes`, as the conventions
ask for built strings: in '...', `...` or "..."), value formats per granularity, weekday words agree with day values,
officers' names are in `persons`, no duplicates.  Exit status 1 on any error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
FORMATS = {"day": r"\d{4}-\d\d-\d\d", "time": r"\d{4}-\d\d-\d\dT\d\d:\d\d", "month": r"\d{4}-\d\d",
           "year": r"\d{4}"}
KINDS = {"kota", "kabupaten", "provinsi", "kecamatan", "desa", "kelurahan", "jalan", "venue",
         "country", "other"}
FIELDS = ["id", "source", "url", "title", "published", "year_hint", "outlet", "category",
          "text_sha1", "split", "officers", "persons", "institutions", "places", "dates",
          "event_date", "event_summary", "notes"]
TEXT_FIELDS = FIELDS[:8] + ["style", "kind", "text", "split"] + FIELDS[10:]  # gold/genre_records
TEXT_FIELDS_ROUND = TEXT_FIELDS[:12] + ["round"] + TEXT_FIELDS[12:]  # its round 2 on
FIELDS_ROUND = FIELDS[:10] + ["round"] + FIELDS[10:]  # gold/records round 5 on (5, 6, 7, 8, 9) (earlier rounds: round*_ids*.txt)
B_FIELDS = ["id", "annotator"] + FIELDS[10:]  # gold/genre_records_b: keys only, the text is A's (gold/genre_records)
B_FIELDS_ROUND = B_FIELDS[:2] + ["split", "round"] + B_FIELDS[2:]  # its round 9 on: A's split and round repeated


def split_of(art_id: str) -> str:
    return "unseen" if int(hashlib.sha1(art_id.encode()).hexdigest(), 16) % 5 < 2 else "tune"


def fields_ok(rec: dict) -> bool:
    """The field order of an archive-keyed record, or of one that carries its `text` (round 2 on: `round`)."""
    if "annotator" in rec:
        return list(rec) == B_FIELDS or (list(rec) == B_FIELDS_ROUND and rec["round"] in (9, 10, 11, 12, 13, 14))
    if "text" not in rec:
        return list(rec) == FIELDS or (list(rec) == FIELDS_ROUND and rec["round"] in (5, 6, 7, 8, 9))
    return list(rec) == TEXT_FIELDS or (list(rec) == TEXT_FIELDS_ROUND and rec["round"] in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))


def check(rec: dict, text: str) -> list[str]:
    err = []
    if not fields_ok(rec):
        err.append(f"fields {list(rec)}")
    elif "text" not in rec and "annotator" not in rec and hashlib.sha1(text.encode("utf-8")).hexdigest() != rec["text_sha1"]:
        err.append("text_sha1 mismatch")
    if rec.get("split", split_of(rec["id"])) != split_of(rec["id"]):
        err.append("split disagrees with the id rule")
    notes = rec["notes"]

    def occurs(s: str, what: str) -> None:
        if s and s not in text and not any(q + s + q in notes for q in ("'", "`", '"')):
            err.append(f"{what} {s!r} not in text (nor quoted in notes)")

    for o in rec["officers"]:
        for k in ("rank", "name", "position"):
            occurs(o[k], f"officer {k}")
        if o["force"] not in ("Polri", "TNI", None):
            err.append(f"force {o['force']!r}")
        if o["name"] and o["name"] not in rec["persons"]:
            err.append(f"officer {o['name']!r} not in persons")
    for key in ("persons", "institutions"):
        for s in rec[key]:
            occurs(s, key[:-1])
        if len(set(rec[key])) != len(rec[key]):
            err.append(f"duplicate {key}")
    for p in rec["places"]:
        occurs(p["text"], "place")
        if p["kind"] not in KINDS:
            err.append(f"place kind {p['kind']!r}")
    values = [d["value"] for d in rec["dates"] if d["value"]]
    if len(set(values)) != len(values):
        err.append("duplicate date values")
    for d in rec["dates"]:
        for s in [d["text"], *d.get("mentions", [])]:
            occurs(s, "date")
        v, g = d["value"], d["granularity"]
        if v is None:
            continue
        if not re.fullmatch(FORMATS.get(g, "x"), v):
            err.append(f"date value {v!r} granularity {g!r}")
        if g == "day":
            wd = WEEKDAYS[dt.date.fromisoformat(v).weekday()]
            for s in [d["text"], *d.get("mentions", [])]:
                named = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", s)]
                if named and wd not in named and "disagree" not in notes:
                    err.append(f"weekday of {s!r} is not {wd} ({v})")
    if rec["event_date"] and not re.fullmatch(FORMATS["day"], rec["event_date"]):
        err.append("event_date format")
    return err


def check_genre(files: list[Path]) -> int:
    import importlib.util
    spec = importlib.util.spec_from_file_location("incident_check", ROOT / "gold/incidents/check.py")
    inc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(inc)
    bad = 0
    for f in files:
        rec = json.loads(Path(f).read_text(encoding="utf-8"))
        errs = inc.genre_problems(rec) + ([] if Path(f).name == rec["id"] + ".json" else ["file name"])
        for e in errs:
            print(f"{Path(f).name}: {e}")
        bad += bool(errs)
    print(f"{len(files)} genre files, {bad} with errors")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--genre", action="store_true", help="check gold/genre (incident fields, own text)")
    args = ap.parse_args()
    if args.genre:
        return check_genre(args.files or sorted((ROOT / "gold/genre").glob("genre-*.json")))
    archive = args.shared / "corpora/archive/indosum-2017-a.jsonl"
    files = args.files or sorted((ROOT / "gold/records").glob("*.json"))
    recs = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    texts = {rec["id"]: rec["text"] for rec in recs if isinstance(rec.get("text"), str)}
    for rec in recs:  # a second annotator's genre_records_b file: checked on A's text, no archive needed
        a_file = ROOT / "gold/genre_records" / f"{rec['id']}.json"
        if "annotator" in rec and rec["id"] not in texts and a_file.exists():
            texts[rec["id"]] = json.loads(a_file.read_text(encoding="utf-8"))["text"]
    if len(texts) < len(recs):
        if not archive.exists():
            print(f"skip: {archive} is absent")
            return 0
        with archive.open(encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                texts.setdefault(art["id"], art["text"])
    bad = 0
    for f, rec in zip(files, recs, strict=True):
        errs = check(rec, texts[rec["id"]]) if rec["id"] in texts else ["id not in archive"]
        for e in errs:
            print(f"{f.name}: {e}")
        bad += bool(errs)
    print(f"{len(files)} records, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
