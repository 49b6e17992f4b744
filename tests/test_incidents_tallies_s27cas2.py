"""Casualties' precision by general shape (issue 22, session 27, s27cas2). Every name, place and sentence is invented;
read through the public API. Each case fails on the session's start (`531d5551`) but the guards (marked "guard"):

- a period's tally a police unit or agency records or handles (`Selama Operasi Zebra, Polres X mencatat 32
  kecelakaan ...`, `menangani`, `terdapat`: `toll_link` rows of value tally, after a period lead) is statistics:
  no casualties, no unnamed victims;
- an earlier incident recalled by a verb, its object and `pada`/`akan` before a noun of an incident (`Longsor itu
  mengingatkan warga pada longsor yang menewaskan 12 orang`: `recall` rows of value verb and to): its toll is that
  incident's."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2024-05-10T10:00", id="t")


@pytest.mark.parametrize("text", [
    "Selama Operasi Ketupat 2024, Polres Sukaraja mencatat 18 kecelakaan dengan 5 korban meninggal. Pada Senin "
    "(6/5/2024), sebuah mobil terguling di Jalan Raya Sukaraja tanpa korban.",
    "Selama Operasi Zebra, Satlantas Polres Cibeber mencatat 32 kecelakaan lalu lintas yang mengakibatkan 4 orang "
    "meninggal dunia dan 21 orang luka ringan.",
    "Sepanjang arus mudik tahun ini, Satlantas Polres Wanaraja menangani 27 kecelakaan yang menewaskan enam orang.",
    "Selama Operasi Patuh 2024, di wilayah Polres Cikalong terdapat 14 kecelakaan dengan tiga korban meninggal dunia "
    "dan sembilan luka ringan.",
])
def test_a_period_tally_recorded_or_handled_is_no_toll(text):
    rec = _record(text)
    assert toll(rec) == (None, None, None)
    assert victim_statuses(rec) == []


@pytest.mark.parametrize("text, want", [
    # guard: no period lead before the verb: one day's crashes the unit handled, the incident's toll
    ("Satlantas Polres Cikalong menangani dua kecelakaan di Jalan Raya Cikalong, Senin (6/5/2024), yang menewaskan "
     "tiga orang.", 3),
    ("Polisi mencatat tiga kecelakaan beruntun di Tol Sukaraja, Senin (6/5/2024), yang menewaskan dua orang.", 2),
])
def test_a_recorded_count_with_no_period_keeps_its_toll(text, want):  # guard
    assert toll(_record(text))[0] == want


@pytest.mark.parametrize("text", [
    "Longsor terjadi di Desa Sukamulya, Senin (6/5/2024), tanpa korban jiwa. Longsor itu mengingatkan warga pada "
    "longsor yang menewaskan 12 orang di desa yang sama.",
    "Kebakaran di Pasar Cibeber, Senin (6/5/2024), menghanguskan 40 kios tanpa korban jiwa. Peristiwa ini "
    "mengingatkan pada kebakaran besar yang menewaskan lima pedagang di pasar yang sama.",
    "Banjir merendam 80 rumah di Desa Cikoneng, Senin (6/5/2024). Banjir itu mengingatkan kembali warga akan banjir "
    "bandang yang menewaskan tujuh orang di kampung itu.",
])
def test_an_incident_recalled_by_a_verb_and_pada_keeps_its_toll(text):
    assert not any(toll(_record(text)))  # `tanpa korban jiwa` says 0 dead; the recalled toll is none


@pytest.mark.parametrize("text, want", [
    # guard: a warning of a danger, no noun of an incident after `akan`: the day's toll stands
    ("Banjir merendam Desa Cikoneng, Senin (6/5/2024), dan menewaskan dua warga. Bupati mengingatkan warga akan "
     "bahaya banjir susulan.", 2),
    ("Kapolres mengingatkan warga agar berhati-hati karena banjir di Desa Cikoneng, Senin (6/5/2024), menewaskan dua "
     "warga.", 2),
])
def test_a_warning_is_no_recall(text, want):  # guard
    assert toll(_record(text))[0] == want
