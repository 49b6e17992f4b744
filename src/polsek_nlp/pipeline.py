"""Builds the polsek_nlp `Language`: our fast Indonesian tokenizer plus one component per step."""
from __future__ import annotations

import threading
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.view import release_unless_held
from polsek_nlp.lang.language import PolsekIndonesian, make_tokenizer
from polsek_nlp.recognize import incidents as _incidents  # noqa: F401  (registers polsek_incidents)

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



class PolsekPipeline(PolsekIndonesian):
    """The polsek_nlp pipeline's Language: the components' per-Doc working state is dropped when
    the pipeline returns (see `doc.spans.release_caches`)."""

    def __call__(self, text, *args, **kwargs) -> Doc:
        return release_unless_held(super().__call__(text, *args, **kwargs))

    def pipe(self, texts, *args, **kwargs):
        for item in super().pipe(texts, *args, **kwargs):
            if isinstance(item, tuple):  # as_tuples=True
                yield (release_unless_held(item[0]), *item[1:])
            else:
                yield release_unless_held(item)


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


def load(disable: Iterable[str] = ()) -> Language:
    """The polsek_nlp pipeline, built once per process and per `disable` set, then reused."""
    if isinstance(disable, str):
        disable = (disable,)
    key = tuple(sorted(disable))
    nlp = _cached.get(key)
    if nlp is None:
        with _lock:
            nlp = _cached.get(key)
            if nlp is None:
                nlp = _cached[key] = build(key)
    return nlp
