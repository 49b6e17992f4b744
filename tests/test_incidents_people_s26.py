"""Counted, unnamed suspects and victims (issue 22, session 26, s26sv). `Tiga korban lainnya masih di bawah umur`:
victims counted apart from the named ones are unnamed entries even when their clause says no harm (of no state;
gold/incidents/README.md Settled s24 rule 1). Every name, place and sentence is invented; read through the public API.
The first case fails before its rule; the others are guards."""
import pytest

from helpers import reader, suspect_names, suspect_statuses, victim_statuses

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


# --- a person the police pursue, named (s26sv) ----------------------------------------------------------------------

@pytest.mark.parametrize("said, name", [
    ("Polisi masih memburu pemasok barang itu yang berinisial RK. Kedua kurir kini ditahan.", "RK"),  # before the name
    ("\"Pemiliknya berinisial JT, sudah kami kantongi identitasnya dan masih kami kejar,\" kata Kapolres AKBP Hendra "
     "Wijaya.", "JT"),  # after it
])
def test_a_person_the_police_pursue_is_a_suspect_on_the_run(said, name):
    rec = _record("Polres Lembah Hijau menangkap dua kurir sabu berinisial AB (30) dan CD (27) di Desa Sukamaju, Senin "
                  "(10/3/2025). " + said)
    assert suspect_statuses(rec).get(name) == "buron"


def test_the_missing_sought_are_no_suspects():
    assert "Darto" not in suspect_names(_record("Tim SAR gabungan dan polisi masih mencari seorang nelayan bernama Darto "
                                                "(50) yang hilang di perairan Tanjung Batu, Senin (10/3/2025)."))


def test_one_holder_of_a_role_pursued_unnamed():
    text = ("Polres Lembah Hijau menangkap dua pengedar sabu berinisial AB (30) dan CD (27) di Desa Sukamaju, Senin "
            "(10/3/2025). \"Sabu itu dipasok seorang bandar di Kota Baru yang kini masih kami kejar,\" kata Kapolres.")
    unnamed = [(s.status, s.role) for s in _record(text).suspects if s.name is None]
    assert unnamed == [("buron", "bandar")]


# --- the pursuit's over-reach (review s26rvD): a chase with no agent, a pursuit of information or of another -------

_THEFT = ("Polres Lembah Hijau menangkap dua pencuri motor berinisial AB (30) dan CD (27) di Desa Sukamaju, Senin "
          "(10/3/2025). ")


@pytest.mark.parametrize("said", [
    "Saksi Andi Pratama (20) lari ketakutan karena dikejar.",  # a chase, no pursuit on
    "Saat kejadian, pemilik motor Andi Pratama (20) sempat dikejar Budiman hingga terjatuh.",  # chased by another
    "Polisi juga mengejar keterangan Andi Pratama (45), pemilik bengkel tempat motor itu dijual.",  # information
    "Polisi sempat mengejar pelaku yang membawa lari motor milik Andi Pratama sejauh dua kilometer.",  # another's
])
def test_a_chase_or_a_pursuit_of_another_makes_no_suspect(said):
    assert "Andi Pratama" not in suspect_names(_record(_THEFT + said))


def test_guard_one_still_pursued_with_no_agent_is_on_the_run():
    rec = _record(_THEFT + "Satu pelaku lain berinisial EF (25) masih diburu.")
    assert suspect_statuses(rec).get("EF") == "buron"


def test_others_a_toll_counted_are_not_counted_again():
    """`Dua korban lainnya belum ditemukan`: the missing toll gives the two unnamed victims; the no-harm reading of the
    others counted apart adds none more (review s26rvD)."""
    rec = _record("Perahu nelayan terbalik di perairan Tanjung Batu, Senin (10/3/2025). Satu korban, Rina Wati (29), "
                  "ditemukan tewas. Dua korban lainnya belum ditemukan.")
    assert sorted(st or "" for _, st in victim_statuses(rec)) == ["hilang", "hilang", "tewas"]
