"""The public functions: analyze, stem, and the Doc-level entry point `analyze_doc`."""
from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Collection
from contextlib import AbstractContextManager
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.spans import release_caches
from polsek_nlp.doc.stems import stem_doc
from polsek_nlp.doc.view import open_view
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.lang.text import DEFAULT_MAX_CHARS, check_text, clean, clean_field
from polsek_nlp.pipeline import build, load
from polsek_nlp.recognize.header import article_meta
from polsek_nlp.record.build import build_record
from polsek_nlp.record.types import EventRecord


def _check_option(name: str, value: object, types: tuple[type, ...]) -> None:
    if value is not None and not isinstance(value, types):
        raise TypeError(f"{name} must be {' or '.join(t.__name__ for t in types)}, not {type(value).__name__}")


def analyze_doc(text: str, *, published: str | dt.datetime | dt.date | None = None, title: str | None = None,
                url: str | None = None, nlp: Language | None = None,
                max_chars: int = DEFAULT_MAX_CHARS, furniture: Collection[str] = ()) -> tuple[Doc, list[str]]:
    """Run the pipeline on `text`; return the annotated Doc and input warnings. `doc._.meta` holds
    `published`, `title` and `url` as read once into an `ArticleMeta` (`polsek_nlp.doc.meta`)."""
    return _run(text, published=published, title=title, url=url, nlp=nlp, max_chars=max_chars,
                furniture=furniture)


def _run(text: str, *, published: str | dt.datetime | dt.date | None, title: str | None, url: str | None,
         nlp: Language | None, max_chars: int, hold: bool = False, id: str | None = None,
         furniture: Collection[str] = ()) -> tuple[Doc, list[str]]:
    """`analyze_doc`; with `hold`, the Doc's view (see `doc.view`) outlives the pipeline (for
    `build_record`; the caller must `release_caches`).

    The arguments about the article are read here, once, into the typed `doc._.meta`
    (`polsek_nlp.doc.meta.ArticleMeta`) that the pipeline's stages read."""
    check_text(text)
    _check_option("title", title, (str,))
    _check_option("url", url, (str,))
    _check_option("published", published, (str, dt.date))
    if not isinstance(max_chars, int) or max_chars <= 0:
        raise ValueError(f"max_chars must be a positive int, not {max_chars!r}")
    # a bad date is the caller's mistake: raise now, clearly
    meta = article_meta(published=published, title=clean_field(title), url=clean_field(url), id=id)
    cleaned, warnings = clean(text, max_chars, furniture=furniture)
    nlp = nlp or load()
    doc = nlp.make_doc(cleaned)
    open_view(doc, cleaned, hold=hold)  # the tokenizer keeps the text whole: no need to re-join it
    doc._.meta = meta
    doc = nlp(doc)
    return doc, warnings


def analyze(text: str, *, published: str | dt.datetime | dt.date | None = None, title: str | None = None,
            url: str | None = None, id: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
            furniture: Collection[str] = ()) -> EventRecord:
    """Analyse one article and return its `EventRecord`.

    `published` (ISO string, date or datetime), `title` and `url` override what the article's
    own header says. Site furniture (scroll markers, "Baca juga", video promos, captions ...) is
    blanked out and reported in `warnings`; `furniture` adds lines learnt for an archive
    (normalised by `polsek_nlp.lang.furniture.normalize_line`). Odd but valid input (empty, HTML, control characters, very long) gives a
    record with `warnings`; input that is not text raises `TypeError`.
    """
    nlp = _zones.enter()
    try:
        doc, warnings = _run(text, published=published, title=title, url=url, max_chars=max_chars, nlp=nlp,
                             hold=True, id=id, furniture=furniture)
        rec = build_record(doc)
        release_caches(doc)  # no reference cycle: the Doc is freed here, inside its memory zone
        del doc
    finally:
        _zones.leave()
    rec.warnings = warnings + rec.warnings
    if rec.published is None and any(d.relative for d in rec.dates):
        rec.warnings.append("no publication time: relative dates are unresolved")
    return rec


class _ZoneCycler:
    """`analyze` runs on a private pipeline whose vocabulary is freed every `size` articles.

    A Doc adds every new word to the vocabulary; over millions of articles that grows without
    bound. spaCy's `memory_zone` frees what was added inside it, but words added inside a zone
    are not cached between Docs, so the first `warm` articles run outside any zone to make the
    common vocabulary permanent (bounded: a few thousand articles' worth of words); after that,
    zones of `size` articles free the rest. The pipeline is private (not the one `load()`
    returns) so that no Doc a user holds is ever inside a zone that closes; `analyze` returns
    plain data only.
    """

    def __init__(self, size: int = 1000, warm: int = 2000) -> None:
        self.size = size
        self.warm = warm
        self.nlp: Language | None = None
        self.zone: AbstractContextManager[Any] | None = None
        self.count = 0
        self.seen = 0
        self.active = 0
        self.lock = threading.Lock()

    def enter(self) -> Language:
        """The pipeline, for one analysis; pair every call with `leave()`."""
        with self.lock:
            if self.nlp is None:
                self.nlp = build()
            self.seen += 1
            self.active += 1
            if self.seen <= self.warm:
                return self.nlp
            # a zone is only closed when no other thread is inside it
            if self.zone is None or (self.count >= self.size and self.active == 1):
                if self.zone is not None:
                    self.zone.__exit__(None, None, None)
                self.zone = self.nlp.memory_zone()
                self.zone.__enter__()
                self.count = 0
            self.count += 1
            return self.nlp

    def leave(self) -> None:
        with self.lock:
            self.active -= 1


_zones = _ZoneCycler()


def stem(text: str) -> str:
    """Stems (roots) of `text`'s words, lowercase, punctuation dropped; names, places,
    institutions, ranks and acronyms keep their form. A single lowercase word (`menangis`,
    `sayur-mayur`) takes a word-level fast path: nothing in it can be a name, so the pipeline
    is not run."""
    check_text(text)
    if _PLAIN_WORD.fullmatch(text):
        return root_of(text)
    cleaned, _ = clean(text)
    nlp = _zones.enter()  # the same bounded vocabulary as analyze(), for long runs of calls
    try:
        doc = nlp.make_doc(cleaned)
        open_view(doc, cleaned)
        for name, proc in nlp.pipeline:
            if name not in _NOT_FOR_STEMS:
                doc = proc(doc)
        stems = stem_doc(doc)
        release_caches(doc)  # freed here, inside its memory zone
        return stems
    finally:
        _zones.leave()


_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")

# what a stem depends on is settled once the entities are (which words keep their form): the
# components after them (quotes, events) are a third of the time of a short text
_NOT_FOR_STEMS = frozenset({"polsek_quotes", "polsek_events"})
