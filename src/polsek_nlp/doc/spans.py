"""Shared plumbing for the recognizers: span groups, their data, and occupied text."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, SENT_START, SPACY
from spacy.tokens import Doc, Span
from spacy.tokens.underscore import Underscore

from polsek_nlp.doc.serialization import SpanData
from polsek_nlp.doc.view import release, view
from polsek_nlp.lang.lexattrs import is_punct
from polsek_nlp.lang.spacy_id import like_num
from polsek_nlp.lang.wordflags import word_flag


def data_of(span: Span) -> Any:
    """What the recognizer that made `span` knows about it (also `span._.data`)."""
    store = span.doc.user_data.get("polsek_span_data")  # a SpanData: its dict read directly (hot path)
    return None if store is None else store.items.get((span.label_, span.start_char, span.end_char))


if not Span.has_extension("data"):
    Span.set_extension("data", getter=data_of)


_PLAIN = (None, None, None, None)  # an extension's (default, method, getter, setter): no default, no getter


def ext(doc: Doc, name: str) -> Any:
    """`doc._.<name>` for polsek_nlp's own Doc extensions, read where spaCy keeps a plain value
    (`doc._` builds an `Underscore` object on every access: ~1.3 us, ~20 reads an article). An
    extension registered with a default or a getter (by the user, before us or with `force=True`)
    is read through `doc._`, which honours them."""
    if Underscore.doc_extensions.get(name) != _PLAIN:
        return getattr(doc._, name)
    return doc.user_data.get(("._.", name, None, None))


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once (spaCy joins every token's text on each `doc.text`)."""
    return view(doc).text


def doc_lower(doc: Doc) -> str:
    """The Doc's text lowercased with offsets kept (see `lower_keeping_offsets`), once per Doc."""
    return view(doc).lower()


def token_starts(doc: Doc) -> list[int]:
    """Every token's start character, listed once per Doc."""
    return view(doc).starts


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, listed once per Doc (iterating Tokens builds a Python object each time)."""
    return view(doc).texts


def lower_texts(doc: Doc) -> list[str]:
    """Every token's text lowercased, listed once per Doc."""
    return view(doc).lower_texts()


def lower_keys(doc: Doc) -> numpy.ndarray:
    """Every token's LOWER key (spaCy's hash of its lowercase form), read once per Doc."""
    return view(doc).lower_keys(doc)


_CAPITALISED = word_flag(lambda t: t[:1].isupper())
_UPPER = word_flag(str.isupper)
PUNCT = word_flag(is_punct, letters=False)  # spaCy's IS_PUNCT (no letter or digit is punctuation)
LIKE_NUM = word_flag(like_num)  # spaCy's LIKE_NUM for Indonesian ("19", "2.000", "dua", "ketiga")


def capitalised_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens that start with a capital letter (where names and places start),
    listed once per Doc."""
    return view(doc).flagged(_CAPITALISED)


def upper_tokens(doc: Doc) -> list[int]:
    """Indices of the all-capital tokens (`str.isupper`: acronyms, initials), listed once per Doc.
    Not a subset of `capitalised_tokens`: a word may start with a letter that has no case
    (`ʼBNNK`)."""
    return view(doc).flagged(_UPPER)


def word_flags(doc: Doc) -> numpy.ndarray:
    """Every token's word flags (see `lang.wordflags`), as one array, computed once per Doc."""
    return view(doc).flags()


def word_flag_list(doc: Doc) -> list[int]:
    """`word_flags` as a list, for recognizers that ask about single tokens (`flags[k] & PUNCT`:
    a Token object and its attribute cost ~20 times more)."""
    return view(doc).flag_list()


def flagged_tokens(doc: Doc, flag: int) -> list[int]:
    """Indices of the tokens whose text has `flag` (see `lang.wordflags`), in order."""
    return list(view(doc).flagged(flag))


def next_index(indices: list[int], i: int, default: int) -> int:
    """The first of the sorted `indices` after `i` (the next capitalised word...), else `default`."""
    k = bisect_right(indices, i)
    return indices[k] if k < len(indices) else default


def in_sorted(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """`numpy.isin(values, keys)` for sorted, distinct `keys`, by binary search (`numpy.isin`
    sorts both arrays on every call: ~70 us for an article against a stop list)."""
    if not len(keys):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return keys[at] == values


def _text_parts(doc: Doc) -> tuple[str, list[str], list[int]]:
    """The Doc's text, token texts and token starts, read together (the helpers below are asked
    ~60 times an article)."""
    v = view(doc)
    return v.text, v.texts, v.starts


def token_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens [first, last + 1) that characters [start, end) touch, as `doc.char_span(start,
    end, alignment_mode="expand")` finds them (a start on a token's trailing space moves to the
    next token), or None where it finds none; without its Token objects."""
    text, texts, starts = _text_parts(doc)
    if not (0 <= start < len(text) and 0 < end <= len(text)):
        return None  # (the tokens and their trailing spaces cover the text exactly)
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, end - 1) - 1
    if start == starts[first] + len(texts[first]):
        first += 1
    return first, last + 1


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character offsets of tokens [start, end) (start < end <= len(doc)), as a Span's
    `start_char` and `end_char` but without building a Span."""
    _, texts, starts = _text_parts(doc)
    return starts[start], starts[end - 1] + len(texts[end - 1])


def span_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end), as `doc[start:end].text` but without building a Span."""
    text, texts, starts = _text_parts(doc)
    end = min(end, len(texts))
    if end <= start:
        return ""
    return text[starts[start]:starts[end - 1] + len(texts[end - 1])]


def line_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges [a, b) of the Doc's lines: the tokens between two that hold a line break (spaCy
    keeps line breaks in whitespace tokens of their own), those left out. Found from the text's few line
    breaks by binary search in the token starts, not by testing every token's text."""
    text, texts, starts = _text_parts(doc)
    out: list[tuple[int, int]] = []
    a = 0
    at = text.find("\n")
    while at >= 0:
        k = bisect_right(starts, at) - 1  # the token that holds the break
        out.append((a, k))
        a = k + 1
        at = text.find("\n", starts[k] + len(texts[k]))  # (the token's other breaks end no other line)
    out.append((a, len(texts)))
    return out


def sent_start_array(doc: Doc) -> numpy.ndarray:
    """Every token's SENT_START (1 opens a sentence, -1 does not, 0 unknown), read once per
    pipeline run (several components ask; the segmenter has set them by then)."""
    return view(doc).array(doc, SENT_START)


def ent_iob_array(doc: Doc) -> numpy.ndarray:
    """Every token's ENT_IOB (3 begins, 1 inside, 2 outside an entity, 0 unset), read once per
    pipeline run; ask only after the entity assembler."""
    return view(doc).array(doc, ENT_IOB)


def sentence_bounds(doc: Doc) -> list[tuple[int, int, int, int]]:
    """Every sentence as (start token, end token, start char, end char), like `doc.sents` (whose
    Spans cost more to build than the bounds). A component that asks many times may hold them in
    the view while it runs (see `held_sentence_bounds`)."""
    held = view(doc).sent_bounds
    if held is not None:
        return held
    if not len(doc):
        return []
    starts = numpy.flatnonzero(sent_start_array(doc) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)  # the first token opens the first sentence
    v = view(doc)
    texts, offsets = v.texts, v.starts
    ends = starts[1:] + [len(texts)]
    return [(a, b, offsets[a], offsets[b - 1] + len(texts[b - 1])) for a, b in zip(starts, ends, strict=True)]


@contextmanager
def held_sentence_bounds(doc: Doc) -> Iterator[list[tuple[int, int, int, int]]]:
    """Compute the sentence bounds once for the duration of a block (boundaries must not change
    inside it)."""
    v = view(doc)
    bounds = v.sent_bounds = sentence_bounds(doc)
    try:
        yield bounds
    finally:
        v.sent_bounds = None


def sentence_start_chars(doc: Doc, tokens: list[int]) -> list[int]:
    """The start character of the sentence holding each of `tokens`."""
    bounds = sentence_bounds(doc)
    firsts = [b[0] for b in bounds]
    return [bounds[bisect_right(firsts, k) - 1][2] for k in tokens]


def token_spaces(doc: Doc) -> list[int]:
    """1 where a token is followed by a space, else 0 (spaCy keeps at most one space per token)."""
    return doc.to_array(SPACY).tolist()


def span_tokens(doc: Doc, groups: tuple[str, ...]) -> set[int]:
    """Indices of the tokens covered by the spans of `groups`."""
    out: set[int] = set()
    for g in groups:
        for span in group(doc, g):
            out.update(range(span.start, span.end))
    return out


def add_span(doc: Doc, group: str, start: int, end: int, label: str, data: Any = None,
             kb_id: str = "") -> Span | None:
    """Add the tokens covering characters [start, end) to `doc.spans[group]` with `data`."""
    span = char_span(doc, start, end, label, kb_id)
    return None if span is None else _store(doc, group, span, data)


def char_span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    """The Span of the tokens covering characters [start, end), in no group (None when empty)."""
    bounds = token_bounds(doc, start, end) if end > start else None
    if bounds is None or bounds[1] <= bounds[0]:
        return None
    return Span(doc, bounds[0], bounds[1], label=label, kb_id=kb_id)


def set_group(doc: Doc, name: str, spans: list[Span], data: list[Any]) -> None:
    """Set `doc.spans[name]` to `spans` at once, each with its `data` (None: none): one SpanGroup
    built, where `add_span` appends one span at a time; a Span may go into several groups."""
    for span, item in zip(spans, data, strict=True):
        if item is not None:
            _keep_data(doc, span, item)
    doc.spans[name] = spans
    view(doc).groups[name] = (_span_group(doc.spans, name), list(spans))


def add_token_span(doc: Doc, group: str, start: int, end: int, label: str, data: Any = None,
                   kb_id: str = "") -> Span | None:
    """Add tokens [start, end) to `doc.spans[group]` with `data`."""
    end = min(end, len(doc))
    if end <= start:
        return None
    return _store(doc, group, Span(doc, start, end, label=label, kb_id=kb_id), data)


def _span_group(spans: Any, name: str) -> Any:
    """`doc.spans.get(name)`: spaCy's SpanGroups is a UserDict, whose `get` goes through three
    Python-level calls; its dict is read directly."""
    try:
        return spans.data.get(name)
    except AttributeError:  # not a UserDict (another spaCy version)
        return spans.get(name)


def _store(doc: Doc, name: str, span: Span, data: Any) -> Span:
    """Append `span` to group `name`, and to the group's list of Span objects in the view
    (reading a SpanGroup builds a new Span object for each of its spans, every time). The lists
    live while the pipeline runs: the view is dropped when it returns."""
    spans = doc.spans  # each `doc.spans` and each test on it is a Python-level call
    existing = _span_group(spans, name)
    held = view(doc).groups
    if existing is None:
        spans[name] = [span]
        held[name] = (_span_group(spans, name), [span])
    else:
        group_and_list = held.get(name)
        if group_and_list is None or group_and_list[0] is not existing or len(group_and_list[1]) != len(existing):
            group_and_list = held[name] = (existing, list(existing))  # the group was set elsewhere
        existing.append(span)
        group_and_list[1].append(span)
    if data is not None:
        _keep_data(doc, span, data)
    return span


def _keep_data(doc: Doc, span: Span, data: Any) -> None:
    """Keep `data` as the span's `span._.data` (keyed by label and characters, so that every Span
    object of the same span, in any group, reads it)."""
    store = doc.user_data.get("polsek_span_data")
    if store is None:
        store = doc.user_data["polsek_span_data"] = SpanData()
    store[(span.label_, span.start_char, span.end_char)] = data


def group(doc: Doc, name: str) -> list[Span]:
    """The spans of `doc.spans[name]` as a list (empty when there is no such group)."""
    found = _span_group(doc.spans, name)
    if found is None:
        return []
    group_and_list = view(doc).groups.get(name)
    if group_and_list is not None and group_and_list[0] is found and len(group_and_list[1]) == len(found):
        return list(group_and_list[1])
    return list(found)


def release_caches(doc: Doc) -> None:
    """Drop the components' working state (the Doc's view) from the Doc."""
    release(doc)


class Occupied:
    """Character intervals already claimed by earlier recognizers (sorted, non-overlapping)."""

    def __init__(self, doc: Doc, groups: tuple[str, ...] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        spans = sorted((s.start_char, s.end_char) for g in groups for s in group(doc, g))
        for s, e in spans:
            self.add(s, e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        # merge neighbours so that the lists stay non-overlapping
        j = max(i - 1, 0)
        while j + 1 < len(self.starts):
            if self.ends[j] >= self.starts[j + 1]:
                self.ends[j] = max(self.ends[j], self.ends[j + 1])
                del self.starts[j + 1], self.ends[j + 1]
            elif j >= i:
                break
            else:
                j += 1
