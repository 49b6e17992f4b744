"""Evidence item names and counts by their general shape (issue 22, session 27, s27evi). Every name, place and
sentence is invented; read through the public API. Each case fails on the session's start (`0c56fd81`) but the
guards (marked "guard"):

- a pill named by its own kind drops the head `pil` (gold/incidents/README.md settled s26 rule 1: `pil PCC` -> `pcc`,
  `pil dobel L` -> `dobel l`); the README list's `pil koplo` stays whole, `pil ekstasi` is `ekstasi`;
- a class noun with its members is one lot, the class kept (`perhiasan emas berupa kalung, cincin dan gelang seberat
  40 gram` -> `perhiasan emas` 40 g; `... seberat 120 gram yang terdiri atas 5 gelang dan 3 kalung` -> the class
  alone): members uncounted, or the class measured before them; members counted one by one stay items (guard);
- a total said by a possessive sum word in a sentence after the item (`Tas pertama berisi 1.005 gram, tas kedua 1.010
  gram, sehingga totalnya 2.015 gram`, `Berat totalnya 7,5 gram`) is the total of the item read last when it has no
  measure yet; not a weight of something else (`Berat badannya ...`), not over a count of pieces (guards)."""
import pytest

from helpers import evidence_set, reader

_record = reader("2024-03-20T10:00", id="t")
_LEAD = "Satresnarkoba Polres Sukamaju menangkap AB (30), warga Desa Cibodas, Senin (18/3/2024). "


@pytest.mark.parametrize("text, name, count", [
    ("Polisi menyita 500 butir pil dobel L dari rumah tersangka.", "dobel l", 500),
    ("Dari tas tersangka ditemukan 1.200 butir pil double L siap edar.", "double l", 1200),
    ("Barang bukti yang disita berupa 350 butir pil PCC dan sebuah timbangan.", "pcc", 350),
    ("Sebanyak 75 butir pil PCC disita petugas.", "pcc", 75),
    # guards: the README list's names
    ("Polisi menyita 40 butir pil koplo dari saku celana tersangka.", "pil koplo", 40),
    ("Polisi menyita 12 butir pil ekstasi dari saku celana tersangka.", "ekstasi", 12),
])
def test_a_named_pill_drops_its_head(text, name, count):
    assert (name, count, "butir") in evidence_set(_record(_LEAD + text))


@pytest.mark.parametrize("text, item", [
    ("Polisi menyita perhiasan emas berupa kalung, cincin dan gelang seberat 40 gram.", ("perhiasan emas", 40, "g")),
    ("Polisi menyita perhiasan emas berupa kalung, cincin dan gelang seberat 25 gram, dua unit handphone dan sebuah "
     "linggis.", ("perhiasan emas", 25, "g")),
    ("Dari ketiganya polisi menyita barang bukti sebagai berikut: 1. 11 unit handphone berbagai merek; 2. perhiasan emas "
     "berupa kalung, cincin dan gelang seberat 40 gram; 3. satu unit laptop; 4. satu buah linggis.",
     ("perhiasan emas", 40, "g")),
    ("Polisi menyita perhiasan emas palsu seberat 120 gram yang terdiri atas 5 gelang dan 3 kalung.",
     ("perhiasan emas palsu", 120, "g")),
    ("Barang bukti yang disita berupa perhiasan perak berupa anting dan liontin seberat 12 gram.",
     ("perhiasan perak", 12, "g")),
])
def test_a_class_with_its_members_is_one_lot(text, item):
    got = evidence_set(_record(_LEAD + text))
    assert item in got
    assert not any(name.split()[0] in ("kalung", "cincin", "gelang", "anting", "liontin") for name, _, _ in got)


def test_members_counted_one_by_one_stay_items():
    # guard: `perhiasan berupa dua buah cincin emas`: the members are counted, the class has no measure of its own
    got = evidence_set(_record(_LEAD + "Polisi menyita perhiasan berupa dua buah cincin emas dan sebuah kalung."))
    assert ("cincin emas", 2, "buah") in got


@pytest.mark.parametrize("text, item", [
    ("\"Di dalam dua tas yang dibawa tersangka, kami temukan sabu-sabu. Tas pertama berisi 1.005 gram, tas kedua 1.010 "
     "gram, sehingga totalnya 2.015 gram, ditambah 100 butir pil ekstasi,\" kata Kapolres.", ("sabu", 2015, "g")),
    ("Polisi menemukan sabu di dalam dua tas. Totalnya 2.015 gram.", ("sabu", 2015, "g")),
    ("Polisi menyita 3 paket sabu. Berat totalnya 7,5 gram.", ("sabu", 7.5, "g")),
    ("Polisi menyita ganja kering yang dibungkus koran. Beratnya mencapai 1,2 kilogram.", ("ganja", 1.2, "kg")),
    # guards: a weight of something else; a count of pieces
    ("Polisi menyita 3 paket sabu. Berat badannya mencapai 80 kilogram.", ("sabu", 3, "paket")),
    ("Polisi menyita sebuah sepeda motor. Beratnya mencapai 120 kilogram.", ("sepeda motor", 1, "unit")),
])
def test_a_total_said_in_the_next_sentence(text, item):
    got = evidence_set(_record(_LEAD + text))
    assert item in got
    assert len(got) == (2 if "ekstasi" in text else 1)


# review (s27rvA): the total said after is the item's only when that item is goods weighed in bulk (a drug, goods of
# kind `other` not counted in pieces, or an item the table does not know), read alone in its sentence (two items
# before a total: the sum of both), and the sum word opens its clause (`Tersangka AB beratnya ...`: the person's)
@pytest.mark.parametrize("text, item", [
    ("Polisi menyita sabu dan timbangan digital. Totalnya 5,2 gram.", ("timbangan", None, None)),
    ("Barang bukti berupa sabu, timbangan dan HP. Beratnya 3,1 gram.", ("handphone", None, None)),
    ("Polisi menyita truk bermuatan kayu. Beratnya mencapai 10 ton.", ("truk", None, None)),
    ("Polisi menyita 10 paket sabu dan 3 paket ganja. Totalnya 15 gram.", ("ganja", 3, "paket")),
    ("Polisi menyita sabu dari rumah AB. Tersangka AB beratnya mencapai 70 kilogram.", ("sabu", None, None)),
])
def test_a_total_after_goes_to_no_other_thing(text, item):
    got = evidence_set(_record(_LEAD + text))
    assert item in got
    assert not any(unit in ("g", "kg") for _, _, unit in got)


# review (s27rvA): the street name written without the head `pil` is the same item as with it
@pytest.mark.parametrize("text, name, count", [
    ("Polisi menyita 200 butir Double L dari saku celana tersangka.", "double l", 200),
    ("Sebanyak 90 butir dobel L ditemukan di dalam tas tersangka.", "dobel l", 90),
])
def test_a_named_pill_without_its_head(text, name, count):
    assert (name, count, "butir") in evidence_set(_record(_LEAD + text))
