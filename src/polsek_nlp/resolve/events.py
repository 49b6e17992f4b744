"""`polsek_events`: what happened (type, name), when, where, who led, who took part, and why.

Event types come from `data/event_types.tsv`: trigger roots (matched on the roots of the body's
words as `lang.stemming.root_of` gives them, so `menangkap`, `ditangkap`, `penangkapan` all hit
`tangkap`) and phrases (matched on
the lowercased text). Hits in the title and the lead count double; each type's weight breaks ties.
The result is `doc._.event`, an `EventInfo`.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import (
    data_of,
    doc_lower,
    doc_text,
    ent_iob_array,
    ext,
    flagged_tokens,
    group,
    held_sentence_bounds,
    lower_keys,
    sentence_bounds,
    sentence_start_chars,
    span_text,
)
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import RegionInfo, gazetteer, region_of_unit, resolve
from polsek_nlp.knowledge.lexicon import PhraseTable, reporting_verb_heads, statement_verbs
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_list, word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE
from polsek_nlp.lang.wordflags import word_flag, word_set_flag
from polsek_nlp.recognize.persons import PersonEntity
from polsek_nlp.recognize.timex import find_timexes
from polsek_nlp.recognize.timex_calendar import number_of
from polsek_nlp.recognize.timex_relative import NARRATIVE, NARRATIVE_FORWARD
from polsek_nlp.recognize.timex_years import plan_wording, schedule_noun, scheduled
from polsek_nlp.recognize.units import verb_shape

if not Doc.has_extension("event"):
    Doc.set_extension("event", default=None)

_STATEMENT_CUES = "|".join(map(re.escape, word_list("statement_cues")))  # the words of a statement, one alternation
_STATEMENT = compile_pattern(
    r"(?i)(?<![\p{L}])(?:" + _STATEMENT_CUES + r")\w*"
    r"(?![\p{L}])(?:[^.!?\"“”\n]|\.(?=\w))*$")  # (a dot inside a word, `kumparan.com`, ends no sentence)
# a verb of saying right after a day that follows its speaker (`Kapolsek X, Rabu (12/6), mengatakan ...`): the
# day is the statement's as after `kata X`; a verb of saying that comes first (`X mengatakan, pelaku ditangkap
# Senin`) dates nothing: the day is the act's it reports. Only a day set off by a comma after its speaker
# (`_SET_OFF`, `_dates_statement`), and only a plain verb of saying (`statement_verbs`): `Pelaku yang ditangkap
# Senin (9/6) mengaku ...` dates the arrest
_SAYING = trie_alternation(statement_verbs())  # the verbs of saying as one alternation, built once
_SAID_AFTER = re.compile(r"\s*,?\s*(?:" + _SAYING + r")\b", re.IGNORECASE)
_SET_OFF = re.compile(r"[^\W_]\)?\s*,\s*$")
_SAYING_WORD = re.compile(r"(?<!\w)(?:" + _SAYING + r")\b", re.IGNORECASE)  # a verb of saying anywhere
# a day set off by commas right after a verb of saying that follows its speaker (`Kapolsek X mengatakan, Rabu (11/6),
# pelaku ditangkap pada Senin (9/6)`): the statement's day as in the day-first form, the days after it its content
_SAID_BEFORE = re.compile(r"(?<!\w)(?:" + _SAYING + r")\s*,\s*$", re.IGNORECASE)
_SET_OFF_AFTER = re.compile(r"\s*,")
_PRONOUN_SET_OFF = re.compile(r"(?<!\w)(?:" + trie_alternation(word_list("speaker_pronouns")) + r")\s*,\s*$",
                              re.IGNORECASE)  # `Ia, Rabu (12/6), mengatakan`: a speaker named before
MIN_SCORE = 1.5  # one trigger outside the lead, or a weak type in it, is not enough
# matched on the lowercased text with the standard library's `re`, the words as a trie
# no leading \b: re scans a plain alternation of words ~2x faster; where a match starts is
# checked after (a word inside a longer word is no cue, and no cue can start inside one)
_PRESENCE = re.compile("(?:" + trie_alternation(word_list("presence_cues")) + r")\b")
_WORD_CHAR = re.compile(r"\w")
_LEAD = compile_pattern(r"(?i)\bdipimpin(?:\s+langsung)?(?:\s+oleh)?\s*,?\s*")
_PURPOSE = compile_pattern(r"(?i)\bdalam rangka\s+(?P<p>[^,.;\n]{3,200})")


@dataclass(frozen=True)
class EventType:
    type: str
    label: str
    triggers: frozenset[str]
    weight: float


@dataclass
class EventInfo:
    type: str = "lainnya"
    secondary_types: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    name: str | None = None
    date: str | None = None
    date_source: str | None = None  # "text" (a date the article states), None, "published" (published_fallback)
    venue: str | None = None
    region: RegionInfo | None = None
    leader: str | None = None
    participants: list[str] = field(default_factory=list)
    purpose: str | None = None


@lru_cache(maxsize=1)
def event_types() -> tuple[list[EventType], dict[str, list[str]], PhraseTable]:
    """Types; trigger root → types; the phrases, matched on lowercased tokens, → type."""
    types, by_stem, by_phrase = [], {}, {}
    for row in read_table("event_types.tsv"):
        et = EventType(row["type"], row["label"], frozenset(split_cell(row["triggers"])), float(row["weight"] or 1))
        types.append(et)
        for stem in et.triggers:
            by_stem.setdefault(stem, []).append(et.type)
        for phrase in split_cell(row["phrases"]):
            by_phrase.setdefault(phrase.lower(), [et.type])
    return types, by_stem, PhraseTable(by_phrase, attr="LOWER")


@lru_cache(maxsize=1)
def _type_weights() -> dict[str, float]:
    return {t.type: t.weight for t in event_types()[0]}


_WORD_TYPES: dict[int, tuple[str, ...]] = {}  # LOWER key -> the types its word triggers


def _doc_triggers(doc: Doc) -> tuple[numpy.ndarray, list[tuple[int, tuple[str, ...]]]]:
    """The Doc's LOWER keys, and its distinct keys that trigger event types as (key, types), in
    key order; computed once per Doc."""
    memo = view(doc).memo
    cached = memo.get("triggers")
    if cached is not None:
        return cached
    lower = lower_keys(doc)
    at = flagged_tokens(doc, _TRIGGER)  # a few words an article
    distinct = set(lower[at].tolist()) if at else set()
    if len(_WORD_TYPES) > WORD_CACHE_SIZE:  # bounded
        _WORD_TYPES.clear()
    found: dict[int, tuple[str, ...]] = {}  # (read into a local dict: another thread may empty the cache)
    for key in distinct:
        hit = _WORD_TYPES.get(key)
        if hit is None:
            hit = _WORD_TYPES[key] = _types_of_word(doc.vocab.strings[key])
        found[key] = hit
    triggers = [(key, found[key]) for key in sorted(found) if found[key]]
    out = memo["triggers"] = (lower, triggers)
    return out


def _trigger_tokens(doc: Doc, lower: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The positions of the tokens the trigger flag marks and their LOWER keys, once per Doc: every token of a
    trigger key carries the flag (both are read off the lowercase word), so each key's tokens, in order, are the
    whole array's (s25spd4; `_type_scores` and `_trigger_sentences` read them)."""
    memo = view(doc).memo
    cached = memo.get("trigger_tokens")
    if cached is None:
        at = numpy.array(flagged_tokens(doc, _TRIGGER), dtype=numpy.intp)
        cached = memo["trigger_tokens"] = (at, lower[at])
    return cached


def _types_of_word(word: str) -> tuple[str, ...]:
    """Event types a lowercase word triggers through its root (or as it is)."""
    if word.isalpha() and len(word) >= 3 and _could_trigger(word):
        by_root = event_types()[1]
        return tuple(by_root.get(root_of(word)) or by_root.get(word) or ())
    return ()


# a token whose lowercase form triggers some type (its types are looked up by its LOWER key)
_TRIGGER = word_flag(lambda t: bool(_types_of_word(t.lower())))


@lru_cache(maxsize=1)
def _trigger_fragments() -> re.Pattern:
    """A word can have a trigger as its root only if it holds the trigger less its first letter
    (the stemmer restores a first consonant that a prefix swallowed: menangkap -> tangkap).
    Searched in every new word (a word flag): the standard library's `re` over the fragments
    factored into a trie takes ~0.4 us a word, `regex` over their plain alternation ~3.7 us."""
    return re.compile(trie_alternation({stem[1:] for stem in event_types()[1] if len(stem) > 2}))


def _could_trigger(word: str) -> bool:
    return word in event_types()[1] or _trigger_fragments().search(word) is not None


def _lead_end(doc: Doc, sentences: int = 2) -> int:
    """Character offset where the lead (title + first two body sentences, or `sentences`) ends."""
    header = ext(doc, "header")
    body_start = header.body_start if header is not None else 0
    text = doc_text(doc)
    count = 0
    for _, _, start_char, end_char in sentence_bounds(doc):
        if end_char <= body_start or not text[start_char:end_char].strip():
            continue
        count += 1
        if count == sentences:
            return end_char
    return len(doc_text(doc))


_QUOTE_OPEN_MAX = 3  # sentences a quote of the lead may span before its attribution; an unclosed quote ends nothing


def _quote_open(text: str) -> bool:
    """A quote is open at the end of `text`: an odd count of straight double quotes, or more opening curly ones
    than closing."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _dated_lead_end(doc: Doc, sentences: int = 2) -> int:
    """Where the lead ends as its dates are read: as `_lead_end`, a sentence that ends inside a quote counted with the
    ones up to the quote's close (`"Apa pun upaya ... . Ada 100 advokat ...," ujar X, hari ini.` is one sentence: the
    statement's day, its attribution, stands in the lead); as `_lead_end` where a quote stays open longer."""
    header = ext(doc, "header")
    body_start = header.body_start if header is not None else 0
    text = doc_text(doc)
    count = inside = 0
    for _, _, start_char, end_char in sentence_bounds(doc):
        if end_char <= body_start or not text[start_char:end_char].strip():
            continue
        if _quote_open(text[body_start:end_char]):
            inside += 1
            if inside > _QUOTE_OPEN_MAX:
                return _lead_end(doc, sentences)
            continue
        count, inside = count + 1, 0
        if count == sentences:
            return end_char
    return len(text)


def classify(doc: Doc, lead_end: int | None = None,
             min_score: float = MIN_SCORE) -> tuple[str, list[str], dict[str, float]]:
    weights = _type_weights()
    if lead_end is None:
        lead_end = _lead_end(doc)
    scores = _type_scores(doc, _token_at(doc, lead_end))
    weighted = {t: sc * weights.get(t, 1.0) for t, sc in scores.items() if t != "lainnya"}
    if not weighted or max(weighted.values()) < min_score:
        return "lainnya", [], {t: round(sc, 2) for t, sc in weighted.items()}
    ranked = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[0][1]
    secondary = [t for t, sc in ranked[1:] if sc >= max(2.0, 0.4 * top)]
    return ranked[0][0], secondary, {t: round(sc, 2) for t, sc in ranked}


def _type_scores(doc: Doc, lead_tokens: int) -> Counter[str]:
    """Each type's trigger words and phrases outside names, counted double in the lead (its first
    `lead_tokens` tokens)."""
    phrases = event_types()[2]
    scores: Counter[str] = Counter()
    lower, triggers = _doc_triggers(doc)
    outside = _outside_names(doc, len(lower))
    spoken = _spoken_of(doc, len(lower))
    if triggers:
        at, keys = _trigger_tokens(doc, lower)  # only the flagged tokens weighed (s25spd4)
        weight = numpy.where(at < lead_tokens, 2.0, 1.0) * outside[at] * spoken[at]
        for key, types_ in triggers:
            total = float(weight[keys == key].sum())
            if total:
                for t in types_:
                    scores[t] += total
    for start, _end, form in phrases.find(doc):
        if not outside[start]:
            continue
        for t in phrases.get(form):
            scores[t] += (2.0 if start < lead_tokens else 1.0) * spoken[start]
    return scores


MENTIONED_WEIGHT = 0.25  # a trigger in a clause that demands or protests an act (`mention_cues.tsv`)


# the mention cues and the marks that end their clause, as word flags (matched on the lowercased word, as the
# LOWER keys they were compared with: two look-ups a new word, a list of tokens a Doc, no array search an article)
_MENTION_CUE_FLAG = word_set_flag(lowered=word_list("mention_cues", "role", "cue"))
_CLAUSE_END_FLAG = word_set_flag(lowered=word_list("mention_cues", "role", "end"))


def _spoken_of(doc: Doc, n: int) -> numpy.ndarray:
    """Each of the `n` tokens' factor: MENTIONED_WEIGHT from a mention cue to the end of its clause, else 1."""
    factor = numpy.ones(n)
    cues = flagged_tokens(doc, _MENTION_CUE_FLAG)
    if not cues:
        return factor
    ends = flagged_tokens(doc, _CLAUSE_END_FLAG)
    for cue in cues:
        end = bisect_left(ends, cue)
        factor[cue + 1:ends[end] if end < len(ends) else n] = MENTIONED_WEIGHT
    return factor


def _outside_names(doc: Doc, n: int) -> numpy.ndarray:
    """True for the tokens that may trigger an event type: outside entities, post titles and unit
    names (Kasat Satresnarkoba)."""
    iob = ent_iob_array(doc)
    outside = (iob != 1) & (iob != 3)  # words inside entities are no triggers
    names = [k for k in (ext(doc, "post_phrases") or ()) if k < n]
    names += [k for span in group(doc, "institutions") for k in range(span.start, span.end)]
    if names:
        outside[names] = False  # nor are words of post titles and unit names (Kasat Satresnarkoba)
    return outside


def _trigger_sentences(doc: Doc, types: list[str], lead_end: int) -> tuple[set[int], list[int]]:
    """Start offsets of the sentences holding a trigger word of those `types` the lead (up to the
    character `lead_end`) names: the others are background (a strike or a hearing told later). With
    the start characters of those trigger words."""
    if not types or types == ["lainnya"]:
        return set(), []
    wanted = set(types)
    lower, triggers = _doc_triggers(doc)
    hits = [(key, hit) for key, hit in triggers if not wanted.isdisjoint(hit)]
    if not hits:
        return set(), []
    at, keys = _trigger_tokens(doc, lower)
    where = {key: at[keys == key].tolist() for key, _ in hits}
    lead_tokens = _token_at(doc, lead_end)
    named = {t for key, hit in hits if where[key][0] < lead_tokens for t in hit} & wanted
    hits = [(key, hit) for key, hit in hits if not named.isdisjoint(hit)]
    positions = sorted(k for key, _ in hits for k in where[key])
    return set(sentence_start_chars(doc, positions)), [doc[k].idx for k in positions]


def _token_at(doc: Doc, char: int) -> int:
    """The index of the first token that starts at or after `char`."""
    span = doc.char_span(0, char, alignment_mode="expand") if char < len(doc_text(doc)) else None
    return span.end if span is not None else len(doc)


@dataclass(frozen=True)
class _DateCues:
    """What the dates of an article are weighed against when one is chosen as the event's."""

    text: str
    published: dt.date | None
    event_sents: set[int]  # start offsets of the sentences that name the event
    lead_end: int
    headline: frozenset[str] = frozenset()  # roots of the headline's words (`KPK periksa X` -> periksa)
    headline_verbs: frozenset[str] = frozenset()  # roots of its affixed verbs (`Pelaku Penusukan X Ditangkap` -> tangkap)
    # roots of the acts the lead reports (the headline's words, else the first sentence's affixed verbs: `_lead_acts`)
    lead_acts: frozenset[str] = frozenset()
    # with no headline, the event types the first body sentence's main clause reports as its act (`Polisi menangkap
    # X yang merampok ...` -> penangkapan: `_lead_act_types`)
    lead_types: frozenset[str] = frozenset()
    said: dt.date | None = None  # the latest day a statement is dated with (`kata X, Senin (17/4)`)
    # the days a story moves on from (`Kamis (6/6). Keesokan harinya, ...`) and those it moves on to, by start
    moved_from: frozenset[int] = frozenset()
    moved_to: frozenset[int] = frozenset()
    # the relative days a dated statement reports its act on (`X, Rabu (8/10), menjelaskan penindakan dilakukan pada
    # Jumat pekan lalu`; `"Pelaku kami amankan Jumat malam," kata X, Senin (29/9)`): read against a written day, by start
    acts: frozenset[int] = frozenset()
    # the days told in a statement dated with a day before its verb (`X, Rabu (11/6), mengatakan razia ini buntut
    # tawuran Senin malam`) that date no act it reports (`_reports_act`): no event's day, as the statement's day
    told: frozenset[int] = frozenset()
    # the days a story moves on from to tell the headline's act (`Jasad X Ditemukan`: `hanyut, Minggu (3/9).
    # Keesokan harinya, tim SAR menemukan ...`), the headline's act not told at them
    passed: frozenset[int] = frozenset()
    # the days in a `yang` clause of a noun its sentence dates otherwise after the clause (`Sidang kasus
    # penganiayaan yang terjadi pada Jumat (9/6) ... digelar ..., Kamis (15/6)`): the noun's day, by start
    described: frozenset[int] = frozenset()
    # the days written right after another day of their sentence and a comma (`yang terjadi pada Sabtu (7/6), Senin
    # (9/6)`): a clause has one day, so the second is the main clause's, not the `yang` clause's, by start
    set_off: frozenset[int] = frozenset()
    # the days a state the lead reports up to a day of its own (`masih bermasalah hingga Sabtu (26/8)`) began on
    # (`sudah terasa sejak Jumat (25/8)`): the continuing event's start (`_state_starts`), no bound, by start
    state_starts: frozenset[int] = frozenset()
    days: tuple[int, ...] = ()  # the starts of the candidate days, in order (a main clause's own day, `_opening_clause`)
    mentions: tuple[int, ...] = ()  # the starts of every date of the text, of any granularity, in order
    types: tuple[str, ...] = ()  # the event types the lead names (`_tells_news`)
    release: int = -1  # the start of the day of a release of results the lead reports over a period (`_release_day`)
    announced: int = -1  # the start of the statement's day a lead announcing a plan rests on (`_announced_day`)
    # the candidate days written right after an outlet's name a citation verb opens (`_CITED`), by start: where that
    # citation starts (`_cited_report`); read once, where the text is scanned for the people named
    cited: dict[int, int] = field(default_factory=dict)
    # the starts of the people named (persons, officers), in order, where the text cites an outlet with a day
    # (`_cited_report`: `Mengutip Kapolres X, Senin (10/4), ...` cites a person, a statement)
    people: tuple[int, ...] = ()
    lowered: str = ""  # `text` in lower case, made once (`_modifier_clause` reads it for every candidate date, `_described_days` too)
    first_end: int = 0  # where the first body sentence ends (the lead's own day told in it: `_story_steps`)


def _event_date(doc: Doc, lead_end: int, types: list[str],
                published_fallback: bool = False) -> tuple[str | None, str | None]:
    """The main event's day, chosen among the body's day-level dates that are not well after
    publication by what their mentions show (`DATE_WEIGHTS`); none when the text states only
    background days or none at all (then the publication day with `published_fallback`). With
    where it came from: "text", "published" or None."""
    header = ext(doc, "header")
    published = header.published if header is not None else None
    timed = header is not None and header.published_precision == "time"  # the publication's time is known
    event_sents, event_words = _trigger_sentences(doc, types, lead_end)
    dated_end = _dated_lead_end(doc)  # the lead as its dates are read (a quote of the lead read whole)
    meta = ext(doc, "meta")
    text = doc_text(doc)
    title = meta.title if meta is not None else None
    spans = group(doc, "dates")
    bound = [_bound(text, s, 0) for s in spans]  # each date bounds a period (`sejak Senin`)
    headline = _headline_roots(title)
    first = "" if title else _first_sentence(doc)  # read by `_lead_acts` and `_lead_act_types` with no headline
    cues = _DateCues(text, published.date() if published is not None else None, event_sents, dated_end,
                     headline, _headline_roots(title, verbs=True), _lead_acts(title, headline, first),
                     lowered=text.lower(), lead_types=_lead_act_types(title, first), first_end=_lead_end(doc, 1),
                     mentions=_anchor_mentions(spans, bound), types=tuple(t for t in types if t != "lainnya"))
    candidates = _candidates(doc, published, timed)
    cited = {c.span.start_char: m.start() for c in candidates
             if (m := _CITED.search(text, max(c.sent_start, c.span.start_char - 120), c.span.start_char))}
    if cited:
        cues = replace(cues, cited=cited, people=tuple(sorted(s.start_char for name in ("persons", "officers")
                                                              for s in group(doc, name))))
    cues = replace(cues, release=_release_day(candidates, spans, bound, text, dated_end))
    writing = _with_clock_times(candidates, [_from_writing_day(c.span.text, c.d, c.when, cues.published)
                                             for c in candidates])
    said = _said_days(candidates, writing, cues.text)
    cues = replace(cues, said=max(said, default=None),
                   described=_described_days(candidates, text, cues.lowered, event_words),
                   set_off=_set_off_days(candidates, text), state_starts=_state_starts(candidates, text, dated_end, cues.published),
                   days=tuple(sorted(c.span.start_char for c in candidates)),
                   **_story_steps(candidates, cues))
    cues = replace(cues, announced=_announced_day(doc, candidates, cues))
    shift = _writing_day_shift(candidates, writing, cues)
    stated, reports, acts = _from_statement_day(candidates, published, cues)
    cues = replace(cues, acts=acts, told=_told_days(candidates, text, cues.lowered, acts))
    if reports:  # a statement's day its sentence counts the act back from is the report's (as `counted_back`)
        candidates = [c._replace(counted_back=True) if c.span.start_char in reports else c for c in candidates]
    # a day counted from a dated statement's day (`"... kemarin," kata X, Selasa (13/6)`), else "hari ini" of
    # a text written the day before its timestamp
    days = [s or (c.when + shift if shift and w else c.when)
            for c, w, s in zip(candidates, writing, stated, strict=True)]
    features = [_date_features(c, when, cues) for c, when in zip(candidates, days, strict=True)]
    support = Counter(day for day, _ in {(day, c.sent_start) for day, c, f in zip(days, candidates, features, strict=True)
                                         if not (f["plan"] or f["future"])})
    best: tuple[float, bool, bool, bool, int, int, str] | None = None
    best_of: tuple[_Candidate, dt.date] | None = None
    for c, when, shows in zip(candidates, days, features, strict=True):
        # weighing the same, the day of the headline's act (the conventions' "main happening reported in the
        # headline or lead"), told by its verb before its other words, then the day whose sentence names the lead's
        # event (`event`: `Kebakaran ... melanda ..., Senin malam. Tim ... mengendalikan api keesokan harinya`, the
        # step's day ties with the fire's by `lead` and `explicit`), then the day more sentences (support) point to,
        # then the earlier written one
        key = (_weighed(shows),
               _tells_headline(cues, c.sent_start, c.span.start_char, c.span.end_char, cues.headline_verbs),
               _tells_headline(cues, c.sent_start, c.span.start_char, c.span.end_char),
               shows["event"], support[when], -c.span.start_char, when.isoformat())
        if best is None or key > best:
            best, best_of = key, (c, when)
    if best is not None and best[0] >= BACKGROUND_ONLY and not _recalled_only(*best_of, cues):
        if cues.published is not None and best_of[1] > cues.published:
            stated_day = _statement_of_schedule(candidates, days, cues.published)
            return stated_day, "text" if stated_day else None
        return _counted_from_event(cues, candidates, *best_of) or best[-1], "text"
    headline_day = _headline_day(meta.title if meta is not None else None, published)
    if headline_day is not None:
        return headline_day, "text"
    if best is not None:
        return None, None
    if published_fallback and published is not None:
        return published.date().isoformat(), "published"
    return None, None


BACKGROUND_ONLY = -3.0  # the best date weighs less: every date is background, the event has no day


def _statement_of_schedule(candidates: list[_Candidate], days: list[dt.date], published: dt.date) -> str | None:
    """The event's day when the best-weighed day lies after publication: the lead's happening is still to come
    (`akan melakoni laga ... pada Rabu (4/10)`), reported only through its announcement, so the day of the statement
    that announces it (`kata X, Senin (2/10)`: a day a verb of saying dates, up to publication and within
    `REPORTED_WITHIN` days of it), the first one written; None when no such day is written (gold/README.md S81: a
    scheduled day after `published` is never the event date). `days`: each candidate's day as read."""
    return next((when.isoformat() for c, when in zip(candidates, days, strict=True)
                 if c.said is not None and 0 <= (published - when).days <= REPORTED_WITHIN), None)

# `dua hari setelah kejadian`, `sehari pascakejadian`: a count of days after the happening (`counted_from_event.tsv`)
_AFTER_EVENT = re.compile(r"(?<!\w)(?:(?P<n>\w+)\s+|se)hari\s+(?:" + trie_alternation(word_list("counted_from_event", "role",
                          "after")) + r")\s*(?:" + trie_alternation(word_list("counted_from_event", "role", "event"))
                          + r")(?!\w)", re.IGNORECASE)
COUNTED_FROM_EVENT_DAYS = 30  # a longer count is no step of one story


def _counted_from_event(cues: _DateCues, candidates: list[_Candidate], c: _Candidate, when: dt.date) -> str | None:
    """The day of the lead's act a lead counts in days from the happening (`Keduanya diringkus ... dua hari setelah
    kejadian`) when the chosen day is that happening's (its sentence names the event, no statement's day), the count
    comes before every date of the text (the date tagger has nothing to count from: after a date it counts or refuses
    to, review s21rvD) and its sentence has no day of its own: the happening's day and the count, as the story tells
    it (the robbery `Jumat (12/9)`, the arrest that Sunday); not after publication."""
    m = _AFTER_EVENT.search(cues.text, 0, cues.lead_end)
    if m is None or c.said or c.sent_start not in cues.event_sents or (cues.mentions and cues.mentions[0] < m.start()):
        return None  # a date before the count: the date tagger counts from it, or the count is another case's
    days = number_of(m.group("n") or "se")
    start = max((e.end() for e in _SENTENCE_END.finditer(cues.text, 0, m.start())), default=0)
    end = _SENTENCE_END.search(cues.text, m.end())
    end = end.start() if end else len(cues.text)
    if not days or days > COUNTED_FROM_EVENT_DAYS or any(start <= o.span.start_char < end for o in candidates):
        return None
    counted = when + dt.timedelta(days=days)
    return counted.isoformat() if cues.published is None or counted <= cues.published else None


# what ties a day to the lead event: a day weeks before publication (`weeks`) with none of them is background
_LEAD_TIES = ("event", "headline", "lead", "release")


def _recalled_only(c: _Candidate, when: dt.date, cues: _DateCues) -> bool:
    """The best day stands 8-30 days before publication (`weeks`) and nothing ties it to the lead event: outside the
    lead, in no sentence that names the event, with no headline word, no release, and it dates no saying (`Dalam
    referendum pada 1 Oktober yang dilarang ...` three weeks before a report on the government's answer): a
    background day the report recalls, as `weeks` says; the event has no day the text gives. A statement's day
    (`kata X kepada wartawan, Rabu (2/6)`) stays: the statement the report rests on."""
    if c.said or cues.published is None or not 7 < (cues.published - when).days <= 30:
        return False  # `weeks` also holds a day of the week before (`Jumat pekan lalu`), often the lead's own
    shows = _date_features(c, when, cues)
    return not any(shows[name] for name in _LEAD_TIES)


def _headline_day(title: str | None, published: dt.datetime | None) -> str | None:
    """The day a headline states (`Senin Dini Hari, Polisi Gerebek ...`), read against the
    publication, for an article whose body dates no event: the headline reports the lead event.
    Only a day of the month before publication (older ones are background, as in the body), not
    a scheduled one (`Akan Digelar Senin`), and not a bare weekday the date reader put in the past
    when the coming one is nearer (`Sidang Digelar Jumat` on a Wednesday: likely the coming trial)."""
    if not title or published is None:
        return None
    for t in find_timexes(title, published):
        if t.granularity != "day" or not t.value or scheduled(title, t.start, t.end):
            continue
        when = dt.date.fromisoformat(t.value[:10])
        back = (published.date() - when).days
        if 0 <= back <= 30 and not (t.relative and back > _WEEKDAY_BACK_MAX):
            return when.isoformat()
    return None


_WEEKDAY_BACK_MAX = 3  # a bare weekday further back than this is nearer as the coming one (7 - back < back)


class _Candidate(NamedTuple):
    """A day-level date of the body that may be the event's: its mention, its data, its day, the
    start of its sentence, the speech verb before it in that sentence (`kata X, Senin`) or right after it
    (`X, Senin (12/6), mengatakan`), if any, and
    whether that sentence counts the happening a week back from it (`_counted_back`)."""

    span: Span
    d: object
    when: dt.date
    sent_start: int
    said: re.Match | None
    counted_back: bool = False


def _candidates(doc: Doc, published: dt.datetime | None, timed: bool) -> list[_Candidate]:
    """The body's dates that may be the event's day (`_candidate_day`), each with its sentence's
    start and its speech verb, looked for once."""
    text = doc_text(doc)
    spans = group(doc, "dates")
    speakers: list[int] | None = None  # where the people and bodies that may speak start, read at the first need

    def spoken_before(sent_start: int, start: int) -> bool:
        nonlocal speakers
        if speakers is None:
            speakers = sorted(s.start_char for name in ("persons", "officers", "institutions") for s in group(doc, name))
        return _speaker_before(speakers, sent_start, start)

    out, weeks = [], []
    for span, sent_start in zip(spans, sentence_start_chars(doc, [s.start for s in spans]), strict=True):
        d = data_of(span)
        when = _candidate_day(span.text, d, published, timed)
        if when is not None:
            said = _STATEMENT.search(text, sent_start, span.start_char)
            if said is not None and out and _cue_spent(text, out[-1], said, sent_start, span.start_char):
                said = None
            if said is None and (after := _SAID_AFTER.match(text, span.end_char)) is not None \
                    and _SET_OFF.search(text, sent_start, span.start_char):
                said = after if (spoken_before(sent_start, span.start_char)
                                 or _PRONOUN_SET_OFF.search(text, sent_start, span.start_char)) else None
            elif said is None and _SET_OFF_AFTER.match(text, span.end_char) \
                    and (before := _SAID_BEFORE.search(text, sent_start, span.start_char)) is not None:
                said = before if spoken_before(sent_start, before.start()) else None
            out.append(_Candidate(span, d, when, sent_start, said))
        elif _week_back(span.text, d):
            weeks.append((sent_start, span.start_char, d.value[:10]))
    return [c._replace(counted_back=_counted_back(c, weeks, text)) for c in out] if weeks else out


def _cue_spent(text: str, prev: _Candidate, said: re.Match, sent_start: int, start: int) -> bool:
    """The cue of saying found before the day at `start` dates the statement's own day `prev`, written between them
    in the same sentence and followed by a verb of saying (`Kepada wartawan, Selasa (10/6), Kapolres X mengatakan
    pelaku ditangkap Minggu (8/6)`): the later day is what the statement tells, as in `Kapolres X, Selasa (10/6),
    mengatakan ...`, not the statement's."""
    return prev.sent_start == sent_start and prev.said is not None and said.start() < prev.span.start_char \
        and _SAYING_WORD.search(text, prev.span.end_char, start) is not None


def _release_day(candidates: list[_Candidate], spans, bound: list[bool], text: str, lead_end: int) -> int:
    """The start of the day of a release of results (`Hal itu disampaikan X dalam konferensi pers ..., Selasa (5/8)`:
    a dated statement whose sentence holds a release word, `words/release_cues.tsv`) when the lead reports its act
    over a period (a month or a range written in it, or a day that bounds a period: `Operasi X yang digelar pada 3
    hingga 16 November`, `menetapkan 23 tersangka sepanjang Januari hingga awal Agustus`) and no day before the
    release's is a day of its own (all bound a period): the conventions' "results over a period: the press
    conference". -1 when none. (`bound`: each of `spans` bounds a period, `_bound`.)"""
    if not any(s.start_char < lead_end and not _opened(text, s)
               and (getattr(data_of(s), "granularity", None) in _PERIODS or b) for s, b in zip(spans, bound, strict=True)):
        return -1
    for c in candidates:
        if c.said is not None and not c.d.relative:
            end = _CLAUSE_END.search(text, c.span.end_char)
            return c.span.start_char if _RELEASE.search(text, c.sent_start, end.start() if end else len(text)) else -1
        if not _bound(text, c.span, c.sent_start):
            return -1
    return -1


def _announced_day(doc: Doc, candidates: list[_Candidate], cues: _DateCues) -> int:
    """The start of the first dated statement's day (`di Denpasar, Rabu, mengatakan`, within a week before
    publication) when the first body sentence announces the headline's act as a plan (`Polda X Gelar Operasi ...`:
    `akan menggelar operasi ... mulai Senin (9/2)`) by a verb that names no happening of an event type (not `akan
    menangkap`), nor does a verb of the headline, the lead dates nothing up to publication but an earlier episode or a
    clause of another noun, and no other day's sentence names the act (`_names_lead_act`): the act lies ahead, the
    announcement is the news (genre tune grec-102). -1 when none."""
    if not cues.headline or cues.published is None or any(_types_of_word(r) for r in cues.headline_verbs):
        return -1  # (`Tiga Tersangka Diringkus`: the headline tells a happening the body may date in other words)
    header = ext(doc, "header")
    if not _planned_lead_act(cues, header.body_start if header is not None else 0, _lead_end(doc, 1)):
        return -1
    past = [c for c in candidates if c.when <= cues.published]
    statement = next((c for c in past if c.said is not None and (cues.published - c.when).days <= REPORTED_WITHIN), None)
    if statement is None:
        return -1
    others = [c for c in past if c is not statement]
    if any(_names_lead_act(c, cues) or (c.span.start_char < cues.lead_end and not _earlier(
            c, cues, _recalled(cues.text, c.sent_start, c.span.start_char))) for c in others):
        return -1
    return statement.span.start_char


def _planned_lead_act(cues: _DateCues, start: int, end: int) -> bool:
    """The text between `start` and `end` (the first body sentence) tells an act the lead reports (an affixed form of
    one of `cues.lead_acts`) right after a word of a plan that governs it (`schedule_words.tsv`: `akan menggelar`,
    `berencana untuk membangun`: `_PLAN_OF_VERB`), and none such that names a happening of an event type (`akan
    menangkap`, `terguling`): the act lies ahead. A plan word of another clause (`Menjelang Lebaran mendatang, Polres X
    menggelar`, `Polres X yang akan menerima ... menggelar`) makes no plan of the act (review of s24evd)."""
    acts = [m for m in _AFFIXED.finditer(cues.lowered, start, end)
            if (w := m.group(0)) not in _non_verbs() and (r := root_of(w)) != w and r in cues.lead_acts]
    return bool(acts) and _PLAN_OF_VERB.search(cues.text, start, acts[0].start()) is not None \
        and not any(_types_of_word(w) or w in _one_word_phrases() for w in (m.group(0) for m in acts))


@lru_cache(maxsize=1)
def _one_word_phrases() -> frozenset[str]:
    """The event types' phrases of one word (`terguling`, `penangkapan`): a word that names a happening as it is."""
    return frozenset(p.lower() for row in read_table("event_types.tsv") for p in split_cell(row["phrases"])
                     if " " not in p)


def _names_lead_act(c: _Candidate, cues: _DateCues) -> bool:
    """The sentence of a day, up to the end of the day's clause, holds an affixed verb or a noun of an act the lead
    reports (`Penetapan tersangka dilakukan usai gelar perkara pada Senin (9/3)`, `ditetapkan Senin`): the act is
    dated there. A lead's other day (an earlier episode, a clause of another noun: `Salah satunya pemilik kebun ...
    yang ditangkap Senin lalu`) with no such word is an aside, not the act's own day."""
    end = _CLAUSE_END.search(cues.lowered, c.span.end_char)
    sentence = cues.lowered[c.sent_start:end.start() if end else len(cues.lowered)]
    return any((r := root_of(w)) != w and r in cues.lead_acts
               for w in _AFFIXED.findall(sentence) + _ACT_NOUN.findall(sentence) if w not in _non_verbs())


_PERIODS = frozenset({"month", "range"})


def _opened(text: str, span) -> bool:
    """The date only opens a state that lasts (`komplotan yang beraksi sejak Januari 2025`: `sejak`, no end after
    it): the lead's background, no period its results are counted over (review of s18rec)."""
    return bool(_SINCE.search(text, max(0, span.start_char - 24), span.start_char)) \
        and not _BOUND_AFTER.match(text, span.end_char)


_SINCE = re.compile(r"\b(?:" + trie_alternation(word_list("background_cues", "where", "opens_state"))
                    + r")\s+(?:hari\s+|tanggal\s+|bulan\s+|tahun\s+)?$", re.IGNORECASE)
_RELEASE = re.compile(r"\b(?:" + trie_alternation(word_list("release_cues")) + r")\b", re.IGNORECASE)


def _speaker_before(speakers: list[int], sent_start: int, start: int) -> bool:
    """A person, officer or body named in the sentence before the day at `start` (`Kapolsek X, Rabu (12/6),
    mengatakan`; `Kasat Reskrim X saat ditemui di ruangannya, Kamis (13/6), menjelaskan`): the day's speaker."""
    k = bisect_left(speakers, sent_start)
    return k < len(speakers) and speakers[k] < start


def _story_steps(candidates: list[_Candidate], cues: _DateCues) -> dict[str, frozenset[int]]:
    """The narrative's steps forward (`keesokan harinya`, `dua hari kemudian`: a later day counted
    from the story's last one, `moved_to`) and the days they move on from (`moved_from`), by the
    start of their mentions: the later step is the one the story goes on to tell; `passed`, the days
    moved on from where the step tells the headline's act (with no title, the lead's: `_tells_lead_act`) and the day
    moved from does not. A day whose clause
    tells the headline's act where the step does not (`Pedagang Ditemukan Tewas`: `ditemukan tewas, Minggu (8/6).
    Keesokan harinya, polisi menangkap ...`) is no day moved on from: the step is the sequel, not the story. Nor is a
    day of the first sentence a step told in a later sentence counts from (`_sequel_of_lead`), the headline's act not
    told at the step alone: that step is no step of the story at all."""
    moved_from, moved_to, passed = set(), set(), set()
    for before, c in pairwise(candidates):
        step = NARRATIVE.match(c.span.text)
        if step is None or not (step.group("next") or step.group("dir") in NARRATIVE_FORWARD) or c.when <= before.when \
                or _date_between(cues.mentions, before.span.end_char, c.span.start_char):
            continue
        told_at_step = _tells_lead_act(cues, c)
        told_before = _tells_lead_act(cues, before)
        if not (told_at_step and not told_before) and _sequel_of_lead(cues, before, c):
            continue
        moved_to.add(c.span.start_char)
        if told_at_step and not told_before:
            passed.add(before.span.start_char)
        if told_at_step or not told_before:
            moved_from.add(before.span.start_char)
    return {"moved_from": frozenset(moved_from), "moved_to": frozenset(moved_to), "passed": frozenset(passed)}


def _tells_lead_act(cues: _DateCues, c: _Candidate) -> bool:
    """The clause of a candidate day tells the headline's act (`_tells_headline`) or, with no headline, the lead's act
    by a verb of its event type (`_tells_lead_type`: `Polisi menangkap dua pencuri ...` -> `Empat hari kemudian, ...
    mereka diringkus`, another verb of the arrest; genre tune read without titles, s30: grec-376), and its first verb
    is no act planned (`_planned_in_clause`)."""
    start, end = c.span.start_char, c.span.end_char
    return (_tells_headline(cues, c.sent_start, start, end) or _tells_lead_type(cues, c.sent_start, start, end)) \
        and not _planned_in_clause(cues, c)


def _planned_in_clause(cues: _DateCues, c: _Candidate) -> bool:
    """The first verb of a candidate day's clause (`_date_clause`) is governed by a word of a plan (`_PLAN_OF_VERB`:
    `Tiga hari kemudian, polisi akan menangkap ...`, `hendak ditangkap, tetapi kabur`): the act is ahead or tried, not
    done that day, as a denied one is (`belum ditangkap`). A plan of a later verb (`ditangkap saat hendak menjual`)
    leaves the act done. A verb is an affixed word of another root (not `mereka`) and no plan word (`berencana`)
    (review of s30evd)."""
    start, end = _date_clause(cues, c.sent_start, c.span.start_char, c.span.end_char)
    verb = next((m for m in _AFFIXED.finditer(cues.lowered, start, end) if (w := m.group(0)) not in _non_verbs()
                 and w not in _PLAN_WORDS and root_of(w) != w), None)
    return verb is not None and _PLAN_OF_VERB.search(cues.lowered, start, verb.start()) is not None


_PLAN_WORDS = word_set("schedule_words", "kind", "plan")


def _sequel_of_lead(cues: _DateCues, before: _Candidate, step: _Candidate) -> bool:
    """A step told inside a later sentence (`Jasad korban ditemukan keesokan harinya`) that counts from a day the first
    body sentence tells (`tewas diterkam buaya ..., Sabtu (8/11) sore`): the sequel of the lead's happening, no day the
    story moves on from nor a written day of its own (`_story_steps`: unless the headline's act is told at the step and
    not at that day, `Polisi Tangkap Pembunuh X`). The first sentence's own step (`terseret ombak ... pada Sabtu (27/12)
    sore ditemukan meninggal keesokan harinya`) moves on as before, and so does a step that opens its sentence (`Keesokan
    harinya, polisi menangkap ...`: the narrative moves on, s18) (genre tune, s29: grec-188, grec-343)."""
    return before.span.start_char < cues.first_end <= step.sent_start \
        and bool(cues.text[step.sent_start:step.span.start_char].strip(" \t\n,\"'\u201c"))


def _date_between(mentions: tuple[int, ...], start: int, end: int) -> bool:
    """A date a step may count from is written between `start` and `end` (`Senin (4/8) ... pada akhir Juli dan baru
    padam empat hari kemudian`: the step counts from the month written nearer it, not from the earlier day;
    `_anchor_mentions`)."""
    k = bisect_left(mentions, start)
    return k < len(mentions) and mentions[k] < end


def _anchor_mentions(spans, bound: list[bool]) -> tuple[int, ...]:
    """The starts of the text's dates a step of the story may count from, in order: no year (`sudah berjualan di sana
    sejak 2019`: background no `keesokan harinya` counts from) and no bound of a period (`sejak Senin`); a month or a
    part of one may be (`akhir Juli ... empat hari kemudian`); `bound`: each of `spans` bounds a period (`_bound`).
    Review of s18rec."""
    return tuple(sorted(s.start_char for s, b in zip(spans, bound, strict=True)
                        if getattr(data_of(s), "granularity", None) != "year" and not b))


def _week_back(text: str, d) -> bool:
    """A week counted back (`pekan lalu`, `sepekan lalu`): relative, in week units, in the past."""
    return d is not None and d.relative and bool(d.value) and _of_past_week(text) and _in_weeks(text)


def _counted_back(c: _Candidate, weeks: list[tuple[int, int, str]], text: str) -> bool:
    """The sentence of a written-out day sets the happening a week back from it (`Dilansir ..., Selasa
    (15/8), X menyampaikan kepada parlemen pekan lalu`; `pada Selasa (22/11) membenarkan ... tewas
    ... pekan lalu`): the day is the report's or the confirmation's. Not `Senin (12/6), pekan lalu`,
    where the week stands beside the day and names it."""
    if c.d.relative:
        return False
    return any(sent == c.sent_start and value < c.when.isoformat()
               and (start < c.span.start_char or text[c.span.end_char:start].strip(" ,")) for sent, start, value in weeks)


def _candidate_day(text: str, d, published: dt.datetime | None, timed: bool = False) -> dt.date | None:
    """The day of a date mention that may be the event's: day-level, stated in the body, not
    more than `FUTURE_DAYS` after publication (a month its weekday and the publication disagree
    with mended first; a bare clock time later than a `timed` publication's, the day before)."""
    if d is None or d.is_published or not d.value or d.granularity not in ("day", "time", "range"):
        return None
    if d.relative and (_in_weeks(text) or _weeks_read(text, d)):
        return None  # "pekan lalu": a week counted back, not a day
    try:
        when = dt.date.fromisoformat(d.value[:10])
    except ValueError:
        return None
    if published is not None:
        when = _weekday_mended(text, when, published.date())
        if timed and _clock_after(text, d, when, published):
            when -= dt.timedelta(days=1)
        if (when - published.date()).days > FUTURE_DAYS:
            return None  # a day after publication weighs `future` or `unscheduled` (`_date_features`)
    return when


FUTURE_DAYS = 7  # a day further after publication is no candidate: news reports the coming week's schedules


def _clock_after(text: str, d, when: dt.date, published: dt.datetime) -> bool:
    """A bare clock time lent the publication day (`bertahan selepas pukul 18.00 WIB` published
    at 15:45) that is later than the publication's time: a report tells the past, so the day before."""
    words = text.lower().split()
    if not d.relative or d.granularity != "time" or when != published.date() or not words:
        return False
    if words[0] not in _writing_words("clock") and not words[0][:1].isdigit():
        return False
    return d.value[11:16] > published.strftime("%H:%M")


def _weekday_mended(text: str, when: dt.date, published: dt.date) -> dt.date:
    """`Minggu (19 / 10)` in a text published on Monday 20 November: 19 October was a Thursday,
    19 November a Sunday. When the written weekday disagrees with the date and the same day of
    the publication's month (or the month before) agrees with it, within a week before the
    publication, the month is the slip: that day. Likewise the day and month read the other way
    round (`Rabu (9/6)` published Thursday 7 September: 6 September, a Wednesday)."""
    words = _WORD_OR_NUMBER.findall(text.lower())
    weekday = temporal_words().weekdays.get(words[0]) if words else None
    if weekday is None or when.weekday() == weekday:
        return when
    first = published.replace(day=1)
    # the day's number kept in the publication's month (or the month before); or the numbers written
    # month first (`Rabu (9/6)` for Wednesday 6 September: the slip of a writer used to 9/6 as m/d)
    days = [(month_start, when.day) for month_start in (first, (first - dt.timedelta(days=1)).replace(day=1))]
    if when.day <= 12:
        days.append((when.replace(month=when.day, day=1), when.month))
    for month_start, day in days:
        try:
            mended = month_start.replace(day=day)
        except ValueError:
            continue
        if mended.weekday() == weekday and 0 <= (published - mended).days <= 7:
            return mended
    return when


_WORD_OR_NUMBER = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The words of `temporal_cues.tsv` kind unit (`pekan`, `minggu`, `seminggu`), the weekday `minggu` among them."""
    return frozenset(row["word"] for row in read_table("temporal_cues.tsv") if row["kind"] == "unit")


@lru_cache(maxsize=1)
def _week_units() -> frozenset[str]:
    """The words of a week (`pekan`, `sepekan`; not the weekday `Minggu`): `_unit_words` less the weekdays."""
    return _unit_words() - temporal_words().weekdays.keys()


def _weeks_read(text: str, d) -> bool:
    """`Minggu` read by the tagger as the week, not the weekday (`"Minggu yang lalu sudah 89 persen," kata X`, `dua
    minggu yang lalu`): every weekday word of the mention is also a week's (`temporal_cues.tsv` kind unit) and its day
    is not that weekday, so the tagger counted weeks back from the writing day: no day of an act, as `pekan lalu`.
    Written lowercase (`pada minggu lalu`) the word is the week whatever the day: a week counted back from a Sunday's
    writing day falls on a Sunday too, which the day's test alone took for the weekday."""
    weekdays = temporal_words().weekdays
    words = text.split()
    named = {weekdays[w.lower()] for w in words if w.lower() in weekdays}
    if len(named) != 1 or any(w.lower() in weekdays and w.lower() not in _unit_words() for w in words):
        return False
    if any(w.islower() and w in weekdays for w in words):
        return True
    try:
        return dt.date.fromisoformat(d.value[:10]).weekday() not in named
    except ValueError:
        return False


def _in_weeks(text: str) -> bool:
    """A relative mention counted in weeks with no weekday (`pekan lalu`, `sepekan lalu`): no day.
    With a weekday it names one (`Kamis pekan lalu`, `Senin pekan depan`)."""
    words = text.lower().split()
    return not _week_units().isdisjoint(words) and temporal_words().weekdays.keys().isdisjoint(words)


def _of_past_week(text: str) -> bool:
    """A day of a week counted back (`Jumat pekan lalu`)."""
    words = text.lower().split()
    return "lalu" in words and not _week_units().isdisjoint(words)


def _said_days(candidates: list[_Candidate], writing: list[bool], text: str) -> list[dt.date]:
    """The days the text writes out (not read from the writing day) that date a statement (`kata X,
    Minggu (15/10)`)."""
    return [c.when for c, w in zip(candidates, writing, strict=True)
            if not w and c.said and not _bound(text, c.span, c.sent_start)]


def _from_statement_day(candidates: list[_Candidate], published: dt.datetime | None,
                        cues: _DateCues) -> tuple[list[dt.date | None], frozenset[int], frozenset[int]]:
    """For each candidate counted in days from the publication (`kemarin`, `tadi malam`, `dua hari lalu`,
    `hari ini`; `_in_days`) whose sentence dates a statement with a written-out day before publication
    (`"Pelaku kami tahan dua hari lalu," kata X, Rabu (14/6)`): its day counted from the statement's day, as
    the speaker counted it; else None (the day as the tagger read it). Not a word beside the statement's day
    that names it (`kemarin (12/7)`). And the starts of the statements' days that the act their quote opens
    with was counted back from (`"Tadi malam ada 30 motor kami amankan," kata X, Minggu (11/6)`), or that a day
    after it in the statement was (`X kepada wartawan, Rabu (12/6), pelaku ditangkap dua hari lalu`): the report's
    day, not the act's (as `counted_back`); a day counted back further in a quote that opens otherwise
    (`pelaksana unjuk rasa kemarin`) may be background the statement recalls. Any relative day the tagger
    anchored otherwise (`Jumat malam`, `sehari sebelumnya`, `Jumat pekan lalu`) makes the statement a report in
    the same places. Third, the starts of the days that made a statement a report: the acts it reports."""
    if published is None:
        return [None] * len(candidates), frozenset(), frozenset()
    text, lowered = cues.text, cues.lowered
    stated = {c.sent_start: c for c in reversed(candidates)
              if c.said and not c.d.relative and c.when <= published.date()}
    out: list[dt.date | None] = []
    reports, acts = set(), set()
    for c in candidates:
        statement = stated.get(c.sent_start)
        day = earlier = None
        if statement is not None and c is not statement and _apart(text, c.span, statement.span):
            if _in_days(c.span.text, c.d):
                alone = _read_alone(c.span.text, published)  # as counted from the publication
                if alone is not None and alone[:10] == c.d.value[:10]:
                    day = statement.when - (published.date() - c.when)
            # a relative day the tagger anchored otherwise (`Jumat malam`, `sehari sebelumnya`): as it read it, when
            # it dates an act (`X, Rabu (8/10), menjelaskan penindakan dilakukan pada Jumat pekan lalu`), no period's
            # bound (`X, Rabu, mengatakan sejak Senin warga mengungsi`)
            earlier = day if day is not None else c.when if (
                c.d.relative or _written_act(cues, c, statement)) and _reported_act(text, lowered, c, statement) \
                else None
        if earlier is not None and earlier < statement.when and (
                statement.span.start_char < c.span.start_char or _OPENS_QUOTE.match(text, c.sent_start, c.span.start_char)
                or _dates_a_verb(text, c.sent_start, c.span.start_char)):
            reports.add(statement.span.start_char)
            acts.add(c.span.start_char)
        out.append(day)
    return out, frozenset(reports), frozenset(acts)


_OPENS_QUOTE = re.compile(r"[\s\"\u201c\u201d']*$")
_WORD_BEFORE = re.compile(r"(?:(?P<yang>yang)\s+)?(?P<verb>\w+)\s+(?:pada\s+|sejak\s+|hari\s+)?$", re.IGNORECASE)
# a speaker's own act with its object before the day (`"Kami amankan pelaku hari Senin,"`): the first person, the verb
_RECEIVED = word_set("first_person_acts", "kind", "received")  # terima, dapat: a report the speaker got
_FIRST_PERSON = trie_alternation(word_list("first_person_acts", "kind", "pronoun"))  # kami, saya: an act's agent
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:" + _FIRST_PERSON + r")\s+(?P<verb>\w+)(?:\s+\w+){1,2}\s+(?:pada\s+|hari\s+)?$",
                           re.IGNORECASE)


def _written_act(cues: _DateCues, c: _Candidate, statement: _Candidate) -> bool:
    """A day written out after its statement's day, in the week before it and in no `yang` clause, whose clause tells
    the news (`Kapolsek X, Selasa (10/6), menyebut turis itu terjatuh dari balkon, Senin (9/6) dini hari`: a trigger
    word of the lead's event type or an affixed form of a headline word, `_tells_news`): the day of the act the
    statement reports (with `_reported_act`), so the statement's day is the report's, as for a relative day
    (`sehari sebelumnya`); not a case's earlier day (`kasus yang terjadi Jumat (6/6)`) or an older one, nor a day of
    the story's background the statement recalls (`Polisi Tangkap Penipu`: `mengatakan korban melapor ke polisi pada
    Kamis (5/6)`; review of s18rec)."""
    return statement.span.start_char < c.span.start_char and 0 < (statement.when - c.when).days <= REPORTED_WITHIN \
        and not _modifier_clause(cues.text, cues.lowered, c.sent_start, c.span.start_char) \
        and _tells_news(cues, statement.span.end_char, c.span.start_char)


def _tells_news(cues: _DateCues, start: int, end: int) -> bool:
    """Between `start` and `end`: an affixed form of a headline word (`_headline_word_in`) or a trigger word or
    one-word phrase of the lead's event types (`event_types.tsv`: `dibobol` of pencurian)."""
    if _headline_word_in(cues, start, end, cues.headline):
        return True
    wanted, phrases = set(cues.types), event_types()[2]
    return bool(wanted) and any(not wanted.isdisjoint(_types_of_word(w) or phrases.get(w) or ())
                                for w in _WORD.findall(cues.lowered, start, end))


REPORTED_WITHIN = 7  # days: a written day further back than a week is background the statement recalls (`weeks`)


def _reported_act(text: str, lowered: str, c: _Candidate, statement: _Candidate) -> bool:
    """The relative day `c` dates an act its dated statement reports: no period's bound, and after the statement's
    day an affixed verb of an act (no reporting word) stands before it (`X, Rabu (8/10), menjelaskan penindakan
    dilakukan pada Jumat pekan lalu`); a quote before the statement dates its act by its verb (`_dates_a_verb`)."""
    if _bound(text, c.span, c.sent_start):
        return False
    if statement.span.start_char > c.span.start_char:
        return True
    return _reports_act(text, lowered, statement.span.end_char, c.span.start_char)


def _reports_act(text: str, lowered: str, start: int, end: int) -> bool:
    """Between a dated statement (from `start`) and a day it tells (at `end`): the verb of an act the statement
    reports (`penindakan dilakukan pada`, `diterjang banjir`, `_dates_a_verb`), and no clause of cause or background
    the day could belong to (`razia digelar karena sempat terjadi tawuran pada`, `razia ini buntut tawuran`,
    `setelah`): such a day explains the news, it is not the act."""
    if _REASON.search(text, start, end):
        return False
    return _acts(lowered, start, end) or _dates_a_verb(text, start, end)


# (`sempat`, `sebelumnya`: an earlier episode; `setelah`: what the act came after; `karena`, `buntut`: its cause)
_REASON = re.compile(r"\b(?:" + trie_alternation([w for where in ("reason", "opener", "clause")
                                                   for w in word_list("background_cues", "where", where)])
                     + r")\b", re.IGNORECASE)


def _told_days(candidates: list[_Candidate], text: str, lowered: str, acts: frozenset[int]) -> frozenset[int]:
    """The starts of the days told after the verb of a statement dated with a day before it (`X, Rabu (11/6),
    mengatakan razia ini buntut tawuran Senin malam`) that date no act it reports (`_reports_act`, not in
    `acts`): as the statement's day, no event's day (the verb-first form, `X mengatakan, Rabu (11/6), ...`, weighs
    both alike)."""
    out = set()
    for s in candidates:
        if s.said is None:
            continue
        if s.said.start() >= s.span.end_char:
            content = s.said.end()
        else:  # a cue before the day always ends at it (`_STATEMENT` and `_SAID_BEFORE` are searched up to the day):
            # the verb-first form (`X mengatakan, Rabu (11/6), ...`), and so is a day dated after its cue (`kata X,
            # Senin`): the days after it are its content
            content = s.span.end_char
        for c in candidates:
            if c.sent_start == s.sent_start and c.span.start_char >= content and c.span.start_char not in acts \
                    and not _reports_act(text, lowered, content, c.span.start_char):
                out.add(c.span.start_char)
    return frozenset(out)


def _dates_a_verb(text: str, sent_start: int, start: int) -> bool:
    """The relative day at `start` follows a verb (an affixed shape: `"Pelaku kami amankan dua hari lalu,"`, `dibobol
    tiga hari lalu`, `beraksi tadi malam`, `ditangkap hari Senin`), or a speaker's verb and its object (`"Kami amankan
    pelaku hari Senin,"`): it dates the act the quote tells, as when the quote opens with it; not a
    noun it dates (`pelaksana unjuk rasa kemarin`: people of a day the statement recalls), nor the verb of a `yang`
    clause (`Warga yang ditangkap kemarin sudah kami lepas`: the noun's earlier episode)."""
    m = _WORD_BEFORE.search(text, sent_start, start)
    if m is not None and not m.group("yang") and verb_shape(m.group("verb").lower()):
        return True
    m = _AGENT_BEFORE.search(text, sent_start, start)
    # (not a report the speaker received: `"Kami dapatkan laporan warga hari Minggu,"`, the day of the report)
    return m is not None and verb_shape(m.group("verb").lower()) \
        and root_of(m.group("verb").lower()) not in _RECEIVED


def _apart(text: str, day: Span, statement: Span) -> bool:
    """Words between a relative day and the statement's day, in whichever order they come (`"... dua hari lalu,"
    kata X, Rabu (12/6)`; `X, Rabu (12/6), mengatakan ... dua hari lalu`): not a word beside the statement's day
    that names it (`kemarin (12/7)`, `Rabu (12/6) kemarin`)."""
    first, second = (day, statement) if day.start_char < statement.start_char else (statement, day)
    return bool(text[first.end_char:second.start_char].strip(" ,()"))


def _in_days(text: str, d) -> bool:
    """A relative day counted in days from the writing day (`kemarin`, `tadi malam`, `dua hari lalu`, `hari
    ini`, `besok`; the count in words or digits, `2 hari lalu`): no weekday, month or week in it, no clock
    time, no step of the story (`keesokan harinya`, counted from the story's own day)."""
    words = text.lower().split()
    if not d.relative or not words or words[0] in _writing_words("clock") or d.granularity == "time":
        return False
    temporal = temporal_words()
    return (NARRATIVE.match(text) is None and _week_units().isdisjoint(words)
            and temporal.weekdays.keys().isdisjoint(words) and temporal.months.keys().isdisjoint(words))


def _writing_day_shift(candidates: list[_Candidate], writing: list[bool], cues: _DateCues) -> dt.timedelta:
    """How far before its timestamp the text was written (`writing`: which candidates were read
    from the writing day): the latest day a statement is dated with (`cues.said`), when it falls one
    or two days before the publication day and no date of the text falls on that day (IndoSum
    timestamps run up to a day late)."""
    if cues.published is None:
        return dt.timedelta(0)
    written = [c for c, w in zip(candidates, writing, strict=True) if not w]  # days the text wrote out
    latest = cues.said
    if latest is None or not 1 <= (cues.published - latest).days <= 2:
        return dt.timedelta(0)
    if any(c.when == cues.published for c in written):
        return dt.timedelta(0)
    return latest - cues.published


def _from_writing_day(text: str, d, when: dt.date, published: dt.date | None) -> bool:
    """A relative date counted from the writing day (`hari ini`, `kemarin`, a bare clock time the
    publication day was lent to), as the tagger read it against the timestamp."""
    words = text.lower().split()
    if not d.relative or published is None or not words:
        return False
    if _in_days(text, d) and _COUNT_BACK.search(text):  # `dua hari lalu`: counted back from the writing day too
        # unless the tagger counted it from the day of the statement that says it already (`timex_anchors`)
        return (published - when).days == _days_back(text, published)
    back = 1 if not _writing_words("yesterday").isdisjoint(words) else 0
    return (published - when).days == back and (
        back or words[0] in _writing_words("clock") or not _writing_words("today").isdisjoint(words))


def _days_back(text: str, published: dt.date) -> int | None:
    """How many days before `published` a count of days back (`dua hari lalu`) reads on its own."""
    alone = _read_alone(text, dt.datetime.combine(published, dt.time(12)))
    return None if alone is None else (published - dt.date.fromisoformat(alone[:10])).days


def _read_alone(text: str, anchor: dt.datetime) -> str | None:
    """The value the tagger reads in `text` on its own, counted from `anchor`, when it reads exactly one: whether it
    counted a relative day in the article from the day of a statement (`timex_anchors._from_statement`) instead is
    told by comparing the two (`_from_statement_day`, `_days_back`)."""
    read = [t.value for t in find_timexes(text, anchor) if t.value]
    return read[0] if len(read) == 1 else None


def _with_clock_times(candidates: list[_Candidate], writing: list[bool]) -> list[bool]:
    """`writing` with the clock times the tagger set on the day of a relative day right before them in their
    sentence (`kecelakaan terjadi dua hari lalu sekitar pukul 03.15 WIB`): read from the writing day as that day."""
    out = list(writing)
    for k in range(1, len(candidates)):
        c, before = candidates[k], candidates[k - 1]
        if out[k - 1] and not out[k] and c.d.relative and c.d.granularity == "time" and c.sent_start == before.sent_start \
                and c.when == before.when:
            out[k] = True
    return out


# the words that count a day back from the writing day (`dua hari lalu`: background_cues rows `after`; `dua hari
# sebelumnya` is a story step: `_in_days` no)
_COUNT_BACK = re.compile(r"\b(?:" + trie_alternation(word_list("background_cues", "where", "after")) + r")$", re.IGNORECASE)


def _writing_words(kind: str) -> frozenset[str]:
    return word_set("writing_day_words", "kind", kind)  # (word_set is cached)


# What a candidate day's mention shows, and what each weighs for it as the lead event's day
# (docs/accuracy.md, "The lead event's day"); the day of the highest sum is the event's.
DATE_WEIGHTS: dict[str, float] = {
    "event": 2.0,  # its sentence names the event (a trigger word of its type), not as a recalled one
    "headline": 2.0,  # its clause holds an affixed form of a headline word (`diperiksa` for `periksa`)
    "lead": 1.5,  # in the title or the first two body sentences
    "explicit": 1.0,  # written out (`Senin (6/2)`), not relative (`kemarin`)
    "earlier": -1.0,  # an earlier episode (`Sebelumnya, ...`, `sempat`, `Rabu (17/1) lalu`)
    "passed": -1.0,  # a day the story moves on from to tell the headline's act (`_story_steps`)
    # the day of a release of results the lead reports over a period with no day of its own (`_release_day`): the
    # release is the news, above a single act of the period the body tells with its day (event + explicit)
    "release": 2.5,
    # the day of the statement a lead rests on that announces the headline's act as a plan with no past day of its
    # own (`akan menggelar operasi mulai Senin (9/2)`), the act dated nowhere else: the announcement is the news,
    # above a happening the body recalls with its day (`Salah satu kecelakaan terakhir terjadi ... Sabtu (31/1)`:
    # event + explicit; `_announced_day`)
    "announced": 2.5,
    "bound": -3.0,  # a period's bound (`sejak Jumat`, `hingga Senin`, `16 hingga 22 Januari`)
    "plan": -2.0,  # a plan (`akan ditutup mulai 31 Desember`)
    "ahead": -3.0,  # the publication day, later than every day a statement is dated with: what it looks ahead to
    "weeks": -1.5,  # 8-30 days before publication, or a day of the week before: background unless it names the event
    # its sentence sets the happening a week back (`pekan lalu`): the report's day, never the event's
    # whatever else it shows (below BACKGROUND_ONLY even with every positive feature)
    "counted_back": -10.0,
    # written right after the name of an outlet a sentence that tells no saying cites (`Mengutip Reuters, Minggu
    # (29/10), Tsai berangkat ...`): the outlet's report's day, never the act's (`_cited_report`)
    "cited": -10.0,
    # a day of the week before outside the lead (`Sabtu pekan lalu, ribuan warga turun ke jalan`): with
    # `weeks`, weighs as `old`: background the report recalls, even where it names the event
    "past_week": -3.0,
    "old": -4.5,  # more than 30 days before: background even where it names the event
    # after publication and scheduled (`akan digelar Kamis (6/6)`): the plan's day, the event's only when
    # no earlier day names it; after publication with no schedule word before it (a misread, or a coming
    # day a noun is dated with, `laga ... pada Jumat (16/9) mendatang`): never the event's
    "future": -2.5,
    "unscheduled": -10.0,
}


def _weighed(shows: dict[str, bool]) -> float:
    """The sum of the `DATE_WEIGHTS` of the features a day's mention shows (`_date_features`)."""
    return sum(DATE_WEIGHTS[name] for name, on in shows.items() if on)


def _earlier(c: _Candidate, cues: _DateCues, recalled: bool) -> bool:
    """The mention of a candidate day tells an earlier episode (`recalled`, its `_recalled`; `Sebelumnya, ...`,
    `sempat`, `Rabu (17/1) lalu`), a day the story moves on from, or a clause of another noun (`DATE_WEIGHTS`
    `earlier`; `_announced_day` reads it alone)."""
    text, span, sent_start, start = cues.text, c.span, c.sent_start, c.span.start_char
    return bool(recalled or _EARLIER.search(text, sent_start, start) or _looked_back(text, span)
                or _opening_clause(text, sent_start, span, cues.days)
                or (start not in cues.set_off and _modifier_clause(text, cues.lowered, sent_start, start))
                or start in cues.moved_from
                or start in cues.described)


def _date_features(c: _Candidate, when: dt.date, cues: _DateCues) -> dict[str, bool]:
    """What the mention of a candidate day shows (the keys of `DATE_WEIGHTS`)."""
    span, d, sent_start, said = c.span, c.d, c.sent_start, c.said
    text, start = cues.text, span.start_char
    age = (cues.published - when).days if cues.published is not None else 0
    recalled = _recalled(text, sent_start, start)
    headline = _tells_headline(cues, sent_start, start, span.end_char)
    # "'... akan ...,' kata X, Senin": plan words inside the quote do not count
    planned = bool(_SCHEDULE.search(text, said.start() if said and said.start() < start else sent_start, start)
                   or schedule_noun(text, start))  # `menetapkan jadwal ... pada 27 Juni`
    # (`schedule_noun` is in `planned`); a step forward whose act is planned (`Tiga hari kemudian, polisi akan ...`)
    plan = planned or plan_wording(text, start, span.end_char) \
        or (NARRATIVE.match(span.text) is not None and _planned_in_clause(cues, c))
    past_week = d.relative and _of_past_week(span.text)
    return {
        "event": sent_start in cues.event_sents and not recalled and not said and start not in cues.told,
        "headline": headline or _noun_of_act_held(cues, sent_start, start)
        or _tells_lead_type(cues, sent_start, start, span.end_char),
        "lead": start < cues.lead_end,
        # a day counted from a written one is written (a story's step; the act a dated statement reports)
        "explicit": not d.relative or start in cues.moved_to or start in cues.acts,
        "earlier": _earlier(c, cues, recalled),
        "passed": start in cues.passed,
        "release": start == cues.release,
        "announced": start == cues.announced,
        "bound": _bound(text, span, sent_start) and start not in cues.state_starts,
        "plan": plan,
        "ahead": cues.said is not None and when > cues.said and age <= 0,
        # (or a day of the week before, `Jumat pekan lalu`: the text sets it in a past week)
        "weeks": 7 < age <= 30 or past_week,
        "past_week": past_week and start >= cues.lead_end and start not in cues.acts,
        "counted_back": c.counted_back,
        "cited": _cited_report(text, sent_start, span, cues.cited.get(start), cues.people),
        "old": age > 30,
        "future": age < 0,
        "unscheduled": age < 0 and not planned,
    }


# (a comma slipped in after the bound word still bounds: `sejak, Rabu (22/11)`)
_BOUND_BEFORE = re.compile(r"\b(?:" + trie_alternation(word_list("background_cues", "where", "before"))
                           + r")\s*,?\s+(?:hari\s+|tanggal\s+|pada\s+)?$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"\s*(?:" + trie_alternation(word_list("background_cues", "where", "between"))
                          + r"|[-\u2013])\s*(?:tanggal\s+)?\d", re.IGNORECASE)
_LOOKED_BACK = re.compile(r"\s*(?:" + trie_alternation(word_list("background_cues", "where", "after")) + r")\b",
                          re.IGNORECASE)
_LOOKED_BACK_IN = re.compile(r"(?:\)|\d|[^\W\d_]+)\s+(?:" + trie_alternation(word_list("background_cues", "where", "after"))
                             + r")$", re.IGNORECASE)


# a citation verb, up to three words of a source (`dari laman resmi`, `kantor berita`: `citation_cues.tsv` kind link;
# not any lowercase word: `mengutip uang dari pedagang Pasar Baru` levies money, `Diberitakan sebelumnya Polres X`
# tells the police's act), the outlet's name in one to four capitalised words (`Reuters`, `The New York Times`), then
# the day (after a comma, a dash or `pada`)
_CITED = re.compile(r"(?<!\w)(?i:" + trie_alternation(word_list("citation_cues", "kind", "cite")) + r")\s+(?:(?:"
                    + trie_alternation(word_list("citation_cues", "kind", "link")) + r")\s+){0,3}"
                    r"(?:[A-Z][\w.&-]*\s*){1,4}[,\u2013\u2014]?\s*(?:pada\s+)?$")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _cited_report(text: str, sent_start: int, span, cite_start: int | None, people: tuple[int, ...]) -> bool:
    """The day is written right after the name of an outlet its sentence cites (`Mengutip Reuters, Minggu (29/10), Tsai
    berangkat`, `Dikutip dari People pada Senin (5/9), keduanya ...`, `words/citation_cues.tsv`), and the sentence tells
    no saying besides (no verb of saying, no quote): the outlet's report's day, not the act's (the event-date
    conventions, gold/event_dates/README.md rounds 3 and 4: such an act's day is null). A cited statement (`kata X,
    seperti dilansir Reuters, Rabu (6/9)`) is dated as any statement, and so is a person cited (`Mengutip Kapolres X,
    Senin (10/4), ...`: `people`, the starts of the persons and officers named). `cite_start`: where the citation
    before the day starts (`_DateCues.cited`), None where none is."""
    if cite_start is None or _date_between(people, cite_start, span.start_char):
        return False
    end = _SENTENCE_END.search(text, span.end_char)
    stop = end.start() if end else len(text)
    parts = [(sent_start, cite_start), (span.end_char, stop)]
    if not text[span.end_char:stop].strip(" ,)") and len(text[sent_start:cite_start].split()) <= _CITATION_ALONE:
        # `Demikian dikutip Reuters, Kamis (16/3).`: the citation is a sentence of its own, citing the one before it
        parts.append((_sentence_start_before(text, sent_start), sent_start))
    return not any(_QUOTE_OR_SAYING.search(text, a, b) or _STATEMENT_WORD.search(text, a, b) or _says(text, a, b)
                   or _SAYING_NOUN.search(text, a, b) for a, b in parts)


_CITATION_ALONE = 3  # words before the citation verb in a sentence that is only a citation (`Demikian seperti dikutip`)
_SAYING_NOUN = re.compile(r"(?<!\w)(?:" + trie_alternation(word_list("citation_cues", "kind", "saying")) + r")(?:nya)?\b",
                          re.IGNORECASE)


def _sentence_start_before(text: str, sent_start: int) -> int:
    """The start of the sentence before the one that starts at `sent_start`."""
    before = text[:sent_start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    return ends[-1] if ends else 0


_STATEMENT_WORD = re.compile(r"(?<!\w)(?:" + _STATEMENT_CUES + r")", re.IGNORECASE)


def _says(text: str, start: int, end: int) -> bool:
    """An affixed word of a verb of saying's root stands between `start` and `end` (`disampaikan`, `penegasan`: not a
    bare root, `sampai` is also `until`)."""
    roots = _saying_roots()
    return any((w := m.group(0).lower()) != (r := root_of(w)) and r in roots
               for m in _AFFIXED.finditer(text, start, end))


@lru_cache(maxsize=1)
def _saying_roots() -> frozenset[str]:
    """The roots of the verbs of saying (`reporting_verbs.tsv`'s statement verbs: mengatakan -> kata)."""
    return frozenset(root_of(v) for v in statement_verbs())


def _looked_back(text: str, span) -> bool:
    """A day the narrative looks back to: `lalu`/`silam` after it (`dilantik Rabu (17/1) lalu`),
    also inside the mention when the tagger took it in after a day, month or weekday (`9 Agustus
    lalu`, `Senin lalu`; not a count of days back, `dua hari lalu`, which names a day)."""
    if _LOOKED_BACK.match(text, span.end_char):
        return True
    m = _LOOKED_BACK_IN.search(span.text)
    if m is None:
        return False
    before = m.group(0).split()[0].lower()
    return (not before.isalpha() or before in temporal_words().months or before in temporal_words().weekdays
            or before in _week_units())  # `Jumat pekan lalu`


def _opening_clause(text: str, sent_start: int, span, days: tuple[int, ...]) -> bool:
    """The date stands in a clause of time that opens its sentence and ends at a comma before the
    main clause (`Setelah penyerangan pos polisi pada Sabtu (30/8), Polres menggelar patroli ...`):
    the day the reported act came after. A clause of cause (`Menyusul tawuran pada Senin (9/6), Polres menggelar razia,
    Rabu (11/6)`) only when the main clause has a day of its own after the comma (`days`: the starts of the candidate
    days): else its day is the day of the harm the lead tells (`Karena cekcok pada Senin (9/6), seorang pria menusuk
    tetangganya`)."""
    opener = _OPENER.match(text, sent_start, span.start_char)
    if opener is None:
        return False
    time = opener.group("time") is not None
    end = _CLAUSE_END.search(text, span.end_char)
    stop = end.start() if end else len(text)
    comma = text.find(",", span.end_char, stop)
    if comma < 0:
        return False
    if time:
        return True
    i = bisect_left(days, comma)
    return i < len(days) and days[i] < stop


# one pass for both openers of a clause: of time (group `time`: `Setelah`) or of cause (`Menyusul`, `Karena`)
_OPENER = re.compile(r"[\W_]*(?:(?P<time>" + trie_alternation(word_list("background_cues", "where", "opener"))
                     + r")|" + trie_alternation(word_list("background_cues", "where", "cause_opener"))
                     + r")\b[^,;.!?\n]*$", re.IGNORECASE)


def _set_off_days(candidates: list[_Candidate], text: str) -> frozenset[int]:
    """The starts of the days written right after another day of their sentence with only a comma between (`pelaku
    pembunuhan yang terjadi pada Sabtu (7/6), Senin (9/6)`): the first dates the clause, the second the sentence. Not
    two days of a list (`beraksi pada Jumat (6/6), Sabtu (7/6), dan Minggu (8/6)`: a day joined by a comma or a
    conjunction before the first or after the second): the clause's days, all of them."""
    def joined(i: int) -> bool:  # candidate i and i + 1 stand in one sentence with only a comma or `dan` between
        a, b = candidates[i], candidates[i + 1]
        return a.sent_start == b.sent_start and bool(_LIST_GAP.fullmatch(text, a.span.end_char, b.span.start_char))
    return frozenset(c.span.start_char for i, (before, c) in enumerate(pairwise(candidates))
                     if c.sent_start == before.sent_start and text[before.span.end_char:c.span.start_char].strip() == ","
                     and not (i > 0 and joined(i - 1)) and not (i + 2 < len(candidates) and joined(i + 1)))


STATE_START_DAYS = 7  # a state's start further back than this before the day the lead reports it up to is background


def _state_starts(candidates: list[_Candidate], text: str, lead_end: int, published: dt.date | None) -> frozenset[int]:
    """The starts of the days a continuing state began on (`_opened`: `sejak`, no end after it) in an article whose
    lead reports a state up to a day of its own, not after publication (`Satelit X masih bermasalah hingga Sabtu
    (26/8) sore`, `Hingga Selasa (21/2) sore, 1.240 rumah tergenang`): the days up to a week before that day. The
    gold's S37: a continuing event is dated on its start, the later day is the state reported so far."""
    ends = [c.when for c in candidates if c.span.start_char < lead_end and _ends_state(text, c)
            and (published is None or c.when <= published)]
    if not ends:
        return frozenset()
    last = max(ends)
    return frozenset(c.span.start_char for c in candidates
                     if 0 < (last - c.when).days <= STATE_START_DAYS and _opened(text, c.span))


def _ends_state(text: str, c: _Candidate) -> bool:
    """The day ends a state its sentence reports (`hingga Sabtu (26/8)`), not a range (`16 hingga 22 Januari`,
    `sejak Senin hingga Rabu`: a number, a bracket or a weekday right before the word)."""
    m = _UP_TO.search(text, max(c.sent_start, c.span.start_char - 24), c.span.start_char)
    return m is not None and not _RANGE_OPEN.search(text, max(c.sent_start, m.start() - 16), m.start())


_UP_TO = re.compile(r"\b(?:" + trie_alternation(sorted(set(word_list("background_cues", "where", "before"))
                                                         - set(word_list("background_cues", "where", "opens_state"))))
                    + r")\s+(?:hari\s+|tanggal\s+|pada\s+)?$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:\d|\)|\b(?:" + trie_alternation(sorted(temporal_words().weekdays)) + r"))\s*$",
                         re.IGNORECASE)


_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s*(?:" + trie_alternation(word_list("day_list_words", "role", "joins")) + r")\s+",
                       re.IGNORECASE)


def _modifier_clause(text: str, lowered: str, sent_start: int, start: int) -> bool:
    """The date stands in a `yang` clause of a noun an act of its sentence governs (`menangkap pelaku
    pencurian yang terjadi di halaman sekolah, Sabtu (1/6)`): the day of the case the act is about,
    an earlier episode. Not a subject's clause (`Kecelakaan yang terjadi Senin (3/6) menewaskan`), nor
    past a conjunction that opens the next clause (`tahanan yang menolak makan, kendati pada Minggu`)."""
    clause = _yang_clause(text, lowered, sent_start, start)
    if clause is None:
        return False
    # the act stands in the stretch before `yang` (not across a comma or a quote), and is no reporting
    # word (`menurut putusan yang dikeluarkan pada Jumat`: the source of a statement, not a case)
    stretch = max(sent_start, *(text.rfind(mark, sent_start, clause.start()) + 1 for mark in ',"\u201c\u201d'))
    return _acts(lowered, stretch, clause.start())


def _yang_clause(text: str, lowered: str, sent_start: int, start: int) -> re.Match | None:
    """The `yang` clause (`yang` and an affixed verb) the date at `start` stands in, if any: not when a
    conjunction opening the next clause (`tahanan yang menolak makan, kendati pada Minggu`) or a verb of the
    main clause (`Kebakaran yang menghanguskan tiga rumah terjadi pada Minggu`, `Warga yang mencari rumput
    menemukan mayat ... pada Minggu`) stands between the clause's verb and the date: the clause ended there."""
    clause = _YANG_CLAUSE.search(text, sent_start, start)
    if clause is None or _NEXT_CLAUSE.search(text, clause.start(), start) is not None:
        return None
    return None if _main_verb(lowered, clause.end("verb"), start) else clause


def _described_days(candidates: list[_Candidate], text: str, lowered: str, event_words: list[int]) -> frozenset[int]:
    """The starts of the days that stand in a `yang` clause of a noun (`Sidang kasus penganiayaan yang terjadi
    pada Jumat (9/6) di Terminal X digelar di PN X, Kamis (15/6)`) when a later day of the sentence, past a
    verb of the main clause (an affixed word after the clause's day, not a speech verb) and no statement's
    day, dates the sentence's own act: the clause's day is the noun's, an earlier episode. A subject's
    clause with no other day (`Kecelakaan yang terjadi Senin (3/6) menewaskan dua orang`) keeps its day; so
    does a clause that tells the event itself, holding a trigger word of its type (`event_words`, their start
    characters: `Pengendara yang tertabrak truk pada Sabtu meninggal dunia Senin`), and one whose later day
    only bounds a period (`Banjir yang melanda desa sejak Sabtu merendam rumah hingga Senin`: the same act's)."""
    out = set()
    for c in candidates:
        clause = _yang_clause(text, lowered, c.sent_start, c.span.start_char)
        if clause is None or any(clause.start() <= k < c.span.start_char for k in event_words):
            continue
        for later in candidates:
            if (later.sent_start == c.sent_start and later.span.start_char > c.span.end_char and not later.said
                    and later.when != c.when and _main_verb(lowered, c.span.end_char, later.span.start_char)
                    and not _bound(text, later.span, later.sent_start)):
                out.add(c.span.start_char)
                break
    return frozenset(out)


def _main_verb(lowered: str, start: int, end: int) -> bool:
    """An affixed word between `start` and `end` of the lowercased text (`digelar`), no reporting word, and no
    new `yang` clause."""
    return "yang" not in _WORD.findall(lowered, start, end) and _acts(lowered, start, end)


def _acts(lowered: str, start: int, end: int) -> bool:
    """An affixed verb between `start` and `end` of the lowercased text that is no reporting word: a shape the
    stemmer takes down to a root (`verb_shape`), not a word so shaped that tells no act (`tersebut`, `terkait`,
    `bersama`, `merupakan`: `words/affixed_non_verbs.tsv`)."""
    return any(w not in reporting_verb_heads() and w not in _non_verbs() and verb_shape(w)
               for w in _AFFIXED.findall(lowered, start, end))


def _non_verbs() -> frozenset[str]:
    return word_set("affixed_non_verbs")  # (word_set is cached)


_NEXT_CLAUSE = re.compile(r",\s*(?:" + trie_alternation(word_set("subject_verbs", "kind", "clause")) + r")\b", re.IGNORECASE)
_YANG_CLAUSE = re.compile(r"\byang\s+(?P<verb>(?:me|di|ber|ter)[a-z]{3,})\b[^.;:\"\u201c\u201d]*$", re.IGNORECASE)


def _bound(text: str, span, sent_start: int) -> bool:
    """The date bounds a period (`sejak Jumat`, `hingga Senin`, `16 hingga 22 Januari`)."""
    start = span.start_char
    return bool(_BOUND_BEFORE.search(text, max(sent_start, start - 24), start)
                or _RANGE_END.search(text, max(sent_start, start - 12), start)
                or _BOUND_AFTER.match(text, span.end_char))


_RANGE_END = re.compile(r"\d\s*[-\u2013]\s*$")
_RECALLED = re.compile(r"\W*(?:" + trie_alternation(word_list("background_cues", "where", "sentence"))
                       + r")\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:" + trie_alternation(word_list("background_cues", "where", "clause")) + r")\b",
                      re.IGNORECASE)
_SCHEDULE = re.compile(r"\b(?:" + trie_alternation(word_list("schedule_words", "kind", "plan")) + r")\b", re.IGNORECASE)
# a plan word right before a verb it governs: up to two lowercase words between, none of a verb's affixed shape and no
# mark (`akan kembali menggelar`, `berencana untuk membangun`; not `mendatang, Polres X`, `akan menerima ... menggelar`)
_PLAN_OF_VERB = re.compile(r"(?i:\b(?:" + trie_alternation(word_list("schedule_words", "kind", "plan"))
                           + r"))(?:\s+(?!(?:me|di|ber|ter)[a-z]{3})[a-z]+){0,2}\s+$")


_WORD = re.compile(r"[a-z]{4,}")
_AFFIXED = re.compile(r"(?<![\w])(?:me|di|ber|ter)[a-z]{3,}")


def _headline_roots(title: str | None, verbs: bool = False) -> frozenset[str]:
    """The roots of a headline's lowercase words (news headlines write their verb bare: `periksa`), but a copula
    (`X Jadi Tersangka`: `words/headline_copulas.tsv`); with `verbs`, only of its words of a verb's affixed shape
    (`Ditangkap`, not the nouns `Pelaku`, `Penusukan` of its subject); never a noun of the doer (`_agent_noun`)."""
    if not title:
        return frozenset()
    copulas = word_set("headline_copulas")  # by the written form: `Terjadi` (root `jadi`) names the act
    words = _AFFIXED.findall(title.lower()) if verbs else _WORD.findall(_passive_subjects_out(title.lower()))
    roots = ((w, root_of(w)) for w in words if w not in copulas and not (verbs and w in _non_verbs()))
    return frozenset(r for w, r in roots if (not verbs or r != w) and not _agent_noun(w, r))


def _passive_subjects_out(title: str) -> str:
    """The headline less the subject of each of its passive clauses: the words of a clause (between commas) before
    its first `di-` verb (`Begal Mahasiswi di Medan Ditangkap`: `begal` is who was caught, not the act; a body clause
    `korban dibegal ... Jumat (12/9)` dates the robbery, not the arrest the headline reports)."""
    return ",".join(clause[m.start():] if (m := _first_passive(clause)) else clause for clause in title.split(","))


def _first_passive(clause: str) -> re.Match | None:
    """The first `di-` verb of a headline's clause (not an affixed non-verb: `dinas`)."""
    return next((m for m in _PASSIVE.finditer(clause)
                 if m.group(0) not in _non_verbs() and root_of(m.group(0)) != m.group(0)), None)


_PASSIVE = re.compile(r"(?<![\w])di[a-z]{3,}")


def _agent_noun(word: str, root: str) -> bool:
    """A noun of the doer (pe(N)- and the root, no suffix: `pembakar`, `pengedar`, `pelaku`, `penipu`): the people a
    headline is about, not its act (`Polda tangkap enam terduga pembakar kantor desa`: `membakar` in a clause tells the
    burning, not the arrest); the noun of the act (`pembakaran`) keeps its root, and so does a verb of per- that a
    headline writes bare (`Warga Pergoki Pencuri`, `Perketat`, `Peringati`, `Pelajari`: review of s18rec), which is no
    pe- and a nasal (`stem_nasal_rules.tsv`) before the root or the root less the letter the nasal hides."""
    if not word.startswith("pe") or word.endswith("an") or root == word:
        return False
    rest = word[2:]
    return any(rest.startswith(n) and (rest[len(n):] == root or n and rest[len(n):] == root[1:]) for n in _nasals())


@lru_cache(maxsize=1)
def _nasals() -> tuple[str, ...]:
    """The nasal spellings of peN- (`stem_nasal_rules.tsv`; "" for pe- before l, r, w, y, m, n)."""
    return tuple({row["nasal"] for row in read_table("stem_nasal_rules.tsv")})  # (`read_table` reads - as "")


def _tells_headline(cues: _DateCues, sent_start: int, start: int, end: int, roots: frozenset[str] | None = None) -> bool:
    """The clause of a date holds an affixed form of a headline word (`diperiksa` for `periksa`; of `roots` when
    given, the headline's verbs): the date is that of the act the headline reports. The clause is the one before the
    date, or the one after it when the date opens its sentence (`Dua hari kemudian, polisi menangkap ...`)."""
    roots = cues.headline if roots is None else roots
    if not roots:
        return False
    return _headline_word_in(cues, *_date_clause(cues, sent_start, start, end), roots)


def _date_clause(cues: _DateCues, sent_start: int, start: int, end: int) -> tuple[int, int]:
    """The clause a date's act is read in: the one before the date, or the one after it when the date opens its
    sentence (`Dua hari kemudian, polisi menangkap ...`)."""
    if not cues.text[sent_start:start].strip(" \t\n,\"'\u201c"):
        clause = _CLAUSE_END.search(cues.text, end)
        return end, clause.start() if clause else len(cues.text)
    return sent_start, start


def _lead_act_types(title: str | None, first: str) -> frozenset[str]:
    """With no headline, the event types of the affixed verbs of the first body sentence's main clause, up to its
    first `yang` (`Polisi menangkap dua pria yang merampok minimarket ...` -> penangkapan, not the robbery of the
    clause on the men) and without its clauses of time or cause (`Sepekan setelah menangkap ..., Polres X menggelar
    rekonstruksi`: `_BACKGROUND_CLAUSE`): the act the lead reports, as a headline's verb tells it
    (`_tells_lead_type`). None with a headline: its words decide (`cues.headline`). `first`: `_first_sentence`."""
    if title:
        return frozenset()
    main = _YANG.split(_BACKGROUND_CLAUSE.sub(" ", first), maxsplit=1)[0]
    return frozenset(t for m in _AFFIXED.finditer(main) if (w := m.group(0)) not in _non_verbs()
                     for t in _lead_act_kinds(w) if not (t.startswith("act:") and _FIGURATIVE_OBJECT.match(main, m.end())))


def _lead_act_kinds(word: str) -> tuple[str, ...]:
    """The kinds of act an affixed verb tells a lead's act by: its event types, and its root when that is an act of
    no event type the story dates as its own (`lead_act_roots.tsv`: `menemukan`, `ditemukan` -> temu)."""
    root = root_of(word)
    return _types_of_word(word) + (("act:" + root,) if root in _LEAD_ACT_ROOTS else ())


_LEAD_ACT_ROOTS = word_set("lead_act_roots")
# an object no one finds as a thing or a person (`menemukan titik terang`, `menemukan sejumlah kejanggalan`, `menemukan
# adanya unsur kelalaian`: `figurative_objects.tsv`), up to two words after the verb: a finding of knowledge, no act
# the story dates as its own (review s28rvA)
_FIGURATIVE_OBJECT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:" + trie_alternation(word_list("figurative_objects"))
                                + r")(?![\w-])")


_YANG = re.compile(r"(?<!\w)yang(?!\w)")
# a clause of time or cause, from its opening word to the next comma (`setelah menangkap X,`, `karena rumahnya dibakar`:
# background_cues `opener`, `cause_opener` and `reason` rows): an act the lead's act came after or answers
_BACKGROUND_CLAUSE = re.compile(r"(?<!\w)(?:" + trie_alternation(sorted({w for where in ("opener", "cause_opener", "reason")
                                for w in word_list("background_cues", "where", where)})) + r")(?!\w)[^,;]*")


def _tells_lead_type(cues: _DateCues, sent_start: int, start: int, end: int) -> bool:
    """With no headline, the clause of a date (`_date_clause`) holds an affixed verb of an event type (or of a lead-act
    root of no type: `_lead_act_kinds`) the first sentence's main clause reports its act with (`cues.lead_types`), not
    denied (`Dua pria ditangkap ..., Rabu (6/6)` after `Polisi menangkap dua pria yang merampok ...`, against
    `Keduanya merampok ... pada Sabtu (2/6)`; `jasad korban ditemukan sekitar pukul 10.20` after `Tim SAR menemukan
    korban ketiga ...`, against `Longsor menimbun ... pada Selasa (9/12)`): the day of the lead's act weighs as a
    headline's (genre tune, read without titles: grec-096, grec-121, grec-203; s28: grec-146, grec-267)."""
    if not cues.lead_types:
        return False
    clause_start, clause_end = _date_clause(cues, sent_start, start, end)
    return any(w not in _non_verbs() and not cues.lead_types.isdisjoint(_lead_act_kinds(w))
               and not _denied(cues, clause_start, m.start())
               for m in _AFFIXED.finditer(cues.lowered, clause_start, clause_end) if (w := m.group(0)))


def _noun_of_act_held(cues: _DateCues, start: int, end: int) -> bool:
    """The noun of the lead's act (pe(N)-...-an of a root of `cues.lead_acts`) is the subject of a verb of its taking
    place (`act_held_verbs.tsv`) written right before the date (`Penetapan dilakukan Senin (9/6)`, `mengatakan
    penetapan dilakukan Minggu (9/4) malam` after `menetapkan dua tersangka`): the sentence dates the act the lead
    reports, as `ditetapkan Senin` does (a background crash told after it with its own day is not it). A short run of
    the words that join the verb to its date may stand between (`dilakukan pada hari Senin`: `act_held_links.tsv`).
    Not a noun of the doer (`pelaku`, `pengedar`: no -an); not a verb far from the date (`dilakukan setelah ..., Senin`)."""
    if not cues.lead_acts:
        return False
    m = _HELD_NOUN.search(cues.lowered, start, end)
    return m is not None and root_of(m.group(1)) in cues.lead_acts \
        and _OTHER_ACT_WORDS.isdisjoint(m.group(2).split())


_ACT_NOUN = re.compile(r"(?<![\w-])(?:pe|ke)[a-z]{3,}an(?![\w-])")
# the words between the noun and its verb that make it another instance of the act (`Penangkapan sebelumnya
# dilakukan`, `Penetapan tersangka lain dilakukan`): not the lead's
_OTHER_ACT_WORDS = word_set("other_act_words")
_HELD_NOUN = re.compile(r"(?<![\w-])(pe[a-z]{3,}an)((?:\s+[a-z]+){0,4}?)\s+(?:"
                        + trie_alternation(word_list("act_held_verbs")) + r")(?:\s+(?:"
                        + trie_alternation(word_list("act_held_links")) + r")){0,3}\s*$")


def _lead_acts(title: str | None, headline: frozenset[str], first: str) -> frozenset[str]:
    """The roots of the acts the lead reports: the headline's words (`headline`, its `_headline_roots`) less its nouns
    of an act (pe-/ke-...-an: `Polres Gelar Rekonstruksi Pembunuhan` tells the reconstruction, `Pembunuhan` is what it
    is about), or with no headline, the affixed verbs of the first body sentence (`Kepolisian menetapkan dua
    tersangka` -> tetap; `first`: `_first_sentence`)."""
    if title:
        nouns = frozenset(root_of(w) for w in _ACT_NOUN.findall(title.lower()))
        return headline - nouns
    non_verbs = _non_verbs()
    return frozenset(r for w in _AFFIXED.findall(first) if w not in non_verbs and (r := root_of(w)) != w)


def _first_sentence(doc: Doc) -> str:
    """The first body sentence, lowercased: with no headline, the lead's act is read in it (`_lead_acts`,
    `_lead_act_types`), once per article."""
    header = ext(doc, "header")
    return doc_text(doc)[header.body_start if header is not None else 0:_lead_end(doc, 1)].lower()


def _headline_word_in(cues: _DateCues, start: int, end: int, roots: frozenset[str]) -> bool:
    """An affixed form of a word whose root is in `roots` (the headline's) stands between `start` and `end`, or the
    object-focus form of a passive headline verb after a first-person pronoun, with the day still inside the
    speaker's words (`"Pelaku kami tangkap Senin (9/6),"` for `Pencuri ... Ditangkap`: the headline's subject is the
    quote's object, a passive told in the first person); not for an active headline (`Koramil Gelar Bakti Sosial`:
    `"Rapat persiapan sudah kami gelar Rabu kemarin"` is a step before the news, genre round 6 tune), nor `"... kami
    tetapkan KLB," kata X, Selasa`: that day is the saying's."""
    non_verbs = _non_verbs()  # (`tersangka` names a person both in the headline and in the clause)
    return any((w := m.group(0)) not in non_verbs and w != (r := root_of(w)) and r in roots
               and not _denied(cues, start, m.start()) for m in _AFFIXED.finditer(cues.text, start, end)) \
        or any((r := root_of(m.group(1))) in roots and r in cues.headline_verbs
               and not _QUOTE_OR_SAYING.search(cues.text, m.end(), end) and not _denied(cues, start, m.start())
               for m in _AGENT_VERB.finditer(cues.lowered, start, end))


def _denied(cues: _DateCues, start: int, at: int) -> bool:
    """A word of denial (`act_negators.tsv`) one or two words before `at`, after `start`: the act is not done
    (`belum sempat kami tangkap Minggu`, `gagal ditangkap Minggu`: no day of the act; review of s19rec)."""
    return _NEGATED.search(cues.lowered, max(start, at - 32), at) is not None


_NEGATED = re.compile(r"(?<!\w)(?:" + trie_alternation(word_list("act_negators")) + r")\s+(?:[a-z]+\s+)?$")


# a first-person pronoun and the verb it is the agent of (`kami tangkap`, `kami amankan`: `first_person_acts.tsv`)
_AGENT_VERB = re.compile(r"(?<!\w)(?:" + _FIRST_PERSON + r")\s+([a-z]{4,})")
_QUOTE_OR_SAYING = re.compile(r"[\"\u201c\u201d]|" + _SAYING_WORD.pattern, re.IGNORECASE)  # the quote closed


_CLAUSE_END = re.compile(r"[.;!?\n]")


def _recalled(text: str, sent_start: int, start: int) -> bool:
    """The sentence of a date opens with `Sebelumnya`, `Seperti diberitakan`: the report recalls
    an earlier incident."""
    return bool(_RECALLED.match(text, sent_start, min(start, sent_start + 40)))


def _leader(doc: Doc, people: list[PersonEntity], lead_end: int) -> str | None:
    for m in _LEAD.finditer(doc_text(doc), timeout=1.0):
        window_end = m.end() + 80
        for p in people:
            if any(m.end() <= s < window_end for s, _ in p.spans):
                return p.name
    officers = [p for p in people if p.officer is not None and p.name]
    in_lead = [p for p in officers if p.spans and p.spans[0][0] < lead_end]
    pool = in_lead or officers
    return pool[0].name if pool else None


def _elsewhere(dateline: RegionInfo, votes: Counter[str]) -> bool:
    """The story happens elsewhere than its dateline (`Jakarta, CNN Indonesia --` over a story
    from Jayapura): the text names another kabupaten/kota at least twice and never one in or
    around the dateline's region. The dateline stays a place the article mentions."""
    if not votes:
        return False
    code = dateline.code

    def related(other: str) -> bool:
        return other.startswith(code) or code.startswith(other)

    top, count = votes.most_common(1)[0]
    return count >= 2 and not any(related(c) for c in votes) and not related(top)


def _region(doc: Doc) -> RegionInfo | None:
    """The event's region: the dateline's unless the story happens elsewhere (`_elsewhere`), else
    the kabupaten or kota the article names most; a kabupaten or kota the first sentence says the
    event happened at (`di X`), a name of no other region, counts twice."""
    header = ext(doc, "header")
    gaz = gazetteer()
    votes: Counter[str] = Counter()
    first = _lead_end(doc, 1)
    for span in group(doc, "places") + group(doc, "institutions"):
        d = data_of(span)
        region = getattr(d, "region", None)
        if region is not None and region.kind in ("kabupaten", "kota", "kecamatan", "desa", "kelurahan"):
            sure = region.kind in ("kabupaten", "kota") and len(getattr(d, "candidates", ())) <= 1
            votes[region.code[:5]] += 2 if sure and span.start_char < first and span.start \
                and doc[span.start - 1].lower_ == "di" else 1
    for span in group(doc, "officers"):
        unit = getattr(data_of(span), "unit", None)
        if unit and " " in unit:
            # "Polres Purwakarta": the command's region
            region = region_of_unit(unit)
            if region is not None and region.kind in ("kabupaten", "kota"):
                votes[region.code[:5]] += 1
    if header is not None and header.dateline:
        cands = gaz.lookup(header.dateline)
        pick = resolve(cands, context=set(votes), city_first=True)
        if pick is not None and not _elsewhere(pick, votes):
            return gaz.get(pick.code[:5]) if pick.kind in ("kecamatan", "desa", "kelurahan") else pick
    if votes:
        return gaz.get(votes.most_common(1)[0][0])
    provinces = [data_of(s).region for s in group(doc, "places") if data_of(s) is not None and data_of(s).region]
    return provinces[0] if provinces else None


class EventExtractor(PolsekComponent):
    factory = "polsek_events"  # its tables and packages: data/component_tables.tsv
    defaults = {"min_score": MIN_SCORE, "published_fallback": False}
    min_score: float
    published_fallback: bool

    def __call__(self, doc: Doc) -> Doc:
        with held_sentence_bounds(doc):
            return self._extract(doc)

    def _extract(self, doc: Doc) -> Doc:
        info = EventInfo()
        lead_end = _lead_end(doc)
        info.type, info.secondary_types, info.scores = classify(doc, lead_end, self.min_score)
        names = group(doc, "event_names")
        if names:
            info.name = min(names, key=lambda s: (not s.text.startswith(("Operasi", "Ops")), s.start)).text
        info.date, info.date_source = _event_date(doc, lead_end, [info.type, *info.secondary_types],
                                                  self.published_fallback)
        venues = [s for s in group(doc, "places") if s.label_ == "FAC"]
        if venues:
            info.venue = venues[0].text
        info.region = _region(doc)
        people: list[PersonEntity] = ext(doc, "people") or []
        info.leader = _leader(doc, people, lead_end)
        info.participants = _participants(doc, people, info.leader)
        m = _PURPOSE.search(doc_text(doc), timeout=1.0)
        if m:
            info.purpose = m.group("p").strip()
        doc._.event = info
        return doc


def _participants(doc: Doc, people: list[PersonEntity], leader: str | None) -> list[str]:
    """Institutions and persons named in sentences that say who was present."""
    lower = doc_lower(doc)
    cues = [c for c in (m.start() for m in _PRESENCE.finditer(lower)) if not c or not _WORD_CHAR.match(lower, c - 1)]
    if not cues:
        return []
    presence = [(a, b) for _, _, a, b in sentence_bounds(doc) if any(a <= c < b for c in cues)]
    person_at = {s: p.name for p in people for s, _ in p.spans}
    out: list[str] = []
    for span in sorted(group(doc, "institutions") + group(doc, "persons"), key=lambda sp: sp.start_char):
        if not any(a <= span.start_char < b for a, b in presence):
            continue
        name = person_at.get(span.start_char)
        if not name:
            d = data_of(span)  # (a default of span.text would build its Tokens every time)
            name = d.name if hasattr(d, "name") else span_text(doc, span.start, span.end)
        if name and name != leader and name not in out:
            out.append(name)
    return out


@Language.factory("polsek_events", assigns=["doc._.event"],
                  default_config={"min_score": MIN_SCORE, "published_fallback": False})
def make_events(nlp: Language, name: str, min_score: float, published_fallback: bool) -> EventExtractor:
    """`polsek_events`: the article's event in `doc._.event` (`EventInfo`: type, name, date,
    venue, region, leader, participants, purpose).

    min_score (float): the least score (trigger words, twice in the lead, times the type's
        weight) an event type needs; below it the type is `lainnya` (other).
    published_fallback (bool): when the text states no day, take the publication day as the
        event's (`date_source` "published"); by default the event then has no day (the gold
        convention: null when the article allows no day-level date).
    """
    return EventExtractor(nlp, name, min_score=min_score, published_fallback=published_fallback)
