"""Indonesian temporal expressions: find them in raw text and normalise them to ISO values.

Pure functions over strings (no spaCy), so that header parsing and the `polsek_dates` component
share one tagger. Every pattern is compiled once; none of them can backtrack badly (bounded
repetitions only). dateparser is used only as a last resort for header lines that none of these
rules read (see `parse_header_datetime`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.text import lower_keeping_offsets


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


# ---------------------------------------------------------------------------------------------
# vocabulary


@lru_cache(maxsize=1)
def _vocab() -> dict[str, dict[str, int]]:
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    numbers: dict[str, int] = {}
    for row in read_table("temporal_words.tsv"):
        kind, value = row["kind"], int(row["value"])
        target = {"month": months, "weekday": days, "number": numbers}[kind]
        target[row["word"].lower()] = value
    return {"month": months, "weekday": days, "number": numbers}


def _alt(words) -> str:
    # lowercase forms in a trie: case-insensitive, and longest first like a sorted alternation
    return "(?i:" + trie_alternation({w.lower() for w in words}) + ")"


_LAW_ID = regex.compile(r"(?i)(?:nomor|no\.?|pasal|nomer)\s*[\d/.-]+\s*(?:tahun\s*)?$")
_QUANTITY_BEFORE = regex.compile(r"(?i)(?:rp\.?|sebanyak|sekitar|[\d.,/])\s*$")
_QUANTITY_AFTER = regex.compile(r"[.,]\d|\s*(?:%|persen|orang|personel|unit|kasus|ekor|jiwa|rumah|kg|gram|meter|km|"
                                r"butir|lembar|buah|kali|paket|liter|batang|titik|pucuk|warga|KK|suara|peserta)(?![\p{L}])", regex.I)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_COUNT_BEFORE = regex.compile(r"(?i)(?:\d|satu|dua|tiga|empat|lima|beberapa|per|se)\s*$")
FULL_MONTHS = frozenset("""januari februari pebruari maret april mei juni juli agustus september oktober
november nopember desember january february march may june july august october december""".split())
RANGE_JOIN = regex.compile(r"\s*(?:-|–|—|s\.\s?d\.?|s/d|hingga|sampai(?:\s+dengan)?)\s*", regex.I)

OFFSETS = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    v = _vocab()
    month = _alt(v["month"])
    day = _alt(v["weekday"])
    num = _alt(v["number"])
    # word boundaries that work for letters and digits
    b0, b1 = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    b0_glued = r"(?:(?<![\p{L}\p{N}])|(?<=(?i:pada|tanggal|sejak|hingga)))"  # "pada11 Juli 2017" in sources
    D = r"(?:[0-3]?\d)"
    Y = r"(?:19|20)\d\d"
    tz = r"(?:\s*(?P<tz>(?i:WIB|WITA|WIT))" + b1 + ")?"
    clock = r"(?P<h>[0-2]?\d)[.:](?P<m>[0-5]\d)"
    part = r"(?:\s+(?P<part>dini\s+hari|pagi|siang|sore|petang|malam))?"
    dayname = rf"(?P<wd>{day})"
    # a date with a month name: [Senin, ][(]19 Agustus 2024[)]
    named = (
        rf"(?:{dayname}\s*,?\s*\(?\s*)?"
        rf"(?P<d>{D})(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*(?P<d2>{D}))?"
        rf"\s+(?P<mon>{month})\.?(?:\s*,?\s*(?P<y>{Y}))?\)?"
    )
    # English header style: Aug 20, 2024
    english = rf"(?:{dayname}\s*,\s*)?(?P<mon>{month})\.?\s+(?P<d>{D}),?\s+(?P<y>{Y})"
    # numeric: 19/8/2024, 19-08-2024, 19.08.2024, 2024-08-19; (19/8) after a weekday or in parens
    numeric = (
        rf"(?:{dayname}(?:\s*[-–]\s*(?:{day}))?\s*,?\s*)?(?P<open>\()?\s*(?P<d>{D})(?:[-–](?P<d2>{D})(?=/))?"
        rf"(?P<sep>[/.-])(?P<mo>[01]?\d)"
        rf"(?:(?P=sep)(?P<y>{Y}|\d\d))?\s*(?P<close>\))?"
    )
    iso = rf"(?P<y>{Y})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
    time_tail = (
        rf"(?:\s*(?:,|-|–|\|)?\s*(?:(?:pukul|jam|pk\.?)\s*)?{clock}{tz})?"
    )
    pats = {
        "named": named + time_tail + part,
        "english": english + time_tail,
        "numeric": numeric + time_tail + part,
        "iso": iso + rf"(?:[T ]{clock})?",
        "clock": (
            rf"(?:(?:(?i:pukul|jam|pk\.?))\s*{clock}(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*"
            rf"(?:pukul\s*)?(?P<h2>[0-2]?\d)[.:](?P<m2>[0-5]\d))?{tz}"
            rf"|{clock}\s*(?P<tz2>WIB|WITA|WIT){b1})"
            # the day may follow: "pukul 21.00 WIB (4/5)", "pukul 13.00 WIB kemarin"
            rf"(?:\s*\((?P<cd>[0-3]?\d)/(?P<cm>[01]?\d)(?:/(?P<cy>{Y}))?\)"
            rf"|\s+(?P<crel>(?i:kemarin|hari\s+ini|besok))(?![\p{{L}}]))?"
        ),
        "day_only": rf"(?i:tanggal|tgl\.?)\s+(?P<d>[0-3]?\d)(?![\p{{N}}/.-])(?!\s+(?i:{month}))",
        "month_year": rf"(?:(?P<vague>awal|pertengahan|medio|akhir|penghujung)\s+)?(?:bulan\s+)?"
        rf"(?P<mon>{month}){b1}(?:\s+(?:tahun\s+)?(?P<y>{Y}))?",
        "vague_year": rf"(?P<vague>awal|pertengahan|medio|akhir|penghujung)\s+tahun(?:\s+(?P<y>{Y})|\s+(?P<rel>ini|lalu|depan))?",
        "year": rf"(?:(?P<kw>[Tt]ahun|TAHUN)\s+(?P<y>{Y})|(?P<y2>{Y})(?:\s*(?:-|–|hingga|sampai)\s*(?P<y3>{Y}))?)",
        "rel_day": r"(?P<rel>kemarin\s+lusa|kemarin|hari\s+ini|besok|esok\s+hari|lusa|"
        r"(?:dini\s+hari|pagi|siang|sore|malam)\s+tadi|tadi\s+(?:pagi|siang|sore|malam)|"
        r"keesokan\s+harinya)(?:\s+(?:dini\s+hari|pagi|siang|sore|petang|malam)(?!\s+tadi))?",
        "rel_weekday": rf"(?P<wd>{day})(?:\s+(?P<dir>lalu|kemarin|ini|depan|mendatang))?" + part,
        "rel_ago": rf"(?P<n>\d{{1,3}}|{num}|se)\s*(?P<unit>hari|pekan|minggu|bulan|tahun)\s+(?P<yang>yang\s+)?(?P<dir>lalu|silam|kemudian|mendatang|ke\s+depan)",
        "rel_unit": r"(?:(?P<vague>awal|pertengahan|akhir)\s+)?(?P<unit>sepekan|seminggu|pekan|minggu|bulan|tahun)\s+(?P<dir>lalu|kemarin|depan|ini|mendatang|silam)",
    }
    flags = regex.V1
    out = {}
    for name, p in pats.items():
        ci = name in ("month_year", "vague_year", "rel_day", "rel_ago", "rel_unit")
        start = b0_glued if name == "named" else b0
        out[name] = regex.compile(start + "(?:" + p + ")" + b1 if name != "clock" else b0 + "(?:" + p + ")",
                                  flags | (regex.IGNORECASE if ci else 0))
    return out


# Which patterns can start with which kind of word: the tagger scans the text once for these
# trigger words and tries each pattern only where it can begin (a dozen match attempts per
# article instead of a dozen full scans).
_STARTS_WITH = {
    "digit": ("iso", "named", "numeric", "clock", "year", "rel_ago"),  # narrowed by _digit_patterns
    "paren": ("numeric",),
    "weekday": ("english", "named", "numeric", "rel_weekday"),
    "month": ("english", "month_year"),
    "clockword": ("clock",),
    "tanggal": ("day_only",),
    "vague": ("vague_year", "month_year", "rel_unit"),
    "bulan": ("month_year", "rel_unit"),
    "tahun": ("year", "rel_unit"),
    "unit": ("rel_unit",),
    "number": ("rel_ago",),
    "relday": ("rel_day",),
}


@lru_cache(maxsize=1)
def _trigger_pattern() -> tuple[re.Pattern, dict[str, str]]:
    v = _vocab()
    kinds: dict[str, str] = {}
    for w in v["weekday"]:
        kinds[w] = "weekday"
    for w in v["month"]:
        kinds[w] = "month"
    for w in v["number"]:
        kinds[w.split()[0]] = "number"
    for w in ("pukul", "jam", "pk"):
        kinds[w] = "clockword"
    for w in ("tanggal", "tgl"):
        kinds[w] = "tanggal"
    for w in ("awal", "pertengahan", "medio", "akhir", "penghujung"):
        kinds[w] = "vague"
    kinds["bulan"] = "bulan"
    kinds["tahun"] = "tahun"
    for w in ("sepekan", "seminggu", "pekan", "minggu"):
        kinds[w] = kinds.get(w, "unit")
    for w in ("kemarin", "hari", "besok", "esok", "lusa", "dini", "pagi", "siang", "sore", "malam", "tadi",
              "keesokan"):
        kinds[w] = "relday"
    alt = trie_alternation(kinds)
    word = rf"(?:{alt}|se(?=hari|pekan|minggu|bulan|tahun))(?![^\W\d_])"
    # matched on the lowercased text, led by a space, with the standard library's `re`. A match
    # starts at a character that is not a-z: a digit (its run), a "(" (and the word right after
    # it, if any) or another non-alphanumeric character, whose next word is looked at. A pattern
    # that starts with a character set lets `re` skip the letters in a tight C loop instead of
    # trying the pattern at each one: half the time of trying a word-start lookbehind at every
    # character. (`re` is ~2.5x faster than a case-insensitive `regex` scan; the words factored
    # into a trie are a third faster again than their plain alternation.)
    pattern = re.compile(rf"[^a-z](?:(?<=\d)\d*|(?<=\()(?=(?P<paren_word>{word}))?|(?<=[\W_])(?=(?P<word>{word})))")
    return pattern, kinds


_NEXT_VISIBLE = re.compile(r"\s*(\S)")


@lru_cache(maxsize=1)
def _heads() -> dict[str, re.Pattern]:
    """For the patterns tried most often in vain, how every match of theirs begins, loosened
    (case-insensitive, any one to three digits) and compiled with `re`: a `regex` match call
    costs several times a `re` one, and most candidate positions fail early (a day number that
    no month name follows, a month name that no day number follows, a number with no unit after
    it: ~7 of those an article, one "rel_ago" match in 25 articles)."""
    v = _vocab()
    day = trie_alternation({w.lower() for w in v["weekday"]})
    month = trie_alternation({w.lower() for w in v["month"]})
    num = trie_alternation({w.lower() for w in v["number"]})
    heads = {
        "named": rf"(?:(?:{day})\s*,?\s*\(?\s*)?\d{{1,2}}"
                 rf"(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*\d{{1,2}})?\s+(?:{month})",
        "english": rf"(?:(?:{day})\s*,\s*)?(?:{month})\.?\s+\d",
        "numeric": rf"(?:(?:{day})(?:\s*[-–]\s*(?:{day}))?\s*,?\s*)?\(?\s*\d{{1,2}}(?:[-–]\d{{1,2}}(?=/))?[/.-]\d",
        "rel_ago": rf"(?:\d{{1,3}}|{num}|se)\s*(?:hari|pekan|minggu|bulan|tahun)",
    }
    # (case-insensitive, `re` also matches "İ" to "i", as the tagger's own patterns do)
    return {name: re.compile(head, re.IGNORECASE) for name, head in heads.items()}


def _digit_patterns(lower: str, digits: str, end: int) -> tuple[str, ...]:
    """The patterns that can match at a run of digits, judged by its length and what follows it:
    conditions every match of each pattern meets (a year "2017" is tried as a year only, not as
    six kinds of date)."""
    n = len(digits)
    after = lower[end:end + 1]
    visible = _NEXT_VISIBLE.match(lower, end)
    nxt = visible.group(1) if visible else ""
    names = []
    if n == 4 and after == "-":
        names.append("iso")  # 2024-08-19
    if n <= 2 and (nxt.isalpha() or nxt in ("-", "–")):
        names.append("named")  # 19 Agustus, 19-20 Agustus, 19 s.d. 20 Agustus
    if n <= 2 and after in ("/", ".", "-", "–"):
        names.append("numeric")  # 19/8/2024, 19.08.2024, 19-20/8
    if n <= 2 and after in (".", ":"):
        names.append("clock")  # 21.00 WIB
    if n == 4 and digits[:2] in ("19", "20"):
        names.append("year")
    if n <= 3 and nxt.isalpha():
        names.append("rel_ago")  # 3 hari yang lalu
    return tuple(names)


def _add(out: dict[str, list[int]], names: tuple[str, ...], pos: int) -> None:
    for name in names:
        out.setdefault(name, []).append(pos)


def _candidate_starts(text: str) -> dict[str, list[int]]:
    """Pattern name → the positions where it may match, in text order."""
    pattern, kinds = _trigger_pattern()
    out: dict[str, list[int]] = {}
    lower = " " + lower_keeping_offsets(text)  # so that a word at 0 follows a character too
    for m in pattern.finditer(lower):
        pos = m.start()  # in `text`: pos - 1 for the matched character, pos for the word after it
        word = m.group("word")
        if word is None:
            if lower[pos] == "(":
                _add(out, _STARTS_WITH["paren"], pos - 1)
                word = m.group("paren_word")
            else:
                _add(out, _digit_patterns(lower, m.group(), m.end()), pos - 1)
        if word is not None:
            word = word.lower()
            names = _STARTS_WITH[kinds.get(word, "number")]
            if word == "minggu":  # Sunday, or a week
                names = names + _STARTS_WITH["unit"]
            _add(out, names, pos)
    return out


# ---------------------------------------------------------------------------------------------
# normalisation helpers


def _year(y: str | None, anchor: dt.datetime | None) -> int | None:
    if y:
        n = int(y)
        return n + 2000 if n < 100 else n
    return anchor.year if anchor else None


def _yearless(mon: int, day: int, anchor: dt.datetime | None) -> int | None:
    """Year of a day written without one: the publication year, or the year before when the
    date would fall more than two months after publication (`28/12` in a January article)."""
    if anchor is None:
        return None
    try:
        if dt.date(anchor.year, mon, day) > anchor.date() + dt.timedelta(days=60):
            return anchor.year - 1
    except ValueError:
        return None
    return anchor.year


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
    return _vocab()["number"].get(w)


# ---------------------------------------------------------------------------------------------
# the tagger


_TEXT_ANCHOR = regex.compile(r"\s*\(?\s*(?P<rel>kemarin|hari\s+ini|tadi)\b", regex.I)


def find_timexes(text: str, anchor: dt.datetime | None = None) -> list[Timex]:
    """All temporal expressions in `text`, left to right, without overlaps.

    `anchor` is the publication time: it supplies missing years and resolves relative
    expressions, and clock times take the day of the nearest date before them. When the text
    dates its own writing day (`Sabtu (28/10) kemarin`, `tanggal 4 (hari ini)`) and that day is
    within three days of `anchor`, relative expressions resolve against the text's day instead.
    Without an anchor, relative expressions get `value=None`.
    """
    found = _find(text, anchor)
    if anchor is None:
        return found
    own = _text_anchor(text, found)
    if own is not None and own != anchor.date() and abs((own - anchor.date()).days) <= 3:
        found = _find(text, dt.datetime.combine(own, anchor.time()))
    return _anchor_clock_times(found)


def _text_anchor(text: str, found: list[Timex]) -> dt.date | None:
    """The writing day the text itself states, from an explicit date followed by a deictic word."""
    for t in found:
        if t.relative or t.granularity not in ("day", "time") or not t.value:
            continue
        m = _TEXT_ANCHOR.match(text, t.end, t.end + 20)
        if m:
            day = dt.date.fromisoformat(t.value[:10])
            return day + dt.timedelta(days=1) if m.group("rel").lower() == "kemarin" else day
    return None


def _anchor_clock_times(found: list[Timex]) -> list[Timex]:
    """`pukul 13.00 WIB` takes the day of the nearest explicit date before it, as news writes it."""
    out: list[Timex] = []
    last_day: str | None = None
    for t in found:
        if t.relative and t.granularity in ("time", "range") and t.value and "T" in t.value and last_day:
            if t.granularity == "time":
                t = Timex(t.start, t.end, t.text, last_day + t.value[10:], t.granularity, t.relative, t.tz)
            else:
                a, b = t.value.split("/")
                t = Timex(t.start, t.end, t.text, f"{last_day}{a[10:]}/{last_day}{b[10:]}", t.granularity,
                          t.relative, t.tz)
        elif t.granularity in ("day", "time") and t.value and len(t.value) >= 10:
            last_day = t.value[:10]
        out.append(t)
    return out


def _find(text: str, anchor: dt.datetime | None) -> list[Timex]:
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    pats = _patterns()
    anchor_date = anchor.date() if anchor else None
    months, weekdays = _vocab()["month"], _vocab()["weekday"]

    def free(s: int, e: int) -> bool:
        # taken spans never overlap: only the neighbours of s can
        k = bisect.bisect_right(taken, (s, float("inf")))
        return (k == 0 or taken[k - 1][1] <= s) and (k == len(taken) or taken[k][0] >= e)

    def add(m, value, gran, relative=False, start=None, end=None, tz=None) -> None:
        s = m.start() if start is None else start
        e = m.end() if end is None else end
        while e > s and text[e - 1].isspace():
            e -= 1
        if not free(s, e):
            return
        bisect.insort(taken, (s, e))
        found.append(Timex(s, e, text[s:e], value, gran, relative, tz))

    def with_time(m, date_value: str | None) -> tuple[str | None, str]:
        c = _clock(m.group("h"), m.group("m")) if "h" in m.groupdict() else None
        if c and date_value:
            return f"{date_value}T{c}", "time"
        return date_value, "day"

    def tz_of(m) -> str | None:
        gd = m.groupdict()
        return (gd.get("tz") or gd.get("tz2") or "").upper() or None

    starts = _candidate_starts(text)

    heads = _heads()

    def run(name: str):
        # each pattern is tried only where one of its possible first words stands
        pattern = pats[name]
        head = heads.get(name)
        for pos in starts.get(name, ()):
            if head is not None and head.match(text, pos) is None:
                continue
            # no `timeout=`: it set up a timer per attempt, doubling the tagger's cost, and every
            # pattern is anchored here with bounded repetitions (tests/test_reliability.py)
            m = pattern.match(text, pos)
            if m is not None:
                yield m

    # 1. absolute dates, most specific first
    for m in run("iso"):
        val = _date_value(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        if val:
            v, g = with_time(m, val)
            add(m, v, g)
    for m in run("english"):
        y = _year(m.group("y"), anchor)
        val = _date_value(y, months[m.group("mon").lower()], int(m.group("d")))
        if val:
            v, g = with_time(m, val)
            add(m, v, g, tz=tz_of(m))
    for m in run("named"):
        mon = months[m.group("mon").lower()]
        d1 = int(m.group("d"))
        y = _year(m.group("y"), anchor) if m.group("y") else _yearless(mon, d1, anchor)
        val = _date_value(y, mon, d1)
        if not val:
            continue
        if m.group("d2"):
            end_val = _date_value(y, mon, int(m.group("d2")))
            e = m.end()
            if text[e - 1:e] == "." and m.end("mon") == e - 1 and m.group("mon").lower() in FULL_MONTHS:
                e -= 1
            if end_val and end_val > val:
                add(m, f"{val}/{end_val}", "range", end=e)
            continue
        v, g = with_time(m, val)
        s, e = m.start(), m.end()
        if text[e - 1:e] == "." and m.end("mon") == e - 1 and m.group("mon").lower() in FULL_MONTHS:
            e -= 1  # the sentence's full stop, not an abbreviation's
        # "(19 Agustus 2024)" without weekday: keep the closing paren out when unbalanced
        if text[s:e].endswith(")") and "(" not in text[s:e]:
            e -= 1
        add(m, v, g, start=s, end=e, tz=tz_of(m))
    for m in run("numeric"):
        wd, opened, closed, y_raw = m.group("wd"), m.group("open"), m.group("close"), m.group("y")
        if not (wd or y_raw or (opened and closed)):
            continue  # a bare 19/8 is too often a score, a ratio or a fraction
        d, mo = int(m.group("d")), int(m.group("mo"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        if m.group("sep") == "." and not y_raw:
            continue  # 10.30 is a clock time, not 10 March
        val = _date_value(_year(y_raw, anchor) if y_raw else _yearless(mo, d, anchor), mo, d)
        if not val:
            continue
        s, e = m.start(), m.end()
        if opened and not closed and not wd:
            s = m.start("d")
        if closed and not opened and not wd:
            e = m.end("y") if y_raw else m.end("mo")
        if m.group("d2"):
            end_val = _date_value(int(val[:4]), mo, int(m.group("d2")))
            if end_val and end_val > val:
                add(m, f"{val}/{end_val}", "range", start=s, end=e)
            continue
        v, g = with_time(m, val)
        add(m, v, g, start=s, end=e, tz=tz_of(m))

    # 2. clock times alone (the date comes from the anchor: news writes "pukul 10.00 WIB" for
    # the day being reported; the event component may re-anchor it to a nearby date)
    for m in run("clock"):
        c = _clock(m.group("h"), m.group("m"))
        if not c:
            continue
        relative = True
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
            add(m, val, "range", relative=relative, tz=tz_of(m))
        else:
            add(m, f"{base}T{c}" if base else None, "time", relative=relative, tz=tz_of(m))
    for m in run("day_only"):
        if anchor_date is None:
            continue
        d = int(m.group("d"))
        val = _date_value(anchor_date.year, anchor_date.month, d)
        if val and val > anchor_date.isoformat():
            y, mo = _shift_month(anchor_date, -1)
            val = _date_value(y, mo, d)
        if val:
            add(m, val, "day")

    # 3. months, vague periods, years
    for m in run("vague_year"):
        y = m.group("y")
        rel = (m.group("rel") or "").lower()
        if y:
            val = y
        elif anchor_date:
            val = str(anchor_date.year + {"lalu": -1, "depan": 1}.get(rel, 0))
        else:
            val = None
        add(m, val, "year", relative=not y)
    for m in run("month_year"):
        word = m.group("mon")
        introduced = bool(m.group("vague")) or m.group(0).lower().startswith("bulan")
        if word[0].islower() and not introduced:
            continue  # lowercase month names only after "bulan"/"awal"/...
        if not m.group("y") and not introduced and word.lower() not in FULL_MONTHS:
            continue  # "Mar", "Jun" alone are too ambiguous; "Juli", "Mei" are months
        y = _year(m.group("y"), anchor)
        val = f"{y:04d}-{months[word.lower()]:02d}" if y else None
        add(m, val, "month")
    for m in run("year"):
        before = text[max(0, m.start() - 40):m.start()]
        if _LAW_ID.search(before):
            continue  # "UU Nomor 35 Tahun 2009": a law identifier
        if m.group("y"):
            add(m, m.group("y"), "year")
            continue
        after = text[m.end():m.end() + 16]
        if _QUANTITY_AFTER.match(after) or _QUANTITY_BEFORE.search(before):
            continue  # a quantity, not a year
        y3 = m.group("y3")
        if y3:
            if y3 > m.group("y2"):
                add(m, f"{m.group('y2')}/{y3}", "range")
            continue
        add(m, m.group("y2"), "year")

    # 4. relative expressions
    for m in run("rel_weekday"):
        wd = m.group("wd")
        if not wd[0].isupper():
            continue
        if wd.lower() == "minggu" and _sentence_start(text, m.start()) and not m.group("dir"):
            continue
        if wd.lower() == "minggu" and m.start() >= 2 and _COUNT_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "dua Minggu" is a duration
        day_val = None
        if anchor_date:
            day_val = _last_weekday(anchor_date, weekdays[wd.lower()], (m.group("dir") or "").lower()).isoformat()
        add(m, day_val, "day", relative=True)

    for m in run("rel_day"):
        rel = " ".join(m.group("rel").lower().split())
        if rel == "keesokan harinya":
            delta = 1
        elif rel in ("malam tadi", "tadi malam") and anchor is not None and anchor.hour < 12:
            delta = -1  # said in the morning, "last night" was the evening before
        else:
            delta = {"kemarin lusa": -2, "kemarin": -1, "besok": 1, "esok hari": 1, "lusa": 2}.get(rel, 0)
        if delta == 0 and rel not in ("hari ini",) and not rel.endswith("tadi") and not rel.startswith("tadi"):
            continue
        val = (anchor_date + dt.timedelta(days=delta)).isoformat() if anchor_date else None
        add(m, val, "day", relative=True)
    for m in run("rel_ago"):
        n = _num(m.group("n"))
        if n is None:
            continue
        unit = m.group("unit").lower()
        direction = m.group("dir").lower()
        sign = -1 if direction in ("lalu", "silam") else 1
        if direction == "kemudian":
            continue  # "tiga hari kemudian" is relative to the story, not to publication
        if not anchor_date:
            add(m, None, "day", relative=True)
            continue
        if unit == "hari":
            val, gran = (anchor_date + dt.timedelta(days=sign * n)).isoformat(), "day"
        elif unit in ("pekan", "minggu"):
            val, gran = (anchor_date + dt.timedelta(days=sign * 7 * n)).isoformat(), "day"
        elif unit == "bulan":
            y, mo = _shift_month(anchor_date, sign * n)
            val, gran = f"{y:04d}-{mo:02d}", "month"
        else:
            val, gran = str(anchor_date.year + sign * n), "year"
        add(m, val, gran, relative=True)
    for m in run("rel_unit"):
        unit = m.group("unit").lower()
        direction = m.group("dir").lower()
        if unit == "minggu" and m.group("unit")[0] == "M" and m.start() > 0 and \
                not _sentence_start(text, m.start()):
            continue  # "Minggu lalu" mid-sentence is last Sunday (handled below)
        if not anchor_date:
            add(m, None, "day", relative=True)
            continue
        sign = {"lalu": -1, "kemarin": -1, "silam": -1, "depan": 1, "mendatang": 1}.get(direction, 0)
        if unit in ("sepekan", "seminggu", "pekan", "minggu"):
            if sign == 0:
                continue  # "pekan ini": a span of days, not one day
            val, gran = (anchor_date + dt.timedelta(days=7 * sign)).isoformat(), "day"
        elif unit == "bulan":
            y, mo = _shift_month(anchor_date, sign)
            val, gran = f"{y:04d}-{mo:02d}", "month"
        else:
            val, gran = str(anchor_date.year + sign), "year"
        add(m, val, gran, relative=True)
    found.sort(key=lambda t: t.start)
    return _merge_ranges(text, found)


def _merge_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """`22 Desember 2023 hingga 2 Januari 2024`, `Januari hingga Juni 2024`: one range each."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.value and t.value and prev.granularity == t.granularity
                and t.granularity in ("day", "month") and RANGE_JOIN.fullmatch(text[prev.end:t.start])):
            first = prev.value
            if t.granularity == "month" and not _YEAR.search(prev.text):
                first = t.value[:4] + first[4:]  # "Januari hingga Juni 2024": the year is written once
            if t.granularity == "day" and not _YEAR.search(prev.text) and first[:4] != t.value[:4]:
                first = t.value[:4] + first[4:]
            if first < t.value:
                out[-1] = Timex(prev.start, t.end, text[prev.start:t.end], f"{first}/{t.value}", "range",
                                prev.relative or t.relative, prev.tz or t.tz)
                continue
        out.append(t)
    return out


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?\n:"


# ---------------------------------------------------------------------------------------------
# header lines


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
