"""Readers of months, years and periods (`Juni 2017`, `awal tahun`, `2017`, `musim 2018`, `kuartal
II 2017`), with what keeps a number from being a year (a law's `Tahun 2009`, `Pilkada 2018`, a
quantity); and `merge_ranges`, which joins two dates a range word links into one range.
"""
from __future__ import annotations

import datetime as dt

import regex

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.spacy_id import STOP_WORDS
from polsek_nlp.recognize.timex_calendar import Reading, Timex, sentence_start
from polsek_nlp.recognize.timex_years import planned_day, written_year

# "UU Nomor 35 Tahun 2009", "nomor PM.26 Tahun 2017", "Permenhub 26 tahun 2017", "Nomor 37 P / HUM / 2017":
# a regulation's, case's or letter's identifier
_LAW_ID = compile_pattern(r"(?<![\p{L}])(?i:nomor|no\.?|pasal|nomer|"
                        + trie_alternation({w.lower() for w in word_set("regulation_words")})
                        + r")\s*(?:(?i:nomor|no\.?)\s*)?[\p{L}.]*\d[\p{Lu}\d/.\-\s]{0,24}?"
                        r"(?:[/.-]\s*|\s+(?i:tahun)\s*|\s*)$")
# (`_LAW_TITLE` and `_EVENT_BEFORE` end at the year, `$`, and are searched right to left, `regex.REVERSE`: from
# the year back, where their one possible end is, instead of trying their heads at every position of the window
# before it; whether they match is the same: `_LAW_TITLE` 12 -> 6 us a year)
# "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", "Peraturan Daerah Kabupaten X Tahun 2016": a
# regulation's title written out, its capitalised words between the head and the year, on one line and in
# one sentence (a word's dot only inside it: "UU ITE. Pada 2018" is a sentence's end, the year a date); the
# short forms written in capitals (UU, SE, PP) only so: "se-", "pp" open no title
_LAW_TITLE = compile_pattern(r"(?<![\p{L}])(?:(?i:"
                             + trie_alternation({w.lower() for w in word_set("law_title_heads")
                                                 | {w for w in word_set("regulation_words") if not w.isupper()}})
                             + r")|" + trie_alternation({w for w in word_set("regulation_words") if w.isupper()})
                             + r")(?:[^\S\n]+(?:\p{Lu}(?:[\p{L}\-]|\.(?=\p{L}))*|dan|tentang)){1,8}"
                             r"(?:[^\S\n]+(?i:tahun))?[^\S\n]+$", regex.REVERSE)
# "tahun 1970-an", "1990an": a decade, no year of the report
_DECADE_AFTER = compile_pattern(r"\s*-?\s*an(?![\p{L}])")
# "Pilkada Serentak 2018", "Pemilihan Kepala Daerah 2018", "Lebaran 2017": a named event's year
_EVENT_BEFORE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation({w.lower() for w in word_set("named_event_words")})
                              + r")(?:\s+(?i:serentak))?(?:\s+(?i:tahun))?\s+$", regex.REVERSE)


# after a number ("Liga 1 2017", "1.2017"), a slash or a dot ("826/Pdt.g / 2017"), Rp, sebanyak, sekitar: not a
# year; after a comma only where a number comes before it ("3, 2017"; "Rp 35 miliar, 2013" is a year)
_QUANTITY_BEFORE = compile_pattern(r"(?i)(?:(?:rp\.?|sebanyak|sekitar)\s*|[\d./]\s*|\d\s*,\s*|\d,)$")
_YEAR_LIST_BEFORE = compile_pattern(r"(?<![\d.,])(?:19|20)\d\d\s*[,/]\s*$")  # "1995, 2005, dan 2012", "2009 / 2014"


_QUANTITY_AFTER = compile_pattern(r"[.,]\d|\s*(?:%|" + trie_alternation({w.lower() for w in word_set("count_words")})
                                + r")(?![\p{L}])", regex.I)
_YEAR = compile_pattern(r"(?:19|20)\d\d")


RANGE_JOIN = compile_pattern(r"\s*(?:-|–|—|s\.\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?)\s*", regex.I)


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
    y = written_year(m.group("y"), anchor)
    mon = words.months[word.lower()]
    if y and not m.group("y"):
        y = _counted_year(mon, (m.group("yrel") or "").lower(), (m.group("dir") or "").lower(), anchor)
    return Reading(f"{y:04d}-{mon:02d}" if y else None, "month")


def _counted_year(mon: int, yrel: str, direction: str, anchor: dt.datetime) -> int:
    """The year of a month written without one: that of `tahun lalu|depan|ini` after it; the last such
    month up to publication's for `lalu`/`silam` (`Desember lalu` in a January article: the year before);
    else the publication year. (Not `mendatang` the other way: news writes it for a month just past too,
    `himbauan yang dikeluarkan pada bulan Mei mendatang` in August, and the annotators keep the year.)"""
    if yrel:
        return anchor.year + {"lalu": -1, "depan": 1}.get(yrel, 0)
    if direction and mon > anchor.month:
        return anchor.year - 1
    return anchor.year


def law_year(text: str, at: int) -> bool:
    """The year written at `at` is a law's, a regulation's or a letter's identifier (`UU Nomor 22 Tahun 2009`,
    `Undang-Undang Dasar ... Tahun 1945`), no time of what the text tells."""
    return bool(_LAW_ID.search(text[max(0, at - 40):at]) or _LAW_TITLE.search(text, max(0, at - 120), at))


def _year_number(m, text: str, anchor: dt.datetime | None) -> Reading | None:
    before = text[max(0, m.start() - 40):m.start()]
    if law_year(text, m.start()):
        return None  # "UU Nomor 35 Tahun 2009", "Undang-Undang Dasar ... Tahun 1945": a law's identifier
    if _DECADE_AFTER.match(text, m.end()):
        return Reading(m.group("y") or m.group("y2"), "year", view="ents")  # "tahun 1970-an": NER's only
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
    if sentence_start(text, found.start()):
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


# Pattern name -> its reader, in the order the patterns are tried ("musim 2018" and "kuartal II
# 2017" before "2017")
READERS = {
    "vague_year": _vague_year,
    "month_year": _month_year,
    "season": _season,
    "quarter": _quarter,
    "year": _year_number,
}


def merge_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """`22 Desember 2023 hingga 2 Januari 2024`, `Januari hingga Juni 2024`: one range each; also
    two ends whose year no anchor gives (`14 September - 17 September` read alone): one range
    without a value, as the expression is one whatever its value."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.granularity == t.granularity and t.granularity in ("day", "month")
                and prev.view == t.view == "both" and RANGE_JOIN.fullmatch(text[prev.end:t.start])):
            week = _weekday_range(text, prev, t)
            if week is not None:
                out[-1] = week
                continue
            value = _range_value(prev, t)
            if value is not None or (prev.value is None and t.value is None and not prev.relative):
                out[-1] = Timex(prev.start, t.end, text[prev.start:t.end], value, "range",
                                prev.relative or t.relative, prev.tz or t.tz)
                continue
        out.append(t)
    return out


def _weekday_range(text: str, prev: Timex, t: Timex) -> Timex | None:
    """`Senin-Rabu`, `Senin hingga Rabu pekan lalu`: two weekdays, each of which read alone is dated on its
    own (`Senin` yesterday, `Rabu` last week's), make one range whose end is counted from its start. The range
    is dated only when a cue tells one occasion: a direction at its end (`Rabu lalu`, `Rabu pekan depan`: the
    end so dated, the start counted back) or a plan (`akan digelar Senin-Rabu`: the start's coming day), or
    both ends already past in order (`sejak Senin hingga Selasa` written on Thursday); otherwise it is a habit (`pelayanan dibuka Senin-Rabu`) and has no value."""
    days = temporal_words().weekdays
    first, last = (x.text.split()[0].lower() for x in (prev, t))
    if not (prev.relative and t.relative and first in days and last in days and len(prev.text.split()) == 1):
        return None
    span = (days[last] - days[first]) % 7
    value = None
    if span and prev.value and t.value and len(t.text.split()) > 1 and not _PART_AFTER.fullmatch(t.text):
        end = dt.date.fromisoformat(t.value)
        value = f"{(end - dt.timedelta(days=span)).isoformat()}/{end.isoformat()}"
    elif span and prev.value and planned_day(text, prev.start, t.end):
        start = dt.date.fromisoformat(prev.value)
        value = f"{start.isoformat()}/{(start + dt.timedelta(days=span)).isoformat()}"
    elif span and prev.value and t.value and (dt.date.fromisoformat(t.value) - dt.date.fromisoformat(prev.value)).days == span:
        value = f"{prev.value}/{t.value}"  # "sejak Senin hingga Selasa" told after both: each the last such day
    return Timex(prev.start, t.end, text[prev.start:t.end], value, "range", True, prev.tz or t.tz)


# a weekday and the part of the day only (`Rabu malam`): no direction
_PART_AFTER = compile_pattern(r"(?i)\S+\s+(?:dini\s+hari|pagi|siang|sore|petang|malam)")


def _range_value(prev: Timex, t: Timex) -> str | None:
    """The ISO interval two dates joined by a range word make, or None (a value missing, or the
    second not after the first)."""
    if not prev.value or not t.value:
        return None
    first = prev.value
    if t.granularity == "month" and not _YEAR.search(prev.text):
        first = t.value[:4] + first[4:]  # "Januari hingga Juni 2024": the year is written once
    if t.granularity == "day" and not _YEAR.search(prev.text) and first[:4] != t.value[:4] \
            and not prev.relative and t.value[:4] + first[4:] < t.value:
        # the last end's year (today keeps its own: "hari ini hingga 26 Juni tahun depan"), unless it would put the
        # first end after the last ("23 Desember hingga 2 Januari" read in January)
        first = t.value[:4] + first[4:]
    end = t.value
    if t.granularity == "day" and not (prev.relative or t.relative) and not _YEAR.search(t.text):
        if _YEAR.search(prev.text):
            end = first[:4] + end[4:]  # "23 Desember 2024 hingga 2 Januari": the year is written once, at the first end
        if end < first:
            end = f"{int(end[:4]) + 1:04d}{end[4:]}"  # "23 Desember hingga 2 Januari": the range runs into the next year
    return f"{first}/{end}" if first < end else None


# "tanggal 23, 27, 28 dan 30 Juni 2017", "pada 3, 4, dan 5 Agustus": day numbers listed before a date
# that writes the month once; the list ends right before the date's own day number, and `tanggal` or a
# preposition of time opens it (not a count's or an article's numbers: `sebanyak 12, 15 Maret`, `Pasal 2 dan 5 Maret`)
_DAY_LIST_BEFORE = compile_pattern(
    r"(?<![\p{L}\p{N}.,/:-])(?:(?i:tanggal|tgl\.?)\s+|(?<=(?<![\p{L}])(?i:"
    + trie_alternation(word_set("day_list_words", "role", "opens")) + r")\s+))(?P<list>[0-3]?\d(?:\s*,\s*[0-3]?\d)*)"
    r"(?:\s*,?\s*(?i:" + trie_alternation(word_set("day_list_words", "role", "joins")) + r")\s+|\s*,\s*)$")
_LIST_NUMBER = compile_pattern(r"[0-3]?\d")
# "(Jumat, Selasa, dan Rabu)": the listed days' weekdays, in brackets after the list
_BRACKETED_WORDS = compile_pattern(r"\s*\(([^()]{3,120})\)")


def day_lists(text: str, found: list[Timex]) -> list[Timex]:
    """`tanggal 23, 27, 28 dan 30 Juni 2017`: each listed day number is a date of the month and year
    written once after the list (read alone, `tanggal 23` is a day of the anchor's month, and `27`
    no date at all). The list is read only when its days rise to the date's own; weekdays written in
    brackets after it (`(Jumat, Selasa, dan Rabu)`) are the listed days', when each names its day."""
    out = list(found)
    for t in found:
        if t.granularity != "day" or t.relative or not t.value or len(t.value) != 10 or not t.text[:1].isdigit():
            continue
        m = _DAY_LIST_BEFORE.search(text, max(0, t.start - 60), t.start)
        if m is None:
            continue
        numbers = list(_LIST_NUMBER.finditer(text, m.start("list"), m.end("list")))
        days = [int(n.group()) for n in numbers] + [int(t.value[8:10])]
        if any(not 1 <= a < b for a, b in zip(days, days[1:], strict=False)):
            continue
        listed = []
        for k, n in enumerate(numbers):
            s = m.start() if k == 0 else n.start()
            listed.append(Timex(s, n.end(), text[s:n.end()], f"{t.value[:8]}{int(n.group()):02d}", "day"))
        out = [x for x in out if x.end <= m.start() or x.start >= m.end()] + listed
        _weekdays_of(text, t, [*listed, t], out)
    out.sort(key=lambda x: x.start)
    return out


def _weekdays_of(text: str, t: Timex, listed: list[Timex], out: list[Timex]) -> None:
    """The weekdays in brackets right after the list's date take the listed days' values, in order,
    when there are as many and each names its day of the calendar."""
    m = _BRACKETED_WORDS.match(text, t.end)
    if m is None:
        return
    inside = [k for k, x in enumerate(out) if m.start(1) <= x.start and x.end <= m.end(1) and x.relative]
    weekdays = temporal_words().weekdays
    if len(inside) != len(listed):
        return
    for k, day in zip(inside, listed, strict=True):
        wd = weekdays.get(out[k].text.lower())
        if wd is None or dt.date.fromisoformat(day.value).weekday() != wd:
            return
    for k, day in zip(inside, listed, strict=True):
        out[k] = Timex(out[k].start, out[k].end, out[k].text, day.value, "day", True, out[k].tz, out[k].view)
