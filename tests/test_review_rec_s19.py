"""Review of s19rec/s19words (session 19, s19rvA): each test failed on main 89beb55 (but the guards, so named) and reads invented text
through the public API."""
from __future__ import annotations

import pytest

from helpers import reader

_record = reader("2025-06-12T10:00", id="rv")


def _officers(text: str) -> list[tuple[str | None, str | None]]:
    return [(o.name, o.position) for o in _record(text).officers]


# --- the set-off holder (`Kapolsek X, Nama, mengatakan`): a place or a word that is never a name is no holder -----

@pytest.mark.parametrize("word", ["Madura", "Flores", "Sumatera", "Jabodetabek"])
def test_island_or_area_set_off_after_post_is_no_holder(word: str) -> None:
    """An island or a region outside the administrative gazetteer (geo_other) written after a post and a comma is the
    place the post lies in, as a kabupaten there is (`Kapolsek Torgamba, Labuhan Batu`)."""
    text = f"Kapolsek Sukamaju, {word}, mengatakan pelaku sudah ditahan di sel tahanan."
    assert _officers(text) == [(None, "Kapolsek")]
    assert word not in [p.name for p in _record(text).persons]


def test_never_a_name_word_set_off_after_post_is_no_holder() -> None:
    """`Bhayangkari` (not_names.tsv: the police wives' organisation) in a list after a post is a list item."""
    text = "Kegiatan itu dihadiri Kapolsek Sukamaju, Bhayangkari, dan pelajar setempat."
    assert _officers(text) == [(None, "Kapolsek")]


def test_set_off_holder_still_read_guard() -> None:
    """The rule's gain stays: a one-word name set off by commas is the holder's."""
    assert _officers("Kapolsek Sukamaju, Wiryanto, mengatakan pelaku sudah ditahan.") == [("Wiryanto", "Kapolsek")]


@pytest.mark.parametrize("end", ["", "!"])
def test_set_off_holder_at_the_texts_end(end: str) -> None:
    """The set-off name closes the text (no full stop after it) or an exclamation: the sentence's end as a full stop
    is (`_set_off_name` read only `.`, and a name that was the text's last token not at all)."""
    text = f"\"Pelaku sudah kami tahan,\" kata Kapolsek Sukamaju, Wiryanto{end}"
    assert _officers(text) == [("Wiryanto", "Kapolsek")]


# --- an act denied before its verb tells no day of the headline's act ------------------------------------------------

_THEFT = ("Pelaku pencurian sepeda motor yang beraksi di parkiran pasar Sukamaju pada Jumat (6/6) ditangkap polisi. ")


@pytest.mark.parametrize("quote", [
    "Pelaku belum sempat kami tangkap Minggu (8/6) karena kabur",
    "Pelaku gagal ditangkap Minggu (8/6) karena kabur",
])
def test_a_denied_act_tells_no_headline_day(quote: str) -> None:
    """`belum sempat kami tangkap Minggu`: the arrest did not happen that day (s19rec's first-person form, and the
    affixed form it mirrors, took the day as the headline's act)."""
    text = _THEFT + f"\"{quote},\" kata Kapolsek Sukamaju AKP Hadi Purnomo, Selasa (10/6)."
    record = _record(text, title="Pencuri Motor di Parkiran Pasar Ditangkap")
    assert record.event.date != "2025-06-08"


def test_an_undenied_first_person_act_still_tells_the_headline_day_guard() -> None:
    text = _THEFT + "\"Pelaku kami tangkap Senin (9/6) malam,\" kata Kapolsek Sukamaju AKP Hadi Purnomo, Selasa (10/6)."
    assert _record(text, title="Pencuri Motor di Parkiran Pasar Ditangkap").event.date == "2025-06-09"


@pytest.mark.parametrize("member", ["Tagana", "Senkom"])
def test_a_lists_member_before_dan_is_no_holder(member: str) -> None:
    """`Kapolsek X, Tagana, dan relawan`: the word the conjunction follows is a list's member (a body no table knows),
    not the post's holder."""
    assert _officers(f"Kegiatan itu diikuti Kapolsek Sukamaju, {member}, dan relawan setempat.") == [(None, "Kapolsek")]


def test_a_holder_before_another_posts_holder_guard() -> None:
    text = "Kegiatan itu dihadiri Kapolsek Sukamaju, Wiryanto, dan Danramil Sukamaju, Kapten Inf Hadi Susanto."
    assert ("Wiryanto", "Kapolsek") in _officers(text)
