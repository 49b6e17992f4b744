"""Records that generalise (issue 19, session 16): event dates and officers first. Invented names,
places and sentences (none copied from a gold article); each case failed before its change unless
marked as a guard."""
from __future__ import annotations

import pytest

import polsek_nlp

PUBLISHED = "2024-06-15T10:00:00"  # a Saturday


def _day(text: str, published: str = PUBLISHED) -> str | None:
    return polsek_nlp.analyze(text, published=published).event.date


# --- a statement's day written before its verb of saying -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the relative day of the statement is counted from the statement's day, not from publication
    ("Kapolsek Sukamaju AKP Budi Santoso, Rabu (12/6), mengatakan pelaku ditangkap dua hari lalu di rumahnya.",
     "2024-06-10"),
    ("Camat Sukaraja Andi Wijaya, Jumat (14/6), menyebutkan banjir merendam 40 rumah tiga hari lalu.",
     "2024-06-11"),
    ("Pencurian sepeda motor terjadi di Desa Mekarsari. Kapolsek Mekarsari Iptu Joko Susilo, Kamis (13/6), "
     "mengungkapkan pelaku beraksi tadi malam.", "2024-06-12"),
    # the statement's day is no event day when the act it reports is dated itself
    ("Kapolres Lembah Hijau AKBP Sutrisno, Jumat (14/6), mengatakan operasi pekat digelar Rabu (12/6) malam.",
     "2024-06-12"),
])
def test_a_day_before_a_verb_of_saying_dates_the_statement(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a day before a verb of an act, and a statement dated with the verb before the day
    ("Polisi pada Rabu (12/6) menangkap dua pelaku pencurian.", "2024-06-12"),
    ("Polisi menangkap dua pelaku pencurian pada Senin (10/6). Kapolsek Mekarsari Iptu Joko Susilo, Rabu (12/6), "
     "mengatakan kedua pelaku sudah ditahan.", "2024-06-10"),
    ("Kasat Reskrim Polres Lembah Hijau AKP Rudi Hartono saat ditemui di ruangannya, Kamis (13/6), menjelaskan "
     "bahwa tersangka dibekuk kemarin.", "2024-06-12"),
])
def test_a_day_before_a_verb_of_saying_guards(text, expected):
    assert _day(text) == expected
