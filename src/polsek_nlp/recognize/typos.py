"""A capitalised word that is an ordinary word or a post's title misspelt by one letter (issue 19, s24pp).

Headline news writes such slips capitalised in a post's title or at a sentence's start (`Sekertaris
Militer`, `Seketaris`, `Tedakwa`, `Pencobloasan`, `Pendayagunaan Apratur Negara`); the person reader
took them for names, as no table knows them. `persons._misspelt` reads only a letter typed three times
and a `ke-an` noun's lost last letter: other one-letter edits are as often a name's (Peter, Martin).
This reading is narrower on the side of names: a word of seven letters or more, no given name, root
word or region's name itself, one edit inside the word (a letter dropped, added or two neighbours swapped;
never the first or last letter, nor an `h`) off a post's title (`role_words.tsv`); or, for a word that is no
ordinary word, off a root word of eight letters or more or a confix noun (`pe(N)-...-an`, `ke-...-an`) whose
root has six letters or more. Checked on the tune gold's persons and the IDNer name words: none of their 2,006
name words reads as a slip (a shorter root, an edge letter or a particle let `Sukarman`, `Rahmani`,
`Pangerang`, `Maimunah`, `Khalifa` read as slips in drafts)."""
from __future__ import annotations

import string
from functools import lru_cache

from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.lexicon import name_stopwords, ranks, role_words
from polsek_nlp.lang.stemming import root_words, stem_word
from polsek_nlp.recognize.names import given_names, is_common_word

_LETTERS = string.ascii_lowercase.replace("h", "")
_MIN_LENGTH = 7  # the misspelt word's letters at least
_MIN_ROOT = 6  # an affixed word's root's letters at least
_CONFIX_OPEN = ("pe", "ke")  # the nouns of `pe(N)-...-an`, `per-...-an`, `ke-...-an`
_MIN_AFFIX = 3  # an affixed word's affixes' letters at least (`pen-...-an`; not `-i`, `-is`)
_MIN_BARE_ROOT = 8  # a root word's letters at least, where the slip is off the root itself


@lru_cache(maxsize=8)  # ~300 words each: a few words' worth, not an archive's
def _one_edit(low: str) -> frozenset[str]:
    """Every word one letter dropped, added or two neighbours swapped away from `low`, inside the word
    only: a name's first or last letter differs from a word's as often (`Rahmani` / `brahmani`, `Pangerang`
    / `pangeran`); nor an `h` dropped or added, as names are spelt with and without one (`Khalifa`).
    Kept for the last few words (`_known_word`'s confix nouns; `slip_of_title` asks its few titles by
    `_is_edit`, `_long_root_edit` its few roots)."""
    splits = [(low[:i], low[i:]) for i in range(1, len(low) - 1)]  # each tail two letters or more
    out = {head + c + tail for head, tail in splits for c in _LETTERS}  # one comprehension: no frame a position
    out.update(head + tail[1:] for head, tail in splits if tail[0] != "h")
    out.update(head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 2)
    return frozenset(out)


def _known_word(low: str) -> bool:
    """One of the edits of `low` (`_one_edit`) is a long root word (`aparatur`) or a noun of a confix `pe(N)-...-an`,
    `ke-...-an` on a long root (`pencoblosan`); no given name. Only for a word that reads as no ordinary word
    itself: the stemmer reads many slips (and names) as affixed words, and a correct affixed word is one edit off
    others. The long roots are asked without building the edits (`_long_root_edit`); the stemmer reads only the
    confix nouns, and none when `low` cannot give one (an edit keeps the first and the last letter): the edits
    (~300 words) are built for such words alone (s29spd)."""
    given = given_names()
    if _long_root_edit(low, given):
        return True
    if low[0] not in "pk" or low[-1] != "n":
        return False
    roots = root_words()
    return any(_confix_noun(w) for w in _one_edit(low)
               if w.startswith(_CONFIX_OPEN) and w.endswith("an") and w not in roots and w not in given)


@lru_cache(maxsize=1)
def _long_roots_by_ends() -> dict[tuple[int, str, str], tuple[str, ...]]:
    """The root words of `_MIN_BARE_ROOT` letters or more under their length, first letter and last two letters:
    a letter added inside a word (`_one_edit`: after its first letter, before its last two) keeps all three, so the
    roots one letter longer than a word with its ends are the only ones that can be such an edit of it (~2 a word)."""
    out: dict[tuple[int, str, str], list[str]] = {}
    for w in root_words():
        if len(w) >= _MIN_BARE_ROOT:
            out.setdefault((len(w), w[0], w[-2:]), []).append(w)
    return {ends: tuple(words) for ends, words in out.items()}


def _long_root_edit(low: str, given: frozenset[str]) -> bool:
    """One of `_one_edit(low)` is a root word of `_MIN_BARE_ROOT` letters or more and no given name, asked without
    building the edits (s29spd: ~50 us a word less): the long roots with the ends a letter added keeps, each asked
    by `_is_edit`; then the n - 2 words a letter dropped gives and the n - 3 two neighbours swapped give, each
    looked up (the same positions as `_one_edit`'s)."""
    n = len(low)
    if any(w not in given and _is_edit(low, w) for w in _long_roots_by_ends().get((n + 1, low[0], low[-2:]), ())):
        return True
    roots = root_words()
    if n > _MIN_BARE_ROOT and any(w in roots and w not in given for w in
                                  (low[:i] + low[i + 1:] for i in range(1, n - 1) if low[i] != "h")):
        return True
    return n >= _MIN_BARE_ROOT and any(w in roots and w not in given for w in
                                       (low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(1, n - 2)))


def _confix_noun(word: str) -> bool:
    """`word` (no root word) is a `pe(N)-...-an`, `ke-...-an` noun on a root of six letters or more."""
    if word.isascii() and word.isalpha() and word.islower() and not _may_hold_long_root(word):
        return False  # the stemmer could find no root long enough in it
    stem = stem_word(word)
    return len(word) - len(stem) >= _MIN_AFFIX and len(stem) >= _MIN_ROOT and stem in root_words()


@lru_cache(maxsize=1)
def _long_root_tails() -> frozenset[str]:
    """The root words of `_MIN_ROOT` letters or more less their first letter."""
    return frozenset(w[1:] for w in root_words() if len(w) >= _MIN_ROOT)


def _may_hold_long_root(word: str) -> bool:
    """`word` (letters a-z) holds a long root less its first letter (`_long_root_tails`), the root `_MIN_AFFIX`
    letters or more shorter than the word: what `_confix_noun` needs of its stem (s28spd). PySastrawi's steps
    (`lang/sastrawi.py`) cut a suffix off the end, a prefix off the start, an infix after the first letter
    (`^(C)er(V.*)`), and put back at most a first letter (a nasal's, `penulis` -> `tulis`) or a `k` that was the
    suffix's (`kan`): a stem found is one letter at most and a piece of the word, in that order."""
    tails = _long_root_tails()
    n = len(word)
    return any(word[i:i + k] in tails for k in range(_MIN_ROOT - 1, n - _MIN_AFFIX) for i in range(n - k + 1))


@lru_cache(maxsize=1)
def _role_titles() -> frozenset[str]:
    return frozenset(w.lower() for w in role_words())


@lru_cache(maxsize=1)
def _titles_by_ends() -> dict[tuple[str, str], tuple[str, ...]]:
    """The post titles under their first and last letter: every edit of `_one_edit` keeps both (s28spd)."""
    out: dict[tuple[str, str], list[str]] = {}
    for title in sorted(_role_titles()):
        out.setdefault((title[:1], title[-1:]), []).append(title)
    return {ends: tuple(titles) for ends, titles in out.items()}


def _is_edit(low: str, other: str) -> bool:
    """`other` is in `_one_edit(low)`, asked of the one word (the edits' three kinds, at the same positions)."""
    n = len(low)
    if len(other) == n + 1:  # a letter added after low[:i], 1 <= i <= n - 2
        return any(other[i] in _LETTERS and other[:i] == low[:i] and other[i + 1:] == low[i:] for i in range(1, n - 1))
    if len(other) == n - 1:  # low[i] dropped, no `h`
        return any(low[i] != "h" and other == low[:i] + low[i + 1:] for i in range(1, n - 1))
    if len(other) == n:  # low[i] and low[i + 1] swapped, a letter or more after them
        return any(other == low[:i] + low[i + 1] + low[i] + low[i + 2:] for i in range(1, n - 2))
    return False


def _slip_candidate(word: str) -> str | None:
    """`word` lowered when it may be a slip: seven letters or more, no given name, root word or region's name."""
    low = word.lower()
    if len(low) < _MIN_LENGTH or not low.isalpha() or low in given_names() or low in root_words() \
            or gazetteer().lookup(word, villages=True):
        return None  # a region's name is none (`Senayan`, one letter off the root `sendayan`)
    return low


@lru_cache(maxsize=4096)
def slip_of_title(word: str) -> bool:
    """`word` (capitalised) is a post's title misspelt by one letter (`Sekertaris`, `Tedakwa`)."""
    low = _slip_candidate(word)
    if low is None:
        return False
    # the titles that keep the word's ends, each asked directly: `_one_edit(low)` (~300 words) is built for the
    # root's reading only, which few words reach (s28spd: ~10 builds an unseen article less)
    return any(_is_edit(low, title) for title in _titles_by_ends().get((low[0], low[-1]), ()))


@lru_cache(maxsize=4096)
def slip_of_root(word: str) -> bool:
    """`word` (capitalised) is no ordinary word and one letter off a long root or a confix noun (`Apratur`,
    `Pencobloasan`). Names are too (`Prakasa`, `Maripan`: prakarsa, marzipan): where a cue marks a lone
    such word as a person's, the person reader keeps it (`persons._NameScan._word_no_name`)."""
    low = _slip_candidate(word)
    return low is not None and not is_common_word(word) and _known_word(low)


def slip_of_word(word: str) -> bool:
    """`word` (capitalised) is a post's title or another word misspelt by one letter; see the module."""
    return slip_of_title(word) or slip_of_root(word)


def common_or_slip(word: str) -> bool:
    """`word` is an ordinary word (`names.is_common_word`) or one misspelt by one letter (`slip_of_word`): what the
    readers of names skip as no name's word (`Pendayagunaan Apratur Negara`)."""
    return is_common_word(word) or slip_of_word(word)


@lru_cache(maxsize=1)
def _rank_slips() -> frozenset[str]:
    """The function words (`name_stopwords`) that a police or military rank of four letters or more gives with one
    letter after its first dropped, in the rank's case: `Itu` (Iptu), `Pada` (Prada). A name never holds such a word,
    so in the rank's slot it is the rank misspelt, not the name's first word (s26off)."""
    out = set()
    for form in ranks().entries:
        if " " in form or len(form) < 4 or not form.isalpha():
            continue
        for i in range(1, len(form)):
            slip = form[:i] + form[i + 1:]
            if slip not in ranks().entries and slip.lower() in name_stopwords():
                out.add(slip)
    return frozenset(out)


def rank_slip(word: str) -> bool:
    """`word` is a rank misspelt into a function word (`Kasie Humas Polsek X Itu Budi`: Iptu); see `_rank_slips`."""
    return word in _rank_slips()
