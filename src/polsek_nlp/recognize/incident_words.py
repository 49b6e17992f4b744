"""The word table of incident reports (`data/incident_words.tsv`): roles, statuses, harms, sexes,
cues of seizure, charge and penalty, as dicts and regexes by kind."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.wordtrie import longest_first, trie_alternation

# letters whose lower case `re` (IGNORECASE) and `str.lower` read differently: a text holding one is searched
# without the gates that read its words in lower case
ODD_CASE = ("\u0130", "\u0131", "\u017f")  # İ ı ſ


@lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """`text` in lower case, each character where it stood, for a gate or a scan that reads words in any case
    with `str` tests or a case-sensitive pattern (a literal `re` skips ahead to); None for a text with a letter
    of `ODD_CASE`, which its caller searches as before."""
    return None if any(c in text for c in ODD_CASE) else text.lower()


def headed_matches(pat: re.Pattern, text: str, head: re.Pattern, any_case: bool = True) -> Iterator[re.Match]:
    """The matches of `pat` in `text` as `finditer` finds them (left to right, none inside an earlier one), for a
    pattern each of whose matches starts where `head` matches: `pat` is tried only there, not at every position
    (where a pattern that starts with a lookbehind or an alternation in any case is tried). `head` is a
    case-sensitive pattern that starts with a literal or a few letters, which `re` skips ahead to; with
    `any_case` it reads the `lowered` text (a text that cannot be is searched whole), else `text` itself."""
    src = lowered(text) if any_case else text
    if src is None:
        yield from pat.finditer(text)
        return
    yield from matches_at(pat, text, head_starts(head, src))


def head_starts(head: re.Pattern, src: str) -> Iterator[int]:
    """Every position where `head` matches in `src` (overlapping ones too), left to right."""
    pos = 0
    while (h := head.search(src, pos)) is not None:
        yield h.start()
        pos = h.start() + 1


@cache
def word_heads(ws: tuple[str, ...]) -> re.Pattern:
    """Where one of `ws` (table words or phrases) can start, in lower case: the first word of each, for
    `headed_matches` on a pattern that starts with them (in any case; a phrase's words apart by any space)."""
    return re.compile(trie_alternation(sorted({w.split()[0].lower() for w in ws})))


def matches_at(pat: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """The matches of `pat` in `text` as `finditer` finds them (left to right, none inside an earlier one), for a
    pattern that can match only at `starts` (rising)."""
    last = 0
    for at in starts:
        m = pat.match(text, at) if at >= last else None
        if m is not None:
            last = m.end()
            yield m


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern built from the tables, compiled once per process (not in `re`'s small cache, where
    many patterns would push out other components' ones)."""
    return re.compile(pattern, flags)


@cache
def words(kind: str) -> dict[str, str]:
    """The `kind` rows of `data/incident_words.tsv`: word -> value."""
    return {r["word"]: r["value"] for r in read_table("incident_words.tsv") if r["kind"] == kind}


@cache
def word_tuple(kind: str) -> tuple[str, ...]:
    """The words of the `kind` rows in table order (for `str.startswith`, or where order ranks them)."""
    return tuple(words(kind))


def word_regex(kind: str) -> re.Pattern:
    """The `kind` words, each a whole word (not in a longer word or a hyphenated one), in any case."""
    return _alt(word_tuple(kind))


@cache
def word_before_end(kind: str) -> re.Pattern:
    """A `kind` word, whole, right before where the search ends, spaces after it (`negator`: `tidak `, `tanpa ` before
    a word found), in any case."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(word_tuple(kind))})\s+$", re.IGNORECASE)


def any_word(ws: Iterable[str]) -> re.Pattern:
    """Any of the words `ws` as a whole word, in any case, as `word_regex` reads a kind's (several kinds
    together, or a kind less some words)."""
    return _alt(tuple(sorted(set(ws))))


@cache
def _alt(ws: tuple[str, ...]) -> re.Pattern:
    """The words as one pattern, factored into a trie (a long alternation tried branch by branch at
    every position is the slow part of reading a whole text with it)."""
    return re.compile(rf"(?<![\w-]){trie_alternation(ws)}(?![\w-])", re.IGNORECASE)


@cache
def _lower_alt(ws: tuple[str, ...]) -> re.Pattern:
    """`_alt(ws)` for a `lowered` text: the words in lower case, matched case-sensitively (`re` tries a
    pattern in any case at every position by case-folding each character; in one case it matches a text
    in about half the time)."""
    return re.compile(rf"(?<![\w-]){trie_alternation(sorted({w.lower() for w in ws}))}(?![\w-])")


def word_matches(ws: tuple[str, ...], text: str) -> Iterator[re.Match]:
    """The matches of `_alt(ws)` (`word_regex`, `any_word`) in `text`, as its `finditer` finds them, for a
    scan of a whole text: found by `_lower_alt` in the `lowered` text (the same places: the words and the
    text in one case, each character where it stood), each matched again on `text` at its start (the
    match the caller reads is the text's); a text that cannot be lowered so is searched as before."""
    lo = lowered(text)
    pat = _alt(ws)
    if lo is None:
        yield from pat.finditer(text)
        return
    for m in _lower_alt(ws).finditer(lo):
        yield pat.match(text, m.start())


@cache
def arrest_verbs(voice: str, without: tuple[str, ...] = ()) -> str:
    """The verbs of arrest of `voice` (`passive`: ditangkap ..., `active`: menangkap ...) as one
    alternation, less those that play a part in `without` (`arrest_part` rows: held, caught, secures)."""
    return trie_alternation(arrest_verb_list(voice, without))


@cache
def arrest_verb_list(voice: str, without: tuple[str, ...] = ()) -> tuple[str, ...]:
    """`arrest_verbs`' words, in table order (for `word_heads`)."""
    parts = words("arrest_part")
    return tuple(w for w, v in words("arrest").items() if v == voice and parts.get(w) not in without)


@cache
def parted_word_list(kind: str, parts: tuple[str, ...]) -> tuple[str, ...]:
    """The `kind` words whose value names one of `parts` (a value may name several, space-separated), in
    table order."""
    return tuple(w for w, v in words(kind).items() if set(v.split()) & set(parts))


@cache
def parted_words(kind: str, parts: tuple[str, ...]) -> str:
    """`parted_word_list` as one alternation, longest first (a trie: matching what the plain alternation
    longest first matches): `counted_role` nouns by the count that reads them, `adverb` words by their
    class."""
    return trie_alternation(parted_word_list(kind, parts))


@cache
def phrase_words(kind: str, part: str | None = None) -> str:
    """The `kind` words (with `part`: those whose value names it, a value may name several,
    space-separated) as one alternation, longest first, a space of a phrase any run of spaces (`armed`
    rows: `pria\\s+bersenjata\\s+api`; `list_word` rows of part `opener`: `antara\\s+lain|yakni`)."""
    ws = [w for w, v in words(kind).items() if part is None or part in v.split()]
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(ws, key=lambda w: (-len(w), w)))


@cache
def worded(kind: str, pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """`pattern` with each `{part}` (a lowercase name: `{0,2}` stays a quantifier) replaced by the `kind`
    words whose value names that part, as one group (`phrase_words`), compiled once per process:
    `worded("list_word", r"\\b{opener}\\s*:?")`."""
    return re.compile(_PART.sub(lambda m: f"(?:{phrase_words(kind, m.group(1))})", pattern), flags)


_PART = re.compile(r"\{([a-z_]+)\}")


def either_case(ws: Iterable[str]) -> str:
    """Lowercase words as one alternation, longest first, whose first letters may also be capitals
    (`[Tt]ersangka`), the rest of each word as written."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[:1].isalpha() else w for w in longest_first(ws).split("|"))


def adverbs(*classes: str) -> str:
    """One adverb of the `classes` (`adverb` rows: done, success, now, then, pun, lalu) and its space, as a
    group to repeat or make optional (`{adverbs('done')}*` reads `sudah telah ditangkap`)."""
    return rf"(?:(?:{parted_words('adverb', classes)})\s+)"


@cache
def custody_verbs() -> str:
    """`mendekam di`, `meringkuk di`: the verbs of lying in custody with their `di`, as one alternation."""
    return "|".join(rf"{re.escape(w)}\s+di" for w in word_tuple("custody"))


@cache
def core_words() -> frozenset[str]:
    """The words that say a person took part in an incident: a role, an arrest, a victim, a death, an
    injury (not the `weak` words of everyday use: app users, sellers, a player's `cedera`, nor the calm
    words of dying: `meninggal`), and the `report` rows marked core."""
    core = words("role").keys() | words("arrest").keys() | words("victim").keys() | words("injured").keys() \
        | {w for w, v in words("dead").items() if v != "calm"} \
        | {w for w, v in words("report").items() if v == "core"}  # `ditahan polisi`, though `ditahan` is weak
    return frozenset(core - words("weak").keys())


@cache
def _report_words() -> frozenset[str]:
    """The core words, charges, the `report` rows and the calm words of dying, less the weak ones."""
    return frozenset(core_words() | (words("charge").keys() | words("report").keys() | words("dead").keys())
                     - words("weak").keys())


@cache
def report_regex() -> re.Pattern:
    """The words of an incident report: the core words, charges, the `report` rows (barang bukti,
    pasal, penangkapan ...) and the calm words of dying (`meninggal`)."""
    return _alt(tuple(sorted(_report_words())))


@cache
def _cue_words() -> tuple[str, ...]:
    """The words the incident test counts as cues of a report: `report_regex`'s, the words of the missing as a toll
    (`missing_cues`), the words of drugs (`drug_word`
    rows) and the passive verbs of a crime against a person (`crime_verb` rows: dianiaya, dirampok, dicuri), which tell a
    report beside a core word but make no sentence one of the case for the readers, and the nouns of a dead body
    (`body_words`), a proof when found, and the weak verbs of custody and sentencing (`custody_proof` rows), a proof
    only of a person set out by initials in a case's sentence (s20fxC)."""
    return tuple(sorted(_report_words() | body_words() | words("custody_proof").keys() | missing_cues()
                        | ((words("drug_word").keys() | words("crime_verb").keys()) - words("weak").keys())))


@cache
def missing_cues() -> frozenset[str]:
    """The words of the missing that are no core word (`hilang`, `belum ditemukan`: also said of goods, of a signal, of
    a suspect) and the `toll_cue` rows (weak words of harm: `mual`, `kejang`): a cue of the incident
    test only as a toll, after a count of people or in its incident's sentence (`Dua nelayan hilang`, `lima penumpang
    yang belum ditemukan`, `Sebanyak 25 siswa mengalami mual`; s28cas), never one by themselves."""
    return frozenset((words("missing").keys() | words("toll_cue").keys()) - core_words())


def cue_regex() -> re.Pattern:
    """The cue words (`_cue_words`) as one pattern."""
    return _alt(_cue_words())


def cue_matches(text: str) -> Iterator[re.Match]:
    """The cue words of `text`, as `cue_regex().finditer(text)` finds them (`word_matches`: the whole-text scan of
    every article the incident gate lets through)."""
    return word_matches(_cue_words(), text)


@cache
def body_words() -> frozenset[str]:
    """The nouns of a dead body (`body` rows of name_context: jenazah, mayat, jasad): a cue of the incident test when
    its sentence says it was found (`body_find` rows; s18gate)."""
    return frozenset(parted_word_list("name_context", ("body",)))


@cache
def fled_after() -> re.Pattern:
    """A verb of escape (`status` rows read `buron`: `kabur`, `melarikan diri`) within 40 characters after a
    point of the clause (no `.`/`;` between), for `match` at that point."""
    return compiled(rf"[^.;]{{0,40}}?(?<![\w-])(?:{parted_words('status', ('buron',))})(?![\w-])", re.IGNORECASE)


# a sentence about another time than the incident's: statistics of a year, last year's toll
OTHER_TIME = re.compile(r"\b(?:(?:tahun|bulan)\s+(?:lalu|silam)|(?:sepanjang|selama|sejak(?:\s+awal)?)\s+(?:tahun\s+)?(?:19|20)\d\d|"
                        r"sepanjang\s+tahun|pada\s+(?:tahun\s+)?(?:19|20)\d\d|(?:19|20)\d\d\s+silam|"
                        r"dalam\s+(?:[\w-]+\s+)?(?:bulan|tahun)\s+terakhir|"  # `Dalam satu bulan terakhir, total ada 10 ...`
                        r"(?:kejadian|peristiwa|insiden)\s+(?:[\w-]+\s+){0,2}tahun\s+(?:19|20)\d\d|"  # `Pada kejadian gempa tahun 2012`
                        r"pada\s+(?-i:[A-Z])[a-z]+\s+silam)\b", re.IGNORECASE)
