"""Issue 19, session 16 (s16ner): news NER from the IDNer train errors.
Sentences and names written for the test."""
from helpers import entity_texts as labelled
from helpers import person_name_set, reader

persons = reader(field=person_name_set)


def test_a_noun_of_a_person_made_with_wan_is_no_name():
    # `-wan` on a root word: the one who does or has it (KBBI), capitalised at a sentence's start
    assert not labelled("Wartawan menanyakan kelanjutan kasus itu kepada penyidik.", "PERSON")
    assert not labelled("Karyawan mengeluhkan gaji yang terlambat dua bulan.", "PERSON")
    assert not labelled("Wisatawan menjelajahi pantai itu bersama pemandu lokal.", "PERSON")
    assert not labelled("Gerilyawan menyerang pos militer di dekat perbatasan.", "PERSON")
    assert "Wartawan" not in persons("Wartawan menanyakan kelanjutan kasus itu kepada penyidik.")


def test_names_made_with_wan_or_wati_stay_names():
    # a given name of the list, a root that is a given name, a cue; `-wati` ends women's names on roots
    assert "Setiawan" in labelled("Setiawan mengatakan polisi sudah datang ke lokasi.", "PERSON")
    assert "Indrawan" in labelled("Kapolsek AKP Indrawan mengatakan hal itu kepada wartawan.", "PERSON")
    assert "Suryawan" in labelled("Menurut Suryawan, kejadian itu berlangsung pagi hari.", "PERSON")
    assert "Megawati" in labelled("Rombongan itu akhirnya bertemu dengan Megawati di Jakarta.", "PERSON")
    assert "Ratih Sanggarwati" in labelled("Artis yang diusung adalah Ratih Sanggarwati dan Okky Lestari.", "PERSON")


def test_a_lone_name_after_a_noun_of_a_kind_of_place_is_the_place():
    assert "Yolanda" in labelled("Pasukan dari kota Yolanda mengatakan mereka telah menang.", "GPE")
    assert "Selina" in labelled("Rombongan tiba di ibukota Selina pada malam hari.", "GPE")
    assert "Mariana" in labelled("Kapal itu berlayar menuju kepulauan Mariana pekan lalu.", "GPE")
    assert "Yolanda" not in labelled("Pasukan dari kota Yolanda mengatakan mereka telah menang.", "PERSON")


def test_a_post_ending_in_a_kind_of_place_keeps_its_holder():
    assert "Hartono" in labelled("Sementara itu wali kota Hartono mengatakan pasar akan dibuka.", "PERSON")
    assert "Hartono" in labelled("Sementara itu Wakil wali kota Hartono mengatakan pasar dibuka.", "PERSON")
    assert "Budi Santoso" in labelled("Wali kota Budi Santoso meresmikan pasar itu.", "PERSON")


def test_the_name_after_alias_is_a_person_entity_of_its_own():
    text = "Warga melaporkan Gunawan Saputra alias Gogon ke polisi."
    assert {"Gunawan Saputra", "Gogon"} <= labelled(text, "PERSON")
    assert {"Hendra Kusnadi", "Kribo"} <= labelled("Terpidana Hendra Kusnadi alias Kribo dieksekusi pekan lalu.", "PERSON")
    # `atau` after a full name of three words gives the name people know the person by
    assert "Ucok" in labelled("Gubernur Rahmat Hidayat Siregar atau Ucok meninjau lokasi banjir.", "PERSON")


def test_an_alias_stays_the_same_person_in_the_record():
    names = persons("Warga melaporkan Gunawan Saputra alias Gogon ke polisi. Gogon kemudian ditangkap.")
    assert "Gogon" not in names


def test_a_family_name_made_with_wan_stays_in_the_name():
    assert "Bobby Wirawan" in labelled("Pemain Bobby Wirawan mencetak gol kedua pada laga itu.", "PERSON")
    assert "I Made Wirawan" in labelled("Gelandang I Made Wirawan tampil apik sepanjang laga.", "PERSON")


def test_a_roman_numeral_after_a_listed_company_numbers_it():
    assert "Angkasa Pura I" in labelled("Langkah itu bagian dari upaya Angkasa Pura I dalam menambah pendapatan.", "ORG")
    assert "Pelindo III" in labelled("Direktur Utama Pelindo III, Hendra Wijaya, mengatakan hal itu.", "ORG")
    assert "Pelindo IV" in labelled("Kapal itu bersandar di dermaga milik Pelindo IV sejak pagi.", "ORG")


def test_a_balinese_name_after_a_company_keeps_its_first_word():
    ents = labelled("Direktur Angkasa Pura I Wayan Sudarma meninjau bandara itu.", "PERSON")
    assert "I Wayan Sudarma" in ents
