"""The harm said at a kin noun (`Istri pelaku mengalami memar`, `menganiaya istrinya hingga mengalami luka`) is the harm
of the victim the article names by that kin noun (`istrinya, X (35)`, `Anak pelaku, laki-laki berinisial Y (12)`):
a harm said of the noun, not of the name, gives the named victim no harm and so no count (issue 22, s25cas2).
Words from `data/incident_words.tsv` (`relation` rows of value kin, `role` rows, `name_context` rows)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import Cand, name_context
from polsek_nlp.recognize.incident_words import adverbs, compiled, parted_word_list, words

__all__ = ["kin_harms"]

_KIN_PHRASE = r"(?<![\w-])(?P<k>{kin})(?:nya|\s+(?:para\s+)?(?P<o>{owner}))(?![\w-])"


@cache
def _owner() -> str:
    """Whose kin the noun names: a role word (`istri pelaku`), the victim or `mereka` (`anak korban`, `anak mereka`)."""
    return trie_alternation([*words("role"), "korban", "mereka"])


@cache
def _kin() -> str:
    return trie_alternation(parted_word_list("relation", ("kin",)))


@cache
def _kin_apposed() -> re.Pattern:
    """`istrinya, X`, `Anak pelaku, laki-laki berinisial X`: the kin noun set before the name with a comma (and up to
    three plain words of description)."""
    return compiled(_KIN_PHRASE.format(kin=_kin(), owner=_owner())
                    + r"\s*,\s*(?:(?-i:[a-z-]+)\s+){0,3}$", re.IGNORECASE)


@cache
def _kin_said() -> re.Pattern:
    return compiled(_KIN_PHRASE.format(kin=_kin(), owner=_owner()), re.IGNORECASE)


@cache
def _harm_at_kin() -> re.Pattern:
    """Right after the kin noun, a relative clause of up to 60 characters (`anak pelaku yang mencoba melindungi ibunya
    terluka`), the words a harm may follow (`before_harm`: `hingga mengalami`) and a harm (`harm` rows)."""
    return name_context(r"(?:\s+yang\s+[^.,;:!?\"“”()]{1,60}?)?\s*,?\s+" + adverbs("also", "pun", "once", "done") + "*"
                        r"(?:{before_harm}\s+)*" + rf"(?P<h>{trie_alternation(words('harm'))})(?![\w-])")


@cache
def _act_before() -> re.Pattern:
    """An act of harm right before the kin noun (`menganiaya istrinya`, `harm_act` rows): the kin is its object."""
    return compiled(rf"(?<![\w-])(?:{trie_alternation(words('harm_act'))})\s+$", re.IGNORECASE)


def _kin_key(m: re.Match) -> tuple[str, str]:
    """A kin phrase's kin word and its owner word (lower case; "" for `-nya`, whose owner the text does not say)."""
    return m.group("k").lower(), (m.group("o") or "").lower()


def _harm_of(harmed: dict[tuple[str, str], str], key: tuple[str, str]) -> str | None:
    """The harm said at the same kin of the same owner (`istri pelaku`, not `istri korban`); a `-nya` owner is any."""
    kin, owner = key
    return next((h for (k, o), h in harmed.items() if k == kin and (o == owner or not o or not owner)), None)


def _kin_harmed(text: str) -> tuple[dict[tuple[str, str], str], str | None]:
    """Each kin phrase (`_kin_key`) and the first harm said right after it in the text; and the first such harm of a
    kin that is the object of an act of harm (`menganiaya istrinya hingga mengalami luka`), or None."""
    out: dict[tuple[str, str], str] = {}
    acted: str | None = None
    for m in _kin_said().finditer(text):
        if (h := _harm_at_kin().match(text, m.end())) is not None:
            harm = words("harm")[h.group("h").lower()]
            out.setdefault(_kin_key(m), harm)
            if acted is None and _act_before().search(text, max(0, m.start() - 40), m.start()):
                acted = harm
    return out, acted


def _lone_victim(cands: list[Cand], harm: str) -> None:
    """The harm of a kin the act reached (`menganiaya istrinya hingga mengalami luka`) is the harm of the one victim
    named elsewhere (`korban berinisial X (32)`) when only one victim of no harm said is named, none with a harm."""
    victims = [c for c in cands if c.victim_cues and not c.suspect_cues and not c.officer]
    if len(victims) == 1 and not victims[0].harms:
        victims[0].harms.append(harm)


def kin_harms(cands: list[Cand], text: str) -> None:
    """A person of no harm said and no suspect, named after a kin noun (`istrinya, X`), takes the harm said at that kin
    noun of the same owner elsewhere in the text (`Istri pelaku mengalami memar`; not `Istri korban, X` by it) and is
    a victim by it. Read after the harms said at the names. When no name is so set, the harm of a kin an act reached goes to a lone victim (`_lone_victim`)."""
    harmed, acted = _kin_harmed(text)
    taken = False
    for c in cands:
        if c.suspect_cues or c.officer or c.harms:
            continue
        for s, _e in c.spans:
            if (m := _kin_apposed().search(text, max(0, s - 60), s)) and (h := _harm_of(harmed, _kin_key(m))):
                c.harms.append(h)
                c.victim_cues = max(c.victim_cues, 1)
                taken = True
                break
    if acted and not taken:
        _lone_victim(cands, acted)
