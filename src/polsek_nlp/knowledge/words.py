"""Word sets: the plain lists of words the recognizers test tokens against.

Each set is one table, `data/words/<name>.tsv`, with a `#` header that says what the words are
and where they come from, then a `word` column. Further columns are notes for reviewers, or mark
the rows of a narrower set read from the same table (`word_set("locative_words", "place_cue")`).
"""
from __future__ import annotations

from functools import cache

from polsek_nlp.data import read_table


def _words(name: str, column: str | None, value: str) -> list[str]:
    return [row["word"] for row in read_table(f"words/{name}.tsv")
            if row["word"] and (column is None or row[column] == value)]


@cache
def word_set(name: str, column: str | None = None, value: str = "yes") -> frozenset[str]:
    """The words of `data/words/<name>.tsv`, as written (case kept); with `column`, only those of
    the rows whose `column` cell is `value`."""
    return frozenset(_words(name, column, value))


@cache
def word_list(name: str, column: str | None = None, value: str = "yes") -> tuple[str, ...]:
    """The words of `data/words/<name>.tsv` in table order (where the order matters)."""
    return tuple(_words(name, column, value))
