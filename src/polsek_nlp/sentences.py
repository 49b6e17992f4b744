"""Sentence boundaries for Indonesian news.

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the
next word starts a new sentence, and at every line break. Abbreviations that keep their dot
(`Jl.`, `Pol.`, `Kompol.`, `S.H.`) are single tokens, so they never end a sentence. Each header
line is a sentence of its own.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_END = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}


class SentenceSegmenter:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        starts = [False] * n
        starts[0] = True
        for i, tok in enumerate(doc):
            newline = "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)
            if tok.text not in _END and not newline:
                continue
            k, j = i, i + 1
            if not newline:
                # closing quotes and brackets glued to the stop belong to this sentence
                while j < n and not doc[k].whitespace_ and doc[j].text in _CLOSERS:
                    k, j = j, j + 1
            while j < n and doc[j].is_space:
                newline = newline or "\n" in doc[j].text
                j += 1
            newline = newline or "\n" in doc[k].whitespace_
            if j < n and (newline or not doc[j].text[:1].islower()):
                starts[j] = True
        for k, tok in enumerate(doc):
            tok.is_sent_start = starts[k]
        return doc


@Language.factory("polsek_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()
