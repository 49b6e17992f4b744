"""Casualties, second pass of session 28 (issue 22, s28cas2): shapes of how police news says a toll, by their general
shape. Every name, place and sentence is invented; read through the public API. Each case fails on the helper's start
(`09fa3b3d`) but the guards (marked "guard"):

- the old counted by their kin word (`Seorang kakek berusia 70 tahun tewas`; `person_noun` rows kakek, nenek, cucu);
- `merenggut nyawa` with a count of people after it opens the stage as a toll (`toll_cue` row);
- the others of a toll said critical (`dan tiga lainnya kritis`: `injured` rows `lainnya kritis`, `lain kritis`);
- the others of the injured said with no severity join the toll of a severity before them (`12 penumpang luka ringan
  dan dua lainnya dirawat`: 14, not 2; `incident_facts._others_severity`);
- a count of the missing said right after the dead found, the missing counted before, is the missing left
  (`Tiga nelayan hilang. Dua di antaranya ditemukan meninggal dunia, sedangkan satu orang masih dicari`: 1;
  `incident_facts._missing_left`)."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2024-05-07T10:00", id="t")


def _statuses(rec) -> list:
    return sorted(s for _n, s in victim_statuses(rec))


@pytest.mark.parametrize("text, expected, victims", [
    ("Seorang kakek berusia 70 tahun tewas tertabrak kereta api di perlintasan Desa Cilebut, Kabupaten Bogor, Senin "
     "(6/5).", (1, None, None), ["tewas"]),
    ("Seorang nenek berusia 65 tahun meninggal dunia setelah rumahnya terbakar di Kecamatan Cisarua, Senin (6/5).",
     (1, None, None), ["tewas"]),
    ("Kebakaran rumah di Desa Tegalwaru, Kecamatan Ciampea, Senin (6/5) dini hari, merenggut nyawa seorang nenek dan "
     "dua cucunya.", (3, None, None), ["tewas"] * 3),
    ("Kecelakaan di Jalan Raya Parung, Kabupaten Bogor, Senin (6/5), merenggut nyawa dua pelajar.", (2, None, None),
     ["tewas"] * 2),
])
def test_elders_and_taken_lives(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert _statuses(rec) == victims


@pytest.mark.parametrize("text", [
    # guard: an obituary's calm death after an age (review s21rvF)
    "Seorang kakek berusia 85 tahun meninggal dunia di rumahnya di Desa Cilebut, Senin (6/5). Ia dimakamkan di TPU "
    "setempat.",
    # guard: an illness, a statistic: no incident of the article
    "Penyakit jantung merenggut nyawa seorang pelawak senior asal Bandung, Senin (6/5). Ia dimakamkan di TPU Sirnaraga.",
    "Menurut WHO, rokok merenggut nyawa delapan juta orang setiap tahun.",
    "Kondisi keuangan daerah dan sektor lainnya kritis, kata Bupati Bogor, Senin (6/5).",
])
def test_no_toll_of_an_age_or_an_illness(text):
    assert toll(_record(text)) == (None, None, None)


_CRASH = "Kecelakaan lalu lintas terjadi di Jalan Raya Ciawi, Kabupaten Bogor, Senin (6/5) sore. "


@pytest.mark.parametrize("text, expected, victims", [
    (_CRASH + "Lima penumpang meninggal dunia di lokasi dan tiga lainnya kritis.", (5, 3, None),
     ["luka"] * 3 + ["tewas"] * 5),
    (_CRASH + "Sebanyak 12 penumpang mengalami luka ringan dan dua lainnya dirawat di RSUD Ciawi.", (None, 14, None), []),
    (_CRASH + "Delapan penumpang luka ringan dan tiga lainnya terluka parah.", (None, 11, None), []),
    (_CRASH + "Tiga penumpang luka ringan dan seorang lainnya dirawat di RSUD Ciawi.", (None, 4, None), ["luka"] * 4),
])
def test_others_of_the_injured(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert [s.split()[0] for s in _statuses(rec)] == victims


@pytest.mark.parametrize("text, expected", [
    # guard: the others of one severity with their own severity add as before
    (_CRASH + "Lima orang luka ringan, sementara dua lainnya luka berat.", (None, 7, None)),
    (_CRASH + "Dua penumpang tewas, enam luka ringan dan dua lainnya luka berat.", (2, 8, None)),
])
def test_others_with_their_own_severity(text, expected):
    assert toll(_record(text)) == expected


# --- the missing left once some are found dead ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, victims", [
    ("Perahu nelayan terbalik di perairan Pelabuhan Ratu, Senin (6/5). Tiga nelayan hilang. Dua di antaranya ditemukan "
     "meninggal dunia pada Selasa (7/5), sedangkan satu orang masih dicari.", (2, None, 1), ["hilang", "tewas", "tewas"]),
    ("Banjir bandang menerjang Desa Cisarua, Kabupaten Bogor, Senin (6/5). Empat warga hilang terseret arus. Dua "
     "di antaranya ditemukan tewas oleh tim SAR, sedangkan dua lainnya masih dalam pencarian.", (2, None, 2),
     ["hilang", "hilang", "tewas", "tewas"]),
])
def test_missing_left_after_the_dead_found(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert _statuses(rec) == victims


def test_missing_of_a_tally_stays():
    # guard: the dead and the missing of an earlier tally (no find said) do not update the missing left (genre tune
    # 264's shape, invented)
    rec = _record("Korban tewas tenggelamnya KM Mawar di perairan Kepulauan Seribu kini delapan orang. Jenazah terakhir "
                  "ditemukan Selasa (7/5), sehingga yang masih hilang tinggal satu orang. Sebelumnya petugas mendata "
                  "tujuh orang tewas dan dua orang hilang.")
    assert toll(rec)[2] == 1
    # guard: a day's tally recalled, the missing the others of the dead (genre tune 242's shape, invented)
    rec = _record("Longsor menimbun rumah warga di Kecamatan Nanggung, Kabupaten Bogor. Kini empat warga meninggal dunia "
                  "dan satu warga masih dinyatakan hilang. Di hari pertama, dua warga ditemukan tewas dan tiga warga "
                  "lainnya hilang.")
    assert toll(rec)[2] == 1


def test_missing_not_after_a_death_stays():
    # guard: the missing counted after the dead of their own sentence, none before, are the missing
    rec = _record("Perahu nelayan terbalik di perairan Pelabuhan Ratu, Senin (6/5). Dua nelayan tewas dan tiga lainnya "
                  "hilang. Seorang nelayan lain selamat setelah berenang ke tepi.")
    assert toll(rec) == (2, None, 3)


def test_one_named_elder_described_is_no_toll():
    # guard: one person set out after a name with an age (`Marni (74), seorang nenek yang ...`) is no count of the
    # injured: the sick counted later are the toll (genre tune 174's shape, invented)
    rec = _record("Seorang warga meninggal dunia dan puluhan lainnya dirawat setelah keracunan makanan di Desa Sukamulya, "
                  "Kabupaten Garut, Sabtu (4/5). Korban meninggal adalah Marni (74), seorang nenek yang sempat dilarikan "
                  "ke puskesmas karena muntah. Selain korban meninggal, 40 warga lainnya mengalami mual dan muntah.")
    assert toll(rec)[1] == 40
