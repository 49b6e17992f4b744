"""Unseen cost, session 28 (issue 20, s28spd): a capitalised word read as a post title's slip asks the few titles
that keep its first and last letter, one by one, instead of building its ~300 one-letter edits (which only the root's
reading still needs, and few words reach it); a `pe-...-an` word is stemmed as a confix noun only if a long root
word less its first letter is a piece of it (the stemmer's stems are). Counted, never timed. Words, names and places are invented."""
from __future__ import annotations

import random

import polsek_nlp
from polsek_nlp.lang.stemming import root_words, stem_word
from polsek_nlp.recognize import typos

_PUBLISHED = "2024-06-07"


def _set_reading(word: str) -> bool:
    """`slip_of_title` as it read before s28spd: the word's edits built, then met with the titles."""
    low = typos._slip_candidate(word)
    return low is not None and not typos._one_edit(low).isdisjoint(typos._role_titles())


def _slips_of(title: str, rng: random.Random) -> list[str]:
    """Invented misspellings of `title` (one or two letters changed anywhere, the case of a title) and the title."""
    out = [title]
    for _ in range(12):
        chars = list(title)
        for _ in range(rng.choice((1, 1, 2))):
            i = rng.randrange(len(chars))
            kind = rng.choice(("add", "drop", "swap", "change"))
            c = rng.choice("abcdefghijklmnoprstuwyh")
            if kind == "add":
                chars.insert(i, c)
            elif kind == "drop" and len(chars) > 1:
                del chars[i]
            elif kind == "swap" and i + 1 < len(chars):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
            else:
                chars[i] = c
        out.append("".join(chars))
    return [w[:1].upper() + w[1:] for w in out if w]


def test_the_title_reading_answers_as_the_set_of_edits_did():
    """Every post title, misspelt at random (first and last letters, doubled letters, `h`s included), and a few
    invented words: the titles asked one by one answer what the built edits did."""
    rng = random.Random(28)
    words = ["Sekertaris", "Sekretraris", "Komisarris", "Bendaahara", "Wiryatmojo", "Hapsarini", "Kepalla",
             "Sekretarsi", "Skeretaris", "Sekretarias", "Sekretariss"]
    for title in sorted(typos._role_titles()):
        words.extend(_slips_of(title, rng))
    typos.slip_of_title.cache_clear()
    got = [typos.slip_of_title(w) for w in words]
    assert got == [_set_reading(w) for w in words]
    assert sum(got) > 100  # the random slips read as titles' often: the two readings are met on both answers


def test_a_title_s_slip_is_read_without_building_the_word_s_edits():
    """`slip_of_title` of a new word builds no set of edits (before s28spd: one, ~300 words)."""
    for f in (typos.slip_of_title, typos._one_edit):
        f.cache_clear()
    assert typos.slip_of_title("Sekertaris")
    assert not typos.slip_of_title("Wiryatmojo")
    assert typos._one_edit.cache_info().misses == 0


def test_a_slip_in_a_post_s_title_still_reads_as_no_name():
    """Through `analyze`: the misspelt title is no person, the person named after it is read."""
    typos.slip_of_title.cache_clear()
    rec = polsek_nlp.analyze("Surat itu dikirim lewat Sekertaris Desa Sukamekar kepada warga, kata Darsono Wiryatmo. "
                             "Menurut Rinelda Hapsari, warga sudah menerima undangan.", published=_PUBLISHED)
    names = [p.name for p in rec.persons]
    assert "Darsono Wiryatmo" in names and not any("Sekertaris" in n for n in names)


def _stem_reading(word: str) -> bool:
    """`_confix_noun` as it read before s28spd: the stemmer asked of every word."""
    stem = stem_word(word)
    return len(word) - len(stem) >= typos._MIN_AFFIX and len(stem) >= typos._MIN_ROOT and stem in root_words()


def test_the_confix_noun_reading_answers_as_the_stemmer_did():
    """Confix nouns on long roots (nasal prefixes, infixes, `per-`, `ke-`, `-kan`), their one-letter slips and
    invented words: the root-piece gate lets through every word the stemmer reads as one."""
    rng = random.Random(28)
    roots = sorted(r for r in root_words() if len(r) >= typos._MIN_ROOT and r.isalpha())
    words = ["pencobloasan", "pemberantsan", "kepenudukan", "pelaksnaan", "kesejahtraan", "penganiayan",
             "pamungkasan", "kertajayan", "pendayagunan", "perdamaiian", "pengerjakan", "kebersamaan"]
    for root in rng.sample(roots, 150):
        for form in ("pe" + root + "an", "pen" + root[1:] + "an", "peng" + root + "an", "per" + root + "an",
                     "ke" + root + "an", "keber" + root + "an", "pem" + root[1:] + "an", "peny" + root[1:] + "an"):
            words.append(form)
            words.extend(rng.sample(sorted(typos._one_edit(form)), 3))
    got = [typos._confix_noun(w) for w in words]
    assert got == [_stem_reading(w) for w in words]
    assert sum(got) > 100


def test_a_word_without_a_long_root_in_it_asks_no_stemmer(monkeypatch):
    """A `pe-...-an` word holding no long root word (less its first letter) is no confix noun without a stem
    asked (before s28spd: the stemmer ran on it); one holding one is still stemmed."""
    asked = []

    def counted(word):
        asked.append(word)
        return stem_word(word)

    monkeypatch.setattr(typos, "stem_word", counted)
    assert not typos._confix_noun("pekwrqzan")
    assert asked == []
    assert typos._confix_noun("pencoblosan") and asked == ["pencoblosan"]
