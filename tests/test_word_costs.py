"""What a new word costs the word flags (issue 20, session 14), its Lexeme and the gazetteer's fold
(session 15): counted, not timed."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path


def _python_calls(run, *, folders: tuple[str, ...]) -> Counter:
    """The Python functions (by name) and C functions (`c:` name) that `run()` calls, counted, of the
    modules under `folders` (path pieces) for Python ones."""
    seen: Counter = Counter()

    def hook(frame, event, arg):
        if event == "call" and any(f in Path(frame.f_code.co_filename).as_posix() for f in folders):
            seen[frame.f_code.co_name] += 1
        elif event == "c_call":
            seen["c:" + getattr(arg, "__name__", "?")] += 1

    sys.setprofile(hook)
    try:
        run()
    finally:
        sys.setprofile(None)
    return seen


def test_a_new_words_lexeme_calls_none_of_spacys_generic_getters():
    """A new word's Lexeme takes its attributes from `lang/lexattrs.py`'s getters: spaCy's shape walk
    (a Python step a character), its list tests of brackets and quotes, and the `functools.partial`s
    `create_vocab` sets (IS_STOP, LANG, NORM through `_get_attr_unless_lookup`) are not called for a
    word of letters (before: 9 calls of spaCy's functions a new word)."""
    import polsek_nlp

    vocab = polsek_nlp.load().vocab
    words = ["Zirvanoktel", "plemburasi", "Kwodrigantu", "menyelundupkanlah"]
    assert not any(w in vocab.strings for w in words)
    calls = _python_calls(lambda: [vocab[w] for w in words], folders=("spacy/lang/lex_attrs.py", "spacy/util.py"))
    assert not calls.keys() & {"word_shape", "is_bracket", "is_quote", "is_left_punct", "is_right_punct",
                               "is_stop", "get_lang", "_get_attr_unless_lookup", "lower"}, calls
    assert [vocab[w].shape_ for w in words] == ["Xxxxx", "xxxx", "Xxxxx", "xxxx"]
    assert vocab["plemburasi"].norm_ == "plemburasi" and vocab["’"].norm_ == "'"
    assert vocab["yang"].is_stop and vocab["Yang"].is_stop and not vocab["Zirvanoktel"].is_stop
    assert vocab["Zirvanoktel"].lang_ == "polsek_id"


def test_an_ascii_place_name_is_folded_without_the_accent_walk():
    """`gazetteer.fold` takes accents off only a name that has a character beyond ASCII (NFKD and the
    walk over its characters leave an ASCII name as it is)."""
    from polsek_nlp.knowledge.gazetteer import fold

    names = ["Kecamatan Sukamaju-Wetan", "Ci'anjur  Timur", "Tanjung Ular (Barat)"]
    calls = _python_calls(lambda: [fold.__wrapped__(n) for n in names], folders=())
    assert calls["c:normalize"] == 0 and calls["c:combining"] == 0, calls
    assert [fold.__wrapped__(n) for n in names] == ["kecamatan sukamaju wetan", "cianjur timur", "tanjung ular barat"]
    assert fold.__wrapped__("Bánda  Açeh") == "banda aceh"
    assert fold.__wrapped__("Ｊａｋａｒｔａ") == "jakarta"  # full width: NFKD makes it ASCII


def test_the_not_a_name_flag_costs_a_new_word_no_call():
    """The capitalised words of `not_names.tsv` are a word set (`word_set_flag`: two dict look-ups
    for all such flags), not a test called on every new word, and the flag marks the same words
    the test did (`t[:1].isupper() and t in not_names()`)."""
    from polsek_nlp.lang import wordflags
    from polsek_nlp.recognize import persons

    flag = persons._NOT_A_NAME
    assert all(f != flag for f, _ in wordflags._tests[0])
    words = sorted(persons.not_names())
    texts = words + [w.lower() for w in words] + [w.upper() for w in words] + ["Budiono", "polisi", "", "Ahad"]
    for text in texts:
        expected = text[:1].isupper() and text in persons.not_names()
        assert bool(wordflags.flags_of(text) & flag) == expected, text


def test_a_words_end_is_read_with_one_test_per_group_of_affixes():
    """The stemmer reads the suffixes a word may end with (`_suffix_splits`) testing each group of
    affixes (particles, possessives, derivational suffixes) once where the word ends with none of
    it, not each affix (before: 13 `endswith` calls for a word with no suffix), and finds the same
    readings where it ends with several."""
    from polsek_nlp.lang import stemming

    calls = _python_calls(lambda: stemming._suffix_splits("sepeda"), folders=())
    assert calls["c:endswith"] == 3, calls
    assert stemming._suffix_splits("sepeda") == [("sepeda", 0, "")]
    assert stemming._suffix_splits("rumahnyalah") == [("rumahnyalah", 0, ""), ("rumahnya", 1, ""), ("rumah", 2, "")]
    assert stemming._suffix_splits("bacakanlah") == [
        ("bacakanlah", 0, ""), ("bacakan", 1, ""), ("baca", 2, "kan"), ("bacak", 2, "an")]
    assert [stemming.root_of(w) for w in ("rumahnyalah", "membacakannya", "kebersamaan")] == ["rumah", "baca", "sama"]
