"""`polsek_officers`: ranks, positions, units and names of Polri and TNI members.

Reads, around every rank and every post found by the phrase tables:

    [POST [UNIT]] [,] RANK [SUFFIX...] [HONORIFIC] NAME [, TITLES] [(AGE)] [, POST [UNIT]]

`Kapolres Purwakarta, AKBP Lilik Ardiansyah` gives rank AKBP, post Kapolres, unit Polres
Purwakarta. A post with no rank and no name (`Kapolsek Ciampea`) is an unnamed officer. Civil
posts (`Bupati Purwakarta Anne Ratna Mustika`) give persons with a role, not officers.
Each mention goes to `doc.spans["officers"]`; each name to `doc.spans["persons"]`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

if not Doc.has_extension("post_tokens"):
    # token indices of ranks, rank suffixes and post titles: never part of a name or an institution
    Doc.set_extension("post_tokens", default=None)
if not Doc.has_extension("post_phrases"):
    # token indices of whole post phrases with their place (Camat Cibinong): never a person
    Doc.set_extension("post_phrases", default=None)
if not Doc.has_extension("command_phrases"):
    # the same for police and military posts only (Kapolres Cimahi): their place is no place of
    # its own either, while a civil post's region is (Gubernur Jawa Barat)
    Doc.set_extension("command_phrases", default=None)

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import add_token_span, flagged_tokens, group, span_text, token_texts
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.lexicon import (
    Position,
    Rank,
    positions,
    post_titles,
    rank_suffixes,
    ranks,
    speech_verbs_after_name,
)
from polsek_nlp.knowledge.phrases import (
    COUNTRY_INITIALS,
    countries,
    institution_table,
    org_heads,
    organisations,
    world_cities,
)
from polsek_nlp.knowledge.temporal import calendar_word, temporal_words
from polsek_nlp.knowledge.words import word_list, word_set
from polsek_nlp.lang.wordflags import word_set_flag
from polsek_nlp.recognize.names import (
    MAX_NAME_TOKENS,
    NameSpan,
    caps_name,
    given_names,
    is_common_word,
    is_ministry_acronym,
    is_name_text,
    is_name_token,
    is_roman_number,
    not_names,
    read_name,
)
from polsek_nlp.recognize.organisations import is_place_name
from polsek_nlp.recognize.places import venue_heads
from polsek_nlp.recognize.quantities import number_words
from polsek_nlp.recognize.typos import common_or_slip, rank_slip
from polsek_nlp.recognize.units import (
    ADMIN_WORDS,
    COMMAND_WORDS,
    headline_clause_word,
    place_qualifier,
    post_at,
    unit_after,
    unit_run_before_rank,
    verb_shape,
)

# words after which a rank word is part of a name (Jalan Jenderal Sudirman, Direktur Jenderal)
_NOT_AFTER = word_set("rank_not_after")
_EPONYM_SITES = word_set("eponym_site_nouns")  # Patung, Jembatan, Masjid: a site named after a hero (with guards)
_HERO_BEFORE = word_set("hero_cues", "where", "before")  # meneladani, pahlawan: a common rank after them is a hero's
_HERO_AFTER = word_set("hero_cues", "where", "after")  # (Jenderal X adalah) pahlawan: after the name
_GRADE_WORDS = word_set("grade_words")  # Kelas, Klas: an office's grade before its region (Lapas Kelas IIA X)
_COUNTING = word_set("rank_quantifiers")  # para, sejumlah: officers of a rank counted, no name
_NAME_CUES = word_set("rank_name_cues", "where", "after")  # berinisial, bernama: the name after them is the rank's
_RANK_PREDICATES = word_set("rank_name_cues", "where", "before")  # berpangkat: the name may follow the rank's comma
_POST_CUES = word_set("post_cues")  # selaku, sebagai: the post after them is the named person's
_DIRECT_POST_CUES = word_set("post_cues", "direct")  # selaku, sebagai: also with no rank
_AGENT_CUES = word_set("post_cues", "agent")  # dipercaya, dilantik: the post right after is the agent's
_STATE_HEADS = word_set("state_heads")  # Presiden, Wapres: the initials after them are the person's
_FORMER = word_set("former_words")  # mantan, eks: a former post is no current post
_PERSON_NOUNS = word_set("initial_cues")  # istri, ayah, warga, tersangka: a noun of a person before a name
_PROMOTIONS = tuple(tuple(w.split()) for w in word_list("promotion_cues", "kind", "cue"))  # naik pangkat
_PROMOTION_LINKS = word_set("promotion_cues", "kind", "link")  # menjadi, ke: the new rank after them
_PROMOTION_GAPS = word_set("promotion_cues", "kind", "between")  # yang, kini, resmi: between the name and the cue
_ACTING = word_set("acting_markers")  # Plt, Plh, Pjs: an acting holder, the marker kept in the position as written
# PLH -> (pelaksana, harian): an acting marker's short form in capitals -> its full form's words, lowercased
_ACTING_IN_FULL = {row["marker"]: tuple(row["word"].lower().split()) for row in read_table("words/acting_markers_in_full.tsv")}
_PAST_WORDS = word_set("former_time_words", "kind", "past")  # sebelumnya, pernah: a former post, by a name before it
_TERM_WORDS = word_set("former_time_words", "kind", "year")  # 2019 hingga 2021: a former term
_THEN = word_set("former_time_words", "kind", "then")  # saat (itu): the post held then
_YEAR = re.compile(r"(?:19|20)\d\d")
_DOTTED_LETTERS = re.compile(r"[A-Z](?:[. ][A-Z]){2,}\.?")  # `A.K.B.P.`, `A K B P`: a rank's capitals one by one
_MEMBERSHIP = word_set("member_cues", "cue")  # dari, anggota: the command after is the one the person is of
_MEMBER_NOUNS = _MEMBERSHIP - word_set("handover_cues", "kind", "from")  # anggota, oknum: no `dari`, a place's too
_NAMED_NOUN_WORDS = 6  # words of the noun before `bernama` (`seorang anggota Kodim 0611/Garut`)
_NOUN_ONLY = word_set("handover_cues", "kind", "held_noun") | word_set("handover_cues", "kind", "handed_noun")
_HELD = word_set("handover_cues", "kind", "held") | word_set("handover_cues", "kind", "held_noun")  # dijabat, diemban
_HELD_LINKS = _HELD | word_set("handover_cues", "kind", "link")  # kini, resmi, oleh: beside them
# diserahterimakan dari Y kepada Z: the post is Z's
_HANDED = word_set("handover_cues", "kind", "handed") | word_set("handover_cues", "kind", "handed_noun")
_CLAUSE_OPENERS = word_set("handover_cues", "kind", "opener")  # adapun, sedangkan: a held post still opens its clause
_POST_NOUNS = word_set("handover_cues", "kind", "post_noun")  # jabatan, posisi: the post written after is handed
_HANDED_TO = word_set("handover_cues", "kind", "to")  # kepada, ke
_CHANGED = word_set("handover_cues", "kind", "changed")  # (Jabatan X resmi) berganti: a post changed hands
_REPLACING = word_set("handover_cues", "kind", "replacing")  # (AKBP Y) menggantikan (AKBP Z): the new holder
_HANDED_FROM = word_set("handover_cues", "kind", "from")  # dari
_REPLACED = word_set("handover_cues", "kind", "replaced")  # digantikan (oleh): the post goes to the agent
_PASSED_ON = _REPLACED | _HANDED  # after a post's outgoing holder: his post goes to the officer named next
_CHANGE_WORDS = tuple(tuple(w.split()) for w in word_list("handover_cues", "kind", "change"))  # sertijab, mutasi
_LIST_JOINS = word_set("coordination_words")  # dan, serta: a list goes on (its last member joined)
_HOLDER_CLAUSE = word_set("handover_cues", "kind", "clause")  # yang
_OBJECT_OF = word_set("post_qualifiers", "kind", "object")  # ke, kepada: a qualified post after them is their object
_QUALIFIERS = word_set("post_qualifiers") - _OBJECT_OF  # setempat, yang baru: which holder of the post the name after is
_QUALIFIER_LINKS = word_set("post_qualifiers", "kind", "link")  # yang: only with another word
_PASSIVE_QUALIFIERS = word_set("post_qualifiers", "kind", "passive")  # dilantik: its agent follows, but after a comma
_CLAIMS = word_set("claim_cues", "where", "before")  # menyamar, berpura-pura: a post an impostor claims
_LINKED_CLAIMS = word_set("claim_cues", "where", "claim")  # mengaku: a claim only with sebagai, menjadi
_CLAIM_LINKS = word_set("claim_cues", "where", "link")  # sebagai, menjadi: what is claimed follows
_CLAIM_GAPS = word_set("claim_cues", "where", "between") | _CLAIM_LINKS  # between the claim and the post
_FALSE = word_set("claim_cues", "where", "after")  # gadungan, palsu: the post written after is false
_FORCE_WORDS = {row: force for force in ("Polri", "TNI", "-") for row in word_set("force_words", "force", force)}
# Humas: a command's function written bare as its officer's post (`Humas Polres X AKP Y`), with the kind of command
_BARE_POSTS = {row["word"]: (row["full"], row["kind"]) for row in read_table("words/bare_posts.tsv")}
_OFFICE_COMMANDS = {row["word"]: row["command"] for row in read_table("words/office_commands.tsv")}  # Pendam: Kodam
# Kepala Unit: a post spelled out that is one only before a sub-unit's number, and the table post it is
_NUMBERED_POSTS = {tuple(row["word"].split()): row["post"] for row in read_table("words/numbered_posts.tsv")}
_STATUS_POSTS = word_set("status_posts")  # Pamen: a post only with its command after it, else the rank class
_DEPUTY = word_set("deputy_words")  # Wakil: the deputy of a post the table has no deputy form of
MAX_SUB_UNIT_WORDS = 8  # words of sub-units spelled out after a police post, before its command
MAX_NAME_WITH_RANK_WORD = 3  # words of a name with another force's rank word inside (`Agung Mayor Saputra`)
MAX_PORTFOLIO = 6  # words of a portfolio: "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
# verbs of saying after a post and one name word make that word a name (Kapolsek Ciampea Budi mengatakan)
SPEECH_VERBS = speech_verbs_after_name(("say",))
_COMMAND_WORD = word_set_flag(COMMAND_WORDS)  # (all capitalised)
_DIRECTIONS = word_set("directions")  # a name ending in one is a place's (Jakarta Selatan)
_SUB_UNIT_WORDS = word_set("sub_unit_words")  # Subdit, Unit, Seksi: a sub-unit, no holder's name
_REGION_LEVELS = word_set("admin_words", "region")  # "X, Kabupaten Y": X is the smaller place of an address
_AREA_LEVELS = 3  # Desa, Kecamatan, Kabupaten: the levels of a member's area written before his command
_UNIT_NUMBER = re.compile(r"(?:[IVX]{1,4}|\d{1,2})$")  # the number of a sub-unit: Subdit III, Unit 2


@dataclass
class PositionPhrase:
    start: int
    end: int  # token after the qualifier
    surface: str
    info: Position
    unit: str | None
    reach: int | None = None  # a member's address written on after the phrase (`, Kecamatan Y,`): the holder's rank may
    # follow it, but its words stay the places' (no part of the phrase)


@dataclass
class OfficerMention:
    name: str | None
    rank: str | None = None
    rank_full: str | None = None
    rank_class: str | None = None
    force: str | None = None
    position: str | None = None
    unit: str | None = None
    titles: list[str] = field(default_factory=list)
    age: int | None = None
    civil: bool = False


@dataclass
class PersonMention:
    """A personal name in the text, with what the text says about the person there."""

    name: str
    role: str | None = None
    officer: OfficerMention | None = None
    titles: list[str] = field(default_factory=list)
    age: int | None = None
    source: str = "officer"
    aliases: list[str] = field(default_factory=list)


def _post_info(form: str) -> Position:
    """The table's post of a form, a numbered post's spelled-out form (`Kepala Unit`) included."""
    infos = positions().get(form)
    return infos[0] if infos else positions().get(_NUMBERED_POSTS[tuple(form.split())])[0]


def _numbered_post_hits(doc: Doc, pos_hits: list) -> list:
    """`pos_hits` with the numbered posts spelled out (`Kepala Unit 5 Subdirektorat ...`) that no form of the
    table covers: words of `data/words/numbered_posts.tsv` before a sub-unit's number."""
    if not _NUMBERED_POSTS:
        return pos_hits
    covered = {k for s, e, _ in pos_hits for k in range(s, e)}
    texts = token_texts(doc)
    extra = []
    for words in _NUMBERED_POSTS:
        n = len(words)
        starts = (s for s in range(len(texts) - n) if texts[s] == words[0])  # the first word before the slice
        for s in starts:
            if tuple(texts[s:s + n]) == words and _UNIT_NUMBER.match(texts[s + n]) and s not in covered:
                extra.append((s, s + n, " ".join(words)))
    return sorted(pos_hits + extra) if extra else pos_hits


def _position_phrase(doc: Doc, s: int, e: int, form: str, blocked: set[int]) -> PositionPhrase:
    info = _post_info(form)
    if form.endswith("."):  # "kata Kapolsek. Ia ...": the full stop ends the sentence and the post
        return _closed_post(doc, s, e, form, info, blocked)
    unit, reach = None, None
    if info.scope == "sub" and info.force != "civil" and e < len(doc) and _UNIT_NUMBER.match(doc[e].text):
        form, e = f"{form} {doc[e].text}", e + 1  # "Kasubdit III", "Kanit Idik 2": the numbered sub-unit's post
    end = e
    k, command, words = _command_after(doc, e, blocked, info)
    if command:
        end, unit = k, command
        form = " ".join([form, *(t.text for t in doc[e:words])])  # "Kasubdit Pembinaan dan Penegakan Hukum"
    elif info.scope in ("sub", "deputy") and info.force == "Polri" and e < len(doc) and e not in blocked:
        end, unit = _command_place(doc, e, blocked, info)
    elif info.scope in ("head", "deputy") and info.unit and info.force != "civil":
        end, unit = _head_unit(doc, s, e, blocked, info)
    elif info.scope == "member" and info.force != "civil":
        end, unit, reach = _assigned_area(doc, e, blocked)
    elif info.force == "civil":
        end, unit = _civil_post(doc, s, e, blocked, info)
    end = _over_parent(doc, end, blocked, info, unit)
    if unit is None and info.force != "civil":
        form, unit = _body_in_post(doc, s, e, form, blocked)
    unit = _national_unit(doc, s, e, info, unit)
    surface = info.position if form.startswith("Kasat Sat") else form  # "Kasat Satlantas" = Kasat Lantas
    if info.force != "civil" and surface == span_text(doc, s, e):
        surface, unit = _without_force_body(doc, s, e, surface, unit)
    s, surface = _deputy_of(doc, s, surface, blocked)
    s, surface = _acting_marker(doc, s, surface, info)
    return PositionPhrase(s, end, surface, info, unit, reach if reach is not None and reach > end else None)


def _acting_marker(doc: Doc, s: int, surface: str, info: Position) -> tuple[int, str]:
    """The police or military post at `s` with the acting marker written right before it (`Plt Kapolres`, `Plh. Kasat
    Lantas`, `Pjs. Kapolsek`: the tokenizer keeps the stop on some and splits it off others): where the phrase starts
    and its surface. A civil post is left as it is (no officer's)."""
    k = s - 1 if s > 1 and doc[s - 1].text == "." and not doc[s - 2].whitespace_ else s
    if info.force != "civil" and k > 0 and doc[k - 1].text.rstrip(".") in _ACTING:
        return k - 1, f"{span_text(doc, k - 1, s)} {surface}"
    if info.force != "civil" and (opened := _acting_in_full(doc, s)) is not None:
        return opened[0], f"{opened[1]} {surface}"
    return s, surface


def _acting_in_full(doc: Doc, s: int) -> tuple[int, str] | None:
    """`Pelaksana Harian (Plh) Kapolsek X`, `Pelaksana Tugas (Plt.) Kasat Reskrim`: the acting marker written in full
    with its short form in brackets right before the post at `s`; where the full form starts and the short form as
    written (the one kept, as the bare marker is, its stop too)."""
    if s < 4 or doc[s - 1].text != ")":
        return None
    m = s - 3 if doc[s - 2].text == "." else s - 2  # `(Plh.)`: the tokenizer may split the stop off
    marker = doc[m].text.rstrip(".")
    full = _ACTING_IN_FULL.get(marker.upper(), ())
    start = m - 1 - len(full)
    if not full or marker not in _ACTING or doc[m - 1].text != "(" or start < 0 \
            or tuple(t.lower_ for t in doc[start:m - 1]) != full:
        return None
    return start, span_text(doc, m, s - 1)


def _over_short_forms(doc: Doc, hits: list, phrases: list[PositionPhrase], blocked: set[int]) -> list[PositionPhrase]:
    """`Kepala Kepolisian Resor (Kapolres) Sukamaju AKBP X`, `Komandan Komando Distrik Militer (Dandim)
    0612/Tasikmalaya Letkol X`: a post written in full with its short form in brackets, the unit after the
    bracket. The post is the one written in full, with the unit the short form reads after the bracket, and
    its phrase runs to that unit's end (one mention, no second holder)."""
    out, skip = [], set()
    for n, ((_s, e, form), p) in enumerate(zip(hits, phrases, strict=True)):
        if n in skip:
            continue
        if n + 1 < len(hits) and hits[n + 1][0] == e and _staff_of(p, phrases[n + 1]):
            q = phrases[n + 1]  # "Asops Danlantamal V Kolonel X": the assistant of the commander of Lantamal V
            out.append(PositionPhrase(p.start, q.end, form, p.info, q.unit))
            skip.add(n + 1)
            continue
        if p.end == e and p.unit is None and n + 1 < len(hits) and e + 1 < len(doc) and doc[e].text == "(":
            s2, e2, f2 = hits[n + 1]
            if s2 == e + 1 and e2 < len(doc) and doc[e2].text == ")" and phrases[n + 1].info.position == p.info.position:
                q = _position_phrase(doc, s2, e2 + 1, f2, blocked)  # the short form as if the bracket were not there
                if q.start == s2 and q.unit is not None and q.end > e2 + 1:
                    out.append(PositionPhrase(p.start, q.end, _short_surface(p.surface, form, f2), p.info, q.unit))
                    skip.add(n + 1)
                    continue
        out.append(p)
    return out


def _short_surface(surface: str, written: str, short: str) -> str:
    """The post of `Kepala Satuan Lalu Lintas (Kasat Lantas) Polres X`: the short form in the bracket, as the genre
    gold of rounds 5, 10 and 11 writes it (`Wakasat Reskrim`, `Pasiops`, `Dirresnarkoba`), an acting marker or a
    deputy's word written before the full form kept (`Plt Kasat Reskrim`)."""
    return surface[: -len(written)] + short if surface.endswith(written) else surface


def _staff_of(p: PositionPhrase, q: PositionPhrase) -> bool:
    """`Asops Danlantamal V`, `Aster Kasdam Jaya`: a staff post of the force written right before its
    commander's post, which names the unit (the staff serve that command)."""
    return p.info.scope == "sub" and p.info.force in ("TNI", "Polri") \
        and p.info.unit in ("", "-") and q.info.scope in ("head", "deputy") and q.info.force == p.info.force \
        and q.unit is not None


def _national_unit(doc: Doc, s: int, e: int, info: Position, unit: str | None) -> str | None:
    """The unit of a post of the force's headquarters: a post whose words end in a national body,
    its command written after it (`Kepala Bareskrim Mabes Polri`), is that body's with its command
    (`Bareskrim Mabes Polri`, as `Direktur ... Bareskrim Mabes Polri`); a headquarters sub-post
    written with no command (`Irwasum Komjen X`; its table name ends in `Polri` or `TNI`) is the
    force's. Else `unit`."""
    if info.force not in ("Polri", "TNI"):
        return unit
    if unit is None:
        return info.force if info.scope == "sub" and (
            info.full.endswith(" " + info.force) or info.unit == info.force) else None
    if unit.split()[-1] == info.force and unit.split()[0] in ("Mabes", info.force):
        ends = _affiliations(doc)["institution"]
        for k in range(s + 1, e):
            if ends.get(k) == e and _national_body(doc, k, e) and not _force_body(doc, k, e):
                return f"{span_text(doc, k, e)} {unit}"
    return unit


def _without_force_body(doc: Doc, s: int, e: int, surface: str, unit: str | None) -> tuple[str, str | None]:
    """`Panglima TNI`, `Irwasum Polri`, `Panglima Tentara Nasional Indonesia`: a post written with
    its force's own body is the post without it (the post without its unit, as the annotation rules
    want) and the body as written is its unit; not the spelled-out `Kepala Kepolisian Negara
    Republik Indonesia` (Kapolri), whose body is all the post names."""
    ends = _affiliations(doc)["institution"]
    for k in range(s + 1, e):
        if ends.get(k) == e and any(i.acronym in ("TNI", "Polri") for i in _force_bodies(doc, k, e)):
            head = span_text(doc, s, k)
            return (surface, unit) if head.lower() in ("kepala", "wakil kepala") else (head, span_text(doc, k, e))
    return surface, unit


def _head_unit(doc: Doc, s: int, e: int, blocked: set[int], info: Position) -> tuple[int, str | None]:
    """The unit of a police or military head (or deputy) post [s, e) and where its phrase ends:
    the national body (`Kapolri`; as the post writes it: `Kepala Staf Angkatan Darat` -> `Angkatan
    Darat`), the unit word with the place or number after it (`Kapolres Bogor`, `Dandim 0621`), or
    the one national command the post heads (`Pangkostrad`)."""
    if info.unit in ("Polri", "TNI") or info.unit.startswith(("Polri", "TNI")):
        ends = _affiliations(doc)["institution"]
        k = next((k for k in range(s + 1, e) if ends.get(k) == e and _force_bodies(doc, k, e)), None)
        return e, span_text(doc, k, e) if k is not None and not _force_body(doc, k, e) else info.unit
    k = _joined_place_end(doc, place_qualifier(doc, e, blocked), blocked)
    if k > e:  # "Kapendam XII/Tanjungpura": the office's command (`office_commands.tsv`)
        return k, f"{_OFFICE_COMMANDS.get(info.unit, info.unit)} {span_text(doc, e, k)}"
    if any(i.level == "national" and i.kind in ("police", "military") for i in institution_table().get(info.unit)):
        return e, info.unit
    return e, None


def _joined_place_end(doc: Doc, k: int, blocked: set[int]) -> int:
    """`Kapolres Pulau Ambon dan Pulau-Pulau Lease AKBP X`, `Kapolres Pangkajene dan Kepulauan AKBP Y`: a command's
    region whose name holds a lowercase `dan` runs on over it when the words after `dan` are capitalised, no post's,
    and a rank or post (the holder's) follows them right away or after a comma; else `k` (`Kapolres X dan Dandim
    Y`, `Kapolres X dan Bupati Y`: two posts; `Kapolres X dan Forkopimda Y, AKBP Z`: a body, no region's word)."""
    if k + 2 >= len(doc) or doc[k].text != "dan" or k in blocked or post_at(doc, k + 1):
        return k
    q = place_qualifier(doc, k + 1, blocked, whole=True)
    held = post_at(doc, q) or q + 1 < len(doc) and doc[q].text == "," and post_at(doc, q + 1)
    clause = any(headline_clause_word(doc[x].lower_, shapes=False) for x in range(k + 1, q))
    body = any(x in _affiliations(doc)["institution"] for x in range(k + 1, q))  # `dan Forkopimda X`: a second party
    return q if q > k + 1 and held and not clause and not body else k


def _body_in_post(doc: Doc, s: int, e: int, form: str, blocked: set[int]) -> tuple[str, str | None]:
    """`Kepala Korps Lalu Lintas Polri`: a post written with its whole police or military body is
    that body's post; the post keeps no national command word (`Kepala Korps Lalu Lintas`), the
    unit is the body (`Korps Lalu Lintas Polri`)."""
    if e - s < 3 or doc[e - 1].text not in COMMAND_WORDS:
        return form, None
    ends = _affiliations(doc)["institution"]
    for k in range(s + 1, e - 1):
        if ends.get(k) in (e, e - 1) and _police_body_at(doc, k):
            return span_text(doc, s, e - 1), span_text(doc, k, e)
    _k, command = unit_after(doc, e - 1, blocked)
    return (span_text(doc, s, e - 1), command) if command else (form, None)  # "Inspektur Pengawasan Umum Polri"


def _assigned_area(doc: Doc, e: int, blocked: set[int]) -> tuple[int, str | None, int | None]:
    """`Bhabinkamtibmas Desa Sukamaju Polsek Cikalong Bripka X`, `Babinsa Kelurahan Y Koramil 04/Z
    Serda W`: the village a member post is assigned to is part of its phrase (no unit of its own),
    the command written after it his unit, also after the village's higher levels (`Desa X Kecamatan Y Polsek Z`,
    `Desa X, Kecamatan Y, Polsek Z`); (`e`, None, None) when no village is written there. The third: where the
    address's higher levels end when no command follows them (`Desa X, Kecamatan Y, Bripka W`), else None."""
    if e >= len(doc) or doc[e].text not in _REGION_LEVELS or e in blocked:
        return e, None, None
    k = place_qualifier(doc, e + 1, blocked)
    level, address_end = e, k
    for _ in range(_AREA_LEVELS):  # `Desa X Kecamatan Y Polsek Z`: the village's address runs on to the command
        # the words the gazetteer knows, then (a village it knows not all of) the whole run, where a command follows
        # it; each end read once (the first level's known end is `k`)
        known = k if level == e else place_qualifier(doc, level + 1, blocked)
        run = place_qualifier(doc, level + 1, blocked, whole=True)
        for at in dict.fromkeys((known, run)):  # the same end twice finds the same command
            end, command = unit_after(doc, _past_comma(doc, at, blocked), blocked)
            if command:
                return end, command, None
        if level > e and run > level + 1:  # `Desa X, Kecamatan Y, Bripka W`: the rank may follow the higher levels
            address_end = run
        following = _past_comma(doc, run, blocked)
        if run == level + 1 or following >= len(doc) or doc[following].text not in _REGION_LEVELS \
                or following in blocked:
            break
        level = following
    return (e, None, None) if k == e + 1 else (k, None, address_end)


def _over_address(phrase: PositionPhrase, s: int) -> bool:
    """Whether the member's post `phrase` reaches the rank at `s` over its address's higher levels."""
    return phrase.reach is not None and phrase.end < s and s - phrase.reach in (0, 1)


def _past_comma(doc: Doc, i: int, blocked: set[int]) -> int:
    """The token after a comma at `i` (`Desa X, Kecamatan Y`: the address's next level), else `i`."""
    return i + 1 if i + 1 < len(doc) and doc[i].text == "," and i not in blocked else i


def _command_place(doc: Doc, e: int, blocked: set[int], info: Position) -> tuple[int, str | None]:
    """`Kasat Satlantas Purwakarta`: a sub-unit post followed by its command's place; where the
    place ends and the command, or (`e`, None)."""
    q = place_qualifier(doc, e, blocked)
    of_command = info.scope == "deputy" and bool(info.unit) and info.unit.startswith("Pol")
    if q > e and (gazetteer().lookup(span_text(doc, e, q)) or unit_run_before_rank(doc, e, q)
                  or of_command and _level_run_before_rank(doc, e, q)):
        parent = "Polda" if info.position.startswith(("Dir", "Wadir", "Kabid", "Karo", "Irwasda")) else "Polres"
        if of_command:
            parent = info.unit  # "Wakapolda Metro Jaya": the deputy of the Polda, not of a Polres
        return q, f"{parent} {span_text(doc, e, q)}"
    return e, None


def _level_run_before_rank(doc: Doc, e: int, q: int) -> bool:
    """The deputy of a command followed by its place and a rank (`Wakapolres Serang Kota Kompol X`): the words
    [e, q) are the command's place, a region's level word among them (`Kota`) though a headline's clause may hold
    it; no other word of a clause (`Wakapolres Bersama Kasat Lantas AKP X`, `Wakapolres Dampingi Kapolda ...`)."""
    return post_at(doc, q) and not any(headline_clause_word(doc[x].lower_) and doc[x].text not in _REGION_LEVELS
                                       for x in range(e, q))


def _closed_post(doc: Doc, s: int, e: int, form: str, info: Position, blocked: set[int]) -> PositionPhrase:
    """A post written with a full stop after it: nothing after the stop belongs to it; a national
    head post keeps its body (`Kapolri.` -> Polri)."""
    national = info.scope in ("head", "deputy") and info.force != "civil" and info.unit in ("Polri", "TNI")
    s, surface = _deputy_of(doc, s, form.rstrip("."), blocked)
    return PositionPhrase(s, e, surface, info, info.unit if national else None)


def _deputy_of(doc: Doc, s: int, surface: str, blocked: set[int]) -> tuple[int, str]:
    """`Wakil Ketua DPR`: the deputy of a post the table has no deputy form of starts at `Wakil`."""
    if s > 0 and doc[s - 1].text in _DEPUTY and s - 1 not in blocked:
        return s - 1, f"{doc[s - 1].text.title()} {surface}"
    return s, surface


def _former(doc: Doc, p: PositionPhrase) -> bool:
    """The post is written as a former one (`mantan Kapolda X`, `eks Pangdam Y`), or as the one a holder named before
    it held then (`AKBP Y yang saat itu menjabat Kapolres X`: s30off). `Kasat Reskrim Polres X saat itu, AKP Y` keeps
    the post (s24b: the time told qualifies which holder the post means; the genre gold reads that shape both ways)."""
    if p.start > 0 and doc[p.start - 1].lower_ in _FORMER:
        return True
    k = p.start
    while k > 0 and p.start - k < 3 and doc[k - 1].lower_ in _POST_CUES and doc[k - 1].lower_ != "yang":
        k -= 1
    return k < p.start and _then_at(doc, k - 2)


def _then_at(doc: Doc, k: int) -> bool:
    """`saat itu`, `ketika itu`, `waktu itu` at token `k`: "at that time" (former_time_words.tsv, `then`)."""
    return 0 <= k < len(doc) - 1 and doc[k].lower_ in _THEN and doc[k + 1].lower_ == "itu"


def _claimed(doc: Doc, s: int, e: int) -> bool:
    """The post or rank at [s, e) is one an impostor claims (`mengaku sebagai Kanit Reskrim`, `menyamar
    menjadi anggota`, `Kapolsek gadungan`), no one's post; `mengaku` with no link word between (`Warga
    mengaku Kapolsek X sudah datang`) only reports what someone says."""
    if e < len(doc) and doc[e].lower_ in _FALSE:
        return True
    k = s - 1
    linked = False
    while k >= 0 and s - k <= 5 and doc[k].lower_ in _CLAIM_GAPS:
        linked = linked or doc[k].lower_ in _CLAIM_LINKS
        k -= 1
    return k >= 0 and (doc[k].lower_ in _CLAIMS or linked and doc[k].lower_ in _LINKED_CLAIMS)


def _rank_class(doc: Doc, phrase: PositionPhrase) -> bool:
    """A post that is also a class of rank (`status_posts.tsv`: `Pamen`) read as the class: no command after it (`Pamen
    dan Pama`), or counted before it (`para Pamen Polda X`, `40 Pamen Polda X`, `tiga Pamen Polda X`)."""
    if phrase.info.position not in _STATUS_POSTS:
        return False
    s = phrase.start
    # the bare digit too: `_counted` declines a number after a capitalised word (a unit's number), `Sebanyak 40 Pamen`
    return phrase.unit is None or _counted(doc, s) or s > 0 and doc[s - 1].text.isdigit()


def _name_word_post(doc: Doc, p: PositionPhrase, phrases: list[PositionPhrase], blocked: set[int]) -> bool:
    """A post of a sub-unit or a member (`Kaden`, `Paur`, `Banit`: its unit is written after it) that is also a given
    name, read as the name's first word: one word in title case with no unit after it, before a capitalised word no
    rank or post takes and no sub-unit's name is (`Banit Binmas`), with no rank right after it (`Banit Binmas Aipda
    X`: the post is the ranked holder's), in a slot of a name (after a naming cue, `bernama Paur Sitompul`, or in an
    apposition after another post, `Ketua PN X, Kaden Prasetyo,`)."""
    s, e = p.start, p.end
    if e != s + 1 or p.info.scope not in ("sub", "member") or not doc[s].text.istitle() or e >= len(doc):
        return False
    if e in blocked or not doc[e].text.isalpha() or not doc[e].text[:1].isupper() or doc[e].text in sub_unit_names():
        return False
    if any(k in blocked for k in range(e + 1, min(e + 3, len(doc)))):
        return False
    before = doc[s - 1].lower_ if s > 0 else ""
    return before in _NAME_CUES or before == "," and any(q.end == s - 1 for q in phrases if q is not p)


def _counted(doc: Doc, s: int) -> bool:
    """A quantifier stands before the rank at `s` (`dua Jenderal`, `para Kombes`): officers counted,
    no rank and name."""
    if s == 0:
        return False
    prev = doc[s - 1].lower_
    if prev.isdigit():  # "2 Brigjen", not the number of a unit ("Kodim 0619 Letkol X")
        return s == 1 or not doc[s - 2].text[:1].isupper()
    if prev in number_words() and s > 1 and doc[s - 1].is_title and gazetteer().lookup(doc[s - 2:s].text):
        return False  # "Polres Kepulauan Seribu AKP X": the number word ends a place's name
    return prev in _COUNTING or prev in number_words()


def _command_after(doc: Doc, e: int, blocked: set[int], info: Position) -> tuple[int, str | None, int]:
    """The command named after a post ending at `e`, where it ends, and where the post's own
    words end; a police or military post's sub-unit may stand between (`Kanit Tipidter
    Satreskrim Polres X`), and so may the sub-unit's name spelled out in ordinary words
    (`Kasubdit Pembinaan dan Penegakan Hukum Polda X`, `Kepala Unit 5 Subdirektorat Kejahatan
    Wilayah Direktorat Tindak Pidana Umum Bareskrim`): those words are part of the post."""
    k, command = unit_after(doc, e, blocked)
    if command or info.scope not in ("sub", "member") or info.force == "civil":
        return k, command, e
    if info.scope == "member" and doc[e].text in _REGION_LEVELS:
        return e, None, e  # "Bhabinkamtibmas Desa X Polsek Y": the village is his area (`_assigned_area`), no post word
    k, command = _sub_unit_command(doc, e, blocked)
    if command:
        return k, _inside_sub_unit(doc, e, k, command, info), e
    last = max(_portfolio_end(doc, e, MAX_SUB_UNIT_WORDS), _sub_unit_names_end(doc, e))
    parents = _parent_levels()
    for p in range(e + 1, last + 1):
        if p < len(doc) and doc[p].text in parents and any(t.text in parents[doc[p].text] for t in doc[e:p]):
            # "Kepala Unit 5 Subdirektorat X Direktorat Y Bareskrim": the level that holds the sub-unit
            # read opens the parent unit, which runs to the command
            for q in range(p + 1, last + 1):
                k, command = _sub_unit_command(doc, q, blocked)
                if command:
                    return k, span_text(doc, p, k), p
        k, command = _sub_unit_command(doc, p, blocked)
        if command:
            return k, _inside_sub_unit(doc, p, k, command, info), p
    return e, None, e


def _inside_sub_unit(doc: Doc, at: int, k: int, command: str, info: Position) -> str:
    """The unit of a post written with a sub-unit and its command after it (`at` to `k`): a post inside that
    sub-unit sits in it, so the sub-unit with its command is the unit (`Kanit Jatanras Satreskrim Polres X` ->
    `Satreskrim Polres X`, `Kasubdit Gakkum Ditlantas Polda Y` -> `Ditlantas Polda Y`: the record rules' S18
    and S29); the head of the sub-unit written takes the command (`Kasat Reskrim Sat Reskrim Polres X` ->
    `Polres X`, as `Kasat Reskrim Polres X` does)."""
    sub = _sub_unit_end(doc, at)
    if sub == at or command != span_text(doc, sub, k) or _national_body(doc, at, sub):
        return command
    return command if _heads_the_sub_unit(span_text(doc, at, sub), info) else span_text(doc, at, k)


def _heads_the_sub_unit(written: str, info: Position) -> bool:
    """The post heads the sub-unit written after it: its row's unit is that sub-unit, spelled alike or as another form
    of the same institution (`Kasat Resnarkoba Satnarkoba`, `Dirpolairud Ditpolair`: the institutions table)."""
    if not info.unit:
        return False
    if written.replace(" ", "").lower() == info.unit.replace(" ", "").lower():
        return True
    return any(i.acronym == info.unit for i in institution_table().get(written))


@lru_cache(maxsize=1)
def _parent_levels() -> dict[str, frozenset[str]]:
    """A sub-unit level word -> the lower sub-units its unit holds (`Direktorat` -> `Subdit`,
    `Subdirektorat`; `data/words/sub_unit_words.tsv`, column `holds`)."""
    return {row["word"]: frozenset(split_cell(row["holds"])) for row in read_table("words/sub_unit_words.tsv")
            if row["holds"] not in ("", "-")}


def _sub_unit_names_end(doc: Doc, e: int) -> int:
    """The token after the sub-units written at `e` by their words, numbers and short names
    (`Subdit III`, `Unit II Subdit V`, `Jatanras`: `Kasubdit III Jatanras Ditreskrimum Polda X`,
    `Kanit II Subdit III Ditreskrimum Polda X`), or `e` when none is written there."""
    k, names = e, sub_unit_names()
    while k < len(doc) and k - e < MAX_SUB_UNIT_WORDS and (
            doc[k].text in _SUB_UNIT_WORDS or doc[k].text in names
            or k > e and doc[k - 1].text in _SUB_UNIT_WORDS and _UNIT_NUMBER.match(doc[k].text)):
        k += 1
    return k


@lru_cache(maxsize=1)
def sub_unit_names() -> frozenset[str]:
    """The short names of the sub-units that the table's police and military sub-posts are written
    with (`Jatanras` of `Kasubdit Jatanras`, `Tipidter` of `Kanit Tipidter`, `Lantas` of `Kasat
    Lantas`): the second word of a two-word form whose first word is a post of its own."""
    table = positions()
    out = set()
    for form, infos in table.entries.items():
        head, _, tail = form.partition(" ")
        if tail.isalpha() and tail[:1].isupper() and head in table and any(
                i.force != "civil" and i.scope in ("sub", "deputy") for i in infos):
            out.add(tail)
    return frozenset(out)


def _sub_unit_command(doc: Doc, e: int, blocked: set[int]) -> tuple[int, str | None]:
    """The command after the police or military sub-unit written at `e`, or the national body
    written there alone (`Bareskrim`, `Bareskrim Polri`, `Divisi Humas Polri`)."""
    sub = _sub_unit_end(doc, e)
    k, command = unit_after(doc, sub, blocked)
    if command and sub > e and _national_body(doc, e, sub):
        command = span_text(doc, e, k)  # "Bareskrim Mabes Polri": the national body with its command
    if not command and sub > e and (doc[sub - 1].text in COMMAND_WORDS or _national_body(doc, e, sub)
                                    or unit_run_before_rank(doc, e, sub)):
        # "Bareskrim Polri": the body written with its command; "Kasubdit V Siber Ditreskrimsus AKBP X": the
        # sub-unit written with no command before its holder's rank is his unit (no place of a Polres)
        k, command = sub, span_text(doc, e, sub)
    return k, command


def _force_body(doc: Doc, s: int, e: int) -> bool:
    """The words from `s` to `e` name the force itself (`Polri`, `Kepolisian Negara Republik
    Indonesia`, `Mabes Polri`, `TNI`), no body within it."""
    return any(i.acronym.split()[-1] in ("Polri", "TNI") for i in _force_bodies(doc, s, e))


def _national_body(doc: Doc, s: int, e: int) -> bool:
    return any(i.level == "national" for i in _force_bodies(doc, s, e))


def _force_bodies(doc: Doc, k: int, end: int | None = None) -> list:
    """The police and military entries of the institutions table for the body written at token
    `k` (to `end`, else as far as the table's longest name found there reaches); [] when none."""
    if end is None:
        end = _affiliations(doc)["institution"].get(k)
        if end is None:
            return []
    return [i for i in institution_table().get(span_text(doc, k, end)) if i.kind in ("police", "military")]


def _portfolio_end(doc: Doc, e: int, most: int = MAX_PORTFOLIO) -> int:
    """The token after the capitalised ordinary words at `e` (`Pembinaan dan Penegakan Hukum`); the
    one of them alone opens the holder's name (`Mensesneg Sudi Wiranata`, `Menteri Luar Negeri Lam
    Adok`: `_opens_name`; invented names)."""
    k = e
    while k < len(doc) and k - e < most and (
            is_portfolio_word(doc[k]) or doc[k].lower_ in ("dan", "&") and k > e
            and k + 1 < len(doc) and is_portfolio_word(doc[k + 1])):
        k += 1
    if k == e + 1 and k < len(doc) and _opens_name(doc, e):
        k -= 1  # `Sudi X semalam`; not `Telekomunikasi Iran`, `Kemaritiman Rudi B. P.`, `Masjid X`
    return k


def _opens_name(doc: Doc, e: int) -> bool:
    """The one ordinary word at `e` after a post opens its holder's name: one name word follows it,
    no place, and it is no word of the tables' posts and bodies nor the head of a venue or a body."""
    word, nxt = doc[e].text, doc[e + 1]
    return nxt.is_title and nxt.is_alpha and not is_common_word(nxt.text) and not (
        e + 2 < len(doc) and doc[e + 2].text[:1].isupper()) and word.lower() not in portfolio_words() \
        and word not in venue_heads().entries and word not in org_heads().entries \
        and nxt.text not in countries().entries and not _region_at(doc, e + 1)


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """The words of the posts' and the bodies' full names in the tables (Keuangan, Agama, Luar,
    Negeri, Pembinaan), lowercase: the words a portfolio is written with."""
    names = [p.full for infos in positions().entries.values() for p in infos]
    names += [i.full_name for infos in institution_table().entries.values() for i in infos]
    return frozenset(w.lower() for name in names for w in name.split())


def _sub_unit_end(doc: Doc, e: int) -> int:
    """The token after the police or military sub-unit written at `e` that takes its parent
    command after it (`Satreskrim`, `Ditreskrimum`) or a national body of the headquarters
    (`Direktur Tindak Pidana Siber Bareskrim Mabes Polri`), or `e` when none is written there."""
    if any("unit" in i.takes or i.level == "national" for i in _force_bodies(doc, e)):
        return _affiliations(doc)["institution"][e]
    return e


def _civil_post(doc: Doc, s: int, e: int, blocked: set[int], info: Position) -> tuple[int, str | None]:
    """Where a civil post's phrase ending at token `e` ends, with its portfolio, region or
    affiliation (`Menteri Kelautan dan Perikanan`, `Bupati Bogor`, `Sekjen DPP Partai Golkar`),
    and the unit its region gives."""
    graded = _graded_region(doc, e, blocked, info)
    if graded is not None:
        return graded
    # "Menteri Kelautan dan Perikanan Susi": the portfolio is ordinary words, the name is not
    k = next((x for x in range(e, _portfolio_end(doc, e)) if x in blocked), _portfolio_end(doc, e))
    if _body_then_one_word(doc, e, k):
        k = e  # "Presiden Partai Keadilan Sejahtera Anis Matta": the body's name ends the post, `Anis` opens the name
    if k == e + 1 and info.unit not in ("", "Dinas") and doc[e].text not in ADMIN_WORDS and _lone_word_after(doc, k):
        k = e  # "Bupati Budi Santoso hadir": a post of a region has no portfolio; `budi` names him
    if k > e and _region_at(doc, e):
        k = e  # "Wali Kota Bogor Bima Arya": the region right after the post is its own, no portfolio
    if span_text(doc, s, e).lower() in _STATE_HEADS and e < len(doc) and _initials_alone(doc, e):
        return e, None  # "Presiden XKY akan": a head of state's initials, no affiliation ("Presiden PKS Budi" keeps it)
    if not _inside_body(doc, s):  # "Kantor Staf Presiden (KSP) X": the body's short form, not the post's
        k = _after_short_form(doc, k)
    q = place_qualifier(doc, k, blocked)
    if q > k and gazetteer().lookup(span_text(doc, k, q)):
        # "Bupati Bogor", "Camat Cibinong"
        return q, f"{info.unit} {span_text(doc, k, q)}" if info.unit else span_text(doc, k, q)
    # "Menteri Luar Negeri Amerika Serikat Condoleezza Rice", "Sekjen DPP Partai Golkar X":
    # the country or body the post belongs to comes before the name; a body is the post's unit
    # ("Direktur Penyidikan Komisi Pemberantasan Korupsi Brigjen X": a member serving there)
    end = _skip_affiliation(doc, k)
    ends = _affiliations(doc)["institution"]
    body = next((x for x in range(e, end) if e < ends.get(x, 0) <= end), None)
    if body is None:
        return end, None
    return _body_region(doc, end, blocked, ends[body] == end) or \
        (end, span_text(doc, body, ends[body]))


def _graded_region(doc: Doc, e: int, blocked: set[int], info: Position) -> tuple[int, str] | None:
    """`Kalapas Kelas IIA Sukamaju Budi`, `Karutan Klas IIB X`: the office's grade (`grade_words.tsv` and a Roman
    class) right after the post, then the region of the gazetteer: both are the post's, the name follows. None when
    the shape is not there."""
    if e + 2 >= len(doc) or doc[e].text not in _GRADE_WORDS or not is_roman_number(doc[e + 1].text, graded=True):
        return None
    q = place_qualifier(doc, e + 2, blocked)
    if q > e + 2 and gazetteer().lookup(span_text(doc, e + 2, q)):
        return q, f"{info.unit} {span_text(doc, e, q)}" if info.unit else span_text(doc, e, q)
    return None


def _body_region(doc: Doc, end: int, blocked: set[int], own_body: bool) -> tuple[int, str] | None:
    """`Kepala Bidang Pemberantasan BNNP Jambi AKBP X`: the post's own body (its row's unit, `BNNP`) ends the
    affiliation and a region of the gazetteer follows it: the region is the body's, inside the post's phrase (the
    holder follows it), and the unit is the body with its region. None when the shape is not there."""
    q = place_qualifier(doc, end, blocked) if own_body else end
    if q > end and gazetteer().lookup(span_text(doc, end, q)):
        return q, span_text(doc, end - 1, q)
    return None


def _body_then_one_word(doc: Doc, e: int, k: int) -> bool:
    """The capitalised ordinary words `e:k` after a post are a body of the tables (`Partai Keadilan Sejahtera`,
    `Partai Demokrat`) and one word more before a name word: that word is the holder's first name (an ordinary
    word too: `Anis`, `Syarif`), not the portfolio's; `_skip_affiliation` reads the body from `e`."""
    body_end = _affiliations(doc)["institution"].get(e, 0)
    return e < body_end == k - 1 and k < len(doc) and doc[k].is_title and doc[k].is_alpha \
        and not is_common_word(doc[k].text)


_REGION_KINDS = frozenset({"provinsi", "kabupaten", "kota"})


def _inside_body(doc: Doc, s: int) -> bool:
    """Token `s` stands inside a body's name that starts before it (`Presiden` of `Kantor Staf Presiden`)."""
    return any(k < s < e for k, e in _affiliations(doc)["institution"].items())


def _after_short_form(doc: Doc, k: int) -> int:
    """After the bracketed short form written at `k` (`Menteri Energi dan Sumber Daya Mineral
    (ESDM) X`, `Sekretaris Daerah (Sekda) Banten X`), else `k`."""
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text[:1].isupper():
        return k + 3
    return k


def _initials_alone(doc: Doc, k: int) -> bool:
    """Token `k` is three capitals that no capitalised word follows (`XKY akan`) and name no country
    or body of the tables (`Presiden AS`, `Presiden IOC`)."""
    text = doc[k].text
    return len(text) == 3 and text.isalpha() and text.isupper() and (
        k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper()) and text not in COUNTRY_INITIALS \
        and text not in countries().entries and text not in institution_table().entries and text not in organisations().entries


def _lone_word_after(doc: Doc, k: int) -> bool:
    """Token `k` is one capitalised word that no capitalised word follows (`... Santoso hadir`)."""
    n = len(doc)
    return k < n and doc[k].is_title and doc[k].is_alpha and (k + 1 >= n or not doc[k + 1].text[:1].isupper())


def _over_parent(doc: Doc, end: int, blocked: set[int], info: Position, unit: str | None) -> int:
    """`Kapolsek Gubug Polres Grobogan, AKP X`: the parent command written after a post's unit is
    part of the post's phrase (the unit stays the post's own)."""
    if not unit or info.force == "civil":
        return end
    k, parent = unit_after(doc, end, blocked)
    return k if parent else end


def _affiliations(doc: Doc) -> dict[str, dict[int, int]]:
    """Countries, institutions and organisation heads found once per Doc: start token → end."""
    memo = view(doc).memo
    cached = memo.get("affiliations")
    if cached is None:
        cached = memo["affiliations"] = {name: table.longest_at(doc) for name, table in (
            ("country", countries()), ("institution", institution_table()), ("org", org_heads()))}
    return cached


def _skip_affiliation(doc: Doc, k: int) -> int:
    found = _affiliations(doc)
    for _ in range(3):
        if k >= len(doc):
            break
        moved = False
        for name in ("country", "institution", "org"):
            end = found[name].get(k)
            if end:
                k = end
                moved = True
                if name == "org":
                    while k < len(doc) and doc[k].text[:1].isupper() and not doc[k].is_title:
                        k += 1  # "Partai Golkar", "DPP PPP"
                    if k < len(doc) and doc[k].is_title:
                        k += 1  # the party's name
                break
        if not moved:
            nxt = _bare_affiliation_end(doc, k)
            if nxt == k:
                break
            k = nxt
    return k


def _bare_affiliation_end(doc: Doc, k: int) -> int:
    """After an acronym (`Ketua BK Muhammad Prakosa`) or a region written before the name
    (`Kakanwil Kemenkumham Riau Budi`), the token after it; else `k`."""
    tok = doc[k]
    if tok.is_upper and tok.is_alpha and len(tok.text) >= 2:
        return k + 1
    if k + 1 < len(doc) and tok.is_title and doc[k + 1].is_title and _region_at(doc, k):
        return k + 1
    return k


def _region_at(doc: Doc, k: int) -> bool:
    """Token `k` names a province, regency or city, or a city abroad (and no given name)."""
    text = doc[k].text
    return text.lower() not in given_names() and (
        text in world_cities() or any(r.kind in _REGION_KINDS for r in gazetteer().lookup(text)))


_NAME_ROOTS = word_set("stopword_names")  # Sri, Dewi, Budi: ordinary words, but given names first


def is_portfolio_word(tok) -> bool:
    """A capitalised ordinary word naming a portfolio (Kelautan, Dalam, Negeri, Umum); not a
    given name that is an ordinary word too (`Menteri Keuangan Sri ...`: Sri opens the name); or such a
    word misspelt by one letter (`Pendayagunaan Apratur Negara`: `typos.common_or_slip`)."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_upper and common_or_slip(tok.text) \
        and tok.lower_ not in _NAME_ROOTS


def _choose_rank(candidates: list[Rank], suffixes: list[str], post_force: str | None = None) -> Rank:
    """The rank of the force the suffixes name, else of the post's force (`Panglima TNI Jenderal
    X`), else Polri's."""
    forces = {f for s in suffixes for f in rank_suffixes().get(s)}
    if len(forces) != 1 and post_force in ("TNI", "Polri"):
        forces = {post_force}
    for force in ("TNI", "Polri"):
        if force in forces and len(forces) == 1:
            for r in candidates:
                if r.force == force:
                    return r
    polri = [r for r in candidates if r.force == "Polri"]
    return polri[0] if polri else candidates[0]


def _common_rank(form: str) -> bool:
    """A rank written as one ordinary word, its own full name (`Kapten`, `Jenderal`, `Laksamana`):
    also a team's or a ship's captain, a film's general, a given name."""
    return " " not in form and form.isalpha() and any(r.full.lower() == form.lower() for r in ranks().get(form))


def _article_forces(doc: Doc, all_ranks: list, suffix_at: dict, phrases: list[PositionPhrase]) -> frozenset[str]:
    """The forces the article shows (`Polri`, `TNI`, `-` for a member of either), from its
    unambiguous ranks, rank suffixes, police or military posts and bodies and `force_words`;
    empty when it shows none. Computed once per Doc."""
    memo = view(doc).memo
    if "article_forces" not in memo:
        found: set[str] = set()
        for _s, e, form in all_ranks:
            if e in suffix_at:
                found.update(rank_suffixes().get(suffix_at[e][1]))
            elif not _common_rank(form):
                found.update(r.force for r in ranks().get(form))
        found.update(p.info.force for p in phrases if p.info.force != "civil")
        kinds = {i.kind for k in _affiliations(doc)["institution"] for i in _force_bodies(doc, k)}
        found.update({"police": "Polri", "military": "TNI"}[k] for k in kinds)
        found.update(_FORCE_WORDS[w] for w in map(str.lower, token_texts(doc)) if w in _FORCE_WORDS)
        memo["article_forces"] = frozenset(found)
    return memo["article_forces"]


def _rank_surface(form: str) -> str:
    """The rank as written, without its service word and abbreviation's full stop (`Kombes Pol.`,
    `Komisaris Besar Polisi`, `AKBP.` -> `Kombes`, `Komisaris Besar`, `AKBP`); a rank spelt letter by letter as its
    acronym (`A.K.B.P.`, `A K B P` -> `AKBP`)."""
    for tail in (" Pol.", " Pol", " POL", " Polisi"):
        if form.endswith(tail):
            return form[: -len(tail)]
    return form.replace(".", "").replace(" ", "") if _DOTTED_LETTERS.fullmatch(form) else form.rstrip(".")


def _weekday_dates(doc: Doc) -> set[int]:
    """The tokens of the dates that open on a weekday (`Kamis (12/1)`, `Sabtu malam`): the day told right after a
    name with no comma (`AKBP X Kamis (12/1) mengatakan`) is no word of the name. A date opening on a month is
    left to the names: a month is a given name too (`Juni`, `Mei`)."""
    days = temporal_words().weekdays
    return {k for span in group(doc, "dates") if span[0].lower_ in days for k in range(span.start, span.end)}


def _rank_in_a_name(doc: Doc, start: int, form: str) -> bool:
    """The rank `form` at `start` is a word of a name, no officer's: after a street's, a building's or a civil
    post's word (`Jalan Jenderal Sudirman`, `Direktur Jenderal`: rank_not_after.tsv), or a hero's rank after the
    noun of a site named after him (`Patung Jenderal Sudirman`, `Jembatan Kapten X`: eponym_site_nouns.tsv). Not a
    rank below a general's that only Polri has (`di Masjid Bripka X`: an officer at the site; `Patung Jenderal
    Polisi X` is a hero's), nor after a noun that a post or command word names as its unit (`Kapolsek Tugu AKP X`,
    `Danramil Tugu Kapten X`). A rank spelt letter by letter with spaces (`A K P`) after a number or a single capital
    continues a code or a label (`D 4321 A K P`, `kelompok C A K B P`: s28rvA)."""
    prev = doc[start - 1].text if start else ""
    if prev in _NOT_AFTER or " " in form and _code_piece(prev):
        return True
    return prev in _EPONYM_SITES and any(r.force != "Polri" or r.rank_class == "perwira_tinggi"
                                         for r in ranks().entries[form]) \
        and not (start >= 2 and (doc[start - 2].text in COMMAND_WORDS or doc[start - 2].text in positions().entries))


def _code_piece(text: str) -> bool:
    """A piece of a code or a label (a plate's number, a list's letter): a number or a single capital letter."""
    return text.isdigit() or len(text) == 1 and text.isupper()


def _without_surname_ranks(doc: Doc, hits: list, suffix_at: dict) -> list:
    """`hits` without the ranks that are the last word of a name read after another rank (`AKP Petrus Mayor
    mengatakan`, `AKP Markus Kapten`: family names of Papua, Maluku and NTT that are ranks' words): a rank written as
    one ordinary word (`_common_rank`) in Title case, right after one to three name words that follow another rank, with
    no name word, corps or bracket after it."""
    opened: dict[int, set[str]] = {}  # where a name may start (after a rank and its suffixes): that rank's forces
    for _s, e, form in hits:
        while e in suffix_at:
            e = suffix_at[e][0]
        opened.setdefault(e, set()).update(r.force for r in ranks().get(form))
    return [h for h in hits if not _surname_rank(doc, h, opened, suffix_at)]


def _surname_rank(doc: Doc, hit: tuple, opened: dict[int, set[str]], suffix_at: dict) -> bool:
    s, e, form = hit
    if e - s != 1 or not doc[s].text.istitle() or not _common_rank(form) or e in suffix_at:
        return False
    k = s
    while k > 0 and s - k < 3 and k not in opened and doc[k - 1].text.istitle() and doc[k - 1].is_alpha:
        k -= 1
    if e < len(doc) and _opens_a_name(doc[e].text):  # `Mayor Inf X`, `Kapten Budi`: a rank before its name, unless
        return k in opened and _given_rank(doc, e, form, opened[k]) and _short_name(doc, k, e)  # inside another's
    return k < s and k in opened


def _given_rank(doc: Doc, e: int, form: str, opener: set[str]) -> bool:
    """A rank's word of one force inside a name that a rank of the other force opened, a name's word after it
    (`Kompol Agung Mayor Saputra`, `Kompol Mayor Siregar`: `Mayor` a given name, no second officer; s30off)."""
    forces = {r.force for r in ranks().get(form)}
    return bool(opener) and forces.isdisjoint(opener) and _name_word(doc, e)


def _name_word(doc: Doc, j: int) -> bool:
    """Token `j` is a word of a person's name in Title case, no rank's nor post's."""
    text = doc[j].text
    return doc[j].is_alpha and text.istitle() and is_name_text(text) and not ranks().get(text) \
        and text not in positions().entries


def _short_name(doc: Doc, k: int, e: int) -> bool:
    """The name read from `k` over a rank's word ending at `e` holds at most three words (`Agung Mayor Saputra`);
    more is two officers named in a row (`Kompol Agung Saputra Mayor Budi Hartono`, `Kompol X Y Danramil Mayor Z`:
    review of s30off, s30rvB)."""
    j = e
    while j < len(doc) and j - k < MAX_NAME_WITH_RANK_WORD and _name_word(doc, j):
        j += 1
    return j - k < MAX_NAME_WITH_RANK_WORD or j >= len(doc) or not _name_word(doc, j)


def _opens_a_name(text: str) -> bool:
    """A word that opens a name, its initials or a corps after a rank (`Inf`, `Budi`, `AS`, `(P)`): any capitalised
    word but an academic title written after a name (`S.H.`, `SIK`: `AKP Yakob Mayor S.H.` ends on his surname)."""
    return text == "(" or text[:1].isupper() and text not in post_titles()


class OfficerRecognizer(PolsekComponent):
    factory = "polsek_officers"  # its tables and packages: data/component_tables.tsv
    defaults = {"max_name_tokens": MAX_NAME_TOKENS}
    max_name_tokens: int

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["officers"] = []
        if "persons" not in doc.spans:
            doc.spans["persons"] = []
        suffix_at = {s: (e, form) for s, e, form in rank_suffixes().find(doc)}
        all_ranks = [h for h in ranks().find(doc) if not _rank_in_a_name(doc, h[0], h[2])]
        all_ranks = _without_surname_ranks(doc, all_ranks, suffix_at)
        rank_hits = [h for h in all_ranks if not _counted(doc, h[0]) and not _claimed(doc, h[0], h[1])]
        pos_hits = _numbered_post_hits(doc, positions().find(doc))
        blocked, phrases = self._post_phrases(doc, all_ranks, pos_hits, suffix_at)
        named = [h for h, p in zip(pos_hits, phrases, strict=True) if _name_word_post(doc, p, phrases, blocked)]
        if named:  # `bernama Paur Sitompul`: the post's word is the name's, the phrases read again without it
            pos_hits = [h for h in pos_hits if h not in named]
            blocked, phrases = self._post_phrases(doc, all_ranks, pos_hits, suffix_at)
        phrases = _over_short_forms(doc, pos_hits, phrases, blocked)
        phrases = [p for p in phrases if not _rank_class(doc, p)]
        doc._.post_phrases = frozenset(k for p in phrases for k in range(p.start, p.end))
        doc._.command_phrases = frozenset(k for p in phrases if p.info.force != "civil" for k in range(p.start, p.end))
        phrases = [p for p in phrases if not _claimed(doc, p.start, p.end)]  # still no one's name or place
        used_phrases, taken = self._ranked(doc, rank_hits, suffix_at, phrases, blocked, all_ranks)
        self._unranked(doc, phrases, used_phrases, taken, blocked)
        return doc

    @staticmethod
    def _post_phrases(doc: Doc, all_ranks: list, pos_hits: list, suffix_at: dict) -> tuple[set[int], list]:
        """The tokens no name takes (ranks, posts, commands, weekdays) and the post phrase of each hit."""
        blocked = _post_tokens(doc, all_ranks, pos_hits, suffix_at)
        doc._.post_tokens = frozenset(blocked)
        blocked.update(flagged_tokens(doc, _COMMAND_WORD))
        blocked.update(_weekday_dates(doc))
        return blocked, [_position_phrase(doc, s, e, f, blocked) for s, e, f in pos_hits]

    def _ranked(self, doc: Doc, rank_hits: list, suffix_at: dict, phrases: list[PositionPhrase],
                blocked: set[int], all_ranks: list) -> tuple[set[int], set[int]]:
        """Officers named after a rank, with the post written before or after them; the posts used
        and the tokens taken."""
        by_end = {p.reach: p for p in phrases if p.reach is not None} | {p.end: p for p in phrases}
        by_start = {p.start: p for p in phrases}
        used_phrases: set[int] = set()
        taken: set[int] = set()
        for s, e, form in rank_hits:
            if s in taken:
                continue
            j, sufs = e, []
            while j in suffix_at:
                j, suf = suffix_at[j]
                sufs.append(suf)
            if j + 3 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and ranks().get(doc[j + 1].text):
                # "Brigadir Polisi Kepala (Bripka) X": the rank's short form in brackets, written right before the name
                form, j = doc[j + 1].text, j + 3
            j += 1 if j < len(doc) and doc[j].lower_ in _NAME_CUES else 0  # "Sertu berinisial HW"
            j += 1 if _predicate_comma(doc, s, j) else 0  # "berpangkat Aiptu, Darmanto"
            name = read_name(doc, j, blocked, max_tokens=self.max_name_tokens, allow_initial=True) \
                or caps_name(doc, j, blocked, self.max_name_tokens)
            if name is None or _body_word(doc, name.start) and not _initials_only(doc, name):
                continue  # `Irjen Kementerian X`, `Irjen Kemendes X`: the civil post of a body, no rank and name
            phrase = _phrase_around(doc, s, name, by_end, by_start)
            force = phrase.info.force if phrase else None
            if phrase is None and not sufs:
                forces = _article_forces(doc, all_ranks, suffix_at, phrases)
                if _common_rank(form) and (not forces or _hero(doc, s, name) or _named_after(doc, s)):
                    continue  # "Kapten Persib X", "Jenderal Leia": no force in the article; a hero, a given name: no officer
                force = next(iter(forces - {"-"}), None) if len(forces - {"-"}) == 1 else None
            form = _promoted_form(doc, name.end_all, all_ranks) or form
            rank = _choose_rank(ranks().get(form), sufs, force)
            start = s
            end = name.end_all
            if phrase is not None:
                used_phrases.add(phrase.start)
                if not _over_address(phrase, s):  # the address between stays the places' (no officer's words)
                    start, end = min(start, phrase.start), max(end, phrase.end)
            current = phrase if phrase is not None and not _former(doc, phrase) \
                and not (phrase.end <= s and _passed_on(doc, name.end_all, phrase) and _opens_clause(doc, phrase)) else None
            mention = OfficerMention(
                name=name.text, rank=_rank_surface(form), rank_full=rank.full, rank_class=rank.rank_class,
                force=rank.force, position=current.surface if current else None,
                unit=current.unit if current else None, titles=name.titles, age=name.age)
            self._emit(doc, start, end, name, mention)
            taken.update(range(start, end))
        return used_phrases, taken

    def _unranked(self, doc: Doc, phrases: list[PositionPhrase], used_phrases: set[int], taken: set[int],
                  blocked: set[int]) -> None:
        """Posts that no ranked officer took: with the name after them, or unnamed."""
        by_end = {p.end: p for p in phrases}
        for p in phrases:
            if p.start in used_phrases or p.start in taken or _bracketed_again(doc, p, by_end):
                continue
            name = _name_after_post(doc, p, blocked, self.max_name_tokens)
            civil = p.info.force == "civil" or _former(doc, p)  # "mantan Kapolri X": no rank, no officer
            if not civil and p.unit is None and p.info.scope in ("sub", "member"):
                civil, name = _civil_body_post(doc, p, blocked, self.max_name_tokens, name)
            start = p.start
            if name is None and not civil:
                name = _name_before_cue(doc, p.start, blocked | taken, self.max_name_tokens) \
                    or _name_in_apposition(doc, p, blocked | taken, self.max_name_tokens)
                start = name.start if name else start
            mention = OfficerMention(
                name=name.text if name else None, force=None if civil else p.info.force,
                position=p.surface, unit=p.unit, titles=name.titles if name else [],
                age=name.age if name else None, civil=civil)
            end = max(name.end_all, p.end) if name else p.end
            self._emit(doc, start, end, name, mention)
            taken.update(range(start, end))

    @staticmethod
    def _emit(doc: Doc, start: int, end: int, name: NameSpan | None, mention: OfficerMention) -> None:
        if not mention.civil:
            add_token_span(doc, "officers", start, end, "OFFICER", mention)
        if name is not None:
            person = PersonMention(name=name.text, role=mention.position or ("anggota " + (mention.force or "")).strip(),
                                   officer=None if mention.civil else mention, titles=name.titles, age=name.age,
                                   source="civil" if mention.civil else "officer", aliases=list(name.aliases))
            add_token_span(doc, "persons", name.start, name.end, "PERSON", person)


def _promoted_form(doc: Doc, k: int, all_ranks: list) -> str | None:
    """The rank a promotion told right after a name ending at `k` gives (`Kompol X, yang kini naik pangkat menjadi
    AKBP`, `AKP Y resmi naik pangkat dari AKP ke Kompol`: promotion_cues.tsv), in the name's sentence; else None.
    None too when another officer is named between the cue and the link (`menerima kenaikan pangkat AKP Z menjadi
    Kompol`: Z's promotion, s28rvA): a rank there that opens a name, not the old rank before the link."""
    end = _sentence_of(doc, max(k - 1, 0))[1]
    while k < end and (doc[k].text == "," or doc[k].lower_ in _PROMOTION_GAPS):
        k += 1
    cue = next((c for c in _PROMOTIONS if tuple(t.lower_ for t in doc[k:k + len(c)]) == c), None)
    if cue is None:
        return None
    rank_at = {s: (e, form) for s, e, form in all_ranks}
    for j in range(k + len(cue), min(k + len(cue) + 4, end - 1)):
        if doc[j].lower_ in _PROMOTION_LINKS and j + 1 in rank_at:
            return rank_at[j + 1][1]
        if j in rank_at and rank_at[j][0] < end and _opens_a_name(doc[rank_at[j][0]].text):
            return None
    return None


def _hero(doc: Doc, s: int, name: NameSpan) -> bool:
    """A word of a national hero (`hero_cues.tsv`) among the three words before the rank at `s` (`meneladani Jenderal
    Sudirman`, `mengenang jasa Kapten X`) or after the name (`Jenderal X adalah pahlawan nasional`), in its sentence."""
    a, b = _sentence_of(doc, s)
    before = (doc[k].lower_ for k in range(max(s - 3, a), s))
    after = (doc[k].lower_ for k in range(name.end_all, min(name.end_all + 3, b)))
    return any(w in _HERO_BEFORE for w in before) or any(w in _HERO_AFTER for w in after)


def _named_after(doc: Doc, s: int) -> bool:
    """A naming word (`bernama`: rank_name_cues.tsv's `after` words) right before the rank at `s`, with no member or
    force word and no command in the noun it names (`Warga bernama Mayor Sutisna`, `pengendara bernama Kapten X`): the
    rank word is the name's first word (s29off); `prajurit bernama Kapten X`, `anggota TNI bernama Mayor X`, `seorang
    anggota Kodim 0611/X bernama Mayor Y`, `perwira Kodim bernama Kapten Y` keep the rank (s29rvB)."""
    if s < 1 or doc[s - 1].lower_ not in _NAME_CUES:
        return False
    return not any(t.lower_ in _FORCE_WORDS or t.lower_ in _MEMBER_NOUNS or t.text in COMMAND_WORDS
                   for t in _named_noun(doc, s - 1))


def _named_noun(doc: Doc, k: int) -> list[Token]:
    """The words before a naming word at `k`, back to the clause's start (a punctuation mark, the sentence's start) and
    at most `_NAMED_NOUN_WORDS` of them: the noun whose name it gives (`seorang anggota Kodim 0611/Garut`)."""
    words: list[Token] = []
    for t in reversed(doc[max(0, k - _NAMED_NOUN_WORDS):k]):
        if t.is_punct and t.text != "/":  # a comma, a bracket; `0611/Garut` goes on
            break
        words.append(t)
        if t.is_sent_start:
            break
    return words


def _predicate_comma(doc: Doc, s: int, j: int) -> bool:
    """A comma at `j` after a rank written as a predicate (`pensiunan polisi berpangkat Aiptu, Darmanto (61)`): the
    rank's holder is named after it, in apposition."""
    return 0 < s and j + 1 < len(doc) and doc[j].text == "," and doc[s - 1].lower_ in _RANK_PREDICATES


def _name_before_cue(doc: Doc, s: int, blocked: set[int], max_tokens: int) -> NameSpan | None:
    """`Presiden menunjuk Budi Santoso sebagai Kepala Staf Angkatan Laut`: the name written right
    before `sebagai`/`selaku` and a police or military post at `s` is its holder's; so is a name before a `yang`
    clause of the post cues (`Jaka Pratama yang menjabat Kasat X`, `Menurut Jaka, yang juga Kasat X`: s28off); not
    an ordinary word opening the sentence before that clause (`Pria yang menjabat sebagai Pangkostrad`: a common
    noun's clause) nor a name a noun of a person sets out (`istri Budi yang menjabat ...`: `_apposed_to_a_person_noun`,
    s28rvA), and never a post the sentence sets in the past (`_former_term`)."""
    c = s - 1
    if c < 1 or doc[c].lower_ not in _POST_CUES or doc[c].lower_ == "yang":
        return None
    # `Budi selanjutnya menjabat Kasubdit X`
    while c > 1 and s - c < 4 and doc[c - 1].lower_ in _POST_CUES and doc[c - 1].lower_ != "yang":
        c -= 1
    clause = doc[c - 1].lower_ == "yang"
    if not clause and doc[s - 1].lower_ not in _DIRECT_POST_CUES:
        return None
    c -= (2 if doc[c - 2].text == "," else 1) if clause and c > 2 else 0
    k = c
    while k > 0 and c - k < max_tokens and is_name_token(doc[k - 1], blocked):
        k -= 1
    name = read_name(doc, k, blocked, max_tokens=max_tokens) if k < c else None
    if name is None or name.end_all != c or _former_term(doc, k, s) \
            or clause and (doc[k].is_sent_start and is_common_word(doc[k].text) or _apposed_to_a_person_noun(doc, k)):
        return None
    return name


def _apposed_to_a_person_noun(doc: Doc, k: int) -> bool:
    """The name at `k` follows a noun of a person (initial_cues.tsv) that introduces it: right before it (`istri Budi
    yang ...`, `ayahnya Budi yang ...`) or, with `-nya`, before its comma (`Ayahnya, Hidayat, yang menjabat ...`; not
    `Menurut warga, Sandi, yang ...`): the name is that person's, not an officer's of the same name told before
    (s28rvA)."""
    comma = k > 1 and doc[k - 1].text == ","
    word = doc[k - 2 if comma else k - 1].lower_ if k else ""
    owned = word.endswith("nya") and word[:-3] in _PERSON_NOUNS
    return owned or not comma and word in _PERSON_NOUNS


def _former_term(doc: Doc, k: int, s: int) -> bool:
    """The sentence of a name at `k` and a post at `s` sets the post in the past: a past word before the name
    (`Sebelumnya, X menjabat Kapolres Y`) or a term between two years after the post (`pada 2019 hingga 2021`)."""
    if any(doc[i].lower_ in _PAST_WORDS for i in range(_sentence_of(doc, k)[0], k)):
        return True
    end = _sentence_of(doc, s)[1]
    return any(_YEAR.fullmatch(doc[b].text) and doc[b + 1].lower_ in _TERM_WORDS and _YEAR.fullmatch(doc[b + 2].text)
               for b in range(s, min(end - 1, len(doc) - 2)))


def _sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """The start and end of the sentence of token `i`, walked to on the tokens' sentence starts."""
    a = i
    while a > 0 and not doc[a].is_sent_start:
        a -= 1
    b = i + 1
    while b < len(doc) and not doc[b].is_sent_start:
        b += 1
    return a, b


def _name_in_apposition(doc: Doc, p: PositionPhrase, blocked: set[int], max_tokens: int) -> NameSpan | None:
    """`Hendra Wijaya, Kapolsek Ciawi, mengatakan`: a name written right before a comma and a
    police or military post closed by a comma or a full stop is the post's holder; not a name in
    a list (`A, B, Kapolsek Y`: a comma before the name)."""
    c = p.start - 1
    if c < 1 or doc[c].text != "," or p.end >= len(doc) or doc[p.end].text not in (",", "."):
        return None
    k = c
    while k > 0 and c - k < max_tokens and is_name_token(doc[k - 1], blocked):
        k -= 1
    if k == c or (k > 0 and doc[k - 1].text == ","):
        return None
    name = read_name(doc, k, blocked, max_tokens=max_tokens)
    return name if name is not None and name.end_all == c else None


def _bracketed_again(doc: Doc, p: PositionPhrase, by_end: dict[int, PositionPhrase]) -> bool:
    """`Kepala Staf Angkatan Udara (KSAU)`: the post's short form in brackets after it is the same
    mention, no second post holder."""
    before = by_end.get(p.start - 1) if p.start > 0 and doc[p.start - 1].text == "(" else None
    return before is not None and before.info.position == p.info.position


def _civil_body_post(doc: Doc, p: PositionPhrase, blocked: set[int], max_tokens: int,
                     name: NameSpan | None) -> tuple[bool, NameSpan | None]:
    """`Kepala Subdirektorat Manajemen Satelit Kementerian Komunikasi dan Informatika, Budi`: a
    sub-unit post whose words lead to a civil body is that body's post, no officer's; its holder
    is named after the body. Else (False, `name`)."""
    k = next((k for k in range(p.end, _portfolio_end(doc, p.end, MAX_SUB_UNIT_WORDS) + 1)
              if k < len(doc) and _body_word(doc, k)), None)
    if k is None or _police_body_at(doc, k):
        return False, name
    j = _skip_affiliation(doc, k)
    j += 1 if j < len(doc) and doc[j].text == "," else 0
    if j < len(doc) and is_name_token(doc[j], blocked) and not is_common_word(doc[j].text):
        return True, read_name(doc, j, blocked, max_tokens=max_tokens)
    return True, None


def _police_body_at(doc: Doc, k: int) -> bool:
    return bool(_force_bodies(doc, k))


def _initials_only(doc: Doc, name: NameSpan) -> bool:
    """The name is one word of two or three capitals that names no body of the tables and opens
    no body's name (`Bripka RS, personel ...`: the member's initials, though `RS` heads `RS
    Bhayangkara`)."""
    text = doc[name.start].text
    return name.end - name.start == 1 and 2 <= len(text) <= 3 and text.isalpha() and text.isupper() \
        and name.start not in _affiliations(doc)["institution"] and not is_ministry_acronym(text) \
        and (name.end >= len(doc) or not doc[name.end].text[:1].isupper())


def _body_word(doc: Doc, k: int) -> bool:
    """Token `k` opens a body's name (`Kementerian`, `Kemendes`, `BPK`): no name after a rank starts there."""
    text = doc[k].text
    return text in org_heads() or k in _affiliations(doc)["institution"] or is_ministry_acronym(text)


def _post_tokens(doc: Doc, rank_hits: list, pos_hits: list, suffix_at: dict) -> set[int]:
    """Token indices of ranks, rank suffixes and post titles."""
    blocked: set[int] = set()
    for s, e, _form in rank_hits:
        blocked.update(range(s, e))
    for s, e, form in pos_hits:
        if form.startswith("Kasat Sat"):
            blocked.add(s)  # "Kasat Satlantas Purwakarta": the second word names the unit itself
        elif _post_info(form).force == "civil":
            blocked.update(range(s, _body_start(doc, s, e)))  # "Ketua KPK": the body is named too
        else:
            blocked.update(range(s, e))  # "Kabid Humas", "KSAU": the sub-unit or service is no body
    # a rank's suffixes (Pol, TNI, Inf, (Purn)) are part of the rank, not institutions
    for _s, e, _ in rank_hits:
        while e in suffix_at:
            blocked.update(range(e, suffix_at[e][0]))
            e = suffix_at[e][0]
    return blocked


def _body_start(doc: Doc, s: int, e: int) -> int:
    """Where the body named at the end of the post phrase [s, e) starts (`KPK` of `Ketua KPK`,
    `Mahkamah Agung` of `Ketua Mahkamah Agung`), or `e` when its words name none; a family word
    alone (`Dinas` of `Kepala Dinas`) names no body yet."""
    ends = _affiliations(doc)["institution"]
    for k in range(s + 1, e):
        if ends.get(k) == e and (e - k >= 2 or doc[k].is_upper):
            return k
    return e


def _phrase_around(doc: Doc, s: int, name: NameSpan, by_end: dict, by_start: dict) -> PositionPhrase | None:
    """The post written right before a rank at `s` (`Kapolres Purwakarta, AKBP ...`) or right
    after the officer's name (`AKBP Lilik, Kapolres ...`)."""
    phrase = by_end.get(s) or (by_end.get(s - 1) if s > 0 and doc[s - 1].text == "," else None) \
        or _qualified_post(doc, s, name, by_end, by_start)
    if phrase is None and s > 3 and doc[s - 1].text == ")" and doc[s - 3].text == "(":
        phrase = by_end.get(s - 3)  # "Kepala Kepolisian Negara Republik Indonesia (Kapolri) Jenderal X"
    if phrase is None and s > 2 and doc[s - 1].text == ",":
        # "Kapolsek Ciampea, Bogor, AKP X": the region the post lies in, between commas
        a = s - 2
        while a > 0 and s - 2 - a < 3 and doc[a - 1].text[:1].isupper():
            a -= 1
        b = a + 1 if doc[a].text in ADMIN_WORDS else a  # "Kabupaten Bogor"
        # (or the parent command the post lies in: "Kapolsek Jatinom, Polres Klaten, AKP X")
        if a > 1 and doc[a - 1].text == "," and b < s - 1 and (gazetteer().lookup(doc[b:s - 1].text)
                                                                or (unit_after(doc, a, set())[0] == s - 1
                                                                    and _parent_command(doc, a, by_end.get(a - 1), name))):
            phrase = by_end.get(a - 1)
    if phrase is None and s > 3 and doc[s - 1].text == ",":
        # "Babinsa Desa X dari Koramil 09/Y, Serda Z": the command the post holder is of, between the post and a comma
        phrase = next((by_end[e] for e in range(s - 3, max(s - 8, 0), -1) if e in by_end
                       and doc[e].lower_ in _MEMBERSHIP and unit_after(doc, e + 1, set())[0] == s - 1), None)
    if phrase is None:
        phrase = _phrase_over_unit_name(doc, s, by_end) or _bare_post(doc, s) or _handed_over(doc, s, by_end)
    k = name.end_all
    phrase = phrase or _post_changed_before(doc, s, k, by_start)
    if phrase is None and k + 1 < len(doc) and doc[k].text in (",", "("):  # `AKP X (Kapolsek Y) menyebut`
        cue = doc[k].text == "(" and k + 2 < len(doc) and doc[k + 1].lower_ in _POST_CUES  # `(kini Kapolsek Y)`
        phrase = by_start.get(k + 2 if cue else k + 1)
        phrase = None if phrase and doc[k].text == "(" and doc[min(phrase.end, len(doc) - 1)].text != ")" else phrase
    if phrase is not None and _former(doc, phrase):  # `Eks Kasat Reskrim X AKP Y yang kini menjabat Kapolsek Z`
        return _post_after_cues(doc, k, by_start) or phrase
    return phrase if phrase is not None else _post_after_cues(doc, k, by_start)


def _qualified_post(doc: Doc, s: int, name: NameSpan, by_end: dict, by_start: dict) -> PositionPhrase | None:
    """The post qualified as the local or the new one before the rank at `s` (`_qualified_post_end`), when it is the
    officer's: not when a post of his own follows his name (`ke Kapolsek setempat, Bripka X selaku Bhabinkamtibmas`:
    None, that post is read after), nor when the qualified post is a preposition's object that no closed apposition
    names (`dilaporkan ke Kapolsek setempat, Bripka X lalu mendatangi`: X opens the next clause; `dari Kapolsek
    setempat, AKP X, ...` is the Kapolsek)."""
    phrase = by_end.get(_qualified_post_end(doc, s))
    if phrase is None or _post_after_cues(doc, name.end_all, by_start) is not None:
        return None
    k = name.end_all
    closed = k >= len(doc) or doc[k].is_punct or doc[k].is_sent_start
    return None if phrase.start > 0 and doc[phrase.start - 1].lower_ in _OBJECT_OF and not closed else phrase


def _qualified_post_end(doc: Doc, s: int) -> int:
    """Where a post ends that words of which holder it means stand after, before a comma or the rank or name at `s`
    (`Kapolsek setempat AKP X`, `Kapolres Y yang baru, AKBP X`: `words/post_qualifiers.tsv`); -1 when none do, or when
    the last is a passive verb right before the rank (`Kapolres Y yang baru dilantik Irjen X`: X, the agent, swore him
    in; `yang baru dilantik, AKBP X` is the new holder)."""
    k = s - 1 if s > 0 and doc[s - 1].text == "," else s
    j = k
    while j > 0 and k - j < 3 and doc[j - 1].lower_ in _QUALIFIERS:
        j -= 1
    if j < k == s and doc[k - 1].lower_ in _PASSIVE_QUALIFIERS:
        return -1
    return j if any(doc[i].lower_ not in _QUALIFIER_LINKS for i in range(j, k)) else -1


def _post_after_cues(doc: Doc, k: int, by_start: dict) -> PositionPhrase | None:
    """`AKBP X selaku Kapolres Y`, `Iptu X yang menjabat sebagai Kanit Reskrim`: the post after the words of a post
    that follow the name ending at `k`, also after a comma (`AKBP X, kini menjabat Kabag Ops Y`); not a passive's agent
    (`yang baru dipercaya Kapolsek Y AKP Z`: Z's post)."""
    k += 1 if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _POST_CUES else 0
    j = k
    while j < len(doc) and j - k < 5 and (doc[j].lower_ in _POST_CUES or _then_at(doc, j)):
        j += 2 if _then_at(doc, j) else 1  # `yang saat itu menjabat`: the post then held, a former one (`_former`)
    phrase = by_start.get(j) if j > k and doc[j - 1].lower_ not in _AGENT_CUES else None
    return None if phrase is None or _holder_follows(doc, phrase, by_start) else phrase


def _holder_follows(doc: Doc, phrase: PositionPhrase, by_start: dict) -> bool:
    """A rank follows the post `phrase` over the capitalised words of its unit (`Kapolsek Cikaret AKP Z`): the post is
    that officer's."""
    ranks_posts, t = doc._.post_tokens or frozenset(), phrase.end
    while t < len(doc) and t - phrase.end < 5 and doc[t].is_title and t not in ranks_posts:
        t += 1
    return t < len(doc) and t in ranks_posts and t not in by_start


def _parent_command(doc: Doc, a: int, phrase: PositionPhrase | None, name: NameSpan) -> bool:
    """The command at `a`, between the post `phrase` and a comma before a rank, is the post's parent (`Kapolsek X,
    Polres Y, AKP Z`): not a command of the post's own level (`Kapolsek X, Polsek Y, Bripka Z`), nor one item of a
    list that goes on after the officer (`dihadiri Camat X, Kapolsek X, Polres Y, Aipda Z, dan warga`)."""
    if phrase is None or (phrase.unit or "").split(" ")[:1] == [doc[a].text]:
        return False
    k = name.end_all
    return not (k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _LIST_JOINS)


def _handed_over(doc: Doc, s: int, by_end: dict) -> PositionPhrase | None:
    """The post a handover gives the officer whose rank is at `s`: written before a verb of holding (`Jabatan Kapolres X
    kini dijabat AKBP Y`, `Kapolres X kini diemban AKBP Y`), or before a verb of handing over whose `kepada` names him
    (`Jabatan Kapolres X diserahterimakan dari AKBP Y kepada AKBP Z`, `... ke Marsekal Z`: Z's; the outgoing Y after
    `dari` gets none). The post is what is handed over (`_handed_post`), no object of its holder."""
    k, held = s, None
    while k > 0 and s - k < 4 and doc[k - 1].lower_ in _HELD_LINKS:
        held = held or (doc[k - 1].lower_ if doc[k - 1].lower_ in _HELD else None)
        k -= 1
    if held and _held_in_clause(doc, k, held, by_end):
        return by_end[k - 1]
    if held:
        # (over a clause of the former holder: "Jabatan Wakapolda X yang sebelumnya diemban Brigjen Y kini dijabat ...")
        # (not the former holder's own clause: "yang sebelumnya diemban Brigjen Y": a name must end before the verb)
        if k in by_end or k == 0 or not doc[k - 1].is_title:
            return _handed_post(doc, by_end.get(k), held)
        former = next((j for j in range(k - 1, max(k - 12, 0), -1)
                       if doc[j].lower_ in _HOLDER_CLAUSE and j in by_end), None)
        return _handed_post(doc, by_end.get(former), held) if former is not None else None
    passed = _passed_post(doc, s, k, by_end)
    if passed is not None or k < 2 or doc[k - 1].lower_ not in _HANDED_TO:
        return passed
    verb, changed = _handing_verb(doc, k, by_end)
    if changed is not None or verb is None:
        return changed
    word = doc[verb].lower_
    while verb > 0 and doc[verb - 1].lower_ in _HELD_LINKS:
        verb -= 1  # `Jabatan X resmi diserahterimakan ...`
    return _handed_post(doc, by_end.get(verb), word)


def _post_changed_before(doc: Doc, s: int, k: int, by_start: dict) -> PositionPhrase | None:
    """`Jabatan Kapolres X resmi berganti. AKBP Y menggantikan AKBP Z ...`: the post the sentence before says changed
    hands (a post noun, the post, a verb of change: handover_cues.tsv) is the one of the officer whose rank at `s` opens
    the next sentence and whose name, ending at `k`, is followed by `menggantikan` (s30off). Not when another post
    stands between the post and the verb (`Jabatan Kapolres X dan Kapolres Y berganti`: which one is not said;
    s30rvB)."""
    if not (doc[s].is_sent_start and k < len(doc) and doc[k].lower_ in _REPLACING and s > 0):
        return None
    a = _sentence_of(doc, s - 1)[0]
    posts = [by_start[j + 1] for j in range(a, s - 1) if doc[j].lower_ in _POST_NOUNS and j + 1 in by_start]
    verb = next((t.i for t in doc[posts[0].end:s] if t.lower_ in _CHANGED), None) if len(posts) == 1 else None
    return None if verb is None or any(j in by_start for j in range(posts[0].end, verb)) else posts[0]


def _held_in_clause(doc: Doc, k: int, held: str, by_end: dict) -> bool:
    """A post's own relative clause names its holder (`Kapolsek X yang dijabat AKP Y`, `... yang kini diemban ...`):
    `yang` right after the post, before the verb of holding at `k` (its links passed); wherever the post stands. Not a
    verb of a wider sense (`Mobil Kapolsek X yang dipegang Briptu Y`: a thing held)."""
    return k > 1 and doc[k - 1].lower_ in _HOLDER_CLAUSE and k - 1 in by_end and held not in _NOUN_ONLY


def _handing_verb(doc: Doc, k: int, by_end: dict) -> tuple[int | None, PositionPhrase | None]:
    """Back from `kepada` at `k - 1` over the outgoing officer: the verb of handing over (`Jabatan X diserahterimakan
    kepada AKBP Z`, `... diserahterimakan dari AKBP Y kepada`), or the post a change of post names right before `dari`
    (`sertijab Kasat Reskrim dari AKP Y kepada AKP Z`: the post changes hands, Z's)."""
    verb = k - 2 if doc[k - 2].lower_ in _HANDED else None
    for j in range(k - 2, max(k - 12, 1), -1):
        if verb is not None or doc[j].is_sent_start:
            break
        if doc[j].lower_ not in _HANDED_FROM:
            continue
        if j in by_end and _post_of_change(doc, by_end[j]):
            return None, by_end[j]
        if doc[j - 1].lower_ in _HANDED:
            verb = j - 1
    return verb, None


def _post_of_change(doc: Doc, phrase: PositionPhrase) -> bool:
    """The post `phrase` is the object of a change of post written right before it (`sertijab Kasat Reskrim`, `serah
    terima jabatan Kapolsek X`: `handover_cues.tsv` change), or the next item of a list of them in an article that
    tells one, whose item before it was handed over too (`... kepada AKP B serta Kapolsek Y dari Iptu C kepada AKP D`)."""
    a = phrase.start
    if a > 0 and (doc[a - 1].lower_ in _LIST_JOINS or doc[a - 1].text == ","):
        return _tells_change_of_post(doc) and _handed_earlier(doc, a - 1)
    before = [t.lower_ for t in doc[max(a - 3, 0):a]]
    return any(len(words) <= len(before) and tuple(before[-len(words):]) == words for words in _CHANGE_WORDS)


def _handed_earlier(doc: Doc, j: int) -> bool:
    """A handover's `kepada` stands before `j` in its sentence: the list's item before was a post handed over
    (`sertijab Kasat Reskrim dari X kepada Y, Kapolsek ...`), not a list of guests (`Wakapolres dan Kasat Reskrim`)."""
    while j > 0 and not doc[j].is_sent_start:
        j -= 1
        if doc[j].lower_ in _HANDED_TO:
            return True
    return False


def _passed_post(doc: Doc, s: int, k: int, by_end: dict) -> PositionPhrase | None:
    """The post its named outgoing holder passes on to the officer whose rank is at `s` (`Kapolres X AKBP Y diserahkan
    kepada AKBP Z`, `... digantikan oleh AKBP Z`); `k`: where the links before the rank begin."""
    if k >= 2 and doc[k - 1].lower_ in _HANDED_TO and doc[k - 2].lower_ in _HANDED:
        phrase = _post_of_outgoing(doc, k - 2, by_end)
    else:
        phrase = _replaced_post(doc, s, k, by_end)
    return phrase if phrase is not None and _post_changes(doc, phrase, s) else None


def _replaced_post(doc: Doc, s: int, k: int, by_end: dict) -> PositionPhrase | None:
    """`Kapolres X AKBP Y digantikan oleh AKBP Z`: the post of the outgoing holder named before the verb of replacing
    whose `oleh` (at `k - 1`, over the links before the rank at `s`) names Z; None when no such verb stands there."""
    if k < 1 or k == s or doc[k - 1].lower_ not in _REPLACED:  # (`oleh`, a link, stands between the verb and the rank)
        return None
    return _post_of_outgoing(doc, k - 1, by_end)


def _post_of_outgoing(doc: Doc, verb: int, by_end: dict) -> PositionPhrase | None:
    """The post that opens its clause right before its holder's rank and name, which end at the verb at `verb`
    (`Kapolres X AKBP Y digantikan`, `Kapolres X AKBP Y diserahkan`): the post passed on by the verb."""
    ranks_posts = doc._.post_tokens or frozenset()
    for e in range(verb - 1, max(verb - 8, 0), -1):
        if e in by_end and e in ranks_posts and all(doc[t].is_title or t in ranks_posts for t in range(e, verb)):
            return by_end[e] if _opens_clause(doc, by_end[e]) else None
    return None


def _opens_clause(doc: Doc, phrase: PositionPhrase) -> bool:
    """The post opens its sentence or clause, or follows a noun of a post (`Jabatan Kapolres X`): what a handover passes
    on, not a post after `dari` whose holder gives a thing (`Bantuan dari Kapolres X AKBP Y diserahkan kepada ...`)."""
    a = phrase.start
    return a == 0 or doc[a].is_sent_start or doc[a - 1].is_punct or doc[a - 1].lower_ in _POST_NOUNS


def _passed_on(doc: Doc, k: int, phrase: PositionPhrase) -> bool:
    """After the name ending at `k`, a verb passing his post `phrase` on to another officer at a change of post
    (`digantikan oleh AKBP Z`, `diserahkan kepada AKBP Z`: `_post_changes`): the post written before him is a former
    one."""
    while k < len(doc) and doc[k].lower_ in _HELD_LINKS and doc[k].lower_ not in _HELD:
        k += 1
    return k + 2 < len(doc) and doc[k].lower_ in _PASSED_ON and doc[k + 1].lower_ in (_HANDED_TO | _HELD_LINKS) \
        and k + 2 in (doc._.post_tokens or frozenset()) and _post_changes(doc, phrase, k + 2)
    # (an officer takes it: a rank or a post follows)


def _post_changes(doc: Doc, phrase: PositionPhrase, new: int) -> bool:
    """A verb of passing on (`digantikan oleh`, `diserahkan kepada`) hands the post `phrase` to the officer whose rank
    or post is at `new`: he is named `sebagai` the same post (`digantikan oleh AKBP Z sebagai Kapolres X`), or the
    article tells of a change of posts (`sertijab`, `mutasi`: `handover_cues.tsv` change) and no other post or role is
    his: not one written before his rank (`diserahkan kepada Kasi Propam X Iptu Z untuk diperiksa`), nor one after
    `sebagai` (`digantikan oleh Kompol Z sebagai pembina upacara`: a stand-in)."""
    title = doc[phrase.start].text
    if not ranks().get(doc[new].text):
        return doc[new].text == title  # a post written before the new holder's rank (`kepada Kasi Pidum Kejari X`)
    for j in range(new + 1, min(new + 12, len(doc) - 1)):
        if doc[j].is_punct or doc[j].is_sent_start:
            break
        if doc[j].lower_ in _DIRECT_POST_CUES:
            return doc[j + 1].text == title
    return _tells_change_of_post(doc)


def _tells_change_of_post(doc: Doc) -> bool:
    """The article tells of a change of posts: a word or phrase of `handover_cues.tsv` kind change (`sertijab`,
    `serah terima jabatan`, `mutasi`); read once per Doc."""
    memo = view(doc).memo
    if "change_of_post" not in memo:
        lowered = [w.lower() for w in token_texts(doc)]
        memo["change_of_post"] = any(lowered[i:i + len(words)] == list(words) for words in _CHANGE_WORDS
                                     for i in range(len(lowered) - len(words) + 1) if lowered[i] == words[0])
    return memo["change_of_post"]


def _handed_post(doc: Doc, phrase: PositionPhrase | None, verb: str) -> PositionPhrase | None:
    """`phrase` when it is the post handed over or held: after a noun of a post (`Jabatan Kapolres X diserahkan`), or,
    with a verb that takes only a post (`dijabat`, `diserahterimakan`; not `diserahkan`, `dipegang`), opening its clause
    (`Kapolsek X kini dijabat ...`); not a post after `dari`, `kepada` or a noun, whose holder owns or got what is
    handed (`Piagam dari Kapolres X diserahkan kepada Bripka Y`, `Mobil dinas Kapolsek X dipegang Briptu Y`)."""
    if phrase is None:
        return None
    a = phrase.start
    if a > 0 and doc[a - 1].lower_ in _POST_NOUNS:
        return phrase
    opens = a == 0 or doc[a].is_sent_start or doc[a - 1].is_punct or doc[a - 1].lower_ in _CLAUSE_OPENERS
    return phrase if opens and verb not in _NOUN_ONLY else None


def _phrase_over_unit_name(doc: Doc, s: int, by_end: dict) -> PositionPhrase | None:
    """`Danlanud Sultan Hasanuddin Marsma TNI X`, `Kapolres Pelabuhan Tanjung Priok AKBP X`: the
    capitalised words between a police or military post and the rank at `s` name the post's unit
    (the officer's name comes after the rank); the post, its head unit written with them. Not over a
    Title Case headline's verb (`Kapolres X Pimpin AKBP Y ...`: the headline's clause, not the unit); a verb's affixed
    shape is read so only in a sentence written in Title Case (`_title_case`): in prose a capitalised word so shaped
    names the unit (`Danlanud Sugiri Sukani Kolonel X hadir`); a region's level word is the unit's
    (`Wakapolresta Gorontalo Kota AKBP Y`)."""
    a, phrase, ranks_posts = s, None, doc._.post_tokens or frozenset()
    shapes: bool | None = None  # whether the sentence is a Title Case headline, read at the first need
    while phrase is None and a > 0 and s - a < 3 and doc[a - 1].is_alpha and doc[a - 1].is_title \
            and a - 1 not in ranks_posts:
        low = doc[a - 1].lower_
        if doc[a - 1].text not in ADMIN_WORDS and headline_clause_word(low, shapes=False):
            break
        if doc[a - 1].text not in ADMIN_WORDS and verb_shape(low):
            if shapes is None:
                shapes = _title_case(doc, s)
            if shapes:
                break
        # (not over another officer's rank: `Iptu A Bripka B`)
        a -= 1
        phrase = by_end.get(a)
    if phrase is None or phrase.info.force == "civil":
        return None
    unit = phrase.unit
    if unit and phrase.info.scope in ("head", "deputy"):
        unit = f"{unit} {span_text(doc, a, s)}"
    return PositionPhrase(phrase.start, s, phrase.surface, phrase.info, unit)


def _title_case(doc: Doc, i: int) -> bool:
    """The sentence of token `i` writes each of its words of four letters or more capitalised: a Title Case
    headline (`Kapolres Lembah Hijau Pimpin AKBP X dalam Apel`), not prose."""
    a, b = _sentence_of(doc, i)
    return all(not t.is_alpha or len(t) < 4 or t.text[:1].isupper() for t in doc[a:b])


def _bare_post(doc: Doc, s: int) -> PositionPhrase | None:
    """`Humas Polres Lembah Hijau AKP X`: a command's function written bare (`data/words/bare_posts.tsv`)
    right before its command and the rank at `s` is the officer's post as written, the command his unit. Not
    inside a body's name or a longer post (`Divisi Humas Polri Irjen X`, `Seksi Humas`, `Kepala Humas ...`: a
    sub-unit word, a table body, or a capitalised word that opens no sentence before it)."""
    k = s - 1 if s > 0 and doc[s - 1].text == "," else s
    for b in range(k - 2, max(k - 6, 0) - 1, -1):
        if doc[b].text not in _BARE_POSTS:
            continue
        if b > 0 and (doc[b - 1].text in _SUB_UNIT_WORDS or institution_table().get(span_text(doc, b - 1, b + 1))
                      or doc[b - 1].is_alpha and doc[b - 1].text[:1].isupper() and not doc[b - 1].is_sent_start):
            return None
        end, command = unit_after(doc, b + 1, set(doc._.post_tokens or ()))
        full, kind = _BARE_POSTS[doc[b].text]
        if command is None or end != k or not any(i.kind == kind for i in institution_table().get(doc[b + 1].text)):
            return None
        force = "Polri" if kind == "police" else "TNI"
        return PositionPhrase(b, k, doc[b].text, Position(doc[b].text, full, force, "", "sub"), command)
    return None


def _name_after_post(doc: Doc, p: PositionPhrase, blocked: set[int],
                     max_tokens: int = MAX_NAME_TOKENS) -> NameSpan | None:
    """The name written after a post with no rank (`Bupati Purwakarta Anne Ratna Mustika`)."""
    k = p.end + (1 if p.end < len(doc) and doc[p.end].text == "," else 0)
    if p.info.force != "civil" and k + 1 < len(doc) and rank_slip(doc[k].text) and is_name_token(doc[k + 1], blocked):
        k += 1  # `Kasie Humas Polsek X Itu Budi`: the rank misspelt (Iptu), the name after it; no rank read
    name = read_name(doc, k, blocked, max_tokens=max_tokens) if k < len(doc) and is_name_token(doc[k], blocked) else None
    if name is not None and p.info.force == "civil":
        name = _name_after_sub_unit(doc, name, blocked, max_tokens)
    if name is not None and name.end - name.start == 1 and calendar_word(doc[name.start].text):
        return None  # "Wisma Menpora, Jumat (19 / 5)": the day, no name
    if name is not None and _body_word(doc, name.start):
        return None  # "Kantor Staf Presiden (KSP), Komisi ... (KPK)": a body in a list, no holder
    if name is not None and name.end - name.start < 2 and p.info.force != "civil" and not (
            name.end < len(doc) and doc[name.end].lower_ in SPEECH_VERBS) and not _set_off_name(doc, p, k, name):
        name = None  # "Kapolsek Ciampea Budi" is rare; "Kapolda Metro Jaya" is a unit
    if name is not None and (any(r.kind in _REGION_KINDS for r in gazetteer().lookup(name.text))
                             or name.text in world_cities() or doc[name.end - 1].text in _DIRECTIONS
                             or doc[name.start].text in _SUB_UNIT_WORDS or _address_part(doc, name)):
        # "Kapolsek Torgamba, Labuhan Batu, Sumut", "Jaksa Penuntut Umum Ankara", "PN Jakarta
        # Selatan", "Kepala Desa Sukajaya, Kabupaten X": the place the post lies in; "Kanit V Subdit V
        # Jatanras": the sub-unit
        name = None
    return name


def _set_off_name(doc: Doc, p: PositionPhrase, k: int, name: NameSpan) -> bool:
    """A one-word name set off by a comma after a post, no ordinary word, closed by the sentence's end or by a comma
    and a lower-case word or a day (`Kapolsek Pedan, Sugiyono, mengatakan`; `kata Kapolsek Pedan, Sugiyono.`, `!`, `?`;
    `..., Sugiyono, Selasa (10/6)`): the holder's, as a one-word name before a verb of saying is. Not in a list of
    posts (`Kepala BNN, Aspam Kasal, Pangarmabar, Kadispamal dan ...`: a comma before the post, or a capitalised
    word after the name's comma); a place written there (`Kapolsek Torgamba, Labuhan Batu`) is the gazetteer's
    test after this one, and an island or area no region table holds (`Kapolsek X, Madura,`: geo_other) or a word
    never a name (`Kapolsek X, Bhayangkari, dan pelajar`: not_names) is none, nor a list's member before `dan`
    (review of s19rec)."""
    e, word = name.end, doc[name.start].text
    if not (k > 0 and doc[k - 1].text == "," and not is_common_word(word)) \
            or (p.start > 0 and doc[p.start - 1].text == ",") or word in not_names() or is_place_name(word):
        return False
    if e == len(doc) or doc[e].text in (".", "!", "?"):
        return True  # the sentence's end, or the text's (`..." kata Kapolsek X, Sugiyono` as the last words)
    if not (doc[e].text == "," and e + 1 < len(doc) and (doc[e + 1].is_lower or calendar_word(doc[e + 1].text))):
        return False
    # a list's last member after the word (`diikuti Kapolsek X, Tagana, dan relawan`): a list of bodies or people,
    # unless another post's holder follows the conjunction (`Kapolsek X, Sugiyono, dan Danramil X, Kapten Y`)
    return doc[e + 1].lower_ not in _LIST_JOINS or e + 2 < len(doc) and e + 2 in (doc._.post_tokens or ())


def _address_part(doc: Doc, name: NameSpan) -> bool:
    """A lone word after a post that a comma and a region's level follow is the smaller place of an address
    chain (`Kepala Desa Sukajaya, Kabupaten X, Budi`: the village the post heads), though no table knows it."""
    e = name.end
    return e - name.start == 1 and e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].text in _REGION_LEVELS


def _name_after_sub_unit(doc: Doc, name: NameSpan, blocked: set[int], max_tokens: int) -> NameSpan:
    """`Presiden Ferrari, Sergio Marchionne`, `Sekjen Bapilu PSI, Budi`: one word after a civil
    post that is no given name (and a body's acronym), then a comma and a name that opens with no
    ordinary word, is where the post sits; the name after the comma is the holder's."""
    if doc[name.start].lower_ in given_names():
        return name
    j = name.start + 1
    if j < len(doc) and doc[j].is_upper and doc[j].is_alpha and len(doc[j].text) >= 2:
        j += 1
    if name.end <= j and j + 1 < len(doc) and doc[j].text == "," and is_name_token(doc[j + 1], blocked) \
            and not is_common_word(doc[j + 1].text):
        return read_name(doc, j + 1, blocked, max_tokens=max_tokens) or name
    return name


@Language.factory("polsek_officers", assigns=["doc.spans", "doc._.post_tokens", "doc._.post_phrases",
                                             "doc._.command_phrases"],
                  default_config={"max_name_tokens": MAX_NAME_TOKENS})
def make_officers(nlp: Language, name: str, max_name_tokens: int) -> OfficerRecognizer:
    """`polsek_officers`: OFFICER spans in `doc.spans["officers"]` (a rank or post and the name
    it introduces, `OfficerMention` data) and the persons they name in `doc.spans["persons"]`.

    max_name_tokens (int): the most words a name after a rank or post may have (titles and
        the age after it aside).
    """
    return OfficerRecognizer(nlp, name, max_name_tokens=max_name_tokens)
