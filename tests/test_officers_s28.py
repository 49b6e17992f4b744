"""Officers (issue 19, session 28, s28off: the probes' largest failing classes), on invented ground (invented names,
plausible places; none copied from an article). Each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officer_posts, reader

_officers = reader("2025-03-14T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer


# --- a promotion told after the name: the new rank is the officer's ---
def test_a_promotion_of_others_leaves_the_speakers_rank():  # guard
    text = ("Kapolres Garut AKBP Heru Santoso memberi selamat kepada 25 personel yang naik pangkat menjadi Brigpol "
            "dalam upacara itu.")
    assert _officers(text) == [("AKBP", "Heru Santoso", "Kapolres", "Polres Garut")]


# s28rvA: a promotion of another officer named between the cue and its link (`menerima kenaikan pangkat AKP X menjadi
# Kompol`): the new rank is the other's, not that of the name before the cue
@pytest.mark.parametrize("text, expected", [
    ("Kapolres Cianjur AKBP Wawan Setiadi menerima kenaikan pangkat AKP Rosid Hamdani menjadi Kompol.",
     ("AKBP", "Wawan Setiadi", "Kapolres", "Polres Cianjur")),
    ("Kapolsek Cilaku AKP Dani Firmansyah mendapat kenaikan pangkat Bripka Yayan menjadi Aipda sebagai kabar baik.",
     ("AKP", "Dani Firmansyah", "Kapolsek", "Polsek Cilaku")),
])
def test_a_promotion_of_another_named_after_the_cue_leaves_the_rank(text, expected):
    assert _officers(text)[0] == expected  # the other officer's rank: not this rule's


@pytest.mark.parametrize("text, expected", [
    ("Kasat Reskrim Polres Karawang Kompol Adi Susanto, yang kini naik pangkat menjadi AKBP, memimpin apel pagi.",
     ("AKBP", "Adi Susanto", "Kasat Reskrim", "Polres Karawang")),
    ("Kapolsek Cikampek AKP Budi Rahayu resmi naik pangkat dari AKP ke Kompol dalam upacara di Mapolres Karawang.",
     ("Kompol", "Budi Rahayu", "Kapolsek", "Polsek Cikampek")),
    ("Dalam upacara itu Kompol Sigit Purnomo naik pangkat menjadi AKBP. AKBP Sigit Purnomo kini menjabat Kabag Ops "
     "Polres Bekasi.", ("AKBP", "Sigit Purnomo", "Kabag Ops", "Polres Bekasi")),
])
def test_a_promotion_after_the_name_gives_the_new_rank(text, expected):
    assert _officers(text) == [expected]



# --- a rank spelt letter by letter, a deputy's post in two words, a sub-unit's word with a hyphen ---
@pytest.mark.parametrize("text, expected", [
    ("Kapolres Indramayu A K B P Lukman Hakim mengatakan operasi berjalan lancar.",
     ("AKBP", "Lukman Hakim", "Kapolres", "Polres Indramayu")),
    ("Kapolres Ciamis A.K.B.P Tono Supriatna menyampaikan imbauan kepada warga.",
     ("AKBP", "Tono Supriatna", "Kapolres", "Polres Ciamis")),
    ("Waka Polres Sukabumi Kompol Tedi Kurniadi memimpin rapat koordinasi.",
     ("Kompol", "Tedi Kurniadi", "Waka Polres", "Polres Sukabumi")),
    ("Kepala Sub-Direktorat Jatanras Polda Metro Jaya AKBP Rudi Hartawan mengatakan pelaku ditangkap.",
     ("AKBP", "Rudi Hartawan", "Kepala Sub-Direktorat Jatanras", "Polda Metro Jaya")),
    ("Kepala Sub - Bagian Humas Polres Bogor AKP Ita Puspita mengatakan pelaku ditahan.",
     ("AKP", "Ita Puspita", "Kepala Sub-Bagian Humas", "Polres Bogor")),
])
def test_a_rank_or_post_in_another_spelling(text, expected):
    assert _officers(text) == [expected]


# s28rvA: single capitals spaced as a rank's letters but continuing a code or a label (a plate's number, a list's
# letters, a housing block) are no rank: guards of the spelt-out rank
@pytest.mark.parametrize("text", [
    "Mobil berpelat D 4321 A K P Rahmat dicuri, kata Kapolsek Cimanggu AKP Yusuf Hamzah.",
    "Peserta kelompok C A K B P Lestari menang lomba, kata Kapolsek Cimanggu AKP Yusuf Hamzah.",
    "Warga Blok A K P Cibeureum mengeluh jalan rusak, kata Kapolsek Cimanggu AKP Yusuf Hamzah.",
])
def test_spaced_capitals_of_a_code_are_no_rank(text):
    assert _officers(text) == [("AKP", "Yusuf Hamzah", "Kapolsek", "Polsek Cimanggu")]


# --- the post of a name written without its rank: in a `yang` clause, or after `kini` in a bracket ---
@pytest.mark.parametrize("text, expected", [
    ("AKP Jaka Pratama memimpin penggerebekan itu. Petugas mengamankan tiga orang. Jaka Pratama yang menjabat Kasat "
     "Narkoba Polres Bekasi mengatakan pelaku masih diperiksa.", ("AKP", "Jaka Pratama", "Kasat Narkoba", "Polres Bekasi")),
    ("Iptu Sandi Wijaya menerima laporan warga. Menurut Sandi, yang juga Kanit Reskrim Polsek Cibinong, pelaku kabur.",
     ("Iptu", "Sandi Wijaya", "Kanit Reskrim", "Polsek Cibinong")),
    ("AKP Mulyadi Saputra (kini Kapolsek Jatiwangi) pernah bertugas di Satreskrim Polres Majalengka.",
     ("AKP", "Mulyadi Saputra", "Kapolsek", "Polsek Jatiwangi")),
])
def test_a_post_said_of_the_name_in_a_clause_or_bracket(text, expected):
    assert _officers(text) == [expected]


# s28rvA: a name set off after a noun of a person (`Ayahnya, Hidayat, yang menjabat ...`) is that person's, not the
# officer's of the same surname named before
def test_a_name_apposed_to_a_kin_noun_gives_the_officer_no_post():
    text = ("AKP Rahmat Hidayat memimpin apel pagi. Ayahnya, Hidayat, yang menjabat Kapolsek Cibugel pada 1995, ikut "
            "hadir.")
    assert ("AKP", "Rahmat Hidayat", None, None) in _officers(text)


def test_a_common_nouns_clause_names_no_holder():  # guard
    assert _officers("Pria yang menjabat sebagai Kapolsek Cibeber itu tiba di lokasi.") == \
        [(None, None, "Kapolsek", "Polsek Cibeber")]
