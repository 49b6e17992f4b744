"""Builds the polsek_nlp `Language`: our fast Indonesian tokenizer plus one component per step.

The Language is registered with spaCy as language `polsek_id` (and its tokenizer as
`polsek_nlp.Tokenizer.v1`), here when the package is imported and by the package's entry points
otherwise, so that a saved pipeline loads with spaCy alone:

    >>> nlp = polsek_nlp.load()
    >>> nlp.to_disk("polsek_pipeline")
    >>> nlp2 = spacy.load("polsek_pipeline")   # the same annotations
"""
from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Config

from polsek_nlp._version import __version__
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.view import release_unless_held
from polsek_nlp.lang.language import LANG, PolsekIndonesian, make_tokenizer

# the components' modules register their factories (`@Language.factory`) when imported
from polsek_nlp.recognize import (  # noqa: F401
    dates,
    event_names,
    header,
    incidents,
    institutions,
    officers,
    persons,
    places,
    quotes,
    sentences,
)
from polsek_nlp.resolve import entities, events  # noqa: F401

COMPONENTS: tuple[str, ...] = (
    "polsek_header",
    "polsek_sentences",
    "polsek_dates",
    "polsek_event_names",
    "polsek_officers",
    "polsek_institutions",
    "polsek_places",
    "polsek_persons",
    "polsek_incidents",
    "polsek_entities",
    "polsek_quotes",
    "polsek_events",
)

# what `nlp.meta` says of a polsek_nlp pipeline (a saved pipeline's meta.json keeps its own)
META: dict[str, Any] = {
    "name": "polsek_nlp",
    "version": __version__,
    "description": "Rule-based pipeline for Indonesian police and regional-government news (polsek_nlp)",
    "author": "polsek_nlp developers",
    "license": "MIT",
    "requirements": [f"polsek_nlp>={__version__}"],
}


# spaCy's Language.__init_subclass__ has no annotations: the one ignore of the typed API
class PolsekPipeline(PolsekIndonesian):  # type: ignore[no-untyped-call]
    """The polsek_nlp pipeline's Language (spaCy language `polsek_id`): the components' per-Doc
    working state is dropped when the pipeline returns (see `doc.spans.release_caches`)."""

    def __init__(self, *args: Any, meta: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, meta={**META, **(meta or {})}, **kwargs)

    @property
    def config(self) -> Config:
        """spaCy's config, with each component's current settings (also those set as attributes
        after it was built): what `to_disk` and `to_bytes` write."""
        for name, proc in self._components:
            if isinstance(proc, PolsekComponent):
                self._pipe_configs[name].update(proc.cfg)
        return super().config

    @config.setter
    def config(self, value: Config) -> None:
        Language.__dict__["config"].__set__(self, value)  # spaCy's own setter

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = (),
                  overrides: dict[str, Any] | None = None) -> PolsekPipeline:
        """spaCy's `from_disk`: the components take their saved settings, except those given when
        loading (`spacy.load(path, config={"components": {"polsek_events": {"min_score": 2.0}}})`)."""
        overrides = overrides or {}
        super().from_disk(path, exclude=exclude, overrides=overrides)
        for key, value in overrides.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "components" and parts[1] in self.component_names:
                proc = self.get_pipe(parts[1])
                if isinstance(proc, PolsekComponent) and parts[2] in proc.defaults:
                    setattr(proc, parts[2], value)
        return self

    def __call__(self, text: str | Doc, *args: Any, **kwargs: Any) -> Doc:
        return release_unless_held(super().__call__(text, *args, **kwargs))

    def pipe(self, texts: Iterable[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        for item in super().pipe(texts, *args, **kwargs):
            if isinstance(item, tuple):  # as_tuples=True
                yield (release_unless_held(item[0]), *item[1:])
            else:
                yield release_unless_held(item)


registry.languages.register(LANG, func=PolsekPipeline)


_lock = threading.Lock()
_cached: dict[tuple[str, ...], Language] = {}


def build(disable: Iterable[str] = ()) -> Language:
    """A new pipeline (not cached). Components named in `disable` are added but disabled."""
    nlp = PolsekPipeline(create_tokenizer=make_tokenizer)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    for name in disable:
        if name not in COMPONENTS:
            raise ValueError(f"unknown component {name!r}; known: {', '.join(COMPONENTS)}")
        nlp.disable_pipe(name)
    return nlp


def load(disable: Iterable[str] = (), *, warm: bool = False) -> Language:
    """The polsek_nlp pipeline, built once per process and per `disable` set, then reused.
    `warm`: also build now what its components build on first use (`build_lazy`), for a process
    that forks workers (`nlp.pipe(..., n_process=N)`): they then share it instead of each building
    it on its first articles. A single analysis is quicker without (it builds only what it uses)."""
    if isinstance(disable, str):
        disable = (disable,)
    key = tuple(sorted(disable))
    nlp = _cached.get(key)
    if nlp is None:
        with _lock:
            nlp = _cached.get(key)
            if nlp is None:
                nlp = _cached[key] = build(key)
    if warm:
        build_lazy()
    return nlp


# The layers above the pipeline, whose cached functions are not the components' (the rest are).
_ABOVE = ("polsek_nlp.archive", "polsek_nlp.notebook", "polsek_nlp.cli")
# Cached builders that are not on `analyze`'s path, left to be built when asked for: the blank
# pipeline that makes phrase tables when the disk cache misses, PySastrawi's own stemmer.
_NOT_LAZY_BUILDS = frozenset({"polsek_nlp.lang.language.blank", "polsek_nlp.lang.stemming._stemmer"})


def lazy_builds() -> list[Callable[[], Any]]:
    """The components' lazily built constants in the modules loaded so far: every module-level
    cached function (`functools.cache`, `lru_cache`) of the pipeline's layers that takes no
    argument (a compiled pattern, a word list, a table read into a dict), not yet built."""
    out: list[Callable[[], Any]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("polsek_nlp.") or name.startswith(_ABOVE):
            continue
        for attr, f in list(vars(module).items()):
            if (callable(f) and hasattr(f, "cache_info") and getattr(f, "__module__", None) == name
                    and f.cache_info().currsize == 0 and f"{name}.{attr}" not in _NOT_LAZY_BUILDS
                    and _no_argument(f)):
                out.append(f)
    return out


def _no_argument(f: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(f).parameters.values()
    except (TypeError, ValueError):  # pragma: no cover - a builtin without a signature
        return False
    return all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params)


def build_lazy() -> int:
    """Build every lazy constant (`lazy_builds`) now, again until none is left (a build may import
    modules with more: `incidents.incident_stage` imports the incident stage); how many were built.
    Issue 20: a forked worker otherwise builds them itself on its first articles (~160 patterns and
    word lists, ~0.15 s of CPU a worker; ~0.2 s once here)."""
    done: set[int] = set()
    while todo := [f for f in lazy_builds() if id(f) not in done]:
        for f in todo:
            f()
            done.add(id(f))
    return len(done)
