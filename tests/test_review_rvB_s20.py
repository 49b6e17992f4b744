"""Session 20 review (rvB) of the s20inst rules, on invented ground (sentences, names and bodies written for the
test; real regions only where the gazetteer's reading matters): where the new rules fired past their sense."""
from helpers import entity_pairs, institution_names, person_name_set, reader

bodies = reader("2025-03-04T10:00", field=lambda r: set(institution_names(r)))
persons = reader("2025-03-04T10:00", field=person_name_set)
pairs = reader("2025-03-04T10:00", field=entity_pairs)


# --- an English head word after a brand, or after a work's noun, names a product or a title, not a body


def test_a_brand_before_an_english_head_names_a_product():
    text = "Polisi menyita sebuah Apple Watch dan dua ponsel dari tangan tersangka di Bekasi."
    assert "Apple Watch" not in bodies(text)
    assert ("Apple Watch", "ORG") not in pairs(text)


def test_a_brand_and_its_model_before_an_english_head_name_a_product():
    assert not bodies("Tersangka menjual Samsung Galaxy Watch hasil curian itu kepada seorang penadah.")


def test_a_film_title_with_an_english_head_is_no_body():
    text = "Malam itu warga menonton film The Umbrella Academy di balai desa."
    assert "The Umbrella Academy" not in bodies(text)


def test_an_english_body_without_a_brand_or_a_work_noun_stays_a_body():
    text = "Peneliti Institute for Rural Water Studies (IRWS) Lukas Hadinata menilai harga air naik."
    assert "Institute for Rural Water Studies" in bodies(text)


# --- a title-case acronym defined in brackets, written later, is not a person's given name nor a sentence's word


def test_a_defined_acronym_that_is_a_given_name_leaves_the_person_whole():
    text = ("Ketua Asosiasi Desa Indonesia (Adi) hadir dalam rapat itu. "
            "Sementara itu, Adi Saputra ditangkap polisi di rumahnya.")
    assert "Adi Saputra" in persons(text)
    assert ("Adi", "ORG") not in pairs(text)


def test_a_defined_acronym_that_is_a_word_opening_a_sentence_is_the_word():
    text = "Forum Warga Kota (Fakta) menggelar aksi di depan kantor camat. Fakta di lapangan menunjukkan warga kecewa."
    assert ("Fakta", "ORG") not in pairs(text)


def test_a_defined_title_case_acronym_written_later_still_names_the_body():
    text = ("Universitas Bahari Nusantara (Unbara) membuka pendaftaran. "
            "Menurut rektor Unbara, kuota tahun ini bertambah.")
    assert ("Unbara", "ORG") in pairs(text)


def test_a_song_title_with_an_english_head_is_no_body():
    text = "Para siswa menyanyikan lagu Morning Light Union di lapangan sekolah."
    assert "Morning Light Union" not in bodies(text)
    assert "Light Union" not in bodies(text)


def test_a_defined_acronym_that_is_a_place_name_leaves_the_place():
    text = ("Persatuan Alumni Lintas Usaha (Palu) menggelar rapat tahunan. "
            "Sementara itu, Palu diguncang gempa kemarin.")
    assert ("Palu", "ORG") not in pairs(text)
