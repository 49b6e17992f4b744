"""What the two agreement scripts share (``agreement.py`` for the incident facts, ``records_agreement.py``
for the records): a second annotator's skeleton files, the archive texts to annotate, and the command
line, with the rule that unseen disagreements are listed only for the annotators adjudicating them."""
from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path


def write_skeletons(ids_file: Path, a_by_id: dict[str, dict], keys: tuple[str, ...], empty: dict,
                    out: Path) -> int:
    """A B file per listed id: A's key fields and `empty` incident or record fields, no annotation of A's."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for aid in Path(ids_file).read_text(encoding="utf-8").split():
        target = out / f"{aid}.json"
        if not target.exists():
            rec = {k: a_by_id[aid].get(k) for k in keys} | json.loads(json.dumps(empty))
            target.write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            n += 1
    print(f"{n} skeletons written to {out}")
    return 0


def print_texts(archive: Path, ids: list[str]) -> int:
    texts = {}
    with archive.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in ids:
                texts[row["id"]] = row["text"]
    for aid in ids:
        print(f"=== {aid}\n{texts.get(aid, '(not in the archive)')}\n")
    return 0


def parse(argv: list[str], prog: str, doc: str, a_dir: Path, b_dir: Path,
          skeleton: Callable[[Path, Path, Path], int], archive: Path,
          rounds: bool = False) -> argparse.Namespace | int:
    """Run the `skeleton` and `text` subcommands (their exit code), or parse the scoring options (with
    `rounds`, also ``--round``); an exit code 2 when --diff asks for unseen disagreements without
    --annotator-view."""
    if argv[:1] == ["skeleton"]:
        ap = argparse.ArgumentParser(prog=f"{prog} skeleton")
        ap.add_argument("--ids", type=Path, required=True)
        ap.add_argument("--a", type=Path, default=a_dir)
        ap.add_argument("--out", type=Path, default=b_dir)
        a = ap.parse_args(argv[1:])
        return skeleton(a.ids, a.a, a.out)
    if argv[:1] == ["text"]:
        return print_texts(archive, argv[1:])
    ap = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "unseen", "all"), default="all")
    if rounds:
        ap.add_argument("--round", default="all", help="A's round: all, 1-2 or a number (default all)")
    ap.add_argument("--a", type=Path, default=a_dir)
    ap.add_argument("--b", type=Path, default=b_dir)
    ap.add_argument("--diff", action="store_true", help="list the disagreements (tune only)")
    ap.add_argument("--annotator-view", action="store_true",
                    help="allow --diff on unseen: for annotators adjudicating, never for rule writers")
    a = ap.parse_args(argv)
    if a.diff and a.split != "tune" and not a.annotator_view:
        print(f"{prog}: --diff lists tune disagreements only (unseen is scored, never read by rule writers)")
        return 2
    return a
