"""Who harmed whom around a name: the object of a verb or an act of harm (`menganiaya X`, `penganiayaan
terhadap X`), the agent of a passive one (`ditikam suaminya, X`), a list of victims (`korban yakni A, B`),
`X ... menjadi korban`, and the harm a victim cue states. Words from `data/incident_words.tsv`."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import (
    Cand,
    Mention,
    arrested_nouns,
    ends_with,
    last_words,
    name_context,
    residence_regex,
)
from polsek_nlp.recognize.incident_words import (
    adverbs,
    any_word,
    compiled,
    parted_words,
    phrase_words,
    word_regex,
    words,
)
from polsek_nlp.recognize.quantities import number_pattern, parse_number

BECAME_VICTIM = re.compile(r"(?:\s*\(\d+\))?[^.;:\"“”]{0,90}?\b(?:menjadi|jadi)\s+korban\b"
                           r"|(?:\s*\(\d+\))?\s*,?\s*(?:juga\s+)?termasuk\s+(?:dalam\s+)?korban\b"  # `X (52), termasuk korban meninggal`
                            r"|(?:\s*\(\d+\))?\s*,\s*(?:salah\s+(?:satu|seorang)|seorang)\s+(?:dari\s+)?(?:para\s+)?korban\b")
# `X (33), selamat, sedangkan kernetnya, Y, tewas`: a clause of contrast says what it says of another person
CONTRAST = re.compile(rf"\b(?:{phrase_words('contrast')})\b", re.IGNORECASE)  # `contrast` rows
_BODY_OF = r"\b{body}\s+(?:kedua\s+|ketiga\s+|para\s+)?korban\b|^\W*{body}\b"  # `Mayat perempuan yang diketahui bernama X`


def reported() -> re.Pattern:
    """A word that reports what another said (`kata`, `mengatakan`, `bahwa`): what follows is said, not done."""
    return name_context(r"\b{reported}\b", 0)


def for_victim() -> re.Pattern:
    """A person who speaks or acts for the victim right before `korban` (`kuasa hukum`, `ibu`)."""
    return name_context(r"{for_victim}\s+$")


def read_harm_relations(c: Cand, m: Mention) -> None:
    """Who harmed whom around the name: the object of a verb of harm is a victim (`menganiaya X`,
    `mencuri sepeda motor milik X`: robbed; `menewaskan X`: dead), the agent after a passive one a
    suspect (`ditikam suaminya, X`), the name before a passive one a victim (`X dianiaya`), the
    subject of an active one in its clause a suspect (`X (66) ... usai menganiaya istrinya`)."""
    if _shot_or_robbed(c, m) or _dead_before(c, m):
        return
    ho = _harmed_object().search(m.text, max(m.s0, m.s - 160), m.s)
    if ho and ho.group("verb") and any((parse_number(cm.group("n")) or 0) > 1 for cm in _counted().finditer(ho.group(0))):
        ho = None  # `menewaskan tiga warga Padangsidempuan`: the name qualifies a counted group
    harm = _object_harm(ho) if ho else None
    if harm is None and _hit_before().search(m.prev) and not word_regex("role").search(m.nxt):  # `..., yang merupakan bandar`
        harm = "luka"  # `tembakan pelaku mengenai paha Bripda X`: the person the shot reached (s18cas)
    if harm is not None and not c.suspect_cues:
        c.victim_cues += 1
        if harm:
            c.harms.append(harm)
    elif _harmed_by().search(m.prev):
        c.suspect_cues += 1  # `tewas ditikam suaminya sendiri, X`: the one who harmed
    elif _harmed_after().match(m.nxt):
        c.victim_cues += 1  # `Kapolres X dan ajudannya dianiaya`
    elif (am := _acts_after().match(m.text, m.e, m.end)) and not reported().search(am.group(0)) \
            and (re.fullmatch(r"\s*yang\s+", am.group("gap")) or  # `X yang menganiaya korban`: X did it
                 not re.search(r"\b(?:korban|pelaku|tersangka|polisi|petugas|oleh|yang)\b|[A-Z]", am.group("gap"))):
        c.suspect_cues += 1


# `tim menemukan jasad X (45)`, `menemukan lagi jenazah X`: the body found, said actively (s23sv)
_FOUND_BODY = re.compile(r"\bmenemukan\s+(?:[a-z]+\s+)?\S+\s+$")


def _dead_before(c: Cand, m: Mention) -> bool:
    """A word right before the name that says the person died: `almarhum X` (a harm only), `kasus tewasnya X`,
    `Kematian X` (the incident's victim, dead), `Jasad X (25) ditemukan`, `tim menemukan jasad X` (a body found, not a
    funeral). True when the name's relations need no more reading (a body found)."""
    if not ends_with(m, _death_ends()):
        return False  # (each pattern below ends with one of these words: issue 20, s26spd)
    if name_context(r"\b{late}\s+$").search(m.prev):
        c.harms.append("tewas")
    if name_context(r"\b{death_of}\s+$").search(m.prev):
        c.victim_cues += 1
        c.harms.append("tewas")
    if name_context(r"\b{body}\s+$").search(m.prev) and (re.search(r"\bditemukan\b", m.text[m.s0:m.end])
                                                       or _FOUND_BODY.search(m.prev)):
        c.victim_cues += 1
        c.harms.append("tewas")
        return True
    return False


def _shot_or_robbed(c: Cand, m: Mention) -> bool:
    """`polisi menembak mati X`: a suspect shot dead; `sepeda motor milik X dicuri`: the owner of a thing
    taken, a victim. True when one of them is read. (`menembak` is searched for only in a window that holds it in
    lower case, or whose case `str` cannot read: `Mention.prev_end`; issue 20, s26spd.)"""
    if (m.prev_end is None or "menembak" in m.prev_end) and re.search(r"\bmenembak\s+(?:mati|tewas)\s+(?:[\w-]+\s+){0,2}$", m.prev, re.IGNORECASE):
        c.statuses.append("tewas")  # `polisi menembak mati X, bandar narkoba yang melawan`
        c.suspect_cues += 1
        return True
    if _owner_of_taken(m):
        c.victim_cues += 1
        c.harms.append("dirugikan")
        return True
    return False


def _owner_of_taken(m: Mention) -> bool:
    """`X` in `<thing> milik X (23) dicuri`, `milik nenek X (70) ... raib`: a passive verb of taking a thing
    (`taken` rows) in the clause after the owner's name; `Rumah X (55) di Kelurahan Y dibobol`: a place of X's own
    (`owned`) broken into (`broken_into`) after the name, not one a locative sets out (`ditangkap di rumah X`)."""
    # `milik H. X`: a title's abbreviation; `milik pasangan suami istri A (46) dan B`: the second owner of a list (s17cas)
    if re.search(rf"\b{_owner()}(?:{_co_owner(True)})?(?:(?-i:[A-Z][a-z]?)\.\s*)?$", m.prev, re.IGNORECASE):
        return _taken_after().match(m.text, m.e, m.end) is not None or _taken_before().search(m.prev) is not None
    return _owned_before(m) and _broken_after().match(m.text, m.e, m.end) is not None


_PLACE_CUES = word_set("locative_words", "place_cue")  # di, ke, dari, menuju ...: `ditangkap di rumah X` sets out a place


@cache
def _owned_place() -> re.Pattern:
    """`Rumah X`: a place of a person's own (`owned`) right before the name, and the word before it (`before`).
    `before` starts only where a word starts: the leftmost match is the same, and a search does not try every
    suffix of every word of the window as the word before (~17 us a mention, session 19)."""
    owned = parted_words("name_context", ("owned",))
    return re.compile(rf"(?:(?<![\w-])(?P<before>[\w-]+)\s+)?(?<![\w-])(?:{owned})\s+(?:(?-i:[A-Z][a-z]?)\.\s*)?$", re.IGNORECASE)


def _owned_before(m: Mention) -> bool:
    """The place right before the name is of the person's own, not one a locative sets out (`ditangkap di rumah X`).
    `_owned_place` is searched only in a window that ends with an `owned` word, or with one then a title's
    abbreviation of one or two letters and its dot (`rumah H. X`): how its matches end (issue 20, s26spd)."""
    bare = m.prev_end
    if bare is not None and not _ends_owned(bare):
        return False
    om = _owned_place().search(m.prev)
    return om is not None and (om.group("before") or "").lower() not in _PLACE_CUES


def _ends_owned(bare: str) -> bool:
    """A lowercase window less its trailing space that may end as `_owned_place` does: an `owned` word, or one, a space
    and a letter or two with a dot."""
    ends = last_words("name_context", "owned")
    return bare.endswith(ends) or bare.endswith(".") and (bare[:-2].rstrip().endswith(ends)
                                                          or bare[:-3].rstrip().endswith(ends))


@cache
def _death_ends() -> tuple[str, ...]:
    """The last words of the `late`, `death_of` and `body` rows: `_dead_before`'s three patterns end with one."""
    return last_words("name_context", "late", "death_of", "body")


@cache
def _broken_after() -> re.Pattern:
    broken = parted_words("name_context", ("broken_into",))
    return re.compile(rf"(?:\s*\(\d+(?:\s*tahun)?\))?[^.;:\"“”()]{{0,40}}?(?<![\w-])(?:{broken})(?![\w-])", re.IGNORECASE)


@cache
def _co_owner(before: bool) -> str:
    """An owner listed before the name (`A (46) dan `) or one listed after it (` dan B (43)`): the owners of one thing,
    joined by a `co_owner` row of name_context (dan, serta)."""
    joiner = parted_words("name_context", ("co_owner",))
    if before:
        return rf"(?:(?-i:[A-Z])[\w.'-]*\s+){{1,4}}(?:\(\d{{1,3}}(?:\s*tahun)?\)\s*)?,?\s*(?:{joiner})\s+"
    return rf"(?:\s+(?:{joiner})\s+(?:(?-i:[A-Z])[\w.'-]*\s*){{1,4}}(?:\(\d{{1,3}}(?:\s*tahun)?\))?)?"


@cache
def _owner() -> str:
    """`milik` and the owner's noun set out before the name (`milik seorang buruh pabrik, X`), no word joining another
    person after it (`not_owner` rows: `milik korban bersama temannya, X` names a companion)."""
    return (rf"(?:{phrase_words('owner_word', 'owner')})\s+(?:seorang\s+)?"
            rf"(?:(?!(?:{name_context(r'{not_owner}').pattern})\b)(?-i:[a-z-]+)\s*,?\s+){{0,3}}")  # `pasangan suami istri`


@cache
def _taken_before() -> re.Pattern:
    """`Sapi-sapi itu dicuri dari kandang milik X`: the passive verb of taking before the owner's `milik`."""
    taken = trie_alternation(words("taken"))
    return re.compile(rf"(?<![\w-])(?:{taken})(?![\w-])[^.;:\"“”()]{{0,40}}?\b{_owner()}$", re.IGNORECASE)


@cache
def _taken_after() -> re.Pattern:
    taken = trie_alternation(words("taken"))
    return re.compile(rf"(?:\s*\(\d+(?:\s*tahun)?\))?{_co_owner(False)}[^.;:\"“”()]{{0,40}}?(?<![\w-])(?:{taken})(?![\w-])",
                      re.IGNORECASE)


def _object_harm(ho: re.Match) -> str | None:
    """The harm of the object of an act or verb of harm (`""` when it says none), or None when the
    name is no victim after all (`mencuri kemenangan melalui X`: X owns nothing taken)."""
    if ho.group("dead"):
        return "tewas"  # `penganiayaan hingga tewas terhadap X`
    if ho.group("attempt") or ho.group("attempt_v"):  # `percobaan pembunuhan terhadap X`, `mengancam akan membunuh X`: no harm done yet
        return ""
    if not ho.group("verb"):  # `pembunuhan terhadap X`: the harm the act's noun says
        return words("harm_noun").get(ho.group("noun").lower(), "")
    harm = words("harm_act").get(ho.group("verb").lower(), "")
    between = ho.group(0)[len(ho.group("verb")):]
    if harm == "dirugikan" and between.strip() \
            and not compiled(rf"\b(?:{phrase_words('owner_word', 'taken_from')})\s+(?:\S+\s+){{0,2}}$"
                             r"|\b(?:seorang|bernama|korban)\b").search(between):
        return None  # a thing taken from X is said `milik X`; a person deceived is `seorang warga bernama X`
    return "" if harm == "object" else harm


@cache
def _counted() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{arrested_nouns()}|korban)(?![\w-])",
                      re.IGNORECASE)


@cache
def _harmed_object() -> re.Pattern:
    """What makes the next name a victim: an act of harm against it (`penganiayaan hingga tewas terhadap
    taruna tingkat II ..., X`) or an active verb of harm (`menganiaya istrinya X`, the object set out before
    the name: `menewaskan pengendara sepeda motor, X`; the owner of the thing a verb takes, `merampas sepeda motor milik
    seorang pelajar, X`)."""
    nouns = trie_alternation(words("harm_noun"))
    verbs = trie_alternation(words("harm_act"))
    attempt = parted_words("name_context", ("attempt",))
    return re.compile(rf"(?<!\w)(?:(?P<attempt>(?:{attempt})\s+)?(?P<noun>{nouns})(?P<dead>\s+hingga\s+(?:tewas|meninggal(?:\s+dunia)?))?\s+terhadap"
                      rf"\s+(?:[\w()-]+,?\s+){{0,10}}|(?:(?P<attempt_v>(?:{attempt})\s+(?:akan\s+)?)?(?P<verb>{verbs}))\s+(?:[\w-]+\s+){{0,3}}"
                      # a thing's owner set out after `milik` (`menggondol sepeda motor milik seorang buruh pabrik, X`)
                      rf"(?:{_owner()}|(?:[\w-]+,?\s+)?))$", re.IGNORECASE)


@cache
def _hit_before() -> re.Pattern:
    """A verb of a shot or a blow reaching a part of a body (`hits` name_context rows, `body_part` rows) right before
    the name, a side and a rank between (`mengenai lengan kiri Brigpol X`, `menembus paha X`), with a shot or a blow
    for its subject (`blow_noun` rows: `tembakan pelaku mengenai`), no negator nor near miss between (`tidak
    mengenai`, `nyaris mengenai`: review of s18cas, finding 8)."""
    blows, parts = trie_alternation(words("blow_noun")), trie_alternation(words("body_part"))
    lead, side, near = (trie_alternation(words(k)) for k in ("body_lead", "body_side", "near_miss"))
    return name_context(rf"(?<![\w-])(?:{blows})(?:\s+(?!(?:{{negator}}|{near})(?![\w-]))[\w-]+){{0,6}}?\s+{{hits}}"
                        rf"\s+(?:(?:{lead})\s+)?(?:{parts})(?:nya)?(?:\s+(?:{side}))?\s+(?:(?-i:[A-Z])[\w.]*\s+)?$")


@cache
def _harmed_after() -> re.Pattern:
    """A passive verb of harm right after the name (`X (25) dianiaya`, `X dan ajudannya dianiaya`), or after a short
    relative clause of the name that does no harm itself (`X yang terbangun dibacok`: up to three lowercase words, none
    an active verb of harm nor a passive one; s18cas), nor one of seeing or knowing (`witnessed` name_context rows),
    a victim word or a noun of someone's (`-nya`): `X yang melihat korban dibacok`, `X, yang mengetahui istrinya
    dianiaya` speak of another's harm (review of s18cas, finding 4)."""
    verbs = trie_alternation(words("harm_by"))
    others = rf"{parted_words('name_context', ('witnessed',))}|{trie_alternation(words('victim'))}|[a-z]+nya"
    harmless = rf"(?!(?:{trie_alternation(words('harm_act'))}|{verbs}|{others})(?![\w-]))(?-i:[a-z]+)\s+"
    return re.compile(rf"(?:\s*\(\d+(?:\s*tahun)?\))?\s*(?:dan\s+[a-z]+nya\s+)?(?:,?\s*yang\s+(?:{harmless}){{0,3}}?|"
                      rf"{adverbs('also', 'pun', 'once', 'done')})*(?P<v>{verbs})(?![\w-])")


def wounded_after(nxt: str) -> bool:
    """`X yang terbangun dibacok di bagian kepala`, `X dipukul dengan gagang senjata di kepala`: a passive verb of a
    blow or a cut (`wounding` rows) right after the name (as `_harmed_after` reads one) reaching a part of the body
    (`_wound_at`): the person is hurt (s19cas)."""
    cm = _AGE_COMMA.match(nxt)  # `Korban, X (20), dibacok di bagian lengan`
    hm = _harmed_after().match(nxt, cm.end() if cm else 0)
    return hm is not None and hm.group("v").lower() in words("wounding") and _wound_at().match(nxt, hm.end()) is not None


_AGE_COMMA = re.compile(r"\s*(?:\(\d{1,3}(?:\s*tahun)?\))?\s*,(?=\s)")


@cache
def _wound_at() -> re.Pattern:
    """A part of the body a blow reached, after its verb and up to four words of how (`dipukul dengan gagang senjata di
    kepala`, `dibacok di bagian kepala`, `ditusuk perutnya`), no mark of a clause's end between (s19cas); or the part's
    wound said as the blow's result, up to eight words of how between (`dipukul dengan gagang senjata api hingga
    kepalanya robek`: a `wound_result` row, the part, a `body_harm` row; s26cas). Not a part that a `part_place` row
    after it makes a place (`dianiaya di bibir pantai`; s26rvB)."""
    parts, lead, side = (trie_alternation(words(k)) for k in ("body_part", "body_lead", "body_side"))
    part = rf"(?:(?:{lead})\s+)?(?:{parts})(?:nya)?(?:\s+(?:{side})(?:nya)?)?"
    place = rf"\s+(?:{trie_alternation(words('part_place'))})(?![\w-])"  # `di bibir pantai`: a place (s26rvB)
    return re.compile(rf"(?:\s+(?-i:[a-z]+)){{0,4}}?\s+(?:di\s+)?{part}(?![\w-])(?!{place})"
                      rf"|(?:\s+(?-i:[a-z][a-z-]*)){{0,8}}?\s+(?:{phrase_words('name_context', 'wound_result')})\s+{part}\s+(?:{trie_alternation(words('body_harm'))})(?![\w-])",
                      re.IGNORECASE)


@cache
def _acts_after() -> re.Pattern:
    """The name as the subject of an active verb of harm later in its clause (`gap`: the words between)."""
    verbs = trie_alternation(w for w, v in words("harm_act").items() if v != "object")
    return re.compile(rf"(?:\s*\(\d+(?:\s*tahun)?\))?(?P<gap>[^.;:\"“”()]{{0,100}}?)(?<![\w-])(?:{verbs})(?![\w-])"
                      r"(?=\s+(?!(?:dari|ke|di|pada|dengan|hingga|sampai)\b)\w)")  # an object: not `menusuk dari sisi kanan`


@cache
def _harmed_by() -> re.Pattern:
    """A passive verb of harm and its agent up to the name (`ditikam suaminya, X`, `dianiaya oleh X`; the comma of the
    apposition after the agent's last word only when the agent is kin or someone's (a `relation` word or a `-nya`:
    `dibacok suaminya sendiri, X`), not `dibacok orang tak dikenal, X dan Y` (the victims set out) nor `terlindas
    truk, sedangkan ..., X`)."""
    verbs = trie_alternation(words("harm_by"))
    kin = trie_alternation(words("relation"))
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:oleh\s+)?(?:(?:[a-z-]+\s+){{0,3}}?,?\s*"
                      rf"|(?=(?:[a-z-]+\s+){{0,2}}?(?:(?:{kin})(?![\w-])|[a-z-]+nya\b))(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s*)$")


def crime_harm(c: Cand, after: str) -> None:
    """`menjadi korban penipuan`: the harm the crime named after `korban` gives (`harm_noun` value)."""
    kind = re.match(r"\s+(\w+)", after)
    harm = words("harm_noun").get(kind.group(1).lower()) if kind else None
    if harm:  # a `-` cell reads as "": the crime says no harm
        c.harms.append(harm)


# a sentence that names the person the sentence before spoke of: `Ia adalah X`, `Korban diketahui bernama X`
IDENTIFIED = re.compile(r"\W*(?:Ia|Dia)\s+(?:adalah|yakni|ialah|diketahui\s+bernama|bernama)\s+(?:(?-i:[A-Z])[\w.]*\s+){0,3}")
VICTIM_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\W*Korban\b[^.!?\n]*[.!?]\s*$")
@cache
def victims_before() -> re.Pattern:
    """The sentence before counts victims: `korban` its subject (`Korbannya mencapai 40 orang.`, `Sebanyak 40 korban
    ...`) or a counted group that became victims (`Sebanyak 40 warga menjadi korban penipuan.`); not `korban` anywhere
    in it (`menerjunkan 12 penyidik untuk mendata para korban.` counts investigators)."""
    return re.compile(rf"(?:(?:^|(?<=[.!?])|\n)\s*\W*(?:(?:para|sebanyak)\s+)?(?:{number_pattern()}\s+)?(?:orang\s+)?korban(?:nya)?\b"
                      rf"|\b{number_pattern()}\s+(?:orang\s+)?(?:[\w-]+\s+){{0,2}}(?:menjadi|jadi)\s+korban\b)[^.!?\n]*[.!?]\s*$",
                      re.IGNORECASE)


@cache
def of_victims_counted() -> re.Pattern:
    """`Tiga di antaranya melapor ke Polres, yakni X`, `Dua di antaranya, X`: the names of some of a counted group
    (`of_group` rows), set out at the start of their sentence (the sentence before says who the group is:
    `victims_before`); a comma sets them out only right after the group's words (`Tiga di antaranya berasal dari
    Kecamatan Y, X selaku ...` names another)."""
    return name_context(rf"^\W*(?:{number_pattern()}|{{some_of}})\s+(?:orang\s+)?(?:{{of_group}})(?:\s*,\s*|\b"
                        r"[^.;!?\"“”]{0,60}?\b(?:{identity}|masing-masing|bernama)\s*:?\s*)"
                        r"(?:seorang\s+[a-z ]{0,30},\s*)?$")


@cache
def _counted_body() -> re.Pattern:
    """`empat jenazah`: a count of dead bodies."""
    return name_context(rf"(?<![\w-])(?:{number_pattern()})\s+{{body}}\b")


@cache
def victim_list() -> re.Pattern:
    """What opens a list of victims just before a name (and its title: `Kapolres X AKBP`): `korban ...
    adalah|yakni|bernama ...`, `korban tewas,`, `Kedua anggota yang dianiaya itu adalah` (not `korban diserahkan kepada
    keluarganya, X`: a relation's `-nya` before the comma makes X someone of the victim's)."""
    harmed = trie_alternation(words("harm_by"))
    kin = trie_alternation(words("relation"))
    return name_context(rf"(?:\bkorban(?:nya)?\b|\byang\s+(?:{harmed})\b|(?:^|(?<=[.!?]\s))\W*{{body}}\b"
                        rf"|{_counted_body().pattern})"  # `mengevakuasi empat jenazah, yakni A, B`
                      r"(?:[^.;\"“”]{0,40}?\b(?:yakni|yaitu|adalah|ialah|diidentifikasi\s+sebagai|masing-masing|bernama|"
                      r"atas\s+nama|antara\s+lain|sebut\s+saja(?:\s+namanya)?)\s*:?|(?:\s+(?!(?:" + kin + r")nya\b)[a-z]+){0,3}\s*,"
                      rf"|{_ordered_victim()}\s*,\s*{_described_lead()})\s*"
                      r"(?:(?-i:[A-Z])[\w.]*\s+){0,4}$")


@cache
def _ordered_victim() -> str:
    """`Korban lain`, `Korban kedua`, `korban tewas`, `Korban penipuan itu`: after `korban`, up to three words that
    only order or qualify the victim (`name_context` rows of part `victim_order`, a harm, an act of harm, `itu`), no
    verb: the comma after them sets out who the victim is (not `Korban langsung dievakuasi, petugas jaga X`)."""
    harms = trie_alternation(words("harm").keys() | words("harm_noun").keys())
    return rf"(?:\s+(?:{{victim_order}}|{harms}|itu|tersebut)(?![\w-])){{0,3}}"


@cache
def _described_lead() -> str:
    """`Korban lain, pasangan suami istri X`, `Korban kedua, sopir taksi daring X`: after the comma that sets out the
    victim, a pair (`count_context` rows of part `pair`) or a noun of a person (`person_noun`, `victim_noun` rows) and
    up to two more plain words (no verb: no `me-`, `di-`, `ber-`, `ter-` word, no `yang`, `dan`) describe the person
    before the name (s22sv)."""
    nouns = trie_alternation(words("person_noun").keys() | words("victim_noun").keys())
    plain = r"(?!(?:yang|dan|serta|atau|oleh|dengan|di|ke|dari|pada|itu|tersebut)\b)(?!(?:me|di|ber|ter)\w{3,})(?-i:[a-z]+)"
    return rf"(?:(?-i:{phrase_words('count_context', 'pair')})|(?-i:{nouns}))(?![\w-])(?:\s+{plain}){{0,2}}\s+"


@cache
def including() -> re.Pattern:
    """`lima polisi terluka, termasuk Kapolsek X Kompol Y`: one of those harmed, named after the count."""
    harms = trie_alternation(words("harm"))
    return re.compile(rf"(?<![\w-])(?:{harms})\s*,?\s*(?:di\s*antaranya|termasuk|antara\s+lain|salah\s+satunya)\s+"
                      r"(?:[A-Z][\w.]*\s+){0,5}$")


def object_of_act(gap: str) -> bool:
    """`pelaku penyerangan X`, `terduga pelaku penyiraman air keras pada penyidik X`: the name is the
    object of an act of harm named right after the role word (no comma between)."""
    m = re.fullmatch(r"\s+(?P<act>\w+)(?:\s+[^,\s]+){0,5}?\s+", gap)
    return m is not None and m.group("act").lower() in words("harm_noun")


def cue_harm(c: Cand, cue: str) -> None:
    """The harm a victim cue states (`korban tewas tersebut adalah`, `jenazah korban,`, `korban
    penipuan,`)."""
    hm = list(word_regex("harm").finditer(cue))
    if hm:
        c.harms.append(words("harm")[hm[-1].group(0).lower()])
    elif name_context(_BODY_OF).search(cue) or _counted_body().search(cue):
        c.harms.append("tewas")
    elif (acts := [words("harm_noun")[w] for w in re.findall(r"\w+", cue.lower()) if words("harm_noun").get(w)]) \
            and not name_context(r"\b{attempt}\b").search(cue):  # an attempt harmed no one yet
        c.harms.append(acts[-1])  # `Korban penipuan, X`: a loss


_FOUND_DEAD = (r"^\s*(?:\(\d+(?:\s*tahun)?\))?\s*,\s*(?:[a-z]+\s+){1,3}(?:[A-Z][\w.]*,?\s+){0,5}(?:{found_dead}\s+)+"
               r"|^\s*(?:\(\d+(?:\s*tahun)?\))?\s*,\s*(?:[a-z]+\s+){0,3}?[a-z]+\s*,\s*(?:{harm_lead}\s+)*")  # `X (45), salah satu korban, mengalami luka`
# (one word too: `X (21), mahasiswa, mengalami luka bacok`)


def harm_after_apposition(m: Mention) -> re.Match | None:
    """`X (6), bocah warga negara Y ditemukan tewas`: a harm after an apposition of the name; `X yang saat
    itu melintas terkena sabetan`: after a short relative clause that does no harm itself."""
    fm = name_context(_FOUND_DEAD, 0).match(m.nxt)
    if fm is not None and reported().search(fm.group(0)):
        return None  # `dr X, mengatakan korban mengalami luka`: the harm said is another's
    if fm is not None:
        return word_regex("harm").match(m.nxt, fm.end())
    if hm := _harm_after_residence(m):
        return hm
    wm = _who_clause().match(m.nxt)
    if wm is None or _harm_or_role().search(wm.group(0)):
        return None  # `X yang menganiaya korban hingga tewas`: X did the harm
    return word_regex("harm").match(m.nxt, wm.end())


def _harm_after_residence(m: Mention) -> re.Match | None:
    """`X (34), warga Desa Y, Kecamatan Z, meninggal di tempat`: a harm right after the residence clause
    that follows the name (a clause with no verb of its own, read by the residence pattern), words of aspect or
    suffering before it (`harm_lead`, `before_harm` rows: `..., warga Desa Y, masih dalam pencarian`; s18cas)."""
    after = m.text[m.e:min(m.s1 or len(m.text), m.e + 160)]
    rm = residence_regex().match(after)
    if rm is None:
        return None
    lead = name_context(r"\s*,\s*(?:(?:{harm_lead}|{before_harm})\s+)*", 0).match(after, rm.end("r"))
    return word_regex("harm").match(after, lead.end()) if lead else None


@cache
def _who_clause() -> re.Pattern:
    """`yang saat itu melintas ` before a harm: a relative clause of up to five words, set off by a comma or not
    (`X (34), yang berusaha melerai terkena sabetan`); or the name's own first predicate of up to five lowercase words
    joined to the harm by `dan` (`Ibu korban, X (30), sempat berusaha menyelamatkan anaknya dan mengalami luka`; s23sv2);
    or the name's care and its why (`care_then`: `X (16), dilarikan ke RSUD Y karena patah kaki`; s29cas)."""
    return re.compile(rf"^\s*(?:\(\d+(?:\s*tahun)?\))?\s*,?\s*(?:yang\s+(?:[\w-]+\s+){{1,5}}?"
                      rf"|(?-i:(?:[a-z-]+\s+){{1,5}}?dan\s+)(?:(?:{name_context('{before_harm}').pattern})\s+)*"
                      rf"|{care_then().pattern})"  # `X (16), dilarikan ke RSUD Y karena patah kaki` (s29cas)
                      rf"(?<!hingga )(?<!sampai )"
                      rf"(?={word_regex('harm').pattern})",
                      re.IGNORECASE)


@cache
def _harm_or_role() -> re.Pattern:
    """A verb or noun of harm, a role or a victim word: what makes a relative clause the harm's own."""
    ws = words("harm_act").keys() | words("harm_noun").keys() | words("role").keys() | {"korban"}
    return any_word(ws)


@cache
def care_then() -> re.Pattern:
    """`dilarikan ke Puskesmas X dengan `, `dibawa ke RSUD Y karena mengalami `: a person taken to or kept in care
    (`care_taken` name_context rows, then `ke` / `di` and the place, no clause's end between) and the word that opens
    why (`care_why` rows, a `wound_lead` row or a `care_state` row after it or not: `dengan kondisi kritis`, s29rvA):
    what follows is the person's harm, when it is one (s29cas)."""
    return name_context(r"(?:{care_taken})\s+(?:ke|di)\s+[^.!?;:,\"“”]{1,60}?\s+(?:{care_why})\s+"
                        r"(?:(?:{wound_lead}|{care_state})\s+)?", 0)


def harm_at(text: str, pos: int) -> re.Match | None:
    """The harm (a `harm` row) at `pos`, or after a lead of care there (`care_then`: `Korban dilarikan ke Puskesmas X
    dengan luka di kepala`; s29cas)."""
    cm = care_then().match(text, pos)
    hm = word_regex("harm").match(text, cm.end()) if cm else None
    return hm or word_regex("harm").match(text, pos)


@cache
def _until_harm() -> re.Pattern:
    """What an act's clause goes on to say it left, up to 60 characters on, no clause's end between: `hingga` /
    `sampai` (`until` rows), aspect and suffering words (`korban_state` rows) and a harm (`harm` rows: `hingga terluka
    di perut`, `hingga mengalami luka memar`), or a part of the body and its wound (`body_part`, `body_harm` rows:
    `hingga jari tangannya putus`: luka; s29cas)."""
    parts, side = trie_alternation(words("body_part")), trie_alternation(words("body_side"))
    part = rf"(?:{parts})(?:nya)?(?:\s+(?:{side})(?:nya)?)?"
    return name_context(rf"[^.!?;:\"“”]{{0,60}}?\b{{until}}\s+(?:(?:{{korban_state}})\s+)*"
                        rf"(?:(?P<h>{trie_alternation(words('harm'))})|{part}(?:\s+{part})?\s+(?:{trie_alternation(words('body_harm'))}))(?![\w-])")


def result_harm(text: str, pos: int) -> str | None:
    """The harm the clause from `pos` says an act left (`_until_harm`: `menikam seorang pemuda hingga terluka`, `membacok
    seorang penjaga hingga jari tangannya putus`: luka), or None (s29cas)."""
    um = _until_harm().match(text, pos)
    if um is None:
        return None
    return words("harm")[um.group("h").lower()] if um.group("h") else "luka"
