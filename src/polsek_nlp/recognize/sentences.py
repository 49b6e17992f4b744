"""Sentence boundaries for Indonesian news.

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the
next word starts a new sentence, and at every line break. Abbreviations that keep their dot
(`Jl.`, `Pol.`, `Kompol.`, `S.H.`) are single tokens, so they never end a sentence. Each header
line is a sentence of its own.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import flagged_tokens, token_spaces, token_texts
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.wordflags import word_flag

_END = word_set("sentence_marks", "role", "end")
_CLOSERS = word_set("sentence_marks", "role", "closer")
# a stop, or whitespace with a line break: no word of letters, unless the table lists one
_MAY_END = word_flag(lambda t: t in _END or "\n" in t, letters=any(map(str.isalpha, _END)))


class SentenceSegmenter(PolsekComponent):
    factory = "polsek_sentences"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        texts = token_texts(doc)
        spaces = token_spaces(doc)  # other whitespace, newlines included, is tokens of its own
        starts = numpy.full((n, 1), -1, dtype="int32")
        starts[0, 0] = 1
        for i in flagged_tokens(doc, _MAY_END):  # the only candidates
            text = texts[i]
            newline = "\n" in text and not text.strip()
            if text not in _END and not newline:
                continue
            k, j = i, i + 1
            if not newline:
                # closing quotes and brackets glued to the stop belong to this sentence
                while j < n and not spaces[k] and texts[j] in _CLOSERS:
                    k, j = j, j + 1
            while j < n and not texts[j].strip():
                newline = newline or "\n" in texts[j]
                j += 1
            if j < n and (newline or not texts[j][:1].islower()):
                starts[j, 0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


@Language.factory("polsek_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    """`polsek_sentences`: sentence boundaries (`token.is_sent_start`, see the module docstring).
    No settings."""
    return SentenceSegmenter(nlp, name)
