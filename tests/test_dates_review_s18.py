"""Session 18 (issue 19, s18fxd): the date findings of the s18inst review and of the s18dat review, on
invented ground (sentences, names and places written for the test; values decided before the code ran)."""
import polsek_nlp

PUBLISHED = "2025-03-04T10:00"  # a Tuesday


def dated(text, published=PUBLISHED):
    return [(d.text, d.value) for d in polsek_nlp.analyze(text, published=published).dates]


def values(text, published=PUBLISHED):
    return {v for _, v in dated(text, published) if v}


# --- a clock time takes a day written after it only from its own clause


def test_a_clock_time_keeps_the_stated_day_over_a_weekday_after_a_comma():
    got = values("Pada Jumat (28/2), warga mengamankan pencuri pukul 21.30 Wita, Minggu siang motor dikembalikan.")
    assert "2025-02-28T21:30" in got
    assert "2025-03-02T21:30" not in got


def test_a_clock_time_keeps_the_stated_day_over_kemarin_after_a_comma():
    got = values("Pada Jumat (28/2), warga mengamankan pencuri pukul 21.30 Wita, kemarin motor dikembalikan.")
    assert "2025-02-28T21:30" in got
    assert "2025-03-03T21:30" not in got


def test_a_weekday_right_after_the_clock_still_dates_it():
    assert "2025-03-01T23:15" in values("Pencuri ditangkap pukul 23.15 Wita Sabtu malam di Desa Kalimaya.")


# --- `lalu lintas` is traffic, no count back


def test_lalu_lintas_after_a_month_is_no_past_month():
    got = values("Mulai Agustus lalu lintas di Jalan Merpati akan dialihkan.")
    assert "2025-08" in got and "2024-08" not in got


def test_lalu_lintas_and_lalu_lalang_stay_out_of_a_date_and_a_year():
    got = dated("Sejak 15 Januari lalu lintas di simpang Cikareo padat, dan pada 2023 lalu-lalang truk naik.")
    assert ("15 Januari", "2025-01-15") in got and ("2023", "2023") in got
    assert values("Pencurian itu terjadi Juni lalu, kata Kapolsek.") == {"2024-06"}


# --- a range of two weekdays: the end counted from the start; a habit has no date


def test_a_habitual_weekday_range_has_no_date():
    got = dated("Loket pengaduan dibuka Selasa-Kamis di balai desa.")
    assert got and all(v is None for _, v in got)


def test_a_weekday_range_ending_last_week_counts_its_start_back():
    got = values("Patroli digelar Senin hingga Rabu pekan lalu di Desa Kalimaya.")
    assert {"2025-02-24", "2025-02-26"} <= got
    assert "2025-03-03" not in got


def test_a_planned_weekday_range_runs_forward():
    got = values("Vaksinasi akan digelar Senin-Rabu di Puskesmas Kalimaya.")
    assert {"2025-03-10", "2025-03-12"} <= got
    assert "2025-02-26" not in got


# --- s18dat review: a plan told in a look back is the story's past


def test_a_plan_the_suspect_admitted_is_no_coming_weekday():
    got = values("Pelaku mengaku akan menjual ponsel curian itu Senin, namun keburu ditangkap warga.")
    assert "2025-03-03" in got and "2025-03-10" not in got
