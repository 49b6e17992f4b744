"""Review of the s19ev evidence rules (session 19, s19rvB): over-reach shown by invented sentences, each mended at its
mechanism. Every sentence is invented (names, places, numbers); read through the public API after an arrest, as
`test_evidence_s19.py` does."""
import pytest

from helpers import reader

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "
_record = reader("2025-03-14T10:00", id="t", before=_ARREST)


def _evidence(sentence):
    return sorted((e.item, e.quantity, e.unit) for e in _record(sentence).evidence)


@pytest.mark.parametrize("sentence, items", [
    # a container on no unit list followed by a word that describes it (state, colour, stuff, make) is the thing
    ('Polisi menyita sebuah kaleng bekas dan 3 paket sabu.', [('kaleng bekas', 1, 'buah'), ('sabu', 3, 'paket')]),
    ('Polisi menyita dua ember plastik dan 5 karung pupuk.', [('ember plastik', 2, None), ('pupuk', 5, 'karung')]),
    # before what it holds it is the wrapping, as a container of the units table (README settled s18 2 and 4)
    ('Polisi menyita sebuah ember hitam berisi 5 paket sabu.', [('sabu', 5, 'paket')]),
    ('Polisi menyita dua toples plastik berisi ganja kering.', [('ganja', 2, None)]),
    ('Polisi menyita 3 kaleng bekas berisi 30 butir amunisi.', [('amunisi', 30, 'butir')]),
    ('Polisi menyita 3 toples kue dan 2 panci presto.', [('kue', 3, None), ('panci presto', 2, None)]),
    # before what it holds it still gives the contents (s19ev)
    ('Polisi menyita tiga kaleng lem dan dua ember cat.', [('cat', 2, None), ('lem', 3, None)]),
])
def test_a_described_container_is_the_thing(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a part of the lot said before (`di antaranya`, `dari jumlah itu`) is no lot of its own
    ('Polisi menyita 5 kilogram ganja di rumah tersangka, dan 2 kilogram di antaranya sudah dikemas.',
     [('ganja', 5, 'kg')]),
    ('Polisi menyita 10 kilogram sabu di gudang, dan 2 kilogram dari jumlah itu milik AB.', [('sabu', 10, 'kg')]),
    # lots by place still add up (s19ev)
    ('Polisi menyita 4 kilogram sabu di rumah AB dan 1 kilogram di rumah CD.', [('sabu', 5, 'kg')]),
])
def test_a_part_of_a_lot_is_no_lot(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # `memuat` / `mengangkut` after no vehicle: what a phone carries is no goods seized
    ('Polisi menyita sebuah ponsel yang memuat 15 berita bohong.', [('handphone', 1, 'unit')]),
    ('Penyidik menyita dua unit laptop yang memuat 40 artikel fitnah.', [('laptop', 2, 'unit')]),
    # a vehicle's load is seized with it (s19ev)
    ('Polisi menyita dua unit sepeda motor yang mengangkut 4 karung ganja.',
     [('ganja', 4, 'karung'), ('sepeda motor', 2, 'unit')]),
])
def test_only_a_vehicle_has_a_load(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a prose amount smaller than what the lines count is no sum of them, a lot of its own
    ('Polisi menyita 2 paket sabu dari AB. Barang bukti yang disita dari CD berupa:\n- 5 paket sabu;\n- 1 unit HP.',
     [('handphone', 1, 'unit'), ('sabu', 7, 'paket')]),
    # a sum told before the lines stays left out (s19ev)
    ('Polisi menyita 12 paket sabu dari rumah itu. Barang bukti yang disita berupa:\n- 7 paket sabu;\n- 5 paket sabu;'
     '\n- 1 unit HP.', [('handphone', 1, 'unit'), ('sabu', 12, 'paket')]),
])
def test_prose_smaller_than_the_lines_is_its_own_lot(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # `sisa` after an amount: the item is not lost at the modifier; s25: a leading `sisa` is a noun of remains and is
    # left out (gold/incidents/README.md settled R10-3: `sisa sabu` -> `sabu`); written before the settlement, these
    # cases had kept `sisa ganja`
    ('Polisi menyita 2 bungkus sisa ganja.', [('ganja', 2, 'bungkus')]),
    ('Polisi menyita 2 plastik sisa ganja kering dan sebuah korek api.',
     [('korek api', 1, 'buah'), ('ganja', 2, 'plastik')]),
])
def test_what_is_left_after_an_amount(sentence, items):
    assert _evidence(sentence) == sorted(items)
