"""Names of sport people marked by the words of a match report (`data/words/sport_cues.tsv`):
`dua gol X`, `umpan matang dari X`, `gol tamu disarangkan X`, `X dua kali membobol gawang`. A
word that is of a match itself marks the name anywhere; the others (`dicetak`, `membela`) only in a
sentence that writes a word of sport (`data/words/sport_words.tsv`)."""
from __future__ import annotations

from spacy.tokens import Doc

from polsek_nlp.data import read_table
from polsek_nlp.doc.spans import flagged_tokens
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.wordflags import word_set_flag


def _cues(where: str) -> dict[str, bool]:
    return {r["word"]: r["sport"] == "yes" for r in read_table("words/sport_cues.tsv") if r["where"] == where}


_BEFORE = _cues("before")
_AFTER = _cues("after")
_LINKS = word_set("sport_cues", "where", "link")
_BETWEEN = word_set("sport_cues", "where", "between")
_SPORT = word_set("sport_words")
_CUE_WORDS = frozenset(w.lower() for w in (*_BEFORE, *_AFTER))  # a cue is one of these, lowercased
_CUE_FLAG = word_set_flag(lowered=_CUE_WORDS)


def writes_sport_cues(doc: Doc) -> bool:
    """Whether a Doc writes any word `sport_cued` reads as a cue: where none is, no name is cued
    (one look at the Doc's word flags instead of one per name)."""
    return bool(flagged_tokens(doc, _CUE_FLAG))


def _lower_word(text: str) -> bool:
    return text.isalpha() and text.islower()


def _cue_before(texts: list[str], start: int) -> bool | None:
    """The `before` cue of a name at `start` (whether it is of a match itself), or None."""
    k = start - 1
    if k >= 0 and texts[k] in _LINKS:
        k -= 1
    if k >= 1 and _lower_word(texts[k]) and texts[k] not in _BEFORE and texts[k - 1].lower() in _BEFORE:
        k -= 1  # "umpan matang dari X", "gol tunggal X"
    return _BEFORE.get(texts[k].lower()) if k >= 0 else None


def _cue_after(texts: list[str], end: int) -> bool | None:
    """The `after` cue of a name ending at `end`, up to two counts or adverbs after it, or None."""
    k = end
    while k < len(texts) and k - end < 2 and texts[k] in _BETWEEN:
        k += 1
    return _AFTER.get(texts[k]) if k < len(texts) else None


def _sport_sentence(texts: list[str], sent_start: list[int], k: int) -> bool:
    """The sentence of token `k` writes a word of sport."""
    first = k
    while first > 0 and sent_start[first] != 1:
        first -= 1
    last = k + 1
    while last < len(texts) and sent_start[last] != 1:
        last += 1
    return any(t in _SPORT or t.lower() in _SPORT for t in texts[first:last])


def sport_cued(texts: list[str], sent_start: list[int], start: int, end: int) -> bool:
    """The name at tokens [start, end) is a player's by a word of a match report around it."""
    cue = _cue_before(texts, start)
    if cue is None:
        cue = _cue_after(texts, end)
    if cue is None:
        return False
    return cue or _sport_sentence(texts, sent_start, start)
