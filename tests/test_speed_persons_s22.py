"""Unseen cost, session 22 (issue 20, s22spd2): the persons' clustering asks its name tests only of the people a
mention can name. Counted, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import polsek_nlp
from polsek_nlp.recognize import persons

_PUBLISHED = "2024-06-07"

_ARTICLE = (
    "Darsono Wiryatmo mengatakan jalan Desa Sukamekar rusak sejak Mei. "
    "Warga bernama Rinelda Hapsari mengatakan air sering menggenang. "
    "Menurut Tobias Marpaung, perbaikan dimulai pekan depan. "
    "Yuliandra Pratiwi mengatakan dana sudah disiapkan. "
    "Wiryatmo menambahkan warga diminta bersabar. "
    "Kata Rinel, warga sudah lama menunggu."
)


def _counted(monkeypatch, name: str) -> list[tuple]:
    calls: list[tuple] = []
    real = getattr(persons, name)

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(persons, name, counted)
    return calls


def _people(rec) -> dict[str, list[str]]:
    return {p.name: sorted(p.aliases) for p in rec.persons}


def test_a_mention_is_compared_only_with_the_people_who_share_a_word(monkeypatch):
    """Four people with no name word in common are each compared with nobody (before: each with every person found
    before it, and with each alias); the later `Wiryatmo` is asked of Darsono Wiryatmo's name only."""
    calls = _counted(monkeypatch, "_same_person")
    rec = polsek_nlp.analyze(_ARTICLE, published=_PUBLISHED)
    people = _people(rec)
    assert "Wiryatmo" in people["Darsono Wiryatmo"]
    assert {"Rinelda Hapsari", "Tobias Marpaung", "Yuliandra Pratiwi"} <= set(people)
    assert [args[0] for args in calls] == ["Wiryatmo"]


def test_a_short_form_is_asked_only_of_the_full_names_with_a_word_of_its_first_letter(monkeypatch):
    """`Rinel` shortens Rinelda Hapsari, the one full name with a word in `r`: only that name is asked (before:
    every full name of the article), and `Rinel` still joins her."""
    calls = _counted(monkeypatch, "_short_form")
    rec = polsek_nlp.analyze(_ARTICLE, published=_PUBLISHED)
    assert "Rinel" in _people(rec)["Rinelda Hapsari"]
    assert calls == [("Rinel", ["Rinelda", "Hapsari"])]


def test_a_name_shared_through_an_alias_still_finds_its_person():
    """A person known by an alias (`X alias Y`) is still found by a later mention that shares only the alias's
    word: the word index holds the aliases' words too."""
    rec = polsek_nlp.analyze(
        "Polisi menangkap Hendarto Sulistyo alias Kobar di Desa Sukamekar, Senin (3/6/2024). "
        "Kapolsek Lembahsari mengatakan Kobar Sulis sudah lama dicari. "
        "Kata Budiman Rahardjo, warga merasa lega.", published=_PUBLISHED)
    names = {p.name: p for p in rec.persons}
    assert "Hendarto Sulistyo" in names and "Budiman Rahardjo" in names
