"""The plain facts of a temporal expression: `Timex` (one expression found in a text) and `Reading`
(what one pattern match means), and the calendar arithmetic the readers share: ISO days and clock
times, weekdays, months shifted, number words, time zones.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from polsek_nlp.knowledge.temporal import temporal_words


@dataclass(frozen=True)
class Timex:
    """One temporal expression: character span, normalised value and granularity."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # year | month | day | time | range
    relative: bool = False
    tz: str | None = None
    view: str = "both"  # who takes it: "both", "ents" (doc.ents only), "record" (the record's dates only)


class Reading(NamedTuple):
    """What a match means; `start`/`end` (None: the match's own) when the span is not all of it."""

    value: str | None
    granularity: str
    relative: bool = False
    start: int | None = None
    end: int | None = None
    tz: str | None = None
    view: str = "both"  # as `Timex.view`


OFFSETS = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}


class WritingDay(dt.datetime):
    """The anchor of a writing day the text states before its stamp, whose hour it does not give.
    Its clock is the day's end (23:59), so that its `siang tadi` and `sore tadi` are that day's (not
    the day before); being of this kind, not that clock value, is what makes its `tadi malam` the
    night before (a night that had not yet come could not be told of in the past). A publication
    stamped 23:59 is a plain datetime: an ordinary evening."""

    @classmethod
    def of(cls, day: dt.date) -> WritingDay:
        return cls(day.year, day.month, day.day, 23, 59)


def hour_unknown(anchor: dt.datetime) -> bool:
    """The anchor is a stated writing day (`WritingDay`), whose hour the text does not give."""
    return isinstance(anchor, WritingDay)


def iso_date(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def clock_value(h: str | None, m: str | None) -> str | None:
    if h is None:
        return None
    hh, mm = int(h), int(m)
    if hh > 24 or mm > 59:
        return None
    return f"{hh % 24:02d}:{mm:02d}"


def last_weekday(anchor: dt.date, weekday: int, direction: str | None) -> dt.date:
    """Most recent `weekday` on or before `anchor`; after it for `depan`/`mendatang`."""
    if direction in ("depan", "mendatang"):
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if direction in ("lalu", "kemarin") and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def shift_month(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


def number_of(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w == "se":
        return 1
    return temporal_words().numbers.get(w)


def sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?\n:"


def with_time(m, date_value: str | None) -> tuple[str | None, str]:
    """The value and granularity of a date and the clock time written with it, if any (a clock
    time keeps the granularity `time` when the date's year is unknown: value None)."""
    c = clock_value(m.group("h"), m.group("m")) if "h" in m.re.groupindex else None  # (groupdict builds a dict)
    if c:
        return (f"{date_value}T{c}" if date_value else None), "time"
    return date_value, "day"


def valid_day(mon: int, day: int) -> bool:
    """Whether `day` exists in month `mon` of some year (29 February does)."""
    try:
        dt.date(2000, mon, day)
    except ValueError:
        return False
    return True


def tz_of(m) -> str | None:
    names = m.re.groupindex  # (`groupdict` builds a dict of every group: several times the cost)
    return ((m.group("tz") if "tz" in names else None) or (m.group("tz2") if "tz2" in names else None)
            or "").upper() or None


def without_full_stop(text: str, m, e: int) -> int:
    """The end of a match short of the sentence's full stop after a month written in full ("19
    Agustus."), which is not an abbreviation's."""
    if text[e - 1:e] == "." and m.end("mon") == e - 1 and m.group("mon").lower() in temporal_words().full_months:
        return e - 1
    return e
