"""The number arrested and arrests said of suspects as a group: counts in every wording (`menangkap dua
pelaku`, `lima terduga ... ditangkap`, `keempatnya ditahan`, `ditangkap bersama empat orang`), people
arrested with or besides named ones, and one unnamed person introduced and then said arrested. The verbs
of arrest come from `data/incident_words.tsv` (`arrest_verbs`)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import (
    ARREST_COUNT_ROLE,
    arrested_nouns,
    collective_numbers,
    count_matches,
    in_background,
    name_context,
    people_counts,
)
from polsek_nlp.recognize.incident_words import (
    adverbs,
    arrest_verbs,
    compiled,
    custody_verbs,
    either_case,
    headed_matches,
    lowered,
    parted_word_list,
    parted_words,
    phrase_words,
    word_heads,
    word_regex,
    word_tuple,
    worded,
    words,
)
from polsek_nlp.recognize.quantities import number_pattern, number_words, parse_number
from polsek_nlp.recognize.seized_items import is_verb
from polsek_nlp.record.types import Suspect

# the verbs of arrest by their voice; `tertangkap` (a state: `tertangkap kamera`) is read by none of these
_PASSIVE = arrest_verbs("passive", ("caught",))
_ACTIVE = arrest_verbs("active")
# the role nouns of a group (`counted_role` rows read `group`) and of the article's suspects unnamed (`generic`)
_GROUP = parted_words("counted_role", ("group",))
_GENERIC = parted_words("counted_role", ("generic",))
_GROUP_CORE = (rf"(?:{_GROUP})(?:\s+teroris)?\s+(?:yang|itu|tersebut)?\s*"
               rf"{adverbs('done', 'success')}?(?P<v>{_PASSIVE})\b")
_ALL_ARRESTED = r"\b[Ss]eluruhnya\s+(?P<v2>ditangkap)\b"
_GROUP_ARREST = re.compile(
    rf"(?:\b(?:{phrase_words('count_context', 'group_det')})\s+|\b\w+\s+)?{_GROUP_CORE}|{_ALL_ARRESTED}")
# every match of `_GROUP_ARREST` holds one of its core (the optional word before the role noun
# tried at every word makes it slow): the text without the core is not scanned with it
_GROUP_ARREST_CORE = re.compile(rf"{_GROUP_CORE}|{_ALL_ARRESTED}")
_GROUP_HEAD = re.compile(rf"{_GROUP}|[Ss]eluruhnya")  # where a match of the core starts
# `Tersangka ditangkap`, `Para pelaku diamankan` after a sentence's end, `para` or at the text's start. The
# pattern starts with the characters its matches start with (`re` skips ahead to them, where `(?:^|[.!?]\s+|\b...)`
# was tried at every position); a match at the text's start is its own pattern
# `ditetapkan sebagai tersangka dan langsung`: people made suspects and then held or caught (`Keduanya telah ditetapkan
# sebagai tersangka dan ditahan`); optional between a count or a group and its verb of arrest
MADE_SUSPECT = (rf"(?:(?:{phrase_words('count_context', 'made_suspect')})\s+dan\s+"
                 rf"{adverbs('done', 'success', 'then', 'now', 'pun', 'lalu')}*)?")
_GENERIC_ARREST_TAIL = (
    rf"(?:{either_case(parted_word_list('counted_role', ('generic',)))}|[Pp]ara\s+(?:{_GENERIC})"
    rf"|{either_case(parted_word_list('collective', ('generic',)))})\s+"
    rf"{adverbs('done', 'success', 'then', 'pun')}*{MADE_SUSPECT}(?P<v>{_PASSIVE})\b")
_GENERIC_ARREST = re.compile(rf"[.!?Pp](?:(?<=[.!?])\s+|(?<![\w][Pp])(?<=[Pp])ara\s+){_GENERIC_ARREST_TAIL}")
_GENERIC_ARREST_AT_START = re.compile(_GENERIC_ARREST_TAIL)


def _generic_arrests(text: str) -> Iterator[re.Match]:
    r"""The matches of `(?:^|[.!?]\s+|\b[Pp]ara\s+)` and `_GENERIC_ARREST_TAIL` as `finditer` finds them."""
    first = _GENERIC_ARREST_AT_START.match(text)
    if first is not None:
        yield first
    yield from _GENERIC_ARREST.finditer(text, first.end() if first is not None else 0)


def group_arrest(before: str) -> str | None:
    """The status of the arrest said of a counted group before (`Empat nelayan ... ditangkap`,
    `meringkus empat orang ...`), if any."""
    num = number_pattern()
    passive = "|".join(sorted((w for w, v in words("arrest").items() if v == "passive"), key=len, reverse=True))
    active = "|".join(sorted((w for w, v in words("arrest").items() if v == "active"), key=len, reverse=True))
    said = list(compiled(rf"(?<![\w.,])(?:{num})\s+(?:orang\s+)?[a-z]+[^.;]{{0,100}}?\b(?P<v>{passive}|digerebek|digrebek)\b"
                         rf"|\b(?P<a>{active})\s+(?:{num})\s+(?:orang\b|[a-z]+)", re.IGNORECASE).finditer(before))
    if not said:
        return None
    return words("status").get((said[-1].group("v") or said[-1].group("a")).lower(), "ditangkap")

# `polisi mengamankan pelaku`, `menahan para tersangka`: the suspects as a group, arrested
_GENERIC_ARREST_ACTIVE = re.compile(rf"\b(?P<v>{_ACTIVE})\s+"
                                    rf"(?:para\s+|kedua\s+)?(?:{_GENERIC})\b(?!\s+(?:berinisial|bernama|lain))")
_ACTIVE_HEAD = re.compile(_ACTIVE)  # where a match of `_GENERIC_ARREST_ACTIVE` or `arrested_with` starts


def group_arrest_status(text: str) -> str | None:
    """`Tersangka ditangkap polisi`, `Keduanya ditahan`, `polisi mengamankan pelaku`: the status of
    every named suspect not yet said arrested."""
    # the first match not denied (`polisi belum juga menangkap pelaku`) nor wished (`meminta polisi menahan
    # tersangka`, `berharap polisi segera menangkap pelaku`: a wish takes its doer and an adverb), the patterns in order: a
    # later pattern is not run once one is found
    group = (_GROUP_ARREST,) if next(headed_matches(_GROUP_ARREST_CORE, text, _GROUP_HEAD, any_case=False), None) else ()
    found = (m for ms in (_generic_arrests(text), *(rx.finditer(text) for rx in group),
                          headed_matches(_GENERIC_ARREST_ACTIVE, text, _ACTIVE_HEAD, any_case=False)) for m in ms)
    gm = next((m for m in found
               if not _unreal_before(text, m.start())), None)
    if gm is None:
        return None
    st = words("status")[(gm.group("v") or gm.groupdict().get("v2") or "ditangkap").lower()]
    if st != "ditahan" and _cc(r"\b{held_by}\s+penahanan\b").search(text):
        st = "ditahan"  # `mengamankan pelaku dan langsung dilakukan penahanan`
    return st


OTHERS = re.compile(r"\w+\s+(?:orang\s+)?[\w-]+\s+(?:lain|lainnya)\b", re.IGNORECASE)


# `Selain X, polisi pun menangkap ...`: the words that open `arrested_besides`' match
_BESIDES, _ALSO = "Selain", "juga|pun|turut"


@lru_cache(maxsize=2)  # asked twice per article (its suspects, its arrests)
def arrested_besides(text: str, names: frozenset[str]) -> int:
    """`Selain X, polisi pun menangkap seorang pria ...`: one more arrested, unnamed (not a person named
    right after, not in an earlier case)."""
    rx = compiled(rf"(?:\b{_BESIDES}\b[^.;]{{0,60}}|\b(?:{_ALSO})\s+(?:\w+\s+)?)(?:{arrest_verbs('active', ('held',))})"
                  rf"\s+(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{arrested_nouns()})\b"
                  r"(?!\s*,?\s*yang\s+bernama)", re.IGNORECASE)
    total = 0
    for m in headed_matches(rx, text, compiled(f"{_BESIDES}|{_ALSO}".lower())):  # tried only where its first word starts
        v = parse_number(m.group("n"))
        if v and not in_background(text, m.start()) and not named_after(text, m.end(), names):  # `dua orang pengecer yakni A`
            total += int(v)
    return total


@lru_cache(maxsize=2)  # asked twice per article (its suspects, its arrests)
def arrested_with(text: str, names: frozenset[str]) -> int:
    """The unnamed people arrested along with named ones (`meringkus X (37) serta empat orang
    perempuan`): their number, summed over the article."""
    rx = _cc(rf"(?<![\w-])(?:{_ACTIVE})\s+[^.;]{{0,60}}?(?-i:[A-Z])[^.;]{{0,100}}?\b(?:serta|beserta|bersama|dan)\s+"
             rf"(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{arrested_nouns()})(?![\w-])")
    total = 0
    for m in headed_matches(rx, text, _ACTIVE_HEAD):  # tried only where a verb starts
        if named_after(text, m.end(), names):
            continue  # `mengamankan tiga tersangka, yakni A dan B, serta seorang wanita berinisial C`: one of the list
        v = parse_number(m.group("n"))
        total += int(v) if v else 0
    return total


_ARREST_PASSIVE = rf"(?:{_PASSIVE}|{custody_verbs()})"


@cache
def _agent_pattern() -> re.Pattern:
    """A noun of the person whose act an incident is (`agent_noun` rows: a driver), a few words that
    qualify it or a relative clause, then a passive verb of arrest: `sopir truk itu kini ditahan`,
    `pengemudi minibus yang menabrak pejalan kaki sudah ditangkap`."""
    agents = "|".join(sorted(map(re.escape, words("agent_noun")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<a>{agents})(?:\s+(?!(?:me|di|ber|ter)[\w-]{{3}})[a-z][\w-]*){{0,2}}"
                      r"(?:\s+yang(?:\s+[\w-]+){1,6}?)?\s+(?:(?:itu|tersebut)\s+)?(?:dan\s+)?"  # `Sopir truk selamat dan telah diamankan`
                      rf"{adverbs('done', 'success', 'now', 'then', 'pun')}*"
                      rf"(?P<v>{arrest_verbs('passive', ('caught',))})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=2)  # asked twice per article (its suspects, its arrests)
def agent_arrested(text: str) -> tuple[str, str] | None:
    """The status and role of the one unnamed person an agent noun names and the text says arrested
    (none in an earlier case); None when it says none."""
    for m in headed_matches(_agent_pattern(), text, word_heads(word_tuple("agent_noun"))):  # only where an agent noun starts
        if not in_background(text, m.start()):
            return words("status")[m.group("v").lower()], words("agent_noun")[m.group("a").lower()]
    return None


# a count right after an active verb is its object (`pengemudi yang menabrak tiga pejalan kaki ditangkap`)
_OBJECT_OF_VERB = re.compile(r"(?<![\w-])me[\w-]{3,}\s+$")


def _numbers_of(rx: re.Pattern, text: str, plus: int = 0, background: bool = False) -> list[int]:
    """The counts (group `n`) of the matches of `rx`, plus `plus`; outside an earlier case if `background`."""
    out = []
    for m in rx.finditer(text):
        v = parse_number(m.group("n"))
        if v and not (background and in_background(text, m.start())):
            out.append(int(v) + plus)
    return out


_CAPTURE = compiled(rf"(?:{arrest_verbs('active', ('held', 'secures'))})$", re.IGNORECASE)


def _guards_people(text: str, m: re.Match) -> bool:
    """A count of a plain noun of people after a verb that also keeps safe or holds (`mengamankan 5.000
    suporter`), or after a purpose (`untuk menangkap tiga nelayan`): people guarded or sought, not arrested."""
    return (_CAPTURE.match(m.group("verb")) is None
            or _cc(r"(?<![\w-]){not_done}\s+$").search(text, max(0, m.start() - 20), m.start()) is not None)


def _stated_arrests(text: str) -> tuple[list[int], int]:
    """The counts of people the text says were arrested, in every wording it has; and the sum of the
    counts of others (`menahan satu tersangka lain`, unnamed), which add to the rest."""
    num = number_pattern()
    verbs = _ARREST_PASSIVE
    who = rf"(?:{ARREST_COUNT_ROLE}|(?:{arrested_nouns()})(?![\w-]))"
    found = [(n + _one_joined_before(text, at), at) for n, at in people_counts(  # `Nakhoda dan 14 ABK diamankan`
        text, rf"(?:orang\s+)?{who}(?:\s+[\w-]+|\s*\((?-i:[A-Z]{{2,6}})\)){{0,3}}?(?:\s+yang(?:\s+[\w-]+){{1,8}}?)?\s+"
              rf"(?:yang\s+)?{adverbs('done', 'success', 'then', 'lalu')}*{verbs}")
        if not in_background(text, at) and not _OBJECT_OF_VERB.search(text, max(0, at - 30), at)
        and not _killed().search(text, max(0, at - 30), at)  # `menembak mati dua perampok yang melawan saat ditangkap`
        and not _cc(r"(?<![\w-]){release}\s+$").search(text, max(0, at - 30), at)  # `menuntut pembebasan empat warga ...`
        and not _numbered_others(text, at)]  # `Para korban yang berjumlah 35 orang berhasil diamankan`
    found += [(int(v) + _joined_count(text, m.end()), m.start("n")) for m in _cc(
        rf"(?P<verb>{_ACTIVE})\s+(?:{{about}}\s+)?(?P<n>{num})\s+(?:dari\s+(?:{num})\s+)?(?:anggota\s+{{gang}}\s+)?"
        rf"(?:{ARREST_COUNT_ROLE}|orang\b|(?P<noun>(?:{arrested_nouns()})(?![\w-])))").finditer(text)  # `dua dari empat pelaku`, `tiga nelayan`
        if (v := parse_number(m.group("n"))) and not in_background(text, m.start())  # `Sebelumnya, ... mengamankan 12 orang`
        and not (m.group("noun") and _guards_people(text, m))]
    totals = _numbers_of(_cc(
        rf"(?<![\w-]){{sum}}\s+(?:{who})(?:\s+[\w-]+){{0,2}}?\s+yang\s+{adverbs('done', 'success')}*{verbs}\s+"
        rf"(?:{{reaches}}\s+)*(?P<n>{num})\s+orang\b"), text, background=True)  # `jumlah terduga teroris yang ditangkap menjadi 12 orang`
    # `polisi kembali menangkap seorang bandar`: a later raid's arrests add to those before, unless a total is stated
    totals += [n for n, at in found if _cc(_TOTAL_BEFORE).search(text, max(0, at - 40), at)]  # `Total sudah 9 orang yang ditangkap`
    # (only after an arrest counted before it, and not of people pointed back at: `kembali menangkap pelaku itu`)
    again = {at for n, at in found if not totals and _again().search(text, max(0, at - 40), at)
             and any(a < at for _, a in found) and not _pointed_or_named(text, _COUNTED.match(text, at).end())}  # `kembali menangkap dua pengedar, A dan B`: named
    others = sum(n for n, at in found if at in again or (om := OTHERS.match(text, at)) and not named_after(text, om.end()))
    others += _bare_others(text, [at for _, at in found])
    counts = [n for n, at in found if not OTHERS.match(text, at) and at not in again] + totals
    # (the patterns that start with a count tried only where one starts, `count_matches`: the count starts of the text
    # are known, `people_counts` read them above; the one of `berjumlah` only where that word is written)
    counts += [n for n, m in _counts_of(count_matches(_of_them_arrested(), text), text)  # `Lima di antaranya sudah ditangkap`
               if _whole_of_people(text, m.start())]  # not `40 sepeda motor. Lima di antaranya diamankan`
    low = lowered(text)
    numbered = _numbered_arrested().finditer(text) if low is None or "berjumlah" in low else ()
    counts += [n for n, m in _counts_of(numbered, text)  # `Para pelaku, yang berjumlah enam orang, ditangkap`
               if _PEOPLE_BEFORE().search(text, max(0, m.start() - 60), m.start())]  # not `Para korban yang berjumlah`
    if low is None or "bersama" in low:  # the pattern only where `bersama` is written
        counts += _numbers_of(compiled(rf"{verbs}\s+bersama\s+(?P<n>{num})\s+(?:orang\s+)?", re.IGNORECASE), text, plus=1)
    collective = {w: v for w, (v, k) in number_words().items() if k == "collective"}
    for m in headed_matches(compiled(rf"(?<![\w-])(?P<n>{collective_numbers()})nya\s+"
                                     rf"{adverbs('done', 'now', 'then', 'pun', 'lalu')}*{MADE_SUSPECT}{verbs}", re.IGNORECASE),
                            text, compiled(rf"(?:{collective_numbers()})nya")):
        if not _victims_kept_safe(text, m):
            counts.append(int(collective[m.group("n").lower()]))  # `keempatnya telah ditangkap`
    if not counts and (one_arrested(text) or agent_arrested(text)):
        counts.append(1)
    return counts, others


def _stop_before(text: str, at: int) -> int:
    """Where the last sentence's end (`. ` or a line break) before `at` stands, -1 when none."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))


def _victims_kept_safe(text: str, m: re.Match) -> bool:
    """`Dua anak, A (7) dan B (9), menjadi korban penculikan ... Keduanya diamankan polisi`: a collective with a verb that
    also keeps safe (`arrest_part` secures: diamankan) said of people whose sentence before names them victims (a
    `victim` row) and neither a doer (a `role` row) nor an active verb of harm (`harm_act` rows: `AB dan CD mencuri
    motor milik korban`, whose subject is the doers): they are kept safe, not arrested (s20fxC)."""
    verb = m.group(0).split()[-1].lower()
    if words("arrest_part").get(verb) != "secures":
        return False
    stop = _stop_before(text, m.start())
    if stop < 0:
        return False
    start = _stop_before(text, stop) + 1
    return word_regex("victim").search(text, start, stop) is not None \
        and not any(word_regex(kind).search(text, start, stop) for kind in ("role", "harm_act"))


@cache
def _bare_others_said() -> re.Pattern:
    """A count and `lainnya` / `lain` with no noun between, said arrested (`tiga lainnya dibekuk`)."""
    later = adverbs("done", "success", "then", "now", "pun", "lalu", "also")
    return _cc(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:orang\s+)?{{others}}\s+{later}*{_ARREST_PASSIVE}(?![\w-])")


def _bare_others(text: str, counted: list[int]) -> int:
    """`Lima pelaku ditangkap di Cirebon, sedangkan tiga lainnya dibekuk di Indramayu`: a count of others with no noun
    (`_bare_others_said`) arrested in the sentence of a counted arrest before it (at `counted`) or in the next one adds
    to it; with no arrest counted before, the others are of an unknown whole (`tiga lainnya diamankan`: none; s20sv).
    The others are the rest of the count said last before them, which must be of people who may be arrested
    (`_last_count_arrestable`): not `Dua saksi diperiksa, dua lainnya diamankan`, `Dua sepeda motor disita, dua lainnya
    diamankan` (witnesses, things; s20rvE)."""
    total = 0
    for n, m in _counts_of(count_matches(_bare_others_said(), text), text):  # tried only where a count starts
        if not _last_count_arrestable(text, m.start()):
            continue
        prev = _stop_before(text, m.start())  # the end of the sentence before the others'
        start = _stop_before(text, prev) if prev >= 0 else -1  # and of the one before that
        if any(start < at < m.start() for at in counted):
            total += n
    return total


_NUMBERED = re.compile(r"(?:yang\s+)?berjumlah\s+$", re.IGNORECASE)


def _numbered_others(text: str, at: int) -> bool:
    """The count at `at` numbers (`yang berjumlah 35 orang`) a noun before it that no arrest counts (`Para korban`)."""
    m = _NUMBERED.search(text, max(0, at - 20), at)
    return m is not None and not _PEOPLE_BEFORE().search(text, max(0, m.start() - 60), m.start())


def _counts_of(matches: Iterable[re.Match], text: str) -> Iterator[tuple[int, re.Match]]:
    """The counts (group `n`) of `matches` (of a pattern in `text`) outside an earlier case, with their matches."""
    for m in matches:
        v = parse_number(m.group("n"))
        if v and not in_background(text, m.start()):
            yield int(v), m


@cache
def _who() -> str:
    """A noun a count of arrests counts: a role (`pelaku`) or people (`orang`, `nelayan`), not a victim."""
    return rf"(?:{ARREST_COUNT_ROLE}|(?:orang|{arrested_nouns()})(?![\w-]))"


@cache
def _PEOPLE_BEFORE() -> re.Pattern:  # noqa: N802 - a pattern, named as the module's patterns are
    """A noun of people who may be arrested a few words before (`Para pelaku, yang berjumlah ...`)."""
    return compiled(rf"(?<![\w-]){_who()}(?:nya)?(?:\s+[\w-]+){{0,3}}?\s*,?\s*$", re.IGNORECASE)


@cache
def _whole_count() -> re.Pattern:
    return compiled(rf"(?<![\w.,/])(?:{number_pattern()})\s+(?P<noun>[\w-]+)", re.IGNORECASE)


def _last_count(text: str, at: int) -> re.Match | None:
    """The count said last in the 250 characters before `at` (`enam tersangka`, `40 sepeda motor`), or None."""
    last = None
    for last in _whole_count().finditer(text, max(0, at - 250), at):  # noqa: B007 - the last one is wanted
        pass
    return last


def _last_count_arrestable(text: str, at: int) -> bool:
    """Whether the count said last before `at` counts people who may be arrested (`_who`: `lima pelaku`, `17 orang`),
    not witnesses, victims or things (`dua saksi`, `dua korban`, `dua sepeda motor`); false when none is said."""
    last = _last_count(text, at)
    return last is not None and compiled(_who(), re.IGNORECASE).match(last.group("noun")) is not None


def _whole_of_people(text: str, at: int) -> bool:
    """Whether the count last said before a part at `at` (`di antaranya`), in the 250 characters before, counts people
    who may be arrested (`enam tersangka`, `17 orang`) or witnesses (`not_suspect_role` rows less the victims':
    `20 saksi`), not things (`40 sepeda motor`, `12 ekor ayam`) nor victims; true when no count is said there."""
    last = _last_count(text, at)
    if last is None or compiled(_who(), re.IGNORECASE).match(last.group("noun")) is not None:
        return True
    noun = last.group("noun").lower()
    return noun in words("not_suspect_role") and noun not in words("victim_noun")


@cache
def _of_them_arrested() -> re.Pattern:
    """A part of people counted before said arrested (`Lima di antaranya sudah ditangkap`), or made suspects and held
    (`dua di antaranya ditetapkan sebagai tersangka dan langsung ditahan`): a part, never more than the whole a count
    said before gives."""
    later = adverbs('done', 'success', 'then', 'now', 'pun', 'lalu')
    return _cc(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:orang\s+)?{{of_them}}\s+{later}*"
               rf"{MADE_SUSPECT}{_ARREST_PASSIVE}(?![\w-])")


@cache
def _numbered_arrested() -> re.Pattern:
    """People numbered in a clause set out after their noun and then said arrested (`Para pelaku, yang berjumlah enam
    orang, ditangkap`, `pelaku yang berjumlah tiga orang itu diamankan`)."""
    return _cc(rf"\b(?:yang\s+)?berjumlah\s+(?P<n>{number_pattern()})\s+orang\s*(?:(?:itu|tersebut)\s*)?,?\s+"
               rf"{adverbs('done', 'success', 'then', 'now', 'pun', 'lalu')}*{_ARREST_PASSIVE}(?![\w-])")


@cache
def _killed() -> re.Pattern:
    """An active verb of killing (`dead` rows: `menembak mati`, `menewaskan`) right before a count: the people counted
    died, whatever the clause after them says of an arrest."""
    verbs = trie_alternation(w for w in words("dead") if w.startswith("me"))
    return compiled(rf"(?<![\w-])(?:{verbs})\s+$", re.IGNORECASE)


def _one_joined_before(text: str, at: int) -> int:
    """1 when one person named by a noun (of people, an agent or a role) is joined right before the count at `at`
    (`Nakhoda dan 14 anak buah kapal diamankan`, `Sopir dan dua kernetnya ditahan`), else 0."""
    m = _one_before().search(text, max(0, at - 40), at)
    if m is None or m.group("many"):  # not `Para pelaku dan dua penadah`: many joined
        return 0
    # the noun heads its clause: not an owner (`Sepeda motor milik pelaku dan dua tersangka`, `Mobil korban dan ...`)
    before = text[:m.start()].rstrip()
    return 1 if not before or before[-1] in _CLAUSE_OPENS else 0


@cache
def _one_before() -> re.Pattern:
    nouns = trie_alternation(words("person_noun").keys() | words("agent_noun").keys() | words("role").keys())
    return compiled(rf"(?P<many>(?<![\w-])(?:{phrase_words('count_context', 'group_det')}|{number_pattern()})\s+)?"
                    rf"(?<![\w-])(?:{nouns})(?:\s+[a-z]+)?\s+(?:dan|serta)\s+$", re.IGNORECASE)


_CLAUSE_OPENS = frozenset(".,;:!?\"'()")  # what may stand before a noun heading its clause
_TOTAL_BEFORE = r"(?<![\w-]){sum}(?:\s+[\w-]+){0,3}?\s+$"  # a sum stated (`sum` rows): the count after it is a total
_COUNTED = re.compile(r"\S+\s+(?:orang\s+)?[\w-]*")  # a count and its noun
_POINTS_BACK = re.compile(r"\s+(?:itu|tersebut)(?![\w-])", re.IGNORECASE)  # `seorang pelaku itu`: one said before


def _pointed_or_named(text: str, end: int) -> bool:
    """The counted noun ending at `end` points back (`pelaku itu`) or is named after (`dua pengedar, A dan B`)."""
    return _POINTS_BACK.match(text, end) is not None or named_after(text, end)


@cache
def _again() -> re.Pattern:
    """`kembali menangkap ` right before a count: an arrest said again, of more people (`again` rows)."""
    return _cc(rf"(?<![\w-]){{again}}\s+(?:{_ACTIVE})\s+(?:{{about}}\s+)?$")


def _joined_count(text: str, at: int) -> int:
    """A second count of people joined by `dan` / `serta` to the one arrested that ends at `at` (`menangkap dua warga
    negara asing (WNA) dan juga satu orang Indonesia`): its number, else 0."""
    num = number_pattern()
    m = compiled(rf"(?:\s+[\w()-]+){{0,3}}?\s*,?\s+(?:{phrase_words('list_word', 'joiner')})\s+{adverbs('also')}?(?P<n>{num})\s+"
                 rf"(?:{ARREST_COUNT_ROLE}|orang\b|(?:{arrested_nouns()})(?![\w-]))", re.IGNORECASE).match(text, at)
    if m is None or "." in text[at:m.start("n")] or _own_verb(text, m.end()):
        return 0
    return int(parse_number(m.group("n")) or 0)


_CUSTODY = frozenset({"ditangkap", "diamankan", "ditahan"})  # the statuses of people held (the first count's)


def _own_verb(text: str, at: int) -> bool:
    """The rest of the clause after a joined count, from `at`, has a verb or state of its own that is not an
    arrest (`dan tiga orang lainnya masih buron`, `dan dua orang saksi diperiksa`): that count is not arrested. A
    relative clause only describes them (`dan satu orang Indonesia yang diduga menyebarkan ...`), unless it says
    them wanted."""
    rest = text[at:at + 120]
    rest = rest[:next((k for k, ch in enumerate(rest) if ch in ".,;"), len(rest))]
    states = words("status")
    if any(states[m.group(0).lower()] not in _CUSTODY for m in word_regex("status").finditer(rest)):
        return True
    head = rest[:rel.start()] if (rel := name_context(r"\b{relative}\b").search(rest)) else rest
    return any(is_verb(w) and states.get(w) not in _CUSTODY for w in re.findall(r"[\w-]+", head.lower()))


_NAMED_AFTER = r"\s*,?\s*(?:{named_after}\s+)*(?-i:[A-Z])"


def named_after(text: str, at: int, names: frozenset[str] | None = None) -> bool:
    """A name right after a count of people, at `at` (`seorang wanita berinisial C`, `dua orang, yakni A dan B`, a
    noun between: `dua orang pengecer yakni A`); with `names`, one of them (the suspects read: not `tiga orang
    pemuda Kampung Baru`, a place)."""
    m = _cc(r"(?:\s+[a-z]+(?=\s*,?\s*{named_after}\s))?" + _NAMED_AFTER, 0).match(text, at)
    return m is not None and (names is None or any(text.startswith(n, m.end() - 1) for n in names))


def _cc(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """`pattern` with its `{part}`s the `count_context` words of `data/incident_words.tsv`, compiled once."""
    return worded("count_context", pattern, flags)


def _unreal_before(text: str, start: int) -> bool:
    """The verb of arrest at `start` is denied (`polisi belum juga menangkap pelaku`) or wished, not done: a wish
    word may be followed by its doer and an adverb (`berharap polisi segera menangkap pelaku`, `mendesak aparat
    menangkap pelaku`)."""
    return _cc(r"\b(?:{not_done})\s+(?:\w+\s+)?$|\b(?:{wish})\s+(?:\w+\s+){0,2}$", 0).search(
        text[max(0, start - 40):start]) is not None


_SEORANG = re.compile(r"\bseorang\s", re.IGNORECASE)  # what introduces the one `one_arrested` reads


@lru_cache(maxsize=2)  # asked twice per article (its suspects, its arrests)
def one_arrested(text: str) -> str | None:
    """`Seorang pria ... Pria itu akhirnya ditangkap`: one unnamed person the article introduces by a noun
    of people and then says arrested (`pemuda tersebut diamankan`); the status the verb gives, else None."""
    if _SEORANG.search(text) is None:
        return None  # no one introduced (the whole-text pattern below tried `sang` and every noun at every position)
    nouns = arrested_nouns()
    rx = compiled(rf"(?<![\w-])(?:sang\s+(?P<noun2>{nouns})|(?P<noun>{nouns})\s+(?:itu|tersebut))\s+(?:[\w-]+\s+){{0,4}}?"
                  rf"(?P<v>{_PASSIVE})\b", re.IGNORECASE)
    for m in rx.finditer(text):
        noun = (m.group("noun") or m.group("noun2")).lower()  # `pria itu`, `sang pemuda`: the one introduced
        intro = compiled(rf"\bseorang\s+{re.escape(noun)}(?![\w-])", re.IGNORECASE).search(text, 0, m.start())
        if intro and not in_background(text, m.start()):
            return words("status").get(m.group("v").lower())
    return None


def count_arrests(suspects: list[Suspect], text: str, read_arrested: int | None = None) -> int | None:
    """Named suspects arrested, or a stated count (`menangkap dua pelaku`, `lima terduga ... ditangkap`,
    `sebanyak tujuh orang diamankan`, `keempatnya ditahan`, `ditangkap bersama empat orang`); 0 when
    the article says no one was; None when it says nothing. With a stated count, the named count is
    of those read as arrested at their names (`read_arrested`), not those the group's arrest covered."""
    arrested = sum(1 for s in suspects if s.name and s.status in ("ditangkap", "diamankan", "ditahan"))
    counts, others = _stated_arrests(text)
    if counts and read_arrested is not None:
        arrested = read_arrested  # a stated count outweighs arrests only inferred for the named as a group
    # `Seorang tersangka ditahan ... menahan satu tersangka lain`: the others add to the rest
    names = frozenset(s.name for s in suspects if s.name)
    best = max([arrested + arrested_with(text, names) + arrested_besides(text, names), *counts]) + others
    if best:
        return best
    elif _cc(r"\b{not_yet}\s+(?:ada\s+(?:\w+\s+){0,3}?yang\s+)?(?:{able}\s+)?(?:kami\s+)?(?:di|me|ter)?{arrest_root}"
             ).search(text):  # `polisi belum menangkap pelaku`, `belum ada pelaku yang ditangkap`, `belum kami tahan`
        return 0
    elif _said_arrested(text):
        return 1  # `pelaku sudah dilumpuhkan dengan ditembak dan diamankan`, `polisi menangkap pria berusia 23 tahun`
    return None


def _said_arrested(text: str) -> bool:
    """`polisi mengamankan pelaku`, `pelaku sudah diamankan` (not `meminta agar pelaku segera ditangkap`: a wish),
    `polisi menangkap pria berusia 23 tahun`: one unnamed person said arrested. Each pattern is tried only where
    its first word starts (`headed_matches`)."""
    said = compiled(rf"(?:{_ACTIVE}|amankan)\s+(?:\w+\s+){{0,2}}?(?:{_GENERIC})\b"
                    # the four lookbehinds of a wish are asked only where a role word starts (the lookahead first)
                    rf"|(?=(?:{_GENERIC}))(?<!agar )(?<!supaya )(?<!meminta )(?<!mendesak )"
                    rf"(?:{_GENERIC})\s+(?:(?!tidak\b|tak\b|belum\b|gagal\b|segera\b|harus\b|akan\b)\w+\s+){{0,6}}?"
                    rf"(?:{arrest_verbs('passive', ('held', 'caught'))}|kami amankan)", re.IGNORECASE)
    if next((m for m in headed_matches(said, text, compiled(rf"{_ACTIVE}|amankan|{_GENERIC}"))
             if not _unreal_before(text, m.start())), None) is not None:
        return True
    verbs = arrest_verbs("active", ("held", "secures"))
    held = compiled(rf"(?:{verbs})\s+(?:seorang\s+)?(?:{arrested_nouns()})(?![\w-])", re.IGNORECASE)
    return next(headed_matches(held, text, compiled(verbs)), None) is not None
