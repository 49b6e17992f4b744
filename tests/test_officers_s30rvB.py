"""Officers (issue 19, session 30, s30rvB: the review of s30off), on invented ground (invented names, plausible
places; none copied from an article). Each case failed before its mend unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import institution_names, officer_posts, reader

_officers = reader("2025-03-14T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer
_institutions = reader("2025-03-14T10:00", field=institution_names)


# --- a lead in capitals: the national police written `POLRI` after a post is the force, no Polres of a place ---
@pytest.mark.parametrize("text, expected", [
    ("KADIV HUMAS POLRI IRJEN POL HARYONO WIBISONO MENGATAKAN HAL ITU.",
     ("IRJEN", "HARYONO WIBISONO", "KADIV HUMAS", "Polri")),
    ("KABARESKRIM POLRI KOMJEN POL SATRIO WIDODO MENGATAKAN BERKAS SUDAH LENGKAP.",
     ("KOMJEN", "SATRIO WIDODO", "KABARESKRIM", "Polri")),
    ("KADIV HUMAS MABES POLRI IRJEN POL HARYONO WIBISONO MENGATAKAN HAL ITU.",
     ("IRJEN", "HARYONO WIBISONO", "KADIV HUMAS", "Mabes Polri")),
])
def test_the_force_in_capitals_after_a_post(text, expected):
    assert _officers(text) == [expected]


def test_a_command_head_in_capitals_after_a_post_is_no_bare_body():
    names = _institutions("KASI HUMAS POLRES TASIKMALAYA IPTU WAWAN SETIAWAN MENGATAKAN ARUS LANCAR.")
    assert "POLRES" not in names


# --- a rank's word of the other force reads as a given name only inside a name of at most three words ---
@pytest.mark.parametrize("text, expected", [
    ("Hadir Kompol Agung Saputra Mayor Budi Hartono dalam acara itu.",
     [("Kompol", "Agung Saputra", None, None), ("Mayor", "Budi Hartono", None, None)]),
    ("Hadir Kapolsek Ciawi Kompol Agung Saputra Danramil Mayor Budi Hartono dalam acara itu.",
     [("Kompol", "Agung Saputra", "Kapolsek", "Polsek Ciawi"), ("Mayor", "Budi Hartono", "Danramil", None)]),
])
def test_two_officers_of_two_forces_named_in_a_row(text, expected):
    assert _officers(text) == expected


def test_guard_a_rank_word_inside_a_name_of_three_words():
    assert _officers("Kompol Agung Mayor Saputra memimpin apel pagi.") == [
        ("Kompol", "Agung Mayor Saputra", None, None)]


# --- a handover in two sentences: the post the sentence before says changed hands must be the only one it names ---
def test_two_posts_changed_before_give_the_one_replacing_neither():
    officers = _officers("Jabatan Kapolres Ciamis dan Kapolres Banjar resmi berganti. AKBP Gita Permana menggantikan "
                         "AKBP Hendra Susanto.")
    assert ("AKBP", "Gita Permana", "Kapolres", "Polres Ciamis") not in officers


def test_guard_another_post_before_the_post_noun_keeps_the_handover():
    officers = _officers("Kapolda Jabar memimpin sertijab, jabatan Kapolres Ciamis berganti. AKBP Gita Permana "
                         "menggantikan AKBP Hendra Susanto.")
    assert ("AKBP", "Gita Permana", "Kapolres", "Polres Ciamis") in officers
