"""Session 19 sD (issue 22): weak shapes of the evidence stage mended at the mechanism, on invented text.

- a firearm named by its barrel (`senjata laras panjang` / `laras pendek`) is `senjata api`, not the bare `senjata`;
- an acronym after a group's sign or dress (`bendera ISIS`, `kaos FPI`: `emblem` rows) names whose it is, not the
  thing's kind, while a technical acronym still types a thing (`mesin EDC`);
- a state of matter (`cairan`, `serbuk`: generic_head value state) before a table item is left out (`cairan tuak` ->
  `tuak`), kept before any other word (`cairan kimia`)."""
from __future__ import annotations

import pytest

from helpers import evidence_set, reader

_ARREST = "Polres Tanjung Wangi menangkap tersangka berinisial KJ (29) pada Selasa (4/6/2024). "
_evidence = reader("2024-06-06T09:00", field=evidence_set, id="weakD", before=_ARREST)


@pytest.mark.parametrize("text, item, qty, unit", [
    ("Dari tangan tersangka, petugas menyita sebuah senjata laras panjang.", "senjata api", 1, "unit"),
    ("Petugas menyita tiga pucuk senjata laras pendek dari gudang tersangka.", "senjata api", 3, "pucuk"),
])
def test_firearm_named_by_its_barrel(text, item, qty, unit):
    assert (item, qty, unit) in _evidence(text)
