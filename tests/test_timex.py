"""The temporal tagger against a table of real phrasings (tests/data/date_phrasings.tsv)."""
import datetime as dt
import re
from pathlib import Path

import pytest

from polsek_nlp.recognize.timex import find_timexes

TABLE = Path(__file__).parent / "data" / "date_phrasings.tsv"


def _rows():
    lines = [ln.rstrip("\n") for ln in TABLE.read_text(encoding="utf-8").splitlines()]
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    assert rows[0] == ["text", "published", "expected_text", "value", "granularity"]
    return rows[1:]


ROWS = _rows()


def test_table_is_large_enough():
    assert len(ROWS) >= 150


@pytest.mark.parametrize("text, published, expected, value, granularity", ROWS, ids=[r[0][:40] for r in ROWS])
def test_phrasing(text, published, expected, value, granularity):
    got = find_timexes(text, dt.datetime.fromisoformat(published))
    if expected == "-":
        assert got == [], [(t.text, t.value) for t in got]
    else:
        assert [(t.text, t.value, t.granularity) for t in got] == [(expected, value, granularity)]


def test_relative_without_anchor_has_no_value():
    (t,) = find_timexes("Kejadian itu kemarin.")
    assert t.text == "kemarin" and t.value is None


def test_text_anchor_wins_over_late_publication_time():
    text = "Korban ditemukan Sabtu (28/10) kemarin. Ia hilang sejak Jumat. Hari ini ia diperiksa."
    got = {t.text: t.value for t in find_timexes(text, dt.datetime(2017, 10, 30, 6, 28))}
    assert got["Sabtu (28/10)"] == "2017-10-28"
    assert got["Hari ini"] == "2017-10-29"


def test_clock_time_takes_the_day_before_it():
    text = "Kerusuhan terjadi Kamis (4/5) sore. Massa datang sekitar pukul 15.30 WIB."
    got = {t.text: t.value for t in find_timexes(text, dt.datetime(2017, 5, 6, 1, 45))}
    assert got["pukul 15.30 WIB"] == "2017-05-04T15:30"


def test_timezone_is_recorded_not_applied():
    (t,) = find_timexes("pukul 10.00 WITA", dt.datetime(2024, 8, 20))
    assert t.value == "2024-08-20T10:00" and t.tz == "WITA"


def test_digit_prefilter_drops_no_match(monkeypatch):
    """At a run of digits only the patterns whose shape fits are tried; trying all of them finds
    exactly the same expressions."""
    import polsek_nlp.recognize.timex_tagger as timex

    example = Path(__file__).parents[1] / "examples" / "polres-purwakarta-rakor-2024.txt"
    extra = ["Senin, 19 s.d. 21 AGUSTUS 2024", "Aug. 20, 2024", "Jumat - Sabtu (4-5/8)", "SENİN (19/8)", "19 Agt",
             "dua belas hari yang lalu", "Tiga  pekan silam", "sehari kemudian", "(2 tahun lalu)", "5hari lalu",
             "pukul 21.00 WIB (4/5)", "2024-08-19T10:00", "19-20/8/2024", "tahun 2017-2018", "3 hari yang lalu",
             "pada11 Juli 2017", "19 s.d. 21 Agustus", "12345 orang", "(19/8)", "Rabu (9/8/2017) pukul 13.00",
             "1998", "5 tahun silam", "Senin 19 Agustus", "20 - 21 Mei 2019", "21:30 WITA", "pk.09.00"]
    texts = [r[0] for r in ROWS] + extra + [example.read_text(encoding="utf-8")]
    anchor = dt.datetime(2024, 8, 20, 11, 16)

    def found():
        return [[(t.start, t.end, t.value, t.granularity) for t in find_timexes(x, anchor)] for x in texts]

    narrowed = found()
    monkeypatch.setattr(timex, "_digit_patterns", lambda *a: timex._STARTS_WITH["digit"])
    assert found() == narrowed
    heads = timex._heads()
    monkeypatch.setattr(timex, "_heads", lambda: {k: v for k, v in heads.items() if k != "rel_ago"})  # every number
    assert found() == narrowed
    monkeypatch.setattr(timex, "_heads", dict)  # no quick check before the patterns themselves
    assert found() == narrowed


def test_trigger_scan_finds_words_at_every_kind_of_edge():
    """The trigger scan skips the letters and looks at the word after each other character: a
    word at the very start, right after "(", after "_" or a digit run, and a digit run inside a word
    must all still be found (and a trigger inside a word must not)."""

    import polsek_nlp.recognize.timex_tagger as timex
    from polsek_nlp.knowledge.wordtrie import trie_alternation
    from polsek_nlp.lang.text import lower_keeping_offsets

    _, kinds = timex._trigger_pattern()
    # a cue word, or the "se" of sehari/sebulan/setahun (a unit follows it and ends the word)
    word = rf"(?:(?:{trie_alternation(kinds)})(?![^\W\d_])|se(?=(?:{timex.SE_UNITS})(?![^\W\d_])))"
    plain = re.compile(rf"(?P<digit>\d+)|(?P<paren>\()|(?<![^\W_])(?P<word>{word})")

    def reference(text):  # the definition: try the triggers at every character
        out, lower = {}, lower_keeping_offsets(text)
        for m in plain.finditer(lower):
            if m.group("digit") is not None:
                names = timex._digit_patterns(lower, m.group("digit"), m.end())
            elif m.group("paren") is not None:
                names = timex._STARTS_WITH["paren"]
            else:
                w = m.group("word").lower()
                names = timex._STARTS_WITH[kinds.get(w, "number")]
                names = names + timex._STARTS_WITH["unit"] if w == "minggu" else names
            for name in names:
                out.setdefault(name, []).append(m.start())
        return out

    example = Path(__file__).parents[1] / "examples" / "polres-purwakarta-rakor-2024.txt"
    texts = ["Senin (19/8/2024)", "(Senin) kemarin", "((Jumat", "_Rabu_", "5hari", "x19/8", "tahun2017",
             "sehari-hari", "sehari yang lalu", "Setahun lalu", "sebulanan", "Kamis,Jumat", "persenin", "minggu lalu", "\nPUKUL 10.00", "İSenin", "é2017",
             "٣ hari", "(", "", "Se", "akhir-akhir tahun", "3 (tiga) hari", "[Sabtu]"]
    texts += [r[0] for r in ROWS] + [example.read_text(encoding="utf-8")]
    for text in texts:
        assert timex.candidate_starts(text) == reference(text), text
    first, paren = find_timexes("Senin (19/8/2024)"), find_timexes("(Senin, 19 Agustus 2024)")
    assert [t.text for t in first] == ["Senin (19/8/2024)"] and paren[0].start == 1


def test_a_number_and_unit_written_with_a_dotted_capital_i_are_still_found():
    """The lowercased text keeps "İ" (it lowercases to two characters); the quick check that a
    unit follows a number must still let "3 HARİ LALU" through, as the tagger's pattern matches it."""
    anchor = dt.datetime(2024, 8, 20)
    for text in ("3 HARİ LALU", "DUA HARİ LALU", "dua MİNGGU lalu"):
        assert [t.start for t in find_timexes(text, anchor)] == [0], text


def test_word_tables_hold_what_the_tagger_knows():
    """Every cue word's kind begins some pattern; full month names are month words; the tables'
    words are what the tagger's scan looks for."""
    import polsek_nlp.recognize.timex_tagger as timex
    from polsek_nlp.data import read_table
    from polsek_nlp.knowledge.temporal import temporal_words

    words = temporal_words()
    assert {row["kind"] for row in read_table("temporal_cues.tsv")} <= set(timex._STARTS_WITH)
    assert words.full_months < set(words.months) and {"agustus", "mei", "may"} <= words.full_months
    assert not {"agt", "mar", "jun", "sept"} & words.full_months
    assert words.cues["minggu"] == "weekday" and words.cues["pukul"] == "clockword"
    assert set(words.cues) == set(timex._trigger_pattern()[1])


def test_a_pattern_is_compiled_only_when_some_word_may_start_it():
    """Issue 20 (cold start): a text compiles only the patterns that may begin at its words."""
    from polsek_nlp.recognize import timex_tagger

    timex_tagger.pattern.cache_clear()
    try:
        find_timexes("Rapat digelar Senin (19/8/2024).")
        assert 0 < timex_tagger.pattern.cache_info().currsize < len(timex_tagger._pattern_texts())
    finally:
        timex_tagger.pattern.cache_clear()
