import json

import jsonschema
import pytest

import polsek_nlp


def test_round_trip(seed_record):
    assert polsek_nlp.EventRecord.from_dict(seed_record.to_dict()) == seed_record
    assert polsek_nlp.EventRecord.from_json(seed_record.to_json()) == seed_record


def test_validates_against_schema(seed_record):
    jsonschema.validate(seed_record.to_dict(), polsek_nlp.record_schema())


def test_schema_catches_a_bad_record(seed_record):
    bad = seed_record.to_dict()
    bad["entities"][0]["label"] = "WEAPON"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, polsek_nlp.record_schema())


def test_json_keys(seed_record):
    d = json.loads(seed_record.to_json())
    for key in ("schema_version", "title", "url", "published", "dateline", "event", "officers", "persons",
                "institutions", "places", "dates", "quotes", "entities", "warnings"):
        assert key in d
    assert set(d["event"]) >= {"type", "name", "date", "venue", "region", "leader", "participants"}
    assert d["schema_version"] == polsek_nlp.SCHEMA_VERSION


def test_entity_offsets_point_into_text(seed_text, seed_record):
    for e in seed_record.entities:
        assert seed_text[e.start:e.end] == e.text
    labels = {e.label for e in seed_record.entities}
    assert {"PERSON", "ORG", "GPE", "FAC", "DATE", "EVENT"} <= labels


def test_person_entities_hold_names_only(seed_record):
    persons = {e.text for e in seed_record.entities if e.label == "PERSON"}
    assert persons <= {"Lilik Ardiansyah", "Lilik"}


def test_to_dict_is_asdict_without_the_deep_copy(seed_record):
    """Issue 20: to_dict walks the record itself (the batch writer's cost), and gives exactly
    what dataclasses.asdict gives, nested records, tuples and dicts included."""
    import dataclasses

    from polsek_nlp.record.types import Casualties, Event, EventRecord, Officer

    rec = EventRecord(id="x", event=Event(type="rapat_koordinasi", secondary_types=["apel"]),
                      officers=[Officer(name="Lilik", aliases=["L"])], casualties=Casualties(dead=1),
                      keywords=["rakor"])
    for r in (seed_record, rec):
        d = r.to_dict()
        assert d == dataclasses.asdict(r) and json.dumps(d) == json.dumps(dataclasses.asdict(r))
    d = rec.to_dict()
    assert d["officers"][0] is not rec.officers[0] and d["keywords"] is not rec.keywords
