"""Session 19 sC (issue 19): weak shapes of institutions mended at the mechanism, on invented text."""
from __future__ import annotations

import pytest

from helpers import institution_names, place_names, reader

_institutions = reader("2024-06-03T10:00", field=institution_names, id="weak-c-s19")


@pytest.mark.parametrize(("text", "name"), [
    ("Direktur PT Sinar Wangi (Persero) Tbk ditemui di Kota Sukamaju, Senin (3/6/2024).",
     "PT Sinar Wangi (Persero) Tbk"),
    ("Karyawan PT Kelana Jaya (Persero) melapor ke Polres Sukamaju, Senin (3/6/2024).", "PT Kelana Jaya (Persero)"),
])
def test_company_legal_form_in_brackets_is_part_of_the_name(text, name):
    # `(Persero)` is a company's legal form (data/words/org_cues.tsv `bracketed`), written as part of its name
    assert name in _institutions(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Direktur PT Kelana Jaya Tbk ditemui di Kota Sukamaju, Senin (3/6/2024).", "PT Kelana Jaya Tbk"),
    ("Karyawan PT Kelana Jaya (Sukamaju) melapor ke Polres Sukamaju, Senin (3/6/2024).", "PT Kelana Jaya"),
])
def test_other_brackets_stay_outside_a_company_name(text, name):
    # near-misses: a place in brackets is no legal form; `Tbk` alone was read before
    assert name in _institutions(text)


_places = reader("2024-06-03T10:00", field=place_names, id="weak-c-s19")


@pytest.mark.parametrize(("text", "name"), [
    ("Warga Kecamatan Cibiru Hilir melapor ke Polres Sukamaju, Senin (3/6/2024).", "Cibiru Hilir"),
    ("Warga Kecamatan Cibeber Tonggoh Anyar melapor ke Polres Sukamaju, Senin (3/6/2024).", "Cibeber Tonggoh Anyar"),
])
def test_kecamatan_cue_takes_the_whole_capitalised_name(text, name):
    # the prefix names the level: the gazetteer's shorter known name (`Cibiru`) does not cut the name
    assert name in _places(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Warga Kecamatan Cibiru Kota Bandung melapor ke Polres Sukamaju, Senin (3/6/2024).", {"Cibiru", "Bandung"}),
    ("Camat Cibiru Budi Santoso hadir di Kecamatan Cibiru Jawa Barat.", {"Cibiru", "Jawa Barat"}),
])
def test_a_region_after_the_kecamatan_is_the_address_next_part(text, names):
    # near-misses: a city or province after the kecamatan's name is no word of it
    assert names <= set(_places(text))
