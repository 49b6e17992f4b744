"""Our tokenizer: spaCy's `Tokenizer` with prefix and suffix searches and a URL match that skip
their regexes where they cannot match.

spaCy's tokenizer asks its prefix regex about every new whitespace-separated chunk. That regex
is one alternation of ~250 anchored alternatives (`^§|^%|^US\\$|...`) which `re` tries in turn:
~4-7 us a new chunk, most of a new word's cost. `PrefilteredSearch` asks it only about chunks that
start with one of the characters an alternative can start with (listed once from the pattern),
and gives the regex's own answer. Paired A/B on 400 unseen IndoSum articles (benchmarks/ab.py):
`analyze` takes 1.16x the time without it (3 pairs, 1.10-1.23). `PrefilteredSuffixSearch` does
the same for the suffix regex (~90 alternatives anchored at the end, tried at every character of
a new chunk) from the characters its alternatives end with and need (issue 20, session 9).
`PrefilteredMatch` asks spaCy's URL pattern only about chunks that hold the characters every
match of it holds (a full stop; session 19).

Listing the first characters walks the compiled pattern with the standard library's regex parser
(`re._parser`, `sre_parse` before Python 3.11). Where that parser is missing, the pattern is
beyond the analysis or the parser's tree is not of the shape read here (a later Python), the
plain search is used: the tokens are the same, only slower.

Why a private module (session 9, looked for a public way): the parser is the one `re.compile`
runs on every pattern, in every CPython since 2.x, so it is as stable as `re` itself; no public
API gives a pattern's parse tree, and spaCy's `util.compile_prefix_regex` only joins the table's
parts (`^` + each), which are themselves regex pieces (escapes, classes of ranges, a lookahead,
an alternation with an unanchored branch), so building the list from the parts would need a
parser of our own, a second and less exact one. The public alternative that needs no parser,
asking `regex`'s partial match about every code point (`pattern.match(c, partial=True)`), gives
the same 6,099 first characters but takes ~3.1 s against ~3-6 ms for the walk, which would have
to be kept on disk. See docs/pipeline.md.

What the walk reads from a pattern is plain data (characters, class sources), kept in the cache
folder keyed by the pattern's text and this module's code (`data.diskcache.compiled`), so a new
process does not parse spaCy's prefix, suffix and URL patterns a second time (`re.compile` parses
them once for itself): the suffix pattern is ~14,000 characters, ~15 ms to parse and walk (issue 20,
session 16).
"""
from __future__ import annotations

import re
import string
from pathlib import Path

import regex
import srsly
from spacy.tokenizer import Tokenizer

from polsek_nlp.data.diskcache import compiled

try:  # Python 3.11+: the regex parser lives inside the `re` package
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10, or a Python without it
    try:
        import sre_constants as sre_c  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]
    except ImportError:
        sre_c = sre_parse = None  # type: ignore[assignment]


class PolsekTokenizer(Tokenizer):
    """spaCy's `Tokenizer`, with an infix pattern compiled by `regex` and gated, and prefiltered
    prefix and suffix searches and URL match, that survive serialisation."""

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> PolsekTokenizer:
        """As spaCy's, but the infix pattern is compiled with `regex` (our hyphen rule needs a
        variable-width lookbehind and `\\p{L}`, which `re` rejects), and the prefix and suffix
        searches and the URL match are prefiltered and the infixes gated again."""
        exclude = tuple(exclude)
        super().from_bytes(bytes_data, exclude=(*exclude, "infix_finditer"))
        if "infix_finditer" not in exclude:
            pattern = srsly.msgpack_loads(bytes_data).get("infix_finditer")
            if isinstance(pattern, str):
                self.infix_finditer = gated_infixes(regex.compile(pattern).finditer)
        self.prefix_search = prefiltered(self.prefix_search)
        self.suffix_search = prefiltered_suffix(self.suffix_search)
        self.url_match = prefiltered_match(self.url_match)
        if self.token_match is None:  # (a pipeline saved before it: the same tokens, found sooner)
            self.token_match = plain_word_match(self.prefix_search, self.suffix_search, self.infix_finditer)
        return self


class PrefilteredSearch:
    """`prefix_search` answered without its regex when the text cannot match it.

    spaCy's prefix regex is one alternation of ~250 anchored alternatives (`^§|^%|^US\\$|...`),
    and `re` tries each of them in turn: ~7 us for every new chunk, which is most of a new word's
    cost. A word whose first character starts none of the alternatives (nor holds the first
    character of an unanchored one) cannot match, so the regex is asked only about the others;
    the answers are the regex's own. `pattern` is the regex's, for spaCy's serialisation.

    A first character that only alternatives spelt with two literal characters or more start
    (`^US\\$`, `^USD`, `^Rp`, `^IDR`: the capitals A C I R S U) lets the regex be asked only when the
    chunk starts with one of their literal prefixes (`led`): a capitalised word (`Selasa`,
    `Ahmad`, `Cianjur`) no longer is, ~15 an unseen article, each a full search (session 14).
    """

    def __init__(self, search) -> None:
        self._search = search
        self.pattern = search.__self__.pattern
        self.starts, anywhere, self.led = _analysis("prefix_starts", search.__self__, _first_characters)
        # one C-level scan for the first characters of unanchored alternatives (a generator over
        # them would cost more than the test)
        self._anywhere = re.compile(_class_of(anywhere)).search if anywhere else None

    def search(self, text: str):
        first = text[:1]
        if first in self.starts or (led := self.led.get(first)) is not None and text.startswith(led) \
                or self._anywhere is not None and self._anywhere(text) is not None:
            return self._search(text)
        return None


def prefiltered(search):
    """`search` behind a `PrefilteredSearch`, or `search` itself when its regex is beyond the
    analysis (case-insensitive, multi-line or scoped flags, classes by category, optional first
    items)."""
    return _behind(search, PrefilteredSearch)


def _behind(search, prefilter, method: str = "search"):
    """`prefilter(search).search` (or its `method`), or `search` itself when it is None, already behind
    one, or its regex is beyond the analysis."""
    pattern = getattr(search, "__self__", None)
    if search is None or sre_parse is None or isinstance(pattern, (PrefilteredSearch, PrefilteredSuffixSearch,
                                                                   PrefilteredMatch)):
        return search
    if not isinstance(pattern, (re.Pattern, _Deferred)) or \
            pattern.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE) or \
            not isinstance(pattern.pattern, str):
        return search
    try:
        return getattr(prefilter(search), method)
    except (_Unknown, AttributeError, IndexError, TypeError, ValueError):
        # _Unknown: beyond the analysis; the others: a parser's tree of another shape (the
        # parser is private to `re`, see the module's docstring)
        return search


class PrefilteredSuffixSearch:
    """`suffix_search` answered without its regex when the text cannot match it, and by the
    alternatives that can end the text when it can.

    spaCy's suffix regex is one alternation of ~90 alternatives, each anchored at the end (`,$`,
    `(?<=[0-9])(?:km|kg|...)$`), and `re.search` tries all of them at every character of a new
    chunk: ~2 us a chunk, ~0.2 ms an unseen article. A match ends at the chunk's end, so its last
    character is one an alternative can end with, and it lies inside the chunk, so the chunk holds
    a character the alternative can start with (or that its look-behind starts with: a digit
    before `km`). The regex is asked only when some alternative passes both tests; the
    answers are the regex's own. `pattern` is the regex's, for spaCy's serialisation.

    The tests are read from one dict by the chunk's last character (`by_last`: True, always asked;
    else the searches of the alternatives that end with it), not by trying the ten gated classes
    in turn for every chunk (session 14). A class is compiled only for the last characters that
    are not always asked: the classes of all Unicode's letters that `.` and `>` would be gated by
    decided nothing (both end an alternative that is always asked) and cost ~18 ms of `re`
    compiling in every new process (session 16).

    A chunk that passes is searched by the alternation of only the alternatives that can end with
    its last character, in their order (`_ask`; compiled when a chunk first ends with one of
    their characters): an alternative that cannot end the chunk matches at no position, so the
    leftmost match, and the alternative that makes it, are the whole regex's. The whole regex
    tried its ~90 alternatives at every character of the chunk, ~6.5 us a search and ~27 searches
    an unseen article (~2% of `analyze`), where a chunk ending in `,` now tries one; built by
    `suffix_search`, the whole regex is not compiled at all (session 16).
    """

    def __init__(self, search) -> None:
        self.pattern = search.__self__.pattern
        always, gated, alternatives, ending = _analysis("suffix_gates", search.__self__, _suffix_gates)
        always = {*always, "\n"}  # (`$` also matches before a final newline)
        by_last: dict[str, tuple] = {}
        for ends, source in gated:
            ends = ends - always
            if ends:
                holds = re.compile(source).search
                for c in ends:
                    by_last[c] = (*by_last.get(c, ()), holds)
        self.by_last: dict[str, bool | tuple] = {**by_last, **dict.fromkeys(always, True)}
        self._alternatives: list[str] = alternatives
        self._ending: dict[str, tuple[int, ...]] = ending  # a last character -> the alternatives that can end with it
        self._by_group: dict[tuple[int, ...], object] = {}
        self._by_char: dict[str, object] = {}  # a last character -> the search of its alternatives

    def search(self, text: str):
        last = text[-1:]
        gates = self.by_last.get(last)
        if gates is None:
            return None
        if gates is True:
            return self._ask(last, text)
        for holds in gates:
            if holds(text) is not None:
                return self._ask(last, text)
        return None

    def _ask(self, last: str, text: str):
        """The answer of the alternatives that can end `text` with `last`: after a final newline,
        those that can end with it and those that can end with the character before it (`$`
        also matches before a final newline)."""
        key = text[-2:] if last == "\n" else last
        search = self._by_char.get(key)
        if search is None:
            ending = self._ending
            group = tuple(sorted({*ending.get(key[-1], ()), *ending.get(key[:-1], ())}))
            search = self._by_group.get(group)
            if search is None:
                search = self._by_group[group] = re.compile("|".join(self._alternatives[i] for i in group)).search \
                    if group else _no_match
            self._by_char[key] = search
        return search(text)


def _no_match(text: str) -> None:
    """The search of an empty alternation."""
    return None


class _Deferred:
    """A pattern's text that is compiled (`re`) when its search is first called."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.flags = re.UNICODE
        self._compiled: re.Pattern | None = None

    def search(self, text: str):
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled.search(text)


def suffix_search(suffixes) -> object:
    """`spacy.util.compile_suffix_regex(suffixes).search` behind a `PrefilteredSuffixSearch`: the
    same answers without compiling the whole regex (~14,000 characters for spaCy's Indonesian
    suffixes, ~20 ms of `re` compiling); when its alternatives are beyond the analysis, the whole
    regex, compiled on its first search. So too when a piece opens with a global flag (`(?i)km`):
    `re` applies it to the whole expression, and the alternatives, searched apart, would lose it."""
    pieces = [piece for piece in suffixes if piece.strip()]
    expression = "|".join([piece + "$" for piece in pieces])  # spaCy's
    if any(_GLOBAL_FLAGS.match(piece) for piece in pieces):
        return _Deferred(expression).search
    return prefiltered_suffix(_Deferred(expression).search)


# an inline group of global flags (`(?i)`, `(?ix)`), which `re` applies to the whole expression
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def prefiltered_suffix(search):
    """`search` behind a `PrefilteredSuffixSearch`, or `search` itself when its regex is beyond
    the analysis (see `prefiltered`; an alternative not anchored at the end, a look-ahead, an
    optional first or last item)."""
    return _behind(search, PrefilteredSuffixSearch)


def _analysis(name: str, pattern: re.Pattern, walk):
    """`walk(pattern)`, read from the cache folder when it was stored for this pattern's text and
    this module's code (a walk that raises `_Unknown` stores nothing: the pattern is left as it is)."""
    return compiled(name, [pattern.pattern, Path(__file__).read_bytes()], lambda: walk(pattern))


def _suffix_gates(pattern: re.Pattern) -> tuple[frozenset[str], list[tuple[frozenset[str], str]], list[str],
                                                dict[str, tuple[int, ...]]]:
    """The characters a match can end with where that alone lets it match (an alternative whose
    every last character is also one it can start with: `,$`, `[—-]$`: the chunk holds what it
    needs), and, for the others, (last characters, the class source of the characters one of
    them needs inside the chunk); then the alternatives' texts, and for each character an
    alternative can end with, the alternatives (their indices, in order) that can."""
    tree = list(sre_parse.parse(pattern.pattern))
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] == sre_c.BRANCH else [tree]
    alternatives = _alternatives(pattern.pattern, branches)
    ends: set[str] = set()
    needs: dict[str, set[str]] = {}  # a character class (regex source) -> the last characters it gates
    ending: dict[str, list[int]] = {}
    for index, branch in enumerate(branches):
        items = list(branch)
        if len(items) < 2 or items[-1] != (sre_c.AT, sre_c.AT_END):
            raise _Unknown
        last = _edge_of(items[:-1], last=True)
        for c in last:
            ending.setdefault(c, []).append(index)
        if items[0][0] == sre_c.ASSERT:  # (?<=[0-9])km$: what the look-behind sees is in the chunk
            direction, body = items[0][1]
            if direction != -1 or not len(body) or len(items) < 3:
                raise _Unknown
            _edge_of(items[1:-1])  # (raises for an optional first item)
            needs.setdefault(_class_source(list(body)[0]), set()).update(last)
            continue
        first = _edge_of(items[:-1])
        if last <= first:  # `,$`, `\.\.+$`, `[—-]$`: a chunk it can end holds a character it starts with
            ends |= last
        else:
            source = _class_of(first)
            needs.setdefault(source, set()).update(last)
    return (frozenset(ends), [(frozenset(last), source) for source, last in sorted(needs.items())], alternatives,
            {c: tuple(indices) for c, indices in ending.items()})


def _alternatives(pattern: str, branches: list) -> list[str]:
    """The texts of `pattern`'s top-level alternatives, checked against the parser's `branches`:
    as many, each parsed alone to one of the same width (else `_Unknown`)."""
    parts = _split_alternatives(pattern)
    if len(parts) != len(branches):
        raise _Unknown
    for part, branch in zip(parts, branches, strict=True):
        try:
            if sre_parse.parse(part).getwidth() != branch.getwidth():
                raise _Unknown
        except re.error:
            raise _Unknown from None
    return parts


def _split_alternatives(pattern: str) -> list[str]:
    """`pattern` split at each `|` outside a class and a group."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # a `]` first in a class is one of its characters
            continue
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _class_of(chars: set[str] | frozenset[str]) -> str:
    """A regex character class of exactly `chars`, runs of consecutive code points written as
    ranges: a class of the ~6,000 symbols of one suffix is ~400 characters long instead of
    ~6,000, and `re` parses and compiles it in a tenth of the time (~45 ms of a new process's
    start, issue 20 session 10)."""
    codes = sorted(map(ord, chars))
    parts = []
    start = 0
    for i, code in enumerate(codes):
        if i + 1 < len(codes) and codes[i + 1] == code + 1:
            continue
        first, last = chr(codes[start]), chr(code)
        parts.append(re.escape(first) if first == last else
                     re.escape(first) + ("" if code == codes[start] + 1 else "-") + re.escape(last))
        start = i + 1
    return "[" + "".join(parts) + "]"


def _class_source(item: tuple) -> str:
    """A regex for one character of a parsed literal or class of literals and ranges."""
    op, av = item
    if op == sre_c.LITERAL:
        return "[" + re.escape(chr(av)) + "]"
    if op != sre_c.IN:
        raise _Unknown
    parts = []
    for kind, value in av:
        if kind == sre_c.LITERAL:
            parts.append(re.escape(chr(value)))
        elif kind == sre_c.RANGE:
            parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        else:
            raise _Unknown
    return "[" + "".join(parts) + "]"


# the texts of infix patterns none of whose infixes takes a letter or a digit (the Language's own,
# registered where it is built: `lang.language`), whose finditer `gated_infixes` may gate
ALNUM_FREE_INFIXES: set[str] = set()


class PrefilteredMatch:
    """`url_match` answered without its regex when the text lacks a character every match holds.

    spaCy asks its URL pattern about every new chunk left after its prefixes and suffixes (~70 an
    unseen article, ~1.8 us each: most of the pattern's alternatives backtrack through the whole
    word before they fail). Every match of spaCy's pattern holds a full stop (an IP address's or a
    domain's before its TLD), read once from the pattern (`_needed_characters`), so the regex is
    asked only about a chunk that holds them, and gives its own answer (session 19). `pattern` is
    the regex's, for spaCy's serialisation."""

    def __init__(self, match) -> None:
        self._match = match
        self.pattern = match.__self__.pattern
        self.needs = _analysis("match_needs", match.__self__, _needed_characters)
        if not self.needs:
            raise _Unknown  # no character every match holds: nothing to gate on

    def match(self, text: str):
        for c in self.needs:
            if c not in text:
                return None
        return self._match(text)


def prefiltered_match(match):
    """`match` behind a `PrefilteredMatch`, or `match` itself when its regex is beyond the analysis
    (see `prefiltered`) or no character is held by every match."""
    return _behind(match, PrefilteredMatch, "match")


class GatedInfixes:
    """`infix_finditer` that does not ask its regex about a chunk of letters and digits only.

    spaCy asks the infix regex about every new chunk left after its prefixes and suffixes: ~2.5 us
    a chunk, ~0.2 ms an unseen article. An infix is a character the chunk is split at (a hyphen,
    a full stop, a symbol ...); when no infix of the pattern takes a letter or a digit, a chunk
    made of them only (`str.isalnum`: most words) has none. `pattern` is the regex's, for spaCy's
    serialisation."""

    def __init__(self, finditer) -> None:
        self._finditer = finditer
        self.pattern = finditer.__self__.pattern

    def finditer(self, text: str):
        return () if text.isalnum() else self._finditer(text)


def gated_infixes(finditer):
    """`finditer` behind `GatedInfixes` when its pattern is one of `ALNUM_FREE_INFIXES`, else itself."""
    pattern = getattr(finditer, "__self__", None)
    if isinstance(pattern, (re.Pattern, regex.Pattern)) and pattern.pattern in ALNUM_FREE_INFIXES:
        return GatedInfixes(finditer).finditer
    return finditer


_PLAIN = string.ascii_letters + string.digits  # the characters a plain word is read of (`plain_word_match`)


def plain_word_match(prefix_search, suffix_search, infix_finditer):
    """A `token_match` for the new chunks that are one token whatever the affixes: a word of ASCII
    letters and digits that the prefix, suffix and infix searches cannot split, or None when one of them
    is not behind its prefilter (nothing is known of it).

    spaCy reads a new chunk (one it has not cached) by asking, in Python, its prefix and suffix searches
    until neither strips anything, then its URL match and its infixes: four calls into the prefilters
    above (~3 us) for a chunk of letters (most of an unseen article's ~100 new chunks), which all answer
    no. A chunk that `token_match` matches is one token at once (`Tokenizer._split_affixes` stops,
    `_attach_tokens` keeps it whole), which is what those calls give it when they answer no; spaCy still
    asks its special cases and its cache first, so those are read as before. The match is one regex in C
    (s30spd), made of the prefilters' own answers on each character of `_PLAIN`:
    - the prefix search does not ask its regex about a text whose first character starts no
      alternative (`starts`), that does not begin with an alternative's literal beginning (`led`:
      `Rp`, `USD`), and that holds no character an unanchored alternative starts with (`_anywhere`):
      no character of the word may be one of the last, the first none of the first, and the word
      begins with none of the literals;
    - the suffix search answers no when the last character ends no alternative (`by_last`), or only
      alternatives gated by a character the text must hold: no character of the word may be a gate's,
      and the last none that is always asked;
    - the infixes are gated to a text of letters and digits (`GatedInfixes`): none.
    So the words matched are exactly words the three searches answer no about; `tests/test_tokenizer.py`
    compares the tokens with and without the shortcuts. `match`, anchored at the end with `\\Z`, so that
    spaCy's serialisation (the pattern, restored as `re.compile(pattern).match`) gives the same function."""
    prefix = getattr(prefix_search, "__self__", None)
    suffix = getattr(suffix_search, "__self__", None)
    if not (isinstance(prefix, PrefilteredSearch) and isinstance(suffix, PrefilteredSuffixSearch)
            and isinstance(getattr(infix_finditer, "__self__", None), GatedInfixes)):
        return None
    gates = [holds for g in suffix.by_last.values() if g is not True for holds in g]
    middle = {c for c in _PLAIN if not (prefix._anywhere is not None and prefix._anywhere(c) is not None
                                         or any(holds(c) is not None for holds in gates))}
    first = {c for c in middle if c not in prefix.starts}
    last = {c for c in middle if suffix.by_last.get(c) is not True}
    if not first or not last:
        return None
    led = sorted(lit for lits in prefix.led.values() for lit in lits if all(c in _PLAIN for c in lit))
    alone = first & last
    word = f"{_class_of(first)}{_class_of(middle)}*{_class_of(last)}"
    either = f"(?:{word}|{_class_of(alone)})" if alone else word
    return re.compile(f"(?!{'|'.join(led)}){either}\\Z" if led else f"{either}\\Z").match


class _Unknown(Exception):
    """The pattern's possible first characters cannot be listed."""


def _first_characters(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """The characters a match can start with, at the start of the text (anchored alternatives)
    and anywhere in it (unanchored ones); and, for a first character that only anchored
    alternatives beginning with two literal characters or more start (`^US\\$`, `^Rp`), those
    alternatives' literal beginnings (the text must start with one of them)."""
    tree = list(sre_parse.parse(pattern.pattern))
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] == sre_c.BRANCH else [tree]
    starts: set[str] = set()
    anywhere: set[str] = set()
    led: dict[str, set[str]] = {}
    for branch in branches:
        items = list(branch)
        if items and items[0] == (sre_c.AT, sre_c.AT_BEGINNING):
            literal = _literal_start(items[1:])
            if len(literal) >= 2:
                led.setdefault(literal[0], set()).add(literal)
            else:
                starts |= _edge_of(items[1:])
        else:
            anywhere |= _edge_of(items)
    return (frozenset(starts), frozenset(anywhere),
            {c: tuple(sorted(ps)) for c, ps in sorted(led.items()) if c not in starts})


def _literal_start(items: list) -> str:
    """The literal characters the sequence of parsed regex `items` begins with (`US$` of `US\\$`)."""
    out = []
    for op, av in items:
        if op != sre_c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _edge_of(items: list, last: bool = False) -> set[str]:
    """The characters the sequence of parsed regex `items` can start with (with `last`: end with)."""
    if not items:
        raise _Unknown
    op, av = items[-1] if last else items[0]
    if op == sre_c.LITERAL:
        return {chr(av)}
    if op == sre_c.IN:
        return _class_members(av)
    if op == sre_c.SUBPATTERN:
        if av[1] or av[2]:  # scoped flags, (?i:...): not a plain list of characters
            raise _Unknown
        return _edge_of(list(av[3]), last)
    if op == sre_c.BRANCH:
        return set().union(*(_edge_of(list(b), last) for b in av[1]))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
        return _edge_of(list(av[2]), last)
    raise _Unknown


def _class_members(av: list) -> set[str]:
    """The characters of a parsed character class `[...]` made of literals and ranges."""
    out: set[str] = set()
    for kind, value in av:
        if kind == sre_c.LITERAL:
            out.add(chr(value))
        elif kind == sre_c.RANGE:
            out.update(chr(c) for c in range(value[0], value[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \w): not a short list
            raise _Unknown
    return out


def _needed_characters(pattern: re.Pattern) -> frozenset[str]:
    """The literal characters that every match of `pattern` holds: those of its items outside any
    optional part, a branch's those all its alternatives hold (a subset of what a match needs: an item
    that is not a plain literal, a class of several characters, a look-around or a group with scoped
    flags, adds nothing)."""
    return frozenset(_needs(list(sre_parse.parse(pattern.pattern))))


_REPEATS = tuple(getattr(sre_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre_c, name))


def _needs(items: list) -> set[str]:
    """The literal characters every match of the sequence of parsed regex `items` holds."""
    out: set[str] = set()
    for op, av in items:
        if op == sre_c.LITERAL:
            out.add(chr(av))
        elif op == sre_c.IN and len(av) == 1 and av[0][0] == sre_c.LITERAL:
            out.add(chr(av[0][1]))  # `[.]`
        elif op == sre_c.SUBPATTERN and not (av[1] or av[2]):  # (not a group with scoped flags: (?i:...))
            out |= _needs(list(av[3]))
        elif op == sre_c.BRANCH:
            out |= set.intersection(*(_needs(list(b)) for b in av[1]))
        elif op in _REPEATS and av[0] >= 1:
            out |= _needs(list(av[2]))
    return out
