"""Review of s22per's person and place rules (session 22, rvE), on invented text: a name's first word that is a
dictionary root at a sentence start (`Kim`, `Juan`: the dateline rule made the body's first word one), ..."""
from __future__ import annotations

from helpers import person_name_set, place_names, reader

_persons = reader("2025-03-04T10:00", field=person_name_set)


def test_root_first_word_kept_when_written_mid_sentence_after_a_dateline():
    # `kim` and `juan` are KBBI roots; the text writes the name whole inside a sentence too
    text = ("Jakarta, CNN Indonesia -- Kim Larasova mengunggah foto keluarganya pada Senin. "
            "Menurut Kim, foto itu diambil di rumahnya.")
    assert "Kim Larasova" in _persons(text)
    text = ("Jakarta, CNN Indonesia -- Juan Pablo Rendova kembali bertanding pada Sabtu. "
            "Pelatih Juan Pablo Rendova optimistis.")
    assert "Juan Pablo Rendova" in _persons(text)


def test_root_first_word_kept_at_an_ordinary_sentence_start():
    # the first word alone inside a sentence later (`Kata Juan,`) is the name's short form
    text = "Polisi menangkap pelaku. Juan Pablo Rendova menjadi saksi. Kata Juan, pelaku kabur."
    assert "Juan Pablo Rendova" in _persons(text)


def test_ordinary_word_before_a_name_still_dropped():
    # `nasib` is written lowercase inside a sentence: an ordinary word before the name
    text = "Jakarta, CNN Indonesia -- Nasib Budi Santoso belum jelas. Ia masih menunggu nasib."
    persons = _persons(text)
    assert "Budi Santoso" in persons and "Nasib Budi Santoso" not in persons
    assert not _persons("Jakarta, CNN Indonesia -- Pemerintah menegaskan komitmennya pada Senin.")


def test_thing_last_word_with_an_age_is_a_surname():
    # `Bank` ends an English-order bank name (`Mizuho Bank`, thing_heads.tsv); an age after the run is a person's
    assert "Ahmad Bank" in _persons("Polisi menangkap Ahmad Bank (30) di rumahnya pada Senin.")
    assert "Sukamaju Bank" not in _persons("Nasabah Sukamaju Bank mengeluhkan layanan itu pada Senin.")


_places = reader("2025-03-04T10:00", field=place_names)


def test_country_short_form_beside_another_country_it_is_a_word_of_not_folded():
    # `Korea` is the table's variant of Korea Selatan; beside `Korea Utara` it may name either
    places = _places("Korea Utara kembali menembakkan rudal. Korea Selatan mengecam. Korea menegaskan tidak akan tunduk.")
    assert "Korea" in places and "Korea Utara" in places
    # no other Korea written: the short form is folded into the country, as s22per built
    assert _places("Presiden Korea Selatan tiba di Jakarta. Korea menawarkan kerja sama.").count("Korea Selatan") == 1


def test_lowercase_pantai_before_a_direction_reads_the_place_after_it():
    # `pantai selatan X`: the coast on one side of X (s22per's `pantai` prefix gave the direction alone)
    places = _places("Nelayan menemukan jasad di pantai Selatan Desa Sukamaju pada Senin.")
    assert "Sukamaju" in places and "Selatan" not in places
    assert "Sukamaju" in _places("Korban terdampar di pantai Sukamaju pada Senin.")
