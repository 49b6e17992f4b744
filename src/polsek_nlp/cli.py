"""polsek-nlp: structured event records (officers, persons, institutions, places, dates, event,
quotes) from Indonesian police and regional-government news articles.

commands:
  polsek-nlp analyze FILE|-  [-o OUT|-]      one article (text or a saved HTML page) -> one JSON record
  polsek-nlp batch INPUT|-  -o OUTPUT|-      an archive (JSONL, CSV, Parquet, folder) -> JSONL or Parquet,
                                             resumably
  `-` is standard input (FILE, INPUT) or standard output (OUT, OUTPUT). `polsek-nlp COMMAND --help`
  shows each command's options and examples; docs/cli.md has them all.

examples:
  polsek-nlp analyze article.txt --pretty
  curl -s https://example.id/berita/123 | polsek-nlp analyze - --format html
  polsek-nlp batch archive.csv -o records.jsonl --workers 2
  polsek-nlp batch archive.jsonl -o - | jq .event.type

exit codes (the same for every command):
  0    done
  1    the input could not be read (no such file, unreadable, not the format its name says), or
       every article failed
  2    usage error (unknown option, bad value, a table of articles given to `analyze`)
  130  interrupted (Ctrl-C or kill; `batch` keeps what it wrote: rerun the command to go on)
  141  the reader of the output went away (`... | head`): stops quietly, as 128 + SIGPIPE
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import signal
import sys
import tempfile
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


OK, FAILED, USAGE, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 130, 141  # the exit codes of every command
_TABLES = frozenset({"jsonl", "csv", "parquet"})  # input formats that hold many articles


class _UsageError(ValueError):
    """A usage error found after parsing (exit 2)."""


def _analyze(args: argparse.Namespace) -> int:
    from polsek_nlp.api import analyze
    from polsek_nlp.archive.published import read_published
    from polsek_nlp.archive.readers import BinaryInputError

    _check_one_article(args.file, args.format)
    if args.file == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"polsek-nlp analyze: no such file: {path}", file=sys.stderr)
            return FAILED
        data, name = path.read_bytes(), str(path)
    notes: list[str] = []
    published = None
    if args.published is not None:
        published, note = read_published(args.published, args.date_order)
        if note:
            notes.append(note)
    try:
        item = _article_item(args, data, name)
    except ImportError as exc:
        print(f"polsek-nlp analyze: {exc}", file=sys.stderr)
        return FAILED
    if item.get("_error"):
        print(f"polsek-nlp analyze: {item['_error']}", file=sys.stderr)
        return FAILED
    try:
        rec = analyze(item["text"], published=published or _page_time(item, read_published),
                      title=args.title or item.get("title"), url=args.url or item.get("url"))
    except BinaryInputError as exc:  # pragma: no cover - text_item reports it first
        print(f"polsek-nlp analyze: {exc}", file=sys.stderr)
        return FAILED
    rec.warnings = [*(item.get("_warnings") or ()), *notes, *rec.warnings]
    text = rec.to_json(indent=2 if args.pretty else None) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
    return OK


def _check_one_article(file: str, fmt: str | None) -> None:
    """`analyze` reads one article: a folder or a table of articles is a usage error, with a hint."""
    from polsek_nlp.archive.readers import input_format

    if file == "-" or fmt is not None:
        return
    path = Path(file)
    if path.is_dir():
        raise _UsageError(f"{path} is a folder; `analyze` reads one article: analyse the folder's articles "
                          f"with `polsek-nlp batch {file} -o records.jsonl`")
    try:
        kind = input_format(path)
    except ValueError:
        return
    if kind in _TABLES:
        raise _UsageError(f"{path.name} is a table of articles ({kind.upper()}); `analyze` reads one article: "
                          f"use `polsek-nlp batch {file} -o records.jsonl` (or --format txt to read the "
                          f"file as the text of one article)")


def _article_item(args: argparse.Namespace, data: bytes, name: str) -> dict:
    """The item `batch` would read from this text or HTML page (the same readers)."""
    from polsek_nlp.archive.readers import _trafilatura, html_item, looks_like_html, text_item

    is_html = args.format == "html" or (args.format is None and (
        args.file.lower().endswith((".html", ".htm")) or looks_like_html(data)))
    if is_html:
        return html_item(None, data, _trafilatura(), name)
    return text_item(None, data, name, args.encoding)


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
    if args.workers != -1 and args.workers < 1:
        raise _UsageError(f"--workers must be a positive number or -1, not {args.workers}")
    if args.batch_size < 1:
        raise _UsageError(f"--batch-size must be positive, not {args.batch_size}")
    if args.part_size < 1 or args.part_seconds <= 0:
        raise _UsageError("--part-size and --part-seconds must be positive")
    if args.output == "-" and (args.retry_errors or args.output_format not in (None, "jsonl")):
        raise _UsageError("standard output (-o -) takes JSONL and has no error records to retry: "
                          "name an output file for --retry-errors or Parquet")
    if args.input == "-":
        with tempfile.TemporaryDirectory(prefix="polsek-nlp-") as tmp:
            return _run_batch(args, _spool_stdin(args.format, Path(tmp)))
    return _run_batch(args, args.input)


def _spool_stdin(fmt: str | None, tmp: Path) -> Path:
    """Standard input, saved as a file `batch` can survey and read (JSONL unless --format says)."""
    fmt = fmt or "jsonl"
    if fmt not in _TABLES:
        raise _UsageError(f"standard input (-) holds a table of articles (jsonl, csv, parquet), not {fmt}")
    path = tmp / f"stdin.{fmt}"
    with open(path, "wb") as f:
        shutil.copyfileobj(sys.stdin.buffer, f)
    return path


def _run_batch(args: argparse.Namespace, source: str | Path) -> int:
    from polsek_nlp.archive.runner import batch

    _show_warnings()
    previous = signal.signal(signal.SIGTERM, _on_term)
    try:
        # own_process: the pipeline and its tables live as long as the run, out of the collector's
        # sight (`archive.pool.warmed`); the process's collector is as it was afterwards
        summary = batch(source, args.output, workers=args.workers, text_field=args.text_field,
                        id_field=args.id_field, title_field=args.title_field, published_field=args.published_field,
                        url_field=args.url_field, progress=args.progress, batch_size=args.batch_size,
                        format=args.format, output_format=args.output_format, encoding=args.encoding,
                        date_order=args.date_order, learn_furniture=args.learn_furniture,
                        retry_errors=args.retry_errors, part_size=args.part_size, part_seconds=args.part_seconds,
                        own_process=True)
    except KeyboardInterrupt as exc:
        how = "terminated" if isinstance(exc, _Terminated) else "interrupted"
        print(f"polsek-nlp batch: {how}; the records written so far are in {args.output}: "
              f"rerun the same command to go on", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        raise
    except (OSError, ValueError, ImportError, EOFError, LookupError, csv.Error) as exc:
        print(f"polsek-nlp batch: {exc}", file=sys.stderr)
        return FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("polsek-nlp batch: " + " ".join(f"{k}={v}" for k, v in summary.items()) + f" output={args.output}",
          file=sys.stderr)
    if summary["written"] and summary["errors"] == summary["written"]:
        print(f"polsek-nlp batch: every one of the {summary['written']} records written is an error "
              f"(see their `error` field); rerun with --retry-errors once the cause is fixed", file=sys.stderr)
        return FAILED
    return OK


_ANALYZE_EXAMPLES = """examples:
  polsek-nlp analyze article.txt --pretty
  polsek-nlp analyze page.html -o record.json            # a saved web page: its text, title and time
  cat article.txt | polsek-nlp analyze - --published "Selasa, 21 Okt 2025 20:43 WIB" --title "Rakor"
  polsek-nlp analyze article.txt | jq .officers

Prints one JSON record (one line; --pretty indents it). A table of articles (.jsonl, .csv,
.parquet) is refused with a hint: analyse it with `polsek-nlp batch`.
exit codes: 0 done, 1 input unreadable, 2 usage error, 130 interrupted, 141 output closed early.
"""

_BATCH_EXAMPLES = """examples:
  polsek-nlp batch archive.csv -o records.jsonl --workers 2       # rerun the same command to go on
  polsek-nlp batch archive.jsonl.gz -o records.parquet             # a folder of Parquet parts
  polsek-nlp batch export.dat --format jsonl -o records.jsonl --text-field isi
  polsek-nlp batch pages/ -o records.jsonl                         # a folder of .txt or .html files
  cat archive.jsonl | polsek-nlp batch - -o - | jq -c .event       # stdin and stdout (JSONL)

exit codes: 0 done, 1 input unreadable or every record an error, 2 usage error,
130 interrupted (what was written is kept), 141 output closed early.
"""


def _add_analyze(sub) -> None:
    p = sub.add_parser("analyze", help="analyse one article (a text file, a saved HTML page, or - for stdin)",
                       description="Analyse one article and print its record as JSON.", epilog=_ANALYZE_EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help="the article: a text file, a saved HTML page, or - for "
                                                "standard input")
    p.add_argument("-o", "--output", default="-", metavar="OUT",
                   help="where to write the JSON record (default -: standard output)")
    p.add_argument("--pretty", action="store_true", help="indented JSON")
    p.add_argument("--published", help="publication time (ISO 8601, 21/10/2025 20:43, 'Selasa, 21 Okt 2025 "
                                       "20:43 WIB', epoch seconds ...), overriding the article's header")
    p.add_argument("--date-order", choices=("DMY", "MDY"), help="how to read an ambiguous --published "
                                                                "such as 10/5/2025 (default: day first)")
    p.add_argument("--title", help="the article's title (default: from the HTML page, else none)")
    p.add_argument("--url", help="the article's address, kept in the record (default: from the HTML page)")
    p.add_argument("--format", choices=("txt", "html"), help="text or HTML page (default: from the name "
                                                             "or the content)")
    p.add_argument("--encoding", help="the file's encoding, e.g. cp1252 (default: detected)")
    p.set_defaults(func=_analyze)


def _add_batch(sub, formats, output_formats, part_size: int, part_seconds: float) -> None:
    b = sub.add_parser(
        "batch", help="analyse an archive (JSONL, CSV, Parquet, folder of .txt or HTML) into JSONL or Parquet",
        epilog=_BATCH_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Analyse every article of INPUT and write one record per article (errors included),\n"
                    "in input order, to OUTPUT: a JSONL file (.jsonl), a folder of Parquet parts (.parquet),\n"
                    "or - (standard output, JSONL). Rerunning with the same OUTPUT file skips the ids\n"
                    "already written, so an interrupted run loses nothing and writes no duplicates.\n"
                    "Columns are recognised by their names (text/isi_berita/content, title/judul/headline,\n"
                    "published/tanggal/date, id, url/tautan/link ...) unless named with the --*-field\n"
                    "options. The summary goes to stderr.")
    b.add_argument("input", metavar="INPUT", help="a .jsonl[.gz], .csv[.gz] or .parquet file, a folder of "
                                                  ".txt/.html files, or - for standard input (JSONL, or "
                                                  "as --format says)")
    b.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                   help="OUTPUT.jsonl, OUTPUT.parquet (a folder of parts), or - for standard output (JSONL)")
    b.add_argument("--workers", type=int, default=1,
                   help="worker processes (-1: one per free core, the cores this process may use times "
                        "the share of the machine the 1-minute load average leaves idle, at least 1; "
                        "default 1)")
    for field, names in (("text", "text, isi_berita, content ..."), ("title", "title, judul, headline ..."),
                         ("published", "published, tanggal, date ..."), ("id", "id, article_id ..."),
                         ("url", "url, tautan, link ...")):
        b.add_argument(f"--{field}-field", metavar="NAME",
                       help=f"the {field} field or column (default: recognised: {names})")
    b.add_argument("--date-order", choices=("DMY", "MDY"),
                   help="day/month order of numeric publication times such as 10/5/2025 (default: decided "
                        "from the archive's unambiguous values, else day first with a warning)")
    b.add_argument("--encoding", help="the input's encoding, e.g. cp1252 (default: detected)")
    b.add_argument("--format", choices=formats, help="input format, when its name does not tell")
    b.add_argument("--output-format", choices=output_formats, help="output format, when its name does not tell")
    b.add_argument("--retry-errors", action="store_true",
                   help="analyse again the articles whose records in OUTPUT are errors")
    b.add_argument("--learn-furniture", action=argparse.BooleanOptionalAction, default=True,
                   help="blank out lines that repeat across many articles of the archive (default: yes)")
    b.add_argument("--batch-size", type=int, default=32,
                   help="articles per task sent to a worker, at most: the last tasks are smaller, so that the "
                        "workers finish together (default 32)")
    b.add_argument("--part-size", type=int, default=part_size,
                   help=f"Parquet: records per part, the most a kill -9 loses (default {part_size})")
    b.add_argument("--part-seconds", type=float, default=part_seconds,
                   help=f"Parquet: seconds per part at most (default {part_seconds:g})")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="a progress bar on stderr (default: when stderr is a terminal)")
    b.set_defaults(func=_batch)


def parser() -> argparse.ArgumentParser:
    """The `polsek-nlp` argument parser (its help is the reference docs/cli.md follows)."""
    from polsek_nlp.archive.readers import FORMATS
    from polsek_nlp.archive.writers import OUTPUT_FORMATS, PART_SECONDS, PART_SIZE

    top = argparse.ArgumentParser(prog="polsek-nlp", description=__doc__,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"polsek-nlp {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_analyze(sub)
    _add_batch(sub, FORMATS, OUTPUT_FORMATS, PART_SIZE, PART_SECONDS)
    return top


def main(argv: list[str] | None = None) -> int:
    """Run `polsek-nlp` with these arguments; the exit code (usage errors raise SystemExit(2)).

    Without `argv`, `main` is the process's own program (`polsek-nlp`, `python -m polsek_nlp`:
    the arguments are the process's) and the process ends when it returns: see `_ending`."""
    args = parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback at exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    except KeyboardInterrupt:
        print("polsek-nlp: interrupted", file=sys.stderr)
        return INTERRUPTED
    except (TypeError, ValueError) as exc:  # _UsageError, and bad values found late
        print(f"polsek-nlp {args.command}: {exc}", file=sys.stderr)
        return USAGE
    finally:
        if argv is None:
            _ending()


def _ending() -> None:
    """The command's own process ends next: what it holds (spaCy, the pipeline, the tables) goes
    back to the system with it, so the interpreter's last full collection, which would walk all
    of it to find no garbage worth freeing (~0.15 s of CPU), is spared (`gc.freeze`). Never done
    when `main` is called with arguments, in a process that goes on."""
    import gc

    gc.freeze()


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's last flush finds no closed pipe."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError):  # not a real file (captured in tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
