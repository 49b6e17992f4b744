"""The package's `regex` patterns, compiled once and kept on disk between processes.

`compile_pattern(pattern, flags)` is `regex.compile(pattern, flags)` for the patterns polsek_nlp writes
(no named lists). `regex` parses and optimises a pattern in Python before its C engine takes the
resulting program: ~75 ms for the 17 date patterns, against ~0.7 ms to hand the engine programs
it made before. So the first time a pattern is compiled its program (the arguments `regex` gives
its engine) is recorded, and a process that recorded new ones stores them at exit in one
`marshal` file of the cache folder (`data/diskcache.py`), keyed by the package, Python and
`regex` versions; the next process reads that file once and builds each pattern from its program
when it is first asked for. The pattern text and flags are the key, so an edited pattern is new
and compiled as before; a missing, broken or stale file only costs the compiling. The program is
`regex`'s own, so a pattern built from it matches exactly as the compiled one.
"""
from __future__ import annotations

import atexit
import marshal
import threading
from typing import Any

import regex
from regex import _main as _regex_main

from ..data import diskcache

MAX_STORED = 2000  # above this many stored programs, a process keeps only those it used
_lock = threading.Lock()
_stored: dict[tuple[str, int], tuple[Any, ...]] | None = None  # the file's programs, read once
_used: dict[tuple[str, int], tuple[Any, ...]] = {}  # the programs this process asked for
_new = False  # whether this process recorded a program the file lacks


def _path() -> Any:
    return diskcache.path_for("patterns", [regex.__version__])


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _stored
    if _stored is None:
        try:
            _stored = {(p, f): tuple(a) for p, f, a in marshal.loads(_path().read_bytes())}
        except (OSError, EOFError, ValueError, TypeError):
            _stored = {}  # not stored yet, or a broken file
    return _stored


class _Recorder:
    """Stands in for `regex`'s C module while one pattern compiles: keeps the program it is given."""

    def __init__(self) -> None:
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_engine, name)

    def compile(self, *args: Any) -> Any:
        self.args = args[1:]
        return _engine.compile(*args)


_engine = _regex_main._regex


def _plain(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The program with `regex`'s flag enums as ints, so that `marshal` can keep it."""
    flags, code, *rest = args
    return (int(flags), [int(c) for c in code], *(int(x) if isinstance(x, int) else x for x in rest))


def _record(pattern: str, flags: int) -> tuple[regex.Pattern, tuple[Any, ...] | None]:
    recorder = _Recorder()
    with _lock:
        _regex_main._regex = recorder
        try:
            compiled_pattern = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _regex_main._regex = _engine
    return compiled_pattern, (_plain(recorder.args) if recorder.args is not None else None)


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, built from its stored program when there is one."""
    global _new
    key = (pattern, int(flags))
    args = _load().get(key)
    if args is not None:
        try:
            built = _engine.compile(pattern, *args)
            _used[key] = args
            return built  # type: ignore[no-any-return]
        except (TypeError, ValueError, RuntimeError):
            pass  # a program this engine does not take: compiled again
    built, args = _record(pattern, flags)
    if args is not None:
        _used[key], _new = args, True
    return built


def _store() -> None:
    """At exit: the stored programs with this process's new ones (only the used ones above
    `MAX_STORED`), written to the cache folder."""
    if not _new:
        return
    keep = {**_load(), **_used}
    if len(keep) > MAX_STORED:
        keep = dict(_used)
    diskcache.write(_path(), marshal.dumps([(p, f, a) for (p, f), a in keep.items()]))


atexit.register(_store)
