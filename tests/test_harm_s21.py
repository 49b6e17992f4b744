"""Victims and casualties by their general shape (issue 22, session 21, s21inc2). Every name, place and sentence is
invented; read through the public API. Each case failed on the session's start (`06f86d6`) but the bounds' guards:

- a list of the dead whose later items are set out by a kin's noun (`A (60), istrinya B (58), dan cucu mereka, C (6)`;
  `dan anak bungsu mereka, C`): each item is one more victim of the list, with the list's harm; a noun of another part
  (`tetangganya B`) is no item of it;
- an injury said of a collective (`Keduanya mengalami luka bacok`) that points back at as many said dead is the wounds
  they died of, no count of the injured; a collective after a count of the injured, or of another number, still counts;
- an envelope counted before the papers it holds (`enam amplop surat tugas palsu`) is a container on no unit list: the
  papers are the item, the count bare (README settled s18 2 and 4); `sebuah amplop` alone is the thing;
- the acronym or name of the body a paper claims to be from, before `palsu` (`surat perintah penyidikan KPK palsu`,
  `kartu anggota BIN palsu`), is left out and the kind word kept (settled s18 12);
- `total` opening a list item (`..., total 500 lembar senilai Rp 45 juta`) is the sum of the items before, no item."""
from helpers import evidence_set, reader, toll, victim_statuses

_record = reader("2017-05-10T10:00", id="t")
_FIRE = "Kebakaran melanda permukiman warga di Kelurahan Sukamaju, Kota Bandung, Senin (8/5) dini hari. "


# --- a list of the dead set out by kin ---------------------------------------------------------------------------

def test_a_kin_noun_with_no_comma_sets_out_the_next_victim():
    rec = _record(_FIRE + "Korban tewas adalah Warsito (60), istrinya Suminah (58), dan cucu mereka, DN (6).")
    assert victim_statuses(rec) == [("DN", "tewas"), ("Suminah", "tewas"), ("Warsito", "tewas")]
    assert toll(rec)[0] == 3


def test_a_noun_of_theirs_set_out_by_a_comma_after_yakni():
    rec = _record(_FIRE + "Ketiga korban tewas merupakan satu keluarga, yakni Warsito (60), istrinya Suminah (58), "
                          "dan cucunya, DN (6). Mereka terjebak di lantai dua.")
    assert victim_statuses(rec) == [("DN", "tewas"), ("Suminah", "tewas"), ("Warsito", "tewas")]


def test_two_words_of_kin_before_mereka_and_a_comma():
    rec = _record("Tiga anggota keluarga ditemukan tewas di rumah mereka di Desa Cikupa, Kabupaten Garut, Selasa (9/5) "
                  "pagi. Korban tewas adalah Karyono (52), istrinya, Lilis Suryani (47), dan anak bungsu mereka, RN (9).")
    assert victim_statuses(rec) == [("Karyono", "tewas"), ("Lilis Suryani", "tewas"), ("RN", "tewas")]


def test_a_neighbour_after_the_victim_is_no_item_of_the_list():
    rec = _record(_FIRE + "Korban tewas adalah Warsito (60), tetangganya Budiman (45) sempat mencoba menolong.")
    assert "Budiman" not in {name for name, _ in victim_statuses(rec)}


# --- the wounds of the dead ----------------------------------------------------------------------------------------

def test_the_wounds_of_the_dead_are_no_injured_count():
    rec = _record("Dua pemuda tewas dalam tawuran antarkelompok di Kecamatan Johar Baru, Minggu (7/5) dini hari. "
                  "Korban masing-masing berinisial RA (17) dan FS (19). Keduanya mengalami luka bacok di punggung.")
    assert toll(rec) == (2, None, None)
    assert victim_statuses(rec) == [("FS", "tewas"), ("RA", "tewas")]


def test_the_wounds_of_the_dead_unnamed():
    rec = _record("Tiga nelayan tewas diserang kawanan perompak di perairan Selat Karimata, Senin (8/5). Ketiganya "
                  "menderita luka tusuk di dada.")
    assert toll(rec) == (3, None, None)


def test_a_collective_after_the_injured_still_counts():
    rec = _record("Dua pengendara tewas dalam kecelakaan di Jalan Raya Nagreg, Minggu (7/5). Dua penumpang lain "
                  "mengalami luka. Keduanya mengalami luka berat dan dirawat di RSUD.")
    assert toll(rec) == (2, 2, None)


def test_a_collective_of_another_number_still_counts():
    rec = _record("Tiga penumpang tewas dalam kecelakaan bus di Jalan Raya Nagreg, Minggu (7/5). Kedua korban lainnya "
                  "mengalami luka berat dan dirawat di RSUD.")
    assert toll(rec) == (3, 2, None)


# --- papers in envelopes, and the body a false paper claims ---------------------------------------------------------

_FRAUD = ("Polisi menangkap dua tersangka penipuan berinisial AB (40) dan CD (38) di Kecamatan Cibinong, Senin (8/5). "
          "Tersangka dijerat Pasal 378 KUHP. ")


def test_papers_counted_by_their_envelopes():
    rec = _record(_FRAUD + "Dari tangan tersangka, polisi menyita enam amplop surat tugas palsu dan dua unit handphone.")
    assert evidence_set(rec) == {("surat tugas palsu", 6, None), ("handphone", 2, "unit")}


def test_an_envelope_alone_is_the_thing():
    rec = _record(_FRAUD + "Polisi juga menyita sebuah amplop dari mobil tersangka.")
    assert {e[0] for e in evidence_set(rec)} == {"amplop"}


def test_the_body_a_false_paper_claims_is_left_out():
    rec = _record(_FRAUD + "Polisi menyita enam amplop surat perintah penyidikan KPK palsu dan tujuh telepon selular.")
    assert ("surat perintah penyidikan palsu", 6, None) in evidence_set(rec)


def test_the_body_a_false_card_claims_is_left_out():
    rec = _record(_FRAUD + "Polisi menyita 15 lembar kartu anggota BIN palsu dari rumah tersangka.")
    assert evidence_set(rec) == {("kartu anggota palsu", 15, "lembar")}


def test_an_acronym_of_the_things_kind_stays():
    rec = _record(_FRAUD + "Polisi menyita dua unit mesin EDC dari rumah tersangka.")
    assert evidence_set(rec) == {("mesin edc", 2, "unit")}


# --- a total in the list ---------------------------------------------------------------------------------------------

_NOTES = ("Polisi menangkap tersangka pengedar uang palsu berinisial AB (40) di Kecamatan Cibinong, Senin (8/5). Tersangka "
          "dijerat Pasal 36 UU Mata Uang. ")


def test_a_total_in_the_list_is_no_item():
    rec = _record(_NOTES + "Dari rumah itu polisi menyita uang palsu pecahan Rp 100.000 sebanyak 400 lembar dan pecahan "
                           "Rp 50.000 sebanyak 100 lembar, total 500 lembar senilai Rp 45 juta. Turut disita sebuah printer.")
    assert evidence_set(rec) == {("uang palsu", 500, "lembar"), ("printer", 1, "unit")}


def test_a_total_of_packets_is_no_item():
    rec = _record(_NOTES + "Polisi juga menyita 20 paket sabu dan 10 paket ganja, total 30 paket, serta sebuah timbangan.")
    assert "total" not in {e[0] for e in evidence_set(rec)}
