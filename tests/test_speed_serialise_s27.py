"""The batch's JSON line, session 27 (issue 20, s27spd2): `EventRecord.to_json()` hands the record to the
JSON encoder whole, each record object's fields given one level deep (`_json_fields`), instead of a
`to_dict` copy of the whole tree first. The text must be the old one byte for byte: compared with
`json.dumps(r.to_dict(), ensure_ascii=False)`, the old path, on invented records; work is counted, never timed."""
from __future__ import annotations

import json

import pytest

import polsek_nlp
from polsek_nlp.archive.writers import RecordWriter, json_line
from polsek_nlp.record import types
from polsek_nlp.record.types import (
    Casualties,
    Charge,
    DateMention,
    Entity,
    Event,
    EventRecord,
    Evidence,
    Institution,
    Loss,
    Officer,
    Person,
    Place,
    Quote,
    Region,
    Suspect,
    Victim,
)

P = "2024-06-03"
_TEXT = ("Kapolsek Cibeureum AKP Darmawan Sulistyo menangkap dua pria berinisial RK (27) dan TS (31) di Jalan "
         "Merak, Kecamatan Cibeureum, Kota Tasikmalaya, Senin (3/6/2024). \"Keduanya kami jerat Pasal 363 KUHP,\" "
         "kata Darmawan kepada wartawan. Barang bukti berupa satu unit sepeda motor dan uang tunai Rp 1,5 juta.")


def _old(record: EventRecord) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False)


def _invented() -> EventRecord:
    """A record with non-ASCII text, None fields, empty and nested lists, floats, a tuple and a dict."""
    return EventRecord(
        id="uji-ü-1", title="Polisi ringkus “Geng Cempaka” — Tasikmalaya", url=None, published="2024-06-03T09:15",
        event=Event(type="penangkapan", date="2024-06-03", date_source="teks",
                    region=Region(code="32.78", name="Kota Tasikmalaya", kind="kota")),
        officers=[Officer(name="Darmawan Sulistyo", aliases=["Darmawan"], rank="AKP", titles=[], mentions=2)],
        persons=[Person(name="Ñoman Ayu", age=None), Person(name="R.K.", aliases=["Rk", "ŘK"])],
        institutions=[Institution(name="Polsek Cibeureum", region=Region(name="Cibeureum", kind="kecamatan"))],
        places=[Place(name="Jalan Merak", label="LOC")],
        dates=[DateMention(text="Senin (3/6/2024)", value="2024-06-03", granularity="day", offset="+07:00")],
        quotes=[Quote(text="Kami jerat \"Pasal 363\"\n\tKUHP ☺", speaker=None)],
        keywords=["tangkap", "café", "\u00a0spasi"],
        entities=[Entity(text="Tasikmalaya", label="LOC", start=10, end=21)],
        suspects=[Suspect(name="RK", age=27), Suspect(name="TS", age=None, sex="L")],
        victims=[Victim(name=None)],
        casualties=Casualties(dead=0, injured=None),
        evidence=[Evidence(item="sepeda motor", quantity=1.5, unit="unit")],
        losses=[Loss(amount=1_500_000)],
        charges=[Charge(article="363", law="KUHP", max_penalty="7 tahun")],
        warnings=["ümlaut", "tab\there"],
    )


def test_the_line_of_an_invented_record_is_the_old_one_byte_for_byte():
    rec = _invented()
    assert rec.to_json() == _old(rec)
    assert rec.to_json().encode("utf-8") == _old(rec).encode("utf-8")
    assert json_line(rec) == (_old(rec), False)
    assert EventRecord.from_json(rec.to_json()) == rec


def test_an_analysed_record_and_an_error_record_write_the_old_line(tmp_path):
    rec = polsek_nlp.analyze(_TEXT, published=P, id="a-1")
    assert rec.suspects and rec.officers
    err = EventRecord(id=None, event=Event(type=None), error="TypeError: no text")
    for r in (rec, err):
        assert r.to_json() == _old(r)
    assert json_line(err) == (_old(err), True)
    out = tmp_path / "out.jsonl"
    with RecordWriter(out) as w:
        w.write(rec)
        w.write_line(json_line(err)[0])
    assert out.read_text(encoding="utf-8") == _old(rec) + "\n" + _old(err) + "\n"


def test_odd_values_are_written_as_the_old_path_wrote_them():
    """Values no record builder makes, but a caller may set: a tuple, a dict holding records, floats,
    an attribute set after the record was made, a field deleted and set again (its place in `__dict__`
    moves), a field that does not hold what its type says."""
    rec = _invented()
    rec.keywords = ("a", "é")  # type: ignore[assignment]
    rec.event.region = {"inner": Region(name="Jawa Barat", code="32"), "n": [1.5, float("inf"), None, True]}  # type: ignore[assignment]
    rec.extra_note = "not a field"  # type: ignore[attr-defined]
    off = rec.officers[0]
    del off.name
    off.name = "Darmawan"
    rec.persons[0].name = Person(name="di dalam")  # type: ignore[assignment]
    line = rec.to_json()
    assert line == _old(rec)
    assert "extra_note" not in line and list(json.loads(line)["officers"][0])[0] == "name"


def test_what_json_cannot_write_still_fails_as_before():
    rec = _invented()
    rec.title = object()  # type: ignore[assignment]
    with pytest.raises(TypeError):
        _old(rec)
    with pytest.raises(TypeError):
        rec.to_json()


def test_a_lone_surrogate_is_still_escaped_by_the_writer():
    rec = _invented()
    rec.title = "judul \ud800 rusak"
    line, failed = json_line(rec)
    assert not failed and line == json.dumps(rec.to_dict(), ensure_ascii=True)
    line.encode("utf-8")


def test_the_line_is_made_without_copying_the_record_by_to_dict(monkeypatch):
    """The old line made a `to_dict` copy of every record object first (one call for each: 26 on this
    record); the new one calls it for none."""
    rec = polsek_nlp.analyze(_TEXT, published=P, id="a-1")
    expected = _old(rec)
    calls = []
    to_dict = types._Data.to_dict

    def counted(self):
        calls.append(type(self).__name__)
        return to_dict(self)

    monkeypatch.setattr(types._Data, "to_dict", counted)
    assert json_line(rec)[0] == expected
    assert calls == []
