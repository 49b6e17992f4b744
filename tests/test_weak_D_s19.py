"""Session 19 sD (issue 22): weak shapes of the evidence stage mended at the mechanism, on invented text.

- a firearm named by its barrel (`senjata laras panjang` / `laras pendek`) is `senjata api`, not the bare `senjata`;
- an acronym after a group's sign or dress (`bendera ISIS`, `kaos FPI`: `emblem` rows) names whose it is, not the
  thing's kind, while a technical acronym still types a thing (`mesin EDC`);
- a state of matter (`cairan`: generic_head value state) before a table item is left out (`cairan tuak` ->
  `tuak`), kept before any other word (`cairan kimia`);
- a civil court's attachment (`sita jaminan`: a loss_kinds `none` row) is no case money; bail still is `jaminan`."""
from __future__ import annotations

import pytest

from helpers import evidence_set, loss_rows, reader

_ARREST = "Polres Tanjung Wangi menangkap tersangka berinisial KJ (29) pada Selasa (4/6/2024). "
_evidence = reader("2024-06-06T09:00", field=evidence_set, id="weakD", before=_ARREST)


@pytest.mark.parametrize("text, item, qty, unit", [
    ("Dari tangan tersangka, petugas menyita sebuah senjata laras panjang.", "senjata api", 1, "unit"),
    ("Petugas menyita tiga pucuk senjata laras pendek dari gudang tersangka.", "senjata api", 3, "pucuk"),
])
def test_firearm_named_by_its_barrel(text, item, qty, unit):
    assert (item, qty, unit) in _evidence(text)


@pytest.mark.parametrize("text, items", [
    ("Petugas menyita sebuah bendera ISIS dari rumah tersangka di Kampung Rawa Kidul.", {"bendera"}),
    ("Petugas menyita dua lembar bendera HTI dan 3 kaos FPI dari tersangka.", {"bendera", "kaos"}),
])
def test_acronym_after_a_groups_sign_is_no_kind(text, items):
    assert {row[0] for row in _evidence(text)} == items


def test_technical_acronym_still_types_the_thing():
    rows = _evidence("Petugas menyita satu unit mesin EDC dan 2 gulung kabel LAN dari tersangka.")
    assert {row[0] for row in rows} == {"mesin edc", "kabel lan"}


@pytest.mark.parametrize("text, row", [
    ("Petugas mengamankan 7 liter cairan tuak dari sebuah kios di Dusun Pematang.", ("tuak", 7, "liter")),
    ("Petugas menyita 15 liter cairan ciu yang disimpan di dapur tersangka.", ("ciu", 15, "liter")),
])
def test_state_of_matter_before_a_table_item_left_out(text, row):
    assert row in _evidence(text)


def test_state_of_matter_kept_before_other_words():
    rows = _evidence("Petugas menyita 3 botol cairan kimia dan 4 botol cairan pembersih dari tersangka.")
    assert {row[0] for row in rows} == {"cairan kimia", "cairan pembersih"}


_losses = reader("2024-06-06T09:00", field=loss_rows, id="weakD", before=_ARREST)


def test_civil_court_attachment_is_no_case_money():
    text = "Pengadilan Negeri Tanjung Wangi meletakkan sita jaminan atas sebidang kebun milik tergugat senilai Rp 3 miliar."
    assert _losses(text) == []


def test_bail_still_a_loss_of_kind_jaminan():
    assert _losses("Tersangka ditangguhkan penahanannya setelah keluarganya menyetor uang jaminan Rp 40 juta.") \
        == [(40000000, "IDR", "jaminan")]
