#!/usr/bin/env python3
"""Stemming side by side: polsek_nlp.stem, PySastrawi and (when installed in its own venv) the
nlp-id Lemmatizer, on the same word -> root pairs, in one run.

    python benchmarks/stem.py [--pairs ../shared/corpora/stemming/unimorph-ind-dev.tsv]
                              [--sastrawi-pairs ../shared/corpora/stemming/sastrawi-test-pairs.tsv]
                              [--nlpid-python /work/venv-nlpid/bin/python] [--runs 3]

Accuracy: the share of forms whose output equals the gold root. Time: seconds for `stem(word)`
over the word list, each stemmer built beforehand (Sastrawi's dictionary, nlp-id's table loaded)
but every word new to it; polsek_nlp's first run also loads its dictionary, as a user's first
call does. `ratio` = polsek_nlp time / PySastrawi time, from the same run; the median of `--runs`
runs is printed too (word caches emptied between runs). The Sastrawi pairs check: every pair of
Sastrawi's own test suite that PySastrawi gets right must stay right.
nlp-id (MIT code; its lemma table's origin is unstated) is run in a separate interpreter so that
nothing of it is imported here: install it with
`python -m venv /work/venv-nlpid && /work/venv-nlpid/bin/pip install --no-deps nlp-id`.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus(name: str) -> Path:
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        path = base / "shared" / "corpora" / "stemming" / name
        if path.exists():
            return path
    return ROOT.parent / "shared" / "corpora" / "stemming" / name


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(form, root) pairs: UniMorph `root<TAB>form<TAB>...`, or a `word<TAB>expected...` header file
    (`#` comment lines skipped, as in tests/data/stem_pairs.tsv)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    if lines and lines[0].startswith("word\t"):
        return [(ln.split("\t")[0], ln.split("\t")[1]) for ln in lines[1:] if ln.strip()]
    return [(p[1], p[0]) for p in (ln.split("\t") for ln in lines) if len(p) >= 2]


_NLPID = r"""
import importlib.util, json, sys, time, sysconfig
from pathlib import Path
site = Path(sysconfig.get_paths()["purelib"]) / "nlp_id" / "lemmatizer.py"
spec = importlib.util.spec_from_file_location("nlpid_lemmatizer", site)
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
lem = mod.Lemmatizer()
words = json.load(sys.stdin)
t0 = time.perf_counter(); out = [lem.lemmatize(w) for w in words]; t = time.perf_counter() - t0
json.dump({"out": out, "time": t}, sys.stdout)
"""


def run_nlpid(python: str, words: list[str]) -> tuple[list[str], float] | None:
    if not Path(python).exists():
        return None
    proc = subprocess.run([python, "-c", _NLPID], input=json.dumps(words), capture_output=True, text=True)
    if proc.returncode:
        print(f"nlp-id failed: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    res = json.loads(proc.stdout)
    return res["out"], res["time"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=Path, default=_corpus("unimorph-ind-dev.tsv"))
    ap.add_argument("--sastrawi-pairs", type=Path, default=_corpus("sastrawi-test-pairs.tsv"))
    ap.add_argument("--nlpid-python", default="/work/venv-nlpid/bin/python")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    import polsek_nlp
    from polsek_nlp.lang import stemming

    pairs = read_pairs(args.pairs)
    words = [w for w, _ in pairs]
    ours_t, base_t = [], []
    for _ in range(max(1, args.runs)):
        stemming.root_of.cache_clear()
        stemming._derived_suffix.cache_clear()
        sastrawi = StemmerFactory().create_stemmer()  # a new cache: every word is new to it
        t0 = time.perf_counter()
        ours = [polsek_nlp.stem(w) for w in words]
        t1 = time.perf_counter()
        base = [sastrawi.stem(w) for w in words]
        t2 = time.perf_counter()
        ours_t.append(t1 - t0)
        base_t.append(t2 - t1)
    nlpid = run_nlpid(args.nlpid_python, words)

    def acc(out: list[str]) -> str:
        return f"{100 * sum(o == g for o, (_, g) in zip(out, pairs, strict=True)) / len(pairs):.2f}%"

    print(f"{len(pairs)} pairs from {args.pairs.name}")
    print("| system | accuracy | time (s), first run | time (s), median |")
    print("|---|---|---|---|")
    print(f"| polsek_nlp.stem | {acc(ours)} | {ours_t[0]:.2f} | {statistics.median(ours_t):.2f} |")
    print(f"| PySastrawi | {acc(base)} | {base_t[0]:.2f} | {statistics.median(base_t):.2f} |")
    if nlpid:
        print(f"| nlp-id Lemmatizer | {acc(nlpid[0])} | {nlpid[1]:.2f} | - |")
    else:
        print("| nlp-id Lemmatizer | not installed | - | - |")
    print(f"time ratio polsek_nlp / PySastrawi: {ours_t[0] / base_t[0]:.2f} (first run), "
          f"{statistics.median(ours_t) / statistics.median(base_t):.2f} (median of {len(ours_t)})")

    ok = True
    if args.sastrawi_pairs.exists():
        sp = read_pairs(args.sastrawi_pairs)
        sastrawi = StemmerFactory().create_stemmer()
        right = [(w, g) for w, g in sp if sastrawi.stem(w) == g]
        lost = [(w, g, polsek_nlp.stem(w)) for w, g in right if polsek_nlp.stem(w) != g]
        print(f"Sastrawi test pairs: PySastrawi right on {len(right)} of {len(sp)}; "
              f"polsek_nlp keeps {len(right) - len(lost)} of them")
        for w, g, o in lost:
            print(f"  lost: {w} -> {o} (Sastrawi's test expects {g})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
