#!/usr/bin/env python3
"""Score polsek_nlp's NER on the sentence corpus (gold/sentences, PER / ORG / LOC / TIME).

    python benchmarks/score_sentences.py [--split check|tune|all] [--errors] [--shared PATH]
                                         [--labels PER,ORG,LOC,TIME] [--json]

The gold (gold/sentences/sentences.jsonl) holds no text: each line is an archive id, the
sentence's character offsets in the archive `text`, the SHA-1 of the sentence and the entity
offsets.  This script joins every line with <shared>/corpora/archive/indosum-2017-a.jsonl (a
missing id or a SHA-1 mismatch is an error, exit 1), writes the sentences with inline tags
(`<PERSON>`, `<ORGANIZATION>`, `<LOCATION>`, `<TIME>`, one sentence a line) to a temporary folder,
checks that the shared reader gives back the same text and spans, and runs
<shared>/eval/score_ner.py on it with this checkout's src/ first on PYTHONPATH: exact character
spans and classes, per label P/R/F1 and the micro F1.

Two parts (gold/sentences/README.md), chosen with --split (default check): `tune`, against which
rules may be written, and `check`, scored only: its figures are reported, its errors never read.
Hence --errors (each sentence's false positive and missed spans, after the figures) is accepted
with --split tune only and refused otherwise (exit 2).  Skips with a message (exit 0) when the
shared folder is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "sentences" / "sentences.jsonl"
SCORER = Path("eval") / "score_ner.py"
# the archive join and the scorer run of benchmarks/gold.py (loaded by path: `gold` is also a folder)
_spec = importlib.util.spec_from_file_location("gold_bench", Path(__file__).resolve().parent / "gold.py")
_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gold)
ARCHIVE, load_archive, missing, run_with_src = _gold.ARCHIVE, _gold.load_archive, _gold.missing, _gold.run_with_src
TAGS = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION", "TIME": "TIME"}
SPLITS = ("check", "tune", "all")


def load_gold(path: Path = GOLD, split: str = "all") -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def join(gold: list[dict], texts: dict[str, str]) -> tuple[list[tuple[str, list]], list[str]]:
    """(sentence, entities) per gold line, and the errors (missing id, SHA-1 mismatch)."""
    out, errors = [], []
    for n, row in enumerate(gold, 1):
        text = texts.get(row["id"])
        if text is None:
            errors.append(f"line {n}: id {row['id']!r} is not in the archive")
            continue
        sentence = text[row["start"]:row["end"]]
        sha1 = hashlib.sha1(sentence.encode("utf-8")).hexdigest()
        if sha1 != row["text_sha1"]:
            errors.append(f"line {n}: {row['id']} [{row['start']}:{row['end']}] text_sha1 "
                          f"{row['text_sha1']} != archive {sha1}")
            continue
        out.append((sentence, row["entities"]))
    return out, errors


def inline(sentence: str, entities: list) -> str:
    """The sentence with inline tags around each entity (entities sorted, not overlapping)."""
    parts, last = [], 0
    for start, end, label in sorted(entities):
        tag = TAGS[label]
        parts += [sentence[last:start], f"<{tag}>", sentence[start:end], f"</{tag}>"]
        last = end
    parts.append(sentence[last:])
    return "".join(parts)


def roundtrip_errors(joined: list[tuple[str, list]], corpus: Path, shared: Path) -> list[str]:
    """Read the written corpus back with the shared reader: same sentences, same spans."""
    sys.path.insert(0, str(shared / "eval"))
    try:
        from common import GOLD_LABELS, read_corpus
    finally:
        sys.path.pop(0)
    examples = read_corpus(corpus)
    if len(examples) != len(joined):
        return [f"the shared reader gives {len(examples)} sentences, not {len(joined)}"]
    errors = []
    for n, (ex, (sentence, entities)) in enumerate(zip(examples, joined, strict=True), 1):
        want = sorted((s, e, GOLD_LABELS[label]) for s, e, label in entities)
        if ex.text != sentence or sorted(tuple(s) for s in ex.spans) != want:
            errors.append(f"sentence {n} does not read back as written")
    return errors


def sentence_errors(joined: list[tuple[str, list]], preds: list[list], labels: list[str]) -> list[str]:
    """Per sentence with an error: the sentence, then its FP (predicted, not gold) and FN (gold,
    not predicted) spans of `labels`, exact span and class as the scorer counts them."""
    out = []
    for n, ((sentence, entities), pred) in enumerate(zip(joined, preds, strict=True), 1):
        gold = {(s, e, lab) for s, e, lab in entities if lab in labels}
        got = {(s, e, lab) for s, e, lab in pred if lab in labels}
        lines = [f"  {kind} {lab:4} {sentence[s:e]!r} [{s}:{e}]"
                 for kind, spans in (("FP", got - gold), ("FN", gold - got)) for s, e, lab in sorted(spans)]
        if lines:
            out += [f"[{n}] {sentence}", *lines]
    return out


def predict_spans(sentences: list[str], shared: Path) -> list[list]:
    """polsek_nlp's spans per sentence, folded as the shared scorer folds them; this checkout's src/ first."""
    sys.path[:0] = [str(ROOT / "src"), str(shared / "eval")]
    try:
        from score_ner import predict

        import polsek_nlp
    finally:
        del sys.path[:2]
    return [[(sp.start, sp.end, sp.label) for sp in spans] for spans in predict(polsek_nlp.load(), sentences)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--labels", default="PER,ORG,LOC,TIME")
    ap.add_argument("--json", action="store_true", help="passed through to score_ner.py")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", choices=SPLITS, default="check")
    ap.add_argument("--errors", action="store_true", help="per-sentence FP/FN spans (--split tune only)")
    args = ap.parse_args()
    if args.errors and args.split != "tune":
        ap.error("--errors is for --split tune only: the check part is scored, its errors are never read")

    if missing(args.shared, ARCHIVE, SCORER):
        return 0
    joined, errors = join(load_gold(args.gold, args.split), load_archive(args.shared / ARCHIVE))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} gold sentence(s) do not join the archive text; nothing scored", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="polsek_sentences_") as tmp:
        corpus = Path(tmp) / "sentences.txt"
        corpus.write_text("".join(inline(s, ents) + "\n" for s, ents in joined), encoding="utf-8")
        errors = roundtrip_errors(joined, corpus, args.shared)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
        n = sum(len(ents) for _, ents in joined)
        habit = {"check": "figures only", "tune": "rules may be written against it", "all": "figures only"}
        print(f"gold/sentences --split {args.split}: {len(joined)} sentences, {n} entities ({habit[args.split]})")
        sys.stdout.flush()
        cmd = [sys.executable, str(args.shared / SCORER), str(corpus), "--labels", args.labels]
        code = run_with_src(cmd + (["--json"] if args.json else []))
    if args.errors and code == 0:
        preds = predict_spans([s for s, _ in joined], args.shared)
        print("\n".join(sentence_errors(joined, preds, args.labels.split(","))))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
