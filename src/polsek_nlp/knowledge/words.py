"""Word sets: the plain lists of words the recognizers test tokens against.

Each set is one table, `data/words/<name>.tsv`, with a `#` header that says what the words are
and where they come from, then a `word` column (further columns are notes for reviewers).
"""
from __future__ import annotations

from functools import cache

from polsek_nlp.data import read_table


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of `data/words/<name>.tsv`, as written (case kept)."""
    return frozenset(row["word"] for row in read_table(f"words/{name}.tsv") if row["word"])


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The words of `data/words/<name>.tsv` in table order (where the order matters)."""
    return tuple(row["word"] for row in read_table(f"words/{name}.tsv") if row["word"])
