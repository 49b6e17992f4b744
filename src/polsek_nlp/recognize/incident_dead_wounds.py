"""The wounds of the one dead (`Seorang petani tewas dibacok ... Korban, X (37), mengalami luka bacok di kepala`): the
victim named after a bare `Korban,` whose only harm is a wound said right after the name is the one the lead said dead,
not another injured, when the text counts one dead, names none dead and the name follows that count (issue 22,
s26cas; as `incident_facts._wounds_of_the_dead` reads `Keduanya mengalami luka bacok` after two dead). Words from
`data/incident_words.tsv` (`wound_kind`, `body_part`, `dead` rows; `wound_lead` name_context rows)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import Cand
from polsek_nlp.recognize.incident_words import any_word, compiled, phrase_words, words
from polsek_nlp.record.types import Casualties

__all__ = ["dead_ones_wounds"]

_BARE_VICTIM = re.compile(r"(?<![\w-])korban\s*,\s*$", re.IGNORECASE)  # `Korban, X`, not `Korban luka, X`


@cache
def _wound_after() -> re.Pattern:
    """After the name (an age, an apposition set off by commas, no clause of contrast or `dan` in it): a `wound_lead` word (`mengalami`) and a wound of a kind or at a
    part of the body (`luka bacok`, `luka tusuk di dada`, `luka di kepala`), no severity (`luka berat` may be a
    survivor's)."""
    kinds, parts = trie_alternation(words("wound_kind")), trie_alternation(words("body_part"))
    joint = rf"(?<![\w-])(?:{phrase_words('contrast')}|{phrase_words('clause_joiner')})(?![\w-])"  # no other clause
    return compiled(rf"(?:\s*\(\d{{1,3}}(?:\s*tahun)?\))?(?:\s*,(?:(?!{joint})[^.;:()\"]){{1,120}}?(?=,))?\s*,?\s*(?:juga\s+)?"
                    rf"(?:{phrase_words('name_context', 'wound_lead')})\s+luka\s+(?:(?:{kinds})|di\s+(?:bagian\s+)?(?:{parts}))(?![\w-])",
                    re.IGNORECASE)


@cache
def _dead_word() -> re.Pattern:
    return any_word(words("dead").keys())


def dead_ones_wounds(cands: list[Cand], text: str, cas: Casualties) -> None:
    """The one victim so wounded after a bare `Korban,` is the dead one: `tewas` in place of `luka` (module doc); not
    when the text counts injured too (`Seorang warga tewas dan seorang lainnya luka ... Korban, X, mengalami luka
    bacok`: X may be the injured one)."""
    if cas.dead != 1 or cas.injured is not None or any("tewas" in c.harms for c in cands):
        return
    hit = [c for c in cands if c.victim_cues and not c.suspect_cues and set(c.harms) == {"luka"}
           and any(_dead_ones_wound(text, s, e, _others_named(cands, c)) for s, e in c.spans)]
    if len(hit) == 1:
        hit[0].harms = ["tewas"]


def _others_named(cands: list[Cand], c: Cand) -> list[int]:
    """Where the people other than `c` are named."""
    return [s for o in cands if o is not c for s, _ in o.spans]


def _dead_ones_wound(text: str, s: int, e: int, others: list[int]) -> bool:
    """The name at `s`-`e` follows a bare `Korban,` and a word of death, and a wound follows it with no life said after
    the wound (`_alive_after`)."""
    w = _wound_after().match(text, e) if _BARE_VICTIM.search(text, max(0, s - 12), s) else None
    return w is not None and _dead_word().search(text, 0, s) is not None and not _alive_after(text, w.end(), others)


def _alive_after(text: str, at: int, others: list[int]) -> bool:
    """Care or survival later in the wound's sentence or in the next one when that names no one else (`alive_after`
    rows: `... dan kini dirawat`, `Korban kini masih dirawat`, `Kondisinya kritis`; not `Rekannya, B, ... dirawat`), no
    death said after it (`sempat dirawat namun meninggal dunia`, `dead` rows): the victim lives (s26rvB: the next
    sentence)."""
    own = _sentence_end(text, at)
    end = _sentence_end(text, own + 1)
    if any(own < n < end for n in others):
        end = own
    alive = any_word(words("alive_after").keys()).search(text, at, end)
    return alive is not None and _dead_word().search(text, alive.end(), end) is None


def _sentence_end(text: str, at: int) -> int:
    """The offset of the first full stop from `at` (the text's end when there is none)."""
    end = text.find(".", min(at, len(text)))
    return end if end >= 0 else len(text)
