"""Which column of a table holds the text, title, publication time, id and url of the articles.

Named by the caller (`text_field=` ... / `--text-field` ...), else recognised under the common
Indonesian and English names scrapers and public data sets use (`data/columns.tsv`, compared
without case, spaces, hyphens or underscores). A column recognised under another name than the field's
own (`isi_berita` for the text) is a guess, and says so with an `ArchiveWarning`.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from polsek_nlp.data import read_table

FIELDS = ("text", "title", "published", "id", "url")


@cache
def column_names() -> dict[str, tuple[str, ...]]:
    """The column names recognised for each field without an option, in order of preference
    (`data/columns.tsv`)."""
    names: dict[str, list[str]] = {name: [] for name in FIELDS}
    for row in read_table("columns.tsv"):
        names[row["field"]].append(row["name"])
    return {name: tuple(found) for name, found in names.items()}


class ArchiveWarning(UserWarning):
    """Something about an archive that was guessed or repaired while reading it."""


def _key(name: str) -> str:
    return "".join(c for c in str(name).lower() if c.isalnum())


@dataclass
class ColumnMap:
    """The column of each field (None: not in the table), and the guesses made."""

    columns: dict[str, str | None]
    guessed: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> str | None:
        return self.columns.get(name)

    def warn(self, where: str) -> None:
        for note in self.guessed:
            warnings.warn(f"{where}: {note}", ArchiveWarning, stacklevel=3)


def map_columns(header: Iterable[str], given: Mapping[str, str | None] | None = None, *,
                where: str = "input", need_text: bool = True) -> ColumnMap:
    """The column of each field among `header`, from `given` (field -> column name, as the caller
    named it; None: recognise it) else `column_names()`. A named column that is not there raises
    ValueError, as does a table without a text column (when `need_text`)."""
    header = [h for h in header if h is not None]
    by_key: dict[str, str] = {}
    for h in header:
        by_key.setdefault(_key(h), h)
    # the columns named by the caller first: a guess never takes one of them
    out = _named_columns(header, by_key, dict(given or {}), where)
    guessed = _recognised_columns(by_key, out)
    out = {name: out[name] for name in FIELDS}
    if need_text and out["text"] is None:
        raise ValueError(f"{where}: no text column (columns: {', '.join(header)}); name it with "
                         f"text_field= (--text-field); recognised names: {', '.join(column_names()['text'])}")
    return ColumnMap(out, guessed)


def _named_columns(header: list[str], by_key: dict[str, str], given: dict[str, str | None],
                   where: str) -> dict[str, str | None]:
    """The fields whose column the caller named: exactly, else by its folded name."""
    out: dict[str, str | None] = {}
    exact = set(header)
    for name in FIELDS:
        want = given.get(name)
        if want is None:
            continue
        if want in exact:
            out[name] = want
        elif _key(want) in by_key:
            out[name] = by_key[_key(want)]
        else:
            raise ValueError(f"{where}: no column {want!r} for the {name} (columns: {', '.join(header)})")
    return out


def _recognised_columns(by_key: dict[str, str], out: dict[str, str | None]) -> list[str]:
    """Fill in `out` the fields not named, by the common column names; a note on each guess."""
    guessed: list[str] = []
    taken = {c for c in out.values() if c is not None}
    for name in FIELDS:
        if name in out:
            continue
        out[name] = None
        for alias in column_names()[name]:
            col = by_key.get(_key(alias))
            if col is not None and col not in taken:
                out[name] = col
                taken.add(col)
                if _key(col) != _key(name):
                    guessed.append(f"column {col!r} read as the {name} (recognised by its name; "
                                   f"name another with --{name}-field / {name}_field=)")
                break
    return guessed
