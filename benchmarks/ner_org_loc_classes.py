#!/usr/bin/env python3
"""Count the ORG and LOC errors of a DEV corpus by the mechanism that could fix them (issue 19, s13ner).

    python benchmarks/ner_org_loc_classes.py [CORPUS] [--show CLASS]

The errors are those of `benchmarks/ner_errors.py` (FALSE, MISS, BOUND, CLASS) for ORG and LOC; each is
put in the first class that fits, by what its span is and what the tables know of it:

  sub_unit        a party's or a legislature's organ alone (`DPP`, `DPD`, `Komisi III`, `Dewan Pembina`):
                  IDNer leaves them untagged, the record lists them (a convention, not a mechanism)
  state           a country's name (acting, a nationality, a place: IDNer tags it in some sentences only)
  government_of   `pemerintah X`, `Pemerintah X` (IDNer: ORG in some sentences, the sentences' conventions: no entity)
  facility        a facility by its common acronym (`SPBU`, `RPH`, `TPS`): LOC in IDNer, no name here
  defined_acr     an acronym the sentence defines in brackets or with `disingkat` (`Gerakan X (MDC)` ... `MDC`)
  acronym         any other acronym (table gap or no cue)
  head:WORD       a longer span by its first word (`head:Harian`, `head:Partai`), lowercase heads included
  one_word        any other one word

One line per (label, kind, class) with its count, the largest first; `--show CLASS` lists a class's errors.
Train or dev splits only, never a test split.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from ner_error_classes import counted  # noqa: E402

_SUB_UNIT = re.compile(r"^(DPP|DPD|DPC|DPW|Komisi [IVX]+|Dewan (Pimpinan|Pembina|Pakar|Pertimbangan|Penasihat)\b.*"
                       r"|Badan (Kehormatan|Anggaran|Pengurus)\b.*|Fraksi\b.*|Mahkamah Partai|Panitia\b.*)$")
_FACILITY = frozenset({"SPBU", "RPH", "TPS", "ATM", "SPBE", "TPA", "RSUD"})


def _mechanism(text: str, surface: str) -> str:
    """The class of one ORG or LOC error's span `surface` in the sentence `text`."""
    from polsek_nlp.knowledge.phrases import countries  # noqa: PLC0415

    words = surface.strip("(),").split()
    bare = " ".join(words)
    if _SUB_UNIT.match(bare):
        return "sub_unit"
    if bare in countries().entries:
        return "state"
    if words and words[0].lower() == "pemerintah":
        return "government_of"
    if bare in _FACILITY:
        return "facility"
    if len(words) == 1 and bare.isupper() and len(bare) > 1:
        defined = f"({bare})" in text.replace("( ", "(").replace(" )", ")") or f"disingkat {bare}" in text
        return "defined_acr" if defined else "acronym"
    if len(words) > 1:
        return "head:" + words[0]
    return "one_word"


def main() -> int:
    counts = counted(__doc__, lambda text, span, *_: _mechanism(text, text[span.start:span.end]), ["ORG", "LOC"])
    if counts is None:
        return 0
    heads: Counter = Counter()  # a head word met once is counted with the other single heads
    for (label, kind, cls), n in counts.items():
        heads[label, kind, cls if not cls.startswith("head:") or n > 1 else "head:(single)"] += n
    for (label, kind, cls), n in heads.most_common():
        print(f"{n:4} {label} {kind:5} {cls}")
    print(f"{sum(counts.values()):4} in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
