"""`polsek_quotes`: direct and indirect speech with its speaker and reporting verb.

Direct: text between straight or curly double quotes (one quote may run over several sentences),
attributed by the cue after it (`"...," ungkap Lilik.`, `"...," ucap AKBP Lilik.`, `"...," tuturnya.`)
or before it (`Lilik mengatakan, "..."`). Indirect: `X mengatakan (bahwa) ...` and `Menurut X, ...`.
Speakers resolve to the person entity (`Lilik` → Lilik Ardiansyah); `-nya`/`dia` to the person
last named before the quote.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.data import read_table
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import add_span, doc_text, ext
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.recognize.persons import PersonEntity

_QUOTE = compile_pattern(r'(?:"(?P<a>[^"\n]{2,3000}?)"|“(?P<b>[^”\n]{2,3000}?)”)')
_MAX_GAP = 120
_PRONOUN = compile_pattern(r"(?i)nya|\s+(?:dia|ia|beliau)")
# searched from the end ((?r)): a forward search retries every start in the window
_LEAD_CUE = compile_pattern(r"(?r)(?P<cue>\w+)\s*[,:]\s*$")
_MENURUT = compile_pattern(r"(?<![\p{L}])Menurut\s+(?P<who>[^,\n]{2,80}),\s*(?P<clause>[^\n\"“]{10,600}?[.!?](?=\s|$))")


@dataclass
class QuoteMention:
    text: str
    speaker: str | None
    cue: str | None
    direct: bool
    start: int
    end: int


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    """Surface cue → kind (direct | indirect | both)."""
    return {r["cue"].lower(): r["kind"] for r in read_table("reporting_verbs.tsv")}


@lru_cache(maxsize=1)
def _after_pattern() -> regex.Pattern:
    # case-insensitive: the trie is built on lowercase forms, so that no capitalised branch is
    # tried before a longer lowercase one
    alt = trie_alternation({c.lower() for c, k in _cues().items() if k in ("direct", "both")})
    return compile_pattern(rf"[\s,.]*(?P<cue>{alt})(?![\p{{L}}])(?P<rest>[^\n.!?\"“]{{0,{_MAX_GAP}}})", regex.I)


@lru_cache(maxsize=1)
def _indirect_pattern() -> regex.Pattern:
    alt = trie_alternation(c for c, k in _cues().items() if k in ("indirect", "both") and " " not in c and
                           c.startswith(("me", "ber", "di")))
    return compile_pattern(rf"(?<![\p{{L}}])(?P<cue>{alt})(?![\p{{L}}])\s*,?\s*(?:bahwa\s+)?(?P<clause>[^\n\"“]{{10,600}}?[.!?](?=\s|$))")


def _person_at(people: list[PersonEntity], start: int, end: int) -> PersonEntity | None:
    for p in people:
        for s, e in p.spans:
            if s < end and start < e:
                return p
    return None


def _last_person_before(people: list[PersonEntity], pos: int) -> PersonEntity | None:
    best, best_end = None, -1
    for p in people:
        for _s, e in p.spans:
            if e <= pos and e > best_end:
                best, best_end = p, e
    return best


class QuoteExtractor(PolsekComponent):
    factory = "polsek_quotes"  # its tables and packages: data/component_tables.tsv

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["quotes"] = []
        text = doc_text(doc)
        people: list[PersonEntity] = ext(doc, "people") or []
        quoted = _direct_quotes(doc, text, people)
        seen = _indirect_quotes(doc, text, people, quoted)
        _menurut_quotes(doc, text, people, seen)
        return doc


def _direct_quotes(doc: Doc, text: str, people: list[PersonEntity]) -> list[tuple[int, int]]:
    """Text between double quotes, with its speaker and cue; the quotes' character bounds."""
    last_speaker: PersonEntity | None = None
    quoted: list[tuple[int, int]] = []
    for m in _QUOTE.finditer(text, timeout=1.0) if '"' in text or "“" in text else ():
        inner = m.group("a") if m.group("a") is not None else m.group("b")
        s_in = m.start("a") if m.group("a") is not None else m.start("b")
        body = inner.strip().rstrip(",")
        after = _after_pattern().match(text, m.end(), min(len(text), m.end() + _MAX_GAP + 40))
        if len(body.split()) < 3 and not (after and body[-1:] in ",.!?" or inner.rstrip()[-1:] in ",.!?"):
            continue  # a quoted term ("kerja-kerja"), not speech: "Kami siap," kata Lilik is
        quoted.append(m.span())
        speaker, cue = _attribution(text, m, after, people, last_speaker)
        if speaker is not None:
            last_speaker = speaker
        start = s_in + (len(inner) - len(inner.lstrip()))
        q = QuoteMention(text=body, speaker=speaker.name if speaker else None, cue=cue, direct=True,
                         start=start, end=start + len(body))
        add_span(doc, "quotes", q.start, q.end, "QUOTE", q)
    return quoted


def _attribution(text: str, m: regex.Match, after: regex.Match | None, people: list[PersonEntity],
                 last_speaker: PersonEntity | None) -> tuple[PersonEntity | None, str | None]:
    """The speaker and the cue of the quote `m`: the cue after it (`"...," ujar Lilik`,
    `"...," tuturnya`), else a cue before it (`Lilik mengatakan, "..."`)."""
    speaker, cue = None, None
    if after:
        cue = after.group("cue")
        who = _person_at(people, after.start("rest"), after.end("rest"))
        if who is not None:
            speaker = who
        elif _PRONOUN.match(text[after.end("cue"):after.end("cue") + 7]) or cue.lower().endswith("nya"):
            speaker = last_speaker or _last_person_before(people, m.start())
    if speaker is None:
        before = text[max(0, m.start() - 160):m.start()]
        lead = _LEAD_CUE.search(before)
        if lead and lead.group("cue").lower() in _cues():
            cue = cue or lead.group("cue")
            speaker = _last_person_before(people, m.start())
    return speaker, cue


def _indirect_quotes(doc: Doc, text: str, people: list[PersonEntity], quoted: list[tuple[int, int]]) -> set[int]:
    """`X mengatakan (bahwa) ...` outside the direct quotes; the clauses' start offsets."""
    seen: set[int] = set()
    for m in _indirect_pattern().finditer(text, timeout=1.0):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        who = _last_person_before(people, m.start())
        if who is None:
            continue
        gap_start = max(e for s, e in who.spans if e <= m.start())
        if m.start() - gap_start > 40:
            continue
        clause = m.group("clause").strip()
        seen.add(m.start("clause"))
        add_span(doc, "quotes", m.start("clause"), m.start("clause") + len(clause), "QUOTE",
                 QuoteMention(text=clause, speaker=who.name, cue=m.group("cue"), direct=False,
                              start=m.start("clause"), end=m.start("clause") + len(clause)))
    return seen


def _menurut_quotes(doc: Doc, text: str, people: list[PersonEntity], seen: set[int]) -> None:
    """`Menurut X, ...` where X is a person and the clause is no indirect quote already."""
    for m in _MENURUT.finditer(text, timeout=1.0):
        who = _person_at(people, m.start("who"), m.end("who"))
        if who is None or m.start("clause") in seen:
            continue
        clause = m.group("clause").strip()
        add_span(doc, "quotes", m.start("clause"), m.start("clause") + len(clause), "QUOTE",
                 QuoteMention(text=clause, speaker=who.name, cue="menurut", direct=False,
                              start=m.start("clause"), end=m.start("clause") + len(clause)))


@Language.factory("polsek_quotes", assigns=["doc.spans"])
def make_quotes(nlp: Language, name: str) -> QuoteExtractor:
    """`polsek_quotes`: QUOTE spans in `doc.spans["quotes"]` (direct and reported speech with
    its speaker, `QuoteMention` data). No settings."""
    return QuoteExtractor(nlp, name)
