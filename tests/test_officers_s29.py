"""Officers (issue 19, session 29, s29off: the probes' largest failing classes), on invented ground (invented names,
plausible places; none copied from an article). Each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officer_posts, reader

_officers = reader("2025-03-14T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer


# --- a lead all in capitals: the name ends at the clause's first word, an affixed ordinary word (`MEMIMPIN`) ---
def test_a_headline_in_capitals_with_a_bare_root_reads_no_name():  # guard: `HADIRI` may be a name's word
    assert _officers("AKBP BUDI HADIRI RAPAT KOORDINASI DI POLRES GARUT.") == []


@pytest.mark.parametrize("text, expected", [
    ("KAPOLRES GARUT AKBP HENDRA WIJAYA MEMIMPIN APEL GELAR PASUKAN DI ALUN-ALUN GARUT.",
     ("AKBP", "HENDRA WIJAYA", "KAPOLRES", "Polres GARUT")),
    ("KAPOLRESTABES BANDUNG KOMBES POL RUDI HARTONO MENGATAKAN OPERASI BERJALAN LANCAR.",
     ("KOMBES", "RUDI HARTONO", "KAPOLRESTABES", "Polrestabes BANDUNG")),
    ("DANDIM 0611/GARUT LETKOL INF SURYA PRATAMA MENINJAU LOKASI BANJIR DI CIBATU.",
     ("LETKOL", "SURYA PRATAMA", "DANDIM", "Kodim 0611/GARUT")),
    ("AKP DEWI LESTARI BERSAMA ANGGOTANYA MENGATUR ARUS LALU LINTAS.", ("AKP", "DEWI LESTARI", None, None)),
])
def test_a_lead_in_capitals_gives_the_name(text, expected):
    assert _officers(text) == [expected]


# --- a rank word that is a given name: a naming word before it, no member or force word before that ---
@pytest.mark.parametrize("text", [
    "Warga bernama Mayor Sutisna (54) melapor ke Polsek Cibeber karena sepeda motornya hilang.",
    "Pengendara bernama Kapten Rosadi ditilang petugas Satlantas Polres Cianjur di Jalan Siliwangi.",
])
def test_a_rank_word_after_a_naming_word_is_a_given_name(text):
    assert _officers(text) == []


@pytest.mark.parametrize("text, expected", [  # guards: a member or force word before the naming word
    ("Seorang prajurit bernama Kapten Rosadi ditemukan tewas di asrama Kodim 0611/Garut.",
     ("Kapten", "Rosadi", None, None)),
    ("Anggota TNI bernama Mayor Sutisna meninjau pos pengamanan Polsek Cibeber.", ("Mayor", "Sutisna", None, None)),
])
def test_a_rank_word_after_a_member_named_stays_a_rank(text, expected):
    assert [o[:2] for o in _officers(text)] == [expected[:2]]


# --- a commander's deputy written as one word (`Wadanrem`): the Wakil Komandan of the command's unit ---
@pytest.mark.parametrize("text, expected", [
    ("Wadanrem 061/Suryakancana Letkol Inf Rizal Fahmi membuka kegiatan karya bakti di Cianjur.",
     ("Letkol", "Rizal Fahmi", "Wadanrem", "Korem 061/Suryakancana")),
    ("Wadanlanal Cirebon Mayor Laut (P) Adi Saputra memimpin upacara di dermaga.",
     ("Mayor", "Adi Saputra", "Wadanlanal", "Lanal Cirebon")),
    ("Wadanbrigif 13/Galuh Letkol Inf Joko Santoso melepas prajurit ke perbatasan.",
     ("Letkol", "Joko Santoso", "Wadanbrigif", "Brigif 13/Galuh")),
])
def test_a_commanders_deputy_in_one_word_gives_the_post(text, expected):
    assert _officers(text) == [expected]


# --- a head's post written `Kepala` and its unit's short name (`Kepala Satreskrim`, `Kepala Bidhumas`) ---
@pytest.mark.parametrize("text, expected", [
    ("Kepala Satreskrim Polres Garut AKP Dani Hermawan menambahkan, penyidik masih menelusuri aliran dana.",
     ("AKP", "Dani Hermawan", "Kepala Satreskrim", "Polres Garut")),
    ("Kepala Satlantas Polresta Cirebon Kompol Yudi Prakoso mengimbau pemudik beristirahat.",
     ("Kompol", "Yudi Prakoso", "Kepala Satlantas", "Polresta Cirebon")),
    ("Kepala Bidhumas Polda Jabar Kombes Pol Hendra Kusuma mengatakan pelaku sudah ditahan.",
     ("Kombes", "Hendra Kusuma", "Kepala Bidhumas", "Polda Jabar")),
])
def test_a_head_written_kepala_and_the_units_short_name_gives_the_post(text, expected):
    assert _officers(text) == [expected]


def test_kepala_unit_of_another_body_is_no_officer():  # guard: `Kepala Unit` is the full name, a word of other bodies
    assert _officers("Kepala Unit Kerja Presiden Pembinaan Ideologi Pancasila, Yudi Santosa, membuka acara.") == []


# --- a post a promotion gives (`yang mendapat promosi sebagai Wakapolresta X`) ---
def test_a_post_given_by_a_promotion_is_the_officers():
    text = ("Kapolres Kuningan kini dijabat AKBP Rina Kurniasih, menggantikan AKBP Joko Santoso yang mendapat promosi "
            "sebagai Wakapolresta Cirebon.")
    assert _officers(text) == [("AKBP", "Rina Kurniasih", "Kapolres", "Polres Kuningan"),
                               ("AKBP", "Joko Santoso", "Wakapolresta", "Polresta Cirebon")]


# --- `Polri` after a post names no region: the capitalised words after it are the holder's name ---
@pytest.mark.parametrize("text, expected", [
    ("Kadiv Humas Polri Setyo Wasono mengatakan kedua pelaku sudah ditahan di Rutan Bareskrim.",
     (None, "Setyo Wasono", "Kadiv Humas", "Polri")),
    ("Kabag Penum Divisi Humas Polri Martinus Simanjuntak mengatakan hal itu kepada wartawan.",
     (None, "Martinus Simanjuntak", "Kabag Penum", "Divisi Humas Polri")),  # a pin: right before the change too
])
def test_a_name_after_polri_is_no_part_of_the_unit(text, expected):
    assert _officers(text) == [expected]


# --- review (s29rvB): the reach of the rules above ---
def test_a_caps_name_is_not_cut_at_a_root_that_begins_like_a_prefix():  # `PERKASA`: a name's word, no verb
    names = [o[:2] for o in _officers("KAPOLRES GARUT AKBP HENDRA WIJAYA PERKASA MEMIMPIN APEL DI ALUN-ALUN.")]
    assert ("AKBP", "HENDRA WIJAYA") not in names


@pytest.mark.parametrize("text, expected", [
    ("AKP DEDI MULYANA PUN MEMIMPIN APEL DI POLSEK CIBATU.", ("AKP", "DEDI MULYANA", None, None)),
    ("AKP DEDI MULYANA SELAKU KAPOLSEK CIBATU MEMIMPIN APEL.",  # a pin: s29off's prefix rule read it too
     ("AKP", "DEDI MULYANA", "KAPOLSEK", "Polsek CIBATU")),
])
def test_a_caps_name_closes_at_a_word_that_follows_a_subject(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [  # a member or force word earlier in the noun `bernama` names
    ("Seorang anggota Kodim 0611/Garut bernama Mayor Sutisna memimpin kerja bakti.",
     ("Mayor", "Sutisna", None, "Kodim 0611/Garut")),
    ("Perwira Kodim bernama Kapten Rosadi memimpin upacara.", ("Kapten", "Rosadi", None, None)),
])
def test_a_rank_after_a_member_of_a_command_named_stays_a_rank(text, expected):
    assert _officers(text) == [expected]


def test_a_rank_word_after_a_residents_naming_word_is_a_given_name():  # guard: `dari` before a place is no member
    assert _officers("Seorang warga dari Desa Cibeber bernama Mayor Sutisna (54) melapor ke Polsek Cibeber.") == []


def test_a_post_given_by_a_promotion_in_the_passive_is_the_officers():
    assert _officers("Kompol Dedi Mulyana dipromosikan sebagai Wakapolres Garut.") == [
        ("Kompol", "Dedi Mulyana", "Wakapolres", "Polres Garut")]
