"""Issue 19, session 14 (s14recL): dates of the record on round-4 ground. Sentences invented for
the test (names, places and days of no article)."""
import polsek_nlp
from helpers import place_names, reader


def dated(text, published):
    return {(d.text, d.value) for d in polsek_nlp.analyze(text, published=published).dates}


def values(text, published):
    return {d.value for d in polsek_nlp.analyze(text, published=published).dates}


def test_days_listed_before_a_date_take_its_month_and_year():
    text = "Pemkab menetapkan libur pegawai pada tanggal 12, 15, 16 dan 19 Maret 2019 untuk pegawai."
    assert {"2019-03-12", "2019-03-15", "2019-03-16", "2019-03-19"} <= values(text, "2019-02-20T10:00")
    assert "2019-02-12" not in values(text, "2019-02-20T10:00")  # not `tanggal 12` of the writing month


def test_a_short_day_list_after_a_preposition():
    got = values("Pameran kerajinan digelar pada 3, 4, dan 5 Agustus 2018 di alun-alun Sukamaju.", "2018-07-20T09:00")
    assert {"2018-08-03", "2018-08-04", "2018-08-05"} <= got


def test_the_weekdays_in_brackets_are_the_listed_days():
    text = ("Pemkab menetapkan libur pada tanggal 12, 15, 16 dan 19 Maret 2019 (Selasa, Jumat, Sabtu, dan Selasa) "
            "untuk pegawai.")
    got = values(text, "2019-02-20T10:00")
    assert got == {"2019-03-12", "2019-03-15", "2019-03-16", "2019-03-19"}  # no weekday of the writing week


def test_numbers_that_are_no_day_list_stay_apart():
    # a count, an article of a law, numbers that do not rise to the date's day: no list
    assert "2019-03-12" not in values("Sebanyak 12, 15 Maret 2019 lalu tercatat.", "2019-02-20T10:00")
    assert "2019-03-02" not in values("Ia dijerat Pasal 2 dan 5 Maret lalu diperiksa.", "2019-02-20T10:00")
    assert "2019-03-09" not in values("Mereka datang pada 9, 5 Maret 2019.", "2019-02-20T10:00")


def test_small_hours_after_a_night_are_the_next_day():
    text = ("Polisi membubarkan unjuk rasa 4 November malam di Jalan Cempaka. Pukul 00.15 WIB, Wali Kota "
            "Hendra Wiyoso memberi keterangan. Pukul 01.30 WIB massa pulang.")
    got = dated(text, "2016-11-05T15:00")
    assert ("Pukul 00.15 WIB", "2016-11-05T00:15") in got
    assert ("Pukul 01.30 WIB", "2016-11-05T01:30") in got


def test_an_evening_hour_of_the_night_keeps_its_day():
    got = values("Rapat warga digelar Kamis (3/11) malam. Rapat selesai pukul 23.00 WIB.", "2016-11-05T15:00")
    assert "2016-11-03T23:00" in got
    got = values("Rapat warga digelar Kamis (3/11) pagi. Pukul 02.00 WIB mereka pulang.", "2016-11-05T15:00")
    assert "2016-11-03T02:00" in got  # a day not told with its night


def test_a_decade_is_no_year_of_the_record():
    got = values("Sengketa itu tidak seperti tahun 1980-an di perbatasan, ujar Rudi Hartanto.", "2017-08-20T10:00")
    assert "1980" not in got
    got = values("Sengketa itu tidak seperti tahun 1980 - an di perbatasan, ujar Rudi Hartanto.", "2017-08-20T10:00")
    assert "1980" not in got
    assert "2015" in values("Sengketa itu terjadi pada 2015 di Sukamaju.", "2017-08-20T10:00")


def test_the_year_closing_a_written_out_regulation_title_is_no_date():
    text = "Pasal itu bertentangan dengan Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, kata hakim Rudi."
    assert "1945" not in values(text, "2017-08-20T10:00")
    text = "Pasar itu ditata sesuai Peraturan Daerah Kabupaten Sukamaju Tahun 2016 tentang pasar rakyat."
    assert "2016" not in values(text, "2017-08-20T10:00")


places = reader("2017-08-20T10:00", field=place_names)


def test_the_state_named_in_a_title_is_no_place():
    assert places("Sertifikat itu diserahkan Presiden Republik Indonesia Budi Santoso di Kota Bekasi.") == ["Bekasi"]
    assert "Republik Indonesia" not in places("Pasal itu bertentangan dengan Undang-Undang Dasar Negara Republik "
                                              "Indonesia Tahun 1945.")
    assert "Republik Ceko" in places("Ia lahir di Republik Ceko pada tahun 1980.")  # a place where one is


def test_a_venue_is_named_without_the_acronym_of_the_body_it_holds():
    assert places("Massa berkumpul di Gedung Dewan Kesenian Sukamaju (DKS) sejak pagi.") == ["Gedung Dewan Kesenian Sukamaju"]
    got = places("Ia melapor ke Komplek Kementerian Kelautan Sukamaju (KKS), Gambir, Senin (22/1).")
    assert got == ["Komplek Kementerian Kelautan Sukamaju", "Gambir"]


def test_a_directorate_after_the_subdirectorate_of_a_post_is_its_parent_unit():
    text = ("Sebelumnya, Kanit 3 Subdirektorat Harta Benda Direktorat Tindak Pidana Umum Bareskrim AKBP Hendra "
            "Wiyoso menyebut tersangka kabur.")
    (officer,) = polsek_nlp.analyze(text).officers
    assert officer.position == "Kanit 3 Subdirektorat Harta Benda"
    assert officer.unit == "Direktorat Tindak Pidana Umum Bareskrim"
    (officer,) = polsek_nlp.analyze("Kanit Reskrim Polsek Sukamaju Iptu Hendra Wiyoso mengatakan pelaku kabur.").officers
    assert (officer.position, officer.unit) == ("Kanit Reskrim", "Polsek Sukamaju")
