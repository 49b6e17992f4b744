"""spaCy imported without its command line, which polsek_nlp never runs (issue 20, session 21): done
on importing this module, which `polsek_nlp/__init__` imports before anything else.

`import spacy` runs `spacy/__init__.py`, whose only use of spaCy's command line is
`from .cli.info import info` (the `spacy.info()` helper); importing `spacy.cli` imports every
`python -m spacy` command with what they need: typer, click, weasel, requests, httpx, jinja2,
rich, pygments (~350 modules, ~30% of the CPU of importing polsek_nlp). A `polsek-nlp batch`
pays it on its serial start, before any worker can begin; a new process pays it on its cold start.

`import_spacy` imports spaCy with stand-ins for `spacy.cli` and `spacy.cli.info` in place while
spaCy's `__init__` runs, and takes them out of `sys.modules` right after: `spacy.info(...)` still
works (it imports the real command on first call), `spacy.cli.download` after `import spacy` reaches
the real package through the stand-in left as `spacy.cli`, and `import spacy.cli`, `from spacy.cli
import download` or `python -m spacy` import the real package as before. Nothing is done when spaCy (or
its command line) is already imported, and a spaCy whose `__init__` wants more of `spacy.cli` than
`info` is imported plainly.
"""
from __future__ import annotations

import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def import_spacy() -> None:
    """Import spaCy without its command line (see the module's docs); once per process."""
    if "spacy" in sys.modules or any(name in sys.modules for name in _STAND_INS):
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package: `spacy.cli.info` is looked up in sys.modules, not on disk
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = dict(zip(_STAND_INS, (cli, info), strict=True))
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:  # this spaCy wants more of its command line: the plain import
        _take_out(stand_ins)
        import spacy  # noqa: F401,F811
        return
    finally:
        _take_out(stand_ins)
    if not hasattr(spacy, "cli"):  # `spacy.cli.download(...)` after `import spacy`, as before
        cli.__dict__["__getattr__"] = _real_cli  # PEP 562: asked for what the stand-in lacks
        spacy.cli = cli  # type: ignore[attr-defined]


def _take_out(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


def _real_cli(name: str) -> Any:
    """An attribute of the stand-in `spacy.cli` left on the `spacy` module: spaCy's own, which is
    imported then (and takes the stand-in's place as `spacy.cli`)."""
    import importlib

    return getattr(importlib.import_module("spacy.cli"), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`: spaCy's own, imported on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


import_spacy()
