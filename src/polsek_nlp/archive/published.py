"""Publication times as archives write them, read into the ISO strings `analyze` takes.

    >>> read_published("10/21/2025 20:43")            # ('2025-10-21T20:43', None): 21 > 12, month first
    >>> read_published("Selasa, 21 Okt 2025 20:43 WIB")   # ('2025-10-21T20:43+07:00', None)
    >>> read_published(1761054180)                    # epoch seconds: ('2025-10-21T20:43+07:00', None)
    >>> decide_order(["10/21/2025", "10/5/2025"])     # 'MDY': one value proves it, the archive follows

Accepted: ISO 8601 (`2025-10-21`, `2025-10-21T20:43:00+07:00`, `...Z`), numeric dates with `/`, `-`
or `.` (`21/10/2025`, `10/21/2025 8:43 PM`, `21-10-25`, `2025/10/21`), dates with month names in
Indonesian or English (`Selasa, 21 Okt 2025 20:43 WIB`, `October 21, 2025`), epoch seconds (or
milliseconds) as numbers or digit strings, Python and pandas dates and datetimes. The Indonesian
time zones WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9), `GMT+7` / `UTC+07:00` and `Z` are read; a
time without a zone is the newsroom's local clock. Missing values (None, NaN, NaT, pd.NA, "",
"nan", "NaT", "null") are None.

Day/month order: a numeric date whose first number is above 12 is day-first, whose second is
above 12 month-first; the others (`10/5/2025`) are ambiguous. An archive is written one way, so
`decide_order` settles it from the unambiguous values of the archive; `read_published(order=...)`
then reads the ambiguous ones that way. Undecided, they are read day first (the Indonesian
order) with a warning.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

import regex

from polsek_nlp.knowledge.words import word_set

ORDERS = ("DMY", "MDY")
_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
_ZONE = regex.compile(
    r"(?i)[\s,]*\(?\b(?:(WIB|WITA|WIT)|(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d\d))?)?)\b\)?\s*$")
_NUMERIC = regex.compile(
    r"^\s*(?:[[:alpha:]]+,?\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})"
    r"(?:(?:\s*,\s*|\s+|T)(?:(?:pukul|jam|at)\s+)?(\d{1,2})[:.](\d\d)(?:[:.](\d\d))?\s*([AaPp]\.?[Mm]\.?)?)?\s*$")
_YMD = regex.compile(
    r"^\s*(\d{4})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:(?:\s+|T)(\d{1,2})[:.](\d\d)(?:[:.](\d\d))?)?\s*$")
_EPOCH = regex.compile(r"^\s*(\d{9,13})(?:\.\d+)?\s*$")


def is_missing(value: Any, words: bool = False) -> bool:
    """None, NaN, NaT, pd.NA; with `words`, also an empty or "nan"-like string ("", "NaT", "null"
    ...: what a missing time becomes in a CSV export)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return words and _missing_word(value.strip().lower())
    if type(value).__name__ in ("NaTType", "NAType"):
        return True
    try:
        return bool(value != value)  # numpy NaN / NaT
    except (TypeError, ValueError):
        return False


def _missing_word(word: str) -> bool:
    """A (stripped, lowercased) cell that means "missing": empty, a lone dash, or one of
    `data/words/missing_values.tsv` ("nan", "null" ...)."""
    return word in ("", "-") or word in word_set("missing_values")


def _iso(when: dt.datetime, has_time: bool) -> str:
    if not has_time:
        return when.date().isoformat()
    return when.isoformat(timespec="seconds" if when.second else "minutes")


def _zone(text: str) -> tuple[str, dt.timezone | None]:
    m = _ZONE.search(text)
    if not m:
        return text, None
    if m.group(1):
        return text[:m.start()], dt.timezone(dt.timedelta(hours=_ZONES[m.group(1).upper()]))
    if m.group(2):
        sign = -1 if m.group(2) == "-" else 1
        return text[:m.start()], dt.timezone(sign * dt.timedelta(hours=int(m.group(3)), minutes=int(m.group(4) or 0)))
    return text[:m.start()], dt.timezone.utc


def numeric_order(value: Any) -> str | None:
    """'DMY' or 'MDY' when a numeric date proves its order (a number above 12), else None."""
    if not isinstance(value, str):
        return None
    m = _NUMERIC.match(_zone(value)[0])
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(3))
    if a > 12 >= b:
        return "DMY"
    if b > 12 >= a:
        return "MDY"
    return None


def decide_order(values: Iterable[Any]) -> tuple[str | None, Counter]:
    """The day/month order of an archive from its values, and the counts of proving values
    ({'DMY': n, 'MDY': m}). Both kinds present: the larger wins (None on a tie)."""
    counts: Counter = Counter()
    for v in values:
        order = numeric_order(v)
        if order:
            counts[order] += 1
    if not counts:
        return None, counts
    (first, n), *rest = counts.most_common()
    if rest and rest[0][1] == n:
        return None, counts
    return first, counts


def _year(y: str) -> int:
    return int(y) + 2000 if len(y) == 2 else int(y)


def _clock(h: str | None, mi: str | None, s: str | None, ampm: str | None) -> tuple[int, int, int, bool]:
    if h is None:
        return 0, 0, 0, False
    hour = int(h)
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    return hour, int(mi), int(s or 0), True


def read_published(value: Any, order: str | None = None) -> tuple[str | None, str | None]:
    """`value` as an ISO string for `analyze(published=...)` (None when missing), and a warning
    when the reading was a guess (an ambiguous day/month with no `order`). Raises ValueError for a
    value that holds no date."""
    if order is not None and order not in ORDERS:
        raise ValueError(f"date order must be DMY or MDY, not {order!r}")
    if is_missing(value, words=True):
        return None, None
    if not isinstance(value, str):
        return _from_object(value), None
    s = value.strip()
    if _EPOCH.match(s):
        return _from_epoch(float(s), value), None
    try:
        when = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
        return _iso(when, bool(regex.search(r"\d:\d", s))), None
    except ValueError:
        pass
    rest, zone = _zone(s)
    m = _YMD.match(rest)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        hour, minute, sec, has_time = _clock(m.group(5), m.group(6), m.group(7), None)
        return _iso(_make(y, mo, d, hour, minute, sec, zone, value), has_time), None
    m = _NUMERIC.match(rest)
    if m:
        return _from_numeric(m, zone, order, value)
    return _by_words(rest, zone, value), None


def _from_object(value: Any) -> str:
    """A publication time given as a datetime, date, pandas Timestamp or number (epoch seconds)."""
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return _iso(value, True)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise ValueError(f"cannot read a publication time from {value!r}")
    if isinstance(value, (int, float)) or type(value).__module__ == "numpy":
        return _from_epoch(float(value), value)
    raise ValueError(f"cannot read a publication time from a {type(value).__name__}")


def _from_numeric(m: regex.Match, zone: dt.tzinfo | None, order: str | None, value: Any) -> tuple[str, str | None]:
    """`21/10/2025`, `10/21/2025 20:43`: day and month in the order the values prove, else the
    archive's `order`, else day first with a warning."""
    a, b, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
    warning = None
    if a > 12 >= b:
        d, mo = a, b
    elif b > 12 >= a:
        d, mo = b, a
    elif a == b or order == "DMY":
        d, mo = a, b
    elif order == "MDY":
        d, mo = b, a
    else:
        d, mo = a, b
        warning = (f"publication time {value!r} is ambiguous (day/month order unknown in this archive): "
                   f"read day first, as {y:04d}-{mo:02d}-{d:02d}; give the order with date_order= "
                   "(--date-order DMY|MDY)")
    hour, minute, sec, has_time = _clock(m.group(5), m.group(6), m.group(7), m.group(8))
    return _iso(_make(y, mo, d, hour, minute, sec, zone, value), has_time), warning


def _make(y, mo, d, hour, minute, sec, zone, value) -> dt.datetime:
    try:
        return dt.datetime(y, mo, d, hour, minute, sec, tzinfo=zone)
    except ValueError as exc:
        raise ValueError(f"cannot read a publication time from {value!r} ({exc})") from None


def _from_epoch(x: float, value: Any) -> str:
    if math.isnan(x) or math.isinf(x):
        raise ValueError(f"cannot read a publication time from {value!r}")
    if x > 1e11:  # milliseconds
        x /= 1000
    if not 0 < x < 4102444800:  # 1970 .. 2100
        raise ValueError(f"cannot read a publication time from {value!r} (not a plausible epoch time)")
    wib = dt.timezone(dt.timedelta(hours=7))
    when = dt.datetime.fromtimestamp(x, tz=dt.timezone.utc).astimezone(wib).replace(microsecond=0)
    return _iso(when, True)


def _by_words(text: str, zone: dt.timezone | None, value: Any) -> str:
    """Dates written with month names: the header reader of the pipeline (Indonesian and
    English month names and weekdays; dateparser for the rest)."""
    from polsek_nlp.recognize.timex import parse_header_datetime

    when = parse_header_datetime(text) if regex.search(r"\d", text) else None
    if when is None:
        raise ValueError(f"cannot read a publication time from {value!r}")
    has_time = bool(regex.search(r"\d[:.]\d\d(?!\d)", text))
    ampm = regex.search(r"(?i)\d[:.]\d\d\s*([ap])\.?m\b", text)
    if ampm and has_time:
        pm = ampm.group(1).lower() == "p"
        if pm and when.hour < 12:
            when = when.replace(hour=when.hour + 12)
        elif not pm and when.hour == 12:
            when = when.replace(hour=0)
    if zone is not None:
        when = when.replace(tzinfo=zone)
    return _iso(when, has_time)
