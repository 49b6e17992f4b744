"""Suspects and victims that generalise (issue 22, session 23, s23sv). Every name, place and sentence is invented;
read through the public API. The named cases failed on the session's start (`90de6b97`); the near-misses guard the
bounds:

- `menahan tiga tersangka ... dijalankan pasangan suami istri BK (52) dan RN (45), dibantu keponakan mereka, DT (24)`:
  suspects counted without a name, and people named by initials with an age of whom no cue says anything: the counted
  are those people (as many or fewer), with the group's status; a victim so named (`korban`) stays a victim, a child
  under twelve (the age of criminal responsibility) is no suspect, and more bare initials than counted suspects name
  none of them."""
from helpers import reader

_record = reader("2024-05-02T10:00", id="t")


def _people(text):
    rec = _record(text)
    return rec.suspects, {v.name for v in rec.victims}


def test_counted_suspects_are_the_bare_initials():
    text = ("Polres Lembah Hijau menggerebek rumah produksi uang palsu di Desa Sukamaju dan menahan tiga tersangka. "
            "Usaha itu dijalankan pasangan suami istri BK (52) dan RN (45), dibantu keponakan mereka, DT (24). "
            "Ketiganya dijerat Pasal 36 Undang-Undang Nomor 7 Tahun 2011 tentang Mata Uang.")
    suspects, _ = _people(text)
    assert {s.name for s in suspects} == {"BK", "RN", "DT"}
    assert {s.age for s in suspects} == {52, 45, 24}


def test_an_unnamed_driver_held_is_the_bare_initials():
    text = ("Kecelakaan terjadi di Jalan Lintas Timur, Kabupaten Lembah Hijau, Kamis (2/5/2024). Truk yang dikemudikan "
            "HT (47), warga Desa Sukamaju, menabrak sepeda motor yang dikendarai Darto Wiryo (35). Darto meninggal dunia "
            "di lokasi. Sopir truk telah diamankan di Mapolres Lembah Hijau.")
    suspects, victims = _people(text)
    assert [s.name for s in suspects] == ["HT"]
    assert "Darto Wiryo" in victims


def test_a_victim_or_a_child_named_by_initials_is_no_counted_suspect():
    text = ("Polsek Tanjung Rawa menangkap seorang pelaku pencabulan. Korban, RA (9), kini didampingi dinas sosial. "
            "Pelaku masih diperiksa.")
    suspects, victims = _people(text)
    assert "RA" in victims and not any(s.name == "RA" for s in suspects)
    text = ("Polsek Tanjung Rawa menahan seorang tersangka pencurian. Di rumah itu tinggal AB (9) bersama neneknya. "
            "Tersangka dijerat Pasal 363 KUHP.")
    suspects, _ = _people(text)
    assert not any(s.name == "AB" for s in suspects)


def test_more_bare_initials_than_counted_suspects_name_none():
    text = ("Polres Lembah Hijau menahan seorang tersangka penipuan. Warga yang hadir, AB (40), CD (38) dan EF (51), "
            "mengaku pernah ditawari pekerjaan. Tersangka dijerat Pasal 378 KUHP.")
    suspects, _ = _people(text)
    assert not any(s.name in {"AB", "CD", "EF"} for s in suspects)
