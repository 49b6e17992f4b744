"""Incident facts in the shapes of the genre (issue 22, session 10): seizures, money and tolls as police,
customs, disaster and court news write them, beyond the phrasings of the development gold.

Every text here is written for these tests (no article text, no article's names or places). Each
sentence stands inside a short report, so that the incident gate lets the article in, and is read
through the public API."""
import pytest

from helpers import reader, toll

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "


_record = reader("2017-03-14T10:00", id="t")


def _evidence(sentence):
    return [(e.item, e.quantity, e.unit) for e in _record(_ARREST + sentence).evidence]


def _losses(sentence):
    return [(x.amount, x.currency) for x in _record(_ARREST + sentence).losses]


def _toll(text):
    return toll(_record(text))


# --- quantities --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, items", [
    # a fraction in digits or words is a part of its unit (`1/2 kg` was read as 2 kg)
    ("Dari tersangka polisi menyita barang bukti berupa 1/2 kg sabu.", [("sabu", 0.5, "kg")]),
    ("Dari lemarinya polisi menyita 3/4 kilogram ganja kering.", [("ganja", 0.75, "kg")]),
    ("Di dalam tasnya polisi menyita setengah ons sabu.", [("sabu", 50, "g")]),
    ("Polisi menyita satu setengah kilogram ganja dari bagasi.", [("ganja", 1.5, "kg")]),
    # a kuintal is 100 kg
    ("Di ladang itu polisi menyita 2 kwintal ganja basah.", [("ganja", 200, "kg")]),
    # more than a measure: `1 kg lebih sabu`
    ("Polisi menyita 2 kg lebih sabu dari mobil itu.", [("sabu", 2, "kg")]),
    # units of counting the table lacked (`sebidang`, `sepasang`, `tabung`)
    ("Penyidik menyita sebidang tanah dan sepasang anting emas.", [("tanah", 1, "bidang"), ("anting emas", 1, "pasang")]),
    # the cylinder is the thing, counted bare (s18ev, as gold genre-118 writes `tabung elpiji`)
    ("Polisi menyita 150 tabung gas elpiji 12 kg oplosan.", [("tabung gas elpiji", 150, None)]),
])
def test_quantity_shapes(sentence, items):
    assert _evidence(sentence) == items


def test_a_thousand_litres_is_no_kilogram_and_a_quota_is_no_seizure():
    # `kilo liter` is a volume (it was read as `kilo` = kg), and an amount stated after an item with no
    # verb of seizure (a quota, a stock) is no evidence
    text = _ARREST + "Menurut warga, jatah BBM desa itu sebanyak 40 kilo liter setiap bulan."
    assert _record(text).evidence == []


@pytest.mark.parametrize("sentence", [
    # a drug amount planned or received by turns, in a sentence with no word of seizure, is none seized
    "Menurut penyidik, kelompok itu berencana menyelundupkan 25 kg sabu lewat pelabuhan.",
    "Setiap pekan, tersangka menerima kiriman 300 gram ganja dari temannya.",
    "Kelompok itu hendak memasok sabu seberat 4 kilogram ke kota lain.",
])
def test_a_drug_amount_not_held_is_no_evidence(sentence):
    assert _evidence(sentence) == []


# --- lists -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, items", [
    # `sebanyak` before a count opens no item of its own
    # a timber species after `kayu` is its description (s18ev, as gold genre-065 and 084 write it)
    ("Petugas kehutanan menyita sebanyak 1.200 batang kayu meranti.", [("kayu", 1200, "batang")]),
    # the passive verb of seizure after the last item ends the list
    ("Barang bukti berupa satu lembar STNK dan satu buah kunci kontak disita petugas.",
     [("stnk", 1, "lembar"), ("kunci kontak", 1, "buah")]),
    # a vague count with its unit before a table item: the item, no number
    ("Petugas menyita ribuan butir obat keras daftar G dari toko itu.", [("obat keras", None, None)]),
    # a free item's measure after it (`seberat`), a volume of timber
    ("Polisi menyita hasil curian berupa kalung emas seberat 25 gram.", [("kalung emas", 25, "g")]),
    ("Petugas menyita 45 meter kubik kayu olahan dari truk itu.", [("kayu olahan", 45, "m3")]),
])
def test_list_shapes(sentence, items):
    assert _evidence(sentence) == items


@pytest.mark.parametrize("sentence, items", [
    # the items before a passive verb of seizure in their clause, uncounted
    ("Ganja dan timbangan elektrik itu kini diamankan di kantor polisi.", [("ganja", None, None), ("timbangan", None, None)]),
    ("Parang yang dipakai pelaku untuk mengancam korban telah disita.", [("parang", None, None)]),
    # not the thing that names a person (`pengendara sepeda motor` is the one held)
    ("Pengendara sepeda motor itu diamankan warga sebelum diserahkan ke polisi.", []),
    # an item with its possessive (`alat hisapnya`)
    ("Polisi menyita sabu seberat 1,1 gram beserta alat hisapnya.", [("sabu", 1.1, "g"), ("bong", None, None)]),
])
def test_items_before_a_passive_verb_of_seizure(sentence, items):
    assert _evidence(sentence) == items


def test_a_smuggling_stopped_is_a_seizure():
    text = _ARREST + "Petugas bea cukai menggagalkan penyelundupan 300 ekor burung nuri dari Maluku."
    assert [(e.item, e.quantity, e.unit) for e in _record(text).evidence] == [("burung nuri", 300, "ekor")]


def test_the_object_voice_of_a_seizure_is_a_cue():
    # `kami amankan`, `kami sita`: the verb of a spokesman's quote in the object voice
    text = _ARREST + '"Kami amankan juga sebuah mobil dan tiga buah ponsel milik tersangka," kata kepala unit itu.'
    assert [(e.item, e.quantity, e.unit) for e in _record(text).evidence] == [("mobil", 1, "unit"), ("handphone", 3, "unit")]


def test_a_list_opened_in_the_sentence_after_the_evidence_is_named():
    text = _ARREST + ("Polisi juga mengamankan sejumlah barang bukti. Di antaranya 3 unit ponsel, sebuah laptop dan "
                      "dua buah buku tabungan.")
    assert [(e.item, e.quantity, e.unit) for e in _record(text).evidence] == [
        ("handphone", 3, "unit"), ("laptop", 1, "unit"), ("buku tabungan", 2, "buah")]


def test_money_in_a_list_is_no_item():
    # the decimal comma of `Rp 1,2 juta` is no separator of a list: no item `juta`
    text = _ARREST + "Polisi juga menyita uang hasil penjualan ganja sebesar Rp 3,4 juta."
    rec = _record(text)
    assert rec.evidence == [] and [(x.amount, x.kind) for x in rec.losses] == [(3_400_000, "barang bukti")]


# --- money ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, losses", [
    # verbs of taking money away (`menggondol`, `dibawa lari`) and `merugi`
    ("Pelaku menggondol uang tunai Rp 8 juta dari laci toko.", [(8_000_000, "IDR")]),
    ("Uang Rp 12 juta milik korban dibawa lari pelaku.", [(12_000_000, "IDR")]),
    ("Akibat perbuatan itu, korban merugi sekitar Rp 35 juta.", [(35_000_000, "IDR")]),
    # the cue after the amount and its demonstrative (`Rp X itu diduga merupakan suap`)
    ("Uang Rp 400 juta itu diduga merupakan suap untuk pejabat dinas.", [(400_000_000, "IDR")]),
])
def test_money_taken(sentence, losses):
    assert _losses(sentence) == losses


def test_the_noun_of_a_crime_is_a_word_of_a_report():
    # an arrest and the crime's noun (`pungutan liar`, `pemerasan`) are enough for the gate: the money is read
    text = ("Sebanyak 40 narapidana kabur dari lembaga pemasyarakatan itu dan 25 di antaranya sudah ditangkap kembali. "
            "Keluarga mereka mengeluhkan pungutan liar di dalam lapas. \"Saya diminta membayar Rp 3 juta agar anak saya "
            "dipindah ke sel lain,\" kata seorang ibu.")
    assert [(x.amount, x.kind) for x in _record(text).losses] == [(3_000_000, "pemerasan")]


@pytest.mark.parametrize("sentence, losses", [
    # the face value of notes (`pecahan Rp 50 ribu`, `Rp 20 ribuan`) is no amount of the case
    ("Dalam operasi itu petugas menyita uang tunai Rp 300 juta dalam pecahan Rp 50 ribu.", [(300_000_000, "IDR")]),
    ("Polisi menyita uang palsu pecahan Rp 20 ribuan dan Rp 50 ribuan dari dompetnya.", []),
    # a prosecutor's demand is no fine imposed
    ("Jaksa menuntut terdakwa delapan tahun penjara dan denda Rp 400 juta.", []),
])
def test_amounts_that_are_no_loss(sentence, losses):
    assert _losses(sentence) == losses


def test_an_amount_per_unit_is_a_rate_whatever_its_cue():
    # `per lembar`, `per liter`: a price or a rate, though a strong cue (kerugian) stands before it
    text = _ARREST + "Kerugian negara mencapai Rp 9 miliar atau Rp 1.500 per liter solar yang diselewengkan."
    assert [(x.amount, x.kind) for x in _record(text).losses] == [(9_000_000_000, "kerugian")]


# --- tolls ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, toll", [
    # two verbs of report before the harm (`dilaporkan mengalami luka`)
    ("Sebuah truk menabrak warung. Satu orang tewas, sementara tiga orang warga lainnya dilaporkan mengalami "
     "luka.", (1, 3, None)),
    # a toll in thousands (`2 ribu orang`), one that `menembus angka`
    ("Serangan itu terus berlanjut. Korban tewas mencapai 3 ribu orang dan korban luka 800 orang.", (3000, 800, None)),
    ("Banjir melanda lima kecamatan. Jumlah korban tewas menembus angka 40 orang. Tiga warga luka-luka.",
     (40, 3, None)),
    # `jumlah` and words between before `sudah menembus angka`
    ("Konflik itu belum reda. Jumlah korban tewas dari kedua pihak sudah menembus angka 3 ribu orang. Ratusan "
     "warga luka-luka.", (3000, None, None)),
    # a toll with no verb after `jumlah`
    ("Gempa mengguncang kota itu. Jumlah korban meninggal dunia akibat gempa itu 14 orang. Sebanyak 30 warga "
     "terluka.", (14, 30, None)),
    # a toll revised in the same sentence after a comma
    ("Kapal itu tenggelam. Korban tewas sementara tercatat enam orang, namun kemudian bertambah menjadi "
     "delapan orang. Dua penumpang luka berat.", (8, 2, None)),
    # `bertambah dari N menjadi M`: the later number
    ("Bus itu masuk jurang. Korban tewas dalam kecelakaan itu bertambah dari 5 menjadi 9 orang. Dua penumpang "
     "terluka.", (9, 2, None)),
    # a count of animals or things after a verb of killing is no toll
    ("Banjir bandang menerjang desa itu dan menewaskan 150 ekor kambing. Dua warga terluka dan satu warga "
     "tewas.", (1, 2, None)),
    # found dead, with the victim described in an apposition before it
    ("Polisi menangkap dua pelaku pembegalan. Korban, seorang tukang ojek, ditemukan tewas di kebun.", (1, None, None)),
    ("Warga melapor ke polisi. Tiga nelayan ditemukan dalam keadaan tewas di perahu mereka, dan pelaku masih "
     "dicari.", (3, None, None)),
    # (a guard) two nouns of people joined by `dan` before the toll are one count
    ("Listrik padam di rumah sakit itu. Sebanyak 12 bayi dan anak-anak meninggal dunia di sana. Tiga "
     "pasien lain luka-luka.", (12, 3, None)),
    # a perpetrator shot dead in the active voice counts as dead
    ("Polisi menembak mati seorang pelaku perampokan yang melawan. Dua pelaku lainnya ditangkap.", (1, None, None)),
])
def test_toll_shapes(text, toll):
    assert _toll(text) == toll
