"""Tables read into a mapping by their first column hold each key once: a second row of the same
key would silently replace the first (two branches once gave `minibus` two readings in
evidence_items.tsv, and the later one won without a word)."""
from collections import Counter

import pytest

from polsek_nlp.data import read_table

KEYED = [("evidence_items.tsv", "phrase"), ("incident_units.tsv", "word"), ("laws.tsv", "law"),
         ("currencies.tsv", "word")]


@pytest.mark.parametrize("table,key", KEYED)
def test_each_key_once(table, key):
    counts = Counter(row[key] for row in read_table(table))
    assert [k for k, n in counts.items() if n > 1] == []


def test_incident_words_hold_each_word_once_a_kind():
    """`incident_words.tsv` is read per kind into word -> value: a word's second row of a kind would replace the
    first (a `trade` row once hid the `gives` reading of `menawarkan`)."""
    counts = Counter((row["word"], row["kind"]) for row in read_table("incident_words.tsv"))
    assert [k for k, n in counts.items() if n > 1] == []
