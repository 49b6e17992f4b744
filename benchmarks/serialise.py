#!/usr/bin/env python3
"""The batch path's serialisation, record by record, on the CPU clock: what `ab.py` cannot see.

    python benchmarks/serialise.py [--n 300] [--skip 400] [--pairs 7] [--records SNAPSHOT.jsonl]

Builds `--n` archive records (`analyze`, after the first `--skip` articles; or reads them back from a
`snapshot.py write` file with `--records`, much faster), then times, on the same records, in pairs
alternating their order (A B, B A, ...):
  A  the old line: `json.dumps(r.to_dict(), ensure_ascii=False)` (the record copied by `to_dict`
     first, then encoded), what `EventRecord.to_json` did before session 27
  B  `json_line(r)`: the line the batch's workers make now (`EventRecord.to_json`)
and, once a pair, the rest of a record's way to the output: its line pickled back in chunks of 32 as
a worker sends them (`pickle.dumps`, `pickle.loads`) and written by `RecordWriter.write_line` to a
file. Every A line must equal its B line (else it stops). Prints ms a record: medians and spreads
of the pairs, and B/A of each pair's median.
"""
from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
CHUNK = 32  # the batch's default chunk (`--batch-size`)


def _records(args: argparse.Namespace) -> list:
    from polsek_nlp.record.types import EventRecord

    if args.records:
        with open(args.records, encoding="utf-8") as f:
            return [EventRecord.from_json(line) for line in f]
    import polsek_nlp

    lines = ARCHIVE.read_text(encoding="utf-8").splitlines()[args.skip:args.skip + args.n]
    return [polsek_nlp.analyze(json.loads(line)["text"], id=str(i)) for i, line in enumerate(lines)]


def _per_record(fn, recs: list) -> float:
    """CPU ms a record of `fn` over all of `recs`."""
    t = time.process_time()
    for r in recs:
        fn(r)
    return (time.process_time() - t) / len(recs) * 1000


def _rest(lines: list, out: Path) -> dict[str, float]:
    """CPU ms a record of the lines' way back and out: pickled in chunks, unpickled, written."""
    from polsek_nlp.archive.writers import RecordWriter

    chunks = [lines[i:i + CHUNK] for i in range(0, len(lines), CHUNK)]
    t0 = time.process_time()
    sent = [pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL) for c in chunks]
    t1 = time.process_time()
    back = [pickle.loads(s) for s in sent]
    t2 = time.process_time()
    with RecordWriter(out) as w:
        for chunk in back:
            for line, _failed in chunk:
                w.write_line(line)
    t3 = time.process_time()
    n = len(lines) / 1000
    return {"pickle": (t1 - t0) / n, "unpickle": (t2 - t1) / n, "write": (t3 - t2) / n}


def _spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):.4f} ({min(xs):.4f}-{max(xs):.4f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--skip", type=int, default=400)
    ap.add_argument("--pairs", type=int, default=7)
    ap.add_argument("--records", help="a `snapshot.py write` file to read the records from")
    args = ap.parse_args()
    import gc

    from runinfo import header

    from polsek_nlp.archive.writers import json_line

    print(header())
    if not args.records and not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    recs = _records(args)
    variants = {"A": lambda r: json.dumps(r.to_dict(), ensure_ascii=False), "B": lambda r: json_line(r)[0]}
    lines = [json_line(r) for r in recs]
    if [variants["A"](r) for r in recs] != [line for line, _ in lines]:
        raise SystemExit("A and B lines differ")
    gc.collect()
    gc.freeze()  # as the workers do: the collector walks what the lines allocate, not the records
    times: dict[str, list[float]] = {"A": [], "B": []}
    rest: dict[str, list[float]] = {"pickle": [], "unpickle": [], "write": []}
    with tempfile.TemporaryDirectory(prefix="polsek-serialise-") as tmp:
        for p in range(args.pairs):
            for name in ("A", "B") if p % 2 == 0 else ("B", "A"):
                times[name].append(_per_record(variants[name], recs))
            for k, v in _rest(lines, Path(tmp) / f"out{p}.jsonl").items():
                rest[k].append(v)
    print(f"{len(recs)} records, {args.pairs} pairs, CPU ms a record: median (min-max)")
    print(f"  A to_dict + json.dumps: {_spread(times['A'])}")
    print(f"  B json_line:            {_spread(times['B'])}")
    ratios = [b / a for a, b in zip(times["A"], times["B"], strict=True)]
    print(f"  B/A {_spread(ratios)}")
    for k, v in rest.items():
        print(f"  the line {k}d (chunks of {CHUNK}): {_spread(v)}" if k != "write" else
              f"  the line written (RecordWriter.write_line, a file): {_spread(v)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
