"""Consistency checks of the incident gold (no NLP): field shapes and value formats, the status /
role / unit / currency vocabularies of README.md, split and published derived from the id, and,
when the archive is present, text_sha1 and that every name, alias and residence occurs in the text.

Usage: python gold/incidents/check.py [--shared ../shared]   (exit 1 on a problem)
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id", "url", "published", "text_sha1", "split", "story_type", "suspects", "victims", "casualties",
        "evidence", "losses", "charges", "event", "notes"]
KEYS3 = KEYS[:5] + ["round"] + KEYS[5:]  # round 3 on: the selection round after split
ROUNDS = (3, 4, 5)  # the rounds that write a `round` field
SUSPECT = ["name", "alias", "age", "sex", "residence", "status", "role"]
VICTIM = ["name", "age", "sex", "residence", "status"]
S_STATUS = {"ditangkap", "diamankan", "ditahan", "tersangka", "buron", "tewas", "dihukum", "dibebaskan",
            "diperiksa", None}
V_STATUS = {"tewas", "luka berat", "luka ringan", "luka", "hilang", "selamat", "dirugikan", None}
ROLES = {"tersangka", "terduga", "pelaku", "terdakwa", "terpidana", "pengedar", "kurir", "bandar", "pengguna",
         "pengemudi", "terlapor", None}
UNITS = {"g", "kg", "mg", "butir", "botol", "unit", "paket", "lembar", "batang", "bungkus", "karung", "linting",
         "papan", "ekor", "buah", "pucuk", "ml", "liter", None}
KINDS = {"kerugian", "barang bukti", "suap", "uang tunai", "denda", "pemerasan", "biaya", "nilai barang bukti",
         "jaminan", "aset", "other"}
STORY = {"drugs", "killing", "robbery_theft", "traffic", "fraud", "corruption", "assault", "terrorism",
         "sexual_crime", "disaster", "other"}


def _dev_ids() -> set[str]:
    d = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpora",
                     "police-gold-dev")
    if not os.path.isdir(d):
        return set()
    return {f[len("indosum-"):-len(".json")] for f in os.listdir(d) if f.startswith("indosum-")}


DEV_IDS = _dev_ids()


def _published_ok(i: str, published) -> bool:
    """An archive id starts with its Unix timestamp: `published` is it in WIB. A gold/genre id carries none:
    `published` need only be a `YYYY-MM-DDTHH:MM` time."""
    if i[:1].isdigit():
        ts = int(i.split("-")[0])
        return published == (dt.datetime.fromtimestamp(ts, dt.timezone.utc) + dt.timedelta(hours=7)).strftime(
            "%Y-%m-%dT%H:%M")
    try:
        return len(published) == 16 and bool(dt.datetime.strptime(published, "%Y-%m-%dT%H:%M"))
    except (TypeError, ValueError):
        return False


def problems(g: dict, text: str | None) -> list[str]:
    out = []
    if list(g) != KEYS and not (list(g) == KEYS3 and g["round"] in ROUNDS):
        out.append(f"keys {list(g)}")
    i = g["id"]
    split = "unseen" if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 5 < 2 else "tune"
    if i in DEV_IDS:  # police-gold-dev articles shaped the rules already: never unseen
        split = "tune"
    if g["split"] != split:
        out.append("split")
    if not _published_ok(i, g["published"]):
        out.append("published")
    if g["story_type"] not in STORY:
        out.append(f"story_type {g['story_type']}")
    for key, fields, status in (("suspects", SUSPECT, S_STATUS), ("victims", VICTIM, V_STATUS)):
        for p in g[key]:
            if list(p) != fields:
                out.append(f"{key} fields {list(p)}")
            if p["age"] is not None and not isinstance(p["age"], int):
                out.append(f"{key} age {p['age']}")
            if p["sex"] not in ("L", "P", None):
                out.append(f"{key} sex {p['sex']}")
            if p["status"] not in status:
                out.append(f"{key} status {p['status']}")
            if key == "suspects" and p["role"] not in ROLES:
                out.append(f"role {p['role']}")
            for k in ("name", "alias", "residence"):
                if p.get(k) is not None and text is not None and p[k] not in text:
                    out.append(f"{key} {k} not in text: {p[k]}")
    if sorted(g["casualties"]) != ["dead", "injured", "missing"] or not all(
            v is None or isinstance(v, int) for v in g["casualties"].values()):
        out.append("casualties")
    for e in g["evidence"]:
        if list(e) != ["item", "quantity", "unit"] or e["unit"] not in UNITS or not (
                e["quantity"] is None or isinstance(e["quantity"], (int, float))) or e["item"] != e["item"].lower():
            out.append(f"evidence {e}")
    for m in g["losses"]:
        if list(m) != ["amount", "currency", "kind"] or not isinstance(m["amount"], int) or m["kind"] not in KINDS \
                or len(m["currency"]) != 3 or m["currency"] != m["currency"].upper():
            out.append(f"losses {m}")
    for c in g["charges"]:
        if list(c) != ["article", "clause", "law", "max_penalty"] or not isinstance(c["article"], str) or not (
                c["law"] == "KUHP" or c["law"].startswith(("UU ", "Perppu "))):
            out.append(f"charges {c}")
    ev = g["event"]
    if list(ev) != ["arrests", "type", "subtype"] or not (ev["arrests"] is None or isinstance(ev["arrests"], int)):
        out.append(f"event {ev}")
    if not g["notes"]:
        out.append("notes empty")
    if text is not None and hashlib.sha1(text.encode("utf-8")).hexdigest() != g["text_sha1"]:
        out.append("text_sha1")
    return out


GENRE_KEYS = KEYS[:5] + ["kind", "style"] + KEYS[5:] + ["text"]
GENRE_ROUNDS = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)  # gold/genre: round 1 files have no `round`; from round 2 on it follows split


def genre_problems(g: dict) -> list[str]:
    """A gold/genre file (invented report with its own `text`): the incident checks of `problems` on its
    incident fields, against its own text, plus the genre keys (`kind`, `style`, `text`, `round`); units
    also from the project's unit table (`utas`, `ikat` ...), which the invented reports use."""
    keys = GENRE_KEYS if "round" not in g else GENRE_KEYS[:5] + ["round"] + GENRE_KEYS[5:]
    out = [] if list(g) == keys and g.get("round", GENRE_ROUNDS[0]) in GENRE_ROUNDS else [f"keys {list(g)}"]
    units = _table_units()
    core = {k: g[k] for k in KEYS if k in g}
    core["evidence"] = [dict(e, unit=None) if e.get("unit") in units else e for e in g.get("evidence", [])]
    return out + problems(core, g.get("text"))


def _table_units() -> set[str]:
    path = os.path.join(HERE, "..", "..", "src", "polsek_nlp", "data", "incident_units.tsv")
    with open(path, encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f if ln.strip() and not ln.startswith("#")]
    return {r[1] for r in rows[1:] if len(r) > 1}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"))
    a = ap.parse_args(argv)
    path = os.path.join(a.shared, "corpora", "archive", "indosum-2017-a.jsonl")
    texts = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            texts = {r["id"]: r["text"] for r in map(json.loads, f)}
    else:
        print(f"archive not found ({path}): text checks skipped")
    bad = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            g = json.load(fh)
        if f != g["id"] + ".json":
            print(f, "file name")
            bad += 1
        for p in problems(g, texts.get(g["id"]) if texts else None):
            print(f, p)
            bad += 1
    print(f"{len(files)} files, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
