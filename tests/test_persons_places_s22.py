"""Session 22 (s22per): persons and places of national headline news (issue 19).

Invented sentences only; each case failed before its rule (s22base), the guards pass on both."""
import polsek_nlp

P = "2017-05-10T10:00"


def _record(text: str):
    return polsek_nlp.analyze(text, published=P)


def _persons(text: str) -> list[str]:
    return [p.name for p in _record(text).persons]


def _places(text: str) -> list[str]:
    return [p.name for p in _record(text).places]


# --- the names of trains, railway offices, banks in English order and a country's figurative name are no
#     persons (data/words/thing_heads.tsv)

def test_a_train_by_its_register_prefix_is_no_person():
    assert _persons("KA Argo Wilis tertahan di Stasiun Kroya selama dua jam.") == []
    assert _persons("Kereta pertama yang lewat adalah KA Lodaya (KA 80) pada pukul 03.23 WIB, kata Joko Santoso.") \
        == ["Joko Santoso"]


def test_initials_ka_with_an_age_stay_a_person():
    assert _persons("Polisi menangkap tersangka KA (25) di rumahnya di Kota Bekasi.") == ["KA"]


def test_a_railway_office_before_its_head_is_no_person():
    assert _persons("Kepala Daop VI Yogyakarta, Eko Budiyanto, mengatakan jalur sudah normal.") == ["Eko Budiyanto"]
    assert _persons("Manajer Humas PT KAI Divre III Palembang, Rina Wulandari, membenarkan hal itu.") \
        == ["Rina Wulandari"]


def test_a_bank_named_before_the_word_bank_is_no_person():
    assert _persons("Kreditur lain di antaranya Bank Jateng, Mizuho Bank, dan Bank Mega.") == []


def test_a_country_by_a_figurative_name_is_no_person():
    assert _persons("Perjanjian itu diikuti 12 negara, termasuk Negeri Paman Sam.") == []
    assert _persons("Perenang muda itu membantu tim Negeri Ratu Elisabeth meraih emas, kata Andi Pratama.") \
        == ["Andi Pratama"]


# --- the body's first word after a dateline that names its outlet opens a sentence (recognize/persons.py
#     `_dateline_tokens` reaches over the outlet): an ordinary capitalised word there is no name

def test_the_first_word_after_an_outlet_dateline_opens_a_sentence():
    assert _persons("Jakarta, CNN Indonesia - - Pemerintah menegaskan bahwa Budi Santoso tidak bersalah.") \
        == ["Budi Santoso"]
    assert _persons("Surabaya, CNN Indonesia - - Produser Rina Kartika menyiapkan film baru tentang nelayan.") \
        == ["Rina Kartika"]


def test_a_full_name_after_an_outlet_dateline_stays_whole():
    assert _persons("Jakarta, CNN Indonesia - - Dewi Lestari meraih penghargaan film terbaik.") == ["Dewi Lestari"]
    assert _persons("Bandung (ANTARA News) - Budi Santoso mengaku tidak tahu soal proyek itu.") == ["Budi Santoso"]


# --- a unit written capitalised after its number is no person (words/count_words.tsv)

def test_a_capitalised_unit_after_its_number_is_no_person():
    assert _persons("Konstruksi jalan sepanjang 15 Km tersebut akan membutuhkan dana Rp 20 miliar.") == []
    assert _persons("Pemain bernomor 10 Messi mencetak dua gol.") == ["Messi"]


# --- lowercase `pantai` before a place is the coast of that place, no part of its name (venues.tsv, lowercase
#     `prefix`); `Pantai X` capitalised keeps its head

def test_a_lowercase_coast_before_a_place_is_no_part_of_its_name():
    assert _places("Bangkai paus itu terdampar di pantai Sukamaju, Kecamatan Lembah Hijau.") \
        == ["Sukamaju", "Lembah Hijau"]
    assert _places("Bangkai paus ditemukan di pesisir pantai Dusun Karangjati, Desa Wonorejo, Kabupaten Majalengka.") \
        == ["Karangjati", "Wonorejo", "Majalengka"]


def test_a_capitalised_beach_keeps_its_head():
    assert _places("Warga membersihkan sampah di Pantai Parangtritis, Kabupaten Bantul.") \
        == ["Pantai Parangtritis", "Bantul"]


# --- English terms, programmes and titles of rarer words are no persons (words/english_words.tsv: the 20000
#     most frequent English words, not 8000)

def test_rarer_english_terms_are_no_persons():
    assert _persons("Dana itu disalurkan lewat program Humanitarian Assistance untuk korban banjir, kata Rina Kartika.") \
        == ["Rina Kartika"]
    assert _persons("Episenter gempa berada di bawah Cekungan Busur Muka (Fore Arc Basin) di barat Pulau Enggano.") == []
    assert _persons("Sejumlah band seperti Purple Voyage dan Silent Harbor tampil di festival itu.") == []


def test_foreign_names_of_english_words_stay_persons():
    assert _persons("Aktor Tom Holland dan Taylor Swift hadir di acara itu.") == ["Tom Holland", "Taylor Swift"]
    assert _persons("Penyanyi Bruno Mars tampil di Jakarta.") == ["Bruno Mars"]


# --- a one-word city abroad between two capitalised name words is a syllable of a person's name
#     (recognize/places.py `_inside_a_name`)

def test_a_city_word_inside_an_east_asian_name_is_no_place():
    text = "Hal itu membantu posisi Jepang, kata Nguyen Xian Thanh dari Universitas Sukamaju."
    assert _persons(text) == ["Nguyen Xian Thanh"] and _places(text) == ["Jepang"]
    assert _persons("Menurut Li Xian Wei, pasar Asia masih tumbuh.") == ["Li Xian Wei"]


def test_a_city_after_a_preposition_or_a_country_stays_a_place():
    assert _places("Ia terbang ke Xian pada Senin.") == ["Xian"]
    assert _persons("Ia bergabung dengan klub Liga Super Tiongkok Shanghai Shenhua pekan lalu.") == []


# --- one place per country, whatever forms the text writes it in (record/build.py `_one_per_country`)

def test_a_country_written_in_several_forms_is_one_place():
    text = ("Pemerintah Amerika Serikat menolak usul itu. Menteri Luar Negeri tiba di Amerika pada Senin. Duta besar "
            "Republik Indonesia untuk Korsel bertemu pejabat Korea Selatan di Seoul. Warga Indonesia di sana aman.")
    assert _places(text) == ["Amerika Serikat", "Indonesia", "Korea Selatan", "Seoul"]


def test_a_country_written_only_short_keeps_its_form():
    assert _places("Ia pulang dari AS dan Korsel pekan lalu, kata Budi Santoso.") == ["AS", "Korsel"]
