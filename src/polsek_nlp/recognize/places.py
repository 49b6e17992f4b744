"""`polsek_places`: regions (GPE) with official codes, streets and other places (LOC), venues (FAC).

- Venues and streets start with a head word from `data/venues.tsv` (`Aula`, `Mapolres`, `Masjid`,
  `Jalan`, `Jl.`) and run over the capitalised words after it; chained heads form one venue
  (`Aula Tatag Trawang Tungga Mapolres Purwakarta`).
- Regions come from the gazetteer, with a prefix (`Kabupaten Purwakarta`, `Kec. Ciampea`, `Desa X`)
  or without one (`Purwakarta`, `Jawa Barat`, `Jabar`). A region named only inside an institution,
  a post or a venue is not a place of its own.
- Countries come from `data/countries.tsv`.
- Every name gets one reading per article: `resolve` weighs the dateline, institutions' regions and
  the other places named (Ciampea next to Bogor is the kecamatan of Kabupaten Bogor).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.data import read_table
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import (
    LIKE_NUM,
    Occupied,
    add_token_span,
    capitalised_tokens,
    char_bounds,
    data_of,
    doc_text,
    ext,
    group,
    line_ranges,
    next_index,
    span_text,
    span_tokens,
    token_starts,
    token_texts,
    word_flag_list,
)
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import (
    RANK,
    RegionInfo,
    admin_prefixes,
    fold,
    gazetteer,
    named_level,
    region_of_unit,
    resolve,
)
from polsek_nlp.knowledge.lexicon import PhraseTable, eponym_titles, positions, role_words
from polsek_nlp.knowledge.phrases import (
    COUNTRY_INITIALS,
    countries,
    geo_other,
    institution_table,
    world_cities,
)
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import words_not_after
from polsek_nlp.lang.spacy_id import STOP_WORDS
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.recognize.names import given_names, is_common_word, is_name_token, root_words
from polsek_nlp.recognize.units import ADMIN_WORDS, COMMAND_WORDS, eponym_end
from polsek_nlp.recognize.units import COMPASS as _COMPASS  # Selatan: `pantai Selatan Jawa`, a side
from polsek_nlp.recognize.units import EPONYM_HEADS as _EPONYM_HEADS
from polsek_nlp.recognize.units import GENERIC_BODIES as _GENERIC_BODIES
from polsek_nlp.recognize.units import GIVEN_OPENERS as _GIVEN_OPENERS

PREFIXES = admin_prefixes()


def _long_prefix_sizes() -> dict[str, tuple[int, ...]]:
    """The prefixes of several words (`Daerah Istimewa`) by their first word: their lengths,
    longest first."""
    sizes: dict[str, set[int]] = {}
    for form in PREFIXES:
        if " " in form:
            sizes.setdefault(form.split()[0], set()).add(len(form.split()))
    return {word: tuple(sorted(n, reverse=True)) for word, n in sizes.items()}


_LONG_PREFIXES = _long_prefix_sizes()
MAX_PLACE_TOKENS = 4
VILLAGE_KINDS = frozenset({"kecamatan", "desa", "kelurahan"})
PLACE_CUES = word_set("locative_words", "place_cue")
# "X TV", "X News": the end of a broadcaster's or an outlet's name (org_cues.tsv, after, kind media)
_OUTLET_ENDS = word_set("org_cues", "where", "after") & word_set("org_cues", "kind", "media")
_SUBJECT_FOLLOWERS = word_set("subject_followers")  # sudah, akan, adalah: after a subject
# kembali, lalu, bahkan (adverbs); tiba, datang (bare verbs): the words between a subject and its verb, or its verb
_SUBJECT_ADVERBS = word_set("subject_verbs", "kind", "adverb") | word_set("subject_verbs", "kind", "verb")
_AREA_NOUNS = word_set("locative_words", "area")  # kawasan, wilayah, daerah
# words that end venue names as often as they name a kecamatan ("Hotel Grand Sahid Jaya")
NAME_SUFFIXES = word_set("name_suffixes")
VENUE_STOP = word_set("venue_stop")
# a lone region name after these is a person's: "Pak Bogor"
_PERSON_BEFORE = word_set("person_before_region")
_ELECTION_WORDS = word_set("election_words")  # pemilihan, calon ...: a title of the vote, not a post held
_CLAUSE_ENDS = word_set("sentence_marks", "role", "end")
_LIST_CUES = word_set("list_cues")
_LEVEL_WORDS = frozenset(w.lower() for w in ADMIN_WORDS)  # kecamatan, desa, kabupaten ...
_DIRECTIONS = word_set("directions")
_QUALIFIERS = word_set("village_qualifiers")  # utara, kaja, baru, raya ...: the end of a name, not one
_LINE_ENDS = word_set("sentence_marks")  # a line that ends with one of these is a sentence, no headline
_JOINERS = word_set("coordination_words") | {","}  # `Kecamatan A, B dan C`: the list goes on


@dataclass
class PlaceMention:
    name: str
    kind: str | None = None
    label: str = "GPE"
    region: RegionInfo | None = None
    candidates: tuple[RegionInfo, ...] = ()
    kind_hint: str | None = None
    loose: bool = False  # a geographic name a region bears (`Gunung Mas`): the region only near the article's


@lru_cache(maxsize=1)
def venue_heads() -> PhraseTable:
    """Head words as written and, where the table says so, in lower case (`hotel Akmani`, `jalan
    Benesari`; `kantor GMBI` is a description, not a name; `pantai Hualang`, a prefix: the place is Hualang); a head only
    makes a place when a capitalised name follows it."""
    entries: dict[str, list[tuple[str, str, str]]] = {}  # (kind, label, the `prefix` cell)
    for row in read_table("venues.tsv"):
        value = [(row["kind"], row["label"], row["prefix"])]
        entries.setdefault(row["word"], value)
        if row["lowercase"] == "yes":
            entries.setdefault(row["word"].lower(), value)
        elif row["lowercase"] == "prefix":  # `pantai Hualang`: the coast of the place named after it
            entries.setdefault(row["word"].lower(), [(row["kind"], row["label"], "yes")])
    return PhraseTable(entries)


def _place_context(doc: Doc, start: int, places: set[int] = frozenset()) -> bool:
    """A capitalised word right after `di`, `ke`, `kawasan` ..., after a street number, or next to
    another place in an address (`Ciampea, Bogor`, `Hotel Diaz Kemayoran`)."""
    if not start:
        return False
    texts = token_texts(doc)
    prev = texts[start - 1]
    if prev.lower() in PLACE_CUES:
        return True
    if start - 1 in places:
        return True
    if prev == "," and start >= 2 and (start - 2) in places:
        return True
    if prev.lower() in _LIST_CUES or prev in (",", "dan"):
        return _in_place_list(texts, start)
    return start >= 2 and texts[start - 2] in ("Nomor", "No.", "No", "nomor") and doc[start - 1].like_num


def _in_place_list(texts: list[str], start: int) -> bool:
    """Token `start` is an item of a list that a level word and a list cue open (`7 kecamatan di
    Kabupaten X yaitu A, B, dan C`): the cue within 25 tokens before, in the same sentence, with a
    level word at most 6 tokens before the cue, and only list items between."""
    k = start - 1
    while k > 0 and start - k < 25:
        word = texts[k].lower()
        if word in _LIST_CUES:
            return any(texts[m].lower() in _LEVEL_WORDS for m in range(max(0, k - 6), k))
        if word in (".", ";", ":", "!", "?") or texts[k][:1].islower() and word not in ("dan", "serta"):
            return False
        k -= 1
    return False


def _cap_run(texts: list[str], flags: list[int], i: int, limit: int, stop: set[int]) -> int:
    """The end of the run of capitalised words (and numbers after the first) from token `i`."""
    j = i
    n = len(texts)
    while j < n and j - i < limit and j not in stop:
        if texts[j][:1].isupper() or (flags[j] & LIKE_NUM or texts[j] in _DIRECTIONS) and j > i:
            j += 1  # "Jawa tengah": a compass word in lower case still ends the region's name
        else:
            break
    return j


class PlaceRecognizer(PolsekComponent):
    factory = "polsek_places"  # its tables and packages: data/component_tables.tsv
    defaults = {"max_place_tokens": MAX_PLACE_TOKENS}
    max_place_tokens: int

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["places"] = []
        # 1. venues and streets (may hold institutions: "Markas Polda Jawa Barat"; hospitals,
        # schools and prisons are institutions and venues at once)
        found = self._venues(doc)
        # 2. countries and other geographic names (islands, continents, seas)
        taken = Occupied(doc, ("dates", "officers", "institutions"))
        for s, e, _ in found:
            taken.add(*char_bounds(doc, s, e))
        self._named_places(doc, found, taken)
        self._dateline_abroad(doc, found, taken)
        # 3. regions, with or without a prefix
        scan = _RegionScan(doc, found, self.max_place_tokens)
        scan.run()
        scan.backfill()
        # 4. one reading per name, chosen with the article's context
        self._resolve(doc, found)
        for s, e, m in sorted(found, key=lambda x: x[0]):
            add_token_span(doc, "places", s, e, m.label, m, kb_id=m.region.code if m.region else "")
        return doc

    def _venues(self, doc: Doc) -> list[tuple[int, int, PlaceMention]]:
        """Venues and streets: a head word and the name after it."""
        # a venue may coincide with an institution (hospitals, prisons, schools are both) or hold one
        venue_block = Occupied(doc, ("dates", "officers"))
        found: list[tuple[int, int, PlaceMention]] = []
        claimed: set[int] = set()
        heads = venue_heads().find(doc)
        head_at = {s: (e, form) for s, e, form in heads}
        inside = _inside_names(doc)
        for s, e, form in heads:
            if s in claimed or s in inside:
                continue  # `Kementerian ... dan Perumahan Rakyat`, `Menteri Lingkungan Hidup`: a word of the name
            kind, label, prefix = venue_heads().get(form)[0]
            if form[:1].islower() and not (e < len(doc) and doc[e].text[:1].isupper()) \
                    or form[:1].islower() and prefix == "yes" and (e in head_at or doc[e].text in _COMPASS) \
                    or kind == "other" and any(span.start == s for span in group(doc, "institutions")) \
                    or kind == "venue" and e - s == 1 and _office_instead(doc, s, e, head_at, found, claimed) \
                    or kind == "venue" and s and doc[s - 1].text[:1].isupper() and doc[s - 1].text in role_words() \
                    and any(span.start == s for span in group(doc, "institutions")):
                # a head in lower case names a place only before a capitalised name (`pantai Dusun X`: the
                # lowercase prefix before a head of its own, which reads the place; `pantai Selatan Jawa`: the
                # coast on one side of the place, which the region scan reads); "Perum Bulog": a
                # state company's prefix, no housing estate; "Kepala Kantor SAR X": the office a post
                # heads, a body (an institution there), not the place of something; "Stasiun Meteorologi X",
                # "Kantor SAR X": an agency's office, a body, not a venue (`_office_instead`)
                continue
            j = _over_institution(doc, e, self._venue_end(doc, s, e, head_at, kind, titled=form in _EPONYM_HEADS and not (
                s and doc[s - 1].text in role_words())))  # "Direktur RSUD dr. X": the holder
            kind, label = _chained_kind(head_at, e, j, kind, label)
            if j == e and not (e - s >= 2 and all(t[:1].isupper() for t in token_texts(doc)[s:e])
                               and not headline_words(doc) & set(range(s, e))) \
                    or form[:1].islower() and token_texts(doc)[j - 1] in _OUTLET_ENDS:
                # a bare "aula", "jalan": not a named place ("Balai Kota" alone is one, not a headline's
                # "Pos Polisi"); "stasiun Sukma
                # TV": the broadcaster the head word names, an organisation
                continue
            start_char = token_starts(doc)[s]
            if venue_block.overlaps(start_char, start_char + 1):
                continue
            if kind == "other":
                j = _known_name_end(doc, s, e, j)  # `Kuala Lumpur Malaysia`: the city, then the country
            # `Rumah Sakit Umum Daerah (RSUD) X`: the site is named as its body, `RSUD X`
            j, name = (kind == "venue" and _defined_body(doc, s, j)) or (j, span_text(doc, s, _name_end(token_texts(doc), e, j)))
            if kind == "other" and _a_region_named(doc, s, name):
                if s and doc[s - 1].text in PREFIXES or not gazetteer().lookup(name):
                    continue  # `Kabupaten Gunung Kidul`, `Kuala Lumpur`: the region scan reads it
                # `Gunung Mas`, `Tanjung Priok` bare: the region, unless the article's regions lie elsewhere
                found.append((s, j, PlaceMention(name, kind, label, candidates=tuple(gazetteer().lookup(name)),
                                                 loose=True)))
                claimed.update(range(s, j))
                continue
            # "Kampung Jati" is the kampung Jati: the head is a prefix ("Kampung Melayu" is a kelurahan's
            # name); "Pulau Jawa" the island Jawa, but "Pulau Jampea" keeps its head (`known`)
            if prefix == "yes" and not gazetteer().lookup(name) or prefix == "known" and span_text(doc, e, j) in geo_other().entries:
                name = span_text(doc, e, j)
            found.append((s, j, PlaceMention(name, kind, label)))
            claimed.update(range(s, j))
        found.extend(_office_sites(doc, claimed, venue_block))
        return found

    @staticmethod
    def _named_places(doc: Doc, found: list[tuple[int, int, PlaceMention]], taken: Occupied) -> None:
        """Countries, foreign cities and other geographic names, where nothing else is."""
        gaz = gazetteer()
        texts = token_texts(doc)
        for table, kind, label in ((countries(), "country", "GPE"), (world_cities(), "foreign", "GPE"),
                                   (geo_other(), "other", "LOC")):
            for s, e, _form in table.find(doc):
                bounds = char_bounds(doc, s, e)
                if taken.overlaps(*bounds) or s and _qualifies(texts, s, e, doc[s - 1].is_sent_start) \
                        or _in_club_name(texts, s, e, abroad=kind != "other") \
                        or kind == "foreign" and (_opens_a_name(texts, e) or _inside_a_name(texts, s, e)):
                    continue
                longer = gaz.longest(token_texts(doc), s, min(len(doc), e + 3))
                if longer is not None and longer[0] > e or _ends_a_region(texts, s, e):
                    continue  # "Jawa" in "Jawa Barat" is the province, "Johor" in "Medan Johor" a kecamatan
                found.append((s, e, PlaceMention(span_text(doc, s, e), kind, label)))
                taken.add(*bounds)
        ends = {e0 for _, e0, _ in found}
        for m in _INITIALS.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end())
            s = span.start if span is not None else 0
            if s and (texts[s - 1].lower() in PLACE_CUES or texts[s - 1] == "," and s - 1 in ends):
                bounds = char_bounds(doc, s, s + 1)
                if not taken.overlaps(*bounds):  # `dari AS`, `Las Vegas, AS`: the country
                    found.append((s, s + 1, PlaceMention(texts[s], "country", "GPE")))
                    taken.add(*bounds)

    @staticmethod
    def _dateline_abroad(doc: Doc, found: list[tuple[int, int, PlaceMention]], taken: Occupied) -> None:
        """The dateline's place that is no Indonesian region (`WARTAKITA.COM, OSLO -`, `INGGRIS -`,
        `Nakhonburi (KANTOR BERITA) -`): a country or a foreign city the tables know in their own case
        only, or a town no table knows; the header read it as the place the article is filed from."""
        header = ext(doc, "header")
        if header is None or not header.dateline or header.dateline_span is None:
            return
        name = header.dateline
        if taken.overlaps(*header.dateline_span) or gazetteer().lookup(name):
            return  # a region of the gazetteer: the region scan reads it, with its code
        kind = next((k for table, k in ((countries(), "country"), (world_cities(), "foreign"), (geo_other(), "other"))
                     if name in table.entries), None)
        if kind is None and (all(is_common_word(w) for w in name.split()) or "." in name or len(name) < 3
                             or name.split()[0] in PREFIXES):
            return  # `SIMAK JUGA:` opens a list of links; `WARTAKITA.COM -` is the outlet; `KABUPATEN X`: a region
        kind = kind or "other"  # a town no table knows is still where the article is filed
        span = doc.char_span(*header.dateline_span, alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end, PlaceMention(name, kind, "LOC" if kind == "other" else "GPE")))
            taken.add(*header.dateline_span)

    @staticmethod
    def _venue_end(doc: Doc, s: int, e: int, head_at: dict, kind: str, titled: bool = False) -> int:
        """Where a venue or street name that starts with a head word ends; a `titled` head's name
        (a hospital's) may open with a person's titles (`RSUD dr. Soedarso`)."""
        j, named = e, 0
        gaz = gazetteer()
        texts, flags = token_texts(doc), word_flag_list(doc)
        while j < len(doc) and j - s < 10:
            if j in head_at and not (named and kind != "jalan" and gaz.lookup(texts[j])):
                if j > e and kind != "jalan" and venue_heads().get(head_at[j][1])[0][0] == "jalan":
                    break  # "Kompleks Balai Kota Jalan Veteran": the street is a place of its own
                j = head_at[j][0]
                continue
            text = texts[j]
            if titled and text in eponym_titles() and all(is_common_word(t) and t not in PREFIXES for t in texts[e:j]):
                return eponym_end(doc, j) or j  # `RSUD dr. H. Moh. Anwar Sumenep`: the person a hospital is named after
            if text in VENUE_STOP:
                return _level_word_end(doc, s, e, j, named, head_at, kind)
            prev = texts[j - 1]
            if named and text[:1].isupper() and (_kecamatan_after(texts, j, kind) or _region_closes(doc, e, j, kind)):
                break  # "Hotel Diaz Kemayoran", "Jalan Gajah Mada Denpasar": the venue, then its place
            if kind == "jalan" and named >= 2 and prev == "Raya" and not flags[j] & LIKE_NUM:
                break  # "Jalan Guntur Raya Tribun Barat": `Raya` after a street's name ends it
            if text[:1].isupper() or (flags[j] & LIKE_NUM and (kind == "jalan" or j == e or prev.isupper())):
                j += 1
                named += 1
            elif text == "-" and j + 1 < len(doc) and texts[j + 1][:1].isupper() and kind != "other":
                j += 1  # `Masjid Al - Ikhlas`; not a route between landforms (`Kuala Namu - Silangit`)
            else:
                break
        return j

    @staticmethod
    def _plausible_bare(doc: Doc, start: int, end: int, cands: list[RegionInfo], places_at: set[int]) -> bool:
        """A region name written without a prefix is a place unless it is clearly a person's name,
        a qualifier alone (`Barat` of `Afrika Barat`, `Raya` of `Inggris Raya`) or a village's name
        that begins a hyphenated name no region bears (`Go - Jek`)."""
        texts = token_texts(doc)
        if end - start == 1 and (texts[start].lower() in _QUALIFIERS or texts[start] in COUNTRY_INITIALS):
            return False
        headline = headline_words(doc)
        if start in headline and not _place_context(doc, start, places_at):
            return False  # "Puncak Arus Mudik": an ordinary word of a headline, no place without a cue
        if end - start == 1 and doc[start].is_sent_start and end < len(doc) and _noun_phrase_head(texts, start) \
                and not _place_context(doc, start, places_at):
            return False  # "Puncak arus mudik diprediksi ...": the word opens a noun phrase, no place
        if all(c.kind in ("kecamatan", "desa", "kelurahan") for c in cands):
            if end - start == 1 and texts[start].isupper() and len(texts[start]) <= 4:
                return False  # an acronym (`SEA Games`) names no village
            if end + 1 < len(doc) and texts[end] == "-" and texts[end + 1][:1].isupper() \
                    and not gazetteer().lookup(texts[end + 1], villages=True):
                return False
            cued = start > 0 and doc[start - 1].text.lower() in PLACE_CUES  # `di Kuranji Hasan Basri`: the place
            if end - start == 1 and (not cued and _opens_a_persons_name(doc, end) or _opens_a_term(doc, start)):
                return False  # `Myanmar, Aung San Suu Kyi`, `dari Surat Berharga Negara`: the name's first word
            if end - start == 1 and not cued and _given_before_name(doc, start):
                return False  # `Ketua X Bali, Made Sudarta`: a given name that a village bears opens a person's name
            # bare kecamatan and village names are common words and names: only in a place context
            return _place_context(doc, start, places_at)
        prev = doc[start - 1].text if start else ""
        if prev in _PERSON_BEFORE and end - start == 1:
            return False
        return not (end - start == 1 and end < len(doc) and is_name_token(doc[end]) and end not in headline and
                    not gazetteer().lookup(span_text(doc, start, end + 1)) and not doc[start].is_sent_start
                    and doc[end].text not in PREFIXES)

    @staticmethod
    def _resolve(doc: Doc, found: list[tuple[int, int, PlaceMention]]) -> None:
        _choose_readings(found, _article_context(doc))
        # "Jatim" where "Jawa Timur" is written too is one place, in its fullest form; a form
        # inside a post's title (`Gubernur Jawa Tengah`) names no place and gives no name
        posts = ext(doc, "post_phrases") or frozenset()
        fullest: dict[str, str] = {}
        for s, _, m in found:
            if m.region is not None:
                m.kind = m.region.kind
                if m.name.isupper() and len(m.name) > 3:
                    m.name = _written_name(m.name, m.region)  # PURWAKARTA in a dateline
                if s not in posts and len(m.name) > len(fullest.get(m.region.code, "")):
                    fullest[m.region.code] = m.name
        for _, _, m in found:
            if m.region is not None:
                m.name = fullest.get(m.region.code, m.name)
                if m.name != m.region.name and fold(m.name) == fold(m.region.name):
                    m.name = m.region.name  # "Jawa tengah" is Jawa Tengah


def _noun_phrase_head(texts: list[str], start: int) -> bool:
    """The capitalised word at `start` opening a sentence is an ordinary word (`Puncak`, `Batu`) before a
    lowercase root that is no auxiliary, adverb or bare verb (`Puncak arus mudik`, `Batu bara`): the head
    of a noun phrase, not a subject named (`Batu sudah ...`, `Malang kembali dilanda ...`, `Batu menjadi
    ...`: an auxiliary, an adverb or an affixed verb after it)."""
    nxt = texts[start + 1]
    return is_common_word(texts[start]) and nxt.isalpha() and nxt.islower() and nxt in root_words() \
        and nxt not in _SUBJECT_FOLLOWERS and nxt not in _SUBJECT_ADVERBS


def _kecamatan_after(texts: list[str], j: int, kind: str) -> bool:
    """A kecamatan's name at token `j`, after a venue's name (`Hotel Diaz Kemayoran`), is a place of its own."""
    text, prev = texts[j], texts[j - 1]
    gaz = gazetteer()
    if kind == "jalan" or prev in COMMAND_WORDS or prev in positions().entries or len(prev) <= 3 \
            or gaz.lookup(f"{prev} {text}", villages=True):  # "Kantor Camat Cibeber": the post's kecamatan;
        # "Pelabuhan Labuan Bajo": the kelurahan Labuan Bajo, not the kecamatan Bajo
        return False
    cands = gaz.lookup(text)
    return bool(cands) and all(c.kind == "kecamatan" for c in cands) and text not in NAME_SUFFIXES


def _region_closes(doc: Doc, e: int, j: int, kind: str) -> bool:
    """A kota's, a kabupaten's or a province's name at token `j` that ends the capitalised run is the
    city after a street's name of two words or of a proper name (`Jalan Gajah Mada Denpasar`, `Jl. MH
    Thamrin Jakarta Pusat`; not `Jalan Raya Bogor`), and, in a headline, after any venue's (`Pasar X
    Banjarmasin Naik`): a place of its own."""
    texts = token_texts(doc)
    end = j
    while end < min(len(texts), j + 3) and not texts[end].isspace():
        end += 1  # the name stays on its line
    hit = gazetteer().longest(texts, j, end) if texts[j - 1] != "-" else None
    if hit is None or not any(RANK.get(c.kind, 4) <= 1 for c in hit[1]):
        return False  # `Jalan Raya Situbondo-Banyuwangi`: a route's end is a word of its name
    k, headline = hit[0], headline_words(doc)
    if k < len(texts) and texts[k][:1].isupper() and k not in headline:
        return False  # the name goes on: `Jalan Bogor Baru Indah`
    if kind == "jalan":
        return j - e >= 2 or any(t.lower() not in root_words() for t in texts[e:j])
    return j in headline_lines(doc)


def _level_word_end(doc: Doc, s: int, e: int, j: int, named: int, head_at: dict, kind: str) -> int:
    """The end of a venue's name at a word that ends names (`VENUE_STOP`, token `j`): a region's prefix
    right after the head, or ending a post's title (`Wali Kota`), goes on to the region it names (`Kantor
    Kecamatan X`, `Pendopo Kabupaten X`: the office of the region; `Rumah Jabatan Wali Kota X`); a `Kota` or `Kabupaten` after a command's place that no name follows ends the
    command's name (`Mapolres Metro X Kota`); any other such word ends the name before it."""
    texts = token_texts(doc)
    if kind != "venue" or texts[j] not in PREFIXES:
        return j
    name_follows = j + 1 < len(doc) and texts[j + 1][:1].isupper()
    if name_follows and (j == e or j > s and f"{texts[j - 1]} {texts[j]}" in positions().entries):
        # "Kantor Kecamatan X"; "Rumah Jabatan Wali Kota X": the prefix ends a post's title, whose region follows
        return PlaceRecognizer._venue_end(doc, s, j + 1, head_at, kind)
    if named and PREFIXES[texts[j]] in ("kota", "kabupaten") and not name_follows and _names_command(texts, s, j):
        return j + 1
    return j


def _names_command(texts: list[str], s: int, j: int) -> bool:
    """The venue's words from token `s` to `j` hold a command's head word (`Polres`, `Kodim`) or its
    seat's (`Mapolres`, `Makodim`: `Ma` + the command): a level word after its place is the command's
    (`Polres Jayapura Kota`)."""
    return any(w in COMMAND_WORDS or w[:2] == "Ma" and w[2:].capitalize() in COMMAND_WORDS for w in texts[s:j])


def _over_institution(doc: Doc, e: int, j: int) -> int:
    """The end of a venue's name (head words ending at token `e`, its name at `j`) that runs on to the
    end of an institution whose name begins in it (`Gedung DPRD Kabupaten X`, `Markas Polres X Kota`)."""
    for span in group(doc, "institutions"):
        if e <= span.start < max(j, e + 1) and span.end > j:
            return span.end
    return j


def _name_end(texts: list[str], e: int, j: int) -> int:
    """The end of a venue's name (head words ending at `e`, its span at `j`) without the acronym in
    brackets of the body it holds (`Gedung Dewan Kesenian X (DKX)`: the venue is named without it)."""
    if j - e >= 4 and texts[j - 1] == ")" and texts[j - 3] == "(" and texts[j - 2].isupper():
        return j - 3
    return j


def _chained_kind(head_at: dict, e: int, j: int, kind: str, label: str) -> tuple[str, str]:
    """The kind and label of a place whose head (`Kompleks`, kind other) chains a venue's head
    (`Kompleks Kantor Gubernur X`): a venue."""
    if kind == "other" and any(k in head_at and venue_heads().get(head_at[k][1])[0][0] == "venue" for k in range(e, j)):
        return "venue", "FAC"
    return kind, label


def headline_words(doc: Doc) -> frozenset[int]:
    """The tokens of ordinary words (`Berujung`, `Ditangkap`, `Puncak`) written with a capital in a
    headline line: the headline of a `Baca juga:` link or a title, a line of four capitalised words or
    more whose other words are function words, that ends with no sentence mark. Their capital says
    nothing of a name. Regions of the kota level and up (`Kediri`) and given names are not such words.
    Computed once per Doc, with the tokens of the headline lines (`memo["headline_lines"]`); a line whose last
    word is a sentence mark, or that has fewer than four tokens, is not read word by word."""
    memo = view(doc).memo
    found = memo.get("headline_words")
    if found is None:
        texts = token_texts(doc)
        out: set[int] = set()
        lines: set[int] = set()
        for a, b in line_ranges(doc):
            last = b - 1
            while last >= a and texts[last].isspace():
                last -= 1
            if last - a < 3 or texts[last] in _LINE_ENDS:
                continue  # (`_is_headline`'s first test)
            line = [k for k in range(a, last + 1) if not texts[k].isspace()]
            if _is_headline(texts, line):
                lines.update(line)
                out.update(m for m in line if _ordinary_capital(texts[m]))
        memo["headline_lines"] = frozenset(lines)
        found = memo["headline_words"] = frozenset(out)
    return found


def headline_lines(doc: Doc) -> frozenset[int]:
    """The tokens of the headline lines (`headline_words`), computed with them once per Doc."""
    headline_words(doc)
    return view(doc).memo["headline_lines"]


def _is_headline(texts: list[str], line: list[int]) -> bool:
    """The tokens `line` form a headline: four capitalised words or more, the others function words,
    no sentence mark at the end."""
    if len(line) < 4 or texts[line[-1]] in _LINE_ENDS:
        return False
    words = [texts[k] for k in line if texts[k][:1].isalpha()]
    return sum(w[:1].isupper() for w in words) >= 4 and all(w[:1].isupper() or w.lower() in STOP_WORDS for w in words)


def _ordinary_capital(word: str) -> bool:
    low = word.lower()
    if not (word[:1].isupper() and word.isalpha()) or low in given_names() or low in _QUALIFIERS or word in _DIRECTIONS:
        return False  # "Jawa Timur", "Petukangan Utara": a compass word ends a region's name
    if any(RANK.get(c.kind, 4) <= 1 for c in gazetteer().lookup(word)):
        return False
    return is_common_word(word) or root_of(low) != low


def _ends_a_region(texts: list[str], s: int, e: int) -> bool:
    """The name at tokens `s:e` ends the name of a region of the gazetteer that begins one or two
    words before it (`Kecamatan Medan Johor`: no city abroad)."""
    gaz = gazetteer()
    for b in range(max(0, s - 2), s):
        hit = gaz.longest(texts, b, e) if texts[b][:1].isupper() else None
        if hit is not None and hit[0] == e:
            return True
    return False


def _opens_a_persons_name(doc: Doc, end: int) -> bool:
    """Two or more name words follow token `end - 1` (`Aung San Suu Kyi`, `Nama Nama`) of which the
    first begins no region, no village and is no compass or qualifier word (`Cibubur Jakarta`,
    `Menteng Atas`): the word before opens a person's name, not a place."""
    texts = token_texts(doc)
    k = end
    while k < len(doc) and k - end < 3 and is_name_token(doc[k]) and texts[k].isalpha() and not texts[k].isupper():
        k += 1
    if k - end < 2 or texts[end] in PREFIXES or texts[end].lower() in _QUALIFIERS or texts[end] in _DIRECTIONS:
        return False
    return not gazetteer().may_start(texts[end]) and not is_common_word(texts[end])


def _given_before_name(doc: Doc, start: int) -> bool:
    """The word at `start` is a common given name (`given_names`, `given_words.tsv`, `stopword_names.tsv`:
    Made, Wayan, Sri) and the next is a capitalised name word that is no ordinary word, no region's
    prefix, compass or qualifier word and no region of the kota level or up: the two open a person's
    name (`Made Sudarta`), not a village of the given name's spelling."""
    texts = token_texts(doc)
    nxt = start + 1
    low = texts[start].lower()
    if low not in _GIVEN_OPENERS and low not in given_names() or nxt >= len(doc) or not is_name_token(doc[nxt]):
        return False
    word = texts[nxt]
    if not (word.isalpha() and word.istitle()) or word in PREFIXES or word.lower() in _QUALIFIERS or word in _DIRECTIONS:
        return False
    return not is_common_word(word) and not gazetteer().lookup(word)


def _inside_names(doc: Doc) -> frozenset[int]:
    """The tokens of institutions' names past their first word and of post titles (`Kementerian
    Pekerjaan Umum dan Perumahan Rakyat`, `PT Angkasa Pura I`, `Menteri Lingkungan Hidup`): a venue's
    head word there is a word of that name, not a place's; but a title that ends in a region's prefix
    (`Wali Kota`) is followed by a place (`rumah dinas Wali Kota Kompleks Balai Kota`), and a generic office
    before a body listed on its own (`Humas RSUD X`: the office of the hospital, a place) leaves the body's
    head word to it."""
    spans = group(doc, "institutions")
    starts = {span.start for span in spans}
    inner: set[int] = set()
    for span in spans:
        for k in range(span.start + 1, span.end):
            if k in starts and span_text(doc, span.start, k) in _GENERIC_BODIES:
                break
            inner.add(k)
    texts = token_texts(doc)
    posts = ext(doc, "post_phrases") or frozenset()
    return frozenset(inner | {k for k in posts if k and k - 1 in posts and texts[k - 1] not in PREFIXES})


def _opens_a_term(doc: Doc, start: int) -> bool:
    """An ordinary word that is also a village's name, followed by another capitalised word with
    which it names no village (`Surat Berharga Syariah Negara`): the first word of a
    term or a name, not the village; unless a larger region follows (`Hotel Diaz Kemayoran Jakpus`)."""
    texts = token_texts(doc)
    nxt = start + 1
    if nxt >= len(doc) or not (texts[nxt].isalpha() and texts[nxt][:1].isupper()) or texts[nxt] in PREFIXES \
            or gazetteer().longest(texts, nxt, min(len(doc), nxt + 3)):
        return False
    return is_common_word(texts[start]) and not gazetteer().lookup(f"{texts[start]} {texts[nxt]}", villages=True)


def _known_name_end(doc: Doc, s: int, e: int, j: int) -> int:
    """The end of the longest name from token `s` (a geographic head at `s:e`) up to `j` that a city
    abroad, a country or a region bears; else where a kota, kabupaten or province's name begins after
    the first word of the name (`Tanjung Kelayang Belitung`); `j` when neither."""
    gaz, texts = gazetteer(), token_texts(doc)

    def known(name: str) -> bool:
        return name in world_cities().entries or name in countries().entries or bool(gaz.lookup(name))

    for k in range(j - 1, e, -1):  # and a known name follows (`sungai Batang Ayumi` stays whole)
        if known(span_text(doc, s, k)) and any(known(span_text(doc, k, m)) for m in range(k + 1, j + 1)):
            return k
    for k in range(e + 1, j):
        hit = gaz.longest(texts, k, j)
        if hit and any(RANK.get(c.kind, 4) <= 1 for c in hit[1]):
            return k
    return j


def _a_region_named(doc: Doc, s: int, name: str) -> bool:
    """A geographic head's name (`Gunung X`, `Tanjung X`) that is a region's, a city's abroad or a
    country's (`Tanjung Priok`, `Kuala Lumpur`, `Kabupaten Gunung Kidul`), or a village's written
    after its prefix (`Desa Tanjung Sari`; not `Wali Kota Kompleks X`): the tables give it its kind,
    and a code, rather than `other`."""
    level = PREFIXES.get(doc[s - 1].text) if s else None  # `Kota Muara Siberut`: no kota, the head's name
    return bool(gazetteer().lookup(name, villages=level in ("desa", "kelurahan"))) or any(name in t.entries for t in (world_cities(), countries()))


def _opens_a_name(texts: list[str], e: int) -> bool:
    """A city abroad that opens a name written with an age (`Venesia Nabila Anjani (2 bulan)`,
    `Paris Wulandari (23)`) is a person's first name: capitalised words no dictionary knows, then
    a bracket and a number."""
    k = e
    while k < len(texts) and k - e < 3 and texts[k].isalpha() and texts[k].istitle() and not is_common_word(texts[k]):
        k += 1
    if not (k > e and k + 2 < len(texts) and texts[k] == "(" and texts[k + 1].isdigit()):
        return False
    # an age: `(23)` or a number and a unit in lower case, `(2 bulan)`; `(14 Desember)` is a date
    return texts[k + 2] == ")" or texts[k + 2].islower() and k + 3 < len(texts) and texts[k + 3] == ")"


def _inside_a_name(texts: list[str], s: int, e: int) -> bool:
    """A city abroad of one word between two capitalised words no dictionary knows, none a region's prefix
    (`kata Nguyen Xian Thanh`, `Li Xian Wei`): a word of a person's name, as Chinese and Vietnamese names
    write place-like syllables, not the city."""
    if e - s != 1 or s == 0 or e >= len(texts):
        return False
    return all(w.isalpha() and w.istitle() and not is_common_word(w) and w not in PREFIXES
               and w not in countries().entries and w not in world_cities().entries
               for w in (texts[s - 1], texts[e]))  # not `Tiongkok Shanghai Shenhua`: a club after its country


def _qualifies(texts: list[str], s: int, e: int, prev_opens: bool) -> bool:
    """A country named inside a law's title (`Undang-Undang Republik Indonesia Nomor 8`) or an
    anniversary's (`HUT Republik Indonesia ke-72`), or its capitals short form after a body or a
    post (`KPU RI`, `Presiden RI`, `Menteri X (PU) RI`), or its state's name after a capitalised word of a title
    (`Presiden Republik Indonesia`), qualifies that name and is no place of its own; after
    `bahasa` it names a language (`berbahasa Inggris`)."""
    prev = texts[s - 1]
    if prev.lower() in _LAW_HEADS or prev in _REGULATIONS or prev.lower() in _LANGUAGE:
        return True
    if e - s == 1 and texts[s].isupper() and prev == ")" and s >= 3 and texts[s - 3] == "(" and texts[s - 2].isupper():
        return True  # "Menteri Pekerjaan Umum (PU) RI": the body's acronym in brackets, then its country
    if texts[s] in _STATE_NAME_HEADS and prev[:1].isupper() and prev.isalpha() and prev.lower() not in STOP_WORDS:
        return True  # "Presiden Republik Indonesia X", "Dasar Negara Republik Indonesia": the state a title names
    return e - s == 1 and texts[s].isupper() and prev[:1].isupper() and prev.isalpha() and not prev_opens


_CLUB_BEFORE = word_set("club_words", "where", "before")
_CLUB_AFTER = word_set("club_words", "where", "after")
_CLUB_AFTER_ABROAD = _CLUB_AFTER | word_set("club_words", "where", "abroad")
_COMPETITION_HEADS = word_set("competition_heads")
_CLUB_SHAPE = re.compile(r"Pers[a-z]{1,6}|PS[A-Z]{1,3}")  # Persib, Persebaya, PSM, PSIS: Indonesian clubs


def _in_club_name(texts: list[str], s: int, e: int, abroad: bool = False) -> bool:
    """The place at tokens `s:e` is part of a sports club's name (`Real Madrid`, `Manchester United`,
    `Persib Bandung`): a club word right before or after it, or a club's shape before it; or of a
    competition's (`Liga Inggris`: data/words/competition_heads.tsv)."""
    prev = texts[s - 1] if s else ""
    return prev in _CLUB_BEFORE or prev in _COMPETITION_HEADS or bool(prev and _CLUB_SHAPE.fullmatch(prev)) or \
        (e < len(texts) and texts[e] in (_CLUB_AFTER_ABROAD if abroad else _CLUB_AFTER))


# a word of its own (`words_not_after`: `re` skips to the initials' letters, ~30x faster than `\b` in front)
_INITIALS = re.compile(words_not_after(COUNTRY_INITIALS, r"\w") + r"(?!\w)")
_LAW_HEADS = frozenset({"undang-undang", "undang", "hut"})  # a law's or an anniversary's name
_STATE_NAME_HEADS = word_set("state_name_heads")  # a country written as its state's name (`Republik Indonesia`)
_LANGUAGE = frozenset({"bahasa", "berbahasa"})  # "bahasa Inggris", "berbahasa Arab": a language
_REGULATIONS = word_set("regulation_words")


def _held_posts(doc: Doc) -> frozenset[int]:
    """The tokens of post titles (`Gubernur Jawa Barat Budi`, `mantan Wali Kota Blitar`, `Kajari
    Samarinda dijabat ...`): the region in such a title is no place of its own, as the annotation
    conventions say, unless an election word stands before it (`pemilihan Gubernur Jawa Barat`,
    `calon Bupati Garut`: the region where the vote is held) and no named person holds it."""
    posts = sorted(ext(doc, "post_phrases") or ())
    if not posts:
        return frozenset()
    persons = span_tokens(doc, ("persons",))
    texts = token_texts(doc)
    held: set[int] = set()
    for run in _runs(posts):
        end = run[-1] + 1
        if end in persons or end + 1 in persons and texts[end] == "," or not _election_before(texts, run[0]):
            held.update(run[:_chained_village(texts, run)])
    return frozenset(held)


def _runs(tokens: Iterable[int]) -> list[list[int]]:
    """The token indices grouped into runs of consecutive ones, in order."""
    runs: list[list[int]] = []
    for k in sorted(tokens):
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


_CHAIN_LEVELS = frozenset({"kecamatan", "kabupaten", "kota"})  # the units a village's written chain goes on to


def _chained_village(texts: list[str], run: list[int]) -> int:
    """Where a village post's title (`Kepala Desa X`, `Bhabinkamtibmas Desa X`) gives its village back: the index in
    `run` of the village's prefix when the village's administrative chain follows its name (`Desa X, Kecamatan Y`):
    the chain writes the village as a place (gold/README.md Settled s30 S87); with no chain it is the post's alone."""
    at = next((i for i, k in enumerate(run) if PREFIXES.get(texts[k]) in ("desa", "kelurahan")), None)
    if at is None:
        return len(run)
    k = run[at] + 1
    while k < len(texts) and texts[k][:1].isupper() and texts[k] not in PREFIXES:
        k += 1
    chained = k > run[at] + 1 and k + 1 < len(texts) and texts[k] == "," and PREFIXES.get(texts[k + 1]) in _CHAIN_LEVELS
    return at if chained else len(run)


def _unchained(texts: list[str], tokens: frozenset[int]) -> frozenset[int]:
    """The tokens of command phrases (`Bhabinkamtibmas Desa X`) less a village their chain writes (`_chained_village`)."""
    return frozenset(k for run in _runs(tokens) for k in run[:_chained_village(texts, run)])


def _election_before(texts: list[str], k: int) -> bool:
    """An election word opens the list of titles the post at `k` ends (`pemilihan Bupati dan Wakil
    Bupati X serta Gubernur dan Wakil Gubernur Y`), within twelve words of its sentence."""
    for b in range(k - 1, max(-1, k - 13), -1):
        if texts[b] in _CLAUSE_ENDS:
            return False
        if texts[b].lower() in _ELECTION_WORDS:
            return True
    return False


def _written_name(upper: str, region: RegionInfo) -> str:
    """A region's name written in capitals, in the case its gazetteer forms have (`JAKARTA` ->
    `Jakarta`, not the official `Daerah Khusus Ibukota Jakarta`); the official name otherwise."""
    titled = " ".join(w.capitalize() for w in upper.split())
    if any(c.code == region.code for c in gazetteer().lookup(titled)):
        return titled
    return region.name


class _RegionScan:
    """Regions of the gazetteer, with a prefix (`Kabupaten Purwakarta`, `Desa X`) or without one,
    over the capitalised words that no earlier recognizer and no place found so far holds."""

    def __init__(self, doc: Doc, found: list[tuple[int, int, PlaceMention]],
                 max_tokens: int = MAX_PLACE_TOKENS) -> None:
        self.max_tokens = max_tokens
        self.doc = doc
        self.found = found
        self.gaz = gazetteer()
        self.places_at = {t for s0, e0, _ in found for t in range(s0, e0)}
        self.levels_at: dict[int, tuple[str, ...]] = {}  # a prefixed region's last token -> its levels, its own first
        # tokens already claimed: dates, officers, institutions and the places found so far
        self.taken = span_tokens(doc, ("dates", "officers", "institutions")) | self.places_at
        self.texts = token_texts(doc)
        self.flags = word_flag_list(doc)

    def run(self) -> None:
        doc, texts, gaz, taken = self.doc, self.texts, self.gaz, self.taken
        n = len(doc)
        posts = _unchained(texts, ext(doc, "command_phrases") or frozenset()) | _held_posts(doc)
        caps = capitalised_tokens(doc)  # a place starts capitalised
        i = caps[0] if caps else n
        while i < n:
            if not texts[i][:1].isupper() or i in posts or i in taken:
                i = next_index(caps, i, n)
                continue
            size = self._long_prefix(i)
            if size:  # "Daerah Istimewa Yogyakarta", "Daerah Khusus Ibu Kota (DKI) Jakarta": no place of its own
                k = self._read(i, PREFIXES[" ".join(texts[i:i + size])], size)
                i = k if k is not None else i + size
                continue
            hint = PREFIXES.get(texts[i])
            if not hint and not gaz.may_start(texts[i]):
                # no region's name begins with this word: the next capital, unless a cue says place
                k = self._unlisted(i, self._run_end(i), False) if self._cued(i) else None
                i = k if k is not None else next_index(caps, i, n)
                continue
            k = self._read(i, hint)
            i = k if k is not None else next_index(caps, i, n)

    def _long_prefix(self, i: int) -> int:
        """The number of words of the prefix of several words at token `i`, or 0."""
        texts = self.texts
        for size in _LONG_PREFIXES.get(texts[i], ()):
            if " ".join(texts[i:i + size]) in PREFIXES:
                return size
        return 0

    def _read(self, i: int, hint: str | None, size: int = 1) -> int | None:
        """The region at token `i` (after its prefix of `size` words, when `hint` names one's
        level): the token to go on from, or None when no region starts there."""
        doc, texts = self.doc, self.texts
        start = i + size if hint else i
        j = self._over_and(start, self._run_end(start, min(self.max_tokens, self.gaz.max_words)))
        # village names are many and common: only with a prefix or in a place context
        listed = () if hint else self._listed_level(start)
        villages = hint in ("desa", "kelurahan") or bool(listed) or (not hint and _place_context(doc, start, self.places_at))
        hit = self.gaz.longest(texts, start, j, villages=villages)
        kinds = {c.kind for c in hit[1]} if hit is not None else set()
        if hit is not None and kinds.intersection(listed) and not self._encloses(start, hit[1]):
            # `Kecamatan A, B dan C`: a name of the level the list opened with, though written bare (the list's
            # own level first, then its twin: `Desa` lists may name a kelurahan; never a set's order, which varies)
            level = next(k for k in listed if k in kinds)
            self._add(i, hit[0], PlaceMention(span_text(doc, start, hit[0]), None, "GPE", candidates=tuple(hit[1]),
                                              kind_hint=level))
            return hit[0]
        whole = self._whole_run(start, j, hit) if not hint and villages and not self._given_after_comma(start) else None
        if whole is not None:
            self._add(i, whole, PlaceMention(span_text(doc, start, whole), "other", "LOC"))
            return whole
        if hit is None:
            unlisted = None if hint else self._unlisted(start, j, villages)
            if unlisted is not None:
                return unlisted
            if hint in ("desa", "kelurahan", "kecamatan") and j > start and not self._ordinary_name(start):
                # a named desa the gazetteer does not know under that spelling: keep it
                self._add(i, j, PlaceMention(span_text(doc, start, j), hint, "GPE", kind_hint=hint))
                return j
            if hint and texts[i].isupper() and self.gaz.lookup(texts[i]):
                return self._read(i, None)  # "Pemprov DKI", "warga DKI": the prefix alone names it
            return None
        k, cands = hit
        longer = self._longer_village(k, j, cands) if hint in ("desa", "kelurahan", "kecamatan") else None
        if longer is not None:  # "Desa X Y Z RT 03", "Kecamatan X Hilir": a region the gazetteer spells otherwise
            self._add(i, longer, PlaceMention(span_text(doc, start, longer), hint, "GPE", kind_hint=hint))
            return longer
        if not hint and k - start == 1 and (texts[start].lower() in STOP_WORDS or texts[start].lower() in _AREA_NOUNS) \
                and all(c.kind in VILLAGE_KINDS for c in cands):
            return k  # "Pada Senin", "di Area Menteng": a function word or an area noun, also some village's name
        if not hint and (not PlaceRecognizer._plausible_bare(doc, start, k, cands, self.places_at)
                         or _in_club_name(texts, start, k)):
            return k
        self._add(i, k, PlaceMention(span_text(doc, start, k), None, "GPE", candidates=tuple(cands), kind_hint=hint))
        return k

    def _ordinary_name(self, start: int) -> bool:
        """The name after a level's prefix at token `start` is read only where the gazetteer knows it when it
        stands in a headline, whose every word is capitalised (`Pemuda Gampong Gelar Lomba`, `Aparatur Pekon
        Ikuti Pelatihan`: the headline's clause, no village). In a sentence a name opening with an ordinary
        word is a village's as often (`Desa Harapan Baru`)."""
        return start in headline_words(self.doc)

    def _over_and(self, start: int, j: int) -> int:
        """`Kabupaten Pangkajene dan Kepulauan`: a region whose official name holds `dan` runs on over it
        when the gazetteer knows the longer name; else the run ends at `j`."""
        texts = self.texts
        if not (start < j < len(texts) - 1 and texts[j] == "dan" and texts[j + 1][:1].isupper()):
            return j
        k = _cap_run(texts, self.flags, j + 1, self.max_tokens, set())
        hit = self.gaz.longest(texts, start, k)
        return k if hit is not None and hit[0] > j + 1 else j

    def _encloses(self, start: int, cands: list[RegionInfo]) -> bool:
        """A reading of the name at token `start` holds a reading of the region before its comma: an
        address (`Desa A, B, Kabupaten C`: B is A's kecamatan), not a list."""
        before = next((m for _, e0, m in self.found if e0 == start - 1), None)
        codes = [c.code for c in before.candidates] if before is not None else []
        return any(code.startswith(c.code + ".") for c in cands for code in codes)

    def _listed_level(self, start: int) -> tuple[str, ...]:
        """The level of the prefixed region (`Kecamatan A`, or a bare name listed after it) that a
        comma or a conjunction right before token `start` goes on from; empty when there is none."""
        if start < 2 or self.texts[start - 1].lower() not in _JOINERS:
            return ()
        return self.levels_at.get(start - 2, ())

    def _longer_village(self, k: int, j: int, cands: list[RegionInfo]) -> int | None:
        """The end of a village's name that runs on past the part the gazetteer knows (`Desa A B
        C RT 03`: title-case words up to a number, an acronym, a prefix or punctuation), unless the
        words after that part name a region of the same kabupaten (`Desa A Kecamatan`, `Desa A
        Lembang` where A lies in Lembang's kabupaten, `Kecamatan A Jawa Barat`: a region above a kecamatan):
        then they are the address's next part."""
        texts = self.texts
        end = k
        while end < j and texts[end].isalpha() and texts[end].istitle() and texts[end] not in PREFIXES:
            end += 1
        if end == k:
            return None
        areas = {c.code[:5] for c in cands}
        for m in range(k, end):
            rest = self.gaz.longest(texts, m, end, villages=True)
            if rest is not None and ({c.code[:5] for c in rest[1]} & areas
                                     or not VILLAGE_KINDS.issuperset(c.kind for c in rest[1])):
                return None  # `Kecamatan A Jawa Barat`: a kabupaten, city or province after the name is the address's
        return end

    def _unlisted(self, start: int, j: int, context: bool) -> int | None:
        """A place no region is named after, in the run `start:j`: a town whose kelurahan or
        kecamatan carry its name (`di Timika`, `Semarapura, Bali`: in a place context or before a
        region of its province); a name after an area noun (`kawasan X`); a name between a place
        and a region in an address (`kawasan X, Y, Jakarta`), or after a place cue and before a
        region or a country (`di Y, Papua`). The token to go on from, or None."""
        texts = self.texts
        for k in range(j, start, -1) if self.gaz.may_start_town(texts[start]) else ():
            code = self.gaz.town(" ".join(texts[start:k]))
            if code and (k - start > 1 or not is_common_word(texts[start])) and \
                    (context or self._region_follows(k, code[:2])):
                self._add(start, k, PlaceMention(span_text(self.doc, start, k), "other", "GPE"))
                return k
        if j == start or not all(t.isalpha() and t.istitle() for t in texts[start:j]):
            return None
        prev = texts[start - 1] if start else ""
        if prev in _AREA_NOUNS:
            end = next((k for k in range(start + 1, j) if self.gaz.longest(texts, k, j)), j)  # `X Jakarta`
        elif (prev == "," and start - 2 in self.places_at or prev.lower() in PLACE_CUES) and j - start <= 3 \
                and self._region_follows(j, ""):
            end = j  # `kawasan X, Y, Jakarta`, `di Y, Papua`, `di Y, Azerbaijan`
        else:
            return None
        if is_common_word(texts[start]):
            return None  # `wilayah Anda`, `kawasan Industri X`
        self._add(start, end, PlaceMention(span_text(self.doc, start, end), "other", "LOC"))
        return end

    def _cued(self, i: int) -> bool:
        """An area noun (`kawasan`), a place cue (`di`) or a place and a comma stand right before
        token `i`."""
        prev = self.texts[i - 1] if i else ""
        return prev in _AREA_NOUNS or prev.lower() in PLACE_CUES or prev == "," and i - 2 in self.places_at

    def _run_end(self, start: int, limit: int | None = None) -> int:
        """The end of the capitalised run at `start` (of at most `limit` words, else `max_tokens`),
        stopped by the tokens other mentions took."""
        headline = headline_words(self.doc)
        stop = {k for k in range(start, min(len(self.texts), start + self.max_tokens))
                if k in self.taken or k > start and k in headline}
        return _cap_run(self.texts, self.flags, start, self.max_tokens if limit is None else limit, stop)

    def _region_follows(self, k: int, province: str) -> bool:
        """A comma and a region (of the `province` code, when given; else a country or a city
        abroad too) follow token `k`."""
        texts = self.texts
        if k + 1 >= len(texts) or texts[k] != "," or not texts[k + 1][:1].isupper():
            return False
        if not province and k + 1 in self.places_at:
            return True
        hit = self.gaz.longest(texts, k + 1, min(len(texts), k + 4))
        return hit is not None and any(c.code.startswith(province) for c in hit[1])

    def backfill(self) -> None:
        """Read an address backwards: the smaller places listed before a region and a comma
        (`warga Tanjung Sari, Jabung, Lampung Timur`) are kecamatan and villages the gazetteer
        knows, though no cue word stands before the first of them."""
        texts = self.texts
        for s0, _, m in sorted(self.found, key=lambda x: -x[0]):
            if not m.candidates:
                continue
            s = s0
            while s >= 2 and texts[s - 1] == ",":
                a = s - 1
                while a > 0 and s - 1 - a < 3 and a - 1 not in self.taken and texts[a - 1].istitle() \
                        and texts[a - 1].isalpha():
                    a -= 1
                hit = self.gaz.longest(texts, a, s - 1, villages=True) if a < s - 1 else None
                if hit is None or hit[0] != s - 1 or not all(c.kind in VILLAGE_KINDS for c in hit[1]):
                    break
                self._add(a, s - 1, PlaceMention(span_text(self.doc, a, s - 1), None, "GPE", candidates=tuple(hit[1])))
                s = a

    def _given_after_comma(self, start: int) -> bool:
        """The run at `start` opens with a common given name (`given_words.tsv`, `stopword_names.tsv`) right after a
        place and a comma (`pedagang asal Aceh, Budi Santosa, ditangkap`): the apposition names the person the place
        is said of, not a place of the address whose words a village's name shares."""
        texts = self.texts
        return start >= 2 and texts[start - 1] == "," and start - 2 in self.places_at \
            and (texts[start].lower() in _GIVEN_OPENERS or texts[start].lower() in given_names())

    def _whole_run(self, start: int, j: int, hit: tuple | None) -> int | None:
        """The end of a name of several words in a place context that the gazetteer knows only a
        part of (`di Buah Batu`, `menuju Riung Gunung`): an ordinary word before a known name, or
        after one where no other name begins; None when the run is no such name."""
        texts = self.texts
        j = next((m for m in range(start + 1, j) if texts[m] in PREFIXES), j)  # `Puncak Kabupaten Bogor`: two places
        if j - start < 2 or not all(t.isalpha() and t[:1].isupper() and not t.isupper() for t in texts[start:j]):
            return None
        if is_common_word(texts[start]) and (hit is None or all(c.kind in VILLAGE_KINDS for c in hit[1])):
            if hit is None:
                rest = self.gaz.longest(texts, start + 1, j, villages=True)
                if rest is not None and rest[0] == j:
                    return j
            # an ordinary word, a kecamatan's or a larger region's name and ordinary words (`Bumi X
            # Damai`, a housing estate)
            rest = self.gaz.longest(texts, start + 1, j)
            if rest is not None and rest[0] < j and texts[start + 1] not in PREFIXES and \
                    all(is_common_word(t) for t in texts[rest[0]:j]):
                return j
        if hit is None:
            return None
        k = hit[0]
        if k < j and all(is_common_word(t) for t in texts[k:j]) and self.gaz.longest(texts, k, j) is None:
            return j
        return None

    def _add(self, s: int, e: int, mention: PlaceMention) -> None:
        if mention.kind_hint in VILLAGE_KINDS and mention.candidates:  # not `Distrik X` abroad
            self.levels_at[e - 1] = (mention.kind_hint, "kelurahan") if mention.kind_hint == "desa" else (mention.kind_hint,)
        self.found.append((s, e, mention))
        self.places_at.update(range(s, e))
        self.taken.update(range(s, e))


def _article_context(doc: Doc) -> set[str]:
    """Region codes the article's institutions, officers' units and dateline name."""
    context: set[str] = set()
    for span in group(doc, "institutions"):
        data = data_of(span)
        if data is not None and data.region is not None:
            context.add(data.region.code)
    for span in group(doc, "officers"):
        region = region_of_unit(getattr(data_of(span), "unit", None))
        if region is not None:
            context.add(region.code)
    context |= _post_regions(doc)
    header = ext(doc, "header")
    if header is not None and header.dateline:
        # the dateline is read in the light of the commands and bodies the article names
        best = resolve(gazetteer().lookup(header.dateline), context=frozenset(context), city_first=True)
        if best:
            context.add(best.code)
    return context


@lru_cache(maxsize=1)
def _post_levels() -> dict[str, str]:
    """The civil posts of `positions.tsv` whose body names the kota or the kabupaten (`Bupati`,
    `Wabup` of the Pemkab; `Wali Kota`, `Walikota` of the Pemkot): form -> `kabupaten` | `kota`."""
    bodies = institution_table()
    levels: dict[str, str] = {}
    for form, posts in positions().entries.items():
        infos = bodies.get(posts[0].unit) or []
        level = named_level(infos[0].full_name) if infos else None
        if level:
            levels[form] = level
    return levels


def _post_regions(doc: Doc) -> set[str]:
    """The regions that posts of the kota or kabupaten name (`Bupati Bogor`: Kabupaten Bogor,
    `Wali Kota Bogor`: Kota Bogor): no places of their own, they tell which one a bare `Bogor` is."""
    levels, texts, gaz = _post_levels(), token_texts(doc), gazetteer()
    out: set[str] = set()
    for _, e, form in positions().find(doc):
        hit = gaz.longest(texts, e, min(len(texts), e + 3)) if form in levels else None
        region = resolve(hit[1], kind_hint=levels[form]) if hit else None
        if region is not None and region.kind == levels[form]:
            out.add(region.code)
    return out


def _choose_readings(found: list[tuple[int, int, PlaceMention]], context: set[str]) -> None:
    """One region per place name; unambiguous and prefixed names first, the larger levels before the
    smaller (`Desa A, Kecamatan B, Kabupaten C`: C anchors B, B anchors A): they anchor the others."""
    anchors = [m for _, _, m in found if m.candidates and (len(m.candidates) == 1 or m.kind_hint) and not m.loose]
    for m in sorted(anchors, key=lambda m: min(RANK.get(c.kind, 4) for c in m.candidates)):
        if m.region is None:
            m.region = resolve(list(m.candidates), kind_hint=m.kind_hint, context=context)
            context.add(m.region.code)
    chosen: dict[str, RegionInfo] = {}
    provinces = {code[:2] for code in context}
    for _, _, m in found:
        if m.loose:
            best = resolve(list(m.candidates), context=context, city_first=True)
            if not provinces or best.code[:2] in provinces:
                m.region, m.label = best, "GPE"
            continue
        if m.candidates and m.region is None:
            key = m.name.lower()
            if key not in chosen:
                chosen[key] = resolve(list(m.candidates), context=context, city_first=True)
                context.add(chosen[key].code)
            m.region = chosen[key]


@Language.factory("polsek_places", assigns=["doc.spans"], default_config={"max_place_tokens": MAX_PLACE_TOKENS})
def make_places(nlp: Language, name: str, max_place_tokens: int) -> PlaceRecognizer:
    """`polsek_places`: GPE, LOC and FAC spans in `doc.spans["places"]` (regions with their
    Kemendagri codes, other places, venues; `PlaceMention` data).

    max_place_tokens (int): the most words of a region's name looked up in the gazetteer.
    """
    return PlaceRecognizer(nlp, name, max_place_tokens=max_place_tokens)


def _office_instead(doc: Doc, s: int, e: int, head_at: dict, found: list, claimed: set[int]) -> bool:
    """An agency's office starts at the venue head [s, e) (`_agency_office`) and its name reaches as far as the
    venue's would: no venue (where the body's name stops short, the venue stays, so that no word of the name is
    left to be read as a person's); a kecamatan written right after the office's name is a place of its own, as
    after a venue's (`_kecamatan_after`), added to `found`."""
    if _agency_unit(token_texts(doc), s, e):
        return True  # `Balai Karantina X`, `Balai Besar Teknik X`: a state agency's technical unit, a body, no hall
    end = _agency_office(doc, s)
    if end is None or end < _over_institution(doc, e, PlaceRecognizer._venue_end(doc, s, e, head_at, "venue")):
        return False
    if end < len(doc) and _kecamatan_after(token_texts(doc), end, "venue"):
        found.append((end, end + 1, PlaceMention(doc[end].text, "other", "LOC")))
        claimed.add(end)
    return True


def _agency_unit(texts: list[str], s: int, e: int) -> bool:
    """The venue head at token `s` (`Balai`) is followed, past a grade word (`Besar`), by a word of a state agency's
    technical unit (agency_unit_words.tsv: `Karantina`, `Pemasyarakatan`, `Teknik`): a body, no hall."""
    if texts[s] not in _AGENCY_HEADS:
        return False
    if e < len(texts) and texts[e] in _AGENCY_GRADES:
        e += 1
    return e < len(texts) and texts[e] in _AGENCY_UNITS


_AGENCY_HEADS = frozenset(row["head"] for row in read_table("words/agency_unit_words.tsv"))
_AGENCY_UNITS = word_set("agency_unit_words", "kind", "unit")
_AGENCY_GRADES = word_set("agency_unit_words", "kind", "grade")
_OFFICE_NOUNS = word_set("office_site_words", "role", "noun")  # kantor, gedung: an office named by its body or post
_OFFICE_CUES = word_set("office_site_words", "role", "cue")  # di, ke, depan: the story happens there


def _office_sites(doc: Doc, taken: set[int], block: Occupied) -> list[tuple[int, int, PlaceMention]]:
    """`di kantor Wali Kota Madiun`, `ke kantor Bareskrim Mabes Polri`, `di gedung KPK`: a lowercase office noun after a
    cue of where the story happens, then a body the institutions' pass found or a post (with the region or name
    after it): the office, a venue written as in the text (gold S13); not `kantor X` of a person (no body, no post)."""
    texts, n = token_texts(doc), len(doc)
    if _OFFICE_NOUNS.isdisjoint(texts):
        return []  # most articles name no office so
    bodies: dict[int, int] = {}
    for span in group(doc, "institutions"):
        bodies[span.start] = max(span.end, bodies.get(span.start, 0))
    posts = {s: e for s, e, _ in positions().find(doc)}
    out = []
    for s in range(1, n - 1):
        if texts[s] not in _OFFICE_NOUNS or texts[s - 1] not in _OFFICE_CUES or s in taken or s + 1 in taken:
            continue
        end = bodies.get(s + 1)
        if end is None and s + 1 in posts:
            end = _post_region_end(texts, posts[s + 1], taken)
        if end is not None and not block.overlaps(*char_bounds(doc, s, end)):
            out.append((s, end, PlaceMention(span_text(doc, s, end), "venue", "FAC")))
            taken.update(range(s, end))
    return out


def _post_region_end(texts: list[str], e: int, taken: set[int]) -> int:
    """Where the region named after a post ending at token `e` ends (`kantor Wali Kota Madiun`): the longest name the
    gazetteer knows in the capitalised words after it, else those words up to a given name, which opens the post
    holder's name (`kantor Camat Lembarana Budi Santoso`: the office is the camat's of Lembarana, not Budi's)."""
    cap = e
    while cap < len(texts) and cap - e < 3 and texts[cap][:1].isupper() and cap not in taken:
        cap += 1
    hit = gazetteer().longest(texts, e, cap, villages=True)
    if hit is not None:
        return hit[0]
    return next((k for k in range(e, cap) if texts[k].lower() in given_names()), cap)


def _defined_body(doc: Doc, s: int, j: int) -> tuple[int, str] | None:
    """A venue head that opens a body's definition (`Rumah Sakit Umum Daerah (RSUD) X`, `Lembaga Pemasyarakatan
    (Lapas) Kelas IIA X`: the acronym in brackets right where the venue's name stops, then the body's qualifier):
    the site is named as the conventions name the body, `ACR Qualifier`, and ends where the body does; the end and
    that name, or None."""
    if not (j + 2 < len(doc) and doc[j].text == "("):
        return None
    for span in group(doc, "institutions"):
        d = data_of(span)
        acr = getattr(d, "acronym", None)
        if span.start == s and span.end > j + 3 and acr and doc[j + 1].text == acr.split()[0] \
                and getattr(d, "name", "").startswith(acr + " "):
            return span.end, d.name
    return None


def _agency_office(doc: Doc, s: int) -> int | None:
    """An agency's office starts at token `s` (`Stasiun Meteorologi X`, `Kantor SAR X`, `Balai Besar Konservasi
    Sumber Daya Alam`: a body institutions.tsv lists as an agency there), which a bare venue head word (`Stasiun`,
    `Kantor`, `Balai`) opens too: a body, no venue. A hall only a generic head reads as a body (`Balai Kartini`)
    and a venue the table names by more words (`Balai Desa X`, the village hall) stay venues. Where the body ends,
    or None."""
    for span in group(doc, "institutions"):
        d = data_of(span)
        if span.start == s and getattr(d, "kind", None) == "agency" \
                and any(i.kind == "agency" for i in institution_table().get(getattr(d, "full_name", None) or "")):
            return span.end
    return None
