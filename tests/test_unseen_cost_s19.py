"""Work an unseen article asks only where it can find something (issue 20, session 19): counted, not timed."""
from __future__ import annotations

import random
import re

import pytest
from spacy.lang.tokenizer_exceptions import URL_MATCH

from polsek_nlp.lang import tokenizer as tok
from polsek_nlp.lang.language import new_blank

# invented words, addresses and dotted strings
_STRINGS = [
    "polisi", "Kapolsek", "menangkap", "2024", "di", "RT/RW", "Rp50.000", "50.000", "3.5", "Jl.", "S.H.",
    "kabarlembah.com", "Kabarlembah.co.id", "www.kabarlembah.com", "https://kabarlembah.co.id/berita?id=7",
    "http://lembah-hijau.go.id:8080/a", "192.168.1.1", "10.0.0.1", "8.8.8.8", "203.0.113.9", "a.b", "ab.cd",
    "user@kabarlembah.com", "mailto:humas@polres.go.id", "lembah.Hijau", "x..y", ".com", "com.", "...",
    "e-KTP", "TNI-Polri", "kabarlembah.com/", "ftp://arsip.lembah.id", "1.2.3", "sub.domain.lembah.xyz",
]


def test_the_url_match_of_the_tokenizer_answers_as_spacys():
    """The URL pattern is asked only about a chunk that holds a full stop, which every match holds: the
    answers are spaCy's own, here and on random strings of the pattern's pieces."""
    match = new_blank().tokenizer.url_match
    assert match.__self__.needs == frozenset(".")
    rng = random.Random(19)
    pieces = ["a", "B", "7", ".", "/", ":", "@", "-", "_", "co", "id", "www", "http", "://", "?", "#", "é"]
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(5000)]
    for s in _STRINGS + randoms:
        got, want = match(s), URL_MATCH(s)
        assert (got and got.span()) == (want and want.span()), s


def test_a_word_without_a_full_stop_asks_the_url_pattern_nothing():
    """A new chunk of letters asks no URL regex (before: every new chunk after its affixes, ~70 an unseen
    article, ~2 us each); a domain is still one token."""
    tokenizer = new_blank().tokenizer
    gate = tokenizer.url_match.__self__
    asked: list[str] = []
    real = gate._match

    def counting(text):
        asked.append(text)
        return real(text)

    gate._match = counting
    doc = tokenizer("Warga Kampung Sukaasih melapor ke polisi soal berita di kabarlembah.co.id kemarin")
    assert asked == ["kabarlembah.co.id"]
    assert "kabarlembah.co.id" in [t.text for t in doc]


def test_a_tokenizer_read_back_keeps_the_gate():
    """A tokenizer loaded from bytes (a saved pipeline) gates its URL pattern again, and writes the pattern."""
    first = new_blank().tokenizer
    again = new_blank().tokenizer.from_bytes(first.to_bytes())
    assert isinstance(again.url_match.__self__, tok.PrefilteredMatch)
    assert again.url_match.__self__.pattern == URL_MATCH.__self__.pattern


@pytest.mark.parametrize("pattern, needs", [
    (r"a(?:b|c)d", "ad"),
    (r"(?:x\.)+y", "x.y"),
    (r"a?b*c{0,3}d", "d"),
    (r"(?i:a)b", "b"),
    (r"ab|ac", "a"),
    (r"[.]x|y\.", "."),
    (r"(?=a)b", "b"),
    (r"[ab]c", "c"),
])
def test_the_characters_every_match_holds(pattern, needs):
    assert tok._needed_characters(re.compile(pattern)) == frozenset(needs)


def test_a_pattern_no_character_of_which_every_match_holds_is_left_ungated():
    match = re.compile(r"[a-z]+|\d+").match
    assert tok.prefiltered_match(match) is match
