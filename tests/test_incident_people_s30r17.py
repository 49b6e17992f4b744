"""Suspects of session 30 (issue 22, s30r17): the people a sentence counts beside two or more cases (`Sepanjang 2024 ada
tiga kasus serupa dengan empat tersangka`) are a period's statistics, no suspects of the article's incident. Every name,
place and sentence is invented; read through the public API. Each case fails on the helper's start (`b54e0d27`) but the
guards (marked "guard")."""
import pytest

from helpers import reader

_suspects = reader("2025-03-08T10:00", id="t", field=lambda r: [s.name for s in r.suspects])  # how many, unnamed


@pytest.mark.parametrize("text, expected", [
    ("SAMPIT - Polres Kotawaringin Timur mengajak warga menjaga kebun sawit, Kamis (6/3/2025). Tahun lalu tercatat lima "
     "kasus pencurian buah sawit dengan tiga pelaku yang kini sudah divonis, kata Kapolres.", []),
    ("BONE - Polres Bone menangkap dua pelaku pencurian ternak. Sepanjang 2024 ada tiga kasus serupa dengan empat "
     "tersangka. Kedua pelaku dijerat Pasal 363 KUHP.", [None, None]),
    ("NUNUKAN - Satreskrim Polres Nunukan menangkap seorang pengedar sabu di Kecamatan Nunukan Selatan, Rabu (5/3/2025). "
     "Selama Januari hingga Februari, polisi menangani tujuh perkara narkoba dengan lima tersangka.", [None]),
])
def test_people_counted_beside_a_tally_of_cases_are_no_suspects(text, expected):
    assert _suspects(text) == expected


@pytest.mark.parametrize("text, expected", [  # guard: one case's suspects, counted
    ("SAMPIT - Polsek Baamang menangkap dua pelaku pencurian buah sawit di Desa Tinduk, Rabu (5/3/2025). Kedua pelaku "
     "membawa 2 ton buah sawit curian. Polisi menyita sebuah truk.", [None, None]),
    ("KUPANG - Polresta Kupang menangkap tiga tersangka dalam kasus penganiayaan di Kelurahan Oesapa, Selasa (4/3/2025). "
     "Ketiga tersangka kini ditahan.", [None] * 3),
])
def test_one_cases_counted_suspects_stay(text, expected):
    assert _suspects(text) == expected


@pytest.mark.parametrize("text, expected", [  # review s30rvE: the lead's tally is the article's own series
    ("NUNUKAN - Satresnarkoba Polres Nunukan berhasil mengungkap dua kasus narkoba dengan tiga tersangka dalam sepekan "
     "terakhir, Rabu (5/3/2025). Barang bukti sabu 20 gram disita.", [None] * 3),
    ("NUNUKAN - Polres Nunukan menggelar konferensi pers pengungkapan dua kasus pencurian dengan empat tersangka, Rabu "
     "(5/3/2025). Para tersangka dijerat Pasal 363 KUHP.", [None] * 4),
])
def test_the_leads_count_of_cases_keeps_its_suspects(text, expected):
    assert _suspects(text) == expected
