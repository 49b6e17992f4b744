"""Tables compiled once and kept on disk between processes, in the user's cache folder.

`compiled(name, sources, build)` keeps `build()`'s value (plain data: dicts, lists, tuples, sets,
strings, numbers) in a `marshal` file named for `name`, the package and Python versions and a hash
of `sources` (the texts it is compiled from, the code that compiles them included): a changed table
or a new version builds anew. A missing, unreadable or stale file is rebuilt; a folder that cannot
be written only costs the time. Used for the gazetteer's indexes (`knowledge/gazetteer.py`), the
tokenizer's infixes (`lang/language.py`), the pickled `regex` patterns (`lang/patterns.py`)
and, through `knowledge/formcache.py`, the tables' forms split into tokens.

The folder: `$POLSEK_NLP_CACHE`, else `$XDG_CACHE_HOME/polsek_nlp`, else `~/.cache/polsek_nlp`.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """Where cached tables live (see the module docstring)."""
    explicit = os.environ.get("POLSEK_NLP_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "polsek_nlp"


@cache
def installed_version(name: str) -> str | None:
    """The installed version of a distribution (None when it is not installed)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def package_version() -> str:
    """polsek_nlp's installed version, or "source" when it runs from a source tree."""
    return installed_version("polsek_nlp") or "source"


def write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a concurrent reader sees the old file or the new one);
    a folder that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as f:
            f.write(data)
        os.replace(f.name, path)
    except OSError:
        pass  # a read-only home: only the time is lost


def path_for(name: str, sources: list[bytes | str]) -> Path:
    """The cache file of `name` compiled from `sources`, for these package and Python versions."""
    digest = hashlib.sha1(f"{package_version()}|{sys.version_info[:2]}|{marshal.version}".encode())
    for source in sources:
        digest.update(b"\0" + (source.encode("utf-8") if isinstance(source, str) else source))
    return cache_dir() / f"{name}-{digest.hexdigest()[:16]}.marshal"


def compiled(name: str, sources: list[bytes | str], build: Callable[[], T]) -> T:
    """`build()`'s value, read from the cache folder when it was stored for these `sources` (the
    texts it is compiled from, its code included), else built and stored."""
    path = path_for(name, sources)
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not stored yet, or a broken file: built again
    value = build()
    write(path, marshal.dumps(value))
    return value
