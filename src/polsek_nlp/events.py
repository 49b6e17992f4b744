"""`polsek_events`: what happened (type, name), when, where, who led, who took part, and why.

Event types come from `data/event_types.tsv`: trigger stems (matched on Sastrawi stems of the
body's words, so `menangkap`, `ditangkap`, `penangkapan` all hit `tangkap`) and phrases (matched on
the lowercased text). Hits in the title and the lead count double; each type's weight breaks ties.
The result is `doc._.event`, an `EventInfo`.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import RegionInfo, gazetteer, resolve
from .persons import PersonEntity
from .spans import group
from .stemming import stem_word
from .tables import read_table, split_cell

if not Doc.has_extension("event"):
    Doc.set_extension("event", default=None)

_PRESENCE = regex.compile(r"(?i)\b(?:hadir|dihadiri|diikuti|menghadirkan|melibatkan|bersama|peserta|turut)\b")
_LEAD = regex.compile(r"(?i)\bdipimpin(?:\s+langsung)?(?:\s+oleh)?\s*,?\s*")
_PURPOSE = regex.compile(r"(?i)\bdalam rangka\s+(?P<p>[^,.;\n]{3,200})")


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
    venue: str | None = None
    region: RegionInfo | None = None
    leader: str | None = None
    participants: list[str] = field(default_factory=list)
    purpose: str | None = None


@lru_cache(maxsize=1)
def event_types() -> tuple[list[EventType], dict[str, list[str]], regex.Pattern | None, dict[str, str]]:
    """Types; trigger stem → types; one compiled alternation of all phrases; phrase → type."""
    types, by_stem, by_phrase = [], {}, {}
    for row in read_table("event_types.tsv"):
        et = EventType(row["type"], row["label"], frozenset(split_cell(row["triggers"])), float(row["weight"] or 1))
        types.append(et)
        for stem in et.triggers:
            by_stem.setdefault(stem, []).append(et.type)
        for phrase in split_cell(row["phrases"]):
            by_phrase.setdefault(phrase.lower(), et.type)
    alt = "|".join(regex.escape(p) for p in sorted(by_phrase, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])") if alt else None
    return types, by_stem, pattern, by_phrase


def _lead_end(doc: Doc) -> int:
    """Character offset where the lead (title + first two body sentences) ends."""
    header = doc._.header
    body_start = header.body_start if header is not None else 0
    count = 0
    for sent in doc.sents:
        if sent.start_char < body_start or not sent.text.strip():
            continue
        count += 1
        if count == 2:
            return sent.end_char
    return len(doc.text)


def classify(doc: Doc) -> tuple[str, list[str], dict[str, float]]:
    types, by_stem, pattern, by_phrase = event_types()
    weights = {t.type: t.weight for t in types}
    lead_end = _lead_end(doc)
    scores: Counter[str] = Counter()
    for tok in doc:
        if not tok.is_alpha or len(tok.text) < 3:
            continue
        stem = tok.lower_ if tok.ent_iob_ in ("B", "I") else stem_word(tok.lower_)
        hits = by_stem.get(stem) or by_stem.get(tok.lower_)
        if hits:
            bonus = 2.0 if tok.idx < lead_end else 1.0
            for t in hits:
                scores[t] += bonus
    if pattern is not None:
        for m in pattern.finditer(doc.text.lower(), timeout=1.0):
            t = by_phrase[m.group(0)]
            scores[t] += 2.0 if m.start() < lead_end else 1.0
    weighted = {t: s * weights.get(t, 1.0) for t, s in scores.items() if t != "lainnya"}
    if not weighted:
        return "lainnya", [], {}
    ranked = sorted(weighted.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[0][1]
    secondary = [t for t, s in ranked[1:] if s >= max(2.0, 0.4 * top)]
    return ranked[0][0], secondary, {t: round(s, 2) for t, s in ranked}


def _event_date(doc: Doc, lead_end: int) -> str | None:
    """The main event's day: the first day-level date of the body that is not after publication,
    preferring the lead; the publication day when the text states none."""
    header = doc._.header
    published = header.published if header is not None else None
    best: tuple[int, str] | None = None
    for span in group(doc, "dates"):
        d = span._.data
        if d is None or d.is_published or not d.value or d.granularity not in ("day", "time", "range"):
            continue
        day = d.value[:10]
        if len(day) < 10:
            continue
        if published is not None:
            try:
                when = dt.date.fromisoformat(day)
            except ValueError:
                continue
            if when > published.date():
                continue
        # explicit dates before relative ones; lead before the rest
        rank = (0 if span.start_char < lead_end else 2) + (1 if d.relative else 0)
        if best is None or rank < best[0]:
            best = (rank, day)
    if best is not None:
        return best[1]
    return published.date().isoformat() if published is not None else None


def _leader(doc: Doc, people: list[PersonEntity], lead_end: int) -> str | None:
    for m in _LEAD.finditer(doc.text, timeout=1.0):
        window_end = m.end() + 80
        for p in people:
            if any(m.end() <= s < window_end for s, _ in p.spans):
                return p.name
    officers = [p for p in people if p.officer is not None and p.name]
    in_lead = [p for p in officers if p.spans and p.spans[0][0] < lead_end]
    pool = in_lead or officers
    return pool[0].name if pool else None


def _region(doc: Doc) -> RegionInfo | None:
    header = doc._.header
    gaz = gazetteer()
    votes: Counter[str] = Counter()
    for span in group(doc, "places") + group(doc, "institutions"):
        d = span._.data
        region = getattr(d, "region", None)
        if region is not None and region.kind in ("kabupaten", "kota", "kecamatan", "desa", "kelurahan"):
            code = region.code[:5]
            votes[code] += 1
    if header is not None and header.dateline:
        cands = gaz.lookup(header.dateline)
        pick = resolve(cands, context=set(votes))
        if pick is not None:
            return gaz.get(pick.code[:5]) if pick.kind in ("kecamatan", "desa", "kelurahan") else pick
    if votes:
        return gaz.get(votes.most_common(1)[0][0])
    provinces = [s._.data.region for s in group(doc, "places") if s._.data is not None and s._.data.region]
    return provinces[0] if provinces else None


class EventExtractor:
    def __call__(self, doc: Doc) -> Doc:
        info = EventInfo()
        info.type, info.secondary_types, info.scores = classify(doc)
        lead_end = _lead_end(doc)
        names = group(doc, "event_names")
        if names:
            info.name = min(names, key=lambda s: (not s.text.startswith(("Operasi", "Ops")), s.start)).text
        info.date = _event_date(doc, lead_end)
        venues = [s for s in group(doc, "places") if s.label_ == "FAC"]
        if venues:
            info.venue = venues[0].text
        info.region = _region(doc)
        people: list[PersonEntity] = doc._.people or []
        info.leader = _leader(doc, people, lead_end)
        info.participants = _participants(doc, people, info.leader)
        m = _PURPOSE.search(doc.text, timeout=1.0)
        if m:
            info.purpose = m.group("p").strip()
        doc._.event = info
        return doc


def _participants(doc: Doc, people: list[PersonEntity], leader: str | None) -> list[str]:
    out: list[str] = []
    spans: list[Span] = group(doc, "institutions") + group(doc, "persons")
    for sent in doc.sents:
        if not _PRESENCE.search(sent.text):
            continue
        for span in spans:
            if sent.start_char <= span.start_char < sent.end_char:
                d = span._.data
                name = getattr(d, "name", span.text)
                for p in people:
                    if any(s == span.start_char for s, _ in p.spans):
                        name = p.name
                if name and name != leader and name not in out:
                    out.append(name)
    return out


@Language.factory("polsek_events")
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor()
