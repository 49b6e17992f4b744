"""Session 18 (issue 19, s18fx2): two end-of-session findings, on invented ground (sentences, names and
places written for the test; values decided before the code ran)."""
import polsek_nlp
from helpers import person_names, place_names, reader

PUBLISHED = "2025-03-04T10:00"  # a Tuesday


def dated(text):
    return {d.text: d.value for d in polsek_nlp.analyze(text, published=PUBLISHED).dates}


places = reader(PUBLISHED, field=place_names)


persons = reader(PUBLISHED, field=person_names)


# --- 1. a schedule told in a look back after an earlier sentence is the story's past


def test_a_schedule_after_sebelumnya_in_a_later_sentence_is_the_day_before():
    got = dated("Apel gabungan digelar Jumat (28/2). Sebelumnya apel itu dijadwalkan pada Kamis.")
    assert got["Kamis"] == "2025-02-27"


def test_a_plan_after_semula_in_a_later_sentence_is_the_day_before():
    got = dated("Pertemuan warga berlangsung Jumat (28/2). Semula pertemuan direncanakan pada Rabu.")
    assert got["Rabu"] == "2025-02-26"


def test_a_schedule_ahead_stays_ahead():
    assert dated("Musyawarah desa dijadwalkan pada Kamis mendatang.")["Kamis mendatang"] == "2025-03-06"
    assert dated("Camat Sukamaju mengatakan musyawarah akan digelar Kamis.")["Kamis"] == "2025-03-06"


def test_a_look_back_in_the_sentence_before_leaves_the_next_plan_ahead():
    got = dated("Sebelumnya musyawarah digelar Senin. Musyawarah berikutnya akan digelar Kamis.")
    assert got["Kamis"] == "2025-03-06"


# --- 2. a given name that a village bears, before another name word, opens a person's name


def test_a_balinese_birth_order_name_before_a_name_is_no_place():
    text = "Ketua KONI Bali, Made Wirasana, mengatakan atlet siap."
    assert "Made" not in places(text)
    assert "Made Wirasana" in persons(text)


def test_a_village_of_that_name_after_desa_stays_a_place():
    assert "Made" in places("Warga Desa Made, Kecamatan Sukasari, melapor ke polisi.")


def test_a_village_of_that_name_after_di_stays_a_place():
    assert "Made" in places("Ketut Sarimin mengatakan warga di Made sudah aman.")
