"""Issue 19, session 11, second pass: general-news NER (resolve/coordination.py ...). Sentences
written for the test, made-up names."""
from helpers import entity_pairs, reader

ents = reader(field=entity_pairs)


def labelled(text, label):
    return {t for t, lab in ents(text) if lab == label}


def test_an_unknown_name_listed_with_a_person_is_a_person():
    text = "Calon itu masing-masing Andreas Wolves, Hatta Kurnia, dan Kolarevic."
    assert "Kolarevic" in labelled(text, "PERSON")
    text = "Baik Kolarevic maupun Andreas Wolves adalah lulusan sekolah yang sama."
    assert "Kolarevic" in labelled(text, "PERSON")
    assert "Baik Kolarevic" not in labelled(text, "PERSON")


def test_an_unknown_place_listed_with_places_is_a_place():
    assert "Kolvaria" in labelled("Kota Surabaya, Kolvaria, dan Bandung menjadi tuan rumah.", "GPE")


def test_an_unknown_acronym_listed_with_a_body_is_a_body():
    text = "Dinas intelijen BNQ, Polri dan TNI hadir."
    assert "BNQ" in labelled(text, "ORG")


def test_ordinary_english_and_numeral_members_take_no_class():
    assert not labelled("Hadir pula Andreas Wolves dan Keluarga besar yayasan.", "PERSON") - {"Andreas Wolves"}
    assert "II" not in {t for t, _ in ents("Tragedi Semanggi I dan II dibahas oleh Andreas Wolves.")}
    assert "Funeral" not in {t for t, _ in ents("Film Four Weddings and a Funeral atau Andreas Wolves.")}


def test_the_words_of_a_match_report_mark_a_players_one_word_name():
    assert "Kovacic" in labelled("Gol itu lahir dari umpan matang dari Kovacic di sisi kiri.", "PERSON")
    assert "Valbuena" in labelled("Dua gol Valbuena di final memastikan kemenangan tim tamu.", "PERSON")
    assert "Valbuena" in labelled("Valbuena dua kali membobol gawang tuan rumah pada babak kedua.", "PERSON")
    assert "Kurniadi" in labelled("Gol tuan rumah dicetak Kurniadi pada babak pertama.", "PERSON")


def test_a_word_that_needs_a_sport_sentence_marks_nobody_elsewhere():
    assert "Gramedia" not in labelled("Buku itu dicetak Gramedia tahun lalu.", "PERSON")


def test_a_club_named_in_full_is_its_last_word_alone_further_on():
    text = "Sheffield Rovers menang 2-0 atas tamunya. Peluang emas Rovers datang pada menit ke-53."
    assert ("Rovers", "ORG") in ents(text)
    text = "Persikota Tangerang kalah di kandang. Warga Tangerang kecewa."
    assert ("Tangerang", "ORG") not in ents(text)


def test_a_name_after_a_noun_of_software_or_devices_is_no_person():
    assert not labelled("Dengan update Zwoop mendatang, pengguna bisa meninggalkan pesan video.", "PERSON")
    assert not labelled("Pengguna sistem operasi Lindows kini bisa memakai fitur itu.", "PERSON")


def test_a_name_ending_in_an_edition_is_a_product_and_so_is_its_first_word_further_on():
    text = "Penjualan Zbox One naik tajam bulan ini, dan Zbox adalah konsol terlaris."
    assert not labelled(text, "PERSON")


def test_a_team_named_by_its_nickname_is_an_organisation():
    assert ("Laskar Wolvara", "ORG") in ents("Tim berjuluk Laskar Wolvara tersebut tengah mencari pemain.")
    assert ("Laskar Wolvara", "ORG") in ents("Tim berjuluk   Laskar Wolvara   itu kalah lagi.")


def test_an_unknown_name_before_a_comma_and_a_country_is_a_place():
    assert ("Ranvik", "GPE") in ents("Pemain itu lahir di kota kecil Ranvik, Norwegia.")
    assert ("Ranvik", "GPE") not in ents("Kata Ranvik, Norwegia akan menang.")


def test_as_after_a_place_no_table_knows_and_a_comma_is_the_country():
    assert ("AS", "GPE") in ents("Ia sempat bekerja di Wolverton Falls, AS dan kemudian pindah.")


def test_a_nickname_after_its_cue_is_a_person_though_an_ordinary_word():
    assert "Tata" in labelled("Wiranegara, pria yang akrab disapa Tata ini tengah menekuni bisnis itu.", "PERSON")


def test_a_name_ending_as_startups_backers_names_end_is_an_organisation():
    assert ("Zentaro Ventures", "ORG") in ents("Pendanaan itu dipimpin Zentaro Ventures bersama investor lain.")
    assert ("Lumora Incubator", "ORG") in ents("Hingga tahun depan Lumora Incubator bisa merangkul 300 startup.")


def test_a_listed_company_after_an_english_noun_is_the_company():
    assert ("Tokopedia", "ORG") in ents("Para Seller Tokopedia berkumpul di aula itu pada Senin pagi.")


def test_a_cup_after_di_is_no_place():
    assert not labelled("Tim itu pernah berkompetisi di Piala Zentara musim lalu.", "GPE")
