"""Review of s22per's person and place rules (session 22, rvE), on invented text: a name's first word that is a
dictionary root at a sentence start (`Kim`, `Juan`: the dateline rule made the body's first word one), ..."""
from __future__ import annotations

from helpers import person_name_set, reader

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
