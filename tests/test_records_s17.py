"""Records that generalise (issue 19, session 17): officers and the event date. Invented names, places and
sentences (none copied from a gold article); each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

import polsek_nlp

PUBLISHED = "2025-06-11T14:00"  # a Wednesday


def _day(text: str, published: str = PUBLISHED, title: str | None = None) -> str | None:
    return polsek_nlp.analyze(text, published=published, title=title).event.date


# --- a statement dated on the publication day reports the act its content dates ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kapolsek Wedi AKP Sugeng Riyadi, Rabu (11/6), mengatakan pelaku diamankan sehari sebelumnya di rumahnya.",
     "2025-06-10"),
    ("Kapolsek Karangrejo Iptu Dimas Anggara, Rabu (11/6), menjelaskan rumah korban dibobol Senin malam saat "
     "ditinggal pergi.", "2025-06-09"),
])
def test_a_statement_on_the_publication_day_reports_an_earlier_act(text, expected):
    assert _day(text) == expected


def test_a_statement_on_the_publication_day_that_reports_today_stays_guard():
    # guard: nothing earlier is reported, the statement's day (the publication day) stays the event's
    assert _day("Kapolsek Wedi AKP Sugeng Riyadi, Rabu (11/6), mengatakan hari ini pihaknya menggelar razia.") \
        == "2025-06-11"


# --- a day set off right after a verb of saying is the statement's, not the act's ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kasat Reskrim Polres Tanjung Sari AKP Bayu Firmansyah mengatakan, Rabu (11/6), tersangka ditangkap di "
     "terminal pada Senin (9/6).", "2025-06-09"),
    ("Camat Sukamulya Hendra Kusnadi menjelaskan, Selasa (10/6), longsor menimbun dua rumah pada Minggu (8/6) "
     "malam.", "2025-06-08"),
    ("Kapolsek Wedi AKP Sugeng Riyadi mengatakan, Selasa (10/6), pelaku dibekuk dua hari lalu.", "2025-06-08"),
])
def test_a_day_right_after_a_verb_of_saying_dates_the_statement(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a day of cause in the content stays background; an act dated in the sentence before stays the event
    ("Kapolsek Wedi AKP Sugeng Riyadi mengatakan, Selasa (10/6), razia digelar karena tawuran pada Minggu (8/6).",
     "2025-06-10"),
    ("Polisi menangkap dua pelaku, Senin (9/6). Kapolsek Wedi AKP Sugeng Riyadi mengatakan, Selasa (10/6), "
     "keduanya sudah ditahan.", "2025-06-09"),
    # a speaker no recognizer names: the day is read as before
    ("Warga mengatakan, Senin (9/6), banjir merendam rumah mereka sejak Sabtu (7/6).", "2025-06-09"),
])
def test_a_day_right_after_a_verb_of_saying_guards(text, expected):
    assert _day(text) == expected


# --- a clause of cause opening the sentence dates what the act answered -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Menyusul tawuran pelajar pada Senin (9/6), Polres Tanjung Sari menggelar razia di sejumlah sekolah, "
     "Rabu (11/6).", "2025-06-11"),
    ("Akibat hujan deras pada Minggu (8/6), puluhan rumah di Desa Jetis terendam banjir, Senin (9/6).",
     "2025-06-09"),
])
def test_a_clause_of_cause_opening_the_sentence_is_background(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: the clause's day is the only day; a cause clause after the main clause; a cause with no day
    ("Menyusul tawuran pelajar pada Senin (9/6), polisi menggelar razia di sejumlah sekolah.", "2025-06-09"),
    ("Polisi menangkap enam pelajar pada Selasa (10/6), menyusul tawuran Senin (9/6) malam.", "2025-06-10"),
    ("Karena jalan rusak, sebuah truk terguling di Jalan Raya Sukamulya, Senin (9/6).", "2025-06-09"),
])
def test_a_clause_of_cause_guards(text, expected):
    assert _day(text) == expected
