"""A sentence that counts two or more cases or incidents over a period (`tercatat 214 kejadian kecelakaan`, `Selama
operasi terjadi 12 kecelakaan`): statistics, whose toll is no incident's. Read by the casualty reader
(`incident_facts`) and the victims' readers (`incident_shapes.toll_in_background`); its words are the `case_noun`,
`toll_event`, `toll_link` (total, tally) and `toll_period` rows of `data/incident_words.tsv`.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import compiled, phrase_words, word_regex, words
from polsek_nlp.recognize.quantities import number_pattern, parse_number
from polsek_nlp.recognize.seized_counts import summed_period


def counts_cases(text: str, s0: int, s1: int) -> bool:
    """`tercatat 214 kejadian kecelakaan dengan korban meninggal dunia 63 orang`: a sentence that counts two or more
    cases (`case_noun` rows) gives the toll of them all, statistics, not the incident's. Not a year (`5 Mei 2024
    peristiwa itu`), nor a count in a relative clause that tells of another noun (`Bentrokan yang dipicu 2 kasus
    pemukulan itu menewaskan 8 orang`: the cases caused the one clash)."""
    for m in _case_count().finditer(text, s0, s1):
        n = m.group("n") or m.group("t")
        v = parse_number(n)
        if m.group("t") and not _over_period(text, s0, s1, m):
            continue  # `Sebanyak 2 ledakan terdengar sebelum ... menewaskan tiga orang`: one incident's count
        if v is not None and v >= 2 and not _YEAR_SHAPE.fullmatch(n) \
                and not _RELATIVE_BEFORE.search(text, max(s0, m.start() - 40), m.start()):
            return True
    return False


def _over_period(text: str, s0: int, s1: int, m: re.Match) -> bool:
    """A tally word's count is summed over a period its sentence names (`_period_lead`); a verb of occurring
    (`terjadi`, value tally) only after a lead before it (`Selama operasi terjadi 12 kecelakaan`): not a lead further
    on (`Terjadi dua ledakan di gudang yang sejak lama kosong ... menewaskan tiga orang`: one incident's parts; review
    s27rvD)."""
    return _period_lead().search(text, s0, m.start() if m.group("tally") else s1) is not None


_YEAR_SHAPE = re.compile(r"(?:19|20)\d\d")  # thousands are written 2.024: four bare digits are a year
_RELATIVE_BEFORE = re.compile(r"\byang\s+(?:di|ter)[a-z]+(?:\s+oleh)?\s+$", re.IGNORECASE)  # `yang dipicu`, `yang disebabkan oleh`


@cache
def _case_count() -> re.Pattern:
    """A count of cases (`214 kejadian`), or a count of incidents a tally word leads (`toll_link` rows of value total:
    `tercatat 11 kecelakaan`, `sebanyak 9 kebakaran`; `toll_event` nouns; s22cev; or of value tally, `terjadi`: `Selama
    operasi terjadi 12 kecelakaan`, s27r14): an operation's or a period's tally.
    A bare count of incidents is no tally (`dua ledakan menewaskan lima orang`: one attack), nor is one a tally word
    leads in a sentence with no period it is summed over (`_period_lead`: `Sebanyak 2 ledakan terdengar sebelum api
    ... menewaskan tiga orang`, `Tercatat 3 tabrakan beruntun di lokasi itu dengan dua korban tewas`: the parts of one
    incident; review rvC s22)."""
    events = trie_alternation(words("toll_event"))
    lead = f"(?:{phrase_words('toll_link', 'total')})|(?P<tally>{phrase_words('toll_link', 'tally')})"
    return re.compile(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+{word_regex('case_noun').pattern}"
                      rf"|(?<![\w-])(?:{lead})\s+(?P<t>{number_pattern()})\s+(?:{events})(?![\w-])",
                      re.IGNORECASE)


@cache
def _period_lead() -> re.Pattern:
    """A lead of a period a tally is summed over (`toll_period` lead rows: `selama`, `sepanjang`, `sejak`: `Selama dua
    pekan operasi, tercatat 11 kecelakaan`)."""
    return compiled(rf"(?<![\w-])(?:{phrase_words('toll_period', 'lead')})(?![\w-])", re.IGNORECASE)


def tally_goes_on(text: str, s0: int, s1: int) -> bool:
    """`Satlantas mencatat selama 2023 menangani 40 kecelakaan. Sebanyak 9 orang meninggal dunia.`: a sentence that opens
    with a bare count of people (`Sebanyak N orang`, `N orang`: who they are not said) right after one that counts cases
    (`counts_cases`) or sums a period (`seized_counts.summed_period`: `selama 2023`) goes on with that tally: its toll
    is the period's, not the incident's (s29cas). Not one that dates its own day (`relative_day`: `Tiga orang tewas
    dalam kecelakaan bus di Jalan X, Senin (6/5)`, `... kemarin`): that tells an incident after the tally (s29rvA)."""
    if _bare_count().match(text, s0, s1) is None or relative_day().search(text, s0, s1) is not None:
        return False
    end = text.rfind(".", 0, s0)
    if end < 0:
        return False
    start = text.rfind(".", 0, end) + 1
    return counts_cases(text, start, end) or summed_period().search(text, start, end) is not None


@cache
def _bare_count() -> re.Pattern:
    return re.compile(rf"\W*(?:sebanyak\s+)?(?:{number_pattern()})\s+(?:orang|jiwa)(?![\w-])", re.IGNORECASE)


@cache
def relative_day() -> re.Pattern:
    """A day said relative to the writing (`toll_day` rows) or by its weekday written out."""
    weekdays = "|".join(sorted(w.capitalize() for w in temporal_words().full_weekdays))
    return compiled(rf"(?<![\w-])(?:{phrase_words('toll_day')}|(?-i:{weekdays}))"
                    rf"(?![\w-])", re.IGNORECASE)
