"""`build_record(doc)`: the one place where an annotated Doc becomes an `EventRecord`."""
from __future__ import annotations

import dataclasses
from bisect import bisect_left
from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc

from polsek_nlp.doc.spans import (
    capitalised_tokens,
    char_bounds,
    data_of,
    doc_text,
    ent_iob_array,
    ext,
    group,
    in_sorted,
    lower_keys,
    sent_start_array,
    token_starts,
    token_texts,
    word_flags,
)
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import RegionInfo, gazetteer
from polsek_nlp.knowledge.lexicon import name_stopwords
from polsek_nlp.lang.stemming import stem_word
from polsek_nlp.lang.wordflags import word_flag
from polsek_nlp.record.types import (
    DateMention,
    Entity,
    Event,
    EventRecord,
    Institution,
    Officer,
    Person,
    Place,
    Quote,
    Region,
)

KEYWORDS = 10


def region_of(info: RegionInfo | None) -> Region | None:
    if info is None:
        return None
    return Region(name=info.name, kind=info.kind, code=info.code, province=gazetteer().province_name(info.code))


def build_record(doc: Doc, *, id: str | None = None) -> EventRecord:
    header = ext(doc, "header")
    rec = EventRecord(id=id)
    if header is not None:
        rec.title = header.title
        rec.url = header.url
        if header.published is not None:
            rec.published = (header.published.isoformat(timespec="minutes") if header.published_has_time
                             else header.published.date().isoformat())
        rec.dateline = header.dateline
        rec.site = header.site
        rec.warnings.extend(header.warnings)
    people = ext(doc, "people") or []

    # officers: named ones from the person entities, unnamed ones from their posts
    for p in people:
        o = p.officer
        if o is None or o.civil:
            continue
        rec.officers.append(Officer(name=p.name, aliases=list(p.aliases), rank=o.rank, rank_full=o.rank_full,
                                    rank_class=o.rank_class, force=o.force, position=o.position, unit=o.unit,
                                    titles=list(p.titles), mentions=len(p.spans)))
    seen_posts = {(o.position, o.unit) for o in rec.officers}
    named_posts = {o.position for o in rec.officers}
    for span in group(doc, "officers"):
        o = data_of(span)
        if o is None or o.name is not None or o.civil or (o.position, o.unit) in seen_posts:
            continue
        if o.unit is None and o.position in named_posts:
            continue  # a later "Kapolres" alone is the Kapolres already named
        seen_posts.add((o.position, o.unit))
        rec.officers.append(Officer(name=None, force=o.force, position=o.position, unit=o.unit))

    for p in people:
        rec.persons.append(Person(name=p.name, role=p.role, aliases=list(p.aliases), age=p.age,
                                  officer=p.officer is not None and not p.officer.civil))

    rec.institutions = institutions(doc)

    places: dict[tuple, Place] = {}
    for span in group(doc, "places"):
        m = data_of(span)
        if m is None:
            continue
        code = m.region.code if m.region else None
        key = (m.name.lower(), code)
        if key not in places:
            places[key] = Place(name=m.name, kind=m.kind, code=code,
                                province=gazetteer().province_name(code) if code else None, label=m.label)
    if header is not None and header.dateline and not any(p.name.lower() == header.dateline.lower()
                                                          for p in places.values()):
        cands = gazetteer().lookup(header.dateline)
        if cands:
            from polsek_nlp.knowledge.gazetteer import resolve

            info = resolve(cands, context={p.code for p in places.values() if p.code})
            places[(header.dateline.lower(), info.code)] = Place(
                name=header.dateline, kind=info.kind, code=info.code,
                province=gazetteer().province_name(info.code), label="GPE")
    rec.places = list(places.values())

    for span in group(doc, "dates"):
        d: DateMention = data_of(span)
        if d is not None:
            rec.dates.append(DateMention(**vars(d)))

    for span in group(doc, "quotes"):
        q = data_of(span)
        if q is not None:
            rec.quotes.append(Quote(text=q.text, speaker=q.speaker, cue=q.cue, direct=q.direct,
                                    start=q.start, end=q.end))

    ev = ext(doc, "event")
    if ev is not None:
        rec.event = Event(type=ev.type, secondary_types=list(ev.secondary_types), name=ev.name, date=ev.date,
                          venue=ev.venue, region=region_of(ev.region), leader=ev.leader,
                          participants=list(ev.participants), purpose=ev.purpose)
    rec.entities = entities(doc)
    rec.keywords = keywords(doc)
    copy_incident_facts(doc, rec)
    return rec


def copy_incident_facts(doc: Doc, rec: EventRecord) -> None:
    """What `polsek_incidents` found (`doc._.incidents`), copied into the record; people named only
    there (by initials: `tersangka berinisial AS`) join `persons`."""
    inc = ext(doc, "incidents")
    if inc is None:
        return
    rec.suspects = [dataclasses.replace(x) for x in inc.suspects]
    rec.victims = [dataclasses.replace(x) for x in inc.victims]
    rec.casualties = dataclasses.replace(inc.casualties)
    rec.evidence = [dataclasses.replace(x) for x in inc.evidence]
    rec.losses = [dataclasses.replace(x) for x in inc.losses]
    rec.charges = [dataclasses.replace(x) for x in inc.charges]
    rec.event.arrests = inc.arrests
    rec.event.subtype = inc.subtypes.get(rec.event.type) if rec.event.type else None
    known = {p.name for p in rec.persons} | {a for p in rec.persons for a in p.aliases}
    for p in inc.persons:
        if p.name not in known:
            known.add(p.name)
            rec.persons.append(dataclasses.replace(p))


def entities(doc: Doc) -> list[Entity]:
    """`doc.ents` as the record's entities (from what the entity assembler wrote, while the
    pipeline's caches are held)."""
    text = doc_text(doc)
    held = view(doc).memo.get("ents")
    if held is not None:
        strings = doc.vocab.strings
        out = []
        for s, e, label in held:
            start, end = char_bounds(doc, s, e)
            out.append(Entity(text=text[start:end], label=strings[label], start=start, end=end))
        return out
    return [Entity(text=text[e.start_char:e.end_char], label=e.label_, start=e.start_char, end=e.end_char)
            for e in doc.ents]


def institutions(doc: Doc) -> list[Institution]:
    """One entry per body, in its most complete written form: a bare acronym (`KPU`, `FPI`) joins the
    fuller mention of the same body (`KPU Purwakarta`, `Front Pembela Islam`); bare family names
    (`Polres`) name no body and are left out."""
    mentions = [data_of(s) for s in group(doc, "institutions") if data_of(s) is not None and not data_of(s).generic]
    fuller: dict[str, str] = {}
    for m in mentions:
        for key in {m.full_name, m.acronym} - {None}:
            if len(m.name) > len(fuller.get(key.lower(), "")):
                fuller[key.lower()] = m.name
    out: dict[str, Institution] = {}
    for m in mentions:
        bare = m.acronym is not None and m.name == m.acronym or m.full_name == m.name
        if bare and any(fuller.get(k.lower(), m.name) != m.name for k in {m.full_name, m.acronym} - {None}):
            continue
        key = m.name.lower()
        if key not in out:
            out[key] = Institution(name=m.name, acronym=m.acronym, full_name=m.full_name, kind=m.kind,
                                   region=region_of(m.region))
    return list(out.values())


_LONG_WORD = word_flag(lambda t: len(t) >= 4 and t.isalpha())  # as spaCy's LENGTH and IS_ALPHA
WORD_CACHE_SIZE = 100_000
_KEYWORD_STEMS: dict[int, str | None] = {}  # LOWER key -> its stem as a keyword (None: never one)


def keywords(doc: Doc, k: int = KEYWORDS) -> list[str]:
    """The article's most frequent content stems (no stop words, entity words, ranks or posts).

    Words are counted first, as LOWER keys in numpy, and only the most frequent candidates are
    stemmed, so that an article costs a few dozen Sastrawi calls, not one per word."""
    stop = name_stopwords()
    texts = token_texts(doc)
    if not texts or k <= 0:
        return []
    header = ext(doc, "header")
    body = bisect_left(token_starts(doc), header.body_start) if header is not None else 0
    iob = ent_iob_array(doc)
    # alphabetic words of four letters or more in the body, outside entities and post titles
    keep = ((word_flags(doc) & _LONG_WORD) != 0) & (iob != 1) & (iob != 3)
    keep[:body] = False
    posts = [i for i in (ext(doc, "post_tokens") or ()) if i < len(texts)]
    if posts:
        keep[posts] = False
    caps = numpy.asarray(capitalised_tokens(doc), dtype=numpy.intp)
    if len(caps):
        keep[caps[sent_start_array(doc)[caps] != 1]] = False  # a capitalised word inside a sentence is a name
    at = numpy.flatnonzero(keep)
    keys, first, counts = numpy.unique(lower_keys(doc)[at], return_index=True, return_counts=True)
    content = ~in_sorted(keys, _stop_keys())
    keys, first, counts = keys[content], first[content], counts[content]
    # the 4k most frequent words, the first seen first among equals (as Counter.most_common)
    ranked = numpy.lexsort((first, -counts))[:4 * k]
    stems: dict[str, int] = {}
    for key, word_at, n in zip(keys[ranked].tolist(), at[first[ranked]].tolist(), counts[ranked].tolist(),
                               strict=True):
        stem = _KEYWORD_STEMS.get(key, False)
        if stem is False:
            stem = stem_word(texts[word_at].lower())
            stem = stem if len(stem) >= 3 and stem not in stop else None
            if len(_KEYWORD_STEMS) >= WORD_CACHE_SIZE:
                _KEYWORD_STEMS.clear()
            _KEYWORD_STEMS[key] = stem
        if stem is not None:
            stems[stem] = stems.get(stem, 0) + n
    return [w for w, _ in sorted(stems.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


@lru_cache(maxsize=1)
def _stop_keys() -> numpy.ndarray:
    """The LOWER keys of `name_stopwords()` (spaCy's string hashes), sorted."""
    return numpy.unique(numpy.array([get_string_id(w) for w in name_stopwords()], dtype=numpy.uint64))
