"""Command line.

  polsek-nlp analyze FILE|-           print one article's record as JSON (text or a saved HTML page)
  polsek-nlp batch INPUT -o OUTPUT    analyse an archive into JSONL or Parquet, resumably

Exit codes: 0 done; 1 the input could not be read, or every article failed; 2 usage errors;
130 interrupted (Ctrl-C or kill; `batch` keeps what it wrote: rerun to go on).
"""
from __future__ import annotations

import argparse
import csv
import signal
import sys
import warnings
from pathlib import Path

from polsek_nlp import __version__


def _show_warnings() -> None:
    """Archive warnings (guessed columns, encodings, date order) as one plain stderr line each."""
    from polsek_nlp.archive.columns import ArchiveWarning

    def show(message, category, filename, lineno, file=None, line=None):  # noqa: ARG001
        print(f"polsek-nlp: warning: {message}", file=sys.stderr)

    warnings.showwarning = show
    warnings.simplefilter("always", ArchiveWarning)


def _analyze(args: argparse.Namespace) -> int:
    from polsek_nlp.api import analyze
    from polsek_nlp.archive.published import read_published
    from polsek_nlp.archive.readers import BinaryInputError, html_item, looks_like_html, text_item

    if args.file == "-":
        data = sys.stdin.buffer.read()
        name, rid = "<stdin>", None
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"polsek-nlp: no such file: {path}", file=sys.stderr)
            return 2
        data = path.read_bytes()
        name, rid = str(path), None
    title, published, url = args.title, None, args.url
    notes: list[str] = []
    if args.published is not None:
        published, note = read_published(args.published, args.date_order)
        if note:
            notes.append(note)
    is_html = args.format == "html" or (args.format is None and (
        args.file.lower().endswith((".html", ".htm")) or looks_like_html(data)))
    if is_html:
        try:
            from polsek_nlp.archive.readers import _trafilatura

            item = html_item(rid, data, _trafilatura(), name)  # the reader `batch` uses for pages
        except ImportError as exc:
            print(f"polsek-nlp: {exc}", file=sys.stderr)
            return 1
    else:
        item = text_item(rid, data, name, args.encoding)
    if item.get("_error"):
        print(f"polsek-nlp analyze: {item['_error']}", file=sys.stderr)
        return 1
    try:
        rec = analyze(item["text"], published=published or _page_time(item, read_published),
                      title=title or item.get("title"), url=url or item.get("url"))
    except BinaryInputError as exc:  # pragma: no cover - text_item reports it first
        print(f"polsek-nlp analyze: {exc}", file=sys.stderr)
        return 1
    rec.warnings = [*(item.get("_warnings") or ()), *notes, *rec.warnings]
    print(rec.to_json(indent=2 if args.pretty else None))
    return 0


def _page_time(item: dict, read_published) -> str | None:
    value = item.get("published")
    if value is None:
        return None
    try:
        return read_published(value)[0]
    except ValueError:
        return None


class _Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`): stop as Ctrl-C does, closing the output cleanly."""


def _on_term(signum, frame):  # noqa: ARG001
    raise _Terminated()


def _batch(args: argparse.Namespace) -> int:
    from polsek_nlp.archive.runner import batch

    if args.workers != -1 and args.workers < 1:
        print(f"polsek-nlp: --workers must be a positive number or -1, not {args.workers}", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print(f"polsek-nlp: --batch-size must be positive, not {args.batch_size}", file=sys.stderr)
        return 2
    if args.part_size < 1 or args.part_seconds <= 0:
        print("polsek-nlp: --part-size and --part-seconds must be positive", file=sys.stderr)
        return 2
    _show_warnings()
    previous = signal.signal(signal.SIGTERM, _on_term)
    try:
        summary = batch(args.input, args.output, workers=args.workers, text_field=args.text_field,
                        id_field=args.id_field, title_field=args.title_field, published_field=args.published_field,
                        url_field=args.url_field, progress=args.progress, batch_size=args.batch_size,
                        format=args.format, output_format=args.output_format, encoding=args.encoding,
                        date_order=args.date_order, learn_furniture=args.learn_furniture,
                        retry_errors=args.retry_errors, part_size=args.part_size, part_seconds=args.part_seconds)
    except KeyboardInterrupt as exc:
        how = "terminated" if isinstance(exc, _Terminated) else "interrupted"
        print(f"polsek-nlp batch: {how}; the records written so far are in {args.output}: "
              f"rerun the same command to go on", file=sys.stderr)
        return 130
    except (OSError, ValueError, ImportError, EOFError, LookupError, csv.Error) as exc:
        print(f"polsek-nlp batch: {exc}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("polsek-nlp batch: " + " ".join(f"{k}={v}" for k, v in summary.items()) + f" output={args.output}",
          file=sys.stderr)
    if summary["written"] and summary["errors"] == summary["written"]:
        print(f"polsek-nlp batch: every one of the {summary['written']} records written is an error "
              f"(see their `error` field); rerun with --retry-errors once the cause is fixed", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    from polsek_nlp.archive.readers import FORMATS
    from polsek_nlp.archive.writers import OUTPUT_FORMATS, PART_SECONDS, PART_SIZE

    parser = argparse.ArgumentParser(prog="polsek-nlp", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"polsek-nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse one article (a text file, a saved HTML page, or - for stdin)")
    p.add_argument("file")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--published", help="publication time (ISO 8601, 21/10/2025 20:43, 'Selasa, 21 Okt 2025 "
                                       "20:43 WIB', epoch seconds ...), overriding the article's header")
    p.add_argument("--date-order", choices=("DMY", "MDY"), help="how to read an ambiguous --published "
                                                                "such as 10/5/2025 (default: day first)")
    p.add_argument("--title")
    p.add_argument("--url")
    p.add_argument("--format", choices=("txt", "html"), help="text or HTML page (default: from the name "
                                                             "or the content)")
    p.add_argument("--encoding", help="the file's encoding (default: detected)")
    p.set_defaults(func=_analyze)

    b = sub.add_parser(
        "batch", help="analyse an archive (JSONL, CSV, Parquet, folder of .txt or HTML) into JSONL or Parquet",
        description="Analyse every article of INPUT and write one record per article (errors included), "
                    "in input order, to OUTPUT: a JSONL file (.jsonl), or a folder of Parquet parts "
                    "(.parquet). Rerunning with the same OUTPUT skips the ids already written, so an "
                    "interrupted run loses nothing and writes no duplicates. Columns are recognised by "
                    "their names (text/isi_berita/content, title/judul/headline, published/tanggal/date, "
                    "id, url/tautan/link ...) unless named with the --*-field options. The summary goes "
                    "to stderr; the exit code is 1 when every record written is an error.")
    b.add_argument("input", help="a .jsonl[.gz], .csv[.gz] or .parquet file, or a folder of .txt/.html files")
    b.add_argument("-o", "--output", required=True, help="OUTPUT.jsonl, or OUTPUT.parquet (a folder of parts)")
    b.add_argument("--workers", type=int, default=1, help="worker processes (-1: one per core; default 1)")
    for field, names in (("text", "text, isi_berita, content ..."), ("title", "title, judul, headline ..."),
                         ("published", "published, tanggal, date ..."), ("id", "id, article_id ..."),
                         ("url", "url, tautan, link ...")):
        b.add_argument(f"--{field}-field", help=f"the {field} field or column (default: recognised: {names})")
    b.add_argument("--date-order", choices=("DMY", "MDY"),
                   help="day/month order of numeric publication times such as 10/5/2025 (default: decided "
                        "from the archive's unambiguous values, else day first with a warning)")
    b.add_argument("--encoding", help="the input's encoding, e.g. cp1252 (default: detected)")
    b.add_argument("--format", choices=FORMATS, help="input format, when its name does not tell")
    b.add_argument("--output-format", choices=OUTPUT_FORMATS, help="output format, when its name does not tell")
    b.add_argument("--retry-errors", action="store_true",
                   help="analyse again the articles whose records in OUTPUT are errors")
    b.add_argument("--learn-furniture", action=argparse.BooleanOptionalAction, default=True,
                   help="blank out lines that repeat across many articles of the archive (default: yes)")
    b.add_argument("--batch-size", type=int, default=32, help="articles per task sent to a worker (default 32)")
    b.add_argument("--part-size", type=int, default=PART_SIZE,
                   help=f"Parquet: records per part, the most a kill -9 loses (default {PART_SIZE})")
    b.add_argument("--part-seconds", type=float, default=PART_SECONDS,
                   help=f"Parquet: seconds per part at most (default {PART_SECONDS:g})")
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
