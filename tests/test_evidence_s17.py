"""Evidence that generalises (issue 22, session 17): the shapes seizures take across the genre, read by mechanism.

Every sentence is invented for these tests (invented names, plates, places and numbers; no article text), set after
an arrest so that the incident gate lets the report in, and read through the public API. Expected values follow
`gold/incidents/README.md` (Evidence, and its `Settled s16` lines)."""
import pytest

from helpers import evidence_rows, reader

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "


_evidence = reader("2025-03-14T10:00", id="t", before=_ARREST, field=evidence_rows)


@pytest.mark.parametrize("sentence, items", [
    # a vehicle listed by its make and model only is the vehicle of its kind; counts of one kind sum
    ('Barang bukti yang disita yakni 7 unit Honda Vario, 4 unit Yamaha NMax dan 12 buah kunci palsu.',
     [('kunci palsu', 12, 'buah'), ('sepeda motor', 11, 'unit')]),
    ('Polisi menyita satu unit Honda HR-V warna putih dan dua unit handphone.',
     [('handphone', 2, 'unit'), ('mobil', 1, 'unit')]),
    ('Penyidik mengamankan barang bukti sebagai berikut:\n- tiga unit Suzuki Satria;\n'
     '- dua unit Honda Beat tanpa pelat nomor;\n- dua buah kunci T.',
     [('kunci t', 2, 'buah'), ('sepeda motor', 5, 'unit')]),
    ('Petugas menyita tiga unit Avanza, satu unit Daihatsu Xenia dan empat unit sepeda motor.',
     [('mobil', 4, 'unit'), ('sepeda motor', 4, 'unit')]),
    # the make and model after the written kind name it again: one uncounted car
    ('Barang bukti berupa mobil Toyota Innova bernopol B 1234 XY dan sebuah kunci T.',
     [('kunci t', 1, 'buah'), ('mobil', None, None)]),
])
def test_vehicle_named_by_its_model(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence", [
    'Tersangka membawa kabur Yamaha NMax milik korban ke arah Kota Baru.',  # stolen, nothing seized
    'Korban mengendarai Honda Vario saat dipepet dua pelaku di Jalan Merpati.',
])
def test_vehicle_model_without_seizure_is_no_evidence(sentence):
    assert _evidence(sentence) == []


@pytest.mark.parametrize("sentence, items", [
    # a leading `alat` before a noun of a tool made with pe(N)- is left out: the noun names the thing
    ('Polisi menyita 320 lembar uang palsu, satu unit printer dan sebuah alat pemotong kertas.',
     [('pemotong kertas', 1, 'buah'), ('printer', 1, 'unit'), ('uang palsu', 320, 'lembar')]),
    ('Dari gudang, petugas menyita alat pengupas kabel dan satu unit alat berat.',
     [('alat berat', 1, 'unit'), ('pengupas kabel', None, None)]),
    ('Barang bukti berupa dua buah alat pencetak stiker dan sebuah gunting.',
     [('gunting', 1, 'buah'), ('pencetak stiker', 2, 'buah')]),
    # `alat` stays where the word after it does not name the thing alone, or the table names the pair
    ('Petugas menyita alat skimming dan dua lembar kartu ATM.', [('alat skimming', None, None), ('kartu atm', 2, 'lembar')]),
    ('Polisi menyita alat penunjuk waktu dan seutas kabel.', [('alat penunjuk waktu', None, None), ('kabel', 1, 'utas')]),
])
def test_tool_named_by_what_it_does(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # `campuran` (assorted) describes a lot, it is no kind of the item
    ('Di gudang pendingin milik tersangka, petugas menyita tiga ton ikan campuran.', [('ikan', 3000, 'kg')]),
    ('Petugas menyita 50 kilogram ikan campuran dan 20 ekor penyu.', [('ikan', 50, 'kg'), ('penyu', 20, 'ekor')]),
    ('Polisi menyita 15 karung beras campuran dan satu unit truk.', [('beras', 15, 'karung'), ('truk', 1, 'unit')]),
])
def test_assorted_lot_is_its_item(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a pack word with no number before it counts nothing: no quantity, no unit (README, settled s16)
    ('Tersangka ditangkap di kamarnya bersama paket sabu dan dua papan dumolid.',
     [('dumolid', 2, 'papan'), ('sabu', None, None)]),
    ('Dari dalam tas tersangka, petugas menemukan bungkusan ganja kering dan sebuah pipet.',
     [('ganja', None, None), ('pipet', 1, 'buah')]),
    ('Barang bukti yang disita berupa beberapa paket sabu dan satu unit timbangan digital.',
     [('sabu', None, None), ('timbangan', 1, 'unit')]),
    # with a number the pack is the unit
    ('Barang bukti yang disita berupa lima paket sabu dan satu unit timbangan digital.',
     [('sabu', 5, 'paket'), ('timbangan', 1, 'unit')]),
])
def test_pack_without_a_number_counts_nothing(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a boat, a ship or a bag keeps the kind word written after it (README settled s16: the written noun's kind word)
    ('Barang bukti berupa satu unit perahu katinting, empat buah dayung dan dua jeriken bensin.',
     [('bensin', 2, 'jeriken'), ('dayung', 4, 'buah'), ('perahu katinting', 1, 'unit')]),
    ('Polisi menyita dua kapal cepat dan satu unit kapal tongkang.', [('kapal cepat', 2, None), ('kapal tongkang', 1, 'unit')]),
    ('Barang bukti berupa sebuah tas ransel hitam dan 14 unit handphone.', [('handphone', 14, 'unit'), ('tas ransel', 1, 'buah')]),
    ('Polisi menyita sebuah tas selempang dan sebuah perahu kecil.', [('perahu', 1, 'unit'), ('tas selempang', 1, 'buah')]),
    # no kind after it: an owner, a colour, a status, a pointer back, what it holds
    ('Polisi menyita satu unit perahu milik tersangka dan dua buah tas hitam.', [('perahu', 1, 'unit'), ('tas', 2, 'buah')]),
    ('Polisi menyita kapal tersebut beserta muatannya.', [('kapal', None, None)]),
    ('Polisi mengamankan sebuah kapal asing berbendera Vietnam beserta 12 ABK.', [('kapal', 1, 'unit')]),
    ('Barang bukti berupa sebuah tas berisi sabu seberat 5 gram.', [('sabu', 5, 'g'), ('tas', 1, 'buah')]),
])
def test_kind_word_after_a_vessel_or_bag(sentence, items):
    assert _evidence(sentence) == sorted(items)


def test_kind_of_more_words_keeps_the_table_name():
    # where a kind runs over two words or more the words do not tell its end: the table's name
    assert _evidence('Aparat menyita dua kapal pukat harimau dan 4 ton ikan.') == [('ikan', 4000, 'kg'), ('kapal', 2, None)]


@pytest.mark.parametrize("sentence, items", [
    # the list goes on after an item's relative clause when a table item follows the joiner
    ('Petugas menyita sebilah pisau dapur, topi yang dipakai pencuri itu, dan sepeda motor Yamaha Mio yang ditemukan '
     'di depan rumahnya.', [('pisau', 1, 'buah'), ('sepeda motor', None, None), ('topi', None, None)]),
    ('Petugas menyita sebuah obeng, sarung tangan yang dipakai pelaku, dan mobil boks yang digunakan mengangkut barang.',
     [('mobil', None, None), ('obeng', 1, 'buah'), ('sarung tangan', None, None)]),
    # not when what follows has a verb of its own: a new clause
    ('Polisi menyita sebilah golok yang dipakai pelaku, dan sepeda motor korban dibawa ke bengkel.', [('golok', 1, 'buah')]),
    ('Polisi menyita sebilah golok yang dipakai pelaku, serta mobil milik korban dikembalikan kepada keluarga.',
     [('golok', 1, 'buah')]),
])
def test_list_after_a_relative_clause(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # what is seized along with the thing named as evidence
    # (s28evi: `truk tangki` is kept, a kind word: gold/incidents/README.md settled s16 and s25 rule 5)
    ('Truk tangki itu telah dibawa ke Mapolres sebagai barang bukti beserta sebuah sepeda.',
     [('sepeda', 1, 'unit'), ('truk tangki', None, None)]),
    ('Angkot tersebut disita sebagai barang bukti, bersama SIM milik sopirnya.', [('angkot', None, None), ('sim', None, None)]),
    ('Golok itu dijadikan barang bukti beserta dua buah handphone dan sebuah tas.',
     [('golok', None, None), ('handphone', 2, 'unit'), ('tas', 1, 'buah')]),
    # a person along is no thing
    ('Truk itu diamankan sebagai barang bukti bersama sopirnya.', [('truk', None, None)]),
])
def test_seized_along_with_the_evidence(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # the weapon of an attack said not found is no evidence
    ('Pelaku menyerang penjaga warung dengan sebilah badik. Sampai Rabu, badik itu belum ditemukan.', []),
    ('Pelaku melukai korban dengan celurit. Hingga Selasa, celurit itu tidak ditemukan petugas.', []),
    ('Pelaku menusuk korban dengan pisau. Pisau itu hingga kini belum ditemukan polisi.', []),
    ('Pelaku membacok korban dengan golok. Golok itu tidak ditemukan di lokasi. Polisi menyita sepeda motor pelaku.',
     [('sepeda motor', None, None)]),
    # one seized stays, whatever else is missing
    ('Pelaku menikam korban dengan sebilah badik. Polisi menyita badik tersebut dari rumah pelaku.', [('badik', 1, 'buah')]),
    ('Polisi menyita dua pisau dari rumah pelaku. Pisau ketiga belum ditemukan.', [('pisau', 2, None)]),
])
def test_weapon_said_not_found(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a counter word no unit of the tables normalises: the count stays, its unit null (README: unit from the tables)
    ('Petugas menyita tiga bongkah batu akik dan satu unit gerinda dari kios tersangka.',
     [('batu akik', 3, None), ('gerinda', 1, 'unit')]),
    ('Barang bukti berupa sebongkah batu dan sebilah pisau.', [('batu', 1, None), ('pisau', 1, 'buah')]),
    ('Polisi menyita satu setel pakaian satpam dan dua lembar kartu anggota palsu.',
     [('kartu anggota palsu', 2, 'lembar'), ('pakaian satpam', 1, None)]),
    ('Polisi menyita tiga stel pakaian dinas dan sebuah topi.', [('pakaian dinas', 3, None), ('topi', 1, 'buah')]),
])
def test_counter_word_with_no_unit(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a list item's measure after an approximation alone (`sekitar`), of a mass or volume, in words of up to two
    ('Dari tambang pasir itu disita satu unit buldoser, tiga unit truk, serta tumpukan pasir kuarsa sekitar 40 ton.',
     [('buldoser', 1, 'unit'), ('pasir kuarsa', 40000, 'kg'), ('truk', 3, 'unit')]),
    ('Barang bukti berupa kayu olahan sekitar 20 meter kubik dan dua unit gergaji mesin.',
     [('gergaji mesin', 2, 'unit'), ('kayu olahan', 20, 'm3')]),
    ('Polisi menyita satu unit truk, dan pasir timah sekitar 3 ton.', [('pasir timah', 3000, 'kg'), ('truk', 1, 'unit')]),
    # no measure: a time, a count of containers after the approximation
    ('Polisi menyita dua unit handphone dan sepeda motor sekitar pukul 10.00.',
     [('handphone', 2, 'unit'), ('sepeda motor', None, None)]),
    ('Barang bukti berupa beras sekitar 5 karung dan satu unit mobil.', [('beras', None, None), ('mobil', 1, 'unit')]),
])
def test_approximate_measure_after_a_list_item(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # a noun the table does not know, found in a sentence before and pointed back to as the subject of a seizure
    ('Ketika menyisir halaman sekolah, petugas menemukan ransel mencurigakan berisi kabel. Ransel itu segera '
     'diamankan tim penjinak bom.', [('ransel', None, None)]),
    ('Petugas menemukan kardus mencurigakan di halte. Kardus tersebut langsung diamankan.', [('kardus', None, None)]),
    # a person pointed back to is no thing; nothing found before, nothing pointed back to
    ('Polisi menemukan seorang pria di lokasi. Pria tersebut diamankan ke Mapolsek.', []),
    ('Warga menemukan remaja yang mabuk di pinggir jalan. Remaja itu diamankan polisi.', []),
    ('Warga melapor ke polisi. Lokasi tersebut diamankan petugas.', []),
])
def test_thing_found_then_pointed_back_to(sentence, items):
    assert _evidence(sentence) == sorted(items)


@pytest.mark.parametrize("sentence, items", [
    # liquor named by its kind after the class word (`minuman keras jenis ciu`), as `senjata tajam jenis parang`
    ('Polisi mengamankan tersangka beserta barang bukti 20 liter minuman keras jenis ciu dan 50 botol bir.',
     [('bir', 50, 'botol'), ('ciu', 20, 'liter')]),
    ('Barang bukti berupa minuman keras jenis arak sebanyak 40 liter.', [('arak', 40, 'liter')]),
    ('Polisi menyita 35 botol miras jenis cap tikus dan 10 liter tuak.', [('cap tikus', 35, 'botol'), ('tuak', 10, 'liter')]),
    # a kind the table does not know stays the class
    ('Polisi menyita 12 botol miras jenis vodka dan 20 botol bir.', [('bir', 20, 'botol'), ('botol miras', 12, 'botol')]),
])
def test_liquor_named_by_its_kind(sentence, items):
    assert _evidence(sentence) == sorted(items)
