"""A bounded cache of spaCy's tokenization of whitespace-separated chunks.

spaCy's `Tokenizer` splits a text into runs of non-space and space characters and tokenizes
each run ("chunk") on its own: the result for a chunk does not depend on its neighbours, except
for special cases that contain a space (`Dr. rer. nat.`). spaCy caches a chunk's tokens, but
not when a special case took part (`(19/8)`, `Jl.`, `Kompol.`), and it runs its prefix and
suffix regexes again for every such chunk: about 60 chunks of a news article, 90 % of the
tokenizer's time. `ChunkCache` keeps the pieces of every chunk as plain strings and builds the
Doc from words and spaces, which gives the same tokens (text, whitespace, norm) as the
tokenizer itself in a fifth of the time. Texts that contain a multi-word special case go
through the tokenizer unchanged.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

# a run of non-space characters with the one space that may follow it, or a run of space
# characters: `\s` and `str.isspace` agree on every code point. As in spaCy, one space after a
# token is that token's whitespace; any other space character is a token of its own.
_RUNS = re.compile(r"\S+ ?|\s+")

# a run's tokens: their texts, their trailing-space flags, and [(i, norm)] where a special case
# gave a token a NORM other than its word's, else None
_Pieces = tuple[tuple[str, ...], tuple[bool, ...], "list[tuple[int, str]] | None"]


class ChunkCache:
    """Tokenize like `tokenizer`, from a cache of its tokens per chunk (at most `size` chunks)."""

    def __init__(self, size: int = 100_000) -> None:
        self.size = size
        self._pieces: dict[str, _Pieces] = {}
        self._key: tuple[Any, ...] | None = None
        self._multiword: tuple[str, ...] = ()

    def _fingerprint(self, tokenizer) -> tuple[Any, ...]:
        rules = tokenizer.rules or {}
        return (id(tokenizer), tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer,
                tokenizer.token_match, tokenizer.url_match, tokenizer.faster_heuristics, id(rules), len(rules))

    def _check(self, tokenizer) -> None:
        """Drop the cache when the tokenizer or its settings changed since it was filled."""
        key = self._fingerprint(tokenizer)
        if key != self._key:
            self._pieces = {}
            self._key = key
            self._multiword = tuple(k for k in (tokenizer.rules or {}) if len(k.split()) > 1)

    def _split(self, tokenizer, run: str) -> _Pieces:
        spaced = len(run) > 1 and run[-1] == " " and not run[-2].isspace()
        doc = tokenizer(run[:-1] if spaced else run)
        words = tuple([t.text for t in doc])
        spaces = (False,) * (len(words) - 1) + (spaced,)
        norms = [(i, t.norm_) for i, t in enumerate(doc) if t.norm != t.lex.norm]
        pieces = (words, spaces, norms or None)
        if len(self._pieces) >= self.size:
            self._pieces = {}
        self._pieces[run] = pieces
        return pieces

    def __call__(self, tokenizer, text: str) -> Doc:
        self._check(tokenizer)
        for key in self._multiword:
            if key in text:
                return tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        normed: list[tuple[int, list[tuple[int, str]]]] = []
        cache = self._pieces
        for run in _RUNS.findall(text):
            pieces = cache.get(run)
            if pieces is None:
                pieces = self._split(tokenizer, run)
            if pieces[2] is not None:
                normed.append((len(words), pieces[2]))
            words += pieces[0]
            spaces += pieces[1]
        doc = Doc(tokenizer.vocab, words=words, spaces=spaces)
        for start, norms in normed:
            for i, norm in norms:
                doc[start + i].norm_ = norm
        return doc
