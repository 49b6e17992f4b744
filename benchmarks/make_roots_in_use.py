"""Build `src/polsek_nlp/data/words/roots_in_use.tsv`: the root words of the stemmer's dictionary that
written Indonesian uses.

A root of Sastrawi's dictionary (`root_words`, 29,932 words) is kept when wordfreq's Indonesian list
(Speer, wordfreq 3.1, data CC BY-SA 4.0: subtitles, web text, Wikipedia, news, Twitter) lists it,
with a Zipf frequency of `--min-zipf` or more. The roots it lacks (`mendur`, `konsil`) are words of
the dictionary that news hardly writes: a capitalised one with a cue for a person is read as a name
(recognize/persons.py, `_ordinary`). Only words wordfreq lists are written (none of Sastrawi's
dictionary beyond them). Run by hand (wordfreq is no dependency of the library):

    pip install --target /tmp/wf wordfreq
    PYTHONPATH=src:/tmp/wf python benchmarks/make_roots_in_use.py
"""
from __future__ import annotations

import argparse
from pathlib import Path

HEADER = """# Root words in use: the roots of the stemmer's dictionary (Sastrawi's kata dasar) that wordfreq's
# Indonesian list contains with a Zipf frequency of {min_zipf} or more ({n} of {roots} roots). A root
# missing here (`mendur`) is a word of the dictionary that written Indonesian hardly uses: after a cue
# for a person, a capitalised one is read as a name (recognize/persons.py). Lowercase. Source:
# wordfreq 3.1 (R. Speer, data CC BY-SA 4.0), its `id` list; only words wordfreq lists are written.
# Built by benchmarks/make_roots_in_use.py; no word of any corpus.
word
"""


def build(min_zipf: float) -> tuple[list[str], int]:
    from wordfreq import top_n_list, zipf_frequency

    from polsek_nlp.lang.stemming import root_words

    roots = root_words()
    listed = {w for w in top_n_list("id", 10 ** 6) if w in roots}
    return sorted(w for w in listed if zipf_frequency(w, "id") >= min_zipf), len(roots)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-zipf", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=Path("src/polsek_nlp/data/words/roots_in_use.tsv"))
    a = ap.parse_args()
    words, roots = build(a.min_zipf)
    head = HEADER.format(min_zipf=a.min_zipf, n=len(words), roots=roots)
    a.out.write_text(head + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} of {roots} roots -> {a.out}")


if __name__ == "__main__":
    main()
