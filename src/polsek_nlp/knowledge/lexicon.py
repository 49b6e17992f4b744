"""The knowledge tables compiled once into lookups: ranks, suffixes, positions, stop words.

Multi-word entries of every table are matched through one index per attribute (a token's text,
or its lowercase form; tables are built lazily, on the first document that needs them), so a
document is scanned once for all tables and no component loops over patterns. The forms are split
into tokens as the tokenizer would split them (`formcache`, kept on disk between processes).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge import formcache
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.spacy_id import STOP_WORDS


@dataclass(frozen=True)
class Rank:
    abbr: str
    full: str
    force: str
    branch: str
    rank_class: str
    order: int


@dataclass(frozen=True)
class Position:
    position: str
    full: str
    force: str  # Polri | TNI | civil
    unit: str
    scope: str  # head | deputy | sub | member | civil


class _Index:
    """Every table matched on the same attribute (a token's text, or its lowercase form), as one
    token trie: a Doc is scanned once for all tables, and each table takes its own matches.

    The trie is flat, numbered nodes in three dicts: `first` (a form's first token → its node),
    `edges` ((node, next token) → node) and `ends` (node → the (table id, form) of the forms that
    end there). Its keys and values are ints, strings and tuples of them, which the garbage
    collector stops tracking, where a node of nested lists and dicts was three objects it walked
    in every full collection (~19,000 forms: one such collection fell in a new process's first
    analysis)."""

    def __init__(self, lower: bool) -> None:
        self.lower = lower
        self.first: dict[str, int] = {}
        self.edges: dict[tuple[int, str], int] = {}
        self.ends: dict[int, tuple[tuple[int, str], ...]] = {}
        self.version = 0  # bumped when a table is added: earlier per-Doc results are stale

    def _node(self, node: int, key: str) -> int:
        """The child of `node` (0: the root) by `key`, made when missing."""
        step = self.first if node == 0 else self.edges
        at = key if node == 0 else (node, key)
        child = step.get(at)  # type: ignore[call-overload]
        if child is None:
            child = step[at] = len(self.first) + len(self.edges) + 1  # type: ignore[index]
        return child  # type: ignore[no-any-return]

    def add(self, table: int, forms: list[str]) -> None:
        ends = self.ends
        for form, toks in zip(forms, formcache.tokens(forms), strict=True):
            if not toks:
                continue
            node = 0
            for tok in toks:
                node = self._node(node, tok.lower() if self.lower else tok)
            ends[node] = (*ends.get(node, ()), (table, form))
        self.version += 1

    def matches(self, doc: Doc) -> dict[int, list[tuple[int, int, str]]]:
        """Table id → its (start, end, form) matches in `doc` by start then end, computed once per Doc."""
        v = view(doc)
        memo = v.memo.setdefault("phrase_matches", {})
        hit = memo.get(self.lower)
        if hit is not None and hit[0] == self.version:
            return hit[1]
        texts = v.lower_texts() if self.lower else v.texts
        first, edges, ends, n = self.first, self.edges, self.ends, len(texts)
        out: dict[int, list[tuple[int, int, str]]] = {}
        # the tokens that start a form, picked in C (`compress`, one look-up of the trie's first words a
        # token), not by a Python loop over every token; a set of the Doc's words made first, to look up
        # only those that start a form, cost more than it saved (the scan of one index 60 -> 41 us an article)
        for i in itertools.compress(range(n), map(first.__contains__, texts)):
            node: int | None = first[texts[i]]
            j = i + 1
            while node is not None:
                for table, form in ends.get(node, ()):
                    out.setdefault(table, []).append((i, j, form))
                if j >= n:
                    break
                node = edges.get((node, texts[j]))
                j += 1
        memo[self.lower] = (self.version, out)
        return out


_SHARED: dict[bool, _Index] = {}
_TABLE_IDS = itertools.count()


class PhraseTable:
    """Phrase lookup over tokens (case-sensitive, or on lowercased tokens with attr="LOWER"):
    surface form → list of values."""

    def __init__(self, entries: dict[str, list], attr: str = "ORTH") -> None:
        self.entries = entries
        self.id = next(_TABLE_IDS)
        lower = attr == "LOWER"
        shared = _SHARED.get(lower)
        if shared is None:
            shared = _SHARED[lower] = _Index(lower)
        self._shared = shared
        shared.add(self.id, list(entries))

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Every match, overlapping ones included, as (start token, end token, surface form)."""
        return self._shared.matches(doc).get(self.id, [])

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Longest non-overlapping matches as (start token, end token, surface form), chosen once per
        Doc: several components ask the same table (the posts: officers, institutions, places)."""
        memo = view(doc).memo.setdefault("phrase_longest", {})
        held = memo.get(self.id)
        if held is not None and held[0] == self._shared.version:
            return list(held[1])
        found = sorted(self.matches(doc), key=lambda m: (m[0] - m[1], m[0]))
        out, used = [], set()
        for start, end, form in found:
            if used.isdisjoint(range(start, end)):
                used.update(range(start, end))
                out.append((start, end, form))
        out.sort()
        memo[self.id] = (self._shared.version, out)
        return list(out)

    def longest_at(self, doc: Doc) -> dict[int, int]:
        """Start token → end of the longest match starting there (overlapping matches kept)."""
        out: dict[int, int] = {}
        for start, end, _ in self.matches(doc):
            if end > out.get(start, 0):
                out[start] = end
        return out

    def __contains__(self, form: str) -> bool:
        return form in self.entries

    def get(self, form: str) -> list:
        return self.entries.get(form, [])


@cache
def named_table(name: str, value: str, exclude: frozenset[str] = frozenset()) -> PhraseTable:
    """A table whose rows have a `name` and `variants`: every form → the rows' `value` column."""
    entries: dict[str, list[str]] = {}
    for row in read_table(name):
        for form in {row["name"], *split_cell(row["variants"])} - exclude:
            entries.setdefault(form, []).append(row[value])
    return PhraseTable(entries)


@lru_cache(maxsize=1)
def ranks() -> PhraseTable:
    entries: dict[str, list[Rank]] = {}
    rows = read_table("ranks.tsv")
    words = {row["full"].split()[0].lower() for row in rows}  # Kapten, Brigadir, Inspektur: words, no acronyms
    words |= {form.lower() for row in rows if " " not in row["full"] for form in split_cell(row["variants"])}  # Jendral
    for row in rows:
        rank = Rank(row["abbr"], row["full"], row["force"], row["branch"], row["class"], int(row["order"]))
        for form in _stopped_forms({row["abbr"], row["full"], *split_cell(row["variants"])}, words):
            bucket = entries.setdefault(form, [])
            if all((r.abbr, r.force) != (rank.abbr, rank.force) for r in bucket):
                bucket.append(rank)
    return PhraseTable(entries)


def _stopped_forms(forms: set[str], words: set[str]) -> set[str]:
    """`forms` and each acronym among them with an abbreviation's full stop (`IPDA.`, `Kompol.`) and, written in
    capitals, with a stop after each letter (`A.K.B.P.`, `A.K.P.`): the same rank, as regional sites write it (s27off);
    also with no last stop (`A.K.B.P`) and spelt out letter by letter with spaces (`A K B P`, s28off).
    Not a rank's ordinary word (`Kapten.`, `Brigadir.`: a sentence may end on it)."""
    out = set(forms)
    for form in forms:
        if " " in form or not form.isalpha() or form.lower() in words:
            continue
        out.add(f"{form}.")
        if form.isupper() and len(form) >= 3:
            out.update((".".join(form) + ".", ".".join(form), " ".join(form)))
    return out


@lru_cache(maxsize=1)
def rank_suffixes() -> PhraseTable:
    entries: dict[str, list[str]] = {}
    for row in read_table("rank_suffixes.tsv"):
        entries.setdefault(row["suffix"], []).extend(split_cell(row["force"]))
    return PhraseTable(entries)


def without_acting_marker(position: str | None) -> str | None:
    """An acting holder's post as the positions table writes it (`Plt Kapolres`, `Plh. Kasat Lantas` -> `Kapolres`,
    `Kasat Lantas`): the marker of `words/acting_markers.tsv` is kept in an officer's position as written (session
    22), but the post is the same one, so a later mention of it alone is the same officer's (review s22rvA)."""
    if position:
        head, _, rest = position.partition(" ")
        if rest and head.rstrip(".") in word_set("acting_markers"):
            return rest
    return position


@lru_cache(maxsize=1)
def positions() -> PhraseTable:
    entries: dict[str, list[Position]] = {}
    spellings: dict[str, list[str]] = {}
    for row in read_table("post_spellings.tsv"):
        spellings.setdefault(row["word"], []).append(row["spelling"])
    for row in read_table("positions.tsv"):
        pos = Position(row["position"], row["full"], row["force"], row["unit"], row["scope"])
        for form in _spelt_forms({row["position"], *split_cell(row["variants"])}, spellings):
            entries.setdefault(form, []).append(pos)
    for form, deputy in _commanders_deputies(entries).items():
        entries[form] = [deputy]
    for form, post in _heads_by_unit(entries).items():
        entries[form] = [post]
    for form, posts in _caps_forms(entries).items():
        entries[form] = posts
    return PhraseTable(entries)


def _caps_forms(entries: dict[str, list[Position]]) -> dict[str, list[Position]]:
    """A police or military post written all in capitals, as a lead in capitals writes it (`KASAT LANTAS`, `KASI
    HUMAS`, `KEPALA SATRESKRIM`): the same post, where the table has no such form of its own (s30off). Civil posts
    are left out (`BUPATI`, `CAMAT` head a headline's subject as often as a lead's)."""
    out: dict[str, list[Position]] = {}
    for form, posts in entries.items():
        caps = form.upper()
        kept = [p for p in posts if p.force in ("Polri", "TNI")]
        if kept and caps != form and caps not in entries and not form.endswith("."):
            out.setdefault(caps, []).extend(kept)
    return out


def _commanders_deputies(entries: dict[str, list[Position]]) -> dict[str, Position]:
    """The deputy of a commander's post written as one word (`Danrem` -> `Wadanrem`, `Danlanal` -> `Wadanlanal`): the
    Wakil Komandan of a command (Perpres No. 66 Tahun 2019, the TNI's organisation; Perkap 14/2018 for Brimob), read
    with the command's unit where the table has no row of its own for it (s29off)."""
    out: dict[str, Position] = {}
    for form, posts in entries.items():
        head = next((p for p in posts if p.scope == "head" and p.position.startswith("Dan")), None)
        if head is None or " " in form or form[:3] not in ("Dan", "DAN"):
            continue
        deputy = f"Wad{form[1:]}" if form[:3] == "Dan" else f"WA{form}"
        if deputy not in entries:
            out[deputy] = Position(f"Wad{head.position[1:]}", f"Wakil {head.full}", head.force, head.unit, "deputy")
    return out


def _heads_by_unit(entries: dict[str, list[Position]]) -> dict[str, Position]:
    """A police or military head's post written as `Kepala` and its unit's short name (`Kepala Satreskrim`, `Kepala
    Bidhumas`, `Kepala Satlantas`), as news writes it beside `Kasat Reskrim` and `Kepala Satuan Reserse Kriminal`: the
    post whose full name is the `Kepala` of that unit (s29off), where the table has no such form of its own and the
    unit's name is no mere start of the full one (`Kepala Unit`, `Kepala Subdirektorat`)."""
    out: dict[str, Position] = {}
    for posts in entries.values():
        for post in posts:
            form = f"Kepala {post.unit}"
            if post.force in ("Polri", "TNI") and post.full.startswith("Kepala ") and post.scope in ("head", "sub") \
                    and not post.unit.startswith(("TNI", "Polri")) and not post.full.startswith(form) \
                    and form not in entries:  # `Kepala Unit`: the full name itself, a word of other bodies too
                out[form] = post
    return out


def _spelt_forms(forms: set[str], spellings: dict[str, list[str]]) -> set[str]:
    """`forms` and each one with its first word in the other house spellings of `post_spellings.tsv` (`Kasi Humas`
    -> `Kasie Humas`; `Kasubbag Humas` -> `Kepala Subbag Humas`, s30off): the same post, written either way (s26off);
    a sub-unit's word written with a hyphen
    (`Kepala Subdirektorat`, `Kepala Sub Direktorat` -> `Kepala Sub-Direktorat`; the tokens are those of `Kepala Sub -
    Direktorat` too, as the 2017 archive spaces its hyphens; s28off)."""
    out = set(forms)
    for form in forms:
        head, sep, rest = form.partition(" ")
        if sep:
            out.update(f"{spelling} {rest}" for spelling in spellings.get(head, ()))
    return out | {_SUB_WORD.sub(lambda m: f"Sub-{m[1].title()}", form) for form in out if _SUB_WORD.search(form)}


_SUB_WORD = re.compile(r"\bSub ?([a-z]{4,}|[A-Z][a-z]{3,})\b")  # Subdirektorat, Sub Bagian: a sub-unit's word


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """Titles written before a name (H., Hj., Dr., Pak, Bu, Ustaz) → kind."""
    return {row["form"]: row["kind"] for row in read_table("honorifics.tsv") if row["position"] == "before"}


@lru_cache(maxsize=1)
def eponym_titles() -> frozenset[str]:
    """The titles a body named after a person keeps in its name (`RSUD dr. Soedarso`, `Rumah Sakit Prof.
    Dr. H. X`): the academic and religious titles before a name and the given names shortened with a dot
    (`Moh.`), never a form of address (`Pak`, `Bu`), which names no body."""
    return frozenset(form for form, kind in honorifics().items() if kind in ("academic", "religious")) \
        | word_set("given_abbreviations")


@lru_cache(maxsize=1)
def kin_titles() -> dict[str, str]:
    """Kin addresses written before a name (`kin` rows of `honorifics.tsv`: Nenek, Kakek, Mak, Tante), lowercased →
    the sex they mark (L, P, or "" for either): the one source of kin titles for the person and incident readers."""
    return {row["form"].lower(): row["sex"] for row in read_table("honorifics.tsv")
            if row["position"] == "before" and row["kind"] == "kin"}


@lru_cache(maxsize=1)
def name_honorifics() -> frozenset[str]:
    """The honorifics before which ordinary words may still be a name (`Pak Slamet`), built once: a kin address is no
    such title (`Kakek Tua Jual ...`: a headline's words after it)."""
    return frozenset(form for form, kind in honorifics().items() if kind != "kin")


@lru_cache(maxsize=1)
def post_titles() -> frozenset[str]:
    """Academic titles written after a name (S.H., S.I.K., M.H., MH, SIK)."""
    return frozenset(row["form"] for row in read_table("honorifics.tsv") if row["position"] == "after")


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    """Lowercase words that never belong to a person's name (function words, headline verbs);
    spaCy's stop list less the words that are also given names (`data/words/stopword_names.tsv`)."""
    return function_words() | headline_stopwords()


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """spaCy's Indonesian stop words less the given names among them (`data/words/stopword_names.tsv`): the
    function words (`di`, `saat`, `ketika`, `kembali`), without `name_stopwords.tsv`'s headline verbs."""
    names = word_set("stopword_names")
    return frozenset(w for w in STOP_WORDS if w not in names)


@lru_cache(maxsize=1)
def headline_stopwords() -> frozenset[str]:
    """The words `name_stopwords.tsv` adds to spaCy's stop list: headline verbs and nouns (`gelar`,
    `tinjau`, `bersama`, `warga`), without spaCy's function words, some of which name places too
    (`baru`, `tengah`, `atas`: Tanjung Baru, Jawa Tengah)."""
    return frozenset(row["word"].lower() for row in read_table("name_stopwords.tsv"))


@lru_cache(maxsize=1)
def role_words() -> dict[str, str | None]:
    """Words before a personal name (tersangka, Presiden, bernama) → the role they give the
    person, None where they name no role (`data/role_words.tsv`)."""
    return {row["word"]: row["role"] or None for row in read_table("role_words.tsv")}


@cache
def speech_verbs_after_name(uses: tuple[str, ...]) -> frozenset[str]:
    """Reporting verbs that, written right after a name, make it a speaker's (Budi mengatakan):
    the cues of `data/reporting_verbs.tsv` whose `after_name` is one of `uses` (say, claim)."""
    return frozenset(row["cue"] for row in read_table("reporting_verbs.tsv") if row["after_name"] in uses)


@cache
def indirect_speech_heads() -> frozenset[str]:
    """The first word of the reporting verbs of `kind` indirect (`mengatakan`, `menyebut`: the speaker stands
    before them, the reported clause after them; `data/reporting_verbs.tsv`), less `menurut`, the one cue
    of that kind whose speaker follows it (`Menurut X, ...`)."""
    return frozenset(row["cue"].split()[0] for row in read_table("reporting_verbs.tsv")
                     if row["kind"] == "indirect") - {"menurut"}


@cache
def statement_verbs() -> frozenset[str]:
    """The verbs of saying that date a statement with a day written between its speaker and them (`Kapolsek
    X, Rabu (12/6), mengatakan`): the cues of `data/reporting_verbs.tsv` whose `statement` is yes."""
    return frozenset(row["cue"] for row in read_table("reporting_verbs.tsv") if row["statement"] == "yes")


@cache
def term_acronyms() -> frozenset[str]:
    """All-capital terms that are no body (KTP, KK, OTT, DPO, IPO): `data/not_org_acronyms.tsv`."""
    return frozenset(row["acronym"] for row in read_table("not_org_acronyms.tsv"))


@cache
def person_term_acronyms() -> frozenset[str]:
    """The terms of `term_acronyms` that qualify a person (SMP, PNS, WNA: `person` = yes), which a noun of a
    kind of person before them does not make initials (`siswi SMP`, not `pria AC`)."""
    return frozenset(row["acronym"] for row in read_table("not_org_acronyms.tsv") if row["person"] == "yes")


@cache
def reporting_verb_heads() -> frozenset[str]:
    """The first word of every reporting verb's cue (`kata`, `ujar`, `mengatakan`): a name right after
    one is the speaker's (`data/reporting_verbs.tsv`)."""
    return frozenset(row["cue"].split()[0] for row in read_table("reporting_verbs.tsv"))
