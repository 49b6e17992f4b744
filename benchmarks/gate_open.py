"""Whether the incident gate opens (issue 22, s21gate): the cheap pre-check (`incident_gate.may_report_incident`)
and the cue test on the built doc (`incident_facts._holds_cues`), per gold file with incident facts, or over the archive.

    python benchmarks/gate_open.py --split tune [--gold gold/genre] [--round all]   # open/shut per file, with ids
    python benchmarks/gate_open.py --split unseen [--gold gold/genre]               # the count of shut files only
    python benchmarks/gate_open.py --archive [--skip IDS_FILE] [--shut-cued N] [--open-bare N]

A gold file counts when its gold holds a suspect, a victim or a casualty count. ``--split unseen`` prints no id
(unseen gold is scored, never read for errors). ``--archive`` counts the open articles of the shared archive (each
with its publication from its id, as `snapshot.py`) and, with ``--shut-cued N`` / ``--open-bare N``, lists N ids of
shut articles whose text names a death, injury, arrest or seizure, and N open ones whose record holds no suspect,
victim nor toll (for reading), leaving out the ids of ``--skip`` (one id a line).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_incidents import collect_texts, load_gold  # noqa: E402
from snapshot import ARCHIVE, published_from_id  # noqa: E402

# a reader's rough words of harm or custody, only to pick shut articles worth reading (not the gate's words)
_HARM = re.compile(r"\b(?:tewas|meninggal|luka|terluka|ditangkap|diamankan|disita|menyita|jenazah|mayat)\b", re.IGNORECASE)


def _gate():
    """`analyze` with the cue test's verdict recorded: (analyze, the verdicts list)."""
    import polsek_nlp
    from polsek_nlp.recognize import incident_facts

    seen: list[bool] = []
    holds = incident_facts._holds_cues

    def recorded(text, doc=None):
        out = holds(text, doc)
        seen.append(out)
        return out

    incident_facts._holds_cues = recorded
    return polsek_nlp.analyze, seen


def _open(analyze, seen: list[bool], text: str, published: str | None, id_: str):
    seen.clear()
    rec = analyze(text, published=published, id=id_).to_dict()
    return bool(seen and seen[-1]), rec


def _has_facts(g: dict) -> bool:
    cas = g.get("casualties") or {}
    return bool(g.get("suspects") or g.get("victims") or any(v for v in cas.values() if v))


def gold_gate(gold: Path, split: str, rnd: str, shared: Path) -> int:
    golds = [g for g in load_gold(gold, split, rnd) if _has_facts(g)]
    texts = collect_texts(golds, shared) or {}
    analyze, seen = _gate()
    shut = []
    for g in golds:
        text = texts.get(g["id"])
        if text is None:
            continue
        is_open, _ = _open(analyze, seen, text, g.get("published"), g["id"])
        if not is_open:
            shut.append(g["id"])
        if split == "tune":
            print(f"{'open' if is_open else 'SHUT'}  {g['id']}")
    print(f"{gold} split={split} round={rnd}: {len(golds)} files with incident facts, {len(shut)} shut")
    return 0


def archive_gate(skip: set[str], shut_cued: int, open_bare: int) -> int:
    analyze, seen = _gate()
    n = opened = 0
    cued, bare = [], []
    for line in ARCHIVE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        n += 1
        is_open, rec = _open(analyze, seen, item["text"], published_from_id(item["id"]), item["id"])
        opened += is_open
        if item["id"] in skip:
            continue
        cas = rec.get("casualties") or {}
        if not is_open and len(cued) < shut_cued and _HARM.search(item["text"]):
            cued.append(item["id"])
        if is_open and len(bare) < open_bare and not (rec.get("suspects") or rec.get("victims")
                                                      or any(v for v in cas.values() if v)):
            bare.append(item["id"])
    print(f"archive: {opened} of {n} articles open the gate")
    if cued:
        print("shut, naming harm or custody:", *cued, sep="\n  ")
    if bare:
        print("open, no suspect, victim nor toll:", *bare, sep="\n  ")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "gold" / "incidents")
    ap.add_argument("--split", default="tune", choices=["tune", "unseen"])
    ap.add_argument("--round", default="all")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--archive", action="store_true")
    ap.add_argument("--skip", type=Path)
    ap.add_argument("--shut-cued", type=int, default=0)
    ap.add_argument("--open-bare", type=int, default=0)
    a = ap.parse_args(argv)
    if a.archive:
        skip = set(a.skip.read_text(encoding="utf-8").split()) if a.skip else set()
        return archive_gate(skip, a.shut_cued, a.open_bare)
    return gold_gate(a.gold, a.split, a.round, a.shared)


if __name__ == "__main__":
    sys.exit(main())
