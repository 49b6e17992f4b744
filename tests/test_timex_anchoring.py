"""Relative dates the text itself anchors, schedules, and the other date-reading fixes of issue 19.
Each test failed before its fix."""
import datetime as dt

import pytest

import polsek_nlp
from polsek_nlp.recognize.timex import find_timexes

PUB = dt.datetime(2017, 5, 13, 2, 24)


def _values(text, anchor=PUB):
    """The expressions the record takes (NER's own, `view="ents"`, are not dates of the record)."""
    return [(t.text, t.value) for t in find_timexes(text, anchor) if t.view != "ents"]


def _ents_only(text, anchor=PUB):
    return [(t.text, t.value) for t in find_timexes(text, anchor) if t.view == "ents"]


# --- relative expressions of the narrative count from its last date, not from publication -----

def test_keesokan_harinya_is_the_day_after_the_story_date():
    text = "Korban pergi Rabu (10/5). Ia tidak pulang hingga keesokan harinya."
    assert ("keesokan harinya", "2017-05-11") in _values(text)


def test_n_days_later_and_before_count_from_the_last_date_and_chain():
    text = ("Pelaku ditangkap Senin (1/5). Sehari kemudian ia dilepas. Dua hari kemudian ia ditangkap lagi. "
            "Ia sempat kabur tiga hari sebelumnya.")
    got = dict(_values(text))
    assert got["Sehari kemudian"] == "2017-05-02"
    assert got["Dua hari kemudian"] == "2017-05-04"
    assert got["tiga hari sebelumnya"] == "2017-05-01"


def test_the_night_before_and_minutes_later():
    got = dict(_values("Sidang digelar Selasa (9/5). Jalan ditutup sejak malam hari sebelumnya."))
    assert got["malam hari sebelumnya"] == "2017-05-08"
    got = dict(_values("KPK tiba sekitar pukul 17.45 WIB, Selasa (9/5). Lima menit kemudian ia keluar."))
    assert got["Lima menit kemudian"] == "2017-05-09T17:50"


def test_narrative_expression_without_a_date_before_falls_back_to_publication():
    assert _values("Tiga hari kemudian polisi menangkapnya.") == [("Tiga hari kemudian", "2017-05-16")]
    assert _values("Lima menit kemudian ia keluar.") == [("Lima menit kemudian", None)]


# --- the text's own writing day, apposition, clock times and their day ------------------------

def test_a_deictic_word_before_its_date_anchors_the_text():
    text = "Hari ini, Kamis (11 / 5), polisi memeriksa saksi. Simak liputannya besok, Jumat (12 / 5)."
    assert dict(_values(text))["besok"] == "2017-05-12"
    got = dict(_values("Korban melapor kemarin (11 / 5). Kapolrestabes menjawab kemarin malam."))
    assert got["kemarin"] == "2017-05-11" and got["kemarin malam"] == "2017-05-11"


def test_hari_ini_of_a_report_published_the_day_after_its_lead_date():
    text = ("Pengadilan membacakan vonis di Sukamaju, Jumat (12 / 5). Terdakwa menerima putusan yang "
            "dibacakan hari ini itu.")
    assert dict(_values(text))["hari ini"] == "2017-05-12"
    # a text that says `kemarin` writes from the publication day
    got = dict(_values("Polisi menangkap pelaku, Jumat (12 / 5). Kemarin pelaku diperiksa, hari ini dilimpahkan."))
    assert got["hari ini"] == "2017-05-13"


def test_a_relative_day_in_apposition_takes_the_explicit_date():
    # the writing day it gives is too far from publication to re-anchor the text: apposition still holds
    got = dict(_values("Warga berkumpul hari ini, Selasa (2/5), di alun-alun."))
    assert got["hari ini"] == "2017-05-02"


def test_a_clock_time_takes_the_date_written_after_it():
    text = "Jalan ditutup pukul 18.00 WIB pada 31 Desember 2016 dan dibuka pukul 06.00 WIB pada 1 Januari 2017."
    got = dict(_values(text, dt.datetime(2017, 1, 1, 8, 45)))
    assert got["pukul 18.00 WIB"] == "2016-12-31T18:00" and got["pukul 06.00 WIB"] == "2017-01-01T06:00"
    assert _values("Mereka dipindahkan pada pukul 21.00 WIB (4/5) ke Lapas.") == [
        ("pukul 21.00 WIB (4/5)", "2017-05-04T21:00")]


def test_part_of_day_tadi_said_before_that_part_began_was_the_day_before():
    assert _values("Meriam meledak siang tadi.", dt.datetime(2017, 5, 19, 1, 30)) == [("siang tadi", "2017-05-18")]
    assert _values("Meriam meledak siang tadi.", dt.datetime(2017, 5, 19, 14, 30)) == [("siang tadi", "2017-05-19")]


# --- day and month without a year: future for a schedule, past otherwise ----------------------

def test_a_scheduled_day_is_in_the_future():
    pub = dt.datetime(2017, 11, 20, 9, 0)
    assert _values("Pemungutan suara dijadwalkan pada 15 Februari.", pub) == [("15 Februari", "2018-02-15")]
    assert _values("Sidang akan kembali digelar Kamis (4/1).", pub) == [("Kamis (4/1)", "2018-01-04")]
    assert _values("Pelantikan digelar 10 Januari mendatang.", pub) == [("10 Januari", "2018-01-10")]
    # no schedule: the past, as before
    assert _values("Ia ditangkap pada 15 Februari.", pub) == [("15 Februari", "2017-02-15")]
    # a day a few days before publication is the story being told, even after "akan"
    assert _values("Polisi akan memeriksa saksi kejadian 17 November.", pub) == [("17 November", "2017-11-17")]


def test_day_month_with_tahun_depan():
    assert _values("Tahap itu berlangsung hingga 26 Juni tahun depan.", dt.datetime(2017, 6, 15)) == [
        ("26 Juni tahun depan", "2018-06-26")]


def test_a_range_from_a_relative_day_keeps_its_year():
    got = _values("Sosialisasi dimulai hari ini hingga 26 Juni tahun depan.", dt.datetime(2017, 6, 15))
    assert got == [("hari ini hingga 26 Juni tahun depan", "2017-06-15/2018-06-26")]


# --- numeric dates as the archive writes them, years, identifiers ------------------------------

def test_a_numeric_date_with_spaces_around_the_slash():
    assert _values("kata Condro di Semarang, Sabtu (21 / 5), seperti dilansir") == [("Sabtu (21 / 5)", "2017-05-21")]
    assert _values("Longsor terjadi Jumat (10 / 3 / 2017).") == [("Jumat (10 / 3 / 2017)", "2017-03-10")]


def test_lists_of_years_and_a_year_after_an_amount():
    assert [v for _, v in _values("gempa seperti tahun 1995, 2005, dan 2012")] == ["1995", "2005", "2012"]
    assert [v for _, v in _values("Wali Kota periode 2009 / 2014")] == ["2009", "2014"]
    assert [v for _, v in _values("dana hibah senilai Rp 35 miliar, 2013.")] == ["2013"]
    assert _values("sebanyak 1.200 orang") == [] and _values("Rp 2017") == []


def test_identifiers_of_regulations_and_cases_hold_no_year():
    for text in ("putusan MA Nomor 37 P / HUM / 2017 menyatakan", "Permenhub 26 tahun 2017 harus dicabut",
                 "Peraturan Menteri nomor PM.26 Tahun 2017 tentang angkutan", "PP 60 Tahun 2008"):
        assert _values(text) == [], text
    assert _values("Pasal itu diubah pada 2017.") == [("2017", "2017")]


def test_the_year_of_a_named_event_is_part_of_its_name():
    for text in ("Tahapan Pilkada Serentak 2018 dimulai.", "Pemilihan Kepala Daerah 2018 digelar.",
                 "Puncak arus mudik Lebaran 2016 sudah lewat.", "Pemilu tahun 2019 berjalan lancar."):
        assert _values(text) == [], text
    assert _values("Ia menjabat sejak 2018.") == [("2018", "2018")]


# --- units, "dalam", old spellings -------------------------------------------------------------

def test_se_units_ago():
    assert _values("Kasus itu terjadi setahun yang lalu.") == [("setahun yang lalu", "2016")]
    assert _values("Ia pindah sebulan lalu.") == [("sebulan lalu", "2017-04")]
    assert _values("sehari-hari ia bekerja") == []


def test_dalam_is_a_time_from_now_only_where_no_duration_is_meant():
    assert _values("Hasilnya diumumkan dalam 3 hari lagi.") == [("dalam 3 hari lagi", "2017-05-16")]
    assert _values("dalam 10 hari") == [("dalam 10 hari", "2017-05-23")]  # a time stamp on its own line
    assert _values("Hasilnya diumumkan dalam 3 hari.") == []
    assert _values("Dua kali dalam setahun.") == [] and _values("Ia finis dalam 34 menit.") == []
    assert _values("Dalam 3 hari terakhir polisi menangkap 5 orang.") == []
    assert _ents_only("Dalam 3 hari terakhir polisi menangkap 5 orang.") == [("3 hari terakhir", None)]  # a period


def test_a_counted_unit_ago_is_not_last_year():
    assert _values("Ia bermain di sana beberapa tahun yang lalu.") == []
    assert _ents_only("Ia bermain di sana beberapa tahun yang lalu.") == [("beberapa tahun yang lalu", None)]
    assert _values("Danau terbentuk sekitar 55 ribu tahun yang lalu.") == []
    assert _values("Kasus serupa terjadi tahun yang lalu.") == [("tahun yang lalu", "2016")]


def test_hours_minutes_and_abbreviated_units():
    assert _values("dua jam yang lalu") == [("dua jam yang lalu", "2017-05-13T00:24")]
    assert _values("4 thn lalu") == [("4 thn lalu", "2013")]


def test_old_month_spellings_only_with_a_year():
    assert _values("6 Djuli 2019") == [("6 Djuli 2019", "2019-07-06")]
    assert _values("tersangka 6 Ag ditangkap") == [] and _values("Mai 2019") == [("2019", "2019")]


def test_a_weekend_is_not_a_day():
    assert _values("Akhir pekan lalu, pemerintah memblokir situs itu.") == []
    assert _ents_only("Akhir pekan lalu, pemerintah memblokir situs itu.") == [("Akhir pekan lalu", None)]


def test_an_hour_with_the_part_of_the_day():
    text = "Anggota memesan KTP pada Kamis siang. Lalu pelaku ditangkap pukul 8 malam."
    got = dict(_values(text, dt.datetime(2017, 1, 29, 12, 45)))
    assert got["pukul 8 malam"] == "2017-01-26T20:00"
    assert _values("Apel digelar jam 7 pagi.", PUB) == [("jam 7 pagi", "2017-05-13T07:00")]
    assert _values("Ia tiba pukul 12 siang.", PUB) == [("pukul 12 siang", "2017-05-13T12:00")]
    assert _values("Ia tiba pukul 12 malam.", PUB) == [("pukul 12 malam", "2017-05-13T00:00")]


def test_the_record_lists_the_two_dates_a_range_is_written_with():
    import polsek_nlp

    rec = polsek_nlp.analyze("Kegiatan digelar pukul 07.30 - 09.30 WIB, lalu sosialisasi hingga 26 Juni.",
                             published="2017-06-15T10:00")
    assert [(d.value, d.granularity) for d in rec.dates] == [
        ("2017-06-15T07:30", "time"), ("2017-06-15T09:30", "time"), ("2017-06-26", "day")]


def test_the_record_lists_a_day_and_its_clock_time_as_two_dates():
    import polsek_nlp

    rec = polsek_nlp.analyze("Longsor terjadi pada Jumat (10 / 3 / 2017) pukul 20.36 WIB di desa itu.",
                             published="2017-03-12T10:00")
    assert [(d.text, d.value) for d in rec.dates] == [
        ("Jumat (10 / 3 / 2017)", "2017-03-10"), ("pukul 20.36 WIB", "2017-03-10T20:36")]


# (text, phrase, value): PUB is Saturday 13 May 2017, its week began on Monday 8 May
_RELATIVE_CASES = [
    # a named event's year in the clause dates a day written without one (not the nearest 17 April)
    ("Pemungutan suara Pilpres 2019 dijadwalkan pada 17 April.", "17 April", "2019-04-17"),
    # `mendatang` names the coming day, whatever the year of the event it prepares
    ("Tahapan Pilkada 2018 diluncurkan pada 20 Mei mendatang.", "20 Mei", "2017-05-20"),
    # a comma ends the clause: a statement's day is not the event's
    ("Soal Pilkada 2018, ia berbicara Kamis 11 Mei di kantornya.", "Kamis 11 Mei", "2017-05-11"),
    # a weekday of the calendar week before, this or next
    ("Rabu pekan lalu ia datang.", "Rabu pekan lalu", "2017-05-03"),
    ("Sidang digelar Jumat pekan depan.", "Jumat pekan depan", "2017-05-19"),
    ("Senin minggu ini ia pulang.", "Senin minggu ini", "2017-05-08"),
    # keesokan/esok with a part of the day: the day after the story's last date
    ("Korban pergi Rabu (10/5). Keesokan paginya ia ditemukan.", "Keesokan paginya", "2017-05-11"),
    ("Korban pergi Rabu (10/5). Esok malamnya ia pulang.", "Esok malamnya", "2017-05-11"),
    # a day of the month before or after
    ("Sidang digelar tanggal 5 bulan depan.", "tanggal 5 bulan depan", "2017-06-05"),
    ("Ia ditahan sejak tanggal 20 bulan lalu.", "tanggal 20 bulan lalu", "2017-04-20"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), _RELATIVE_CASES)
def test_relative_and_yearless_days_of_issue_19(text, phrase, value):
    assert (phrase, value) in _values(text)


def test_the_year_in_the_constitutions_name_is_no_date():
    for text in ("Mereka menentang Undang - undang Dasar 1945 dan Pancasila.",
                 "Kelompok itu menentang Undang-Undang Dasar 1945.", "Pasal itu ada dalam UUD 1945."):
        assert not [v for _, v in _values(text) if v == "1945"], text
    assert ("17 Agustus 1945", "1945-08-17") in _values("Proklamasi dibacakan pada 17 Agustus 1945.")  # control


def test_the_writing_day_is_the_texts_latest_day_before_a_late_stamp():
    # the day is written late in the text, after a long lead
    filler = "Ia juga melihat taman, kolam dan jalur pejalan kaki di sekitar lokasi itu. " * 6
    text = f"Gubernur meninjau kawasan Monas pagi tadi. {filler}Hal itu dikatakan di lokasi, Jumat (12 / 5)."
    assert dict(_values(text))["pagi tadi"] == "2017-05-12"
    # `kemarin` that names the day before the writing day the text states agrees with it
    got = dict(_values("Arus padat sejak Kamis (11 / 5) malam. Jumat (12 / 5) siang arus lancar. Kemarin "
                       "antrean panjang, siang tadi sudah lancar."))
    assert got["siang tadi"] == "2017-05-12" and got["Kemarin"] == "2017-05-11"
    # a bare weekday is a day the text states
    got = dict(_values("Korban dievakuasi Kamis (11 / 5) malam. \"Hari ini kami lanjutkan pencarian,\" kata "
                       "Budi, Jumat."))
    assert got["Hari ini"] == "2017-05-12"
    # a schedule's days after publication do not hide the writing day
    got = dict(_values("KPU meluncurkan tahapan, Jumat (12 / 5). Sosialisasi dimulai hari ini. Pemungutan "
                       "suara digelar pada 27 Juni 2018."))
    assert got["hari ini"] == "2017-05-12"


def test_last_night_on_a_writing_day_before_the_stamp_is_the_night_before_it():
    # written on Sunday (stated), stamped Monday morning: the Sunday quote's "malam tadi" is
    # Saturday night, not a Sunday night that had not yet come when it was said
    text = ("Polisi menemukan seorang pemuda yang hilang sejak awal bulan. \"Ia ditemukan malam tadi "
            "di rumah kerabatnya,\" kata Kapolsek kepada wartawan, Minggu (12/3/2017) pagi. Warga "
            "sempat melapor ke posko pada Sabtu (11/3) dan kemarin keluarga datang ke kantor polisi.")
    record = polsek_nlp.analyze(text, published="2017-03-13T06:30")
    values = {d.text: str(d.value) for d in record.dates}
    mention_days = {m: str(d.value) for d in record.dates for m in (getattr(d, "mentions", None) or [])}
    assert values.get("malam tadi", mention_days.get("malam tadi")) == "2017-03-11"
