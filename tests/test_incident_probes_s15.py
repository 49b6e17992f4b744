"""Evidence and casualties on probe reports (issue 22, session 15): invented reports in 2017 national-outlet and 2025
polres / tribratanews styles, in shapes the earlier probe and genre tests do not hold, each failing on the session's
start (`b07626f`) but the bounds' guards. The mechanisms: a toll of others (`lainnya`) in the next sentence adds to
the toll before it; a perpetrator of a drug or theft role shot dead and named as `Tersangka berinisial`; street names
of drugs and crash vehicles in the item table; a counted vehicle after `dari` / `di dalam` is where things were found;
an item list numbered in one sentence (`1. ..., 2. ...`); the nouns of smuggling, gambling, forgery and fencing, and
the words of drugs, and `ditahan di` a police office, as report words; an uncounted item pointed back to (`Badik itu disita`) takes the count of the
sentence before; an uncounted class item in a list is the member named after `jenis`; a doubled noun written with a
spaced hyphen is one item; a drug amount sold at a price, and a weapon the attacker fled with, are no seizure.

Every name, place and sentence is invented; read through the public API."""
import pytest

from helpers import evidence_set as _items
from helpers import reader

_record = reader("2025-03-14T10:00", id="t")


# --- casualties ---------------------------------------------------------------------------------

def test_a_toll_of_others_in_the_next_sentence_adds_to_the_toll_before():
    rec = _record("Tabrakan antara truk dan minibus terjadi di Jalan Raya Ciawi Timur, Sabtu pagi. Tiga penumpang minibus tewas "
                  "di tempat. Seorang penumpang lainnya meninggal dalam perjalanan ke rumah sakit. Sopir truk berinisial KM (39) "
                  "telah diamankan polisi.")
    assert rec.casualties.dead == 4


def test_others_in_the_same_sentence_of_another_kind_stay_apart():
    rec = _record("Sebuah angkot terguling di tanjakan Cibodas. Dua penumpang tewas di lokasi, sementara lima lainnya luka-luka. "
                  "Sopir angkot berinisial TR (33) diamankan polisi.")
    assert (rec.casualties.dead, rec.casualties.injured) == (2, 5)


@pytest.mark.parametrize("text, injured", [
    # a toll that names a part of it (`termasuk`): the others said later are the rest of it, not more
    ("Bentrok dua kampung di Kecamatan Lembah Hijau menewaskan satu orang dan melukai enam lainnya, termasuk seorang polisi. "
     "Polisi menangkap delapan orang.\n\nKapolres mengatakan Bripda KA terluka di kepala. Lima warga lainnya luka-luka.", 6),
    # a part (`di antaranya`) and the rest of it
    ("Ledakan di gudang petasan Desa Sumber Asri melukai sembilan orang. Empat di antaranya luka berat. Lima orang lainnya luka "
     "ringan. Pemilik gudang berinisial HS (50) ditahan polisi.", 9),
])
def test_others_set_against_a_part_of_a_toll_add_nothing(text, injured):
    assert _record(text).casualties.injured == injured


def test_a_toll_of_others_far_from_the_toll_before_adds_nothing():
    rec = _record("Tiga pekerja tewas tertimbun longsor di tambang pasir Desa Karang Sari. Polisi menangkap pemilik tambang "
                  "berinisial WS (52). Menurut polisi, tambang itu tidak berizin. Para pekerja bekerja tanpa alat pelindung. Dua "
                  "pekerja lainnya tewas di lokasi yang sama pada 2023.")
    assert rec.casualties.dead == 3


@pytest.mark.parametrize("role", ["bandar narkoba", "pengedar sabu", "pencuri", "kurir ganja"])
def test_a_perpetrator_of_any_counted_role_shot_dead_then_named_as_tersangka(role):
    rec = _record(f"Seorang {role} tewas ditembak polisi karena melawan saat hendak ditangkap di Kecamatan Sungai Lebar. "
                  "Tersangka berinisial HN (40) sempat menyerang petugas dengan senjata tajam.")
    assert rec.casualties.dead == 1
    assert [(s.name, s.status) for s in rec.suspects] == [("HN", "tewas")]


# --- evidence: the item table -------------------------------------------------------------------

@pytest.mark.parametrize("written, item", [("sinte", "tembakau gorila"), ("cimeng", "ganja"), ("putaw", "heroin")])
def test_street_names_of_drugs(written, item):
    rec = _record(f"Satresnarkoba Polres Tanjung Biru mengamankan seorang pria berinisial YS (29). Barang bukti yang diamankan "
                  f"berupa 40 paket {written} siap edar dan satu unit handphone.")
    assert (item, 40, "paket") in _items(rec)


def test_a_bus_held_as_evidence_of_a_crash():
    rec = _record("Sebuah bus pariwisata yang mengalami rem blong menabrak dua mobil di Jalan Raya Lembang Utara. Empat orang tewas "
                  "di tempat. Polisi mengamankan sopir bus berinisial SU (46) beserta bus tersebut sebagai barang bukti.")
    assert ("bus", None, None) in _items(rec)


# --- evidence: readings -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Petugas menyita 3 paket sabu dari sebuah mobil.",
    "Petugas menemukan 3 paket sabu di dalam sebuah mobil.",
])
def test_a_counted_vehicle_where_things_were_found_is_no_item(sentence):
    rec = _record("Polisi menangkap seorang tersangka berinisial RT (30) di Jalan Melati. " + sentence)
    assert _items(rec) == {("sabu", 3, "paket")}


def test_a_list_numbered_in_one_sentence():
    rec = _record("Satreskrim Polres Pantai Timur mengamankan seorang pelaku penipuan jual beli mobil berinisial KW (36). Adapun "
                  "barang bukti yang diamankan yaitu 1. satu unit mobil Daihatsu Xenia, 2. satu lembar BPKB, 3. dua lembar kuitansi "
                  "pembayaran.")
    assert _items(rec) == {("mobil", 1, "unit"), ("bpkb", 1, "lembar"), ("kuitansi", 2, "lembar")}


def test_a_thousands_mark_is_no_item_number():
    rec = _record("Polisi menangkap seorang tersangka berinisial RT (30). Barang bukti yang disita yaitu 1.500 butir pil koplo dan "
                  "2 unit sepeda motor.")
    assert _items(rec) == {("pil koplo", 1500, "butir"), ("sepeda motor", 2, "unit")}


def test_smuggling_foiled_is_a_report():
    rec = _record("Jakarta - Bea Cukai Bandara Sentosa menggagalkan penyelundupan narkotika. Seorang WNA berinisial LK (45) "
                  "ditangkap membawa dua puluh tiga paket sabu yang disembunyikan di dalam koper.", "2017-06-30T10:00")
    assert [s.name for s in rec.suspects] == ["LK"]
    assert _items(rec) == {("sabu", 23, "paket")}


@pytest.mark.parametrize("office", ["Polrestabes Semarang Barat", "Mapolsek Tugu Selatan", "sel tahanan Polres"])
def test_held_at_a_police_office_is_held_by_the_police(office):
    rec = _record("Sebuah truk bermuatan pasir menabrak dua sepeda motor di Jalan Setiabudi Raya. Seorang pengendara tewas di "
                  f"lokasi. Sopir truk berinisial MK (43) telah ditahan di {office}.", "2017-12-26T10:00")
    assert rec.casualties.dead == 1
    assert [(s.name, s.status) for s in rec.suspects] == [("MK", "ditahan")]


def test_a_player_held_to_a_draw_at_home_is_no_report():
    rec = _record("Persija ditahan imbang di kandang sendiri oleh Persib, Minggu malam. Seorang suporter tewas tertabrak bus di "
                  "luar stadion usai laga.")
    assert rec.suspects == []


def test_a_drug_found_beside_one_word_of_arrest_is_a_report():
    rec = _record("Jakarta - Polisi menangkap seorang penyanyi berinisial RF di rumahnya di Kebayoran. Dari kamar tidurnya, polisi "
                  "menemukan sabu seberat 0,52 gram, alat isap atau bong, dan dua butir pil happy five.", "2017-02-08T10:00")
    assert [s.name for s in rec.suspects] == ["RF"]
    assert _items(rec) == {("sabu", 0.52, "g"), ("bong", None, None), ("happy five", 2, "butir")}


def test_a_word_of_drugs_alone_is_no_report():
    rec = _record("BNN Kabupaten Sukamaju menggelar penyuluhan bahaya narkoba di SMA Negeri 3. Para siswa diajak menjauhi sabu, "
                  "ganja dan pil koplo. Kegiatan diikuti 300 siswa.")
    assert rec.suspects == [] and rec.evidence == []


def test_an_item_pointed_back_to_takes_the_count_said_before():
    rec = _record("Polisi membekuk seorang pria berinisial AM (29) yang diduga mencuri di sebuah toko bangunan. Saat ditangkap, "
                  "tersangka membawa sebilah badik. Badik itu kini disita sebagai barang bukti.")
    assert _items(rec) == {("badik", 1, "buah")}


def test_an_item_pointed_back_to_after_two_counts_stays_uncounted():
    rec = _record("Polisi membekuk seorang pria berinisial AM (29). Tersangka membawa sebilah badik di pinggang dan dua bilah badik "
                  "di dalam tas. Badik itu kini disita sebagai barang bukti.")
    assert ("badik", None, None) in _items(rec)


def test_a_drug_amount_sold_at_a_price_is_no_lot():
    rec = _record("Polsek Kebun Raya menangkap seorang pengedar sabu berinisial HD (32). Kepada polisi tersangka mengaku menjual "
                  "satu paket sabu seharga Rp 300 ribu. Dari tangannya polisi menyita lima paket sabu.")
    assert _items(rec) == {("sabu", 5, "paket")}


def test_a_weapon_the_attacker_fled_with_is_not_seized():
    rec = _record("Seorang pemuda tewas ditikam dalam perkelahian di Jalan Veteran Selatan. Pelaku menusuk korban menggunakan badik "
                  "lalu melarikan diri. Polisi masih memburu pelaku.")
    assert rec.evidence == []


def test_a_weapon_of_an_attack_still_read_when_no_one_fled():
    rec = _record("Seorang pedagang terluka setelah dibacok di Pasar Baru Utara. Pelaku berinisial JN (33) membacok korban "
                  "menggunakan sebilah golok. Pelaku ditangkap warga.")
    assert ("golok", 1, "buah") in _items(rec)


@pytest.mark.parametrize("listed, item", [
    ("senjata tajam jenis celurit", "celurit"),
    ("obat keras jenis tramadol", "tramadol"),
])
def test_an_uncounted_class_item_in_a_list_is_the_member_named(listed, item):
    rec = _record(f"Polisi menangkap dua pelaku begal di Jalan Lingkar Barat. Barang bukti berupa {listed}, 2 unit sepeda motor "
                  "dan 3 buah handphone.")
    assert (item, None, None) in _items(rec)
    assert {e.item for e in rec.evidence} == {item, "sepeda motor", "handphone"}


def test_a_class_member_after_a_count_with_no_number():
    # session 11's strict xfail (`test_incident_seizure_shapes.py`): `ratusan butir` counts no number, the list reads it
    rec = _record("Polisi menangkap seorang apoteker berinisial LS (41). Polisi mengamankan ratusan butir obat keras jenis tramadol "
                  "dari apotek itu.")
    assert _items(rec) == {("tramadol", None, None)}


def test_a_doubled_noun_with_a_spaced_hyphen_is_one_item():
    # archive texts carry the spaces their tokenizing left around a doubled noun's hyphen (`buku - buku`)
    rec = _record("Densus 88 menangkap seorang terduga teroris berinisial AB (35) di Kampung Sawah. Polisi menyita buku - buku "
                  "jihad dan 3 unit ponsel.", "2017-11-20T10:00")
    assert _items(rec) == {("buku jihad", None, None), ("handphone", 3, "unit")}
