"""Where Indonesian temporal expressions may be: the patterns, and the scan that says where each
one can begin. What an expression means is `timex_values`; `timex.find_timexes` joins the two.

Every pattern is compiled once; none of them can backtrack badly (bounded repetitions only). The
words come from `knowledge.temporal` (`data/temporal_words.tsv`, `data/temporal_cues.tsv`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.text import lower_keeping_offsets


def _alt(words) -> str:
    # lowercase forms in a trie: case-insensitive, and longest first like a sorted alternation
    return "(?i:" + trie_alternation({w.lower() for w in words}) + ")"


# the units of "3 hari yang lalu", "dalam 43 menit", "4 thn lalu" (full words and the short forms news
# and dateparser's data write; `timex_relative.UNITS` says what each one is)
UNITS = r"hari|pekan|minggu|bulan|bln|tahun|thn|jam|menit|mnt|detik|dtk"
# what a number of units is counted from: before (lalu, silam), after (kemudian, ke depan ...), up to
# now (terakhir: "tiga hari terakhir", a period ending at the writing); the
# narrative's words (kemudian, sebelumnya, setelahnya ...) count from the story's last date (`timex_anchors`)
# `lalu` before a word it compounds with (`lalu lintas`, `lalu-lalang`) is no direction
LALU = r"lalu(?![\s-]+(?i:" + trie_alternation(word_set("lalu_compounds")) + r")(?![\p{L}]))"
AGO_DIRECTIONS = LALU + r"|silam|kemudian|mendatang|ke\s+depan|sebelumnya|setelahnya|sesudahnya|berikutnya|terakhir"
AFFIXED_VERB = r"(?:di|ter|me|ber)\p{Ll}{4,}"  # a verb's affixed shape (`timex_anchors` reads the act it names)
# a count from the story's own happening named again (`dua hari setelah kejadian`, `sehari setelah ditangkap`, `sehari
# sebelum korban dilaporkan hilang`): only before a noun of the happening (`words/event_anaphors.tsv`) or an affixed
# verb (di-, ter-, me-, ber-: the prefixes are grammar), with at most one lowercase word between (a subject: `korban`);
# not before a name or a feast (`dua hari setelah Lebaran`: no day the story writes)
def _after_event() -> str:
    return (r"(?:setelah|sesudah|sebelum)(?=\s+(?-i:(?:\p{Ll}+\s+)?(?:" + AFFIXED_VERB + "|"
            + trie_alternation(word_set("event_anaphors")) + r")(?![\p{L}])))")


class _AnyCase(str):
    """A pattern's regex that is matched in any case (the others keep case but for their `(?i:...)` parts)."""

    __slots__ = ()


@lru_cache(maxsize=1)
def _pattern_texts() -> dict[str, str]:
    """Each pattern's regex, before its word boundaries (an `_AnyCase` one is matched in any case)."""
    v = temporal_words()
    month, day, num = _alt(v.months), _alt(v.weekdays), _alt(v.numbers)
    count = _alt(w for w, kind in v.cues.items() if kind == "count")  # beberapa, puluhan ...
    b1 = r"(?![\p{L}\p{N}])"
    D = r"(?:[0-3]?\d)"
    Y = r"(?:19|20)\d\d"
    tz = r"(?:\s*(?P<tz>(?i:WIB|WITA|WIT))" + b1 + ")?"
    clock = r"(?P<h>[0-2]?\d)[.:](?P<m>[0-5]\d)"
    # the part of the day, and the zone news writes after it ("Rabu (9/8) sore WIB")
    part = r"(?:\s+(?P<part>dini\s+hari|pagi|siang|sore|petang|malam)(?:\s+(?:WIB|WITA|WIT)(?![\p{L}\p{N}]))?)?"
    dayname = rf"(?P<wd>{day})"
    # a date with a month name: [Senin, ][(]19 Agustus 2024[)]
    named = (
        rf"(?:{dayname}\s*,?\s*\(?\s*)?"
        rf"(?P<d>{D})(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*(?P<d2>{D}))?"
        rf"\s+(?P<mon>{month})\.?(?:\s*,?\s*(?P<y>{Y})|\s+(?i:tahun)\s+(?P<yrel>(?i:depan|lalu|ini)))?\)?"
        rf"(?:\s+(?P<ago>(?i:{LALU}|silam)){b1})?"  # "11 Desember lalu": the last such day
    )
    # English header style: Aug 20, 2024
    english = rf"(?:{dayname}\s*,\s*)?(?P<mon>{month})\.?\s+(?P<d>{D}),?\s+(?P<y>{Y})"
    # numeric: 19/8/2024, 19-08-2024, 19.08.2024, 2024-08-19; (19/8) after a weekday or in parens
    numeric = (
        rf"(?:{dayname}(?:\s*[-–]\s*(?:{day}))?\s*,?\s*)?(?P<open>\()?\s*(?P<d>{D})(?:[-–](?P<d2>{D})(?=/))?"
        rf"(?P<sep> ?/ ?|[.-])(?P<mo>[01]?\d)"
        rf"(?:(?P=sep)(?P<y>{Y}|\d\d))?\s*(?P<close>\))?"
    )
    iso = rf"(?P<y>{Y})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
    time_tail = (
        rf"(?:\s*(?:,|-|–|\|)?\s*(?:(?:pukul|jam|pk\.?)\s*)?{clock}{tz})?"
    )
    return {
        "named": named + time_tail + part,
        "english": english + time_tail,
        "numeric": numeric + time_tail + part,
        "iso": iso + rf"(?:[T ]{clock})?",
        "clock": (
            rf"(?:(?:(?i:pukul|jam|pk\.?))\s*{clock}(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*"
            rf"(?:pukul\s*)?(?P<h2>[0-2]?\d)[.:](?P<m2>[0-5]\d))?{tz}"
            rf"|{clock}\s*(?P<tz2>WIB|WITA|WIT){b1})"
            # the day may follow: "pukul 21.00 WIB (4/5)", "pukul 13.00 WIB kemarin"
            rf"(?:\s*\((?P<cd>[0-3]?\d) ?/ ?(?P<cm>[01]?\d)(?: ?/ ?(?P<cy>{Y}))?\)"
            rf"|\s+(?P<crel>(?i:kemarin|hari\s+ini|besok))(?![\p{{L}}]))?"
        ),
        # "pukul 8 malam", "jam 10 pagi": an hour and the part of the day, no minutes
        "clock_part": r"(?i:pukul|jam|pk\.?)\s*(?P<h>[0-2]?\d)(?![\p{N}.:])\s+"
        r"(?P<part>(?i:dini\s+hari|pagi|siang|sore|petang|malam))",
        "day_only": rf"(?i:tanggal|tgl\.?)\s+(?P<d>[0-3]?\d)(?![\p{{N}}/.-])(?!\s+(?i:{month}))"
        r"(?:\s+(?i:bulan)\s+(?P<mrel>(?i:lalu|ini|depan)))?",
        # "Desember lalu", "Oktober tahun lalu": the month counted back from publication
        "month_year": _AnyCase(rf"(?:(?P<vague>awal|pertengahan|medio|akhir|penghujung)\s+)?(?:bulan\s+)?"
        rf"(?P<mon>{month}){b1}(?:\s+(?:tahun\s+)?(?P<y>{Y})|\s+tahun\s+(?P<yrel>lalu|depan|ini)(?![\p{{L}}])"
        rf"|\s+(?P<dir>{LALU}|silam)(?![\p{{L}}]))?"),
        "vague_year": _AnyCase(
            rf"(?P<vague>awal|pertengahan|medio|akhir|penghujung)\s+tahun(?:\s+(?P<y>{Y})|\s+(?P<rel>ini|lalu|depan))?"),
        "year": rf"(?:(?P<kw>[Tt]ahun|TAHUN)\s+(?P<y>{Y})|(?P<y2>{Y})(?:\s*(?:-|–|hingga|sampai)\s*(?P<y3>{Y}))?)"
        rf"(?:\s+(?P<ago>(?i:{LALU}|silam))(?![\p{{L}}\p{{N}}]))?",  # "2016 lalu", "2015 silam"
        # `semalam` is last night (KBBI), not one night (`dalam semalam`, `menginap semalam`, `semalam suntuk`);
        # a reduplicated `kemarin` or `besok` (`kemarin - kemarin`: lately; `besok-besok`: some later time) is no day
        "rel_day": _AnyCase(r"(?P<rel>kemarin\s+lusa|(?<!(?:kemarin|besok)\s*-\s*)(?:kemarin|besok)(?!\s*-\s*(?:kemarin|besok))|hari\s+ini|esok\s+hari|lusa|(?<!(?:dalam|selama|menginap)\s)semalam(?!\s+suntuk)|"
        r"(?:dini\s+hari|pagi|siang|sore|malam)\s+tadi|tadi\s+(?:pagi|siang|sore|malam)|"
        r"(?:dini\s+hari|pagi|siang|sore|petang|malam)(?:\s+hari)?\s+sebelumnya|hari\s+sebelumnya|"
        r"(?:pagi|siang|sore|petang|malam)\s+harinya|(?:keesokan|esok)\s+harinya|"
        r"(?:keesokan|esok)\s+(?:pagi|siang|sore|petang|malam)(?:nya|\s+harinya)|"
        r"(?:pagi|siang|sore|petang|malam)\s+ini|"  # "malam ini": tonight, a part of the writing day
        # a part of the day alone ("pada malam hari", "dini hari"): not "malam hari itu", "hari sebelumnya"
        r"(?P<bare>(?:dini|pagi|siang|sore|petang|malam)\s+hari)(?!\s+(?:ini|itu|tersebut|sebelumnya|berikutnya)))"
        r"(?:\s+(?:dini\s+hari|pagi|siang|sore|petang|malam)(?!\s+tadi))?"),
        "rel_weekday": rf"(?P<wd>{day})(?:\s+(?P<week>pekan|minggu)\s+(?P<wdir>lalu|ini|depan|mendatang)"
        rf"|\s+(?P<dir>lalu|kemarin|ini|depan|mendatang))?" + part,
        "rel_ago": _AnyCase(rf"(?P<n>\d{{1,3}}|{num}|se|{count})\s*(?P<unit>{UNITS})\s+(?P<yang>yang\s+)?"
        rf"(?P<dir>{AGO_DIRECTIONS}|{_after_event()})"),
        # "dalam 10 hari lagi" (in ten days); `timex_relative` keeps it only where it is not a duration
        "rel_in": _AnyCase(rf"(?P<pre>dalam|dlm\.?)\s+(?P<n>\d{{1,3}}|{num}|se)\s*(?P<unit>{UNITS})(?:\s+(?P<dir>lagi))?"),
        "rel_unit": _AnyCase(r"(?:(?P<vague>awal|pertengahan|akhir)\s+)?(?P<unit>sepekan|seminggu|pekan|minggu|bulan|tahun)\s+"
        r"(?:yang\s+)?(?P<dir>lalu|kemarin|depan|ini|mendatang|silam)"),
        **_period_patterns(Y),
    }


def _period_patterns(Y: str) -> dict[str, str]:
    """The patterns of periods named by their part of a year or a season."""
    v = temporal_words()
    season_part = _alt(w for w, kind in v.cues.items() if kind in ("vague", "season_part"))
    return {
        # a part of a year numbered: "kuartal II 2017", "semester pertama", "triwulan ke-3 tahun 2016"
        "quarter": _AnyCase(rf"(?P<q>{_alt(w for w, kind in v.cues.items() if kind == 'quarter')})\s+"
        rf"(?:(?P<n>I{{1,3}}|IV|pertama|kedua|ketiga|keempat|ke-?\s*[1-4])|(?P<d>[1-4])(?=\s+(?:tahun\s+)?{Y}))"
        rf"(?:\s+(?:tahun\s+)?(?P<y>{Y}))?"),
        # a season: of sport ("musim ini", "musim 2018", "musim 2016 - 17", "paruh kedua musim") or of
        # the year ("musim kemarau", "puncak musim hujan")
        "season": _AnyCase(rf"(?:(?P<vague>{season_part}(?:\s+(?:pertama|kedua))?)\s+)?musim"
        rf"(?:\s+(?P<nat>{_alt(word_set('season_words'))}))?"
        rf"(?:\s+(?P<rel>ini|lalu|depan|mendatang|sebelumnya|berikutnya)|\s+(?P<y>{Y})(?:\s*[-–/]\s*(?P<y2>{Y}|\d\d))?)?"),
    }


@lru_cache(maxsize=32)  # one per pattern name
def pattern(name: str) -> regex.Pattern:
    """The compiled pattern `name`, bounded by word edges that work for letters and digits.
    Compiled on first use: the 15 patterns cost ~50 ms to compile, and a process's first article
    tries only those that can begin at its words."""
    b0, b1 = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
    b0_glued = r"(?:(?<![\p{L}\p{N}])|(?<=(?i:pada|tanggal|sejak|hingga)))"  # "pada11 Juli 2017" in sources
    p = _pattern_texts()[name]
    flags = regex.V1 | (regex.IGNORECASE if isinstance(p, _AnyCase) else 0)
    start = b0_glued if name == "named" else b0
    return compile_pattern(start + "(?:" + p + ")" + b1 if name != "clock" else b0 + "(?:" + p + ")", flags)


# Which kinds of first word each pattern can begin with ("digit": a run of digits, "paren": "(",
# the others: the kinds of `knowledge.temporal`). The tagger scans the text once for these and
# tries each pattern only where it can begin (a dozen match attempts per article instead of a
# dozen full scans).
_BEGINS = {
    "iso": ("digit",),
    "english": ("weekday", "month"),
    "named": ("digit", "weekday"),
    "numeric": ("digit", "paren", "weekday"),
    "clock": ("digit", "clockword"),
    "clock_part": ("clockword",),
    "day_only": ("tanggal",),
    "vague_year": ("vague",),
    "month_year": ("month", "vague", "bulan"),
    "year": ("digit", "tahun"),
    "season": ("season", "season_part", "vague"),
    "quarter": ("quarter",),
    "rel_weekday": ("weekday",),
    "rel_day": ("relday",),
    "rel_ago": ("digit", "number", "count"),
    "rel_in": ("within",),
    "rel_unit": ("vague", "bulan", "tahun", "unit"),
}


def _starts_with() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name, kinds in _BEGINS.items():
        for kind in kinds:
            out[kind] = out.get(kind, ()) + (name,)
    return out


# kind of first word -> the patterns that can begin there ("digit" is narrowed by _digit_patterns)
_STARTS_WITH = _starts_with()


@lru_cache(maxsize=1)
def _trigger_pattern() -> tuple[re.Pattern, dict[str, str]]:
    kinds = dict(temporal_words().cues)
    alt = trie_alternation(kinds)
    # "se" of sehari, sebulan, setahun ...: the unit must follow it, and end its word there
    word = rf"(?:(?:{alt})(?![^\W\d_])|se(?=(?:{SE_UNITS})(?![^\W\d_])))"
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
SE_UNITS = "hari|pekan|minggu|bulan|tahun|jam|menit|detik"


@lru_cache(maxsize=1)
def _heads() -> dict[str, re.Pattern]:
    """For the patterns tried most often in vain, how every match of theirs begins, loosened
    (case-insensitive, any one to three digits) and compiled with `re`: a `regex` match call
    costs several times a `re` one, and most candidate positions fail early (a day number that
    no month name follows, a month name that no day number follows, a number with no unit after
    it: ~7 of those an article, one "rel_ago" match in 25 articles)."""
    v = temporal_words()
    day = trie_alternation({w.lower() for w in v.weekdays})
    month = trie_alternation({w.lower() for w in v.months})
    num = trie_alternation({w.lower() for w in v.numbers})
    count = trie_alternation({w for w, kind in v.cues.items() if kind == "count"})
    season_part = trie_alternation({w for w, kind in v.cues.items() if kind in ("vague", "season_part")})
    heads = {
        "named": rf"(?:(?:{day})\s*,?\s*\(?\s*)?\d{{1,2}}"
                 rf"(?:\s*(?:-|–|s\.?d\.?|hingga|sampai(?:\s+dengan)?)\s*\d{{1,2}})?\s+(?:{month})",
        "english": rf"(?:(?:{day})\s*,\s*)?(?:{month})\.?\s+\d",
        "numeric": rf"(?:(?:{day})(?:\s*[-–]\s*(?:{day}))?\s*,?\s*)?\(?\s*\d{{1,2}}(?:[-–]\d{{1,2}}(?=/))?(?: ?/ ?|[.-])\d",
        "rel_ago": rf"(?:\d{{1,3}}|{num}|se|{count})\s*(?:{UNITS})",
        "season": rf"(?:(?:{season_part})(?:\s+(?:pertama|kedua))?\s+)?musim(?![^\W\d_])",
        "rel_in": rf"(?:dalam|dlm\.?)\s+(?:\d{{1,3}}|{num}|se)\s*(?:{UNITS})",
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
    if n <= 2 and (after in ("/", ".", "-", "–") or lower[end:end + 2] == " /"):
        names.append("numeric")  # 19/8/2024, 19.08.2024, 19-20/8, (21 / 9)
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


def candidate_starts(text: str) -> dict[str, list[int]]:
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


def matches(text: str, name: str, starts: dict[str, list[int]]) -> Iterator[regex.Match]:
    """The matches of pattern `name` in `text`, tried only at its `starts` (`candidate_starts`)."""
    positions = starts.get(name)
    if not positions:
        return
    compiled = pattern(name)
    head = _heads().get(name)
    for pos in positions:
        if head is not None and head.match(text, pos) is None:
            continue
        # no `timeout=`: it set up a timer per attempt, doubling the tagger's cost, and every
        # pattern is anchored here with bounded repetitions (tests/test_reliability.py)
        m = compiled.match(text, pos)
        if m is not None:
            yield m
