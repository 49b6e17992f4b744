#!/usr/bin/env python3
"""Build gold/sentences/sentences.jsonl from the annotator's surface strings (issue 19).

usage: python gold/sentences/annotate.py ANNOTATIONS [--part check|tune] [--shared PATH] [--out PATH]

ANNOTATIONS is a plain file kept outside the repository (it quotes entity strings), in blocks:

    @ <archive id> <start> <end>
    PER Joko Widodo
    LOC Jakarta#2          <- the 2nd word-bounded occurrence of "Jakarta" in the sentence
    TIME Senin ( 3 / 4 )

Lines starting with `#` and blank lines are ignored (the annotator may keep the sentence there as
a `#` line for reading).  Each string is looked up in its sentence on word boundaries; an absent
string, a string found more than once without `#N`, or spans that overlap are errors (exit 1,
nothing written).  Blocks are written in the order of `select.py --part PART`; every block must be
one of that part's sentences.  Each line gets `"split": PART`; the lines of the other part already
in the output file are kept (check lines first, then tune).  The output holds offsets and SHA-1s
only, never text.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select.py shares its name with the stdlib module `select`: load it by path
_spec = importlib.util.spec_from_file_location("sentence_select", HERE / "select.py")
_sel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sel)
ARCHIVE, ROOT, PARTS = _sel.ARCHIVE, _sel.ROOT, _sel.PARTS
excluded_ids, select = _sel.excluded_ids, _sel.select

LABELS = ("PER", "ORG", "LOC", "TIME")


def parse(path: Path) -> dict[tuple[str, int, int], list[tuple[str, str, int | None]]]:
    blocks: dict[tuple[str, int, int], list[tuple[str, str, int | None]]] = {}
    key = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            _, art_id, s, e = line.split()
            key = (art_id, int(s), int(e))
            if key in blocks:
                raise ValueError(f"line {n}: sentence {key} annotated twice")
            blocks[key] = []
            continue
        label, _, surface = line.partition(" ")
        if key is None or label not in LABELS or not surface.strip():
            raise ValueError(f"line {n}: expected 'LABEL string' after an '@' line: {raw!r}")
        surface = surface.strip()
        occ = None
        m = re.fullmatch(r"(.+?)#(\d+)", surface)
        if m:
            surface, occ = m.group(1).rstrip(), int(m.group(2))
        blocks[key].append((label, surface, occ))
    return blocks


def occurrences(sentence: str, surface: str) -> list[int]:
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [m.start() for m in pat.finditer(sentence)]


def locate(sentence: str, items: list[tuple[str, str, int | None]]) -> list[list]:
    spans = []
    for label, surface, occ in items:
        found = occurrences(sentence, surface)
        if not found:
            raise ValueError(f"{label} {surface!r} is not in the sentence")
        if occ is None and len(found) > 1:
            raise ValueError(f"{label} {surface!r} occurs {len(found)} times: add #N")
        if occ is not None and not 1 <= occ <= len(found):
            raise ValueError(f"{label} {surface!r}#{occ}: only {len(found)} occurrence(s)")
        start = found[(occ or 1) - 1]
        spans.append([start, start + len(surface), label])
    spans.sort()
    for a, b in zip(spans, spans[1:], strict=False):
        if b[0] < a[1]:
            raise ValueError(f"overlapping spans {sentence[a[0]:a[1]]!r} and {sentence[b[0]:b[1]]!r}")
    return spans


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annotations", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=HERE / "sentences.jsonl")
    ap.add_argument("--part", choices=PARTS, default="check")
    args = ap.parse_args()
    archive = args.shared / ARCHIVE
    blocks = parse(args.annotations)
    order = select(archive, excluded_ids(args.shared), part=args.part)
    unknown = set(blocks) - set(order)
    if unknown:
        print(f"not selected by select.py: {sorted(unknown)[:5]}", file=sys.stderr)
        return 1
    with archive.open(encoding="utf-8") as fh:
        texts = {a["id"]: a["text"] for a in map(json.loads, fh)}
    rows, errors = [], []
    for key in order:
        if key not in blocks:
            continue
        art_id, s, e = key
        sentence = texts[art_id][s:e]
        try:
            spans = locate(sentence, blocks[key])
        except ValueError as exc:
            errors.append(f"{art_id} {s} {e}: {exc}")
            continue
        rows.append({"id": art_id, "split": args.part, "start": s, "end": e,
                     "text_sha1": hashlib.sha1(sentence.encode("utf-8")).hexdigest(), "entities": spans})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} sentence(s) with errors; nothing written", file=sys.stderr)
        return 1
    kept = []
    if args.out.exists():
        kept = [json.loads(line) for line in args.out.read_text(encoding="utf-8").splitlines() if line.strip()]
        kept = [r for r in kept if r.get("split", "check") != args.part]
    merged = sorted(kept + rows, key=lambda r: PARTS.index(r["split"]))  # stable: select.py order within a part
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in merged), encoding="utf-8")
    n = sum(len(r["entities"]) for r in rows)
    print(f"{args.part}: {len(rows)} of {len(order)} sentences, {n} entities -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
