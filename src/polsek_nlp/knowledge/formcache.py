"""Table forms split into tokens, kept on disk between processes.

Most forms of the knowledge tables are plain words split on spaces. The others (`Jl.`, `S.I.K.`,
`Kab. Bogor`) must go through the tokenizer, which costs a Language, its special cases and a
vocabulary (~0.5 s of a cold start). Their tokens are therefore stored once in the user's cache
folder (`data/diskcache.py`), in a file named for the package version, spaCy's version and the
tokenizer's own tables, and read back by every later process (and every batch worker). A missing,
unreadable or stale file is rebuilt; a folder that cannot be written only costs the time.
Other compiled tables are kept by `data.diskcache.compiled`.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
from pathlib import Path

from polsek_nlp.data import data_text
from polsek_nlp.data.diskcache import FORMAT, cache_dir, package_version, read, write

# a form that the tokenizer could split other than on its spaces: a sign, two spaces, or a letter after a digit (the
# tokenizer splits a unit or amount suffix off a number: `P2M` -> `P2` `M`, so the form `Kabid P2M` never matched)
NEEDS_TOKENIZER = re.compile(r"[^\w\s']|\s\s|\d[^\W\d_]")

_lock = threading.Lock()
_memory: dict[str, tuple[str, ...]] = {}
_loaded = False


def _file() -> Path:
    """The cache file, named for what the tokens depend on: the tokenizer's code (this package's
    version and its language module), spaCy's version and the abbreviations table."""
    import spacy

    from polsek_nlp.lang import language

    version = package_version()
    code = Path(language.__file__).read_bytes() if language.__file__ else b""
    key = hashlib.sha1(f"{version}|{spacy.__version__}|{data_text('abbreviations.tsv')}".encode() + code + FORMAT)
    return cache_dir() / f"forms-{key.hexdigest()[:16]}.json"


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
        stored = read(_file())
        data = json.loads(stored.decode("utf-8")) if stored is not None else {}
        _memory.update({k: tuple(v) for k, v in data.items()})
    except (OSError, ValueError, TypeError, AttributeError):
        pass  # no cache yet, or an unreadable one: rebuilt


def _save() -> None:
    text = json.dumps({k: list(v) for k, v in _memory.items()}, ensure_ascii=False)
    write(_file(), text.encode("utf-8"))
