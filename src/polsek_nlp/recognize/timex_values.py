"""What an Indonesian temporal expression means: one pattern match (`timex_tagger`) and the
publication time it is anchored to -> an ISO value, its granularity, whether it is relative.

One reader per pattern (`READERS`); each returns a `Reading`, or None when the match is not a
temporal expression after all (a score "3/1", a law's "Tahun 2009", "dua Minggu" as a duration).
Then, over a text's chosen expressions: the writing day the text states itself (`text_anchor`),
relative expressions the text anchors (`anchor_in_text`: the narrative's "keesokan harinya" from
the story's last date, clock times from the day around them), and ranges joined from two dates.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

import regex

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.spacy_id import STOP_WORDS


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

# "UU Nomor 35 Tahun 2009", "nomor PM.26 Tahun 2017", "Permenhub 26 tahun 2017", "Nomor 37 P / HUM / 2017":
# a regulation's, case's or letter's identifier
_LAW_ID = compile_pattern(r"(?<![\p{L}])(?i:nomor|no\.?|pasal|nomer|"
                        + trie_alternation({w.lower() for w in word_set("regulation_words")})
                        + r")\s*(?:(?i:nomor|no\.?)\s*)?[\p{L}.]*\d[\p{Lu}\d/.\-\s]{0,24}?"
                        r"(?:[/.-]\s*|\s+(?i:tahun)\s*|\s*)$")
# "Pilkada Serentak 2018", "Pemilihan Kepala Daerah 2018", "Lebaran 2017": a named event's year
_EVENT_BEFORE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation({w.lower() for w in word_set("named_event_words")})
                              + r")(?:\s+(?i:serentak))?(?:\s+(?i:tahun))?\s+$")
# "Pilkada 2018 dijadwalkan pada 27 Juni": a named event's year in the clause before a day written
# without one (no punctuation between) is that day's year
_EVENT_YEAR_BEFORE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation({w.lower() for w in word_set("named_event_words")})
                                   + r")(?:\s+(?i:serentak))?(?:\s+(?i:tahun))?\s+(?P<y>(?:19|20)\d\d)"
                                   r"(?:\s+[^\s.,;:!?()\"“”]+){0,8}\s+$")
# after a number ("Liga 1 2017", "1.2017"), a slash or a dot ("826/Pdt.g / 2017"), Rp, sebanyak, sekitar: not a
# year; after a comma only where a number comes before it ("3, 2017"; "Rp 35 miliar, 2013" is a year)
_QUANTITY_BEFORE = compile_pattern(r"(?i)(?:(?:rp\.?|sebanyak|sekitar)\s*|[\d./]\s*|\d\s*,\s*|\d,)$")
_YEAR_LIST_BEFORE = compile_pattern(r"(?<![\d.,])(?:19|20)\d\d\s*[,/]\s*$")  # "1995, 2005, dan 2012", "2009 / 2014"
_CLOCK_BEFORE = compile_pattern(r"\d[.:][0-5]\d\s*(?:WIB|WITA|WIT)?\s*$")  # "pukul 21.00 WIB (4/5)": the clock's day
_COUNTED_BEFORE = compile_pattern(r"(?i)(?:\d|(?<![\p{L}])(?:beberapa|berapa|sekian|puluhan|ratusan|ribuan|ribu|jutaan|"
                                r"juta|banyak|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas))\s+$")
_VAGUE_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])(?:awal|pertengahan|akhir)\s+$")
_QUANTITY_AFTER = compile_pattern(r"[.,]\d|\s*(?:%|" + trie_alternation({w.lower() for w in word_set("count_words")})
                                + r")(?![\p{L}])", regex.I)
_YEAR = compile_pattern(r"(?:19|20)\d\d")
_COUNT_BEFORE = compile_pattern(r"(?i)(?:\d|satu|dua|tiga|empat|lima|beberapa|per|se)\s*$")
RANGE_JOIN = compile_pattern(r"\s*(?:-|–|—|s\.\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?)\s*", regex.I)
_TEXT_ANCHOR = compile_pattern(r"\s*\(?\s*(?P<rel>kemarin|hari\s+ini|tadi)\b", regex.I)
# "Hari ini, Minggu (19 / 3)", "besok, Senin (20/3)", "kemarin (11 / 5)": the deictic word, then its date
_TEXT_ANCHOR_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])(?P<rel>kemarin|hari\s+ini|besok)\s*,?\s*$")
_DEICTIC_SHIFT = {"kemarin": 1, "hari ini": 0, "besok": -1}  # the writing day from the day named


# ---------------------------------------------------------------------------------------------
# calendar helpers


def _year(y: str | None, anchor: dt.datetime | None) -> int | None:
    if y:
        n = int(y)
        return n + 2000 if n < 100 else n
    return anchor.year if anchor else None


def _yearless(mon: int, day: int, anchor: dt.datetime | None,
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


def _schedule_words() -> str:
    return trie_alternation({w.lower() for w in word_set("schedule_words")})


_SCHEDULE_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])(?:" + _schedule_words() + r")(?:\s+[^\s.,;:!?()\"“”]+){0,5}\s+$")
_SCHEDULE_AFTER = compile_pattern(r"(?i)\s*(?:mendatang|nanti|yang\s+akan\s+datang)(?![\p{L}])")


def _scheduled(text: str, start: int, end: int) -> bool:
    """Whether the clause of a date speaks of a schedule: a word of `schedule_words` at most six
    words before it (no punctuation between), or `mendatang`/`nanti` right after it."""
    return bool(_SCHEDULE_BEFORE.search(text, max(0, start - 80), start)
                or _SCHEDULE_AFTER.match(text, end, end + 24))


def scheduled(text: str, start: int, end: int) -> bool:
    """Whether the date at `text[start:end]` is spoken of as a schedule or a plan (see `_scheduled`)."""
    return _scheduled(text, start, end)


def _event_year(text: str, start: int) -> int | None:
    """The year of a named event the clause names before a day written without one (`Pilkada 2018
    dijadwalkan pada 27 Juni`), or None."""
    found = _EVENT_YEAR_BEFORE.search(text, max(0, start - 120), start)
    return int(found.group("y")) if found else None


def _near_year(text: str, start: int, end: int) -> int | None:
    """`_event_year`, unless the day is called the coming one (`14 Juni mendatang`, `nanti`): that
    is the nearest such day, whatever the event's year (the stages of `Pilkada 2018` begin on
    `14 Juni mendatang` of 2017)."""
    return None if _SCHEDULE_AFTER.match(text, end, end + 24) else _event_year(text, start)


def _date_value(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _clock(h: str | None, m: str | None) -> str | None:
    if h is None:
        return None
    hh, mm = int(h), int(m)
    if hh > 24 or mm > 59:
        return None
    return f"{hh % 24:02d}:{mm:02d}"


def _last_weekday(anchor: dt.date, weekday: int, direction: str | None) -> dt.date:
    """Most recent `weekday` on or before `anchor`; after it for `depan`/`mendatang`."""
    if direction in ("depan", "mendatang"):
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if direction in ("lalu", "kemarin") and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


def _num(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w == "se":
        return 1
    return temporal_words().numbers.get(w)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?\n:"


def _with_time(m, date_value: str | None) -> tuple[str | None, str]:
    """The value and granularity of a date and the clock time written with it, if any (a clock
    time keeps the granularity `time` when the date's year is unknown: value None)."""
    c = _clock(m.group("h"), m.group("m")) if "h" in m.re.groupindex else None  # (groupdict builds a dict)
    if c:
        return (f"{date_value}T{c}" if date_value else None), "time"
    return date_value, "day"


def _valid_day(mon: int, day: int) -> bool:
    """Whether `day` exists in month `mon` of some year (29 February does)."""
    try:
        dt.date(2000, mon, day)
    except ValueError:
        return False
    return True


def _weekday_year(wd: str | None, mon: int, day: int, year: int | None, anchor: dt.datetime | None) -> int | None:
    """The year of a day written with its weekday but no year (`Rabu (9/8)`): `year` (the one
    `_yearless` chose) if the weekday falls on it, else the one of the year before, this year and
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


def _tz(m) -> str | None:
    names = m.re.groupindex  # (`groupdict` builds a dict of every group: several times the cost)
    return ((m.group("tz") if "tz" in names else None) or (m.group("tz2") if "tz2" in names else None)
            or "").upper() or None


def _without_full_stop(text: str, m, e: int) -> int:
    """The end of a match short of the sentence's full stop after a month written in full ("19
    Agustus."), which is not an abbreviation's."""
    if text[e - 1:e] == "." and m.end("mon") == e - 1 and m.group("mon").lower() in temporal_words().full_months:
        return e - 1
    return e


# ---------------------------------------------------------------------------------------------
# 1. absolute dates


def _iso(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    val = _date_value(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return Reading(*_with_time(m, val)) if val else None


def _english(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    y = _year(m.group("y"), anchor)
    val = _date_value(y, temporal_words().months[m.group("mon").lower()], int(m.group("d")))
    return Reading(*_with_time(m, val), tz=_tz(m)) if val else None


def _named(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    words = temporal_words()
    mon_word = m.group("mon").lower()
    if mon_word in words.old_months and not m.group("y"):
        return None  # "6 Ag", "3 Mai": an old or rare short form only with its year
    mon = words.months[mon_word]
    d1 = int(m.group("d"))
    y = _named_year(m, text, anchor, mon, d1)
    val = _date_value(y, mon, d1)
    if not val and (y is not None or not _valid_day(mon, d1)):
        return None  # no such day; a day whose year no anchor gives is still read, without a value
    s, e = m.start(), _without_full_stop(text, m, m.end())
    if m.group("d2"):
        end_val = _date_value(y, mon, int(m.group("d2")))
        if not val:
            return Reading(None, "range", end=e) if int(m.group("d2")) > d1 else None
        return Reading(f"{val}/{end_val}", "range", end=e) if end_val and end_val > val else None
    # "(19 Agustus 2024)" without weekday: keep the closing paren out when unbalanced
    if text[s:e].endswith(")") and "(" not in text[s:e]:
        e -= 1
    return Reading(*_with_time(m, val), start=s, end=e, tz=_tz(m))


def _named_year(m, text: str, anchor: dt.datetime | None, mon: int, day: int) -> int | None:
    """The year of a `named` date: written, relative (`tahun depan`), or chosen (`_near_year`,
    `_yearless`, then the weekday); a day called past (`11 Desember lalu`) is never after publication."""
    if m.group("y"):
        return _year(m.group("y"), anchor)
    if m.group("yrel"):  # "26 Juni tahun depan"
        return anchor.year + {"lalu": -1, "depan": 1}.get(m.group("yrel").lower(), 0) if anchor else None
    if m.group("ago"):
        y = _yearless(mon, day, anchor)
        if y is not None and anchor is not None and (_date_value(y, mon, day) or "") > anchor.date().isoformat():
            y -= 1
    else:
        y = _near_year(text, m.start(), m.end()) or _yearless(mon, day, anchor, lambda: _scheduled(text, m.start(), m.end()))
    return _weekday_year(m.group("wd"), mon, day, y, anchor)


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
    year = _year(y_raw, anchor) if y_raw else \
        _weekday_year(wd, mo, d, _yearless(mo, d, anchor, lambda: _scheduled(text, m.start(), m.end())), anchor)
    val = _date_value(year, mo, d)
    if not val and (year is not None or not _valid_day(mo, d)):
        return None  # no such day; `Kamis (6/4)` whose year no anchor gives is still read, without a value
    s, e = m.start(), m.end()
    if opened and not closed and not wd:
        s = m.start("d")
    if closed and not opened and not wd:
        e = m.end("y") if y_raw else m.end("mo")
    if m.group("d2"):
        if not val:
            return Reading(None, "range", start=s, end=e) if int(m.group("d2")) > d else None
        end_val = _date_value(int(val[:4]), mo, int(m.group("d2")))
        return Reading(f"{val}/{end_val}", "range", start=s, end=e) if end_val and end_val > val else None
    return Reading(*_with_time(m, val), start=s, end=e, tz=_tz(m))


# ---------------------------------------------------------------------------------------------
# 2. clock times alone (the date comes from the anchor: news writes "pukul 10.00 WIB" for the day
# being reported; `anchor_clock_times` and the event component may re-anchor it to a nearby date)


def _clock_time(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    c = _clock(m.group("h"), m.group("m"))
    if not c:
        return None
    relative = True
    anchor_date = anchor.date() if anchor else None
    base = anchor_date.isoformat() if anchor_date else None
    if m.group("cd"):
        cy = m.group("cy")
        cd, cm = int(m.group("cd")), int(m.group("cm"))
        base = _date_value(_year(cy, anchor) if cy else _yearless(cm, cd, anchor), cm, cd) or base
        relative = False
    elif m.group("crel") and anchor_date:
        delta = {"kemarin": -1, "besok": 1}.get(m.group("crel").lower().split()[0], 0)
        base = (anchor_date + dt.timedelta(days=delta)).isoformat()
        relative = False
    if m.group("h2"):
        c2 = _clock(m.group("h2"), m.group("m2"))
        val = f"{base}T{c}/{base}T{c2}" if base and c2 else None
        return Reading(val, "range", relative, tz=_tz(m))
    return Reading(f"{base}T{c}" if base else None, "time", relative, tz=_tz(m))


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
        y, mo = _shift_month(anchor_date, {"lalu": -1, "ini": 0}.get(m.group("mrel").lower(), 1))
        val = _date_value(y, mo, d)
        return Reading(val, "day", relative=True) if val else None
    val = _date_value(anchor_date.year, anchor_date.month, d)
    if val and val > anchor_date.isoformat():
        y, mo = _shift_month(anchor_date, -1)
        val = _date_value(y, mo, d)
    return Reading(val, "day") if val else None


# ---------------------------------------------------------------------------------------------
# 3. months, vague periods, years


def _vague_year(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    y = m.group("y")
    rel = (m.group("rel") or "").lower()
    if y:
        val = y
    elif anchor:
        val = str(anchor.year + {"lalu": -1, "depan": 1}.get(rel, 0))
    else:
        val = None
    return Reading(val, "year", relative=not y)


def _month_year(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    word = m.group("mon")
    introduced = bool(m.group("vague")) or m.group(0).lower().startswith("bulan")
    if word[0].islower() and not introduced:
        return None  # lowercase month names only after "bulan"/"awal"/...
    words = temporal_words()
    if word.lower() in words.old_months and not m.group(0).lower().startswith("bulan"):
        return None  # "Ag 2019", "Mai 2019": old and rare short forms only in a full date
    if not m.group("y") and not introduced and word.lower() not in words.full_months:
        return None  # "Mar", "Jun" alone are too ambiguous; "Juli", "Mei" are months
    y = _year(m.group("y"), anchor)
    return Reading(f"{y:04d}-{words.months[word.lower()]:02d}" if y else None, "month")


def _year_number(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    before = text[max(0, m.start() - 40):m.start()]
    if _LAW_ID.search(before):
        return None  # "UU Nomor 35 Tahun 2009": a law identifier
    if _EVENT_BEFORE.search(before):
        return None  # "Pilkada 2018", "Lebaran 2017": the year is part of the event's name
    if m.group("y"):
        return Reading(m.group("y"), "year")
    after = text[m.end():m.end() + 16]
    if _QUANTITY_AFTER.match(after) or (_QUANTITY_BEFORE.search(before) and not _YEAR_LIST_BEFORE.search(before)):
        return None  # a quantity, not a year (but "1995, 2005, dan 2012" is a list of years)
    y3 = m.group("y3")
    if y3:  # "2009 - 2012 lalu": `lalu` is "then" after a range, not "ago"
        return Reading(f"{m.group('y2')}/{y3}", "range", end=m.end("y3")) if y3 > m.group("y2") else None
    return Reading(m.group("y2"), "year", view="record" if _in_name(text, m.start()) else "both")


_NAME_WORD_BEFORE = compile_pattern(r"(?<![\p{L}\p{N}])(?P<w>\p{Lu}[\p{L}\p{N}]*)\s+$")
_ROMAN = compile_pattern(r"[IVX]{1,4}")
_SEASON_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])musim(?:\s+[^\s.,;:!?()]+){0,3}\s+$")


def _in_name(text: str, start: int) -> bool:
    """Whether the year at `start` ends a name (`Film Festival 2017`, `UCL 2016/17`, `ICMSS
    2017`): it follows a capitalised word that is no temporal or function word, no Roman numeral
    (`kuartal II 2017`) and does not open its sentence. Not a year of a season (`musim reguler NBA
    2017`); a range of years is never a name's (`Real Madrid 1998 - 1999` in a career list).
    NER leaves such a year to the name (news NER tags the name, not a date in it); the record
    keeps it."""
    found = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group("w").lower()
    words = temporal_words()
    if word in words.months or word in words.weekdays or word in words.cues or word in STOP_WORDS \
            or _ROMAN.fullmatch(found.group("w")):
        return False
    if _sentence_start(text, found.start()):
        return False
    return not _SEASON_BEFORE.search(text, max(0, start - 60), start)


def _season(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    """A season: by its years (`musim 2018`, `musim 2016 - 17`: the year or the two years, as a
    year written alone), or relative or of the year (`musim ini`, `paruh kedua musim`, `musim
    kemarau`), which name a period the record has no value for: NER's only."""
    y, y2 = m.group("y"), m.group("y2")
    if y:
        if not y2:
            return Reading(y, "year")
        end = y2 if len(y2) == 4 else y[:2] + y2
        return Reading(f"{y}/{end}", "range") if end > y else None
    if not (m.group("vague") or m.group("nat") or m.group("rel")):
        return None  # "musim" alone: "musim yang baik"
    return Reading(None, "year", relative=bool(m.group("rel")), view="ents")


def _quarter(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    """A numbered part of a year (`kuartal II 2017`, `semester pertama`): with its year, the
    record keeps the year (its values have no quarter); without one, NER's only."""
    if m.group("y"):
        return Reading(m.group("y"), "year")
    return Reading(None, "year", relative=True, view="ents")


# ---------------------------------------------------------------------------------------------
# 4. relative expressions


def _rel_weekday(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    wd = m.group("wd")
    if not wd[0].isupper():
        return None
    if wd.lower() == "minggu" and _sentence_start(text, m.start()) and not m.group("dir"):
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
        else:
            day_val = _last_weekday(anchor.date(), weekday, (m.group("dir") or "").lower()).isoformat()
    return Reading(day_val, "day", relative=True)


# unit word -> (the unit it counts, how many of it): short forms as news and dateparser write them
UNITS = {"hari": ("days", 1), "pekan": ("days", 7), "minggu": ("days", 7), "sepekan": ("days", 7),
         "seminggu": ("days", 7), "bulan": ("months", 1), "bln": ("months", 1), "tahun": ("years", 1),
         "thn": ("years", 1), "jam": ("minutes", 60), "menit": ("minutes", 1), "mnt": ("minutes", 1),
         "detik": ("seconds", 1), "dtk": ("seconds", 1)}


# Expressions counted from the story's last date, not from publication: "keesokan harinya", "malam
# harinya", "malam sebelumnya", "tiga hari kemudian", "lima menit kemudian", "dua hari sebelumnya".
_NARRATIVE_WORDS = frozenset({"kemudian", "sebelumnya", "setelahnya", "sesudahnya", "berikutnya"})
_NARRATIVE = compile_pattern(
    r"(?i)(?:(?P<next>keesokan|esok)\s+(?:harinya|(?:pagi|siang|sore|petang|malam)(?:nya|\s+harinya))"
    r"|(?P<same>pagi|siang|sore|petang|malam)\s+harinya"
    r"|(?:(?:dini\s+hari|pagi|siang|sore|petang|malam)\s+)?(?:hari\s+)?(?P<before>sebelumnya)"
    r"|(?P<n>\d{1,3}|se|" + trie_alternation(set(temporal_words().numbers)) + r")\s*"
    r"(?P<unit>" + trie_alternation(set(UNITS)) + r")\s+(?:yang\s+)?"
    r"(?P<dir>kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya))")


def _narrative_shift(m) -> tuple[str, int]:
    """A `_NARRATIVE` match -> (the unit: days, months, years, minutes or seconds; how many)."""
    if m.group("next"):
        return "days", 1
    if m.group("same"):
        return "days", 0
    if m.group("before"):
        return "days", -1
    what, size = UNITS.get(_unit(m.group("unit")), ("days", 1))
    sign = -1 if m.group("dir").lower() == "sebelumnya" else 1
    return what, sign * size * (_num(m.group("n")) or 0)


def _from_story(m, last_day: str | None, last_time: str | None) -> str | None:
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
        y, mo = _shift_month(day, n)
        return f"{y:04d}-{mo:02d}"
    return str(day.year + n)


_DAY_DELTAS = {"kemarin lusa": -2, "kemarin": -1, "besok": 1, "esok hari": 1, "lusa": 2}
# "siang tadi" said before noon (published 01:30) was the day before; the hour each part begins
_PART_STARTS = {"siang": 11, "sore": 15, "petang": 15, "malam": 12}


def _rel_day(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    rel = " ".join(m.group("rel").lower().split())
    narrative = _NARRATIVE.match(rel)
    if narrative is not None:
        # counted from the story's last date (`anchor_in_text`); from publication until then
        delta = _narrative_shift(narrative)[1]
    elif rel in ("malam tadi", "tadi malam") and anchor is not None and anchor.hour < 12:
        delta = -1  # said in the morning, "last night" was the evening before
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
        delta = _DAY_DELTAS.get(rel, 0)
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
        y, mo = _shift_month(anchor.date(), n)
        return f"{y:04d}-{mo:02d}", "month"
    if what == "years":
        return str(anchor.year + n), "year"
    return (anchor + dt.timedelta(**{what: size * n})).strftime("%Y-%m-%dT%H:%M"), "time"


_AGO_SIGNS = {"lalu": -1, "silam": -1, "sebelumnya": -1, "kemudian": 1, "mendatang": 1, "ke depan": 1,
              "setelahnya": 1, "sesudahnya": 1, "berikutnya": 1}


def _rel_ago(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    n = _num(m.group("n"))
    direction = " ".join(m.group("dir").lower().split())
    if n is None or direction == "terakhir":
        # "beberapa bulan mendatang", "tiga hari terakhir": a period, no day the record could hold
        return Reading(None, "day", relative=True, view="ents")
    unit = _unit(m.group("unit"))
    if not anchor:
        return Reading(None, "day", relative=True)
    value, granularity = _shifted(anchor, unit, _AGO_SIGNS[direction] * n)
    if granularity == "time" and direction in _NARRATIVE_WORDS:
        value = None  # "lima menit kemudian": only from the story's last clock time (`anchor_in_text`)
    return Reading(value, granularity, relative=True)


_LINE_BEFORE = compile_pattern(r"(?:^|\n)[^\S\n]*$")
_LINE_AFTER = compile_pattern(r"[^\S\n]*[.!?]?[^\S\n]*(?:\n|$)")


def _rel_in(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    """"dalam 3 hari lagi": that long from now. Without `lagi`, only on a line of its own ("dalam
    10 hari", "dlm 23 dtk": a page's time stamp, as dateparser reads them); in running text
    "dalam 3 hari", "dalam setahun", "dalam 34 menit" are durations."""
    if not m.group("dir") and not (_LINE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                   and _LINE_AFTER.match(text, m.end())):
        return None
    n = _num(m.group("n"))
    if n is None:
        return None
    if not anchor:
        return Reading(None, "day", relative=True)
    return Reading(*_shifted(anchor, _unit(m.group("unit")), n), relative=True)


_UNIT_SIGNS = {"lalu": -1, "kemarin": -1, "silam": -1, "depan": 1, "mendatang": 1}


def _rel_unit(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    unit = m.group("unit").lower()
    if unit == "minggu" and m.group("unit")[0] == "M" and m.start() > 0 and \
            not _sentence_start(text, m.start()):
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


# Pattern name -> its reader, in the order the patterns are tried: a span already taken by an
# earlier expression is not read again (absolute dates first, most specific first).
READERS = {
    "iso": _iso,
    "english": _english,
    "named": _named,
    "numeric": _numeric,
    "clock": _clock_time,
    "clock_part": _clock_part,
    "day_only": _day_only,
    "vague_year": _vague_year,
    "month_year": _month_year,
    "season": _season,  # "musim 2018" before "2018"
    "quarter": _quarter,  # "kuartal II 2017" before "2017"
    "year": _year_number,
    "rel_weekday": _rel_weekday,
    "rel_in": _rel_in,  # "dalam 3 hari lagi" before "3 hari lagi"
    "rel_ago": _rel_ago,  # "tiga hari sebelumnya" before "hari sebelumnya"
    "rel_day": _rel_day,
    "rel_unit": _rel_unit,
}


# ---------------------------------------------------------------------------------------------
# over a text's expressions


def text_anchor(text: str, found: list[Timex]) -> dt.date | None:
    """The writing day the text itself states, from an explicit date followed by a deictic word
    (`Sabtu (28/10) kemarin`) or one that follows it (`Hari ini, Minggu (19/3)`, `besok, Senin (20/3)`)."""
    for t in found:
        if t.relative or t.granularity not in ("day", "time") or not t.value:
            continue
        day = dt.date.fromisoformat(t.value[:10])
        after = _TEXT_ANCHOR.match(text, t.end, t.end + 20)  # "Sabtu (28/10) kemarin"
        if after:
            return day + dt.timedelta(days=1) if after.group("rel").lower() == "kemarin" else day
        before = _TEXT_ANCHOR_BEFORE.search(text, max(0, t.start - 20), t.start)  # "besok, Senin (20/3)"
        if before:
            return day + dt.timedelta(days=_DEICTIC_SHIFT[" ".join(before.group("rel").lower().split())])
    return None


def lead_day(text: str, found: list[Timex], published: dt.date) -> dt.date | None:
    """The writing day a news lead implies when the text names none outright: its first explicit
    day (in the first 400 characters) is the day before publication, and the text says `hari ini`
    or `tadi` but never `kemarin`: a report written that day and published (or collected) the
    next, whose `hari ini` is that day."""
    first = next((t for t in found if _explicit_day(t)), None)
    if first is None or first.start > 400:
        return None
    day = dt.date.fromisoformat(first.value[:10])
    if (published - day).days != 1:
        return None
    deictic = [t.text.lower() for t in found if t.relative]
    if any("kemarin" in r for r in deictic) or not any("hari ini" in r or "tadi" in r for r in deictic):
        return None
    return day


_CLOCK_WRITTEN = compile_pattern(r"\d[.:]\d\d|(?i:pukul|jam|pk)\.?\s*\d")
_APPOSITION = compile_pattern(r"\s*,?\s*")  # "hari ini, Selasa (9/5)", "kemarin (11/5)"
_DATE_AFTER_CLOCK = compile_pattern(r"\s*,?\s*(?:(?i:pada|tanggal|tgl\.?)\s+)?(?:(?i:hari)\s+)?")


def _explicit_day(t: Timex | None) -> str | None:
    if t is None or t.relative or t.granularity not in ("day", "time") or not t.value or len(t.value) < 10:
        return None
    return t.value[:10]


def _on_day(t: Timex, day: str) -> Timex:
    if t.granularity == "time":
        value = day + t.value[10:]
    else:
        a, b = t.value.split("/")
        value = f"{day}{a[10:]}/{day}{b[10:]}"
    return replace(t, value=value)


def _anchored(text: str, t: Timex, nxt: Timex | None, last_day: str | None, last_time: str | None) -> Timex:
    """A relative expression `t` as the text around it anchors it (see `anchor_in_text`)."""
    next_day = _explicit_day(nxt)
    if t.granularity == "day" and next_day and _APPOSITION.fullmatch(text, t.end, nxt.start):
        return replace(t, value=next_day)
    narrative = _NARRATIVE.match(t.text)
    if narrative is not None:
        value = _from_story(narrative, last_day, last_time)
        return t if value is None else replace(t, value=value)
    if t.granularity in ("time", "range") and t.value and "T" in t.value and _CLOCK_WRITTEN.search(t.text):
        if next_day and _DATE_AFTER_CLOCK.fullmatch(text, t.end, nxt.start):
            return _on_day(t, next_day)
        if last_day:
            return _on_day(t, last_day)
    return t


def anchor_in_text(text: str, found: list[Timex]) -> list[Timex]:
    """Relative expressions the text itself anchors, left to right:
    - a relative day in apposition to an explicit one takes its value (`besok, Senin (20/3)`);
    - the narrative's own relative expressions (`keesokan harinya`, `tiga hari kemudian`, `malam
      sebelumnya`, `lima menit kemudian`) count from the story's last date or clock time before
      them, not from publication;
    - a clock time alone (`pukul 13.00 WIB`) takes the day written right after it (`pukul 18.00
      WIB pada 31 Desember 2017`), else the day of the nearest date before it, as news writes it."""
    out: list[Timex] = []
    last_day: str | None = None
    last_time: str | None = None
    for i, t in enumerate(found):
        if t.relative:
            t = _anchored(text, t, found[i + 1] if i + 1 < len(found) else None, last_day, last_time)
        if t.granularity in ("day", "time") and t.value and len(t.value) >= 10:
            last_day = t.value[:10]
            if t.granularity == "time":
                last_time = t.value
            elif last_time is not None and last_time[:10] != last_day:
                last_time = None
        out.append(t)
    return out


def merge_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """`22 Desember 2023 hingga 2 Januari 2024`, `Januari hingga Juni 2024`: one range each; also
    two ends whose year no anchor gives (`14 September - 17 September` read alone): one range
    without a value, as the expression is one whatever its value."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.granularity == t.granularity and t.granularity in ("day", "month")
                and prev.view == t.view == "both" and RANGE_JOIN.fullmatch(text[prev.end:t.start])):
            value = _range_value(prev, t)
            if value is not None or (prev.value is None and t.value is None and not prev.relative):
                out[-1] = Timex(prev.start, t.end, text[prev.start:t.end], value, "range",
                                prev.relative or t.relative, prev.tz or t.tz)
                continue
        out.append(t)
    return out


def _range_value(prev: Timex, t: Timex) -> str | None:
    """The ISO interval two dates joined by a range word make, or None (a value missing, or the
    second not after the first)."""
    if not prev.value or not t.value:
        return None
    first = prev.value
    if t.granularity == "month" and not _YEAR.search(prev.text):
        first = t.value[:4] + first[4:]  # "Januari hingga Juni 2024": the year is written once
    if t.granularity == "day" and not _YEAR.search(prev.text) and first[:4] != t.value[:4] \
            and not prev.relative:  # "hari ini hingga 26 Juni tahun depan": today keeps its year
        first = t.value[:4] + first[4:]
    return f"{first}/{t.value}" if first < t.value else None
