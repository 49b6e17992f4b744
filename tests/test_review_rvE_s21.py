"""Review of the s21sus suspect rules (session 21, s21rvE): near-misses of `counted_and_named` and `step_span`. Every
name, place and sentence is invented; read through the public API. Each case named `not` failed on main after the
s21sus merge (`40d0849`); the `still` cases guard the rules' gains:

- `Keduanya berinisial A dan B` refers back to the last count of its size; a count of witnesses or reporters
  (`not_suspect_role` rows) is such a count, not a step past it to the arrested group of the first sentence;
- an arrest said after the names is theirs only when it is done and of no other subject: `A dan B, melihat pelaku
  ditangkap warga` (the noun right before the verb is its subject), `A dan B kabur saat hendak ditangkap` (intent);
- `Dua jam sebelumnya, polisi menangkap X` is a step of the case, unless its clause sets out a case of its own
  (`karena kasus ...`, `di kasus berbeda`, `terkait perkara ...`: `case_lead` rows, `other_case` rows after a case noun)."""
import pytest

from helpers import reader

_record = reader("2024-05-04T10:00", id="t")

_ARRESTED = "Satreskrim Polres Lembah Hijau menangkap dua pelaku begal di Kecamatan Sukamaju, Senin (3/5). "


def _suspects(text):
    rec = _record(text)
    return {s.name: s.status for s in rec.suspects if s.name}, rec.event.arrests


@pytest.mark.parametrize("group", ["Dua saksi telah diperiksa penyidik.", "Dua pelapor datang ke Mapolsek Sukamaju."])
def test_not_a_collective_after_a_count_of_witnesses_taking_the_first_groups_arrest(group):
    named, arrests = _suspects(_ARRESTED + group + " Keduanya berinisial FN dan DS.")
    assert "FN" not in named and "DS" not in named
    assert arrests == 2


def test_still_a_collective_right_after_the_arrested_group():
    named, _ = _suspects(_ARRESTED + "Keduanya berinisial FN dan DS.")
    assert named == {"FN": "ditangkap", "DS": "ditangkap"}


def test_not_a_counted_group_that_saw_someone_else_arrested():
    text = ("Dua pemuda, Gilang Pratama dan Yoga Saputra, melihat pelaku ditangkap warga di Kecamatan Sukamaju, "
            "Senin (3/5).")
    named, _ = _suspects(text)
    assert "Gilang Pratama" not in named and "Yoga Saputra" not in named


def test_not_a_counted_group_that_fled_when_about_to_be_arrested():
    text = "Dua pelaku begal berinisial FN dan DS kabur saat hendak ditangkap di Kecamatan Sukamaju, Senin (3/5)."
    named, arrests = _suspects(text)
    assert named.get("FN") != "ditangkap" and named.get("DS") != "ditangkap"
    assert not arrests


@pytest.mark.parametrize("clause", ["karena kasus pencurian sepeda motor", "di kasus berbeda",
                                    "terkait perkara penggelapan"])
def test_not_a_short_span_back_whose_arrest_sets_out_another_case(clause):
    text = _ARRESTED + f"Dua jam sebelumnya, polisi menangkap Fajar Nugroho {clause}."
    named, _ = _suspects(text)
    assert named.get("Fajar Nugroho") != "ditangkap"


def test_still_a_short_span_back_a_step_of_the_same_case():
    text = ("Dua jam sebelumnya, tim menangkap FN di Kecamatan Sukamaju. Polres Lembah Hijau lalu menangkap dua pelaku "
            "begal lainnya, Senin (3/5).")
    named, _ = _suspects(text)
    assert named.get("FN") == "ditangkap"
