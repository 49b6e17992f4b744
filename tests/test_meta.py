"""The article metadata: read once at the edge into `ArticleMeta`, read by every later stage."""
import dataclasses
import datetime as dt

import pytest

import polsek_nlp
from polsek_nlp.doc.meta import ArticleMeta, published_iso
from polsek_nlp.recognize.header import article_meta
from polsek_nlp.recognize.timex import read_published
from polsek_nlp.record.build import build_record


@pytest.mark.parametrize("given, when, precision", [
    (None, None, None),
    ("", None, None),
    ("2024-08-20T11:16", dt.datetime(2024, 8, 20, 11, 16), "time"),
    ("2024-08-20 11:16:30", dt.datetime(2024, 8, 20, 11, 16, 30), "time"),
    ("2024-08-20T04:16Z", dt.datetime(2024, 8, 20, 11, 16), "time"),  # an aware time is read in WIB
    ("2024-08-20", dt.datetime(2024, 8, 20), "day"),
    ("Selasa, 20 Agustus 2024", dt.datetime(2024, 8, 20), "day"),
    (dt.date(2024, 8, 20), dt.datetime(2024, 8, 20), "day"),
    (dt.datetime(2024, 8, 20), dt.datetime(2024, 8, 20), "time"),
])
def test_read_published(given, when, precision):
    assert read_published(given) == (when, precision)


def test_bad_published_raises():
    with pytest.raises(ValueError):
        article_meta(published="bukan tanggal")
    with pytest.raises(TypeError):
        article_meta(published=20240820)


def test_meta_is_frozen_and_written_as_records_write_it():
    meta = article_meta(published="2024-08-20", title="Judul", url="https://x.id/a", id="a1")
    assert meta == ArticleMeta(dt.datetime(2024, 8, 20), "day", "Judul", "https://x.id/a", "a1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        meta.title = "Lain"
    assert published_iso(meta.published, meta.published_precision) == "2024-08-20"
    assert published_iso(dt.datetime(2024, 8, 20, 11, 16, 59), "time") == "2024-08-20T11:16"


def test_analyze_doc_puts_the_typed_meta_on_the_doc():
    doc, _ = polsek_nlp.analyze_doc("Polisi datang kemarin.", published="2017-01-14", title="Judul")
    assert doc._.meta == ArticleMeta(dt.datetime(2017, 1, 14), "day", "Judul", None, None)
    assert doc._.header.published == dt.datetime(2017, 1, 14) and doc._.header.title == "Judul"
    assert build_record(doc).dates[0].value == "2017-01-13"  # "kemarin", resolved against it
    again = type(doc)(doc.vocab).from_bytes(doc.to_bytes())
    assert again._.meta == doc._.meta


def test_a_doc_without_meta_still_works():
    nlp = polsek_nlp.load()
    doc = nlp("Polisi menangkap pelaku di Bandung, Senin (19/8/2024).")
    assert doc._.meta is None and doc._.header.published is None
    assert build_record(doc).dates[0].value == "2024-08-19"


def test_a_mapping_on_doc_meta_is_read_once_into_the_type():
    nlp = polsek_nlp.load()
    doc = nlp.make_doc("Polisi datang kemarin.")
    doc._.meta = {"published": "2017-01-14T09:00", "id": "x1"}
    doc = nlp(doc)
    assert doc._.meta == ArticleMeta(dt.datetime(2017, 1, 14, 9), "time", None, None, "x1")
    rec = build_record(doc)
    assert (rec.id, rec.published, rec.dates[0].value) == ("x1", "2017-01-14T09:00", "2017-01-13")


def test_analyze_takes_the_id_through_the_meta():
    rec = polsek_nlp.analyze("Polisi datang.", published="2024-08-20", id="a7")
    assert (rec.id, rec.published) == ("a7", "2024-08-20")
