"""Records that generalise (issue 19, session 22): officers' posts and the event date on invented ground written
before the code was run on it and checked on the archive snapshot. Invented names, places and sentences (none copied
from a gold article); each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import reader

PUBLISHED = "2025-03-12T10:00"  # a Wednesday

_record = reader(PUBLISHED)


def _officers(text: str) -> list[tuple]:
    """(rank, name, position, unit) of each named officer."""
    return [(o.rank, o.name, o.position, o.unit) for o in _record(text).officers if o.name]


# --- a member post's village is his area, no word of the post: `Bhabinkamtibmas Desa X Polsek Y Bripka Z` ----------

@pytest.mark.parametrize("text, expected", [
    ("Bhabinkamtibmas Desa Karang Anyar Polsek Sumberwangi Bripka Yoga Pratama memediasi sengketa batas tanah.",
     ("Bripka", "Yoga Pratama", "Bhabinkamtibmas", "Polsek Sumberwangi")),
    ("Bhabinkamtibmas Kelurahan Talang Bening Polsek Ujung Batu Aipda Rahmad Siregar menyambangi warga.",
     ("Aipda", "Rahmad Siregar", "Bhabinkamtibmas", "Polsek Ujung Batu")),
])
def test_the_village_of_a_member_post_is_no_part_of_the_post(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # guards: the village with no command after it, the command alone (right before too)
    ("Bhabinkamtibmas Desa Karang Anyar Bripka Yoga Pratama memediasi sengketa batas tanah.",
     ("Bripka", "Yoga Pratama", "Bhabinkamtibmas", None)),
    ("Bhabinkamtibmas Polsek Sumberwangi Bripka Yoga Pratama memediasi sengketa batas tanah.",
     ("Bripka", "Yoga Pratama", "Bhabinkamtibmas", "Polsek Sumberwangi")),
])
def test_member_posts_read_as_before(text, expected):
    assert _officers(text) == [expected]


# --- a sub-unit written with no command before its holder's rank is his unit, no Polres place ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Kasubdit V Siber Ditreskrimsus AKBP Ratna Handayani menjelaskan, penyidik menyita dua mobil.",
     ("AKBP", "Ratna Handayani", "Kasubdit V Siber", "Ditreskrimsus")),
    ("Kasubdit III Jatanras Ditreskrimum AKBP Teguh Wiranto menjelaskan, komplotan itu beraksi di enam kota.",
     ("AKBP", "Teguh Wiranto", "Kasubdit III Jatanras", "Ditreskrimum")),
    ("Kanit Tipidter Satreskrim Ipda Lukas Manurung menjelaskan, kayu ilegal itu diangkut dengan truk.",
     ("Ipda", "Lukas Manurung", "Kanit Tipidter", "Satreskrim")),
])
def test_a_sub_unit_with_no_command_is_the_unit(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # guards: the command written after the sub-unit, a place after a Kasat
    ("Kasat Lantas Purwakarta AKP Budi Santoso menjelaskan rekayasa arus lalu lintas.",
     ("AKP", "Budi Santoso", "Kasat Lantas", "Polres Purwakarta")),
    ("Kanit Reskrim Polsek Cibatu Iptu Budi Santoso menjelaskan kronologi penangkapan.",
     ("Iptu", "Budi Santoso", "Kanit Reskrim", "Polsek Cibatu")),
])
def test_sub_unit_posts_with_their_command_read_as_before(text, expected):
    assert _officers(text) == [expected]


# --- posts of the organisation regulations the probes found missing (positions.tsv, session 22) --------------------

@pytest.mark.parametrize("text, expected", [
    ("Wakadensus 88 Antiteror Polri Brigjen Pol Anton Wibisono mengatakan jaringan itu sudah dipetakan.",
     ("Brigjen", "Anton Wibisono", "Wakadensus 88")),
    ("Kakorbrimob Polri Irjen Pol Anton Wibisono meninjau kesiapan pasukan.",
     ("Irjen", "Anton Wibisono", "Kakorbrimob")),
    ("KSPKT Polres Lembah Sari Ipda Anton Wibisono menerima laporan korban.",
     ("Ipda", "Anton Wibisono", "KSPKT")),
    ("Kakesdam XIV/Tanah Baru Kolonel Ckm Anton Wibisono membuka pengobatan massal.",
     ("Kolonel", "Anton Wibisono", "Kakesdam")),
    ("Kakumdam XIV/Tanah Baru Kolonel Chk Anton Wibisono mendampingi prajurit yang diperiksa.",
     ("Kolonel", "Anton Wibisono", "Kakumdam")),
    ("Danpomal Lantamal IX Letkol Laut (PM) Anton Wibisono memimpin razia kendaraan dinas.",
     ("Letkol", "Anton Wibisono", "Danpomal")),
    ("Dandenkesyah Sukamaju Letkol Ckm Anton Wibisono memimpin vaksinasi.",
     ("Letkol", "Anton Wibisono", "Dandenkesyah")),
])
def test_posts_of_the_regulations(text, expected):
    assert [(o.rank, o.name, o.position) for o in _record(text).officers] == [expected]


@pytest.mark.parametrize("text, expected", [
    # the Kodam's inspector takes the Kodam's number and name as a Kasdam does
    ("Irdam XIV/Tanah Baru Brigjen TNI Anton Wibisono memeriksa kesiapan satuan.",
     ("Brigjen", "Anton Wibisono", "Irdam", "Kodam XIV/Tanah Baru")),
    # a military court's or prosecutor's number joined by a hyphen is one word of the unit
    ("Kadilmil II-12 Lembah Hijau Kolonel Chk Anton Wibisono membuka sidang tahunan.",
     ("Kolonel", "Anton Wibisono", "Kadilmil", "Dilmil II-12 Lembah Hijau")),
    ("Kaotmil II-12 Lembah Hijau Kolonel Chk Anton Wibisono mengatakan berkas perkara sudah lengkap.",
     ("Kolonel", "Anton Wibisono", "Kaotmil", "Otmil II-12 Lembah Hijau")),
])
def test_military_heads_and_their_numbered_units(text, expected):
    assert _officers(text) == [expected]


# --- an acting holder: the marker is kept in the position as written (`Plt Kapolres`, `Plh. Kasat Lantas`) ----------

@pytest.mark.parametrize("text, expected", [
    ("Plh Kapolres Lembah Sari Kompol Yudi Pranata meresmikan pos pantau mudik di Jalan Lintas Timur.",
     ("Kompol", "Yudi Pranata", "Plh Kapolres", "Polres Lembah Sari")),
    ("Pjs. Kapolsek Kota Baru Iptu Nanda Wiratama mendampingi peninjauan lokasi banjir.",
     ("Iptu", "Nanda Wiratama", "Pjs. Kapolsek", "Polsek Kota Baru")),
    ("Plh. Kasat Lantas Polres Tanah Merah Iptu Bayu Saputra menjelaskan sasaran operasi.",
     ("Iptu", "Bayu Saputra", "Plh. Kasat Lantas", "Polres Tanah Merah")),
    # the post after the name, and after `selaku`
    ("Iptu Anwar Fauzi, Plt Kasat Reskrim Polres Lembah Hijau, mengatakan pelaku sudah diamankan.",
     ("Iptu", "Anwar Fauzi", "Plt Kasat Reskrim", "Polres Lembah Hijau")),
    ("Kompol Dedi Saputra selaku Plt Kapolres Sukamaju mengatakan pelaku sudah diamankan.",
     ("Kompol", "Dedi Saputra", "Plt Kapolres", "Polres Sukamaju")),
])
def test_an_acting_post_keeps_its_marker(text, expected):
    assert _officers(text) == [expected]


def test_a_civil_acting_post_is_no_officer():
    # guard: an acting regent is no officer; the Kapolres beside him keeps his plain post
    text = "Plt Bupati Sukamaju Budi Santoso bersama Kapolres Sukamaju AKBP Rudi Hartono meninjau banjir."
    assert _officers(text) == [("AKBP", "Rudi Hartono", "Kapolres", "Polres Sukamaju")]


# --- a held post opened by a conjunction: `Adapun Kapolres X dijabat AKBP Y`, `..., sedangkan Dirlantas X dijabat` ----

@pytest.mark.parametrize("text, expected", [
    ("Adapun Kapolres Sintang dijabat AKBP Ilham Saragih, menggantikan AKBP Yosef Manurung yang dimutasi.",
     ("AKBP", "Ilham Saragih", "Kapolres", "Polres Sintang")),
    ("Kapolres Sekadau dijabat AKBP Budi Santoso, sedangkan Dirlantas Polda Sumatera Barat dijabat Kombes Pol "
     "Anton Saputra.", ("Kombes", "Anton Saputra", "Dirlantas", "Polda Sumatera Barat")),
    ("Sementara Kapolsek Cibatu kini diemban AKP Dedi Kurnia.", ("AKP", "Dedi Kurnia", "Kapolsek", "Polsek Cibatu")),
])
def test_a_held_post_after_a_conjunction_is_the_new_holders(text, expected):
    assert expected in _officers(text)


def test_a_thing_of_a_post_held_after_a_conjunction_gives_no_post():
    # guard: the car is held, not the post (`dipegang` gives a post only after a noun of a post)
    text = "Sementara mobil dinas Kapolsek Cibatu kini dipegang Briptu Dedi Kurnia."
    assert ("Briptu", "Dedi Kurnia", None, "Polsek Cibatu") in _officers(text)
