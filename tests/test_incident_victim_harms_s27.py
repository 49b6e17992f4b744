"""A victim's harm said in the name's own `yang` clause after an apposition between commas (issue 22, session 27,
s27cas): `Korban, X (48), buruh bangunan, yang mengalami luka bacok` makes X hurt (`incident_victims.clause_harms`). Every
name, place and sentence is invented; read through the public API. Each case fails on the session's start (`0c56fd81`)
but the guard."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2025-03-10T10:00", id="t",
                 after=" Kapolsek Sukamaju AKP Budi Santoso mengatakan polisi masih menyelidiki kasus itu.")


@pytest.mark.parametrize("text, want", [
    ("Polisi menangkap dua perampok di Jalan Sukamaju, Senin (3/3/2025). Korban mereka adalah Rina Wati (25), karyawati "
     "toko, yang mengalami luka tusuk di perut.", ("Rina Wati", "luka")),
    ("Polisi menangkap pelaku penjambretan di Jalan Sukamaju, Senin (3/3/2025). Korbannya, Sri Lestari (52), ibu rumah "
     "tangga, yang terluka di kepala setelah terjatuh dari motor.", ("Sri Lestari", "luka")),
    ("Polisi menangkap pelaku pembacokan di Desa Sukamaju, Senin (3/3/2025). Korban, Yusuf Hamdani (39), petani, yang "
     "menderita luka bacok di punggung, dirawat di puskesmas.", ("Yusuf Hamdani", "luka")),
    ("Polisi menangkap pelaku penikaman di Pasar Sukamaju, Senin (3/3/2025). Korbannya, Teguh (27), juru parkir, warga "
     "Desa Sukamaju, yang mengalami luka tusuk, kini dirawat.", ("Teguh", "luka")),
    ("Polisi menangkap dua pelaku pengeroyokan di Jalan Sukamaju, Senin (3/3/2025). Korban, Bayu Aji (19), mahasiswa, "
     "yang sempat mengalami luka memar di wajah, sudah pulang.", ("Bayu Aji", "luka")),
    ("Polisi menangkap sopir truk yang menabrak pejalan kaki di Jalan Sukamaju, Senin (3/3/2025). Korban, Rohmah (61), "
     "pedagang sayur, yang tewas di lokasi, dimakamkan di Desa Sukamaju.", ("Rohmah", "tewas")),
    ("Polisi menangkap pelaku penganiayaan di Desa Sukamaju, Senin (3/3/2025). Korban, Lina Marlina (34), guru honorer, "
     "yang mengalami luka berat di kepala, dirujuk ke RSUD Sukamaju.", ("Lina Marlina", "luka berat")),
    ("Polisi menangkap pelaku perampokan di Desa Sukamaju, Senin (3/3/2025). Korbannya, Hasan (58), pemilik toko emas, "
     "yang juga terluka di lengan, masih trauma.", ("Hasan", "luka")),
], ids=["stabbed", "terluka", "menderita", "two_appositions", "sempat", "dead", "severe", "juga"])
def test_a_harm_in_the_names_own_yang_clause_after_an_apposition(text, want):
    rec = _record(text)
    assert want in victim_statuses(rec)
    dead, injured, _ = toll(rec)
    assert (dead or 0) + (injured or 0) == 1  # the victims list and the casualties agree


def test_a_yang_clause_of_no_harm_gives_none():  # guard
    rec = _record("Polisi menangkap pelaku penipuan di Desa Sukamaju, Senin (3/3/2025). Korbannya, Ratna (41), pedagang, "
                  "yang melapor ke polisi, rugi Rp 20 juta.")
    assert dict(victim_statuses(rec)).get("Ratna") not in ("luka", "tewas")
    assert toll(rec)[:2] == (None, None)
