"""Select police incident articles from the shared IndoSum archive for the incident gold (issue 22).

Deterministic: an article is a candidate when it mentions the police (``polisi``, ``Polres`` ...)
holds at least MIN_REPORT words of an incident report (tersangka, korban, ditangkap, barang
bukti ...) and at least MIN_CUES cue of one incident kind (drugs, killing, robbery/theft, traffic accident,
fraud, corruption, assault, terrorism). Its kind is the one with most cue hits (ties: the order of
KINDS). Within each kind, candidates are taken in the order of the SHA-1 of their id (a fixed,
content-blind shuffle) up to the kind's quota. Only the 15 articles of
``corpora/police-gold-dev`` are excluded (shared gold rules); overlap with other gold is fine.

Round 3 (``--round 3``): the kinds ``disaster`` and ``attack`` join the cue kinds and the police
word is not required; articles of rounds 1-2 of ``gold/incidents/`` and of ``gold/sentences/`` (whose
``check`` part no other gold set may read) are excluded; the first 30 in SHA-1(id) order are taken
whatever their kind.

Round 5 (``--round 5``, session 24): round 4's rule with the bar lowered to 2 report words, over the
articles of no earlier round (rounds 1-4 of ``gold/incidents/``, police-gold-dev, ``gold/sentences``), in
SHA-1("i5:" + id) order, the first ROUND5_TAKE (none skipped); the ids in draw order are kept in
``gold/incidents/round5_ids.txt``.

Usage: python gold/incidents/select.py [--shared ../shared] [--list] [--round 1|2|3|4|5]
Prints ``id<TAB>kind<TAB>split`` for the selection (``--list``: every candidate with its counts).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys

POLICE = re.compile(r"\b(polisi|kepolisian|polres\w*|polsek\w*|polda|polri|kapolres|kapolsek|kapolda"
                    r"|satreskrim|reskrim|bareskrim|satnarkoba|satlantas|densus|brimob|penyidik)\b", re.I)

# kind -> (quota, cue regex); cues are counted as matches in the text
KINDS = {
    "drugs": (7, r"\b(sabu|narkoba|narkotika|ganja|ekstasi|psikotropika|bnn|pil koplo|tembakau gorila)\b"),
    "killing": (5, r"\b(pembunuhan|dibunuh|membunuh|pembunuh|tewas dibacok|dianiaya hingga tewas|mayat|jenazah korban)\b"),
    "robbery_theft": (5, r"\b(perampokan|merampok|dirampok|perampok|pencurian|mencuri|dicuri|pencuri|curanmor|begal|pembegalan|jambret|penjambretan)\b"),
    "traffic": (5, r"\b(kecelakaan|tabrakan|bertabrakan|menabrak|ditabrak|terguling|terbalik|laka)\b"),
    "fraud": (4, r"\b(penipuan|menipu|ditipu|penipu|investasi bodong|penggelapan|pemalsuan|uang palsu)\b"),
    "corruption": (4, r"\b(korupsi|suap|menyuap|gratifikasi|pungli|pungutan liar|operasi tangkap tangan|ott|tipikor)\b"),
    "assault": (5, r"\b(penganiayaan|dianiaya|menganiaya|pengeroyokan|dikeroyok|pemukulan|dipukul)\b"),
    "terrorism": (2, r"\b(teroris|terorisme|terduga teroris|bom|densus 88)\b"),
}
MIN_CUES = 1
# round 3: kinds the police word never required -- incidents without a police report (disasters,
# accidents, attacks and shootings, fires); only used for selection, with every kind above
ROUND3_KINDS = {
    "disaster": r"\b(gempa|banjir|longsor|kebakaran|ledakan|erupsi|tsunami|kapal tenggelam)\b",
    "attack": r"\b(penembakan|serangan|bom|penusukan)\b",
}
ROUND3_TAKE = 30
# words of an incident report (someone arrested, a victim, a suspect, seized evidence); at least
# MIN_REPORT hits are required, so that commentary merely naming a crime word is left out
REPORT = re.compile(r"\b(tersangka|pelaku|korban|ditangkap|menangkap|diamankan|mengamankan|dibekuk|membekuk"
                    r"|diringkus|meringkus|dicokok|diciduk|ditahan|menahan|barang bukti|tewas|meninggal dunia"
                    r"|luka|terduga|buron|dpo)\b", re.I)
MIN_REPORT = 3


def split_of(article_id: str) -> str:
    return "unseen" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 < 2 else "tune"


def excluded_ids(shared: str) -> set[str]:
    d = os.path.join(shared, "corpora", "police-gold-dev")
    out = set()
    if os.path.isdir(d):
        for f in os.listdir(d):
            if f.startswith("indosum-") and f.endswith(".json"):
                out.add(f[len("indosum-"):-len(".json")])
    return out


def candidates(rows, skip, min_report=MIN_REPORT):
    cues = {k: re.compile(rx, re.I) for k, (_, rx) in KINDS.items()}
    for r in rows:
        if r["id"] in skip or not POLICE.search(r["text"]):
            continue
        if len(REPORT.findall(r["text"])) < min_report:
            continue
        counts = {k: len(rx.findall(r["text"])) for k, rx in cues.items()}
        best = max(KINDS, key=lambda k: counts[k])  # first kind wins ties (dict order)
        if counts[best] >= MIN_CUES:
            yield r, best, counts


def select(rows, skip):
    by_kind: dict[str, list] = {k: [] for k in KINDS}
    for r, kind, _ in candidates(rows, skip):
        by_kind[kind].append(r)
    chosen = []
    for kind, (quota, _) in KINDS.items():
        pool = sorted(by_kind[kind], key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
        chosen += [(r, kind) for r in pool[:quota]]
    return chosen


def gold_ids(gold_dir: str) -> set[str]:
    return {f[:-len(".json")] for f in os.listdir(gold_dir) if f.endswith(".json")}


def sentence_ids(gold_dir: str) -> set[str]:
    """The articles of gold/sentences (its `check` part is scored only: no other gold set may read them)."""
    path = os.path.join(gold_dir, "..", "sentences", "sentences.jsonl")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def _round_of(gold_dir: str, art_id: str) -> int:
    with open(os.path.join(gold_dir, art_id + ".json"), encoding="utf-8") as f:
        return json.load(f).get("round", 1)


def round3(rows, skip):
    """Articles of no earlier round: at least MIN_REPORT report words and a cue of any kind (the
    round-1 kinds plus disaster and attack), no police word required; kind = most cue hits; the first
    ROUND3_TAKE in SHA-1(id) order, no quota per kind."""
    kinds = {k: rx for k, (_, rx) in KINDS.items()} | ROUND3_KINDS
    cues = {k: re.compile(rx, re.I) for k, rx in kinds.items()}
    pool = []
    for r in rows:
        if r["id"] in skip or len(REPORT.findall(r["text"])) < MIN_REPORT:
            continue
        counts = {k: len(rx.findall(r["text"])) for k, rx in cues.items()}
        best = max(kinds, key=lambda k: counts[k])
        if counts[best] >= MIN_CUES:
            pool.append((r, best))
    pool.sort(key=lambda rk: hashlib.sha1(rk[0]["id"].encode()).hexdigest())
    return pool[:ROUND3_TAKE]


def round4(rows, skip):
    """Round 4 (session 14): every article of no earlier round with a police word and at least
    MIN_REPORT report words, whatever its cues (the cue kinds left out police stories of kinds they do
    not name: a death in a lift, child prostitution, a riot); kind = most cue hits or `other`; in
    SHA-1(id) order.  Articles without an incident are annotated as they are (they test precision)."""
    pool = _police_pool(rows, skip, MIN_REPORT)
    pool.sort(key=lambda rk: hashlib.sha1(rk[0]["id"].encode()).hexdigest())
    return pool


def _police_pool(rows, skip, min_report):
    """(row, kind) of every article not in `skip` with a police word and at least `min_report` report
    words, in archive order; kind = the cue kind with most hits, or `other` when none hits."""
    kinds = {k: rx for k, (_, rx) in KINDS.items()} | ROUND3_KINDS
    cues = {k: re.compile(rx, re.I) for k, rx in kinds.items()}
    pool = []
    for r in rows:
        if r["id"] in skip or not POLICE.search(r["text"]) or len(REPORT.findall(r["text"])) < min_report:
            continue
        counts = {k: len(rx.findall(r["text"])) for k, rx in cues.items()}
        best = max(kinds, key=lambda k: counts[k])
        pool.append((r, best if counts[best] else "other"))
    return pool


ROUND5_TAKE = 30
ROUND5_MIN_REPORT = 2


def round5(rows, skip):
    """Round 5 (session 24): round4()'s rule with at least ROUND5_MIN_REPORT report words (round 4 took
    MIN_REPORT), over the articles of no earlier round; kind = most cue hits or `other`; in
    SHA-1("i5:" + id) order (a content-blind shuffle of its own), the first ROUND5_TAKE, none skipped."""
    pool = _police_pool(rows, skip, ROUND5_MIN_REPORT)
    pool.sort(key=lambda rk: hashlib.sha1(("i5:" + rk[0]["id"]).encode()).hexdigest())
    return pool[:ROUND5_TAKE]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    ap.add_argument("--list", action="store_true", help="print every candidate with its cue counts")
    ap.add_argument("--round2", action="store_true",
                    help="second round: every candidate with at least 2 report words that the "
                         "first round (the quota selection) did not take, in SHA-1(id) order")
    ap.add_argument("--round", type=int, choices=(1, 2, 3, 4, 5), default=1,
                    help="3: the first 30 archive articles (SHA-1(id) order) not in gold/incidents nor "
                         "police-gold-dev with 3 report words and a cue of any kind incl. disaster and "
                         "attack, no police word required; 4: every article of no earlier round with a "
                         "police word and 3 report words; 5: the first 30 (SHA-1('i5:' + id) order) of no "
                         "earlier round with a police word and 2 report words")
    a = ap.parse_args(argv)
    if a.round == 2:
        a.round2 = True
    path = os.path.join(a.shared, "corpora", "archive", "indosum-2017-a.jsonl")
    if not os.path.exists(path):
        print(f"archive not found: {path}", file=sys.stderr)
        return 0
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    skip = excluded_ids(a.shared)
    if a.round == 3:
        drawn = gold_ids(here) - {i for i in gold_ids(here) if _round_of(here, i) >= 3}  # its own files: no move
        for r, kind in round3(rows, skip | drawn | sentence_ids(here)):
            print(r["id"], kind, split_of(r["id"]), sep="\t")
        return 0
    if a.round == 4:
        drawn = {i for i in gold_ids(here) if _round_of(here, i) < 4}  # its own files: no move
        for r, kind in round4(rows, skip | drawn | sentence_ids(here)):
            print(r["id"], kind, split_of(r["id"]), sep="\t")
        return 0
    if a.round == 5:
        drawn = {i for i in gold_ids(here) if _round_of(here, i) < 5}  # its own files: no move
        for r, kind in round5(rows, skip | drawn | sentence_ids(here)):
            print(r["id"], kind, split_of(r["id"]), sep="\t")
        return 0
    if a.round2:
        round1 = {r["id"] for r, _ in select(rows, skip)}
        pool = [(r, k) for r, k, _ in candidates(rows, skip, min_report=2) if r["id"] not in round1]
        for r, kind in sorted(pool, key=lambda rk: hashlib.sha1(rk[0]["id"].encode()).hexdigest()):
            print(r["id"], kind, split_of(r["id"]), sep="\t")
        return 0
    if a.list:
        for r, kind, counts in candidates(rows, skip):
            print(r["id"], kind, json.dumps(counts), sep="\t")
        return 0
    for r, kind in select(rows, skip):
        print(r["id"], kind, split_of(r["id"]), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
