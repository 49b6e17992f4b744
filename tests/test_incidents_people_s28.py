"""Suspects and victims (issue 22, session 28, s28sv). Every name, place and sentence is invented; read through the
public API. The first cases of each group fail before its rule; the others are guards."""
import pytest

from helpers import named_people, reader

_record = reader("2024-03-12T10:00", id="t")


# --- the age written `, 45 tahun` between two listed names (`A, 45 tahun, dan istrinya, B, 41 tahun`) ------------------

@pytest.mark.parametrize("text, first, second", [
    ("Polres Sumedang menangkap tersangka pencurian, Udin Sahrudin, 34 tahun, dan adiknya, Dede Rohman, 29 tahun, "
     "Senin lalu. Keduanya kini ditahan.", "Udin Sahrudin", "Dede Rohman"),
    ("Polisi membekuk pelaku penipuan online, Bagas Pratama, 28 tahun, serta rekannya, Yoga Prasetya, 26 tahun, di "
     "rumah kontrakan. Keduanya dijerat pasal penipuan.", "Bagas Pratama", "Yoga Prasetya"),
    ("Polres Lembah Hijau menangkap pengedar sabu, Rudi Hartanto, 33 tahun, dan istrinya, Lina Marlina, 30 tahun, di "
     "rumah mereka, Selasa (5/3/2024). Polisi menyita 12 gram sabu.", "Rudi Hartanto", "Lina Marlina"),
    ("Satreskrim Polres Cibening meringkus dua pencuri kambing, Asep Saepul, 41 tahun, dan Ujang Komarudin, 37 tahun, "
     "di Desa Sukaraja. Keduanya dijerat Pasal 363 KUHP.", "Asep Saepul", "Ujang Komarudin"),
    ("Polisi menangkap penadah motor curian, Hendra Wijaya, 50 tahun, serta anaknya, Rian Wijaya, 24 tahun, di Pasar "
     "Baru. Keduanya dijerat pasal penadahan.", "Hendra Wijaya", "Rian Wijaya"),
    ("Tim Resmob menciduk pelaku perampokan, Darman Saputra, 36 tahun, dan rekannya, Iwan Setiadi, 31 tahun, pada "
     "Rabu malam. Keduanya kini ditahan di Mapolres.", "Darman Saputra", "Iwan Setiadi"),
    ("Polsek Karangsari mengamankan pelaku pengeroyokan, Tono Sugiarto, 22 tahun, dan temannya, Agus Salim, 21 tahun. "
     "Keduanya dijerat Pasal 170 KUHP.", "Tono Sugiarto", "Agus Salim"),
    ("Polisi menangkap bandar judi togel, Sutrisno Hadi, 55 tahun, dan pengecernya, Wawan Gunawan, 40 tahun, di Desa "
     "Mekarsari. Keduanya dijerat Pasal 303 KUHP tentang perjudian.", "Sutrisno Hadi", "Wawan Gunawan"),
    ("Polres Pantai Biru menangkap pelaku pemalsuan dokumen, Rahmat Hidayat, 47 tahun, dan adiknya, Samsul Bahri, 43 tahun, "
     "di rumahnya. Keduanya kini ditahan.", "Rahmat Hidayat", "Samsul Bahri"),
    ("Polisi membekuk penjambret, Fajar Nugroho, 19 tahun, serta kawannya, Dimas Aditya, 20 tahun, di Jalan Merdeka. "
     "Keduanya dijerat Pasal 365 KUHP.", "Fajar Nugroho", "Dimas Aditya"),
])
def test_a_second_suspect_listed_after_an_age_in_words(text, first, second):
    suspects, _ = named_people(_record(text))
    assert {first, second} <= suspects


@pytest.mark.parametrize("text, first, second", [
    ("Kecelakaan di jalan tol menewaskan Sutarman, 60 tahun, dan istrinya, Karsih, 55 tahun. Mobil yang mereka "
     "tumpangi menabrak truk.", "Sutarman", "Karsih"),
    ("Tabrakan bus dan truk di Jalan Raya Cibening menewaskan Parjo Wiyono, 58 tahun, dan cucunya, Nabila, 9 tahun. "
     "Sopir truk diamankan polisi.", "Parjo Wiyono", "Nabila"),
])
def test_a_second_victim_listed_after_an_age_in_words(text, first, second):
    _, victims = named_people(_record(text))
    assert {first, second} <= victims


# --- a `-nya` noun of two words before the next listed name (`HS (39) dan adik iparnya, ML (28)`) -----------------------

@pytest.mark.parametrize("text, first, second", [
    ("Polres Lembah Hijau membekuk dua pencuri kambing, HS (39) dan adik iparnya, MR (28), warga Desa Cikadu, Jumat "
     "(8/3/2024). Keduanya dijerat Pasal 363 KUHP.", "HS", "MR"),
    ("Polisi menangkap bandar judi togel, Sutrisno Hadi (55), dan anak buahnya, Wawan Gunawan (40), di Desa Mekarsari. "
     "Keduanya dijerat Pasal 303 KUHP tentang perjudian.", "Sutrisno Hadi", "Wawan Gunawan"),
    ("Polisi membekuk pelaku pencurian kabel, Jaja Sudarja (45), dan kaki tangannya, Ujang Hermawan (38), di gudang PLN. "
     "Keduanya kini ditahan.", "Jaja Sudarja", "Ujang Hermawan"),
    ("Polsek Cibening menangkap pelaku penipuan, Ratna Dewi (41), dan adik iparnya, Sari Wulandari (35), di rumahnya. "
     "Keduanya dijerat Pasal 378 KUHP.", "Ratna Dewi", "Sari Wulandari"),
])
def test_a_second_suspect_set_out_by_a_two_word_noun(text, first, second):
    suspects, _ = named_people(_record(text))
    assert {first, second} <= suspects


# --- a `-nya` noun of another part before the next name: no one more of the arrested (`dan pengacaranya, B`) ---------

@pytest.mark.parametrize("text, suspect, other", [
    ("Polisi menangkap pelaku penggelapan mobil rental, Rohim Sanjaya (52), pengacaranya, Sudirman Hadi (47), "
     "mendampingi saat diperiksa.", "Rohim Sanjaya", "Sudirman Hadi"),
    ("Polisi menangkap pelaku penggelapan mobil rental, Rohim Sanjaya (52), dan kuasa hukumnya, Sudirman Hadi (47), "
     "mendampingi saat diperiksa.", "Rohim Sanjaya", "Sudirman Hadi"),
    ("Polisi menangkap pelaku penggelapan mobil rental, Rohim Sanjaya, 52 tahun, dan pengacaranya, Sudirman Hadi, 47 "
     "tahun, mendampingi saat diperiksa.", "Rohim Sanjaya", "Sudirman Hadi"),
    ("Polsek Pantai Biru menangkap pelaku penganiayaan, Dadang Supriatna (33), dan saksinya, Eman Sulaeman (40), "
     "dimintai keterangan di Mapolsek.", "Dadang Supriatna", "Eman Sulaeman"),
])
def test_a_name_set_out_by_another_parts_noun_is_no_suspect(text, suspect, other):
    suspects, _ = named_people(_record(text))
    assert suspect in suspects and other not in suspects


@pytest.mark.parametrize("text, suspect, other", [
    # no joiner after the age in words: a description, no list
    ("Polisi menangkap Karta Wijaya, 40 tahun, di rumahnya di Desa Cikadu. Saksi mata, Muhidin, 45 tahun, melihat "
     "penangkapan itu.", "Karta Wijaya", "Muhidin"),
])
def test_no_list_across_sentences_after_the_age_in_words(text, suspect, other):
    suspects, _ = named_people(_record(text))
    assert suspect in suspects and other not in suspects
