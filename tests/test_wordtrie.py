"""The trie-factored alternation matches exactly what the plain longest-first alternation matches."""
from __future__ import annotations

import re

import pytest

from polsek_nlp.knowledge.wordtrie import longest_first, trie_alternation, words_not_after

WORDS = ["senin", "selasa", "se", "sepekan", "seminggu", "minggu", "jam", "ja", "j", "a.m", "(x)"]


def _plain(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("text", ["senin selasa sepekan", "seminggu semi se s", "jam ja j jx", "a.m a m (x) x",
                                  "sepekanan minggu-minggu", ""])
def test_same_matches_as_plain_alternation(text):
    for tail in ("", r"(?![a-z])"):
        ours = re.compile(f"(?:{trie_alternation(WORDS)}){tail}")
        plain = re.compile(f"(?:{_plain(WORDS)}){tail}")
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_no_words_matches_nothing_and_empty_word_is_refused():
    assert re.search(trie_alternation([]), "anything") is None
    with pytest.raises(ValueError):
        trie_alternation(["a", ""])


@pytest.mark.parametrize("text", ["senin xsenin _senin 9senin -senin", "jam ja j jx aj", "a.m a m (x) x(x) ((x)",
                                  "sepekanan minggu-minggu seminggu", "Ésenin ésenin", ""])
def test_words_not_after_matches_as_a_look_behind_in_front(text):
    """Issue 20: the look-behind written after each word (so that `re` skips to the words'
    letters) matches what the look-behind in front matches."""
    for before in (r"\w", r"[^\W\d_]", r"[\w-]"):
        ours = re.compile(words_not_after(WORDS, before) + r"(?![a-z])")
        plain = re.compile(f"(?<!{before})(?:{_plain(WORDS)})(?![a-z])")
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert re.search(words_not_after([], r"\w"), "anything") is None


def test_longest_first_is_a_plain_escaped_alternation_longest_then_alphabetical():
    assert longest_first({"ja", "jam", "a.m", "j"}) == r"a\.m|jam|ja|j"
    assert re.fullmatch(f"(?:{longest_first(WORDS)})", "sepekan") is not None
