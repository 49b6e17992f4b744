"""Persons and places on headline news (issue 19, s24pp): invented sentences only.

A post's title or an ordinary word misspelt by one letter (`Sekertaris`, `Seketaris`, `Tedakwa`,
`Pencobloasan`) is no name: no table knows the slip, and the person reader took it, alone or with the
ordinary words after it, for a person (`recognize/typos.py`). Names one letter off a word stay names.
"""

import pytest

import polsek_nlp


def _persons(text: str) -> list[str]:
    return [p.name for p in polsek_nlp.analyze(text).persons]


@pytest.mark.parametrize(("text", "persons"), [
    ("Tedakwa membantah semua dakwaan jaksa dalam sidang di Pengadilan Negeri Sukamaju, Rabu (4/10).", []),
    ("Pencobloasan dijadwalkan berlangsung bulan depan, kata Ketua KPU Sukamaju Hendra Wijaya.", ["Hendra Wijaya"]),
    ('"Semua berkas sudah lengkap," kata Seketaris Dinas Pendidikan Garut, Rina Marlina.', ["Rina Marlina"]),
    ("Undangan itu dikirim lewat Sekertaris Militer Presiden kepada para tamu, kata Andi Prasetyo.",
     ["Andi Prasetyo"]),
    # a misspelt word of a minister's portfolio continues the portfolio: the holder's name follows it
    ("Acara dibuka Menteri Perindustrian dan Perdagagnan Hendra Wijaya di Sukamaju.", ["Hendra Wijaya"]),
])
def test_a_word_misspelt_by_one_letter_is_no_person(text: str, persons: list[str]) -> None:
    assert _persons(text) == persons


def test_names_one_letter_off_a_word_stay_names() -> None:
    # `Sukarman` reads as `sukaran` (a short root), `Pangerang` as `pangeran` (the last letter): guards
    text = '"Warga sudah diberi tahu," kata Sukarman, warga Desa Sukamaju. Pangerang Daeng Rani juga hadir.'
    assert _persons(text) == ["Sukarman", "Pangerang Daeng Rani"]


@pytest.mark.parametrize(("text", "person"), [
    ('"Ekspor melambat," kata Ketua Apindo Jawa Tengah Wagiyo Sumiran. Menurut Wagiyo, biaya naik.', "Wagiyo Sumiran"),
    ('"Panen turun," kata Wagiyo Sumiran, petani di Desa Sukamaju.', "Wagiyo Sumiran"),
])
def test_a_surname_that_reads_as_an_affixed_word_ends_the_name_before_a_stop(text: str, person: str) -> None:
    # `Sumiran` reads as sumir-an; a stop or a comma after it: no next sentence's first word (s24pp)
    assert _persons(text) == [person]


@pytest.mark.parametrize(("text", "person"), [
    ("Relawan datang, imbuh Sanchez Ratusan relawan lain ikut.", "Sanchez"),  # a missing full stop
    ("Pasar dibuka kembali, kata Lurah Hendra Wijaya Selanjutnya, pedagang kembali berjualan.", "Hendra Wijaya"),
])
def test_an_affixed_word_opening_the_next_sentence_stays_out(text: str, person: str) -> None:
    assert _persons(text) == [person]


@pytest.mark.parametrize(("text", "person"), [
    # names one letter off a long root (`Maripan` / marzipan, `Prakasa` / prakarsa, `Prasetiya` / prasetia): a strong
    # cue (a speech verb, `bernama`, an age, a role word, `menurut`) marks the lone word as a person's (s24rvD)
    ('"Kami siap," ujar Prakasa.', "Prakasa"),
    ("Korban bernama Prasetiya (45) ditemukan di sawah.", "Prasetiya"),
    ("Tersangka Maripan ditangkap di rumahnya.", "Maripan"),
    ("Menurut Maripan, pelaku kabur ke arah hutan.", "Maripan"),
])
def test_a_cued_lone_name_one_letter_off_a_root_stays_a_name(text: str, person: str) -> None:
    assert _persons(text) == [person]
