"""The package's patterns, compiled once and kept on disk between processes.

`compile_pattern(pattern, flags)` is `regex.compile(pattern, flags)` for the patterns polsek_nlp
writes (no named lists), `compile_re(pattern, flags)` is `re.compile`. Both engines parse and
optimise a pattern in Python before their C module takes the resulting program: for `regex`, ~75
ms for the 17 date patterns, against ~0.7 ms to hand the engine programs it made before. So the
first time a pattern is compiled its program (the arguments the engine's C module is given) is
recorded, and a process that recorded new ones stores them at exit in one `marshal` file of the
cache folder (`data/diskcache.py`), keyed by the package, Python, `regex` and `re` versions; the
next process reads that file once and builds each pattern from its program when it is first
asked for. The engine, pattern text and flags are the key, so an edited pattern is new and
compiled as before; a missing, broken or stale file only costs the compiling. The program is the
engine's own, so a pattern built from it matches exactly as the compiled one.
"""
from __future__ import annotations

import atexit
import marshal
import re
import threading
from re import _compiler as _re_compiler  # type: ignore[attr-defined]
from re import _constants as _re_constants  # type: ignore[attr-defined]
from typing import Any

import regex
from regex import _main as _regex_main

from polsek_nlp.data import diskcache

MAX_STORED = 2000  # above this many stored programs, a process keeps only those it used
_Key = tuple[str, str, int]  # engine ("regex" or "re"), pattern, flags
_lock = threading.Lock()
_stored: dict[_Key, bytes] | None = None  # the file's programs (each marshalled, unpacked on use)
_used: dict[_Key, bytes] = {}  # the programs this process asked for
_new = False  # whether this process recorded a program the file lacks


def _path() -> Any:
    return diskcache.path_for("patterns", [regex.__version__, str(_re_constants.MAGIC)])


def _load() -> dict[_Key, bytes]:
    global _stored
    if _stored is None:
        try:
            _stored = {(e, p, f): a for e, p, f, a in marshal.loads(_path().read_bytes())}
        except (OSError, EOFError, ValueError, TypeError):
            _stored = {}  # not stored yet, or a broken file
    return _stored


class _Recorder:
    """Stands in for an engine's C module while one pattern compiles: keeps the program it is given
    for that pattern (not one another thread compiles meanwhile)."""

    def __init__(self, engine: Any, pattern: str) -> None:
        self.engine, self.pattern = engine, pattern
        self.args: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *args: Any) -> Any:
        if args[0] == self.pattern:
            self.args = args[1:]
        return self.engine.compile(*args)


# Each engine: the module whose C `compile` takes the program, the attribute it is reached by,
# and the Python-level compile that parses the pattern (its own cache bypassed).
_ENGINES: dict[str, tuple[Any, Any]] = {
    "regex": (_regex_main, lambda p, f: regex.compile(p, f, cache_pattern=False)),
    "re": (_re_compiler, _re_compiler.compile),
}
_C = {"regex": _regex_main._regex, "re": _re_compiler._sre}


def _plain(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The program with the flag enums as ints, so that `marshal` can keep it."""
    flags, code, *rest = args
    return (int(flags), [int(c) for c in code], *(int(x) if isinstance(x, int) else x for x in rest))


def _record(engine: str, pattern: str, flags: int) -> tuple[Any, tuple[Any, ...] | None]:
    module, compile_ = _ENGINES[engine]
    name = "_regex" if engine == "regex" else "_sre"
    recorder = _Recorder(_C[engine], pattern)
    with _lock:
        setattr(module, name, recorder)
        try:
            compiled_pattern = compile_(pattern, flags)
        finally:
            setattr(module, name, _C[engine])
    return compiled_pattern, (_plain(recorder.args) if recorder.args is not None else None)


def _compiled(engine: str, pattern: str, flags: int) -> Any:
    global _new
    key = (engine, pattern, int(flags))
    program = _load().get(key)
    if program is not None:
        try:
            built = _C[engine].compile(pattern, *marshal.loads(program))
            _used[key] = program
            return built
        except (TypeError, ValueError, EOFError, RuntimeError, OverflowError):
            pass  # a program this engine does not take: compiled again
    built, args = _record(engine, pattern, flags)
    if args is not None:
        _used[key], _new = marshal.dumps(args), True
    return built


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(pattern, flags)`, built from its stored program when there is one."""
    return _compiled("regex", pattern, flags)  # type: ignore[no-any-return]


def compile_re(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, built from its stored program when there is one."""
    return _compiled("re", pattern, flags)  # type: ignore[no-any-return]


def _store() -> None:
    """At exit: the stored programs with this process's new ones (only the used ones above
    `MAX_STORED`), written to the cache folder."""
    if not _new:
        return
    keep = {**_load(), **_used}
    if len(keep) > MAX_STORED:
        keep = dict(_used)
    diskcache.write(_path(), marshal.dumps([(e, p, f, a) for (e, p, f), a in keep.items()]))


atexit.register(_store)
