"""Victims: deaths of illness left out, the one person the article means by `korban`, the harm said of
`korban` alone, and counted unnamed victims (`seorang korban`, casualties the named do not account for)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from polsek_nlp.knowledge.lexicon import role_words
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_harm import (
    CONTRAST,
    care_then,
    harm_at,
    reported,
    result_harm,
    wounded_after,
)
from polsek_nlp.recognize.incident_shapes import (
    MAX_UNNAMED,
    PEOPLE_AT_PLACE,
    Cand,
    People,
    arrested_nouns,
    before_rank,
    before_title,
    best_of,
    collective_numbers,
    count_matches,
    in_background,
    name_context,
    name_core,
    object_words,
    people_counts,
    residence_before_regex,
    residence_regex,
    sentence_of,
    toll_in_background,
    victim_nouns,
)
from polsek_nlp.recognize.incident_suspects import free_named
from polsek_nlp.recognize.incident_words import (
    ODD_CASE,
    adverbs,
    compiled,
    headed_matches,
    parted_word_list,
    phrase_words,
    word_heads,
    word_regex,
    word_tuple,
    words,
)
from polsek_nlp.recognize.quantities import number_pattern, number_words, parse_number
from polsek_nlp.record.types import Casualties, Person, Victim


def _harm_rank() -> tuple[str, ...]:
    """A victim's harms from the worst (`harm_rank` rows, in table order)."""
    return word_tuple("harm_rank")


@cache
def casualty_harms() -> frozenset[str]:
    """The harms that make a person a victim without a victim word (`harm_rank` rows marked harmed)."""
    return frozenset(w for w, v in words("harm_rank").items() if v == "harmed")


def natural_deaths(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A person the text says died of an illness (`meninggal setelah berjuang melawan kanker`) is no
    casualty of an incident: the death is not their harm."""
    cause = word_regex("natural_cause")
    lead = text[:sents[min(2, len(sents) - 1)][1]] if sents else text  # the first three sentences
    obituary = name_context(r"\b{obituary}\b").search(lead) and cause.search(lead)
    for c in cands:
        if obituary:  # `X meninggal setelah berjuang melawan kanker`: every death the article tells is of illness
            c.harms = [h for h in c.harms if h != "tewas"]
            continue
        if "tewas" not in c.harms:
            continue
        for s, _e in c.spans:
            s0, s1 = sentence_of(sents, s)
            sent = text[s0:s1]
            if name_context(r"\b{died}\b").search(sent) and cause.search(sent):
                c.harms = [h for h in c.harms if h != "tewas"]
                break


def sole_victim(cands: list[Cand], text: str, sents: list[tuple[int, int]], out: People) -> None:
    """`X (24) ... jatuh dari lantai lima ... Korban ... sudah tidak tertolong`: an article that speaks
    of `korban` without a name, says what befell the victim, counts no victims, and names one person
    only in its first sentence besides officers and witnesses means that person."""
    said = [m for m in re.finditer(r"\b[Kk]orban\b(?!\s*(?:,\s*)?(?:berinisial|bernama|yakni|(?-i:[A-Z])))", text)]
    if len(said) < 2 or any(n > 1 for n, _ in people_counts(text, r"(?:orang\s+)?korban")):
        return
    harm = None
    for m in said:
        hm = list(word_regex("harm").finditer(text, m.end(), min(len(text), m.end() + 80)))
        if hm and "." not in text[m.end():hm[0].start()]:
            harm = best_of([words("harm")[h.group(0).lower()] for h in hm[:1]] + ([harm] if harm else []), _harm_rank())
    first_end = sents[0][1] if sents else len(text)
    pool = [c for c in cands if not c.officer and not c.person_roles and not c.suspect_cues
            and any(s < first_end for s, _ in c.spans) and not _speaks(c, text)]
    if harm and len(pool) == 1:
        pool[0].harms.append(harm)
        pool[0].victim_cues += 1
        add_victim(pool[0], out)


def _speaks(c: Cand, text: str) -> bool:
    """`dr X, mengatakan korban ...`, `kata X`: a name said to speak (a source, a doctor, a relative) is not the
    `korban` it speaks of."""
    return any(reported().search(text, e, min(len(text), e + 25)) or reported().search(text, max(0, s - 12), s)
               for s, e in c.spans)


# `Korban tewas di lokasi`: a harm said of `korban` alone (no count, no name after it)
# `Korban tewas`; `Korban dibacok di bagian lengan hingga mengalami luka robek`: the harm a passive verb's act left
# (`Akibatnya, korban mengalami luka robek`, `Dalam kejadian itu, korban tewas`: a lead of the sentence's cause or
# scene before it, `result_lead` rows and up to two words, a comma; `Namun ia meninggal dunia`: a word of a turn from
# the sentence before, `turn_lead` rows; `Akibatnya korban ...`: a lead of one word that is the result itself, comma
# or none, `result_word` rows; s18cas)
_RESULT_LEAD = r"(?:(?i:{result_lead})(?:\s+(?-i:[a-z]+)){0,2}\s*,\s*|(?i:{result_word}|{turn_lead})\s*,?\s+)"
# `Korban sempat terjatuh dari sepeda motor dan mengalami luka lecet`: a passive or stative verb's act, then `dan` and
# the harm it left (s18cas)
_KORBAN_HARM = (r"(?:^|[.!?]\s+|\n)\W*(?:" + _RESULT_LEAD + r"k|K)orban\s+(?:di[a-z]{3,}\b[^.!?;:\"“”]{0,60}?\b{until}\s+"
                r"|(?:{harm_lead}\s+)?(?:di|ter)[a-z]{3,}\b[^.!?;:,\"“”]{0,60}?\bdan\s+)?(?:{korban_state}\s+)*(?=\S)")


def lone_victim_harm(out: People, text: str) -> None:
    """`X (7) menjadi korban tabrak lari. Korban tewas di lokasi.`: the one named victim whose harm is
    not said, or is a loss only, gets the harm the text says of `korban` alone (a loss only a death or an injury); in an article of a body found (`Mayat seorang
    pria ditemukan ... Identitas korban diketahui bernama X`, `Seorang nenek ditemukan tewas ... Korban diketahui
    bernama X`), death."""
    named = [v for v in out.victims if v.name]
    if len(named) != 1 or named[0].status not in (None, "dirugikan") or len(out.victims) != 1:
        return
    robbed = named[0].status is not None  # `X menjadi korban perampokan ... Korban mengalami luka memar`: hurt too
    acted = [m for m in _acted_on_korban().finditer(text) if not _unreal_before().search(text, max(0, m.start() - 60), m.start())]
    for m in (*name_context(_KORBAN_HARM, 0).finditer(text), *acted):
        if _said_of_before(text, m):
            continue
        if _later_death().match(text, m.end()):
            named[0].status = "tewas"  # `Korban sempat dilarikan ke RSUD namun meninggal dunia dalam perjalanan`
            return
        hm = harm_at(text, m.end())
        if hm and (not robbed or words("harm")[hm.group(0).lower()] in casualty_harms()):
            named[0].status = words("harm")[hm.group(0).lower()]
            return
    if robbed:
        return
    if any(not in_background(text, m.start()) and not _not_found().search(text, max(0, m.start() - 20), m.end())
           for m in _body_found().finditer(text)):
        named[0].status = "tewas"
        return
    for m in _victim_of_crime().finditer(text):  # `Seorang pengemudi ojek menjadi korban perampokan. Korban bernama X`
        if (harm := words("harm_noun")[m.group("act").lower()].strip("-")) and not in_background(text, m.start()):
            named[0].status = harm
            return


def _said_of_before(text: str, m: re.Match) -> bool:
    """A harm said of `korban` in a sentence of an earlier case (`Dua tahun lalu, pelaku pernah memukul korban hingga
    luka`), or led by a word of result or turn (`Akibatnya korban meninggal`) right after one: the earlier victim's
    (review of s18cas, findings 5-6)."""
    at = m.start() + len(m.group(0)) - len(m.group(0).lstrip(".!?\n \t\"“”"))  # past the sentence's end the match opens at
    if in_background(text, at):
        return True
    led = re.match(r"\W*(?:korban|ia|dia)\b", text[at:m.end()], re.IGNORECASE) is None
    prev = text.rfind(".", 0, at)
    return led and prev > 0 and in_background(text, prev - 1)


@cache
def _acted_on_korban() -> re.Pattern:
    """`Pelaku memukul korban dengan helm hingga luka di kepala`: an active verb of harm done to `korban` (`harm_act`
    rows) and what it left, after `hingga` / `sampai` in its clause (s18cas; the passive `Korban dibacok ... hingga` is
    `_KORBAN_HARM`'s)."""
    return name_context(rf"(?<![\w-])(?:{trie_alternation(words('harm_act'))})\s+korban\b[^.!?;:\"“”]{{0,60}}?\b{{until}}\s+"
                        r"(?:{korban_state}\s+)*(?=\S)")


@cache
def _unreal_before() -> re.Pattern:
    """A word of an attempt, a threat, a wish, a condition, a denial or an intention in the clause before an act
    (`mengancam akan memukul korban hingga tewas`, `tidak sampai melukai`, `membantah telah memukul korban`, `berniat
    memukul korban`: `denied` rows, review of s18cas finding 5): the act was not done."""
    return name_context(r"(?<![\w-])(?:{attempt}|{irrealis}|{unreal}|{negator}|{denied})(?![\w-])[^.,;:!?\n]*$")


@cache
def _victim_of_crime() -> re.Pattern:
    """`korban perampokan`: a crime named after `korban` (`harm_noun` rows), the harm its victims suffer."""
    return re.compile(rf"(?<![\w-])korban\s+(?P<act>{trie_alternation(words('harm_noun'))})(?![\w-])", re.IGNORECASE)


@cache
def _body_found() -> re.Pattern:
    """`Mayat seorang pria ditemukan`, `penemuan jasad`, `ditemukan tewas`: a body found, the incident a death; the
    finding said actively too, one word between (`Warga menemukan sesosok mayat`, `polisi menemukan jasad`; s18cas)."""
    return name_context(r"\b{body}\b[^.!?;]{0,60}?\bditemukan\b|\bpenemuan\s+{body}\b|\bmenemukan\s+(?:\w+\s+)?{body}\b"
                        r"|\bditemukan\s+(?:sudah\s+|dalam\s+keadaan\s+)?(?:tewas|meninggal|tak\s+bernyawa|tidak\s+bernyawa)\b")


@cache
def _not_found() -> re.Pattern:
    """A body not (yet) found: a negator right before the verb of finding, a word between (`tim SAR belum menemukan
    jasad korban`, `jasad korban belum juga ditemukan`: review of s18cas, finding 7)."""
    return name_context(r"(?<![\w-]){negator}\s+(?:\w+\s+)?(?:ditemukan|menemukan)\b")


# `... hingga mengalami luka memar`, `... dan kini dirawat`, `... namun tidak tertolong`, `... dalam kondisi kritis`: a
# harm the clause after a victim's name says came of the act
_CLAUSE_HARM = (r"\b(?:(?:hingga|sampai|sehingga|dan|namun|tetapi|tapi)\s+(?:(?:korban|kini|masih|harus|sempat|akhirnya)\s+)*"
                r"(?:mengalami\s+|menderita\s+)?|(?:{state_lead})\s+|{care_then})(?P<h>{harm})(?![\w-])")
# `X (40) dianiaya dua pemuda mabuk yang kemudian diamankan warga dalam keadaan luka parah`: a `yang` clause of another
# noun than the victim's name (not right after it, as `X (29), yang dianiaya ...`) says no more of the victim
_OTHERS_CLAUSE = re.compile(r"(?<=\w)\s+yang\b", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"(?:\s*\(\d{1,3}\))?\s*,?\s*(?:seorang\s+(?:(?-i:[a-z]+)\s+){1,3})?yang\b",  # `X (37), seorang ibu
                         re.IGNORECASE)  # rumah tangga yang`: the apposition's nouns in lowercase, no name
# `Korban diketahui bernama X, warga Desa C. Ia mengalami luka bacok`: the harm the next sentence says of `Ia`
# `Ia dipukul dengan balok kayu oleh tetangganya hingga mengalami luka memar`: the harm a passive verb's act left, as
# after `Korban`; `Ia terjatuh dan dilarikan ke RSUD X dengan luka`: a passive or stative act, `dan`, then the harm (s29cas)
_PRONOUN_HARM = (r"\W*(?:" + _RESULT_LEAD + r"(?:ia|dia)|Ia|Dia)\s+(?:di[a-z]{3,}\b[^.!?;:\"“”]{0,80}?\b{until}\s+"
                 r"|(?:{harm_lead}\s+)?(?:di|ter)[a-z]{3,}\b[^.!?;:,\"“”]{0,60}?\bdan\s+)?"
                 r"(?:{korban_state}\s+|(?:kini|masih|pun)\s+)*(?=\S)")


@cache
def _clause_harm() -> re.Pattern:
    return compiled(_CLAUSE_HARM.replace("{harm}", word_regex("harm").pattern).replace("{state_lead}", phrase_words("state_lead"))
                    .replace("{care_then}", care_then().pattern), re.IGNORECASE)


@cache
def _suspects_clause() -> re.Pattern:
    """A clause joined on whose subject is a suspect's role noun and whose verb is passive or leads to a harm (`dan
    pelaku dihajar massa`, `hingga kedua tersangka mengalami`): what harm it says is theirs; not `dan pelaku
    menendangnya hingga mengalami luka`, where the victim is the object (s24rvG)."""
    return compiled(rf"\b(?:{phrase_words('name_context', 'new_subject')})\s+(?:(?:kedua|ketiga|para)\s+)?"
                    rf"(?:{trie_alternation(parted_word_list('counted_role', ('generic',)))})\s+"
                    rf"(?:di[a-z]{{3,}}|{phrase_words('name_context', 'harm_lead')})\b", re.IGNORECASE)


@cache
def _own_clause_apposed() -> re.Pattern:
    """A name's own `yang` clause after its apposition between commas (`X (48), buruh bangunan, yang`; s27cas)."""
    return re.compile(rf"{_APPOSED}yang\b", re.IGNORECASE)


@cache
def _own_clause_harm() -> re.Pattern:
    """A harm that opens a name's own `yang` clause (`yang mengalami luka bacok`, `yang terluka`; s27cas), adverbs and a
    verb of suffering (`harm_lead` rows of name_context) between or not."""
    return name_context(rf"\s+{adverbs('also', 'pun', 'once', 'done')}*(?:{{harm_lead}}\s+)*"
                        rf"(?P<h>{trie_alternation(words('harm'))})(?![\w-])")


def clause_harms(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A victim whose harm is not said at the name (`X (29), dianiaya suaminya sendiri hingga mengalami luka
    memar`, `menganiaya tetangganya, X (50), menggunakan sebatang kayu hingga luka berat`) takes the harms its
    clause goes on to say came of the act, up to another person's name, a `yang` clause of another noun, a
    clause joined on of a suspect (`dan pelaku ...`) or a clause of contrast; or, when it is
    the last person named in its sentence, the harm the next sentence says of `Ia` / `Dia`. A victim said only robbed
    (a loss) or unharmed is read too: a robbed person may be hurt as well (`X (29) terjatuh saat ponselnya dirampas dan
    mengalami luka lecet`; s24cas2)."""
    rx = _clause_harm()
    starts = sorted(s for c in cands for s, _ in c.spans)
    for c in cands:
        if not c.victim_cues or c.suspect_cues >= c.victim_cues or set(c.harms) & casualty_harms():
            continue
        for s, e in c.spans:
            s0, s1 = sentence_of(sents, s)
            nxt = next((x for x in starts if x >= e), len(text))
            end = min(s1 or len(text), e + 160, nxt)
            own = _OWN_CLAUSE.match(text, e, end) or _own_clause_apposed().match(text, e, end)
            if own and (hm := _own_clause_harm().match(text, own.end(), end)):
                c.harms.append(words("harm")[hm.group("h").lower()])  # `X (48), buruh, yang mengalami luka` (s27cas)
                break
            end = next((om.start() for om in _OTHERS_CLAUSE.finditer(text, own.end() if own else e, end)), end)
            end = next((om.start() for om in _suspects_clause().finditer(text, e, end)), end)
            found = [hm for hm in rx.finditer(text, e, end) if not CONTRAST.search(text, e, hm.start())]
            c.harms.extend(words("harm")[hm.group("h").lower()] for hm in found)
            if not found and s1 and _last_named(text, e, s1, starts) and (harm := _pronoun_harm(text, sents, s1)):
                c.harms.append(harm)
            if set(c.harms) & casualty_harms():
                break


def sought_not_lost(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Rekannya, X (28), masih dalam pencarian`: a person said only to be searched for (`dalam pencarian`, a `harm`
    row) is missing in a search for the lost - an article with a word of one (`search_context` rows: a SAR team, a
    flood, the water) - or when a victim by another cue, not when the police search for him or want him questioned (`sought_by` rows right after:
    `dalam pencarian polisi`, `untuk dimintai keterangan`): that `hilang` is dropped (review of s18cas, finding 2)."""
    lost: bool | None = None  # the whole text's scan for a search of the lost, made when a candidate first needs it
    for c in cands:
        if "hilang" not in c.harms:
            continue
        said = [x for s, e in c.spans if (x := _sought_after(text, e, sentence_of(sents, s)[1] or len(text)))]
        if not said or any(x == "missing" for x in said):
            continue
        victim = c.victim_cues > c.suspect_cues  # `Salah satu korban, X, masih dalam pencarian`: a victim already
        if lost is None and not victim and "police" not in said:
            lost = word_regex("search_context").search(text) is not None
        if not (lost or victim) or "police" in said:
            c.harms = [h for h in c.harms if h != "hilang"]


def _sought_after(text: str, e: int, s1: int) -> str | None:
    """What the rest of the name's sentence says of it: `missing` (a missing word besides `dalam pencarian`:
    `hilang`), `police` (only `dalam pencarian`, the police's or for a purpose: `sought_by` right after), `sought`
    (only `dalam pencarian`), or None."""
    hm = [m for m in word_regex("harm").finditer(text, e, s1) if words("harm")[m.group(0).lower()] == "hilang"]
    if not hm:
        return None
    if any(m.group(0).lower() != "dalam pencarian" for m in hm):
        return "missing"
    return "police" if _sought_by().match(text, hm[0].end()) else "sought"


@cache
def _sought_by() -> re.Pattern:
    return compiled(rf"\s+{word_regex('sought_by').pattern}", re.IGNORECASE)


def _last_named(text: str, e: int, s1: int, starts: list[int]) -> bool:
    """No other person is named after the name ending at `e` in its sentence (ending at `s1`) but in the name's own
    relative clause set off by commas (`Arman (22), yang saat itu membonceng Fadli, juga menjadi korban. Ia ...`: `Ia`
    is Arman; s17cas)."""
    later = [x for x in starts if e <= x < s1]
    if not later:
        return True
    own = _OWN_CLAUSE.match(text, e, s1)
    close = text.find(",", own.end(), s1) if own else -1
    return close >= 0 and all(x < close for x in later)


# `A (30), B (25), dan C (40), ketiganya warga Desa X`: a residence said of the whole list after its last name
_GROUP_HOME = r"(?:\s*\(\d{1,3}\))?\s*,\s*(?:{collective}|pasangan\s+suami[\s-]+istri)(?![\w-])"
_LIST_GAP = re.compile(r"(?:\s*\(\d{1,3}\))?\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


def group_residences(cands: list[Cand], text: str) -> None:
    """The residence said after the last name of a list with a word for the whole group (`ketiganya warga Desa X`,
    `pasangan suami istri warga Dusun Y`) is every listed person's (gold/incidents/README.md: a `warga X` said of a
    group of named people gives each of them residence X); a pair so called is husband and wife in their order."""
    spans = sorted(((s, e, c) for c in cands for s, e in c.spans), key=lambda x: x[:2])  # two people may share a span
    _home_after_group(spans, text)
    _home_before_list(spans, text)


@cache
def _group_home() -> re.Pattern:
    return compiled(_GROUP_HOME.replace("{collective}", trie_alternation(words("collective"))), re.IGNORECASE)


def _home_after_group(spans: list[tuple[int, int, Cand]], text: str) -> None:
    group = _group_home()
    for k, (s, e, c) in enumerate(spans):
        gm = group.match(text, e)
        if gm is None:
            continue
        listed = [c]
        for s0, e0, c0 in reversed(spans[:k]):
            if not _LIST_GAP.fullmatch(text, e0, s):
                break
            listed.insert(0, c0)
            s = s0
        rm = residence_regex().match(text[gm.end():gm.end() + 160])
        home = rm.group("r").strip(" ,/") if rm else None  # not c's residence said elsewhere (`keduanya pengangguran`)
        for x in listed if len(listed) > 1 else []:
            x.residence = x.residence or home
        if len(listed) == 2 and "suami" in gm.group(0).lower():
            listed[0].sex, listed[1].sex = listed[0].sex or "L", listed[1].sex or "P"


def _home_before_list(spans: list[tuple[int, int, Cand]], text: str) -> None:
    """`Dua warga Desa X, A (50) dan B (48)`: a residence said before the first name of a list."""
    for k, (s, e, c) in enumerate(spans):
        if c.residence is None or not residence_before_regex().search(text, max(0, s - 100), s):
            continue
        for s1, e1, c1 in spans[k + 1:]:
            if not _LIST_GAP.fullmatch(text, e, s1):
                break
            c1.residence, e = c1.residence or c.residence, e1


def _pronoun_harm(text: str, sents: list[tuple[int, int]], s1: int) -> str | None:
    """The harm the sentence that starts at or after `s1` says of `Ia` / `Dia` at its start, or None."""
    k = next((i for i, (a, _b) in enumerate(sents) if a >= s1), None)
    if k is None:
        return None
    pm = name_context(_PRONOUN_HARM, 0).match(text, sents[k][0], sents[k][1])
    if pm and _later_death().match(text, pm.end(), sents[k][1]):
        return "tewas"  # `Ia mengalami luka bacok di kepala dan meninggal di lokasi`: the worst the clause says
    hm = harm_at(text, pm.end()) if pm else None
    return words("harm")[hm.group(0).lower()] if hm else None


@cache
def _later_death() -> re.Pattern:
    """`mengalami luka bacok di kepala dan meninggal`, `sempat dilarikan ke RSUD namun meninggal dunia`: a death
    the subject's clause goes on to (after `dan`, `namun`, `hingga` ...), no other sentence nor quote between, nor a
    word of contrast that sets another subject against it (`luka ringan, sementara sopir truk ... meninggal`)."""
    return name_context(rf"(?:(?!{CONTRAST.pattern})[^.!?;:\"“”]){{0,80}}?"
                        r"\b(?:dan|lalu|namun|tetapi|tapi|hingga|sebelum)\s+(?:{before_death}\s+)*(?:{death})(?![\w-])")


def add_victim(c: Cand, out: People, replacing: Victim | None = None) -> Victim:
    """The victim `c` names, added to `out` (in the place of `replacing`, an entry already there, when given)."""
    status = best_of(c.harms, _harm_rank())
    vic = Victim(name=c.name, age=c.age, sex=c.sex, residence=c.residence, status=status)
    if replacing is None:
        out.victims.append(vic)
    else:
        out.victims[out.victims.index(replacing)] = vic
    for s, e in c.spans[:1]:
        out.spans.append(("VICTIM", s, e, vic))
    if c.initials:
        out.persons.append(Person(name=c.name, role="korban", age=c.age))
    return vic


def counted_victims_named(out: People, cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`tiga korban telah melapor. A (34) menyerahkan Rp 150 juta, B (29) Rp 125 juta, dan C (31) ...`, `lima korban
    ... Dua di antaranya, A (44) ... dan B (29)`: victims the text counts without a name, and people it names with an
    age (or by initials after `berinisial`) of whom no cue says anything (`free_named`: no role, status, harm, cue of
    either side, person's role, officer, speaker, witness's word before), first named where its sentence or the one
    before speaks of `korban` (`_korban_near`): the counted are those people, first named first, when they are no more
    than the unnamed victims; one right after a word that describes it (`_described_before`) counts, but fills none.
    Each keeps the unnamed one's harm where none of its own is read (s24sv; the victims' side of `counted_by_initials`,
    which has taken its own first)."""
    unnamed = [v for v in out.victims if v.name is None]
    if not unnamed:
        return
    taken = {x.name for x in (*out.suspects, *out.victims) if x.name}
    near = [c for c in cands if c.name not in taken and free_named(c, text) and _korban_near(c, text, sents)]
    free = sorted((c for c in near if not _described_before(c, text)), key=lambda c: c.spans[0][0])
    if not free or len(near) > len(unnamed):  # the described count too: more people than places names none
        return
    for c, old in zip(free, unnamed, strict=False):
        new = add_victim(c, out, replacing=old)
        new.status, new.sex = new.status or old.status, new.sex or old.sex


def _korban_near(c: Cand, text: str, sents: list[tuple[int, int]]) -> bool:
    """`korban` in the sentence of the first mention, before it, or in the sentence before that: the name is one of
    the victims the text just spoke of (not a driver, a supplier or a witness named elsewhere)."""
    s = c.spans[0][0]
    k = next((i for i, (s0, s1) in enumerate(sents) if s0 <= s < s1), None)
    start = max(0, s - 200) if k is None else sents[max(0, k - 1)][0]
    said = [m.end() for m in _KORBAN_WORD.finditer(text, start, s)]
    return bool(said) and not _ACT_HEADING.search(text, said[-1], s)


_KORBAN_WORD = re.compile(r"(?<![\w-])korban(?![\w-])", re.IGNORECASE)
# `Dua korban melaporkan:` a heading of what the victims did (an active verb and a colon): its list is of others
_ACT_HEADING = re.compile(r"(?<![\w-])me[a-z]{3,}\s*:", re.IGNORECASE)


def _described_before(c: Cand, text: str) -> bool:
    """A mention right after a plain lowercase word, no comma between (`truk yang dikemudikan X (34)`: a passive verb's
    agent, the one who did it; `warga sekitar X (50) yang melihat`: a noun of a part the tables do not know), other
    than a word that joins or opens a list of names (`dan`, `yakni`); or right after a kin noun of someone set off by a
    comma (`Istrinya, X (40), mengaku tidak tahu`: a relative, whom a cue of harm would have to name a victim,
    `kin_named`), after a description of a post or a person opening the sentence (`_headed_by_description`) or before
    an apposition of a relation (`_relation_after`): no counted victim. A counted victim named opens its sentence or
    stands in a list set off by commas."""
    for s, e in c.spans:
        wm = _PLAIN_WORD_BEFORE.search(text, max(0, s - 25), s)
        if wm and wm.group(1).lower() not in (*_OBJECT_OPENERS, *_LIST_JOINERS) or _kin_apposed().search(text, max(0, s - 30), s) \
                or _headed_by_description(text, s) or _relation_after().match(text, e):
            return True
    return False


_PLAIN_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*)\s+$")
_LIST_JOINERS = ("dan", "serta")


def _headed_by_description(text: str, s: int) -> bool:
    """The name at `s` set off by a comma after a short description that opens its sentence and starts with a word of a
    person's post, trade or relation (`Pemilik rumah, X (51)`, `Ketua RT setempat, X`, `Tetangga, X`: the one it
    describes, not one of a count; review of s24sv). Not a count's part (`Keduanya, X`) nor an adverbial (`Di rumah
    sakit, X`): their first words are none of those."""
    hm = _SENTENCE_HEAD.search(text, max(0, s - 50), s)
    return bool(hm) and (hm.group("head") in role_words() or hm.group("head").lower() in _person_heads())


# a sentence's first word (a capital) and up to three more, then a comma
_SENTENCE_HEAD = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?P<head>[A-Z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,3}\s*,\s*$", re.MULTILINE)


@cache
def _person_heads() -> frozenset[str]:
    """The nouns of a person's trade or state (`pemilik`, `pengemudi`) and relation (`tetangga`, `ayah`)."""
    return frozenset(words("person_noun")) | frozenset(words("relation"))


@cache
def _relation_after() -> re.Pattern:
    """`X (55), ayah salah satu korban`, `X, istrinya`: an apposition after the name (and its age) of a relation noun of
    a party (`korban`, `pelaku`, `tersangka`, up to two words between) or of one just spoken of (`-nya`): a relative,
    counsel or neighbour, not one of the counted (review of s24sv; `A (20), anak seorang petani` is not)."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?\s*,\s*(?:{trie_alternation(words('relation'))})"
                      r"(?:nya|(?:\s+[\w-]+){0,2}?\s+(?:korban|pelaku|tersangka))(?![\w-])", re.IGNORECASE)


def others_counted(out: People, text: str, casualties: Casualties) -> None:
    """`X (27) mengalami luka berat, sedangkan dua orang lainnya luka ringan`: a toll of the others (`lainnya`) leaves
    out the named victims of its kind said before it, so they are added to it (gold/incidents/README.md: injured sums
    luka berat and luka ringan). Read only in a text that writes `lain`."""
    for kind, n, at, harm in _others_tolls(text):
        if getattr(casualties, kind) != n:
            continue
        before = [v for v in out.victims if v.name and v.status and (v.status == harm or kind == "injured"
                  and v.status.startswith("luka")) and any(s < at for k, s, _e, x in out.spans if x is v)]
        setattr(casualties, kind, int(n) + len(before))
        return


def other_victims_counted(out: People, text: str) -> None:
    """`Salah satu korban, X (29), ... mengalami luka lecet. Tiga korban lainnya ... kehilangan ponsel tanpa terluka`:
    victims counted apart from the named ones (`<count> korban lainnya`, up to five) are unnamed victims when their
    clause says a loss or that they came through unhurt (a harm after a negator is none: `tanpa terluka`); the dead
    and the injured are a toll's (`unnamed_victims`); not in a sentence of another time (s19cas). A clause that says
    no harm (`Tiga korban lainnya masih di bawah umur`, `lima korban lainnya akan diperiksa`) still counts them, of no
    state (gold/incidents/README.md Settled s24 rule 1: a written count of the unnamed gives entries; s26sv)."""
    if not out.victims or _LAIN.search(text) is None:
        return
    for m in _korban_others().finditer(text):
        n = parse_number(m.group("n"))
        if n is None or n != int(n) or not 0 < n <= MAX_UNNAMED or toll_in_background(text, m.start()):
            continue
        stop = _CLAUSE_END.search(text, m.end())
        harm = _others_harm(text[m.end():stop.start() if stop else len(text)])
        if harm in _UNHARMED or harm is None and not _toll_victims(out):  # a toll's are the toll readers'
            out.victims += [Victim(status=harm) for _ in range(int(n))]
        return


_UNHARMED = ("dirugikan", "selamat")  # the states of victims no toll counts


def _toll_victims(out: People) -> bool:
    """Unnamed victims of a state a toll gave (`unnamed_victims`: `Dua korban lainnya belum ditemukan`, missing 2):
    the others counted apart with no harm said are those already (review s26rvD: they were counted twice)."""
    return any(v.name is None and v.status for v in out.victims)


_CLAUSE_END = re.compile(r"[.;!?]")


def _others_harm(clause: str) -> str | None:
    """The harm of victims counted apart said in their clause: money they paid said first (`paid` rows and an amount:
    `Tiga korban lain menyerahkan total Rp 145 juta`, s26r13) or a loss (`loss_said` rows: `kehilangan ponsel`), else a
    harm word, neither after a negator (`tanpa terluka`, `tidak terluka`, `tidak kehilangan apa pun` say none; s19rvD:
    a denied loss made three victims `dirugikan`), else `_DENIED` when one was said after a negator (no victims), else
    None (nothing said of their harm)."""
    if _paid_in().match(clause):
        return "dirugikan"
    said = [(m, "dirugikan") for m in word_regex("loss_said").finditer(clause)] \
        + [(m, words("harm")[m.group(0).lower()]) for m in word_regex("harm").finditer(clause)]
    harms = [harm for m, harm in said if not _negated_at(clause, m.start())]
    return harms[0] if harms else _DENIED if said else None


_DENIED = "-"  # a harm or loss the clause of victims counted apart denies (`tidak kehilangan apa pun`)


@cache
def _paid_in() -> re.Pattern:
    """Money paid said first in the clause of victims counted apart (`paid` rows and an amount)."""
    return compiled(rf"\s*,?\s*(?:{trie_alternation(words('paid'))})(?![\w-])[^.;:\"“”]{{0,40}}?{AMOUNT}", re.IGNORECASE)


def _negated_at(clause: str, at: int) -> bool:
    """A negator right before `at` in `clause` (`tidak kehilangan`, `tanpa terluka`)."""
    return name_context(r"(?<![\w-])(?:{negator})\s+$").search(clause, 0, at) is not None


@cache
def _korban_others() -> re.Pattern:
    """`Tiga korban lainnya`, `dua orang korban lain`: victims counted apart from those named."""
    return re.compile(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:orang\s+)?korban\s+(?:lainnya|lain)(?![\w-])", re.IGNORECASE)


def _others_counts(text: str) -> set[tuple[str, int]]:
    """(kind, count) of each toll of the others (`lima warga lainnya luka-luka`: ("injured", 5))."""
    return {(kind, int(n)) for kind, n, _at, _harm in _others_tolls(text) if n and n == int(n)}


@lru_cache(maxsize=2)  # asked twice per article (others_counted, unnamed_victims)
def _others_tolls(text: str) -> tuple[tuple[str, float, int, str], ...]:
    """(kind, count, where, harm) of each toll of the others outside an earlier case, of the dead or the injured;
    read only in a text that writes `lain`."""
    if _LAIN.search(text) is None:
        return ()
    out = []
    for m in count_matches(_others_toll(), text):
        n, harm = parse_number(m.group("n")), words("harm")[m.group("h").lower()]
        kind = "dead" if harm == "tewas" else "injured" if harm.startswith("luka") else None
        if kind and n is not None and not in_background(text, m.start()):
            out.append((kind, n, m.start(), harm))
    return tuple(out)


_LAIN = re.compile("lain", re.IGNORECASE)  # the word every toll of the others writes (`lainnya`, `lain`)


@cache
def _others_toll() -> re.Pattern:
    nouns = trie_alternation(words("person_noun").keys() | words("victim_noun").keys())
    return re.compile(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:(?:{nouns})\s+)?(?:lainnya|lain)\s+"
                      rf"(?:(?:mengalami|menderita)\s+)?(?P<h>{trie_alternation(words('harm'))})(?![\w-])", re.IGNORECASE)




def unnamed_victims(out: People, text: str, casualties: Casualties) -> None:
    """Counted, unnamed victims (up to five of a kind: `dua orang tewas dan tujuh luka-luka` gives the two
    dead, the seven injured are too many): the casualties the named victims do not account for (`lima
    polisi terluka, termasuk Kompol X`: X and four unnamed), or `seorang korban`."""
    dead, injured = casualties.dead or 0, casualties.injured or 0
    _counted_harm(out.victims, dead, injured)
    others = _others_counts(text)
    over = (dead > MAX_UNNAMED, injured > MAX_UNNAMED)
    if dead + injured > 0:
        named = [v.status for v in out.victims]
        dead = max(0, dead - sum(1 for st in named if st == "tewas"))  # a named dead no toll counts is no unknown's
        injured = max(0, injured - sum(1 for st in named if st and st.startswith("luka")))
        unknown = sum(1 for st in named if st is None)  # a named victim whose harm is not said: one of them
        dead, unknown = max(0, dead - unknown), max(0, unknown - dead)
        injured = max(0, injured - unknown)
        # a toll over the cap gives no entries, unless the unnamed are counted apart (`melukai tujuh orang ... Bripda A
        # dan Bripda B ... Lima warga lainnya luka-luka`: five entries)
        dead = dead if not over[0] or (dead <= MAX_UNNAMED and ("dead", dead) in others) else 0
        injured = injured if not over[1] or (injured <= MAX_UNNAMED and ("injured", injured) in others) else 0
        n, harm, (sex, age) = _harmed_subjects(text)  # `Seorang pria tewas dibacok`: the noun of the counted
        same = (n == dead and harm == "tewas" and not injured) or (n == injured and harm == "luka" and not dead)
        sex, age = (sex, age if n == 1 else None) if same else _NOBODY
        out.victims += [Victim(status="tewas", sex=sex, age=age) for _ in range(max(0, dead))]
        out.victims += [Victim(status=st, sex=sex, age=age) for st in _toll_severities(text, out.victims, max(0, injured))]
    elif not out.victims:
        vc = [(n, at) for n, at in people_counts(text, r"korban(?![\w-])") if not toll_in_background(text, at)]
        hc = _harmed_counts(text) or _counted_after_korban(text)
        n, harm, who = (vc[0][0], None, _NOBODY) if vc else (hc[0][0], hc[0][3], hc[0][2]) if hc else _harmed_subjects(text)
        if n == 0 and (kin := _kin_object(text)) is not None:
            n, harm, who = 1, kin[0] or None, kin[1]  # `mencabuli anak kandungnya sendiri`: one victim, unnamed
        if n == 0 and (lone := _lone_korban_harm(text)):
            n, harm = 1, lone  # `Korban meninggal dunia setelah ...`: one victim, not counted
        if n == 0 and out.suspects and _one_unnamed_victim(text):
            n = 1  # `korban` again and again, never named nor counted: one person
        if n == 1 and not harm:
            harm = _lone_korban_harm(text)  # `... menganiaya cucunya. Korban mengalami luka lebam.`
        sex, age = who if n == 1 else (who[0], None)  # an age describes one person, a noun's sex all of them
        if harm == "hilang" and casualties.missing:
            n = min(n, casualties.missing)  # `Tiga nelayan hilang. Dua di antaranya ditemukan selamat`: one left (s29cas)
        if 0 < n <= MAX_UNNAMED and not casualties.dead and not casualties.injured and not _found_since(harm, casualties):
            if harm is None and casualties.injured == 0:  # not `Tidak ada korban jiwa`: no death says nothing of injury
                harm = "selamat"  # `Kedua karyawan diikat ..., namun tidak ada yang terluka`: they came through unhurt
            out.victims += [Victim(status=harm, sex=sex, age=age) for _ in range(n)]
    _missing_victims(out, casualties)


_NOBODY = (None, None)  # (sex, age) of counted people a noun does not describe


def _found_since(harm: str | None, casualties: Casualties) -> bool:
    """The counted are the missing whom the toll says all found (missing 0: `Tiga nelayan hilang. Ketiganya ditemukan
    selamat`; gold/incidents/README.md, Settled s20 rule 1): no `hilang` victims of them (s28rvE)."""
    return harm == "hilang" and casualties.missing == 0


def _toll_severities(text: str, victims: list[Victim], injured: int) -> list[str]:
    """The status of each of `injured` unnamed victims: the severity the tolls state (`dua orang luka berat dan
    seorang luka ringan`), less the named victims of that severity; `luka` for those no toll gives one. A count
    of suspects (`satu orang pelaku luka ringan`: a `role` word of `incident_words.tsv`) states no victim's."""
    stated: list[str] = []
    for m in _severity_count().finditer(text):
        n = parse_number(m.group("n"))
        suspects = not words("role").keys().isdisjoint(m.group("noun").lower().replace(",", " ").split())  # `satu orang pelaku luka`
        if n and n == int(n) and n <= MAX_UNNAMED and not suspects and not toll_in_background(text, m.start()):
            stated += [f"luka {m.group('s').lower()}"] * int(n)
    for v in victims:
        if v.status in stated:
            stated.remove(v.status)
    return (stated + ["luka"] * injured)[:injured]


@cache
def _severity_count() -> re.Pattern:
    """`dua orang luka berat`, `seorang pengendara mengalami luka ringan`: a count of the injured of one severity."""
    # the harm may be said in a `yang` clause set off by a comma (`Tiga warga lainnya, yang menderita luka ringan`; s29r16)
    return re.compile(rf"(?<![\w.,-])(?P<n>{number_pattern()})\s+(?:orang\s+)?(?P<noun>(?:(?-i:[a-z]+)(?:\s+|\s*,\s*(?=yang\s))){{0,2}}?)"
                      rf"{PEOPLE_AT_PLACE}?(?:yang\s+)?(?:(?:mengalami|menderita)\s+)?luka\s+(?P<s>berat|ringan)(?![\w-])", re.IGNORECASE)


def _missing_victims(out: People, casualties: Casualties) -> None:
    """`satu lainnya masih dicari`: the counted missing (up to five) the named missing do not account for are
    victims with status `hilang` (gold/incidents/README.md: a counted child `belum ditemukan`)."""
    missing = casualties.missing or 0
    if 0 < missing <= MAX_UNNAMED:
        missing -= sum(1 for v in out.victims if v.status == "hilang")
        out.victims += [Victim(status="hilang") for _ in range(max(0, missing))]


def _counted_harm(victims: list[Victim], dead: int, injured: int) -> None:
    """`A (19) dan B (20) menjadi korban pembacokan. Keduanya mengalami luka`: when every victim is named
    and none has a harm said, and the one kind of casualty counted is as many as they are, that harm is
    theirs."""
    if not victims or any(v.status is not None or v.name is None for v in victims):
        return
    harm = "tewas" if dead == len(victims) and not injured else "luka" if injured == len(victims) and not dead else None
    for v in victims:
        v.status = harm


def _plural_victims(text: str) -> bool:
    """`para korban`, `korban lainnya`, `dua di antaranya kritis`: victims spoken of as many. The count (a
    number before `di antaranya`, tried at every position) is sought only in a text that writes `antaranya`."""
    return _many_korban(text) \
        or _ANTARANYA.search(text) is not None and _counted_among().search(text) is not None


def _many_korban(text: str) -> bool:
    """`para korban`, `korban-korban`, `korban lainnya`: read only at the text's `korban`s (every such phrase holds
    one): the words after it from it, the word before it (a `plural_victims` row, a whole word: the rows are single
    words) from that word's start, its spaces skipped. The same phrases as one pattern tried at every position."""
    before, after = _korban_phrases()
    for m in _KORBAN.finditer(text):
        at = m.start()
        if after.match(text, at):
            return True
        end = at
        while end and text[end - 1].isspace():
            end -= 1
        start = end
        while start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if start < end < at and before.match(text, start):
            return True
    return False


@cache
def _korban_phrases() -> tuple[re.Pattern, re.Pattern]:
    """The words before `korban` that make victims many (`para korban`), and those after it (`korban lainnya`)."""
    return (name_context(r"\b{plural_victims}\s+korban\b"),
            name_context(r"\bkorban[\s-]+(?:korban|lainnya|lain)\b"))


@cache
def _counted_among() -> re.Pattern:
    return name_context(rf"(?<![\w-])(?:{number_pattern()})\s+(?:orang\s+)?di\s*antaranya\b")


_KORBAN = re.compile(r"korban\b", re.IGNORECASE)
_ANTARANYA = re.compile("antaranya", re.IGNORECASE)
UNNAMED_VICTIM_MENTIONS = 3


def _one_unnamed_victim(text: str) -> bool:
    """An article that speaks of `korban` at least UNNAMED_VICTIM_MENTIONS times, always in the singular
    (no `para korban`, `korban lainnya`, no count) and never with a name after it, means one victim it
    does not name (a minor, a victim of a sexual crime)."""
    said = re.findall(r"\b[Kk]orban\b(?!\s*(?:,\s*)?(?:berinisial|bernama|yakni|yaitu|(?-i:[A-Z])))", text)
    return len(said) >= UNNAMED_VICTIM_MENTIONS and not _plural_victims(text)


def _harmed_counts(text: str) -> list[tuple[int, int, tuple[str | None, int | None], str | None]]:
    """`memperkosa seorang gadis berusia 14 tahun`, `menganiaya dua warga`, `penganiayaan terhadap seorang
    nenek`: the counted object of a verb or an act of harm to a person (not of taking a thing: `mencuri dua
    sepeda motor`), with where it is, the (sex, age) its noun and an age after it give, and the verb's harm
    (`menipu tiga orang warga`: dirugikan)."""
    verbs, acts = _harm_words()
    return _people_counted(_harmed_count(), word_heads(verbs + acts), text)


def _counted_after_korban(text: str) -> list[tuple[int, int, tuple[str | None, int | None], str | None]]:
    """`kasus perdagangan orang dengan korban lima perempuan`, `Korbannya sebanyak tiga santri`: a count of people right
    after `korban` (not in a sentence of another time: `Sepanjang 2025 ... dengan korban 58 orang`), as `_harmed_counts`
    gives them, the harm not said (s19cas)."""
    return _people_counted(_korban_count(), compiled("korban"), text)


def _people_counted(pattern: re.Pattern, head: re.Pattern,
                    text: str) -> list[tuple[int, int, tuple[str | None, int | None], str | None]]:
    """The counts of people `pattern` reads (its groups `n`, `noun` and an age; `v`, a verb of harm, if it has one),
    not in a sentence of another time (`toll_in_background`): (count, where, the (sex, age) of `_described`, the verb's
    harm or None). `pattern` is tried only where `head` (its first words in lower case) starts (`headed_matches`)."""
    out = []
    for m in headed_matches(pattern, text, head):
        v = parse_number(m.group("n"))
        if v is not None and v == int(v) and 0 < v < 1000 and not toll_in_background(text, m.start()):
            verb = m.groupdict().get("v")
            harm = words("harm_act")[verb.lower()].strip("-") or None if verb else None
            if verb and harm is None:
                harm = result_harm(text, m.end()) or harm  # `menikam seorang pemuda hingga terluka` (s29cas)
            out.append((int(v), m.start(), _described(m, v), harm))
    return out


@cache
def _korban_count() -> re.Pattern:
    nouns = trie_alternation(words("person_noun").keys() | words("victim_noun").keys())
    return re.compile(rf"(?<![\w-])korban(?:nya)?\s+(?:(?:{phrase_words('toll_link', 'victim_count')})\s+)?(?P<n>{number_pattern()})\s+"
                      rf"(?:orang\s+)?(?P<noun>{nouns})(?![\w-]){_DESCRIBED_AGE}", re.IGNORECASE)


@cache
def _harm_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs of harm whose counted object is a person (the noun makes it one) and the acts of harm (`penganiayaan
    terhadap`) that `_harmed_count` starts with."""
    return (tuple(w for w, v in words("harm_act").items() if v != "object"),
            tuple(w for w, v in words("harm_noun").items() if v != "dirugikan"))


@cache
def _harmed_count() -> re.Pattern:
    verbs, acts = map(trie_alternation, _harm_words())
    return re.compile(rf"(?<![\w-])(?:(?P<v>{verbs})|(?:{acts})\s+terhadap)\s+(?P<n>{number_pattern()})\s+(?:orang\s+)?"
                      rf"(?P<noun>{arrested_nouns()}|{victim_nouns()})(?![\w-]){_DESCRIBED_AGE}", re.IGNORECASE)


# `Bunga (bukan nama sebenarnya), 15 tahun,`: a pseudonym the article gives a victim (a minor, a victim of a sexual crime)
_PSEUDONYM = re.compile(rf"(?<![\w.])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*\((?:{phrase_words('pseudonym')})\)"
                        r"(?:\s*,\s*(?P<age>\d{1,2})\s*(?:tahun)?\b)?")
# the bracketed pseudonym words `_PSEUDONYM` holds, found where `(` stands: a text without them holds no match of it, so
# it is searched only where they are (`_PSEUDONYM` starts with a lookbehind, tried at every position; s22spd4)
_PSEUDONYM_BRACKET = re.compile(rf"\((?:{phrase_words('pseudonym')})\)")


@cache
def _marked_before() -> re.Pattern:
    """A pseudonym marked before the name (`pseudonym_mark` rows of name_context: `sebut saja Melati (14)`; s17cas), the
    name's words to the last capitalised one (`Bunga Melati (15)` is one name; s17fx3) and its age in brackets if any."""
    return name_context(r"(?<![\w-])(?i:{pseudonym_mark})\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-]|\s+[A-Z])"
                        r"(?:\s*\((?P<age>\d{1,2})\))?", 0)


@cache
def _mark_words() -> frozenset[str]:
    """The last word of each `pseudonym_mark` row (`saja` of `sebut saja`): a text without any names no pseudonym so
    (a pre-check drawn from the rows, never a word of its own)."""
    return frozenset(row.split()[-1] for row in parted_word_list("name_context", ("pseudonym_mark",)))


@cache
def _one_person_before() -> re.Pattern:
    """`Seorang gadis berusia 16 tahun, `: one person set out in the clause before a pseudonym's mark (a count of one and
    a noun of a person, `victim_noun`/`person_noun` rows), as `sebut saja` means it; after a noun of things or many
    (`Sejumlah lembaga menjadi korban, sebut saja Koperasi X`) it means "for example" (s17fx3)."""
    return re.compile(rf"(?<![\w-]){one_person()}(?![\w-])[^.;:!?,]*,\s*$", re.IGNORECASE)


@cache
def one_person() -> str:
    """A count of one and a noun of a person (`seorang gadis`: `victim_noun`/`person_noun` rows), as a group."""
    nouns = trie_alternation(tuple(words("victim_noun").keys() | words("person_noun").keys()))
    return rf"(?:{count_of_one()}\s+(?:{nouns}))"


@cache
def count_of_one() -> str:
    """A count of one (`seorang`, `sebuah`: the `one` number words), as a group."""
    return rf"(?:{trie_alternation(tuple(w for w, (v, k) in number_words().items() if v == 1 and k == 'one'))})"


def _pseudonym_marks(text: str) -> Iterable[tuple[str, int, str | None]]:
    """Each pseudonym the article marks: its name, the name's end, its age."""
    if _PSEUDONYM_BRACKET.search(text) is not None:  # each match holds one: none, no match (s22spd4)
        for m in _PSEUDONYM.finditer(text):
            yield m.group("name"), m.end("name"), m.group("age")
    # a person's name by an age after it or one person set out before it; tried only where a mark's first word starts
    # (in any case, as the mark is read; s22spd4)
    heads = word_heads(parted_word_list("name_context", ("pseudonym_mark",)))
    for m in headed_matches(_marked_before(), text, heads):
        if m.group("age") or _one_person_before().search(text, max(0, m.start() - 80), m.start()):
            yield m.group("name"), m.end("name"), m.group("age")


def pseudonym_people(text: str) -> list[Cand]:
    """The people named by a pseudonym the article marks as such (`Bunga (bukan nama sebenarnya), 15 tahun`), with
    the age after it; the name reader takes a flower's name for a word."""
    out: dict[str, Cand] = {}
    low = text.lower()  # the marks' patterns ignore case (`SEBUT SAJA X`): so does the pre-check
    if "nama" not in low and not any(w in low for w in _mark_words()):  # every mark of a pseudonym writes one
        return []
    for raw, end, age in _pseudonym_marks(text):
        name = name_core(raw)  # `Pelapor Mawar (bukan nama sebenarnya)`: the role word is no part of it
        c = out.setdefault(name, Cand(name=name, initials=True, pseudonym=True))
        c.spans.append((end - len(name), end))
        c.age = c.age or (int(age) if age else None)
    return list(out.values())


# --- the phrasings of a victim at a name (beyond a victim word right before it) --------------------------

# an apposition between commas after a name (`X (48), pedagang sayur, dirampok`): no clause of its own; a job and a
# home may stand as two (`X (40), pedagang, warga Desa Y, kehilangan ...`; s20sv)
_APPOSED = r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?(?:\s*\((?:" + phrase_words("pseudonym") + r")\))?\s*,\s*(?:(?![^,.;:\"“”()]*\b(?:yang|me\w{3,}|di\w{4,})\b)[^,.;:\"“”()]{1,60}?\s*,\s*){0,2}"
# right after a name: that apposition, or an age in brackets and a space (`X, pedagang, menyetor`, `X (26) menyetor`)
AFTER_NAME = rf"(?:{_APPOSED}|(?:\s*\(\d{{1,3}}\))?\s+)"
# and the words a harm may follow there (`name_context` rows of part `before_harm`: `sudah`, `mengalami`)
_AFTER_NAME_HARM = AFTER_NAME + r"(?:{before_harm}\s+)*"


@cache
def _passive_harm_after() -> re.Pattern:
    """`X (9), dianiaya`, `X (48), pedagang sayur, dirampok`: a passive verb of harm after an apposition."""
    return re.compile(rf"(?:{_APPOSED}|(?:\s*\(\d{{1,3}}\))?\s+mengaku\s+){adverbs('also', 'pun', 'once', 'done')}*"
                      rf"(?P<v>{trie_alternation(words('harm_by'))})(?![\w-])", re.IGNORECASE)  # `X (24) mengaku dianiaya`


def harm_right_after(text: str, e: int) -> str | None:
    """The harm said right after the name ending at `e` (`X (10) tewas terbakar`, `X (10) dianiaya`; after the comma
    that closes a list set in apposition, `Dua karyawan toko, A (22) dan B (25), disekap`; a verb of suffering before
    it, `harm_lead` rows: `..., A (28) dan B (26), mengalami luka berat`, s18cas), or None."""
    m = _harm_right_after().match(text, e)
    return None if m is None else words("harm")[m.group("h").lower()] if m.group("h") \
        else words("harm_by")[m.group("v").lower()].strip("-")


# `A (24) dan B (33), asal Kabupaten X, ditemukan meninggal`: a home set off by commas between the name and its harm (s25sv)
_HOME_SET_OFF = r"(?:\s*,\s*(?:asal|warga)\s+[^,.;:()\"]{3,60}?(?=\s*,))?"


@cache
def _harm_right_after() -> re.Pattern:
    return name_context(rf"(?:\s*\(\d{{1,3}}(?:\s*tahun)?\))?{_HOME_SET_OFF}\s*,?\s+{adverbs('also', 'pun', 'once', 'done')}*"
                        r"(?:{harm_lead}\s+)*"
                        rf"(?:(?P<h>{trie_alternation(words('harm'))})|(?P<v>{trie_alternation(words('harm_by'))}))(?![\w-])")


def wound_harms(cands: list[Cand], text: str) -> None:
    """A victim of no harm said whom a blow or a cut reached at a part of the body after a mention (`incident_harm.
    wounded_after`: `X yang terbangun dibacok di bagian kepala`) is hurt, `luka`; read after the lists share their
    harms (`incident_people._lists`), so that a wound stays the one person's (s19cas)."""
    for c in cands:
        if c.victim_cues and not c.suspect_cues and not c.harms \
                and any(wounded_after(text[e:e + 160]) for _, e in c.spans):
            c.harms.append("luka")


def care_harms(cands: list[Cand], text: str) -> None:
    """`Korban pembacokan, X (29), masih menjalani perawatan intensif`: care said right after the name (`care` rows) is
    the harm of a person already a victim by another cue and of no harm said (not of a player cared for after a match);
    money paid said right after the name (`paid` rows and an amount: `Salah satu korban, X (26), mengaku sudah menyetor
    Rp 80 juta`) the loss of such a victim of no harm at all (s18cas; not of anyone else: a bribe's giver pays too)."""
    for c in cands:
        if c.victim_cues and not c.suspect_cues and not set(c.harms) & casualty_harms():
            for _s, e in c.spans:
                if m := _care_after().match(text, e):
                    c.harms.append(words("care")[m.group("w").lower()])
                    break
                if not c.harms and (pm := _paid_after().match(text, e)) and paid_over(text, pm.end()):
                    c.harms.append("dirugikan")
                    break


@cache
def _paid_after() -> re.Pattern:
    return name_context(_AFTER_NAME_HARM
                        + rf"(?:{trie_alternation(words('paid'))})(?![\w-])[^.;:\"“”]{{0,40}}?{AMOUNT}")


def paid_over(text: str, at: int) -> bool:
    """Money paid to the suspect (`kepada pelaku`, `ke rekening tersangka`: a `paid_to` row and a role word after the
    amount at `at`) or in an article of a scheme (`scheme_word` rows: `penipuan`, `tebusan`), not any payment (`membayar
    Rp 2 juta kepada rumah sakit`: review of s18cas, finding 11)."""
    return _paid_to_role().match(text, at) is not None or word_regex("scheme_word").search(text) is not None


@cache
def _paid_to_role() -> re.Pattern:
    return compiled(rf"[^.;:\"“”]{{0,30}}?(?<![\w-])(?:{trie_alternation(words('paid_to'))})\s+"
                    rf"(?:[a-z]+\s+)?{word_regex('role').pattern}", re.IGNORECASE)


@cache
def _care_after() -> re.Pattern:
    return name_context(_AFTER_NAME_HARM
                        + rf"(?P<w>{trie_alternation(words('care'))})(?![\w-])")


@cache
def _loss_after() -> re.Pattern:
    """`X (60), mengalami kerugian Rp 50 juta`, `X merugi hingga Rp 2 juta`: a loss of money said of the person
    (`loss_said` rows; the amount is what makes it money, not a team's `kerugian` in a match)."""
    return re.compile(rf"{AFTER_NAME}{adverbs('also', 'pun', 'once', 'done')}*"
                      rf"(?:{trie_alternation(words('loss_said'))})(?![\w-])[^.;:\"“”]{{0,40}}?{AMOUNT}", re.IGNORECASE)


# an amount of money (`Rp 80 juta`, `5 juta`, `rupiah`)
AMOUNT = r"(?:\bRp\.?\s?\d|\d[\d.,]*\s*(?:ribu|juta|miliar|milyar)\b|\brupiah\b)"


def paid_right_after(text: str, e: int) -> bool:
    """Money paid said right after the name ending at `e` (`paid` rows and an amount), to the suspect or in an article
    of a scheme (`paid_over`)."""
    return bool((pm := _paid_after().match(text, e)) and paid_over(text, pm.end()))


@cache
def _among_victims() -> re.Pattern:
    """`X termasuk di antara korban tewas`, `X, juga termasuk dalam para korban`: the name counted among the victims."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?\s*,?\s*{adverbs('also', 'pun', 'once', 'done')}*(?:termasuk|ada)\s+"
                      rf"(?:di\s*antara|dalam|salah\s+satu(?:\s+dari)?)\s+(?:para\s+)?korban(?:\s+(?P<h>{word_regex('harm').pattern}))?",
                      re.IGNORECASE)


# `korbannya, X`, `korban mereka adalah X`: the victim of the people spoken of, named
_THEIR_VICTIM = r"korban(?:nya|\s+mereka)\s*,?\s*(?:(?:{identity}|bernama)\s+)?$"


@cache
def _their_victim() -> re.Pattern:
    """`Korbannya, X`, `korban mereka adalah X`: the victim of the suspects spoken of."""
    return name_context(rf"(?<![\w-]){_THEIR_VICTIM}")


@cache
def _harm_noun_before() -> re.Pattern:
    """`kasus pembunuhan X`, `penganiayaan X`: an act of harm to a person (a `harm_noun` of no loss) right
    before the name, no comma: the name is the one harmed."""
    acts = [w for w, v in words("harm_noun").items() if v != "dirugikan"]
    return re.compile(rf"(?<![\w-])(?<!percobaan )(?<!upaya )(?P<act>{trie_alternation(acts)})\s+{_NOUN_APPOSED}$", re.IGNORECASE)


@cache
def _role_right_before() -> re.Pattern:
    """A role word right before an act of harm and a name set apart by a comma (`Pelaku pembunuhan berencana, X`): the
    act is the role holder's crime, the name apposed its doer, not the one harmed; with no comma the name is the act's
    object (`menangkap pelaku pembunuhan X`: X was killed; s19cas)."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words('role'))})\s+$", re.IGNORECASE)


@cache
def _befell() -> re.Pattern:
    """`menimpa X`, `dialami oleh seorang pedagang, X`: what happened befell the name."""
    return re.compile(rf"(?<![\w-])(?:menimpa|dialami(?:\s+oleh)?)\s+(?:seorang\s+)?{_NOUN_APPOSED}$", re.IGNORECASE)


# `pembunuhan pengusaha kayu, X`: a noun phrase of up to three plain words set before the name with a comma (no verb,
# no preposition or relative word: not `penganiayaan yang dilakukan oleh X`)
_NOUN_APPOSED = (r"(?:(?:(?!(?:yang|oleh|dan|dengan|di|ke|pada|dari|terhadap)\b)(?!(?:di|me|ber|ter)\w{3,})"
                 r"(?-i:[a-z]+)\s+){0,2}(?!(?:yang|oleh|dan|dengan|di|ke|pada|dari)\b)(?-i:[a-z]+)\s*,\s*)?")


@cache
def _described_then_named() -> re.Pattern:
    """`Wartawan yang tewas itu bernama X`, `Pejabat yang terluka tersebut diketahui bernama X`, `Warga yang terluka
    adalah X`: a person the sentence describes by a harm, then names (`np`: the words of the description, from the
    sentence start)."""
    return name_context(r"^\W*(?P<np>[^.!?]{0,120}?)\s+(?:(?:itu|tersebut)\s+)?(?:(?:{named_as}\s+)?bernama|{identity})\s+$")


@cache
def _object_named_later() -> re.Pattern:
    """`memeras seorang saksi dalam kasus suap ..., yakni X`: the counted object of an act of harm (not one of
    everyday use) named after a qualifying phrase of up to 160 characters."""
    acts = trie_alternation(w for w, v in words("harm_act").items() if v != "object")
    return re.compile(rf"(?<![\w-])(?P<v>{acts})\s+(?:{number_pattern()})\s+[a-z-]+(?![\w-])"
                      rf"[^.;:\"“”]{{0,160}}?,?\s+(?:{'|'.join(_OBJECT_OPENERS)})\s*:?\s*" + _NAMED_ITEMS, re.IGNORECASE)


@cache
def _listed_after_count() -> re.Pattern:
    """`Tiga korban tewas dalam kebakaran yang disengaja itu, yakni X`: a list of victims opened far after
    `korban` (the near openers are `incident_harm.victim_list`)."""
    return name_context(r"(?<![\w-])korban\b(?P<mid>[^.;:\"“”]{0,90}?)(?:\b{opens_names}\s*:?|\s*:)\s*"
                        + _NOUN_APPOSED + "$")  # `merupakan pasangan suami istri, X`  # `Nama-nama korban tewas: A, B`


_LISTED = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*(?:\(\d{1,3}(?:\s*tahun)?\)|,?\s*\d{1,3}\s+tahun)?"
_PLAIN = r"(?:(?-i:[a-z]+(?:-[a-z]+)?)\s+)"
# the names a count of the harmed sets out after `yakni`: up to three plain words before the first (`pemilik rumah A`), each
# item after a comma, `dan` or `serta` led by up to two plain words and a possessed noun set out by a comma (`serta putra
# mereka D`, `dan anaknya, D`), an item followed by a description of up to three plain words (`A (48), pemilik rumah, dan
# B`; s19cas). Items set apart by a comma come before those joined by `dan` or `serta`: a list that `dan` closed takes
# no item after a bare comma (`yaitu A (20) dan B (22), dibantu rekannya C`: C is no third victim; s19rvD)
_ITEM_LEAD = rf"{_PLAIN}{{0,2}}?(?:(?-i:[a-z]+)nya\s*,\s*)?"
_ITEM = rf"{_LISTED}(?:\s*,\s*{_PLAIN}{{0,2}}(?-i:[a-z]+))?"
_NAMED_ITEMS = (rf"{_PLAIN}{{0,3}}?(?:{_ITEM}\s*,\s*{_ITEM_LEAD})*"
                rf"(?:{_ITEM}\s*(?:,\s*)?(?:dan|serta)\s+{_ITEM_LEAD})*$")


@cache
def _counted_then_named() -> re.Pattern:
    """`2 orang luka berat (A, 24 tahun dan B 45 tahun)`, `tiga orang lainnya berhasil menyelamatkan diri,
    yaitu A (58), B (29) dan C (70)`: the people a count of the harmed (or of those who came through,
    `escaped`) names right after it, in a parenthesis or a list; `h`: the harm, none when escaped."""
    return name_context(
        rf"(?<![\w.,])(?:{number_pattern()})\s+(?:orang|{trie_alternation(words('person_noun'))})(?:\s+(?:lainnya|lain))?"
        rf"\s+(?:[a-z]+\s+){{0,2}}?(?:(?P<h>{trie_alternation(words('harm'))})|{{escaped}})(?![\w-])"
        rf"\s*(?:\(|,\s*{{opens_names}}\s*:?)\s*(?:{_LISTED}\s*(?:,\s*(?:dan\s+)?|dan\s+))*$")


# `Senin (12/3)`, `(12/3/2017)`: a date in parentheses, which a toll's clause may hold before its list of names
_DATE_PAREN = r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"


@cache
def _toll_then_named() -> re.Pattern:
    """`Tiga orang tewas dalam kecelakaan itu, yakni pasangan suami istri A (45) dan B (40) serta C`: a count of the
    harmed whose clause goes on (up to 90 characters, a date in parentheses allowed) to a list of their names opened
    by `yakni` / `masing-masing` and up to three plain words (`pasangan suami istri`), items set apart by a comma,
    `dan` or `serta`, each also with up to two plain words (`istrinya C`, `serta putra mereka D`); `h`: the harm."""
    return name_context(
        rf"(?<![\w.,])(?:{number_pattern()})\s+(?:orang|{trie_alternation(words('person_noun'))})(?:\s+(?:lainnya|lain))?"
        rf"\s+(?:[a-z]+\s+){{0,2}}?(?P<h>{trie_alternation(words('harm'))})(?![\w-])(?P<mid>(?:[^.;:\"“”()]|{_DATE_PAREN}){{0,90}}?)"
        rf",?\s*{{opens_names}}\s*:?\s*(?:bernama\s+)?" + _NAMED_ITEMS)


def victim_phrasings(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A victim as the genre writes one at a name: a passive verb of harm after an apposition (`X (9),
    dianiaya`), a loss said of the name (`X, mengalami kerugian`), `korbannya, X`, an act of harm right
    before it (`kasus pembunuhan X`), a description by a harm then the name (`Wartawan yang tewas itu
    bernama X`), a list opened far after `korban`."""
    for c in cands:
        for s, e in c.spans:
            if (harm := _listed_under_heading(text, s)) is not None:
                c.victim_cues += 1
                if harm:  # `Para korban masing-masing:` says no harm (s19cas)
                    c.harms.append(harm)
                continue
            s0, s1 = sentence_of(sents, s)
            end = s1 or len(text)
            prev = text[s0:s] if s1 else text[max(0, s - 120):s]
            _victim_at(c, text, before_title(before_rank(prev) if c.officer else prev), e, end)


# `1. Pratu ` before the name: up to two ranks; a dash or a bullet marks an item too (`- X (19), perempuan, ...`; s19cas)
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.)]|[-\u2022*\u2013])\s*(?:[A-Z][\w.]*\s+){0,2}")
_ITEM_MARK = re.compile(r"(?:\d{1,2}\s*[.)]|[-\u2022*\u2013]\s)")
LIST_GAP = 8  # blank lines allowed between a heading and its first item, or between two items


def _listed_under_heading(text: str, s: int) -> str | None:
    """`Korban meninggal dunia\n 1. Pratu X\n 2. Y` / `Korban luka:\n\n1. Serda Z, ...`: a name that opens an
    item of a numbered list set out under a heading of victims by their harm; the heading's harm, or None. A heading
    of victims with no harm, ended by a colon (`Para korban masing-masing:`), gives "" (s19cas)."""
    start = text.rfind("\n", 0, s) + 1
    if not _LIST_ITEM.fullmatch(text, start, s):
        return None
    return _list_headings(text).get(start)


@lru_cache(maxsize=4)
def _list_headings(text: str) -> dict[int, str]:
    """Where each item line of a numbered list under a heading of victims starts -> the heading's harm:
    one scan of the text's lines (however long the list: its items do not use up a reach, only a gap
    of more than LIST_GAP blank lines, or any other line, ends it)."""
    out: dict[int, str] = {}
    harm, gap, pos = None, 0, 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        bare = line.strip()
        if not bare:
            gap += 1
            harm = harm if gap <= LIST_GAP else None
        elif _ITEM_MARK.match(bare):
            gap = 0
            if harm is not None:
                out[line_start] = harm
        else:
            hm = _victims_heading().fullmatch(bare)
            harm, gap = (words("harm")[hm.group("h").lower()] if hm else "" if _bare_heading().fullmatch(bare) else None), 0
    return out


@cache
def _bare_heading() -> re.Pattern:
    """`Para korban masing-masing:`, `Identitas korban:`: a heading of victims that says no harm, ended by a colon; the
    victims may be counted and qualified by a word (`Empat korban dewasa adalah:`, `Korban penipuan:`; s20sv), not by
    a verb, whose colon opens what the victims said or named (`Korban mengenali:`, `Dua korban melaporkan:`: the
    people listed after are those accused; s20rvE)."""
    return name_context(rf"(?:(?:para|identitas|{number_pattern()})\s+)?(?:{{victims_heading}})"
                        r"(?:\s+(?!(?:me|ber|di)\w{3,}\b)[a-z]+)?"
                        r"(?:\s+(?:{bare_heading}))?\s*:")


@cache
def _victims_heading() -> re.Pattern:
    return name_context(rf"(?:{{victims_heading}})\s+(?P<h>{trie_alternation(words('harm'))})(?:\s+[\w-]+){{0,3}}?\s*:?")


def _victim_at(c: Cand, text: str, prev: str, e: int, end: int) -> None:
    harm = _harm_after_name(text, e, end)
    if harm is None:
        harm = _harm_before_name(prev)
    if harm is None:
        return
    c.victim_cues += 1
    if harm:
        c.harms.append(harm)


def _harm_after_name(text: str, e: int, end: int) -> str | None:
    """The harm said after the name [.., e) (`""`: a victim, the harm not said), or None: no victim by it."""
    if pm := _passive_harm_after().match(text, e, end):
        return words("harm_by")[pm.group("v").lower()].strip("-")
    if _loss_after().match(text, e, end):
        return "dirugikan"
    if am := _among_victims().match(text, e, end):
        return words("harm")[am.group("h").lower()] if am.group("h") else ""
    if om := _own_case_reported().match(text, e, end):
        return words("harm_noun")[om.group("act").lower()].strip("-")
    if (tm := _own_thing_taken().match(text, e, end)) and not reported().search(tm.group(0)):
        return "dirugikan"
    if _lost_thing().match(text, e, end):
        return "dirugikan"
    return None


@cache
def _lost_thing() -> re.Pattern:
    """`X (50), pemilik toko, kehilangan perhiasan emas`: the person lost a thing (an item of the evidence table, not
    `kehilangan nyawa` nor `kehilangan pekerjaan`)."""
    things = trie_alternation(object_words() | words("thing_noun").keys())
    return re.compile(rf"{AFTER_NAME}(?:(?:{phrase_words('lost_thing', 'lead')})\s+)*kehilangan\s+"
                      rf"(?:(?:{phrase_words('lost_thing', 'count')})\s+)?(?:{things})(?![\w-])", re.IGNORECASE)


@cache
def _own_thing_taken() -> re.Pattern:
    """`X (30) melapor ke Polsek setelah sepeda motornya hilang dicuri`: a thing of the person's own (`-nya`) taken
    (`taken` rows) later in the clause: the person is robbed."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?[^.;:\"“”()]{{0,80}}?\b[a-z]+nya\s+(?:(?:yang|telah|sudah|hilang)\s+)*"
                      rf"(?:{trie_alternation(words('taken'))})(?![\w-])", re.IGNORECASE)


@cache
def _own_case_reported() -> re.Pattern:
    """`X (40), melaporkan penipuan jual beli mobil yang dialaminya`: the person reports an act of harm that
    befell them (`harm_noun` rows), a victim of it."""
    return re.compile(rf"{AFTER_NAME}(?:[a-z]+\s+){{0,2}}?(?:{phrase_words('own_case', 'report')})\s+(?:kasus\s+)?"
                      rf"(?:dugaan\s+)?(?P<act>{trie_alternation(words('harm_noun'))})(?![\w-])[^.;:\"“”]{{0,60}}?"
                      rf"\byang\s+(?:{phrase_words('own_case', 'befell')})\b", re.IGNORECASE)


def _harm_before_name(prev: str) -> str | None:
    """The harm the words before the name say of it (`""`: a victim, the harm not said), or None. Each pattern
    anchored at the name (`...$`) is searched only when the window ends as it must (`_WindowEnd`)."""
    role_rx, harm_rx = word_regex("role"), word_regex("harm")
    end = _WindowEnd(prev)
    if end.fits("their") and _their_victim().search(prev[-40:]) and not _relation_before_victim(prev):
        return ""
    if end.fits("befell") and _befell().search(prev[-60:]):
        return ""  # `Aksi begal itu menimpa X`, `Kejadian itu dialami X`
    if end.fits("noun") and (hn := _harm_noun_before().search(prev[-60:])) \
            and not ("," in hn.group(0) and _role_right_before().search(prev[-60:], 0, hn.start())):  # the doer apposed
        return words("harm_noun")[hn.group("act").lower()].strip("-")  # `kasus pembunuhan X`: X died
    if end.fits("described") and (dm := _described_then_named().search(prev)) and not role_rx.search(dm.group("np")) \
            and not _harm_acts().search(dm.group("np")) and (hm := _harm_of_head(dm.group("np"))):
        return words("harm")[hm.group(0).lower()]
    if (end.fits("object") or _item_end(prev) and _OBJECT_OPENER.search(prev, max(0, len(prev) - 240))) \
            and (om := _object_named_later().search(prev[-240:])):
        return words("harm_act")[om.group("v").lower()].strip("-")
    if end.fits("counted") and (cm := _counted_then_named().search(prev)):
        return words("harm")[cm.group("h").lower()] if cm.group("h") else "selamat"
    if (tm := _toll_then_named().search(prev)) and not role_rx.search(tm.group("mid")):
        return words("harm")[tm.group("h").lower()]
    if end.fits("listed") and (lm := _listed_after_count().search(prev)) and not role_rx.search(lm.group("mid")):
        hm = list(harm_rx.finditer(lm.group("mid")))
        return words("harm")[hm[-1].group(0).lower()] if hm else ""
    return None


def _item_end(prev: str) -> bool:
    """A window that ends with a plain word or a comma, spaces after it: an item of a list of names (`yakni pemilik
    rumah X`, `dan anaknya, Y`). Its last character read, as `(?:[a-z]+|,)\\s*$` matches (that search tried every
    position of the window: ~9 us a mention)."""
    end = prev.rstrip()[-1:]
    return end == "," or "a" <= end <= "z"


# the words that open the names of `_object_named_later`; a window must hold one for it to match
_OBJECT_OPENERS = ("yakni", "yaitu", "bernama", "adalah")
_OBJECT_OPENER = re.compile(rf"\b(?:{'|'.join(_OBJECT_OPENERS)})\b", re.IGNORECASE)


class _WindowEnd:
    """How the words before a name end, read once for the patterns anchored at the name: the window less its
    trailing space (`bare`), and less a colon after that and the space before it (`word`), in lower case. A pattern
    can match only if one of them ends with one of its ends (`_window_ends`); `re` tries such a pattern at every
    position of the window. A window holding a letter whose case `re` and `str` read differently fits every end."""

    def __init__(self, prev: str) -> None:
        bare = prev.rstrip()  # `re`'s \s and `str.isspace` are the same characters
        self.bare = bare.lower()
        self.word = bare[:-1].rstrip().lower() if bare.endswith(":") else self.bare
        self.odd = any(c in bare for c in ODD_CASE)

    def fits(self, kind: str) -> bool:
        ends = _window_ends()[kind]
        return self.odd or self.bare.endswith(ends) or self.word.endswith(ends)


@cache
def _window_ends() -> dict[str, tuple[str, ...]]:
    """The last words or marks the patterns of `_harm_before_name` end with before the name, by pattern (a phrase of
    the table by its last word: its words may stand apart by any space)."""
    def last(ws: Iterable[str]) -> tuple[str, ...]:
        return tuple({w.split()[-1].lower() for w in ws})

    opens = last(parted_word_list("name_context", ("opens_names",)))
    acts = last(w for w, v in words("harm_noun").items() if v != "dirugikan")
    return {"their": ("korbannya", "mereka", ",", "bernama", *last(parted_word_list("name_context", ("identity",)))),
            "befell": ("menimpa", "dialami", "oleh", "seorang", ","),  # `_NOUN_APPOSED` ends with a comma
            "noun": (*acts, ","),
            "described": ("bernama", *last(parted_word_list("name_context", ("identity",)))),
            "object": _OBJECT_OPENERS,  # or a plain word or a comma (`_item_end`)
            "counted": ("(", ",", "dan", *opens),
            "listed": (",", ":", *opens)}


def _harm_of_head(np: str) -> re.Match | None:
    """The harm that ends a description (`Wartawan yang tewas`, `pewarta asal X tewas`), at most two words
    from its end and no preposition after it (`tiga lainnya terluka di klub malam bernama X`: X names the place)."""
    hm = list(word_regex("harm").finditer(np))
    if not hm or re.search(r"\b(?:di|ke|dari|dalam|pada|oleh)\b", np[hm[-1].end():]) \
            or len(np[hm[-1].end():].split()) > 2:
        return None
    if _result_of_act().search(np, 0, hm[-1].start()) and not _suffered().search(np, 0, hm[-1].start()):
        return None  # `Anggota yang terlibat penganiayaan hingga tewas itu adalah Bripda X`: another's death (s22rvB)
    return hm[-1]


@cache
def _result_of_act() -> re.Pattern:
    """An `until` word right before a harm (`hingga tewas`, `sampai meninggal`): the harm an act came to."""
    return name_context(r"(?<![\w-]){until}\s+$")


@cache
def _suffered() -> re.Pattern:
    """A passive verb of harm (`harm_by` rows: `dianiaya`, `dikeroyok`; `killed_by` rows: `ditembak`): the description's
    head suffered the act whose result an `until` word gives (`Warga yang dikeroyok massa hingga tewas`), not did it."""
    return compiled(rf"(?<![\w-])(?:{trie_alternation(words('harm_by'))}|{phrase_words('name_context', 'killed_by')})(?![\w-])",
                    re.IGNORECASE)


@cache
def _harm_acts() -> re.Pattern:
    """An active verb of harm: a description that holds one (`Pria yang menusuk korban hingga tewas itu
    bernama X`) is of the one who harmed."""
    return word_regex("harm_act")


def _relation_before_victim(prev: str) -> bool:
    """`ibu korbannya, X`: X is kin of the victim, not the victim."""
    return name_context(rf"(?<![\w-])(?:{trie_alternation(words('relation'))})\s+{_THEIR_VICTIM}").search(prev[-60:]) is not None


@cache
def _harmed_subject() -> re.Pattern:
    """`Seorang pria ditemukan tewas`, `Dua wanita menjadi korban penipuan`, `Seorang nenek dirampok`: a count
    of people (`person_noun`, `victim_noun` rows) the subject of a harm (a passive verb of harm, `menjadi
    korban`, a harm word)."""
    nouns = trie_alternation(words("person_noun").keys() | words("victim_noun").keys())
    roles = trie_alternation(words("role"))  # `tiga orang terduga teroris tewas`: perpetrators, no victims
    near = phrase_words("near_miss")  # `Seorang sopir nyaris tewas`: no harm of that word (s27cas)
    return name_context(rf"(?<![\w.,])(?P<n>{number_pattern()}|{collective_numbers()})\s+(?:orang\s+)?(?P<noun>{nouns}){_DESCRIBED_AGE}"
                        rf"(?:\s+(?!(?:yang|{roles}|{near})\b)[a-z-]+){{0,3}}?\s+"
                      rf"{adverbs('also', 'pun', 'once', 'done')}*(?:(?P<by>{trie_alternation(words('harm_by'))})|menjadi\s+korban"
                        rf"|(?:{{found_state}}\s+(?:sudah\s+|dalam\s+keadaan\s+)?)?(?P<h>{word_regex('harm').pattern}))"
                        r"(?![\w-])")


# `seorang siswi SMP berusia 14 tahun`, `seorang nenek yang sudah berusia 70 tahun,`: the age of a described person
_DESCRIBED_AGE = (r"(?:\s+(?-i:[A-Z]{2,5})|\s+(?P<qual>[a-z]+)(?=\s+(?:yang\s+)?(?:masih\s+|sudah\s+)?berusia\s))?"  # `remaja putri`
                  r"(?:\s*,?\s*(?:yang\s+)?(?:masih\s+|sudah\s+)?berusia\s+(?P<age>\d{1,2})\s+tahun(?![\w-])\s*,?)?")


def _described(m: re.Match, n: float) -> tuple[str | None, int | None]:
    """The (sex, age) a counted noun, its qualifier (`remaja putri`) and an age after it give (the age only of one)."""
    sex = words("sex").get(m.group("noun").lower()) or words("sex").get((m.group("qual") or "").lower())
    return sex, int(m.group("age")) if m.group("age") and n == 1 else None


def _harmed_subjects(text: str) -> tuple[int, str | None, tuple[str | None, int | None]]:
    """The first count of people said harmed outside an earlier case, their harm, and the (sex, age) its noun
    and an age after it give (`seorang pria`: L); (0, None, (None, None)) when none."""
    for m in count_matches(_harmed_subject(), text):
        v = parse_number(m.group("n"))
        if v is None or v != int(v) or not 0 < v < 1000 or toll_in_background(text, m.start()):
            continue
        who = _described(m, v)
        if m.group("by"):
            return int(v), words("harm_by")[m.group("by").lower()].strip("-") or None, who
        if m.group("h"):
            return int(v), words("harm")[m.group("h").lower()], who
        return int(v), None, who
    return 0, None, _NOBODY


def _lone_korban_harm(text: str) -> str | None:
    """`Korban meninggal dunia setelah ...`: the harm said of `korban` alone at a sentence's start, in an
    article that never speaks of victims in the plural nor counts them."""
    if _plural_victims(text) or people_counts(text, r"(?:orang\s+)?korban(?![\w-])"):
        return None
    for m in name_context(_KORBAN_HARM, 0).finditer(text):
        hm = harm_at(text, m.end())
        if hm and not in_background(text, m.start()):
            return words("harm")[hm.group(0).lower()]
    return None


# a sentence that names the people of a count just said: `Kedua orang warga tersebut adalah A dan B`
_COLLECTIVE_OPENER = re.compile(r"\W*(?:Kedua|Ketiga|Keempat|Kelima|Para|Keduanya|Ketiganya|Mereka)\b[^.;:\"“”]{0,50}?"
                                r"\b(?:adalah|yakni|yaitu|ialah|masing-masing|bernama|(?:diidentifikasi|teridentifikasi)\s+sebagai)"
                                r"\s*:?\s+")


def harmed_groups(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`dua orang warga lainnya dilaporkan mengalami luka. Kedua orang warga tersebut adalah A (35) dan B (40)`,
    `dua dari korban tewas ... Keempat korban itu diidentifikasi sebagai A, B ...`: the people a collective
    names right after a count of people said harmed, or a sentence of `korban <harm>`, share that harm."""
    said = [(m.start(), _subject_harm(m)) for m in count_matches(_harmed_subject(), text)]
    said += [(m.start(), words("harm")[m.group("h").lower()]) for m in _korban_harm_said().finditer(text)]
    for at, harm in said:
        k = next((i for i, (s0, s1) in enumerate(sents) if s0 <= at < s1), None)
        if k is None or k + 1 >= len(sents) or in_background(text, at):
            continue
        s0, s1 = sents[k + 1]
        om = _COLLECTIVE_OPENER.match(text, s0, s1)
        _share_harm(cands, om.end() if om else s1, s1, harm)
    for m in count_matches(_counted_harmed_opener(), text):  # `Dua warga yang masih dalam pencarian adalah A (67) dan B`
        if not in_background(text, m.start()):
            harm = words("harm")[m.group("h").lower()] if m.group("h") else "hilang"
            _share_harm(cands, m.end(), sentence_of(sents, m.start())[1] or len(text), harm)


def _share_harm(cands: list[Cand], start: int, end: int, harm: str) -> None:
    """The people named between `start` and `end` (no suspects) are victims of `harm`."""
    for c in cands:
        if any(start <= a < end for a, _ in c.spans) and not c.suspect_cues:
            c.victim_cues += 1
            c.harms.extend([harm] if harm and harm not in c.harms else [])


@cache
def _counted_harmed_opener() -> re.Pattern:
    """`Dua warga yang masih dalam pencarian adalah`, `tiga korban yang tewas yakni`: a count of people said harmed
    (a harm word, or a `missing` one: hilang) in a relative clause, opening the list of their names."""
    nouns = trie_alternation(words("person_noun").keys() | words("victim_noun").keys())
    return re.compile(rf"(?<![\w.,])(?:{number_pattern()})\s+(?:orang\s+)?(?:{nouns})\s+yang\s+(?:(?:masih|sudah|telah)\s+)*"
                      rf"(?:(?P<h>{trie_alternation(words('harm'))})|{trie_alternation(words('missing'))})\s+"
                      r"(?:adalah|yakni|yaitu|ialah)\b", re.IGNORECASE)


def _subject_harm(m: re.Match) -> str:
    if m.group("by"):
        return words("harm_by")[m.group("by").lower()].strip("-")
    return words("harm")[m.group("h").lower()] if m.group("h") else ""


@cache
def _korban_harm_said() -> re.Pattern:
    """`dua dari korban tewas`, `para korban luka`: a harm said of `korban`."""
    return re.compile(rf"(?<![\w-])korban\s+(?:yang\s+)?(?P<h>{word_regex('harm').pattern})", re.IGNORECASE)


@cache
def _kin_harmed() -> re.Pattern:
    """`membunuh istrinya`, `mencabuli anak kandungnya sendiri ... hingga luka-luka`: an active verb of harm
    (not one of everyday use) whose object is the agent's kin or neighbour (`relation` rows), unnamed."""
    acts = trie_alternation(w for w, v in words("harm_act").items() if v != "object")
    return re.compile(rf"(?<![\w-])(?P<v>{acts})\s+(?P<kin>{trie_alternation(words('relation'))})nya(?:\s+sendiri)?"
                      r"(?!\s*,?\s*(?:yang\s+bernama\s+|bernama\s+|berinisial\s+)?(?-i:[A-Z]))(?P<rest>[^.;:]{0,40})",
                      re.IGNORECASE)


def kin_named(cands: list[Cand], text: str) -> None:
    """`menganiaya istri dan anaknya` ... `memarahi istrinya, X (38)`: kin the article says were harmed by an active verb
    (outside an earlier case), named later set out after their noun with `-nya` and a comma, are the victims (s19cas)."""
    harmed = _kin_harmed_in(text)
    if not harmed:
        return
    for c in cands:
        if c.victim_cues or c.suspect_cues:
            continue
        for s, _e in c.spans:
            km = _kin_apposed().search(text, max(0, s - 30), s)
            if km and km.group("kin").lower() in harmed and not _kin_of_other(cands, text, km.start()):
                c.victim_cues += 1
                break


def _kin_of_other(cands: list[Cand], text: str, at: int) -> bool:
    """The kin noun at `at` is another's than the doer's: the last person named before it in its sentence, whom its
    `-nya` points to, is an officer with no cue of a suspect (`Kapolsek X bersama istrinya, Y, menjenguk korban`: the
    officer's wife, no victim; s19rvD). A doer named with no cue yet (`Andi (42) memarahi istrinya, X`) keeps X."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    owner = max(((e, c) for c in cands for s, e in c.spans if start <= s and e <= at), key=lambda ec: ec[0], default=None)
    return owner is not None and owner[1].officer and not owner[1].suspect_cues


def _kin_harmed_in(text: str) -> frozenset[str]:
    """The kin words the objects of active verbs of harm hold (`menganiaya istri dan anaknya`: istri, anak)."""
    return frozenset(k.lower() for m in _kin_objects().finditer(text) if not toll_in_background(text, m.start())
                     for k in re.findall(_kin_words(), m.group("kins"), re.IGNORECASE))


@cache
def _kin_words() -> str:
    return rf"(?<![\w-])(?:{trie_alternation(words('relation'))})(?=nya|\b)"


@cache
def _kin_objects() -> re.Pattern:
    """An active verb of harm (not one of everyday use) and the kin it was done to, one or joined (`istri dan anaknya`)."""
    acts, kin = trie_alternation(w for w, v in words("harm_act").items() if v != "object"), trie_alternation(words("relation"))
    return re.compile(rf"(?<![\w-])(?:{acts})\s+(?P<kins>(?:{kin})(?:nya)?(?:\s+(?:dan|serta)\s+(?:{kin})(?:nya)?)*)(?![\w-])",
                      re.IGNORECASE)


@cache
def _kin_apposed() -> re.Pattern:
    """`istrinya, ` right before a name: the kin noun of the one spoken of, set out by a comma."""
    return re.compile(rf"(?<![\w-])(?P<kin>{trie_alternation(words('relation'))})nya\s*,\s*$", re.IGNORECASE)


def _kin_object(text: str) -> tuple[str, tuple[str | None, int | None]] | None:
    """The harm of the first unnamed kin harmed outside an earlier case (`""` when the verb and the words after
    it say none) and the (sex, age) the kin word and an age after it give (`istrinya`: P; `anak tirinya yang
    masih berusia 12 tahun`: 12), or None when there is none."""
    for m in _kin_harmed().finditer(text):
        if in_background(text, m.start()):
            continue
        kin = m.group("kin").lower()
        sex = words("sex").get(kin, words("sex").get(kin.split()[0]))  # `ibu kandung`: ibu
        aged = re.match(r"\s*,?\s*(?:yang\s+)?(?:masih\s+|sudah\s+)?berusia\s+(\d{1,2})\s+tahun\b", m.group("rest"))
        who = (sex, int(aged.group(1)) if aged else None)
        after = re.search(rf"\b(?:hingga|sampai)\s+(?P<h>{word_regex('harm').pattern})", m.group("rest"), re.IGNORECASE)
        if after:
            return words("harm")[after.group("h").lower()], who
        return words("harm_act")[m.group("v").lower()].strip("-"), who
    return None
