"""Session 19 (sA, issue 19): weak shapes of the officers' stage mended at the mechanism, on invented text."""
from __future__ import annotations

import pytest

from helpers import reader

_record = reader("2025-03-14T10:00", id="t")


def _officers(text: str) -> list[tuple[str | None, str | None]]:
    return [(o.name, o.rank) for o in _record(text).officers]


@pytest.mark.parametrize("text, name, rank", [
    ("Letkol (Inf.) Bagus Wiratama menyampaikan bahwa latihan gabungan berjalan lancar.", "Bagus Wiratama", "Letkol"),
    ("Kolonel (Inf.) Darmo Sutejo mengatakan kegiatan karya bakti itu penting.", "Darmo Sutejo", "Kolonel"),
    ("Mayor (Czi.) Rangga Permadi memimpin pembangunan jembatan darurat di desa itu.", "Rangga Permadi", "Mayor"),
    ("Kapten (Cpm.) Yoga Ardiansyah menjelaskan pemeriksaan masih berlangsung.", "Yoga Ardiansyah", "Kapten"),
])
def test_bracketed_corps_with_a_dot_is_no_bar_to_the_name(text, name, rank):
    # the corps in brackets with the abbreviation's dot (`(Inf.)`) is a rank suffix as `(Inf)` is
    assert (name, rank) in _officers(text)


@pytest.mark.parametrize("text, name", [
    ("Letkol (Inf) Bagus Wiratama menyampaikan bahwa latihan gabungan berjalan lancar.", "Bagus Wiratama"),
    ("Letkol Inf. Bagus Wiratama menyampaikan bahwa latihan gabungan berjalan lancar.", "Bagus Wiratama"),
])
def test_the_undotted_and_unbracketed_corps_still_read(text, name):
    assert (name, "Letkol") in _officers(text)


def test_a_bracketed_word_with_a_dot_that_is_no_corps_is_no_suffix():
    # near-miss: `(Ket.)` is no corps, so no officer is made of the words after it
    assert _officers("Warga (Ket.) Bagus Wiratama menyampaikan keluhan.") == []
