"""Genre round 15's tune classes by their general shape (issue 22, session 28, s28r15). Every name, place and
sentence is invented; read through the public API. Each case fails on the helper's start (`52797c4b`) but the
guards (marked "guard"):

- the others of a toll said treated (`Tiga penumpang meninggal dunia dan tujuh lainnya dirawat di RSUD`, `Empat warga
  lain dirawat di puskesmas`: `injured` rows `lainnya dirawat`, `lain dirawat`) are the injured (gold/incidents
  README, settled s28 rule 5); a bare count `dirawat` (patients of an illness) stays no toll."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2024-05-10T10:00", id="t")


# --- the others of a toll said treated --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected, hurt", [
    ("Sebuah minibus bertabrakan dengan truk di Jalan Raya Cikampek, Kabupaten Karawang, Senin (6/5) pagi. Tiga "
     "penumpang meninggal dunia dan tujuh lainnya dirawat di RSUD Karawang.", (3, 7, None), 0),
    ("Banjir bandang melanda Desa Sukamaju, Kecamatan Cibeber, Kabupaten Cianjur, Rabu (8/5). Dua warga tewas "
     "terseret arus. Empat warga lain dirawat di puskesmas karena tertimpa pohon.", (2, 4, None), 4),
    ("Kebakaran melanda pasar di Kecamatan Lembang, Kamis (9/5) malam. Seorang pedagang tewas, sedangkan lima "
     "lainnya dirawat di rumah sakit.", (1, 5, None), 5),
    ("Dua pengendara tewas dalam kecelakaan di Jalan Lingkar Selatan, Kota Tasikmalaya, Selasa (7/5). Satu korban "
     "lain dirawat di RS Bhayangkara.", (2, 1, None), 1),
])
def test_others_treated_are_the_injured(text, expected, hurt):
    rec = _record(text)
    assert toll(rec) == expected
    assert sum(1 for _n, s in victim_statuses(rec) if s and s.startswith("luka")) == hurt


@pytest.mark.parametrize("text", [
    # guard: patients of an illness, no incident
    "Sebanyak 30 pasien lain dirawat di ruang isolasi RSUD Cibinong, kata kepala dinas kesehatan Kabupaten Bogor.",
    # guard: a bare count treated opens nothing (s28cas)
    "Dua pasien demam berdarah dirawat di RSUD Garut sejak pekan lalu.",
    # guard: the others of an illness's dead (the stage does not open on `dirawat`)
    "Dua balita meninggal akibat diare di Desa Cipicung, Kabupaten Kuningan, pekan ini. Sebanyak 17 anak lainnya "
    "dirawat di puskesmas.",
])
def test_patients_treated_are_no_toll(text):
    assert toll(_record(text)) == (None, None, None)


def test_suspects_treated_are_no_injured():
    # guard: the others of suspects shot, treated, are no injured (a suspect shot on arrest is not counted)
    rec = _record("Polisi menembak mati dua perampok toko emas di Kota Cirebon, Senin (6/5). Dua pelaku lainnya "
                  "dirawat di RS Bhayangkara setelah ditembak kakinya.")
    assert toll(rec) == (2, None, None)
    assert victim_statuses(rec) == []
