"""Casualties by their general shape (issue 22, session 26, s26r13: genre round 13's tune ground). Every name, place
and sentence is invented; read through the public API. Each case fails on the helper's start (`5f5399e0`) but the
guards (marked "guard"):

- counted people at a place written as a chain of regions set off by commas (`Seorang nelayan di Kecamatan X,
  Kabupaten Y, tewas ditikam`: a lead's place from the smaller region up) are counted as at a one-name place
  (`Seorang petani di Desa X tewas`, guard)."""
import pytest

from helpers import reader, toll

_record = reader("2025-03-10T10:00", id="t")

_TAIL = " Kapolsek mengatakan pelaku, Joko Susilo (30), sudah ditangkap pada Selasa (4/3/2025)."


# --- counted people at a chain of regions ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Seorang petani di Kecamatan Sukamaju, Kabupaten Sukadana, tewas ditikam tetangganya, Senin (3/3/2025).",
     (1, None, None)),
    ("Dua pemuda di Desa Sidorejo, Kecamatan Lembang, Kabupaten Sukadana, tewas dikeroyok, Senin (3/3/2025).",
     (2, None, None)),
    ("Tiga warga di Kelurahan Sukamaju, Kota Sukadana, mengalami luka berat akibat dianiaya, Senin (3/3/2025).",
     (None, 3, None)),
    ("Seorang nelayan di Pulau Mandiri, Kabupaten Sukadana, tewas dibacok saat berebut rumpon, Senin (3/3/2025).",
     (1, None, None)),
    ("Seorang petani di Desa Sukamaju tewas ditikam tetangganya, Senin (3/3/2025).", (1, None, None)),
], ids=["two_levels", "three_levels", "injured", "island", "one_name_guard"])
def test_counted_people_at_a_chain_of_regions(text, want):
    assert toll(_record(text + _TAIL)) == want


# --- review s26rvE: the chain goes up to the province ------------------------------------------------------------------
# A lead's place runs from the village up to the province as often as to the regency (`di Desa X, Kecamatan Y,
# Kabupaten Z, Jawa Tengah, tewas`): four names in the chain (failed before the review, which read up to three).

@pytest.mark.parametrize("text, want", [
    ("Tiga warga di Desa Sidorejo, Kecamatan Lembang, Kabupaten Sukadana, Jawa Tengah, tewas tertimbun longsor, Senin "
     "(3/3/2025).", (3, None, None)),
    ("Dua pemuda di Dusun Krajan, Desa Sidorejo, Kecamatan Lembang, Kabupaten Sukadana, luka berat akibat dikeroyok, "
     "Senin (3/3/2025).", (None, 2, None)),
], ids=["up_to_the_province", "from_the_hamlet"])
def test_counted_people_at_a_chain_of_four_regions(text, want):
    assert toll(_record(text + _TAIL)) == want
