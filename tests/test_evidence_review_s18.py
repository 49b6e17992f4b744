"""What a read-only review of the s18ev evidence rules showed wrong (session 18, issue 22, s18fxe), each at its mechanism.

Every sentence is invented for these tests (invented names, initials, places and numbers; no article text), read through
the public API. Expected values follow `gold/incidents/README.md` (Evidence and its `Settled` lines)."""
import pytest

from helpers import evidence_rows, reader

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "


_evidence = reader("2025-03-14T10:00", id="t", field=evidence_rows)


@pytest.mark.parametrize("text, items", [
    # 1. a count of cases pointed back at (`Dari 15 kasus tersebut`) is a period's tally when the sentence that gave the
    # count tallies a period: what was seized from them is the tally's, not the case's
    ('Satresnarkoba Polres Sukamaju menangkap DW (27) dengan barang bukti 3 gram sabu, Selasa (4/3). Sepanjang Januari '
     'hingga Februari 2025, Satresnarkoba mengungkap 15 kasus narkoba. Dari 15 kasus tersebut disita 150 gram sabu dan '
     '200 butir pil koplo.', [('sabu', 3, 'g')]),
    ('Polisi menangkap DW (27) dengan barang bukti 4 gram sabu. Tahun lalu polisi mengungkap 30 kasus. Dari 30 kasus itu '
     'polisi menyita 1,5 kilogram sabu.', [('sabu', 4, 'g')]),
    # the article's own cases pointed back at stay the case's
    (_ARREST + 'Polisi mengungkap empat kasus pencurian ternak. Dari empat kasus itu petugas menyita enam ekor sapi dan dua unit '
     'mobil pikap.', [('mobil', 2, 'unit'), ('sapi', 6, 'ekor')]),
])
def test_a_pointed_back_tally_is_no_seizure_of_the_case(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # 2. a month said gone frames the case's own seizure when nothing says it is another one (`juga`, `sebelumnya`)
    ('Satreskrim Polres Sukamaju menangkap pengedar sabu berinisial KL (33). Pada Februari lalu, polisi menyita 4 gram '
     'sabu dan satu timbangan dari rumah tersangka KL.', [('sabu', 4, 'g'), ('timbangan', 1, None)]),
    # with a word of another seizure it stays another time's
    ('Polisi menyita 6 paket sabu dari tersangka KL. Pada Januari lalu, polisi juga menyita 2 kilogram ganja di '
     'Kecamatan Sukadamai.', [('sabu', 6, 'paket')]),
])
def test_a_month_gone_needs_a_word_of_another_seizure(text, items):
    assert _evidence(text, "2025-03-04T10:00") == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # 3. a timber species is trimmed only after the heads it describes (`kayu`, `papan`, `balok`)
    ('Polisi mengamankan 50 liter getah pinus dan satu unit mobil pikap.', [('getah pinus', 50, 'liter'), ('mobil', 1, 'unit')]),
    ('Polisi menyita 5 liter minyak kamper dan sebuah jeriken.', [('jeriken', 1, 'buah'), ('minyak kamper', 5, 'liter')]),
    ('Polisi menyita 20 batang bibit jati dan 5 buah mebel jati.', [('bibit jati', 20, 'batang'), ('mebel jati', 5, 'buah')]),
    ('Polisi menyita 30 batang balok meranti dan 12 keping papan ulin.', [('balok', 30, 'batang'), ('papan', 12, 'keping')]),
])
def test_a_species_trims_only_its_heads(sentence, items):
    assert _evidence(_ARREST + sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # 4. names after a brand word are makes only of a class that has makes; a thing after them is an item
    ('Polisi menyita satu unit TV merek Sony, Playstation, dan dua unit HP milik tersangka.',
     [('handphone', 2, 'unit'), ('playstation', None, None), ('televisi', 1, 'unit')]),
    ('Polisi menyita tiga unit HP merek Oppo, Vivo dan Samsung milik tersangka.', [('handphone', 3, 'unit')]),
    ('Polisi menyita dua unit sepeda motor merk Honda dan Yamaha, serta tiga buah helm.',
     [('helm', 3, 'buah'), ('sepeda motor', 2, 'unit')]),
])
def test_makes_only_of_classes_that_have_them(sentence, items):
    assert _evidence(_ARREST + sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # 5. `masing-masing` multiplies by the count of its own subject, not by any count earlier in the sentence
    ('Polisi menangkap tiga tersangka dan AB serta CD masing-masing membawa 2 paket sabu.', [('sabu', 2, 'paket')]),
    ('Polisi menangkap dua tersangka, masing-masing membawa 3 paket sabu.', [('sabu', 6, 'paket')]),
    ('Tiga pelaku masing-masing kedapatan membawa sebilah celurit.', [('celurit', 3, 'buah')]),
])
def test_each_multiplies_by_its_own_subject(sentence, items):
    assert _evidence(_ARREST + sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # 6. a `-nya` item is a part of the item before only when the table knows it so; else its `-nya` is stripped
    ('Polisi menyita 2 paket sabu serta sepatu dan kaus kakinya sebagai barang bukti.',
     [('kaus kaki', None, None), ('sabu', 2, 'paket'), ('sepatu', None, None)]),
    ('Polisi menyita sebuah jaket beserta celananya.', [('celana', None, None), ('jaket', 1, 'buah')]),
    ('Polisi menyita sebilah parang beserta sarungnya.', [('parang', 1, 'buah')]),
])
def test_a_part_by_nya_only_when_known(sentence, items):
    assert _evidence(_ARREST + sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # 7. `hidup`/`mati` is the state of an animal counted in `ekor` only: a live round or bomb keeps it
    ('Polisi menyita 3 buah mortir hidup dan sebuah tas.', [('mortir hidup', 3, 'buah'), ('tas', 1, 'buah')]),
    ('Petugas menyita dua ekor kijang mati dan sepucuk senapan angin.', [('kijang', 2, 'ekor'), ('senapan angin', 1, 'pucuk')]),
])
def test_a_living_state_only_of_animals(sentence, items):
    assert _evidence(_ARREST + sentence) == sorted(items)
