"""Readers of relative expressions (`Rabu lalu`, `kemarin`, `tiga hari lalu`, `dalam 3 hari lagi`,
`pekan depan`), counted from the anchor; the narrative's own (`keesokan harinya`, `tiga hari
kemudian`) are counted from the story's last date by `timex_anchors` (`NARRATIVE`, `from_story`).
"""
from __future__ import annotations

import datetime as dt

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.recognize.timex_calendar import (
    Reading,
    hour_unknown,
    last_weekday,
    number_of,
    sentence_start,
    shift_month,
)
from polsek_nlp.recognize.timex_years import planned_day

_COUNTED_BEFORE = compile_pattern(r"(?i)(?:\d|(?<![\p{L}])(?:beberapa|berapa|sekian|puluhan|ratusan|ribuan|ribu|jutaan|"
                                r"juta|banyak|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas))\s+$")
_VAGUE_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])(?:awal|pertengahan|akhir)\s+$")


_COUNT_BEFORE = compile_pattern(r"(?i)(?:\d|satu|dua|tiga|empat|lima|beberapa|per|se)\s*$")


# ---------------------------------------------------------------------------------------------
# 4. relative expressions


def _rel_weekday(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    wd = m.group("wd")
    if not wd[0].isupper() or wd.lower() not in temporal_words().full_weekdays and not (m.group("dir") or m.group("week")):
        return None  # "Sat Polairud": an English weekday's abbreviation alone is no day (a header's has its date)
    if wd.lower() == "minggu" and sentence_start(text, m.start()) and not m.group("dir"):
        return None
    if wd.lower() == "minggu" and m.start() >= 2 and _COUNT_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return None  # "dua Minggu" is a duration
    day_val = None
    if anchor:
        weekday = temporal_words().weekdays[wd.lower()]
        if m.group("week"):  # "Rabu pekan lalu": the Wednesday of the calendar week before
            monday = anchor.date() - dt.timedelta(days=anchor.weekday())
            weeks = {"lalu": -1, "ini": 0}.get(m.group("wdir").lower(), 1)
            day_val = (monday + dt.timedelta(days=7 * weeks + weekday)).isoformat()
        elif not m.group("dir") and planned_day(text, m.start(), m.end()):
            # "Pilkades akan digelar Kamis": the coming Thursday (today's when it is today)
            day_val = (anchor.date() + dt.timedelta(days=(weekday - anchor.weekday()) % 7)).isoformat()
        else:
            day_val = last_weekday(anchor.date(), weekday, (m.group("dir") or "").lower()).isoformat()
    return Reading(day_val, "day", relative=True)


# unit word -> (the unit it counts, how many of it): short forms as news and dateparser write them
UNITS = {"hari": ("days", 1), "pekan": ("days", 7), "minggu": ("days", 7), "sepekan": ("days", 7),
         "seminggu": ("days", 7), "bulan": ("months", 1), "bln": ("months", 1), "tahun": ("years", 1),
         "thn": ("years", 1), "jam": ("minutes", 60), "menit": ("minutes", 1), "mnt": ("minutes", 1),
         "detik": ("seconds", 1), "dtk": ("seconds", 1)}


# Expressions counted from the story's last date, not from publication: "keesokan harinya", "malam
# harinya", "malam sebelumnya", "tiga hari kemudian", "lima menit kemudian", "dua hari sebelumnya".
_NARRATIVE_WORDS = frozenset({"kemudian", "sebelumnya", "setelahnya", "sesudahnya", "berikutnya"})
NARRATIVE = compile_pattern(
    r"(?i)(?:(?P<next>keesokan|esok)\s+(?:harinya|(?:pagi|siang|sore|petang|malam)(?:nya|\s+harinya))"
    r"|(?P<same>pagi|siang|sore|petang|malam)\s+harinya"
    r"|(?:(?:dini\s+hari|pagi|siang|sore|petang|malam)\s+)?(?:hari\s+)?(?P<before>sebelumnya)"
    r"|(?P<n>\d{1,3}|se|" + trie_alternation(set(temporal_words().numbers)) + r")\s*"
    r"(?P<unit>" + trie_alternation(set(UNITS)) + r")\s+(?:yang\s+)?"
    r"(?P<dir>kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya|setelah|sesudah|sebelum))")


def _narrative_shift(m) -> tuple[str, int]:
    """A `NARRATIVE` match -> (the unit: days, months, years, minutes or seconds; how many)."""
    if m.group("next"):
        return "days", 1
    if m.group("same"):
        return "days", 0
    if m.group("before"):
        return "days", -1
    what, size = UNITS.get(_unit(m.group("unit")), ("days", 1))
    return what, _AGO_SIGNS[m.group("dir").lower()] * size * (number_of(m.group("n")) or 0)


def from_story(m, last_day: str | None, last_time: str | None) -> str | None:
    """The value of a narrative expression counted from the story's last day or clock time."""
    what, n = _narrative_shift(m)
    if what in ("minutes", "seconds"):
        if last_time is None:
            return None
        return (dt.datetime.fromisoformat(last_time) + dt.timedelta(**{what: n})).strftime("%Y-%m-%dT%H:%M")
    if last_day is None:
        return None
    day = dt.date.fromisoformat(last_day)
    if what == "days":
        return (day + dt.timedelta(days=n)).isoformat()
    if what == "months":
        y, mo = shift_month(day, n)
        return f"{y:04d}-{mo:02d}"
    return str(day.year + n)


_DAY_DELTAS = {"kemarin lusa": -2, "kemarin": -1, "semalam": -1, "besok": 1, "esok hari": 1, "lusa": 2}


def day_delta(rel: str) -> int:
    """The days from the speaking day to the day a deictic word names (`kemarin` -1, `besok` 1, `hari
    ini` and others 0), however it is spaced or cased."""
    return _DAY_DELTAS.get(" ".join(rel.lower().split()), 0)


# "siang tadi" said before noon (published 01:30) was the day before; the hour each part begins
_PART_STARTS = {"siang": 11, "sore": 15, "petang": 15, "malam": 12}
NIGHT_STARTS = 18  # KBBI malam: "waktu setelah matahari terbenam"; before it, tonight has not yet come


def _rel_day(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    rel = " ".join(m.group("rel").lower().split())
    narrative = NARRATIVE.match(rel)
    if narrative is not None:
        # counted from the story's last date (`anchor_in_text`); from publication until then
        delta = _narrative_shift(narrative)[1]
    elif rel in ("malam tadi", "tadi malam") and anchor is not None and (
            anchor.hour < NIGHT_STARTS or hour_unknown(anchor)):
        # said before nightfall (in the morning or the afternoon), "last night" was the evening before; so on a writing day of no
        # stated hour, where a night that had not yet come could not be told of in the past
        delta = -1
    elif (rel.endswith(" tadi") or rel.startswith("tadi ")) and anchor is not None and anchor.time() != dt.time(0) \
            and anchor.hour < _PART_STARTS.get(rel.replace("tadi", "").strip(), 0):
        delta = -1  # "siang tadi" published at 01:30: yesterday's midday
    elif m.group("bare"):
        return Reading(None, "time", relative=True, view="ents")  # "pada malam hari": no day, no hour
    elif rel.endswith(" ini") and rel != "hari ini":
        # "malam ini": NER's only; which day it is (the writing day, or in a quote the story's
        # day) the record leaves to "hari ini" and the explicit dates around it
        return Reading((anchor.date().isoformat() if anchor else None), "day", relative=True, view="ents")
    else:
        delta = day_delta(rel)
    if delta == 0 and rel not in ("hari ini",) and not rel.endswith("tadi") and not rel.startswith("tadi") \
            and narrative is None:
        return None
    val = (anchor.date() + dt.timedelta(days=delta)).isoformat() if anchor else None
    return Reading(val, "day", relative=True)


def _unit(word: str) -> str:
    """The `UNITS` key of a unit word as written ("HARİ" lowercases with a combining dot)."""
    return word.lower().replace("\u0307", "")


def _shifted(anchor: dt.datetime, unit: str, n: int) -> tuple[str, str]:
    """The time, day, month or year `n` units (seconds ... years) from `anchor`, at the
    precision of the unit: a clock time for seconds, minutes and hours, a day for days and
    weeks, a month for months, a year for years."""
    what, size = UNITS[unit]
    if what == "days":
        return (anchor.date() + dt.timedelta(days=size * n)).isoformat(), "day"
    if what == "months":
        y, mo = shift_month(anchor.date(), n)
        return f"{y:04d}-{mo:02d}", "month"
    if what == "years":
        return str(anchor.year + n), "year"
    return (anchor + dt.timedelta(**{what: size * n})).strftime("%Y-%m-%dT%H:%M"), "time"


_AGO_SIGNS = {"lalu": -1, "silam": -1, "sebelumnya": -1, "kemudian": 1, "mendatang": 1, "ke depan": 1,
              "setelahnya": 1, "sesudahnya": 1, "berikutnya": 1, "setelah": 1, "sesudah": 1, "sebelum": -1}
# the counts from a happening the story names again (`dua hari setelah kejadian`): only from the story's day
FROM_HAPPENING = frozenset({"setelah", "sesudah", "sebelum"})
# the `dir` words of `NARRATIVE` that step forward from the story's day (`dua hari kemudian`, `sehari setelah kejadian`)
NARRATIVE_FORWARD = frozenset(w for w in _NARRATIVE_WORDS | FROM_HAPPENING if _AGO_SIGNS[w] > 0)


def _rel_ago(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    n = number_of(m.group("n"))
    direction = " ".join(m.group("dir").lower().split())
    if n is None and direction in FROM_HAPPENING:
        return None  # "beberapa hari setelah kejadian": no day, and no date of the story's the NER reads
    if n is None or direction == "terakhir":
        # "beberapa bulan mendatang", "tiga hari terakhir": a period, no day the record could hold
        return Reading(None, "day", relative=True, view="ents")
    unit = _unit(m.group("unit"))
    if not anchor:
        return Reading(None, "day", relative=True)
    if direction in FROM_HAPPENING:
        # "dua hari setelah kejadian": a day counted from the story's day only (`anchor_in_text`); not a length
        # of time (`selama tiga hari setelah ...`, `berselang dua hari setelah ...`), nor a count of hours or months
        if UNITS.get(unit, ("",))[0] != "days" or _duration_before(text, m.start()):
            return None
        return Reading(None, "day", relative=True)
    value, granularity = _shifted(anchor, unit, _AGO_SIGNS[direction] * n)
    if granularity == "time" and direction in _NARRATIVE_WORDS:
        value = None  # "lima menit kemudian": only from the story's last clock time (`anchor_in_text`)
    return Reading(value, granularity, relative=True)


_WORD_BEFORE = compile_pattern(r"(\p{L}+)\s+$")


def _duration_before(text: str, start: int) -> bool:
    """The word before `start` makes the count after it a length of time (`words/duration_cues.tsv`)."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in word_set("duration_cues")


_LINE_BEFORE = compile_pattern(r"(?:^|\n)[^\S\n]*$")
_LINE_AFTER = compile_pattern(r"[^\S\n]*[.!?]?[^\S\n]*(?:\n|$)")


def _rel_in(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    """"dalam 3 hari lagi": that long from now. Without `lagi`, only on a line of its own ("dalam
    10 hari", "dlm 23 dtk": a page's time stamp, as dateparser reads them); in running text
    "dalam 3 hari", "dalam setahun", "dalam 34 menit" are durations."""
    if not m.group("dir") and not (_LINE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                   and _LINE_AFTER.match(text, m.end())):
        return None
    n = number_of(m.group("n"))
    if n is None:
        return None
    if not anchor:
        return Reading(None, "day", relative=True)
    return Reading(*_shifted(anchor, _unit(m.group("unit")), n), relative=True)


_UNIT_SIGNS = {"lalu": -1, "kemarin": -1, "silam": -1, "depan": 1, "mendatang": 1}


def _rel_unit(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    unit = m.group("unit").lower()
    if unit == "minggu" and m.group("unit")[0] == "M" and m.start() > 0 and \
            not sentence_start(text, m.start()):
        return None  # "Minggu lalu" mid-sentence is last Sunday (rel_weekday)
    if _COUNTED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "beberapa tahun yang lalu", "55 ribu tahun yang lalu": not last year
    week = unit in ("sepekan", "seminggu", "pekan", "minggu")
    if week and _VAGUE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return None  # read from its first word ("akhir pekan lalu")
    sign = _UNIT_SIGNS.get(m.group("dir").lower(), 0)
    if week and (m.group("vague") or sign == 0):
        # "akhir pekan lalu" (a weekend), "pekan ini" (a span of days): no day; NER's only
        return Reading(None, "day", relative=True, view="ents")
    if not anchor:
        return Reading(None, "day", relative=True)
    return Reading(*_shifted(anchor, _unit(unit), sign), relative=True)


# Pattern name -> its reader, in the order the patterns are tried ("dalam 3 hari lagi" before "3
# hari lagi", "tiga hari sebelumnya" before "hari sebelumnya")
READERS = {
    "rel_weekday": _rel_weekday,
    "rel_in": _rel_in,
    "rel_ago": _rel_ago,
    "rel_day": _rel_day,
    "rel_unit": _rel_unit,
}
