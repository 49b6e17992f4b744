"""Over a text's chosen expressions: the writing day the text states itself (`text_anchor`) or its
lead implies (`lead_day`), and relative expressions the text anchors (`anchor_in_text`: the
narrative's `keesokan harinya` from the story's last date, clock times from the day around them).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import regex

from polsek_nlp.knowledge.lexicon import statement_verbs
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_list, word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.recognize.timex_calendar import Timex
from polsek_nlp.recognize.timex_relative import FROM_HAPPENING, NARRATIVE, day_delta, from_story
from polsek_nlp.recognize.timex_tagger import AFFIXED_VERB

_TEXT_ANCHOR = compile_pattern(r"\s*\(?\s*(?P<rel>kemarin|hari\s+ini|tadi)\b", regex.I)
# "Hari ini, Minggu (19 / 3)", "besok, Senin (20/3)", "kemarin (11 / 5)": the deictic word, then its date
_TEXT_ANCHOR_BEFORE = compile_pattern(r"(?i)(?<![\p{L}])(?P<rel>kemarin|hari\s+ini|besok)\s*,?\s*$")


def text_anchor(text: str, found: list[Timex]) -> dt.date | None:
    """The writing day the text itself states, from an explicit date followed by a deictic word
    (`Sabtu (28/10) kemarin`) or one that follows it (`Hari ini, Minggu (19/3)`, `besok, Senin (20/3)`)."""
    for t in found:
        if t.relative or t.granularity not in ("day", "time") or not t.value:
            continue
        day = dt.date.fromisoformat(t.value[:10])
        after = _TEXT_ANCHOR.match(text, t.end, t.end + 20)  # "Sabtu (28/10) kemarin"
        if after:
            return day - dt.timedelta(days=day_delta(after.group("rel")))  # the writing day from the day named
        before = _TEXT_ANCHOR_BEFORE.search(text, max(0, t.start - 20), t.start)  # "besok, Senin (20/3)"
        if before:
            return day - dt.timedelta(days=day_delta(before.group("rel")))
    return None


def lead_day(text: str, found: list[Timex], published: dt.date) -> dt.date | None:
    """The writing day a text implies when it names none outright: the latest day it states (an
    explicit date or a bare weekday, `kata Budi, Jumat`; a schedule's later days aside) is the day
    before publication, and it says `hari ini` or `tadi`: a report written that day and published
    (or collected) the next, whose `hari ini` is that day. A `kemarin` agrees only when the text
    states the day before that day too (else `kemarin` is that day, written from the publication day)."""
    days = {d for d in map(_stated_day, found) if d is not None and d <= published}
    if not days:
        return None
    day = max(days)
    if (published - day).days != 1:
        return None
    deictic = [t.text.lower() for t in found if t.relative]
    if not any("hari ini" in r or "tadi" in r for r in deictic):
        return None
    if any("kemarin" in r for r in deictic) and day - dt.timedelta(days=1) not in days:
        return None
    return day


def _stated_day(t: Timex) -> dt.date | None:
    """The day an explicit date or a bare weekday (`Jumat`) states."""
    if _explicit_day(t) or t.relative and t.granularity == "day" and t.value and len(t.value) == 10 \
            and t.text.lower() in temporal_words().weekdays:
        return dt.date.fromisoformat(t.value[:10])
    return None


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


def _anchored(text: str, t: Timex, nxt: Timex | None, last_day: str | None, last_time: str | None,
              night: bool = False, prev: Timex | None = None, story_at: int = -1, elsewhere: bool = False) -> Timex:
    """A relative expression `t` as the text around it anchors it (see `anchor_in_text`)."""
    next_day = _explicit_day(nxt)
    if t.granularity == "day" and next_day and _APPOSITION.fullmatch(text, t.end, nxt.start):
        return replace(t, value=next_day)
    narrative = NARRATIVE.match(t.text)
    if narrative is not None:
        if narrative.group("dir") and narrative.group("dir").lower() in FROM_HAPPENING:
            if (prev_day := _day_of(prev)) and _APPOSITION_AFTER.fullmatch(text, prev.end, t.start):
                return replace(t, value=prev_day)  # `Senin (10/4), dua hari setelah membunuh ...`
            last_day, last_time = _happening_day(text, t, nxt, next_day, last_day, last_time, story_at, elsewhere)
        value = from_story(narrative, last_day, last_time)
        return t if value is None else replace(t, value=value)
    if t.granularity in ("time", "range") and t.value and "T" in t.value and _CLOCK_WRITTEN.search(t.text):
        # "pukul 22.00 Wita Sabtu malam": that Saturday; after a comma a day opens the next clause
        # ("Jumat (28/2) ... pukul 22.00, Minggu pagi barang bukti disita") unless no day came before
        next_day = next_day or _weekday_after(text, t, nxt, last_day)
        if next_day and _DATE_AFTER_CLOCK.fullmatch(text, t.end, nxt.start):
            return _on_day(t, next_day)
        if last_day:
            return _on_day(t, _after_night(last_day, t) if night and not _looks_back(text, t) else last_day)
    return t


# a count set off after a day restates that day from the happening it counts from (`ditangkap Senin (10/4), dua hari
# setelah membunuh korban`: the arrest's Monday, the killing two days before it)
_APPOSITION_AFTER = compile_pattern(r"\s*,\s*")
_SAME_CLAUSE = compile_pattern(r"[^,.;:!?\n]{1,80}")  # the happening's own day written in the count's clause
_SAME_SENTENCE = compile_pattern(r"[^.;:!?\n]{1,80}")


def _day_of(t: Timex | None) -> str | None:
    """The day a day or clock time names, written or relative (`Jumat malam`)."""
    if t is None or t.granularity not in ("day", "time") or not t.value or len(t.value) < 10:
        return None
    return t.value[:10]


def _happening_day(text: str, t: Timex, nxt: Timex | None, next_day: str | None, last_day: str | None,
                   last_time: str | None, story_at: int, elsewhere: bool = False) -> tuple[str | None, str | None]:
    """The day (and clock time) a count from a happening the story names again counts from: the day the clause
    writes for that happening after it (`dua hari setelah ditangkap pada Jumat (7/4)`), else the story's last day
    (`... pada Sabtu (8/4) malam menyerahkan diri dua hari setelah kejadian`), written at `story_at`; for a happening
    named by its act (`setelah ditangkap`, `sebelum korban dilaporkan hilang`, `setelah penangkapan`), only when that
    day's sentence tells the same act (its root): else the act's day is not written (`ditemukan dua hari setelah
    korban dilaporkan hilang` after the day the victim left home). Not the story's last day either where the text
    has moved to another time since (`elsewhere`: `Pada 2015, rumah itu juga kemalingan, dan pelaku ditangkap dua hari
    setelah kejadian`), nor inside a quote opened after that day (`"Dulu pelakunya kami tangkap dua hari setelah
    kejadian," kata Kapolsek`: another case's happening), nor from a statement's day (`Kapolsek mengatakan, Senin
    (10/4), pelaku menyerahkan diri sehari setelah kejadian`: the happening's day is not written)."""
    if next_day and _SAME_CLAUSE.fullmatch(text, t.end, nxt.start):
        return next_day, nxt.value if nxt.granularity == "time" else None
    if next_day and _SAME_SENTENCE.fullmatch(text, t.end, nxt.start) and not _dates_statement(text, nxt):
        # `Sehari setelah kebakaran ..., Minggu (9/4), para pedagang`: the fire's day or the count's; not a statement's
        # day (`... sehari setelah kejadian, kata Kapolsek, Senin (10/4).`)
        return None, None
    if elsewhere or (story_at >= 0 and (len(_QUOTE_MARKS.findall(text, story_at, t.start)) % 2
                                        or _SAID_RIGHT_BEFORE.search(text, max(0, story_at - 40), story_at))):
        return None, None
    act = _act_named(text, t.end)
    if act is not None and (story_at < 0 or not _sentence_tells(text, story_at, root_of(act))):
        return None, None
    return last_day, last_time


# a verb of saying set off right before the story's day (`Kapolsek mengatakan, Senin (10/4), pelaku menyerahkan diri
# sehari setelah kejadian`): the day is the statement's, not the happening's
_SAID_RIGHT_BEFORE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation(statement_verbs()) + r")\s*,\s*$")
_QUOTE_MARKS = compile_pattern(r"[\"\u201c\u201d]")  # a quote's marks, straight or curly: an odd count opens one
_TWO_WORDS = compile_pattern(r"\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)")
_AFFIXED_VERB = compile_pattern(AFFIXED_VERB)
_WORD = compile_pattern(r"\p{L}+")


def _act_named(text: str, end: int) -> str | None:
    """The word of one act a count names its happening by (`setelah ditangkap`, `setelah korban dilaporkan`, `setelah
    penangkapan`); None for a noun of whatever happened (`kejadian`, `peristiwa`: `words/event_anaphors.tsv`)."""
    m = _TWO_WORDS.match(text, end)
    if m is None:
        return None
    for word in (m.group(1), m.group(2)):
        if word is None:
            continue
        if word in word_set("event_anaphors", "kind", "generic"):
            return None
        if word in word_set("event_anaphors", "kind", "act") or _AFFIXED_VERB.fullmatch(word):
            return word
    return None


def _sentence_tells(text: str, at: int, root: str) -> bool:
    """The sentence written around `at` holds a word of the root `root`."""
    start = _sentence_start(text, at)
    end = _SENTENCE_END.search(text, at)
    return any(root_of(w.group(0).lower()) == root for w in _WORD.finditer(text, start, end.start() if end else len(text)))


def _weekday_after(text: str, t: Timex, nxt: Timex | None, last_day: str | None) -> str | None:
    """The day of a relative day written after a clock time that is no count from the story (`Sabtu malam`,
    `Minggu dini hari`, `kemarin`; not `keesokan harinya`), as its reader dated it: right after the clock,
    or after a comma when the text stated no day before (else the comma opens another clause's day)."""
    if nxt is None or not nxt.relative or nxt.granularity != "day" or not nxt.value or len(nxt.value) != 10 \
            or NARRATIVE.match(nxt.text):
        return None
    if last_day and "," in text[t.end:nxt.start]:
        return None
    return nxt.value


def _after_night(day: str, t: Timex) -> str:
    """The day a small-hours clock time (`pukul 00.09`, before 06:00) of a night told as a day's
    (`demo 4 November malam`) falls on: the next one."""
    if int(t.value[11:13]) >= _NIGHT_ENDS:
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


_NIGHT_ENDS = 6  # the small hours (dini hari) end at dawn
_NIGHTS = word_set("night_words")
_NIGHT_ENDINGS = tuple(_NIGHTS)  # for str.endswith, built once
_NIGHT_AFTER = compile_pattern(r"\s*(?i:" + trie_alternation(_NIGHTS) + r")(?![\p{L}])")
# "Sebelumnya, pelaku membobol rumah korban sekitar pukul 02.00 WIB": a look back, in the clock time's sentence
_FLASHBACK = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation(word_set("flashback_cues")) + r")(?![\p{L}])")
_SENTENCE_END = compile_pattern(r"[.!?\n](?=\s)|\n")


def _looks_back(text: str, t: Timex) -> bool:
    """The sentence of the clock time `t` opens a look back (`Sebelumnya, ...`) before it."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, t.start - 300), t.start):
        start = m.end()
    return bool(_FLASHBACK.search(text, max(start, t.start - 300), t.start))


def _told_as_night(text: str, t: Timex) -> bool:
    """A day written with its night (`4 November malam`, `Kamis (3/11) malam`)."""
    return t.granularity == "day" and (t.text.lower().endswith(_NIGHT_ENDINGS) or bool(_NIGHT_AFTER.match(text, t.end)))


# a day set off by commas between its speaker and a verb of saying (`Kapolres X, Selasa (11/3), mengatakan`): the
# statement's day, not the day of the clock times its content tells
_SET_OFF_BEFORE = compile_pattern(r"[\p{L}\d]\)?\s*,\s*$")
_SAID_AFTER = compile_pattern(r"\s*,\s*(?i:" + trie_alternation(statement_verbs()) + r")(?![\p{L}])")


def _dates_statement(text: str, t: Timex) -> bool:
    """The day `t` dates a statement: set off by commas right before a verb of saying, or set off at the end of a
    sentence that a cue of saying opens before it (`"...," kata X di Mapolres, Senin (19/5).`)."""
    if not _SET_OFF_BEFORE.search(text, max(0, t.start - 4), t.start):
        return False
    return bool(_SAID_AFTER.match(text, t.end) or _SENTENCE_CLOSE.match(text, t.end)
                and _STATEMENT_CUE.search(text, _sentence_start(text, t.start), t.start))


def _over_midnight(t: Timex) -> Timex:
    """A range of clock times whose second end reads earlier than the first (`pukul 23.00-02.00`, `pukul 22.00
    hingga 01.00 WIB`) ends on the next day."""
    if t.granularity != "range" or not t.value or t.value.count("/") != 1:
        return t
    a, b = t.value.split("/")
    if len(a) != 16 or len(b) != 16 or a[:10] != b[:10] or b[11:] >= a[11:]:
        return t
    day = dt.date.fromisoformat(a[:10]) + dt.timedelta(days=1)
    return replace(t, value=f"{a}/{day.isoformat()}{b[10:]}")


def _said_on(text: str, t: Timex, found: list[Timex], i: int, anchor: dt.date) -> dt.date | None:
    """The day of the statement that says the relative day `t` (`dua hari lalu`, `kemarin`), when the text writes
    it after `t` and before publication: the next explicit day, in the same or the next sentence, after a cue of
    saying in its sentence (`X mengatakan pencurian terjadi dua hari lalu. "...," kata X saat ditemui, Selasa
    (11/3)`), with `t` itself told as a saying (a verb of saying or a quote before it in its sentence)."""
    nxt = next((u for u in found[i + 1:] if _explicit_day(u)), None)
    if nxt is None or nxt.start - t.end > _SAID_REACH or _APPOSITION.fullmatch(text, t.end, nxt.start):
        return None  # (`kemarin (12/7)`: the day `t` names itself, not the statement's)
    day = dt.date.fromisoformat(nxt.value[:10])
    if not 0 < (anchor - day).days <= 3 or len(_SENTENCE_END.findall(text, t.end, nxt.start)) > 1:
        return None
    if not _STATEMENT_CUE.search(text, _sentence_start(text, nxt.start), nxt.start):
        return None
    return day if _SAYING_BEFORE.search(text, _sentence_start(text, t.start), t.start) else None


_SAID_REACH = 400
_SENTENCE_CLOSE = compile_pattern(r"\s*[.!?](?:\s|$)")
_STATEMENT_CUE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation(word_list("statement_cues")) + r")")
_SAYING_BEFORE = compile_pattern(r"(?<![\p{L}])(?i:" + trie_alternation(statement_verbs()) + r")(?![\p{L}])|[\"“]")
_DEICTIC = compile_pattern(r"(?i)(?<![\p{L}])(?:kemarin|lalu|silam)(?![\p{L}])")


def _sentence_start(text: str, pos: int) -> int:
    start = max(0, pos - 300)
    for m in _SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    return start


def _from_statement(text: str, t: Timex, found: list[Timex], i: int, anchor: dt.date | None) -> Timex:
    """A day counted back from publication (`dua hari lalu`, `kemarin`) counted from the day of the statement
    that says it instead, when the text writes that day (`_said_on`)."""
    if anchor is None or t.granularity != "day" or not t.value or len(t.value) != 10 or NARRATIVE.match(t.text) \
            or not _DEICTIC.search(t.text) or t.text.lower() in temporal_words().weekdays:
        return t
    said = _said_on(text, t, found, i, anchor)
    if said is None:
        return t
    back = (anchor - dt.date.fromisoformat(t.value)).days
    if back <= 0:
        return t
    return replace(t, value=(said - dt.timedelta(days=back)).isoformat())


def anchor_in_text(text: str, found: list[Timex], anchor: dt.date | None = None) -> list[Timex]:
    """Relative expressions the text itself anchors, left to right:
    - a relative day in apposition to an explicit one takes its value (`besok, Senin (20/3)`);
    - the narrative's own relative expressions (`keesokan harinya`, `tiga hari kemudian`, `malam
      sebelumnya`, `lima menit kemudian`) count from the story's last date or clock time before
      them, not from publication;
    - a clock time alone (`pukul 13.00 WIB`) takes the day written right after it (`pukul 18.00
      WIB pada 31 Desember 2017`), else the day of the nearest date before it, as news writes it;
      after a day told with its night (`4 November malam`), a small-hours time is the next day's; not the day
      of a statement (`_dates_statement`), which the narrative's counts skip too;
    - a day counted back from publication (`anchor`, the day relative days were counted from) counts from the day
      of the statement that says it, written after it (`_from_statement`);
    - a range of clock times over midnight ends on the next day (`_over_midnight`)."""
    out: list[Timex] = []
    last_day: str | None = None
    last_time: str | None = None
    night = False  # the last day was told with its night: a small-hours clock time after it is the next day's
    # the day written before a statement's day (`X, Selasa (11/3), mengatakan ... pukul 23.30`; `kata X dalam
    # konferensi pers, Senin (19/5). ... keesokan harinya`): the story's day a clock time alone and the narrative's
    # counts fall on while the statement's day is the last one written
    prior: str | None = None
    prior_night = False
    last_at = prior_at = -1  # where the last day and the prior one were written
    elsewhere = False  # a year or month written since the last day that is not that day's (`Pada 2015, ...`)
    for i, t in enumerate(found):
        if t.relative:
            story = prior or last_day
            t = _anchored(text, t, found[i + 1] if i + 1 < len(found) else None, story, last_time,
                          prior_night if story != last_day else night, out[-1] if out else None,
                          prior_at if prior else last_at, elsewhere)
            t = _from_statement(text, t, found, i, anchor)
        if t.granularity in ("year", "month") and t.value and last_day and not last_day.startswith(t.value):
            elsewhere = True
        if t.granularity in ("day", "time") and t.value and len(t.value) >= 10:
            if t.granularity == "day" and last_day is not None and last_day != t.value[:10] \
                    and _dates_statement(text, t):
                prior, prior_night, prior_at = last_day, night, last_at
            else:  # any other day or clock time written after a statement's day is the story's again
                prior = None
            night = t.value[:10] == last_day and night if t.granularity == "time" else _told_as_night(text, t)
            last_day, last_at, elsewhere = t.value[:10], t.start, False
            if t.granularity == "time":
                last_time = t.value
            elif last_time is not None and last_time[:10] != last_day:
                last_time = None
        out.append(_over_midnight(t))
    return out
