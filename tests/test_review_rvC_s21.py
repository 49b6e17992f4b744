"""Review of s21inc2's victim, casualty and evidence rules (session 21, s21rvC). Every name, place and sentence is
invented; read through the public API. 7 cases fail on main after the s21inc2 merge (`576b7f3`); 2 guard the bounds
(a date `(2/5)` is no count of two; a name with no kind word after it stays out):

- an injury said of a collective (`Keduanya mengalami luka bacok`) points back at the last group of its size: when
  another group of as many is counted between the dead and it (`Dua warga yang melerai ...`), or people are said to
  have come out alive (`Sopir dan kernet truk selamat`), it is theirs, and the injured are counted;
- a list opened by a victim whose last item has a part of its own (`..., dan anak mereka, C (20), ditangkap`) is the
  subject of that predicate: the items after the first are no more of the dead;
- the body a false paper claims may be a name of two or three words (`surat tugas Polda Sukamaju palsu`): left out,
  the kind word kept, as for one word (`surat tugas Polri palsu`)."""
from helpers import evidence_set, reader, suspect_names, toll, victim_statuses

_record = reader("2017-05-10T10:00", id="t")
_BRAWL = "Dua pemuda tewas dalam tawuran antarkelompok di Kecamatan Sukaraja, Minggu (7/5) dini hari. "


# --- the wounds of the dead, and of others ------------------------------------------------------------------------

def test_a_collective_after_another_group_of_as_many_counts_the_injured():
    rec = _record(_BRAWL + "Dua warga yang melerai juga terkena sabetan senjata tajam. Keduanya mengalami luka bacok "
                           "dan dirawat di RSUD.")
    assert toll(rec) == (2, 2, None)


def test_a_collective_after_named_others_counts_the_injured():
    rec = _record("Dua pengendara tewas di lokasi dalam kecelakaan di Jalan Raya Cikampek, Minggu (7/5). Dua pengendara "
                  "lain, AB dan CD, juga terlibat. Keduanya mengalami luka berat.")
    assert toll(rec) == (2, 2, None)


def test_a_collective_after_survivors_counts_the_injured():
    rec = _record("Dua penumpang tewas dalam kecelakaan di Jalan Raya Cikampek, Minggu (7/5). Sopir dan kernet truk "
                  "selamat. Keduanya mengalami luka ringan dan dirawat di puskesmas.")
    assert toll(rec) == (2, 2, None)


def test_the_wounds_of_the_dead_still_no_injured_count():
    rec = _record(_BRAWL + "Korban masing-masing berinisial RA (17) dan FS (19), tewas pada (2/5) pagi. Keduanya mengalami "
                           "luka bacok di punggung.")
    assert toll(rec)[1] is None


# --- a list whose last item has a part of its own -----------------------------------------------------------------

def test_kin_listed_after_the_dead_and_arrested_are_no_victims():
    rec = _record("Warga Desa Cilawu, Kabupaten Garut, geger, Selasa (9/5). Korban tewas adalah Hendarman (50), "
                  "istrinya Yuyun (38), dan anak mereka, Asep (20), ditangkap karena diduga membunuhnya.")
    assert victim_statuses(rec) == [("Hendarman", "tewas")]
    assert "Yuyun" not in {name for name, _ in victim_statuses(rec)}
    assert toll(rec)[0] == 1
    assert "Asep" in suspect_names(rec)


def test_kin_listed_after_the_dead_who_survived_are_not_dead():
    rec = _record("Kebakaran melanda rumah warga di Kelurahan Cibeureum, Kota Sukabumi, Senin (8/5). Korban tewas yakni "
                  "Darmo (60), istrinya Sukini (58) dan anak mereka, Joko (30), selamat karena berada di luar rumah.")
    assert ("Sukini", "tewas") not in victim_statuses(rec)
    assert toll(rec)[0] == 1


# --- the body a false paper claims, of more than one word ---------------------------------------------------------

_FRAUD = ("Polisi menangkap dua tersangka penipuan berinisial AB (40) dan CD (38) di Kecamatan Cibungbulang, Senin (8/5). "
          "Tersangka dijerat Pasal 378 KUHP. ")


def test_a_body_of_two_words_before_palsu_is_left_out():
    rec = _record(_FRAUD + "Polisi menyita surat tugas Polda Sukamaju palsu dan dua unit handphone.")
    assert evidence_set(rec) == {("surat tugas palsu", None, None), ("handphone", 2, "unit")}


def test_a_body_of_three_words_before_palsu_is_left_out():
    rec = _record(_FRAUD + "Polisi menyita tiga lembar surat izin Dinas Perhubungan Cibungbulang palsu.")
    assert evidence_set(rec) == {("surat izin palsu", 3, "lembar")}


def test_a_name_after_the_paper_with_no_kind_word_stays_out():
    rec = _record(_FRAUD + "Polisi menyita surat tugas Polda Sukamaju dan dua unit handphone.")
    assert evidence_set(rec) == {("surat tugas", None, None), ("handphone", 2, "unit")}
