#!/usr/bin/env python3
"""Peak memory while streaming a long archive through analyze_many: it must stay flat.

    python benchmarks/memory.py [--n 20000] [--every 2000] [--workers 1] [--new-words 0]

Cycles the IndoSum archive (or the example article) to `--n` articles, streams them through
`polsek_nlp.analyze_many` without keeping the records, and prints the process's resident memory
every `--every` articles. Caches are bounded (stems 200k words, the vocabulary recycled in memory
zones), so after warming up the figure should not grow. `--new-words K` appends K words the process
has never seen to every article (a capitalised name-like word and lower-case words built from the
article's number), as a real archive of new text brings new words without end: the vocabulary, the
stem cache and the lexeme flags must stay bounded under that too. Writes
benchmarks/results/memory.json.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
EXAMPLE = ROOT / "examples" / "polres-purwakarta-rakor-2024.txt"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def novel(i: int, k: int) -> str:
    """k pseudo-words no other article has: letters spelling the article number and the word's index."""
    words = []
    for j in range(k):
        x, w = i * k + j, ""
        while True:
            x, r = divmod(x, 21)
            w += "bcdfghjklmnprstvwyzqx"[r] + "aiueo"[r % 5]
            if not x:
                break
        words.append(w.capitalize() if j == 0 else w)
    return " ".join(words)


def items(n: int, new_words: int = 0):
    if ARCHIVE.exists():
        base = [json.loads(line) for line in ARCHIVE.open(encoding="utf-8")]
    else:
        base = [{"id": "example", "text": EXAMPLE.read_text(encoding="utf-8")}]
    for i, item in enumerate(itertools.islice(itertools.cycle(base), n)):
        # vary the text a little so that ids and a few words are new every cycle
        extra = f" Warga {novel(i, new_words)} hadir." if new_words else ""
        yield {"id": f"{item['id']}#{i}", "text": item["text"] + f"\n\nKode berita {i}.{extra}"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--every", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--new-words", type=int, default=0, help="never-seen words appended per article")
    args = ap.parse_args()
    from runinfo import header

    print(header())
    import polsek_nlp

    samples = []
    t0 = time.perf_counter()
    for k, _rec in enumerate(polsek_nlp.analyze_many(items(args.n, args.new_words), n_process=args.workers), 1):
        if k % args.every == 0:
            samples.append({"articles": k, "rss_mb": round(rss_mb(), 1),
                            "seconds": round(time.perf_counter() - t0, 1)})
            print(f"{k:7d} articles  RSS {samples[-1]['rss_mb']:7.1f} MB  {samples[-1]['seconds']:7.1f} s",
                  flush=True)
    after_warmup = [s["rss_mb"] for s in samples[len(samples) // 4:]]
    growth = round(after_warmup[-1] - after_warmup[0], 1) if after_warmup else 0.0
    print(f"growth after warm-up: {growth} MB over {samples[-1]['articles'] - samples[len(samples) // 4]['articles']}"
          " articles" if samples else "no samples")
    out = ROOT / "benchmarks" / "results" / "memory.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"n": args.n, "new_words": args.new_words, "samples": samples,
                               "growth_after_warmup_mb": growth}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
