"""Officers' names (issue 19, session 25, s25off), on invented ground (invented names, plausible places; none copied
from an article). Each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officer_posts, person_roles, reader

_officers = reader("2025-03-14T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer
_persons = reader("2025-03-14T10:00", field=person_roles)


# --- the day told right after a name, with no comma, is no word of the name ---
@pytest.mark.parametrize("text, expected", [
    ("Kapolres Sukamaju AKBP Hendri Wibisono Kamis (13/3) mengatakan pelaku sudah ditahan.",
     ("AKBP", "Hendri Wibisono", "Kapolres", "Polres Sukamaju")),
    ("Hal itu disampaikan Kasat Reskrim Polres Sukamaju AKP Dimas Arifianto Selasa (11/3).",
     ("AKP", "Dimas Arifianto", "Kasat Reskrim", "Polres Sukamaju")),
    ("Kata Kapolsek Cibeber Iptu Yogi Pramudya Sabtu (8/3) malam.",
     ("Iptu", "Yogi Pramudya", "Kapolsek", "Polsek Cibeber")),
    # guard: the day after a comma, as before
    ("Kapolres Sukamaju AKBP Hendri Wibisono, Kamis (13/3), mengatakan pelaku sudah ditahan.",
     ("AKBP", "Hendri Wibisono", "Kapolres", "Polres Sukamaju")),
])
def test_a_day_after_an_officers_name_is_no_word_of_it(text, expected):
    assert _officers(text) == [expected]


def test_a_day_after_a_civil_post_holders_name_is_no_word_of_it():
    text = "Bupati Sukamaju Ridwan Saputro Kamis (13/3) mengatakan jalan itu akan diperbaiki."
    assert ("Ridwan Saputro", "Bupati") in _persons(text)


# --- a name shortened to dotted initials (`I.G.N.` I Gusti Ngurah, `A.A.` Anak Agung, `I.B.` Ida Bagus) ---
@pytest.mark.parametrize("text, expected", [
    ("Kapolres Tabanan AKBP I.G.N. Wira Mahendra mengatakan razia digelar sepekan.",
     ("AKBP", "I.G.N. Wira Mahendra", "Kapolres", "Polres Tabanan")),
    ("Kompol A.A. Gde Suryawan memimpin apel pagi itu.", ("Kompol", "A.A. Gde Suryawan", None, None)),
    ("Kasat Reskrim Polres Gianyar AKP I.B Made Arsana mengatakan pelaku ditahan.",
     ("AKP", "I.B Made Arsana", "Kasat Reskrim", "Polres Gianyar")),
    # guard: one initial with its dot, as before
    ("Kompol A. Rahmanto memimpin apel pagi itu.", ("Kompol", "A. Rahmanto", None, None)),
])
def test_an_officers_name_opening_on_dotted_initials_is_read(text, expected):
    assert _officers(text) == [expected]


def test_an_academic_title_of_dotted_initials_stays_off_the_name():  # guard
    text = "Kapolsek Kuta AKP Wayan Sudarsa, S.H., M.H. mengatakan pelaku ditahan."
    assert _officers(text) == [("AKP", "Wayan Sudarsa", "Kapolsek", "Polsek Kuta")]


def test_a_base_named_by_dotted_initials_is_the_commanders_unit_not_a_name():
    # the holder after the base named for a person stays the one officer (`J.A.` alone read as a name before)
    text = "Komandan Lanud R.A. Wattimena Kolonel Pnb Gilang Saputro mengatakan pesawat siap terbang."
    assert _officers(text) == [("Kolonel", "Gilang Saputro", "Komandan Lanud", "Lanud R.A. Wattimena")]


# --- s25off2: posts of the organisation regulations the positions table lacked (a probe of each post, `<post> <unit>
# <rank> <name> mengatakan ...`); before, no post, or the post's words a person of their own ---
@pytest.mark.parametrize("text, expected", [
    ("Pabung Kodim 0612/Sukamaju Mayor Inf Teguh Wiranto mengatakan kegiatan itu berjalan lancar.",
     ("Mayor", "Teguh Wiranto", "Pabung", "Kodim 0612/Sukamaju")),
    ("Danunit Intel Kodim 0612/Sukamaju Lettu Inf Fajar Nugroho mengatakan kegiatan itu berjalan lancar.",
     ("Lettu", "Fajar Nugroho", "Danunit Intel", "Kodim 0612/Sukamaju")),
    ("Dankosek Hanudnas II Marsma TNI Gilang Prasetya mengatakan kegiatan itu berjalan lancar.",
     ("Marsma", "Gilang Prasetya", "Dankosek Hanudnas", "Kosekhanudnas II")),
    ("Babinpotdirga Lanud Sukamaju Serka Rahmat Hidayat mengatakan kegiatan itu berjalan lancar.",
     ("Serka", "Rahmat Hidayat", "Babinpotdirga", "Lanud Sukamaju")),
    ("Karumkit Bhayangkara Polda Jawa Barat Kombes Pol Wahyu Santosa mengatakan kegiatan itu berjalan lancar.",
     ("Kombes", "Wahyu Santosa", "Karumkit Bhayangkara", "Polda Jawa Barat")),
    ("Kaden Gegana Satbrimob Polda Jawa Barat AKBP Yoga Permana mengatakan kegiatan itu berjalan lancar.",
     ("AKBP", "Yoga Permana", "Kaden Gegana", "Satbrimob Polda Jawa Barat")),
    ("Kaurmintu Satlantas Polres Sukamaju Aipda Eko Saputro mengatakan kegiatan itu berjalan lancar.",
     ("Aipda", "Eko Saputro", "Kaurmintu", "Satlantas Polres Sukamaju")),
    ("Banit Reskrim Polsek Cibeber Brigpol Andi Kusuma mengatakan kegiatan itu berjalan lancar.",
     ("Brigpol", "Andi Kusuma", "Banit Reskrim", "Polsek Cibeber")),
    ("Kabid TIK Polda Jawa Barat Kombes Pol Dimas Wicaksono mengatakan kegiatan itu berjalan lancar.",
     ("Kombes", "Dimas Wicaksono", "Kabid TIK", "Polda Jawa Barat")),
    ("Deputi Pemberantasan BNN Irjen Pol Surya Atmaja mengatakan barang bukti dimusnahkan.",
     ("Irjen", "Surya Atmaja", "Deputi Pemberantasan", "BNN")),
])
def test_a_post_of_the_organisation_regulations_is_read(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("KPLP Lapas Sukamaju Hendro Gunawan mengatakan situasi sudah kondusif.", ("Hendro Gunawan", "KPLP")),
    ("Kasi Binadik Lapas Sukamaju Tri Handayani mengatakan warga binaan itu mendapat remisi.",
     ("Tri Handayani", "Kasi Binadik")),
    ("Kabid Trantibum Satpol PP Sukamaju Rizal Fahmi mengatakan lapak itu dibongkar.", ("Rizal Fahmi", "Kabid Trantibum")),
])
def test_a_civil_post_of_the_regulations_is_the_holders_role(text, expected):
    assert _persons(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the sub-unit written after the post (`Yon`, `Rumkit`, `Sie`) is where the post sits, no holder's name
    ("Danki 2 Yon B Pelopor Satbrimob Polda Jawa Barat AKP Galih Pratama mengatakan pasukan siaga.", "Galih Pratama"),
    ("Karumkit Rumkit Tk III Sukamaju Letkol Ckm Arief Budiman mengatakan korban dirawat.", "Arief Budiman"),
])
def test_a_sub_unit_after_a_post_is_no_holders_name(text, expected):
    assert [o[1] for o in _officers(text) if o[1]] == [expected]
    assert [p[0] for p in _persons(text)] == [expected]


# --- s25off2: a rank and a name written in capitals (a caption's, a press release's line) ---
@pytest.mark.parametrize("text, expected", [
    ("IPTU JOKO SUSANTO, S.H. memimpin apel pagi itu.", ("IPTU", "JOKO SUSANTO", None, None)),
    ("Kapolsek Cibeber IPTU HARYO WIBOWO mengatakan apel berjalan lancar.",
     ("IPTU", "HARYO WIBOWO", "Kapolsek", "Polsek Cibeber")),
    ("AKP BUDI HARYANTO memimpin apel pagi itu.", ("AKP", "BUDI HARYANTO", None, None)),
    ("Danramil 01/Cibeber KAPTEN INF DENI SETIAWAN mengatakan hal itu.",
     ("KAPTEN", "DENI SETIAWAN", "Danramil", "Koramil 01/Cibeber")),
])
def test_a_name_in_capitals_after_a_rank_is_read(text, expected):
    assert _officers(text) == [expected]


def test_a_headline_in_capitals_gives_no_name_of_its_verbs():  # guard
    text = "KAPOLRES SUKAMAJU AKBP EDWIN SAPUTRA PIMPIN APEL\nSukamaju - Apel digelar pagi ini."
    assert [o[1] for o in _officers(text) if o[1]] == []


# --- s25rvB (review): the reach of the two rules above ---
@pytest.mark.parametrize("text", [
    "Apel dipimpin oleh IPTU SATRESKRIM POLRES SUKAMAJU dan diikuti seluruh anggota.",
    "Apel digelar oleh AKP MAPOLRES SUKAMAJU dan diikuti seluruh anggota.",
])
def test_a_body_written_in_capitals_after_a_rank_is_no_name(text):
    # a unit's or a headquarters' short form in capitals (`SATRESKRIM`, `POLRES`, `MAPOLRES`) is no name's word
    assert [o[1] for o in _officers(text) if o[1]] == []
    assert _persons(text) == []


def test_an_academic_title_without_its_last_dot_stays_off_the_name():
    text = "Kasat Lantas Polres Sukamaju AKP Wahyu Pratama S.E mengatakan razia digelar."
    assert _officers(text) == [("AKP", "Wahyu Pratama", "Kasat Lantas", "Polres Sukamaju")]


@pytest.mark.parametrize("text", [
    "Wakil Gubernur D.I. Yogyakarta menghadiri peresmian pos polisi itu.",  # Daerah Istimewa
    "Presiden R.I. Hendra Kusuma meresmikan gedung Polsek Cibeber.",  # Republik Indonesia
])
def test_a_short_form_written_with_dots_is_no_name(text):
    assert not any("." in name for name, _ in _persons(text))


# --- s25rvD: a short post that is also a given name, in a name's slot, is the name's first word (issue 19) ---
@pytest.mark.parametrize("text, name", [
    ("Sidang dipimpin Ketua PN Sukamaju, Kaden Prasetyo, pada Senin (10/3).", "Kaden Prasetyo"),
    ("Seorang warga bernama Paur Sitompul melapor ke Polsek Cibeber, Senin (10/3).", "Paur Sitompul"),
    ("Seorang warga bernama Banit Simatupang melapor ke Polsek Cibeber, Senin (10/3).", "Banit Simatupang"),
])
def test_a_short_post_that_is_a_given_name_in_a_name_slot_is_the_name(text, name):
    assert name in [n for n, _ in _persons(text)]
    assert all(post not in ("Kaden", "Paur", "Banit") for _, _, post, _ in _officers(text))


def test_a_short_post_before_a_name_outside_a_name_slot_stays_the_post():  # guard
    text = "Sementara itu, Kaden Prasetyo mengatakan tim tiba di lokasi pada Senin (10/3)."
    assert [(n, p) for _, n, p, _ in _officers(text)] == [("Prasetyo", "Kaden")]


def test_a_short_post_in_an_apposition_before_a_rank_stays_the_post():  # guard
    text = "Kegiatan dihadiri Kapolsek Cibeber, Banit Binmas Aipda Joko Susilo, pada Senin (10/3)."
    assert ("Aipda", "Joko Susilo") in [(r, n) for r, n, _, _ in _officers(text)]
    assert "Banit Binmas" not in [n for n, _ in _persons(text)]
