"""Casualties of session 29 (issue 22, s29r16): harm said in a `yang` clause set off by commas after a count of people
(`Dua warga lain, yang mengalami luka bacok di lengan, dirawat di Puskesmas X`), and a broken limb (`patah tangan`,
`patah kaki`) as an injury of a toll. Every name, place and sentence is invented; read through the public API. Each
case fails on the helper's start (`b6f1aa65`) but the guards (marked "guard")."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2025-03-04T10:00", id="t")
_KILLING = "SAMPANG - Seorang petani, Rohman (41), tewas dibacok di sawahnya di Desa Rapalaok, Senin (3/3/2025). "
_SLIDE = ("Longsor menimbun rumah warga di Dusun Krajan, Desa Tegalsari, Kabupaten Banjarnegara, Senin (3/3/2025). "
          "Seorang warga, Paidi (60), ditemukan meninggal dunia. ")


@pytest.mark.parametrize("text, expected, victims", [
    (_KILLING + "Dua warga lain, yang mengalami luka bacok di tangan, dirawat di Puskesmas Kedungdung.",
     (1, 2, None), [("Rohman", "tewas"), (None, "luka"), (None, "luka")]),
    (_SLIDE + "Seorang anak perempuan, yang mengalami patah kaki, dirujuk ke RSUD Banjarnegara.",
     (1, 1, None), [("Paidi", "tewas"), (None, "luka")]),
    (_SLIDE + "Tiga warga lainnya, yang menderita luka ringan, dibawa ke Puskesmas Wanayasa.",
     (1, 3, None), [("Paidi", "tewas"), (None, "luka ringan"), (None, "luka ringan"), (None, "luka ringan")]),
    (_KILLING + "Seorang pengendara ojek, yang juga mengalami luka, dilarikan ke RSUD Sampang.",
     (1, 1, None), [("Rohman", "tewas"), (None, "luka")]),
])
def test_harm_in_a_yang_clause_set_off(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert victim_statuses(rec) == victims


@pytest.mark.parametrize("text, expected", [
    # guard: a `yang` clause with no harm in it counts no one
    (_KILLING + "Dua warga, yang melihat kejadian itu, diperiksa sebagai saksi.", (1, None, None)),
    # guard: the clause names the attackers' act, not a harm suffered
    (_KILLING + "Dua pelaku, yang melukai korban dengan parang, ditangkap di rumahnya.", (1, None, None)),
    # guard: people evacuated are no casualties
    (_SLIDE + "Dua puluh keluarga, yang rumahnya terancam longsor, mengungsi ke balai desa.", (1, None, None)),
])
def test_yang_clause_without_harm_counts_none(text, expected):
    assert toll(_record(text)) == expected


_PATROL = "Polres Sikka menyiagakan 300 personel untuk mengamankan perayaan Paskah di Maumere, Kamis (2/4/2026). "


@pytest.mark.parametrize("text, expected", [
    # a denial of the dead in a sentence of another year is that year's: no toll of the article's
    (_PATROL + "Pada Paskah 2025, seorang peziarah meninggal karena kelelahan dan satu perahu terbalik tanpa korban "
     "jiwa. Pelaku pencurian akan dijerat Pasal 476 UU Nomor 1 Tahun 2023.", (None, None, None)),
    (_PATROL + "Tahun lalu, kebakaran kios di sekitar katedral tidak menimbulkan korban jiwa. Pelaku pencurian akan "
     "dijerat Pasal 476 UU Nomor 1 Tahun 2023.", (None, None, None)),
    # guard: the article's own denial stands
    ("Sebuah perahu nelayan terbalik di perairan Maumere, Kamis (2/4/2026). Dua penumpang luka ringan. Kejadian itu "
     "tidak menimbulkan korban jiwa. Polisi memeriksa nakhoda perahu, AS (40).", (0, 2, None)),
])
def test_denial_of_another_time(text, expected):
    assert toll(_record(text, published="2026-04-03T10:00")) == expected
