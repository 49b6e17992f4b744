"""`polsek_entities`: `doc.ents` assembled from every recognizer's spans.

The recognizers write overlapping span groups (a venue may hold an institution; an officer
mention holds a name). `doc.ents` is their non-overlapping view, labelled PERSON, ORG, GPE, LOC,
FAC, DATE, TIME and EVENT: the longest span wins, then the more specific group.
"""
from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import (
    data_of,
    ext,
    flagged_tokens,
    group,
    sent_start_array,
    span_text,
    token_texts,
)
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import admin_prefixes
from polsek_nlp.knowledge.lexicon import positions, reporting_verb_heads, speech_verbs_after_name
from polsek_nlp.knowledge.phrases import (
    COUNTRY_INITIALS,
    chain_parent_kinds,
    countries,
    institution_table,
    media,
    organisations,
)
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.spacy_id import STOP_WORDS
from polsek_nlp.lang.wordflags import word_set_flag
from polsek_nlp.recognize.incident_words import words as incident_words
from polsek_nlp.recognize.institutions import PARTY_BOARDS
from polsek_nlp.recognize.names import alias_cue, given_names, is_common_word, is_roman_number
from polsek_nlp.recognize.places import venue_heads
from polsek_nlp.recognize.quantities import currencies, number_words
from polsek_nlp.resolve.appositions import apposed_kinds, kind_before_names
from polsek_nlp.resolve.coordination import coordinated

_GROUP_PRIORITY = {"persons": 0, "timexes": 1, "event_names": 2, "institutions": 3, "places": 4}


# words after which a region or country is a location ("di Jakarta", "ke Israel", "seluruh Indonesia")
LOCATIVE = word_set("locative_words")
_REGION_PREFIXES = admin_prefixes()  # Desa, Kota, DKI ...: a region named with its level
_PEOPLE_NOUNS = word_set("people_nouns")  # warga, masyarakat, pihak: the people or side of the place
_HEAD_TITLES = word_set("head_titles")  # Kepala, Ketua: before a kind of place, a post's title
_PLACE_KINDS = word_set("place_kind_nouns")  # kota, provinsi, pulau: lowercase, a kind of place
_BEFORE_UNKNOWN = word_set_flag(("di", "ke", "Di", "Ke", *_PLACE_KINDS))
_UNIT_SYMBOLS = word_set("unit_symbols")  # Hz, Mbps: a measure's symbol, no place
_ACTING = word_set("state_acting")
_ACTIVE_PREFIXES = tuple(sorted(word_set("active_prefixes", "kind", "prefix")))  # meng-, mem-, mel- ...: an active verb
_NOT_VERBS = word_set("active_prefixes", "kind", "not_verb")  # melalui, merupakan ...: no verb, for all their prefix
# meN- alone (no ber-): a verb that takes an object, after which a country is the place acted on (`mengunjungi Mesir`,
# `menghantam Israel`, `melalui Malaysia`); any other lowercase word before it is a noun or an adjective it modifies
# (`berita Malaysia`, `medis Palestina`, `bersejarah Indonesia`: IDNer train leaves these 4 untagged, 4 of 4)
_OBJECT_VERB_PREFIXES = tuple(p for p in _ACTIVE_PREFIXES if p.startswith("me"))
_PLACE_CUES = word_set("locative_words", "place_cue")  # di, ke, dari, asal, menuju ...
_SITE_BODIES = word_set("site_bodies")
_LIST_MARKS = word_set("org_cues", "where", "list")  # ",", "dan", "atau", "serta"
DIRECTIONS = word_set("directions")
# the lowercase words of a direction (`selatan`, `barat laut`) that may stand between a kind of place and its name
_DIRECTION_WORDS = frozenset(w.lower() for entry in DIRECTIONS for w in entry.split())
_COMPETITION = word_set("competition_heads")  # "di Piala Champions": a competition, no place
_OPPONENT = word_set("opponent_words")  # "laga Myanmar kontra Indonesia": the sides of a match
_FACILITIES = word_set("facility_acronyms", "kind", "facility")  # SPBU, RPH: a kind of facility, bare
_FACILITY_FLAG = word_set_flag(_FACILITIES)
_QUANTIFIERS = word_set("facility_acronyms", "kind", "quantifier")  # "di setiap SPBU", "di salah satu SPBU"
_BOARDS = word_set("body_organs", "kind", "board")  # DPP, DPW: a party's board, no body of its own
_STATE_KINDS = chain_parent_kinds()  # legislature, police, agency ...: a state body is no party's organ
_NUMBERED = word_set("body_organs", "kind", "numbered")  # Komisi III: a legislature's numbered commission
_STANDING = word_set("body_organs", "kind", "standing_body")  # Badan: `Badan Anggaran DPR`, a legislature's own body
_ACTING_VENUES = word_set("acting_venue_heads")  # Kantor, Balai: a venue that speaks is the body housed there
_BUILDINGS = word_set("building_nouns")  # gedung, kompleks, kediaman, rumah dinas: a building and its name
_BUILDING_FLAG = word_set_flag(frozenset(noun.split()[-1] for noun in _BUILDINGS))
_NAMED_LABELS = frozenset(("ORG", "PERSON", "GPE", "LOC", "FAC"))
_PAID = word_set("paid_nouns")  # uang, dana, suap: money handed over, `uang ke X`: X the party paid
_DEMONSTRATIVES = frozenset(("itu", "ini", "tersebut"))
_PAID_CUES = ("ke", "dari")  # `uang ke X`, `uang dari X`: the party paid or paying after
_PAID_CUE_FLAG = word_set_flag((*_PAID_CUES, *(w.title() for w in _PAID_CUES)))
_SLASH_FLAG = word_set_flag(("/",))  # `Gedung DPR/MPR`: two bodies' building


def _modifier(doc: Doc, span: Span) -> bool:
    """A country that modifies a noun or acts (`turis Tiongkok`, `pemerintah Sudan`, `Israel telah
    menyatakan`) names the people or the state, and any region inside a title (`Gubernur DKI
    Jakarta`) or as the agent of a passive (`dikuasai Israel`) is no location: Indonesian NER
    corpora leave these out of LOC, and so does `doc.ents` (the record's places keep them)."""
    if span_text(doc, span.start, span.end).split()[0] in ("Kota", "Kabupaten", "Provinsi", "Kecamatan", "Desa"):
        return False
    header = ext(doc, "header")
    if header is not None and header.dateline_span is not None and \
            header.dateline_span == (span.start_char, span.end_char):
        return False  # `INGGRIS -`: the dateline names where the article is filed from
    data = data_of(span)
    kind = getattr(data, "kind", None) if data is not None else None
    country = kind == "country"
    texts = token_texts(doc)
    prev = texts[span.start - 1] if span.start else None
    prev_low = prev.lower() if prev is not None else None
    if prev is not None and prev.islower() and _after_lowercase_post(texts, span.start):
        return True  # a post written in lower case, as `Gubernur X`: "calon gubernur Jawa Barat", "wali kota Y"
    if prev_low in LOCATIVE or prev_low in _OPPONENT and kind == "country" or _listed_after_locative(texts, span.start):
        return False  # "di Jakarta", "dari Suriah", "di Irak dan Libanon", "laga Myanmar kontra Indonesia"
    nxt = texts[span.end] if span.end < len(doc) else None
    if kind in ("country", "foreign") and nxt is not None and nxt.islower() and nxt.isalpha() and (
            nxt in _ACTING or nxt.startswith(_ACTIVE_PREFIXES) and nxt not in _NOT_VERBS):
        return True  # the state acting: "Israel telah menyatakan", "Washington menuduh"
    if prev is None or country and sent_start_array(doc)[span.start] == 1:
        return country  # a country opening a sentence is its state or people ("Rusia dan Jepang melarang")
    if prev.isalpha() and prev[:1].isupper() and (country or sent_start_array(doc)[span.start - 1] != 1):
        return True  # part of a title or a name: "Gubernur DKI Jakarta", "PM Inggris", "Presiden Perancis"
    if prev_low.startswith("di") and len(prev) > 4 and prev.isalpha() and prev.islower():
        return True  # the agent of a passive verb: "dikuasai Israel", "dikatakan Israel"
    if not (prev.isalpha() and prev.islower()) or prev_low in STOP_WORDS:
        return False
    return country and not prev_low.startswith(_OBJECT_VERB_PREFIXES)


@cache
def _lowercase_posts() -> frozenset[str]:
    """The posts of `positions.tsv` in lower case (`gubernur`, `wali kota`, `kepala desa`)."""
    return frozenset(form.lower() for form in positions().entries)


def _after_lowercase_post(texts: list[str], start: int) -> bool:
    """The one to three lowercase words before token `start` are a post's title written in lower case
    (`calon gubernur X`, `wali kota X`, `kepala desa X`): the region after it is the post's, as after
    `Gubernur`; IDNer leaves it untagged (`gubernur DKI Jakarta`, `gubernur AS`: 3 of 3 on train), and so
    does the sentence corpus (`wali kota Seoul`)."""
    posts = _lowercase_posts()
    for k in range(1, 4):
        words = texts[max(0, start - k):start]
        if len(words) < k or not words[0].isalpha() or not words[0].islower():
            return False
        if " ".join(words) in posts:
            return True
    return False


def _of_people(doc: Doc, span: Span) -> bool:
    """A region or a bare place after a lowercase noun of its people or of one side (`warga Gaza`,
    `masyarakat Kalimantan Timur`, `pihak Israel`: `people_nouns.tsv`) names them, not a location; a
    place named with its level or head word (`warga Desa X`, `warga Kampung Y`, `warga Perumahan Z`)
    or a facility (`pihak RSUD X`) stays. The noun opening a sentence is written capitalised (`Warga Gaza
    berkumpul`, `Masyarakat X menolak`): the same noun."""
    if not span.start or span.label_ == "FAC":
        return False
    texts = token_texts(doc)
    noun = texts[span.start - 1]
    if noun not in _PEOPLE_NOUNS and not (
            noun.lower() in _PEOPLE_NOUNS and noun.istitle() and sent_start_array(doc)[span.start - 1] == 1):
        return False
    first = texts[span.start]
    return first not in _REGION_PREFIXES and first not in venue_heads().entries


def _listed_after_locative(texts: list[str], start: int) -> bool:
    """The place at `start` is listed after a place a locative word introduces (`di Irak dan
    Libanon`, `ke Mesir, Yordania dan Israel`): capitalised words and list marks back to `di`/`ke`."""
    k = start - 1
    if k < 1 or texts[k] not in _LIST_MARKS:
        return False
    while k > 0 and start - k < 12 and (texts[k] in _LIST_MARKS or texts[k][:1].isupper()):
        k -= 1
    return texts[k].lower() in _PLACE_CUES and texts[k + 1][:1].isupper()


def _with_direction(doc: Doc, span: Span) -> Span:
    """`Afrika Barat`, `Israel utara`, `Gaza selatan`: the direction belongs to the place."""
    if span.end < len(doc) and token_texts(doc)[span.end] in DIRECTIONS and span.label_ in ("GPE", "LOC"):
        return Span(doc, span.start, span.end + 1, label=span.label_, kb_id=span.kb_id_)
    return span


def _locative_unknowns(doc: Doc, candidates) -> list[Span]:
    """Capitalised words that no recognizer knows, right after `di`/`ke` (`di Kairo`, `ke Gaza`) or a
    lowercase noun of a kind of place (`provinsi Equateur`, `pulau X`: `place_kind_nouns.tsv`), and the
    places listed after them (`di Toledo, Tucson atau Topeka`)."""
    texts = token_texts(doc)
    n = len(texts)
    # each cue with the token its name follows: the cue itself, or its qualifiers (`kota selatan X`, `kota Rusia X`)
    after = [(texts[i], _kind_qualified(texts, i) if texts[i] in _PLACE_KINDS else i)
             for i in flagged_tokens(doc, _BEFORE_UNKNOWN) if i + 1 < n and (
                 texts[i + 1][:1].isupper() or texts[i + 1] in _DIRECTION_WORDS and texts[i] in _PLACE_KINDS)]
    if not after:
        return []
    used = {k for c in candidates for k in range(c[3].start, c[3].end)}

    def title(k: int) -> bool:
        t = texts[k]
        return t[:1].isupper() and t[1:].islower() and t.isalpha() and k not in used

    out: list[Span] = []
    for text, i in after:
        if i + 1 >= n or not title(i + 1):
            continue
        if not _may_name_after(text, texts[i + 1]) or _paid_before(texts, i):
            continue
        j = i + 1
        while j < n:
            k = j
            while k < n and k - j < 3 and title(k):
                k += 1
            if k == j or all(is_common_word(t) for t in texts[j:k]) or texts[j] in _COMPETITION:
                break  # "di Tanah Air": ordinary words, capitalised, name no place; "di Piala X": a cup
            out.append(Span(doc, j, k, label="GPE"))
            used.update(range(j, k))
            if k + 1 < n and texts[k] in (",", "dan", "atau") and title(k + 1):
                j = k + 1
                continue
            break
    return out


@cache
def _amount_words() -> frozenset[str]:
    """The words between a noun of money and `ke`/`dari` (`uang itu ke`, `uang sebesar Rp 5 juta ke`): a
    demonstrative, a currency, a number word, a word of an amount (`sebesar`, `senilai`: the `amount_of`
    rows of `data/incident_words.tsv`)."""
    before, after = currencies()
    amount_of = (w for w, v in incident_words("money_context").items() if "amount_of" in v.split())
    return frozenset(_DEMONSTRATIVES | set(before) | set(after) | set(number_words()) | set(amount_of))


def _paid_before(texts: list[str], i: int) -> bool:
    """The cue at token `i` (`ke`, `dari`) follows a noun of money handed over (`uang`, `suap`: `paid_nouns.tsv`),
    with its amount or a demonstrative between (`uang itu ke`, `uang sebesar Rp 500 juta dari`)."""
    if texts[i].lower() not in _PAID_CUES:
        return False
    between = _amount_words()
    k = i - 1
    while k >= 0 and i - k <= 5 and (texts[k][:1].isdigit() or texts[k].lower() in between):
        k -= 1
    return k >= 0 and texts[k].lower() in _PAID


def _paid_parties(doc: Doc, candidates) -> list[Span]:
    """A name no recognizer reads right after `ke`/`dari` and a noun of money handed over (`meminta uang ke X`,
    `menerima uang Rp 500 juta dari X`): the party that is paid or pays, a person (IDNer train: 4 of 4 PER; the
    words are read as a place after `ke` otherwise). One to three title-case words, not all ordinary ones; a place
    or body a recognizer knows keeps its reading (`menyetor uang ke Jakarta`). `doc.ents` only."""
    texts = token_texts(doc)
    n = len(texts)
    used = {k for c in candidates for k in range(c[3].start, c[3].end)}
    out: list[Span] = []
    for i in flagged_tokens(doc, _PAID_CUE_FLAG):
        if i + 1 >= n or not _paid_before(texts, i):
            continue
        k = i + 1
        while k < n and k - i <= 3 and k not in used and texts[k][:1].isupper() and texts[k][1:].islower() \
                and texts[k].isalpha():
            k += 1
        if k > i + 1 and not all(is_common_word(t) for t in texts[i + 1:k]):
            out.append(Span(doc, i + 1, k, label="PERSON"))
    return out


def _addressed_venues(doc: Doc, candidates) -> list[Span]:
    """A name no recognizer reads right after `di` and before a comma and a place, as an address writes a venue and
    its place (`di Galeri Cipta, Cikini`, `di RSPP, Jakarta`): the venue (its words may be ordinary words or an
    acronym, which `_locative_unknowns` leaves: the address is the cue). `doc.ents` only."""
    texts = token_texts(doc)
    n = len(texts)
    used = {k for c in candidates for k in range(c[3].start, c[3].end)}
    places = {c[3].start for c in candidates if c[3].label_ in ("GPE", "LOC", "FAC")}
    out: list[Span] = []
    for i in flagged_tokens(doc, _BEFORE_UNKNOWN):
        if texts[i].lower() != "di":
            continue
        j = i + 1
        while j < n and j - i <= 4 and j not in used and _venue_word(texts[j]):
            j += 1
        if j > i + 1 and j + 1 < n and texts[j] == "," and j + 1 in places:
            out.append(Span(doc, i + 1, j, label="FAC"))
    return out


def _venue_word(text: str) -> bool:
    """A word of a venue's name: title case, or an acronym of three capitals or more."""
    return text.isalpha() and (text.istitle() or text.isupper() and len(text) >= 3)


def _kind_qualified(texts: list[str], i: int) -> int:
    """The last token of the qualifiers after the lowercase noun of a kind of place at `i`, or `i`: up
    to two lowercase direction words (`kota selatan X`, `provinsi barat laut X`: `directions.tsv`), or
    a country of one or two words before a capitalised word (`kota Rusia X`: `countries.tsv`). The
    name of the place follows them, as it follows the noun alone."""
    n, k = len(texts), i
    while k + 1 < n and k - i < 2 and texts[k + 1] in _DIRECTION_WORDS:
        k += 1
    if k > i:
        return k
    entries = countries().entries
    for width in (2, 1):
        if i + width + 1 < n and " ".join(texts[i + 1:i + width + 1]) in entries \
                and texts[i + width + 1][:1].isupper():
            return i + width
    return i


def _kind_before(texts: list[str], start: int) -> int:
    """The token of a lowercase noun of a kind of place that the qualifiers before `start` follow
    (`_kind_qualified` read backwards), or `start - 1`."""
    for k in range(start - 2, max(start - 4, -1), -1):
        if texts[k] in _PLACE_KINDS and _kind_qualified(texts, k) == start - 1:
            return k
    return start - 1


def _aliases(doc: Doc) -> list[Span]:
    """The name a person is also known by, written after `alias` (or `atau` after a full name: names.alias_cue),
    which the persons recognizer keeps as the mention's alias: `Joko Susilo alias Jojo` is two names of one person,
    and news NER tags each (the record's person keeps the alias)."""
    texts = token_texts(doc)
    out: list[Span] = []
    for span in group(doc, "persons"):
        k = span.end
        mention = data_of(span)
        if k + 1 >= len(texts) or mention is None or not mention.aliases or \
                not alias_cue(texts, k, span.end - span.start):
            continue
        for alias in mention.aliases:
            words = alias.split()
            if texts[k + 1:k + 1 + len(words)] == words:
                out.append(Span(doc, k + 1, k + 1 + len(words), label="PERSON"))
                break
    return out


def _bare_facilities(doc: Doc) -> list[Span]:
    """A kind of facility by its acronym, bare, after a word that introduces a place and up to two
    quantifiers (`antrean di SPBU`, `di setiap SPBU`, `ke RPH`: `facility_acronyms.tsv`): the place
    where something happens, as news NER tags it; not followed by a name (`SPBU Cikampek` is the
    places recognizer's) nor elsewhere (`memangkas jatah setiap SPBU`)."""
    texts = token_texts(doc)
    n = len(texts)
    out: list[Span] = []
    for k in flagged_tokens(doc, _FACILITY_FLAG):
        if k + 1 < n and texts[k + 1][:1].isupper():
            continue
        j = k - 1
        while j >= 0 and k - j <= 2 and texts[j].lower() in _QUANTIFIERS:
            j -= 1
        if j >= 0 and texts[j].lower() in _PLACE_CUES:
            out.append(Span(doc, k, k + 1, label="FAC"))
    return out


def _named_buildings(doc: Doc, candidates) -> list[Span]:
    """A lowercase noun of a building before a name, after a word that introduces a place (`di gedung DPR`,
    `menuju kediaman Budi`, `di rumah dinas Bupati X`: `building_nouns.tsv`): the noun and the name (the
    longest span that starts after the noun: a body, a person, a place) are one location, as news NER tags
    them; with no such word before the noun the name keeps its class (`mendekati gedung MK`)."""
    texts = token_texts(doc)
    n = len(texts)
    out: list[Span] = []
    for k in flagged_tokens(doc, _BUILDING_FLAG):
        if k + 1 >= n or not texts[k + 1][:1].isupper():
            continue
        first = k - 1 if k and f"{texts[k - 1]} {texts[k]}" in _BUILDINGS else k
        if first == k and texts[k] not in _BUILDINGS or not first or texts[first - 1].lower() not in _PLACE_CUES:
            continue
        name = max((c[3] for c in candidates if c[3].start == k + 1 and c[3].label_ in _NAMED_LABELS),
                   key=lambda span: span.end, default=None)
        end = name.end if name is not None else 0
        if name is None or name.label_ == "PERSON":  # a body or a place keeps its bounds; words read as a name may not
            run, known = _name_run(texts, k + 1, candidates)
            if run > end:  # `restoran Sari Rasa Senin`: a person read inside a run whose end is not known is no bound
                end = run if known else 0
        if end:
            out.append(Span(doc, first, end, label="FAC"))
    return out


def _name_run(texts: list[str], start: int, candidates) -> tuple[int, bool]:
    """The end of the run of capitalised words from `start` that no other entity holds (`di kantor Presiden`,
    `di gletser Vatnajokull Timur`, `di restoran Sari Rasa`, `restoran Fresh & Co`: a name read at `start` may
    lie inside it), and whether that end is known: not where an entity or a date follows the run with no break
    (`di kantor DPD Partai X`, `di restoran Seven Friday`) nor where the run goes on past four words."""
    held = {k for c in candidates if c[3].start != start or c[3].label_ in ("DATE", "TIME")
            for k in range(c[3].start, c[3].end)}
    n = len(texts)
    k = start
    while k < n and k not in held and (texts[k][:1].isupper() and texts[k][:1].isalpha() or k > start
                                       and texts[k] == "&" and k + 1 < n and texts[k + 1][:1].isupper()):
        k += 1
    return min(k, start + 4), k > start and k - start <= 4 and k not in held


def _slash_joined(doc: Doc, candidates) -> list[Span]:
    """A building or place whose name ends in an acronym joined by a slash to another (`Gedung DPR/MPR`,
    `kompleks MPR/DPR`: the building of both bodies): news NER tags the whole as one location, where the
    recognizers stop at the slash and leave the second body an ORG of its own."""
    out: list[Span] = []
    if not flagged_tokens(doc, _SLASH_FLAG):
        return out  # (most Docs have no slash: then no candidate is read)
    texts = token_texts(doc)
    n = len(texts)
    for c in candidates:
        end = c[3].end
        if c[3].label_ in ("FAC", "LOC") and end + 1 < n and texts[end] == "/" and texts[end - 1].isupper() \
                and texts[end + 1].isupper() and texts[end + 1].isalpha():
            # the second body with its own words (`Gedung DPR/MPR RI`: the body read after the slash)
            last = max((b[3].end for b in candidates if b[3].start == end + 1 and b[3].label_ == "ORG"), default=end + 2)
            out.append(Span(doc, c[3].start, last, label=c[3].label_))
    return out


def _country_initials(doc: Doc, places: list[Span]) -> list[Span]:
    """`AS` after a place no table knows and a comma (`di Tucson, AS`): the country it is in (the
    places recognizer reads it so after the places it knows)."""
    texts = token_texts(doc)
    return [Span(doc, p.end + 1, p.end + 2, label="GPE") for p in places
            if p.end + 1 < len(texts) and texts[p.end] == "," and texts[p.end + 1] in COUNTRY_INITIALS]


def _before_country(doc: Doc, candidates) -> list[Span]:
    """A run of capitalised words no recognizer knows, after a lowercase word and before a comma
    and a country (`sekolah Suffolk, Inggris`, `kota Ranvik, Norwegia`): a place in that country."""
    texts = token_texts(doc)
    n = len(texts)
    entries = countries().entries
    after_comma = [c for c in candidates if c[2] >= 3 and texts[c[2] - 1] == "," and texts[c[2]] in entries
                   and c[3].label_ == "GPE"]  # (most Docs have none: then nothing more is read)
    if not after_comma:
        return []
    used = {t for c in candidates for t in range(c[3].start, c[3].end)}
    out: list[Span] = []
    for c in after_comma:
        k = c[2] - 2
        j = k
        while j >= 0 and k - j < 3 and j not in used and texts[j][:1].isupper() and texts[j].isalpha():
            j -= 1
        if j == k or j < 0 or not (texts[j].isalpha() and texts[j].islower()):
            continue
        words = texts[j + 1:k + 1]
        if all(is_common_word(w) for w in words) or words[0].lower() in given_names() or k + 1 >= n:
            continue
        out.append(Span(doc, j + 1, k + 1, label="GPE"))
        used.update(range(j + 1, k + 1))
    return out


def _iob_array(n: int, chosen: list[tuple[int, int, int, int]]) -> numpy.ndarray:
    """ENT_IOB, ENT_TYPE and ENT_KB_ID columns for `n` tokens and non-overlapping entities
    (start, end, label, kb_id): the tokens run outside and inside entities by turns, each run takes
    its row of a small table (row 0 outside, row j the j-th entity), and each entity's first token
    is B. Whole-array steps on flat columns: numpy reads a list of tuples, or sums a 2-D array down
    its columns, at several times the cost (session 25: ~160 -> ~60 us an article)."""
    spans = sorted(c for c in chosen if c[1] > c[0])  # an empty span names nothing
    k = len(spans)
    starts, ends, labels, kbs = zip(*spans, strict=True) if spans else ((), (), (), ())
    bounds = numpy.empty(2 * k + 2, dtype=numpy.intp)  # 0, start, end, start, end ..., n
    bounds[0], bounds[-1] = 0, n
    bounds[1:-1:2] = starts
    bounds[2:-1:2] = ends
    rows = numpy.zeros(2 * k + 1, dtype=numpy.intp)  # outside, entity 1, outside, entity 2 ..., outside
    rows[1::2] = numpy.arange(1, k + 1)
    table = numpy.empty((k + 1, 3), dtype="uint64")  # (IOB, label, kb): O outside, I inside
    table[0] = 2, 0, 0
    table[1:, 0] = 1
    table[1:, 1] = labels
    table[1:, 2] = kbs
    iob = table.take(rows.repeat(bounds[1:] - bounds[:-1]), axis=0)
    iob[bounds[1:-1:2], 0] = 3  # B at each start
    return iob


class EntityAssembler(PolsekComponent):
    factory = "polsek_entities"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        candidates = _candidates(doc)
        unknown = _locative_unknowns(doc, candidates)
        for span in unknown + _country_initials(doc, unknown) + _before_country(doc, candidates) + \
                _bare_facilities(doc) + _aliases(doc) + _named_buildings(doc, candidates) + _addressed_venues(doc, candidates) + \
                _paid_parties(doc, candidates):
            candidates.append((-(span.end - span.start), 9, span.start, span))
        for span in _slash_joined(doc, candidates):
            candidates.append((-(span.end - span.start), 9, span.start, span))
        used_tokens = {k for c in candidates for k in range(c[3].start, c[3].end)}
        for span in apposed_kinds(doc, used_tokens) + kind_before_names(doc, used_tokens):
            candidates.append((-(span.end - span.start), 9, span.start, span))
        candidates.sort(key=lambda c: c[:3])
        # the chosen entities are written as IOB arrays: `doc.ents = spans` builds every Span twice
        # and costs twice as much
        used = [False] * len(doc)
        chosen: list[tuple[int, int, int, int]] = []
        for _, _, _, span in candidates:
            start, end = span.start, span.end
            if end <= start or any(used[start:end]):
                continue  # (an empty span names nothing)
            used[start:end] = [True] * (end - start)
            chosen.append((start, end, span.label, span.kb_id))
        chosen.extend(coordinated(doc, list(chosen), lambda: _group_tokens(doc)))
        chosen = _dated_venues(doc, chosen)
        iob = _iob_array(len(doc), chosen)
        # what `doc.ents` will read back, for the record builder while the pipeline's caches are
        # held (`doc.ents` builds a Span and its Tokens for each entity)
        view(doc).memo["ents"] = sorted((s, e, label) for s, e, label, _ in chosen)
        doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], iob)
        return doc


def _dated_venues(doc: Doc, chosen: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """A body right after `di` and right before a day (`kata Budi di DPR, Kamis (16/6)`, `di Pengadilan Tipikor,
    Senin`): the place where it was said or done, as a dateline writes it, and news NER tags it a place (IDNer train:
    30 of the 31 names after `di` and before a day are places, the other a newspaper; outlets, clubs and parties stay
    organisations: `_seated_body`). `doc.ents` only: the record's institutions keep the body."""
    strings = doc.vocab.strings
    org, fac = strings["ORG"], strings.add("FAC")
    texts = token_texts(doc)
    weekdays = temporal_words().weekdays
    # the day as a dateline writes it, a weekday or a date in figures (not `pekan lalu`, `kemarin`: a time, no
    # dateline; nor a bare year, `di DPR, 2009 hingga 2014`: a period)
    days = {s for s, _, label, _ in chosen if label in (strings["DATE"], strings["TIME"]) and (
        texts[s].lower() in weekdays or texts[s][:1].isdigit() and not _a_year(texts[s]))}
    if not days:
        return chosen
    return [(s, e, fac if label == org and _after_di_before_day(texts, s, e, days) and _seated_body(doc[s:e].text)
             else label, kb) for s, e, label, kb in chosen]


def _a_year(word: str) -> bool:
    """`word` is a year written alone in four figures (`2009`), no day of a dateline."""
    return len(word) == 4 and word.isdigit()


def _after_di_before_day(texts: list[str], s: int, e: int, days: set[int]) -> bool:
    """Tokens s..e stand right after `di` and right before a day of `days`, or a comma and one."""
    return s > 0 and texts[s - 1].lower() == "di" and (
        e in days or e + 1 < len(texts) and texts[e] == "," and e + 1 in days)


def _seated_body(name: str) -> bool:
    """`name` may be a body with a seat, where a statement is made or a hearing held: not a news outlet
    (`media.tsv`), a club, team, company, brand or platform (`organisations.tsv`) nor a political party
    (`institutions.tsv` kind `party`): a text runs in one, a player or a member joins one (`dimuat di Kompas,
    Senin`, `bergabung di Persib, Senin`), and news NER keeps them organisations (review s23rvD)."""
    if name in media().entries or name in organisations().entries:
        return False
    infos = institution_table().get(name)
    return not infos or any(info.kind != "party" for info in infos)


def _group_tokens(doc: Doc) -> set[int]:
    """The tokens of the recognizers' spans (entities or not)."""
    return {k for name in _GROUP_PRIORITY for s in group(doc, name) for k in range(s.start, s.end)}


def _candidates(doc: Doc) -> list[tuple[int, int, int, Span]]:
    """The recognizers' spans that may be entities, as (-length, group priority, start, span); the
    dates are the `timexes` group (the expressions as NER reads them, not the record's dates)."""
    candidates: list[tuple[int, int, int, Span]] = []
    places = {(s.start, s.end) for s in group(doc, "places")}
    parties = {(s.start, s.end) for s in group(doc, "institutions") if _a_party(doc, s)}
    organs: list[Span] = []
    for name, prio in _GROUP_PRIORITY.items():
        for span in group(doc, name):
            entity = _entity_span(doc, name, span)
            if entity is None:
                continue
            if name == "institutions" and _an_organ(doc, span, entity, parties):
                organs.append(entity)
                continue
            if not (name == "institutions" and _a_site(doc, entity, places)):
                candidates.append((-(entity.end - entity.start), prio, entity.start, entity))
    if organs:  # the organ's own acronym goes with it: `Dewan Pimpinan Daerah (DPD) Golkar`
        candidates = [c for c in candidates if not (c[1] == _GROUP_PRIORITY["institutions"] and any(
            o.start <= c[3].start and c[3].end <= o.end for o in organs))]
    return candidates


def _may_name_after(cue: str, word: str) -> bool:
    """The capitalised `word` after `cue` (`di`, `ke`, a lowercase noun of a kind of place) may name a
    place: no given name after `ke` (`dukungan ke Zulkifli`: a person); after a kind of place a word
    shaped as a name, three letters or more and no currency (`pemerintah kota Rp 2 triliun`: `Rp`,
    `Rupiah`, `currencies.tsv`) or unit symbol (`Mbps`: `unit_symbols.tsv`)."""
    if cue.lower() == "ke":
        return word.lower() not in given_names()
    if cue not in _PLACE_KINDS:
        return True
    before, after = currencies()
    low = word.lower()
    return len(word) >= 3 and low not in before and low not in after and word not in _UNIT_SYMBOLS


def _kind_named(doc: Doc, span: Span) -> bool:
    """A lone word read as a person's name with no role, title or age, right after a lowercase noun of a kind of
    place (`pasukan dari kota Yolanda`, `pulau Melati`: `place_kind_nouns.tsv`), or after the noun and its
    direction or country (`kota selatan Yolanda`, `kota Rusia Yolanda`), names the place: the noun says
    what it is, unless the noun ends a post's title (`wali kota Budi`: `positions.tsv`, written in any case) or
    follows a head's noun (`kepala distrik Yonas`: `head_titles.tsv`, in any case)."""
    if span.end - span.start != 1 or not span.start:
        return False
    texts = token_texts(doc)
    at = _kind_before(texts, span.start)  # the noun, or the noun before its qualifiers (`kota selatan X`)
    cue = texts[at]
    if cue not in _PLACE_KINDS or not _may_name_after(cue, texts[span.start]):
        return False
    if at < span.start - 1 and texts[span.start].lower() in given_names():
        return False  # `di pulau utara Yohanes langsung ...`: a given name after the qualifiers begins a clause
    head = texts[at - 1].capitalize() if at > 0 else ""
    if head in _HEAD_TITLES or positions().get(f"{head} {cue}"):
        return False  # `kepala distrik X`, `ketua provinsi X`: a head's post (`head_titles.tsv`), its holder
    mention = data_of(span)
    return mention is not None and mention.role is None and not mention.titles and mention.age is None


def _venue_speaks(doc: Doc, span: Span) -> bool:
    """A named venue whose head is also the body housed there (`Kantor X`, `Balai Y`:
    `acting_venue_heads.tsv`) written where a speaker stands: right after a reporting verb (`kata Kantor
    Meteorologi X`, `menurut Balai Y`, `dikatakan Kantor Z`: `reporting_verbs.tsv`) or right before a verb
    of saying, a comma between or not (`Kantor Pajak X menyatakan`, `Balai Y, Senin, mengatakan` reads only
    the verb next to the name). The body speaks, not its building."""
    texts = token_texts(doc)
    if span.label_ != "FAC" or span.end - span.start < 2 or texts[span.start] not in _ACTING_VENUES:
        return False
    if span.start and texts[span.start - 1].lower() in reporting_verb_heads():
        return True
    after = span.end + (span.end < len(texts) and texts[span.end] == ",")
    return after < len(texts) and texts[after] in speech_verbs_after_name(("say",))


def _a_party(doc: Doc, span: Span) -> bool:
    """A party named as the tables write it, by words that name no other body (`PBB` is also the UN:
    `Dewan Keamanan PBB` is no party's organ; `Fraksi Golkar` is the party's group, so in `anggota DPR
    Fraksi Golkar` DPR is no organ of it)."""
    if getattr(data_of(span), "kind", None) != "party":
        return False
    infos = institution_table().entries.get(span_text(doc, span.start, span.end), ())
    return bool(infos) and all(info.kind == "party" for info in infos)


def _an_organ(doc: Doc, span: Span, entity: Span, parties: set[tuple[int, int]]) -> bool:
    """An organ of a body, which news NER leaves untagged (the body is the entity): a body written
    right before a party (`DPP Partai X`, `Dewan Pembina Partai X`, `Dewan Pimpinan Pusat (DPP)
    PKS`), a party's board alone (`keputusan DPP`) and a numbered commission (`Komisi III DPR`: DPR
    stays), `data/words/body_organs.tsv`."""
    if (span.start, span.end) not in parties and any(s == span.end for s, _ in parties) and _organ_kind(doc, span):
        return True
    texts = token_texts(doc)
    if any(span.start < s and e <= span.end and span_text(doc, span.start, s) in PARTY_BOARDS for s, e in parties):
        return True  # the record's `DPP Partai X`, `DPD Partai X Jawa Timur`: the board with its party (and region)
    if entity.end - entity.start == 1:
        return texts[entity.start] in _BOARDS
    return entity.end - entity.start == 2 and texts[entity.start] in _NUMBERED and \
        is_roman_number(texts[entity.start + 1], graded=True)


def _organ_kind(doc: Doc, span: Span) -> bool:
    """A body that can be a party's organ: no state body (`institution_kinds.tsv`'s chain parents: a
    member's party follows his legislature, `Ketua DPRD Jabar PKB X`, `Anggota DPR Partai Golkar Y`),
    save the legislature's council, whose members have no party: before one it is the party's board
    (`DPD Golkar`: `body_organs.tsv`), and a body under a party's board (`Badan Pengurus Harian DPP Partai X`)."""
    return span_text(doc, span.start, span.end) in PARTY_BOARDS or token_texts(doc)[span.end - 1] in _BOARDS or \
        getattr(data_of(span), "kind", None) not in _STATE_KINDS


def _a_site(doc: Doc, span: Span, places: set[tuple[int, int]]) -> bool:
    """A body the places recognizer read too, with the same words, that stands as the place it is:
    after a word that introduces a place (`di Universitas X`, `ke RS Y`), or a hospital wherever it
    stands (`data/words/site_bodies.tsv`): news NER tags it LOC, so the entity is the place."""
    if (span.start, span.end) not in places:
        return False
    texts = token_texts(doc)
    if span.start and texts[span.start - 1].lower() in _PLACE_CUES:
        return True
    return any(span_text(doc, span.start, span.end).startswith(head + " ") for head in _SITE_BODIES)


def _entity_span(doc: Doc, name: str, span: Span) -> Span | None:
    """The entity a span of group `name` gives, or None: a place with its direction and not as a
    modifier; an institution that names a body, without the parents of its chain."""
    if name == "places" and (span.label_ == "GPE" and _modifier(doc, span) or _of_people(doc, span)):
        return None
    if name == "places":
        span = _with_direction(doc, span)
    if name == "persons" and _kind_named(doc, span):
        return Span(doc, span.start, span.end, label="GPE")
    if name == "places" and _venue_speaks(doc, span):
        return Span(doc, span.start, span.end, label="ORG")
    if name == "institutions":
        data = data_of(span)
        if data is not None and data.generic:
            return None  # "Pengadilan Tinggi" alone names no body
        if data is not None and data.head is not None and not _legislature_body(doc, span, data.head):
            # a chain (Komisi III DPR): the entity is the body; its parents are their own
            span = doc.char_span(*data.head, label="ORG", alignment_mode="expand") or span
    return span


def _legislature_body(doc: Doc, span: Span, head: tuple[int, int]) -> bool:
    """A chain whose body is a legislature's standing body (`Badan Kehormatan DPR`, `Badan Anggaran DPRD X`:
    `body_organs.tsv` kind `standing_body`) and whose rest is the legislature (an institution of kind
    `legislature` from the body's end to the chain's): one organisation in news NER, written whole."""
    if head[0] != span.start_char or token_texts(doc)[span.start] not in _STANDING:
        return False
    return any(s.start_char >= head[1] and s.end == span.end and getattr(data_of(s), "kind", None) == "legislature"
               for s in group(doc, "institutions"))


@Language.factory("polsek_entities", assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def make_entities(nlp: Language, name: str) -> EntityAssembler:
    """`polsek_entities`: `doc.ents` (replaced, not merged) from the recognizers' span groups,
    longest first, then persons, dates, event names, institutions, places. No settings."""
    return EntityAssembler(nlp, name)
