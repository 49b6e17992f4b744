"""Casualties of session 29 (issue 22, s29cas): the victims reader's shapes of a toll by their general shape. Every
name, place and sentence is invented; read through the public API. Each case fails on the helper's start
(`2e241093`) but the guards (marked "guard"):

- a harm said after a person taken to or kept in care and the word of why (`Korban terjatuh dan dilarikan ke Puskesmas X
  dengan luka di kepala`, `X (16), dilarikan ke RSUD Y karena patah kaki`: `care_taken` / `care_why` name_context rows,
  `incident_harm.care_then`);
- an unnamed person counted as the object of a verb of harm, hurt by what the clause says the act left after `hingga`
  (`menikam seorang pemuda hingga terluka di perut`, `membacok seorang penjaga toko hingga jari tangannya putus`:
  `incident_harm.result_harm`);
- a part of the missing said found in the next sentence (`Tiga nelayan hilang. Dua di antaranya ditemukan selamat`)
  leaves the rest missing (`incident_found.found_part`);
- a sentence that opens with a bare count of people right after a tally of cases or a period's sum goes on with that
  tally: its toll is no incident's (`... selama 2023 menangani 40 kecelakaan di ruas itu. Sebanyak 9 orang meninggal
  dunia`: `incident_tallies.tally_goes_on`)."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2024-05-07T10:00", id="t")
_SNATCH = "Tim Resmob Polres Lebak menangkap dua penjambret, RK (22) dan TW (19), Senin (6/5). "


@pytest.mark.parametrize("text, expected, victims", [
    (_SNATCH + "Keduanya menjambret tas milik seorang pedagang, Sarinah (41), di Jalan Raya Rangkasbitung. Korban "
     "terjatuh dan dilarikan ke Puskesmas Cibadak dengan luka di kepala.", (None, 1, None), [("Sarinah", "luka")]),
    (_SNATCH + "Keduanya menjambret tas milik Sarinah (41) di Jalan Raya Rangkasbitung. Ia terjatuh dan dilarikan ke "
     "RSUD Adjidarmo dengan luka lecet di tangan.", (None, 1, None), [("Sarinah", "luka")]),
    (_SNATCH + "Keduanya menjambret tas milik Sarinah (41). Korban dibawa ke klinik terdekat karena mengalami luka "
     "berat di kaki.", (None, 1, None), [("Sarinah", "luka berat")]),
    ("Satresnarkoba Polres Serang menangkap dua kurir sabu, AD (30) dan RM (27), Senin (6/5). Sebelum ditangkap, "
     "keduanya kabur dan menabrak seorang pengendara sepeda motor di Jalan Raya Serang. Pengendara itu, seorang pelajar "
     "bernama Dimas Pratama (17), dilarikan ke RSUD Banten karena patah kaki.", (None, 1, None),
     [("Dimas Pratama", "luka")]),
    # s29rvA: the state between the why and the harm (`care_state` rows), `dalam` a why too
    (_SNATCH + "Keduanya menjambret tas milik Sarinah (41). Korban dilarikan ke RSUD Adjidarmo dengan kondisi kritis.",
     (None, 1, None), [("Sarinah", "luka berat")]),
    (_SNATCH + "Keduanya menjambret tas milik Sarinah (41). Korban dilarikan ke RSUD Adjidarmo dalam keadaan kritis.",
     (None, 1, None), [("Sarinah", "luka berat")]),
])
def test_harm_after_care_and_its_why(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert victim_statuses(rec) == victims


@pytest.mark.parametrize("text", [
    # guard: care with no harm after its why: a vehicle, a fear
    _SNATCH + "Keduanya menjambret tas milik Sarinah (41). Korban dibawa ke Polsek Cibadak dengan mobil patroli.",
    _SNATCH + "Keduanya menjambret tas milik Sarinah (41). Korban dibawa ke Polsek Cibadak karena takut pulang sendiri.",
    # guard (s29rvA): a state that is no harm
    _SNATCH + "Keduanya menjambret tas milik Sarinah (41). Korban dibawa ke Polsek Cibadak dalam keadaan sadar.",
])
def test_care_with_no_harm_gives_no_injured(text):
    rec = _record(text)
    assert toll(rec)[1] is None
    assert all(s != "luka" for _n, s in victim_statuses(rec))


_HELD = "Polsek Cibeber menangkap seorang pria berinisial AR (31) di Desa Sukamaju, Kabupaten Cianjur, Senin (6/5). "


@pytest.mark.parametrize("text, expected, victims", [
    (_HELD + "Pelaku menikam seorang pemuda di depan warung hingga terluka di perut.", (None, 1, None), [(None, "luka")]),
    (_HELD + "Saat beraksi, pelaku sempat membacok seorang penjaga toko hingga jari tangannya putus.", (None, 1, None),
     [(None, "luka")]),
    # guard: read at the start too (the toll's own pattern)
    (_HELD + "Pelaku menganiaya seorang sopir angkot hingga mengalami luka memar di wajah.", (None, 1, None),
     [(None, "luka")]),
    (_HELD + "Pelaku menganiaya seorang pemuda hingga kepalanya bocor.", (None, 1, None), [(None, "luka")]),
])
def test_unnamed_object_hurt_by_the_act(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert victim_statuses(rec) == victims


def test_an_act_until_no_harm_gives_no_injured():
    # guard: `hingga` opens what others did, no harm
    rec = _record(_HELD + "Pelaku menganiaya seorang pemuda hingga warga datang melerai.")
    assert toll(rec) == (None, None, None)
    assert victim_statuses(rec) == [(None, None)]


_CAPSIZED = "Perahu nelayan terbalik di perairan Binuangeun, Kabupaten Lebak, Senin (6/5). "


@pytest.mark.parametrize("text, expected, victims", [
    (_CAPSIZED + "Tiga nelayan dilaporkan hilang. Dua di antaranya ditemukan selamat.", (None, None, 1), [(None, "hilang")]),
    (_CAPSIZED + "Empat nelayan hilang. Satu di antaranya ditemukan meninggal dunia.", (1, None, 3),
     [(None, "hilang")] * 3 + [(None, "tewas")]),
    (_CAPSIZED + "Lima nelayan hilang. Tiga di antaranya sudah ditemukan selamat oleh tim SAR.", (None, None, 2),
     [(None, "hilang")] * 2),
])
def test_a_part_of_the_missing_found(text, expected, victims):
    rec = _record(text)
    assert toll(rec) == expected
    assert victim_statuses(rec) == victims


@pytest.mark.parametrize("text, expected", [
    # guard: a part described, not found; the part and the rest said again (s28cas2's `_missing_left`)
    (_CAPSIZED + "Tiga nelayan hilang. Dua di antaranya warga Desa Cisolok.", (None, None, 3)),
    (_CAPSIZED + "Tiga nelayan hilang. Dua di antaranya ditemukan meninggal dunia, sedangkan satu orang masih dicari.",
     (2, None, 1)),
])
def test_the_missing_with_no_part_found(text, expected):
    assert toll(_record(text)) == expected



@pytest.mark.parametrize("text", [
    "Satlantas Polres Subang mencatat selama 2023 menangani 40 kecelakaan di ruas Jalan Raya Pagaden. Sebanyak 9 orang "
    "meninggal dunia dan 30 luka ringan.",
    "Sepanjang tahun lalu terjadi 25 kasus kebakaran di Kota Bekasi. Sebanyak 4 orang tewas dan 12 orang luka-luka.",
])
def test_a_tally_goes_on_in_the_next_sentence(text):
    rec = _record(text)
    assert toll(rec) == (None, None, None)
    assert victim_statuses(rec) == []


@pytest.mark.parametrize("text, expected", [
    # guard: a bare count after the incident's own sentence; after a count of two cases of the day (no tally)
    ("Kecelakaan beruntun terjadi di Tol Cipali, Kabupaten Subang, Senin (6/5). Sebanyak 3 orang tewas dan 5 orang "
     "luka-luka.", (3, 5, None)),
    ("Satlantas Polres Subang mencatat dua kecelakaan di Tol Cipali pada Senin (6/5) pagi. Sebanyak 3 orang tewas dalam "
     "kedua kecelakaan itu.", (3, None, None)),
    # s29rvA: a bare count that dates its own day after a tally tells an incident of its own
    ("Satlantas Polres Subang menangani 12 kasus kecelakaan selama Operasi Ketupat 2024. Tiga orang tewas dalam "
     "kecelakaan bus di Jalan Raya Pagaden, Senin (6/5).", (3, None, None)),
    ("Satlantas Polres Subang menangani 14 kasus kecelakaan selama Operasi Patuh 2024. Sebanyak dua orang tewas dalam "
     "tabrakan truk dan minibus di Jalan Raya Cikamurang kemarin.", (2, None, None)),
])
def test_a_bare_count_of_the_incident(text, expected):
    assert toll(_record(text)) == expected
