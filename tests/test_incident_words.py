"""The word-table helpers of the incident stage: patterns whose word lists are read from
`data/incident_words.tsv` rows."""
from __future__ import annotations

from polsek_nlp.recognize.incident_words import phrase_words, worded


def test_phrase_words_of_a_part_longest_first_with_any_run_of_spaces():
    alts = phrase_words("list_word", "opener").split("|")
    assert r"antara\s+lain" in alts and "yakni" in alts
    assert alts == sorted(alts, key=lambda w: -len(w.replace(r"\s+", " ")))


def test_worded_fills_parts_and_keeps_quantifiers():
    pat = worded("list_word", r"\b{opener}\s*:?(?:\s+\w+){0,2}")
    assert pat.match("antara  lain: dua ponsel").group(0) == "antara  lain: dua ponsel"
    assert pat.match("Di antaranya") is not None  # case-blind by default
    assert worded("list_word", r"{opener}", 0).match("Yakni") is None
