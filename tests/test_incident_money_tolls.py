"""Money and tolls of a case in phrasings the development gold shows once at most (issue 22, session 11):
money moved between people with no word of its kind, money seized in the sentence after its amounts, a
perpetrator who dies in his own attack.

Every text here is written for these tests (invented names and places), read through the public API."""
import pytest

from helpers import reader, toll

_ARREST = "Penyidik menangkap tersangka berinisial HS (52) di rumahnya. "


_record = reader("2017-03-14T10:00", id="t")


def _amounts(text):
    return sorted(x.amount for x in _record(_ARREST + text).losses)


def _toll(text):
    return toll(_record(text))


# --- money ---------------------------------------------------------------------------------------

def test_money_cut_and_handed_to_a_named_person():
    # `uang dipotong Rp X`: money as the subject of a passive verb; `Rp Y yang diantarkan ke <Name>`: money
    # moved to a person (no cue of the table in either clause)
    text = ("Menurut jaksa, uang dipotong Rp 50 juta oleh perantara sehingga hanya Rp 450 juta "
            "yang diantarkan ke Bambang Sutejo.")
    assert _amounts(text) == [50_000_000, 450_000_000]


def test_money_seized_in_the_next_sentence():
    # the savings have no cue of their own; the next sentence says all of it was seized
    text = ("Penyidik menemukan uang tunai Rp 2,5 miliar di lemari. Sementara itu, di rekening bank miliknya, "
            "HS juga memiliki tabungan Rp 800 juta. Semuanya telah disita penyidik sebagai barang bukti.")
    assert _amounts(text) == [800_000_000, 2_500_000_000]


@pytest.mark.parametrize("text, amount", [
    # a verb of giving, offering or asking right before the amount (a bribe, an extortion), with a noun of
    # money between; a verb of handing, collecting or returning after it or before it
    ("Tersangka meminta Rp 50 juta kepada kontraktor agar proyek itu dimenangkan.", 50_000_000),
    ("Kepala dinas itu memberi Rp 75 juta kepada auditor agar laporan keuangan dinilai wajar.", 75_000_000),
    ("Tersangka meminta imbalan Rp 25 juta kepada setiap pelamar.", 25_000_000),
    ("Tersangka menawarkan Rp 20 juta kepada petugas agar tidak ditilang.", 20_000_000),
    ("Uang pelicin sebesar Rp 30 juta diberikan kepada oknum pegawai itu.", 30_000_000),
    ("Uang sebesar Rp 45 juta itu dititipkan melalui sopir tersangka.", 45_000_000),
    ("Tersangka mengembalikan uang Rp 150 juta kepada penyidik.", 150_000_000),
    # the money as the subject of a passive verb and its total a few words on
    ("Total uang yang dikumpulkan tersangka dari para korban mencapai Rp 3 miliar.", 3_000_000_000),
])
def test_money_given_asked_or_handed(text, amount):
    assert _amounts(text) == [amount]


@pytest.mark.parametrize("text", [
    # a sum no act of the case touches stays out, even with `uang` before it or a name after it
    "Uang sekolah anaknya dinaikkan Rp 200 ribu tahun ini.",
    "Pemerintah daerah menganggarkan Rp 5 miliar yang dialokasikan untuk pembangunan jalan.",
    # money promised is not money of the case, nor one end of a range
    "Sebagai imbalan, pengusaha itu menjanjikan Rp 200 juta kepada kepala desa.",
    "Para korban menyetorkan uang antara Rp 10 juta hingga Rp 50 juta kepada tersangka.",
])
def test_sums_of_no_act_of_the_case(text):
    assert _amounts(text) == []


@pytest.mark.parametrize("text", [
    # money given, collected or moved for aid, a budget or a building, or sent to kin, is no money of the
    # case (review of issue 22): `dana` is no noun of a case's money; `untuk` + a purpose of aid or building
    "Pemkab memberikan dana Rp 50 juta untuk rehabilitasi pecandu.",
    "Menurut kapolres, uang dianggarkan Rp 500 juta untuk pembangunan pos polisi.",
    "Warga mengumpulkan Rp 2 juta untuk membantu korban.",
    "Pelaku mengirim uang Rp 2 juta kepada istrinya.",
])
def test_money_moved_for_no_act_of_the_case(text):
    assert _record("Polisi menangkap pelaku pencurian di Kota Mawar. " + text).losses == []


# --- tolls ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, toll", [
    # a suicide bomber who blows himself up is dead besides the toll of his victims
    ("Seorang pelaku bom bunuh diri meledakkan dirinya di depan sebuah gereja di Kota Mawar, Minggu pagi. "
     "Ledakan itu menewaskan tiga orang jemaat dan melukai sepuluh orang lainnya, kata polisi.", (4, 10, None)),
    # one attacker blows himself up, `dua penyerang lagi` are two more: three dead attackers and two police
    ("Tiga pria bersenjata menyerang sebuah pos polisi di Desa Waru, Senin dini hari. Serangan itu menewaskan "
     "dua polisi. Salah satu penyerang, yang terkepung petugas, meledakkan rompi bunuh dirinya, sedangkan dua "
     "penyerang lagi tewas ditembak petugas.", (5, None, None)),
    # a toll that says it counts the perpetrator already is the total
    ("Seorang pelaku bom bunuh diri meledakkan dirinya di terminal bus Kota Mawar, Senin. Ledakan itu "
     "menewaskan lima orang, termasuk pelaku, dan melukai delapan orang.", (5, 8, None)),
    ("Polisi menembak mati seorang perampok di Jalan Kenanga. Baku tembak itu menewaskan dua orang, "
     "termasuk perampok tersebut.", (2, None, None)),
    # an earlier case's toll `termasuk pelaku` says nothing of this one's
    ("Penembakan di sebuah kafe di Kota Mawar menewaskan satu orang, sebelum akhirnya pelaku ditembak mati "
     "polisi. Pada Juni tahun lalu, serangan di sebuah mal di kota itu menyebabkan 10 orang tewas termasuk pelaku.",
     (2, None, None)),
    # the perpetrator, not counted, blows himself up: dead besides the stated toll
    ("Sedikitnya 15 orang tewas dan 20 lainnya terluka dalam serangan bom bunuh diri di sebuah pasar, kata "
     "polisi. Pelaku meledakkan dirinya di dekat kerumunan.", (16, 20, None)),
    # a toll that counts a perpetrator does not count those said as more (`lagi`) nor more than its count
    ("Polisi menyelidiki ledakan di Kota Mawar. Ledakan menewaskan lima orang, termasuk pelaku. Dua pelaku "
     "lagi ditembak mati polisi.", (7, None, None)),
    ("Polisi menyelidiki ledakan di Kota Mawar. Ledakan menewaskan lima orang, termasuk seorang pelaku. "
     "Kedua pelaku tewas di tempat.", (6, None, None)),
    # the sentence of the toll is the known one, not text cut at a dot (`Rp 1.500`)
    ("Penembakan di sebuah kafe di Kota Mawar menewaskan satu orang, sebelum pelaku ditembak mati polisi. "
     "Pada tahun lalu, kafe yang menjual kopi Rp 1.500 per gelas itu diserang; lima orang tewas termasuk pelaku.",
     (2, None, None)),
])
def test_a_perpetrator_dead_by_his_own_attack(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    # guards: a perpetrator killed on the spot, a revised toll, counts in words
    ("Dua orang tewas dan empat lainnya luka-luka dalam penusukan di Pasar Baru, Rabu. Pelaku tewas di "
     "tempat setelah ditembak polisi.", (3, 4, None)),
    ("Korban tewas dalam kecelakaan bus di Tanjakan Mawar semula dilaporkan empat orang. Hingga Senin malam "
     "jumlah korban tewas bertambah menjadi enam orang, sementara 12 orang luka berat.", (6, 12, None)),
    ("Pelaku bom bunuh diri tewas seketika dalam ledakan di pos polisi itu, sedangkan dua polisi terluka.",
     (1, 2, None)),
])
def test_tolls_already_read(text, toll):
    assert _toll(text) == toll


@pytest.mark.parametrize("text, toll", [
    # nouns of people the toll counts that the table lacked
    ("Tiga penambang tewas tertimbun longsor dan dua lainnya dinyatakan hilang. Polisi memeriksa pemilik "
     "tambang sebagai tersangka.", (3, None, 2)),
    ("Dua pemudik tewas dan empat penonton luka-luka dalam kecelakaan itu. Polisi menahan sopir bus.", (2, 4, None)),
])
def test_people_the_toll_counts(text, toll):
    assert _toll(text) == toll
