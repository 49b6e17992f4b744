#!/usr/bin/env python3
"""Agreement of two annotators on the gold records of issue 19 (``gold/records`` = annotator A,
``gold/records_b`` = a second annotator B who annotated the same archive articles blind, without A's
files and without any tool's output).

    python benchmarks/records_agreement.py [--split tune|unseen|all] [--round all|1-2|N] [--a DIR] [--b DIR]
    python benchmarks/records_agreement.py --split tune --diff        # the disagreements, tune only
    python benchmarks/records_agreement.py skeleton --ids IDS.txt --out gold/records_b
    python benchmarks/records_agreement.py text ID                    # an archive article's text

Each B record is scored against A's record of the same id by the rules of the shared scorer
(``../shared/eval/score_records.py``: officers and persons by name, institutions and places by folded
name, dates by value, the event date exactly), with B in the place of the system's record: P is the share
of B's entries that A has, R the share of A's that B has, F1 the same whichever is the reference. The
figure bounds what a scorer against one annotator can measure.

B files need no ``split``: one without it takes A's (``gold/genre_records_b``); only the ids B has are scored.
``--round`` keeps the ids whose A file is of that round (A's ``round``, 1 when absent; B files carry none), e.g.
``--a gold/genre_records --b gold/genre_records_b --round 6`` for one round of a folder that holds several.

``--diff`` lists the disagreements for the tune split; on unseen it is refused unless
``--annotator-view`` is given (for the annotators adjudicating their own disagreements, never for a rule
writer). ``skeleton`` writes B files holding only A's key fields (id, source, url, title, published,
year_hint, outlet, category, text_sha1, split) and empty lists, copying none of A's annotations.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from score_incidents import load_gold
from second_annotator import parse, write_skeletons

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARCHIVE = SHARED / "corpora" / "archive" / "indosum-2017-a.jsonl"
A_DIR = ROOT / "gold" / "records"
B_DIR = ROOT / "gold" / "records_b"
KEYS = ("id", "source", "url", "title", "published", "year_hint", "outlet", "category", "text_sha1", "split")
LISTS = ("officers", "persons", "institutions", "places", "dates")
EMPTY = {"officers": [], "persons": [], "institutions": [], "places": [], "dates": [], "event_date": None,
         "event_summary": "", "notes": "", "annotator": "B"}


def _scorer():
    """The shared scorer's matching helpers (``score_records.py`` and its ``common.py``)."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score_records  # noqa: PLC0415
    return score_records


def _load(folder: Path, split: str) -> list[dict]:
    out = []
    for path in sorted(Path(folder).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        if split == "all" or g.get("split") == split:
            out.append(g)
    return out


class Tally:
    """Counts per list (tp, B's entries, A's entries), officers' rank/position agreement, event dates."""

    def __init__(self) -> None:
        self.lists = {k: [0, 0, 0] for k in LISTS}
        self.matched = self.rank_ok = self.pos_ok = self.ev_ok = self.ev_n = self.articles = 0
        self.diff: list[str] = []

    def report(self, sr) -> str:
        lines = [f"articles: {self.articles}"]
        f1s = []
        for key, (tp, nb, na) in self.lists.items():
            p, r, f1 = sr.prf(tp, nb, na)
            f1s.append(f1)
            lines.append(f"{key:12} P {p:.3f} R {r:.3f} F1 {f1:.3f}  (A {na}, B {nb})")
        if self.matched:
            lines.append(f"officer rank agreement {self.rank_ok / self.matched:.3f}, position agreement "
                         f"{self.pos_ok / self.matched:.3f} (of {self.matched} matched)")
        if self.ev_n:
            lines.append(f"event date agreement {self.ev_ok / self.ev_n:.3f} (of {self.ev_n} where A has one)")
        lines.append(f"mean F1 {sum(f1s) / len(f1s):.4f}")
        return "\n".join(lines + self.diff)


def _officers(sr, a: dict, b: dict, t: Tally) -> None:
    g_off = [o for o in a.get("officers", []) if o.get("name")]
    left = [o for o in b.get("officers", []) if isinstance(o, dict) and o.get("name")]
    t.lists["officers"][1] += len(left)
    t.lists["officers"][2] += len(g_off)
    for go in g_off:
        hit = next((po for po in left if sr.person_equal(po["name"], go["name"])), None)
        if hit is None:
            t.diff.append(f"{a['id']}\tofficers\tA only\t{go.get('rank')} {go['name']}")
            continue
        left.remove(hit)
        t.lists["officers"][0] += 1
        t.matched += 1
        t.rank_ok += sr.norm(go.get("rank")) == sr.norm(hit.get("rank"))
        t.pos_ok += sr.norm(go.get("position")) == sr.norm(hit.get("position"))
    t.diff.extend(f"{a['id']}\tofficers\tB only\t{po.get('rank')} {po['name']}" for po in left)


def score_pair(sr, a: dict, b: dict, t: Tally) -> None:
    """Add one article's agreement counts to `t`."""
    t.articles += 1
    _officers(sr, a, b, t)
    values = lambda rec: [d["value"] for d in rec.get("dates", []) if isinstance(d, dict) and d.get("value")]  # noqa: E731
    pairs = {
        "persons": (sr.names(b.get("persons"), "name"), a.get("persons", []), sr.person_equal),
        "institutions": (sr.names(b.get("institutions"), "name", "text"), a.get("institutions", []),
                         sr.folded_equal),
        "places": (sr.names(b.get("places"), "name", "text"), sr.names(a.get("places"), "text"), sr.folded_equal),
        "dates": (values(b), values(a), lambda x, y: str(x) == str(y)),
    }
    for key, (pred, gold, same) in pairs.items():
        seen, uniq = set(), []
        for p in pred:
            if sr.norm(str(p)) not in seen:
                seen.add(sr.norm(str(p)))
                uniq.append(p)
        tp, a_only, b_only = sr.match_lists(uniq, gold, same)
        counts = t.lists[key]
        counts[0], counts[1], counts[2] = counts[0] + tp, counts[1] + len(uniq), counts[2] + len(gold)
        t.diff.extend(f"{a['id']}\t{key}\tA only\t{x}" for x in a_only)
        t.diff.extend(f"{a['id']}\t{key}\tB only\t{x}" for x in b_only)
    if a.get("event_date"):
        t.ev_n += 1
        ok = str(b.get("event_date")) == a["event_date"]
        t.ev_ok += ok
        if not ok:
            t.diff.append(f"{a['id']}\tevent_date\tA {a['event_date']}\tB {b.get('event_date')}")


def agreement(a_dir: Path, b_dir: Path, split: str, rnd: str = "all") -> tuple[Tally, list[str]]:
    sr = _scorer()
    a_by_id = {g["id"]: g for g in _load(a_dir, "all")}
    in_round = {g["id"] for g in load_gold(a_dir, "all", rnd)}  # A's round; B files carry none
    t, lone = Tally(), []
    for b in _load(b_dir, "all"):
        a = a_by_id.get(b["id"])
        if a is None:
            lone.append(b["id"])
        elif b["id"] in in_round and (split == "all" or (b.get("split") or a.get("split")) == split):
            score_pair(sr, a, b, t)  # a B file without `split` takes A's
    return t, lone


def skeleton(ids_file: Path, a_dir: Path, out: Path) -> int:
    return write_skeletons(ids_file, {g["id"]: g for g in _load(a_dir, "all")}, KEYS, EMPTY, out)


def main(argv: list[str] | None = None) -> int:
    a = parse(list(sys.argv[1:] if argv is None else argv), "records_agreement.py", __doc__, A_DIR, B_DIR,
              skeleton, ARCHIVE, rounds=True)
    if isinstance(a, int):
        return a
    if not a.b.exists() or not (SHARED / "eval" / "score_records.py").exists():
        print(f"records_agreement: nothing to score (no {a.b} or no shared scorer)")
        return 0
    t, lone = agreement(a.a, a.b, a.split, a.round)
    if not a.diff:
        t.diff = []
    print(f"records agreement: {a.b} (B) against {a.a} (A), split {a.split}, round {a.round}")
    print(t.report(_scorer()))
    if lone:
        print(f"\nB files with no A file: {len(lone)}", *lone, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
