"""Officers (issue 19, session 30, s30off: the probes' largest failing classes), on invented ground (invented names,
plausible places; none copied from an article). Each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officer_posts, reader

_officers = reader("2025-03-14T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer


# --- a lead all in capitals: a function word closes the name; a root beginning like a prefix ends it ---
@pytest.mark.parametrize("text, expected", [
    ("KAPOLRES SUMEDANG AKBP BAYU PRATAMA DI LOKASI KEJADIAN MENGATAKAN KORBAN SUDAH DIEVAKUASI.",
     ("AKBP", "BAYU PRATAMA", "KAPOLRES", "Polres SUMEDANG")),
    ("KAPOLRES MAJALENGKA AKBP YUDHA NUGRAHA SAAT MEMIMPIN APEL MENGINGATKAN ANGGOTA.",
     ("AKBP", "YUDHA NUGRAHA", "KAPOLRES", "Polres MAJALENGKA")),
    ("KAPOLSEK JATIWANGI AKP SUGENG RIYADI KETIKA DITEMUI WARTAWAN MEMBENARKAN KEJADIAN ITU.",
     ("AKP", "SUGENG RIYADI", "KAPOLSEK", "Polsek JATIWANGI")),
    ("KAPOLRES INDRAMAYU AKBP HERU SANTOSO KEMBALI MEMIMPIN PATROLI SKALA BESAR.",
     ("AKBP", "HERU SANTOSO", "KAPOLRES", "Polres INDRAMAYU")),
])
def test_a_caps_name_before_a_function_word(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("KAPOLRES SUBANG AKBP ANDI PRASETYO PERDANA MENGATAKAN SITUASI KONDUSIF.",
     ("AKBP", "ANDI PRASETYO PERDANA", "KAPOLRES", "Polres SUBANG")),
    ("KAPOLSEK CIPUNAGARA IPTU DIMAS KESUMA MENGATAKAN PELAKU SUDAH DITAHAN.",
     ("IPTU", "DIMAS KESUMA", "KAPOLSEK", "Polsek CIPUNAGARA")),
])
def test_a_caps_name_ending_in_a_root_that_begins_like_a_prefix(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [  # a function word is no name's last word; a bare root closes none (guard)
    ("KAPOLRES SUBANG AKBP BUDI SANTOSO TURUT MEMBANTU WARGA.", [("AKBP", "BUDI SANTOSO", "KAPOLRES", "Polres SUBANG")]),
    ("AKBP BUDI HARTONO PIMPIN APEL DI POLRES GARUT.", []),
])
def test_a_caps_name_before_a_function_word_or_a_bare_root(text, expected):
    assert _officers(text) == expected


# --- a post of two words in capitals (`KASAT LANTAS`) and the command after it in capitals (`POLRES CIAMIS`) ---
@pytest.mark.parametrize("text, expected", [
    ("KASAT LANTAS POLRES CIAMIS AKP DEDI SUPRIATNA MENGATAKAN ARUS LALU LINTAS LANCAR.",
     ("AKP", "DEDI SUPRIATNA", "KASAT LANTAS", "Polres CIAMIS")),
    ("KANIT RESKRIM POLSEK CIBINONG IPTU HENDRA GUNAWAN MENGATAKAN PELAKU KABUR.",
     ("IPTU", "HENDRA GUNAWAN", "KANIT RESKRIM", "Polsek CIBINONG")),
    ("KABID HUMAS POLDA JABAR KOMBES POL IBRAHIM TOMPO MENGATAKAN SITUASI AMAN.",
     ("KOMBES", "IBRAHIM TOMPO", "KABID HUMAS", "Polda JABAR")),
])
def test_a_post_of_two_words_in_capitals(text, expected):
    assert _officers(text) == [expected]


def test_a_civil_post_in_capitals_gives_no_officer():  # guard: only police and military posts get a caps form
    assert _officers("BUPATI GARUT HADIRI APEL GELAR PASUKAN DI ALUN-ALUN.") == []


# --- `Ka` + a sub-unit's short word written `Kepala` + that word (`Kepala Subbag Humas`, `Kepala Sat Lantas`) ---
@pytest.mark.parametrize("text, expected", [
    ("Kepala Subbag Humas Polres Tasikmalaya Iptu Wawan Setiawan menjelaskan kronologi kejadian.",
     ("Iptu", "Wawan Setiawan", "Kepala Subbag Humas", "Polres Tasikmalaya")),
    ("Kepala Sat Lantas Polres Garut AKP Asep Saepudin mengatur arus kendaraan di Simpang Lima.",
     ("AKP", "Asep Saepudin", "Kepala Sat Lantas", "Polres Garut")),
    ("Kepala Subbid Penmas Bidhumas Polda Jawa Timur AKBP Wahyu Hidayat mengatakan hal itu.",
     ("AKBP", "Wahyu Hidayat", "Kepala Subbid Penmas", "Bidhumas Polda Jawa Timur")),
])
def test_a_head_post_written_with_kepala_and_the_short_sub_unit(text, expected):
    assert _officers(text) == [expected]


# --- a rank's word of one force inside a name that a rank of the other force opened: a given name ---
@pytest.mark.parametrize("text, expected", [
    ("Kapolsek Ciawi Kompol Agung Mayor Saputra mengatakan patroli digelar setiap malam.",
     ("Kompol", "Agung Mayor Saputra", "Kapolsek", "Polsek Ciawi")),
    ("Kasat Samapta Polres Bogor AKP Rahmat Kapten Hidayat memimpin pengamanan.",
     ("AKP", "Rahmat Kapten Hidayat", "Kasat Samapta", "Polres Bogor")),
    ("Kabag Ops Polres Garut Kompol Mayor Siregar memimpin apel pagi.", ("Kompol", "Mayor Siregar", "Kabag Ops", "Polres Garut")),
])
def test_a_rank_word_of_the_other_force_inside_a_name(text, expected):
    assert _officers(text) == [expected]


def test_a_rank_word_of_the_same_force_after_a_name_stays_a_rank():  # guard: two soldiers in a row, corps after each
    assert [o[:2] for o in _officers("Hadir Letkol Inf Budi Santoso Mayor Inf Dedi Kurnia dalam acara itu.")] == [
        ("Letkol", "Budi Santoso"), ("Mayor", "Dedi Kurnia")]


# --- a post a holder named before it held `saat itu` (then): a former post, no current one, no unnamed holder ---
@pytest.mark.parametrize("text", [
    "AKBP Dodi Kurniawan yang saat itu menjabat Kapolres Karawang memimpin operasi tersebut.",
    "AKBP Dodi Kurniawan yang ketika itu menjabat sebagai Kapolres Karawang memimpin operasi tersebut.",
])
def test_a_post_held_then_is_no_current_post(text):
    assert [o[2] for o in _officers(text)] == [None]


@pytest.mark.parametrize("text", [  # guards: `saat itu` opening the sentence or after the name sets no post in the past
    "Saat itu Kapolres Karawang AKBP Dodi Kurniawan memimpin operasi tersebut.",
    "Kapolres Karawang AKBP Dodi Kurniawan saat itu mengatakan pelaku sudah ditangkap.",
])
def test_saat_itu_elsewhere_keeps_the_post(text):
    assert [o[2] for o in _officers(text)] == ["Kapolres"]


def test_pasiintel_written_joined():
    assert _officers("Pasiintel Kodim 1015/Sampit Kapten Inf Budi Raharjo turut memantau jalannya aksi.") == [
        ("Kapten", "Budi Raharjo", "Pasiintel", "Kodim 1015/Sampit")]


# --- a handover told in two sentences: the post changed hands, then its new holder `menggantikan` the old ---
@pytest.mark.parametrize("text, expected", [
    ("Jabatan Kapolres Ciamis resmi berganti. AKBP Gita Permana menggantikan AKBP Hendra Susanto yang mendapat tugas "
     "baru.", [("AKBP", "Gita Permana", "Kapolres", "Polres Ciamis"), ("AKBP", "Hendra Susanto", None, "Polres Ciamis")]),
    ("Posisi Dandim 0611/Garut kini berganti. Letkol Inf Andi Wijaya menggantikan Letkol Inf Budi Santoso.",
     [("Letkol", "Andi Wijaya", "Dandim", "Kodim 0611/Garut"), ("Letkol", "Budi Santoso", None, "Kodim 0611/Garut")]),
])
def test_a_post_changed_in_the_sentence_before_goes_to_the_one_replacing(text, expected):
    assert _officers(text) == expected


def test_replacing_with_no_post_changed_before_gives_no_post():  # guard: a stand-in, no handover told
    assert [o[2] for o in _officers("AKBP Gita Permana menggantikan AKBP Hendra Susanto sebagai pembina upacara.")] == [
        None, None]
