"""Tables compiled once, kept on disk between processes: table forms split into tokens (`tokens`)
and any table's compiled plain data (`compiled`: the gazetteer's index, ...).

Most forms of the knowledge tables are plain words split on spaces. The others (`Jl.`, `S.I.K.`,
`Kab. Bogor`) must go through the tokenizer, which costs a Language, its special cases and a
vocabulary (~0.5 s of a cold start). Their tokens are therefore stored once in the user's cache
folder, in a file named for the package version, spaCy's version and the tokenizer's own tables,
and read back by every later process (and every batch worker). A missing, unreadable or stale
file is rebuilt; a folder that cannot be written only costs the time.

`compiled(name, sources, build)` keeps `build()`'s value (dicts, lists, tuples, strings, numbers)
in a `marshal` file named for `name`, the package and Python versions and a hash of `sources` (the
tables' texts and the code that compiles them): a changed table or a new version builds anew.

The folder: `$POLSEK_NLP_CACHE`, else `$XDG_CACHE_HOME/polsek_nlp`, else `~/.cache/polsek_nlp`.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from polsek_nlp.data import data_text

# a form that the tokenizer could split other than on its spaces
NEEDS_TOKENIZER = re.compile(r"[^\w\s']|\s\s")

_lock = threading.Lock()
_memory: dict[str, tuple[str, ...]] = {}
_loaded = False
T = TypeVar("T")


def cache_dir() -> Path:
    """Where cached tables live (see the module docstring)."""
    explicit = os.environ.get("POLSEK_NLP_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polsek_nlp"


def _package_version() -> str:
    try:
        return metadata.version("polsek_nlp")
    except metadata.PackageNotFoundError:  # run from a source tree
        return "source"


def _file() -> Path:
    """The cache file, named for what the tokens depend on: the tokenizer's code (this package's
    version and its language module), spaCy's version and the abbreviations table."""
    import spacy

    from polsek_nlp.lang import language

    version = _package_version()
    code = Path(language.__file__).read_bytes() if language.__file__ else b""
    key = hashlib.sha1(f"{version}|{spacy.__version__}|{data_text('abbreviations.tsv')}".encode() + code).hexdigest()
    return cache_dir() / f"forms-{key[:16]}.json"


def tokens(forms: list[str]) -> list[tuple[str, ...]]:
    """The tokens of each form as the tokenizer splits it (plain forms: split on spaces)."""
    out: list[tuple[str, ...] | None] = [None if NEEDS_TOKENIZER.search(f) else tuple(f.split()) for f in forms]
    with _lock:
        _load()
        missing = [f for f, t in zip(forms, out, strict=True) if t is None and f not in _memory]
        if missing:
            from polsek_nlp.lang.language import blank

            tok = blank().tokenizer
            for f in missing:
                _memory[f] = tuple(t.text for t in tok(f))
            _save()
        return [t if t is not None else _memory[f] for f, t in zip(forms, out, strict=True)]


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        _memory.update({k: tuple(v) for k, v in data.items()})
    except (OSError, ValueError, TypeError, AttributeError):
        pass  # no cache yet, or an unreadable one: rebuilt


def _save() -> None:
    text = json.dumps({k: list(v) for k, v in _memory.items()}, ensure_ascii=False)
    _write(_file(), text.encode("utf-8"))


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as f:
            f.write(data)
        os.replace(f.name, path)  # atomic: a concurrent reader sees the old file or the new one
    except OSError:
        pass  # a read-only home: only the time is lost


def compiled(name: str, sources: list[bytes | str], build: Callable[[], T]) -> T:
    """`build()`'s value, read from the cache folder when it was stored for these `sources` (the
    texts it is compiled from, its code included), else built and stored. The value must be plain
    data that `marshal` keeps (dicts, lists, tuples, sets, strings, numbers)."""
    digest = hashlib.sha1(f"{_package_version()}|{sys.version_info[:2]}|{marshal.version}".encode())
    for source in sources:
        digest.update(b"\0" + (source.encode("utf-8") if isinstance(source, str) else source))
    path = cache_dir() / f"{name}-{digest.hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not stored yet, or a broken file: built again
    value = build()
    _write(path, marshal.dumps(value))
    return value
