r"""Regular-expression alternations of literal words: many of them factored into a trie
(`trie_alternation`), a few as a plain alternation longest first (`longest_first`).

The standard library's `re` tries the branches of `a|b|c` one by one at every position; factoring
common prefixes (`se(?:nin|lasa|...)`) lets it reject a position after one character comparison.
The pattern matches exactly what the plain alternation of the same words, longest first, matches,
compared as written. Under `re.IGNORECASE` two words that differ only in case are two branches, tried
in character order (`M` before `miliar`): followed by a boundary (`\b`, `(?![\w-])`, `$`) the pattern
still matches what the alternation matches; without one, give the words in one case.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def trie_alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of `words` (longest first, like a sorted alternation)."""
    root: dict = {}
    for word in words:
        if not word:
            raise ValueError("empty word in an alternation")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(root) or "(?!)"


def _branch(node: dict) -> str:
    alts = [re.escape(ch) + _branch(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: the longer words are tried first, greedily
        return body + "?" if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")?"
    return body


def longest_first(ws: Iterable[str]) -> str:
    """The words as one plain alternation, longest first, ties alphabetical (a set's order varies by
    process), each escaped."""
    return "|".join(sorted(map(re.escape, ws), key=lambda w: (-len(w), w)))


def words_not_after(words: Iterable[str], not_after: str) -> str:
    """A non-capturing regex matching any of `words` (longest first) that no character of the class
    `not_after` (`[\\w]`, `[^\\W\\d_]`) stands right before: `(?<!X)(?:a|b)` written with the look-behind
    after each word, `(?:a(?<!Xa)|b(?<!Xb))`. It matches the same, but the pattern starts with the
    words' letters, so that `re` skips to them in C instead of trying a look-behind at every
    character of the text (an article scanned 3-30x faster)."""
    alts = [re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)) if w]
    if not alts:
        return "(?!)"
    return "(?:" + "|".join(f"{w}(?<!{not_after}{w})" for w in alts) + ")"
