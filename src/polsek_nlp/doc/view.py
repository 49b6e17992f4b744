"""The one transient view of a Doc that the components read: token texts and offsets, word flags,
sentence bounds, span lists, and each component's working memos.

A component asks `view(doc)` instead of building a Token or Span object for every question
(a Token costs ~20 times a list look-up). The view is made once per pipeline run, lives in
`doc.user_data` under one key, and is dropped when the pipeline returns (`release`), so that a
Doc carries only its annotations and serialises; it is remade if the Doc's length changes
(retokenization). It pickles and serialises as nothing (`Transient`).
"""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.tokens import Doc, Span

from polsek_nlp.doc.serialization import Transient
from polsek_nlp.lang.text import lower_keeping_offsets
from polsek_nlp.lang.wordflags import flag_values

KEY = "polsek_view"


class DocView(Transient):
    """What the components read about one Doc, computed on first use."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.n = len(doc)
        self.text = doc.text if text is None else text
        self.starts: list[int] = doc.to_array(IDX).tolist()
        lengths = doc.to_array(LENGTH).tolist()  # two flat arrays: a 2-D one's tolist() costs more
        t = self.text
        self.texts: list[str] = [t[i:i + n] for i, n in zip(self.starts, lengths, strict=True)]
        self.hold = False  # keep the view after the pipeline (the record builder reads it)
        self.groups: dict[str, tuple[Any, list[Span]]] = {}  # group -> (its SpanGroup, its Spans)
        self.memo: dict[str, Any] = {}  # a component's own per-Doc working values, by name
        self._lower: str | None = None
        self._lower_texts: list[str] | None = None
        self._lower_keys: numpy.ndarray | None = None
        self._flags: numpy.ndarray | None = None
        self._flag_list: list[int] | None = None
        self._arrays: dict[int, numpy.ndarray] = {}
        self._indices: dict[int, list[int]] = {}
        self.sent_bounds: list[tuple[int, int, int, int]] | None = None  # set while a component holds them

    def __reduce__(self):
        return (_nothing, ())

    def lower(self) -> str:
        """The text lowercased with offsets kept (see `lower_keeping_offsets`)."""
        if self._lower is None:
            self._lower = lower_keeping_offsets(self.text)
        return self._lower

    def lower_texts(self) -> list[str]:
        """Every token's text lowercased (the phrase tables on LOWER, the keywords)."""
        if self._lower_texts is None:
            self._lower_texts = list(map(str.lower, self.texts))  # no Python frame per token
        return self._lower_texts

    def flags(self) -> numpy.ndarray:
        """Every token's word flags (see `lang.wordflags`)."""
        if self._flags is None:
            self._flags = numpy.array(self.flag_list(), dtype=numpy.int64)
        return self._flags

    def flag_list(self) -> list[int]:
        """`flags()` as a list, for questions about single tokens."""
        if self._flag_list is None:
            self._flag_list = flag_values(self.texts)  # the list first: the array is made of it
        return self._flag_list

    def flagged(self, flag: int) -> list[int]:
        """Indices of the tokens with `flag`, in order (kept per flag)."""
        held = self._indices.get(flag)
        if held is None:
            # the flags are one flat array: its own `nonzero` is `flatnonzero` without the latter's
            # `ravel` and dispatch (~4 us a call, ~18 calls an article; session 14)
            held = self._indices[flag] = (self.flags() & flag).nonzero()[0].tolist()
        return held

    def array(self, doc: Doc, attr: int) -> numpy.ndarray:
        """`doc.to_array(attr)`, read once (SENT_START after the segmenter, ENT_IOB after the
        entity assembler: ask only once they are set)."""
        held = self._arrays.get(attr)
        if held is None:
            held = self._arrays[attr] = doc.to_array(attr)
        return held

    def lower_keys(self, doc: Doc) -> numpy.ndarray:
        """Every token's LOWER key (spaCy's hash of its lowercase form)."""
        if self._lower_keys is None:
            if LOWER in doc.vocab.lex_attr_getters:
                self._lower_keys = doc.to_array(LOWER)
            else:  # a vocabulary without lexeme attributes (a bare `Vocab()`): every LOWER would be 0
                add = doc.vocab.strings.add
                self._lower_keys = numpy.array([add(t.lower()) for t in self.texts], dtype=numpy.uint64)
        return self._lower_keys


def _nothing() -> None:
    return None


def view(doc: Doc) -> DocView:
    """The Doc's view, made on first use in a pipeline run."""
    v = doc.user_data.get(KEY)
    if v is None or v.n != len(doc):
        v = doc.user_data[KEY] = DocView(doc)
    return v


def open_view(doc: Doc, text: str, hold: bool = False) -> DocView:
    """Make the Doc's view from the text it was made from (spaCy would join every token's text
    again); with `hold`, the view outlives the pipeline until `release`."""
    v = doc.user_data[KEY] = DocView(doc, text)
    v.hold = hold
    return v


def release(doc: Doc) -> None:
    """Drop the view (it refers to Spans of the Doc: a reference cycle)."""
    doc.user_data.pop(KEY, None)


def release_unless_held(doc: Doc) -> Doc:
    """`release` at the end of the pipeline, unless the caller holds the view for its own reading
    (`analyze` builds the record from it first)."""
    v = doc.user_data.get(KEY)
    if v is not None and not v.hold:
        del doc.user_data[KEY]
    return doc
