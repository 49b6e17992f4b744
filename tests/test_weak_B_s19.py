"""Session 19 fxB: weak shapes of suspects, victims and casualties mended at their mechanism (invented text only).

- `terluka parah` / `terluka serius` is luka berat and `terluka ringan` luka ringan, as `luka parah` already was;
- a wish that the police arrest the doer (`berharap polisi segera menangkap pelaku`) is no arrest;
- `kaki tangan(nya)`, an accomplice, is a doer's role word: one shot dead is a suspect, not a victim;
- `Pelaku yang tewas diketahui bernama X`: the harm or status after `yang` picks X out of the doers and is his."""
from __future__ import annotations

import pytest

from helpers import reader, suspect_statuses, toll, victim_statuses

_record = reader("2025-03-14T10:00", id="weak-b-s19")

_BEATEN = "Polres Tanjung Sari menangani kasus penganiayaan di Desa Mekarjaya. Korban, Budi Santoso (34), "


@pytest.mark.parametrize("harm, status", [
    ("terluka parah dan dirawat di rumah sakit.", "luka berat"),
    ("terluka serius di bagian kepala dan dirawat di rumah sakit.", "luka berat"),
    ("terluka ringan di tangan.", "luka ringan"),
    ("terluka dan dirawat di rumah sakit.", "luka"),  # no severity: plain luka
])
def test_severity_of_terluka(harm: str, status: str) -> None:
    assert victim_statuses(_record(_BEATEN + harm)) == [("Budi Santoso", status)]


_STABBED = "Seorang warga tewas dibacok di Desa Mekarjaya. "


@pytest.mark.parametrize("wish", [
    "Keluarga berharap polisi segera menangkap pelaku.",
    "Warga mendesak aparat kepolisian menangkap pelaku.",
    "Kami meminta polisi segera menangkap pelaku pembacokan.",
])
def test_wish_for_an_arrest_is_no_arrest(wish: str) -> None:
    assert "ditangkap" not in suspect_statuses(_record(_STABBED + wish)).values()


@pytest.mark.parametrize("done", [
    "Polisi bergerak cepat dan segera menangkap pelaku.",
    "Tim Resmob Polres Tanjung Sari berhasil menangkap pelaku di rumahnya.",
    "Keluarga lega karena polisi sudah menangkap pelaku.",
])
def test_arrest_done_still_read(done: str) -> None:
    assert suspect_statuses(_record(_STABBED + done)) == {None: "ditangkap"}


def test_accomplice_shot_dead_is_a_suspect() -> None:
    record = _record("Polisi menggerebek markas perampok di Desa Mekarjaya. Pelaku utama, Andi Wijaya, ditangkap. "
                     "Kaki tangannya, Rudi Hartono (30), tewas ditembak karena melawan petugas.")
    assert suspect_statuses(record) == {"Andi Wijaya": "ditangkap", "Rudi Hartono": "tewas"}
    assert victim_statuses(record) == []


def test_hands_and_feet_of_a_victim_are_no_role() -> None:
    record = _record("Seorang pedagang, Rudi Hartono (30), ditemukan tewas di Desa Mekarjaya dengan kaki tangannya "
                     "terikat tali.")
    assert suspect_statuses(record) == {}  # the body's limbs: no doer's role


_SHOT = "Polisi menembak mati pelaku perampokan di Desa Mekarjaya. "


@pytest.mark.parametrize("said, status", [
    ("Pelaku yang tewas diketahui bernama Joko Prasetyo (41), warga Kecamatan Sukaluyu.", "tewas"),
    ("Pelaku yang tewas bernama Joko Prasetyo (41), warga Kecamatan Sukaluyu.", "tewas"),
    ("Pelaku yang ditangkap diketahui bernama Joko Prasetyo (41), warga Kecamatan Sukaluyu.", "ditangkap"),
])
def test_doer_singled_out_by_his_state_is_named(said: str, status: str) -> None:
    record = _record(_SHOT + said)
    assert suspect_statuses(record) == {"Joko Prasetyo": status}
    assert toll(record)[0] == (1 if status == "tewas" else None)


def test_victim_singled_out_stays_a_victim() -> None:
    record = _record("Pelaku penusukan melarikan diri. Korban yang tewas diketahui bernama Joko Prasetyo (41), warga "
                     "Kecamatan Sukaluyu.")
    assert victim_statuses(record) == [("Joko Prasetyo", "tewas")]
    assert suspect_statuses(record).get("Joko Prasetyo") is None
