"""The words of Indonesian temporal expressions, read once from `data/temporal_words.tsv` (month,
weekday and number words, with their values) and `data/temporal_cues.tsv` (the other words a
temporal expression can begin with: pukul, tanggal, awal, kemarin ...)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from polsek_nlp.data import read_table


@dataclass(frozen=True)
class TemporalWords:
    """All keys lowercase."""

    months: Mapping[str, int]  # month word -> 1..12
    full_months: frozenset[str]  # the month words written out (not "Mar", "Agt")
    old_months: frozenset[str]  # old spellings and rare short forms (Djuli, Mrt, Ag): read only with a day and a year
    weekdays: Mapping[str, int]  # weekday word -> 0 (Monday) .. 6
    full_weekdays: frozenset[str]  # the weekday words written out (not "Sat", "Mon")
    numbers: Mapping[str, int]  # number word ("dua belas") -> 12
    cues: Mapping[str, str]  # a first word -> its kind: weekday, month, number (first word of a
    # number word), or a kind of temporal_cues.tsv; a word keeps the first kind it is given


@cache
def temporal_words() -> TemporalWords:
    values: dict[str, dict[str, int]] = {"month": {}, "weekday": {}, "number": {}}
    full: set[str] = set()
    full_days: set[str] = set()
    old: set[str] = set()
    for row in read_table("temporal_words.tsv"):
        word = row["word"].lower()
        values[row["kind"]][word] = int(row["value"])
        if row["kind"] == "month" and row["form"] == "full":
            full.add(word)
        elif row["kind"] == "month" and row["form"] == "old":
            old.add(word)
        elif row["kind"] == "weekday" and row["form"] == "full":
            full_days.add(word)
    cues: dict[str, str] = {}
    for kind in ("weekday", "month", "number"):
        for word in values[kind]:
            cues.setdefault(word.split()[0], kind)
    for row in read_table("temporal_cues.tsv"):
        cues.setdefault(row["word"].lower(), row["kind"])
    return TemporalWords(months=MappingProxyType(values["month"]), full_months=frozenset(full),
                         old_months=frozenset(old),
                         weekdays=MappingProxyType(values["weekday"]), full_weekdays=frozenset(full_days),
                         numbers=MappingProxyType(values["number"]),
                         cues=MappingProxyType(cues))


@cache
def _calendar_words() -> frozenset[str]:
    words = temporal_words()
    return frozenset(words.weekdays) | words.full_months


def calendar_word(word: str) -> bool:
    """A weekday (any of its forms) or a month written out (`Jumat`, `Agustus`, not `Agt`), in any case: a
    word of the calendar that is never a name."""
    return word.lower() in _calendar_words()
