"""What a new word costs the word flags (issue 20, session 14): counted, not timed."""
from __future__ import annotations


def test_the_not_a_name_flag_costs_a_new_word_no_call():
    """The capitalised words of `not_names.tsv` are a word set (`word_set_flag`: two dict look-ups
    for all such flags), not a test called on every new word, and the flag marks the same words
    the test did (`t[:1].isupper() and t in not_names()`)."""
    from polsek_nlp.lang import wordflags
    from polsek_nlp.recognize import persons

    flag = persons._NOT_A_NAME
    assert all(f != flag for f, _ in wordflags._tests)
    words = sorted(persons.not_names())
    texts = words + [w.lower() for w in words] + [w.upper() for w in words] + ["Budiono", "polisi", "", "Ahad"]
    for text in texts:
        expected = text[:1].isupper() and text in persons.not_names()
        assert bool(wordflags.flags_of(text) & flag) == expected, text
