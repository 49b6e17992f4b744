"""Counted, unnamed suspects and victims (issue 22, session 26, s26sv). `Tiga korban lainnya masih di bawah umur`:
victims counted apart from the named ones are unnamed entries even when their clause says no harm (of no state;
gold/incidents/README.md Settled s24 rule 1). Every name, place and sentence is invented; read through the public API.
The first case fails before its rule; the others are guards."""
import pytest

from helpers import reader, victim_statuses

_record = reader("2025-03-12T10:00", id="t")


def test_other_victims_counted_with_no_harm_said():
    rec = _record("Polres Lembah Hijau menggagalkan pengiriman lima calon pekerja migran ilegal ke Malaysia, Senin "
                  "(10/3/2025). Dua korban dewasa adalah Sumiati (23), warga Desa Sukamaju, dan Rahmawati (25), warga "
                  "Desa Cibaru. Tiga korban lainnya masih di bawah umur. Polisi menangkap perekrut berinisial HD (40).")
    assert sorted(n or "" for n, _ in victim_statuses(rec)) == ["", "", "", "Rahmawati", "Sumiati"]
    assert [st for n, st in victim_statuses(rec) if n is None] == [None, None, None]


@pytest.mark.parametrize("text", [
    # a loss the clause denies (s19rvD's guard, kept)
    "Polisi menangkap penjambret di Desa Sukamaju, Senin (3/3/2025). Salah satu korban, Rina Wati (29), mengalami luka "
    "lecet. Dua korban lainnya tidak kehilangan apa pun karena pelaku keburu kabur.",
    # others counted in another year's sentence
    "Polisi menangkap pelaku pencabulan berinisial NR (35), Senin (9/6/2025). Salah satu korban, Yanti (12), telah "
    "diperiksa. Sepanjang 2024, NR mencabuli dua korban lain di desa yang sama.",
])
def test_others_counted_with_no_harm_guards(text):
    assert len(_record(text).victims) == 1
