"""Where a thing is the loot of a theft: a word of theft before it (`pencurian sepeda motor`, `menggasak sembilan
sepeda motor`) or a word of stolen goods after it (`motor hasil curian`, `mobil korban raib`), a few words apart at
most. A subtype cue of `data/incident_subtypes.tsv` listed as `loot_cues` (`motor` of `curanmor`) counts only so: a
motorbike seized, ridden or bought (`sepeda motor yang dipakai beraksi`) is no theft of one. The words:
`data/incident_words.tsv` - `loot_frame` rows (before: nouns of theft), the `seizure_context` rows of value loot
(active verbs of taking), `stolen` and `taken` rows (after); a preposition (`loot_frame` apart rows) in the gap after
a word of theft parts the two (`mencuri helm dari sepeda motor`)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import parted_word_list, words

# at most two words between the word of theft and the thing (`mencuri 11 sepeda motor`, `motor milik korban dicuri`)
_GAP = r"(?:[\w-]+\s+){0,2}"


@cache
def _gap_before() -> str:
    """The gap after a word of theft: no `loot_frame` word of value apart in it, a preposition that makes the thing
    the place the loot was taken from (`mencuri helm dari sepeda motor`, `pencurian di dalam mobil`; review s30rvE)."""
    apart = _phrases(parted_word_list("loot_frame", ("apart",)))
    return rf"(?:(?!(?:{apart})\s)[\w-]+\s+){{0,2}}"


@cache
def _before() -> tuple[str, ...]:
    loot = (w for w, v in words("seizure_context").items() if v == "loot")
    return tuple(sorted(set(parted_word_list("loot_frame", ("before",))) | set(loot)))


@cache
def _after() -> tuple[str, ...]:
    return tuple(sorted(set(parted_word_list("loot_frame", ("after",))) | set(words("stolen")) | set(words("taken"))))


def _phrases(ws: tuple[str, ...]) -> str:
    return trie_alternation(ws).replace(r"\ ", r"\s+").replace(" ", r"\s+")


def loot_regex(cues: list[str]) -> re.Pattern | None:
    """A pattern of `cues` said to be stolen (one match per such mention), in any case; None without cues."""
    if not cues:
        return None
    thing = _phrases(tuple(cues))
    return re.compile(rf"(?<![\w-])(?:(?:{_phrases(_before())})\s+{_gap_before()}(?:{thing})"
                      rf"|(?:{thing})\s+{_GAP}(?:{_phrases(_after())}))(?![\w-])", re.IGNORECASE)
