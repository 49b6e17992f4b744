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
