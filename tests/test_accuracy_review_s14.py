"""Session 14, the review of the merged record rules (s14recL, s14recP): each finding's mechanism in
made-up sentences (names, places and days of no article)."""
from __future__ import annotations

import polsek_nlp


def _record(text: str, published: str = "2019-03-01T10:00"):
    return polsek_nlp.analyze(text, published=published)


def _dated(text: str, published: str = "2019-03-01T10:00") -> set[tuple[str, str]]:
    return {(d.text, d.value) for d in _record(text, published).dates}


def test_a_law_title_ends_with_its_sentence():
    assert ("2018 lalu", "2018") in _dated("Ia dijerat UU ITE. Pada 2018 lalu ia juga pernah dilaporkan.")
    assert ("2017", "2017") in _dated("Hal itu diatur dalam UU Pemilu. Sejak 2017, KPU menyiapkan tahapan.")
    assert ("Tahun 2017", "2017") in _dated("Aturan itu tertuang dalam Keputusan Gubernur. Tahun 2017 jumlahnya kecil.")
    # the title written out still gives no year
    assert not _dated("Hal itu sesuai Undang-Undang Dasar Negara Republik Indonesia Tahun 1945.")


def test_a_lowercase_short_form_opens_no_law_title():
    assert ("2018", "2018") in _dated("Warga se Kecamatan Sukamaju 2018 menggelar lomba.")
    assert ("2018 lalu", "2018") in _dated("Kegiatan pp Sukamaju 2018 lalu digelar.")


def test_lowercase_bidang_after_a_body_is_the_field_of_its_expert():
    record = _record("Pengamat Universitas Sukamaju bidang Politik Budi Santoso menilai langkah itu tepat.")
    assert [i.name for i in record.institutions] == ["Universitas Sukamaju"]
    assert [p.name for p in record.persons] == ["Budi Santoso"]
    assert [i.name for i in _record("Yayasan Sukamaju bidang Pendidikan menyalurkan bantuan.").institutions] \
        == ["Yayasan Sukamaju"]


def test_a_site_after_the_acronym_of_a_body_named_by_its_site_is_no_holder():
    record = _record("Kepala Lembaga Pemasyarakatan (Lapas) Karangwiru mengatakan hal itu.")
    assert [i.name for i in record.institutions] == ["Lapas Karangwiru"]


def test_small_hours_of_a_look_back_keep_the_night_day():
    text = ("Pelaku ditangkap Jumat (4/11) malam di rumahnya. Sebelumnya, pelaku membobol rumah korban sekitar "
            "pukul 02.00 WIB.")
    assert ("pukul 02.00 WIB", "2016-11-04T02:00") in _dated(text, "2016-11-06T10:00")


def test_a_one_letter_title_after_a_body_word_opens_the_next_name():
    record = _record("Acara itu dihadiri Ketua Baznas H Umar dan para amil.")
    assert [p.name for p in record.persons] == ["Umar"]
    assert [i.name for i in record.institutions] == ["Baznas"]  # the title H is no place of the body


def test_a_one_letter_title_after_a_name_word_is_still_a_middle_initial():
    text = "JAKARTA - Hadir pula Menteri Hukum dan HAM Yordan H Wirajaya dalam acara itu."
    assert [p.name for p in _record(text).persons] == ["Yordan H Wirajaya"]


def test_a_term_that_qualifies_no_person_after_a_person_noun_is_initials():
    people = _record("Polisi mengamankan seorang pria AC yang kedapatan membawa sabu di Sukamaju.").persons
    assert [p.name for p in people] == ["AC"]
    assert [p.name for p in _record("Seorang siswi SMP yang pulang sekolah menjadi korban.").persons] == []


def test_a_facility_that_pusat_opens_is_no_body_even_with_its_acronym():
    record = _record("Kapal nelayan itu bersandar di Pusat Pelelangan Ikan (PPI) Karangwiru, Senin.")
    assert record.institutions == []
    assert "Pusat Pelelangan Ikan" in [p.name for p in record.places]
