#!/usr/bin/env python3
"""The evidence, losses and casualties the code outputs on the archive articles that no gold set
holds out, each with the sentence it came from: the list for a precision audit by reading (session 15).

    python benchmarks/audit_incidents.py write /tmp/audit.jsonl     # run the code (a few minutes)
    python benchmarks/audit_incidents.py show /tmp/audit.jsonl      # print entries and sentences
    python benchmarks/audit_incidents.py count /tmp/audit.jsonl     # entries by kind

Articles held for scoring (`snapshot.held_out_ids()`: split `unseen` / `check` in any gold set,
and again every `gold/incidents` file of split `unseen`) are skipped before their text is read
into the pipeline; their number is printed, nothing else. Each article gets its publication time
from the Unix timestamp that starts its id, in WIB, as the incident gold does. An article is kept
when its record has any evidence, losses or a non-null casualty count. `show` prints, for each
entry, the sentence(s) of its EVIDENCE / MONEY spans (`doc.spans["incidents"]`) and, for the
casualties, the sentences with a harm word: judge each by reading (right, wrong item, wrong
quantity, not evidence, duplicate) and keep the judgements outside the repository.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from snapshot import ARCHIVE, GOLD, held_out_ids, published_from_id  # noqa: E402

HARM = re.compile(r"\b(tewas|meninggal|luka|terluka|korban jiwa|hilang|wafat|nyawa)\w*", re.IGNORECASE)


def held() -> set[str]:
    ids = held_out_ids()
    for f in sorted((GOLD / "incidents").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g.get("split") != "tune":
            ids.add(str(g["id"]))
    return ids


def published(id_: str) -> str | None:
    return published_from_id(id_, fallback=None)


def _sentence(text: str, s: int, e: int) -> str:
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    ends = [i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b].strip()


def write(out: Path, limit: int | None) -> None:
    import polsek_nlp

    skip = held()
    n_held = kept = 0
    with out.open("w", encoding="utf-8") as f:
        for line in ARCHIVE.read_text(encoding="utf-8").splitlines()[:limit]:
            item = json.loads(line)
            if str(item["id"]) in skip:
                n_held += 1
                continue
            pub = published(item["id"])
            rec = polsek_nlp.analyze(item["text"], published=pub, id=item["id"]).to_dict()
            cas = rec.get("casualties") or {}
            if not (rec.get("evidence") or rec.get("losses") or any(v is not None for v in cas.values())):
                continue
            doc, _ = polsek_nlp.analyze_doc(item["text"], published=pub)
            spans = [{"label": sp.label_, "text": sp.text, "sentence": _sentence(doc.text, sp.start_char, sp.end_char)}
                     for sp in doc.spans.get("incidents", []) if sp.label_ in ("EVIDENCE", "MONEY")]
            harm = sorted({_sentence(doc.text, m.start(), m.end()) for m in HARM.finditer(doc.text)})
            kept += 1
            f.write(json.dumps({"id": item["id"], "evidence": rec.get("evidence"), "losses": rec.get("losses"),
                                "casualties": cas, "spans": spans, "harm": harm if any(v is not None for v in cas.values()) else []},
                               ensure_ascii=False) + "\n")
    print(f"{kept} articles kept; {n_held} held for scoring, skipped unread")


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def show(path: Path) -> None:
    for r in _rows(path):
        print(f"=== {r['id']}")
        for ev in r["evidence"]:
            print(f"  E {ev}")
        for lo in r["losses"]:
            print(f"  L {lo}")
        if any(v is not None for v in r["casualties"].values()):
            print(f"  C {r['casualties']}")
        seen = set()
        for sp in r["spans"]:
            key = (sp["label"], sp["sentence"])
            if key not in seen:
                seen.add(key)
                print(f"    [{sp['label']} {sp['text']!r}] {sp['sentence'][:400]}")
        for s in r["harm"][:6]:
            print(f"    [HARM] {s[:300]}")


def count(path: Path) -> None:
    rows = _rows(path)
    ev = sum(len(r["evidence"]) for r in rows)
    lo = sum(len(r["losses"]) for r in rows)
    ca = sum(1 for r in rows if any(v is not None for v in r["casualties"].values()))
    print(f"{len(rows)} articles: {ev} evidence entries, {lo} losses, {ca} casualty records")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("write", "show", "count"))
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    if a.mode == "write":
        write(a.path, a.limit)
    elif a.mode == "show":
        show(a.path)
    else:
        count(a.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
