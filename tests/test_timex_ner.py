"""Temporal expressions as news NER reads them (doc.ents) and as the record lists them (issue 19).

`doc.ents` takes `doc.spans["timexes"]`: one span per expression (a range is one), the whole
expression whatever the anchor, relative periods with no record value (`musim ini`), no year
inside a name. The record keeps its own conventions (`doc.spans["dates"]`: a range's two ends,
values only where a calendar value exists). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

import polsek_nlp
from polsek_nlp.api import analyze_doc


@pytest.fixture(scope="module")
def nlp():
    return polsek_nlp.load()


def _times(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ in ("DATE", "TIME")]


def _dates(text, published):
    return [(d.text, d.value) for d in polsek_nlp.analyze(text, published=published).dates]


# --- a weekday with its bracketed date is one expression, anchored or not ----------------------

def test_a_dated_weekday_is_whole_without_a_publication_time(nlp):
    assert _times(nlp, "Pameran itu dibuka Selasa (14 / 3) di Surabaya.") == ["Selasa (14 / 3)"]
    assert _times(nlp, "Tim tiba di Makassar, Jumat (2 / 6) pagi WIB.") == ["Jumat (2 / 6) pagi WIB"]


def test_a_dated_weekday_without_a_year_to_give_has_no_value():
    record = polsek_nlp.analyze("Pameran itu dibuka Selasa (14/3) di Surabaya.")
    assert [(d.text, d.value, d.granularity) for d in record.dates] == [("Selasa (14/3)", None, "day")]


def test_a_day_and_month_without_an_anchor_keep_their_words(nlp):
    assert _times(nlp, "Ia menikah pada 3 Maret lalu di Bogor.") == ["3 Maret lalu"]


# --- the weekday chooses the year of a day written without one ---------------------------------

def test_the_weekday_picks_the_year_far_from_publication():
    # 9 August is more than two months after an April publication: 2016 by the calendar rule,
    # but 9 August 2016 was a Tuesday; 9 August 2017 a Wednesday
    assert _dates("Laga uji coba digelar Rabu (9/8) sore.", "2017-04-10T09:00") == [("Rabu (9/8) sore", "2017-08-09")]


def test_a_weekday_slip_near_publication_keeps_the_date():
    # 21 May 2017 was a Sunday: the day just before publication, the weekday is the source's slip
    assert _dates("Polisi menggelar razia Sabtu (21/5).", "2017-05-22T08:00") == [("Sabtu (21/5)", "2017-05-21")]


# --- ranges: one entity, two record dates -------------------------------------------------------

def test_a_range_of_days_is_one_entity_and_two_dates(nlp):
    text = "Bazar buku berlangsung 4 Oktober - 8 Oktober di Yogyakarta."
    assert _times(nlp, text) == ["4 Oktober - 8 Oktober"]
    assert _dates(text, "2017-10-02T10:00") == [("4 Oktober", "2017-10-04"), ("8 Oktober", "2017-10-08")]


def test_a_range_of_years_is_one_entity_and_two_dates(nlp):
    text = "Ia menjabat ketua periode 2015 - 2019 sebelum pensiun."
    assert _times(nlp, text) == ["2015 - 2019"]
    assert _dates(text, "2017-10-02T10:00") == [("2015", "2015"), ("2019", "2019")]


def test_a_range_on_a_pair_of_doc_ents_keeps_its_value():
    doc, _ = analyze_doc("Bazar buku berlangsung 4 Oktober - 8 Oktober.", published="2017-10-02T10:00")
    (ent,) = [e for e in doc.ents if e.label_ == "DATE"]
    assert ent._.data.value == "2017-10-04/2017-10-08"


# --- relative expressions by class ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Klub itu tampil buruk sepanjang musim ini.", "musim ini"),
    ("Ia akan pindah ke klub Spanyol pada musim 2019.", "musim 2019"),
    ("Jalur itu rawan longsor saat puncak musim hujan.", "puncak musim hujan"),
    ("Tim bangkit di paruh pertama musim.", "paruh pertama musim"),
    ("Harga cabai naik tajam minggu ini di pasar induk.", "minggu ini"),
    ("Warga diminta tidak keluar rumah pada malam hari.", "malam hari"),
    ("Tarif baru berlaku dalam beberapa pekan mendatang.", "beberapa pekan mendatang"),
    ("Angka kecelakaan turun dalam beberapa tahun terakhir.", "beberapa tahun terakhir"),
    ("Kontrak itu diteken pada 2015 lalu.", "2015 lalu"),
])
def test_relative_periods_are_time_entities(nlp, text, expected):
    assert _times(nlp, text) == [expected]


def test_periods_with_no_calendar_value_stay_out_of_the_record():
    record = polsek_nlp.analyze("Klub itu tampil buruk musim ini dan pada malam hari latihan dihentikan.",
                                published="2017-10-02T10:00")
    assert record.dates == []


def test_a_past_day_without_a_year_is_not_after_publication():
    assert _dates("Mereka menikah pada 20 Desember lalu.", "2017-12-05T10:00") == [("20 Desember lalu", "2016-12-20")]
    assert _dates("Kontrak itu diteken pada 2015 lalu.", "2017-12-05T10:00") == [("2015 lalu", "2015")]


# --- a year inside a name is the name's, in NER -------------------------------------------------

def test_a_year_ending_a_name_is_no_entity_but_stays_a_record_year(nlp):
    text = "Panitia Jember Fashion Carnaval 2017 menyiapkan panggung utama."
    assert _times(nlp, text) == []
    assert _dates(text, "2017-08-01T10:00") == [("2017", "2017")]


def test_a_season_named_by_its_years_stays_an_entity(nlp):
    assert _times(nlp, "Ia tampil di laga musim reguler NBA 2016 - 2017.") == ["2016 - 2017"]


def test_a_quarter_and_a_term_of_office_keep_their_years(nlp):
    # a Roman numeral before the year numbers a quarter, no name; a range of years is a period
    assert _times(nlp, "Ekonomi tumbuh 5 persen pada kuartal II 2017.") == ["kuartal II 2017"]
    assert _dates("Ekonomi tumbuh 5 persen pada kuartal II 2017.", "2017-08-01T10:00") == [("kuartal II 2017", "2017")]
    assert _times(nlp, "Laba naik pada semester pertama.") == ["semester pertama"]
    assert _times(nlp, "Ia mahasiswa semester 5 di Bandung.") == []
    assert _times(nlp, "Ia Ketua Mahkamah Agung 2009 - 2012 lalu pensiun.") == ["2009 - 2012"]


def test_both_groups_carry_their_mentions():
    doc, _ = analyze_doc("Bazar buku berlangsung 4 Oktober - 8 Oktober, lalu ramai musim ini.",
                         published="2017-10-02T10:00")
    assert [(s.text, s._.data.value) for s in doc.spans["dates"]] == [("4 Oktober", "2017-10-04"),
                                                                       ("8 Oktober", "2017-10-08")]
    assert [(s.text, s._.data.value) for s in doc.spans["timexes"]] == [("4 Oktober - 8 Oktober", "2017-10-04/2017-10-08"),
                                                                         ("musim ini", None)]
