"""Records that generalise (issue 19, session 20): officers and the event date, on invented ground written before the
code was run on it and on the archive check. Invented names, places and sentences (none copied from a gold article);
each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officers_by_name, reader

PUBLISHED = "2025-06-11T14:00"  # a Wednesday, in the afternoon

_officers = reader(PUBLISHED, field=officers_by_name)


# --- a command's place whose first word is a landform's head keeps the word after it -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kapolres Lembah Hijau mengatakan pelaku sudah ditahan.", {None: (None, "Kapolres", "Polres Lembah Hijau")}),
    ("Kapolsek Rawa Indah mengatakan pelaku sudah ditahan.", {None: (None, "Kapolsek", "Polsek Rawa Indah")}),
    ("Kasatreskrim Polres Danau Biru, AKP Taufik Hidayat, mengatakan pelaku ditahan.",
     {"Taufik Hidayat": ("AKP", "Kasatreskrim", "Polres Danau Biru")}),
    ("Kapolsek Teluk Permai mengatakan pelaku sudah ditahan.", {None: (None, "Kapolsek", "Polsek Teluk Permai")}),
    ("Kapolres Lembah Hijau, AKBP Suryo Atmojo, mengatakan pelaku ditahan.",
     {"Suryo Atmojo": ("AKBP", "Kapolres", "Polres Lembah Hijau")}),
])
def test_a_landform_headed_place_after_a_post(text, expected):
    assert _officers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a name after the two words of the place is still the holder's; a rank after the place still ends it
    ("Kapolsek Sungai Pinang Budiono mengatakan pelaku ditahan.", {"Budiono": (None, "Kapolsek", "Polsek Sungai Pinang")}),
    ("Kapolsek Gunung Sari AKP Andi Lesmana mengatakan pelaku ditahan.",
     {"Andi Lesmana": ("AKP", "Kapolsek", "Polsek Gunung Sari")}),
    ("Kapolres Sukamaju Hendrawan mengatakan pelaku ditahan.", {"Hendrawan": (None, "Kapolres", "Polres Sukamaju")}),
])
def test_a_landform_headed_place_guards(text, expected):
    assert _officers(text) == expected
