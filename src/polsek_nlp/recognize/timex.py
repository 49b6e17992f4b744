"""Indonesian temporal expressions: `find_timexes` finds them (`timex_tagger`), reads each
(`timex_values`) and keeps the first reading of every stretch of text; the publication-time
parsers (`parse_header_datetime`, `parse_iso`, `read_published`) are built on it.

Pure functions over strings (no spaCy), so that the header component and `polsek_dates` share
one tagger. dateparser is used only as a last resort for header lines that none of the rules
read (see `parse_header_datetime`).
"""
from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache

import regex

from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.recognize.timex_anchors import anchor_in_text, lead_day, text_anchor
from polsek_nlp.recognize.timex_calendar import Reading, Timex, WritingDay
from polsek_nlp.recognize.timex_periods import day_lists, merge_ranges
from polsek_nlp.recognize.timex_tagger import candidate_starts, matches
from polsek_nlp.recognize.timex_values import READERS


def find_timexes(text: str, anchor: dt.datetime | None = None) -> list[Timex]:
    """All temporal expressions in `text`, left to right, without overlaps.

    `anchor` is the publication time: it supplies missing years and resolves relative
    expressions; the narrative's own relative expressions (`keesokan harinya`, `tiga hari
    kemudian`) count from the story's last date before them, and clock times take the day
    written right after them or the day of the nearest date before them (`anchor_in_text`). When the text
    dates its own writing day (`Sabtu (28/10) kemarin`, `tanggal 4 (hari ini)`) and that day is
    within three days of `anchor`, relative expressions resolve against the text's day instead; so
    they do when the lead's first date is the day before `anchor` and the text says `hari ini`,
    never `kemarin` (`lead_day`).
    Without an anchor, relative expressions get `value=None`.
    """
    starts = candidate_starts(text)
    found = _find(text, starts, anchor)
    if anchor is None:
        return found
    own = text_anchor(text, found) or lead_day(text, found, anchor.date())
    if own is not None and own != anchor.date() and abs((own - anchor.date()).days) <= 3:
        # written on an earlier day than the stamp: by its end (`siang tadi` is that day's noon)
        written = dt.datetime.combine(own, anchor.time()) if own > anchor.date() else WritingDay.of(own)
        return anchor_in_text(text, _find(text, starts, written), own)
    return anchor_in_text(text, found, anchor.date())


class _Chosen:
    """The expressions taken so far: a span already taken is not taken again."""

    __slots__ = ("text", "taken", "found")

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken: list[tuple[int, int]] = []  # sorted, never overlapping
        self.found: list[Timex] = []

    def add(self, m, r: Reading) -> None:
        text = self.text
        s = m.start() if r.start is None else r.start
        e = m.end() if r.end is None else r.end
        while e > s and text[e - 1].isspace():
            e -= 1
        taken = self.taken
        # taken spans never overlap: only the neighbours of s can
        k = bisect.bisect_right(taken, (s, float("inf")))
        if (k == 0 or taken[k - 1][1] <= s) and (k == len(taken) or taken[k][0] >= e):
            taken.insert(k, (s, e))
            self.found.append(Timex(s, e, text[s:e], r.value, r.granularity, r.relative, r.tz, r.view))


def _find(text: str, starts: dict[str, list[int]], anchor: dt.datetime | None) -> list[Timex]:
    chosen = _Chosen(text)
    for name, read in READERS.items():
        for m in matches(text, name, starts):
            reading = read(m, text, anchor)
            if reading is not None:
                chosen.add(m, reading)
    found = chosen.found
    found.sort(key=lambda t: t.start)
    return day_lists(text, merge_ranges(text, found))


# ---------------------------------------------------------------------------------------------
# publication times


def parse_header_datetime(line: str) -> dt.datetime | None:
    """The publication time written on a header line, or None.

    Our rules read the common forms; dateparser (imported lazily, one parser reused) reads the rest.
    """
    hits = [t for t in find_timexes(line) if t.value and t.granularity in ("day", "time")]
    if hits:
        best = max(hits, key=lambda t: (t.granularity == "time", t.end - t.start))
        try:
            return dt.datetime.fromisoformat(best.value)
        except ValueError:
            return None
    if not regex.search(r"\d", line):
        return None
    parsed = _dateparser().get_date_data(line)
    return parsed.date_obj.replace(tzinfo=None) if parsed and parsed.date_obj else None


@lru_cache(maxsize=1)
def _dateparser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["id", "en"], settings={"STRICT_PARSING": False,
                                                            "PREFER_DATES_FROM": "past"})


WIB = dt.timezone(dt.timedelta(hours=7))


def _local(value: dt.datetime) -> dt.datetime:
    """A naive local clock time: an aware time (`...Z`, `+00:00`) is shown in WIB (UTC+7), the
    zone of most Indonesian newsrooms; a naive one is taken as already local."""
    return value.astimezone(WIB).replace(tzinfo=None) if value.tzinfo else value


def parse_iso(value) -> dt.datetime | None:
    """Accept a datetime, a date, or an ISO-like string; None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _local(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        s = value.strip()
        try:
            return _local(dt.datetime.fromisoformat(s.replace("Z", "+00:00")))
        except ValueError:
            got = parse_header_datetime(s)
            if got is None:
                raise ValueError(f"cannot read a date from {value!r}") from None
            return got
    raise TypeError(f"published must be a str, date or datetime, not {type(value).__name__}")


_CLOCK_WRITTEN = compile_pattern(r"\d:\d")


def read_published(value) -> tuple[dt.datetime | None, str | None]:
    """A publication time as a caller gives it (ISO string, date, datetime, or None/"" for
    unknown) -> (the local time, its precision: "time" or "day"; None when unknown).

    A date, or a string without a clock time written `hh:mm`, has the precision of a day. Raises
    ValueError for a string that holds no date, TypeError for any other type."""
    when = parse_iso(value)
    if when is None:
        return None, None
    if isinstance(value, dt.datetime):
        return when, "time"
    if isinstance(value, str) and _CLOCK_WRITTEN.search(value):
        return when, "time"
    return when, "day"
