"""The knowledge tables (TSV with `#` header comments saying where their facts come from) and
their reader. The lowest layer of the package: it imports nothing of ours but its own disk cache
(`data.diskcache`)."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polsek_nlp.data.diskcache import compiled

if TYPE_CHECKING:  # typing only (importlib.resources.abc is Python 3.11+)
    from importlib.resources.abc import Traversable


@cache
def _data_dir() -> Traversable:
    """The package's `data/` folder, found once: `importlib.resources.files` costs ~0.1 ms a call,
    and a new process reads ~70 tables before its first record."""
    return resources.files("polsek_nlp").joinpath("data")


def data_file(name: str) -> Traversable:
    """A file under `data/` (`words/...` for the word sets)."""
    return _data_dir().joinpath(name)


def data_text(name: str) -> str:
    """The text of a table file under `data/`."""
    return data_file(name).read_text(encoding="utf-8")


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table as dicts; `-` cells become empty strings. Cached per process, and the
    parsed rows kept in the cache folder keyed by the table's text and this module's code
    (`data.diskcache.compiled`): a new process read ~120 tables before its first record, ~40 ms
    of parsing (13 ms for the 6,117 rows of `words/english_words.tsv` alone; issue 20, session 16)."""
    text = data_text(name)
    return compiled("table-" + name.replace("/", "-"), [text, _code()], lambda: _rows(text), tuple)


@cache
def _code() -> bytes:
    """This module's code: the parsing that the stored rows come from."""
    return Path(__file__).read_bytes()


def _rows(text: str) -> tuple[dict[str, str], ...]:
    """The rows of a table's text (see `read_table`)."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({k: ("" if v == "-" else v) for k, v in zip(header, cells, strict=False)})
    return tuple(rows)


def split_cell(value: str) -> list[str]:
    """A `|`-separated cell as a list, without empties."""
    return [v.strip() for v in value.split("|") if v.strip()]


@cache
def read_json(name: str) -> Any:
    return json.loads(data_text(name))
