"""Review of s19cas (session 19, s19rvD): the harm readers' over-reach found and mended, each with an invented text.

- a bare year before the publication's in the toll's sentence (`year_gone`, s19cas: every toll in it dropped) also
  counted a law's year (`UU Nomor 22 Tahun 2009`, the charge of nearly every traffic case) and a birth year (`lahir
  tahun 1990`, `timeless_year` rows): neither is a time of another case, and the toll stays;
- victims counted apart (`Tiga korban lainnya`, s19cas) were made `dirugikan` by a loss their clause denied
  (`tidak kehilangan apa pun`);
- kin said harmed and named later (`istrinya, X`, s19cas) took an officer's wife set out after the officer's name;
- a list of the harmed after `yakni`/`yaitu` (s19cas's item leads) ran on past the `dan` that closed it and took the
  next name (`..., dibantu rekannya C`, `..., ujar C`) as one more victim."""
from __future__ import annotations

from helpers import reader, toll, victim_statuses

_record = reader("2025-03-04T10:00", id="rvd")


def test_a_law_year_in_the_toll_sentence_keeps_the_toll():
    r = _record("Sopir truk itu dijerat Pasal 310 ayat 4 UU Nomor 22 Tahun 2009 tentang Lalu Lintas karena kelalaiannya "
                "mengakibatkan dua orang meninggal dunia di Jalan Raya Cibaru, Senin (3/3/2025).")
    assert toll(r)[0] == 2
    assert [v[1] for v in victim_statuses(r)] == ["tewas", "tewas"]


def test_a_birth_year_in_the_toll_sentence_keeps_the_toll():
    r = _record("Pelaku yang lahir tahun 1990 itu menganiaya dua orang hingga luka-luka di Desa Sukamaju, "
                "Senin (3/3/2025).")
    assert toll(r)[1] == 2


def test_an_earlier_year_of_another_case_still_drops_the_toll():
    """The bound of the mend: a year told as a time (`pada Pilkades 2019`) still makes the toll that year's."""
    r = _record("Warga Desa Sukamaju bentrok lagi, Senin (3/3/2025). Pada Pilkades 2019 sempat terjadi bentrok yang "
                "mengakibatkan dua orang luka-luka.")
    assert toll(r)[1] in (None, 0)


def test_a_denied_loss_gives_no_victims_counted_apart():
    r = _record("Polisi menangkap penjambret di Desa Sukamaju, Senin (3/3/2025). Salah satu korban, Rina Wati (29), "
                "mengalami luka lecet. Tiga korban lainnya tidak kehilangan apa pun karena pelaku keburu kabur.")
    assert [v[1] for v in victim_statuses(r)] == ["luka"]


def test_a_loss_said_still_gives_victims_counted_apart():
    r = _record("Polisi menangkap penjambret di Desa Sukamaju, Senin (3/3/2025). Salah satu korban, Rina Wati (29), "
                "mengalami luka lecet. Tiga korban lainnya kehilangan ponsel.")
    assert [v[1] for v in victim_statuses(r)] == ["luka", "dirugikan", "dirugikan", "dirugikan"]


def test_an_officers_kin_set_out_after_a_harmed_kin_is_no_victim():
    """`istrinya, X` after an officer points to the officer's wife, not to the wife the doer beat (kin_named, s19cas)."""
    r = _record("Polisi menangkap seorang suami yang menganiaya istrinya di Desa Sukamaju, Senin (3/3/2025). Kapolsek "
                "Cibaru AKP Budi Hartono bersama istrinya, Sri Lestari, menjenguk korban di rumah sakit.")
    assert "Sri Lestari" not in [n for n, _ in victim_statuses(r)]


def test_kin_of_a_doer_named_with_no_cue_is_still_the_victim():
    r = _record("Seorang pria di Desa Sukamaju ditangkap polisi setelah menganiaya istri dan anaknya, Senin (3/3/2025). "
                "Andi Saputra (42) memarahi istrinya, Sri Lestari (38), karena makan malam belum siap. Kedua korban dirawat "
                "di rumah sakit.")
    assert "Sri Lestari" in [n for n, _ in victim_statuses(r)]


def test_a_name_after_a_list_closed_by_dan_is_no_further_victim():
    """`yaitu A dan B, dibantu rekannya C` (`_NAMED_ITEMS`, s19cas): `dan` closed the list of the harmed; C is no third
    victim."""
    for tail in ("dibantu rekannya Joko Susilo.", "bersama temannya, Joko Susilo.", "ujar Joko Susilo, warga setempat."):
        r = _record("Polisi menangkap pelaku penganiayaan di Desa Sukamaju, Senin (3/3/2025). Pelaku menganiaya dua orang, "
                    "yaitu Andi Saputra (20) dan Budi Santoso (22), " + tail)
        assert [n for n, _ in victim_statuses(r)] == ["Andi Saputra", "Budi Santoso"], tail


def test_a_list_with_kin_set_out_by_a_comma_keeps_every_item():
    r = _record("Kecelakaan di Jalan Raya Cibaru, Senin (3/3/2025), mengakibatkan tiga orang tewas, yakni Rahmat Hidayat "
                "(40), istrinya, Siti Aminah (38), dan anaknya, Dewi Lestari (10).")
    assert {n for n, _ in victim_statuses(r)} == {"Rahmat Hidayat", "Siti Aminah", "Dewi Lestari"}
