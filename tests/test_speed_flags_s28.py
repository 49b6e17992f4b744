"""Unseen cost, session 28 (issue 20, s28spd3): a new word's flags. A test that is never true of a word of letters
(punctuation, a sentence's stop or line break) says so and is not asked of one (nine new words in ten); a Doc's flags
are listed with one look-up a text and each new word found by a scan in C, the array made of that list. Counted,
never timed; the flags equal every test's. Words, names and places are invented."""
from __future__ import annotations

import random

import numpy

import polsek_nlp
from polsek_nlp.doc import spans
from polsek_nlp.doc.view import open_view
from polsek_nlp.lang import wordflags
from polsek_nlp.recognize import sentences

_PUBLISHED = "2024-06-07"
_TEXT = ("Polsek Wanaraja menangkap seorang pria berinisial RK (34), warga Desa Sukaraja, Kabupaten Garut, "
         "Jumat (7/6/2024). Kapolsek Wanaraja AKP Darmono Sulistyo mengatakan, pelaku mencuri 2 unit sepeda "
         "motor.\n\n\"Pelaku kami amankan beserta barang bukti,\" ujarnya... Kasus ini masih didalami!?")


def _every_test(text: str) -> int:
    """A text's flags with every registered test asked (as before s28spd3)."""
    flags = wordflags._as_written.get(text, 0) | wordflags._lowered.get(text.lower(), 0)
    for flag, test in wordflags._tests[0]:
        if test(text):
            flags |= flag
    return flags


def _invented_texts() -> list[str]:
    rng = random.Random(28)
    out = ["Darmono", "menangkap", "RK", "(", ")", ".", "...", "…", "?!", "\n", " \n ", "2.000", "ke-3", "dua",
           "Ketiga", "WhatsApp", "PicMix", "McDonald", "ſabtu", "İstanbul", "Kelvin\u212a", "x" * 80, "", "Rp",
           "mengatakan", "diamankan", "Tersangka", "didalami", "ditangkap", "7/6/2024", "\u00a0", "-", "\"", "'s"]
    letters = "abcdeghijklmnoprstuwyAKSBDTMP.,!?\n-0123456789"
    out += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    return out


def test_flags_of_equal_every_tests_answer(monkeypatch):
    polsek_nlp.analyze(_TEXT, published=_PUBLISHED)  # every component's flags registered
    monkeypatch.setattr(wordflags, "_cache", {})
    for text in _invented_texts():
        assert wordflags.flags_of(text) == _every_test(text), repr(text)


def test_a_word_of_letters_is_not_asked_the_tests_no_such_word_passes(monkeypatch):
    polsek_nlp.analyze(_TEXT, published=_PUBLISHED)
    asked: list[str] = []
    monkeypatch.setattr(wordflags, "_tests", wordflags._tests)
    monkeypatch.setattr(wordflags, "_flags", wordflags._flags)
    monkeypatch.setattr(wordflags, "_cache", {})
    flag = wordflags.word_flag(lambda t: asked.append(t) or t == ";", letters=False)
    for text in ("Darmono", "menangkap", ";", "12", "ke-3", "RK"):
        assert bool(wordflags.flags_of(text) & flag) == (text == ";")
    assert asked == [";", "12", "ke-3"]  # none of the words of letters
    every, of_letters = wordflags._tests
    for skipped in (spans.PUNCT, sentences._MAY_END):  # punctuation, a stop or a line break
        assert skipped in dict(every) and skipped not in dict(of_letters)


def test_a_docs_flags_are_each_texts_flags_whatever_the_cache_holds(monkeypatch):
    texts = _invented_texts()[:400]
    texts = texts + texts[::3] + ["y" * 5000] * 2  # repeated new words, an uncached blob twice
    rng = random.Random(7)
    for _ in range(20):
        monkeypatch.setattr(wordflags, "_cache", {})
        for t in rng.sample(texts, rng.randrange(len(texts))):  # some known, some new
            wordflags.flags_of(t)
        values = wordflags.flag_values(texts)
        assert values == [_every_test(t) for t in texts]
        assert wordflags.flags_for(texts).tolist() == values
    monkeypatch.setattr(wordflags, "_cache", {})
    assert wordflags.flag_values([]) == [] and wordflags.flags_for([]).shape == (0,)


def test_a_docs_new_words_are_each_tested_once_and_the_known_not_at_all(monkeypatch):
    polsek_nlp.analyze(_TEXT, published=_PUBLISHED)
    doc = polsek_nlp.load().make_doc(_TEXT)
    texts = [t.text for t in doc]
    new = ["Wanasari", "Sukamulya", "Wanasari"]
    monkeypatch.setattr(wordflags, "_cache", {t: f for t, f in wordflags._cache.items() if t not in new})
    asked: list[str] = []
    flags_of = wordflags.flags_of
    monkeypatch.setattr(wordflags, "flags_of", lambda t: asked.append(t) or flags_of(t))
    assert wordflags.flag_values(texts) == [flags_of(t) for t in texts] and asked == []  # all known
    assert wordflags.flag_values(texts + new) == [flags_of(t) for t in texts + new]
    assert asked == new  # each occurrence of a new word once; its second from the cache inside `flags_of`
    held = open_view(doc, _TEXT)
    assert held.flags().tolist() == held.flag_list() == [flags_of(t) for t in texts]
    assert held.flags().dtype == numpy.int64
