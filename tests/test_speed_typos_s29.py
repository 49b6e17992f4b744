"""Unseen cost, session 29 (issue 20, s29spd): a capitalised word read as a long root's slip asks the few long roots
with the ends a letter added keeps, and looks up the words a letter dropped or two neighbours swapped give, instead of
building its ~300 one-letter edits and taking the given names out of them; the edits are built only for a word that
can give a confix noun (`p/k...n`). Counted, never timed. Words, names and places are invented (or random misspellings
of the root word list's own words)."""
from __future__ import annotations

import random

import polsek_nlp
from polsek_nlp.lang.stemming import root_words
from polsek_nlp.recognize import typos
from polsek_nlp.recognize.names import given_names

_PUBLISHED = "2024-06-07"


def _set_reading(low: str) -> bool:
    """`_known_word` as it read before s29spd: the word's edits built, less the given names, met with the roots."""
    words = typos._one_edit(low).difference(given_names())
    roots = words.intersection(root_words())
    if any(len(w) >= 8 for w in roots):
        return True
    if low[0] not in "pk" or low[-1] != "n":
        return False
    return any(typos._confix_noun(w) for w in words if w.startswith(("pe", "ke")) and w.endswith("an")
               and w not in roots)


def _slips(word: str, rng: random.Random) -> list[str]:
    """The word and random misspellings of it: a letter added (`h` too), dropped, swapped or changed, anywhere."""
    out = [word]
    for _ in range(4):
        chars = list(word)
        i = rng.randrange(len(chars))
        kind = rng.choice(("add", "drop", "swap", "change"))
        if kind == "add":
            chars.insert(i, rng.choice("abdeghiklmnoprstuy"))
        elif kind == "drop":
            del chars[i]
        elif kind == "swap" and i < len(chars) - 1:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars[i] = rng.choice("aeiouhk")
        out.append("".join(chars))
    return out


def test_the_long_roots_asked_by_their_ends_answer_as_the_built_edits():
    """Over misspellings of 1,500 random root words of seven letters or more (40 in confix nouns' shape), given names
    and a letter added to each, and random strings of letters, the new reading equals the edits' set reading."""
    rng = random.Random(29)
    longs = sorted(w for w in root_words() if len(w) >= 7)
    words: list[str] = []
    for root in rng.sample(longs, 1500):
        words.extend(_slips(root, rng))
    for root in rng.sample(longs, 40):  # a confix noun's shape, nasal or not (each slip's ~300 edits stemmed)
        words.extend(_slips(rng.choice(("pe", "ke")) + root[1:] + "an", rng))
    for name in sorted(w for w in given_names() if len(w) >= 6):
        words.extend((name, name[:3] + "a" + name[3:]))
    words.extend("".join(rng.choice("aeiouhknprst") for _ in range(rng.randint(7, 13))) for _ in range(1000))
    words = [w for w in words if len(w) >= 7]
    got = [typos._known_word(w) for w in words]
    assert got == [_set_reading(w) for w in words]
    assert sum(got) > 1000  # both answers are met often


def test_a_word_that_can_give_no_confix_noun_builds_no_edits():
    """`slip_of_root` of a new word that does not open with `p`/`k` and end with `n` builds no set of edits (before
    s29spd: one, ~300 words); a slip of a long root and one of a confix noun still read as slips."""
    for f in (typos.slip_of_root, typos._one_edit):
        f.cache_clear()
    assert typos.slip_of_root("Apratur")
    assert not typos.slip_of_root("Wiryatmojo")
    assert not typos.slip_of_root("Sulistyowati")
    assert typos._one_edit.cache_info().misses == 0
    assert typos.slip_of_root("Pencobloasan")
    assert typos._one_edit.cache_info().misses == 1


def test_a_slip_of_a_long_root_still_reads_as_no_name():
    """Through `analyze`: the misspelt root word is no person; the people around it are read."""
    typos.slip_of_root.cache_clear()
    rec = polsek_nlp.analyze("Kantor Apratur Desa Sukamekar ditutup sementara, kata Darsono Wiryatmo. "
                             "Menurut Rinelda Hapsari, warga sudah menerima undangan.", published=_PUBLISHED)
    names = {p.name for p in rec.persons}
    assert not any("Apratur" in n for n in names)
    assert {"Darsono Wiryatmo", "Rinelda Hapsari"} <= names
