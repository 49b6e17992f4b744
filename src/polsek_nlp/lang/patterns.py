"""The package's `regex` patterns, compiled once and kept on disk between processes.

`compile_pattern(pattern, flags)` is `regex.compile(pattern, flags)` for the patterns polsek_nlp
writes (no named lists). `regex` parses and optimises a pattern in Python before its C engine
takes the result (~75 ms for the 17 date patterns), but a compiled `regex` pattern pickles with
that compiled program (`regex` registers a `copyreg` reducer that rebuilds it through the engine's
`compile` without parsing), and unpickling one takes ~30 µs. So every pattern this process
compiled or read is remembered as its pickle, and a process that compiled new ones stores them at
exit in one file of the cache folder (`data/diskcache.py`, keyed by the package, Python and
`regex` versions); the next process reads that file once and unpickles each pattern when it is
first asked for. The pattern text and flags are the key, so an edited pattern is new and compiled
as before; a missing, broken or stale file only costs the compiling. Only the engine's `compile`
may be named by a stored pickle: anything else is refused and the pattern compiled.
"""
from __future__ import annotations

import atexit
import io
import marshal
import pickle
import threading
from typing import Any

import regex

from polsek_nlp.data import diskcache

MAX_STORED = 2000  # above this many stored patterns, a process keeps only those it used
_Key = tuple[str, int]  # pattern, flags
_lock = threading.Lock()
_stored: dict[_Key, bytes] | None = None  # the file's patterns (each pickled, unpickled on use)
_used: dict[_Key, bytes] = {}  # the patterns this process asked for, pickled
misses: list[_Key] = []  # the patterns this process had to compile (none stored, or unusable)


def _path() -> Any:
    return diskcache.path_for("patterns", ["regex", regex.__version__])


def _load() -> dict[_Key, bytes]:
    global _stored
    with _lock:
        if _stored is None:
            try:
                data = diskcache.read(_path())
                entries = marshal.loads(data) if data is not None else ()
                _stored = {(p, f): b for p, f, b in entries
                           if isinstance(p, str) and isinstance(f, int) and isinstance(b, bytes)}
            except (OSError, EOFError, ValueError, TypeError):
                _stored = {}  # not stored yet, or a broken file
        return _stored


class _PatternUnpickler(pickle.Unpickler):
    """Unpickles a `regex` pattern and nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a pattern's")


def _restored(data: bytes, pattern: str) -> regex.Pattern | None:
    try:
        built = _PatternUnpickler(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - any broken or foreign pickle: the pattern is compiled
        return None
    return built if isinstance(built, regex.Pattern) and built.pattern == pattern else None


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, unpickled from the cache file when it is stored there."""
    key = (pattern, int(flags))
    data = _load().get(key)
    if data is not None:
        built = _restored(data, pattern)
        if built is not None:
            _used[key] = data
            return built
    built = regex.compile(pattern, flags)
    if key not in _used:
        _used[key] = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
        misses.append(key)
    return built


def _store() -> None:
    """At exit: the stored patterns with this process's new ones (only the used ones above
    `MAX_STORED`), written to the cache folder."""
    if not misses:
        return
    keep = {**_load(), **_used}
    if len(keep) > MAX_STORED:
        keep = dict(_used)
    diskcache.write(_path(), marshal.dumps([(p, f, b) for (p, f), b in keep.items()]))


atexit.register(_store)
