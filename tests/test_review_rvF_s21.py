"""Review s21rvF of s21gate's incident-gate rules (session 21). Every name, place and sentence is invented; read
through the public API (`analyze` via `helpers.reader`). Each case below failed on the merge of s21gate (1520244):

- an age between a count of people and a calm word of dying (`meninggal dunia`) opened an obituary's shape
  (`Seorang warga berusia 85 tahun meninggal dunia`) with a death toll and an aged victim; the age still describes
  people before a violent word (`tewas`);
- the injury of two names after a clash in a championship or a tournament read victims: `kejuaraan`, `turnamen`
  were no `sport` rows (not `lomba`: residents securing a thief at a village contest stay a report);
- two names with a wound of the heart after the lead's incident (`A dan B mengalami luka batin`) read victims."""
import pytest

from helpers import reader
from helpers import toll as _cas
from helpers import victim_statuses as _victims

_record = reader("2025-06-09T10:00", id="t")


@pytest.mark.parametrize("text", [
    "Seorang ulama berusia 85 tahun meninggal dunia di rumahnya, Minggu (8/6/2025).",
    "Seorang warga berusia 78 tahun meninggal dunia di rumah sakit, Minggu (8/6/2025).",
])
def test_an_aged_person_dying_calmly_is_no_toll(text):
    rec = _record(text)
    assert _victims(rec) == [] and _cas(rec) == (None, None, None)


def test_an_aged_child_killed_is_still_a_toll():
    assert _cas(_record("Seorang bocah berusia tujuh tahun tewas tertabrak mobil boks, Minggu (8/6/2025)."))[0] == 1


@pytest.mark.parametrize("text", [
    "Tabrakan terjadi dalam kejuaraan motocross, Minggu (8/6/2025). Arman Maulana dan Bagas Pratama mengalami luka.",
    "Tabrakan terjadi dalam turnamen voli, Minggu (8/6/2025). Arman Maulana dan Bagas Pratama mengalami luka ringan.",
    "Kebakaran melanda Pasar Cikawung pada 2015. Kini Arman Maulana dan Bagas Pratama mengalami luka batin bila "
    "mengingatnya.",
    "Kecelakaan bus itu terjadi Minggu (8/6/2025). Warsini Lestari dan Tuti Handayani mengalami luka mendalam atas "
    "kepergian kakaknya.",
])
def test_named_hurt_in_a_competition_or_of_the_heart_is_no_toll(text):
    rec = _record(text)
    assert _victims(rec) == [] and _cas(rec) == (None, None, None)



def test_residents_securing_a_thief_at_a_village_contest_stay_a_report():
    rec = _record("Warga mengamankan seorang pencuri saat lomba tujuhbelasan di Desa Cikawung, Minggu (8/6/2025).")
    assert len(rec.suspects) == 1
