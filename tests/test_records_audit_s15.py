"""Person and institution precision from the audit of unlabelled archive articles (issue 19, session 15,
s15paudit; `benchmarks/audit_list.py`): each test an invented sentence of the shape whose mechanism made a
false entry in the audit, failing before its fix."""
from __future__ import annotations

from helpers import institution_names, person_names, reader

PUBLISHED = "2017-06-01T10:00"


_record = reader(PUBLISHED)


def _persons(text: str) -> list[str]:
    return person_names(_record(text))


def _institutions(text: str) -> list[str]:
    return institution_names(_record(text))


def test_a_cross_link_line_with_baca_and_a_colon_is_furniture():
    text = ("Polisi menangkap dua pelaku pencurian di Desa Sukamaju.\n\n"
            "Baca: Firasat Rudi Hartono dan Seragam Dinas Terakhir\n\n"
            "Kapolsek Cibaru AKP Andi Wijaya mengatakan kedua pelaku sudah ditahan.")
    rec = _record(text)
    assert [p.name for p in rec.persons] == ["Andi Wijaya"]
    assert not any("Dinas" in i.name for i in rec.institutions)


def test_headlines_listed_under_a_bare_baca_juga_are_furniture():
    text = ("Polisi menangkap dua pelaku pencurian di Desa Sukamaju.\n\n"
            "Baca Juga:\n\n"
            "Selamat! Rina Wulandari Melahirkan Anak Ketiga\n\n"
            "Sandra Dewi soal Banjir: Warga Harus Sabar, Jangan Panik\n\n"
            "Kapolsek Cibaru AKP Andi Wijaya mengatakan kedua pelaku sudah ditahan.")
    assert _persons(text) == ["Andi Wijaya"]


def test_the_paragraph_after_a_bare_baca_juga_list_is_article_text():
    text = ("Polisi menangkap dua pelaku pencurian di Desa Sukamaju.\n\n"
            "Baca Juga:\n\n"
            "Selamat! Rina Wulandari Melahirkan Anak Ketiga\n\n"
            "Menurut Kapolsek Cibaru AKP Andi Wijaya, pelaku Budi Santoso sudah ditahan.")
    assert _persons(text) == ["Andi Wijaya", "Budi Santoso"]


def test_antara_lain_opening_a_sentence_cites_no_outlet():
    text = ("Polisi menyita sejumlah barang bukti dari rumah tersangka Budi Santoso. Antara lain, dua unit "
            "sepeda motor dan tiga telepon genggam.")
    assert "Antara" not in _institutions(text)


def test_the_antara_agency_cited_by_its_name_stays():
    text = "Budi Santoso mengatakan kepada Antara di Jakarta bahwa pelaku sudah ditangkap."
    assert "Antara" in _institutions(text)


def test_a_nickname_the_text_says_after_it_joins_the_person_named_before():
    text = ('"Kami sudah siap," kata asisten pelatih, Ernita Pongki.\n\n'
            "Menurut Nita, demikian dia kerap disapa, timnya tidak mau meremehkan lawan.")
    rec = _record(text)
    assert [p.name for p in rec.persons] == ["Ernita Pongki"]
    assert "Nita" in rec.persons[0].aliases


def test_a_word_between_a_post_and_a_known_body_is_a_unit_of_it():
    text = '"Pendaftaran sudah dibuka," kata Ketua Bapilu PSI, Sumardi, di Jakarta.'
    assert "Bapilu" not in _persons(text)


def test_a_holder_named_after_a_post_and_before_a_body_stays_a_person():
    text = '"Kami siap," kata Ketua Umum Gerindra Prabowo Subianto di Jakarta.'
    assert _persons(text) == ["Prabowo Subianto"]


def test_a_suku_dinas_of_jakarta_is_a_body_whole_and_its_short_form_no_person():
    text = ("Suku Dinas Perhubungan Kota Jakarta Utara menempatkan 40 petugas di sepanjang jalan. "
            "Bazar warga diisi oleh Sudin UKM dan Sudin Perpustakaan dan Arsip.")
    rec = _record(text)
    names = [i.name for i in rec.institutions]
    assert "Suku Dinas Perhubungan Kota Jakarta Utara" in names and "Sudin UKM" in names
    assert "Sudin Perpustakaan dan Arsip" in names
    assert not rec.persons


def test_wali_kota_written_with_a_small_k_is_a_post_no_person():
    text = "Ketua DPRD meminta Gubernur, Wali kota, Camat, dan Lurah lebih giat mengawasi petugas kebersihan."
    assert "Wali" not in _persons(text)


def test_a_party_board_before_its_party_is_listed_with_it_and_the_party_too():
    text = "Sekretaris Jenderal DPP Partai Hanura Rudi Hartono mengatakan hal itu di Jakarta."
    names = _institutions(text)
    assert "DPP Partai Hanura" in names and "Partai Hanura" in names and "DPP" not in names


def test_a_party_board_with_its_party_stays_no_entity_of_news_ner():
    rec = _record("Sekretaris Jenderal DPP Partai Hanura Rudi Hartono mengatakan hal itu di Jakarta.")
    orgs = [e.text for e in rec.entities if e.label == "ORG"]
    assert "DPP Partai Hanura" not in orgs and "Partai Hanura" in orgs


def test_dpd_alone_stays_the_regional_council():
    assert "DPD RI" in _institutions("Anggota DPD RI Rudi Hartono hadir dalam rapat itu.")


def test_a_body_variant_inside_a_law_name_is_no_body():
    text = "Tersangka Rudi Hartono dijerat Pasal 2 UU Tipikor dengan ancaman 20 tahun penjara."
    assert "Tipikor" not in _institutions(text)


def test_the_anticorruption_court_named_whole_stays():
    text = "Rudi Hartono divonis empat tahun penjara oleh Pengadilan Tipikor Semarang, Senin."
    assert "Pengadilan Tipikor Semarang" in _institutions(text)
