"""Session 14, persons and institutions on round-4 ground (issue 19): each mechanism in made-up sentences."""
from __future__ import annotations

import polsek_nlp


def _record(text: str):
    return polsek_nlp.analyze(text, published="2017-06-01T10:00")


def _names(text: str) -> list[str]:
    return [p.name for p in _record(text).persons]


def _bodies(text: str) -> list[str]:
    return [i.name for i in _record(text).institutions]


def test_outlet_name_inside_a_post_or_a_longer_body_is_no_outlet():
    post = _bodies("JAKARTA - Kadiv Humas Polri Irjen Andi Wiratmoko menegaskan, Polri siap menghadapi gugatan itu.")
    assert post == ["Polri"]
    body = _bodies("JAKARTA - Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar Andi Wiratmoko "
                   "mengatakan, polisi menelusuri jejak para pelaku.")
    assert body == ["Divisi Humas Polri"]


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
