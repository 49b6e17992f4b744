"""Over-reach of session 15's incident rules (s15inc, s15inc2) that a read-only review found on common text, each
with the shape the rule was for kept (their own tests: test_incident_probes_s15.py, test_incidents_s15_genre.py).

Every name, place and sentence is invented; read through the public API."""
import pytest

from helpers import reader
from helpers import suspect_statuses as _statuses

_record = reader("2025-03-14T10:00", id="t")


def test_a_reporter_named_after_the_list_of_the_counted_arrested_is_not_one_of_them():
    rec = _record("Satreskrim Polres Bogor menangkap tiga pelaku pencurian motor, yaitu AB (30) dan CD (28), setelah "
                  "dilaporkan oleh Eko Santoso (40). Keduanya kini ditahan di Mapolres Bogor.")
    assert "Eko Santoso" not in _statuses(rec)
    # `Keduanya kini ditahan` after the arrest: `ditahan` wins over `ditangkap` (gold/incidents/README.md, status; s27sv)
    assert _statuses(rec).get("AB") == _statuses(rec).get("CD") == "ditahan"


def test_a_victim_named_in_the_sentence_of_the_counted_arrested_is_not_one_of_them():
    rec = _record("Polsek Ciawi menangkap tiga pelaku penjambretan, yakni EF (22), GH (24) serta korban Sulastri (41) yang "
                  "mengalami luka lecet.")
    assert "Sulastri" not in _statuses(rec)
    assert "Sulastri" in {v.name for v in rec.victims}


def test_a_courier_killed_on_the_road_is_no_dead_perpetrator():
    rec = _record("Seorang kurir ekspedisi tewas setelah motornya ditabrak truk di Jalan Sudirman, Senin. Polisi kemudian "
                  "menetapkan sopir truk berinisial AR (45) sebagai tersangka.")
    assert _statuses(rec) == {"AR": "tersangka"}


def test_a_person_designated_a_suspect_is_not_the_dead_perpetrator():
    rec = _record("Seorang pelaku begal tewas dihakimi massa di Jalan Merdeka, Senin. Polisi kemudian menetapkan rekannya "
                  "berinisial AR (45) sebagai tersangka.")
    assert _statuses(rec).get("AR") == "tersangka"


def test_others_told_apart_from_a_part_of_a_stated_toll_are_in_it():
    rec = _record("Sebanyak empat penumpang tewas dalam kecelakaan itu. Tiga penumpang tewas di lokasi kejadian, sedangkan "
                  "seorang penumpang lainnya meninggal di rumah sakit.")
    assert rec.casualties.dead == 4


def test_others_of_one_said_dead_without_a_count_are_in_the_stated_toll():
    rec = _record("Empat orang tewas dalam kecelakaan itu. Sopir bus tewas di lokasi, dan tiga penumpang lainnya tewas di "
                  "rumah sakit.")
    assert rec.casualties.dead == 4


@pytest.mark.parametrize("text", [
    "Satresnarkoba Polres Bogor menangkap AB (30) dengan barang bukti 10 gram sabu. Menurut Kasat Resnarkoba, harga sabu "
    "di Bogor saat ini sekitar Rp 1,5 juta per gram dan terus naik.",
    "Polres Bogor menangkap AB (30) dan menyita 3 unit motor curian. Biaya pengurusan surat kendaraan di Samsat Rp 300 "
    "ribu per unit.",
    "Polres Bogor menangkap AB (30) dan menyita 20 botol miras. Di pasaran, harga miras itu mencapai Rp 50 ribu per botol.",
])
def test_a_going_price_or_a_fee_per_unit_of_the_goods_seized_is_no_price_of_the_scheme(text):
    assert _record(text).losses == []


_ASSAULT = "Polsek Cibinong menangkap AB (30), pelaku penganiayaan terhadap CD (25). "


@pytest.mark.parametrize("escape", ["melarikan diri", "kabur"])
def test_a_person_said_hurt_in_the_yang_clause_who_gets_away_is_a_victim(escape):
    rec = _record(_ASSAULT + f"Rudi yang terluka ringan {escape} ke rumah warga.")
    assert "Rudi" not in _statuses(rec)
    # `terluka ringan` is luka ringan, the severity the text gives (s19fxB; before it was read as plain luka)
    assert ("Rudi", "luka ringan") in {(v.name, v.status) for v in rec.victims}


@pytest.mark.parametrize("sentence", [
    "Saksi bernama Budi (45) yang melihat kejadian itu langsung melarikan diri karena ketakutan.",
    "Saksi bernama Budi (45) langsung melarikan diri karena ketakutan.",
])
def test_a_witness_who_flees_is_no_suspect_on_the_run(sentence):
    assert "Budi" not in _statuses(_record("Polsek Cibinong menangkap AB (30), pelaku perampokan warung. " + sentence))


def test_footage_taken_from_a_witness_makes_no_suspect():
    rec = _record("Polres Bogor menyelidiki kasus pencurian motor di Desa Sukamaju. Polisi menyita rekaman CCTV dari seorang "
                  "warga bernama Budi (45) yang rumahnya di dekat lokasi. Pelaku pencurian masih diburu polisi.")
    assert "Budi" not in _statuses(rec)



def test_of_the_named_the_one_who_ran_away_is_not_the_dead_perpetrator():
    rec = _record("Seorang pelaku curas tewas ditembak petugas di Jalan Lintas Timur. Dua pelaku berinisial AR (33) dan BS "
                  "(30) menyerang petugas. BS kemudian kabur ke arah hutan.")
    assert _statuses(rec)["AR"] == "tewas"
    assert _statuses(rec)["BS"] != "tewas"


def test_sebelumnya_of_other_suspects_arrested_in_another_case_stays_background():
    rec = _record("Polres Depok menangkap AB (30), pelaku perampokan minimarket di Cimanggis. Dua tersangka sebelumnya "
                  "ditangkap Polres Bekasi dalam kasus narkoba dan kini dibebaskan.")
    assert rec.event.arrests == 1


def test_two_people_read_at_one_span_do_not_crash_the_residences_of_groups():
    # the alias `Budi` and the victim `Budi Santoso` both take the mention `Budi`: the residence reader sorted people
    rec = _record("Polisi menangkap AB alias Budi (30), pelaku penjambretan di Jalan Merdeka. Korban penjambretan, Budi "
                  "Santoso (25), mengalami luka ringan di tangan.")
    assert rec.error is None and "AB" in _statuses(rec)
