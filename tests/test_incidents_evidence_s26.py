"""Evidence quantities by their general shape (issue 22, session 26, s26evi). Every name, place and sentence is
invented; read through the public API. Each case fails on the session's start (`41c19e5c`) but the guards (marked
"guard"):

- a vehicle the story counts that the seizure names bare keeps that count (gold/incidents/README.md settled s25 rule 1,
  R12-1): `Sebuah truk ... menabrak` ... `Polisi menyita truk` -> 1 unit; a bare `satu` -> 1, null; not a count of
  another time, not one entry joining two vehicles, not a seized vehicle given a make the counted one lacks (guards);
- a collective number word before the thing is its count (README quantity: `ketiga perahu` -> 3, no unit)."""
import pytest

from helpers import evidence_set, reader

_record = reader("2024-03-20T10:00", id="t")


@pytest.mark.parametrize("text, item", [
    ("Sebuah truk bermuatan pasir menabrak warung di Jalan Raya Cikampek, Senin (18/3/2024). Sopir truk, AS (41), "
     "diamankan polisi. Polisi menyita truk tersebut sebagai barang bukti.", ("truk", 1, "unit")),
    ("Kecelakaan melibatkan satu minibus dan dua sepeda motor terjadi di Jalan Lintas Timur, Senin (18/3/2024). "
     "Pengemudi minibus, RH (37), ditetapkan sebagai tersangka. Polisi menyita minibus dan kedua sepeda motor "
     "sebagai barang bukti.", ("mobil", 1, None)),
    ("Polres Sukamaju menggagalkan pengiriman 20 kilogram ganja yang disembunyikan di dalam sebuah mobil pikap, "
     "Senin (18/3/2024). Dua tersangka, AB (30) dan CD (28), ditangkap. Polisi menyita mobil pikap itu dan dua unit "
     "handphone.", ("mobil", 1, "unit")),
])
def test_a_vehicle_the_story_counts_keeps_its_count(text, item):
    assert item in evidence_set(_record(text))


@pytest.mark.parametrize("text, item", [
    # guard: a count of another time
    ("Pada Maret lalu, polisi juga menangkap sebuah kapal pengangkut kayu di perairan Ketapang. Kali ini polisi "
     "menangkap tiga nelayan yang membawa bom ikan. Polisi menyita kapal dan 5 buah bom ikan sebagai barang bukti.",
     "kapal"),
    # guard: a seized car given a make the counted one lacks, its kind the counted one's
    ("Sebuah mobil minibus menabrak pejalan kaki di Jalan Ahmad Yani, Kota Serang, Senin (1/4/2024). Polisi menangkap "
     "pengemudi, BS (40). Polisi menyita mobil Toyota Avanza bernopol A 1234 BC sebagai barang bukti.", "mobil"),
    # guard: one of the stolen goods, the seized one given a make
    ("Pelaku RS (25) mencuri satu unit sepeda motor, dua unit ponsel dan uang tunai milik korban di Desa Sukamaju. "
     "RS ditangkap polisi di rumahnya. Polisi menyita sepeda motor Honda CBR sebagai salah satu hasil kejahatan.",
     "sepeda motor"),
    # guard: one entry joining a counted and an uncounted vehicle
    ("Sebuah minibus bertabrakan dengan mobil bak terbuka di Jalan Raya Serang, Senin (1/4/2024). Polisi menangkap "
     "pengemudi minibus, BS (40). Polisi mengamankan minibus dan mobil bak terbuka sebagai barang bukti.", "mobil"),
    # guard (review s26rvC): a count of several the seized one's owner picks one out of (the party's after it)
    ("Dua sepeda motor bertabrakan di Jalan Raya Cikampek, Senin (18/3/2024). Pengendara, AS (41), ditetapkan "
     "tersangka. Polisi menyita sepeda motor milik tersangka sebagai barang bukti.", "sepeda motor"),
    ("Sebuah truk menabrak dua sepeda motor di Jalan Raya Cikampek, Senin (18/3/2024). Sopir truk, AS (41), "
     "ditangkap. Polisi menyita truk dan sepeda motor pelaku sebagai barang bukti.", "sepeda motor"),
])
def test_a_vehicle_not_tied_to_the_count_stays_uncounted(text, item):
    assert (item, None, None) in evidence_set(_record(text))


def test_a_count_of_several_reaches_a_bare_seized_vehicle():
    # (review s26rvC) no owner after the seized noun: the three trucks the story counts are the ones seized
    assert ("truk", 3, None) in evidence_set(_record(
        "Tiga truk bermuatan kayu ilegal dihentikan petugas di Jalan Raya Cikampek, Senin (18/3/2024). Tiga sopir "
        "ditangkap. Petugas menyita truk beserta muatannya."))


@pytest.mark.parametrize("text, item", [
    ("Polairud Polda Sukamaju menangkap sembilan nelayan pengebom ikan, Senin (18/3/2024). Polisi menyita ketiga perahu "
     "itu beserta 5 buah bom ikan.", ("perahu", 3, None)),
    ("Polres Sukamaju menangkap AB (30) dan CD (28), Senin (18/3/2024). Kedua sepeda motor pelaku disita sebagai barang "
     "bukti.", ("sepeda motor", 2, None)),
])
def test_a_collective_number_counts_the_thing(text, item):
    assert item in evidence_set(_record(text))


def test_the_official_after_a_passive_verb_of_seizure_is_no_item():
    # the agent after `disita` (`incident_words.tsv` not_item rows: jaksa, penyidik, aparat) is no thing seized
    got = evidence_set(_record(
        "Pengadilan Negeri Sukamaju menjatuhkan vonis delapan tahun penjara kepada terdakwa korupsi AB (50), Senin "
        "(18/3/2024). Sebagian uang itu digunakan untuk membeli sebuah mobil yang kini telah disita jaksa."))
    assert ("mobil", 1, "unit") in got
    assert not any(item == "jaksa" for item, _, _ in got)
