"""Readers of absolute dates (ISO, English, `19 Agustus 2024`, `Rabu (9/8)`) and of clock times
(`pukul 10.00 WIB`, `pukul 8 malam`, `tanggal 5`), whose day is the anchor's unless written:
each returns a `Reading`, or None when the match is not a date after all.
"""
from __future__ import annotations

import datetime as dt

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.recognize.timex_calendar import (
    Reading,
    clock_value,
    iso_date,
    shift_month,
    tz_of,
    valid_day,
    with_time,
    without_full_stop,
)
from polsek_nlp.recognize.timex_years import near_year, scheduled, weekday_year, written_year, yearless

_CLOCK_BEFORE = compile_pattern(r"\d[.:][0-5]\d\s*(?:WIB|WITA|WIT)?\s*$")  # "pukul 21.00 WIB (4/5)": the clock's day


# ---------------------------------------------------------------------------------------------
# 1. absolute dates


def _iso(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    val = iso_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return Reading(*with_time(m, val)) if val else None


def _english(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    y = written_year(m.group("y"), anchor)
    val = iso_date(y, temporal_words().months[m.group("mon").lower()], int(m.group("d")))
    return Reading(*with_time(m, val), tz=tz_of(m)) if val else None


def _named(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    words = temporal_words()
    mon_word = m.group("mon").lower()
    if mon_word in words.old_months and not m.group("y"):
        return None  # "6 Ag", "3 Mai": an old or rare short form only with its year
    mon = words.months[mon_word]
    d1 = int(m.group("d"))
    y = _named_year(m, text, anchor, mon, d1)
    val = iso_date(y, mon, d1)
    if not val and (y is not None or not valid_day(mon, d1)):
        return None  # no such day; a day whose year no anchor gives is still read, without a value
    s, e = m.start(), without_full_stop(text, m, m.end())
    if m.group("d2"):
        end_val = iso_date(y, mon, int(m.group("d2")))
        if not val:
            return Reading(None, "range", end=e) if int(m.group("d2")) > d1 else None
        return Reading(f"{val}/{end_val}", "range", end=e) if end_val and end_val > val else None
    # "(19 Agustus 2024)" without weekday: keep the closing paren out when unbalanced
    if text[s:e].endswith(")") and "(" not in text[s:e]:
        e -= 1
    return Reading(*with_time(m, val), start=s, end=e, tz=tz_of(m))


def _named_year(m, text: str, anchor: dt.datetime | None, mon: int, day: int) -> int | None:
    """The year of a `named` date: written, relative (`tahun depan`), or chosen (`near_year`,
    `yearless`, then the weekday); a day called past (`11 Desember lalu`) is never after publication."""
    if m.group("y"):
        return written_year(m.group("y"), anchor)
    if m.group("yrel"):  # "26 Juni tahun depan"
        return anchor.year + {"lalu": -1, "depan": 1}.get(m.group("yrel").lower(), 0) if anchor else None
    if m.group("ago"):
        y = yearless(mon, day, anchor)
        if y is not None and anchor is not None and (iso_date(y, mon, day) or "") > anchor.date().isoformat():
            y -= 1
    else:
        y = near_year(text, m.start(), m.end()) or yearless(mon, day, anchor, lambda: scheduled(text, m.start(), m.end()))
    return weekday_year(m.group("wd"), mon, day, y, anchor)


def _numeric(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    wd, opened, closed, y_raw = m.group("wd"), m.group("open"), m.group("close"), m.group("y")
    if not (wd or y_raw or (opened and closed)):
        return None  # a bare 19/8 is too often a score, a ratio or a fraction
    if opened and not wd and _CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # the clock time's pattern reads "pukul 21.00 WIB (4/5)" whole
    d, mo = int(m.group("d")), int(m.group("mo"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m.group("sep") == "." and not y_raw:
        return None  # 10.30 is a clock time, not 10 March
    year = written_year(y_raw, anchor) if y_raw else \
        weekday_year(wd, mo, d, yearless(mo, d, anchor, lambda: scheduled(text, m.start(), m.end())), anchor)
    val = iso_date(year, mo, d)
    if not val and (year is not None or not valid_day(mo, d)):
        return None  # no such day; `Kamis (6/4)` whose year no anchor gives is still read, without a value
    s, e = m.start(), m.end()
    if opened and not closed and not wd:
        s = m.start("d")
    if closed and not opened and not wd:
        e = m.end("y") if y_raw else m.end("mo")
    if m.group("d2"):
        if not val:
            return Reading(None, "range", start=s, end=e) if int(m.group("d2")) > d else None
        end_val = iso_date(int(val[:4]), mo, int(m.group("d2")))
        return Reading(f"{val}/{end_val}", "range", start=s, end=e) if end_val and end_val > val else None
    return Reading(*with_time(m, val), start=s, end=e, tz=tz_of(m))


# ---------------------------------------------------------------------------------------------
# 2. clock times alone (the date comes from the anchor: news writes "pukul 10.00 WIB" for the day
# being reported; `anchor_clock_times` and the event component may re-anchor it to a nearby date)


def _clock_time(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    c = clock_value(m.group("h"), m.group("m"))
    if not c:
        return None
    relative = True
    anchor_date = anchor.date() if anchor else None
    base = anchor_date.isoformat() if anchor_date else None
    if m.group("cd"):
        cy = m.group("cy")
        cd, cm = int(m.group("cd")), int(m.group("cm"))
        base = iso_date(written_year(cy, anchor) if cy else yearless(cm, cd, anchor), cm, cd) or base
        relative = False
    elif m.group("crel") and anchor_date:
        delta = {"kemarin": -1, "besok": 1}.get(m.group("crel").lower().split()[0], 0)
        base = (anchor_date + dt.timedelta(days=delta)).isoformat()
        relative = False
    if m.group("h2"):
        c2 = clock_value(m.group("h2"), m.group("m2"))
        val = f"{base}T{c}/{base}T{c2}" if base and c2 else None
        return Reading(val, "range", relative, tz=tz_of(m))
    return Reading(f"{base}T{c}" if base else None, "time", relative, tz=tz_of(m))


def _clock_part(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    """"pukul 8 malam" -> 20:00: the hour on the 12-hour clock the part of the day names."""
    h = int(m.group("h"))
    part = " ".join(m.group("part").lower().split())
    if not 1 <= h <= 12:
        return None
    if part in ("sore", "petang", "malam") and h < 12 or part == "siang" and h < 6:
        h += 12
    elif h == 12 and part in ("pagi", "dini hari", "malam"):
        h = 0  # "pukul 12 malam": midnight
    value = f"{anchor.date().isoformat()}T{h:02d}:00" if anchor else None
    return Reading(value, "time", relative=True)


def _day_only(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    if anchor is None:
        return None
    anchor_date = anchor.date()
    d = int(m.group("d"))
    if m.group("mrel"):  # "tanggal 5 bulan depan": that day of the month after
        y, mo = shift_month(anchor_date, {"lalu": -1, "ini": 0}.get(m.group("mrel").lower(), 1))
        val = iso_date(y, mo, d)
        return Reading(val, "day", relative=True) if val else None
    val = iso_date(anchor_date.year, anchor_date.month, d)
    if val and val > anchor_date.isoformat():
        y, mo = shift_month(anchor_date, -1)
        val = iso_date(y, mo, d)
    return Reading(val, "day") if val else None


# Pattern name -> its reader, in the order the patterns are tried (most specific first)
READERS = {
    "iso": _iso,
    "english": _english,
    "named": _named,
    "numeric": _numeric,
    "clock": _clock_time,
    "clock_part": _clock_part,
    "day_only": _day_only,
}
