"""Session 22 review (rvF) of the late merges: the kind's-noun head rule of persons (s22per2) took a person whose
given name is such a noun (`Topan`, `Badai`) followed by a given name for a thing's name; the place generics of
institutions (s22inst3) took a weekday or a holder's given name after `Tanjung` for the place's second word.
Invented texts."""
from __future__ import annotations

import polsek_nlp
from helpers import institution_names, person_name_set

PUBLISHED = "2025-04-17T10:00"


def _persons(text: str) -> set[str]:
    return person_name_set(polsek_nlp.analyze(text, published=PUBLISHED))


def test_kind_noun_as_given_name_after_oleh_is_a_person() -> None:
    text = "SUKAMAJU - Korban dianiaya oleh Topan Sugiarto di depan rumahnya di Desa Kalibening."
    assert "Topan Sugiarto" in _persons(text)


def test_kind_noun_as_given_name_after_bersama_is_a_person() -> None:
    text = "SUKAMAJU - Rapat dipimpin Camat Kalibening bersama Topan Sugiarto, tokoh pemuda setempat."
    assert "Topan Sugiarto" in _persons(text)


def test_storm_name_stays_no_person() -> None:
    text = "SUKAMAJU - Sejumlah rumah rusak diterjang oleh Topan Gorvanta yang melanda Desa Kalibening."
    assert not any(name.startswith("Topan") for name in _persons(text))


def _bodies(text: str) -> list[str]:
    return institution_names(polsek_nlp.analyze(text, published=PUBLISHED))


def test_weekday_after_generic_place_is_no_part_of_it() -> None:
    assert "Polsek Tanjung" in _bodies("SUKAMAJU - Polsek Tanjung Selasa menangkap dua pencuri ternak.")


def test_given_name_after_generic_place_is_the_holders() -> None:
    bodies = _bodies("SUKAMAJU - Ketua DPRD Tanjung Intan menyampaikan aspirasi warga nelayan.")
    assert "DPRD Tanjung Intan" not in bodies


def test_generic_place_with_ordinary_word_stays_whole() -> None:
    assert "Pengadilan Negeri Tanjung Karang" in _bodies("SUKAMAJU - Pengadilan Negeri Tanjung Karang menjatuhkan vonis.")
