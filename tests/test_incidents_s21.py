"""Incident facts by their general shape (issue 22, session 21, s21inc). Every name, place and sentence is invented;
read through the public API. Each case failed on the session's start (`96309ed`) but the bounds' guards:

- a court's sentence said before the one sentenced (`Majelis hakim memvonis AB (45)`, `menjatuhkan hukuman 7 tahun
  penjara kepada AB`, `menjatuhkan vonis penjara terhadap mantan kepala dinas, AB`) makes a suspect `dihukum`, as
  `AB divonis` did; a prosecutor's demand, a plea or a schedule before the verb sentences no one (`sentencing` rows);
  `AB dijatuhkan vonis` is the passive's other form;
- every person reported missing found again (`X yang menghilang ... telah ditemukan`, `Tiga nelayan yang dilaporkan
  hilang ... ditemukan selamat`): the final missing number is 0 (gold/incidents/README.md, Settled s20 rule 1); not
  when one is `belum ditemukan`, nor for goods found (`Motor yang hilang itu ditemukan`);
- a count before the noun of the arrested (`menangkap dua sopir truk berinisial X (23) dan Y (27)`) no longer hides
  that noun, so a thing's word after it (`truk`) does not make the object a thing: the named are arrested;
- of several people reported missing, some found: one still `masih hilang` keeps the missing number."""
from helpers import reader, suspect_statuses, toll

_record = reader("2025-08-03T10:00", id="t")


# --- sentenced: the object of an active verb of sentencing -------------------------------------------------------

def test_the_object_of_memvonis_is_sentenced():
    text = ("Majelis hakim Pengadilan Negeri Kudus memvonis Hartono (45) dengan hukuman 6 tahun penjara karena terbukti "
            "mencuri ternak warga Desa Jati. Terdakwa dijerat Pasal 363 KUHP.")
    assert suspect_statuses(_record(text)) == {"Hartono": "dihukum"}


def test_a_sentence_handed_to_a_named_one_after_its_term():
    text = ("Pengadilan Negeri Garut menjatuhkan hukuman 7 tahun penjara kepada Asep Sunandar (30), pelaku pencurian "
            "dengan kekerasan di Desa Sukamaju. Ia terbukti melanggar Pasal 365 KUHP.")
    assert suspect_statuses(_record(text)) == {"Asep Sunandar": "dihukum"}


def test_a_sentence_against_a_former_official_apposed():
    text = ("Majelis Hakim Pengadilan Tipikor Bandung menjatuhkan vonis penjara terhadap mantan Kepala Dinas Pendidikan, "
            "Bambang Suryadi, karena terbukti dalam kasus korupsi dana BOS. Bambang dijatuhkan vonis hukuman 4 tahun "
            "penjara dan denda Rp 200 juta. Terdakwa dijerat Pasal 3 UU Tipikor.")
    assert suspect_statuses(_record(text)).get("Bambang Suryadi") == "dihukum"


def test_a_prosecutors_demand_sentences_no_one():
    text = ("Jaksa penuntut umum menuntut majelis hakim memvonis Hartono (45) dengan hukuman 8 tahun penjara karena "
            "mencuri ternak warga Desa Jati. Terdakwa dijerat Pasal 363 KUHP.")
    assert suspect_statuses(_record(text)).get("Hartono") != "dihukum"


def test_a_scheduled_sentence_sentences_no_one():
    text = ("Majelis hakim dijadwalkan akan memvonis Hartono (45) pekan depan dalam kasus pencurian ternak warga Desa "
            "Jati. Terdakwa dijerat Pasal 363 KUHP.")
    assert suspect_statuses(_record(text)).get("Hartono") != "dihukum"


def test_the_judge_before_the_verb_is_no_suspect():
    text = ("Hakim Ketua Suparman (55) memvonis terdakwa pencurian ternak dengan 6 tahun penjara. Terdakwa dijerat "
            "Pasal 363 KUHP dan ditahan di Lapas Kudus.")
    assert "Suparman" not in suspect_statuses(_record(text))


# --- the missing found again ----------------------------------------------------------------------------------

def test_a_named_person_missing_then_found_leaves_none_missing():
    text = ("Seorang pelajar SMP, Rina Amelia (14) yang menghilang selama dua minggu, telah ditemukan di daerah Bogor "
            "oleh polisi, Senin (3/4). Korban ditemukan dalam keadaan sehat. Polisi memeriksa seorang pria yang "
            "membawa korban.")
    assert toll(_record(text))[2] == 0


def test_a_counted_group_missing_found_alive_leaves_none_missing():
    text = ("Tiga nelayan yang dilaporkan hilang sejak Sabtu akhirnya ditemukan selamat oleh tim SAR gabungan di "
            "Perairan Pulau Seribu, Senin (3/4). Kapal mereka tenggelam dihantam ombak. Polisi menyebut ketiganya "
            "dalam kondisi lemas.")
    assert toll(_record(text))[2] == 0


def test_a_counted_group_missing_found_dead_is_dead_and_none_missing():
    text = ("Dua nelayan yang dilaporkan hilang sejak Sabtu akhirnya ditemukan meninggal dunia oleh tim SAR gabungan di "
            "Perairan Pulau Seribu, Senin (3/4). Polisi mengevakuasi jenazah keduanya.")
    assert toll(_record(text)) == (2, None, 0)


def test_one_still_not_found_stays_missing():
    text = ("Kapal motor tenggelam di Perairan Pulau Seribu, Senin (3/4). Dua penumpang tewas. Seorang nelayan yang "
            "dilaporkan hilang belum ditemukan hingga kini. Polisi memeriksa nakhoda kapal.")
    assert toll(_record(text))[2] == 1


def test_goods_found_again_say_nothing_of_the_missing():
    text = ("Pencuri membawa kabur motor milik warga Desa Sukamaju, Senin (3/4). Motor yang hilang itu ditemukan di "
            "sebuah kebun. Polisi menangkap pelaku berinisial AS (25).")
    assert toll(_record(text))[2] is None


# --- a count before the noun of the arrested --------------------------------------------------------------------

def test_counted_drivers_named_by_initials_are_arrested():
    text = ("Polisi menggerebek sebuah gudang di Desa Sukamaju, Senin (3/4). Petugas menangkap dua sopir truk berinisial "
            "RT (23) dan MS (27). Keduanya ditahan di Mapolres Garut dan dijerat Pasal 480 KUHP.")
    # `ditahan` said of the two after their arrest wins over `ditangkap` (gold/incidents/README.md, status; s27sv)
    assert suspect_statuses(_record(text)) == {"RT": "ditahan", "MS": "ditahan"}


def test_counted_trucks_of_an_owner_arrest_no_one():
    text = ("Polisi menggerebek sebuah gudang di Desa Sukamaju, Senin (3/4). Petugas mengamankan dua unit truk milik "
            "RT (23). Pemiliknya masih diburu polisi. Ia dijerat Pasal 480 KUHP.")
    assert suspect_statuses(_record(text)).get("RT") not in ("ditangkap", "diamankan")


def test_some_found_one_named_still_missing_stays_missing():
    text = ("Longsor menimbun area tambang batu di Desa Cipari, Senin (2/6). Dua pekerja yang sebelumnya dinyatakan hilang, "
            "Asep Mulyana (24) dan Wawan (33), ditemukan meninggal dunia pada Selasa (3/6) sore. Seorang pekerja lain, "
            "Darsim (45), masih hilang. Pencarian terhadap korban hilang dilanjutkan.")
    assert toll(_record(text))[2] == 1
