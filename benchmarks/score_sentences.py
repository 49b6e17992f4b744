#!/usr/bin/env python3
"""Score polsek_nlp's NER on the sentence check corpus (gold/sentences, PER / ORG / LOC / TIME).

    python benchmarks/score_sentences.py [--shared PATH] [--labels PER,ORG,LOC,TIME] [--json]

The gold (gold/sentences/sentences.jsonl) holds no text: each line is an archive id, the
sentence's character offsets in the archive `text`, the SHA-1 of the sentence and the entity
offsets.  This script joins every line with <shared>/corpora/archive/indosum-2017-a.jsonl (a
missing id or a SHA-1 mismatch is an error, exit 1), writes the sentences with inline tags
(`<PERSON>`, `<ORGANIZATION>`, `<LOCATION>`, `<TIME>`, one sentence a line) to a temporary folder,
checks that the shared reader gives back the same text and spans, and runs
<shared>/eval/score_ner.py on it with this checkout's src/ first on PYTHONPATH: exact character
spans and classes, per label P/R/F1 and the micro F1.

A CHECK set (gold/sentences/README.md): score it, report the figures, never read its errors to
write a rule; hence no --errors option.  Skips with a message (exit 0) when the shared folder is
absent.
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


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--labels", default="PER,ORG,LOC,TIME")
    ap.add_argument("--json", action="store_true", help="passed through to score_ner.py")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args()

    if missing(args.shared, ARCHIVE, SCORER):
        return 0
    joined, errors = join(load_gold(args.gold), load_archive(args.shared / ARCHIVE))
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
        print(f"gold/sentences: {len(joined)} sentences, {n} entities (a check set: figures only)")
        sys.stdout.flush()
        cmd = [sys.executable, str(args.shared / SCORER), str(corpus), "--labels", args.labels]
        return run_with_src(cmd + (["--json"] if args.json else []))


if __name__ == "__main__":
    raise SystemExit(main())
