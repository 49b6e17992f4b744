#!/usr/bin/env python3
"""Select the sentences of the NER + TIME check corpus (issue 19) from the shared IndoSum archive.

usage: python gold/sentences/select.py [--part check|tune] [--shared PATH] [--show] [--seed 19]

Articles: every archive article that is in no gold set (not in gold/records/, gold/incidents/ or
<shared>/corpora/police-gold-dev/).  Per source (10 outlets), 12 or 13 articles (125 in all; the
five outlets that get 13 are drawn by the seed), taken round-robin over the outlet's categories
(each category's articles in seeded random order), so that sports, showbiz, technology and
entertainment pieces come in next to the headline news.  Per article, 2 sentences drawn at random
(seeded) among its eligible ones.  250 sentences.

Two parts, disjoint by article: `check` (the default; seed 19 as is, the selection of the first
250) and `tune`, the same procedure over the articles left once the check part's 125 are also
excluded, with its own seeded generator (`"<seed>:tune"`), so that neither part moves when the
other is read or changed.

Sentences: paragraphs are the archive text's lines; a paragraph is split after `.`, `?` or `!`
(and a closing quote) followed by white space and a capital, digit or opening quote, except
after an initial (`M.`) or a listed abbreviation (`No.`, `Jl.`, `Dr.` ...).  The text is kept AS
IS (IndoSum's detokenization: `Senin (3 / 4)`), without its leading and trailing white space.
Eligible: 6 to 70 words (longer ones are failed splits), no tab, no `<`/`>` (the scorer's inline
tags), no character that str.splitlines() breaks on.

Prints `id start end` per sentence (offsets into the archive `text`), or with --show the
sentence itself under each line, for the annotator's eyes only: this script never writes
archive text anywhere.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = Path("corpora") / "archive" / "indosum-2017-a.jsonl"
PER_ARTICLE = 2
N_ARTICLES = 125

_ABBREV = {"no", "jl", "jln", "kec", "kab", "dr", "drs", "ir", "h", "hj", "prof", "st", "rp", "bpk",
           "kh", "sdr", "nn", "ny", "tn", "mr", "mrs", "ms", "vs", "dll", "dkk", "sbg", "a.n", "u.p"}
_BOUNDARY = re.compile(r"[.?!][\"'”’]?(?=\s+[\"'“‘(]?[A-Z0-9])")
_LINE_BREAKS = set("\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029<>")


def _gold_select():
    spec = importlib.util.spec_from_file_location("gold_select", ROOT / "gold" / "select.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold_ids() -> set[str]:
    return _gold_select().gold_ids_before_incident_round3()


def _later_record_ids() -> list[str]:
    return _gold_select().later_record_ids()


def excluded_ids(shared: Path) -> set[str]:
    ids = _gold_ids()  # records and incidents (incident round 3 came later)
    ids -= set(_later_record_ids())  # added after this selection was drawn: its pool stays as it was
    ids |= {p.stem.removeprefix("indosum-") for p in (shared / "corpora" / "police-gold-dev").glob("*.json")}
    return ids


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, stripped of surrounding white space."""
    out = []
    for para in re.finditer(r"[^\r\n]+", text):
        start = para.start()
        cuts = []
        for m in _BOUNDARY.finditer(para.group()):
            before = para.group()[: m.start()].split()
            last = before[-1].lower() if before else ""
            if (len(last) == 1 and last.isalpha()) or last in _ABBREV:
                continue
            cuts.append(para.start() + m.end())
        for end in cuts + [para.end()]:
            seg = text[start:end]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg.rstrip())
            if trail > lead:
                out.append((start + lead, start + trail))
            start = end
    return out


def eligible(sent: str) -> bool:
    return 6 <= len(sent.split()) <= 70 and not (set(sent) & _LINE_BREAKS)


PARTS = ("check", "tune")


def _pick_outlet(queues: list[list[dict]], want: int, rng: random.Random) -> list[tuple[str, int, int]]:
    """Round-robin over the outlet's category queues: `want` articles, PER_ARTICLE sentences each."""
    chosen, picked = [], 0
    while picked < want and any(queues):
        for q in queues:
            while q and picked < want:
                art = q.pop(0)
                spans = [(s, e) for s, e in sentences(art["text"]) if eligible(art["text"][s:e])]
                if len(spans) < PER_ARTICLE:
                    continue
                chosen += [(art["id"], s, e) for s, e in sorted(rng.sample(spans, PER_ARTICLE))]
                picked += 1
                break
    return chosen


def select(archive: Path, excluded: set[str], seed: int = 19, part: str = "check") -> list[tuple[str, int, int]]:
    """(id, start, end) of the part's sentences; `tune` excludes the check part's articles too."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    if part == "tune":
        excluded = excluded | {art_id for art_id, _, _ in select(archive, excluded, seed, "check")}
        rng = random.Random(f"{seed}:tune")
    else:
        rng = random.Random(seed)
    by_source: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    with archive.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] not in excluded:
                by_source[art["source"]][art["category"]].append(art)
    sources = sorted(by_source)
    extra = set(rng.sample(sources, N_ARTICLES % len(sources)))
    chosen = []
    for source in sources:
        want = N_ARTICLES // len(sources) + (source in extra)
        queues = []
        for cat in sorted(by_source[source]):
            arts = sorted(by_source[source][cat], key=lambda a: a["id"])
            rng.shuffle(arts)
            queues.append(arts)
        chosen += _pick_outlet(queues, want, rng)
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print each sentence (for reading; never saved)")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--part", choices=PARTS, default="check",
                    help="check (scored only) or tune (rules may be written against it)")
    args = ap.parse_args()
    archive = args.shared / ARCHIVE
    if not archive.exists():
        print(f"skip: {archive} is absent (pass --shared PATH)")
        return 0
    texts = {}
    if args.show:
        with archive.open(encoding="utf-8") as fh:
            texts = {a["id"]: a["text"] for a in map(json.loads, fh)}
    rows = select(archive, excluded_ids(args.shared), args.seed, args.part)
    for art_id, s, e in rows:
        print(f"{art_id} {s} {e}")
        if args.show:
            print(f"    {texts[art_id][s:e]}")
    print(f"{len(rows)} sentences from {len({r[0] for r in rows})} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
