"""Session 30 (s30stl): the record conventions settled in s30 (gold/README.md `Settled s30`, issue 19), in the code.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

from helpers import institution_names, place_names, reader

_bodies = reader("2024-06-03T10:00", field=institution_names)
_places = reader("2024-06-03T10:00", field=place_names)


# --- S88: a Forkopimda with no region is the forum every region has, a generic body (as a bare `Polres`)

@pytest.mark.parametrize("text", [
    "Kapolres Cianjur AKBP Rudi Hartono bersama unsur Forkopimda menghadiri apel siaga bencana.",
    "Apel itu disaksikan Forkopimda dan tokoh masyarakat Kabupaten Cianjur.",
    "Rapat dihadiri Forum Koordinasi Pimpinan Daerah (Forkopimda) dan para camat di Kabupaten Garut.",
    "Sinergi Forum Komunikasi Pimpinan Daerah terus dijaga, kata Bupati Garut Dedi Kurniawan.",
])
def test_a_forkopimda_with_no_region_is_not_listed(text):
    assert not any("Forkopimda" in b or "Pimpinan Daerah" in b for b in _bodies(text))


@pytest.mark.parametrize(("text", "body"), [
    ("Apel itu dihadiri Forkopimda Kabupaten Cianjur dan tokoh masyarakat.", "Forkopimda Kabupaten Cianjur"),
    ("Rapat itu dihadiri Forkopimda Kota Bandung, Senin (3/6/2024).", "Forkopimda Kota Bandung"),
    ("Rapat dihadiri Forum Koordinasi Pimpinan Daerah (Forkopimda) Kabupaten Garut dan para camat.",
     "Forkopimda Kabupaten Garut"),
    ("Rapat dihadiri Forkopimda Provinsi Jawa Tengah di Kota Semarang.", "Forkopimda Provinsi Jawa Tengah"),
])
def test_guard_a_forkopimda_with_its_region_stays(text, body):
    assert body in _bodies(text)


# --- S90: a joint `TNI-Polri` lists both forces; `TNI` alone stays one entry (already so: guards)

@pytest.mark.parametrize("text", [
    "Personel gabungan TNI-Polri mengevakuasi warga korban banjir di Kabupaten Garut, Senin (3/6/2024).",
    "Petugas gabungan TNI/Polri menjaga pos pengamanan di Kabupaten Cianjur.",
])
def test_guard_a_joint_tni_polri_lists_both(text):
    assert {"TNI", "Polri"} <= set(_bodies(text))


def test_guard_tni_alone_is_one_entry():
    assert _bodies("Anggota TNI membantu warga membersihkan lumpur di Kabupaten Garut.") == ["TNI"]


# --- S87: a village written only in a village post is no place; with its chain after it, the chain writes it

@pytest.mark.parametrize(("text", "village"), [
    ("Kepala Desa Sindangjaya, Kecamatan Cipanas, Kabupaten Cianjur, Asep Mulyana, hadir dalam kegiatan itu.",
     "Sindangjaya"),
    ("Bhabinkamtibmas Desa Lalingato, Kecamatan Tirawuta, Kabupaten Kolaka Timur, Bripka Andi Saputra membantu warga.",
     "Lalingato"),
    ("Babinsa Kelurahan Margasari, Kecamatan Tarogong Kidul, Serda Joko Prasetyo ikut membantu warga.", "Margasari"),
])
def test_a_village_post_followed_by_its_chain_lists_the_village(text, village):
    assert village in _places(text)


@pytest.mark.parametrize(("text", "village"), [
    ("Bhabinkamtibmas Desa Sukamulya Bripka Rudi Hartono memberikan imbauan kepada warga di Kabupaten Sukabumi.",
     "Sukamulya"),
    ("Kepala Desa Sindangjaya, Asep Mulyana, menyampaikan terima kasih kepada Polres Cianjur.", "Sindangjaya"),
    ("Bhabinkamtibmas Kelurahan Sukaraja Polsek Sukajadi Bripka Andi Saputra menyambangi warga di Kota Bandung.",
     "Sukaraja"),
])
def test_guard_a_village_only_in_its_post_is_no_place(text, village):
    assert village not in _places(text)


def test_guard_a_village_written_elsewhere_stays():
    text = ("Banjir melanda Desa Sukamulya, Kecamatan Cikembar. Bhabinkamtibmas Desa Sukamulya Bripka Rudi Hartono "
            "membantu warga.")
    assert "Sukamulya" in _places(text)
