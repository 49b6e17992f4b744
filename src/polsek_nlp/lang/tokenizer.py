"""A bounded cache of spaCy's tokenization of whitespace-separated chunks.

spaCy's `Tokenizer` splits a text into runs of non-space and space characters and tokenizes
each run ("chunk") on its own: the result for a chunk does not depend on its neighbours, except
for special cases that contain a space (`Dr. rer. nat.`). spaCy caches a chunk's tokens, but
not when a special case took part (`(19/8)`, `Jl.`, `Kompol.`), and it runs its prefix and
suffix regexes again for every such chunk: about 60 chunks of a news article, 90 % of the
tokenizer's time. `ChunkCache` keeps the pieces of every chunk as plain strings and builds the
Doc from words and spaces, which gives the same tokens (text, whitespace, norm) as the
tokenizer itself in a quarter of the time.

One more pass makes the tokenizer's output depend on context: after the chunks are split,
spaCy looks for special cases over the whole Doc, and a candidate that spans two chunks (`)`
ending one chunk, `:` starting the next, as in the emoticon `):`) is dropped but still blocks
the candidates it overlaps. So a text in which two chunks meet with tokens that are neighbours
in some special case, or that contains a multi-word special case (`Dr. rer. nat.`), goes through
the tokenizer itself (40 of the 1,465 IndoSum archive articles).
"""
from __future__ import annotations

import re
import threading
from typing import Any

import regex
import srsly
from spacy.attrs import IDX
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from polsek_nlp.lang.wordflags import flags_of
from polsek_nlp.lang.wordflags import version as flags_version

try:  # Python 3.11+: the regex parser lives inside the `re` package
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# a run of non-space characters with the one space that may follow it, or a run of space
# characters: `\s` and `str.isspace` agree on every code point. As in spaCy, one space after a
# token is that token's whitespace; any other space character is a token of its own.
_RUNS = re.compile(r"\S+ ?|\s+")

# a run's tokens: their texts; their trailing-space flags; what is special about them, else None
# (most runs): ([(i, norm)] where a special case gave a token a NORM other than its word's, else
# None; and the edges: what its first and its last token can be, before special cases, where they
# can start or end a pair of neighbours in a special case, else None); what the Doc is built from:
# the words' ORTH keys when their strings are permanent in the vocabulary (a Doc built from keys
# skips encoding and hashing every word, half its cost), else the words themselves (inside a
# memory zone, whose strings go when it closes); and the words' flags (see wordflags)
_Edges = tuple[frozenset[str], frozenset[str]]
_Special = tuple["list[tuple[int, str]] | None", "_Edges | None"]
_Pieces = tuple[tuple[str, ...], tuple[bool, ...], "_Special | None", "tuple[int, ...] | tuple[str, ...]",
                tuple[int, ...]]


MAX_CACHED_RUN = 100  # characters
_NO_ENDS: frozenset[str] = frozenset()
_FLAG_TUPLES: dict[tuple[int, ...], tuple[int, ...]] = {}

_SPACES = {(n, spaced): (False,) * (n - 1) + (spaced,) for n in range(1, 9) for spaced in (False, True)}


class ChunkCache:
    """Tokenize like `tokenizer`, from a cache of its tokens per chunk (at most 2 x `size`
    chunks, about 30 MB for the default size)."""

    def __init__(self, size: int = 25_000) -> None:
        self.size = size
        self._pieces: dict[str, _Pieces] = {}  # the newer half of the cache
        self._older: dict[str, _Pieces] = {}
        self._normed: frozenset[str] = frozenset()
        self._key: tuple[Any, ...] | None = None
        self._multiword: tuple[str, ...] = ()
        self._pairs: frozenset[tuple[str, str]] = frozenset()
        self._firsts: dict[str, frozenset[str]] = {}
        self._lasts: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()

    def __reduce__(self):
        return (ChunkCache, (self.size,))  # a copy or a pickle starts empty: the cache is rebuilt

    def _fingerprint(self, tokenizer) -> tuple[Any, ...]:
        rules = tokenizer.rules or {}
        return (id(tokenizer), id(tokenizer.vocab.strings), tokenizer.prefix_search, tokenizer.suffix_search,
                tokenizer.infix_finditer, tokenizer.token_match, tokenizer.url_match, tokenizer.faster_heuristics,
                id(rules), len(rules), getattr(tokenizer, "changes", None), flags_version())

    def _check(self, tokenizer) -> None:
        """Drop the cache when the tokenizer or its settings changed since it was filled."""
        key = self._fingerprint(tokenizer)
        if key == self._key:
            return
        with self._lock:
            if key == self._key:
                return
            rules = tokenizer.rules or {}
            normed = frozenset(sub[ORTH] for subs in rules.values() for sub in subs if NORM in sub)
            multiword = tuple(k for k in rules if len(k.split()) > 1)
            pairs, firsts, lasts = _neighbours(tokenizer, rules)
            self._pieces, self._older = {}, {}
            self._normed, self._multiword = normed, multiword
            self._pairs, self._firsts, self._lasts = pairs, firsts, lasts
            self._key = key  # last: another thread that sees the key sees everything it stands for

    def _drop(self) -> None:
        with self._lock:
            self._pieces, self._older = {}, {}

    def _miss(self, tokenizer, run: str) -> _Pieces:
        """A run that is not in the newer half of the cache: from the older half, or split now.
        When the newer half is full it becomes the older one (the older is dropped), so the runs
        in use stay cached and the cache holds at most 2 x `size` runs."""
        pieces = self._older.get(run)
        if pieces is None:
            pieces = self._split(tokenizer, run)
            if len(run) > MAX_CACHED_RUN:
                return pieces  # a URL or a garbled run: rare, and the cache is bounded in bytes too
        if len(self._pieces) >= self.size:
            self._older, self._pieces = self._pieces, {}
        self._pieces[run] = pieces
        return pieces

    def _split(self, tokenizer, run: str) -> _Pieces:
        spaced = len(run) > 1 and run[-1] == " " and not run[-2].isspace()
        doc = tokenizer(run[:-1] if spaced else run)
        words = tuple([t.text for t in doc])
        spaces = _SPACES.get((len(words), spaced))  # shared: most runs have one or two pieces
        if spaces is None:
            spaces = (False,) * (len(words) - 1) + (spaced,)
        # a special case's NORM: only pieces that some special case gives a NORM can carry one
        # (asking every token for its lexeme's norm would build a Lexeme object each time)
        normed = self._normed
        norms = [(i, doc[i].norm_) for i, w in enumerate(words) if w in normed]
        edges = None
        if words:
            first = self._firsts.get(words[0], frozenset())
            last = self._lasts.get(words[-1], frozenset())
            if first or last:
                edges = (first, last)
        keys = words if tokenizer.vocab.in_memory_zone else tuple([t.orth for t in doc])
        flags = tuple(map(flags_of, words))
        if len(_FLAG_TUPLES) < 10_000:  # a few shared tuples, which stay in the CPU's cache
            flags = _FLAG_TUPLES.setdefault(flags, flags)
        special = (norms or None, edges) if norms or edges is not None else None
        return (words, spaces, special, keys, flags)

    def __call__(self, tokenizer, text: str) -> Doc:
        version = flags_version()  # read first: a flag registered from here on makes the list stale
        self._check(tokenizer)
        for key in self._multiword:
            if key in text:
                return tokenizer(text)
        words: list[str] = []
        keys: list[int | str] = []
        spaces: list[bool] = []
        flags: list[int] = []
        normed: list[tuple[int, list[tuple[int, str]]]] = []
        cache = self._pieces
        ends = _NO_ENDS  # what the last chunk's last token can end a pair with
        for run in _RUNS.findall(text):
            pieces = cache.get(run)
            if pieces is None:
                pieces = self._miss(tokenizer, run)
                cache = self._pieces  # the halves may have turned over
            special = pieces[2]
            if special is None:  # ~90 % of the chunks
                ends = _NO_ENDS
            else:
                norms, edges = special
                if edges is None:
                    ends = _NO_ENDS
                else:
                    if ends and edges[0] and any((a, b) in self._pairs for a in ends for b in edges[0]):
                        return tokenizer(text)  # a special case may span these two chunks
                    ends = edges[1]
                if norms is not None:
                    normed.append((len(words), norms))
            words += pieces[0]
            keys += pieces[3]
            spaces += pieces[1]
            flags += pieces[4]
        try:
            doc = Doc(tokenizer.vocab, words=keys, spaces=spaces)
        except KeyError:  # a key's string left the vocabulary (its string store was reloaded)
            self._drop()
            doc = Doc(tokenizer.vocab, words=words, spaces=spaces)
        for start, norms in normed:
            for i, norm in norms:
                doc[start + i].norm_ = norm
        # the token texts are at hand: the recognizers' `token_texts` need not slice them again
        doc.user_data["polsek_token_texts"] = words
        doc.user_data["polsek_token_starts"] = doc.to_array(IDX).tolist()
        doc.user_data["polsek_token_flags"] = (version, flags)  # the words' flags (see wordflags)
        return doc


def _neighbours(tokenizer, rules: dict) -> tuple[frozenset[tuple[str, str]], dict[str, frozenset[str]],
                                                   dict[str, frozenset[str]]]:
    """The pairs of neighbouring pieces in the special cases (the pieces the affix rules alone
    split each one into, which spaCy's last pass looks for); and, for a token, the pieces it may
    have been before that pass when it starts or ends a pair: itself, or the first or last piece
    of the special case it comes from."""
    bare = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    split = {key: [t.text for t in bare(key)] for key in rules}
    pairs: set[tuple[str, str]] = set()
    for pieces in split.values():
        pairs.update(zip(pieces, pieces[1:], strict=False))
    lefts, rights = {a for a, _ in pairs}, {b for _, b in pairs}
    firsts: dict[str, set[str]] = {b: {b} for b in rights}
    lasts: dict[str, set[str]] = {a: {a} for a in lefts}
    for key, substrings in rules.items():
        pieces = split[key]
        if len(pieces) > 1 and substrings:
            if pieces[0] in rights:
                firsts.setdefault(substrings[0][ORTH], set()).add(pieces[0])
            if pieces[-1] in lefts:
                lasts.setdefault(substrings[-1][ORTH], set()).add(pieces[-1])
    return (frozenset(pairs), {k: frozenset(v) for k, v in firsts.items()},
            {k: frozenset(v) for k, v in lasts.items()})


class PolsekTokenizer(Tokenizer):
    """spaCy's `Tokenizer`, counting the special cases added to it: `add_special_case` on a string
    that already has one changes neither the rules' identity nor their number, and `ChunkCache`
    must still notice it."""

    def add_special_case(self, string: str, substrings) -> None:
        super().add_special_case(string, substrings)
        self.__dict__["changes"] = self.__dict__.get("changes", 0) + 1

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> PolsekTokenizer:
        """As spaCy's, but the infix pattern is compiled with `regex` (our hyphen rule needs a
        variable-width lookbehind and `\\p{L}`, which `re` rejects) and the prefix search is
        prefiltered again."""
        exclude = tuple(exclude)
        super().from_bytes(bytes_data, exclude=(*exclude, "infix_finditer"))
        if "infix_finditer" not in exclude:
            pattern = srsly.msgpack_loads(bytes_data).get("infix_finditer")
            if isinstance(pattern, str):
                self.infix_finditer = regex.compile(pattern).finditer
        self.prefix_search = prefiltered(self.prefix_search)
        return self


class PrefilteredSearch:
    """`prefix_search` answered without its regex when the text cannot match it.

    spaCy's prefix regex is one alternation of ~250 anchored alternatives (`^§|^%|^US\\$|...`),
    and `re` tries each of them in turn: ~7 us for every new chunk, which is most of a new word's
    cost. A word whose first character starts none of the alternatives (nor holds the first
    character of an unanchored one) cannot match, so the regex is asked only about the others;
    the answers are the regex's own. `pattern` is the regex's, for spaCy's serialisation.
    """

    def __init__(self, search) -> None:
        self._search = search
        self.pattern = search.__self__.pattern
        self.starts, anywhere = _first_characters(search.__self__)
        # one C-level scan for the first characters of unanchored alternatives (a generator over
        # them would cost more than the test)
        self._anywhere = re.compile("[" + "".join(re.escape(c) for c in sorted(anywhere)) + "]").search \
            if anywhere else None

    def search(self, text: str):
        if text[:1] in self.starts or self._anywhere is not None and self._anywhere(text) is not None:
            return self._search(text)
        return None


def prefiltered(search):
    """`search` behind a `PrefilteredSearch`, or `search` itself when its regex is beyond the
    analysis (case-insensitive, multi-line or scoped flags, classes by category, optional first
    items)."""
    if search is None or isinstance(getattr(search, "__self__", None), PrefilteredSearch):
        return search
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE) or \
            not isinstance(pattern.pattern, str):
        return search
    try:
        return PrefilteredSearch(search).search
    except _Unknown:
        return search


class _Unknown(Exception):
    """The pattern's possible first characters cannot be listed."""


def _first_characters(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str]]:
    """The characters a match can start with, at the start of the text (anchored alternatives)
    and anywhere in it (unanchored ones)."""
    tree = list(sre_parse.parse(pattern.pattern))
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] == sre_c.BRANCH else [tree]
    starts: set[str] = set()
    anywhere: set[str] = set()
    for branch in branches:
        items = list(branch)
        if items and items[0] == (sre_c.AT, sre_c.AT_BEGINNING):
            starts |= _first_of(items[1:])
        else:
            anywhere |= _first_of(items)
    return frozenset(starts), frozenset(anywhere)


def _first_of(items: list) -> set[str]:
    if not items:
        raise _Unknown
    op, av = items[0]
    if op == sre_c.LITERAL:
        return {chr(av)}
    if op == sre_c.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind == sre_c.LITERAL:
                out.add(chr(value))
            elif kind == sre_c.RANGE:
                out.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY (\d, \w): not a short list
                raise _Unknown
        return out
    if op == sre_c.SUBPATTERN:
        if av[1] or av[2]:  # scoped flags, (?i:...): not a plain list of characters
            raise _Unknown
        return _first_of(list(av[3]))
    if op == sre_c.BRANCH:
        return set().union(*(_first_of(list(b)) for b in av[1]))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
        return _first_of(list(av[2]))
    raise _Unknown
