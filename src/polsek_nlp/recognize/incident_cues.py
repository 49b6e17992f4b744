"""What the text says at each mention of a person: a role word before the name, a designation as
suspect or a charge, a status or harm after it, a verb of arrest before it, and the harms around it
(`incident_harm`)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_harm import (
    BECAME_VICTIM,
    CONTRAST,
    IDENTIFIED,
    VICTIM_BEFORE,
    crime_harm,
    cue_harm,
    for_victim,
    harm_after_apposition,
    including,
    object_of_act,
    of_victims_counted,
    read_harm_relations,
    reported,
    victim_list,
    victims_before,
)
from polsek_nlp.recognize.incident_shapes import (
    ARREST_COUNT_ROLE,
    NOT_ROLE,
    NOT_STATUS,
    Cand,
    Mention,
    arrested_nouns,
    collective_numbers,
    ends_with,
    first_words,
    holds,
    intro_regex,
    lacks,
    last_words,
    name_context,
    object_words,
    read_attributes,
    sentence_of,
    spouses,
)
from polsek_nlp.recognize.incident_words import (
    adverbs,
    any_word,
    arrest_verbs,
    compiled,
    lowered,
    parted_word_list,
    phrase_words,
    word_regex,
    word_tuple,
    worded,
    words,
)
from polsek_nlp.recognize.quantities import number_pattern, number_words
from polsek_nlp.recognize.seized_items import evidence_items, is_verb, item_regex, pe_noun

# between a role word and its name: no clause (`pelaku yang mengeroyok ... Hermansyah`)
_NOT_APPOSED = r"\b(?:{not_apposed}|me\w{3,}|ber(?!inisial)\w{4,}|di\w{4,})\b|[.;:\"“”]"
# `pelaku diketahui bernama X`, `tersangka yang teridentifikasi bernama X`: words that only name
# `pelaku yang tewas diketahui bernama X`: a `singles_out` word after `yang` picks one of the doers, and names him;
# so does a comma after it (`pelaku yang tewas, X (35), melawan ...`; s22sv), when `yang` follows the role word or one
# word after it (`pelaku begal yang tewas, X`), not the object of an act (`pelaku pembunuhan seorang warga yang tewas, X`:
# X is the one killed; s22rvB)
_NAMING = r"\s(?:yang\s+(?:{singles_out}\s+)?)?(?:{naming}\s+)?bernama\s*$|^\s+(?:[a-z]+\s+)?yang\s+{singles_out}\s*,\s*$"
# the role word as the object or agent of a verb in a `yang` clause: a copula after it (`Anggota yang ditembak pelaku ...
# adalah X`) names the clause's head, unless the verb makes the role the head's own (`role_copula` rows: `yang diduga
# pelaku`, `yang menjadi pelaku`); a name set right after the role word is its holder (`yang dikomandoi tersangka X`; s22sv2)
_ROLE_OBJECT = r"\byang\s+(?!(?:{role_copula})\s)(?:me|di)[\w-]{3,}\s+$"
_COPULA_THEN_NAME = r"\b{identity}\s+(?:[A-Z][\w.]*\s+){0,2}$"  # `adalah Iptu X`: a rank or title may come first
DESIGNATED = re.compile(r"\bsebagai\s+tersangka\b|\bditetapkan\s+(?:sebagai\s+|menjadi\s+)?tersangka\b", re.IGNORECASE)
_SPEECH = r"\b{speech}(?:nya)?\b|\bme\w{3,}|\bber\w{3,}"
_VERBISH = (r"\b(?:me\w{3,}|ber\w{3,}|di\w{4,}|ter(?!sangka|duga|dakwa|pidana|lapor)\w{4,}|{verbish}|(?i:{negator}))\b"
            r"|[.;:\"“”]")


def read_context(c: Cand, text: str, sents: list[tuple[int, int]]) -> None:
    """What the text says around each mention of `c`: role, status, harm, sex, residence, age."""
    for s, e in c.spans:
        s0, s1 = sentence_of(sents, s)
        e = _after_descriptor(c, text, e)
        m = Mention(text, s, e, s0, s1)
        _read_role(c, m)
        _read_designation(c, m)
        _read_status_after(c, m)
        _read_arrest_before(c, m)
        _read_arrest_noun_before(c, m)
        _read_sentenced_before(c, m)
        _read_seized_from(c, m)
        if _police_act_before(m.prev):
            c.suspect_cues += 1  # `polisi terpaksa menembak kaki X`: the one arrested, no victim
        else:
            read_harm_relations(c, m)
        read_attributes(c, text, s, e, s0, s1)
    spouses(c, text)


def _after_descriptor(c: Cand, text: str, e: int) -> int:
    """`X (perempuan, 20 tahun) luka bakar`: a parenthesis of the person's sex and age after the name gives
    both; an age set off by commas (`X, 47 tahun, yang ...`) gives the age; the mention is read from after either, as
    after `X (20)`."""
    if am := _AGE_SET_OFF.match(text, e):
        if c.age is None:
            c.age = int(am.group("a"))
        return am.end()
    dm = _descriptor().match(text, e)
    if dm is None:
        return e
    if c.sex is None:
        c.sex = words("sex")[dm.group("w").lower()]
    if c.age is None:
        c.age = int(dm.group("a"))
    return dm.end()


# `X, 47 tahun, yang berusaha melerai terkena sabetan`: an age set off by commas (the style of some outlets) is read as
# `X (47)`: the mention is read from after it, the comma that closes it kept (s24cas2)
_AGE_SET_OFF = re.compile(r"\s*,\s*(?P<a>\d{1,2})\s+tahun(?=\s*,)")


@cache
def _descriptor() -> re.Pattern:
    return re.compile(rf"\s*\(\s*(?P<w>{trie_alternation(words('sex'))})\s*,\s*(?P<a>\d{{1,2}})(?:\s*tahun)?\s*\)",
                      re.IGNORECASE)


def _became_harm(c: Cand, after: str) -> None:
    """The harm said after `menjadi korban` / `termasuk korban` (`termasuk korban meninggal dunia`), else the crime."""
    if hm := word_regex("harm").match(after.lstrip()):
        c.harms.append(words("harm")[hm.group(0).lower()])
    else:
        crime_harm(c, after)


def _read_role(c: Cand, m: Mention) -> None:
    """The closest role word before the name, unless a victim or witness word is closer; else what
    makes the person a victim (`korban X`, `X ... menjadi korban`, a list of victims)."""
    prev = m.prev
    role_m = [r for r in word_regex("role").finditer(prev)  # `cara tak terduga`: unexpected; `korban begal`: the crime
              if not re.search(r"\b(?:tak|tidak)\s+$|\bkorban\s+$", prev[:r.start()], re.IGNORECASE)]
    vic_m = list(name_context(r"(?<!\w){victim_side}(?!\w)").finditer(prev))
    last_role = role_m[-1] if role_m else None
    last_vic = vic_m[-1] if vic_m else None
    if last_role and NOT_ROLE.match(m.text, m.s - len(prev) + last_role.end()):  # `pelaku UKM`: the name is the not_role word
        last_role = None
    if last_role and name_context(_ROLE_OBJECT, 0).search(prev, 0, last_role.start()) \
            and name_context(_COPULA_THEN_NAME, 0).search(prev, last_role.end()):
        last_role = None  # `Penyidik yang memeriksa pelaku adalah Iptu X`: X is the clause's head, not the doer
    gap = prev[last_role.end():] if last_role else ""
    if last_role and (last_vic is None or last_role.start() > last_vic.start()) and len(gap) <= 55 \
            and object_of_act(gap) and not name_context(_NAMING, 0).search(gap) and not name_context(_IDENTITY, 0).search(gap) \
            and not _initials_of_holder(gap):
        c.victim_cues += 1  # `pelaku penyerangan X`: X was attacked (not `... penyerangan bernama X`: X is the attacker)
    elif last_role and (last_vic is None or last_role.start() > last_vic.start()) and len(gap) <= 55 \
            and not _kin_before_role().search(prev, 0, last_role.start()) \
            and not name_context(_NOT_APPOSED, 0).search(_unmodified(name_context(_NAMING, 0).sub(" ", gap))) \
            and (not _PREPOSED.search(gap) or name_context(_IDENTITY, 0).search(gap)):
        _add_role_chain(c, prev, role_m)
        _singled_out_state(c, gap)
    elif last_vic and last_vic.group(0).lower() == "korban" and len(prev) - last_vic.end() <= 30 \
            and not name_context(_NOT_APPOSED, 0).search(_unmodified(prev[last_vic.end():])) \
            and len(re.findall(r"\b[a-z]+\b", prev[last_vic.end():])) <= 2 \
            and not for_victim().search(prev[:last_vic.start()]) and not _doer_of().search(prev[:last_vic.start()]):
        c.victim_cues += 1
        cue_harm(c, prev[max(0, last_vic.start() - 20):])
    elif name_context(r"\b{introduced}\s+(?:masing-masing\s+)?$", 0).search(prev) and _initials_introduced(c, m):
        pass  # `dua pelaku ..., masing-masing berinisial AR`; `Keduanya berinisial AB dan CD`
    elif am := _arrested_are().search(m.text[m.s0:m.s]):
        c.suspect_cues += 1  # `Dua petani yang ditangkap di pondok itu adalah A (37) dan B (42)`
        c.statuses.append(words("status")[am.group("v").lower()])
    elif (bv := BECAME_VICTIM.match(m.text, m.e, m.end)) and not reported().search(bv.group(0)):
        c.victim_cues += 1  # `Sertu S, seorang anggota TNI ..., menjadi korban perampokan`
        _became_harm(c, m.text[bv.end():bv.end() + 30])
    elif cue := _victims_named(m):
        c.victim_cues += 1
        cue_harm(c, cue)


@cache
def _doer_of() -> re.Pattern:
    """The noun of one who did the act to the victim right before `korban` (`victim_doer` rows: `perekrut korban, seorang
    perempuan berinisial X`, `pembunuh korban, X`): X is the doer, no victim (s19cas)."""
    return re.compile(rf"(?<![\w-])(?:{phrase_words('victim_doer')})\s+$", re.IGNORECASE)


def _unmodified(gap: str) -> str:
    """`gap` without the `ber-` words that qualify the noun of an act or a thing right before them (`noun_modifier`
    rows: `pelaku perampokan bersenjata, X`, `pembunuhan berencana`, `kendaraan bermotor`): no verb between a role
    word and its name (s19cas)."""
    return _noun_modifier().sub("", gap)


@cache
def _noun_modifier() -> re.Pattern:
    return re.compile(rf"(?<=[a-z]an)\s+(?:{phrase_words('noun_modifier')})(?![\w-])", re.IGNORECASE)


def _victims_named(m: Mention) -> str | None:
    """The cue of a victim named in a group the text speaks of (its text, for the harm it says), or None: one of those
    harmed (`lima polisi terluka, termasuk Kapolsek X`), a list of victims (`Keempat korban itu diidentifikasi sebagai A
    (60), B (58)`), some of a counted group (`Sebanyak 40 warga menjadi korban. Tiga di antaranya melapor ke Polres,
    yakni X (31)`), the victim of the sentence before (`Korban meninggal dunia di rumah sakit. Ia adalah X (19)`)."""
    prev = m.prev
    if im := including().search(prev):
        return im.group(0)
    if (vl := victim_list().search(prev)) and not for_victim().search(prev[:vl.start()]) \
            and not _doer_of().search(prev[:vl.start()]):
        return prev[max(0, vl.start() - 20):]
    if of_victims_counted().search(m.text[m.s0:m.s]) and (vb := victims_before().search(m.text, max(0, m.s0 - 300), m.s0)):
        return vb.group(0)
    if IDENTIFIED.fullmatch(prev) and (before := VICTIM_BEFORE.search(m.text, max(0, m.s0 - 200), m.s0)):
        return before.group(0)
    return None


# `pelaku penembakan di sekolah itu adalah X`: the role's holder is named, not the object of the act
_IDENTITY = r"\b{identity}\s*$"


@cache
def _people_nouns() -> frozenset[str]:
    """The nouns of people (`person_noun`, `victim_noun` rows): `pelaku pencabulan bocah berinisial NA` names the child."""
    return frozenset(words("person_noun")) | frozenset(words("victim_noun"))


# `berinisial AB (30), CD (28) dan `: the naming word and the names of a list before this one
_NAMED_LIST = re.compile(r"\s(?:yang\s+)?(?:berinisial|bernama)(?:\s+(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*))*"
                         r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+))*\s*$",
                         re.IGNORECASE)


def _initials_of_holder(gap: str) -> bool:
    """`pelaku pencurian sepeda motor berinisial AB`: initials after an act whose object words name no person
    (no noun of people, no `terhadap`) are the role holder's, as after `bernama`, and so are the next names of
    their list (`berinisial AB (30) dan CD`); `pelaku pencabulan bocah berinisial NA` names the child."""
    im = _NAMED_LIST.search(gap)
    if im is None:
        return False
    before = gap[:im.start()].lower()
    return not any(w in _people_nouns() or w in _act_objects() or _kin_word(w) for w in re.findall(r"[\w-]+", before))


def _kin_word(w: str) -> bool:
    """A noun of a relation (`relation` rows: `mertua`, `tetangga`) or its `-nya` form: `pelaku pembunuhan mertua
    berinisial MR` names the one killed."""
    return w in words("relation") or w.endswith("nya") and w[:-3] in words("relation")


@cache
def _act_objects() -> frozenset[str]:
    return frozenset(parted_word_list("name_context", ("act_object",)))


@cache
def _police_act() -> re.Pattern:
    """The police (`police` rows) doing to a person what an arrest may take (`police_act` rows), a few
    words before the name."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words('police'))})\s+(?:[a-z]+\s+){{0,2}}?"
                      rf"(?:{trie_alternation(words('police_act'))})\s+(?!mati\b|tewas\b)(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)


def _police_act_before(prev: str) -> bool:
    return _police_act().search(prev) is not None


# `pelaku bom bunuh diri di konser X`: a name after a preposition, without a comma, is not the role's
_PREPOSED = re.compile(r"\b(?:di|ke|dari|pada|dalam|bagi|untuk|dengan)\s+(?:[\w()-]+\s+)*$")


def _singled_out_state(c: Cand, gap: str) -> None:
    """`pelaku yang tewas diketahui bernama X`: the harm or status that picks the named one out of the doers is his."""
    if (picked := name_context(r"\byang\s+({singles_out})[\s,]", 0).search(gap)) is None:
        return
    word = picked.group(1).lower()
    if word in words("harm"):
        c.harms.append(words("harm")[word])
    elif word in words("status"):
        c.statuses.append(words("status")[word])


def _add_role_chain(c: Cand, prev: str, role_m: list[re.Match]) -> None:
    """The role of the first of a chain of role words before the name (`kurir sekaligus penjual sabu ... FS`)."""
    first = role_m[-1]
    for rm_ in reversed(role_m[:-1]):
        if re.fullmatch(r"\s+(?:sekaligus|merangkap|dan|atau|/)\s+", prev[rm_.end():first.start()]):
            first = rm_
        else:
            break
    c.roles.append(words("role")[first.group(0).lower()])
    c.suspect_cues += 1
    c.strong_cues += 1


def _initials_introduced(c: Cand, m: Mention) -> bool:
    """Initials after `berinisial` that a role or victim word of the sentence introduces, or a collective
    (`Keduanya berinisial ...`) whose people the sentence before says arrested (`meringkus dua pria`)."""
    intro = list(intro_regex().finditer(m.text[m.s0:m.s]))
    if intro and re.search(r"\b(?:berinisial|inisial)\s+(?:masing-masing\s+)?$", m.prev):
        _introduced_initials(c, m, intro[-1])
        return True
    if not _COLLECTIVE_START.match(m.text, m.s0, m.s):  # `Mereka adalah A, B`: only after a collective
        return False
    end = len(m.text[:m.s0].rstrip())  # the sentence before ends here, its stop and a space or a paragraph's break after
    before = m.text[max(0, m.text.rfind(".", 0, max(0, end - 1)) + 1):m.s0]
    who = rf"(?:{number_pattern()})\s+(?:orang\s+)?(?:{arrested_nouns()}|{ARREST_COUNT_ROLE})(?![\w-])"
    arrested = compiled(rf"(?<![\w-])(?P<v>{arrest_verbs('active', ('held',))})\s+{who}"
                        rf"|{who}(?:\s+[\w-]+){{0,4}}?\s+{adverbs('done', 'success')}*"
                        rf"(?P<v2>{arrest_verbs('passive', ('held', 'caught'))})\b",  # `Tiga pelaku ... diringkus`
                        re.IGNORECASE).search(before)
    if arrested is None:
        return False
    c.suspect_cues += 1
    c.statuses.append(words("status")[(arrested.group("v") or arrested.group("v2")).lower()])
    c.roles += [words("role")[r.group(0).lower()] for r in word_regex("role").finditer(arrested.group(0))][:1]
    return True


# a sentence about a counted group by a collective: `Keduanya berinisial ...`, `Mereka adalah ...`
@cache
def _arrested_are() -> re.Pattern:
    """`Dua petani yang ditangkap itu adalah`, `Keempat orang yang diamankan adalah koordinator lapangan bernama`: a count
    of people said arrested in a relative clause, opening the sentence, then a copula that names them; not when a
    witness's or a victim's noun (`not_suspect_role` rows) says what they are (`Empat orang yang diamankan itu masih
    berstatus saksi, yakni`: held and questioned, no suspects; s16fx5)."""
    who = rf"(?:{number_pattern()}|{collective_numbers()})\s+(?:orang\s+)?" \
          rf"(?:{arrested_nouns()}|{ARREST_COUNT_ROLE})(?![\w-])"
    other = rf"(?!(?<![\w-])(?:{phrase_words('not_suspect_role')})(?![\w-]))"  # no word of another part starts here
    return name_context(rf"^\W*{who}(?:\s+[\w-]+){{0,2}}?\s+yang\s+(?:[\w-]+\s+){{0,2}}?"
                        rf"(?P<v>{arrest_verbs('passive', ('held', 'caught'))})(?![\w-])(?:{other}[^.;!?\"“”]){{0,60}}?"
                        rf"\b(?:{{identity}}|masing-masing)\s*:?\s*(?:{other}[a-z](?:{other}[a-z ]){{0,40}}?\s+(?:bernama\s+)?)?$")


_COLLECTIVE_START = re.compile(r"\W*(?:Keduanya|Ketiganya|Keempatnya|Kelimanya|Mereka)\b")


def _introduced_initials(c: Cand, m: Mention, intro: re.Match) -> None:
    """`dua pelaku pencurian dengan kekerasan (curas), masing-masing berinisial AR`: the nearest role
    or victim word of the sentence introduces the initials."""
    roles, statuses = words("role"), words("status")
    word = intro.group(0).lower()
    head = m.text[m.s0:m.s0 + intro.start()]
    if word in ("korban", "korbannya"):
        if _doer_of().search(head):
            c.suspect_cues += 1  # `menangkap perekrut korban, seorang perempuan berinisial YL`: the doer (s19cas)
        elif not for_victim().search(head):  # `ibu korban berinisial MK`
            c.victim_cues += 1
    elif word in roles and _kin_before_role().search(head):
        pass  # `Anak pelaku, laki-laki berinisial KAP (12)`: the initials of the role holder's relative
    elif word in roles and (act := _harm_act_between().search(m.text, m.s0 + intro.end(), m.s)):
        c.victim_cues += 1  # `pelaku mencabuli seorang siswi berinisial NA`: the object of the act, not the role
        if harm := words("harm_act")[act.group(0).lower()]:
            c.harms.extend([harm] if harm != "object" else [])
    elif word in roles:
        c.roles.append(roles[word])
        c.suspect_cues += 1
        verb = list(word_regex("arrest").finditer(head))
        if verb and verb[-1].group(0).lower() in statuses:
            c.statuses.append(statuses[verb[-1].group(0).lower()])  # `meringkus dua pelaku ..., berinisial AR`


@cache
def _kin_before_role() -> re.Pattern:
    """A noun of kin right before a role word (`kin_of` rows: `Anak pelaku, laki-laki berinisial KAP (12)`, `Adik
    tersangka, berinisial WN`): the name after is the relative's, not the role holder's (s18cas)."""
    return name_context(r"(?<![\w-]){kin_of}\s+$")


@cache
def _harm_act_between() -> re.Pattern:
    """An active verb of harm to a person (not of taking a thing) between a role word and the initials."""
    acts = [w for w, v in words("harm_act").items() if v != "dirugikan"]
    return any_word(acts)


def _designate(c: Cand) -> None:
    c.roles.append("tersangka")
    c.statuses.append("tersangka")
    c.suspect_cues += 1


_CHARGED = (rf"\s*(?:\(\d+\)\s*)?,?\s*{adverbs('also', 'pun', 'now', 'future', 'done')}*"
            r"(?:{charged_verb}|{charged_with}\s+(?:\w+\s+){0,2}?{law_word})\b")  # not `dikenakan sanksi`


def _read_designation(c: Cand, m: Mention) -> None:
    """`X (25), ... ditetapkan sebagai tersangka`, `menetapkan X ... sebagai tersangka`, `X dan ..., Y
    ditetapkan sebagai tersangka`: the person is made a suspect; `X dijerat Pasal ...`: charged."""
    if name_context(_CHARGED).match(m.nxt):
        c.suspect_cues += 1
        c.strong_cues += 1
    if re.match(r"\s*(?:\(\d+\)\s*)?,?\s*(?:\w+\s+){0,3}?(?:(?:telah|sudah|resmi)\s+)?(?:ditetapkan\s+)?(?:sebagai\s+)tersangka",
                m.nxt, re.IGNORECASE):
        _designate(c)
    tail = m.text[m.e:m.s1] if m.s1 else ""
    dm = DESIGNATED.search(tail)
    if dm and dm.start() <= 160:
        gap = tail[:dm.start()]
        lead_verb = list(re.finditer(r"\bmenetapkan\s+", m.text[m.s0:m.s]))
        between = m.text[m.s0 + lead_verb[-1].end():m.s] if lead_verb else ""
        first_object = bool(lead_verb) and not re.search(r"\b(?:yang|me\w{3,}|ber\w{3,}|di\w{4,})\b", between)
        gap = name_context(_RELATIVE_SET_OUT, 0).sub(lambda r: " " if _describes(r.group("c")) else r.group(0), gap, count=1)
        passive = dm.group(0).lower().startswith("ditetapkan") and not name_context(_SPEECH, 0).search(gap)
        if first_object or passive:
            _designate(c)
    elif _designated_object(m) or _designated_after_terhadap(m):
        _designate(c)


# `KW (45), yang diduga ikut mengelola dana, juga ditetapkan`: a relative clause set out between commas right after
# the name (and its age), whose verbs are the description's, not another clause's
_RELATIVE_SET_OUT = r"^(?:\s*\(\d{1,3}(?:\s*tahun)?\))?\s*,\s*{relative}\s+(?P<c>[^,.;:]{1,80}),"


# `menetapkan (status) tersangka terhadap X dan seorang wanita Y`: the suspects set out after the designation
_TERHADAP = r"\b{designates}\s+(?:status\s+)?tersangka\s+{designated_to}\s+(?P<rest>[^.;:\"“”]*)$"
_UNDONE_BEFORE = r"(?:\b(?:{negator}|{irrealis}|{contests})\s+(?:\w+\s+)?)$"  # `belum menetapkan`, `menggugat penetapan`


def _designated_after_terhadap(m: Mention) -> bool:
    """The name is one of the list after `menetapkan tersangka terhadap` in its sentence: names, `dan`, commas and
    nouns that describe (`seorang wanita`), no verb nor clause between; a designation not denied, intended nor
    contested (`belum menetapkan`, `menggugat penetapan tersangka terhadap X`)."""
    lo = lowered(m.text)  # (a verb of designation must stand in the sentence before the name: issue 20, s26spd)
    if lo is not None and not any(lo.find(w, m.s0, m.s) >= 0 for w in first_words("name_context", "designates")):
        return False
    tm = name_context(_TERHADAP).search(m.text, m.s0, m.s)
    return tm is not None and not name_context(r"\b{relative}\b").search(tm.group("rest")) \
        and not any(is_verb(w) for w in re.findall(r"[\w-]+", tm.group("rest").lower())) \
        and not name_context(_UNDONE_BEFORE).search(m.text, max(m.s0, tm.start() - 40), tm.start())


def _designated_object(m: Mention) -> bool:
    """`Sebagai pemberi, KPK menetapkan dua kontraktor, yakni Direktur CV X Y (47)`: the first object of
    `menetapkan` in a sentence that says no `sebagai` after the verb, in an article that designates suspects
    (`menetapkan empat orang sebagai tersangka`), is one of them (not `menetapkan X menjadi Plt kepala desa`,
    `untuk menangani perkara`: another post, another task)."""
    lead_verb = list(re.finditer(r"\bmenetapkan\s+", m.text[m.s0:m.s]))
    if not lead_verb or not m.s1:
        return False
    between = m.text[m.s0 + lead_verb[-1].end():m.s]
    return not re.search(r"\b(?:sebagai|menjadi|untuk)\b", between + m.text[m.e:m.s1], re.IGNORECASE) \
        and not re.search(r"\b(?:yang|me\w{3,}|ber\w{3,}|di\w{4,})\b|[.;:\"“”]", between) \
        and DESIGNATED.search(m.text) is not None


def _status_match(m: Mention) -> tuple[re.Match | None, str]:
    """The status word after the name (`X ditangkap`, `X dan Y (31) ditangkap`), or a lowercase one a
    little further with no verb between; with the text it was matched in."""
    status_rx = word_regex("status")
    text, e, nxt = m.text, m.e, m.nxt
    after = name_context(r"(?:\s*\(\d+(?:\s*tahun)?\))?(?:\s*(?:,\s*(?:dan|serta)?|dan|serta)\s*(?:[a-z]+nya\s*,?\s*)?"
                     r"[A-Z][\w'`-]*(?:\s+[A-Z][\w'`-]*)*(?:\s+(?:alias|als\.?)\s+[A-Z][\w'`-]*(?:\s+[A-Z][\w'`-]*)*)?"
                     r"(?:\s*\(\d+\))?)*"
                     r"\s*,?\s*(?:{before_status}\s+)*",
                     0).match(nxt)
    rest = nxt[after.end():] if after else nxt
    sm = status_rx.match(rest)
    if sm is None:
        far = status_rx.search(text[e:min(m.end, e + 90)])
        gap = _unhurt_blanked(text, e, e + far.start()) if far else text
        if far and far.group(0).islower() and not name_context(_VERBISH, 0).search(gap[e:e + far.start()]) \
                and not CONTRAST.search(text, e, e + far.start()) \
                and not re.search(r"\bpernah\b", text[e:e + far.start()]) \
                and not _not_done(gap, e, e + far.start(), e + far.end()) \
                and not NOT_STATUS.match(text, e + far.end()):
            rest = text[e + far.start():e + far.end()]
            sm = status_rx.match(rest)
        elif far and _fled_past_relative(text, e, e + far.start(), far.group(0)):
            rest = text[e + far.start():e + far.end()]
            sm = status_rx.match(rest)
    if sm and NOT_STATUS.match(rest, sm.end()):
        sm = None  # `ditahan imbang`: a draw
    return sm, rest


def _fled_past_relative(text: str, e: int, vs: int, word: str) -> bool:
    """`UD (36) yang diduga merakit senjata melarikan diri`, `MZ yang berada di Malaysia masih diburu`, `RD (27), warga
    desa yang sama, melarikan diri`: a relative clause (`yang` right after the name) between the name and a lowercase
    state of being on the run (a `status` row valued buron that is no active verb of hunting, `memburu`), or a
    residence set out between commas (`residence` words) before any lowercase state (`JS (41), warga X, yang ditangkap
    bersama ...`), is the name's description, and the state the name's; not when the clause holds another person
    (a capitalised word, a role word or a noun of people: `yang melihat pelaku kabur`; a capitalised place after
    `di`, `ke`, `dari` or in the residence is no person), a contrast, or an intent (`yang akan diburu`)."""
    if not word.islower() or _is_agent_verb(word):
        return False
    rm = name_context(r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?\s+{relative}\s", 0).match(text, e, vs)
    if rm and words("status").get(word.lower()) == "buron":
        clause = text[rm.end():vs]
    elif rm := _residence_apposed().fullmatch(text, e, vs):
        clause = re.sub(r"(?<![\w-])[A-Z][\w-]*|,", " ", rm.group("r"))  # the residence's places
    else:
        return False
    return _describes(clause) and not _not_done(text, e, vs, vs + len(word))


def _describes(clause: str) -> bool:
    """A clause that describes the name before it and holds no other person: no capitalised word but a place
    after `di`, `ke`, `dari`, no role word, no noun of people, no break and no contrast; nor a harm or a seeing
    (`witnessed` words): `Rudi yang terluka ringan melarikan diri`, `Budi yang melihat kejadian itu melarikan diri`
    tell of a victim or a witness getting away."""
    clause = _PLACE_AFTER.sub(" ", clause)  # `yang berada di Malaysia`: a place
    return not (re.search(r"[,;:\"“”()]|(?<![\w-])[A-Z]", clause) or word_regex("role").search(clause)
                or any(w in _people_nouns() for w in re.findall(r"[a-z]+", clause.lower())) or CONTRAST.search(clause)
                or word_regex("harm").search(clause) or name_context(r"\b{witnessed}\b").search(clause))


# a place after a preposition: capitalised words that name no person
_PLACE_AFTER = re.compile(r"\b(?:di|ke|dari)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


@cache
def _residence_apposed() -> re.Pattern:
    """`(27), warga Desa X, Kecamatan Y, masih `: a residence set out between commas after a name, up to its
    state (`before_status` words may open it)."""
    return name_context(r"(?:\s*\(\d{1,3}(?:\s*tahun)?\))?\s*,\s*{residence}\s+(?P<r>[^.;:\"“”]{1,80}?)\s*,\s*"
                        r"(?:{before_status}\s+)*", 0)


def _is_agent_verb(word: str) -> bool:
    """An active (me-) verb after a name has the name for its agent (`X menangkap ...`), except a verb of lying in
    custody (`mendekam`), one the table gives the voice of one held (`menyerahkan diri`) and a reflexive verb
    (`melarikan diri`: the subject flees)."""
    w = word.lower()
    return w.startswith("me") and w not in words("custody") and words("arrest").get(w) != "passive" \
        and not w.endswith(" diri")


def _unhurt_blanked(text: str, a: int, b: int) -> str:
    """`text` with each state of the unhurt and `dan` in `a`..`b` (`unhurt` rows of name_context: `tidak terluka dan`)
    blanked: no clause of its own between a name and its status further on (`X (35), warga Y, tidak terluka dan kini
    ditahan`; s27r14), its `tidak` no negation of the status."""
    gap = name_context(r"(?<![\w-])(?:{unhurt})(?![\w-])").sub(lambda m: " " * len(m.group(0)), text[a:b])
    return text[:a] + gap + text[b:]


def _not_done(text: str, e: int, vs: int, ve: int) -> bool:
    """A promise or an intent between the name (ending at `e`) and its verb of arrest at `vs`..`ve`, no arrest:
    `pasti kami tangkap`, `AS (30) akan ditangkap`, `rencananya ditahan` (`count_context` not_done rows); except
    a term of detention (`akan ditahan selama 20 hari` is a detention under way)."""
    return worded("count_context", r"\b(?:{not_done}|{wish})\b").search(text, e, vs) is not None \
        and re.match(r"\s+selama\b", text[ve:ve + 8]) is None


def _witness_introduced(m: Mention) -> bool:
    """The name is introduced by a witness's or a victim's noun (`not_suspect_role` rows: `Saksi bernama X`,
    `Korban, X`), right before it."""
    return worded("count_context", rf"(?<![\w-])(?:{phrase_words('not_suspect_role')})(?:\s+{{named_after}})?\s*,?\s*$"
                  ).search(m.prev[-40:]) is not None


def _urged(m: Mention) -> bool:
    """The name is the object of a wish or a refusal right before it (`akan membujuk AB menyerahkan diri`,
    `mengimbau AB ...`): what follows it is hoped for, not done."""
    return worded("count_context", r"\b(?:{not_done}|{wish})\s+(?:\w+\s+)?$").search(m.prev[-30:]) is not None


def _read_status_after(c: Cand, m: Mention) -> None:
    """A verb of arrest or a state after the name (a suspect's status), and a harm (a victim's)."""
    sm, rest = _status_match(m)
    if sm and _game_sentence(m):
        sm = None  # `sepakan X masih lemah sehingga mudah ditangkap kiper`: a ball caught
    if sm and name_context(r"{escape}").fullmatch(sm.group(0)) and (c.victim_cues or _witness_introduced(m)):
        sm = None  # `Korban, X (41), sempat melarikan diri`, `Saksi bernama X`: escaping the attack, not on the run
    if sm and _urged(m) and words("status")[sm.group(0).lower()] not in ("tewas", "buron"):
        sm = None  # `berjanji akan membujuk AB menyerahkan diri`: not yet in custody
    # an active verb after the name has the name for its agent (`X menangkap ...`), except the verbs of
    # lying in custody (`X kini mendekam di sel`) and those the table gives the voice of one held (`X menyerahkan diri`)
    active = sm is not None and _is_agent_verb(sm.group(0))
    if sm and sm.group(0).islower() and not active and sm.group(0) != "kabur":
        st = words("status")[sm.group(0).lower()]
        if st == "tewas":
            c.statuses.append(st)  # a state, not a sign of guilt: victims die too
        elif st != "tersangka":
            c.statuses.append(st)
            c.suspect_cues += 1
            c.strong_cues += 1
        if st != "tewas" and (held := _held_after(rest, sm.end())):
            c.statuses.append(held)  # `X ditetapkan sebagai tersangka dan langsung ditahan`
            c.suspect_cues += 1
    harm_rx = word_regex("harm")
    # `perempuan bernama X itu mengalami luka`: a demonstrative closing the noun phrase the name ends (s17cas; the
    # `one_after` rows of described_part: itu, tersebut)
    hm = harm_rx.match(rest) or harm_rx.match(_before_harm().sub("", rest)) \
        or harm_after_apposition(m)
    if hm:
        c.harms.append(words("harm")[hm.group(0).lower()])


@cache
def _before_harm() -> re.Pattern:
    """What may stand between a name and its harm: a demonstrative closing the noun phrase the name ends (`one_after`
    rows of described_part: itu, tersebut), then `before_harm` words (`mengalami`)."""
    return name_context(rf"^(?:(?:{phrase_words('described_part', 'one_after')})\s+)?(?:{{before_harm}}\s+)*", 0)


@cache
def _with_companion() -> re.Pattern:
    """A passive verb of arrest, `bersama` and one's companion right before the name (`diamankan bersama suaminya, `)."""
    return re.compile(rf"(?<![\w-])(?P<v>{arrest_verbs('passive', ('caught',))})\s+bersama(?:\s+dengan)?\s+[a-z]+nya\s*,\s*$",
                      re.IGNORECASE)


def _victim_subject(before: str) -> bool:
    """The subject of the clause before a verb (`before`, back to its sentence's start; its head, before a relative
    clause: `BD yang menganiaya korban kemudian` is BD's) has the victim's noun (`victim` rows: `Korban kemudian`) and
    no role word."""
    clause = re.split(r"(?<![\w-])yang(?![\w-])", re.split(r"[.!?]\s", before)[-1], maxsplit=1, flags=re.IGNORECASE)[0]
    return word_regex("victim").search(clause) is not None and word_regex("role").search(clause) is None


def _held_after(rest: str, at: int) -> str | None:
    """The custody a state after the name goes on to, joined to it (`ditetapkan sebagai tersangka dan ditahan`,
    `ditangkap lalu ditahan`): the status of the second verb, a passive verb of arrest or custody; None without one."""
    hm = _held_joined().match(rest, at)
    return words("status").get(hm.group("v").lower()) if hm else None


@cache
def _held_joined() -> re.Pattern:
    return re.compile(rf"\s*,?\s*(?:{phrase_words('clause_joiner')})\s+{adverbs('done', 'then', 'now', 'pun', 'lalu')}*"
                      rf"(?P<v>{arrest_verbs('passive', ('caught',))})(?![\w-])", re.IGNORECASE)


def _game_sentence(m: Mention) -> bool:
    """The mention's sentence speaks of a game (a `sport` word: `sepakan`, `kiper`) and of no police: its verbs
    of arrest catch a ball or secure a point."""
    sentence = m.text[m.s0:m.end]
    return word_regex("sport").search(sentence) is not None and word_regex("police").search(sentence) is None


_IRREALIS = r"\b{irrealis}\s+$"


# `menangkap istri dari X, Y`: Y is described by a kin word of X, set out before Y's name and a comma
_KIN_OF = r"\b{kin_of}\s+dari\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)*,\s+$"


def _read_seized_from(c: Cand, m: Mention) -> None:
    """`petugas menyita 4 kilogram sabu dari tangan RH (33)`, `disita dari seorang wanita berinisial LM (29)`: the
    person a seizure of the sentence is from (`dari` and a `holder_hand` word, or a noun of people or of sex and a word
    that names, right before the name, within the sentence, after a cue of a seizure itself: not `ditemukan ... dari
    rumah X`) held the goods: a suspect. From a person named by a noun the goods must be contraband (an item of a
    `contraband` kind, a drug or a weapon, or goods said stolen, `stolen` rows): `menyita rekaman CCTV dari seorang
    warga bernama X` takes footage from a witness."""
    if not ends_with(m, _seized_from_ends()):
        return  # (how `_seized_from` ends: issue 20, s26spd)
    sm = _seized_from().search(m.prev)
    if sm and (sm.group("hand") or _contraband(m.prev[:sm.end("goods")])):  # `Sabu ... disita dari`: before the verb too
        c.suspect_cues += 1


@cache
def _seized_from_ends() -> tuple[str, ...]:
    """The last words `_seized_from` may end with before the name: a `holder_hand` or a `named_after` word."""
    return last_words("seizure_context", "holder_hand") + last_words("count_context", "named_after")


@cache
def _seized_from() -> re.Pattern:
    people = trie_alternation(words("person_noun").keys() | words("sex").keys())
    return compiled(rf"(?<![\w-])(?:{phrase_words('evidence', 'seizes')})(?![\w-])(?P<goods>[^;:\"“”]{{0,90}}?)\bdari\s+"
                    rf"(?:(?P<hand>{phrase_words('seizure_context', 'holder_hand')})|(?:seorang\s+)?(?:{people})\s+"
                    rf"(?:{phrase_words('count_context', 'named_after')}))\s+$", re.IGNORECASE)


def _contraband(goods: str) -> bool:
    """Goods whose holding marks a suspect: an item of a `contraband` kind (drug, weapon) or said stolen (`curian`)."""
    kinds = words("contraband").keys()
    return any(evidence_items()[im.group("item").lower()][1] in kinds for im in item_regex().finditer(goods)
               if im.group("item").lower() in evidence_items()) or word_regex("stolen").search(goods) is not None


def _thing_object(after_verb: list[str], apposed: bool = False) -> bool:
    """The object of a verb of arrest is a thing (`mengamankan kapal berbendera X, Y`: `object_words`), unless a noun
    of people or a role word heads it and the thing only qualifies that noun (`mengamankan sopir truk berinisial X`,
    `menangkap penjual miras berinisial X`), or, with the name apposed after a comma, a doer's noun of pe(N)- heads it
    (`menangkap pemasok barang, X (47)`, `penerima paket, X`: `seized_items.pe_noun`, one who does
    it, or a tool: only read before a person's apposed name; s27sv)."""
    ws = [w.strip(",:").lower() for w in after_verb]
    # a count before the noun (`2`, a number word: `seorang`, `dua`: `menangkap dua sopir truk berinisial X`; s21inc)
    ws = ws[1:] if ws and (ws[0].isdigit() or ws[0] in number_words()) else ws
    if ws and (ws[0] in words("person_noun") or ws[0] in words("agent_noun") or ws[0] in words("role")
               or apposed and ws[0].isalpha() and pe_noun(ws[0])):
        return False
    return any(w in object_words() for w in ws)


def _far_object_of_other(after_verb: list[str]) -> bool:
    """A long object of a verb of arrest that sets a place or another person after the arrested one's noun: a
    `far_apposed_stop` word (`penganiaya pedagang sayur di Pasar Baru, X`, `pembobol gudang seorang pengusaha, X`) or
    a noun of people after the first word (`penganiaya pedagang sayur, X`: the agent noun's object)."""
    ws = [w.strip(",:").lower() for w in after_verb]
    people = _people_nouns()
    return any(name_context(r"^{far_apposed_stop}$", 0).match(w) or (i and w in people) for i, w in enumerate(ws))


def _read_sentenced_before(c: Cand, m: Mention) -> None:
    """An active verb of sentencing a few words before the name, in its clause (`sentencing` rows of part act: `Majelis
    hakim memvonis AB (40)`, `menjatuhkan vonis penjara terhadap mantan bupati, AB`, `menjatuhkan hukuman 6 tahun penjara
    kepada AB`): the one sentenced, a suspect with status `dihukum`; not after a demand, a plea, a wish, an intent or an
    earlier case (a `past_mark` word) in the clause before the verb (`jaksa menuntut majelis hakim memvonis AB`, `akan
    memvonis`, `pernah memvonis`); a verb of punishing in general (part by_court: `menghukum`) only after a court word
    (`Ayahnya menghukum X (8)` punishes a child); not an acquittal (`memvonis bebas X`), nor a name that the object's
    words set apart from the one sentenced (review s21rvA: `_sentenced_other`)."""
    if not holds(m, first_words("sentencing", "act")):
        return  # (`_sentenced_before` opens with one of these words: issue 20, s26spd)
    sm = _sentenced_before().search(m.prev[-90:])
    if sm is None or _sentenced_other(sm.group("obj").split()):
        return
    clause = _sentencing_clause_start().split(m.prev[:len(m.prev) - len(sm.group(0))])[-1]
    if _sentence_unsaid().search(clause[-80:]):
        return
    if "by_court" in words("sentencing")[" ".join(sm.group("v").lower().split())].split() \
            and not worded("sentencing", r"(?<![\w-])(?:{court})(?![\w-])").search(clause):
        return
    c.statuses.append("dihukum")
    c.suspect_cues += 1


@cache
def _sentencing_clause_start() -> re.Pattern:
    """Where the clause before a verb of sentencing starts: a stop, or a comma and a word of contrast that cuts a clause
    (`contrast` rows of part clause_cut: `, sedangkan`)."""
    return compiled(rf"[.;:!?\"“”]|,\s+(?:{phrase_words('contrast', 'clause_cut')})\b")


@cache
def _sentenced_before() -> re.Pattern:
    """A verb of sentencing (not of an acquittal after it: `memvonis bebas`), then up to eight words of its object
    before the name (a post and a comma: `mantan bupati,`; a term: `hukuman 6 tahun penjara kepada`); no clause between
    (`yang`, `dan`, a stop)."""
    return compiled(rf"(?<![\w-])(?P<v>{phrase_words('sentencing', 'act')})\s+"
                    rf"(?!(?:yang|dan|serta|{phrase_words('sentencing', 'acquit')})\b)"
                    rf"(?P<obj>(?:(?!(?:yang|dan|serta|karena|sebab)\b)[\w()-]+,?\s+){{0,8}})$", re.IGNORECASE)


def _sentenced_other(obj: list[str]) -> bool:
    """The words between a verb of sentencing and a name set the name apart from the one sentenced: after the term and
    its `kepada`/`terhadap` (`to` rows: `hukuman 7 tahun penjara kepada`), the object's own words hold a comma before
    their end (`kepada terdakwa, kuasa hukum terdakwa, X`; `terdakwa 6 tahun penjara, ujar Humas PN, X`), or a word
    that sets a place or another person after the sentenced one's noun (`_far_object_of_other`: `kepada pelaku
    pembunuhan terhadap X`, `memvonis pelaku pencabulan terhadap bocah, X`: X was harmed)."""
    ws = [w.strip(",:").lower() for w in obj]
    people = _people_nouns() | words("role").keys() | words("agent_noun").keys()
    k = next((i for i, w in enumerate(ws) if w in words("sentencing") and "to" in words("sentencing")[w].split()), None)
    if k is not None and not any(w in people for w in ws[:k]):
        obj = obj[k + 1:]  # the term said, the object named after its word
    if obj and obj[0].lower() in number_words():
        obj = obj[1:]  # `kepada seorang terdakwa, X`, `memvonis dua terdakwa, X`
    return any(w.endswith(",") for w in obj[:-1]) or _far_object_of_other(obj)


@cache
def _sentence_unsaid() -> re.Pattern:
    """A demand, a plea (`sentencing` rows of part demand) or an intent (`irrealis` rows of name_context, a `not_done`
    or `wish` row of count_context) before a verb of sentencing: no sentence said; an earlier case's (a `past_mark` row
    of name_context: `pernah memvonis`): not this case's."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('sentencing', 'demand')}|{phrase_words('name_context', 'irrealis')}"
                    rf"|{phrase_words('name_context', 'past_mark')}"
                    rf"|{phrase_words('count_context', 'not_done')}|{phrase_words('count_context', 'wish')})(?![\w-])",
                    re.IGNORECASE)


def _read_arrest_before(c: Cand, m: Mention) -> None:
    """An active verb of arrest a few words before the name (`meringkus dua pelaku, X`), or a passive one said of a
    person and their companion named after it (`Ia diamankan bersama suaminya, X`)."""
    prev = m.prev
    # (said of a suspect: not `Korban kemudian diamankan bersama anaknya, X`, a victim brought to safety)
    off = max(0, len(prev) - 60)
    if (wm := _with_companion().search(prev, off)) is not None and not _victim_subject(prev[:wm.start()]):
        c.statuses.append(words("status").get(wm.group("v").lower(), "ditangkap"))
        c.suspect_cues += 1
        return
    # after `berinisial` or an apposition's comma (`menangkap direktur PT Sinar Abadi Jaya, HS (50)`) the noun before
    # the name may be long; in an apposition no victim is named (`pelaku penganiayaan terhadap pedagang, X`)
    apposed = re.search(r",\s+$", prev) is not None and not re.search(r"\bterhadap\b", prev[-80:]) \
        and not name_context(r"(?<!\w){victim_side}(?!\w)").search(prev[-80:])
    reach = 9 if apposed or re.search(r"\b(?:berinisial|inisial)\s+$", prev) else 4
    am = compiled(rf"(?<!\w)(?:{arrest_verbs('active')}|memburu)\s+(?:\d+\s+)?"  # `menangkap 2 orang pengecer, yakni X`
                  rf"(?:(?:[a-z-]+|[A-Z][\w]*)[,:]?\s+){{0,{reach}}}$").search(prev)
    if am and NOT_STATUS.match(am.group(0), len(am.group(0).split()[0])):
        am = None  # `menahan imbang Chelsea`
    if am and name_context(_IRREALIS).search(prev[:am.start()]):
        am = None  # `dikirim untuk menangkap sisa-sisa kelompok X`: a purpose, not an arrest
    if am and len(am.group(0).split()) > 5 and _far_object_of_other(am.group(0).split()[1:]):
        am = None  # the long reach only for one noun phrase of the arrested (`direktur PT A B C, X`)
    if am and not re.search(r"\b(?:dan|yang|saat|ketika|dari|milik)\b", name_context(_KIN_OF, 0).sub(" ", am.group(0))) \
            and not _thing_object(am.group(0).split()[1:], apposed):  # `kapal ..., X`
        verb = am.group(0).split()[0].lower()
        c.statuses.append(words("status").get(verb, "ditangkap"))
        c.suspect_cues += 1


def _read_arrest_noun_before(c: Cand, m: Mention) -> None:
    """`pengungkapan berawal dari penangkapan X (29)`, `penangkapan pertama dilakukan terhadap X (35)`: a noun of
    arrest (`arrest_noun` rows; value the status) right before the name, or a few plain words and `terhadap` after it,
    says the name arrested (not `penangkapan pelaku pembunuhan X`: X is the one killed; nor an arrest only wished,
    planned or refused: `upaya penangkapan`, `surat perintah penangkapan`, `menolak penangkapan terhadap X`; s22sv).
    Before `terhadap` the noun must be said done (`arrest_done` rows: `melakukan penangkapan terhadap X`, `penangkapan
    kedua dilakukan terhadap X`) or come after an `arrest_lead` word, and nothing in its clause before it may wish,
    and no word right before it (adverbs between) may wish, deny, negate or plan it (not `Massa menuntut dilakukannya
    penangkapan terhadap X`, `Belum ada penangkapan terhadap X`, `Kapolres membantah telah melakukan penangkapan terhadap
    X`; s22rvB). Each of its shapes holds a noun of arrest: an article that writes none is not searched (`lacks`)."""
    if lacks(m.text, word_tuple("arrest_noun")):
        return
    if (nm := _arrest_noun_before().search(m.prev)) and not _arrest_unmade().search(m.prev, 0, nm.start()) \
            and not _escaped_after().match(m.nxt):  # `Saat penangkapan X kabur`: the noun a time, X its escaper
        c.statuses.append(words("arrest_noun")[next(g for g in nm.group("n", "t", "d") if g).lower()])
        c.suspect_cues += 1


@cache
def _arrest_noun_before() -> re.Pattern:
    """The noun of arrest said done right before the name (after `arrest_lead` words: `berawal dari penangkapan X`) or
    said of the name by `terhadap` after a word that says it done (`melakukan penangkapan terhadap X`, `setelah
    penangkapan terhadap X`, `penangkapan pertama dilakukan terhadap X`)."""
    nouns = trie_alternation(words("arrest_noun"))
    plain = r"(?!(?:yang|dan|oleh|dari|di|ke|pada)\b)(?-i:[a-z]+)"
    return name_context(rf"(?<![\w-])(?:{{arrest_lead}})\s+(?P<n>{nouns})\s+$"
                        rf"|(?<![\w-])(?:{{arrest_lead}}|{{arrest_done}})\s+(?P<t>{nouns})\s+(?:{plain}\s+){{0,3}}?terhadap\s+$"
                        rf"|(?<![\w-])(?P<d>{nouns})\s+(?:{plain}\s+){{0,2}}?(?:{{arrest_done}})\s+terhadap\s+$")


@cache
def _escaped_after() -> re.Pattern:
    """An escape said right after the name (its age and adverbs between: `X (30) sempat kabur`; `escape` rows)."""
    return name_context(rf"(?:\s*\(\d{{1,3}}\))?\s+{adverbs('once', 'done', 'then', 'also', 'pun')}*{{escape}}(?![\w-])")


@cache
def _arrest_unmade() -> re.Pattern:
    """A word right before a noun of arrest or the verb that says it done (adverbs between: `telah`, `segera`) that
    makes it no arrest done: an intent or a negation (`irrealis` rows: `akan`, `belum`, `untuk`), a plan, a demand, a
    refusal or a topic (`arrest_unmade` rows), a denial (`denied` rows: `membantah`), a hope (`unreal` rows: `semoga`), an
    earlier habit (`past_mark` rows: `pernah`), a wish (`count_context` rows of part `wish`: `berharap`, `agar`)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('name_context', 'irrealis')}|{phrase_words('name_context', 'arrest_unmade')}"
                    rf"|{phrase_words('name_context', 'denied')}|{phrase_words('name_context', 'unreal')}"
                    rf"|{phrase_words('name_context', 'past_mark')}|{phrase_words('count_context', 'wish')})\s+"
                    rf"(?:(?:{phrase_words('name_context', 'irrealis')})\s+|{adverbs('done', 'now', 'then', 'also', 'pun')})*$",
                    re.IGNORECASE)
