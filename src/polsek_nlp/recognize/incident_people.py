"""Suspects and victims of an incident: the people `polsek_persons` found, read in the context of
each mention (a role word before the name, a verb of arrest or harm around it), people named only
by initials (`tersangka berinisial AS (25)`, `pelaku yakni Y, AK dan R`), and counted unnamed ones
(`dua pelaku`, `seorang korban`). Also the number arrested. Words from `data/incident_words.tsv`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import compiled, word_regex, word_tuple, words
from polsek_nlp.recognize.quantities import number_pattern, number_words, parse_number
from polsek_nlp.record.types import Casualties, Person, Suspect, Victim

ROLE_RANK = ("terpidana", "terdakwa", "tersangka", "terduga", "pelaku")
INITIALS = r"[A-Z]{1,3}(?:\.\s?[A-Z]{1,3})?"
_INITIAL_CUE = re.compile(
    rf"(?<![\w-])(?P<cue>berinisial|inisial|tersangka|terduga|pelaku|korban|kurir|pengedar|bandar|terdakwa)"
    rf"(?:,?\s+(?:teroris|narkoba|berinisial|inisial|yakni|yaitu|masing-masing))*\s+(?P<name>{INITIALS})(?!\w)"
    rf"(?!\.\s?[A-Z][a-z]?\b)"
    rf"(?:\s*\((?P<age>\d{{1,2}})\))?")
_LIST_NEXT = re.compile(rf"(?:\s*,\s*(?:dan\s+)?|\s+dan\s+)(?P<name>{INITIALS})(?!\w)(?!\.\s?[A-Z][a-z]?\b)(?:\s*\((?P<age>\d{{1,2}})\))?")
@cache
def _residence_regex() -> re.Pattern:
    """`, warga Desa X, Kecamatan Y`: the place after a cue of residence, up to the end of the place
    phrase (a weekday or month name after it is the date, not the place)."""
    dates = "|".join(sorted((re.escape(r["word"]) for r in read_table("temporal_words.tsv")
                             if r["kind"] in ("weekday", "month") and r["form"] == "full"), key=len, reverse=True))
    return re.compile(
        r"^\s*(?:\(\d{1,3}\)\s*)?,?\s*(?:\d{1,3}\s*,\s*)?(?:(?:usia|berusia|umur)\s+\d{1,3}\s+tahun\s*,\s*)?"
        r"(?:(?:seorang|yang\s+merupakan|merupakan)\s+)?(?:\w+\s+){0,2}?"
        r"(?:warga|penduduk|asal|yang\s+tinggal\s+di|tinggal\s+di|beralamat\s+di)\s+"
        r"(?P<r>(?:(?:Desa|Kampung|Kp\.|Dusun|Kecamatan|Kec\.|Kelurahan|Kel\.|Kabupaten|Kab\.|Kota|Jalan|Jl\.|RT|RW|"
        rf"(?!(?:{dates})\b)[A-Z][\w'`-]*|\d+)(?:\s+|\s*,\s*(?=[A-Z])|\s*/\s*)?)+)")


# between a role word and its name: no clause (`pelaku yang mengeroyok ... Hermansyah`)
_NOT_APPOSED = re.compile(r"\b(?:yang|dan|atau|terhadap|untuk|oleh|dari|dengan|saksi|korban|kata|ujar|ucap|tutur|menurut|me\w{3,}|"
                          r"ber(?!inisial)\w{4,}|di\w{4,})\b|[.;:\"“”]")
# `pelaku diketahui bernama X`, `tersangka yang teridentifikasi bernama X`: words that only name
_NAMING = re.compile(r"\s(?:yang\s+)?(?:(?:diketahui|disebut|teridentifikasi|diidentifikasi)\s+)?bernama\s*$")
_BECAME_VICTIM = re.compile(r"(?:\s*\(\d+\))?[^.;:\"“”]{0,90}?\b(?:menjadi|jadi)\s+korban\b"
                            r"|(?:\s*\(\d+\))?\s*,\s*(?:salah\s+(?:satu|seorang)|seorang)\s+(?:dari\s+)?(?:para\s+)?korban\b")
_REPORTED = re.compile(r"\b(?:kata|ujar|ucap|tutur|mengatakan|menyebut|menyebutkan|menilai|menduga|bahwa)\b")
_BODY_OF = re.compile(r"\b(?:jenazah|mayat|jasad)\s+(?:kedua\s+|ketiga\s+|para\s+)?korban\b", re.IGNORECASE)
_FOR_VICTIM = re.compile(r"(?:kuasa|kuasa\s+hukum|keluarga|kerabat|pengacara|orang\s+tua|ibu|ayah|pendamping|"
                         r"rekan|teman|istri|suami|anak|adik|kakak)\s+$", re.IGNORECASE)
_DESIGNATED = re.compile(r"\bsebagai\s+tersangka\b|\bditetapkan\s+(?:sebagai\s+|menjadi\s+)?tersangka\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:kata|ujar|ucap|tutur|jelas|terang|ungkap)(?:nya)?\b|\bme\w{3,}|\bber\w{3,}")
_PRONOUN_ARREST = re.compile(
    r"^\W*(?:Dia|Ia|Pelaku|Tersangka|Keduanya|Ketiganya|Mereka|"
    r"(?P<np>(?:Remaja|Pria|Wanita|Pemuda|Pelajar|Bocah|Pelaku|Tersangka|Perempuan|Lelaki|Warga)\s+(?:ini|itu|tersebut)))"
    r"\s+(?:(?:pun|kemudian|akhirnya|lalu|sudah|telah|berhasil|langsung|kini)\s+)*"
    r"(?P<v>ditangkap|dibekuk|diringkus|dicokok|diciduk|diamankan|ditahan)\b")
_AGE_APPOSITION = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
                             r"(?:,\s*(?P<age>\d{1,2})\s*,|\s*\((?P<age2>\d{1,2})(?:\s*tahun)?\))")
_AGE_AFTER = re.compile(r"^\s*(?:\((?P<a>\d{1,2})(?:\s*(?:tahun|thn|th))?\)|,\s*(?P<b>\d{1,2})\s*,|,?\s*(?:(?:usia|berusia|umur)\s+)?(?P<c>\d{1,2})\s+tahun\b)")
_VERBISH = re.compile(r"\b(?:me\w{3,}|ber\w{3,}|di\w{4,}|ter(?!sangka|duga|dakwa|pidana|lapor)\w{4,}|yang|kata|ujar|dan|pada|saat|ketika|setelah|sebelum|sejak|"
                      r"untuk|kepada|karena|keduanya|mereka|ia|dia|lagi-lagi|(?i:tidak|tak|belum|bukan|gagal))\b"
                      r"|[.;:\"“”]")
_SAID_BEFORE = re.compile(r"\b(?:kata|ujar|ucap|tutur|jelas|terang|ungkap|sebut|menurut)(?:nya)?\s+(?:[A-Z][\w.]*\s+){0,4}$")
_ARREST_COUNT_ROLE = r"(?:orang\s+)?(?:pelaku|tersangka|terduga|pengedar|perampok|pencuri|begal|kurir|bandar|remaja|pemuda|pria)"


@dataclass
class People:
    suspects: list[Suspect] = field(default_factory=list)
    victims: list[Victim] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    arrests: int | None = None
    dead_suspects: int = 0
    spans: list[tuple[str, int, int, Any]] = field(default_factory=list)


@dataclass
class _Cand:
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


def _sentence_of(sents: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for s0, s1 in sents:
        if s0 <= at < s1:
            return s0, s1
    return 0, 0


def _best(values: list[str], order: tuple[str, ...]) -> str | None:
    ranked = [v for v in order if v in values]
    if ranked:
        return ranked[0]
    return values[0] if values else None


class _NotRole:
    """`pelaku usaha`: the words after a role word that make it no role (`not_role` rows)."""

    @staticmethod
    @cache
    def regex() -> re.Pattern:
        alts = "|".join(sorted((re.escape(w) for w in words("not_role")), key=len, reverse=True))
        return re.compile(rf"\s+(?:{alts})\b", re.IGNORECASE)

    def match(self, text: str, pos: int) -> re.Match | None:
        return self.regex().match(text, pos)


_NOT_ROLE = _NotRole()


class _NotStatus(_NotRole):
    """`ditahan imbang`: the words after a status verb that make it none (`not_status` rows)."""

    @staticmethod
    @cache
    def regex() -> re.Pattern:
        alts = "|".join(sorted((re.escape(w) for w in words("not_status")), key=len, reverse=True))
        return re.compile(rf"\s+(?:{alts})\b", re.IGNORECASE)


_NOT_STATUS = _NotStatus()


@cache
def _intro_regex() -> re.Pattern:
    """A role word or `korban`: what introduces a person named by initials."""
    alts = "|".join(sorted((re.escape(w) for w in [*words("role"), "korban"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


_INITIALS_AGE = re.compile(r"(?<![\w.])(?P<name>[A-Z]{2,3})\s*\((?P<age>\d{1,2})(?:\s*tahun)?\)")


def _initial_people(text: str) -> list[_Cand]:
    """People named by initials after a role word (`tersangka berinisial AS (25)`, `pelaku yakni Y, AK
    dan R`) or with their age (`KT (6), bocah ...`)."""
    out: dict[str, _Cand] = {}
    for m in _INITIALS_AGE.finditer(text):
        c = out.setdefault(m.group("name"), _Cand(name=m.group("name"), initials=True))
        c.spans.append((m.start("name"), m.end("name")))
        c.age = c.age or int(m.group("age") or m.group("age2"))
    for m in _INITIAL_CUE.finditer(text):
        if _NOT_ROLE.match(text, m.end("cue")):
            continue  # `pelaku usaha UMKM`: a business, not a perpetrator
        found = [(m.group("name"), m.group("age"), m.start("name"), m.end())]
        pos = m.end()
        while True:
            nm = _LIST_NEXT.match(text, pos)
            if not nm:
                break
            found.append((nm.group("name"), nm.group("age"), nm.start("name"), nm.end()))
            pos = nm.end()
        for name, age, s, _e in found:
            c = out.setdefault(name, _Cand(name=name, initials=True))
            c.spans.append((s, s + len(name)))
            if age and c.age is None:
                c.age = int(age)
    return list(out.values())


_GROUP_ARREST = re.compile(
    r"(?:\b(?:para|kedua|ketiga|keempat|kelima)\s+|\b\w+\s+)?(?:tersangka|terduga|pelaku)(?:\s+teroris)?\s+(?:yang|itu|tersebut)?\s*"
    r"(?:(?:sudah|telah|berhasil)\s+)?(?P<v>ditangkap|dibekuk|diringkus|ditahan)\b|\b[Ss]eluruhnya\s+(?P<v2>ditangkap)\b")
_GROUP_ROLE = re.compile(r"\b(?:[Pp]ara|[Kk]edua|[Kk]etiga|[Kk]eempat|[Kk]elima|\w+)\s+(?P<r>(?i:tersangka|terduga|terdakwa|terpidana))\b"
                         r"(?!\s+(?:berinisial|bernama|[A-Z]))(?!\s*(?:[a-z]+\s*){0,2},?\s*[A-Z][a-z])")
_HOME = re.compile(
    rf"\b(?:rumah|kediaman|kontrakan|rumah\s+kontrakan|tempat\s+tinggal)\s+(?P<who>(?:pelaku|tersangka|terduga)"
    rf"(?:\s+teroris)?(?:\s+berinisial\s+{INITIALS})?|[A-Z][\w'`-]*(?:\s+[A-Z][\w'`-]*)*)\s+(?:yang\s+(?:terletak|berada)\s+)?di\s+"
    r"(?:kawasan\s+|daerah\s+)?(?P<r>(?:(?:Desa|Kampung|Kp\.|Dusun|Kecamatan|Kelurahan|Kabupaten|Kota|Jalan|Jl\.|RT|RW|"
    r"[A-Z][\w'`-]*|\d+)(?:\s+|\s*,\s*(?=[A-Z])|\s*/\s*)?)+)")
_GENERIC_ARREST = re.compile(
    r"(?:^|[.!?]\s+|\b[Pp]ara\s+)(?:[Tt]ersangka|[Pp]elaku|[Pp]ara\s+tersangka|[Pp]ara\s+pelaku|[Kk]eduanya|[Kk]etiganya|[Mm]ereka|[Kk]elimanya)\s+"
    r"(?:(?:pun|kemudian|akhirnya|sudah|telah|langsung|berhasil)\s+)*(?P<v>ditangkap|dibekuk|diringkus|ditahan|diamankan)\b")


@cache
def _thing_words() -> frozenset[str]:
    items = {r["phrase"].split()[0] for r in read_table("evidence_items.tsv")}
    return frozenset(items | words("not_item").keys() | words("vessel").keys())


@cache
def _object_words() -> frozenset[str]:
    """Nouns of seized things other than drugs (`mengamankan kapal berbendera Singapura, Sunrise Glori`)."""
    items = {r["phrase"].split()[0] for r in read_table("evidence_items.tsv") if r["kind"] != "drug"}
    return frozenset(items | {"abk", "kri", "km"})


def _thing_name(name: str, age: int | None = None, titled: bool = False) -> bool:
    """`Kapal Sunrise Glory`, `ABK Sunrise Glory`: a name that begins with a thing's noun names no
    person; nor does a lone ordinary word (`Komisi`), unless an age or a title goes with it (`Akbar, 22,`,
    `Kompol Efendi`)."""
    from polsek_nlp.recognize.names import is_common_word

    ws = name.split()
    return bool(ws) and (ws[0].lower() in _thing_words() or len(ws) == 1 and is_common_word(ws[0])
                         and not name.isupper() and age is None and not titled
                         or re.fullmatch(r"[IVX]+", name) is not None  # `taruna tingkat III`: a numeral
                         or len(ws) > 1 and ws[0].lower() in words("harm_noun"))  # `Penganiayaan Adam Taruna`


def _age_people(text: str, known: set[str]) -> list[_Cand]:
    """`Akbar, 22, ...`, `Akbar (22)`: a name with its age in apposition, which the person reader may miss."""
    from polsek_nlp.knowledge.lexicon import name_stopwords
    from polsek_nlp.recognize.names import is_common_word

    out: dict[str, _Cand] = {}
    for m in _AGE_APPOSITION.finditer(text):
        ws = m.group("name").split()
        while len(ws) > 1 and is_common_word(ws[0]):
            ws = ws[1:]  # `Petualangan Akbar, 22,` -> Akbar (the age makes the last word a name)
        if any(w.lower() in name_stopwords() for w in ws):
            continue
        name = " ".join(ws)
        # a person only here when no known person shares a word of the name (`Suryo Utomo (30)` and a
        # `Suryo Suryo` the person reader misread are one person)
        new = name not in known and not any(set(name.split()) & set(k.split()) for k in known)
        c = out.setdefault(name, _Cand(name=name, initials=new))
        c.age = c.age or int(m.group("age") or m.group("age2"))
        c.spans.append((m.end("name") - len(name), m.end("name")))
        for at in occurrences(text, name):
            if (at, at + len(name)) not in c.spans:
                c.spans.append((at, at + len(name)))
    for c in out.values():
        c.spans.sort()
    return list(out.values())


@dataclass
class _Mention:
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
        self.prev = self.text[max(self.s0, self.s - 90):self.s]
        self.nxt = self.text[self.e:min(self.s1 or len(self.text), self.e + 70)]

    @property
    def end(self) -> int:
        """Where the sentence ends (the text's end when there is no sentence)."""
        return self.s1 or len(self.text)


def _read_context(c: _Cand, text: str, sents: list[tuple[int, int]]) -> None:
    """What the text says around each mention of `c`: role, status, harm, sex, residence, age."""
    for s, e in c.spans:
        s0, s1 = _sentence_of(sents, s)
        m = _Mention(text, s, e, s0, s1)
        _read_role(c, m)
        _read_designation(c, m)
        _read_status_after(c, m)
        _read_arrest_before(c, m)
        _read_harm_relations(c, m)
        _read_attributes(c, text, s, e, s0, s1)
    _spouses(c, text)


def _read_harm_relations(c: _Cand, m: _Mention) -> None:
    """Who harmed whom around the name: the object of a verb of harm is a victim (`menganiaya X`,
    `mencuri sepeda motor milik X`: robbed; `menewaskan X`: dead), the agent after a passive one a
    suspect (`ditikam suaminya, X`), the name before a passive one a victim (`X dianiaya`), the
    subject of an active one in its clause a suspect (`X (66) ... usai menganiaya istrinya`)."""
    if re.search(r"\bmenembak\s+(?:mati|tewas)\s+(?:[\w-]+\s+){0,2}$", m.prev, re.IGNORECASE):
        c.statuses.append("tewas")  # `polisi menembak mati X, bandar narkoba yang melawan`
        c.suspect_cues += 1
        return
    if re.search(r"\b(?:almarhum|almarhumah|mendiang)\s+$", m.prev, re.IGNORECASE):
        c.harms.append("tewas")  # `almarhum X`: X has died
    if re.search(r"\b(?:jasad|jenazah|mayat)\s+$", m.prev, re.IGNORECASE) \
            and re.search(r"\bditemukan\b", m.text[m.s0:m.end]):  # a body found, not a funeral
        c.victim_cues += 1  # `Jasad X (25) ditemukan di semak-semak`
        c.harms.append("tewas")
        return
    ho = _harmed_object().search(m.text, max(m.s0, m.s - 160), m.s)
    if ho and ho.group("verb") and any((parse_number(cm.group("n")) or 0) > 1 for cm in _counted().finditer(ho.group(0))):
        ho = None  # `menewaskan tiga warga Padangsidempuan`: the name qualifies a counted group
    harm = _object_harm(ho) if ho else None
    if harm is not None and not c.suspect_cues:
        c.victim_cues += 1
        if harm:
            c.harms.append(harm)
    elif _harmed_by().search(m.prev):
        c.suspect_cues += 1  # `tewas ditikam suaminya sendiri, X`: the one who harmed
    elif _harmed_after().match(m.nxt):
        c.victim_cues += 1  # `Kapolres X dan ajudannya dianiaya`
    elif (am := _acts_after().match(m.text, m.e, m.end)) and not _REPORTED.search(am.group(0)) \
            and (re.fullmatch(r"\s*yang\s+", am.group("gap")) or  # `X yang menganiaya korban`: X did it
                 not re.search(r"\b(?:korban|pelaku|tersangka|polisi|petugas|oleh|yang)\b|[A-Z]", am.group("gap"))):
        c.suspect_cues += 1


def _object_harm(ho: re.Match) -> str | None:
    """The harm of the object of an act or verb of harm (`""` when it says none), or None when the
    name is no victim after all (`mencuri kemenangan melalui X`: X owns nothing taken)."""
    if ho.group("dead"):
        return "tewas"  # `penganiayaan hingga tewas terhadap X`
    if not ho.group("verb"):
        return ""
    harm = words("harm_act").get(ho.group("verb").lower(), "")
    between = ho.group(0)[len(ho.group("verb")):]
    if harm == "dirugikan" and between.strip() \
            and not re.search(r"\b(?:milik|kepunyaan|punya|dari)\s+(?:\S+\s+){0,2}$|\b(?:seorang|bernama|korban)\b", between):
        return None  # a thing taken from X is said `milik X`; a person deceived is `seorang warga bernama X`
    return "" if harm == "object" else harm


@cache
def _counted() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{_arrested_nouns()}|korban)(?![\w-])",
                      re.IGNORECASE)


@cache
def _harmed_object() -> re.Pattern:
    """What makes the next name a victim: an act of harm against it (`penganiayaan hingga tewas terhadap
    taruna tingkat II ..., X`) or an active verb of harm (`menganiaya istrinya X`, the object set out before
    the name: `menewaskan pengendara sepeda motor, X`)."""
    nouns = "|".join(sorted(map(re.escape, words("harm_noun")), key=len, reverse=True))
    verbs = "|".join(sorted(map(re.escape, words("harm_act")), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?:{nouns})(?P<dead>\s+hingga\s+(?:tewas|meninggal(?:\s+dunia)?))?\s+terhadap"
                      rf"\s+(?:[\w()-]+,?\s+){{0,10}}|(?P<verb>{verbs})\s+(?:[\w-]+\s+){{0,3}}(?:[\w-]+,?\s+)?)$", re.IGNORECASE)


@cache
def _harmed_after() -> re.Pattern:
    """A passive verb of harm right after the name (`X (25) dianiaya`, `X dan ajudannya dianiaya`)."""
    verbs = "|".join(sorted(map(re.escape, words("harm_by")), key=len, reverse=True))
    return re.compile(rf"(?:\s*\(\d+(?:\s*tahun)?\))?\s*(?:dan\s+[a-z]+nya\s+)?(?:(?:yang|juga|pun|sempat|telah|sudah)\s+)*"
                      rf"(?:{verbs})(?![\w-])")


@cache
def _acts_after() -> re.Pattern:
    """The name as the subject of an active verb of harm later in its clause (`gap`: the words between)."""
    verbs = "|".join(sorted((re.escape(w) for w, v in words("harm_act").items() if v != "object"), key=len, reverse=True))
    return re.compile(rf"(?:\s*\(\d+(?:\s*tahun)?\))?(?P<gap>[^.;:\"“”()]{{0,100}}?)(?<![\w-])(?:{verbs})(?![\w-])"
                      r"(?=\s+(?!(?:dari|ke|di|pada|dengan|hingga|sampai)\b)\w)")  # an object: not `menusuk dari sisi kanan`


@cache
def _harmed_by() -> re.Pattern:
    """A passive verb of harm and its agent up to the name (`ditikam suaminya, X`, `dianiaya oleh X`)."""
    verbs = "|".join(sorted(map(re.escape, words("harm_by")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:oleh\s+)?(?:[a-z-]+\s+){{0,3}}?,?\s*$")


def _read_role(c: _Cand, m: _Mention) -> None:
    """The closest role word before the name, unless a victim or witness word is closer; else what
    makes the person a victim (`korban X`, `X ... menjadi korban`, a list of victims)."""
    prev = m.prev
    role_m = list(word_regex("role").finditer(prev))
    vic_m = list(re.finditer(r"(?<!\w)(?:korban|saksi|pelapor|kuasa hukum|pengacara)(?!\w)", prev, re.IGNORECASE))
    last_role = role_m[-1] if role_m else None
    last_vic = vic_m[-1] if vic_m else None
    if last_role and _NOT_ROLE.match(prev, last_role.end()):
        last_role = None
    gap = prev[last_role.end():] if last_role else ""
    if last_role and (last_vic is None or last_role.start() > last_vic.start()) and len(gap) <= 55 \
            and _object_of_act(gap) and not _NAMING.search(gap):
        c.victim_cues += 1  # `pelaku penyerangan X`: X was attacked (not `... penyerangan bernama X`: X is the attacker)
    elif last_role and (last_vic is None or last_role.start() > last_vic.start()) and len(gap) <= 55 \
            and not _NOT_APPOSED.search(_NAMING.sub(" ", gap)) \
            and (not _PREPOSED.search(gap) or re.search(r"\b(?:adalah|yakni|yaitu|ialah)\s*$", gap)):
        _add_role_chain(c, prev, role_m)
    elif last_vic and last_vic.group(0).lower() == "korban" and len(prev) - last_vic.end() <= 30 \
            and not _NOT_APPOSED.search(prev[last_vic.end():]) \
            and len(re.findall(r"\b[a-z]+\b", prev[last_vic.end():])) <= 2 \
            and not _FOR_VICTIM.search(prev[:last_vic.start()]):
        c.victim_cues += 1
        _cue_harm(c, prev[max(0, last_vic.start() - 20):])
    elif re.search(r"\b(?:berinisial|inisial|adalah|yakni|yaitu)\s+(?:masing-masing\s+)?$", prev) and _initials_introduced(c, m):
        pass  # `dua pelaku ..., masing-masing berinisial AR`; `Keduanya berinisial AB dan CD`
    elif (bv := _BECAME_VICTIM.match(m.text, m.e, m.end)) and not _REPORTED.search(bv.group(0)):
        c.victim_cues += 1  # `Sertu S, seorang anggota TNI ..., menjadi korban perampokan`
        _crime_harm(c, m.text[bv.end():bv.end() + 30])
    elif im := _including().search(prev):
        c.victim_cues += 1  # `lima polisi terluka, termasuk Kapolsek X Kompol Y`
        _cue_harm(c, im.group(0))
    elif (vl := _victim_list().search(prev)) and not _FOR_VICTIM.search(prev[:vl.start()]):
        c.victim_cues += 1  # `Keempat korban itu diidentifikasi sebagai A (60), B (58) ...`
        _cue_harm(c, prev[max(0, vl.start() - 20):])
    elif _IDENTIFIED.fullmatch(prev) and (before := _VICTIM_BEFORE.search(m.text, max(0, m.s0 - 200), m.s0)):
        c.victim_cues += 1  # `Korban meninggal dunia di rumah sakit. Ia adalah X (19)`: the victim of the sentence before
        _cue_harm(c, before.group(0))


def _crime_harm(c: _Cand, after: str) -> None:
    """`menjadi korban penipuan`: the harm the crime named after `korban` gives (`harm_noun` value)."""
    kind = re.match(r"\s+(\w+)", after)
    harm = words("harm_noun").get(kind.group(1).lower()) if kind else None
    if harm not in (None, "-"):
        c.harms.append(harm)


# a sentence that names the person the sentence before spoke of: `Ia adalah X`, `Korban diketahui bernama X`
_IDENTIFIED = re.compile(r"\W*(?:Ia|Dia)\s+(?:adalah|yakni|ialah|diketahui\s+bernama|bernama)\s+(?:(?-i:[A-Z])[\w.]*\s+){0,3}")
_VICTIM_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\W*Korban\b[^.!?\n]*[.!?]\s*$")


@cache
def _victim_list() -> re.Pattern:
    """What opens a list of victims just before a name (and its title: `Kapolres X AKBP`): `korban ...
    adalah|yakni|bernama ...`, `korban tewas,`, `Kedua anggota yang dianiaya itu adalah`."""
    harmed = "|".join(sorted(map(re.escape, words("harm_by")), key=len, reverse=True))
    return re.compile(rf"(?:\bkorban\b|\byang\s+(?:{harmed})\b)(?:[^.;\"“”]{{0,40}}?\b(?:yakni|yaitu|adalah|ialah|"
                      r"diidentifikasi\s+sebagai|masing-masing|bernama|antara\s+lain|sebut\s+saja(?:\s+namanya)?)\s*:?|(?:\s+[a-z]+){0,3}\s*,)\s*"
                      r"(?:(?-i:[A-Z])[\w.]*\s+){0,4}$",
                      re.IGNORECASE)


@cache
def _including() -> re.Pattern:
    """`lima polisi terluka, termasuk Kapolsek X Kompol Y`: one of those harmed, named after the count."""
    harms = "|".join(sorted(map(re.escape, words("harm")), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{harms})\s*,?\s*(?:di\s*antaranya|termasuk|antara\s+lain|salah\s+satunya)\s+"
                      r"(?:[A-Z][\w.]*\s+){0,5}$")


# `pelaku bom bunuh diri di konser X`: a name after a preposition, without a comma, is not the role's
_PREPOSED = re.compile(r"\b(?:di|ke|dari|pada|dalam|bagi|untuk|dengan)\s+(?:[\w()-]+\s+)*$")


def _object_of_act(gap: str) -> bool:
    """`pelaku penyerangan X`, `terduga pelaku penyiraman air keras pada penyidik X`: the name is the
    object of an act of harm named right after the role word (no comma between)."""
    m = re.fullmatch(r"\s+(?P<act>\w+)(?:\s+[^,\s]+){0,5}?\s+", gap)
    return m is not None and m.group("act").lower() in words("harm_noun")


def _cue_harm(c: _Cand, cue: str) -> None:
    """The harm a victim cue states (`korban tewas tersebut adalah`, `jenazah korban,`, `korban
    penipuan,`)."""
    hm = list(word_regex("harm").finditer(cue))
    if hm:
        c.harms.append(words("harm")[hm[-1].group(0).lower()])
    elif _BODY_OF.search(cue):
        c.harms.append("tewas")
    elif acts := [words("harm_noun")[w] for w in re.findall(r"\w+", cue.lower()) if words("harm_noun").get(w)]:
        c.harms.append(acts[-1])  # `Korban penipuan, X`: a loss


def _add_role_chain(c: _Cand, prev: str, role_m: list[re.Match]) -> None:
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


def _initials_introduced(c: _Cand, m: _Mention) -> bool:
    """Initials after `berinisial` that a role or victim word of the sentence introduces, or a collective
    (`Keduanya berinisial ...`) whose people the sentence before says arrested (`meringkus dua pria`)."""
    intro = list(_intro_regex().finditer(m.text[m.s0:m.s]))
    if intro and re.search(r"\b(?:berinisial|inisial)\s+(?:masing-masing\s+)?$", m.prev):
        _introduced_initials(c, m, intro[-1])
        return True
    if not _COLLECTIVE_START.match(m.text, m.s0, m.s):  # `Mereka adalah A, B`: only after a collective
        return False
    before = m.text[max(0, m.text.rfind(".", 0, max(0, m.s0 - 2)) + 1):m.s0]
    who = rf"(?:{number_pattern()})\s+(?:orang\s+)?(?:{_arrested_nouns()}|{_ARREST_COUNT_ROLE})(?![\w-])"
    arrested = compiled(rf"(?<![\w-])(?P<v>menangkap|membekuk|meringkus|mengamankan|mencokok|menciduk)\s+{who}"
                        rf"|{who}(?:\s+[\w-]+){{0,4}}?\s+(?:(?:telah|sudah|berhasil)\s+)*"
                        rf"(?P<v2>ditangkap|dibekuk|diringkus|diamankan|dicokok|diciduk)\b",  # `Tiga pelaku ... diringkus`
                        re.IGNORECASE).search(before)
    if arrested is None:
        return False
    c.suspect_cues += 1
    c.statuses.append(words("status")[(arrested.group("v") or arrested.group("v2")).lower()])
    c.roles += [words("role")[r.group(0).lower()] for r in word_regex("role").finditer(arrested.group(0))][:1]
    return True


# a sentence about a counted group by a collective: `Keduanya berinisial ...`, `Mereka adalah ...`
_COLLECTIVE_START = re.compile(r"\W*(?:Keduanya|Ketiganya|Keempatnya|Kelimanya|Mereka)\b")


def _introduced_initials(c: _Cand, m: _Mention, intro: re.Match) -> None:
    """`dua pelaku pencurian dengan kekerasan (curas), masing-masing berinisial AR`: the nearest role
    or victim word of the sentence introduces the initials."""
    roles, statuses = words("role"), words("status")
    word = intro.group(0).lower()
    head = m.text[m.s0:m.s0 + intro.start()]
    if word == "korban":
        if not _FOR_VICTIM.search(head):  # `ibu korban berinisial MK`
            c.victim_cues += 1
    elif word in roles:
        c.roles.append(roles[word])
        c.suspect_cues += 1
        verb = list(word_regex("arrest").finditer(head))
        if verb and verb[-1].group(0).lower() in statuses:
            c.statuses.append(statuses[verb[-1].group(0).lower()])  # `meringkus dua pelaku ..., berinisial AR`


def _designate(c: _Cand) -> None:
    c.roles.append("tersangka")
    c.statuses.append("tersangka")
    c.suspect_cues += 1


_CHARGED = re.compile(r"\s*(?:\(\d+\)\s*)?,?\s*(?:(?:juga|pun|kini|akan|telah|sudah|bakal)\s+)*"
                      r"(?:dijerat|disangkakan|didakwa|(?:dikenakan|dikenai|dituntut|terancam)\s+(?:\w+\s+){0,2}?"
                      r"(?:pasal|uu|undang|kuhp|pidana|hukuman\s+penjara|penjara|dijerat))\b",  # not `dikenakan sanksi`
                      re.IGNORECASE)


def _read_designation(c: _Cand, m: _Mention) -> None:
    """`X (25), ... ditetapkan sebagai tersangka`, `menetapkan X ... sebagai tersangka`, `X dan ..., Y
    ditetapkan sebagai tersangka`: the person is made a suspect; `X dijerat Pasal ...`: charged."""
    if _CHARGED.match(m.nxt):
        c.suspect_cues += 1
        c.strong_cues += 1
    if re.match(r"\s*(?:\(\d+\)\s*)?,?\s*(?:\w+\s+){0,3}?(?:(?:telah|sudah|resmi)\s+)?(?:ditetapkan\s+)?(?:sebagai\s+)tersangka",
                m.nxt, re.IGNORECASE):
        _designate(c)
    tail = m.text[m.e:m.s1] if m.s1 else ""
    dm = _DESIGNATED.search(tail)
    if dm and dm.start() <= 160:
        gap = tail[:dm.start()]
        lead_verb = list(re.finditer(r"\bmenetapkan\s+", m.text[m.s0:m.s]))
        between = m.text[m.s0 + lead_verb[-1].end():m.s] if lead_verb else ""
        first_object = bool(lead_verb) and not re.search(r"\b(?:yang|me\w{3,}|ber\w{3,}|di\w{4,})\b", between)
        passive = dm.group(0).lower().startswith("ditetapkan") and not _SPEECH.search(gap)
        if first_object or passive:
            _designate(c)


def _status_match(m: _Mention) -> tuple[re.Match | None, str]:
    """The status word after the name (`X ditangkap`, `X dan Y (31) ditangkap`), or a lowercase one a
    little further with no verb between; with the text it was matched in."""
    status_rx = word_regex("status")
    text, e, nxt = m.text, m.e, m.nxt
    after = re.match(r"(?:\s*\(\d+(?:\s*tahun)?\))?(?:\s*(?:,|dan)\s*(?:[a-z]+nya\s*,?\s*)?[A-Z][\w'`-]*(?:\s+[A-Z][\w'`-]*)*"
                     r"(?:\s*\(\d+\))?)*"
                     r"\s*,?\s*(?:(?:yang|akhirnya|sudah|telah|berhasil|kini|masih|langsung|juga|pun|resmi|saat ini)\s+)*",
                     nxt)
    rest = nxt[after.end():] if after else nxt
    sm = status_rx.match(rest)
    if sm is None:
        far = status_rx.search(text[e:min(m.end, e + 90)])
        if far and far.group(0).islower() and not _VERBISH.search(text[e:e + far.start()]) \
                and not _NOT_STATUS.match(text, e + far.end()):
            rest = text[e + far.start():e + far.end()]
            sm = status_rx.match(rest)
    if sm and _NOT_STATUS.match(rest, sm.end()):
        sm = None  # `ditahan imbang`: a draw
    return sm, rest


def _read_status_after(c: _Cand, m: _Mention) -> None:
    """A verb of arrest or a state after the name (a suspect's status), and a harm (a victim's)."""
    sm, rest = _status_match(m)
    # an active verb after the name has the name for its agent (`X menangkap ...`), except the verbs of
    # lying in custody (`X kini mendekam di sel`)
    active = sm is not None and sm.group(0).startswith("me") and not re.fullmatch(r"mendekam|meringkuk", sm.group(0))
    if sm and sm.group(0).islower() and not active and sm.group(0) != "kabur":
        st = words("status")[sm.group(0).lower()]
        if st == "tewas":
            c.statuses.append(st)  # a state, not a sign of guilt: victims die too
        elif st != "tersangka":
            c.statuses.append(st)
            c.suspect_cues += 1
            c.strong_cues += 1
    harm_rx = word_regex("harm")
    hm = harm_rx.match(rest) or harm_rx.match(re.sub(r"^(?:(?:mengalami|menderita|dinyatakan|ditemukan|dilaporkan|mengaku|"
                                                     r"sudah|telah|akhirnya|hingga|sampai)\s+)+", "", rest)) \
        or _harm_after_apposition(m)
    if hm:
        c.harms.append(words("harm")[hm.group(0).lower()])


_FOUND_DEAD = re.compile(r"^\s*(?:\(\d+(?:\s*tahun)?\))?\s*,\s*(?:[a-z]+\s+){1,3}(?:[A-Z][\w.]*,?\s+){0,5}"
                         r"(?:(?:ditemukan|dinyatakan|sudah|telah|dalam\s+keadaan|yang|juga|ikut)\s+)+"
                         r"|^\s*(?:\(\d+(?:\s*tahun)?\))?\s*,\s*(?:[a-z]+\s+){1,3}?[a-z]+\s*,\s*"
                         r"(?:(?:mengalami|menderita|juga|ikut|sempat)\s+)*")  # `X (45), salah satu korban, mengalami luka`


def _harm_after_apposition(m: _Mention) -> re.Match | None:
    """`X (6), bocah warga negara Y ditemukan tewas`: a harm after an apposition of the name; `X yang saat
    itu melintas terkena sabetan`: after a short relative clause that does no harm itself."""
    fm = _FOUND_DEAD.match(m.nxt)
    if fm is not None:
        return word_regex("harm").match(m.nxt, fm.end())
    wm = _who_clause().match(m.nxt)
    if wm is None or _harm_or_role().search(wm.group(0)):
        return None  # `X yang menganiaya korban hingga tewas`: X did the harm
    return word_regex("harm").match(m.nxt, wm.end())


@cache
def _who_clause() -> re.Pattern:
    """`yang saat itu melintas ` before a harm: a relative clause of up to five words."""
    return re.compile(rf"^\s*(?:\(\d+(?:\s*tahun)?\))?\s*yang\s+(?:[\w-]+\s+){{1,5}}?(?<!hingga )(?<!sampai )"
                      rf"(?={word_regex('harm').pattern})",
                      re.IGNORECASE)


@cache
def _harm_or_role() -> re.Pattern:
    """A verb or noun of harm, a role or a victim word: what makes a relative clause the harm's own."""
    ws = words("harm_act").keys() | words("harm_noun").keys() | words("role").keys() | {"korban"}
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, ws), key=lambda w: (-len(w), w)))})(?![\w-])", re.IGNORECASE)


_IRREALIS = re.compile(r"\b(?:untuk|akan|guna|demi|harus|hendak|ingin|berupaya|berusaha|upaya|belum|tidak|tak|gagal|"
                       r"bisa|dapat|segera)\s+$", re.IGNORECASE)


# `menangkap istri dari X, Y`: Y is described by a kin word of X, set out before Y's name and a comma
_KIN_OF = re.compile(r"\b(?:istri|suami|anak|adik|kakak|ayah|ibu|keponakan|menantu)\s+dari\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)*,\s+$")


def _read_arrest_before(c: _Cand, m: _Mention) -> None:
    """An active verb of arrest a few words before the name (`meringkus dua pelaku, X`)."""
    prev = m.prev
    reach = 9 if re.search(r"\b(?:berinisial|inisial)\s+$", prev) else 4
    am = compiled(r"(?<!\w)(?:menangkap|membekuk|meringkus|mencokok|menciduk|mengamankan|menahan|memburu)\s+"
                  rf"(?:(?:[a-z-]+|[A-Z][\w]*),?\s+){{0,{reach}}}$").search(prev)
    if am and _NOT_STATUS.match(am.group(0), len(am.group(0).split()[0])):
        am = None  # `menahan imbang Chelsea`
    if am and _IRREALIS.search(prev[:am.start()]):
        am = None  # `dikirim untuk menangkap sisa-sisa kelompok X`: a purpose, not an arrest
    if am and not re.search(r"\b(?:dan|yang|saat|ketika|dari|milik)\b", _KIN_OF.sub(" ", am.group(0))) \
            and not any(w.strip(",").lower() in _object_words() for w in am.group(0).split()[1:]):  # `kapal ..., X`
        verb = am.group(0).split()[0].lower()
        c.statuses.append(words("status").get(verb, "ditangkap"))
        c.suspect_cues += 1


def _read_attributes(c: _Cand, text: str, s: int, e: int, s0: int, s1: int) -> None:
    """Sex, a role in apposition, residence and age read at the mention [s, e) of sentence [s0, s1)."""
    sex_rx, roles = word_regex("sex"), words("role")
    nxt = text[e:min(s1 or len(text), e + 70)]
    # sex: a sex word right before the name (`pria bernama X`, `wanita berinisial X`)
    sx = compiled(rf"(?:{sex_rx.pattern})(?:\s+\d{{1,2}}\s+tahun)?\s+(?:(?:yang\s+)?(?:bernama|berinisial|inisial)\s+)?$",
                  re.IGNORECASE).search(text[max(s0, s - 40):s]) \
        or compiled(rf"\s*(?:\(\d+\))?\s*,\s*(?:seorang\s+)?(?:{sex_rx.pattern})", re.IGNORECASE).match(nxt)
    if sx and c.sex is None:
        word = sex_rx.search(sx.group(0))
        c.sex = words("sex")[word.group(0).lower()] if word else None
    rm = re.match(r"\s*(?:\(\d+\))?\s*(?:,?\s*(?:sebagai|selaku|menjadi)\s+(?:pihak\s+)?|,\s*(?:seorang\s+|sang\s+)?)"
                  r"(?P<r>\w+)(?P<after>\s+\w+)?", nxt, re.IGNORECASE)
    if rm and rm.group("r").lower() in roles and not _SAID_BEFORE.search(text[max(s0, s - 25):s]) \
            and not (rm.group("after") and re.match(r"\s+(?:di|me|ber|ter)\w{3,}|\s+(?:sudah|telah|akan|juga)\b",
                                                    rm.group("after"))):
        c.roles.append(roles[rm.group("r").lower()])
        c.suspect_cues += 1
    if c.residence is None:
        rm = _residence_regex().match(text[e:min(s1 or len(text), e + 160)])
        if rm and rm.group("r").split(",")[0].strip() not in _countries():
            c.residence = rm.group("r").strip(" ,/")  # `warga asal Mozambik`: a nationality, no residence
    if c.age is None:
        ag = _AGE_AFTER.match(nxt)
        if ag:
            c.age = int(ag.group("a") or ag.group("b") or ag.group("c"))


@cache
def _countries() -> frozenset[str]:
    names = set()
    for r in read_table("countries.tsv"):
        names.add(r["name"])
        names.update(split_cell(r["variants"]))
    return frozenset(names)


def _spouses(c: _Cand, text: str) -> None:
    """`pasangan suami-istri X dan Y`: X is the husband, Y the wife."""
    for s, _e in c.spans:
        pre = text[max(0, s - 80):s]
        m = re.search(r"suami[\s-]+istri\s+(?P<first>[A-Z][^,.]*?)?\s*(?:dan\s+)?$", pre)
        if m and c.sex is None:
            c.sex = "P" if m.group("first") else "L"


def _counts(text: str, rx_tail: str) -> list[tuple[int, int]]:
    num = number_pattern()
    out = []
    for m in compiled(rf"(?<![\w.,])(?P<n>{num}|kedua|ketiga|keempat|kelima)\s+{rx_tail}", re.IGNORECASE).finditer(text):
        v = parse_number(m.group("n"))
        if v is not None and v == int(v) and 0 < v < 1000:
            out.append((int(v), m.start()))
    return out


def find_people(text: str, sents: list[tuple[int, int]], people: list, casualties: Casualties,
                places: frozenset[str] = frozenset()) -> People:
    """Suspects, victims and the number arrested, from `people` (`doc._.people`) and the text."""
    out = People()
    cands = _candidates(text, people, places)
    for c in cands:
        _read_context(c, text, sents)
    _pronoun_subjects(cands, text, sents)
    _natural_deaths(cands, text, sents)
    _group_lists(cands, text, sents)
    _lists(cands, text)
    _background_only(cands, text)
    _classify(cands, out)
    if not out.suspects:
        _sole_perpetrator(cands, text, sents, out)
    if not any(v.name for v in out.victims):
        _sole_victim(cands, text, sents, out)
    _lone_victim_harm(out, text)
    read_arrested = sum(1 for x in out.suspects if x.name and x.status in ("ditangkap", "diamankan", "ditahan"))
    _group_facts(out.suspects, text)
    _unnamed_suspects(out, text)
    out.dead_suspects = sum(1 for s in out.suspects if s.status == "tewas")
    _unnamed_victims(out, text, casualties)
    out.arrests = _arrests(out.suspects, text, read_arrested)
    return out


_ALIAS = re.compile(r"\s+(?:alias|als\.?)\s+(?P<a>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def _alias_of(name: str, text: str) -> str | None:
    """`Kusuma alias Om Shancoz` -> `Om Shancoz`."""
    at = text.find(name)
    while at >= 0:
        m = _ALIAS.match(text, at + len(name))
        if m:
            return m.group("a")
        at = text.find(name, at + 1)
    return None
_STREET = re.compile(r"\b(?:Jalan|Jl\.?|Gang|Gg\.?)(?:\s+[A-Z][\w.]*)+")


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


def _candidates(text: str, people: list, places: frozenset[str]) -> list[_Cand]:
    """The people of the person reader, those named by initials or with an age in apposition, less
    things, places and streets; each with every occurrence of its name."""
    cands: list[_Cand] = []
    known: set[str] = set()
    streets = [m.group(0) for m in _STREET.finditer(text)]  # `Jalan MH Thamrin`: a street, not a person
    for p in people:
        c = _Cand(name=p.name, age=p.age, spans=list(p.spans), person_roles=list(p.roles),
                  officer=p.officer is not None and not p.officer.civil)
        c.alias = _alias_of(p.name, text)
        cands.append(c)
        known.add(p.name)
        known.update(p.aliases)
    for c in _initial_people(text) + _age_people(text, known):
        if _within_names(c, cands):
            continue  # `Sarumpaet` read inside `Rofiah Sarumpaet (8)` and `Sakinah Sarumpaet (10)`
        match = next((x for x in cands if x.name == c.name or c.name in known and x.name != c.name
                      and c.name in x.name.split() or _within_a_name(c, x)), None)
        if match is not None:
            match.spans = sorted(set(match.spans) | {sp for sp in c.spans if not _within_a_name_at(sp, match)})
            continue
        if any(re.search(r"\b(?:alias|als\.?)\s+$", text[max(0, s - 8):s]) for s, _ in c.spans[:1]):
            continue  # `AS alias Black (25)`: the alias of the one named before
        c.alias = _alias_of(c.name, text)
        cands.append(c)
    cands = _merge_aliases(cands)
    cands = [c for c in cands if not _thing_name(c.name, c.age, c.officer) and c.name not in places
             and not any(occurrences(st, c.name) for st in streets) and not _only_as_home(c, text)]
    for c in cands:  # every occurrence of the name, also where the person reader did not tag it
        for form in {c.name, c.alias} - {None}:
            for at in occurrences(text, form):
                if not any(a <= at < b for a, b in c.spans):
                    c.spans.append((at, at + len(form)))
        c.spans.sort()
    return cands


def _merge_aliases(cands: list[_Cand]) -> list[_Cand]:
    """`Robson Ferrao alias Donald` and a later `Donald`: one person, read at both names."""
    by_alias = {c.alias: c for c in cands if c.alias}
    out = []
    for c in cands:
        owner = by_alias.get(c.name)
        if owner is not None and owner is not c:
            owner.spans = sorted(set(owner.spans) | set(c.spans))
            owner.age = owner.age or c.age
            continue
        out.append(c)
    return out


def _within_a_name_at(span: tuple[int, int], other: _Cand) -> bool:
    return any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in other.spans)


def _only_as_home(c: _Cand, text: str) -> bool:
    """`tiga orang warga Cibaregbeg tewas`: a name met only right after `warga`/`penduduk`/`asal` is
    the place people live in."""
    return bool(c.spans) and all(re.search(r"\b(?:warga|penduduk|asal)\s+$", text[max(0, s - 10):s], re.IGNORECASE)
                                 for s, _ in c.spans)


def _within_names(c: _Cand, cands: list[_Cand]) -> bool:
    """Every mention of `c` lies inside a longer name of some other candidate."""
    return bool(c.spans) and all(any(_within_a_name_at(sp, x) for x in cands if x is not c) for sp in c.spans)


def _within_a_name(c: _Cand, other: _Cand) -> bool:
    """`Hidayat` read inside `Wahyu Hidayat (40)`: every mention of `c` lies in a mention of `other`."""
    return bool(c.spans) and all(_within_a_name_at(sp, other) for sp in c.spans)


_PRONOUN_HARM = re.compile(r"^\W*(?:Dia|Ia)\s+(?:(?:pun|kemudian|akhirnya|lalu|langsung|sudah|telah)\s+)*"
                           r"(?:dinyatakan\s+|ditemukan\s+|ditemukan\s+sudah\s+)?(?:tewas|meninggal)\b")


def _pronoun_subjects(cands: list[_Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Dia dicokok ...`, `Remaja ini pun ditangkap`: the person named first in the sentence before;
    `Dia tewas ...`: that person died (an officer who speaks of it excepted)."""
    for k, (s0, s1) in enumerate(sents):
        if k and _PRONOUN_HARM.match(text[s0:s1]):
            first = sorted((st, c) for c in cands if not c.officer for st, _ in c.spans if sents[k - 1][0] <= st < s0)
            if first:
                first[0][1].harms.append("tewas")
        pm = _PRONOUN_ARREST.match(text[s0:s1])
        if not pm or not k:
            continue
        before = [(e, c) for c in cands for st, e in c.spans if sents[k - 1][0] <= st < s0]
        if (pm.group(0).split()[0] in ("Dia", "Ia") or pm.group("np")) and before:
            c = min(before, key=lambda x: x[0])[1]  # the subject: the first person of the sentence before
            c.statuses.append(words("status")[pm.group("v").lower()])
            c.suspect_cues += 1


@cache
def _group_opener() -> re.Pattern:
    """`Ketiga anggota (Polda X) tersebut adalah`, `Para pelaku itu yakni`, `empat tersangka penerima suap lain
    yaitu`: what opens the list of a group."""
    collective = "|".join(w for w, (_, k) in number_words().items() if k == "collective")
    return re.compile(rf"(?<![\w-])(?:{collective}|para|(?P<num>{number_pattern()}))\s+(?P<noun>[a-z]+)(?:\s+[\w-]+){{0,4}}?\s+"
                      r"(?:(?:tersebut|itu)\s+(?:(?:adalah|yakni|yaitu|ialah|masing-masing)\s*:?\s*|(?=(?-i:[A-Z])))"
                      r"|(?(num)(?:lain(?:nya)?\s+)?(?:yakni|yaitu|masing-masing)\s*:?\s*|(?!)))",  # `empat tersangka ... lain yaitu`
                      re.IGNORECASE)


def _group_lists(cands: list[_Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Tiga personel ... digerebek ... Ketiga anggota tersebut adalah Bripka A (33), B dan C`: the
    people listed for a group the article said was arrested share that arrest; those listed for a
    group named by a role (`Keempat tersangka itu A (45), B ...`) share the role."""
    for om in _group_opener().finditer(text):
        arrest = _group_arrest(text[:om.start()])
        role = words("role").get(om.group("noun").lower())
        if role is None and (arrest is None or om.group("num")):
            continue  # a counted list opens a group of suspects only by its role word
        _s0, s1 = _sentence_of(sents, om.start())
        for c in cands:
            if any(om.end() <= a < (s1 or len(text)) for a, _ in c.spans):
                c.statuses.extend([arrest] if arrest else [])
                c.roles.extend([role] if role else [])
                c.suspect_cues += 1
                c.strong_cues += 1


def _group_arrest(before: str) -> str | None:
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


def _lists(cands: list[_Cand], text: str) -> None:
    """A name listed right after a suspect (`A dan B, serta C`) is a suspect too; one listed after a
    victim (`A (60), B (58), dan C`, `A (60) dan cucunya, B (6)`) a victim."""
    spans = sorted(((s, e, c) for c in cands for s, e in c.spans), key=lambda x: (x[0], x[1]))
    for (_s1, e1, c1), (s2, e2, c2) in zip(spans, spans[1:], strict=False):
        gap = text[e1:s2]
        listed = (re.fullmatch(r"(?:\s*\(\d+\))?\s*(?:,|dan|serta|,\s*serta|,\s*dan)\s*(?:[a-z]+\s+|[a-z]+nya\s*,\s*)?", gap)
                  or c2.officer and re.fullmatch(r"\s*(?:,\s*)?(?:dan|serta)\s+(?:[a-z]+nya\s*,\s*)?[A-Z][\w.]*\s+", gap)) \
            and not re.fullmatch(r"(?:\s*\(\d+\))?\s*,\s*(?!dan\s|serta\s)[a-z]+\s+", gap)  # `X (40), pedagang Y`
        goes_on = re.match(r"\s*(?:\(\d+\))?\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)[A-Z]", text[e2:e2 + 16]) is not None
        if c1.victim_cues and not c1.suspect_cues and not c2.suspect_cues and not c2.victim_cues and listed \
                and len(gap) <= 30 and (re.search(r"\b(?:dan|serta)\b", gap) or goes_on):  # a list, not `X, his lawyer Y`
            c2.victim_cues += 1
            if not c2.harms:
                c2.harms.extend(c1.harms[:1])  # `korban tewas adalah A (45), B (8) dan C (10)`
            continue
        if c1.suspect_cues and not c2.victim_cues and len(gap) <= 30 and listed:
            if not (c2.suspect_cues and c2.roles):
                c2.suspect_cues += 1
            if not c2.roles:
                c2.roles.extend(c1.roles[:1])
            if not c2.statuses:  # `meringkus tiga pelaku berinisial A, B dan C`: all three arrested
                c2.statuses.extend(c1.statuses[:1])


@cache
def _status_rank() -> tuple[str, ...]:
    """A suspect's statuses from the most to the least telling (`status_rank` rows, by their place)."""
    ranked = words("status_rank")
    return tuple(sorted(ranked, key=lambda w: int(ranked[w])))


def _harm_rank() -> tuple[str, ...]:
    """A victim's harms from the worst (`harm_rank` rows, in table order)."""
    return word_tuple("harm_rank")


@cache
def _casualty_harms() -> frozenset[str]:
    """The harms that make a person a victim without a victim word (`harm_rank` rows marked harmed)."""
    return frozenset(w for w, v in words("harm_rank").items() if v == "harmed")


def _natural_deaths(cands: list[_Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A person the text says died of an illness (`meninggal setelah berjuang melawan kanker`) is no
    casualty of an incident: the death is not their harm."""
    cause = word_regex("natural_cause")
    lead = text[:sents[min(1, len(sents) - 1)][1]] if sents else text
    obituary = re.search(r"\b(?:meninggal|wafat|tutup\s+usia)\b", lead, re.IGNORECASE) and cause.search(lead)
    for c in cands:
        if obituary:  # `X meninggal setelah berjuang melawan kanker`: every death the article tells is of illness
            c.harms = [h for h in c.harms if h != "tewas"]
            continue
        if "tewas" not in c.harms:
            continue
        for s, _e in c.spans:
            s0, s1 = _sentence_of(sents, s)
            sent = text[s0:s1]
            if re.search(r"\b(?:meninggal|wafat|tewas)\b", sent, re.IGNORECASE) and cause.search(sent):
                c.harms = [h for h in c.harms if h != "tewas"]
                break


def _background_only(cands: list[_Cand], text: str) -> None:
    """A person met only in sentences about an earlier, other case (`Sebelumnya, polisi menangkap X
    terkait ...`) is neither a suspect nor a victim of this one."""
    for c in cands:
        if c.spans and all(_in_background(text, s) for s, _ in c.spans):
            c.suspect_cues = c.victim_cues = c.strong_cues = 0
            c.harms = []


def _sole_perpetrator(cands: list[_Cand], text: str, sents: list[tuple[int, int]], out: People) -> None:
    """`... membuat Satim, 45, lupa diri ... polisi mengamankan pelaku`: an article that speaks of `pelaku`
    or `tersangka` with no name, more than once, and names one person only in its lead besides the
    officers and the victims, means that person."""
    generic = [m.group(1) for m in re.finditer(r"\b([Pp]elaku|[Tt]ersangka)(?:nya)?\b(?!\s*(?:,\s*)?(?:berinisial|bernama|"
                                               r"yakni|[A-Z]))", text) if not _NOT_ROLE.match(text, m.end(1))]
    if len(generic) < 2 or any(n > 1 for n, _ in _counts(text, r"(?:orang\s+)?(?:terduga\s+)?(?:pelaku|tersangka)")):
        return  # `20 orang terduga pelaku`: the role word speaks of a group; `pelaku usaha`: no role
    if _group_arrest_status(text) is None:
        return  # the pelaku is said to be arrested or held: a person of this case, not a role in general
    lead_end = sents[min(2, len(sents) - 1)][1] if sents else len(text)  # the first three sentences
    pool = [c for c in cands if not c.officer and not c.person_roles and not c.victim_cues and not c.harms
            and any(s < lead_end for s, _ in c.spans) and not any(_in_background(text, s) for s, _ in c.spans)]
    if len(pool) == 1:
        c = pool[0]
        c.roles.append(_best([g.lower() for g in generic], ROLE_RANK) or "pelaku")
        c.suspect_cues += 1
        _add_suspect(c, out)


def _sole_victim(cands: list[_Cand], text: str, sents: list[tuple[int, int]], out: People) -> None:
    """`X (24) ... jatuh dari lantai lima ... Korban ... sudah tidak tertolong`: an article that speaks
    of `korban` without a name, says what befell the victim, counts no victims, and names one person
    only in its first sentence besides officers and witnesses means that person."""
    said = [m for m in re.finditer(r"\b[Kk]orban\b(?!\s*(?:,\s*)?(?:berinisial|bernama|yakni|(?-i:[A-Z])))", text)]
    if len(said) < 2 or any(n > 1 for n, _ in _counts(text, r"(?:orang\s+)?korban")):
        return
    harm = None
    for m in said:
        hm = list(word_regex("harm").finditer(text, m.end(), min(len(text), m.end() + 80)))
        if hm and "." not in text[m.end():hm[0].start()]:
            harm = _best([words("harm")[h.group(0).lower()] for h in hm[:1]] + ([harm] if harm else []), _harm_rank())
    first_end = sents[0][1] if sents else len(text)
    pool = [c for c in cands if not c.officer and not c.person_roles and not c.suspect_cues
            and any(s < first_end for s, _ in c.spans)]
    if harm and len(pool) == 1:
        pool[0].harms.append(harm)
        pool[0].victim_cues += 1
        _add_victim(pool[0], out)


def _classify(cands: list[_Cand], out: People) -> None:
    """Each candidate as a suspect (more suspect than victim cues), a victim, or neither."""
    for c in cands:
        if set(c.person_roles) & words("not_suspect_role").keys() and not c.roles and "korban" not in c.person_roles:
            continue
        if c.officer and not c.strong_cues:
            c.suspect_cues = 0  # an officer near a role word is mostly the one who speaks of it
        if c.suspect_cues and c.suspect_cues >= c.victim_cues:
            _add_suspect(c, out)
        elif c.victim_cues or c.harms and set(c.harms) & _casualty_harms():
            _add_victim(c, out)


def _add_suspect(c: _Cand, out: People) -> None:
    harm_dead = "tewas" in c.harms
    status = _best(c.statuses + (["tewas"] if harm_dead else []), _status_rank())
    role = _best(c.roles, ROLE_RANK)
    if status is None and role == "tersangka" and not c.statuses:
        status = "tersangka"
    sus = Suspect(name=c.name, alias=c.alias, age=c.age, sex=c.sex, residence=c.residence,
                  status=status, role=role)
    out.suspects.append(sus)
    for s, e in c.spans[:1]:
        out.spans.append(("SUSPECT", s, e, sus))
    if c.initials:
        out.persons.append(Person(name=c.name, role=role, age=c.age))


# `Korban tewas di lokasi`: a harm said of `korban` alone (no count, no name after it)
_KORBAN_HARM = re.compile(r"(?:^|[.!?]\s+|\n)\W*Korban\s+(?:(?:langsung|akhirnya|pun|kemudian|sudah|telah|dinyatakan|"
                          r"mengalami|menderita|ditemukan)\s+)*(?=\S)")


def _lone_victim_harm(out: People, text: str) -> None:
    """`X (7) menjadi korban tabrak lari. Korban tewas di lokasi.`: the one named victim whose harm is
    not said gets the harm the text says of `korban` alone."""
    named = [v for v in out.victims if v.name]
    if len(named) != 1 or named[0].status is not None or len(out.victims) != 1:
        return
    for m in _KORBAN_HARM.finditer(text):
        hm = word_regex("harm").match(text, m.end())
        if hm:
            named[0].status = words("harm")[hm.group(0).lower()]
            return


def _add_victim(c: _Cand, out: People) -> None:
    status = _best(c.harms, _harm_rank())
    vic = Victim(name=c.name, age=c.age, sex=c.sex, residence=c.residence, status=status)
    out.victims.append(vic)
    for s, e in c.spans[:1]:
        out.spans.append(("VICTIM", s, e, vic))
    if c.initials:
        out.persons.append(Person(name=c.name, role="korban", age=c.age))

# `polisi mengamankan pelaku`, `menahan para tersangka`: the suspects as a group, arrested
_GENERIC_ARREST_ACTIVE = re.compile(r"\b(?P<v>menangkap|membekuk|meringkus|mengamankan|menahan|mencokok|menciduk)\s+"
                                    r"(?:para\s+|kedua\s+)?(?:pelaku|tersangka)\b(?!\s+(?:berinisial|bernama|lain))")


def _group_arrest_status(text: str) -> str | None:
    """`Tersangka ditangkap polisi`, `Keduanya ditahan`, `polisi mengamankan pelaku`: the status of
    every named suspect not yet said arrested."""
    found = [m for rx in (_GENERIC_ARREST, _GROUP_ARREST, _GENERIC_ARREST_ACTIVE) for m in rx.finditer(text)
             if not re.search(r"\b(?:belum|tidak|tak|gagal|untuk|akan)\s+(?:\w+\s+)?$", text[max(0, m.start() - 25):m.start()])]
    gm = found[0] if found else None  # not `polisi belum juga menangkap pelaku`
    if gm is None:
        return None
    st = words("status")[(gm.group("v") or gm.groupdict().get("v2") or "ditangkap").lower()]
    if st != "ditahan" and re.search(r"\b(?:dilakukan|menjalani|langsung)\s+penahanan\b", text, re.IGNORECASE):
        st = "ditahan"  # `mengamankan pelaku dan langsung dilakukan penahanan`
    return st


def _group_facts(named_suspects: list[Suspect], text: str) -> None:
    """What the article says of the suspects as a group: an arrest, a more formal role, a home."""
    st = _group_arrest_status(text)
    for sus in named_suspects:
        if st and sus.status in (None, "tersangka"):
            sus.status = st
    # a role the article gives the suspects as a group (`para tersangka`, `lima terduga teroris`, `tersangka` alone)
    # is theirs when it is more formal than the one read at their names
    group_roles = [m.group("r").lower() for m in _GROUP_ROLE.finditer(text)]
    best = _best([r for r in group_roles if r in ROLE_RANK[:4]], ROLE_RANK)
    if best and named_suspects:
        for sus in named_suspects:
            if sus.role is None or sus.role in ROLE_RANK and ROLE_RANK.index(sus.role) > ROLE_RANK.index(best):
                sus.role = best
    # `rumah terduga teroris berinisial Y di Jalan X`, `kediaman pelaku di Lembursitu`
    for m in _HOME.finditer(text):
        who, where = m.group("who"), m.group("r").strip(" ,/")
        named = [x for x in named_suspects if x.name and who.endswith(x.name)]
        if not named and who.split()[0].lower() in ROLE_RANK + ("pelaku",) and len(named_suspects) == 1:
            named = named_suspects
        for sus in named[:1]:
            sus.residence = sus.residence or where


_OTHERS = re.compile(r"\w+\s+(?:orang\s+)?[\w-]+\s+(?:lain|lainnya)\b", re.IGNORECASE)


def _unnamed_suspects(out: People, text: str) -> None:
    """Counted, unnamed suspects (`dua pelaku`, `dianiaya empat pria`), up to five entries; an unnamed
    perpetrator shot dead."""
    named = len(out.suspects)
    role_counts = _suspect_counts(text)
    others = max((n for n, at in role_counts if _OTHERS.match(text, at)), default=0)
    stated = max((n for n, _ in role_counts), default=0)
    if others and named and others <= 5:  # `Dua tersangka lainnya ditahan`: two more than those named
        stated = named + others
    if 0 < stated - named <= 5 and (stated <= 5 or stated - named == others):
        dead = _dead_count(text)  # `Dua pelaku ditembak mati petugas`: counted, and dead
        for k in range(stated - named):
            out.suspects.append(Suspect(name=None, status="tewas" if k < dead else None, role="pelaku"))
    with_them = _arrested_with(text) + _arrested_besides(text)
    if 0 < with_them <= 5 and stated <= named:  # `meringkus X serta empat orang perempuan`
        out.suspects += [Suspect(name=None, status="ditangkap") for _ in range(with_them)]
    if not out.suspects and (one := _one_arrested(text)):  # `Seorang pria ... Pria itu ditangkap`
        out.suspects.append(Suspect(name=None, status=one))
    sole = len(out.suspects) == 1 and out.suspects[0].name is None and out.suspects[0].status is None
    if (not out.suspects or sole) and re.search(r"(?<!\w)pelaku\s+(?:\w+\s+){0,3}?(?:ditembak\s+mati|tewas)", text, re.IGNORECASE):
        out.suspects[:] = [Suspect(name=None, status="tewas", role="pelaku")]  # `Seorang pria bersenjata ... pelaku ditembak mati`


def _suspect_counts(text: str) -> list[tuple[int, int]]:
    """(count, where) of the perpetrators the text counts: `dua pelaku`, `pelaku berjumlah tiga orang`,
    `dianiaya empat pria` (not `salah satu pelaku`: one of them)."""
    role_counts = [(n, at) for n, at in
                   _counts(text, rf"(?:orang\s+)?(?:pelaku|tersangka|terduga|perampok|pencuri|begal|pengedar|{_ARMED})(?![\w-])")
                   if not re.search(r"\bsalah\s+$", text[max(0, at - 6):at])]
    num = number_pattern()
    for rx in (compiled(rf"(?:pelaku|tersangka|perampok|pencuri|begal|penipu)\s+(?:yang\s+)?(?:berjumlah|sebanyak)\s+"
                        rf"(?P<n>{num})\s+orang", re.IGNORECASE),
               compiled(rf"(?:dianiaya|dikeroyok|diserang|dibunuh|ditusuk|dirampok|dibegal|dipukuli|diperkosa|dibacok)\s+"
                        rf"(?:oleh\s+)?(?P<n>{num})\s+(?:orang\s+)?(?:pria|pemuda|remaja|orang|pelaku|lelaki)\b",
                        re.IGNORECASE)):
        for m in rx.finditer(text):
            v = parse_number(m.group("n"))
            if v:
                role_counts.append((int(v), m.start()))
    return role_counts


# attackers counted by what they do or carry, not by a role word: `tiga pria bersenjata`, `dua penyerang`
_ARMED = r"penyerang|(?:pria|orang|lelaki)\s+bersenjata(?:\s+api|\s+tajam)?"


def _dead_count(text: str) -> int:
    """How many counted perpetrators the article says died (`dua pelaku ditembak mati`, `ketiga pelaku
    tewas`), outside an earlier case."""
    counts = _counts(text, rf"(?:orang\s+)?(?:pelaku|tersangka|terduga|perampok|begal|{_ARMED})(?:\s+[\w-]+){{0,3}}?\s+"
                           r"(?:(?:juga|pun|akhirnya|langsung|telah|sudah)\s+)*(?:tewas|ditembak\s+mati|meninggal)(?![\w-])")
    return max((n for n, at in counts if not _in_background(text, at)), default=0)


def _unnamed_victims(out: People, text: str, casualties: Casualties) -> None:
    """Counted, unnamed victims (up to five in all): the casualties the named victims do not account
    for (`lima polisi terluka, termasuk Kompol X`: X and four unnamed), or `seorang korban`."""
    dead, injured = casualties.dead or 0, casualties.injured or 0
    if 0 < dead + injured <= 5:
        named = [v.status for v in out.victims]
        dead -= sum(1 for st in named if st == "tewas")
        injured -= sum(1 for st in named if st and st.startswith("luka"))
        unknown = sum(1 for st in named if st is None)  # a named victim whose harm is not said: one of them
        dead, unknown = max(0, dead - unknown), max(0, unknown - dead)
        injured = max(0, injured - unknown)
        out.victims += [Victim(status="tewas") for _ in range(max(0, dead))]
        out.victims += [Victim(status="luka") for _ in range(max(0, injured))]
    elif not out.victims:
        vc = _counts(text, r"korban(?![\w-])") or _harmed_counts(text)
        n = vc[0][0] if vc else 0
        if n == 0 and out.suspects and _one_unnamed_victim(text):
            n = 1  # `korban` again and again, never named nor counted: one person
        if 0 < n <= 5 and casualties.dead is None and casualties.injured is None:
            out.victims += [Victim() for _ in range(n)]


_PLURAL_VICTIMS = re.compile(r"\b(?:para|kedua|ketiga|keempat|kelima|seluruh|semua|banyak|sejumlah|puluhan|ratusan|ribuan|"
                             r"belasan|beberapa)\s+korban\b|\bkorban[\s-]+(?:korban|lainnya|lain)\b",
                             re.IGNORECASE)
UNNAMED_VICTIM_MENTIONS = 3


def _one_unnamed_victim(text: str) -> bool:
    """An article that speaks of `korban` at least UNNAMED_VICTIM_MENTIONS times, always in the singular
    (no `para korban`, `korban lainnya`, no count) and never with a name after it, means one victim it
    does not name (a minor, a victim of a sexual crime)."""
    said = re.findall(r"\b[Kk]orban\b(?!\s*(?:,\s*)?(?:berinisial|bernama|yakni|yaitu|(?-i:[A-Z])))", text)
    return len(said) >= UNNAMED_VICTIM_MENTIONS and not _PLURAL_VICTIMS.search(text)


def _harmed_counts(text: str) -> list[tuple[int, int]]:
    """`memperkosa seorang gadis berusia 14 tahun`, `menganiaya dua warga`: the counted object of a verb
    of harm to a person (not of taking a thing: `mencuri dua sepeda motor`)."""
    verbs = "|".join(sorted((re.escape(w) for w, v in words("harm_act").items() if v not in ("dirugikan", "object")),
                            key=len, reverse=True))
    num = number_pattern()
    rx = compiled(rf"(?<![\w-])(?:{verbs})\s+(?P<n>{num})\s+(?:orang\s+)?(?:{_arrested_nouns()}|{_victim_nouns()})(?![\w-])",
                  re.IGNORECASE)
    out = []
    for m in rx.finditer(text):
        v = parse_number(m.group("n"))
        if v is not None and v == int(v) and 0 < v < 1000 and not _in_background(text, m.start()):
            out.append((int(v), m.start()))
    return out


@cache
def _victim_nouns() -> str:
    """The nouns of a harmed person a count may take beyond the nouns of people arrested (`seorang gadis`)."""
    return trie_alternation(words("victim_noun"))


def _arrested_besides(text: str) -> int:
    """`Selain X, polisi pun menangkap seorang pria ...`: one more arrested, unnamed (not a person named
    right after, not in an earlier case)."""
    rx = compiled(rf"(?:\bSelain\b[^.;]{{0,60}}|\b(?:juga|pun|turut)\s+(?:\w+\s+)?)(?:menangkap|membekuk|meringkus|"
                  rf"mengamankan|menciduk|mencokok)\s+(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{_arrested_nouns()})\b"
                  r"(?!\s*,?\s*(?:berinisial|bernama|yang\s+bernama|(?-i:[A-Z])))", re.IGNORECASE)
    total = 0
    for m in rx.finditer(text):
        v = parse_number(m.group("n"))
        if v and not _in_background(text, m.start()):
            total += int(v)
    return total


def _arrested_with(text: str) -> int:
    """The unnamed people arrested along with named ones (`meringkus X (37) serta empat orang
    perempuan`): their number, summed over the article."""
    verbs = "|".join(sorted((w for w, v in words("arrest").items() if v == "active"), key=len, reverse=True))
    rx = compiled(rf"(?<![\w-])(?:{verbs})\s+[^.;]{{0,60}}?(?-i:[A-Z])[^.;]{{0,100}}?\b(?:serta|beserta|bersama|dan)\s+"
                  rf"(?P<n>{number_pattern()})\s+(?:orang\s+)?(?:{_arrested_nouns()})(?![\w-])", re.IGNORECASE)
    total = 0
    for m in rx.finditer(text):
        v = parse_number(m.group("n"))
        total += int(v) if v else 0
    return total


@cache
def _arrested_nouns() -> str:
    """Who a count of arrests counts: role words (`dua pelaku`) or people (`tujuh orang`, `empat nelayan`)."""
    nouns = {w for w, v in words("person_noun").items() if v != "not arrested"}
    return trie_alternation(nouns)  # a trie: these patterns run over the whole text


_BACKGROUND = re.compile(r"\b(?:sebelumnya|(?:tahun|bulan|pekan|minggu|beberapa\s+waktu|beberapa\s+hari)\s+lalu|"
                         r"pada\s+(?-i:[A-Z])[a-z]+\s+lalu|pada\s+(?:19|20)\d\d)\b", re.IGNORECASE)


def _in_background(text: str, at: int) -> bool:
    """The sentence around `at` tells of an earlier, other case (`Pada Juni lalu, dua orang juga
    ditangkap`, `Sebelumnya, ...`)."""
    start = text.rfind(".", 0, at) + 1
    end = text.find(".", at)
    return _BACKGROUND.search(text, start, end if end >= 0 else len(text)) is not None


_ARREST_PASSIVE = r"(?:ditangkap|diamankan|dibekuk|diringkus|dicokok|diciduk|ditahan|mendekam\s+di|meringkuk\s+di)"


def _numbers_of(rx: re.Pattern, text: str, plus: int = 0, background: bool = False) -> list[int]:
    """The counts (group `n`) of the matches of `rx`, plus `plus`; outside an earlier case if `background`."""
    out = []
    for m in rx.finditer(text):
        v = parse_number(m.group("n"))
        if v and not (background and _in_background(text, m.start())):
            out.append(int(v) + plus)
    return out


def _stated_arrests(text: str) -> tuple[list[int], int]:
    """The counts of people the text says were arrested, in every wording it has; and the sum of the
    counts of others (`menahan satu tersangka lain`, unnamed), which add to the rest."""
    num = number_pattern()
    verbs = _ARREST_PASSIVE
    who = rf"(?:{_ARREST_COUNT_ROLE}|(?:{_arrested_nouns()})(?![\w-]))"
    found = [(n, at) for n, at in _counts(
        text, rf"(?:orang\s+)?{who}(?:\s+[\w-]+){{0,3}}?(?:\s+yang(?:\s+[\w-]+){{1,8}}?)?\s+(?:yang\s+)?"
              rf"(?:(?:telah|sudah|berhasil|kemudian|langsung|lalu|akhirnya)\s+)*{verbs}")
        if not _in_background(text, at)]
    found += [(int(v), m.start("n")) for m in compiled(
        rf"(?:menangkap|membekuk|meringkus|mengamankan|menahan|mencokok|menciduk)\s+"
        rf"(?:(?:total|sebanyak|sedikitnya|setidaknya|sekitar|hampir)\s+)?(?P<n>{num})\s+"
        rf"(?:dari\s+(?:{num})\s+)?(?:anggota\s+(?:komplotan|jaringan|sindikat|geng|kelompok)\s+)?"
        rf"(?:{_ARREST_COUNT_ROLE}|orang\b)", re.IGNORECASE).finditer(text)  # `dua dari empat pelaku`
        if (v := parse_number(m.group("n")))]
    others = sum(n for n, at in found if (om := _OTHERS.match(text, at)) and not _NAMED_AFTER.match(text, om.end()))
    counts = [n for n, at in found if not _OTHERS.match(text, at)]
    counts += _numbers_of(compiled(
        rf"\b(?:jumlah|total)\s+(?:{who})(?:\s+[\w-]+){{0,2}}?\s+yang\s+(?:(?:telah|sudah|berhasil)\s+)*{verbs}\s+"
        rf"(?:(?:menjadi|jadi|mencapai|sebanyak|berjumlah|sudah|ada|bertambah\s+menjadi)\s+)*(?P<n>{num})\s+orang\b",
        re.IGNORECASE), text, background=True)  # `jumlah terduga teroris yang ditangkap menjadi 12 orang`
    counts += _numbers_of(compiled(rf"{verbs}\s+bersama\s+(?P<n>{num})\s+(?:orang\s+)?", re.IGNORECASE), text, plus=1)
    collective = {w: v for w, (v, k) in number_words().items() if k == "collective"}
    for m in compiled(rf"(?<![\w-])(?P<n>{'|'.join(collective)})nya\s+"
                      rf"(?:(?:telah|sudah|kini|pun|langsung|lalu|kemudian|akhirnya)\s+)*{verbs}",
                      re.IGNORECASE).finditer(text):
        counts.append(int(collective[m.group("n").lower()]))  # `keempatnya telah ditangkap`
    if not counts and _one_arrested(text):
        counts.append(1)
    return counts, others


_NAMED_AFTER = re.compile(r"\s*,?\s*(?:(?:yakni|yaitu|masing-masing|berinisial|bernama)\s+)*(?-i:[A-Z])")


@lru_cache(maxsize=2)  # asked twice per article (its suspects, its arrests)
def _one_arrested(text: str) -> str | None:
    """`Seorang pria ... Pria itu akhirnya ditangkap`: one unnamed person the article introduces by a noun
    of people and then says arrested (`pemuda tersebut diamankan`); the status the verb gives, else None."""
    nouns = _arrested_nouns()
    rx = compiled(rf"(?<![\w-])(?:sang\s+(?P<noun2>{nouns})|(?P<noun>{nouns})\s+(?:itu|tersebut))\s+(?:[\w-]+\s+){{0,4}}?"
                  rf"(?P<v>ditangkap|diamankan|dibekuk|diringkus|dicokok|diciduk|ditahan)\b", re.IGNORECASE)
    for m in rx.finditer(text):
        noun = (m.group("noun") or m.group("noun2")).lower()  # `pria itu`, `sang pemuda`: the one introduced
        intro = compiled(rf"\bseorang\s+{re.escape(noun)}(?![\w-])", re.IGNORECASE).search(text, 0, m.start())
        if intro and not _in_background(text, m.start()):
            return words("status").get(m.group("v").lower())
    return None


def _arrests(suspects: list[Suspect], text: str, read_arrested: int | None = None) -> int | None:
    """Named suspects arrested, or a stated count (`menangkap dua pelaku`, `lima terduga ... ditangkap`,
    `sebanyak tujuh orang diamankan`, `keempatnya ditahan`, `ditangkap bersama empat orang`); 0 when
    the article says no one was; None when it says nothing. With a stated count, the named count is
    of those read as arrested at their names (`read_arrested`), not those the group's arrest covered."""
    arrested = sum(1 for s in suspects if s.name and s.status in ("ditangkap", "diamankan", "ditahan"))
    counts, others = _stated_arrests(text)
    if counts and read_arrested is not None:
        arrested = read_arrested  # a stated count outweighs arrests only inferred for the named as a group
    # `Seorang tersangka ditahan ... menahan satu tersangka lain`: the others add to the rest
    best = max([arrested + _arrested_with(text) + _arrested_besides(text), *counts]) + others
    if best:
        return best
    elif re.search(r"\b(?:tidak|tak|belum)\s+(?:(?:juga|berhasil|bisa|dapat)\s+)?(?:di|me)?(?:tahan|tangkap|nahan|nangkap)",
                   text, re.IGNORECASE):  # `polisi belum menangkap pelaku`
        return 0
    elif re.search(r"(?:menangkap|membekuk|meringkus|mengamankan|amankan|menahan)\s+(?:\w+\s+){0,2}?(?:pelaku|tersangka)\b"
                   r"|(?:pelaku|tersangka)\s+(?:(?!tidak\b|tak\b|belum\b|gagal\b)\w+\s+){0,6}?"
                   r"(?:ditangkap|diamankan|dibekuk|diringkus|kami amankan)", text, re.IGNORECASE) \
            or compiled(rf"(?:menangkap|membekuk|meringkus|menciduk|mencokok)\s+(?:seorang\s+)?(?:{_arrested_nouns()})"
                        rf"(?![\w-])", re.IGNORECASE).search(text):
        return 1  # `pelaku sudah dilumpuhkan dengan ditembak dan diamankan`, `polisi menangkap pria berusia 23 tahun`
    return None
