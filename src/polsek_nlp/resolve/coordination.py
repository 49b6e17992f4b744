"""Names joined in a list are of one kind (`Messi dan Rakitic`, `A, B, serta C`, `antara A dan B`).

A capitalised member of a list that no recognizer knows takes the entity class of the members that
are known: all of them when they agree, else the member right across its conjunction. A member
known with another class is left as it is; ordinary words, a lone first word of a sentence and
listed non-names are no members.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.strings import get_string_id
from spacy.tokens import Doc

from polsek_nlp.doc.spans import ext, flagged_tokens, sent_start_array, token_texts
from polsek_nlp.knowledge.lexicon import positions, ranks
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.stemming import root_words, stem_word
from polsek_nlp.lang.wordflags import word_set_flag
from polsek_nlp.recognize.names import not_names
from polsek_nlp.recognize.persons import ROLE_WORDS
from polsek_nlp.recognize.typos import common_or_slip, slip_of_word

_CONJ = word_set("coordination_words")
_CONJ_FLAG = word_set_flag(_CONJ)  # the conjunctions of a Doc, listed from its word flags
_ENGLISH = word_set("english_words")  # "a Funeral atau ...": a title's English word, no name
_ROMAN = re.compile(r"[IVXLC]+$")
# the labels' ids, as every vocab gives them (spaCy's symbols or the strings' hashes)
_NAME_IDS = frozenset(map(get_string_id, ("PERSON", "ORG", "GPE", "LOC", "FAC")))
_PERSON = get_string_id("PERSON")
_MAX_WORDS = 4

Member = tuple[int, int, int]  # start, end, index of a chosen entity or -1 (unknown)


def _capital(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


class _Lists:
    """The chosen entities of one Doc and the capitalised runs around its conjunctions."""

    def __init__(self, doc: Doc, chosen: list[tuple[int, int, int, int]], seen: Callable[[], set[int]]) -> None:
        self.texts = token_texts(doc)
        self._seen_of = seen  # tokens of recognizers' spans that are no entity (`Korea Selatan` acting)
        self._seen: set[int] | None = None  # read when a free capitalised word is first met
        self.owner = [-1] * len(self.texts)
        for idx, (start, end, _, _) in enumerate(chosen):
            self.owner[start:end] = [idx] * (end - start)
        self.chosen = chosen
        self.names = _NAME_IDS
        self.person = _PERSON
        self.uncued = ext(doc, "uncued_persons") or frozenset()

    def vouches(self, idx: int) -> bool:
        """A known member vouches for its neighbours, but a person read with no cue does not
        (`Titanic dan Avatar`: two films), nor an entity that is only the first word of a longer
        capitalised run (`Swiss Timing`: a company's name, no country)."""
        start, end, label, _ = self.chosen[idx]
        return not (label == self.person and start in self.uncued or self._free(end))

    def _free(self, k: int) -> bool:
        return 0 <= k < len(self.texts) and self.owner[k] < 0 and _capital(self.texts[k]) and self._unseen(k)

    def _unseen(self, k: int) -> bool:
        if self._seen is None:
            self._seen = self._seen_of()
        return k not in self._seen

    def ending_at(self, j: int) -> Member | None:
        """The member whose last token is `j`: a named entity, or a run of free capitalised words."""
        if j < 0:
            return None
        if self.owner[j] >= 0:
            idx = self.owner[j]
            start, end, label, _ = self.chosen[idx]
            return (start, end, idx) if end == j + 1 and label in self.names else None
        k = j
        while k > 0 and self._free(k - 1) and j - k < _MAX_WORDS:
            k -= 1
        return (k, j + 1, -1) if self._free(j) and j + 1 - k <= _MAX_WORDS else None

    def starting_at(self, j: int) -> Member | None:
        """The member whose first token is `j`."""
        if j >= len(self.texts):
            return None
        if self.owner[j] >= 0:
            idx = self.owner[j]
            start, end, label, _ = self.chosen[idx]
            return (start, end, idx) if start == j and label in self.names else None
        k = j
        while self._free(k) and k - j < _MAX_WORDS + 1:
            k += 1
        return (j, k, -1) if k > j and k - j <= _MAX_WORDS else None

    def around(self, i: int) -> tuple[list[Member], int] | None:
        """The members of the list whose conjunction is token `i`, left to right, and the index of
        the member right after the conjunction."""
        right = self.starting_at(i + 1)  # (most conjunctions are followed by no name: asked first)
        if right is None:
            return None
        j = i - 1 if i and self.texts[i - 1] == "," else i
        left = self.ending_at(j - 1)
        if left is None:
            return None
        members = [left]
        while members[0][0] >= 2 and self.texts[members[0][0] - 1] == ",":
            more = self.ending_at(members[0][0] - 2)
            if more is None:
                break
            members.insert(0, more)
        return members + [right], len(members)


def _class_of(lists: _Lists, members: list[Member], at: int, after: int) -> int | None:
    """The class an unknown member `members[at]` takes: that of all known members, when they
    agree, else that of the known member right across the conjunction (between `after - 1` and
    `after`)."""
    labels = {lists.chosen[m[2]][2] for m in members if m[2] >= 0}
    vouching = {lists.chosen[m[2]][2] for m in members if m[2] >= 0 and lists.vouches(m[2])}
    if len(labels) == 1:
        return labels.pop() if vouching else None
    across = {after - 1: after, after: after - 1}.get(at)
    if across is not None and members[across][2] >= 0 and lists.vouches(members[across][2]):
        return lists.chosen[members[across][2]][2]
    return None


def _post_word(text: str) -> bool:
    """A role, post or rank word (`Kades`, `Babinsa`, `AKP`): what follows it, or it itself, is no
    entity whose class a list's other members give."""
    return text in ROLE_WORDS or bool(positions().get(text)) or bool(ranks().get(text))


def _plain_word(text: str) -> bool:
    """An ordinary word or one misspelt by one letter (`typos.common_or_slip`), less a word it reads as affixed only
    by stripping down to a root of three letters or fewer (`Hotan` as hot-an): a root that short is a loan or an
    abbreviation, rarely affixed, so the word is as often a foreign place's or person's name, which the list's
    other members class (persons.py reads `Petersen`, pe-ter-sen, alike)."""
    if not common_or_slip(text):
        return False
    low = text.lower()
    return low in root_words() or len(stem_word(low)) > 3 or slip_of_word(text)


def _named(doc: Doc, lists: _Lists, start: int, end: int) -> int | None:
    """Where the name of an unknown member starts, or None when it names nothing: ordinary words
    before it are left out (`Baik A maupun B`, `Hubungan A dan B`), as are ordinary words misspelt by one letter
    (`Pendayagunaan Apratur Negara dan ...`: `typos.common_or_slip`); ordinary, English or listed
    non-name words alone, a roman numeral, a lone first word of a sentence, a run into a known
    entity, a post word and what follows one name nothing."""
    texts = lists.texts
    if start and lists.owner[start - 1] >= 0 or end < len(texts) and lists.owner[end] >= 0:
        return None
    while start < end and _plain_word(texts[start]):
        start += 1
    words = texts[start:end]
    if start and _post_word(texts[start - 1]) or any(map(_post_word, words)):
        return None  # "Kades Sukamaju", "Bhabinkamtibmas serta Babinsa": a post and its holder or place
    if not words or any(t in not_names() for t in words) or all(
            t.lower() in _ENGLISH or _ROMAN.match(t) or _plain_word(t) for t in words):
        return None
    starts = sent_start_array(doc)
    first = start == 0 or starts[start] == 1 or not texts[start - 1][:1].isalnum() and (
        start == 1 or starts[start - 1] == 1)
    return None if first and end - start == 1 else start


def coordinated(doc: Doc, chosen: list[tuple[int, int, int, int]],
                seen: Callable[[], set[int]]) -> list[tuple[int, int, int, int]]:
    """Entities for the unknown members of lists of names, as (start, end, label, kb_id); `seen()`:
    the tokens of recognizers' spans that are no entity, no member either (asked for when needed)."""
    conjs = flagged_tokens(doc, _CONJ_FLAG) if chosen else None
    if conjs:
        # the member after a conjunction starts with a capital or is an entity (the members found on
        # the way start with a capital too): the other conjunctions turn no list
        texts, starts = token_texts(doc), {c[0] for c in chosen}
        conjs = [i for i in conjs if i + 1 < len(texts) and (texts[i + 1][:1].isupper() or i + 1 in starts)]
    if not conjs:
        return []
    lists = _Lists(doc, chosen, seen)
    out: list[tuple[int, int, int, int]] = []
    for i in conjs:
        found = lists.around(i)
        if found is None:
            continue
        members, after = found
        for at, (start, end, idx) in enumerate(members):
            start = -1 if idx >= 0 else _named(doc, lists, start, end)
            if start is None or start < 0:
                continue
            label = _class_of(lists, members, at, after)
            if label is not None:
                out.append((start, end, label, 0))
                lists.owner[start:end] = [len(lists.chosen)] * (end - start)
                lists.chosen.append((start, end, label, 0))
    return out
