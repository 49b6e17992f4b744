"""Organisations of general news read from their context, for `polsek_institutions` (issue 19).

The institution table and the head words know the bodies of police and government news; sport,
business, technology and entertainment news name clubs, companies, apps, bands and outlets that
no table can list. A capitalised name is an organisation's by what stands next to it
(`data/words/org_cues.tsv`): a noun before it (`klub X`, `perusahaan X`, `raksasa teknologi X`,
`dilansir X`), a team's person in apposition (`bek X, Nama Orang`), a suffix that ends a club's
or a company's name (`X FC`, `X United`, `X Tbk`, `X TV`) or a word that opens one (`FC X`,
`Real X`). Once named so, the same name is an organisation wherever else the article writes it.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from spacy.tokens import Doc

from polsek_nlp.data import read_table
from polsek_nlp.doc.spans import (
    capitalised_tokens,
    doc_text,
    flagged_tokens,
    sent_start_array,
    token_starts,
    token_texts,
)
from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.lexicon import name_stopwords, role_words, speech_verbs_after_name, term_acronyms
from polsek_nlp.knowledge.phrases import countries, geo_other, organisations, world_cities
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE
from polsek_nlp.lang.wordflags import word_flag, word_set_flag
from polsek_nlp.recognize.names import (
    MODEL_NUMBER,
    given_names,
    is_acronym_of,
    is_camel_case,
    is_common_word,
    is_roman_number,
)

_BEFORE = word_set("org_cues", "where", "before")
_BETWEEN = word_set("org_cues", "where", "between")
_APPOSED = word_set("org_cues", "where", "apposed")
_NAMED = word_set("org_cues", "where", "named")  # "tim berjuluk X": only with a naming word between
_OPENS = word_set("org_cues", "where", "opens")  # "Harian Merdeka": the capitalised noun opens the outlet's name


def _club_words(where: str) -> frozenset[str]:
    """The words of a sports club's name (club_words.tsv, the table places read too) that stand
    `where` and alone make the name a club's."""
    return frozenset(r["word"] for r in read_table("words/club_words.tsv") if r["where"] == where and r["org"] == "yes")


_ABROAD = _club_words("abroad")
_CLUB_LAST = _club_words("after") | _ABROAD  # a club's name ends in one (`Manchester City`)
_TRADE = word_set("org_cues", "where", "trade")  # "X Finance", "X Travel": not "X Sports Complex", a venue
_AFTER = word_set("org_cues", "where", "after") | _CLUB_LAST | _TRADE
_DEPARTMENT = word_set("org_cues", "where", "department")  # "Direktur Marketing X Finance": no part of the name
_MEMBER = word_set("org_cues", "where", "member")  # "Karyawan X Travel": the company's people
_LEAD = _club_words("before")
_INSIDE = word_set("org_cues", "where", "inside")
_FORM_LEAD = word_set("org_cues", "where", "form_lead")  # "Pte Ltd": a legal form of two words
_LEAD_IN = word_set("org_cues", "where", "lead_in")  # "X, salah satu startup": words before the noun
_STOP = word_set("org_name_stop") | word_set("reference_words")
_GLUE = word_set("english_function_words")
_ENGLISH = word_set("english_words")  # "The", "La": a name does not end in one
_CUE = word_set_flag(_APPOSED | _OPENS, lowered=_BEFORE | _INSIDE | _NAMED)
_JOINERS = ("-", "&", "and", "of")  # inside a name: "Go - Jek", "Travel and Leisure"
_NAME_PART = word_set_flag(_AFTER | _LEAD)
_CAMEL = word_flag(is_camel_case)
_FUNCTION_WORDS = name_stopwords()  # "UntukKorowai": a function word glued to the next
_THING_CUES = word_set("thing_cues")  # "ponsel X", "merek X": a product's name, no maker's
_MAX_WORDS = 4
_LIST_JOINERS = frozenset(word_set("org_cues", "where", "list"))  # ",", "dan", "atau", "serta"
_SPORT_WORDS = word_set("sport_words")
_SPORT = word_set_flag(lowered=_SPORT_WORDS)
# a word that introduces a place (`di Valencia`, `kota Milan`); `dari` also names the club a player comes from
_PLACE_BEFORE = word_set("locative_words") - {"dari"}
_ENGLISH_HEADS = word_set("english_org_heads")  # Institute, Federation: the head of a body named in English
_ENGLISH_HEAD = word_set_flag(_ENGLISH_HEADS)
_ENGLISH_ALONE = word_set("english_org_heads", "alone")  # not Center: a building's name as often
_ENGLISH_JOINS = frozenset(w.lower() for w in word_set("english_function_words"))  # of, for, and: inside its name
_WORK_NOUNS = word_set("work_nouns") | _THING_CUES  # lagu, album, film: a work's title after them, no body
_UNIT_SYMBOLS = word_set("unit_symbols")  # "Intel 45 W", "Samsung 16 GB": a measure after the number


def _list_end(t: str) -> bool:
    """A mark a listed name may stand before: a bracket, a stop, a colon (not a hyphen, which
    joins names, nor a comma, which goes on with the list)."""
    return not t[:1].isalnum() and t not in ("-", ",")


_SPEECH_AFTER = speech_verbs_after_name(("say", "claim"))  # "X mengatakan": a person as often

Span3 = tuple[int, int, str]  # start, end, institution kind
# kinds of organisations.tsv that news NER tags but the record lists as no institution (platforms, brands,
# cabinets: the gold records list none)
ENTITY_ONLY = frozenset({"platform", "brand", "cabinet"})
_TABLE_KINDS = frozenset({"club", "team", "body", "company", "band"}) | ENTITY_ONLY


def _a_product(word: str) -> bool:
    """`word` is a brand or a platform of the organisations table (`Samsung`, `Apple`): the English head after it
    names its product (`Samsung Galaxy Watch`), not a body."""
    return any(kind in ENTITY_ONLY for kind in organisations().entries.get(word, ()))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_place_name(text: str) -> bool:
    """A region, country, foreign city or other geographic name (`Indonesia`, `Mexico City`)."""
    return bool(gazetteer().lookup(text)) or any(text in t.entries for t in (countries(), world_cities(), geo_other()))


@cache
def _kinds() -> dict[tuple[str, str], str]:
    return {(row["word"], row["where"]): row["kind"] for row in read_table("words/org_cues.tsv")}


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _glued(word: str) -> bool:
    """A word in camel case that is two words written without their space (`UntukKorowai`,
    `KukarPelatih`, `BakauheniTerbanggi`): a function word or a place first, or two ordinary
    words (`SoftBank`, `PropertyGuru` are names: an ordinary word in one part only)."""
    cut = next(i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower())
    head, tail = word[:cut], word[cut:]
    return head.lower() in _FUNCTION_WORDS or is_place_name(head) or is_common_word(head) and is_common_word(tail)


def context_organisations(doc: Doc, busy: Callable[[int], bool],
                          known: tuple[tuple[int, int], ...] = ()) -> list[Span3]:
    """The organisations the Doc names by context, as (start, end, kind) token spans that touch no
    token for which `busy` is true (a token another source claimed), in text order; `known`: the
    token spans of the organisations other sources found."""
    scan = _Scan(doc, busy)
    # the suffixes first (`Hyundai Motor Group`), then the listed names, then camel case (`WhatsApp`
    # is a listed platform)
    found = scan.english_names()
    found += scan.after_cues() + scan.name_parts()
    found += scan.listed() + scan.camel_case()
    # a listed club's or team's list goes on with its players as often (`Barcelona dan Messi`)
    found += scan.coordinated([*known, *((s, e) for s, e, _ in found if (s, e) not in scan.teams)])
    found += scan.repeated(found)
    return sorted(found + scan.short_names(found))


class _Scan:
    def __init__(self, doc: Doc, busy: Callable[[int], bool]) -> None:
        self.doc, self.busy = doc, busy
        self.texts = token_texts(doc)
        self.n = len(self.texts)
        self.taken: set[int] = set()
        self.teams: set[tuple[int, int]] = set()  # the clubs and teams `listed` found

    def free(self, k: int) -> bool:
        return 0 <= k < self.n and k not in self.taken and not self.busy(k)

    def word(self, k: int) -> bool:
        """Token k may be part of a name: a capitalised word (`Tech3`, `Kata.ai`, `Go-Jek` split
        as `Go - Jek`), free, and no word that ends a name's run."""
        t = self.texts[k] if 0 <= k < self.n else ""
        return t[:1].isupper() and t not in _STOP and t.replace(".", "").replace("-", "").isalnum() and self.free(k)

    def run_from(self, j: int) -> int:
        """The end of the capitalised run of at most four words that starts at `j`."""
        k = j
        while k < self.n and k - j < _MAX_WORDS and self.word(k):
            k += 1
            if k + 1 < self.n and self.texts[k] in _JOINERS and self.word(k + 1) and not (
                    k + 2 < self.n and self.texts[k + 2][:1].isupper()):
                k += 1  # "Go - Jek", "Johnson & Johnson"; not "MU - Paul Pogba"
        return k

    def take(self, s: int, e: int, kind: str, out: list[Span3]) -> None:
        """Keep the span; a listed platform or brand keeps its table kind (`aplikasi WhatsApp`), any
        other name the institution kind `other` unless a cue gave one."""
        listed = organisations().get(" ".join(self.texts[s:e]))
        kind = listed[0] if listed and listed[0] in ENTITY_ONLY else kind if kind not in _TABLE_KINDS else "other"
        out.append((s, e, kind))
        self.taken.update(range(s, e))

    def no_org(self, s: int, e: int) -> bool:
        """The run names something else: a place (`klub Jerman itu`: a nationality), a person by a
        given name (`grup Budi`), a letter, a run ending in a particle (`raksasa La Liga`), only
        ordinary words (`pemain Anda`), a term's acronym alone (`harian BBM`), or a run that opens with a word of a place (`pengembang Pulau C`)."""
        texts = self.texts
        if texts[s].lower() in given_names() and texts[s][1:].islower() or texts[s].lower() in _PLACE_BEFORE:
            return True
        if is_place_name(" ".join(texts[s:e])) or texts[e - 1] in _GLUE or len(texts[e - 1]) <= 2 and not texts[e - 1].isupper():
            return True
        if e - s == 1:  # one word: not a letter ("E!"), an ordinary word ("pemain Anda", "ormas Islam") nor a
            # term's acronym (`jatah harian BBM`: `harian` is a daily's noun too)
            return len(texts[s]) < 2 or is_common_word(texts[s]) and not texts[s].isupper() or texts[s] in term_acronyms()
        return all(is_common_word(t) for t in texts[s:e] if t.isalpha())

    def listed(self) -> list[Span3]:
        """Clubs, teams and companies of the organisations table (`Juventus`, `Samsung`) where the
        name stands alone: no word of a longer name before it (`Keisuke Honda`) nor, for a one-word
        name, after it (`Milan Dravecki`, an invented player), save a country, the company's branch (`Samsung
        Indonesia`). A name that is also a place or a given name (`Valencia`, `Milan`) is the club
        only in an article with sport words and not after a word that introduces a place."""
        out: list[Span3] = []
        texts, table = self.texts, organisations()
        sport: bool | None = None
        for s, e, form in table.find(self.doc):
            if not all(self.free(k) for k in range(s, e)) or self._inside_run(s, e):
                continue
            if is_place_name(form) or form.lower() in given_names():
                if s and texts[s - 1].lower() in _PLACE_BEFORE:
                    continue
                sport = bool(flagged_tokens(self.doc, _SPORT)) if sport is None else sport
                if not sport:
                    continue
            kind = table.get(form)[0]
            if self._product(s, e, form):
                continue  # "pesawat Boeing 737": the maker's name before a model number names the product
            if kind in ("club", "team"):
                self.teams.add((s, e))
            elif e < self.n and texts[e] in countries().entries and self.free(e):
                e += 1
            elif kind == "company" and self._numbered(e):
                e += 1  # "Angkasa Pura II", "Pelindo III": one of a holding's numbered companies
            self.take(s, e, kind, out)
        return out

    def _numbered(self, k: int) -> bool:
        """Token k is a roman numeral that numbers one of a holding's companies after its name (`Angkasa Pura
        I`, `Pelindo III`): not followed by a capitalised word (`... I Wayan X`: a Balinese name's first word)."""
        texts = self.texts
        return k < self.n and self.free(k) and is_roman_number(texts[k]) and not (
            k + 1 < self.n and texts[k + 1][:1].isupper())

    def _product(self, s: int, e: int, form: str | None = None) -> bool:
        """The name at tokens s..e is a listed maker's (`organisations.tsv`: a company or a brand) before a
        model number: the product (`pesawat Boeing 737`), no organisation."""
        listed = organisations().get(form or " ".join(self.texts[s:e]))
        return bool(listed) and listed[0] in ("company", "brand") and self._model_number(e)

    def _model_number(self, k: int) -> bool:
        """Token k is a model number (`Boeing 737`, `Yamaha R15`, `Toyota 86,`): no measure follows it, a
        short lowercase unit, a unit symbol (`Intel 45 W`, `16 GB`, `unit_symbols.tsv`) or another number
        (`Yamaha 1 m 27.899s`: a lap time in a results table)."""
        texts = self.texts
        if k >= self.n or not MODEL_NUMBER.fullmatch(texts[k]):
            return False
        nxt = texts[k + 1] if k + 1 < self.n else ""
        return not (nxt[:1].isdigit() or nxt.isalpha() and nxt.islower() and len(nxt) <= 2 or nxt in _UNIT_SYMBOLS)

    def _inside_run(self, s: int, e: int) -> bool:
        """The table's name at tokens s..e is part of a longer capitalised name: an uncommon
        capitalised word before it that is no English noun (`Driver Go-Jek`: the company), or after a
        one-word name one that is no country."""
        texts = self.texts

        def name_word(k: int) -> bool:
            t = texts[k] if 0 <= k < self.n else ""
            return t[:1].isupper() and t.isalpha() and not is_common_word(t) and t not in role_words()

        if name_word(s - 1) and texts[s - 1].lower() not in _ENGLISH and sent_start_array(self.doc)[s] != 1:
            return True
        return e - s == 1 and name_word(e) and texts[e] not in countries().entries and not self._numbered(e)

    def after_cues(self) -> list[Span3]:
        """Names after a cue noun (`klub X`, `raksasa teknologi X`, `dikutip dari X`) and teams in
        apposition to their people (`bek X, Nama`)."""
        out: list[Span3] = []
        texts, kinds = self.texts, _kinds()
        starts = sent_start_array(self.doc)
        for i in flagged_tokens(self.doc, _CUE):
            low = texts[i].lower()
            if low in _INSIDE:
                self.national_team(i, out)  # "timnas Inggris", "Timnas Inggris": the noun opens the name
                continue
            if texts[i] in _OPENS:
                self.outlet_name(i, out)  # "Harian Merdeka": the outlet's noun opens its name
                continue
            if low != texts[i] and starts[i] != 1:
                continue  # "koalisi Partai Politik": a capitalised cue is a name's head, save at a sentence start
            if texts[i] in _APPOSED:
                self.team_of_player(i, out)
                continue
            if low in _NAMED:
                self.named_team(i, kinds[(low, "named")], out)
                continue
            kind = kinds.get((low, "before"), "media")
            if kind != "media":
                self.apposition(i, kind, out)  # "Rovio, perusahaan game": the noun after the name
            j = i + 1
            if j < self.n and texts[j] in _BETWEEN and (texts[j], "between") in kinds:
                j += 1  # "raksasa teknologi X", "dikutip dari X", "stasiun televisi X"
            e = self.run_from(j)
            if e > j and not self.no_org(j, e):
                self.take(j, e, kind, out)
        return out

    def english_names(self) -> list[Span3]:
        """Bodies named in English around a head word (`english_org_heads.tsv`): the capitalised words before the
        head that no Indonesian dictionary lists (`Asian Football Confederation`; not `Presiden`, `Peneliti`), an
        opening `The`, and after it phrases of a function word and capitalised words (`Institute for Development
        of Economics and Finance`, `Federation of Asian Journalists`): English words, or any when the acronym in
        brackets after the phrases abbreviates the whole (`Institute for Criminal Justice Reform (ICJR)`), so that
        a holder's name after the body stays out (`Center for Strategic and International Studies Budi X`)."""
        out: list[Span3] = []
        texts, n = self.texts, self.n
        roles = role_words()
        for k in flagged_tokens(self.doc, _ENGLISH_HEAD):
            if not self.free(k):
                continue
            s = k
            while s > 0 and k - s < 4 and self.word(s - 1) and texts[s - 1].isalpha() and texts[s - 1] not in roles \
                    and not is_common_word(texts[s - 1]) and texts[s - 1] not in _ENGLISH_HEADS:
                s -= 1
            if s > 0 and texts[s - 1] == "The" and self.free(s - 1):
                s -= 1
            if s and texts[s - 1].lower() in _WORK_NOUNS or _a_product(texts[s]):
                continue  # "film The Umbrella Academy", "album X Society", "Apple Watch": a title, a brand's product
            strict, loose = self._english_phrases(k + 1, True), self._english_phrases(k + 1, False)
            e = strict
            defined = loose + 2 < n and texts[loose] == "(" and texts[loose + 2] == ")" \
                and is_acronym_of(texts[loose + 1], " ".join(texts[s:loose]))
            if defined:
                e = loose  # "Institute for Criminal Justice Reform (ICJR)": the acronym vouches for the words
            elif self.word(e):
                continue  # "University of New South Wales", "... Studies Budi X": the run goes on, its end unknown
            if e - s - (texts[s] == "The") < 2 or is_place_name(" ".join(texts[s:e])) \
                    or texts[k] not in _ENGLISH_ALONE and e == k + 1:
                continue  # "Jakarta Convention Center (JCC)": a building as often, a body with its `for` phrase
            self.take(s, e, "other", out)
        return out

    def _english_phrases(self, j: int, strict: bool) -> int:
        """The end of the `of`/`for`/`and` phrases after an English head ending at token `j`, each a function word
        and one to three capitalised words (English words only when `strict`)."""
        texts, n = self.texts, self.n
        while j + 1 < n and texts[j].lower() in _ENGLISH_JOINS and texts[j].islower() and self.word(j + 1):
            m = j + 1
            while m < n and m - j <= 3 and self.word(m) and texts[m].isalpha() and (
                    not strict or texts[m].lower() in _ENGLISH or texts[m] in _ENGLISH_HEADS):
                m += 1
            if m == j + 1:
                break
            j = m
        return j

    def outlet_name(self, i: int, out: list[Span3]) -> None:
        """`Harian Merdeka`, `Radio Rwanda`: a capitalised outlet noun and the capitalised run after it
        are the outlet's name, when a lowercase word or a mark stands before the noun (`Ketua Harian X`
        is a post) and the run is no body another source named (`Pengurus Harian DPP`). At a sentence's
        start the capital is the sentence's: the noun is read as the lowercase cue (`Harian X melaporkan`)."""
        texts = self.texts
        prev = texts[i - 1] if i else ""
        if prev[:1].isupper() and prev.isalpha() or not self.free(i) or sent_start_array(self.doc)[i] == 1:
            return
        e = self.run_from(i + 1)
        if e > i + 1 and texts[e - 1] not in _GLUE:
            self.take(i, e, "media", out)

    def named_team(self, i: int, kind: str, out: list[Span3]) -> None:
        """`tim berjuluk X`, `tim bernama X`: a naming word (`between` of org_cues.tsv, `other`) after
        the noun, then the team's name."""
        texts, k = self.texts, i + 1
        if k < self.n and texts[k].isspace():
            k += 1  # "Tim berjuluk   X": spaces of the source as tokens
        j = k + 1 + (k + 1 < self.n and texts[k + 1].isspace())
        if j < self.n and texts[k] in _BETWEEN and _kinds().get((texts[k], "between")) == "other" \
                and texts[k].startswith("ber"):
            e = self.run_from(j)
            if e > j and not self.no_org(j, e):
                self.take(j, e, kind, out)

    def team_of_player(self, i: int, out: list[Span3]) -> None:
        """`bek X, Nama Orang`: one word only (`kiper I Made Wirawan, Supardi` lists players)."""
        texts = self.texts
        if self.word(i + 1) and i + 3 < self.n and texts[i + 2] == "," and texts[i + 3][:1].isupper() \
                and not self.no_org(i + 1, i + 2):
            self.take(i + 1, i + 2, "other", out)

    def national_team(self, i: int, out: list[Span3]) -> None:
        """`timnas Inggris`: the noun and the country are the team's name."""
        texts = self.texts
        e = self.run_from(i + 1)
        while e > i + 1 and not is_place_name(" ".join(texts[i + 1:e])):
            e -= 1  # "timnas Indonesia Alfred Riedl": the team of a country, then its coach
        if e > i + 1 and self.free(i):
            self.take(i, e, _kinds()[(texts[i].lower(), "inside")], out)

    def apposition(self, i: int, kind: str, out: list[Span3]) -> None:
        """The name a comma sets before the organisation noun at `i` (`Ovo, layanan pembayaran`,
        `Kata.ai, salah satu startup`), when the name opens its clause."""
        texts, j = self.texts, i - 1
        while j > 0 and texts[j] in _LEAD_IN:
            j -= 1
        if j < 1 or texts[j] != ",":
            return
        s = j
        while s > 0 and j - s < _MAX_WORDS and self.word(s - 1):
            s -= 1
        if s == j or s > 0 and texts[s - 1].isalpha() and not texts[s - 1].islower() and self.free(s - 1):
            return
        roles = role_words()
        while s < j - 1 and (texts[s] in roles or is_common_word(texts[s])):
            s += 1  # "CEO Kata.ai, salah satu startup", "Selain X, layanan ...": no part of the name
        if not self.no_org(s, j):
            self.take(s, j, kind, out)

    def name_parts(self) -> list[Span3]:
        """Names ended by a suffix (`Newcastle United`, `Lippo Group`, `Kompas TV`) or opened by a
        club's or company's first word (`FC Basel`, `Real Madrid`)."""
        out: list[Span3] = []
        texts = self.texts
        starts = sent_start_array(self.doc)
        for k in flagged_tokens(self.doc, _NAME_PART):
            if not self.free(k):
                continue
            if texts[k] in _LEAD and self.word(k + 1) and texts[k + 1] not in _AFTER and texts[k + 1] not in _LEAD \
                    and not self.inside_name(k):  # "Nevada State Athletic Commission"
                # one word after it: "Real Madrid Isco", "AC Milan Vincenzo Montella" name a player next
                self.take(k, k + 2, "other", out)
                continue
            if texts[k] not in _AFTER or texts[k] in _TRADE and self.word(k + 1) or self._goes_on(k, out):
                continue
            last = self._form_start(k)
            s = last
            roles = role_words()
            while s > 0 and last - s < _MAX_WORDS - 1 and self.word(s - 1) and len(texts[s - 1]) > 1 \
                    and texts[s - 1] not in roles:  # "CEO Grup X": a post, no part of the name
                s -= 1
            while s < last and self._no_first_word(s, last, starts):
                s += 1  # "Selanjutnya Manchester City", "Pemain Terbaik Manchester United", "Stasiun TV"
            if texts[s] in _GLUE and self.word(k + 1):
                continue  # "The United Nations": the name goes on
            if texts[k] in _ABROAD and gazetteer().lookup(" ".join(texts[s:k]), villages=True):
                continue  # "Poso City", "Senayan City": after an Indonesian region's or village's name, a mall or an estate
            if s < last and not is_place_name(" ".join(texts[s:k + 1])):
                self.take(s, self._with_dot(k + 1), _kinds().get((texts[k], "after"), "other"), out)
        return out

    def _no_first_word(self, s: int, last: int, starts) -> bool:
        """The word at `s` opens no name that an end word after `last` closes: a department or a body's people
        (`Direktur Marketing X Finance`, `Karyawan X Travel`), or an ordinary word that opens the sentence or comes
        before another word of the name (`Pemain Terbaik Manchester United`); after a lowercase word a trade's company
        keeps its ordinary words (`kredit dari Mega Tirta Finance`: Indonesian companies are named with them)."""
        texts = self.texts
        if texts[s] in _DEPARTMENT or texts[s].lower() in _MEMBER:
            return True
        if not is_common_word(texts[s]):
            return False
        opens = starts[s] == 1 or s == 0 or not texts[s - 1].isalpha()
        return opens or s + 1 < last and not (texts[last] in _TRADE and texts[s - 1].islower())

    def _form_start(self, k: int) -> int:
        """`X Asia Pacific Pte Ltd`: the name before the end word at `k` is counted from the legal form's first word."""
        return k - 1 if k > 1 and self.texts[k - 1] in _FORM_LEAD and self.free(k - 1) else k

    def _goes_on(self, k: int, out: list[Span3]) -> bool:
        """`Internet Research Agency LLC`, `X Ventures Asia Ltd`: an end word at `k` within two capitalised words
        after the name the pass took last (ended by an end word) goes on with that name."""
        last = self._form_start(k)
        if not out or not out[-1][1] <= last <= out[-1][1] + 2 or not all(self.word(j) for j in range(out[-1][1], last)):
            return False
        s0, _, kind0 = out.pop()
        self.take(s0, self._with_dot(k + 1), kind0, out)
        return True

    def _with_dot(self, e: int) -> int:
        """`DeSoto Inc. mengatakan`: the dot of an abbreviated legal form (a suffix the table lists
        with and without it) written solid after it is part of the name, where no sentence ends."""
        texts = self.texts
        if e + 1 < self.n and texts[e] == "." and texts[e - 1] + "." in _AFTER and (
                texts[e + 1].islower() or texts[e + 1] in (",", ")")) and token_starts(self.doc)[e] == \
                token_starts(self.doc)[e - 1] + len(texts[e - 1]):
            return e + 1
        return e

    def camel_case(self) -> list[Span3]:
        """A word in camel case (`PicMix`, `DailySocial`, `WhatsApp`) that no cue names a product
        (`ponsel X`, `X 4`): a company's, an app's or a site's name (`names.is_camel_case`)."""
        out: list[Span3] = []
        texts = self.texts
        for k in flagged_tokens(self.doc, _CAMEL):
            if not self.word(k) or k and texts[k - 1].lower() in _THING_CUES or _glued(texts[k]) \
                    or k + 1 < self.n and MODEL_NUMBER.fullmatch(texts[k + 1]):
                continue
            e = k + 2 if k + 1 < self.n and texts[k + 1] in countries().entries and self.free(k + 1) else k + 1
            self.take(k, e, "other", out)  # "GrabPay Indonesia": the company's branch in a country
        return out

    def coordinated(self, orgs: list[tuple[int, int]]) -> list[Span3]:
        """One-word names listed with an organisation (`Tokopedia dan X`, `AC Milan (1995), X (1996)`):
        the next name of the list, or the one before it, when it is no given name and no speech verb
        follows it; each one found lists the next; not the players a team's name introduces (`pemain X,
        Nama dan Nama`). A longer name listed so is a person's as often
        (`Partai X, Budi Santoso, mengatakan`; parties and their candidates)."""
        out: list[Span3] = []
        todo = sorted(orgs)
        while todo:
            s, e = todo.pop()
            players = s and self.texts[s - 1] in _APPOSED and e < self.n and self.texts[e] == ","
            for a, b in (self.listed_after(e) if not players else (e, e), self.listed_before(s)):
                if b == a + 1 and not self.no_org(a, b) and self.texts[a].lower() not in given_names() \
                        and not (b < self.n and self.texts[b] in _SPEECH_AFTER):
                    self.take(a, b, "other", out)
                    todo.append((a, b))
        return out

    def listed_after(self, e: int) -> tuple[int, int]:
        """The name listed after the one that ends at token `e` (its bracket skipped), or (e, e)."""
        texts, j = self.texts, e
        if j + 2 < self.n and texts[j] == "(" and texts[j + 2] == ")":
            j += 3  # "AC Milan (1995), ..."
        if j < self.n and texts[j] in _LIST_JOINERS:
            comma = texts[j] == "," and not (j + 1 < self.n and texts[j + 1] in _LIST_JOINERS)
            j += 1 if comma or texts[j] != "," else 2
            k = self.run_from(j)
            nxt = texts[k] if k < self.n else "."
            # after a comma alone, only in a list a conjunction or a bracket goes on with: "DPR,
            # Senayan" and "Pesantren X, Cikampak, pimpinan" name the body's place
            if k > j and "." not in texts[j] and (_list_end(nxt) or nxt in _LIST_JOINERS
                                                   or not comma and self._acronym(j, k)) and not (
                    comma and (_list_end(nxt) and nxt != "(" or nxt == "," or gazetteer().lookup(texts[j], villages=True))):
                return j, k
        return e, e

    def _acronym(self, j: int, k: int) -> bool:
        """The name listed at j..k is an acronym of three capitals or more that is no term and no
        place (`Partai X dan KMP sudah`): a body's, whatever follows it, as a person's initials are
        not listed with a body by a conjunction."""
        t = self.texts[j]
        return k == j + 1 and len(t) >= 3 and t.isupper() and t.isalpha() and t not in term_acronyms() \
            and not gazetteer().lookup(t)

    def listed_before(self, s: int) -> tuple[int, int]:
        """The name listed right before the one that starts at token `s` (`X dan Tokopedia`), or (s, s)."""
        texts, j = self.texts, s - 1
        if j < 1 or texts[j] not in _LIST_JOINERS or texts[j] == ",":
            return s, s  # a conjunction only: "BARCELONA, JUARA.net -" is a dateline, "GO - PAY, X" a list's tail
        a = j
        while a > 0 and j - a < _MAX_WORDS and self.word(a - 1):
            a -= 1
        if a == j or a > 0 and (texts[a - 1][:1].isalnum() and texts[a - 1] not in _LIST_JOINERS):
            return s, s  # "Kapolres Budi dan Polsek X": a word before the run, no list
        return a, j

    def inside_name(self, k: int) -> bool:
        """Token k goes on a name begun before it: a free capitalised word that opens no sentence
        and is no ordinary word nor a word that opens a club's name (`Atletico Real X`) stands right
        before it (`Nevada State Athletic Commission`)."""
        prev = self.texts[k - 1] if k else ""
        return self.word(k - 1) and sent_start_array(self.doc)[k - 1] != 1 and prev not in _LEAD \
            and not is_common_word(prev)

    def short_names(self, found: list[Span3]) -> list[Span3]:
        """A club named in full is its name's last word alone further on (`Manchester City` ...
        `City`): not a place's name (`Persib Bandung` ... `di Bandung`), an ordinary word, nor a word
        of a longer name."""
        texts = self.texts
        shorts = {texts[e - 1]: kind for s, e, kind in found
                  if e - s >= 2 and ((s, e) in self.teams or texts[e - 1] in _CLUB_LAST)}
        if not shorts:
            return []
        shorts = {w: kind for w, kind in shorts.items()
                  if len(w) > 2 and w.istitle() and not is_place_name(w) and not is_common_word(w)}
        out: list[Span3] = []
        for k in [k for k in capitalised_tokens(self.doc) if texts[k] in shorts]:
            if self.free(k) and not self.word(k - 1) and not self.word(k + 1):
                self.take(k, k + 1, shorts[texts[k]], out)
        return out

    def repeated(self, found: list[Span3]) -> list[Span3]:
        """Other mentions of the names found, written the same way (`klub Persija` ... `Persija`)."""
        if not found:
            return []
        names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for s, e, kind in found:
            names.setdefault(self.texts[s], []).append((tuple(self.texts[s:e]), kind))
        # a name can come again only where its first word is written twice or more (one `count` of
        # the text per name, in C, before a walk over the capitalised tokens)
        text = doc_text(self.doc)
        names = {w: v for w, v in names.items() if text.count(w) > 1}
        if not names:
            return []
        out: list[Span3] = []
        texts = self.texts
        for k in [k for k in capitalised_tokens(self.doc) if texts[k] in names]:
            for words, kind in names[texts[k]]:
                e = k + len(words)
                # alone, not inside a longer name ("partai Rutte" ... "Mark Rutte": the person), nor a
                # maker's name before a model number ("Boeing" ... "Boeing 737": the product, as in `listed`)
                if tuple(self.texts[k:e]) == words and all(self.free(j) for j in range(k, e)) \
                        and not self.word(k - 1) and not self.word(e) \
                        and not self._product(k, e):
                    self.take(k, e, kind, out)
                    break
        return out
