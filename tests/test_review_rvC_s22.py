"""Review of s22cev's incident-number rules (session 22, rvC): near-misses of each rule, every name, place and
sentence invented, read through the public API. Each case failed after the merge of s22cev (`b30a580`) but the
guards (marked "guard"):

- digits after a capitalised word are a name's number only when a noun of people the name qualifies opens the run
  (`anggota Densus 88`); a bare count after a day, an agency or a place (`Hingga Selasa 12 tewas`, `Menurut data BPBD
  5 tewas`, a title line `... Sukamaju 5 Tewas`) still counts people;
- a toll said as it stands now (`kini`, `tinggal`) replaces the first count only when it closes its clause: words
  after it tell a part (`tinggal 3 orang yang masih dirawat`, `kini 3 orang sudah diperbolehkan pulang`);
- a count of incidents a tally word leads is a period's statistics only with a period it is summed over (`selama`,
  `sepanjang`, `sejak`); `Sebanyak 2 ledakan terdengar ... menewaskan tiga orang` is one incident's toll;
- a value cue after a verb of trade is the price between the case's parties (`biaya`) only when the one who trades is
  no owner of the goods (`Korban menjual motornya seharga`, `laptop yang dibeli korban seharga` stay the goods' value)."""
from helpers import loss_rows, reader, toll

_record = reader("2024-05-10T10:00", id="t")


# --- a name's number needs a noun of people before the name -------------------------------------------------------

def test_a_count_after_a_day_name_is_a_count():
    rec = _record("Gempa mengguncang Kabupaten Sukamaju pada Senin (6/5/2024). Hingga Selasa 12 tewas dan 30 luka-luka, "
                  "kata Kepala BPBD Sukamaju, Budi Santoso.")
    assert toll(rec)[:2] == (12, 30)


def test_a_count_after_an_agency_is_a_count():
    rec = _record("Longsor menimbun rumah warga di Desa Cikupa, Kabupaten Sukamaju, Senin (6/5/2024). Menurut data BPBD "
                  "5 tewas dan 12 luka-luka, kata Kapolsek AKP Budi Santoso.")
    assert toll(rec)[:2] == (5, 12)


def test_a_title_line_count_after_a_place_is_a_count():
    rec = _record("Banjir Bandang Cibeber 5 Tewas\nBanjir bandang melanda Desa Cibeber, Kecamatan Sukamaju, pada Senin "
                  "(6/5/2024), kata Kapolsek AKP Budi Santoso.")
    assert toll(rec)[0] == 5


def test_guard_a_battalion_number_after_its_members_is_still_no_count():
    rec = _record("Truk pasukan terguling di Jalan Raya Sukamaju, Senin (6/5/2024). Tiga anggota Yonif 500 tewas dalam "
                  "kecelakaan itu, kata Kapolres AKBP Dedi Kurnia.")
    assert toll(rec)[0] == 3


# --- a toll as it stands now closes its clause ---------------------------------------------------------------------

def test_those_still_cared_for_after_tinggal_are_a_part():
    rec = _record("Bus terguling di Jalan Merdeka, Kota Sukamaju, Senin (6/5/2024). Tujuh orang luka-luka dalam "
                  "kecelakaan itu. Korban luka kini tinggal 3 orang yang masih dirawat, kata Kapolsek AKP Budi Santoso.")
    assert toll(rec)[1] == 7


def test_those_gone_home_after_kini_are_a_part():
    rec = _record("Bus terguling di Jalan Merdeka, Kota Sukamaju, Senin (6/5/2024). Dua orang tewas dan lima luka-luka "
                  "dalam kecelakaan itu. Korban luka kini 3 orang sudah diperbolehkan pulang, kata Kapolres AKBP Dedi.")
    assert toll(rec)[:2] == (2, 5)


def test_those_in_hospital_after_tinggal_are_a_part():
    rec = _record("Bus terguling di Jalan Merdeka, Kota Sukamaju, Senin (6/5/2024). Tujuh orang luka-luka dalam "
                  "kecelakaan itu. Empat korban sudah pulang dan korban luka tinggal 3 orang di RSUD Sukamaju, kata "
                  "Kapolsek AKP Budi Santoso.")
    assert toll(rec)[1] == 7


def test_guard_a_toll_that_closes_its_clause_still_replaces():
    rec = _record("Bus terguling di Jalan Merdeka, Kota Sukamaju, Senin (6/5/2024). Tujuh orang luka-luka dalam "
                  "kecelakaan itu. Seorang korban meninggal di rumah sakit, sehingga korban luka tinggal 6 orang, kata "
                  "Kapolsek AKP Budi Santoso.")
    assert toll(rec)[1] == 6


# --- a tally of incidents needs a period ---------------------------------------------------------------------------

def test_a_count_of_blasts_of_one_fire_keeps_its_toll():
    rec = _record("Kebakaran melanda Pasar Sukamaju, Senin (6/5/2024). Sebanyak 2 ledakan terdengar sebelum api membesar "
                  "dan menewaskan tiga orang, kata Kapolsek AKP Budi Santoso.")
    assert toll(rec)[0] == 3


def test_a_count_of_crashes_of_one_pileup_keeps_its_toll():
    rec = _record("Tabrakan beruntun terjadi di Tol Sukamaju KM 45, Senin (6/5/2024). Tercatat 3 tabrakan beruntun di "
                  "lokasi yang sama dengan dua korban tewas, kata Kapolres AKBP Dedi Kurnia.")
    assert toll(rec)[0] == 2


def test_guard_a_tally_over_a_period_is_still_statistics():
    rec = _record("Polres Sukamaju menggelar Operasi Patuh, Senin (6/5/2024). Sepanjang tahun ini tercatat 14 kecelakaan "
                  "di wilayah Sukamaju dengan tiga korban meninggal dunia. Polisi membagikan helm gratis.")
    assert toll(rec)[0] is None


# --- a price after a verb of trade is no case's price when the owner trades ------------------------------------------

_THEFT = ("Polres Sukamaju menangkap pencuri spesialis rumah kosong berinisial TS (41) di Desa Cikupa, Senin (6/5/2024). ")


def test_the_victim_s_own_purchase_price_is_no_price_of_the_case():
    rec = _record(_THEFT + "Polisi menyita sebuah laptop curian. Laptop yang dibeli korban seharga Rp 12 juta itu "
                  "dikembalikan kepada pemiliknya.")
    assert [r[2] for r in loss_rows(rec)] == ["nilai barang bukti"]


def test_the_goods_of_the_owner_bought_before_are_no_price_of_the_case():
    rec = _record(_THEFT + "Polisi menyita sepeda motor milik korban yang dibeli seharga Rp 20 juta.")
    assert [r[2] for r in loss_rows(rec)] == ["nilai barang bukti"]


def test_the_victim_selling_his_own_motorcycle_is_no_price_of_the_case():
    rec = _record("Polres Sukamaju menangkap penadah berinisial TS (41), Senin (6/5/2024). Polisi menyita dua unit sepeda "
                  "motor. Korban menjual motornya seharga Rp 5 juta kepada tersangka tanpa tahu motor itu dicuri.")
    assert [r[2] for r in loss_rows(rec)] == ["nilai barang bukti"]


def test_guard_the_thief_selling_the_victim_s_motorcycle_is_a_price_of_the_case():
    rec = _record(_THEFT + "Polisi menyita sepeda motor curian. Tersangka menjual motor milik korban seharga Rp 3 juta "
                  "kepada seorang penadah berinisial AB.")
    assert [r[2] for r in loss_rows(rec)] == ["biaya"]
