"""Command line.

  polsek-nlp analyze FILE|-           print one article's record as JSON
  polsek-nlp batch INPUT -o OUTPUT    analyse an archive into JSONL or Parquet, resumably
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from polsek_nlp import __version__


def _analyze(args: argparse.Namespace) -> int:
    from polsek_nlp.api import analyze

    if args.file == "-":
        text = sys.stdin.read()
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"polsek-nlp: no such file: {path}", file=sys.stderr)
            return 2
        text = path.read_text(encoding="utf-8", errors="replace")
    rec = analyze(text, published=args.published, title=args.title, url=args.url)
    print(rec.to_json(indent=2 if args.pretty else None))
    return 0


def _batch(args: argparse.Namespace) -> int:
    from polsek_nlp.archive.io import batch

    if args.workers != -1 and args.workers < 1:
        print(f"polsek-nlp: --workers must be a positive number or -1, not {args.workers}", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print(f"polsek-nlp: --batch-size must be positive, not {args.batch_size}", file=sys.stderr)
        return 2
    try:
        summary = batch(args.input, args.output, workers=args.workers, text_field=args.text_field,
                        id_field=args.id_field, progress=args.progress, batch_size=args.batch_size,
                        format=args.format)
    except KeyboardInterrupt:
        print(f"polsek-nlp batch: interrupted; the records written so far are in {args.output}: "
              f"rerun the same command to go on", file=sys.stderr)
        return 130
    except (OSError, ValueError, ImportError, EOFError, csv.Error) as exc:
        print(f"polsek-nlp batch: {exc}", file=sys.stderr)
        return 1
    print("polsek-nlp batch: " + " ".join(f"{k}={v}" for k, v in summary.items()) + f" output={args.output}",
          file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    from polsek_nlp.archive.io import FORMATS

    parser = argparse.ArgumentParser(prog="polsek-nlp", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"polsek-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse one article (a file, or - for standard input)")
    p.add_argument("file")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--published", help="publication time (ISO 8601), overriding the article's header")
    p.add_argument("--title")
    p.add_argument("--url")
    p.set_defaults(func=_analyze)

    b = sub.add_parser(
        "batch", help="analyse an archive (JSONL, CSV, Parquet, folder of .txt or HTML) into JSONL or Parquet",
        description="Analyse every article of INPUT and write one record per article (errors included), "
                    "in input order, to OUTPUT: a JSONL file, or for a name ending in .parquet a folder of "
                    "Parquet parts. Rerunning with the same OUTPUT skips the ids already written, so an "
                    "interrupted run loses nothing and writes no duplicates. The summary goes to stderr.")
    b.add_argument("input", help="a .jsonl[.gz], .csv[.gz] or .parquet file, or a folder of .txt/.html files")
    b.add_argument("-o", "--output", required=True, help="OUTPUT.jsonl, or OUTPUT.parquet (a folder of parts)")
    b.add_argument("--workers", type=int, default=1, help="worker processes (-1: one per core; default 1)")
    b.add_argument("--text-field", default="text", help="the text field or column (default: text)")
    b.add_argument("--id-field", default="id", help="the id field or column (default: id)")
    b.add_argument("--format", choices=FORMATS, help="input format, when its name does not tell")
    b.add_argument("--batch-size", type=int, default=32, help="articles per task sent to a worker (default 32)")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="a progress bar on stderr (default: when stderr is a terminal)")
    b.set_defaults(func=_batch)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (TypeError, ValueError) as exc:
        print(f"polsek-nlp: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
