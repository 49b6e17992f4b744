#!/usr/bin/env python3
"""List candidate articles for gold annotation (issue 19, annotator A: even line indexes).

usage: python gold/select.py [--shared PATH] [--parity even|odd] [--round 1|4|5|6|7|8|9]

Candidates: archive lines (0-based) of the chosen parity with category "tajuk utama", not among
the police-gold-dev articles, that are police or regional-government news: at least 2 mentions
of police ranks/units/posts, or at least one mention of a regional government, court, election
body, disaster agency or TNI.  Prints line index, split, outlet, counts, id and a lead snippet;
the final choice of 25 for a spread of story types and outlets is made by hand (gold/README.md).
Prints only ids and short leads, never writes article text anywhere.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

POLICE = re.compile(
    r"\b(AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigadir|Briptu|Bripda|Kombes|Brigjen|Irjen|"
    r"Komjen|Kapolri|Kapolda|Kapolres\w*|Kapolsek|Polres\w*|Polsek|Polda|Mabes Polri|Brimob|"
    r"Satreskrim|Reskrim|Satresnarkoba|Satlantas|Bareskrim|Densus|Kasat\w*|Kanit\w*|"
    r"Kabid Humas|Komisaris Besar|Ajun Komisaris|Inspektur)\b")
REGIONAL = re.compile(
    r"\b(Pemkab|Pemkot|Pemprov|Pemerintah (?:Kabupaten|Kota|Provinsi)|Bupati|Wali ?kota|Gubernur|"
    r"DPRD|Pengadilan|PN\s[A-Z]\w+|Tipikor|Mahkamah|Kejaksaan|Kejari|Kejati|KPU|KPUD|Bawaslu|"
    r"Panwaslu|BPBD|BNPB|Basarnas|TNI|Kodim|Korem|Kodam|Dandim|Danrem|Pangdam|KPK)\b")


def split_of(art_id: str) -> str:
    return "unseen" if int(hashlib.sha1(art_id.encode()).hexdigest(), 16) % 5 < 2 else "tune"


def _id_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def round4_record_ids() -> list[str]:
    """gold/records ids annotated in round 4 (gold/records/round4_ids*.txt, one list per annotator), drawn by
    round4() below after every other seeded selector: all of them leave these ids out of their exclusions."""
    return [i for path in sorted((ROOT / "gold" / "records").glob("round4_ids*.txt")) for i in _id_list(path)]


def round5_record_ids() -> list[str]:
    """gold/records ids annotated in round 5 (session 19, gold/records/round5_ids.txt), in draw order, drawn
    by round5() below after every other selector: all of them leave these ids out of their exclusions."""
    return _id_list(ROOT / "gold" / "records" / "round5_ids.txt")


def round6_record_ids() -> list[str]:
    """gold/records ids annotated in round 6 (session 21, gold/records/round6_ids.txt), in draw order, drawn
    by round6() below after every other selector: all of them leave these ids out of their exclusions."""
    return _id_list(ROOT / "gold" / "records" / "round6_ids.txt")


def round7_record_ids() -> list[str]:
    """gold/records ids annotated in round 7 (session 22, gold/records/round7_ids.txt), in draw order, drawn
    by round7() below after every other selector: all of them leave these ids out of their exclusions."""
    return _id_list(ROOT / "gold" / "records" / "round7_ids.txt")


def round8_record_ids() -> list[str]:
    """gold/records ids annotated in round 8 (session 23, gold/records/round8_ids.txt), in draw order, drawn
    by round8() below after every other selector: all of them leave these ids out of their exclusions."""
    return _id_list(ROOT / "gold" / "records" / "round8_ids.txt")


def round9_record_ids() -> list[str]:
    """gold/records ids annotated in round 9 (session 24, gold/records/round9_ids.txt), in draw order, drawn
    by round9() below after every other selector: all of them leave these ids out of their exclusions."""
    return _id_list(ROOT / "gold" / "records" / "round9_ids.txt")


def round3_record_ids() -> list[str]:
    """gold/records ids annotated in round 3 (gold/records/round3_ids.txt), in draw order."""
    return _id_list(ROOT / "gold" / "records" / "round3_ids.txt")


def later_record_ids() -> list[str]:
    """gold/records ids annotated in round 3 (gold/records/round3_ids.txt), in draw order, then those of
    rounds 4, 5, 6, 7, 8 and 9.  The seeded selectors drawn before them (event_dates, sentences) leave them out of their
    exclusions."""
    return (round3_record_ids() + round4_record_ids() + round5_record_ids() + round6_record_ids()
            + round7_record_ids() + round8_record_ids() + round9_record_ids())


def gold_ids_before_incident_round3() -> set[str]:
    """The ids of gold/records (but rounds 4-9) and of gold/incidents rounds 1-2 (files without `"round": 3`):
    incident round 3 was drawn after the seeded selectors of event_dates, sentences and records, which exclude
    these so that their draws stay as they were; record rounds 4-9 came after all of them."""
    out = {p.stem for p in (ROOT / "gold" / "records").glob("*.json")}
    out -= (set(round4_record_ids()) | set(round5_record_ids()) | set(round6_record_ids())
            | set(round7_record_ids()) | set(round8_record_ids()) | set(round9_record_ids()))
    for path in (ROOT / "gold" / "incidents").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8")).get("round", 1) < 3:
            out.add(path.stem)
    return out


def _headlines(archive: Path, taken: set[str]):
    """The archive's "tajuk utama" (headline) articles whose id is not in `taken`, in file order."""
    with archive.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["category"] == "tajuk utama" and art["id"] not in taken:
                yield art


ROUND4_TAKE = 40


def round4(archive: Path, excluded: set[str]) -> list[tuple[str, str, int, int]]:
    """Round 4 (session 14): the candidates of the rule above, of either parity, in no gold set that
    holds whole records or incident facts (gold/records, gold/incidents of rounds 1-3, police-gold-dev) nor in
    gold/sentences (whose `check` part no other gold set may read); most are in gold/event_dates,
    which annotated only their lead event's day. The first ROUND4_TAKE in SHA-1("r4:" + id) order,
    a content-blind shuffle, the articles with at least 2 police words first; annotator A takes even positions, B odd ones.  The
    round's own gold/records files (round4_ids*.txt) stay in the pool, so the draw repeats after they were added.  Returns
    (id, split, pol, reg) rows."""
    taken = set(excluded)
    # its own files (round4_ids*.txt) and incident files of round 4 on, annotated after this draw, do not move it
    taken |= ({p.stem for p in (ROOT / "gold" / "records").glob("*.json")}
              - set(round4_record_ids()) - set(round5_record_ids())  # rounds 5-9 were drawn after this one
              - set(round6_record_ids()) - set(round7_record_ids()) - set(round8_record_ids())
              - set(round9_record_ids()))
    for path in (ROOT / "gold" / "incidents").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8")).get("round", 1) < 4:
            taken.add(path.stem)
    with (ROOT / "gold" / "sentences" / "sentences.jsonl").open(encoding="utf-8") as fh:
        taken |= {json.loads(line)["id"] for line in fh if line.strip()}
    pool = []
    for art in _headlines(archive, taken):
        pol = len(POLICE.findall(art["text"]))
        reg = len(REGIONAL.findall(art["text"]))
        if pol >= 2 or reg >= 1:
            pool.append((art["id"], split_of(art["id"]), pol, reg))
    # police articles first (the blind sets are police news), each group in a content-blind order
    pool.sort(key=lambda row: (row[2] < 2, hashlib.sha1(("r4:" + row[0]).encode()).hexdigest()))
    return pool[:ROUND4_TAKE]


ROUND5_TAKE = 30


def all_gold_ids() -> set[str]:
    """Every id of a gold set that holds archive articles: gold/records, gold/records_b, gold/incidents,
    gold/incidents_b, gold/event_dates, gold/sentences and every gold/**/*_ids*.txt list -- but the incident
    files of round 5 on (gold/incidents/round5_ids.txt, session 24), drawn after every record round, which
    these draws leave out of their exclusions so that they stay as they were."""
    gold = ROOT / "gold"
    out: set[str] = set()
    for sub in ("records", "records_b", "incidents_b"):
        out |= {p.stem for p in (gold / sub).glob("*.json")}
    for path in (gold / "incidents").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8")).get("round", 1) < 5:
            out.add(path.stem)
    for name in ("event_dates/event_dates.jsonl", "sentences/sentences.jsonl"):
        with (gold / name).open(encoding="utf-8") as fh:
            out |= {json.loads(line)["id"] for line in fh if line.strip()}
    for path in gold.glob("**/*_ids*.txt"):
        if path != gold / "incidents" / "round5_ids.txt":
            out |= set(_id_list(path))
    return out


def round5(archive: Path, excluded: set[str]) -> list[tuple[str, str, int, int, str]]:
    """Round 5 (session 19): the archive articles that match the rule above (at least 2 police words or
    one regional word), of either parity, in no gold set yet (all_gold_ids(), police-gold-dev).  Only 6
    "tajuk utama" (headline) articles were left, so the pool takes the other categories too (hiburan,
    showbiz, olahraga, teknologi): the "tajuk utama" ones first, then the others; within each, the
    articles with at least 2 police words first, then the regional ones, each group in SHA-1("r5:" + id)
    order, a content-blind shuffle; the first ROUND5_TAKE, none skipped.  The round's own ids (gold/records/round5_ids.txt) stay in the pool; as the order is
    fixed by the id, a later gold set that takes other candidates cannot move these 30.  Returns
    (id, split, pol, reg, category) rows."""
    taken = ((set(excluded) | all_gold_ids()) - set(round5_record_ids())
             - set(round6_record_ids()) - set(round7_record_ids())
             - set(round8_record_ids()) - set(round9_record_ids()))  # r6, r7, r8 and r9 came later
    pool = []
    with archive.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in taken:
                continue
            pol = len(POLICE.findall(art["text"]))
            reg = len(REGIONAL.findall(art["text"]))
            if pol >= 2 or reg >= 1:
                pool.append((art["id"], split_of(art["id"]), pol, reg, art["category"]))
    pool.sort(key=lambda row: (row[4] != "tajuk utama", row[2] < 2,
                               hashlib.sha1(("r5:" + row[0]).encode()).hexdigest()))
    return pool[:ROUND5_TAKE]


ROUND6_TAKE = 30
# round 6's grouping word pattern (selection only, not a rule): crime and court words of national news
CRIME = re.compile(r"\b(polisi|Polri|tersangka|ditangkap|diamankan|pelaku|korban|kejahatan|pembunuhan|narkoba|"
                   r"kecelakaan|penipuan|korupsi|terdakwa|dakwaan|vonis)\b", re.I)


def round6(archive: Path, excluded: set[str]) -> list[tuple[str, str, int, str]]:
    """Round 6 (session 21): every "tajuk utama" (headline) article of the archive in no gold set yet
    (all_gold_ids(), police-gold-dev), with no word filter: the police and regional patterns above match none
    left (round 5 took the last six).  Grouped: the articles with at least 2 CRIME matches first, then the
    rest; each group in SHA-1("r6:" + id) order, a content-blind shuffle; the first ROUND6_TAKE, none skipped.
    The round's own ids (gold/records/round6_ids.txt) stay in the pool, so the draw repeats with its files in
    place.  Returns (id, split, crime, source) rows."""
    taken = ((set(excluded) | all_gold_ids()) - set(round6_record_ids()) - set(round7_record_ids())
             - set(round8_record_ids()) - set(round9_record_ids()))  # r7, r8 and r9 came later
    pool = [(art["id"], split_of(art["id"]), len(CRIME.findall(art["text"])), art["source"])
            for art in _headlines(archive, taken)]
    pool.sort(key=lambda row: (row[2] < 2, hashlib.sha1(("r6:" + row[0]).encode()).hexdigest()))
    return pool[:ROUND6_TAKE]


ROUND7_TAKE = 30


def round7(archive: Path, excluded: set[str]) -> list[tuple[str, str, int, str]]:
    """Round 7 (session 22): round 6's rule on what round 6 left.  Every "tajuk utama" (headline) article of the
    archive in no gold set yet (all_gold_ids(), police-gold-dev), no word filter; grouped: at least 2 CRIME
    matches first (none are left), then the rest; each group in SHA-1("r7:" + id) order, a content-blind
    shuffle; the first ROUND7_TAKE, none skipped.  The round's own ids (gold/records/round7_ids.txt) stay in the
    pool, so the draw repeats with its files in place.  Returns (id, split, crime, source) rows."""
    taken = ((set(excluded) | all_gold_ids()) - set(round7_record_ids()) - set(round8_record_ids())
             - set(round9_record_ids()))  # r8 and r9 came later
    pool = [(art["id"], split_of(art["id"]), len(CRIME.findall(art["text"])), art["source"])
            for art in _headlines(archive, taken)]
    pool.sort(key=lambda row: (row[2] < 2, hashlib.sha1(("r7:" + row[0]).encode()).hexdigest()))
    return pool[:ROUND7_TAKE]


ROUND8_TAKE = 30


def round8(archive: Path, excluded: set[str]) -> list[tuple[str, str, int, str]]:
    """Round 8 (session 23): round 7's rule on what round 7 left.  Every "tajuk utama" (headline) article of the
    archive in no gold set yet (all_gold_ids(), police-gold-dev), no word filter; grouped: at least 2 CRIME
    matches first, then the rest; each group in SHA-1("r8:" + id) order, a content-blind shuffle; the first
    ROUND8_TAKE, none skipped.  The round's own ids (gold/records/round8_ids.txt) stay in the pool, so the draw
    repeats with its files in place.  Returns (id, split, crime, source) rows."""
    taken = (set(excluded) | all_gold_ids()) - set(round8_record_ids()) - set(round9_record_ids())  # r9 came later
    pool = [(art["id"], split_of(art["id"]), len(CRIME.findall(art["text"])), art["source"])
            for art in _headlines(archive, taken)]
    pool.sort(key=lambda row: (row[2] < 2, hashlib.sha1(("r8:" + row[0]).encode()).hexdigest()))
    return pool[:ROUND8_TAKE]


def round9(archive: Path, excluded: set[str]) -> list[tuple[str, str, int, str]]:
    """Round 9 (session 24): round 8's rule on what round 8 left.  Every "tajuk utama" (headline) article of the
    archive in no gold set yet (all_gold_ids(), police-gold-dev), no word filter; grouped: at least 2 CRIME
    matches first, then the rest; each group in SHA-1("r9:" + id) order, a content-blind shuffle; all of them
    (the 45 headline articles round 8 left), none skipped.  The round's own ids (gold/records/round9_ids.txt) stay
    in the pool, so the draw repeats with its files in place.  Returns (id, split, crime, source) rows."""
    taken = (set(excluded) | all_gold_ids()) - set(round9_record_ids())
    pool = [(art["id"], split_of(art["id"]), len(CRIME.findall(art["text"])), art["source"])
            for art in _headlines(archive, taken)]
    pool.sort(key=lambda row: (row[2] < 2, hashlib.sha1(("r9:" + row[0]).encode()).hexdigest()))
    return pool


def _print_round(rnd: int, archive: Path, excluded: set[str]) -> None:
    """Print the seeded draw of record round 4, 5, 6, 7, 8 or 9 (one row per id, in draw order)."""
    if rnd == 4:
        for k, (art_id, split, pol, reg) in enumerate(round4(archive, excluded)):
            print(f"{'AB'[k % 2]} {split:6s} pol={pol:2d} reg={reg:2d} {art_id}")
    elif rnd == 5:
        for k, (art_id, split, pol, reg, cat) in enumerate(round5(archive, excluded), 1):
            print(f"{k:2d} {split:6s} pol={pol:2d} reg={reg:2d} {cat:11s} {art_id}")
    else:
        draw = {6: round6, 7: round7, 8: round8, 9: round9}[rnd]
        for k, (art_id, split, crime, source) in enumerate(draw(archive, excluded), 1):
            print(f"{k:2d} {split:6s} crime={crime:2d} {source[:13]:13s} {art_id}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--parity", choices=("even", "odd"), default="even")
    ap.add_argument("--round", type=int, choices=(1, 4, 5, 6, 7, 8, 9), default=1,
                    help="4: the seeded round-4 draw (ids of both annotators, A = even positions); "
                         "5: the seeded round-5 draw (session 19, 30 ids, one annotator); "
                         "6: the seeded round-6 draw (session 21, 30 headline ids, crime words first); "
                         "7: the seeded round-7 draw (session 22, round 6's rule on the headline ids left); "
                         "8: the seeded round-8 draw (session 23, round 7's rule on the headline ids left); "
                         "9: the seeded round-9 draw (session 24, round 8's rule on all the headline ids left)")
    args = ap.parse_args()
    archive = args.shared / "corpora/archive/indosum-2017-a.jsonl"
    dev = args.shared / "corpora/police-gold-dev"
    if not archive.exists():
        print(f"skip: {archive} is absent (pass --shared PATH)")
        return 0
    excluded = {p.stem.removeprefix("indosum-") for p in dev.glob("indosum-*.json")}
    if args.round != 1:
        _print_round(args.round, archive, excluded)
        return 0
    want = 0 if args.parity == "even" else 1
    n = 0
    with archive.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 2 != want:
                continue
            art = json.loads(line)
            if art["category"] != "tajuk utama" or art["id"] in excluded:
                continue
            pol = len(POLICE.findall(art["text"]))
            reg = len(REGIONAL.findall(art["text"]))
            if pol < 2 and reg < 1:
                continue
            n += 1
            lead = " ".join(art["text"].split()[:18])
            print(f"{i:5d} {split_of(art['id']):6s} {art['source'][:12]:12s} pol={pol:2d} "
                  f"reg={reg:2d} {art['id']}\n      {lead}")
    print(f"{n} candidates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
