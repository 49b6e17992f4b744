"""Institutions: one per body, however many times and forms the article names it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from polsek_nlp.doc.spans import data_of, group, lower_texts, token_texts
from polsek_nlp.knowledge.gazetteer import admin_prefixes, gazetteer
from polsek_nlp.knowledge.lexicon import role_words
from polsek_nlp.knowledge.phrases import institution_table
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.recognize.institutions import InstitutionMention
from polsek_nlp.recognize.names import is_common_word

_PREFIXES = admin_prefixes()  # Kabupaten, Kota, Provinsi ...: the prefix of the region a body is named after
_GRADE_WORDS = frozenset(w.lower() for w in word_set("grade_words"))  # Kelas, Klas, Tipe
_ROMAN = re.compile(r"^[IVXL]{1,6}$")  # a unit's number in Roman figures (`Lantamal VI`)
_ENGLISH = frozenset(word_set("english_words"))  # United, Pictures: a body's word, no person's name
_NAME_ENDS = word_set("org_cues", "where", "after")  # Foundation, Group: a body's name ends with them
# Direktur, anggota, kuasa, Komisaris: a post its holder's name may follow
_POSTS = frozenset(w.lower() for w, role in role_words().items() if role) | word_set("holder_posts")
# Biro, Divisi, Unit: a sub-unit's name opens with one (`Satuan` left out: `Satuan Aksi Ranjau X`, a force's named unit)
_SUB_UNIT_HEADS = word_set("org_cues", "where", "post_unit") - {"Satuan"}
_BARE_TYPES = frozenset(w.lower() for w in word_set("bare_unit_types"))  # Brimob, Satlantas: a unit every command has
_TEAM_HEADS = word_set("team_heads")  # Satgas: a task force's name, no body (gold S1)
_NAMED_PLACE_HEADS = word_set("named_place_heads")  # jalan, halte, simpang: a place named after what follows
# Kecamatan, Desa, Kelurahan: a region below the kabupaten, named after the words that follow
_LOCAL_PREFIXES = frozenset(admin_prefixes(frozenset({"kecamatan", "desa", "kelurahan"})))


def institution_mentions(doc: Doc) -> list[InstitutionMention]:
    """One entry per body, in its most complete written form: a bare acronym (`KPU`, `FPI`) joins the
    fuller mention of the same body (`KPU Purwakarta`, `Front Pembela Islam`); bare family names
    (`Polres`) name no body and are left out."""
    texts, lower = token_texts(doc), lower_texts(doc)  # listed once per Doc: no Token built per mention (issue 20)
    places = [(p.start, p.end) for p in group(doc, "places")  # capitalised: `mengikuti jalan Partai X` is a way
              if lower[p.start] in _NAMED_PLACE_HEADS and texts[p.start][:1].isupper()]
    mentions = [m for span in group(doc, "institutions") if (m := data_of(span)) is not None
                and not m.generic and not m.entity_only  # platforms, brands: no bodies
                and not _bare_unit_type(m) and not _bare_sub_unit(m) and not _task_force(m)
                and not _place_name(texts, span.start, span.end, places)]
    fuller: dict[str, str] = {}
    for m in mentions:
        for key in ({m.full_name, m.acronym, _table_name(m)} | _level_free(m)) - {None}:
            if len(m.name) > len(fuller.get(key.lower(), "")):
                fuller[key.lower()] = m.name
    abroad = _missions_by_city(mentions)
    out: dict[str, InstitutionMention] = {}
    for m in mentions:
        if not m.place_text and abroad.get(m.full_name, 0) == 1:
            continue  # `KBRI`, `Kedutaan Besar RI` beside `KBRI Riyadh`: the mission the article names by its city
        bare = m.acronym is not None and m.name == m.acronym or m.full_name == m.name or _table_form(m)
        if bare and any(fuller.get(k.lower(), m.name) != m.name for k in {m.full_name, m.acronym} - {None}):
            continue
        out.setdefault(m.name.lower(), m)
    # the same body written in several forms (`KPU RI` and `Komisi Pemilihan Umum`, `Dinkes Banten`
    # and `Dinas Kesehatan Banten`, `Densus 88` and `Densus 88 Antiteror`): its longest form
    longest: dict[tuple, InstitutionMention] = {}
    bodies = [(m, _body(m)) for m in out.values()]  # each mention's body read once
    for m, key in bodies:
        if key not in longest or len(m.name) > len(longest[key].name):
            longest[key] = m
    kept = [m for m, key in bodies if longest[key] is m]
    # `DPD Partai Golkar` beside `DPD Partai Golkar Jawa Timur`: a party's board of a region written without the region
    # is the board the article names with it (a party has no national board of that name: DPP is the centre's)
    boards = {m.full_name for m in kept if m.kind == "party" and m.region is not None}
    # the bodies written after a post (`_holder_after`: asked of two bodies kept, so only where two are)
    posted = {m.name for span in group(doc, "institutions") if (m := data_of(span)) and _after_post(lower, span.start)} \
        if len(kept) > 1 else set()
    return [m for m in kept if not (m.region is None and m.kind == "party" and m.full_name in boards)
            and not any(_numbered_short_form(m, other) or _parentless_short_form(m, other)
                        or m.name in posted and _holder_after(m, other)
                        or _bare_of_longer(m, other)
                        for other in kept)]


def _level_free(m: InstitutionMention) -> set[str]:
    """`DPRD` of `DPRD Kota X` (the table's row `DPRD Kota`, `Dewan Perwakilan Rakyat Daerah Kota`): the table's body
    without the level word its row ends with, so that a bare `DPRD` beside `DPRD Kota X` joins it (gold S7: one name
    written bare and at a level is one entry, at that level)."""
    out = set()
    for key in (m.acronym, m.full_name):
        base, _, level = (key or "").rpartition(" ")
        if level in _PREFIXES and institution_table().get(base):
            out.add(base)
    return out


def _place_name(texts: list[str], start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """The mention is only a place's name: inside a street's, a stop's or a junction's that opens before it (`Jalan
    Pramuka`, `Halte SMK 57`, `Simpang KFC`: `named_place_heads.tsv`), or right after a village's or a kecamatan's
    prefix (`Kecamatan Tirto`): the place is named after the body, or shares its name, and the shared README lists no
    body named only inside a venue's name. The body stays where the article names it elsewhere."""
    return (start > 0 and texts[start - 1] in _LOCAL_PREFIXES) or any(s < start and end <= e for s, e in places)


def _bare_unit_type(m: InstitutionMention) -> bool:
    """A police unit type written alone, with no command, region or number (`satu kompi Brimob`, `anggota
    Satlantas`, `Unit Samapta`; gold S24): a unit every command has, so no particular body. The whole written name
    is a form of a `bare_unit_types` row of the table, or such a row as written."""
    if m.place_text or m.head is not None:
        return False
    name = m.name.lower()
    return name in _BARE_TYPES or any((info.acronym or "").lower() in _BARE_TYPES
                                      for info in institution_table().get(m.name))


def _bare_sub_unit(m: InstitutionMention) -> bool:
    """A sub-unit's head word (gold S4's list: `Biro`, `Divisi`, `Unit`, `Bidang` ...) and ordinary words only, with no
    body, region or acronym of its own (`Biro Hukum`, `Divisi Pajak`, `Unit Gawat Darurat`): a sub-unit every body
    has, so no particular body (as a bare unit type, gold S24); a table body, or a longer name, stays."""
    words = m.name.split()
    return 2 <= len(words) <= 3 and words[0] in _SUB_UNIT_HEADS and m.acronym is None and not m.place_text \
        and m.region is None and m.head is None and not institution_table().get(m.name) \
        and all(w.islower() or is_common_word(w) for w in words[1:])


def _task_force(m: InstitutionMention) -> bool:
    """`Satgas Pamtas RI-RDTL Yonif 999/X`, `Satgas Pangan Polda X`, `Satuan Tugas Y`: a task force's name, standing
    or ad hoc, is no institution (gold S1); the unit written inside it is its own mention."""
    return any(m.name == head or m.name.startswith(f"{head} ") for head in _TEAM_HEADS)


def _missions_by_city(mentions: list[InstitutionMention]) -> dict[str, int]:
    """How many missions abroad of each table body the mentions name by their city (`KBRI Riyadh`, `KJRI Toronto`:
    the rows that take a `city`)."""
    cities: dict[str, set[str]] = {}
    for m in mentions:
        if m.place_text and m.full_name and any("city" in info.takes for info in institution_table().get(m.acronym or "")):
            cities.setdefault(m.full_name, set()).add(m.place_text.lower())
    return {name: len(places) for name, places in cities.items()}


def _numbered_short_form(m: InstitutionMention, other: InstitutionMention) -> bool:
    """`Lantamal VI` beside `Lantamal VI Makassar`, `Kodim 1613` beside `Kodim 1613/Sumba Barat`: a body
    named by its number alone is the one the article names with the number and its region."""
    if m is other or m.acronym is None or m.acronym != other.acronym or not m.place_text:
        return False
    number = m.place_text.split()[0]
    return (number[:1].isdigit() or _ROMAN.match(number) is not None) and \
        other.name.startswith(m.name) and other.name[len(m.name):len(m.name) + 1] in (" ", "/")


def _bare_of_longer(m: InstitutionMention, other: InstitutionMention) -> bool:
    """A bare `Brimob` beside `Satbrimob Polda X` (`Satuan Brigade Mobil`): a unit of the table (`takes` a
    command) written bare, whose full name ends the full name of another mention with its command or region, is
    that unit (gold S59: one entry per body). A party beside its regional board stays (not a unit)."""
    return m is not other and not m.place_text and m.full_name is not None and bool(other.place_text or other.region) \
        and m.name in (m.acronym, m.full_name) and (other.full_name or "").endswith(" " + m.full_name) \
        and any("unit" in info.takes for info in institution_table().get(m.name))


def _after_post(lower: list[str], start: int) -> bool:
    """A post or a membership (`role_words.tsv` rows with a role, `holder_posts.tsv`) among the four words before a
    body's mention: only there a person's name may follow the body (`Manajer Proyek PT X Handoko`, `Komisaris PT X
    Y`), not in `Bank X Taspen juga hadir`. `lower`: the Doc's tokens' lowercase texts (`lower_texts`)."""
    return not _POSTS.isdisjoint(lower[max(0, start - 4):start])


def _holder_after(m: InstitutionMention, other: InstitutionMention) -> bool:
    """`PT Angkasa Pura I Sujiastono`, `anggota Laskar Nusantara Yeni` beside `PT Angkasa Pura I`, `Laskar
    Nusantara`: a body the article names elsewhere, written again after a post (`_after_post`) and before its
    holder's or member's name with no comma (`Project Manager NYIA PT Angkasa Pura I Sujiastono mengatakan`), is
    that body; the one to three capitalised words after it are the person's name, not a place (no region, no level word) nor a legal form."""
    if m is other or len(other.name.split()) < 2 or not m.name.startswith(other.name + " "):
        return False
    tail = m.name[len(other.name) + 1:].split()
    return len(tail) <= 3 and all(_name_word(w) for w in tail) and not gazetteer().lookup(" ".join(tail)) \
        and not (m.place_text and tail[-1] in m.place_text.split())


def _name_word(word: str) -> bool:
    """A capitalised word that may be a person's: no ordinary or English word (`Indonesia`, `United`,
    `Pictures`), no level word, no word a body's name ends with (`Group`), no table body."""
    return word[:1].isupper() and word[1:].islower() and word not in _PREFIXES and not is_common_word(word) \
        and word.lower() not in _ENGLISH and word not in _NAME_ENDS and not institution_table().get(word)


def _parentless_short_form(m: InstitutionMention, other: InstitutionMention) -> bool:
    """`Ditjen TP` beside `Ditjen TP Kementerian Pertanian` (introduced `Ditjen Tanaman Pangan (TP) Kementerian
    Pertanian`): the head and the acronym written again without the parent body are the body the article
    introduced with it."""
    if m is other or m.acronym is not None or other.acronym is None or m.full_name != m.name:
        return False
    words = m.name.split()
    return len(words) == 2 and words[1] == other.acronym and other.name.startswith(m.name + " ")


def _table_form(m: InstitutionMention) -> bool:
    """The mention is a one-word form the table gives its body (`Ditpolair` of the Ditpolairud), with no place."""
    return not m.place_text and " " not in m.name and any(
        info.full_name == m.full_name for info in institution_table().get(m.name))


def _table_name(m: InstitutionMention) -> str | None:
    """The table's full name of the body whose form the text defines as its own acronym with other words
    (`Direktorat Polisi Air (Ditpolair) Polda X`, where the table has `Ditpolair` as a form of the Ditpolairud),
    when the table has one body of that form and its full name opens with the same head word: the defined and
    the table's mentions (`Ditpolair Polda X`, a bare `Ditpolair`) are one body. Else None."""
    if m.acronym is None or m.full_name is None:
        return None
    rows = institution_table().get(m.acronym)
    if len(rows) != 1 or rows[0].full_name == m.full_name or rows[0].full_name.split()[0] != m.full_name.split()[0]:
        return None
    return rows[0].full_name


def _base_name(m: InstitutionMention) -> str:
    """The body's name without the region it is named after and that region's prefix (`Kepolisian
    Daerah Jateng`, `Dewan Perwakilan Rakyat Daerah Kabupaten Pati`): with the region's code it
    tells the short and the long forms of one body apart from other bodies (`Polda Jateng` is
    `Polda Jawa Tengah`, `DPRD Pati` is `DPRD Kabupaten Pati`)."""
    base = _table_name(m) or m.full_name or m.name
    if m.place_text and base.endswith(f" {m.place_text}"):
        base = base[: -len(m.place_text)]
    words = base.split()
    if words and words[-1] in _PREFIXES:
        words.pop()  # the region's prefix, or the level a body's own name ends with (`... Nasional Provinsi`)
    return " ".join(words).lower()


_NATIONAL = frozenset({"ri", "republik indonesia", "indonesia", "pusat"})


def _body(m: InstitutionMention) -> tuple:
    """What identifies the body a mention names: its table name with its region, or with the
    qualifier written after it (a national one, `RI`, names the body itself)."""
    if m.full_name is None:
        return (m.name.lower(),)
    if m.region is not None:
        return (_base_name(m), m.region.code)
    place = (m.place_text or "").lower()
    words = place.split()
    if len(words) > 2 and words[0] in _GRADE_WORDS:
        place = " ".join(words[2:])  # "Rutan Klas IIB X" and "Rutan X": one prison
    return (" ".join(f"{m.full_name} {place if place not in _NATIONAL else ''}".lower().split()),)
