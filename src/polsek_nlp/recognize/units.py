"""Units named after a post or a command word: `Polres Cimahi`, `Kodim 0621/Kabupaten Bogor`,
`Polda Metro Jaya`. Shared by the officer, institution and place recognizers."""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from polsek_nlp.data import read_table
from polsek_nlp.doc.spans import span_text, span_tokens, token_texts
from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.lexicon import eponym_titles, headline_stopwords, positions, ranks
from polsek_nlp.knowledge.temporal import calendar_word
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.stemming import VERB_SUFFIXES, stem_word
from polsek_nlp.recognize.incident_words import word_tuple
from polsek_nlp.recognize.names import dotted_initials, given_names

COMMAND_WORDS = word_set("command_words")
ADMIN_WORDS = word_set("admin_words")
GENERIC_BODIES = word_set("generic_bodies")  # Humas, Pemerintah Daerah: a kind of office, named with its body
EPONYM_HEADS = word_set("site_bodies", "eponym")  # "RSUD dr. Soedarso": a body named after a person (`eponym_end`)
_FORCE_NAMES = {"Polri": "Polri", "POLRI": "Polri", "TNI": "TNI"}  # after `Mabes`: the force, as the table writes it
_CLAUSE_WORDS = word_set("coordination_words")  # dan, serta: a headline's two parties
_REFERENCE = word_set("reference_words")  # Nomor, Tahun, Pasal: a document reference, no place
# the compass words as written in a name (Timur: "Polsek Depok Timur"); places.py reads them too
COMPASS = frozenset(w for w in word_set("directions") if w[:1].isupper())
_ROMAN = re.compile(r"[IVX]{1,5}$")  # the number of a Kodam or Lantamal: Kodam III/Siliwangi
# a unit numbered within its parent's: Denpom III/6; `Dilmil II–12`, `Koramil 1802–01`: joined by an en dash or a
# Unicode hyphen, which the tokenizer keeps in one token (the ASCII hyphen it splits off: `number_end`; review s22rvA)
_SUB_NUMBER = re.compile(r"(?:[IVX]{1,5}|\d{1,4})[/\u2010\u2011\u2013\u2212]\d{1,3}$")
# common given names (Budi, Sri, Agus; Putri, Bintang): after an eponym's first word one that opens a name of
# two words opens another person's (`RSUD dr. X Budi Santoso menjenguk`), not the eponym's
GIVEN_OPENERS = word_set("stopword_names") | word_set("given_words")
_INITIAL = re.compile(r"[A-Z]\.")  # `R.` of `dr. R. Koesma`: an initial, no word of the name's length
_EPONYM_NAME_WORDS = 3  # `Prof. Dr. Margono Soekarjo`, `Dr. Wahidin Sudiro Husodo`


def place_qualifier(doc: Doc, i: int, blocked: set[int], max_tokens: int = 3, whole: bool = False) -> int:
    """Token index after the place words that start at `i` (or `i` if none).

    Of several capitalised words, the longest run the gazetteer knows is kept (the rest is likely
    a person's name); `whole=True` keeps the whole run when the gazetteer knows none of it
    (institution names: `Lapas Klas IIA Bentiring`). `Metro` opens police region names
    (`Polres Metro Jakarta Selatan`)."""
    j = i
    if i < len(doc) and doc[i].text == "Metro" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() \
            and not gazetteer().lookup(span_text(doc, i, i + 2)):
        k = place_qualifier(doc, i + 1, blocked, max_tokens, whole)
        return k if k > i + 1 else i + 1
    joins = 0  # the hyphens of names the tokenizer split (`Soekarno-Hatta`), not counted as words
    while j < len(doc) and j - i - joins < max_tokens:
        tok = doc[j]
        if tok.i in blocked or tok.text in _REFERENCE:
            break
        if _joined_name(doc, j, i, blocked, whole):
            j, joins = j + 2, joins + 1  # `Polresta Bandara Soekarno-Hatta`: a name of two joined by a hyphen
            continue
        if (tok.like_num and len(tok.text) <= 4 and not tok.text.islower() or _ROMAN.match(tok.text)
                or _SUB_NUMBER.match(tok.text)) and j == i:  # not `(PPP) satu partai`: a number word in lowercase
            k = number_end(doc, j)  # Kodim 0619, Korem 063, Kodam III/Siliwangi, Denpom III/6, Koramil 1802-01
            j, joins = k, joins + k - j - 1  # `Otmil III-17 Manado`: the number joined by a hyphen is one word
            if j + 1 < len(doc) and doc[j].text == "/":
                return _after_slash(doc, j, blocked, max_tokens, whole)
            continue
        if whole and j > i and tok.text in ADMIN_WORDS and not gazetteer().lookup(span_text(doc, i, j + 1)):
            break  # "Lapas Arga Makmur Kabupaten Bengkulu Utara": the region is a place of its own (not
            # the `Kota` of kecamatan `Medan Kota`)
        if _place_word(doc, j, blocked):
            j += 1
            continue
        break
    if j - i <= 1:
        return j
    return _known_run(doc, i, j, blocked, whole)


def _place_word(doc: Doc, j: int, blocked: set[int]) -> bool:
    """Token `j` is a capitalised word of a place's or a command's name, or dotted initials before one (`Lanud J.A.
    Dimara`: a base named after a person, the given names shortened)."""
    text = doc[j].text
    if text[:1].isupper() and (doc[j].is_alpha or _HYPHENS.sub("", text).isalpha() or text == "DKI"):
        return True
    return dotted_initials(text) and j + 1 < len(doc) and doc[j + 1].is_title and j + 1 not in blocked


def _joined_name(doc: Doc, j: int, i: int, blocked: set[int], whole: bool = False) -> bool:
    """Token `j` is a hyphen (or an en dash) written without spaces between two capitalised words of a venue's name
    (`Soekarno-Hatta` of `Bandara Soekarno-Hatta`, which the tokenizer splits), the first of them in the run from `i`,
    which a venue's head word opens (`venues.tsv`: Bandara, Pelabuhan), or of a body's whole name (`whole`: `Satgas
    Pamtas RI-RDTL`): not two regions' names a hyphen pairs after a command (`Polres Sukoharjo-Klaten`, `Polres Lombok
    Timur-Lombok Tengah`: a joint team, the first region the command's; review of s18rec)."""
    return _HYPHENS.fullmatch(doc[j].text) is not None and i < j and j + 1 < len(doc) and not doc[j - 1].whitespace_ \
        and not doc[j].whitespace_ and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper() \
        and doc[j + 1].is_alpha and j + 1 not in blocked and (whole or doc[i].text in _venue_heads())


_HYPHENS = re.compile("[-\u2010\u2011\u2013\u2212]")  # hyphen, its Unicode forms, the en dash, the minus sign


@cache
def _venue_heads() -> frozenset[str]:
    """The capitalised head words of venues (`venues.tsv` kind venue: Bandara, Pelabuhan, Stasiun)."""
    return frozenset(row["word"] for row in read_table("venues.tsv") if row["kind"] == "venue")


@cache
def _landform_heads() -> frozenset[str]:
    """The one-word capitalised heads of natural places (`venues.tsv` kind other: Sungai, Bukit, Lembah, Tanjung)."""
    return frozenset(row["word"] for row in read_table("venues.tsv") if row["kind"] == "other"
                     and row["word"].isalpha() and row["word"][:1].isupper())


def number_end(doc: Doc, j: int) -> int:
    """The token after a unit's number at `j`, with the number within its parent's joined to it by a
    hyphen (`Koramil 1802-01/Sorong`, `Pengadilan Militer II-11 Yogyakarta`)."""
    k = j + 1
    if k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].text.isdigit() and len(doc[k + 1].text) <= 3 \
            and not doc[j].whitespace_ and not doc[k].whitespace_:
        return k + 2
    return k


def _after_slash(doc: Doc, j: int, blocked: set[int], max_tokens: int, whole: bool) -> int:
    """`Kodim 0621/Kabupaten Bogor`, `Kodim 0619/Purwakarta`: the place after the number's slash
    at `j`; `j` when none follows. A region's word with no place after it is the unit's own name (`Koramil 02/Kota`:
    the town's Koramil, a Kodim's first Koramil in its seat)."""
    k = j + 1 + (1 if doc[j + 1].text in ADMIN_WORDS and j + 1 not in blocked else 0)
    end = place_qualifier(doc, k, blocked, max_tokens, whole)
    return end if end > k else k if k > j + 1 else j


def _known_run(doc: Doc, i: int, j: int, blocked: set[int], whole: bool) -> int:
    """Of the capitalised words from `i` to `j`, the longest run the gazetteer knows, else only
    the first word (the rest is likely the officer's name), or all of them before a rank or post."""
    if unit_run_before_rank(doc, i, j):
        return j
    gaz = gazetteer()
    for k in range(j, i, -1):
        if _HYPHENS.fullmatch(doc[k - 1].text) or k < j and _HYPHENS.fullmatch(doc[k].text):
            continue  # never a name cut at a joining hyphen (`Lombok Timur-`)
        if gaz.lookup(span_text(doc, i, k)):
            # with whole=True the rest of the run stays unless it looks like a person's name
            if whole and j - k == 1:
                return j
            if j - k == 1 and doc[k].text in COMPASS:
                return j  # "Polsek Depok Timur": a command of one part of the place, named by its compass point
            if k < len(doc) and doc[k].text in ("Kota", "Kabupaten") and (
                    k + 1 >= len(doc) or k + 1 in blocked or not doc[k + 1].text[:1].isupper()):
                return k + 1  # "Polres Metro Bekasi Kota Kombes Pol ...", "Polresta Bogor Kota"
            for k2 in range(j, k, -1):
                if _within(gaz.lookup(span_text(doc, i, k)), gaz.lookup(span_text(doc, k, k2))):
                    return k2  # "Polsek Sukolilo Surabaya": a place and the region it lies in
            return k
    return j if whole else _unknown_place_end(doc, i, j)


def _unknown_place_end(doc: Doc, i: int, j: int) -> int:
    """Where a place no table knows ends in the capitalised run [i, j): after its first word (the rest is likely the
    officer's name), or after the word after a landform's head (`Lembah`, `Sungai`, `Teluk`: venues.tsv kind other),
    which alone names no place (`Kapolres Lembah Hijau mengatakan`: not the unit `Polres Lembah` and the name `Hijau`).
    Not a word the name lists know as a given name that ends the run (`Kapolsek Sungai Budiman mengatakan`: the
    holder's one-word name, kept as the run's first word alone left it before the landform rule)."""
    if doc[i].text not in _landform_heads() or i + 2 > j:
        return i + 1
    return i + 1 if i + 2 == j and doc[i + 1].text.lower() in given_names() else i + 2


def unit_run_before_rank(doc: Doc, i: int, j: int) -> bool:
    """The capitalised words [i, j) all name the unit: a rank or a post title stands at `j` (`Kasat
    Reskrim Polres Lembah Hijau Iptu X`), and the officer's name comes after the rank. Not when a word
    of the run belongs to a Title Case headline's clause (`Kapolres Bogor Bersama Dandim ...`, `Kasat
    Lantas Dampingi Kapolres ...`): a coordinator (Dan, Serta), a headline verb or noun
    (`headline_stopwords`: Bersama, Tinjau, Lantik) or a verb's affixed shape (`Dampingi`, `Bagikan`);
    the run is then read as any other. spaCy's other stop words stay: some name places (`Tanjung Baru`)."""
    return post_at(doc, j) and not any(headline_clause_word(doc[k].lower_) for k in range(i, j))


def post_at(doc: Doc, j: int) -> bool:
    """A rank or a post title stands at token `j` (the `post_tokens` the officers' stage marks)."""
    return j < len(doc) and Doc.has_extension("post_tokens") and j in (doc._.post_tokens or ())


def headline_clause_word(low: str, shapes: bool = True) -> bool:
    """A lowercased word of a Title Case headline's clause, no word of a unit's or place's name: a
    coordinator (`dan`, `serta`), a headline verb or noun (`headline_stopwords`: bersama, tinjau,
    pimpin) or, with `shapes`, a verb's affixed shape (`dampingi`, `bagikan`; a proper name may have one:
    `Sukani`, `Kediri`, `Tarakan`)."""
    return low in headline_stopwords() or low in _CLAUSE_WORDS or (shapes and verb_shape(low))


_VERB_PREFIXES = word_tuple("verb_prefix")  # me-, di-, ber-, ter-: incident_words.tsv


def verb_shape(low: str) -> bool:
    """A verb's affixed form the stemmer takes down to a root (`dampingi`, `bagikan`, `bersama`); a
    place named so (`Bekasi`) is read by the gazetteer when the run is read as any other."""
    return len(low) > 4 and (low.startswith(_VERB_PREFIXES) or low.endswith(VERB_SUFFIXES)) \
        and stem_word(low) != low


def _within(inner: list, outer: list) -> bool:
    """Some reading of `inner` lies in some reading of `outer` (a kecamatan in its kota)."""
    return any(c.code.startswith(o.code + ".") for c in inner for o in outer)


def unit_after(doc: Doc, i: int, blocked: set[int]) -> tuple[int, str | None]:
    """A command named at token `i` (`Polres Cimahi`, `Polda Jawa Barat`, `Mabes Polri`); its head word in capitals
    (`POLRES CIAMIS`, a lead in capitals: s30off) is written as the table writes it (`Polres CIAMIS`, as a head's
    post gives it: `KAPOLRES CIAMIS` -> `Polres CIAMIS`), the force's name too (`POLRI`, `MABES POLRI` -> `Polri`,
    `Mabes Polri`: s30rvB)."""
    head = doc[i].text if i < len(doc) else ""
    if not head.isupper() or head.title() not in COMMAND_WORDS:
        return _unit_after(doc, i, blocked, head)
    k, unit = _unit_after(doc, i, blocked, head.title())
    return k, unit and head.title() + unit[len(head):]


def _unit_after(doc: Doc, i: int, blocked: set[int], head: str) -> tuple[int, str | None]:
    """`unit_after` with the head word at `i` written as the table writes it (`head`)."""
    if head not in COMMAND_WORDS:
        return i, None
    j = i + 1
    if head == "Mabes" and j < len(doc) and doc[j].text in _FORCE_NAMES:
        return j + 1, f"{doc[i].text} {_FORCE_NAMES[doc[j].text]}"
    if head == "Polri":  # the national police: no region after it (`Kadiv Humas Polri Budi X`: a name)
        return j, head
    k = place_qualifier(doc, j, blocked)
    if k == j and doc[i].text != "Brimob":
        return i, None
    return k, span_text(doc, i, k)


def eponym_end(doc: Doc, k: int, blocked: set[int] | frozenset[int] = frozenset()) -> int:
    """`RSUD dr. H. Moh. Anwar Sumenep`: where the titled name of the person a body is named after ends, its
    titles opening at token `k`, or 0 when no title opens it or no name follows them. The name runs over
    capitalised words, at most three besides initials, and ends after the first region the gazetteer
    knows after its first word (the body's town: at most one); it never runs over a post or a rank
    (`RSU dr. X Kapolsek Y`), a weekday or a month (`RSUD dr. X Senin (3/3)`), the words of a date or an
    officer found before, `blocked`, nor a common given name that opens a name of its own after the
    eponym's first word (`RSUD dr. X Budi Santoso menjenguk`)."""
    texts, n = token_texts(doc), len(doc)
    titles = eponym_titles()
    if not (k < n and texts[k] in titles):
        return 0
    while k < n and texts[k] in titles:
        k += 1
    start, words, stop = k, 0, span_tokens(doc, ("dates", "officers"))
    while k < n and texts[k][:1].isupper() and k not in blocked and k not in stop and not _closes_eponym(texts, k, start):
        if k > start:
            at = k + 1 if texts[k] in ADMIN_WORDS and k + 1 < n else k  # "dr. X Kota Pontianak"
            run = at
            while run < min(n, at + 3) and texts[run][:1].isupper():
                run += 1
            region = gazetteer().longest(texts, at, run) if run > at else None
            if region is not None and not stop.intersection(range(k, region[0])):
                return region[0]
        words += not _INITIAL.fullmatch(texts[k])
        if words > _EPONYM_NAME_WORDS:
            break
        k += 1
    return 0 if k == start else k


def _closes_eponym(texts: list[str], k: int, start: int) -> bool:
    """Token `k` ends an eponym's name that began at `start` (`eponym_end`)."""
    word = texts[k]
    return word in positions().entries or word in ranks().entries or calendar_word(word) \
        or k > start and word.lower() in GIVEN_OPENERS and k + 1 < len(texts) and texts[k + 1][:1].isupper()
