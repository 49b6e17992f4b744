#!/usr/bin/env python3
"""Wall time of `analyze` on adversarial and very large inputs: n against 4n characters.

    python benchmarks/scaling.py [--n 5000]

The tests check the same growth by counting work (tests/test_reliability.py: Python-level calls),
which a loaded machine cannot disturb; this prints the seconds. Linear growth is a ratio of ~4.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "examples" / "polres-purwakarta-rakor-2024.txt").read_text(encoding="utf-8")
UNITS = ["AKBP ", "A", "ABC DEF ", "Kombes Pol. ", "S.H., M.H., ", "1/2/3/", "19.08.2024.", ".", '"', '"a" ',
         "“", "Budi Santoso ", "Agustus ", "(", "a", "-", "Bupati ", "Menteri "]


def best_time(texts: list[str]) -> float:
    import polsek_nlp

    best = float("inf")
    for text in texts:  # lengths differ: the tokenizer caches whole chunks it has seen
        t0 = time.perf_counter()
        polsek_nlp.analyze(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args()
    import polsek_nlp

    polsek_nlp.analyze(SEED)
    n = args.n
    for unit in UNITS:
        def text(k: int, unit: str = unit) -> str:
            return (unit * (k // len(unit) + 1))[:k]

        t_n = best_time([text(n + 1 + i) for i in range(3)])
        t_4n = best_time([text(4 * n + 1 + i) for i in range(3)])
        print(f"{unit!r:16} n={n}: {t_n:.3f} s   4n: {t_4n:.3f} s   ratio {t_4n / t_n:.1f}")
    base = (SEED + "\n\n") * (50_000 // (len(SEED) + 2) + 1)
    big = (SEED + "\n\n") * (2_000_000 // (len(SEED) + 2) + 1)
    t_base = best_time([base, base + " "])
    t0 = time.perf_counter()
    polsek_nlp.analyze(big)
    t_big = time.perf_counter() - t0
    print(f"realistic: {len(base):,} chars {t_base:.2f} s; {len(big):,} chars (analysed 1,000,000) {t_big:.1f} s; "
          f"ratio {t_big / t_base:.0f} for {1_000_000 / len(base):.0f}x the text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
