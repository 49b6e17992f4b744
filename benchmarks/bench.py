#!/usr/bin/env python3
"""Speed and memory of polsek_nlp, as ratios measured in one run on the same articles.

    python benchmarks/bench.py [--n 400] [--runs 5] [--unseen] [--input FILE.jsonl] [--out FILE.json]

With --unseen, the figures on articles the process has never seen (what a real archive brings)
are printed first. The start-to-end batch path and the cold start against `import spacy` have
their own scripts: benchmarks/endtoend.py and benchmarks/coldstart.py.

Measures, on the same texts (../shared/corpora/archive/indosum-2017-a.jsonl when present, else
the example article repeated):
  floor      spaCy's Indonesian tokenizer alone (spacy.blank("id").tokenizer)
  naive      the obvious glue: spaCy's Indonesian tokenizer, Sastrawi on every token,
             dateparser's search_dates over the article
  analyze    polsek_nlp.analyze per article
  many-1/2   polsek_nlp.analyze_many with 1 and 2 processes
and prints articles per second, the ratios naive/ours and ours/floor (medians over --runs runs
that each measure floor, naive and analyze back to back: the machine is noisy), the cold start of a new
process (import + load + first analysis), peak RSS, and time per pipeline component. Results
are written as JSON too, so that a run can be compared with the last one (--compare).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
EXAMPLE = ROOT / "examples" / "polres-purwakarta-rakor-2024.txt"


def load_texts(path: Path | None, n: int) -> tuple[list[str], str]:
    if path is not None and path.exists():
        texts = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["text"])
                if len(texts) >= n:
                    break
        return texts, str(path)
    text = EXAMPLE.read_text(encoding="utf-8")
    return [text] * n, str(EXAMPLE) + f" x{n}"


def rate(fn, texts: list[str], repeat: int = 1) -> float:
    """Articles per second: the best of `repeat` passes (the machine is noisy)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def floor(texts: list[str]) -> None:
    tok = _floor_nlp().tokenizer
    for t in texts:
        tok(t)


_FLOOR = None


def _floor_nlp():
    global _FLOOR
    if _FLOOR is None:
        import spacy

        _FLOOR = spacy.blank("id")
    return _FLOOR


_NAIVE = None


def _naive_parts():
    global _NAIVE
    if _NAIVE is None:
        from dateparser.search import search_dates
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        _NAIVE = (_floor_nlp(), StemmerFactory().create_stemmer(), search_dates)
    return _NAIVE


def naive(texts: list[str]) -> None:
    nlp, stemmer, search_dates = _naive_parts()
    for t in texts:
        doc = nlp(t)
        [stemmer.stem(tok.text) for tok in doc if tok.is_alpha]
        search_dates(t, languages=["id"])


def ours(texts: list[str]) -> None:
    import polsek_nlp

    for t in texts:
        polsek_nlp.analyze(t)


def many(n_process: int):
    def run(texts: list[str]) -> None:
        import polsek_nlp

        for _ in polsek_nlp.analyze_many(texts, n_process=n_process, batch_size=16):
            pass

    return run


def components(texts: list[str], passes: int = 2) -> dict[str, float]:
    """Milliseconds per article spent in the tokenizer, each component and the record builder,
    in the last of `passes` passes (the first fills the caches, as a long batch would)."""
    import polsek_nlp
    from polsek_nlp.record.build import build_record

    nlp = polsek_nlp.load()
    for _ in range(passes):
        acc = _component_pass(nlp, build_record, texts)
    return {k: round(1000 * v / len(texts), 3) for k, v in sorted(acc.items(), key=lambda kv: -kv[1])}


def _component_pass(nlp, build_record, texts: list[str]) -> dict[str, float]:
    from polsek_nlp.doc.view import open_view

    acc: dict[str, float] = {"tokenizer": 0.0}
    for text in texts:
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        open_view(doc, text)
        acc["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            acc[name] = acc.get(name, 0.0) + time.perf_counter() - t0
        t0 = time.perf_counter()
        build_record(doc)
        acc["build_record"] = acc.get("build_record", 0.0) + time.perf_counter() - t0
    return acc


def unseen(path: Path | None, n: int, naive_too: bool = True) -> dict:
    """Speeds on articles that no contender has seen, after every one has warmed up on 2n others."""
    texts, _ = load_texts(path, 3 * n)
    if len(set(texts)) < len(texts):
        return {"skipped": "needs 3n distinct articles"}
    warm, test = texts[:2 * n], texts[2 * n:]
    floor(warm)
    ours(warm)
    rates = {"floor": rate(floor, test)}
    if naive_too:
        naive(warm[:n])
        rates["naive"] = rate(naive, test)
    rates["analyze"] = rate(ours, test)
    ratios = {"analyze_time_over_floor": round(rates["floor"] / rates["analyze"], 2)}
    if "naive" in rates:
        ratios["naive_time_over_analyze"] = round(rates["analyze"] / rates["naive"], 2)
    return {"articles": len(test), "warmup": len(warm),
            "articles_per_second": {k: round(v, 1) for k, v in rates.items()}, "ratios": ratios}


COLD = ("import polsek_nlp; polsek_nlp.analyze('Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin rapat "
        "di Aula Mapolres Purwakarta, Senin (19/8/2024).')")
NAIVE_COLD = ("import spacy, dateparser.search as d; from Sastrawi.Stemmer.StemmerFactory import StemmerFactory; "
              "nlp = spacy.blank('id'); s = StemmerFactory().create_stemmer(); "
              "t = 'Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin rapat, Senin (19/8/2024).'; "
              "[s.stem(x.text) for x in nlp(t)]; d.search_dates(t, languages=['id'])")


def cold_start(code: str, runs: int = 3) -> float:
    """Median seconds for a new Python process to run `code`."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400, help="articles (default 400)")
    ap.add_argument("--input", type=Path, default=ARCHIVE)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    ap.add_argument("--compare", type=Path, help="an earlier results JSON to compare with")
    ap.add_argument("--runs", type=int, default=5,
                    help="measure floor, naive and analyze this many times; report the medians (default 5)")
    ap.add_argument("--skip-naive", action="store_true", help="skip the (slow) naive glue")
    ap.add_argument("--unseen", action="store_true",
                    help="also measure floor, naive and analyze on n articles none of them has seen before "
                         "(after a warm-up on 2n others): new words cost stemming and look-ups, as in a real archive")
    args = ap.parse_args()

    from runinfo import header

    print(header())
    texts, source = load_texts(args.input, args.n)
    print(f"{len(texts)} articles from {source}; {os.cpu_count()} cores; Python {platform.python_version()}")

    # warm every path once (constructors, lazy tables, caches), as a long batch would be
    floor(texts[:5])
    ours(texts)
    result: dict = {"articles": len(texts), "source": source, "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
                    "runs": args.runs}
    if not args.skip_naive:
        naive(texts[:3])
    # floor, naive and analyze measured back to back, `runs` times: each run's ratios compare
    # speeds taken seconds apart; the figures reported are the medians over the runs
    runs = []
    for _ in range(args.runs):
        one = {"floor": rate(floor, texts, repeat=3)}
        if not args.skip_naive:
            one["naive"] = rate(naive, texts)
        one["analyze"] = rate(ours, texts, repeat=2)
        runs.append(one)
    rates = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    rates["many-1"] = rate(many(1), texts)
    rates["many-2"] = rate(many(2), texts)
    result["articles_per_second"] = {k: round(v, 1) for k, v in rates.items()}
    ratios = {
        "analyze_time_over_floor": round(statistics.median(r["floor"] / r["analyze"] for r in runs), 2),
        "many2_over_many1": round(rates["many-2"] / rates["many-1"], 2),
    }
    if not args.skip_naive:
        ratios["naive_time_over_analyze"] = round(statistics.median(r["analyze"] / r["naive"] for r in runs), 2)
    result["ratios"] = ratios
    result["per_run"] = [{k: round(v, 1) for k, v in r.items()} for r in runs]
    result["cold_start_seconds"] = {"polsek_nlp": round(cold_start(COLD), 3)}
    if not args.skip_naive:
        result["cold_start_seconds"]["naive_glue"] = round(cold_start(NAIVE_COLD), 3)
    result["components_ms_per_article"] = components(texts)
    if args.unseen:
        result["unseen"] = unseen(args.input, args.n, naive_too=not args.skip_naive)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)

    if "articles" in result.get("unseen", {}):
        u = result["unseen"]
        print(f"\nunseen articles ({u['articles']}, after a warm-up on {u['warmup']} others), articles per second")
        for k, v in u["articles_per_second"].items():
            print(f"  {k:10s} {v:9.1f}")
        for k, v in u["ratios"].items():
            print(f"  {k:28s} {v:6.2f}")
    print("\narticles per second (seen: the same articles as the warm-up)")
    for k, v in result["articles_per_second"].items():
        print(f"  {k:10s} {v:9.1f}")
    if len(runs) > 1:
        print(f"  (floor, naive, analyze: medians of {len(runs)} runs; each run: "
              + "; ".join(", ".join(f"{k} {v:.0f}" for k, v in r.items()) for r in runs) + ")")
    print("\nratios" + (f" (medians of the {len(runs)} runs' ratios)" if len(runs) > 1 else ""))
    for k, v in ratios.items():
        print(f"  {k:28s} {v:6.2f}")
    print("\ncold start (new process: import + load + first analysis), seconds")
    for k, v in result["cold_start_seconds"].items():
        print(f"  {k:12s} {v:6.3f}")
    print(f"\npeak RSS {result['peak_rss_mb']} MB")
    print("\nms per article by component")
    for k, v in result["components_ms_per_article"].items():
        print(f"  {k:22s} {v:7.3f}")
    if args.compare and args.compare.exists():
        old = json.loads(args.compare.read_text())
        print(f"\ncompared with {args.compare} ({old.get('time')})")
        for k, v in result["articles_per_second"].items():
            was = old.get("articles_per_second", {}).get(k)
            if was:
                print(f"  {k:10s} {was:9.1f} -> {v:9.1f}  ({v / was:5.2f}x)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
