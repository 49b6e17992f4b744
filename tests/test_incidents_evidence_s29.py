"""Evidence: a decimal read aloud, an acronym item with a kind word after it, a free item pointed back to with the
count said before it (issue 22, session 29, s29evi). Every name, place and sentence is invented; read through the
public API. Each case fails on the session's start (`2e241093`) but the guards (marked "guard"):

- a decimal in words (`nol koma lima gram`, KBBI koma) is the number, not the digit after the point (was 5 g);
- an acronym counted in a unit with a lowercase kind word after it (`25 keping DVD bajakan`, `12 lembar SK palsu`) is
  the thing (was refused as an institution's acronym);
- a free item (no table row) said before counted in a unit word (`mencuri 4 ekor kambing`) and pointed back to
  (`Kambing itu`, `Keempat kambing itu`, `Seluruh tabung gas itu`, `menyita kambing tersebut`) is seized with that
  count (gold/incidents/README.md settled s16: the same goods said again keep their count); a tally of past thefts
  gives none (s28rvE);
- a breed of livestock after the animal's noun (`sapi limousin`, `kambing etawa`) is dropped as a timber species is;
- a fuel named after `BBM jenis` (`BBM jenis solar`) is the item (README settled s19 rule 13)."""
import pytest

from helpers import evidence_set, reader

_record = reader("2024-03-20T10:00", id="t")
_DRUGS = "Satresnarkoba Polres Sukamaju menangkap AB (30), warga Desa Cibodas, Senin (18/3/2024). "
_THEFT = ("Satreskrim Polres Sukamaju menangkap pelaku pencurian berinisial RS (25), warga Desa Cibodas, Senin "
          "(18/3/2024). ")


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita sabu seberat nol koma lima gram.", ("sabu", 0.5, "g")),
    ("Polisi menyita sabu seberat satu koma dua gram dari saku tersangka.", ("sabu", 1.2, "g")),
    ("Polisi menyita ganja seberat dua koma dua lima kilogram.", ("ganja", 2.25, "kg")),
    # guard: whole numbers in words as before
    ("Polisi menyita dua puluh paket sabu siap edar.", ("sabu", 20, "paket")),
])
def test_a_decimal_read_aloud(text, item):
    assert evidence_set(_record(_DRUGS + text)) == {item}


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita 25 keping DVD bajakan dari lapak tersangka.", ("dvd bajakan", 25, "keping")),
    ("Polisi menyita 30 keping CD bajakan dan 2 unit komputer.", ("cd bajakan", 30, "keping")),
    ("Dari rumah tersangka disita 12 lembar SK palsu.", ("sk palsu", 12, "lembar")),
    # guard: an acronym counted alone, as before
    ("Polisi menyita dua unit GPS dari mobil tersangka.", ("gps", 2, "unit")),
])
def test_an_acronym_item_with_a_kind_word(text, item):
    assert item in evidence_set(_record(_THEFT + text))


def test_an_acronym_of_a_body_is_no_item():
    # guard: the owner's acronym after the thing names no item
    got = evidence_set(_record(_THEFT + "Polisi menyita dua unit mobil milik PLN setempat."))
    assert got == {("mobil", 2, "unit")}


@pytest.mark.parametrize("text, item", [
    ("Pelaku mencuri 4 ekor kambing milik warga. Keempat kambing itu kini diamankan di Mapolsek Cibodas.",
     ("kambing", 4, "ekor")),
    ("Pelaku mencuri 4 ekor kambing milik warga. Kambing itu disita polisi.", ("kambing", 4, "ekor")),
    ("Pelaku mencuri 4 ekor kambing milik warga. Polisi menyita kambing tersebut dari kandang pelaku.",
     ("kambing", 4, "ekor")),
    ("Pelaku mencuri 12 buah tabung gas dari sebuah warung. Seluruh tabung gas itu disita polisi.",
     ("tabung gas", 12, "buah")),
    ("Pelaku mengangkut 3 karung kopi dari gudang korban. Semua kopi tersebut diamankan sebagai barang bukti.",
     ("kopi", 3, "karung")),
])
def test_a_free_item_pointed_back_keeps_its_count(text, item):
    assert evidence_set(_record(_THEFT + text)) == {item}


def test_a_tally_counts_no_item_pointed_back():
    # guard: a confessed tally of thefts is no count of the goods seized (s28rvE)
    got = evidence_set(_record(_THEFT + "Kepada polisi, pelaku mengaku sudah mencuri 20 ekor kambing sejak 2022. "
                                        "Kambing itu disita polisi."))
    assert ("kambing", 20, "ekor") not in got


@pytest.mark.parametrize("text, items", [
    ("Polisi menyita 3 ekor sapi limousin hasil curian.", {("sapi", 3, "ekor")}),
    ("Barang bukti berupa dua ekor sapi bali dan 2 ekor kambing etawa diamankan di Mapolsek Cibodas.",
     {("sapi", 2, "ekor"), ("kambing", 2, "ekor")}),
    # guard: a word of the animal's use is a kind word, kept (README settled s16)
    ("Polisi menyita 2 ekor sapi perah dari kandang tersangka.", {("sapi perah", 2, "ekor")}),
])
def test_a_breed_of_livestock_is_dropped(text, items):
    # gold/incidents/README.md: a breed of a thing named by its own noun is a description (`sapi jenis limosin` -> `sapi`)
    assert evidence_set(_record(_THEFT + text)) == items


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita 1.200 liter BBM jenis solar dari gudang tersangka.", ("solar", 1200, "liter")),
    ("Polisi menyita 20 liter bahan bakar minyak jenis pertalite.", ("pertalite", 20, "liter")),
    # guard: the generic said alone stays the item
    ("Polisi menyita 40 liter BBM dari rumah tersangka.", ("bbm", 40, "liter")),
])
def test_the_fuel_named_after_bbm_jenis(text, item):
    # gold/incidents/README.md settled s19 rule 13: the name after `jenis` that the generic only classes is the item
    assert evidence_set(_record(_THEFT + text)) == {item}


@pytest.mark.parametrize("text, item", [
    # s29rvE: a collective number pointing back says how many of the goods said before are seized (`Kedua` = the two)
    ("Pelaku mencuri 4 ekor kambing milik warga. Kedua kambing itu disita polisi.", ("kambing", 2, "ekor")),
    ("Pelaku mencuri 6 buah tabung gas dari sebuah warung. Ketiga tabung gas itu disita polisi.", ("tabung gas", 3, "buah")),
    # guard: a collective that agrees keeps the count
    ("Pelaku mencuri 5 ekor domba milik warga. Kelima domba itu disita polisi.", ("domba", 5, "ekor")),
])
def test_a_collective_pointing_back_gives_its_own_count(text, item):
    assert evidence_set(_record(_THEFT + text)) == {item}


@pytest.mark.parametrize("text, item", [
    # s29rvE: the fuels of the 2017 releases too, premium (Perpres 191/2014) and `bio solar` written in two words
    ("Polisi menyita 200 liter BBM jenis premium dari gudang tersangka.", ("premium", 200, "liter")),
    ("Polisi menyita 300 liter BBM jenis Bio Solar dari gudang tersangka.", ("biosolar", 300, "liter")),
    # guard: `premium` after another thing's noun stays its description
    ("Polisi menyita 2 unit ponsel premium dari rumah tersangka.", ("handphone", 2, "unit")),
])
def test_more_fuels_after_bbm_jenis(text, item):
    assert evidence_set(_record(_THEFT + text)) == {item}
