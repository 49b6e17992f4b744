"""The incident test on short and plain reports (issue 22, session 18, s18gate). Every name, place and sentence is
invented; read through the public API (`analyze`, and `reports_incident` where the stage reads no fact of a report).
The short reports failed on the session's start (`2799d15`), shut by the test with one core word; the texts that are
no report guard the bounds (a seminar, a warning, an obituary, a film, a drill, old remains, a sports clash ...):

- a dead body found in its sentence, said of a person (`penemuan sesosok mayat laki-laki`, `Jasad seorang pemancing
  ... ditemukan`): a proof of the report by itself, when the case is the article's own (as a toll);
- a calm word of dying (`meninggal dunia`) found (`ditemukan meninggal dunia`) or in an incident the lead names
  (`Longsor menimbun ... X (40) ... meninggal dunia`), not in a description (`yang meninggal dunia`) or a warning;
- a crime done to a person named with an age (`Sumarni (66), ditipu`) or by a doer (`dibobol maling`, `dicuri kawanan
  maling`, `dirampok tiga pria`), not what is wont to happen (`kerap dibobol maling`);
- an arrest or a role of a person set out by initials with an age (`menangkap SA (34)`, `tersangka ..., MS (45),`);
- the injured set out by initials (`Seorang pelajar berinisial MA (16) terluka`) and the missing named with an age
  (`X (48), dilaporkan hilang`) are a toll."""
import pytest

from helpers import reader
from helpers import toll as _cas
from helpers import victim_statuses as _victims
from polsek_nlp.recognize.incident_facts import reports_incident

_record = reader("2025-06-09T10:00", id="t")


def _suspects(rec):
    return sorted((s.name, s.age) for s in rec.suspects)


# --- a body found ----------------------------------------------------------------------------------------------

BODIES = [
    "Warga Desa Sukarame dikejutkan dengan penemuan sesosok mayat laki-laki di saluran irigasi, Minggu (8/6/2025) pagi. "
    "Jenazah telah dibawa ke RSUD untuk diautopsi.",
    "Sesosok mayat perempuan tanpa identitas ditemukan mengapung di Sungai Cibeureum, Senin (9/6/2025). Polisi masih "
    "menyelidiki penyebab kematiannya.",
    "Jasad seorang pemancing yang hanyut di Sungai Citarum akhirnya ditemukan tim SAR, Jumat (6/6/2025), sekitar tiga "
    "kilometer dari lokasi kejadian.",
]


@pytest.mark.parametrize("text", BODIES)
def test_a_body_found_is_a_report(text):
    assert reports_incident(text)


def test_found_dead_is_a_toll_of_its_own():
    rec = _record("Dua pelajar SMP hanyut terseret arus saat mandi di Bendungan Walahar, Kamis (5/6/2025). Satu di "
                  "antaranya ditemukan meninggal dunia, satu lagi masih dalam pencarian.")
    assert _cas(rec) == (1, None, 1)


# --- a calm word of dying in an incident the lead names -----------------------------------------------------------

CALM = [
    ("Kecelakaan tunggal terjadi di Jalan Lingkar Utara. Pengendara sepeda motor, Iwan (22), meninggal dunia setelah "
     "menabrak pembatas jalan.", 1),
    ("Longsor menimbun sebuah rumah di Kampung Cisarua, Senin (2/6/2025) malam. Dua penghuninya, Ujang (40) dan anaknya "
     "Rina (12), meninggal dunia.", 2),
    ("Puluhan warga Desa Karanganyar keracunan setelah menyantap nasi kotak di acara hajatan, Sabtu (7/6/2025). Satu di "
     "antaranya meninggal dunia.", 1),
    ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Sukamaju, Senin (2/6/2025). Seorang warga, Asep (52), meninggal dunia "
     "tertimpa reruntuhan rumahnya.", 1),
    ("Dua pemuda terlibat perkelahian di depan minimarket Jalan Merdeka, Minggu (8/6/2025) malam. Seorang di antaranya, "
     "Rudi (21), meninggal dunia akibat luka tusuk.", 1),
]


@pytest.mark.parametrize("text,dead", CALM)
def test_a_death_in_an_incident_the_lead_names_is_read(text, dead):
    assert _cas(_record(text))[0] == dead


# --- a crime done to a person named, or by a doer -----------------------------------------------------------------

def test_a_crime_done_to_a_person_named_with_an_age():
    rec = _record("Seorang pensiunan, Sumarni (66), ditipu orang yang mengaku petugas bank hingga kehilangan tabungan "
                  "Rp 120 juta, Selasa (3/6/2025).")
    assert ("Sumarni", "dirugikan") in _victims(rec)
    assert [loss.amount for loss in rec.losses] == [120000000]


@pytest.mark.parametrize("text,amount", [
    ("Warung milik Sutarmi (51) di Dusun Krajan dibobol maling, Rabu (4/6/2025) dini hari. Pelaku menggasak dua slop "
     "rokok dan uang tunai Rp 3 juta.", 3000000),
    ("Dua ekor sapi milik Sukardi (60), peternak di Dusun Sumberwangi, dicuri kawanan maling, Kamis (5/6/2025) dini "
     "hari. Kerugian ditaksir Rp 40 juta.", 40000000),
])
def test_a_crime_by_a_doer_is_a_report(text, amount):
    assert [loss.amount for loss in _record(text).losses] == [amount]


def test_a_house_broken_into_by_a_thief_is_a_report():
    assert reports_incident("Rumah warga di Perumahan Taman Sari disatroni maling saat pemiliknya salat Jumat, Jumat "
                            "(6/6/2025). Pelaku menggondol sepeda motor dan dua ponsel.")


# --- an arrest or a role of a person by initials ------------------------------------------------------------------

@pytest.mark.parametrize("text,who", [
    ("Setelah buron selama dua tahun, DPO kasus pembunuhan berinisial TK (38) akhirnya ditangkap di Lampung, Kamis "
     "(5/6/2025).", ("TK", 38)),
    ("Polsek Sindangbarang mengamankan seorang pria berinisial DD (31) yang kedapatan membawa senjata tajam jenis golok "
     "di pasar, Senin (2/6/2025).", ("DD", 31)),
    ("Polisi menangkap SA (34) yang diduga membunuh istrinya sendiri di rumah mereka di Desa Tegalwaru, Selasa "
     "(3/6/2025).", ("SA", 34)),
    ("Penyidik Satreskrim menyerahkan tersangka pencabulan, MS (45), ke Kejaksaan Negeri Karangjati, Rabu (4/6/2025).",
     ("MS", 45)),
])
def test_a_person_by_initials_arrested_or_named_suspect_is_a_report(text, who):
    assert who in _suspects(_record(text))


# --- tolls set out by initials or named ---------------------------------------------------------------------------

def test_the_injured_set_out_by_initials_after_a_clash_the_lead_names():
    rec = _record("Tawuran antarpelajar pecah di Jalan Raya Cileungsi, Jumat (6/6/2025). Seorang pelajar berinisial MA "
                  "(16) terluka akibat sabetan celurit.")
    assert _cas(rec)[1] == 1


def test_the_missing_named_with_an_age():
    rec = _record("Seorang nelayan, Darman (48), dilaporkan hilang setelah perahunya terbalik dihantam ombak di perairan "
                  "Pangandaran, Jumat (6/6/2025).")
    assert _cas(rec)[2] == 1


# --- no report: the bounds ----------------------------------------------------------------------------------------

NOT_REPORTS = [
    "Kapolsek Cibadak mengingatkan, rumah yang ditinggal mudik kerap disatroni maling. Ia mengimbau warga menitipkan "
    "kunci kepada tetangga, Senin (2/6/2025).",
    "Pemilik toko diminta memasang CCTV karena toko yang sepi kerap dibobol maling pada malam hari, kata Kapolsek, "
    "Selasa (3/6/2025).",
    "Mantan atlet angkat besi kebanggaan daerah, Suparman (67), meninggal dunia di rumahnya, Selasa (3/6/2025). "
    "Almarhum pernah meraih medali emas PON.",
    "Jenazah mantan bupati Sukamaju, H. Darsono, dimakamkan di TPU Cikutra, Rabu (4/6/2025). Ribuan warga mengantar "
    "kepergiannya.",
    "Tim arkeolog menemukan jasad manusia purba di Gua Lawa, Senin (2/6/2025). Temuan itu diperkirakan berusia ribuan "
    "tahun.",
    "Bupati meminta warga berhati-hati di jalur mudik karena rawan kecelakaan. Tahun lalu, seorang pemudik meninggal "
    "dunia di tanjakan itu.",
    "Laga Persikab melawan Persitas diwarnai tabrakan antarpemain, Sabtu (7/6/2025). Kiper Persikab, Deni (25), terluka "
    "di kepala dan digantikan.",
    "Damkar menggelar simulasi kebakaran di Pasar Baru, Senin (2/6/2025). Dalam skenario itu, dua pedagang terluka dan "
    "dievakuasi.",
    "Persikab resmi mengamankan jasa gelandang berinisial MR (21) untuk musim depan, Senin (2/6/2025).",
    "Film horor yang tayang Kamis (5/6/2025) itu dibuka dengan adegan penemuan mayat seorang gadis di hutan. Ceritanya "
    "ditulis oleh sutradara muda.",
    "Polres Sukamaju mengimbau warga agar tidak mudah tertipu modus undian berhadiah, Senin (2/6/2025). Penipu kerap "
    "mengaku petugas bank.",
    "Museum itu memamerkan foto penemuan jenazah para pahlawan revolusi pada 1965. Pameran dibuka Senin (2/6/2025).",
    "BPJS Ketenagakerjaan menyerahkan santunan Rp 150 juta kepada ahli waris pekerja yang meninggal dunia akibat "
    "kecelakaan kerja, Selasa (3/6/2025).",
    "BPBD menggelar sosialisasi mitigasi banjir di Desa Karangsari, Senin (2/6/2025). Kepala BPBD mengingatkan banjir "
    "bisa menyebabkan warga meninggal dunia.",
    "Basarnas melatih relawan mencari korban tenggelam di Waduk Cirata, Selasa (3/6/2025). Peserta berlatih menemukan "
    "jasad di dasar waduk.",
    "Penyanyi senior, Rita (72), meninggal dunia di rumah sakit, Rabu (4/6/2025), setelah lama dirawat karena sakit "
    "jantung.",
    "Gim daring terbaru mengajak pemain menyelidiki penemuan mayat seorang detektif di kota fiksi. Gim itu dirilis Kamis "
    "(5/6/2025).",
    "Ponsel pintar terbaru itu dilengkapi fitur pelacak bila perangkat dicuri orang. Fitur itu diluncurkan Senin "
    "(2/6/2025).",
    "Badan Narkotika Nasional Kabupaten Sukamaju menggelar seminar bahaya narkoba bagi pelajar SMA, Selasa (3/6/2025). "
    "Kepala BNN mengajak siswa menjauhi sabu dan ganja.",
    "Polres Karangjati meluncurkan kampanye cegah pencurian kendaraan bermotor. Warga diimbau memasang kunci ganda agar "
    "motornya tidak dicuri.",
    "Dinas Kesehatan mencatat 12 warga meninggal akibat demam berdarah sepanjang 2024. Warga diminta rutin menguras bak "
    "mandi.",
    "Gelandang Persikab, Rian (24), mengalami cedera lutut dan harus absen dua pekan. Pelatih menyebut pemain itu "
    "terluka saat latihan.",
]


def test_a_death_found_abroad_said_again_and_again_is_no_report():
    rec = _record("Ribuan penggemar memadati Kota Brisbane, Australia, Sabtu (7/6/2025), untuk melepas penyanyi rock Kelly "
                  "Moran yang ditemukan meninggal pekan lalu di hotelnya di Sydney. Peti jenazah Moran dibawa ke gereja "
                  "tua di pusat kota.\n\nPerdana menteri menyatakan duka setelah Moran ditemukan meninggal. Sejak Moran "
                  "ditemukan meninggal, lagu-lagunya kembali diputar di radio.")
    assert not rec.victims and _cas(rec) == (None, None, None)


def test_a_film_frames_a_proof_not_a_toll():
    rec = _record("Aktor sinetron Bima Saputra (34) tewas dalam kecelakaan di Tol Cipularang, Senin (2/6/2025). Mobil yang "
                  "dikemudikannya menabrak truk.")
    assert _cas(rec)[0] == 1


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_report_stays_shut(text):
    assert not reports_incident(text)
    rec = _record(text)
    assert not rec.suspects and not rec.victims and _cas(rec) == (None, None, None)
