"""The year of a day written without one: the publication's, the one before or after it
(`yearless`: a past day, a scheduled one), a named event's (`Pilkada 2018 dijadwalkan pada 27
Juni`), or the one its weekday falls on (`weekday_year`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern

# "Pilkada 2018 dijadwalkan pada 27 Juni": a named event's year in the clause before a day written
# without one (no punctuation between) is that day's year
_EVENT_YEAR_BEFORE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation({w.lower() for w in word_set("named_event_words")})
                                   + r")(?:\s+(?i:serentak))?(?:\s+(?i:tahun))?\s+(?P<y>(?:19|20)\d\d)"
                                   r"(?:\s+[^\s.,;:!?()\"“”]+){0,8}\s+$")


def written_year(y: str | None, anchor: dt.datetime | None) -> int | None:
    if y:
        n = int(y)
        return n + 2000 if n < 100 else n
    return anchor.year if anchor else None


def yearless(mon: int, day: int, anchor: dt.datetime | None,
              scheduled: Callable[[], bool] | None = None) -> int | None:
    """Year of a day written without one: the publication year, or the year before when the
    date would fall more than two months after publication (`28/12` in a January article).
    A `scheduled` day (the text speaks of a plan: `dijadwalkan pada 15 Februari`) is in the
    future instead: the year after when it would fall more than a week before publication (a
    few days before is still the story being reported). `scheduled` is asked only where its
    answer matters (most dates are the days just before publication)."""
    if anchor is None:
        return None
    try:
        day_this_year = dt.date(anchor.year, mon, day)
    except ValueError:
        return None
    if day_this_year < anchor.date() - dt.timedelta(days=7):
        return anchor.year + 1 if scheduled is not None and scheduled() else anchor.year
    if day_this_year > anchor.date() + dt.timedelta(days=60):
        return anchor.year if scheduled is not None and scheduled() else anchor.year - 1
    return anchor.year


def _schedule_words(*kinds: str) -> str:
    return trie_alternation({w.lower() for kind in kinds for w in word_set("schedule_words", "kind", kind)})


_SCHEDULE_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])(?:" + _schedule_words("plan") + r")(?:\s+[^\s.,;:!?()\"“”]+){0,5}\s+$")
_SCHEDULE_AFTER = compile_pattern(r"(?i)\s*(?:mendatang|nanti|yang\s+akan\s+datang)(?![\p{L}])")
_SCHEDULE_NOUN = compile_pattern(r"(?i)(?<![\p{L}])(?:" + _schedule_words("noun") + r")(?:\s+[^\s.,;:!?()\"“”]+){0,5}\s+$")
_SETTING = compile_pattern(r"(?i)(?<![\p{L}])(?:" + _schedule_words("setting", "plan") + r")(?![\p{L}])")
_SETTING_WORDS = word_set("schedule_words", "kind", "setting") | word_set("schedule_words", "kind", "plan")
_PAST_WORDS = word_set("schedule_words", "kind", "past")
_CLAUSE_MARK = compile_pattern(r"[.,;:!?\"“”][^.,;:!?\"“”]*$")
_LETTERS = compile_pattern(r"\p{L}+")
# a plan told in a look back (`flashback_cues`: sebelumnya, mengaku ...) is the story's past, not the coming day
_LOOK_BACK = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation(word_set("flashback_cues")) + r")(?![\p{L}])")
_SENTENCE_START = compile_pattern(r"[.!?\n][^.!?\n]*$")


def scheduled(text: str, start: int, end: int) -> bool:
    """Whether the clause of a date speaks of a schedule: its wording (`plan_wording`) or a schedule's
    noun that a word sets (`schedule_noun`)."""
    return plan_wording(text, start, end) or schedule_noun(text, start)


def plan_wording(text: str, start: int, end: int) -> bool:
    """A `plan` word of `schedule_words` at most six words before the date (no punctuation between), or
    `mendatang`/`nanti` right after it: `scheduled` without the schedule's noun (for a caller that has
    asked `schedule_noun` already)."""
    return bool(_SCHEDULE_BEFORE.search(text, max(0, start - 80), start)
                or _SCHEDULE_AFTER.match(text, end, end + 24))


def planned_day(text: str, start: int, end: int) -> bool:
    """A plan word right before a bare weekday's clause governs it (`akan digelar Kamis`, `dijadwalkan pada
    Jumat`): `plan_wording`, with no act told done (`telah`, a passive verb) after the word that follows the
    plan word (`pelaku yang akan kabur ditangkap Senin`: the arrest was done)."""
    # the sentence's opening mark: its match runs to `start`, so the look back is searched from the mark on
    sentence = _SENTENCE_START.search(text, max(0, start - 200), start)
    if _LOOK_BACK.search(text, sentence.start() + 1 if sentence else max(0, start - 200), start):
        return False  # "Sebelumnya rapat dijadwalkan pada Kamis", "Pelaku mengaku akan kabur Senin": told back
    if _SCHEDULE_AFTER.match(text, end, end + 24):
        return True
    plan = _SCHEDULE_BEFORE.search(text, max(0, start - 80), start)
    if plan is None:
        return False
    words = [w.lower() for w in _LETTERS.findall(text, plan.start(), start)][2:]
    return not any(w in _PAST_WORDS or (w.startswith("di") and len(w) > 5 and w not in _SETTING_WORDS)
                   for w in words)


def schedule_noun(text: str, start: int) -> bool:
    """A schedule's noun at most six words before the date at `start` (`menetapkan jadwal pemungutan suara
    pada 27 Juni`) with a word in its clause that sets or demands it (`menetapkan`, `harus`, `akan`) and no
    act told done between the noun and the date (`sesuai jadwal digelar pada 2 Juni`: a passive verb, `telah`)."""
    noun = _SCHEDULE_NOUN.search(text, max(0, start - 80), start)
    if noun is None:
        return False
    mark = _CLAUSE_MARK.search(text, max(0, start - 160), start)
    if _SETTING.search(text, mark.start() + 1 if mark else max(0, start - 160), start) is None:
        return False
    words = [w.lower() for w in _LETTERS.findall(text, noun.start(), start)][1:]
    return not any(w in _PAST_WORDS or (w.startswith("di") and len(w) > 5 and w not in _SETTING_WORDS)
                   for w in words)


def _event_year(text: str, start: int) -> int | None:
    """The year of a named event the clause names before a day written without one (`Pilkada 2018
    dijadwalkan pada 27 Juni`), or None."""
    found = _EVENT_YEAR_BEFORE.search(text, max(0, start - 120), start)
    return int(found.group("y")) if found else None


def near_year(text: str, start: int, end: int) -> int | None:
    """`_event_year`, unless the day is called the coming one (`14 Juni mendatang`, `nanti`): that
    is the nearest such day, whatever the event's year (the stages of `Pilkada 2018` begin on
    `14 Juni mendatang` of 2017)."""
    return None if _SCHEDULE_AFTER.match(text, end, end + 24) else _event_year(text, start)


def weekday_year(wd: str | None, mon: int, day: int, year: int | None, anchor: dt.datetime | None) -> int | None:
    """The year of a day written with its weekday but no year (`Rabu (9/8)`): `year` (the one
    `yearless` chose) if the weekday falls on it, else the one of the year before, this year and
    the year after the publication whose day has that weekday (at most one of three does), else
    `year`. A day within a month of publication keeps `year` whatever its weekday: news dates
    the days just before it, and a weekday that disagrees there is the source's slip (`Sabtu
    (21/5)` on a Sunday), as the annotation rules have the date win."""
    if not wd or year is None or anchor is None:
        return year
    try:
        if abs((dt.date(year, mon, day) - anchor.date()).days) <= 31:
            return year
    except ValueError:
        pass
    weekday = temporal_words().weekdays[wd.lower()]
    fits = [y for y in (year, anchor.year - 1, anchor.year, anchor.year + 1) if _weekday_of(y, mon, day) == weekday]
    return fits[0] if fits else year


def _weekday_of(year: int, mon: int, day: int) -> int | None:
    try:
        return dt.date(year, mon, day).weekday()
    except ValueError:
        return None
