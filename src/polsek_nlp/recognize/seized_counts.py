"""Counts of seized things said in a word before them or elsewhere in the text.

A collective number word before the thing (`kedua sepeda motor itu`, `ketiga perahu`: gold/incidents/README.md
quantity, `ketiga perahu` -> 3) is its count, a bare one (no unit).

A seized vehicle named bare that the story counts: the count said of it elsewhere in the text.

gold/incidents/README.md settled s25 rule 1 (R12-1, after Settled s16's "a count said of the same goods elsewhere
in the article is their count"): a vehicle the story introduces with a count (`Sebuah truk ... menabrak`, `satu
minibus`) that the seizure names bare or with `tersebut` / `itu` (`Polisi menyita truk`) keeps that count; the unit
follows the count word as written (`sebuah` -> unit, a bare `satu` -> null). Only when the text makes the seized vehicle
the counted one: not a count of another time or case, not one entry joining two vehicles of the sentence (`minibus dan
mobil bak terbuka`), not a seized vehicle given a kind or a make the counted one lacks (`sebuah mobil minibus` ...
`mobil Toyota Avanza`; `mencuri satu unit sepeda motor` ... `sepeda motor Honda CBR`: a make the story never ties
to the counted one), and never when the text counts it two ways. A tally of past thefts (`mengaku sudah mencuri 8
sepeda motor`, `sejak 2022`, `di 4 lokasi`) counts no seized vehicle (s28evi; a confession of deeds done or a span
of them, not `sudah`/`telah` alone, s28rvE).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import compiled, phrase_words, worded, words
from polsek_nlp.recognize.quantities import (
    Quantity,
    as_number,
    find_quantities,
    number_pattern,
    parse_number,
)
from polsek_nlp.recognize.seized_items import collective_count, item_regex, item_unit, lookup_item
from polsek_nlp.record.types import Evidence

Found = list[tuple[int, int, Evidence]]


def story_counted(text: str, sents: list[tuple[int, int]], found: Found, elsewhere: Callable[[int], bool]) -> Found:
    """`found` (the seized entries: text offsets and Evidence) with each uncounted item after a collective number word
    given its value, and each uncounted vehicle that the story counts once, one way, given that count. `elsewhere(k)`:
    sentence `k` tells of another time or case."""
    starts = [a for a, _b in sents]
    found = [(a, b, _collective(text, a, ev)) for a, b, ev in found]
    for item in {ev.item for _a, _b, ev in found if _a_vehicle(ev)}:
        ks = [k for k, f in enumerate(found) if f[2].item == item]
        if any(found[k][2].quantity is not None for k in ks):
            continue  # counted where it was seized
        said = _seized_phrases(text, starts, [found[k][:2] for k in ks])
        count = _the_count(text, sents, item, said, elsewhere) if said else None
        if count and count[0] > 1 and any(_one_partys(text, found[k][1]) for k in ks):
            continue  # `Dua sepeda motor bertabrakan` ... `menyita sepeda motor milik tersangka`: one of the two
        for k in ks if count else ():
            a, b, _ev = found[k]
            found[k] = (a, b, Evidence(item, as_number(count[0]), count[1]))
    return found


def _one_partys(text: str, end: int) -> bool:
    """The seized vehicle ending at `end` is said to be one party's (`sepeda motor milik tersangka`, `sepeda motor
    pelaku`, `mobil korban`: an `owner_word` owner row, a suspect's `role` or a `victim` word right after it): one of
    the vehicles a count of several the story gives (`Dua sepeda motor bertabrakan`, `menabrak dua mobil`) takes in."""
    owner = f"{phrase_words('owner_word', 'owner')}|{phrase_words('role')}|{phrase_words('victim')}"
    return compiled(rf"\s*(?:{owner})\b", re.IGNORECASE).match(text, end) is not None


def _collective(text: str, at: int, ev: Evidence) -> Evidence:
    """An uncounted item right after a collective number word (`Kedua sepeda motor itu disita`: both of the two, 2;
    `seized_items.collective_count`, as `leading_quantity` reads one opening a phrase; a bare count, no unit)."""
    m = _WORD_BEFORE.search(text, max(0, at - 15), at) if ev.quantity is None else None
    value = collective_count(m.group(1)) if m else None
    return Evidence(ev.item, value, None) if value is not None else ev


_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$", re.IGNORECASE)


def _a_vehicle(ev: Evidence) -> bool:
    info = lookup_item(ev.item)
    return ev.quantity is None and info is not None and info[1] == "vehicle"


def _seized_phrases(text: str, starts: list[int], spans: list[tuple[int, int]]) -> list[tuple[str, ...]] | None:
    """Each mention of the item where it was seized, as its table phrases in lower case: entries right next to each
    other (`Mobil` `Toyota Rush`) are one mention, ("mobil", "toyota rush"); None when a sentence names two of it
    (`minibus dan mobil bak terbuka`: one entry joining two vehicles, whose count is not said)."""
    mentions: list[tuple[int, int, list[str]]] = []  # (sentence, end, phrases)
    for a, b in sorted(spans):
        k = bisect.bisect_right(starts, a) - 1
        if mentions and mentions[-1][0] == k and not text[mentions[-1][1]:a].strip():
            mentions[-1] = (k, b, [*mentions[-1][2], *_vehicles_in(text[a:b])])
        elif mentions and mentions[-1][0] == k:
            return None
        else:
            mentions.append((k, b, _vehicles_in(text[a:b])))
    return [tuple(phrases) for _k, _b, phrases in mentions]


def _vehicles_in(written: str) -> list[str]:
    """The vehicle phrases of the table in an entry's words (`sepeda motor Honda CBR`: "sepeda motor", "honda cbr")."""
    found = [_lower(m.group("item")) for m in item_regex().finditer(written)
             if (info := lookup_item(m.group("item"))) and info[1] == "vehicle"]
    return found or [_lower(written)]


def _lower(written: str) -> str:
    return " ".join(written.lower().split())


def _the_count(text: str, sents: list[tuple[int, int]], item: str, said: list[tuple[str, ...]],
               elsewhere: Callable[[int], bool]) -> tuple[float, str | None] | None:
    """The one count (value, unit) the text writes right before a mention of `item` that agrees with every seized
    mention (`said`), outside sentences of another time or case; None when there is none or more than one."""
    counts = set()
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1]
        for m in item_regex().finditer(sent):
            info = lookup_item(m.group("item"))
            count = _count_before(sent, m.start(), info) if info and _same_or_kind(info[0], item) else None
            if count is None or elsewhere(k) or count[0] > 1 and a_tally(sent, m.start()):
                continue
            written = _with_make(sent, m)
            if all(_agree(written, s) for s in said):
                if any(len(s) > len(written) for s in said):
                    return None  # `mencuri satu unit sepeda motor` ... `sepeda motor Honda CBR`: not tied to it
                counts.add(count)
    return counts.pop() if len(counts) == 1 else None


def _same_or_kind(counted: str, item: str) -> bool:
    """The counted mention is the seized item or a kind of it (`vehicle_kind` rows: `sebuah truk trailer` ...
    `mengamankan truk`, the seizure names it bare; s28evi)."""
    return counted == item or words("vehicle_kind").get(counted) == item


def a_tally(sent: str, at: int) -> bool:
    """The count before the item at `at` follows a verb of taking (`loot` rows) and tells a tally of past thefts, not
    the count of the one the seizure names: a confession of deeds done in its clause (`mengaku sudah mencuri 8 sepeda
    motor`: a `tally_lead` row, then a `tally_done` row) or a span of them in the sentence (`sejak 2022`, `sudah 5 kali`,
    `di 4 lokasi`, `dalam sebulan`: `tally_span`). `sudah`/`telah` alone are the aspect of the case's own theft
    (`Tersangka telah mencuri 8 sepeda motor` ... `sepeda motor curian itu`: the same goods, README settled s16;
    s28evi, narrowed s28rvE). Read by `story_counted` and by evidence's count of a thing pointed back to."""
    took = _tally().search(sent, 0, at)
    return took is not None and (took.group("confessed") is not None or _span().search(sent) is not None
                                 or summed_period().search(sent) is not None)


def counts_said(before: str, noun: str) -> list[Evidence]:
    """The counts in a unit word that `before` gives right before the free item `noun` (`mencuri 4 ekor kambing` ->
    kambing 4 ekor; README settled s16, the same goods said again keep their count), but a tally of past thefts
    (`a_tally`); a count or a container unit, not a weight of another lot (s29evi)."""
    out = []
    for q in find_quantities(before):
        ev = _said_before(before, q, noun) or _said_after(before, q, noun)
        if ev is not None:
            out.append(ev)
    return out


def _said_before(before: str, q: Quantity, noun: str) -> Evidence | None:
    """`noun` right after the count `q` in its unit word (`4 ekor kambing`) or as a bare count whose container word
    opens the noun (`40 tabung gas`: 40, no unit, as the seizure reads it; s30evi); none for a tally of past thefts."""
    if q.kind not in ("count", "container") or q.value is None or q.value > 1 and a_tally(before, q.end + 1):
        return None
    # one pattern per noun, through re's own bounded cache
    if re.match(rf"\s+{re.escape(noun)}\b", before[q.end:], re.I):
        return Evidence(noun, q.value, q.unit)
    if q.kind == "container" and re.match(rf"\S+\s+{re.escape(noun)}\b", before[q.start:], re.I):
        return Evidence(noun, q.value, None)
    return None


def _said_after(before: str, q: Quantity, noun: str) -> Evidence | None:
    """`noun` with its count or weight after it (`tabung gas 3 kilogram sebanyak 12 buah`, `perhiasan emas seberat 50
    gram`: a `count_after` word right before the quantity, at most three words between; s30evi); none for a tally."""
    w0 = max(0, q.start - 80)
    said = re.search(rf"\b{re.escape(noun)}((?:\s+[\w-]+){{0,3}}?)\s+$", before[w0:q.start], re.I)
    if said is None or q.value is None or not _count_after().match(said.group(1) + " "):
        return None
    return None if q.value > 1 and a_tally(before, w0 + said.start(1) + 1) else Evidence(noun, q.value, q.unit)


@cache
def _count_after() -> re.Pattern:
    """The words between a pointed-back noun and its count end on a `count_after` word (`sebanyak`, `seberat`)."""
    return worded("seizure_context", r".*\s{count_after}\s$")


@cache
def _tally() -> re.Pattern:
    """A verb of taking and the count after it, up to an item, a confession of a deed done before it in its clause
    the group `confessed` (`a_tally`)."""
    return worded("seizure_context", r"(?P<confessed>\b{tally_lead}\b[^.,;]*\b{tally_done}\b[^.,;]*)?"
                  r"\b{loot}\s+\S+\s+(?:\S+\s+)?$")


@cache
def _span() -> re.Pattern:
    """A span of past deeds (`a_tally`): a count of times or of places (`sudah 5 kali`, `di 4 lokasi`) or a phrase of
    a time span (`dalam sebulan`)."""
    n = number_pattern()
    return worded("seizure_context", rf"(?<![\w-])(?:{n}\s+{{tally_times}}|di\s+{n}\s+{{tally_place}}|{{tally_span}})(?![\w-])")


@cache
def summed_period() -> re.Pattern:
    """A lead of a period (`toll_period` lead rows: `sepanjang`, `selama`, `sejak`) before a month, a year or a word of
    one (`bulan`, `tahun`): the counts of its sentence are summed over it."""
    months = trie_alternation(tuple(temporal_words().full_months))
    return worded("toll_period", rf"(?<![\w-]){{lead}}\s+(?:{{unit}}|{months}|(?:19|20)\d\d)(?![\w-])")


def _count_before(sent: str, at: int, info: tuple[str, str, str]) -> tuple[float, str | None] | None:
    """The count right before the item at `at`: a quantity with its counter (`sebuah`, `satu unit`: the unit as
    `item_unit` gives it) or a bare number (`satu truk`, `dua minibus`: no unit)."""
    window = sent[max(0, at - 30):at]
    if not window[-1:].isspace():
        return None
    for q in reversed(find_quantities(window)):
        if not window[q.end:].strip() and q.kind == "count" and q.value:
            return float(q.value), item_unit(info, q.unit)
    n = compiled(rf"(?:^|(?<=\s))(?P<num>{number_pattern()})\s+$", re.IGNORECASE).search(window)
    value = parse_number(n.group("num")) if n else None
    return (float(value), None) if value else None


def _with_make(sent: str, m: re.Match) -> tuple[str, ...]:
    """The item as written and the vehicle's make or model right after it (`mobil Toyota Rush`), lower case."""
    nxt = item_regex().match(sent, m.end() + 1)
    info = lookup_item(nxt.group("item")) if nxt and sent[m.end():m.end() + 1].isspace() else None
    written = _lower(m.group("item"))
    return (written, _lower(nxt.group("item"))) if nxt and info and info[1] == "vehicle" else (written,)


def _agree(counted: tuple[str, ...], seized: tuple[str, ...]) -> bool:
    """The two mentions agree: the words of one begin with the other's (`truk tronton` / `truk`, `mobil pikap` / `mobil
    pikap`), so neither names a kind or make the other contradicts (`mobil minibus` / `mobil toyota avanza`)."""
    a, b = " ".join(counted).split(), " ".join(seized).split()
    n = min(len(a), len(b))
    return a[:n] == b[:n]
