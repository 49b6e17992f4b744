"""Issue 18's targets, measured on a synthetic scraped archive (benchmarks/make_scraped_archive.py).

    python benchmarks/archive_hygiene.py                 # 1000 rows, one worker
    python benchmarks/archive_hygiene.py --n 300 --workers 2 --keep /tmp/hygiene
    python benchmarks/archive_hygiene.py --no-learn-furniture     # the known patterns alone
    python benchmarks/archive_hygiene.py --baseline /work/main/src   # another checkout, for comparison

Runs `polsek-nlp batch archive.csv -o out.jsonl` with no field options on a CSV with the columns
`id, judul, tautan, tanggal, isi_berita`, month-first times and site furniture, then reports:
title and publication time taken from their columns (% of rows), rows misdated by day/month order,
events with `date_source`, and records with an entity overlapping a furniture line (all kinds, and
promo lines alone).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_scraped_archive import write  # noqa: E402


def _overlaps(spans, start: int, end: int) -> list[str]:
    return [k for k, s, e in spans if start < e and s < end]


def measure(workdir: Path, n: int, workers: int, extra: list[str] | None = None,
            baseline: Path | None = None) -> dict:
    """Run the CLI over a fresh synthetic archive and score it. `baseline`: the `src` folder of
    another checkout (e.g. /work/main/src), run on a JSONL copy of the archive with the fields
    named as it needs them (`text`, `title`, `published` as written): the figures before."""
    src = workdir / "archive.csv"
    out = workdir / "out.jsonl"
    if out.exists():
        out.unlink()
    write(src, n)
    truth = [json.loads(line) for line in src.with_suffix(".truth.jsonl").read_text(encoding="utf-8").splitlines()]
    env = dict(os.environ)
    cmd_src = src
    if baseline is not None:
        import csv

        env["PYTHONPATH"] = str(baseline)
        cmd_src = workdir / "archive.jsonl"
        with open(src, encoding="utf-8", newline="") as f, open(cmd_src, "w", encoding="utf-8") as g:
            for row in csv.DictReader(f):
                g.write(json.dumps({"id": row["id"], "text": row["isi_berita"], "title": row["judul"],
                                    "published": row["tanggal"], "url": row["tautan"]}) + "\n")
    t0 = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "batch", str(cmd_src), "-o", str(out),
                          "--workers", str(workers), "--no-progress", *(extra or [])], capture_output=True,
                         text=True, env=env)
    seconds = time.monotonic() - t0
    if run.returncode != 0:
        raise SystemExit(f"batch failed ({run.returncode}):\n{run.stderr}")
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(truth), (len(recs), len(truth))
    title_ok = pub_ok = misdated = ambiguous = events = with_source = 0
    furn_any = furn_promo = 0
    kinds: dict[str, int] = {}
    source_counts: dict[str, int] = {}
    for rec, t in zip(recs, truth, strict=True):
        assert rec["id"] == t["id"]
        title_ok += rec.get("title") == t["title"]
        pub = rec.get("published")
        pub_ok += pub is not None and pub[:16] == t["published"][:16]
        misdated += pub is not None and pub[:10] != t["published"][:10]
        ambiguous += t["ambiguous"]
        if rec["error"] is None:
            events += 1
            ev = rec["event"] or {}
            with_source += "date_source" in ev and (ev.get("date") is None) == (ev.get("date_source") is None)
            source_counts[str(ev.get("date_source"))] = source_counts.get(str(ev.get("date_source")), 0) + 1
        hit = set()
        for ent in rec.get("entities") or []:
            hit.update(_overlaps(t["furniture"], ent["start"], ent["end"]))
        for k in hit:
            kinds[k] = kinds.get(k, 0) + 1
        furn_any += bool(hit)
        furn_promo += "promo" in hit
    n = len(recs)
    return {
        "rows": n,
        "seconds": round(seconds, 1),
        "errors": sum(r["error"] is not None for r in recs),
        "title_from_column_pct": round(100 * title_ok / n, 2),
        "published_from_column_pct": round(100 * pub_ok / n, 2),
        "ambiguous_rows": ambiguous,
        "misdated_rows": misdated,
        "events_with_date_source_pct": round(100 * with_source / max(1, events), 2),
        "date_source": source_counts,
        "records_with_entity_on_furniture_pct": round(100 * furn_any / n, 2),
        "records_with_entity_on_promo_line": furn_promo,
        "furniture_kinds_hit": kinds,
        "stderr": [ln for ln in run.stderr.splitlines() if ln.strip()],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    ap.add_argument("--no-learn-furniture", action="store_true", help="known furniture patterns only")
    ap.add_argument("--baseline", type=Path, help="the src folder of another checkout: its figures, for comparison")
    args = ap.parse_args()
    extra = ["--no-learn-furniture"] if args.no_learn_furniture else []
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = measure(args.keep, args.n, args.workers, extra, args.baseline)
    else:
        with tempfile.TemporaryDirectory() as d:
            result = measure(Path(d), args.n, args.workers, extra, args.baseline)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
