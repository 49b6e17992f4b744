"""The incident stage of `polsek_incidents`: the facts of the incident an article reports (issue 22).

Suspects and victims (named, by initials, or counted), casualties, evidence (barang bukti), money
amounts (losses), charges (articles of law and the penalty threatened), the number arrested and a
finer incident type. Reads the text, the sentences and `doc._.people`; adds to `doc.spans["incidents"]`
(one span per fact found: SUSPECT VICTIM EVIDENCE MONEY CHARGE) and returns the `IncidentFacts`
(`read_incident`). The component and its gate are `recognize/incidents.py`, which imports this
module when the first article passes the gate. The words it reads by are tables:
`data/incident_words.tsv`, `evidence_items.tsv`, `incident_units.tsv`, `currencies.tsv`, `number_words.tsv`, `laws.tsv`, `incident_subtypes.tsv`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.spans import add_span, data_of, ext, group, sentence_bounds, span_text
from polsek_nlp.knowledge.gazetteer import admin_prefixes
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.stemming import root_of
from polsek_nlp.recognize.evidence import find_evidence, merge_evidence
from polsek_nlp.recognize.incident_found import (
    found_again,
    found_in_state,
    found_later,
    left_unfound,
    still_after_find,
)
from polsek_nlp.recognize.incident_gate import IncidentFacts, may_report_incident
from polsek_nlp.recognize.incident_harm import CONTRAST
from polsek_nlp.recognize.incident_loot import loot_regex
from polsek_nlp.recognize.incident_people import find_people
from polsek_nlp.recognize.incident_shapes import (
    INITIALS,
    NOT_ROLE,
    NOT_STATUS,
    PEOPLE_AT_PLACE,
    People,
    in_background,
    of_other_year,
    sentence_of,
    set_old_dates,
    wished_away,
    year_gone,
)
from polsek_nlp.recognize.incident_tallies import counts_cases, relative_day, tally_goes_on
from polsek_nlp.recognize.incident_words import (
    ODD_CASE,
    OTHER_TIME,
    adverbs,
    any_word,
    body_words,
    compiled,
    core_words,
    cue_matches,
    missing_cues,
    parted_words,
    phrase_words,
    report_regex,
    word_before_end,
    word_regex,
    word_tuple,
    worded,
    words,
)
from polsek_nlp.recognize.laws import charges_in_text
from polsek_nlp.recognize.losses import find_losses
from polsek_nlp.recognize.quantities import number_pattern, number_words, parse_number, units
from polsek_nlp.recognize.seized_counts import summed_period
from polsek_nlp.recognize.seized_items import evidence_items
from polsek_nlp.record.types import Casualties, Victim

# --- is there an incident? ---------------------------------------------------------------------

INCIDENT_MIN_CUES = 2


def reports_incident(text: str) -> bool:
    """An article reports an incident when it holds at least INCIDENT_MIN_CUES words of an incident
    report, one of them a person's role, an arrest, a victim, a death or an injury (not only money or
    a law)."""
    # no core word at all (most articles): the whole-text regex need not run
    return may_report_incident(text) and _holds_cues(text)


def _holds_cues(text: str, doc: Doc | None = None) -> bool:
    """The cue test of `reports_incident` for a text that passed the gate (`doc`, when given, dates and places the
    article: what anchors a toll to a case of its own)."""
    n, core = 0, False
    own = _OwnToll(text, doc)
    for m in cue_matches(text):  # stops at the first proof, not at the end of the text
        if _is_cue(text, m):
            word = m.group(0).lower()
            core = core or word in core_words() or words("dead").get(word) == "calm"
            # `tiga warga mengalami luka ringan`: the article's own toll says a report by itself; so do a crime done to
            # a person named or by a doer, an arrest of a person set out by initials (`_proof`, s18gate)
            if _the_sick(text, m):
                continue  # `Wabah demam berdarah ... 15 warga dilarikan ke puskesmas`: an illness's sick (review s28rvB)
            if _toll_cue(text, m, own.sentences) and own.holds(m):
                n, core = n + 2, core or word in missing_cues()  # `Dua nelayan hilang`: the missing as a toll (s28cas)
            elif word in missing_cues():
                continue  # `motor hilang`, `pelaku belum ditemukan`: no cue by itself
            elif _proof(text, m, own.sentences) and own.holds(m) and not _in_story(text, m, own.sentences):
                n, core = n + 2, True
            else:
                n += 1
        elif _own_only(text, m, own.sentences) and own.holds(m) and not _in_story(text, m, own.sentences):
            n, core = n + 2, True  # a body found, a death found or in the lead's incident: the article's own only
        else:
            continue
        if core and n >= INCIDENT_MIN_CUES:
            return True
    return False


def _the_sick(text: str, m: re.Match) -> bool:
    """A weak word of harm that is a cue only as a toll (`toll_cue` rows: `dilarikan ke puskesmas`, `mual`) in an
    article of an outbreak (`outbreak` rows: `Wabah demam berdarah ... Sebanyak 15 warga dilarikan ke puskesmas`) or
    said of patients (`sick_noun` rows: `Dua pasien dilarikan ke rumah sakit`): an illness's sick, no incident's toll
    (review s28rvB)."""
    return m.group(0).lower() in words("toll_cue") and (word_regex("outbreak").search(text) is not None
                                                        or _sick_before().search(text, max(0, m.start() - 80), m.start()) is not None)


@cache
def _sick_before() -> re.Pattern:
    """A noun of the sick (`sick_noun` rows: `pasien`) and up to two words more, right before a word (`_the_sick`)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('sick_noun')})(?:\s+[^\W\d_][\w-]*){{0,2}}\s+$", re.IGNORECASE)


def _toll_cue(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A word of death, injury or loss after a count of people (`Tiga pekerja ditemukan tewas`, `melukai seorang
    bocah`): a toll, which a report of an incident states and little else does. The noun of its incident may open the
    article for a death or the missing (`Longsor menimbun ... Ujang (40) ... meninggal dunia`; not an injury: a clash
    of players); a death may be found (`ditemukan meninggal dunia`) and the missing named with an age (`Darman (48),
    dilaporkan hilang`; s18gate)."""
    word = m.group(0).lower()
    missing = word in words("missing") or word.split()[-1] in words("missing")
    if word not in words("dead") and word not in words("injured") and not missing:
        return False
    return _people_before(collective=False).search(text, max(0, m.start() - PEOPLE_SPAN), m.start()) is not None or \
        _number_after().match(text, m.end()) is not None or _event_in_sentence(text, sentence_of(sentences(), m.start())) \
        or (word in words("dead") or missing) and _event_near(text, m, sentences) or \
        (word in words("dead") or missing) and _named_before().search(text, max(0, m.start() - 60), m.start()) is not None \
        or word in words("dead") and _found_dead(text, m, sentences) or word in words("injured") and _named_hurt(text, m, sentences)


# one to three capitalised words: a name, or a region's name after its level (`_names_before`, `_described`)
_CAPITAL_RUN = r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}"


def _named_hurt(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A word of injury said of people named - two names joined by `dan` or one with an age (`A dan B mengalami luka`,
    `Deni (25), terluka`) - after an incident noun of its sentence or the lead (`_event_near`), with no word of a game in
    the sentence or the lead (`sport` rows: a clash of players, a rider's fall, is no case) nor of a work of fiction
    (`_in_story`: the film's characters; s21gate), nor a wound of the heart (`luka batin`: `_figurative_wound`; review
    s21rvF)."""
    if _names_before().search(text, max(0, m.start() - 80), m.start()) is None \
            and _named_before().search(text, max(0, m.start() - 60), m.start()) is None \
            or _figurative_wound().match(text, m.end()):
        return False
    sents = sentences()
    lead = (0, sents[min(1, len(sents) - 1)][1]) if sents else (0, len(text))
    return _event_near(text, m, sentences) and not _in_story(text, m, sentences) \
        and not any(_sense_regex("sport").search(text, *where) for where in (sentence_of(sents, m.start()), lead))


@cache
def _figurative_wound() -> re.Pattern:
    """A word right after a word of injury that makes it no harm of the body (`figurative_wound` rows: `luka batin`,
    `luka hati`, not `berhati-hati`)."""
    return re.compile(rf"\s+(?:{phrase_words('figurative_wound')})(?![\w-])", re.IGNORECASE)


@cache
def _names_before() -> re.Pattern:
    """Two names joined by `dan` right before a word, up to two words between (`Sheila dan Vanesha mengalami`)."""
    name = _CAPITAL_RUN
    return re.compile(rf"(?<![\w-]){name}\s+dan\s+{name}\s*,?\s+(?:[^\W\d_][\w-]*\s+){{0,2}}$")


def _found_dead(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A death found (`ditemukan meninggal dunia`) with no illness nor obituary after it through the next sentence
    (`natural_cause`, `obituary` rows: `... di kamarnya. Keluarga menyebut ia sudah lama sakit jantung.`; review of
    s18gate, F2): a death found is a case only when no illness tells it."""
    if _found_before().search(text, max(0, m.start() - 40), m.start()) is None:
        return False
    sents = sentences()
    k = _sentence_at(sents, m.start())
    end = sents[min(k + 1, len(sents) - 1)][1] if k < len(sents) else len(text)
    return word_regex("natural_cause").search(text, m.end(), end) is None \
        and word_regex("obituary").search(text, m.end(), end) is None


def _event_near(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A noun of an incident (`toll_event` rows) in the sentence of `m` or in the first (the lead that names the
    incident a short report then counts the harm of; s18gate)."""
    sents = sentences()
    return _event_in_sentence(text, sentence_of(sents, m.start())) or bool(sents) and _event_in_sentence(text, sents[0])


_YANG_BEFORE = re.compile(r"(?<![\w-])yang\s+$", re.IGNORECASE)


def _body_marked(text: str, m: re.Match) -> bool:
    """A noun of a dead body said of a person: after `sesosok` (`dua sosok`) or before a person (a `sex` or
    `person_noun` row, `seorang`, `korban`, a name: `mayat laki-laki`, `jasad korban`, `Mayat Darman`), not of remains
    of old (`jasad manusia purba`) nor a body with no person said (`menemukan jasad di dasar waduk`)."""
    return _body_lead().search(text, max(0, m.start() - 20), m.start()) is not None or _body_of().match(text, m.end()) is not None


@cache
def _body_lead() -> re.Pattern:
    return compiled(rf"(?<![\w-])(?:(?:{phrase_words('body_count', 'lead')})"
                    rf"|(?:{number_pattern()})\s+(?:{phrase_words('body_count', 'counted')}))\s+$", re.IGNORECASE)


@cache
def _body_of() -> re.Pattern:
    people = trie_alternation(word_tuple("sex") + word_tuple("person_noun"))
    return compiled(rf"\s+(?:(?:{phrase_words('body_count', 'after')})\s+)?(?:(?:{people})(?![\w-])|(?-i:[A-Z][a-z]))", re.IGNORECASE)


@cache
def _found_before() -> re.Pattern:
    """A verb of finding right before a word of death (`ditemukan meninggal dunia`, `ditemukan sudah tewas`): a body
    found (`body_find` rows of part `found`; the `adverb` rows of the done class between)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('body_find', 'found')})\s+{adverbs('done')}?"
                    rf"(?:(?:{phrase_words('state_lead')})\s+)?$", re.IGNORECASE)


def _proof(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A cue that a short report states and little else does (s18gate): a crime done to a person named with an age or by
    a doer (`Lastri (39), tertipu`, `dibobol maling`, `dicuri kawanan maling`: `doer` rows), an arrest or a role of a
    person set out by initials with an age or after `berinisial` in its sentence (`menangkap SA (34)`, `menyerahkan
    tersangka pencabulan, MS (45), ke Kejaksaan`); none in a clause of what is wont to happen (`habitual` rows)."""
    word = m.group(0).lower()
    if word in words("crime_verb"):
        # a crime done to goods (`goods` rows) by its doer only: not `Gawang yang dijaga Andi (23) dibobol` (review, F5)
        said = words("crime_verb")[word] != "goods" and _named_before().search(text, max(0, m.start() - 60), m.start()) \
            is not None or _by_doer().match(text, m.end()) is not None
    elif word in words("arrest") or word in words("role"):
        # `Dua siswa berinisial AR (16) diamankan guru`, `terdakwa AS (52) dijadwalkan`: initials alone are no case;
        # the police or a crime named in the sentence make one (review of s18gate, F3-F4)
        s0, s1 = sentence_of(sentences(), m.start())
        said = _initials_aged().search(text, s0, s1) is not None and (
            _sense_regex("police").search(text, s0, s1) is not None or _event_in_sentence(text, (s0, s1)))
    else:
        return False
    # `toko yang sepi kerap dibobol maling`: what is wont to happen, no case
    return said and not _habitual().search(text, max(0, m.start() - 120), m.start())


@cache
def _habitual() -> re.Pattern:
    """A word of what is wont to happen (`habitual` rows: kerap, sering, rawan) in the clause that ends where the
    pattern's search ends."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('habitual')})(?![\w-])[^.,;:!?\n]*$", re.IGNORECASE)


@cache
def _by_doer() -> re.Pattern:
    """A doer right after a crime verb (`dicuri kawanan maling`, `dirampok dua orang tak dikenal`, `ditusuk OTK`): a
    `doer` row, after `oleh` and a count or a group word (`doer` rows of part `group`), or people counted (`dirampok
    tiga pria bersenjata`: a `sex` row; not `digondol dua siswa`, `dibobol dua pemain`: review of s18gate, F5)."""
    people = trie_alternation(word_tuple("sex"))
    return compiled(rf"\s+(?:oleh\s+)?(?:(?:(?:{number_pattern()})\s+)?(?:(?:{phrase_words('doer', 'group')})\s+)?"
                    rf"(?:{phrase_words('doer', 'doer')})|(?:{number_pattern()})\s+(?:{people}))(?![\w-])", re.IGNORECASE)


@cache
def _initials_aged() -> re.Pattern:
    """A person set out by initials with an age (`SA (34)`) or after an initial cue (`berinisial DD`)."""
    return worded("name_context", rf"(?<![\w.])(?-i:{INITIALS})\s*\(\d{{1,2}}(?:\s*tahun)?\)|(?<![\w-])"
                                  rf"(?:{{introduced}})\s+(?-i:{INITIALS})(?![\w-])")


@cache
def _named_before() -> re.Pattern:
    """A person named with an age right before a word of death, up to two words between (`Karsih (55), tewas
    tertimbun`): a casualty named, a toll of one (s17cas; a word of injury is not read so: a player's `X (23),
    mengalami luka ringan` after a training is no incident)."""
    return re.compile(r"(?<![\w-])(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}\s*\(\d{1,3}(?:\s*tahun)?\)\s*,?\s*"
                      r"(?:[^\W\d_][\w-]*\s+){0,2}$", re.IGNORECASE)


def _event_in_sentence(text: str, sent: tuple[int, int]) -> bool:
    """A noun of an incident (`toll_event` rows: kebakaran, kecelakaan, longsor ...) in the sentence of a word of harm
    (`Kebakaran pasar itu mengakibatkan seorang pedagang tewas`, `Korban meninggal akibat keracunan makanan`): the harm
    and what caused it, a toll (s17cas). The sentence is the toll test's (`_OwnToll.sentences`: the doc's, else cut at
    a stop; s17fx5)."""
    return word_regex("toll_event").search(text, *sent) is not None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
TOLL_DAYS = 14  # a day of the event this many days or more before the publication anchors no toll of today's news


@dataclass
class _OwnToll:
    """Whether a toll (`_toll_cue`) is the article's own, and so two cues of the incident test: its sentence passes the
    casualty reader's checks (no other time, `_of_other_time`; no background, `in_background`; no year before the
    publication's written bare, `pada pemilihan 2020`; no illness after the word, `natural_cause` rows: `meninggal
    akibat DBD`), neither it nor the lead holds a frame that makes the toll no case of the article's own (a frame
    abroad: `foreign_frame` rows, a country or a city abroad not named as a nationality; a commemoration, figures, a
    story or a drill: `toll_frame` rows; a period summed over: `sejak Januari`), and a case of the article's own is
    anchored (`_anchors`). The sentences are the doc's when a doc is given (`sentence_bounds`), else cut at a stop."""

    text: str
    doc: Doc | None
    _sents: list[tuple[int, int]] | None = field(default=None, init=False)
    _framed: bool | None = field(default=None, init=False)

    def sentences(self) -> list[tuple[int, int]]:
        if self._sents is None:
            self._sents = [(b[2], b[3]) for b in sentence_bounds(self.doc)] if self.doc is not None \
                else _rough_sentences(self.text)
        return self._sents

    def holds(self, m: re.Match) -> bool:
        sents, text = self.sentences(), self.text
        k = _sentence_at(sents, m.start())
        if k >= len(sents):
            return False
        s0, s1 = sents[k]
        if _of_other_time(text, sents, k) or in_background(text, m.start()) \
                or word_regex("natural_cause").search(text, m.end(), s1) or _year_gone(text, s0, s1, self.doc):
            return False
        lead = (0, sents[min(1, len(sents) - 1)][1])
        if self._framed is None:
            self._framed = _framed(text, *lead) or _abroad_in(text, self.doc, lead[1])
        if self._framed or _framed(text, s0, s1):
            return False
        return _anchors(text, self.doc, ((s0, s1), sents[0]))


def _rough_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` as cut at a stop and a space (`reports_incident` of a text with no doc)."""
    out, s0 = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((s0, m.start()))
        s0 = m.end()
    out.append((s0, len(text)))
    return out


def _published(doc: Doc | None) -> dt.datetime | None:
    header = ext(doc, "header") if doc is not None else None
    return header.published if header is not None else None


def _year_gone(text: str, s0: int, s1: int, doc: Doc | None) -> bool:
    """A year before the publication's written bare in the sentence (`year_gone`): the toll of that year."""
    published = _published(doc)
    return published is not None and year_gone(text, s0, s1, published.year)


def _framed(text: str, s0: int, s1: int) -> bool:
    """A frame in `text[s0:s1]` that makes a toll there or after it no case of the article's own: abroad
    (`foreign_frame` rows: `KBRI`), a commemoration, figures, a story or a drill (`toll_frame` rows: `memperingati`,
    `menurut data`, `setiap tahun`, `mengisahkan`, `simulasi`), a period a toll is summed over (`toll_period` rows:
    `sejak Januari`)."""
    return word_regex("foreign_frame").search(text, s0, s1) is not None \
        or word_regex("toll_frame").search(text, s0, s1) is not None or summed_period().search(text, s0, s1) is not None \
        or _anniversary().search(text, s0, s1) is not None


@cache
def _anniversary() -> re.Pattern:
    """Years counted right before a noun of an incident (`Peringatan 20 tahun longsor ...`, `dua dekade gempa bumi`):
    an anniversary, the toll of then (review of s18gate, F1)."""
    return compiled(rf"(?<![\w-])(?:\d+|{number_pattern()})\s+(?:tahun|dekade|windu|abad)\s+(?:{phrase_words('toll_event')})"
                    r"(?![\w-])", re.IGNORECASE)


def _anchors(text: str, doc: Doc | None, where: tuple[tuple[int, int], ...]) -> bool:
    """Whether a case of the article's own is anchored: a noun of an incident (`toll_event` rows: `kebakaran`,
    `ledakan`) or a day of the event (`_day_of_event`) in the toll's sentence or the first (`where`), or a police word
    handling a case anywhere (`_case_handled`: `Polisi masih menyelidiki`, `ditangani Polsek ...`; not `mengimbau`,
    `mencatat`)."""
    return any(word_regex("toll_event").search(text, s0, s1) for s0, s1 in where) \
        or _day_of_event(text, doc, where) or _case_handled().search(text) is not None


def _abroad_in(text: str, doc: Doc | None, end: int) -> bool:
    """A country other than Indonesia or a city abroad named before `end`, not as a nationality (`nationality` rows
    right before it: `pekerja asal Malaysia`, `WNA Malaysia`)."""
    if doc is None:
        return False
    for sp in group(doc, "places"):
        p = data_of(sp) if sp.start_char < end else None
        if p is not None and (p.kind == "foreign" or p.kind == "country" and p.name not in _home_names()) \
                and not _nationality().search(text, max(0, sp.start_char - 40), sp.start_char):
            return True
    return False


@cache
def _nationality() -> re.Pattern:
    return compiled(rf"(?<![\w-])(?:{phrase_words('nationality')})\s+$", re.IGNORECASE)


@cache
def _home_names() -> frozenset[str]:
    """Indonesia's names in `countries.tsv` (its `iso2` ID): the one country that frames no news abroad."""
    return frozenset(n for r in read_table("countries.tsv") if r["iso2"] == "ID"
                     for n in (r["name"], *split_cell(r.get("variants") or "")))


def _day_of_event(text: str, doc: Doc | None, where: tuple[tuple[int, int], ...]) -> bool:
    """A day dated in `where` (the toll's sentence, the first) less than `TOLL_DAYS` before the publication and not a
    week after it (a weekday read forward); with no publication's day (or no doc), a day said relative to the writing
    (`toll_day` rows: `kemarin`) or by its weekday (`Senin (3/3/2025)`), never a date alone (`12 Oktober 2002`): an
    unknown publication is no near one."""
    published = _published(doc)
    if published is None:
        return any(relative_day().search(text, s0, s1) for s0, s1 in where)
    for sp in group(doc, "dates"):
        d = data_of(sp)
        if d is None or d.is_published or not d.value or d.granularity not in ("day", "time", "range") \
                or not any(s0 <= sp.start_char < s1 for s0, s1 in where):
            continue
        try:
            day = dt.date.fromisoformat(d.value[:10])
        except ValueError:
            continue
        if -7 <= (published.date() - day).days < TOLL_DAYS:
            return True
    return False


@cache
def _case_handled() -> re.Pattern:
    """A police word (`police` rows) handling a case: the subject of a `case_verb` (a name or three and two words
    between: `Polres Sukamaju masih menyelidiki`), or named after a `case_passive` verb (`ditangani Polsek ...`)."""
    police = trie_alternation(word_tuple("police"))
    return compiled(rf"(?<![\w-])(?:(?:{police})(?:\s+(?-i:[A-Z])[\w-]*){{0,3}}(?:\s+[a-z]+){{0,2}}?\s+"
                    rf"(?:{phrase_words('case_verb')})|(?:{phrase_words('case_passive')})\s+(?:oleh\s+)?(?:pihak\s+)?"
                    rf"(?:{police}))(?![\w-])", re.IGNORECASE)


@cache
def _people_before(collective: bool = True, aged: bool = True) -> re.Pattern:
    """A count (`_count_pattern`; with `collective` False a number only: `kedua tentara itu` points back at people said
    before) and a noun of people (`person_noun` rows), with its possessive (`dua penumpangnya`), the initials of the
    person with an age (`Seorang pelajar berinisial MA (16) terluka`; s18gate), what describes them (`_described`: where
    they live, their age; s21gate) and up to two words more, right before a word: the one pattern of a count of people
    for the cue test. With `aged` False an age does not describe them: a calm word of dying after an age is an
    obituary's shape (`Seorang warga berusia 85 tahun meninggal dunia`), the age of a violent death a report's
    (`Seorang bocah berusia enam tahun tewas`; review s21rvF)."""
    nouns = trie_alternation(word_tuple("person_noun"))
    count = _count_pattern() if collective else f"(?:{number_pattern()})"
    initials = worded("name_context", rf"(?:(?:{{introduced}})\s+(?-i:{INITIALS})\s*(?:\(\d{{1,2}}(?:\s*tahun)?\))?\s*,?\s*)?")
    return re.compile(rf"(?<![\w.,]){count}\s+(?:{nouns})(?:nya)?\s+{_described(aged)}{initials.pattern}"
                      rf"(?:[^\W\d_][\w-]*\s+){{0,2}}$", re.IGNORECASE)


@cache
def _aged_death_caused() -> re.Pattern:
    """How people counted with their age died, right after a calm word of dying (up to four words between): a link of
    cause (`described_part` rows of part cause: `setelah`, `akibat`, `saat`) and, a word on at most, a verb of mishap
    (`ter-`: `terpeleset`, `tertimpa`), a passive verb of harm (`harm_by` rows) or an incident noun (`toll_event`
    rows). With none a calm death after an age is an obituary's (`Seorang warga berusia 85 tahun meninggal dunia di
    rumah sakit`; review s21rvF), the age of a violent one a report's (`_people_before`'s `aged`)."""
    how = trie_alternation(word_tuple("harm_by") + word_tuple("toll_event"))
    return re.compile(rf"(?:\s+[^\W\d_][\w-]*){{0,4}}?\s+(?:{phrase_words('described_part', 'cause')})\s+"
                      rf"(?:[^\W\d_][\w-]*\s+)?(?:ter[^\W\d_]{{3,}}|{how})(?![\w-])", re.IGNORECASE)


PEOPLE_SPAN = 150  # how far before a word of harm the cue test looks for a count of people (`_people_before`)


@cache
def _described(aged: bool = True) -> str:
    """What may describe people counted between their noun and a word of their harm (s21gate): where they live, a
    region named with its level (`admin_prefixes.tsv`) and the regions above it after a comma (`Seorang warga Kecamatan
    Sukaraja, Kabupaten Sukamaju, Jawa Barat, meninggal dunia`), or their age (`described_part` rows of part age:
    `Seorang bocah berusia enam tahun tewas`); optional."""
    name = _CAPITAL_RUN
    region = rf"(?-i:{trie_alternation(tuple(admin_prefixes()))})\s+{name}"
    age = rf"(?:{phrase_words('described_part', 'age')})\s+(?:\d{{1,3}}|{number_pattern()})\s+tahun"
    age = f"|(?P<age>{age})" if aged else ""  # (named: `_is_cue` asks whether a match read an age)
    return rf"(?:(?:{region}(?:\s*,\s*(?:{region}|{name}))*{age})\s*,?\s+)?"


@cache
def _number_after() -> re.Pattern:
    """A number of people right after a verb of harm (`melukai seorang bocah`, `melukai dua penumpangnya`)."""
    return re.compile(rf"\s+(?:{number_pattern()})\s+(?:{trie_alternation(word_tuple('person_noun'))})(?:nya)?(?![\w-])",
                      re.IGNORECASE)


def _in_story(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A word of a work of fiction (`story_frame` rows: film, sinetron) in the sentence of `m` or the lead (its first two
    sentences): a proof there is a story's (s18gate)."""
    sents = sentences()
    s0, s1 = sentence_of(sents, m.start())
    lead = sents[min(1, len(sents) - 1)][1] if sents else 0
    return word_regex("story_frame").search(text, s0, s1) is not None or word_regex("story_frame").search(text, 0, lead) is not None


def _own_only(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A cue only as the article's own (`_OwnToll`), never one of a plain count (s18gate: a singer `ditemukan meninggal`
    abroad, said three times, is no report): a noun of a dead body its sentence says was found, of a person
    (`body_find` rows, `_body_marked`: `penemuan sesosok mayat laki-laki`, not `Jenazah almarhum dimakamkan`); a calm
    word of dying found (`ditemukan meninggal dunia`) or in an incident its sentence or the lead names (`Kecelakaan ...
    Iwan (22), meninggal dunia`: `_event_near`), not a description (`pekerja yang meninggal dunia akibat kecelakaan
    kerja`) nor a warning (`banjir bisa menyebabkan warga meninggal dunia`)."""
    word = m.group(0).lower()
    if word in words("custody_proof"):
        return _custody_proof(text, m, sentences)
    if word in body_words():
        return not _habitual().search(text, max(0, m.start() - 120), m.start()) and _body_marked(text, m) \
            and word_regex("body_find").search(text, *sentence_of(sentences(), m.start())) is not None
    if words("dead").get(word) != "calm" or _YANG_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            or _unreal_clause().search(text, max(0, m.start() - 120), m.start()):
        return False
    return _found_dead(text, m, sentences) or _event_near(text, m, sentences)


def _custody_proof(text: str, m: re.Match, sentences: Callable[[], list[tuple[int, int]]]) -> bool:
    """A weak verb of custody or sentencing (`custody_proof` rows) said of a case (s20fxC): a person set out by initials
    with an age in its sentence (`Polres X menahan AB (30)`, `DS (40) divonis 5 tahun penjara`), a report word - a
    crime, `pasal` - in it or the next (`Ia dijerat Pasal 378 KUHP`), no verb of arrest with a thing for its object
    (`ditahan imbang`) and no wish, condition or schedule in its clause before it (`akan divonis pekan depan`)."""
    if NOT_STATUS.match(text, m.end()) or _unreal_clause().search(text, max(0, m.start() - 120), m.start()):
        return False
    sents = sentences()
    k = _sentence_at(sents, m.start())
    if k >= len(sents) or _initials_aged().search(text, *sents[k]) is None:
        return False
    end = sents[min(k + 1, len(sents) - 1)][1]
    return any(r.start() != m.start() for r in report_regex().finditer(text, sents[k][0], end))


def _is_cue(text: str, m: re.Match) -> bool:
    """Whether a word of a report says one here: not a role word of a business (`pelaku usaha`: the
    `not_role` rows), not a verb of arrest with a thing for its object (`mengamankan tiga poin`,
    `ditahan imbang`: `not_status`), not a role or charge word in an idiom of surprise (`tak terduga`,
    `tanpa disangka`: `negator` rows), not a verb that secures in a sentence of a game or a transfer
    with no police in it (`Klub itu mengamankan X, pemain terbaik ...`: `sport`, `police` rows), not a
    calm word of dying unless after a count of people (`meninggal`: a person's death recalled; found or in the lead's
    incident it is `_own_only`), not a noun of a dead body (`_own_only`)."""
    word = m.group(0).lower()
    if word in words("custody_proof"):
        return False  # `ditahan imbang`, `menahan diri`: a proof of its own only (`_own_only`)
    if words("dead").get(word) == "calm":  # a toll (`30 bayi meninggal`), not a person's death (`Sang penyanyi meninggal`)
        # a count without an age matches the pattern with one too: that one is asked first; where its match passed no
        # age it is one of the pattern without (s21spd2), and the cause and that pattern are built and asked only where
        # the age was read
        window = max(0, m.start() - PEOPLE_SPAN)
        counted = _people_before().search(text, window, m.start())
        return counted is not None and (counted.group("age") is None or _aged_death_caused().match(text, m.end()) is not None
                                        or _people_before(aged=False).search(text, window, m.start()) is not None)
    if word in body_words():
        return False
    if word in words("role") and NOT_ROLE.match(text, m.end()):
        return False
    if word in words("arrest") and NOT_STATUS.match(text, m.end()):
        return False
    if (word in words("role") or word in words("charge")) \
            and word_before_end("negator").search(text, max(0, m.start() - 8), m.start()):
        return False
    if word in words("crime_verb") and _unreal_clause().search(text, max(0, m.start() - 120), m.start()):
        return False  # `supaya tidak ditipu`, `jika seorang anak dicabuli atau dianiaya`: an appeal's, a seminar's (s17fx3)
    if words("arrest_part").get(word) == "secures":
        s0 = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        s1 = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        return not (_sense_regex("sport").search(text, s0, s1) and not _sense_regex("police").search(text, s0, s1))
    return True


@cache
def _unreal_clause() -> re.Pattern:
    """A word of a wish, a condition or a denial (`unreal`, `negator`, `irrealis` rows of name_context: agar, jika,
    tidak, akan) in the clause that ends where the pattern's search ends."""
    return worded("name_context", r"(?<![\w-])(?:{unreal}|{negator}|{irrealis})(?![\w-])[^.,;:!?\n]*$", re.IGNORECASE)


@cache
def _wished() -> re.Pattern:
    """A word of a wish, a target or a condition (`unreal`, `irrealis` rows of name_context) in the clause that ends
    where the search ends."""
    return worded("name_context", r"(?<![\w-])(?:{unreal}|{irrealis})(?![\w-])[^.,;:!?\n]*$", re.IGNORECASE)


@cache
def _sense_regex(kind: str) -> re.Pattern:
    """The `kind` words (`sport`, `police`), with their possessive (`sepakannya`)."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(word_tuple(kind))})(?:nya)?(?![\w-])", re.IGNORECASE)


# --- casualties ----------------------------------------------------------------------------------

@cache
def _count_pattern() -> str:
    """A count of people: a number in digits or words (thousands too: `2 ribu`), or a collective (`kedua`,
    `keduanya`)."""
    collective = "|".join(w for w, (_, k) in number_words().items() if k == "collective")
    return rf"(?:{number_pattern()}(?:\s+ribu(?![\w-]))?|(?:{collective})(?:nya)?)"  # `2 ribu orang`


# a comma after the people counted before a word of their state (`seorang sopir taksi, ditemukan tewas`) or a `yang`
# clause set off by it, which says their harm (`Dua warga lain, yang mengalami luka bacok di lengan, dirawat`; s29r16)
_SET_OFF = r",\s*(?=(?:yang|ditemukan|dilaporkan|dikabarkan|dinyatakan)\s)"
# the noun a count of casualties is said with (`empat orang`, `tiga korban`, `dua jiwa`), and the word of a count to
# (`menjadi empat orang`): the tails of the toll patterns
_PEOPLE = r"(?:orang|korban|jiwa)"
# a name apposed to the others or the more counted, set off by commas (`Satu korban lagi, Paidi (29), ditemukan
# meninggal`; s30cas): one or more capitalised words, an age in brackets
_APPOSED = r",\s*(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}(?:\s*\(\d{1,3}\))?\s*,\s*"
_TO = r"(?:menjadi|jadi)"


@cache
def _casualty_patterns() -> list[tuple[str, re.Pattern]]:
    """(kind, pattern) of the casualty statements: a count before its word (`tiga orang tewas`,
    `kedua korban yang meninggal`) or after it (`korban meninggal dunia menjadi 27 orang`). The nouns
    a count may take (`orang`, `penumpang`, `suporter`) are the `person_noun` rows of the table."""
    num = _count_pattern()
    nouns = trie_alternation(words("person_noun"))
    every = trie_alternation(_casualty_word_set())
    others, near = phrase_words("contrast", "others"), phrase_words("near_miss")  # a contrast opens another count
    negators = trie_alternation(word_tuple("negator"))
    perpetrators = parted_words("counted_role", ("dead",))
    # a trade that is also a suspect's role with a drug word after it (`menembak mati seorang bandar narkoba`: s18cas)
    dealers = rf"(?:{parted_words('counted_role', ('dead_cued',))})\s+(?:{trie_alternation(words('drug_word'))})"
    measures = trie_alternation(units())  # `ekor`, `unit`, `buah` ...: what follows counts no people
    # one word that qualifies a noun of people (`sopir angkot`, `warga Palestina`): no verb, no casualty word,
    # nor a conjunction (`3 ribu orang dan korban luka 800 orang`: `dan` opens the next count)
    # nor a number (`15 orang setelah dua korban luka`: `dua` opens another count), nor a near miss (s27cas: `near_miss`
    # rows, `Seorang pemuda nyaris tewas` is no death), nor a negator (s28cas: `negator` rows, `mengevakuasi 40 pedagang
    # tanpa korban jiwa` denies the dead, it counts none)
    # after `sebuah` (`wartawan sebuah media online`) one or two words name a thing the people belong to: no verbs there
    qualifier = rf"(?!(?:me|di|ber|ter)[\w-]{{2,}}|(?:{every}|dan|atau|serta|{num}|{near}|{negators})(?![\w-]))[^\W\d_][\w-]{{2,}}"
    found = _SET_OFF
    # `dua korban luka meninggal di rumah sakit`, `kedua korban mengalami luka parah dan meninggal dunia`: the injured who
    # then died are counted among the dead, not the injured
    # a second count of people joined to the object of a verb of harm (`melukai seorang satpam dan dua karyawan`)
    # (not a count with a state of its own: `menewaskan dua orang dan tiga orang lainnya luka berat`)
    # ... only when its noun phrase ends the clause (a stop, a `clause_end` row), a word or two naming it between that
    # are no verb, no `not_harmed` state (`dan tiga penumpang selamat`) and no beast (`dua anak sapi`: `animal_noun`)
    ends = rf"(?=\s*(?:[.,;:!?)\"]|$)|\s+(?:{phrase_words('clause_end')})(?![\w-]))"
    # a proper name is one namer however long (`dua karyawan PT Maju Jaya Abadi`, `dua siswa SMP Negeri 1 X`)
    prefixes = "|".join(sorted(word_tuple("verb_prefix"), key=len, reverse=True))
    namer = (rf"(?:(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|\d+(?![\w.,])))*"
             rf"|(?!(?:{prefixes}|ke[\w-]+an(?![\w-]))|(?:{every}|{phrase_words('not_harmed')}|{phrase_words('animal_noun')}"
             rf"|{phrase_words('clause_end')}|{phrase_words('not_namer')})(?![\w-]))[^\W\d_][\w-]*)")
    joined = (rf"(?:(?:\s+[^\W\d_][\w-]*){{0,2}}?\s+(?:dan|serta)\s+(?P<joined>{num})\s+(?:{nouns})(?:nya)?(?![\w-])"
              rf"(?:\s+{namer}){{0,2}}{ends})?")
    died_after = rf"(?!(?:\s+(?-i:[a-z]+))?\s+(?:dan\s+)?(?:(?:akhirnya|kemudian|juga|pun)\s+)?(?:{trie_alternation(words('dead'))})(?![\w-]))"
    # `tiga warga ... hilang motor`: what goes `hilang` before a thing (an item of `evidence_items.tsv`, a `thing_noun`
    # row) is the people's loss, not the people (s17fx5)
    goods = (rf"(?!\s+(?:{trie_alternation(evidence_items().keys() | words('thing_noun').keys())})(?:nya)?(?![\w-]))")
    # the number of a name the qualifiers end with (`seorang anggota Densus 88`, `dua siswa SMK Negeri 3`; s22cev)
    name_number = r"(?:(?<=[^\W\d_]\s)\d{1,4}\s+(?!tahun(?![\w-])))?"
    out = []
    for kind in ("dead", "injured", "missing"):
        w = trie_alternation(words(kind))
        # a count before an active verb (`dua pria yang menewaskan seorang warga`, `... membunuh ...`)
        # counts the attackers: the active verbs of harm (`harm_act` rows) take their count after them
        w_after = trie_alternation(x for x in words(kind) if not re.fullmatch(r"me\w+(?:kan|i)", x)
                                and x not in words("harm_act"))
        out.append((kind, compiled(
            rf"(?<![\w.,])(?P<more>(?:(?:{num})\s+(?:{nouns})\s*(?:,\s*(?:dan\s+)?|\s+dan\s+))+)?"
            rf"(?P<n>{num})\s+(?:(?:{nouns})(?:nya)?(?:\s+dan\s+(?!(?:{every})(?![\w-]))(?P<also>{nouns}))?(?:\s+|{found})(?:(?:{nouns})(?:\s+|{found}))?"
            rf"(?:{qualifier}(?:\s+|{found})){{0,2}}{name_number}(?:sebuah\s+(?:(?!(?:{every})(?![\w-]))[^\W\d_][\w-]+\s+){{1,2}})?{PEOPLE_AT_PLACE}?)?"
            rf"(?:,?\s*termasuk\s+(?:{num})\s+(?:[\w-]+\s+){{1,2}}?)?"  # `enam warga termasuk tiga anak-anak tewas`
            rf"(?:(?:berusia|berumur|usia)\s+)?(?:(?:\d{{1,2}}|{num})\s+tahun\s+)?"
            rf"(?:(?:lainnya|lain|lagi|di antaranya)(?:\s+|{_APPOSED}))?(?:yang\s+)?"
            rf"(?:(?:juga|pun|ikut|masih|telah|sudah|(?:hingga|sampai)\s+(?:kini|sekarang|saat\s+ini))\s+)*(?:dilaporkan\s+|dikabarkan\s+|dinyatakan\s+|mengalami\s+|menderita\s+"
            rf"|ditemukan\s+(?:(?:sudah|telah|{phrase_words('state_lead')})\s+)?){{0,2}}"
            rf"(?:{w_after})(?![\w-]){died_after if kind == 'injured' else goods if kind == 'missing' else ''}", re.IGNORECASE)))
        out.append((kind, compiled(
            rf"(?:{w})\s+(?:(?:di tempat|{phrase_words('toll_link', 'after')}|{phrase_words('approximator', 'toll')})\s+)*"
            rf"(?P<n>{num})\s+(?:orang|korban|jiwa|lainnya|lain|{nouns})(?![\w-]){joined}", re.IGNORECASE)))  # `melukai 59 lainnya`
        if harm_acts := [x for x in words(kind) if x in words("harm_act")]:
            acts = trie_alternation(harm_acts)
            out.append((kind, compiled(  # a verb of killing or hurting counts people whatever their noun: `menewaskan 4 penghuni`
                rf"(?<![\w-])(?:{acts})\s+(?:(?:{phrase_words('approximator', 'harm_act')})\s+)?(?P<n>{num})\s+"
                rf"(?!(?:{every}|{measures}|{perpetrators}|{dealers}|dari|di|ke|pada|dalam|hingga|sampai|dan|tahun|kali)(?![\w-]))"
                rf"[^\W\d_][\w-]{{2,}}"  # not a count of things or animals (`menewaskan 200 ekor ternak`: the units
                # of a count), nor of perpetrators (`menembak mati dua perampok`: dead suspects, counted apart); a second
                # count of people joined to the object (`melukai seorang satpam dan dua karyawan`) is harmed too
                rf"{joined}", re.IGNORECASE)))
        out.append((kind, _toll_after_words(w, num)))
        out.append((kind, compiled(  # a toll revised later in its sentence: `... tercatat tujuh orang, namun bertambah menjadi sembilan orang`
            # (within 160 characters: the event, its time and place may stand between, `korban meninggal akibat gempa ...
            # yang mengguncang Kabupaten X, Rabu malam, 18 Oktober 2017, bertambah menjadi tiga orang`; s23cas2; not
            # over a clause of another count, `..., sementara jumlah pengungsi bertambah menjadi 300 orang`: contrast
            # rows of value others after a comma, review s23rvE; `Korban tewas sementara tercatat`: an adverb)
            rf"(?:{w})(?![\w-])(?:(?!(?:{every})(?![\w-])|,\s*(?:{others})(?![\w-]))[^.]){{0,160}}?\b(?:(?:bertambah|naik)\s+(?:dari\s+(?:{num})\s+)?|kini\s+)"  # `..., kini menjadi enam orang`
            rf"{_TO}\s+"
            rf"(?P<n>{num})\s+{_PEOPLE}(?![\w-])", re.IGNORECASE)))
    return out + [("missing", pat) for pat in _search_patterns(num, nouns)]


def _search_patterns(num: str, nouns: str) -> tuple[re.Pattern, ...]:
    """A count of the missing said by a search for them (`missing_search` rows; s27cas): people a rescue's searcher
    seeks (`Tim SAR masih mencari dua korban lainnya`), or anyone seeks when a `yang` clause says how they were lost
    (`Petugas masih melakukan pencarian terhadap lima penumpang yang belum ditemukan`). A count of people hunted by the
    police (`Polisi masih mencari dua pelaku`) is no count of the missing."""
    verb, rescue, lost = (phrase_words("missing_search", part) for part in ("verb", "rescue", "lost"))
    sought = (rf"(?<![\w-])(?P<search>{verb})\s+(?:(?:{phrase_words('approximator', 'toll')})\s+)?(?P<n>{num})\s+"
              rf"(?:{nouns})(?![\w-])")
    return (compiled(rf"(?<![\w-])(?:{rescue})(?![\w-])[^.;]{{0,60}}?{sought}", re.IGNORECASE),
            compiled(rf"{sought}(?:\s+[\w-]+){{0,2}}?\s+yang\s+(?:(?:diduga|masih|sempat|ikut)\s+)?(?:{lost})(?![\w-])",
                     re.IGNORECASE))


def _sought_suspects(text: str, m: re.Match, end: int) -> bool:
    """A suspect's role word (`role` rows: `pelaku`, `tersangka`) after the count a search seeks, in the 80 characters
    of its sentence after it (`Tim gabungan masih mencari dua orang pelaku yang melarikan diri`, `dua pria yang diduga
    pelaku`): a hunt, no count of the missing (s27rvB; `tim gabungan` searches for both)."""
    return word_regex("role").search(text, m.start("n"), min(end, m.end() + 80)) is not None


def _found_later(text: str, end: int) -> bool:
    """A find of the sought (`missing_search` rows of value found: `menemukan jasad`, `ditemukan tewas`) in the 300
    characters after a search's sentence ends at `end` (s27cas)."""
    return _found().search(text, end, end + 300) is not None


@cache
def _found() -> re.Pattern:
    """A find of the sought (`missing_search` rows of value found)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('missing_search', 'found')})(?![\w-])", re.IGNORECASE)


def _toll_after_words(w: str, num: str) -> re.Pattern:
    """`Korban meninggal akibat longsor di Dusun X mencapai 20 orang`, `Jumlah korban tewas ... 9 orang`: a count after
    a casualty word `w` and a few words, then a verb of amounting."""
    return compiled(
        # the place of the toll may be set out between, commas and all (`Korban tewas dalam kecelakaan di Jalan X, Desa
        # Y, Kecamatan Z, bertambah menjadi empat orang`; s18cas): a comma only after a capitalised word of a place's
        # name, and no word of contrast between (`... satu orang, sedangkan penumpang yang selamat ... berjumlah 14
        # orang` counts the others; review of s18cas, finding 3)
        rf"(?:(?:{w})\s+(?:(?!{CONTRAST.pattern})(?:(?-i:[A-Z])[\w-]*,?|[\w-]+)\s+){{1,16}}?"
        rf"(?:{phrase_words('toll_link', 'amount')})"
        rf"|\bjumlah\s+(?:{w})(?:\s+[\w-]+){{0,4}}?(?:\s+(?:{phrase_words('toll_link', 'total')}))*)\s+"
        rf"(?P<n>{num})\s+{_PEOPLE}(?![\w-])", re.IGNORECASE)


def _severity(kind: str, stated: str) -> str:
    """`injured:berat` / `injured:ringan` for a count of one severity, else the kind itself."""
    if kind == "injured":
        for sev in ("berat", "ringan"):
            if re.search(rf"\bluka\s+{sev}\b", stated, re.IGNORECASE):
                return f"injured:{sev}"
    return kind


@cache
def _no_injury() -> re.Pattern:
    """`karena kelelahan`, `akibat syok`: a cause of care (`care_cause` rows) that is no injury (`not_injury` rows) right
    after a count of people cared for, ending its phrase (`trauma kepala` is an injury)."""
    return compiled(rf"\s+(?:[a-z]+\s+){{0,3}}?(?:{trie_alternation(words('care_cause'))})\s+(?:mengalami\s+)?(?:{trie_alternation(words('not_injury'))})"
                    r"(?![\w-])(?=\s*(?:[^\w\s]|$|(?:dan|serta)\b))", re.IGNORECASE)


@cache
def _care_word() -> re.Pattern:
    """A word of care among the injured rows (value care: `masih dirawat`), which says no injury by itself."""
    return any_word(w for w, v in words("injured").items() if v == "care")


@cache
def _casualty_words() -> re.Pattern:
    """A word of casualty (`dead`, `injured`, `missing` rows, and a search's verb, `missing_search` rows: s27cas), as a
    trie: asked of every sentence."""
    search = {w for w, v in words("missing_search").items() if v == "verb"}
    return any_word(_casualty_word_set() | search)


@cache
def _casualty_word_set() -> frozenset[str]:
    """The words of casualty: the `dead`, `injured` and `missing` rows."""
    return frozenset(words("dead").keys() | words("injured").keys() | words("missing").keys())


@dataclass
class TollNotes:
    """What `read_casualties` read besides the counts, for `complete_casualties`: the severity (`berat`, `ringan`) and
    its count when the injured are counted by that severity alone (`tiga penumpang luka ringan`: ("ringan", 3)), and
    the (kind, count) of the counts in sentences of another time (`background`: `Saat itu tiga warga meninggal`)."""

    severity: tuple[str, int] | None = None
    background: frozenset[tuple[str, int]] = frozenset()


def find_casualties(text: str, sents: list[tuple[int, int]] | None = None) -> tuple[Casualties, list[tuple[str, int, int]]]:
    """The casualties the text states and the span of each statement (`read_casualties` less its notes)."""
    cas, spans, _ = read_casualties(text, sents)
    return cas, spans


def read_casualties(text: str, sents: list[tuple[int, int]] | None = None
                    ) -> tuple[Casualties, list[tuple[str, int, int]], TollNotes]:
    """Counts stated as `tiga orang tewas`, `korban meninggal dunia menjadi 27 orang`, `menewaskan
    satu orang`, `seorang pemuda 24 tahun luka`: the first statement of each kind in the text,
    unless a later one updates it (`menjadi`, `bertambah`, `total`). Injured counted by severity
    only (`dua luka berat dan empat luka ringan`) and counts of two kinds of people (`empat polisi
    dan tiga pekerja tewas`) are summed. Only the sentences (`sents`; the whole text when None) that
    hold a word of casualty are read; the notes (`TollNotes`) say what else was read."""
    hits: list[tuple[int, int, str, int, bool, bool, tuple[int, int, int] | None, bool]] = []
    sents = sents if sents is not None else [(0, len(text))]
    found_all = False
    said = [k for k, (s0, s1) in enumerate(sents) if _casualty_words().search(text, s0, s1)]
    other = [k for k in said if _of_other_time(text, sents, k)]
    windows = [sents[k] for k in said if k not in other]
    for (s0, s1), (kind, pat) in ((w, kp) for w in windows for kp in _casualty_patterns()):
        for m in pat.finditer(text, s0, s1):
            value = _count_word(m.group("n"))
            if value is None or value != int(value) or value > 100000 or of_other_year(text, s0, s1) \
                    or _name_number(text, m, s0):
                continue  # `pada Pilkades 2019 sempat terjadi bentrok yang mengakibatkan dua orang luka-luka`
            if kind == "injured" and _no_injured_count(text, m, value, hits) \
                    or kind == "missing" and m.groupdict().get("search") \
                    and (found_all or _found_later(text, s1) or _sought_suspects(text, m, s1)):
                continue  # the sought said found: `Pencarian terhadap satu penambang ... tim gabungan menemukan jasad korban`
            if kind == "missing" and (found := _found_after(text, m.end(), s1) or _gone_once(text, m, s1)
                                      or found_later(text, m.end(), s1)) is not None:
                found_all = True  # every one of them accounted for: the final missing number is 0 (settled s20 rule 1)
                if found != "tewas":
                    continue  # `tiga nelayan yang dilaporkan hilang ... ditemukan selamat`: missing no more
                kind = "dead"  # `Dua nelayan yang dilaporkan hilang sejak Sabtu akhirnya ditemukan meninggal dunia`
            value, more = _with_joined(m, value)
            value = left_unfound(kind, text, s1, value)  # `Tiga nelayan hilang. Dua di antaranya ditemukan selamat`: 1
            pre = text[max(0, m.start() - 15):m.start()].lower()
            update = _UPDATE.search(text[m.start():m.end()].lower() + " " + pre) is not None or _count_now(m) \
                or _joined_update().search(text, s0, m.start()) is not None
            # `kata X, seorang pekerja yang terluka`, `Marni (74), seorang nenek yang ...`: one
            # person described, no toll (used only when alone; the age s28cas2)
            described = value == 1 and re.search(r"[A-Z][\w.]*(?:\s*\(\d{1,3}\))?\s*,\s*$", text[max(0, m.start() - 40):m.start()])
            hits.append((m.start(), m.end(), _severity(kind, m.group(0)), int(value), update, bool(described), more,
                         worded("count_context", _OTHERS).search(m.group(0)) is not None))
    hits.sort()
    stated, spans = _stated(text, sents, hits)
    severities = [k.partition(":")[2] for k in ("injured:berat", "injured:ringan") if k in stated]
    alone = (severities[0], stated[f"injured:{severities[0]}"]) if len(severities) == 1 and "injured" not in stated else None
    if "injured" not in stated and severities:
        stated["injured"] = stated.get("injured:berat", 0) + stated.get("injured:ringan", 0)
    for kind in _none_stated(text, lambda at: _of_another_time(text, sents, other, at)):
        stated.setdefault(kind, 0)
    if found_all or any(_missing_found(text, s0, s1) for s0, s1 in sents):
        stated.setdefault("missing", 0)
    background = frozenset((kind, int(v)) for k in other for kind, pat in _casualty_patterns()
                           for m in pat.finditer(text, *sents[k]) if (v := _count_word(m.group("n"))) and v == int(v))
    return Casualties(dead=stated.get("dead"), injured=stated.get("injured"), missing=stated.get("missing")), spans, \
        TollNotes(alone, background)


_UPDATE = re.compile(rf"\b(?:{phrase_words('toll_link', 'update')})\b")  # a count that updates the toll (lower case)


@cache
def _joined_update() -> re.Pattern:
    """A count of an update (`_UPDATE`; a `becomes` row: `korban tewas menjadi tiga orang`) joined right before by `dan`,
    `serta` or a comma: the next count of the clause updates its kind too (`... menjadi tiga orang dan korban luka tiga orang`)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('toll_link', 'becomes')})\s+(?:{number_pattern()})(?:\s+orang)?\s*(?:,|dan|serta)\s*$",
                    re.IGNORECASE)


def _name_number(text: str, m: re.Match, s0: int) -> bool:
    """The digits of `m`'s count number a name, not people (`Seorang anggota Densus 88 terluka`, `siswa SMP Negeri 2
    terluka`): they close a run of capitalised words that a noun of people qualified by it opens (`anggota`, `siswa`;
    `person_noun` rows; review rvC s22: not any capitalised word, `Hingga Selasa 12 tewas`, `Menurut data BPBD 5
    tewas`, a title `Banjir Bandang Sukamaju 5 Tewas` count people) and no noun of people follows them (`Tabrakan Maut
    3 Orang Tewas`, a title, counts people). s22cev."""
    if not m.group("n")[:1].isdigit():
        return False
    run = _NAME_BEFORE.search(text, s0, m.start("n"))
    if run is None or run.group(1).lower() not in (nouns := words("person_noun")):
        return False
    return not any(w.lower() in nouns for w in re.findall(r"[\w-]+", text[m.end("n"):m.end()])[:3])


# a noun of people, then the capitalised words of the name it is of, right before the digits (`anggota Densus 88`,
# `siswa SMK Negeri 3`)
_NAME_BEFORE = re.compile(rf"(?<![\w-])([\w-]+)\s+{_CAPITAL_RUN}\s+$")


def _count_now(m: re.Match) -> bool:
    """A count said as it stands now (`toll_link` rows of value now: `korban luka kini 11 orang`, `korban luka tinggal 13
    orang`) takes the place of an earlier one; not of people still cared for (`masih dirawat tinggal 3 orang`: a part
    of the injured, value care). s22cev. The count must close its clause (a stop, a comma, a quote or the text's end
    after it: `korban luka tinggal 13 orang, tiga di antaranya luka berat`): words after it tell which part it counts
    (`kini 3 orang sudah diperbolehkan pulang`, `tinggal 3 orang yang masih dirawat`, `tinggal 3 orang di RSUD`: those
    still cared for or gone home, a part of the injured; review rvC s22)."""
    return _now_word().search(m.group(0)) is not None and _care_word().search(m.group(0)) is None \
        and _CLAUSE_END.match(m.string, m.end()) is not None


# the end of a clause right after a count: punctuation or the end of the text
_CLAUSE_END = re.compile(r"\s*(?:[^\w\s]|$)")


@cache
def _now_word() -> re.Pattern:
    return compiled(rf"(?<![\w-])(?:{phrase_words('toll_link', 'now')})\s+(?:{number_pattern()})\s", re.IGNORECASE)


def _missing_found(text: str, s0: int, s1: int) -> bool:
    """A person (a name, a noun of people, `korban`) a relative clause of sentence `s0`..`s1` says went missing, found
    in the same sentence (`X yang menghilang selama sebulan telah ditemukan di Y`, `Dua pendaki yang dilaporkan hilang
    akhirnya ditemukan selamat`), not `belum ditemukan` (`not_yet` rows of missing_found), nor a thing (`sepeda motor
    yang hilang ditemukan`), nor another clause's finding after a contrast."""
    if text.find("hilang", s0, s1) < 0:
        return False
    return any(not CONTRAST.search(m.group("gap")) and not _not_yet_found().search(m.group("gap"))
               and not _gone_thing(text, s0, m) for m in _gone_then_found().finditer(text, s0, s1))


def _gone_thing(text: str, s0: int, m: re.Match) -> bool:
    """The one said gone at `m` is a thing or a beast, not a person (review s21rvA): its word is a thing's, a beast's
    (`Motor yang hilang ...`, `Kerbau yang hilang ...` opening a sentence: `animal_noun` rows) or a lone capitalised
    ordinary word that is no noun of people (not a name's last word: `Intan Permata`); or the noun phrase it ends has
    a thing's word or an owner's before it (`Mobil Toyota Avanza yang hilang`, `Perhiasan korban yang hilang`, `Sepeda
    motor milik korban yang hilang`: the thing of the person named, `owner_word` rows)."""
    # (imported here as incident_shapes does: names is read on the first call)
    from polsek_nlp.recognize.names import is_common_word

    things = evidence_items().keys() | words("thing_noun").keys() | words("animal_noun").keys()
    head = m.group("who").split()[0].split("(")[0].lower()
    lead = _noun_phrase_lead().search(text, max(s0, m.start() - 60), m.start())
    ws = lead.group(0).split() if lead else []
    # a lone capitalised word (none before it: not a name's last word, `Intan Permata`) that is an ordinary word
    lone = m.group("who")[:1].isupper() and not (ws and ws[-1][:1].isupper())
    if head in things or (lone and head not in words("person_noun") and is_common_word(head)):
        return True
    owners = words("owner_word")
    return any(w.lower() in things or "owner" in owners.get(w.lower(), "").split() for w in ws)


@cache
def _noun_phrase_lead() -> re.Pattern:
    """The words of a noun phrase before its last word: capitalised words back to the first word before them (`Mobil
    Toyota `, `motor milik `: the run of capitalised words and the one word before it)."""
    return re.compile(r"(?:(?<![\w-])[\w-]+\s+)?(?:(?-i:[A-Z])[\w.'-]*\s+)*$")


@cache
def _gone_then_found() -> re.Pattern:
    people = trie_alternation(words("person_noun").keys() | {"korban"})
    return worded("missing_found",
                  rf"(?P<who>(?-i:[A-Z])[\w.'-]*(?:\s*\([^()]{{1,20}}\))?|(?<![\w-])(?:{people})(?:nya)?)\s*,?\s+yang\s+"
                  r"(?:(?:sudah|telah|sempat)\s+)?(?:{gone})(?![\w-])(?P<gap>[^.;:!?\"“”]{0,80}?\s)(?:{found})(?![\w-])")


@cache
def _not_yet_found() -> re.Pattern:
    return worded("missing_found", r"(?<![\w-])(?:{not_yet})\s+(?:[a-z]+\s+)?$")


@cache
def _found_state() -> re.Pattern:
    """What people said missing were later in their clause found to be: `... sejak Sabtu akhirnya ditemukan meninggal
    dunia`, `... telah ditemukan dalam keadaan selamat` (a `found_state` word: ditemukan, dinyatakan; up to two
    `found_dead` words; a harm). A harm with no finding before it (`menurut rekan mereka yang selamat`) is another's
    (s17fx3)."""
    return compiled(rf"[^.;:!?\"“”]{{0,100}}?\b{found_in_state()}", re.IGNORECASE)


def _gone_once(text: str, m: re.Match, end: int) -> str | None:
    """`once` when a count of the missing is said with an adverb of a past state (`adverb` rows of value once:
    `sempat`) right before its word (`Satu penambang lainnya sempat dinyatakan hilang`, `Dua warga sempat hilang`):
    they were missing for a time and are no more, found since (the article's toll says how); the missing number is 0
    (settled s20 rule 1), and they are not counted dead here. s24cas. Read after `_found_after` (a finding said in
    the clause, `... sebelum ditemukan meninggal`, says how), and not when the rest of the sentence (to `end`) says
    they are not found yet (`sempat hilang, namun hingga kini belum ditemukan`, `masih dicari`; review s24rvC)."""
    if not _once_missing().search(m.group(0)) or _still_missing().search(text, m.end(), end):
        return None
    return "once"


@cache
def _once_missing() -> re.Pattern:
    # the missing words of a relative clause of the gone (`missing_found` rows: `dinyatakan hilang`, `menghilang`)
    return compiled(rf"(?<![\w-])(?:{phrase_words('adverb', 'once')})\s+(?:{phrase_words('missing_found', 'gone')})$",
                    re.IGNORECASE)


@cache
def _still_missing() -> re.Pattern:
    # a negation or `masih` before a word of finding, going missing or searching (`missing_found` rows: `belum juga
    # ditemukan`, `masih hilang`, `masih dicari`, `masih dalam pencarian`)
    return worded("missing_found", r"(?<![\w-])(?:{not_yet})\s+(?:[a-z]+\s+)?(?:{found}|{gone}|{sought})(?![\w-])")


def _found_after(text: str, at: int, end: int) -> str | None:
    """The harm (`tewas`, `selamat`) the clause after a count of the missing says they were found in, or None: not when a
    clause of contrast, another count or others (`sementara tiga lainnya ditemukan selamat`) comes between."""
    fm = _found_state().match(text, at, end)
    if fm is None:
        return None
    gap = re.sub(r"\(\d{1,3}(?:\s*tahun)?\)", "", text[at:fm.start("h")])  # the ages of those named: `A (24) dan B (33)`
    others = parted_words("count_context", ("others",))  # `lainnya`, `lain`
    if CONTRAST.search(gap) or re.search(rf"\b(?:{others}|{_count_pattern()})\b", gap, re.IGNORECASE):
        return None
    harm = words("harm").get(fm.group("h").lower())
    return harm if harm in ("tewas", "selamat") else None


def _stated(text: str, sents: list[tuple[int, int]], hits: list) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    """The count of each kind the statements (`hits`, in text order) give, and the span of each statement: the first
    statement of a kind, or a later one that updates it, plus the others (`lainnya`) said right after a toll of their
    kind (`Tiga penumpang tewas di tempat. Seorang penumpang lainnya meninggal ...`: 4), unless that toll is a part
    (`di antaranya`) or names its parts (`termasuk`): the others are then the rest of it. The others add to the toll
    that set the count, with no word of casualty between them (`Empat orang tewas. Sopir tewas di lokasi, dan tiga
    penumpang lainnya tewas ...`: the others of one said dead without a count, or of a part of the total said before,
    are in that total)."""
    stated: dict[str, int] = {}
    spans: list[tuple[str, int, int]] = []
    tolls = {h[2] for h in hits if not h[5]}
    last: tuple[str, int, bool, int, bool] | None = None  # the last statement read: kind, end, a part, its sentence,
    rises: set[str] = set()  # the kinds a rise adds to: their count said plainly, nothing of the kind since (s27rvB)
    ends: dict[str, int] = {}  # where the last count of each kind read ended
    for s, e, kind, value, update, described, others in _own_counts(hits):  # whether it set the count
        spans.append((kind.partition(":")[0], s, e))
        again = last is not None and s < last[1]  # a statement read again by another pattern
        step = kind == "dead" and not again and found_again(text, s, e)  # `satu korban lagi ditemukan meninggal`
        if described and kind in tolls and not step:
            continue
        sent = _sentence_at(sents, s)  # (once a hit: a scan of the sentences)
        kind = _others_severity(kind, others, last)
        update = update or _missing_left(text, sents, kind in stated and kind, last, sent) \
            or kind == "missing" and kind in ends and still_after_find(text, ends[kind], s, e)
        sets = kind not in stated or update
        if step:
            sets = _step_found(stated, value, re.search(_APPOSED, text[s:e]) is None)  # one more dead, one less missing
        elif sets and kind in stated and not again and (rise := _increment().search(text, s, e)):
            if kind in rises and not _count_to().search(text, rise.end(), sents[sent][1] if sent < len(sents) else e):
                stated[kind] += value  # `Tiga warga tewas ... Korban meninggal bertambah satu orang`: 4, a rise (s27cas)
        elif sets:
            stated[kind] = value
            (rises.discard if update else rises.add)(kind)  # a count to (`kini empat orang`) holds the rise told after
        elif others and not again and last and last[0] == kind and last[4] and not last[2] \
                and sent - last[3] <= 1 and not _casualty_words().search(text, last[1], s):
            stated[kind] += value
            sets = True  # a later `lainnya` adds to this sum
        if not (sets or again):
            rises.discard(kind)  # `Sebelumnya tiga orang tewas di lokasi, lalu ... bertambah satu orang`: the story told
        if not again:
            part = worded("name_context", _PART_OF_TOLL).search(text, s, e + 12) is not None
            last = (kind, e, part, sent, sets)
        ends[kind] = e
    return stated, spans


def _step_found(stated: dict[str, int], value: int, unnamed: bool) -> bool:
    """More of the missing found dead, a step of the toll (`incident_found.found_again`): the count is taken from the
    missing and adds to the dead said before (`Tiga warga hanyut. Satu di antaranya ditemukan meninggal, sedangkan dua
    lainnya masih dicari. ... satu korban lagi ditemukan meninggal`: dead 2, missing 1). With no dead said before, an
    `unnamed` step of the missing is their first dead (`Dua warga hilang. ... satu korban lagi ditemukan meninggal`:
    dead 1, missing 1; s30rvA); one with a name apposed, or with no missing said, is no total (the named dead are
    counted: `Dua di antaranya, A dan B, ditemukan meninggal. ... satu korban lagi, C, ...`). Whether it set the dead.
    s30cas."""
    of_missing = bool(stated.get("missing"))
    if of_missing:
        stated["missing"] = max(0, stated["missing"] - value)
    if "dead" in stated or of_missing and unnamed:
        stated["dead"] = stated.get("dead", 0) + value
    return "dead" in stated


def _others_severity(kind: str, others: bool, last: tuple | None) -> str:
    """The kind the others (`lainnya`) of the injured said with no severity count in: the severity of the toll right
    before them (`12 penumpang luka ringan dan dua lainnya dirawat`: 14, not 2 - the others join that toll's sum;
    s28cas2), else their own."""
    if others and kind == "injured" and last is not None and last[0].startswith("injured:"):
        return last[0]
    return kind


def _missing_left(text: str, sents: list[tuple[int, int]], again: str | bool, last: tuple | None, sent: int) -> bool:
    """Whether a count of the missing said again (`again`: its kind, already stated) right after the dead said found, a
    part of them (`di antaranya`; a `missing_search` row of value found in their sentence: `ditemukan meninggal`), in
    that sentence or the next, is the
    missing left once those were found (`Tiga nelayan hilang. Dua di antaranya ditemukan meninggal dunia, sedangkan satu
    orang masih dicari`: 1, not 3; s28cas2): it updates the missing. Not the dead of a tally (`Sebelumnya, tim SAR
    mencatat tujuh korban tewas dan tiga penumpang hilang`, `Pada hari pertama, tiga korban ditemukan tewas dan tiga
    lainnya hilang`: no part)."""
    if again != "missing" or last is None or last[0] != "dead" or not last[2] or sent - last[3] > 1 or last[3] >= len(sents):
        return False
    return _found().search(text, sents[last[3]][0], last[1]) is not None


@cache
def _increment() -> re.Pattern:
    """A rise by a count (`toll_link` rows of value increment: `bertambah satu orang`), not to it (`bertambah menjadi
    empat orang`): the count adds to the toll stated before (s27cas)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('toll_link', 'increment')})\s+(?:{number_pattern()})\s+{_PEOPLE}"
                    r"(?![\w-])", re.IGNORECASE)


@cache
def _count_to() -> re.Pattern:
    """A count to (`menjadi empat orang`, `sehingga jumlahnya menjadi empat orang`) after a rise in its sentence: the
    total holds the rise, which adds nothing to the toll said before (s27rvB)."""
    return compiled(rf"(?<![\w-]){_TO}\s+(?:{number_pattern()})\s+{_PEOPLE}(?![\w-])", re.IGNORECASE)


def _with_joined(m: re.Match, value: float) -> tuple[float, tuple[int, int, int] | None]:
    """The count of a casualty statement with the people joined to it, and the span and sum of the counts before it:
    `empat polisi dan tiga pekerja tewas` adds up; `seorang petugas dan wartawan ... luka` is one of each noun (a
    count of more says nothing of the second noun's number)."""
    more = None
    if m.groupdict().get("more"):
        more = (m.start("more"), m.end("more"), int(sum(
            _count_word(x.group(0)) or 0 for x in compiled(number_pattern(), re.IGNORECASE).finditer(m.group("more")))))
        value += more[2]
    if value == 1 and m.groupdict().get("also"):
        value = 2
    if m.groupdict().get("joined"):
        value += _count_word(m.group("joined")) or 0
    return value, more


# a sentence that opens with a bare relative clause (`"Yang menyebabkan 1.115 orang meninggal ...`) goes on with the one before
_GOES_ON = re.compile(r"\W*Yang\s")


@cache
def _time_back() -> re.Pattern:
    """A sentence opener that points back at the time the sentence before said (`time_back` rows: `Saat itu, ...`)."""
    return re.compile(rf"\W*(?:{trie_alternation(word_tuple('time_back'))})(?![\w-])", re.IGNORECASE)


def _of_other_time(text: str, sents: list[tuple[int, int]], k: int) -> bool:
    """Whether sentence `k` is about another time than the incident's (`OTHER_TIME`: last year's toll, the great
    quake of 2009) or goes on with one that is (`... gempa yang terjadi pada 2009 silam. "Yang menyebabkan 1.115
    orang meninggal`). Asked of the sentences with a word of casualty only: the sentences before are read only
    back along a run of such continuations; a separate incident's story opened at or before `k` covers them all."""
    if _after_separate(text, sents, k):
        return True
    while True:
        s0, s1 = sents[k]
        if OTHER_TIME.search(text, s0, s1) is not None or _month_of_year().search(text, s0, s1) is not None \
                or counts_cases(text, s0, s1) or _recalls(text, s0, s1) \
                or summed_period().search(text, s0, s1) is not None or tally_goes_on(text, s0, s1):
            return True
        if k == 0 or (_GOES_ON.match(text, s0, s1) is None and _time_back().match(text, s0, s1) is None):
            return False
        k -= 1


def _after_separate(text: str, sents: list[tuple[int, int]], k: int) -> bool:
    """Whether sentence `k` or one before it opens the story of a separate incident (`_separate_opener`: `Dalam
    kejadian terpisah, sebuah minibus ... menewaskan tiga penumpangnya`): the story runs on to the article's end."""
    return any(_separate_opener().match(text, s0, s1) is not None for s0, s1 in sents[:k + 1])


SEPARATE_OPENER = 40  # `Sementara itu, dalam kejadian terpisah`: at most the characters of a lead before the opener


@cache
def _separate_opener() -> re.Pattern:
    """A sentence opened by a `separate` phrase after its `lead` preposition (`Dalam kejadian terpisah`, `Di tempat
    terpisah`), at the sentence's start or after a lead closed by a comma (`Sementara itu, di lokasi terpisah`): not
    the phrase inside a clause (`Para korban dirawat di tempat terpisah`, `ditangkap di lokasi terpisah`)."""
    return worded("separate", rf"\W*(?:[^,.;:!?\n]{{1,{SEPARATE_OPENER}}},\s*)?(?:{{lead}})\s+(?:{{phrase}})(?![\w-])")


def _recalls(text: str, s0: int, s1: int) -> bool:
    """A sentence that tells of another, earlier incident (`recall` rows: `Kecelakaan serupa pernah terjadi ... dan
    menewaskan dua orang`, `Ia mengingatkan peristiwa Agustus lalu, ketika dua nelayan meninggal dunia`): its toll is
    that incident's. Not a recall wished away (`incident_shapes.wished_away`: `tidak pernah terjadi`, `berharap
    kecelakaan serupa tidak terulang`)."""
    return any(not wished_away(text, m, s0) for m in _recall().finditer(text, s0, s1))


@cache
def _recall() -> re.Pattern:
    """A `recall` word, or its `similar` word right after a noun of an incident or a case (`kecelakaan serupa`), or its
    `verb` with an object of two words at most and a `to` word before such a noun (`mengingatkan warga pada longsor
    yang menewaskan 12 orang`, s27cas2)."""
    nouns = f"{phrase_words('toll_event')}|{phrase_words('case_noun')}"
    return worded("recall", rf"(?<![\w-])(?:{{word}}|(?:{nouns})\s+{{similar}}"
                            rf"|{{verb}}(?:\s+[\w-]+){{0,2}}?\s+{{to}}\s+(?:{nouns}))(?![\w-])")


@cache
def _month_of_year() -> re.Pattern:
    """`pada Juli 2016`: a time given by its month and year and no day dates a recalled event (the coup whose toll
    a report of arrests restates), as `pada 2016` does; the incident reported is dated by its day (`Kamis (9/5)`,
    `pada 9 Mei 2019`). Month names from the `temporal_words` table."""
    months = trie_alternation(temporal_words().full_months)
    return re.compile(rf"\bpada\s+(?:bulan\s+)?(?:{months})\s+(?:19|20)\d\d\b", re.IGNORECASE)


# `lainnya` / `lain` in a statement: people counted beside those of the statement before (`dua lainnya`)
_OTHERS = r"\b{others}\b"  # count_context rows
# `di antaranya` in a statement: a part of the toll before it, and the `lainnya` after it the rest of that toll; a
# toll that names a part of it right after (`melukai tujuh lainnya, termasuk dua anggota polisi`) has its rest told apart
_PART_OF_TOLL = r"\b{toll_includes}\b"  # name_context rows: `di antaranya`, `termasuk`


def _sentence_at(sents: list[tuple[int, int]], at: int) -> int:
    """The index of the sentence that holds offset `at`."""
    return next((k for k, (s0, s1) in enumerate(sents) if s0 <= at < s1), len(sents))


def _own_counts(hits: list) -> list[tuple[int, int, str, int, bool, bool, bool]]:
    """The hits, less the counts added before a count that a statement of another kind already counts:
    `menewaskan tiga orang dan dua lainnya hilang` is three dead and two missing (`tiga orang` is the
    object of `menewaskan`), not five missing; `empat polisi dan tiga pekerja tewas` still adds up."""
    out = []
    for s, e, kind, value, update, described, more, others in hits:
        if more and any(o[2].partition(":")[0] != kind.partition(":")[0] and o[0] <= more[0] < o[1] for o in hits):
            s, value = more[1], value - more[2]
        out.append((s, e, kind, value, update, described, others))
    return out


@cache
def _none_pattern() -> re.Pattern:
    """`tidak ada korban jiwa`, `tak ada korban jiwa maupun korban luka`, `nihil korban luka`, `tidak
    menimbulkan korban jiwa`, `tidak ada yang terluka` (the `none_said` words): no casualty of the kinds (`dead`, `injured`) whose
    `korban ...` words the denial names."""
    ws = {w.removeprefix("korban ") for kind in ("dead", "injured") for w in words(kind) if " " not in w.removeprefix("korban ")}
    kinds = trie_alternation(ws)
    deny = trie_alternation(words("none_said"))
    return re.compile(rf"\b(?:{deny})\s+(?:korban|yang)\s+(?:{kinds})(?![\w-])"
                      rf"(?:\s*(?:,|maupun|ataupun|atau|dan)\s+(?:korban\s+)?(?:{kinds})(?![\w-]))*", re.IGNORECASE)


def _of_another_time(text: str, sents: list[tuple[int, int]], other: list[int], at: int) -> bool:
    """The sentence at `at` is one of another time (`other`: `_of_other_time`) or of another year (`of_other_year`)."""
    k = _sentence_at(sents, at)
    return k < len(sents) and (k in other or of_other_year(text, *sents[k]))


def _none_stated(text: str, elsewhen: Callable[[int], bool]) -> list[str]:
    """The kinds of casualty the text says there were none of, not in a sentence `elsewhen` says is of another time
    (`Pada lebaran 2025, satu perahu terbalik tanpa korban jiwa`: that year's; s29r16)."""
    out = []
    for m in _none_pattern().finditer(text):
        if _wished().search(text, max(0, m.start() - 80), m.start()) or elsewhen(m.start()):
            continue  # `polisi menargetkan tidak ada korban jiwa`: a target, no statement (s19cas)
        for w in re.findall(r"[\w-]+(?:\s+(?:berat|ringan|dunia))?", m.group(0).lower()):
            kind = next((k for k in ("dead", "injured") if w in words(k) or f"korban {w}" in words(k)), None)
            if kind and kind not in out:
                out.append(kind)
    return out


def _no_injured_count(text: str, m: re.Match, value: float, hits: list) -> bool:
    """A statement of injury that counts no injured: people cared for, not hurt (`Empat di antaranya masih dirawat karena
    kelelahan`), or the wounds of the dead (`Dua pemuda tewas ... Keduanya mengalami luka bacok`; s21inc2)."""
    return _care_word().search(m.group(0)) is not None and _no_injury().match(text, m.end()) is not None \
        or _wounds_of_the_dead(m, value, hits) or _wound_count(text, m)


def _wound_count(text: str, m: re.Match) -> bool:
    """A count right before `luka` with no noun of people between and a kind of wound after (`wound_kind` rows: `tewas
    dengan delapan luka tusuk`, `mengalami tiga luka bacok`): it counts the wounds, not the injured (s26cas), when a
    word of bearing leads the count (`wound_count_lead` rows; s26rvB: `dua orang tewas dan tiga luka bakar` counts
    people), or when a verb of finding or a place on the body follows the kind (`wound_count_after` rows; s27cas:
    `Sebanyak empat luka tembak ditemukan di tubuh korban`, `lima luka bacok di tubuh korban`)."""
    if _BARE_WOUND.fullmatch(text, m.end("n"), m.end()) is None or (kind := _wound_kind().match(text, m.end())) is None:
        return False
    return _wound_count_lead().search(text, max(0, m.start("n") - 40), m.start("n")) is not None \
        or _wound_count_after().match(text, kind.end()) is not None \
        and _tallied().search(text, max(0, m.start("n") - 40), m.start("n")) is None


@cache
def _tallied() -> re.Pattern:
    """A word of casualty and a joining word right before a count (`dua orang tewas dan tiga luka tembak di kaki`,
    `Seorang pelaku tewas, sedangkan dua luka tembak di kaki`: `list_word` rows of joiner, `contrast` rows of others):
    the count is of people, tallied with the toll before it, whatever follows its wound (s27rvB)."""
    every = trie_alternation(_casualty_word_set())
    join = f"{phrase_words('list_word', 'joiner')}|{phrase_words('contrast', 'others')}"
    return compiled(rf"(?<![\w-])(?:{every})(?![\w-])\s*,?\s*(?:(?:{join})\s+)?"
                    rf"(?:(?:{phrase_words('approximator', 'toll')})\s+)?$", re.IGNORECASE)


_BARE_WOUND = re.compile(r"\s+luka", re.IGNORECASE)


@cache
def _wound_kind() -> re.Pattern:
    """A kind of wound (`wound_kind` rows) right after `luka`."""
    return compiled(rf"\s+(?:{trie_alternation(words('wound_kind'))})(?![\w-])", re.IGNORECASE)


@cache
def _wound_count_after() -> re.Pattern:
    """A verb of finding, or `di`/`pada` and a part of the body or the body (`wound_count_after`, `body_part`,
    `wound_site` rows), right after a kind of wound."""
    site = trie_alternation(words("body_part").keys() | words("wound_site").keys())
    return compiled(rf"\s+(?:(?:{phrase_words('wound_count_after', 'verb')})(?![\w-])"
                    rf"|(?:{phrase_words('wound_count_after', 'at')})\s+(?:{site})(?![\w-]))", re.IGNORECASE)


@cache
def _wound_count_lead() -> re.Pattern:
    """A word of bearing (`wound_count_lead` rows) right before a count, an approximator between or not."""
    return compiled(rf"(?<![\w-])(?:{trie_alternation(words('wound_count_lead'))})\s+"
                    rf"(?:(?:{phrase_words('approximator')})\s+)?$", re.IGNORECASE)


def _wounds_of_the_dead(m: re.Match, value: float, hits: list) -> bool:
    """An injury said of a collective (`Keduanya mengalami luka bacok`, `ketiganya menderita luka tusuk`) that points
    back at as many people said dead before it (`Dua pemuda tewas dalam tawuran`), no injured said between: the wounds
    the dead died of, no count of the injured (s21inc2). A collective of another number, or after a count of the
    injured, is read as before."""
    got = number_words().get(re.sub(r"nya$", "", m.group("n").lower()))
    if got is None or got[1] != "collective":
        return False
    before = [h for h in hits if h[1] <= m.start()]
    dead = [h for h in before if h[2] == "dead" and h[3] == int(value)]
    return bool(dead) and not any(h[2].startswith("injured") for h in before) \
        and not _other_group_between(m.string[dead[-1][1]:m.start()], int(value))  # `... Dua lainnya luka. Keduanya ...`


def _other_group_between(between: str, value: int) -> bool:
    """Between the dead and a collective pointing back (`Keduanya mengalami luka bacok`), another group it may point
    at: a count of as many (`Dua warga yang melerai juga terkena sabetan`, `Dua pengendara lain, AB dan CD`), or people
    said to have come out alive (`harm` rows of value selamat: `Sopir dan kernet truk selamat`) - the collective is
    theirs, an injured count (s21rvC)."""
    if any(_count_word(w) == value for w in re.findall(r"\b(?:[^\W\d]+|\d+(?=\s+[a-z]))\b", between)):
        return True  # (a digit only before a word: `dua warga`, `2 warga`, never the date `(2/5)`)
    return _alive_word().search(between) is not None


@cache
def _alive_word() -> re.Pattern:
    """A word saying people came out alive (`harm` rows of value selamat)."""
    return any_word(w for w, v in words("harm").items() if v == "selamat")


def _count_word(word: str) -> float | None:
    """A number in digits or words, or a collective (`kedua`, `keduanya` -> 2)."""
    if word[:1].isdigit():
        return parse_number(word)
    got = number_words().get(re.sub(r"nya$", "", word.lower()))  # `keduanya masih dirawat`: both of them
    if got is not None and got[1] == "collective":
        return got[0]
    return parse_number(word)


def complete_casualties(cas: Casualties, victims: list[Victim], people: People, text: str = "",
                        sents: list[tuple[int, int]] | None = None, notes: TollNotes | None = None) -> None:
    """A suspect shot dead counts as dead (added to a stated count of victims, less those the toll says it
    counts: `menewaskan lima orang, termasuk pelaku`); where no number is stated, the named victims who died,
    were hurt or are missing are counted, and so are the unnamed ones the article describes one by one (`menganiaya istrinya
    hingga luka-luka`, `Korban tewas di lokasi`: gold/incidents/README.md, a count is taken when the article
    names or describes each casualty); a stated count of the injured is raised to the victims said hurt when they are
    more (`Seorang anggota polisi terluka` beside a shop owner named hurt: a count of one group, not of all; s22cev);
    a victim hurt whose sentence goes on to a death (`A mengalami luka berat dan kemudian meninggal dunia`) is not
    counted hurt by these two rules (s23cas).
    A count of the injured of one `severity` alone (`tiga penumpang luka ringan`) leaves out the named victims of the
    other (`Sopir, A, luka berat`): they are added to it (the README sums luka berat and luka ringan), unless the
    victims' stage added them already (`... Tiga lainnya luka ringan`: `others_counted`). s23cas. Where no dead are
    stated and the unnamed dead victims are as many as a count of the dead in a sentence of another time
    (`notes.background`: `Saat itu tiga warga meninggal` after last year's election), they are that count's: only
    the named dead are counted (s23cas)."""
    hurt_alive = [v for v in victims if v.status and v.status.startswith("luka")
                  and not _died_later(text, sents or [(0, len(text))], people, v)]
    notes = notes or TollNotes()
    severity = notes.severity
    if severity is not None and cas.injured == severity[1]:
        other = "luka ringan" if severity[0] == "berat" else "luka berat"
        cas.injured += sum(1 for v in hurt_alive if v.name and v.status == other)
    hurt = len(hurt_alive)
    if cas.injured is None or hurt > cas.injured:
        cas.injured = hurt or cas.injured
    if not cas.missing:  # None, or 0 when the missing said found (a victim still missing is more: `Darto masih hilang`)
        cas.missing = sum(1 for v in victims if v.status == "hilang") or cas.missing  # `X (6) ... belum ditemukan`
    dead = people.dead_suspects
    if cas.injured is None:
        cas.injured = _one_described(text, sents, "injured")
    if cas.dead is None:
        unnamed = sum(1 for v in victims if v.status == "tewas" and not v.name)
        cas.dead = sum(1 for v in victims if v.status == "tewas" and (v.name or ("dead", unnamed) not in notes.background)) \
            or _one_described(text, sents, "dead")
    elif dead:
        dead -= _counted_in_toll(text, sents or [(0, len(text))], dead - people.dead_beyond)
    if dead:  # after the named victims: `Aiptu X gugur. Dua pelaku ditembak mati` is 3 dead
        cas.dead = dead if cas.dead is None else cas.dead + dead


def _died_later(text: str, sents: list[tuple[int, int]], people: People, victim: Victim) -> bool:
    """A word of death (`dead` rows) after the first mention of the named `victim` in its sentence, before a clause of
    contrast that opens another person (a comma and a `contrast` row of value others): the hurt victim died after (`Sopir, A,
    mengalami luka berat dan kemudian meninggal dunia di rumah sakit`), not the other (`A luka berat, sedangkan B
    meninggal dunia`; s23fr2)."""
    at = next((s for label, s, _e, data in people.spans if label == "VICTIM" and data is victim), None)
    if at is None:
        return False
    end = sentence_of(sents, at)[1]
    if cut := worded("contrast", r",\s*(?:{others})(?![\w-])").search(text, at, end):
        end = cut.start()
    return word_regex("dead").search(text, at, end) is not None


def _one_described(text: str, sents: list[tuple[int, int]] | None, kind: str) -> int | None:
    """1 when a sentence opens with one person described by a noun of people and no count (`Bocah berusia 7 tahun
    tewas tertabrak`, `Dalam kecelakaan itu pengemudi mobil meninggal dunia di lokasi`) and says the casualty of
    `kind` of them, outside another time's sentences; else None. A bare noun may be many (`Pelajar terluka`): a
    marker of one is needed (`sang`, `itu`, an age, a name apposed) unless the noun names one in the scene
    (`single_role` rows: `Sopir minibus tewas`). Asked only where no count of the kind is stated and no victim is
    named with it."""
    sents = sents or [(0, len(text))]
    rx = _described_pattern(kind)
    for k, (s0, s1) in enumerate(sents):
        m = rx.match(text, s0, s1)
        if m and (any(m.group(g) for g in _ONE_MARKS) or _single_in_scene(text, m, s0, s1)) \
                and not _of_other_time(text, sents, k) and not in_background(text, s0):
            return 1
    return None


def _single_in_scene(text: str, m: re.Match, s0: int, s1: int) -> bool:
    """The noun of `m` names one in the scene (`single_role` rows); a road user's (value `scene`: `pengendara`) only
    in a sentence that names the incident or the crash (`toll_event` rows, `crash_scene` rows of name_context), not in a
    campaign's general statement (`Pengendara motor tewas karena tidak memakai helm`; s17fx3)."""
    role = words("single_role").get(m.group("noun").lower())
    if role != "scene":
        return role is not None
    return word_regex("toll_event").search(text, s0, s1) is not None or \
        worded("name_context", r"(?<![\w-])(?:{crash_scene})(?![\w-])").search(text, s0, s1) is not None


_ONE_MARKS = ("sang", "this", "age", "named")  # `sang sopir`, `sopir itu`, `berusia 7 tahun`, `Sopir, AS (40),`


@cache
def _described_pattern(kind: str) -> re.Pattern:
    """A sentence's subject of one person (a noun of people that is no crowd's: `crowd_noun` rows; not `korban`,
    which a count or the named victims speak for), an opener of the case before it (`Dalam kecelakaan itu`), and a
    word of `kind` after it; the groups `_ONE_MARKS` the markers of one person, if any (`described_part` rows)."""
    nouns = trie_alternation(w for w in words("person_noun") if w not in words("crowd_noun"))
    every = trie_alternation(_casualty_word_set())
    this = phrase_words("described_part", "one_after")
    qualifier = rf"(?!(?:me|di|ber|ter)[\w-]{{2,}}|(?:{every}|dan|atau|serta|yang|{this})(?![\w-]))[^\W\d_][\w-]*"
    w_after = trie_alternation(x for x in words(kind) if not re.fullmatch(r"me\w+(?:kan|i)", x) and x not in words("harm_act"))
    named = r"\s*,\s*(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2}(?:\s*\(\d{1,2}\))?\s*,"  # `Sopir, AS (40), tewas`
    return compiled(rf"\W*(?:(?:{phrase_words('described_part', 'opener')})\s+(?:{trie_alternation(words('event_noun'))})"
                    rf"\s+(?:itu|tersebut|ini)\s*,?\s+)?"
                    rf"(?P<sang>(?:{phrase_words('described_part', 'one_before')})\s+)?(?P<noun>{nouns})(?:\s+{qualifier}){{0,3}}"
                    rf"(?P<this>\s+(?:{this}))?(?P<age>\s+(?:{phrase_words('described_part', 'age')})\s+\d{{1,2}}\s+tahun)?"
                    rf"(?P<named>{named})?\s+(?:(?:{phrase_words('described_part', 'adverb')})\s+)?(?:{w_after})(?![\w-])",
                    re.IGNORECASE)


def _counted_in_toll(text: str, sents: list[tuple[int, int]], first: int) -> int:
    """How many of the `first` dead perpetrators (not those said as more: `Dua pelaku lagi ditembak mati`)
    a toll of this case counts already: its count (`termasuk kedua penyerang`), else all of them
    (`termasuk pelaku`); none for an earlier case's toll (`... pada Juni tahun lalu ... termasuk pelaku`)."""
    for m in _toll_includes().finditer(text):
        s0, s1 = sentence_of(sents, m.start())
        if in_background(text, m.start()) or OTHER_TIME.search(text, s0, s1):
            continue
        n = _count_word(m.group("n")) if m.group("n") else None
        return min(first, int(n)) if n and n == int(n) else first
    return 0


@cache
def _toll_includes() -> re.Pattern:
    """`termasuk pelaku`, `di antaranya kedua penyerang`: a toll that counts the perpetrators already."""
    roles = rf"(?:{parted_words('counted_role', ('dead', 'dead_cued'))}|{phrase_words('armed')})"
    return compiled(rf"(?<![\w-])(?:{phrase_words('name_context', 'toll_includes')})\s+(?:(?P<n>[\w-]+)\s+)?{roles}(?![\w-])",
                    re.IGNORECASE)


# --- subtypes ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Subtype:
    etype: str
    sub: str
    pat: re.Pattern | None  # its cues
    own: re.Pattern | None  # its cues that no other subtype has (`motor`, not `sepeda motor`)
    default: bool
    heads: frozenset[str]  # the first word of each cue (lower case): a cue is matched only
    own_heads: frozenset[str]  # where a word of the text is one (`_Words`)
    loot: tuple[re.Pattern | None, re.Pattern | None] = (None, None)  # its loot cues said stolen (all, own)


_CUE_SHAPE = re.compile(r"[\w-]+(?: [\w-]+)*")


def _cue_regex(cues: list[str]) -> re.Pattern | None:
    if not cues:
        return None
    alts = trie_alternation(cues)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@cache
def _subtypes() -> list[_Subtype]:
    rows = read_table("incident_subtypes.tsv")
    uses: dict[str, set[str]] = {}  # cue -> the subtypes it names (one subtype may serve several types)
    for r in rows:
        for cue in split_cell(r["cues"]):
            if not _CUE_SHAPE.fullmatch(cue):  # the gate (`_words`) finds a cue only by its first word
                raise ValueError(f"incident_subtypes.tsv: cue {cue!r} is not words of [\\w-] and single spaces")
            uses.setdefault(cue, set()).add(r["subtype"])
    out = []
    for r in rows:
        loot = split_cell(r["loot_cues"])  # counted only where said stolen (`incident_loot`)
        cues = [c for c in split_cell(r["cues"]) if c not in loot]
        own = [c for c in cues if len(uses[c]) == 1]
        own_loot = [c for c in loot if len(uses[c]) == 1]
        out.append(_Subtype(r["event_type"], r["subtype"], _cue_regex(cues), _cue_regex(own), r["default"] == "yes",
                            _heads(cues + loot), _heads(own + own_loot), (loot_regex(loot), loot_regex(own_loot))))
    return out


def _heads(cues: list[str]) -> frozenset[str]:
    return frozenset(c.split()[0].lower() for c in cues)


# a run of word characters and hyphens: what a cue pattern's look-arounds (`(?<![\w-])`, `(?![\w-])`) bound
_WORD_RUN = re.compile(r"[\w-]+")
# the characters that `re.IGNORECASE` matches to an ASCII letter while `str.lower` makes them no such letter


def _words(text: str) -> frozenset[str] | None:
    r"""The words of `text` (runs of `[\w-]`), lower case; None when the text holds a character whose lower case
    `re` and `str` read differently. A cue pattern (`_cue_regex`) matches only at a word that its cue's first
    word is (each cue is words of `[\w-]` and single spaces, `incident_subtypes.tsv`)."""
    if any(c in text for c in ODD_CASE):
        return None
    return frozenset(w.lower() for w in _WORD_RUN.findall(text))


@dataclass
class Subtypes:
    """Event type -> its subtype, worked out when a type is asked for (the record asks for one): the
    subtype whose cues occur most often, a cue in the lead (the first sentences) counting three
    times; the type's default when none of its cues occurs; for a police-action type (`*`), the best
    subtype of any type by the cues that name one subtype only (`sepeda motor` is a crash's and a
    theft's: it decides neither); None for a type the table does not know."""

    text: str
    lead: str
    got: dict[str, str | None] = field(default_factory=dict)  # the types worked out so far
    # the words of the text and of the lead (`_words`), read once when a type is first asked for: a subtype none of
    # whose cues starts at one of them is not searched for (most of the ~30 subtypes a police action weighs)
    _in: tuple[frozenset[str] | None, frozenset[str] | None] | None = field(default=None, init=False, repr=False)
    # the text's words and their roots (`_marked`), read once when a police action weighs a subtype; its answer per type
    _roots: frozenset[str] | None = field(default=None, init=False, repr=False)
    _marks: dict[str, bool] = field(default_factory=dict, init=False, repr=False)

    def _count(self, pats: tuple[re.Pattern | None, ...], heads: frozenset[str]) -> int:
        if self._in is None:
            self._in = (_words(self.text), _words(self.lead))
        text, lead = (ws is None or not heads.isdisjoint(ws) for ws in self._in)
        return sum((len(pat.findall(self.text)) if text else 0) + (2 * len(pat.findall(self.lead)) if lead else 0)
                   for pat in pats if pat is not None)

    def get(self, etype: str | None, default: str | None = None) -> str | None:
        if etype is None:
            return default
        if etype not in self.got:
            rows = [st for st in _subtypes() if st.etype == etype]
            self.got[etype] = self._action() if any(st.sub == "*" for st in rows) else self._best(rows)
        return self.got[etype] if self.got[etype] is not None else default

    def __getitem__(self, etype: str) -> str | None:
        return self.get(etype)

    def of_event(self, etype: str | None, secondary: list[str]) -> str | None:
        """The subtype of an event of `etype`; a police action's (`*`) that no cue of one subtype names is its first
        secondary type's, when that is an incident type of the table (`Polisi menangkap tiga pencuri` ... a theft
        with no vehicle or livestock said stolen: `pencurian biasa`, the type's default; s30r17)."""
        sub = self.get(etype)
        if sub is not None or not secondary or not any(st.etype == etype and st.sub == "*" for st in _subtypes()):
            return sub
        rows = [st for st in _subtypes() if st.etype == secondary[0]]
        return self.get(secondary[0]) if rows and all(st.sub != "*" for st in rows) else None

    def _best(self, rows: list[_Subtype]) -> str | None:
        best: tuple[int, str] | None = None
        for st in rows:
            n = self._count((st.pat, st.loot[0]), st.heads)
            if n and (best is None or n > best[0]):
                best = (n, st.sub)
        if best is not None:
            return best[1]
        return next((st.sub for st in rows if st.default), None)

    def _action(self) -> str | None:
        best: tuple[int, str] | None = None
        for st in _subtypes():
            n = self._count((st.own, st.loot[1]), st.own_heads) if st.sub != "*" else 0
            if n and not self._marked(st.etype):
                continue  # `truk` of a logging raid, `kilogram` of explosives: no crash, no drugs in the text
            if n and (best is None or n > best[0]):
                best = (n, st.sub)
        return best[1] if best else None

    def _marked(self, etype: str) -> bool:
        """Whether the text speaks of an incident of `etype` at all: a phrase of the type, or a word that is one of
        its trigger roots or whose root (`lang.stemming.root_of`, as `resolve/events` reads the triggers) is one
        (`data/event_types.tsv`: `menipu`, `ditabrak`, `penganiayaan`; not `sabun` for `sabu`), so that a police
        action borrows no subtype of a type it is not; a type that table does not hold (`pemerasan`) has no other
        mark than its subtypes' cues. The text's roots are read once, each type's answer kept."""
        if etype not in self._marks:
            mark = _type_marks().get(etype)
            if mark is None:
                self._marks[etype] = True
            else:
                phrases, roots = mark
                if self._roots is None:
                    ws = self._in[0] if self._in is not None else _words(self.text)  # `_count` may have read them
                    if ws is None:
                        ws = frozenset(w.lower() for w in _WORD_RUN.findall(self.text))
                    self._roots = ws | {root_of(w) for w in ws}
                self._marks[etype] = not roots.isdisjoint(self._roots) or (
                    phrases is not None and phrases.search(self.text) is not None)
        return self._marks[etype]


@cache
def _type_marks() -> dict[str, tuple[re.Pattern | None, frozenset[str]]]:
    """Event type -> a pattern of its phrases (None without one) and its trigger roots."""
    out = {}
    for r in read_table("event_types.tsv"):
        roots = frozenset(split_cell(r["triggers"]))
        phrases = split_cell(r["phrases"])
        if phrases or roots:
            out[r["type"]] = (re.compile(rf"(?<![\w-])(?:{trie_alternation(phrases)})(?![\w-])", re.IGNORECASE)
                              if phrases else None, roots)
    return out


def find_subtypes(text: str, lead: str) -> Subtypes:
    """The subtypes of the article's incident, by event type (`find_subtypes(...)["narkoba"]`)."""
    return Subtypes(text, lead)


# --- the stage ---------------------------------------------------------------------------------

_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
OLD_DAYS = 365  # a date this many days or more before the publication is of a past case, not the incident's


def _old_dates(doc: Doc) -> tuple[int, ...]:
    """Where the article writes a day or a month with its year (`27 Mei 2015`, not a bare year) a year or more before
    it was published: an earlier case recalled (an obituary's arrest of 2015 in a 2017 article)."""
    header = ext(doc, "header")
    published = header.published if header is not None else None
    if published is None:
        return ()
    out = []
    for sp in group(doc, "dates"):
        m = data_of(sp)
        if m is None or m.is_published or m.relative or not m.value or len(m.value) < 7 \
                or not _YEAR_WRITTEN.search(m.text) or m.start is None:
            continue
        try:
            day = dt.date.fromisoformat(m.value[:10] if len(m.value) >= 10 else m.value[:7] + "-28")
        except ValueError:
            continue
        if (published.date() - day).days >= OLD_DAYS:
            out.append(m.start)
    return tuple(out)


def read_incident(doc: Doc, text: str) -> IncidentFacts | None:
    """The facts of the incident the article reports, their spans added to `doc.spans["incidents"]`;
    None when it reports none. Called by the component (`incidents`) for an article that passed
    its gate."""
    published = _published(doc)
    set_old_dates(text, _old_dates(doc), published.year if published else None)  # before the cue test: a toll of a
    # background clause is no cue of two
    if not _holds_cues(text, doc):
        return None
    facts = IncidentFacts()
    sents = [(b[2], b[3]) for b in sentence_bounds(doc)]

    found = find_evidence(text, sents)
    for s, e, loss in find_losses(text, sents, [(s, e) for s, e, _ in found], frozenset(ev.unit for *_, ev in found if ev.unit)):
        facts.losses.append(loss)
        add_span(doc, "incidents", s, e, "MONEY", loss)

    for s, e, ev in found:
        add_span(doc, "incidents", s, e, "EVIDENCE", ev)
    facts.evidence = merge_evidence([ev for _, _, ev in found])

    for s0, s1, charge in charges_in_text(text, sents):
        facts.charges.append(charge)
        add_span(doc, "incidents", s0, s1, "CHARGE", charge)

    facts.casualties, _, notes = read_casualties(text, sents)
    places = frozenset(span_text(doc, sp.start, sp.end) for sp in group(doc, "places"))
    people = find_people(text, sents, ext(doc, "people") or [], facts.casualties, places)
    facts.suspects, facts.victims = people.suspects, people.victims
    facts.arrests, facts.persons = people.arrests, people.persons
    for label, s, e, data in people.spans:
        add_span(doc, "incidents", s, e, label, data)
    complete_casualties(facts.casualties, facts.victims, people, text, sents, notes)
    lead = text[sents[0][0]:sents[min(2, len(sents)) - 1][1]] if sents else ""
    facts.subtypes = Subtypes(text, lead)
    return facts
