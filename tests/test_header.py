import datetime as dt

import pytest

from polsek_nlp.recognize.header import article_meta, parse_header

BODY = ("PURWAKARTA - Polisi menangkap dua orang pelaku pencurian sepeda motor di kawasan Jalan "
        "Veteran yang sudah lama meresahkan warga sekitar pasar dan terminal kota.")


@pytest.mark.parametrize("stamp, want", [
    ("Aug 20, 2024 - 11:16", dt.datetime(2024, 8, 20, 11, 16)),
    ("Selasa, 20 Agu 2024 11:16 WIB", dt.datetime(2024, 8, 20, 11, 16)),
    ("20/08/2024, 11:16", dt.datetime(2024, 8, 20, 11, 16)),
    ("Selasa, 20 Agustus 2024 | 11:16 WIB", dt.datetime(2024, 8, 20, 11, 16)),
    ("2024-08-20 11:16", dt.datetime(2024, 8, 20, 11, 16)),
])
def test_publication_time_forms(stamp, want):
    h = parse_header(f"POLSEK\n\nPolisi Tangkap Dua Pencuri Motor di Purwakarta\n\n{stamp}\n\n{BODY}")
    assert h.published == want
    assert h.title == "Polisi Tangkap Dua Pencuri Motor di Purwakarta"
    assert h.dateline == "Purwakarta"
    assert h.body_start > 0


def test_seed_header(seed_text):
    h = parse_header(seed_text)
    assert h.title == "Polres Purwakarta Gelar Rakor Operasi Mantap Praja Lodaya 2024"
    assert h.published == dt.datetime(2024, 8, 20, 11, 16)
    assert h.site == "POLSEK"
    assert "POLSEK.ID" in h.byline
    assert h.dateline == "Purwakarta"


@pytest.mark.parametrize("text, dateline", [
    ("Jakarta, CNN Indonesia -- Ratusan orang membakar kantor itu.", "Jakarta"),
    ("DEPOK (Pos Kota) – Mahasiswi itu ditemukan.", "Depok"),
    ("Jakarta (ANTARA News) - Direktur itu membantah.", "Jakarta"),
    ("BANDUNG, KOMPAS.com - Polisi datang.", "Bandung"),
    ("Merdeka.com - Bentrokan terjadi di lapas.", None),
    ("Polisi menangkap dua orang.", None),
])
def test_datelines(text, dateline):
    assert parse_header(text).dateline == dateline


def test_explicit_arguments_override_header(seed_text):
    h = parse_header(seed_text, article_meta(title="Judul Lain", published="2024-08-21T08:00", url="https://x.id/a"))
    assert h.title == "Judul Lain"
    assert h.published == dt.datetime(2024, 8, 21, 8, 0) and h.published_precision == "time"
    assert h.url == "https://x.id/a"


def test_a_day_given_alone_keeps_its_precision(seed_text):
    h = parse_header(seed_text, article_meta(published="2024-08-21"))
    assert h.published == dt.datetime(2024, 8, 21) and h.published_precision == "day"
    assert h.title == "Polres Purwakarta Gelar Rakor Operasi Mantap Praja Lodaya 2024"  # not overridden
    assert parse_header(seed_text).published_precision == "time"  # read from the head line


def test_metadata_that_gives_nothing_leaves_the_head_alone(seed_text):
    assert parse_header(seed_text, article_meta()) == parse_header(seed_text)


def test_plain_body_has_no_head():
    h = parse_header("Polisi menangkap dua orang.\n\nKeduanya ditahan.")
    assert h.title is None and h.published is None and h.body_start == 0
