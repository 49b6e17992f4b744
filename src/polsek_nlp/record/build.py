"""`build_record(doc)`: the one place where an annotated Doc becomes an `EventRecord`."""
from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from polsek_nlp.doc.meta import ArticleMeta, published_iso
from polsek_nlp.doc.spans import (
    char_bounds,
    data_of,
    doc_text,
    ext,
    group,
)
from polsek_nlp.doc.view import view
from polsek_nlp.knowledge.gazetteer import RegionInfo, gazetteer
from polsek_nlp.knowledge.lexicon import positions, without_acting_marker
from polsek_nlp.knowledge.phrases import country_name
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
from polsek_nlp.resolve.dateline import dateline_region
from polsek_nlp.resolve.institutions import institution_mentions
from polsek_nlp.resolve.keywords import keywords


def region_of(info: RegionInfo | None) -> Region | None:
    if info is None:
        return None
    return Region(name=info.name, kind=info.kind, code=info.code, province=gazetteer().province_name(info.code))


def _article_record(doc: Doc, header, id: str | None) -> EventRecord:
    """A record with the article's own fields: `id` (else the one `doc._.meta` holds), and what
    the header says (the head, where `doc._.meta` does not override it)."""
    meta = ext(doc, "meta")
    if id is None and isinstance(meta, ArticleMeta):
        id = meta.id
    rec = EventRecord(id=id)
    if header is not None:
        rec.title = header.title
        rec.url = header.url
        if header.published is not None:
            rec.published = published_iso(header.published, header.published_precision)
        rec.dateline = header.dateline
        rec.site = header.site
        rec.warnings.extend(header.warnings)
    return rec


def build_record(doc: Doc, *, id: str | None = None) -> EventRecord:
    """The record of `doc`; its `id` is `id` when given, else the one `doc._.meta` holds. The
    stages have decided everything: this copies their findings into the record's types."""
    rec = _article_record(doc, ext(doc, "header"), id)
    people = ext(doc, "people") or []
    rec.officers = _officers(doc, people)
    rec.persons = [Person(name=p.name, role=p.role, aliases=list(p.aliases), age=p.age,
                          officer=p.officer is not None and not p.officer.civil) for p in people]
    rec.institutions = [Institution(name=m.name, acronym=m.acronym, full_name=m.full_name, kind=m.kind,
                                    region=region_of(m.region)) for m in institution_mentions(doc)]
    rec.places = _places(doc)
    rec.dates = [DateMention(**vars(d)) for d in (data_of(s) for s in group(doc, "dates")) if d is not None]
    rec.quotes = [Quote(text=q.text, speaker=q.speaker, cue=q.cue, direct=q.direct, start=q.start, end=q.end)
                  for q in (data_of(s) for s in group(doc, "quotes")) if q is not None]
    ev = ext(doc, "event")
    if ev is not None:
        rec.event = Event(type=ev.type, secondary_types=list(ev.secondary_types), name=ev.name, date=ev.date,
                          date_source=ev.date_source,
                          venue=ev.venue, region=region_of(ev.region), leader=ev.leader,
                          participants=list(ev.participants), purpose=ev.purpose)
    rec.entities = entities(doc)
    rec.keywords = keywords(doc)
    copy_incident_facts(doc, rec)
    return rec


def _officers(doc: Doc, people: list) -> list[Officer]:
    """Named officers from the person entities, unnamed ones from their posts."""
    out = []
    for p in people:
        o = p.officer
        if o is None or o.civil:
            continue
        out.append(Officer(name=p.name, aliases=list(p.aliases), rank=o.rank, rank_full=o.rank_full,
                           rank_class=o.rank_class, force=o.force, position=o.position, unit=o.unit,
                           titles=list(p.titles), mentions=len(p.spans)))
    # a named acting holder's post written later without its marker is his ("Plt Kapolsek X AKP Y ... menurut Kapolsek
    # X": one officer); not the other way (a post's holder named, then an acting one unnamed; review s22rvA)
    seen_posts = {(post, o.unit) for o in out for post in (o.position, without_acting_marker(o.position))}
    named_posts = {_post_row(without_acting_marker(o.position)) for o in out}
    for span in group(doc, "officers"):
        o = data_of(span)
        if o is None or o.name is not None or o.civil or (o.position, o.unit) in seen_posts:
            continue
        if o.unit is None and _post_row(o.position) in named_posts:
            continue  # a later "Kapolres" alone is the Kapolres already named, in any of the post's forms
            # ("Panglima Kodam IV/X Mayjen Y ... kata Pangdam")
        seen_posts.add((o.position, o.unit))
        out.append(Officer(name=None, force=o.force, position=o.position, unit=o.unit))
    return out


def _post_row(position: str | None) -> str | None:
    """The post's row in the positions table (`Panglima Kodam`, `Pangdam` -> `Pangdam`), else the post
    as written."""
    infos = positions().get(position) if position else []
    return infos[0].position if infos else position


def _places(doc: Doc) -> list[Place]:
    """One place per name and region, and the dateline's region when no place names it."""
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
    found = dateline_region(doc, {p.name.lower() for p in places.values()},
                            {p.code for p in places.values() if p.code})
    if found is not None:
        name, info = found
        places[(name.lower(), info.code)] = Place(name=name, kind=info.kind, code=info.code,
                                                  province=gazetteer().province_name(info.code), label="GPE")
    return _one_per_country(list(places.values()))


def _one_per_country(places: list[Place]) -> list[Place]:
    """One place per country, whatever forms the text writes it in (`Amerika Serikat`, `Amerika`, `AS`): the
    country's own name in the table where the text writes it, else the longest form written; at its first
    mention's place in the list. A short form that is a word of another country the text names stays as written."""
    written = {p.name: country_name(p.name) for p in places if p.kind == "country"}

    def folded(p: Place) -> str | None:
        """The country a form names; None for a short form that is a word of another country's name the text
        writes (`Korea` beside `Korea Utara`: the table's `Korea Selatan`, or the north named short)."""
        country = written.get(p.name) if p.kind == "country" else None
        if country is None or p.name == country:
            return country
        clash = any(other not in (None, country) and p.name in name.split() for name, other in written.items())
        return None if clash else country

    named = [(p, folded(p)) for p in places]  # each place's country read once, used by both passes
    forms: dict[str, list[Place]] = {}
    for p, country in named:
        if country is not None:
            forms.setdefault(country, []).append(p)
    out = []
    for p, country in named:
        if country is None:
            out.append(p)
        elif p is forms[country][0]:
            out.append(next((q for q in forms[country] if q.name == country),
                            max(forms[country], key=lambda q: len(q.name))))
    return out


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
    rec.event.subtype = (inc.subtypes.of_event(rec.event.type, rec.event.secondary_types)
                         if rec.event.type and inc.subtypes is not None else None)
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


