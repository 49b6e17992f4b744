"""Casualties by their general shape (issue 22, session 26, s26cas). Every name, place and sentence is invented; read
through the public API. Each case fails on the session's start (`41c19e5c`) but the guards (marked "guard"):

- a count right before `luka` with a kind of wound after it (`wound_kind` rows of incident_words: `tewas dengan
  delapan luka tusuk`, `mengalami tiga luka bacok`) counts wounds, not the injured; a count of people before `luka`
  (`dua orang luka tusuk`) or of a severity (`tiga luka berat`) still counts the injured (guard)."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2025-03-10T10:00", id="t")


# --- a count of wounds is no count of the injured ---------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Seorang pedagang tewas dengan delapan luka tusuk di dada setelah dianiaya dua pria di Pasar Sukamaju, Senin "
     "(3/3/2025).", (1, None, None)),
    ("Korban, Rudi Hartono (41), ditemukan tewas dengan 12 luka tusuk di tubuhnya di sebuah kebun di Desa Sidorejo, "
     "Senin (3/3/2025).", (1, None, None)),
    ("Warga menemukan seorang pria tewas dengan lima luka sayatan di leher di tepi Sungai Brantas, Senin (3/3/2025).",
     (1, None, None)),
    ("Seorang satpam tewas ditikam perampok dengan sedikitnya enam luka tusuk di perut di Jalan Merdeka, Bandung, Senin "
     "(3/3/2025).", (1, None, None)),
    ("Petani itu tewas dibacok tetangganya di Desa Lamongan, Senin (3/3/2025); tubuhnya penuh luka dengan empat luka "
     "bacok di lengan dan kepala.", (1, None, None)),
    ("Seorang sopir angkot mengalami tiga luka bacok di kepala setelah dikeroyok lima pemuda di Terminal Cikarang, "
     "Selasa (4/3/2025).", (None, 1, None)),
    ("Korban penganiayaan, Agus Salim (35), menderita sepuluh luka tusuk dan kini dirawat di RSUD Sukamaju, Selasa "
     "(4/3/2025).", (None, 1, None)),
    ("Hasil autopsi menunjukkan terdapat tujuh luka tusukan di tubuh korban yang tewas di rumahnya di Kecamatan Tanjung, "
     "Selasa (4/3/2025).", (None, None, None)),
], ids=["dead_with_stabs", "named_dead_digits", "cuts", "at_least", "semicolon", "one_hurt", "one_named_hurt",
        "autopsy"])
def test_a_count_of_wounds_is_no_count_of_the_injured(text, want):
    rec = _record(text)
    assert toll(rec) == want
    assert sum(s == "luka" for _, s in victim_statuses(rec)) == (want[1] or 0)


@pytest.mark.parametrize("text, want", [
    ("Dua orang luka tusuk dalam tawuran pelajar di Jalan Kaliurang, Sleman, Kamis (6/3/2025).", 2),
    ("Kecelakaan beruntun di Tol Cipali menewaskan seorang sopir dan tiga luka berat, Rabu (5/3/2025).", 3),
    ("Dalam bentrokan di Desa Sukamaju, Kamis (6/3/2025), dua warga tewas dan empat luka-luka.", 4),
], ids=["people_noun", "severity", "plain"])
def test_a_count_of_people_before_luka_still_counts_the_injured(text, want):  # guard
    assert toll(_record(text))[1] == want


# --- review s26rvB: a count in a toll's list before `luka <kind>` counts people ---------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Kebakaran melanda Pasar Cibeunying, Kecamatan Sukamaju, Senin (3/3/2025). Dua orang tewas dan tiga luka bakar "
     "dalam peristiwa itu.", (2, 3)),
    ("Bentrokan antarkampung di Distrik Wanggar, Senin (3/3/2025): 2 tewas, 8 luka tembak, kata Kapolres AKBP Joko "
     "Susilo.", (2, 8)),
    ("Ledakan tabung gas di rumah makan di Jalan Merdeka, Senin (3/3/2025), membuat lima luka bakar, kata Kapolsek AKP "
     "Budi Santoso.", (None, 5)),
    ("Akibat kebakaran gudang itu, satu tewas dan empat luka bakar serius, kata Kapolsek, Senin (3/3/2025).", (1, 4)),
], ids=["dan", "comma", "object", "serius"])
def test_a_count_in_a_tolls_list_before_a_kind_of_wound_counts_people(text, want):
    """The wound count needs a word of bearing before the count (`wound_count_lead` rows: `dengan`, `mengalami`, ...);
    fails at `53ee22c5`, where each of these counts was read as wounds."""
    assert toll(_record(text))[:2] == want
