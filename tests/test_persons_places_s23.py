"""Persons and places on headline news (issue 19, s23per): invented sentences only.

The abbreviated post of a unit's head (`Kabag`, `Kabid`, `Kasubag`, `Kasi`) is a post, never a name of its
own: the ordinary words after it name the unit's field (`Kabag Publikasi Humas`), not a person, and the
holder's name after the field is the person's name alone.
"""

import pytest

import polsek_nlp


def _persons(text: str) -> list[str]:
    return [p.name for p in polsek_nlp.analyze(text).persons]


@pytest.mark.parametrize(("text", "persons"), [
    ('"Berkas sudah kami terima," ujar Wiryono, Kasubag Publikasi Humas Ditjen Imigrasi, Jumat (12/5).',
     ["Wiryono"]),
    ('"Anggaran cukup," kata Ratih Wulandari, Kabag Perencanaan Setda Garut, Senin (3/4).', ["Ratih Wulandari"]),
    ("Kepala Dinas didampingi Kabid Promosi Wisata Bahari Yosef Manurung meninjau dermaga.", ["Yosef Manurung"]),
    ("Kabiro Hukum Kementerian Agama Nurlela Sari mengatakan aturan itu segera terbit.", ["Nurlela Sari"]),
])
def test_a_unit_heads_post_and_its_field_are_no_person(text: str, persons: list[str]) -> None:
    assert _persons(text) == persons


@pytest.mark.parametrize(("text", "person", "initials"), [
    ("Wakil Presiden Hendra Wijaya memastikan guru honorer diangkat tahun depan. HW mengaku sudah bicara dengan "
     "menteri.", "Hendra Wijaya", "HW"),
    ("Gubernur Teguh Prasetyo meninjau tanggul di pesisir utara. TP meminta warga tetap waspada.",
     "Teguh Prasetyo", "TP"),
    # review s23rvD: a case's initials that the article then names in full (no officer, no post) stay joined
    ("Polisi menyebut satu orang berinisial FA diperiksa. Inisial FA itu diduga adalah Fajar Aditya.",
     "Fajar Aditya", "FA"),
])
def test_a_public_figures_initials_are_the_figure(text: str, person: str, initials: str) -> None:
    people = polsek_nlp.analyze(text).persons
    assert [p.name for p in people] == [person]
    assert initials in people[0].aliases


def test_a_case_initials_with_an_age_stay_apart() -> None:
    text = ("Korban bernama Ahmad Santoso (40) dirawat, sedangkan tersangka berinisial AS (25) ditahan. "
            "Ahmad Santoso mengalami luka di kepala.")
    assert _persons(text) == ["Ahmad Santoso", "AS"]


def test_initials_are_no_alias_of_a_person_given_an_age() -> None:
    text = "Korban meninggal dunia atas nama Sukirman Wahyudi (58). Pelaku berinisial SW ditangkap polisi."
    assert "Sukirman Wahyudi" in _persons(text)
    people = polsek_nlp.analyze(text).persons
    assert all("SW" not in p.aliases for p in people)


@pytest.mark.parametrize("text", [
    # review s23rvD: initials after a case's cue or an arrest verb are a case's party, though they spell an
    # officer's or an official's full name (invented names)
    "Kapolsek Cibatu AKP Agus Santoso mengatakan pelaku ditangkap. Tersangka AS kini ditahan di Mapolsek.",
    "Wakil Bupati Hendra Wijaya hadir. Polisi menangkap pria berinisial HW di Bekasi.",
    "Camat Dedi Rahman meninjau lokasi. Polisi kemudian mengamankan DR di rumahnya.",
])
def test_a_case_initials_after_a_cue_are_no_alias_of_a_full_name(text: str) -> None:
    people = polsek_nlp.analyze(text).persons
    assert not any(a.isupper() for p in people for a in p.aliases)
