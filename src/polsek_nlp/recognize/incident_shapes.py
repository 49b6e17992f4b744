"""The shapes of a person phrase in incident reports, shared by the readers of suspects and victims:
the candidate person (`Cand`) and one of its mentions (`Mention`), people named by initials
(`tersangka berinisial AS (25)`, `pelaku yakni Y, AK dan R`) or with an age in apposition (`Akbar, 22,`),
what a name may not be (a thing, a street), the attributes read at a name (sex, age, residence, a role
in apposition), counts of people (`dua pelaku`), and the sentences about an earlier case."""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.lexicon import kin_titles, ranks
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.wordtrie import longest_first, trie_alternation
from polsek_nlp.recognize.incident_tallies import counts_cases, tally_goes_on
from polsek_nlp.recognize.incident_words import (
    ODD_CASE,
    OTHER_TIME,
    any_word,
    compiled,
    head_starts,
    headed_matches,
    lowered,
    matches_at,
    parted_word_list,
    parted_words,
    phrase_words,
    word_regex,
    worded,
    words,
)
from polsek_nlp.recognize.quantities import number_pattern, number_words, parse_number
from polsek_nlp.recognize.timex_periods import law_year
from polsek_nlp.record.types import Person, Suspect, Victim

# a count of the unnamed up to this gets one entry each, suspects or victims (gold/incidents/README.md: "counts up to
# 5"; beyond it the count is in `casualties` or `arrests` only)
MAX_UNNAMED = 5
ROLE_RANK = ("terpidana", "terdakwa", "tersangka", "terduga", "pelaku")
INITIALS = r"[A-Z]{1,3}(?:\.\s?[A-Z]{1,3})?"
# a person's initials after a cue (`tersangka berinisial AB (25)`), the cue in any case, the initials in capitals
_INITIAL_CUE = (rf"(?<![\w-])(?P<cue>(?i:{{initial_cue}}))(?:,?\s+{{initial_lead}})*,?\s+(?P<name>{INITIALS})(?!\w)"
                r"(?!\.\s?[A-Z][a-z]?\b)(?:\s*\((?P<age>\d{1,2})\))?")
_LIST_NEXT = re.compile(rf"(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)(?P<name>{INITIALS})(?!\w)(?!\.\s?[A-Z][a-z]?\b)(?:\s*\((?P<age>\d{{1,2}})\))?")
@cache
def residence_regex() -> re.Pattern:
    """`, warga Desa X, Kecamatan Y`: the place after a cue of residence, up to the end of the place
    phrase."""
    return name_context(
        r"^\s*(?:\(\d{1,3}\)\s*)?,?\s*(?:\d{1,3}\s*,\s*)?(?:{age}\s+\d{1,3}\s+tahun\s*,\s*)?"
        r"(?:(?:seorang|yang\s+merupakan|merupakan)\s+)?(?:\w+\s+){0,2}?"
        r"{home}\s+" + _place_phrase(), 0)


@cache
def residence_before_regex() -> re.Pattern:
    """`warga Desa X, Kecamatan Y, ` right before an apposed name (`Seorang warga Desa X, Nama (56), ...`)."""
    return name_context(r"(?<![\w-])(?i:{home})\s+" + _place_phrase() + r"\s*,\s*$", 0)  # `Warga Desa X, Nama` opens a sentence too


@cache
def _place_phrase() -> str:
    """The place of a residence (`Desa X, Kecamatan Y`), up to its end (a weekday or month name after it is
    the date, not the place)."""
    dates = "|".join(sorted((re.escape(r["word"]) for r in read_table("temporal_words.tsv")
                             if r["kind"] in ("weekday", "month") and r["form"] == "full"), key=len, reverse=True))
    return (r"(?P<r>(?:(?:Desa|Kampung|Kp\.|Dusun|Kecamatan|Kec\.|Kelurahan|Kel\.|Kabupaten|Kab\.|Kota|Jalan|Jl\.|RT|RW|"
            rf"(?!(?:{dates})\b|Rp\.?\s*\d)[A-Z][\w'`-]*|\d+)(?:\s+|\s*,\s*(?=[A-Z])|\s*/\s*)?)+)")  # not an amount
# `Akbar, 22,`, `Akbar (22)`; `Akbar, 19 tahun.` / `Akbar, 19 tahun, warga X` with the age's unit and a stop or comma after
# it (not `..., 20 tahun lalu`; s18cas)
_AGE_APPOSITION = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
                             r"(?:,\s*(?P<age>\d{1,2})(?:\s*,|\s+tahun\s*(?=[,.;)]))|\s*\((?P<age2>\d{1,2})(?:\s*tahun)?\))")
# where an age in apposition can follow a name: `,` then a digit, or `(` then a digit (`_AGE_APPOSITION`'s two ends)
_AGE_TAIL = re.compile(r",\s*\d|\(\d")
_AGE_AFTER = r"^\s*(?:\((?P<a>\d{1,2})(?:\s*(?:tahun|thn|th))?\)|,\s*(?P<b>\d{1,2})\s*,|,?\s*(?:{age}\s+)?(?P<c>\d{1,2})\s+tahun\b)"
_SAID_BEFORE = r"\b{said_before}(?:nya)?\s+(?:[A-Z][\w.]*\s+){0,4}$"

def name_context(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """`pattern` with its `{part}`s the `name_context` words of `data/incident_words.tsv`, compiled once."""
    return worded("name_context", pattern, flags)

# a place counted people were at, set out after their noun: `di` and a proper name of up to five words (`Dua korban
# begal di Jalan Lingkar Selatan mengalami luka`, `tiga penumpang bus di Tol Cipularang tewas`; s17cas), or a chain of
# such names set off by commas, closed by a comma (`Seorang nelayan di Kecamatan X, Kabupaten Y, tewas`: a lead's
# place from the smaller region up, to the province: up to four names, review s26rvE; s26r13)
_PLACE_NAME = r"(?:(?-i:[A-Z])[\w.-]*\s+){0,4}(?-i:[A-Z])[\w.-]*"
PEOPLE_AT_PLACE = rf"(?:di\s+(?:{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME}){{1,3}}\s*,\s*|(?:(?-i:[A-Z])[\w.-]*\s+){{1,5}}))"
ARREST_COUNT_ROLE = rf"(?:orang\s+)?(?:{parted_words('counted_role', ('arrested',))})"


@dataclass
class People:
    suspects: list[Suspect] = field(default_factory=list)
    victims: list[Victim] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    arrests: int | None = None
    dead_suspects: int = 0
    dead_beyond: int = 0  # of them, those counted as more than any said before (`dua pelaku lagi`)
    spans: list[tuple[str, int, int, Any]] = field(default_factory=list)


@dataclass
class Cand:
    name: str
    alias: str | None = None
    age: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    harms: list[str] = field(default_factory=list)
    sex: str | None = None
    residence: str | None = None
    victim_cues: int = 0
    suspect_cues: int = 0
    person_roles: list[str] = field(default_factory=list)
    officer: bool = False  # a Polri/TNI member: a suspect only by a role word or an arrest said of the name
    strong_cues: int = 0  # suspect cues read at the name itself (a role word before, an arrest verb after)
    initials: bool = False
    pseudonym: bool = False  # named by a pseudonym the article marks (`sebut saja Melati`): a name, whatever its word


def sentence_of(sents: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for s0, s1 in sents:
        if s0 <= at < s1:
            return s0, s1
    return 0, 0


def best_of(values: list[str], order: tuple[str, ...]) -> str | None:
    ranked = [v for v in order if v in values]
    if ranked:
        return ranked[0]
    return values[0] if values else None


class _NotRole:
    """`pelaku usaha`: the words after a role word that make it no role (`not_role` rows); the goods of a trade
    (value trade: `penjual jamu`, `kurir paket`) only after a word of a trade (`trade_role` rows), not after a noun of
    crime (`pencuri ayam` is a thief; s18fxc)."""

    @staticmethod
    @cache
    def regex() -> re.Pattern:
        alts = trie_alternation([w for w, v in words("not_role").items() if v != "trade"])
        return re.compile(rf"\s+(?:{alts})\b", re.IGNORECASE)

    @staticmethod
    @cache
    def _trade() -> tuple[re.Pattern, re.Pattern]:
        goods = trie_alternation([w for w, v in words("not_role").items() if v == "trade"])
        return (re.compile(rf"\s+(?:{goods})\b", re.IGNORECASE),
                re.compile(rf"(?<![\w-])(?:{trie_alternation(words('trade_role'))})$", re.IGNORECASE))

    def match(self, text: str, pos: int) -> re.Match | None:
        if (m := self.regex().match(text, pos)) is not None:
            return m
        goods, trade = self._trade()
        return goods.match(text, pos) if trade.search(text, max(0, pos - 12), pos) else None


NOT_ROLE = _NotRole()


class _NotStatus:
    """`ditahan imbang`: the words after a status verb that make it none (`not_status` rows)."""

    @staticmethod
    @cache
    def regex() -> re.Pattern:
        alts = trie_alternation(words("not_status"))
        return re.compile(rf"\s+(?:{alts})\b", re.IGNORECASE)

    def match(self, text: str, pos: int) -> re.Match | None:
        return self.regex().match(text, pos)


NOT_STATUS = _NotStatus()


@cache
def intro_regex() -> re.Pattern:
    """A role word or `korban` (`korbannya`: `Korbannya tiga santriwati, masing-masing berinisial AN`): what introduces a
    person named by initials."""
    return any_word([*words("role"), "korban", "korbannya"])


_INITIALS_AGE = re.compile(r"(?<![\w.])(?P<name>[A-Z]{2,3})\s*\((?P<age>\d{1,2})(?:\s*tahun)?\)")


def initial_people(text: str) -> list[Cand]:
    """People named by initials after a role word (`tersangka berinisial AS (25)`, `pelaku yakni Y, AK
    dan R`) or with their age (`KT (6), bocah ...`)."""
    out: dict[str, Cand] = {}
    for m in _INITIALS_AGE.finditer(text):
        c = out.setdefault(m.group("name"), Cand(name=m.group("name"), initials=True))
        c.spans.append((m.start("name"), m.end("name")))
        c.age = c.age or int(m.group("age") or m.group("age2"))
    for m in headed_matches(name_context(_INITIAL_CUE, 0), text, name_context("{initial_cue}", 0)):  # where a cue starts
        if NOT_ROLE.match(text, m.end("cue")):
            continue  # `pelaku usaha UMKM`: a business, not a perpetrator
        found = [(m.group("name"), m.group("age"), m.start("name"), m.end())]
        pos = m.end()
        while True:
            nm = _LIST_NEXT.match(text, pos)
            if not nm:
                break
            found.append((nm.group("name"), nm.group("age"), nm.start("name"), nm.end()))
            pos = nm.end()
        if "," in text[m.end("cue"):m.start("name")] and not re.match(r"\s*[(,]", text[pos:pos + 2]) and not found[-1][1]:
            continue  # `Korban, DS, mengalami ...` is set out between commas; `tersangka, KPK juga ...` is no name
        for name, age, s, _e in found:
            c = out.setdefault(name, Cand(name=name, initials=True))
            c.spans.append((s, s + len(name)))
            if age and c.age is None:
                c.age = int(age)
    return list(out.values())


@cache
def _thing_words() -> frozenset[str]:
    items = {r["phrase"].split()[0] for r in read_table("evidence_items.tsv")}
    return frozenset(items | words("not_item").keys() | words("vessel").keys())


@cache
def object_words() -> frozenset[str]:
    """Nouns of seized things other than drugs (`mengamankan kapal berbendera Singapura, Sunrise Glori`) and
    the `vessel` rows (a ship or its crew: `KM`, `KRI`, `ABK`)."""
    items = {r["phrase"].split()[0] for r in read_table("evidence_items.tsv") if r["kind"] != "drug"}
    return frozenset(items | words("vessel").keys())


@cache
def _register_prefixes() -> frozenset[str]:
    """The ships' register prefixes written in capitals that open a vessel's name (`KM`, `KRI`: the `first` rows of
    `words/thing_heads.tsv`): alone, with no name after them, they are a person's initials."""
    return frozenset(r["word"] for r in read_table("words/thing_heads.tsv") if r["first"] == "yes" and r["word"].isupper())


def thing_name(name: str, age: int | None = None, titled: bool = False) -> bool:
    """`Kapal Sunrise Glory`, `ABK Sunrise Glory`: a name that begins with a thing's noun names no
    person; nor does a lone ordinary word (`Komisi`), unless an age or a title goes with it (`Akbar, 22,`,
    `Kompol Efendi`)."""
    from polsek_nlp.recognize.names import is_common_word

    ws = name.split()
    lone_prefix = len(ws) == 1 and (name in _register_prefixes()  # `KM (34)`: initials; a ship's `KM` has its name after it
                                    or age is not None and re.fullmatch(r"[A-Z]{2,3}", name) is not None)  # `HP (31)`
    return bool(ws) and (ws[0].lower() in _thing_words() and not lone_prefix or len(ws) == 1 and is_common_word(ws[0])
                         and not name.isupper() and age is None and not titled
                         or re.fullmatch(r"[IVX]+", name) is not None  # `taruna tingkat III`: a numeral
                         or len(ws) > 1 and ws[0].lower() in words("harm_noun"))  # `Penganiayaan Adam Taruna`


def name_core(name: str) -> str:
    """The name without the ordinary words and titles a capitalised run puts before it (`Petualangan Akbar` ->
    `Akbar`, `Bu Yati` -> `Yati`, `Pelapor Mawar` -> `Mawar`, a rank: `Bripda Wahyu Nugroho` -> `Wahyu Nugroho`, s18cas):
    the last word is kept, whatever it is (an age or a pseudonym's mark after it makes it a name)."""
    from polsek_nlp.knowledge.lexicon import honorifics, ranks
    from polsek_nlp.recognize.names import is_common_word

    ws = name.split()
    while len(ws) > 1 and (is_common_word(ws[0]) or ws[0] in honorifics() or ranks().get(ws[0])):
        ws = ws[1:]
    return " ".join(ws)


def age_people(text: str, known: set[str]) -> list[Cand]:
    """`Akbar, 22, ...`, `Akbar (22)`: a name with its age in apposition, which the person reader may miss."""
    from polsek_nlp.knowledge.lexicon import name_stopwords

    out: dict[str, Cand] = {}
    for m in matches_at(_AGE_APPOSITION, text, _age_name_starts(text)):
        name = name_core(m.group("name"))  # `Petualangan Akbar, 22,` -> Akbar; `Bu Yati (45)` -> Yati
        if any(w.lower() in name_stopwords() for w in name.split()):
            continue
        # a person only here when no known person shares a word of the name (`Suryo Utomo (30)` and a
        # `Suryo Suryo` the person reader misread are one person)
        new = name not in known and not any(set(name.split()) & set(k.split()) for k in known)
        c = out.setdefault(name, Cand(name=name, initials=new))
        c.age = c.age or int(m.group("age") or m.group("age2"))
        c.spans.append((m.end("name") - len(name), m.end("name")))
        for at in occurrences(text, name):
            if (at, at + len(name)) not in c.spans:
                c.spans.append((at, at + len(name)))
    for c in out.values():
        c.spans.sort()
    return list(out.values())


def _age_name_starts(text: str) -> list[int]:
    """Every place where `_AGE_APPOSITION` can match: the start of each of the one to three capitalised words
    (`[A-Z][a-z]+`, any space between) right before an age's `,` or `(` and a digit (`_AGE_TAIL`, which `re` skips
    ahead to), rising; the pattern is tried only there (`matches_at`), not at every capital of the text."""
    starts: set[int] = set()
    for t in _AGE_TAIL.finditer(text):
        end = t.start()
        while end and text[end - 1].isspace():  # `Akbar (22)`
            end -= 1
        for _ in range(3):
            at = end
            while at and "a" <= text[at - 1] <= "z":
                at -= 1
            if at == end or not at or not "A" <= text[at - 1] <= "Z":
                break
            starts.add(at - 1)
            end = at - 1
            while end and text[end - 1].isspace():
                end -= 1
            if end == at - 1:
                break
    return sorted(starts)


@cache
def _title_forms() -> tuple[str, ...]:
    """A pilgrim's or an academic title written short right before a name (`H.`, `Hj.`, `KH`, `Dr.`, `Drs.`: the
    religious and academic `before` forms of `data/honorifics.tsv` that end with a dot or are capitals), longest first."""
    from polsek_nlp.knowledge.lexicon import honorifics

    forms = [f for f, kind in honorifics().items() if kind in ("religious", "academic") and (f.endswith(".") or f.isupper())]
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def title_before() -> re.Pattern:
    """A short title (`_title_forms`) right before a name, which says nothing of the person's part in an incident."""
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, _title_forms()))})\s*$")


def before_title(prev: str) -> str:
    r"""The context before a name cut before a short title that ends it (`yakni H. Marzuki (57)`: `yakni `), which is
    read as the name's context. The pattern (anchored at the name, so tried at every position of the window) is
    searched only in a window whose last word, its trailing space left out, ends with a title (a match must end so;
    `re`'s `\s` and `str.rstrip` strip the same characters): most windows end with none (issue 20, s26spd)."""
    if not prev.rstrip().endswith(_title_forms()):
        return prev
    tm = title_before().search(prev)
    return prev[:tm.start()] if tm else prev


def before_rank(prev: str) -> str:
    """The context before an officer's name cut before the rank written right before it (`Pejabat baru yang tewas
    yaitu AKP X`: `... yaitu `; `ranks.tsv` forms, `Pol.` after them too): an officer harmed is named as any victim
    is (s22sv)."""
    rm = _rank_before().search(prev)
    return prev[:rm.start()] if rm else prev


@cache
def _rank_before() -> re.Pattern:
    forms = {f for f in ranks().entries if f}  # every form of `ranks.tsv` (abbreviation, full name, variants)
    return re.compile(rf"(?<![\w.])(?:{longest_first(forms)})(?:\s+Pol\.?)?\s*$")


@dataclass
class Mention:
    """One mention [s, e) of a candidate in the sentence [s0, s1) of `text` (s1 0: no sentence), with
    the text just before (`prev`, 90 characters) and after it (`nxt`, 70) within the sentence."""
    text: str
    s: int
    e: int
    s0: int
    s1: int
    prev: str = ""
    nxt: str = ""

    def __post_init__(self) -> None:
        self.prev = before_title(self.text[max(self.s0, self.s - 90):self.s])
        self.nxt = self.text[self.e:min(self.s1 or len(self.text), self.e + 70)]

    @property
    def end(self) -> int:
        """Where the sentence ends (the text's end when there is no sentence)."""
        return self.s1 or len(self.text)

    @cached_property
    def prev_end(self) -> str | None:
        """`prev` in lower case less its trailing space, for the gates of the patterns anchored at the name (`ends_with`);
        None for a window with a letter whose case `re` and `str` read differently (`ODD_CASE`): every gate opens."""
        return None if any(c in self.prev for c in ODD_CASE) else self.prev.rstrip().lower()


def ends_with(m: Mention, ends: tuple[str, ...]) -> bool:
    r"""Whether the words before the mention, less their trailing space, may end with one of `ends` (lowercase), as a
    pattern in any case anchored at the name (`\b{words}\s+$`) must: a gate that spares the pattern, tried at every
    position of the window, in the windows that cannot match it (issue 20, s26spd)."""
    bare = m.prev_end
    return bare is None or bare.endswith(ends)


def last_words(kind: str, *parts: str) -> tuple[str, ...]:
    """The last words, in lower case, of the `kind` rows whose value names one of `parts` (`parted_word_list`): how a
    pattern anchored at the name that ends with one of them must end (a phrase's words may stand apart by any space)."""
    return _last_words(kind, parts)


@cache
def _last_words(kind: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({w.split()[-1].lower() for w in parted_word_list(kind, parts)}))


def holds(m: Mention, ws: tuple[str, ...]) -> bool:
    """Whether the words before the mention may hold one of `ws` (lowercase), as a pattern in any case that must match
    one of them there does: the gate `ends_with` is for a pattern that opens with a word, not anchored at the name."""
    bare = m.prev_end
    return bare is None or any(w in bare for w in ws)


def first_words(kind: str, *parts: str) -> tuple[str, ...]:
    """The first words, in lower case, of the `kind` rows whose value names one of `parts` (as `last_words`)."""
    return _first_words(kind, parts)


@cache
def _first_words(kind: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({w.split()[0].lower() for w in parted_word_list(kind, parts)}))


@cache
def _sex_word() -> re.Pattern:
    """A sex word, also with its possessive (`istrinya`, `suaminya`): the person's own sex."""
    ws = trie_alternation(words("sex"))
    return re.compile(rf"(?<![\w-])(?P<w>{ws})(?:nya)?(?![\w-])", re.IGNORECASE)


def _home(rm: re.Match | None) -> str | None:
    """The place a residence match names (`warga asal Mozambik`: a nationality, no residence)."""
    if rm is None or rm.group("r").split(",")[0].strip() in _countries():
        return None
    return rm.group("r").strip(" ,/")


def read_attributes(c: Cand, text: str, s: int, e: int, s0: int, s1: int) -> None:
    """Sex, a role in apposition, residence and age read at the mention [s, e) of sentence [s0, s1)."""
    sex_rx, roles = word_regex("sex"), words("role")
    nxt = text[e:min(s1 or len(text), e + 70)]
    # sex: a sex word right before the name (`pria bernama X`, `wanita berinisial X`)
    # `mayat perempuan yang belakangan diketahui bernama X`, `menganiaya istrinya, X`
    sx = name_context(rf"{_sex_word().pattern}(?:\s+mereka|\s+\d{{1,2}}\s+tahun|\s+(?-i:[A-Z]{{2,4}}))?\s*,?\s+"  # `siswi SD, sebut saja X`
             r"(?:(?:yang\s+)?(?:{later}\s+)?(?:diketahui\s+)?(?:bernama|berinisial|inisial)\s+|sebut\s+saja\s+)?$"
                      ).search(text[max(s0, s - 60):s]) \
        or compiled(rf"\s*(?:\(\d+\))?\s*,\s*(?:seorang\s+)?(?:{sex_rx.pattern})", re.IGNORECASE).match(nxt)
    word = _sex_word().search(sx.group(0)) if sx and c.sex is None else None
    gap = sx.group(0)[word.end():] if word else ""
    title = word is not None and word.group(0)[0].isupper() and word.group(0).lower() in kin_titles()
    if word and not (word.group(0).lower() in words("kin") and not gap.strip() and not title) \
            and ("," not in gap or re.match(r"\s*(?:\(\d|,)", nxt)):  # not `istri X` (X's wife), nor a clause's end
        c.sex = words("sex")[word.group("w").lower()]  # (`Usai mengantar ibunya, X pun pergi`)
    if c.sex is None and (kin := re.search(r"(?<![\w-])((?-i:[A-Z])[a-z]+)\s+$", text[max(s0, s - 12):s])) \
            and kin_titles().get(kin.group(1).lower()):
        c.sex = kin_titles()[kin.group(1).lower()]  # `Tante Rosa (50)`: the sex a kin address marks (s17fx5)
    rm = re.match(r"\s*(?:\(\d+\))?\s*(?:,?\s*(?:sebagai|selaku|menjadi)\s+(?:pihak\s+)?|,\s*(?:seorang\s+|sang\s+)?)"
                  r"(?P<r>\w+)(?P<after>\s+\w+)?", nxt, re.IGNORECASE)
    if rm and rm.group("r").lower() in roles and not name_context(_SAID_BEFORE, 0).search(text[max(s0, s - 25):s]) \
            and not (rm.group("after") and re.match(r"\s+(?:di|me|ber|ter)\w{3,}|\s+(?:sudah|telah|akan|juga)\b",
                                                    rm.group("after"))):
        c.roles.append(roles[rm.group("r").lower()])
        c.suspect_cues += 1
    if c.residence is None:
        c.residence = _home(residence_regex().match(text[e:min(s1 or len(text), e + 160)]))
    if c.residence is None:
        c.residence = _home(residence_before_regex().search(text[max(s0, s - 100):s]))  # `Seorang warga Desa X, Nama (56)`
    if c.age is None:
        ag = name_context(_AGE_AFTER, 0).match(nxt)
        if ag:
            c.age = int(ag.group("a") or ag.group("b") or ag.group("c"))


@cache
def _countries() -> frozenset[str]:
    names = set()
    for r in read_table("countries.tsv"):
        names.add(r["name"])
        names.update(split_cell(r["variants"]))
    return frozenset(names)


@cache
def _kin_pair() -> re.Pattern:
    """`suami istri X (40) dan ` (`Suami istri` opening a sentence too, `ayah dan anak, X dan `: `kin_pair` rows):
    before the pair's second, the first (one name, its age) and `dan`; before the first, nothing."""
    pairs = trie_alternation(words("kin_pair")).replace(r"\ ", r"[\s-]+").replace(" ", r"[\s-]+")
    return re.compile(rf"(?<![\w-])(?i:(?P<pair>{pairs}))\s*,?\s+(?:(?P<first>[A-Z][^,.()]*?)(?:\s*\(\d{{1,3}}\))?\s*,?\s+dan\s+)?$")


def spouses(c: Cand, text: str) -> None:
    """`pasangan suami-istri X dan Y`: X is the husband, Y the wife (`ayah dan anak, X dan Y`: X the father, Y of no
    sex said); a third person after the pair (`X dan Y serta Z`) is neither."""
    for s, _e in c.spans:
        pre = text[max(0, s - 80):s]
        m = _kin_pair().search(pre)
        if m:  # the pair's order, not the nearest sex word (`suami istri, A (62) dan B`: `istri` is not A's)
            sexes = words("kin_pair")[re.sub(r"[\s-]+", " ", m.group("pair").lower())].split("/")
            sex = sexes[1] if m.group("first") else sexes[0]
            if sex != "-":
                c.sex = sex


@cache
def collective_numbers() -> str:
    """The collective numbers (`kedua` ... `kesepuluh`: `Keenam pelaku kami tangkap`), from the number table."""
    return trie_alternation(w for w, (_, kind) in number_words().items() if kind == "collective")


@lru_cache(maxsize=16)
def lacks(text: str, ws: tuple[str, ...]) -> bool:
    """Whether `text` holds none of the words `ws` in any case (as parts of longer words too): a reader each of whose
    matches holds one of them, in any case, has nothing to read in it. Tested once an article (the last few texts and
    word lists kept), not at each mention; False for a text `lowered` cannot read (its readers search it as before)."""
    low = lowered(text)
    return low is not None and not any(w.lower() in low for w in ws)


@lru_cache(maxsize=4)
def _heads(text: str) -> tuple[tuple[int, bool], ...]:
    """Where a count of people or a group's opener can start in `text`: a number, an ordinal or `para` after
    no word character, then a space; with each, whether it is a number or an ordinal (a count). Found in
    one scan of the text, shared by the counts (`count_matches`) and the openers of a group's list
    (`group_matches`): each scan alone tried its head at every position of the text."""
    head = compiled(rf"(?<!\w)(?=(?:(?P<count>{number_pattern()}|{collective_numbers()})|para)\s)", re.IGNORECASE)
    return tuple((m.start(), m.group("count") is not None) for m in head.finditer(text))


@lru_cache(maxsize=4)
def _count_starts(text: str) -> tuple[int, ...]:
    """Where a count of people can start in `text`: a number or an ordinal after no word
    character nor `.` `,`, then a space; `people_counts`, asked ~4 times an incident article (one tail
    each: victims, suspects, arrests), tries its pattern only there."""
    return tuple(at for at, count in _heads(text) if count and not (at and text[at - 1] in ".,"))


def count_matches(pat: re.Pattern, text: str) -> Iterator[re.Match]:
    r"""The matches of `pat` in `text` as `finditer` finds them, for a pattern each of whose matches starts
    with a count (`(?<![\w.,])` then a number or a collective number, then a space): tried only where one
    starts (`_count_starts`), not at every position of the text."""
    return matches_at(pat, text, _count_starts(text))


def counted_or_headed_matches(pat: re.Pattern, text: str, head: re.Pattern) -> Iterator[re.Match]:
    r"""The matches of `pat` in `text` as `finditer` finds them, for a pattern each of whose matches starts either
    with a count (as `count_matches` reads one) or where `head` matches in the `lowered` text (as `headed_matches`
    reads one: `menangkap tiga orang`): tried only at those places; a text that cannot be lowered is searched whole."""
    lo = lowered(text)
    if lo is None:
        return pat.finditer(text)
    return matches_at(pat, text, sorted({*_count_starts(text), *head_starts(head, lo)}))


def group_matches(pat: re.Pattern, text: str) -> Iterator[re.Match]:
    r"""The matches of `pat` in `text` as `finditer` finds them, for a pattern each of whose matches starts
    with `(?<![\w-])` then a number, a collective number or `para`, then a space (`Ketiga tersangka itu`,
    `Para pelaku yakni`): tried only where one starts (`_heads`, not after a hyphen)."""
    return matches_at(pat, text, tuple(at for at, _ in _heads(text) if not (at and text[at - 1] == "-")))


def people_counts(text: str, rx_tail: str) -> list[tuple[int, int]]:
    """(count, where) of each `<number> <rx_tail>` in `text`, as `finditer` of the whole pattern
    would find them (left to right, none inside an earlier one)."""
    pat = compiled(rf"(?<![\w.,])(?P<n>{number_pattern()}|{collective_numbers()})\s+{rx_tail}", re.IGNORECASE)
    out: list[tuple[int, int]] = []
    for m in count_matches(pat, text):
        v = parse_number(m.group("n"))
        if v is not None and v == int(v) and 0 < v < 1000:
            out.append((int(v), m.start()))
    return out


_ALIAS = re.compile(r"(?:\s*\(\d{1,2}(?:\s*tahun)?\))?\s+(?:alias|als\.?)\s+(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def alias_of(name: str, text: str) -> str | None:
    """`Kusuma alias Om Shancoz` -> `Om Shancoz`."""
    at = text.find(name)
    while at >= 0:
        m = _ALIAS.match(text, at + len(name))
        if m:
            return m.group("a")
        at = text.find(name, at + 1)
    return None
# a street's name runs over capitalised words, an abbreviation's dot included (`Jl. K.H. Dewantara`), never
# over a sentence's end (`... di Jalan Sawah. Narto dilarikan ...`: the dot after a word of four letters or more)
STREET = re.compile(r"\b(?:Jalan|Jl\.?|Gang|Gg\.?)(?:\s+[A-Z]\w*(?:\.[A-Z]\w*)*(?:\.(?<![a-z]{4}\.))?)+")


def occurrences(text: str, name: str) -> list[int]:
    """Where `name` occurs in `text` as a whole word (no letter or digit on either side)."""
    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            out.append(at)
        at = text.find(name, at + 1)
    return out


@cache
def victim_nouns() -> str:
    """The nouns of a harmed person a count may take beyond the nouns of people arrested (`seorang gadis`)."""
    return trie_alternation(words("victim_noun"))


@cache
def arrested_nouns() -> str:
    """Who a count of arrests counts: role words (`dua pelaku`) or people (`tujuh orang`, `empat nelayan`)."""
    nouns = {w for w, v in words("person_noun").items() if v != "not arrested"}
    return trie_alternation(nouns)  # a trie: these patterns run over the whole text


_BACKGROUND = r"\b(?:sebelumnya|{ago}\s+lalu|pada\s+(?-i:[A-Z])[a-z]+\s+lalu|pada\s+(?:19|20)\d\d)\b"


# where the article now read writes a date a year or more before its publication (`set_old_dates`): one per
# thread (a thread-local, not a module dict: threads reading other articles at once must not see it)
_OLD_DATES = threading.local()


def set_old_dates(text: str, starts: tuple[int, ...], year: int | None = None) -> None:
    """Where `text`, the article now read, writes a date of its own year a year or more before it was published
    (`pada 27 Mei 2015` in a 2017 article): the sentences that hold one tell of a past case (`in_background`); `year`,
    the publication's, for the bare years of `toll_in_background`. One article at a time per thread: setting one
    forgets the last."""
    _OLD_DATES.text, _OLD_DATES.starts, _OLD_DATES.year = text, starts, year


_BARE_YEAR = re.compile(r"(?<![/.\d])(?P<y>(?:19|20)\d\d)(?![\d/])")


def year_gone(text: str, s0: int, s1: int, year: int | None) -> bool:
    """A year before the publication's `year` written bare in the sentence `s0`-`s1` (`seperti pada pemilihan 2020,
    ketika ...`), not as a date's (`31 Desember 2024`, `31/12/2024`): the toll of that year."""
    if year is None:
        return False
    months = temporal_words().full_months  # lower case as read
    for y in _BARE_YEAR.finditer(text, s0, s1):
        before = text[max(s0, y.start() - 12):y.start()].split()
        if int(y.group("y")) < year and not (before and before[-1].lower() in months) \
                and not _timeless_year().search(text, s0, y.start()) and not law_year(text, y.start()):
            return True
    return False


@cache
def _timeless_year() -> re.Pattern:
    """A word before a year that makes it no time of the story (`timeless_year` rows: `lahir 1990`, `kelahiran
    1998`); a law's year (`UU Nomor 22 Tahun 2009`) is `law_year`'s (s19rvD)."""
    return re.compile(rf"(?<![\w-])(?:{phrase_words('timeless_year')})\s+(?:(?:pada\s+)?tahun\s+)?$", re.IGNORECASE)


def toll_in_background(text: str, at: int) -> bool:
    """A count of the harmed at `at` told of another time than the incident's, as the casualty reader reads a toll:
    `in_background`, a time of another's toll in its sentence (`OTHER_TIME`: `pada 2019`, `tahun lalu`), a bare year
    before the publication's (`pada Pilkades 2019 sempat terjadi bentrok yang mengakibatkan dua orang luka-luka`), or an
    earlier case like the article's said in it (`Pada kebakaran serupa tahun 2023, tiga pekerja tewas`; s19cas: the
    victims' readers counted such tolls again after the casualty reader had left them), or a period's tally of cases
    (`incident_tallies.counts_cases`: `Selama operasi terjadi 12 kecelakaan yang menewaskan tiga orang`; s27r14) or
    goes on with one (`incident_tallies.tally_goes_on`; s29cas)."""
    if in_background(text, at):
        return True
    start, end = _dot_sentence(text, at)
    return OTHER_TIME.search(text, start, end) is not None or of_other_year(text, start, end) \
        or counts_cases(text, start, end) or tally_goes_on(text, start, end)


def in_case_tally(text: str, at: int) -> bool:
    """The sentence around `at` counts two or more cases (`incident_tallies.counts_cases`: `Sepanjang 2024 ada dua kasus
    bom ikan dengan tiga tersangka`): the people it counts are the period's statistics, no incident's (s30r17). Not the
    lead's sentence: the cases it counts are the article's own series, the main incident (`Satresnarkoba Polres X
    mengungkap dua kasus narkoba dengan tiga tersangka`, gold/incidents/README.md "Which incident"; review s30rvE)."""
    start, end = _dot_sentence(text, at)
    return start > 0 and counts_cases(text, start, end)


def _dot_sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around `at` as the readers of a past case take it: from the dot before to the next."""
    end = text.find(".", at)
    return text.rfind(".", 0, at) + 1, end if end >= 0 else len(text)


def of_other_year(text: str, s0: int, s1: int) -> bool:
    """The sentence `s0`-`s1` of the article now read (`set_old_dates`) writes a bare year before the publication's or
    says an earlier case like the article's (`_like_case`): a toll in it is that time's (`toll_in_background`)."""
    if getattr(_OLD_DATES, "text", None) != text:
        return False
    return year_gone(text, s0, s1, _OLD_DATES.year) \
        or any(_states_like_case(text, om, s0, s1) for om in _like_case().finditer(text, s0, s1))


@cache
def _like_case() -> re.Pattern:
    """A noun of a case or of an event with a toll and a word of likeness (`like_case` rows): `kebakaran serupa`."""
    nouns = trie_alternation(words("case_noun").keys() | words("toll_event").keys())
    return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?:{phrase_words('like_case')})(?![\w-])", re.IGNORECASE)


def _states_like_case(text: str, om: re.Match, p0: int, p1: int) -> bool:
    """The like case at `om` is said to have been (a `past_mark` word or a bare year before the publication's in its
    sentence), not wished away (`agar kejadian serupa tidak terulang`: an `unreal` or `negator` word before it in its
    clause, a negator right after it: `wished_away`)."""
    if wished_away(text, om, p0):
        return False
    return name_context(r"(?<![\w-])(?:{past_mark})(?![\w-])").search(text, p0, p1) is not None \
        or year_gone(text, p0, p1, getattr(_OLD_DATES, "year", None))


def _old_date_frames(text: str, at: int, start: int, end: int) -> bool:
    """An old date in the sentence `start`-`end` that dates the clause read at `at`: not a `sejak <date>` (since
    when someone was wanted), nor one in a relative clause or after a word of being wanted between the
    date and `at` (`menangkap tiga pelaku yang masuk DPO sejak 12 Maret 2015`)."""
    if getattr(_OLD_DATES, "text", None) != text:
        return False
    for d in _OLD_DATES.starts:
        if not start <= d < end or name_context(r"\b{since}\s+(?:\w+\s+)?$").search(text, max(start, d - 25), d):
            continue
        lo, hi = min(d, at), max(d, at)
        if name_context(r"\b{relative}\b").search(text, lo, hi) is None and word_regex("wanted").search(text, lo, hi) is None:
            return True
    return False


def in_background(text: str, at: int) -> bool:
    """The sentence around `at` tells of an earlier, other case (`Pada Juni lalu, dua orang juga
    ditangkap`, `Sebelumnya, ...`, a date written with a year a year or more before the publication that
    dates the clause read)."""
    start, end = _dot_sentence(text, at)
    if _old_date_frames(text, at, start, end):
        return True
    return any(not _earlier_step(text, bm) for bm in name_context(_BACKGROUND).finditer(text, start, end)) \
        or _after_other_case(text, start)


@cache
def _time_lead() -> re.Pattern:
    """A lead of another time opening a sentence: `Saat itu` (`time_back` rows), `Pada Agustus 2025,`, `Pada 12 Juni
    2024,`, `Pada Juni lalu` (a month's name: `Pada Senin lalu` is the article's own week; s17fx3)."""
    back = phrase_words("time_back")
    months = trie_alternation(tuple(temporal_words().full_months))
    return re.compile(rf"\s*\W*(?:(?:{back})(?![\w-])|pada\s+(?:\d{{1,2}}\s+)?(?:{months})\s+(?:(?:19|20)\d\d|lalu)(?![\w-]))",
                      re.IGNORECASE)


def _after_other_case(text: str, start: int) -> bool:
    """The sentence at `start` opens with a lead of another time (`_time_lead`) right after a sentence that tells of an
    earlier case like this one (`other_case` rows: `Kasus serupa pernah terjadi di X pada Juni 2024. Saat itu ...`,
    `... bukan yang pertama. Pada Agustus 2025, ...`): that case's sentence, background (s17cas). The sentence must say
    the case was (`past` rows, a `past_mark` word or a year in it), not wish it away (`agar kejadian serupa tidak
    terulang`: an `unreal` or `negator` word before the row in its clause, a negator right after it; s17fx3)."""
    if start < 2 or not _time_lead().match(text, start):
        return False
    p0 = text.rfind(".", 0, start - 1) + 1
    return any(_states_other_case(text, om, p0, start) for om in word_regex("other_case").finditer(text, p0, start))


def _states_other_case(text: str, om: re.Match, p0: int, p1: int) -> bool:
    """Whether the `other_case` row at `om` (in the sentence `p0`-`p1`) states an earlier case (`_after_other_case`)."""
    if wished_away(text, om, p0):
        return False
    return words("other_case")[om.group(0).lower()] == "past" or \
        name_context(r"(?<![\w-])(?:{past_mark}|(?:19|20)\d\d)(?![\w-])").search(text, p0, p1) is not None


def wished_away(text: str, om: re.Match, p0: int) -> bool:
    """The case at `om` (its sentence from `p0`) is wished away, not said to have been: an `unreal` or `negator` word
    before it in its clause, a negator right after it (`agar kejadian serupa tidak terulang`)."""
    return name_context(r"(?<![\w-])(?:{unreal}|{negator})(?![\w-])[^,;:]*$").search(text, p0, om.start()) is not None \
        or name_context(r"\s+(?:{negator})(?![\w-])").match(text, om.end()) is not None


@cache
def _step_subject() -> re.Pattern:
    """`Kedua pelaku sebelumnya merampas ...`: the case's own people (a role word, with a collective number or
    `para`) as the subject right before `sebelumnya` (what may follow it, no `pernah`, is `_earlier_step`'s test)."""
    roles = trie_alternation(words("role"))
    return re.compile(rf"(?<![\w-])(?:(?:{collective_numbers()}|para)\s+)?(?:{roles})(?:nya)?\s+$", re.IGNORECASE)


_CLAUSE_STOP = re.compile(r"[.;!?]")  # the end of the clause `sebelumnya` opens
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])yang\s+$", re.IGNORECASE)  # `yang sebelumnya`: a relative clause's adverb


def _earlier_step(text: str, bm: re.Match) -> bool:
    """The background cue `bm` is `sebelumnya` said of the case's own people as the sentence's subject: the same
    case's earlier step (the crime before the arrest), not another case: not a habit (`pernah`, `juga`: `habit`
    rows) right after it, nor a clause that tells of an arrest, custody or a court's act (`status` rows that are
    none of a suspect's fate: `Dua tersangka sebelumnya ditangkap Polres Bekasi`) or sets out a case (`dalam kasus`)."""
    if bm.group(0).lower() != "sebelumnya":
        return False
    end = m.start() if (m := _CLAUSE_STOP.search(text, bm.end())) else len(text)
    if name_context(r"\s+{habit}\b").match(text, bm.end()) is not None:
        return False
    if _RELATIVE_BEFORE.search(text, max(0, bm.start() - 8), bm.start()):
        # `Dua pekerja yang sebelumnya dinyatakan hilang, A (24) dan B (33), ditemukan tewas`: a relative clause of the
        # people of this story, their state before its step; another case only when the clause sets one out (s25sv)
        return _other_case_clause(held=False).search(text, bm.end(), end) is None
    if _step_span().search(text, max(0, bm.start() - 30), bm.start()):
        # a short span back from the act reported (`Dua jam sebelumnya, tim menangkap X`): its arrest is the case's own,
        # unless the clause sets out another case (`dalam kasus pencurian`; s21sus)
        return _other_case_clause(held=False).search(text, bm.end(), end) is None
    return (_step_subject().search(text, max(0, bm.start() - 30), bm.start()) is not None
            or _group_pronoun_subject().search(text, max(0, bm.start() - 120), bm.start()) is not None) \
        and _other_case_clause().search(text, bm.end(), end) is None


@cache
def _group_pronoun_subject() -> re.Pattern:
    """`Keduanya sebelumnya ...`, `Keduanya, A (45) dan B (38), sebelumnya mengancam ...`: the pronoun of the group the
    story speaks of, opening the sentence (its members apposed between commas), as the subject right before `sebelumnya`
    (s26sv2)."""
    return re.compile(rf"(?:^|[.!?]\s+)[\"“]?(?:Mereka|(?i:{collective_numbers()})nya)(?:\s*,[^.;!?\"“”]{{1,100}}?,)?\s+$")


@cache
def _step_span() -> re.Pattern:
    """`Dua jam`, `30 menit`, `sehari`, `beberapa jam` right before `sebelumnya`: a short span counted back from the act
    the article reports, a step of the same case (`step_span` rows; s21sus)."""
    return name_context(rf"(?<![\w-])(?:(?:{number_pattern()}|beberapa)\s+|se)(?:{{step_span}})\s+$")


@cache
def _other_case_clause(held: bool = True) -> re.Pattern:
    """A verb of arrest, custody or a court's act (`status` rows valued so; not when `held` is false), a noun of a case
    after a word that sets one out (`case_lead` rows: `dalam kasus`, `karena perkara`, `terkait kasus`) or one said
    another (`other_case` rows: `kasus lain`, `perkara berbeda`; s21rvE)."""
    verbs = [w for w, v in words("status").items() if v not in ("tewas", "buron", "tersangka")] if held else []
    cases = trie_alternation(words("case_noun"))
    case = (rf"(?:{phrase_words('name_context', 'case_lead')})\s+(?:{cases})"
            rf"|(?:{cases})\s+(?:{phrase_words('money_context', 'other_case')})")
    return compiled(rf"(?<![\w-])(?:{trie_alternation(verbs) + '|' if verbs else ''}{case})(?![\w-])", re.IGNORECASE)
