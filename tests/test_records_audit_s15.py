"""Person and institution precision from the audit of unlabelled archive articles (issue 19, session 15,
s15paudit; `benchmarks/audit_list.py`): each test an invented sentence of the shape whose mechanism made a
false entry in the audit, failing before its fix."""
from __future__ import annotations

import polsek_nlp

PUBLISHED = "2017-06-01T10:00"


def _record(text: str):
    return polsek_nlp.analyze(text, published=PUBLISHED)


def _persons(text: str) -> list[str]:
    return [p.name for p in _record(text).persons]


def _institutions(text: str) -> list[str]:
    return [i.name for i in _record(text).institutions]


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
