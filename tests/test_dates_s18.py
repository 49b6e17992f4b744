"""Session 18 (issue 19, s18dat): the dates list on invented ground (sentences, names and places written for
the test; the values were decided by the gold conventions before the code ran on them)."""
import pytest

from helpers import date_values, reader

PUBLISHED = "2025-03-12T10:00"  # a Wednesday


dates = reader(PUBLISHED, field=date_values)


# --- a range of clock times over midnight ends on the next day


def test_a_clock_range_over_midnight_ends_the_next_day():
    got = dates("Razia dilakukan pukul 22.00-01.00 WIB, Sabtu (8/3).")
    assert {"2025-03-08", "2025-03-08T22:00", "2025-03-09T01:00"} <= got
    assert "2025-03-08T01:00" not in got


def test_a_clock_range_over_midnight_with_hingga_and_wita():
    got = dates("Patroli berlangsung pukul 23.00 hingga 02.00 Wita pada Jumat (7/3).")
    assert {"2025-03-07", "2025-03-07T23:00", "2025-03-08T02:00"} <= got


def test_a_clock_range_within_one_day_stays_on_it():
    got = dates("Pelayanan SIM dibuka pukul 08.00-14.00 WIT, Senin (10/3).")
    assert {"2025-03-10T08:00", "2025-03-10T14:00"} <= got
    assert "2025-03-11T14:00" not in got


# --- a day that dates a statement is not the day of the clock times its content tells


def test_a_clock_time_in_a_dated_statement_takes_the_acts_day():
    text = ("Penggerebekan terjadi Senin (10/3) malam.\n\n"
            "Kapolres AKBP Rudi Hartono, Selasa (11/3), mengatakan pelaku ditangkap sekitar pukul 23.30 WIB.")
    got = dates(text)
    assert {"2025-03-10", "2025-03-11", "2025-03-10T23:30"} <= got
    assert "2025-03-11T23:30" not in got


def test_a_small_hours_time_in_a_dated_statement_after_a_night():
    text = ("Warga melapor ada tawuran pada Sabtu (8/3) malam. Kasat Samapta AKP Dewi Lestari, Minggu (9/3), "
            "menyebut kelompok itu dibubarkan pukul 01.30 WIB.")
    assert "2025-03-09T01:30" in dates(text)


def test_the_narrative_counts_from_the_story_not_the_press_conference():
    text = ('Polisi menangkap DN (30) pada Jumat (7/3). "Kami kembangkan ke jaringannya," kata Kapolres dalam '
            'konferensi pers di Mapolres Sukamaju, Senin (10/3).\n\nRN ditangkap di rumahnya keesokan harinya '
            'sekitar pukul 03.00 WIB.')
    got = dates(text)
    assert {"2025-03-08", "2025-03-08T03:00"} <= got
    assert "2025-03-11" not in got


def test_the_narrative_after_a_plain_day_still_counts_from_it():
    text = "Warga melapor pada Senin (10/3). Keesokan harinya, polisi menangkap pelaku."
    assert "2025-03-11" in dates(text)


def test_a_dated_statement_alone_still_dates_its_clock_time():
    got = dates("Kapolsek Sukamaju Iptu Agus Salim, Selasa (11/3), mengatakan razia dimulai pukul 20.00 WIB.")
    assert "2025-03-11T20:00" in got


# --- a bare weekday that a plan word governs is the coming one


def test_a_planned_weekday_is_the_coming_one():
    got = dates("Simulasi pengamanan digelar Selasa (11/3). Pemungutan suara akan digelar Kamis.")
    assert "2025-03-13" in got and "2025-03-06" not in got


def test_a_planned_weekday_with_dijadwalkan_and_its_clock_time():
    text = "Rapat evaluasi dijadwalkan pada Jumat. Rapat dimulai pukul 09.00 WIB di aula Mapolres."
    assert {"2025-03-14", "2025-03-14T09:00"} <= dates(text)


def test_a_planned_weekday_that_is_today():
    assert "2025-03-12" in dates("Pelantikan pengurus akan digelar Rabu di Gedung Serbaguna Sukamaju.")


def test_a_weekday_after_an_act_told_done_stays_past():
    got = dates("Pelaku yang akan kabur ke luar kota itu ditangkap Senin di terminal.")
    assert "2025-03-10" in got and "2025-03-17" not in got


def test_a_weekday_without_a_plan_stays_past():
    assert "2025-03-06" in dates("Pemungutan suara digelar Kamis dengan lancar.")


# --- a day counted back by a speaker counts from the day of the statement, when the text writes it


def test_days_ago_counts_from_the_statements_day_written_after():
    text = ('Kapolsek AKP Budi Santoso mengatakan pencurian terjadi dua hari lalu. "Pelaku masih kami buru," '
            'kata Budi saat ditemui di Mapolsek, Selasa (11/3).')
    got = dates(text, "2025-03-12T08:00")
    assert {"2025-03-09", "2025-03-11"} <= got
    assert "2025-03-10" not in got


def test_the_clock_time_of_a_day_counted_from_the_statement():
    text = ('Kasat Reskrim AKP Dedi Kurniawan mengatakan korban dianiaya dua hari lalu sekitar pukul 21.00 WIB. '
            '"Pelaku sudah kami amankan," kata Dedi, Selasa (11/3).')
    got = dates(text, "2025-03-12T08:00")
    assert {"2025-03-09", "2025-03-09T21:00", "2025-03-11"} <= got
    assert "2025-03-10T21:00" not in got


def test_days_ago_with_the_statement_on_the_publication_day():
    text = ('Kapolsek mengatakan pencurian terjadi dua hari lalu. "Pelaku masih kami buru," '
            'kata Kapolsek, Rabu (12/3).')
    assert "2025-03-10" in dates(text, "2025-03-12T18:00")


@pytest.mark.parametrize("text, published, kept, dropped", [
    # a count back in narration, not told as a saying: from publication
    ("Pencurian terjadi dua hari lalu di Desa Sukamaju. Warga menggelar ronda pada Selasa (11/3).",
     "2025-03-12T08:00", "2025-03-10", "2025-03-09"),
    # a relative day in apposition to its own date is not counted again from the statement's day
    ('"Pelaku kami buru terus," kata Kapolsek Sukamaju kepada wartawan, kemarin (11/3).',
     "2025-03-12T08:00", "2025-03-11", "2025-03-10"),
    # a day written again after a statement's day dates the clock time after it
    ('Jalan itu ditutup hingga Minggu (16/3). "Kami siaga," kata Kapolsek kepada wartawan, Rabu (12/3). '
     "Kapal terakhir berangkat Rabu malam pukul 23.00 WIB.", PUBLISHED, "2025-03-12T23:00", "2025-03-16T23:00"),
])
def test_counted_from_the_statement_guards(text, published, kept, dropped):
    got = dates(text, published)
    assert kept in got and dropped not in got
