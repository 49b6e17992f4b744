"""Command line: `polsek-nlp analyze FILE|-` prints an article's record as JSON."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def _analyze(args: argparse.Namespace) -> int:
    from .api import analyze

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="polsek-nlp", description=__doc__)
    parser.add_argument("--version", action="version", version=f"polsek-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="analyse one article (a file, or - for standard input)")
    p.add_argument("file")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--published", help="publication time (ISO 8601), overriding the article's header")
    p.add_argument("--title")
    p.add_argument("--url")
    p.set_defaults(func=_analyze)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (TypeError, ValueError) as exc:
        print(f"polsek-nlp: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
