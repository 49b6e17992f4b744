"""Review of s21inc's incident rules (session 21, s21rvA): near-misses of the sentencing rule and of the missing found
again, each failing on the merge `06f86d6` but three guards (a court's `menghukum`, a child found, a name whose
last word is an ordinary word found). Every name, place and sentence is invented; read through the public API.

- the one sentenced is the object of the verb of sentencing, not a name its object's words set apart: a victim after
  `terhadap` (`kepada pelaku pembunuhan terhadap X`), an apposed lawyer or a speaker after a comma;
- `menghukum` and `menjatuhkan hukuman` punish outside courts too (a parent, a teacher, a crowd): a sentence only with a
  court word before the verb; an acquittal (`memvonis bebas`, `vonis lepas`) sentences no one; an earlier case's
  sentence (`pernah memvonis`) leaves the case's own status;
- a thing or a beast reported gone and found (`Sepeda motor milik korban yang hilang ... ditemukan`, `Mobil Toyota
  Avanza yang hilang`, `Kerbau yang hilang`) says nothing of the missing."""
import pytest

from helpers import reader, suspect_statuses, toll, victim_statuses

_record = reader("2025-08-03T10:00", id="t")


# --- the one sentenced -----------------------------------------------------------------------------------------------

def test_a_victim_after_the_convicts_crime_is_no_convict():
    text = ("Majelis hakim menjatuhkan vonis 15 tahun penjara kepada pelaku pembunuhan terhadap Siti Aminah (20) di Desa "
            "Sukamaju. Terdakwa dijerat Pasal 338 KUHP.")
    rec = _record(text)
    assert "Siti Aminah" not in suspect_statuses(rec)
    assert victim_statuses(rec) == [("Siti Aminah", "tewas")]


def test_a_harmed_child_apposed_after_the_crime_is_no_convict():
    text = ("Pengadilan Negeri Garut memvonis pelaku pencabulan terhadap bocah, Mawar (10), dengan hukuman 12 tahun penjara. "
            "Terdakwa dijerat Pasal 82 UU Perlindungan Anak.")
    assert "Mawar" not in suspect_statuses(_record(text))


@pytest.mark.parametrize("text", [
    "Majelis hakim memvonis terdakwa 6 tahun penjara, ujar Humas PN Kudus, Suparman, kepada wartawan. Terdakwa terbukti "
    "mencuri ternak warga dan dijerat Pasal 363 KUHP.",
    "Majelis hakim menjatuhkan hukuman 6 tahun penjara kepada terdakwa, kuasa hukum terdakwa, Budi Santoso, menyatakan "
    "akan banding. Terdakwa dijerat Pasal 363 KUHP.",
], ids=["speaker", "lawyer"])
def test_a_name_after_a_second_comma_is_not_the_sentenced(text):
    assert not any(s == "dihukum" for s in suspect_statuses(_record(text)).values())


@pytest.mark.parametrize("text", [
    "Seorang ayah tiri di Desa Sukamaju ditangkap polisi karena menganiaya anaknya. Pelaku menghukum Rudi Hartanto (8) "
    "dengan memukul kepalanya berkali-kali. Korban mengalami luka memar dan dibawa ke puskesmas. Pelaku dijerat Pasal 80 "
    "UU Perlindungan Anak.",
    "Seorang guru SD di Desa Jati dilaporkan ke polisi karena menganiaya muridnya. Guru itu menghukum siswanya, Bima "
    "Saputra (9), dengan menyuruhnya berlari di lapangan hingga pingsan. Polisi memeriksa guru tersebut sebagai "
    "terlapor dan menjeratnya dengan Pasal 80 UU Perlindungan Anak.",
], ids=["parent", "teacher"])
def test_punishing_outside_a_court_sentences_no_one(text):
    assert not any(s == "dihukum" for s in suspect_statuses(_record(text)).values())


def test_a_crowd_punishing_a_thief_leaves_the_arrest():
    text = ("Warga yang geram menghukum Darto (40), pencuri ayam yang tertangkap basah, dengan mengaraknya keliling kampung. "
            "Polisi kemudian mengamankan pelaku dan menjeratnya dengan Pasal 363 KUHP.")
    assert suspect_statuses(_record(text)) == {"Darto": "diamankan"}


def test_a_court_that_punishes_still_sentences():
    text = ("Majelis hakim Pengadilan Negeri Kudus menghukum Hartono (45) dengan 6 tahun penjara karena mencuri ternak "
            "warga Desa Jati. Terdakwa dijerat Pasal 363 KUHP.")
    assert suspect_statuses(_record(text)) == {"Hartono": "dihukum"}


@pytest.mark.parametrize("text", [
    "Majelis hakim Pengadilan Negeri Kudus memvonis bebas Hartono (45) dalam kasus pencurian ternak warga Desa Jati. "
    "Jaksa sebelumnya menuntut terdakwa 5 tahun penjara dengan Pasal 363 KUHP.",
    "Pengadilan Negeri Garut menjatuhkan vonis bebas kepada Asep Sunandar (30), terdakwa kasus pencurian dengan "
    "kekerasan di Desa Sukamaju. Jaksa mendakwanya dengan Pasal 365 KUHP.",
], ids=["memvonis-bebas", "vonis-bebas"])
def test_an_acquittal_sentences_no_one(text):
    assert not any(s == "dihukum" for s in suspect_statuses(_record(text)).values())


def test_an_earlier_cases_sentence_leaves_the_custody():
    text = ("Polisi kembali menangkap Darto (40), residivis kasus pencurian motor di Desa Jati, Senin (3/4). Pengadilan "
            "pernah memvonis Darto 3 tahun penjara dalam kasus serupa. Kini Darto ditahan di Mapolres Kudus dan dijerat "
            "Pasal 363 KUHP.")
    assert suspect_statuses(_record(text)) == {"Darto": "ditahan"}


# --- a thing gone and found --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("found", [
    "Sepeda motor milik korban yang hilang sejak pekan lalu akhirnya ditemukan di rumah pelaku.",
    "Mobil Toyota Avanza yang hilang dari garasi korban telah ditemukan di sebuah bengkel.",
    "Kerbau yang hilang dari kandang warga itu ditemukan di hutan.",
    "Perhiasan korban yang hilang ditemukan di rumah pelaku.",
], ids=["owned-by-korban", "brand", "beast", "korbans-goods"])
def test_a_thing_found_again_says_nothing_of_the_missing(found):
    text = (f"Polisi menangkap pencuri berinisial AS (25) di Desa Sukamaju, Senin (3/4). {found} Pelaku dijerat Pasal "
            "363 KUHP.")
    assert toll(_record(text))[2] is None


def test_a_child_found_again_still_leaves_none_missing():
    text = ("Seorang bocah yang hilang sejak Jumat ditemukan selamat di kebun warga, Senin (3/4). Polisi menangkap seorang "
            "pria berinisial AS (35) yang diduga menculik korban. Pelaku dijerat Pasal 328 KUHP.")
    assert toll(_record(text))[2] == 0


def test_a_named_girl_whose_last_name_is_a_word_found_again_leaves_none_missing():
    text = ("Seorang pelajar, Intan Permata (14), yang menghilang sejak Jumat telah ditemukan di Bogor, Senin (3/4). "
            "Polisi menangkap pria berinisial AS (35) yang membawa korban.")
    assert toll(_record(text))[2] == 0
