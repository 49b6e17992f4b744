"""Officers' names (issue 19, session 25, s25off), on invented ground (invented names, plausible places; none copied
from an article). Each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officer_posts, person_roles, reader

_officers = reader("2025-03-14T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer
_persons = reader("2025-03-14T10:00", field=person_roles)


# --- the day told right after a name, with no comma, is no word of the name ---
@pytest.mark.parametrize("text, expected", [
    ("Kapolres Sukamaju AKBP Hendri Wibisono Kamis (13/3) mengatakan pelaku sudah ditahan.",
     ("AKBP", "Hendri Wibisono", "Kapolres", "Polres Sukamaju")),
    ("Hal itu disampaikan Kasat Reskrim Polres Sukamaju AKP Dimas Arifianto Selasa (11/3).",
     ("AKP", "Dimas Arifianto", "Kasat Reskrim", "Polres Sukamaju")),
    ("Kata Kapolsek Cibeber Iptu Yogi Pramudya Sabtu (8/3) malam.",
     ("Iptu", "Yogi Pramudya", "Kapolsek", "Polsek Cibeber")),
    # guard: the day after a comma, as before
    ("Kapolres Sukamaju AKBP Hendri Wibisono, Kamis (13/3), mengatakan pelaku sudah ditahan.",
     ("AKBP", "Hendri Wibisono", "Kapolres", "Polres Sukamaju")),
])
def test_a_day_after_an_officers_name_is_no_word_of_it(text, expected):
    assert _officers(text) == [expected]


def test_a_day_after_a_civil_post_holders_name_is_no_word_of_it():
    text = "Bupati Sukamaju Ridwan Saputro Kamis (13/3) mengatakan jalan itu akan diperbaiki."
    assert ("Ridwan Saputro", "Bupati") in _persons(text)
