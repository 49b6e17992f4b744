"""Session 14, persons and institutions on round-4 ground (issue 19): each mechanism in made-up sentences."""
from __future__ import annotations

from helpers import institution_names, person_names, reader

_record = reader("2017-06-01T10:00")


def _names(text: str) -> list[str]:
    return person_names(_record(text))


def _bodies(text: str) -> list[str]:
    return institution_names(_record(text))


def test_outlet_name_inside_a_post_or_a_longer_body_is_no_outlet():
    post = _bodies("JAKARTA - Kadiv Humas Polri Irjen Andi Wiratmoko menegaskan, Polri siap menghadapi gugatan itu.")
    assert post == ["Polri"]
    body = _bodies("JAKARTA - Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar Andi Wiratmoko "
                   "mengatakan, polisi menelusuri jejak para pelaku.")
    assert body == ["Divisi Humas Polri", "Polri"]  # the force its form writes is listed too (gold S36, session 25)


def test_holder_after_a_party_group_post_is_a_person_not_the_group():
    text = ("JAKARTA - Fraksi Partai Amanat Bangsa menyiapkan tiga nama. \"Kita kirim,\" kata Sekretaris Fraksi "
            "Yordan Wiranata di Gedung DPR, Selasa (6/6). Yordan menegaskan keputusan itu.")
    record = _record(text)
    assert [p.name for p in record.persons] == ["Yordan Wiranata"]
    assert "Fraksi Yordan Wiranata" not in [i.name for i in record.institutions]
    assert "Fraksi Partai Amanat Bangsa" in [i.name for i in record.institutions]


def test_one_letter_title_between_name_words_is_a_middle_initial():
    text = "JAKARTA - Hadir pula Menteri Hukum dan HAM Yordan H Simatupang dalam acara itu. Yordan memberi sambutan."
    assert _names(text) == ["Yordan H Simatupang"]
    assert _names("Hadir pula H Ahmad Wiranata dan Bupati Sukamaju H Umar.") == ["Ahmad Wiranata", "Umar"]


def test_nickname_before_sapaan_akrab_joins_the_officer_named_before():
    text = ("SURABAYA - Kombes Pol Wirahadi menyerahkan formulir, Jumat (18/8). Gus Hadi sapaan akrab Wirahadi - "
            "mengambil formulir itu pada 9 Agustus lalu. Didampingi istrinya, Gus Hadi memaparkan programnya.")
    people = _record(text).persons
    assert [p.name for p in people] == ["Wirahadi"]
    assert "Gus Hadi" in people[0].aliases


def test_lowercase_bidang_inside_a_coordinating_ministry_name():
    record = _record("JAKARTA - Deputi Kementerian Koordinator bidang Kemaritiman Arif Wirasena mengatakan hal itu.")
    assert [i.name for i in record.institutions] == ["Kementerian Koordinator bidang Kemaritiman"]
    assert [p.name for p in record.persons] == ["Arif Wirasena"]


def test_pusat_opens_a_body_defined_by_its_acronym_and_the_holder_after_it_is_a_person():
    record = _record("JAKARTA - Kepala Pusat Vulkanologi dan Mitigasi Sungai (PVMS) Wiradarma menyatakan status tetap. "
                     "Ia berbicara di Jakarta Pusat Senin lalu.")
    assert [i.name for i in record.institutions] == ["Pusat Vulkanologi dan Mitigasi Sungai"]
    assert [p.name for p in record.persons] == ["Wiradarma"]


def test_acronym_with_a_count_digit_defines_its_body():
    record = _record("Sukamaju (ANTARA News) - Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak (P2TP2A) "
                     "Kabupaten Sukamaju menelusuri korban itu.")
    assert "P2TP2A Kabupaten Sukamaju" in [i.name for i in record.institutions]
    other = _record("Badan Bantuan Pangan Nasional (B2PN) Kabupaten Sukamaju menyalurkan beras, Senin.")
    assert "B2PN Kabupaten Sukamaju" in [i.name for i in other.institutions]


def test_pusat_as_a_level_or_a_headquarters_word_opens_no_body():
    bodies = _bodies("JAKARTA - Pemerintah Pusat dan Daerah sepakat. Wiranto datang ke kantor Pusat Bank Sukamaju "
                     "di Pusat Pergudangan Cibening.")
    assert not any(b.startswith("Pusat") for b in bodies)
    assert "Pusat Kajian Sungai LIPI" in _bodies("Peneliti Pusat Kajian Sungai LIPI Adi Wirasena hadir di Bogor.")


def test_school_level_after_a_pupil_noun_is_no_person():
    text = ("Aksi perundungan kembali terjadi. Kali ini menimpa seorang siswi SMP yang diintimidasi oleh sejumlah "
            "pelaku yang juga siswa SMP.")
    assert _names(text) == []
    people = _record("Polisi lalu menangkap tersangka SMP (25) di rumahnya.").persons
    assert [(p.name, p.age) for p in people] == [("SMP", 25)]
