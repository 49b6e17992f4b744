#!/usr/bin/env python3
"""Score polsek_nlp on the project's own gold records (gold/records, keyed by IndoSum id).

    python benchmarks/gold.py [--split tune|unseen|all] [--round N] [--gold DIR] [--errors] [--shared PATH]

`--gold gold/genre_records` scores the 160 invented articles that carry their own `text` (issue
19's genre set): a gold file with a `text` field is scored on that text as it is, without the
archive (when every selected file carries one, the archive need not exist).  `--round 1` takes
the genre set's round 1 (40 articles, files without a `round` field), `--round 2` its round 2 (30
written blind in session 15, outside Java), `--round 3` its round 3 (30 written blind in session
16), `--round 4` its round 4 (30 written blind in session 17), `--round 5` its round 5 (30 written
blind in session 18), `--round 6` its round 6 (30 written blind in session 19), `--round 7` its round 7 (30 written blind in session 20), `--round 8` its round 8 (30 written blind in session 22), `--round 9` its round 9 (30 written blind in session 25), `--round 10` its round 10 (30 written blind in session 26), `--round 11` its round 11 (30 written blind in session 27), `--round 12` its round 12 (30 written blind in session 28), `--round 13` its round 13 (30 written blind in session 29), `--round 14` its round 14 (30 written blind in session 30, unweighted); by default every file is taken.  The gold/records files of rounds 1-4 carry no
`round` field (their rounds are listed in gold/records/round*_ids*.txt): all are round 1 here; round 5
(session 19, gold/records/round5_ids.txt) carries `"round": 5`, so `--round 5` takes it alone.

The gold/records files hold no article text: each one carries the SHA-1 of the archive text it was
annotated on.  This script joins every selected gold file with its text from
<shared>/corpora/archive/indosum-2017-a.jsonl (a SHA-1 mismatch or a missing id is an error,
exit 1), writes the joined records in the police-gold-dev schema (`text` in place of
`text_sha1`, no `split`) to a temporary folder, and runs <shared>/eval/score_records.py on it
with this checkout's src/ first on PYTHONPATH.  `--errors` is passed through to the scorer.

Split habit (gold/README.md): write rules against `tune` only; `unseen` is read only to score.
Skips with a message (exit 0) when the shared archive or scorer is absent.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = Path("corpora") / "archive" / "indosum-2017-a.jsonl"
SCORER = Path("eval") / "score_records.py"


def missing(shared: Path, *parts: Path) -> bool:
    """True (after saying so) when one of these files under the shared folder is absent."""
    for need in (shared / part for part in parts):
        if not need.exists():
            print(f"skip: {need} is absent (pass --shared PATH to the shared folder)")
            return True
    return False


def run_with_src(cmd: list[str]) -> int:
    """Run a shared scorer with this checkout's src/ first on PYTHONPATH; its exit code."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    return subprocess.run(cmd, env=env, check=False).returncode


def load_archive(path: Path) -> dict[str, str]:
    texts = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                art = json.loads(line)
                texts[art["id"]] = art["text"]
    return texts


def joined(gold: dict, text: str) -> dict:
    """The gold record in the police-gold-dev schema: `text` where `text_sha1` was, no `split`."""
    out = {}
    for key, value in gold.items():
        if key == "text_sha1":
            out["text"] = text
        elif key != "split":
            out[key] = value
    return out


def write_joined(chosen: list[tuple[Path, dict]], texts: dict[str, str], archive: Path, tmp: Path) -> list[str]:
    """Write each gold file in the police-gold-dev schema into tmp; the join errors.

    A file that carries its own `text` (gold/genre_records) is written as it is, less `split`;
    the others are joined with the archive text of their id and its SHA-1 checked.
    """
    errors = []
    for f, g in chosen:
        if isinstance(g.get("text"), str):
            out = {k: v for k, v in g.items() if k != "split"}
            (tmp / f.name).write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            continue
        text = texts.get(g.get("id"))
        if text is None:
            errors.append(f"{f.name}: id {g.get('id')!r} is not in {archive}")
            continue
        sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if sha1 != g.get("text_sha1"):
            errors.append(f"{f.name}: text_sha1 {g.get('text_sha1')} != archive text {sha1}")
            continue
        out_path = tmp / f"indosum-{g['id']}.json"
        out_path.write_text(json.dumps(joined(g, text), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "unseen", "all"), default="tune")
    ap.add_argument("--gold", type=Path, default=ROOT / "gold" / "records")
    ap.add_argument("--round", dest="rnd", type=int, default=None,
                    help="only gold files of this `round` (a file without one is round 1); default: all")
    ap.add_argument("--errors", action="store_true", help="passed through to score_records.py")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)

    files = sorted(args.gold.glob("*.json"))
    chosen = [(f, json.loads(f.read_text(encoding="utf-8"))) for f in files]
    chosen = [(f, g) for f, g in chosen if args.split == "all" or g.get("split") == args.split]
    chosen = [(f, g) for f, g in chosen if args.rnd is None or g.get("round", 1) == args.rnd]
    if not chosen:
        print(f"no gold records with split {args.split!r} in {args.gold}")
        return 1
    need_archive = any(not isinstance(g.get("text"), str) for _, g in chosen)
    if missing(args.shared, *((ARCHIVE, SCORER) if need_archive else (SCORER,))):
        return 0
    archive, scorer = args.shared / ARCHIVE, args.shared / SCORER
    texts = load_archive(archive) if need_archive else {}
    with tempfile.TemporaryDirectory(prefix="polsek_gold_") as tmp:
        errors = write_joined(chosen, texts, archive, Path(tmp))
        if errors:
            print("\n".join(errors), file=sys.stderr)
            print(f"{len(errors)} gold file(s) do not join the archive text; nothing scored", file=sys.stderr)
            return 1
        rnd = "" if args.rnd is None else f", round {args.rnd}"
        print(f"split {args.split}{rnd}: {len(chosen)} gold records from {args.gold}")
        return run_with_src([sys.executable, str(scorer), tmp] + (["--errors"] if args.errors else []))

if __name__ == "__main__":
    raise SystemExit(main())
