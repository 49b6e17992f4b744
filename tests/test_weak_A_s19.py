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


def _persons(text: str) -> list[str]:
    return [p.name for p in _record(text).persons]


@pytest.mark.parametrize("text, post", [
    ("Kapolsek Sukamaju, Idul Fitri, mengatakan warga diimbau menjaga rumah.", "Kapolsek"),
    ("Kasat Lantas, Idul Adha, menyebut arus kendaraan meningkat.", "Kasat Lantas"),
])
def test_a_holiday_of_two_words_after_a_post_is_no_holder(text, post):
    # `Idul Fitri` is a not-name phrase (not_names.tsv); read as a whole it is no name, after a post or anywhere
    record = _record(text)
    assert [o.name for o in record.officers if o.position == post] == [None]
    assert not any("Idul" in p.name or p.name == "Fitri" for p in record.persons)


def test_the_tail_of_a_not_name_phrase_is_no_name_but_a_name_of_that_word_is():
    # near-misses: `Fitri` of `Idul Fitri` is no person; the officer `Fitri Handayani`, the victim `Fitri` are
    assert _persons("Menjelang Idul Fitri, Kapolsek Sukamaju AKP Fitri Handayani mengatakan pos siap.") \
        == ["Fitri Handayani"]
    assert _persons("Korban bernama Fitri (25) dibawa ke rumah sakit usai Idul Fitri.") == ["Fitri"]
    assert _persons("Saat Hari Raya, warga bernama Idul Fitriansyah melapor ke polisi.") == ["Idul Fitriansyah"]
