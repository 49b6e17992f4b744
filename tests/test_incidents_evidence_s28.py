"""Evidence counters, a pill described, a class word of vehicles, a tally of past thefts (issue 22, session 28,
s28evi). Every name, place and sentence is invented; read through the public API. Each case fails on the session's
start (`a1d6b001`) but the guards (marked "guard"):

- `kapsul` counts pills as `tablet` does (`10 kapsul tramadol` -> tramadol 10 butir; KBBI kapsul, a pill in a shell);
- a pill described, not named (`40 butir pil warna putih tanpa merek`, `14 butir pil putih`) is `pil`: the head
  `pil` is dropped only before the pill's own name (README settled s26 rule 1), a colour or `warna`/`merek` after
  the noun is dropped (settled s16);
- `kendaraan` is an item (`Polisi juga mengamankan kedua kendaraan` -> kendaraan 2), but beside a vehicle of the
  table it names those again (`tujuh sepeda motor ... Kendaraan itu disita`: no entry of its own);
- `truk gandeng`, `truk tangki`, `truk trailer` (UU 22/2009 Pasal 47 kinds) are kept as written; a count of the kind
  is the count of the `truk` a seizure names bare;
- a confessed or done tally of thefts (`mengaku sudah mencuri 8 sepeda motor`) gives no count to the seized vehicle
  a later sentence points back to."""
import pytest

from helpers import evidence_set, reader

_record = reader("2024-03-20T10:00", id="t")
_LEAD = "Satreskrim Polres Sukamaju menangkap AB (30), warga Desa Cibodas, Senin (18/3/2024). "
_CRASH = ("Sebuah minibus bertabrakan dengan bus di Jalan Raya Cibodas, Kabupaten Sukamaju, Senin (18/3/2024). Dua "
          "penumpang minibus tewas di lokasi. ")


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita 10 kapsul tramadol dari saku tersangka.", ("tramadol", 10, "butir")),
    ("Dari saku tersangka ditemukan 20 kapsul trihexyphenidyl.", ("trihexyphenidyl", 20, "butir")),
    ("Polisi menyita 2 strip tramadol dan 1 kapsul hexymer.", ("hexymer", 1, "butir")),
])
def test_capsules_count_pills(text, item):
    assert item in evidence_set(_record(_LEAD + text))


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita 40 butir pil warna putih tanpa merek.", ("pil", 40, "butir")),
    ("Barang bukti berupa 100 butir pil berwarna kuning berlogo Y dan sebuah HP.", ("pil", 100, "butir")),
    ("Polisi menemukan 14 butir pil putih yang diduga obat keras.", ("pil", 14, "butir")),
    # guards: a pill named by its own kind drops the head (README settled s26 rule 1)
    ("Polisi menyita 5 butir pil Somadril dari saku tersangka.", ("somadril", 5, "butir")),
    ("Polisi menyita 30 papan pil Trihexyphenidyl.", ("trihexyphenidyl", 30, "papan")),
])
def test_a_pill_described_not_named(text, item):
    got = evidence_set(_record(_LEAD + text))
    assert item in got
    assert not any(name in ("putih", "kuning", "warna", "pil warna", "pil berwarna") for name, _, _ in got)


def test_both_vehicles_of_a_crash():
    got = evidence_set(_record(_CRASH + "Polisi juga mengamankan kedua kendaraan."))
    assert ("kendaraan", 2, None) in got


def test_the_class_word_names_the_vehicles_again():
    # guard: the motorbikes are the item, `Kendaraan itu` points back to them
    got = evidence_set(_record(_LEAD + "Polisi menyita tujuh sepeda motor hasil curian. Kendaraan tersebut diamankan di "
                               "Mapolres Sukamaju sebagai barang bukti."))
    assert got == {("sepeda motor", 7, None)}


@pytest.mark.parametrize("text", [
    "Kepada polisi, tersangka mengaku sudah mencuri 8 sepeda motor. Polisi menyita sepeda motor curian tersebut.",
    "Dalam sebulan pelaku telah menggasak 15 unit sepeda motor. Polisi menyita sepeda motor dari rumahnya.",
])
def test_a_tally_of_thefts_counts_no_seized_vehicle(text):
    assert ("sepeda motor", None, None) in evidence_set(_record(_LEAD + text))


def test_the_story_count_of_one_vehicle_stays():
    # guard: a vehicle the story counts once keeps that count (README settled s25 rule 1)
    got = evidence_set(_record(_LEAD + "Pelaku mengaku telah mencuri sebuah truk di Sukamaju. Polisi menyita truk tersebut."))
    assert ("truk", 1, "unit") in got


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita bus tersebut beserta truk gandeng dan SIM milik sopir bus.", ("truk gandeng", None, None)),
    ("Barang bukti berupa satu unit truk tangki dan satu unit sepeda motor diamankan di Pos Lantas.",
     ("truk tangki", 1, "unit")),
])
def test_a_kind_of_lorry_is_kept(text, item):
    # UU 22/2009 Pasal 47's kinds of lorry, kept as written (README settled s25 rule 5, kind words)
    got = evidence_set(_record(_CRASH + text))
    assert item in got
    assert not any(name == "truk" for name, _, _ in got)


def test_a_lorry_counted_by_its_kind_is_seized_bare():
    # guard: `sebuah truk trailer` ... `mengamankan truk`: the story's count of the kind (README settled s25 rule 1)
    got = evidence_set(_record("Sebuah truk trailer menabrak bus di Jalan Raya Cibodas, Senin (18/3/2024). Dua penumpang "
                               "bus tewas. Polisi juga mengamankan truk dan bus untuk keperluan penyelidikan."))
    assert ("truk", 1, "unit") in got


# s28rvE (review s28rvB, issue 22): the tally is a confession of deeds done or a span of them, not `sudah`/`telah`
# alone (the aspect of the case's own theft: the same goods keep the count, gold/incidents/README.md settled s16); a
# count with its counter pointed back to (`evidence._counted_before`) reads the tally too. The first case of each
# test fails at the start (`ca576cd9`); the others are guards.
@pytest.mark.parametrize("text", [
    "Tersangka mengaku telah mencuri 8 unit sepeda motor. Polisi menyita sepeda motor curian itu.",
    "Tersangka sudah mencuri 6 sepeda motor sejak 2022. Polisi menyita sepeda motor curian tersebut.",
    "Tersangka sudah 5 kali mencuri 9 sepeda motor. Polisi menyita sepeda motor curian tersebut.",
    "Tersangka telah mencuri 7 sepeda motor di 4 lokasi. Polisi menyita sepeda motor curian itu.",
])
def test_a_confessed_or_spanned_tally_counts_no_seized_vehicle(text):
    assert ("sepeda motor", None, None) in evidence_set(_record(_LEAD + text))


@pytest.mark.parametrize("text, item", [
    ("Tersangka telah mencuri 8 sepeda motor. Polisi menyita sepeda motor curian itu.", ("sepeda motor", 8, None)),
    ("Pelaku sudah menggasak 3 unit laptop dari sekolah itu. Polisi menyita laptop curian tersebut.",
     ("laptop", 3, "unit")),
])
def test_a_theft_done_keeps_the_count_of_its_goods(text, item):
    assert item in evidence_set(_record(_LEAD + text))
