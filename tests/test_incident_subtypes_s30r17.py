"""Event subtypes of session 30 (issue 22, s30r17): a vehicle is a theft's `curanmor` only where the text says it was
stolen (`pencurian sepeda motor`, `motor hasil curian`), not where it was seized, ridden or bought; a police action's
subtype with no cue of one subtype is its first secondary type's (a theft's default `pencurian biasa`); pigs and sheep
are livestock. Every name, place and sentence is invented; read through the public API. Each case fails on the
helper's start (`b54e0d27`) but the guards (marked "guard")."""
import pytest

from helpers import reader

_subtype = reader("2025-03-08T10:00", id="t", field=lambda r: r.event.subtype)


@pytest.mark.parametrize("text", [
    "KENDARI - Unit Reskrim Polsek Mandonga menangkap dua pencuri yang membobol sebuah toko ponsel di Jalan Sao-Sao, "
    "Kamis (6/3/2025) dini hari. Kedua pelaku, RA (27) dan MH (31), menggasak 14 unit ponsel. Polisi menyita sembilan "
    "unit ponsel dan satu unit sepeda motor yang dipakai beraksi. Keduanya dijerat Pasal 363 KUHP.",
    "JEMBER - Satreskrim Polres Jember membekuk tiga pencuri kabel listrik di Kecamatan Ambulu. Ketiga pelaku, AS (35), "
    "BW (29) dan TK (40), mencuri 300 meter kabel milik PLN. Dari tangan pelaku disita 120 kilogram kabel tembaga dan "
    "sebuah mobil pikap. Ketiganya dijerat Pasal 363 KUHP.",
    "BLITAR - Polsek Wlingi menangkap seorang pencuri yang menggasak uang Rp 40 juta dari rumah warga di Desa Beru. "
    "Pelaku, SN (33), mengaku sebagian uang curian dipakai membeli sepeda motor baru. Polisi menyita uang Rp 9 juta dan "
    "sepeda motor yang dibeli pelaku. SN dijerat Pasal 362 KUHP.",
])
def test_a_vehicle_seized_ridden_or_bought_is_no_vehicle_theft(text):
    assert _subtype(text) == "pencurian biasa"


@pytest.mark.parametrize("text", [  # guard: the vehicle said stolen, before or after it
    "MAGELANG - Polres Magelang menangkap dua pelaku pencurian sepeda motor di Kecamatan Mertoyudan. Kedua pelaku, DW "
    "(24) dan RS (22), mengaku sudah beraksi di lima lokasi. Polisi menyita tiga unit sepeda motor dan dua kunci letter "
    "T. Keduanya dijerat Pasal 363 KUHP.",
    "BIMA - Polsek Woha membekuk seorang pemuda yang menggasak dua sepeda motor milik warga Desa Talabiu. Pelaku, FR "
    "(21), menjual motor hasil curian itu seharga Rp 3 juta. FR dijerat Pasal 362 KUHP.",
    "GARUT - Seorang guru, Yayan (45), kehilangan sepeda motor yang diparkir di halaman sekolah di Kecamatan Tarogong. "
    "Polsek Tarogong Kidul menangkap pelaku pencurian itu, AK (29), dua hari kemudian. AK dijerat Pasal 362 KUHP.",
    "SLEMAN - Polsek Depok menangkap seorang pencuri. Sepeda motor milik mahasiswa dicuri dari parkiran kos di "
    "Caturtunggal. Pelaku, GN (26), dijerat Pasal 362 KUHP.",
])
def test_a_vehicle_said_stolen_is_vehicle_theft(text):
    assert _subtype(text) == "curanmor"


@pytest.mark.parametrize("text", [
    "PALU - Polsek Palu Barat meringkus pencuri dengan modus pecah kaca mobil di parkiran sebuah bank. Pelaku, HD (38), "
    "mengambil tas berisi uang Rp 80 juta dari dalam mobil korban. HD dijerat Pasal 363 KUHP.",
    "SERANG - Tim Resmob Polres Serang meringkus dua pencuri spesialis rumah kosong di Kecamatan Kragilan. Keduanya, UJ "
    "(30) dan MN (28), ditangkap di sebuah kontrakan. Polisi menyita dua unit laptop dan satu televisi. Keduanya dijerat "
    "Pasal 363 KUHP.",
])
def test_an_arrest_for_a_theft_takes_the_thefts_subtype(text):
    assert _subtype(text) == "pencurian biasa"


@pytest.mark.parametrize("text", [
    "SUMBA BARAT - Polres Sumba Barat menangkap dua pencuri yang menggasak tiga ekor babi milik warga Desa Kabukarudi. "
    "Kedua pelaku, YL (34) dan MB (29), dijerat Pasal 363 KUHP.",
    "GARUT - Polsek Cikajang membekuk seorang pencuri domba di Desa Margamulya. Pelaku, DS (41), mencuri empat ekor "
    "domba dari kandang warga. DS dijerat Pasal 363 KUHP.",
])
def test_pigs_and_sheep_are_livestock(text):
    assert _subtype(text) == "pencurian ternak"


@pytest.mark.parametrize("text, expected", [  # guard: an arrest's own cue still decides; no theft, no subtype
    ("MEDAN - Satresnarkoba Polrestabes Medan menangkap seorang pengedar sabu di Kecamatan Medan Area. Pelaku, RZ (30), "
     "kedapatan membawa 12 gram sabu. RZ dijerat Pasal 114 UU Narkotika.", "peredaran"),
    ("MAKASSAR - Polsek Panakkukang menangkap dua pemuda yang terlibat tawuran di Jalan Pettarani. Keduanya, AR (19) dan "
     "FT (18), diamankan bersama dua bilah parang.", None),
])
def test_an_arrests_own_cue_still_decides(text, expected):
    assert _subtype(text) == expected


@pytest.mark.parametrize("text, expected", [  # review s30rvE: an animal not said stolen is no livestock theft
    ("SAMOSIR - Polres Samosir menangkap seorang pencuri kotak amal di Desa Tomok, Rabu (5/3/2025). Pelaku, UC (30), "
     "sehari-hari menjual daging babi di pasar. UC dijerat Pasal 362 KUHP.", "pencurian biasa"),
    ("SAMOSIR - Polres Samosir menangkap seorang pencuri di Desa Tomok, Rabu (5/3/2025). Pelaku, UC (30), juga dikenal "
     "sebagai pemburu babi hutan. UC dijerat Pasal 362 KUHP.", "pencurian biasa"),
    ("BONE - Polres Bone menangkap dua pencuri di Kecamatan Libureng, Rabu (5/3/2025). Keduanya menggasak tiga ekor "
     "kambing milik warga. AS (30) dijerat Pasal 363 KUHP.", "pencurian ternak"),  # guard
    ("BONE - Polres Bone menangkap maling kerbau di Kecamatan Libureng, Rabu (5/3/2025). AS (30) dijerat Pasal 363 KUHP.",
     "pencurian ternak"),  # guard
])
def test_livestock_counts_where_said_stolen(text, expected):
    assert _subtype(text) == expected


@pytest.mark.parametrize("text", [  # review s30rvE: the written-out `curanmor`, a vehicle gone missing
    "SLEMAN - Polsek Depok menangkap seorang pelaku pencurian kendaraan bermotor di Caturtunggal, Rabu (5/3/2025). "
    "Pelaku, GN (26), dijerat Pasal 363 KUHP.",
    "SLEMAN - Polsek Depok menangkap seorang pencuri di Caturtunggal, Rabu (5/3/2025). Sepeda motor mahasiswa hilang "
    "dari parkiran kos. Pelaku, GN (26), dijerat Pasal 362 KUHP.",
])
def test_vehicle_theft_written_out_or_gone_missing(text):
    assert _subtype(text) == "curanmor"


@pytest.mark.parametrize("text, expected", [  # review s30rvE: a thing taken from a vehicle is no vehicle theft
    ("SLEMAN - Polsek Depok menangkap dua pencuri di Caturtunggal, Rabu (5/3/2025). Pelaku mencuri helm dari sepeda "
     "motor warga yang diparkir. Pelaku, GN (26), dijerat Pasal 363 KUHP.", "pencurian biasa"),
    ("SLEMAN - Polsek Depok menangkap dua pencuri di Caturtunggal, Rabu (5/3/2025). Pelaku menggasak dua sepeda motor "
     "warga. Pelaku, GN (26), dijerat Pasal 363 KUHP.", "curanmor"),  # guard
])
def test_a_thing_taken_from_a_vehicle_is_no_vehicle_theft(text, expected):
    assert _subtype(text) == expected
