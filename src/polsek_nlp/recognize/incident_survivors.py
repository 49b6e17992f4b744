"""Survivors counted by a noun of people (gold/genre/README.md: people of the incident who came through unhurt are
`selamat` victims): `Dua pekerja lainnya selamat`, `Tiga penumpang lain tidak terluka`, `Dua pekerja lainnya berhasil
naik ke permukaan tanpa luka`, `Dua pekerja selamat tanpa luka`. The count is of a `person_noun` or `victim_noun` row
(`korban` is `other_victims_counted`'s: `Dua korban lainnya selamat`); its clause must say `selamat` and no other harm
not negated (`selamat dengan luka ringan` are injured), or, of the others (`lain`), only deny an injury (`tanpa luka`,
`tidak terluka`; a denied `selamat` is a death, a denied loss says nothing). `Empat penambang lainnya selamat ..., dua
di antaranya mengalami luka ringan`: the injured among them (a toll's) are left out. Without `lain` the count may hold
survivors named already: they are left out, and so are those named in its clause (`Dua pekerja lainnya, A dan B,
selamat`). Read only beside other victims (an incident with harm), up to five (`MAX_UNNAMED`), not in a sentence of
another time. s29sv. Not a count of people told of before (`Dua pemancing itu ditemukan selamat`: the missing found),
nor the searchers' (`Tiga petugas SAR selamat`), nor a whole whose part is counted after it (`Dari lima penumpang, tiga
selamat`); a `selamat` wished or greeted (`agar selamat`, `mengucapkan selamat`, `selamat pagi`) or written with a
capital (`Jalan Selamat`) is no survival (`survivor_context` rows; review s29rvD).
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import MAX_UNNAMED, People, count_matches, toll_in_background
from polsek_nlp.recognize.incident_words import phrase_words, word_before_end, word_regex, words
from polsek_nlp.recognize.quantities import number_pattern, parse_number
from polsek_nlp.record.types import Victim

_CLAUSE_END = re.compile(r"[.;!?]")


@cache
def _counted_people() -> re.Pattern:
    """`Dua pekerja lainnya`, `tiga orang penumpang lain`, `Dua pekerja`: a count of a noun of people, not `korban`."""
    nouns = trie_alternation((words("person_noun").keys() | words("victim_noun").keys()) - {"korban"})
    return re.compile(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{nouns})(?P<lain>\s+(?:lainnya|lain))?"
                      r"(?![\w-])", re.IGNORECASE)


@cache
def _not_of_the_incident() -> re.Pattern:
    """Right after the counted: people told of before (`itu`, `tersebut`) or a unit of rescue (`SAR`, `tim SAR`)."""
    return re.compile(rf"\s+(?:{phrase_words('survivor_context', 'pointer')}|(?:tim\s+)?"
                      rf"(?:{phrase_words('missing_search', 'rescue')}))(?![\w-])", re.IGNORECASE)


@cache
def _wished() -> re.Pattern:
    """A wish or a greeting right before the end (`agar `, `mengucapkan `)."""
    return re.compile(rf"(?<![\w-])(?:{phrase_words('survivor_context', 'wish')})\s+$", re.IGNORECASE)


@cache
def _greeting_after() -> re.Pattern:
    """A greeting's word right after `selamat` (` pagi`, ` Datang`)."""
    return re.compile(rf"\s+(?:{phrase_words('survivor_context', 'greeting')})(?![\w-])", re.IGNORECASE)


def _no_survival(clause: str, m: re.Match) -> bool:
    """The `selamat` matched is no survival: written with a capital (`Jalan Selamat`, `Selamat Datang`), wished or
    greeted (`agar selamat`, `mengucapkan selamat`), or a greeting (`selamat pagi`)."""
    return m.group(0)[0].isupper() or _wished().search(clause, 0, m.start()) is not None \
        or _greeting_after().match(clause, m.end()) is not None


@cache
def _a_count() -> re.Pattern:
    """A count (`tiga`, `3`) as a word of its own."""
    return re.compile(rf"(?<![\w.,])(?:{number_pattern()})(?![\w-])", re.IGNORECASE)


@cache
def _among() -> re.Pattern:
    """`dua di antaranya mengalami luka ringan`: the harmed among the counted (their count as group `n`)."""
    return re.compile(rf"(?<![\w-])(?P<n>{number_pattern()})\s+(?:orang\s+)?di\s+antaranya\b", re.IGNORECASE)


def _negated(clause: str, at: int) -> bool:
    """A negator right before `at` (`tidak terluka`, `tanpa luka`, `tidak selamat`)."""
    return word_before_end("negator").search(clause, 0, at) is not None


def _came_through(clause: str, others: bool) -> bool:
    """The clause (up to `di antaranya`, whose harmed are a toll's) says the counted came through: it says `selamat`
    and no other harm not negated (`selamat meski menderita luka tusuk`, `selamat dengan luka ringan`: the injured);
    or, of the others counted apart (`lain`), it says none and denies an injury (`Tiga pekerja lain tidak terluka`; a
    count not apart that is only unhurt may be a bystander's, `seorang balita ... berada di kamar dan tidak terluka`)."""
    among = _among().search(clause)
    clause = clause[:among.start()] if among else clause
    said = [(m, words("harm")[" ".join(m.group(0).lower().split())]) for m in word_regex("harm").finditer(clause)]
    said = [(m, harm) for m, harm in said if harm != "selamat" or not _no_survival(clause, m)]
    if said and _a_count().search(clause, 0, said[0][0].start()):
        return False  # `Dari lima penumpang, tiga selamat`: the whole, whose part the later count is
    harms = {harm for m, harm in said if not _negated(clause, m.start())}
    if harms:
        return harms == {"selamat"}
    return others and any(harm.startswith("luka") for _m, harm in said)


def _harmed_among(text: str, start: int, end: int) -> int:
    """The count said harmed among the counted (`dua di antaranya ...`) in their clause (`start`-`end`) or opening the
    next sentence (`Lima penumpang lainnya selamat. Dua di antaranya mengalami luka ringan`; review s29rvD), 0 when
    none."""
    m = _among().search(text, start, end)
    if m is None and text.startswith(".", end):
        m = _among().match(text, len(text) - len(text[end + 1:].lstrip()))
    n = parse_number(m.group("n")) if m else None
    return int(n) if n and n == int(n) else 0


def survivors_counted(out: People, text: str) -> None:
    """Add the unnamed `selamat` victims of the first count of people said to have come through (see the module)."""
    if not out.victims:
        return
    for m in count_matches(_counted_people(), text):
        n = parse_number(m.group("n"))
        if n is None or n != int(n) or not 0 < n <= MAX_UNNAMED or toll_in_background(text, m.start()) \
                or _not_of_the_incident().match(text, m.end()):
            continue
        stop = _CLAUSE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if not _came_through(text[m.end():end], bool(m.group("lain"))):
            continue
        named = _survivors_named(out, m.end(), end, anywhere=not m.group("lain"))
        out.victims += [Victim(status="selamat") for _ in range(max(0, int(n) - _harmed_among(text, m.end(), end) - named))]
        return


def _survivors_named(out: People, start: int, end: int, anywhere: bool) -> int:
    """The named `selamat` victims the count may hold: those named between `start` and `end` (its clause: `Dua pekerja
    lainnya, A dan B, selamat`), or, `anywhere`, all of them (a count not of the others)."""
    named = [v for v in out.victims if v.name and v.status == "selamat"]
    return len(named) if anywhere else sum(
        1 for v in named if any(x is v and start <= s < end for _k, s, _e, x in out.spans))
