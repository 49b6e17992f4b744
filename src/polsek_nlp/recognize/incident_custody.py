"""The suspects' detention said after their arrest (`Kedua tersangka kini ditahan di Rutan ...`, `Ketiga pelaku kini
mendekam di sel tahanan`, `Polisi langsung menahan keduanya`, `MS ditangkap di rumahnya dan langsung ditahan`):
gold/incidents/README.md, status: `ditahan` wins over `ditangkap` when both are said (s27sv)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.recognize.incident_shapes import collective_numbers, in_background
from polsek_nlp.recognize.incident_words import (
    custody_verbs,
    either_case,
    parted_word_list,
    phrase_words,
)
from polsek_nlp.record.types import Suspect

# the statuses a detention said later replaces: an arrest, a designation, none (not `buron`, `tewas`, `dihukum`,
# `dibebaskan`: a fate past custody or outside it)
_HELD_BEFORE = frozenset({None, "tersangka", "ditangkap", "diamankan"})
_NAME = r"(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})"


@cache
def _subjects() -> str:
    """The suspects as a subject: a group's role noun (`counted_role` rows read `group` or `generic`) alone or after
    `para`/`kedua` (`group_det` rows) or a collective number (`Ketujuh tersangka`), a group's pronoun (`Keduanya`,
    `Mereka` opening a sentence), all `group`; `Ia`/`Dia` (`one`); a name (`name`), also after a role noun (`named`)."""
    roles = either_case(parted_word_list("counted_role", ("generic", "group")))
    det = rf"(?i:{phrase_words('count_context', 'group_det')}|{collective_numbers()})"
    return (rf"(?P<group>(?:{det}\s+)?(?:{roles})|(?-i:Mereka)|(?i:{collective_numbers()})nya)"
            rf"(?:\s+(?:berinisial\s+|bernama\s+)?(?P<named>{_NAME}))?"
            rf"|(?P<one>[Ii]a|[Dd]ia)|(?P<name>{_NAME})")


# where a subject opens its clause: a sentence, a quote, the clause after a comma or after a verb of saying
# (`mengatakan keduanya ditetapkan ...`), a time word before it (`Kini ketiga pelaku ...`)
_OPENS = (r"(?:^|(?<=[.!?])\s+|(?<=[.!?][\"”])\s+|(?<=[,\"“])\s*|(?<=\bmengatakan)\s+|(?<=\bbahwa)\s+)"
          r"(?:(?:[Kk]ini|[Ss]aat\s+ini|[Ss]ekarang)\s+)?")


@cache
def _passive() -> re.Pattern:
    """A clause whose subject (`_subjects`) is then said held (`ditahan`, `kami tahan`, `mendekam di`: `custody`
    rows) in its sentence, with no word of a thing not done between (`_undone`: `belum`, `tidak`, `akan`,
    `meminta`). A lookahead: a clause opening inside another's match is tried too (`Setelah diperiksa, keduanya
    ... ditahan`)."""
    return re.compile(rf"{_OPENS}(?=(?:{_subjects()})(?:\s+alias\s+{_NAME})?(?:\s*\(\d{{1,3}}\))?"
                      rf"(?:(?!(?<![\w-])(?i:{_undone()})(?![\w-]))[^.;!?\"”]){{0,120}}?"
                      rf"(?<![\w-])(?:ditahan|kami\s+tahan|{custody_verbs()})(?![\w-])"
                      rf"(?!\s+(?:imbang|(?:oleh\s+)?(?i:{phrase_words('custody_not', 'by')}))(?![\w-])))")


@cache
def _undone() -> str:
    """The words of a thing not done or only asked for (`count_context` rows read `not_done` or `wish`: `belum`,
    `tidak`, `akan`, `meminta`), and of a detention called off, of an earlier case or only deserved (`custody_not`
    rows read `undone`: `batal`, `pernah`, `seharusnya`; s27rvB)."""
    return "|".join(phrase_words(kind, part) for kind, part in (("count_context", "not_done"), ("count_context", "wish"),
                                                                ("custody_not", "undone")))


@cache
def _active() -> re.Pattern:
    """`Polisi langsung menahan kedua tersangka`, `penyidik menahan keempatnya`: the suspects held, as the object of
    `menahan`, with up to three words before it (`undone`: one of `_undone` first refuses the match: `meminta polisi
    menahan tersangka`)."""
    return re.compile(rf"(?:(?<![\w-])(?P<undone>(?i:{_undone()}))(?:\s+[\w-]+){{0,3}}?\s+)?(?<![\w-])menahan\s+"
                      rf"(?:{_subjects()})(?![\w-])")


def detained(suspects: list[Suspect], text: str) -> None:
    """The suspects said held after their arrest take `ditahan`: every one when the sentence speaks of them as a group
    or by a generic role noun, the one named when it names one (`Tersangka MS kini ditahan`), the only one for
    `Ia`/`Dia`. Not in sentences of an earlier case (`in_background`)."""
    if not suspects or "ahan" not in text:
        return
    for m in (*_passive().finditer(text), *_active().finditer(text)):
        if m.groupdict().get("undone") or in_background(text, m.start()):
            continue
        for sus in _whom(m, suspects):
            if sus.status in _HELD_BEFORE:
                sus.status = "ditahan"


def _whom(m: re.Match, suspects: list[Suspect]) -> list[Suspect]:
    """The suspects a match speaks of."""
    who = m.group("named") or m.group("name")
    if who:
        return [s for s in suspects if s.name and (who in (s.name, s.alias) or who.endswith(" " + s.name))]
    if m.group("group"):
        return suspects
    return suspects if len(suspects) == 1 else []
