"""Tables compiled once and kept on disk between processes, in the user's cache folder.

`compiled(name, sources, build)` keeps `build()`'s value (plain data: dicts, lists, tuples, sets,
strings, numbers) in a `marshal` file named for `name`, the package and Python versions and a hash
of `sources` (the texts it is compiled from, the code that compiles them included): a changed table
or a new version builds anew. A missing, unreadable or stale file is rebuilt; a folder that cannot
be written only costs the time. Every file is sealed (`write`, `read`): a tag and the CRC-32 of the payload
before it, so a file changed on disk (a flipped byte, a truncation, another program's data) is rebuilt,
never used: `marshal` has no checksum of its own, and a damaged file often still loads, with other values. Used for the gazetteer's indexes (`knowledge/gazetteer.py`), the
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
import zlib
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# the seal's tag, also in every file's name: a process of an older layout reads (and rewrites) its own files
FORMAT = b"PNC1"
_HEAD = len(FORMAT) + 4


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
    """Write `data` to `path`, sealed (`read`), atomically (a concurrent reader sees the old file or the
    new one); a folder that cannot be written, or a full disk, is skipped and leaves no temporary file."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as f:
            tmp = f.name
            f.write(FORMAT + zlib.crc32(data).to_bytes(4, "little"))
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass  # a read-only home or a full disk: only the time is lost
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def read(path: Path) -> bytes | None:
    """The payload `write` stored at `path`; None when there is none, or the file is not one `write`
    sealed or its payload no longer has the CRC-32 it was written with."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    data = blob[_HEAD:]
    if blob[:len(FORMAT)] != FORMAT or blob[len(FORMAT):_HEAD] != zlib.crc32(data).to_bytes(4, "little"):
        return None
    return data


def path_for(name: str, sources: list[bytes | str]) -> Path:
    """The cache file of `name` compiled from `sources`, for these package and Python versions."""
    digest = hashlib.sha1(f"{package_version()}|{sys.version_info[:2]}|{marshal.version}".encode() + FORMAT)
    for source in sources:
        digest.update(b"\0" + (source.encode("utf-8") if isinstance(source, str) else source))
    return cache_dir() / f"{name}-{digest.hexdigest()[:16]}.marshal"


def compiled(name: str, sources: list[bytes | str], build: Callable[[], T], kind: type | None = None) -> T:
    """`build()`'s value, read from the cache folder when it was stored for these `sources` (the
    texts it is compiled from, its code included), else built and stored. With `kind`, a stored value
    of another type is built again too."""
    path = path_for(name, sources)
    data = read(path)
    if data is not None:
        try:
            value = marshal.loads(data)
        except (EOFError, ValueError, TypeError):
            pass  # a broken file: built again
        else:
            if kind is None or isinstance(value, kind):
                return value  # type: ignore[no-any-return]
    value = build()
    write(path, marshal.dumps(value))
    return value
