"""Which column of a table holds the text, title, publication time, id and url of the articles.

Named by the caller (`text_field=` ... / `--text-field` ...), else recognised under the common
Indonesian and English names scrapers and public data sets use (`COLUMN_NAMES`, compared without
case, spaces, hyphens or underscores). A column recognised under another name than the field's
own (`isi_berita` for the text) is a guess, and says so with an `ArchiveWarning`.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

FIELDS = ("text", "title", "published", "id", "url")

#: The column names recognised for each field without an option, in order of preference.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "isi_berita", "isi", "konten", "content", "body", "article", "artikel", "berita",
             "full_text", "article_text", "news_content", "teks", "naskah", "isi_artikel", "text_content",
             "main_text", "maintext"),
    "title": ("title", "judul", "judul_berita", "headline", "heading", "article_title", "news_title"),
    "published": ("published", "tanggal", "tanggal_terbit", "tanggal_berita", "tanggal_publikasi", "tgl",
                  "tgl_terbit", "waktu", "waktu_terbit", "date", "datetime", "publish_date", "published_date",
                  "published_at", "publish_time", "publication_date", "date_published", "pub_date", "pubdate",
                  "publishedat", "created_at", "timestamp", "time"),
    "id": ("id", "article_id", "id_berita", "id_artikel", "news_id", "doc_id", "uid", "guid", "_id"),
    "url": ("url", "link", "tautan", "href", "source_url", "article_url", "news_url", "permalink", "alamat",
            "alamat_url"),
}


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
    named it; None: recognise it) else `COLUMN_NAMES`. A named column that is not there raises
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
                         f"text_field= (--text-field); recognised names: {', '.join(COLUMN_NAMES['text'])}")
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
        for alias in COLUMN_NAMES[name]:
            col = by_key.get(_key(alias))
            if col is not None and col not in taken:
                out[name] = col
                taken.add(col)
                if _key(col) != _key(name):
                    guessed.append(f"column {col!r} read as the {name} (recognised by its name; "
                                   f"name another with --{name}-field / {name}_field=)")
                break
    return guessed
