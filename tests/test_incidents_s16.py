"""Incident facts that generalise (issue 22, session 16): victims and evidence read by the general shape of
their phrasing, each shape written with several invented sentences, not only the one a gold report holds.

- the role holder named after an act whose object is a thing (`pelaku pencurian sepeda motor berinisial AB dan
  CD`): AB and CD are the thieves, not the act's object (a noun of people, `bocah`, or `terhadap` before the
  initials still names the one harmed);
- `Ia dibacok ... hingga luka berat`: the harm a passive act left, said of the pronoun that opens the next sentence;
- a one-word apposition between a victim's name and the harm (`X (21), mahasiswa, mengalami luka`);
- the owner's thing taken by a verb that also seizes (`sepeda motornya dirampas`): loot, no seizure;
- `pembunuhan terhadap X`: X is dead (not after `percobaan`).

Every name, place and sentence is invented; read through the public API."""
import pytest

from helpers import evidence_set as _items
from helpers import named_people as _people
from helpers import reader

_record = reader("2025-03-14T10:00", id="t")


# --- the role holder named by initials after an act of a thing -----------------------------------------------

@pytest.mark.parametrize("text, suspects", [
    ("Polisi menangkap dua pelaku pencurian sepeda motor berinisial AB (25) dan CD (28) di Desa Suka Maju, Senin (3/3).",
     {"AB", "CD"}),
    ("Tim Buser meringkus tiga pelaku pencurian kabel telepon berinisial GH (30), JK (28) dan LM (25) di gudang milik "
     "mereka di Kecamatan Rawa Indah.", {"GH", "JK", "LM"}),
    ("Jenazah Endang Suherman (56) ditemukan di sungai dengan luka tusuk di dada. Polisi menangkap dua tersangka "
     "pembunuhan berinisial AA (30) dan BB (28).", {"AA", "BB"}),
])
def test_initials_after_an_act_of_a_thing_name_its_holders(text, suspects):
    rec = _record(text)
    got_suspects, got_victims = _people(rec)
    assert suspects <= got_suspects
    assert not suspects & got_victims


def test_initials_after_a_noun_of_people_still_name_the_harmed():
    rec = _record("Polisi menangkap pelaku pencabulan dua bocah berinisial NA (9) dan RT (8). Pelaku berinisial KL (40) "
                  "ditahan di Mapolres Lembah Hijau.")
    suspects, victims = _people(rec)
    assert {"NA", "RT"} <= victims and suspects == {"KL"}


# --- the harm of a passive act said of `Ia` / `Dia`, and after a one-word apposition -------------------------

@pytest.mark.parametrize("text, name, status", [
    ("Kasus penganiayaan menimpa Yusuf Efendi (45), warga Kelurahan Sidomulyo, Minggu (16/3). Ia dipukul dengan balok "
     "kayu oleh tetangganya berinisial RS (50) hingga mengalami luka memar. RS diamankan polisi.", "Yusuf Efendi", "luka"),
    ("Penganiayaan terjadi di Desa Suka Maju, Senin (3/3). Warga setempat, Bahrul (40), dianiaya tetangganya. Dia "
     "dibacok dengan celurit hingga luka berat. Pelaku berinisial TT (45) ditahan.", "Bahrul", "luka berat"),
    # a one-word apposition between the name and the harm
    ("Aksi begal kembali terjadi di Jalan Lingkar Selatan. Korbannya, Andika Pratama (21), mahasiswa, mengalami luka "
     "bacok di punggung dan sepeda motornya dirampas. Polisi menangkap pelaku berinisial ZA (25).", "Andika Pratama", "luka"),
    ("Perampokan terjadi di toko kelontong Jalan Melati, Kamis (6/3). Pemilik toko, Sutarmi (50), janda, mengalami luka "
     "memar di wajah. Pelaku berinisial KD (30) ditangkap.", "Sutarmi", "luka"),
])
def test_the_harm_said_of_the_pronoun_or_after_an_apposition(text, name, status):
    assert {(v.name, v.status) for v in _record(text).victims} == {(name, status)}


# --- the thing of the victim taken by a verb that also seizes ------------------------------------------------

def test_the_owners_thing_robbed_is_no_seizure():
    rec = _record("Aksi begal terjadi di Jalan Lingkar. Korban mengalami luka bacok dan sepeda motornya dirampas. Polisi "
                  "menangkap pelaku berinisial ZA (25).")
    assert not rec.evidence


def test_the_suspects_thing_seized_stays_evidence():
    rec = _record("Polisi menangkap pelaku berinisial ZA (25). Sepeda motornya disita sebagai barang bukti.")
    assert ("sepeda motor", None, None) in _items(rec)


# --- `pembunuhan terhadap X` --------------------------------------------------------------------------------

@pytest.mark.parametrize("act, status", [
    ("pembunuhan", "tewas"),
    ("percobaan pembunuhan", None),
    ("penipuan", "dirugikan"),
])
def test_the_harm_an_act_against_a_name_says(act, status):
    rec = _record(f"Polisi mengungkap kasus {act} terhadap Wati Susanti (29) di sebuah rumah kos. Tersangka berinisial HR "
                  "(32) ditangkap di Cirebon.")
    assert {(v.name, v.status) for v in rec.victims} == {("Wati Susanti", status)}


# --- evidence: counts named as evidence, acronyms counted, assets, a list going on past a place ----------------

@pytest.mark.parametrize("text, item", [
    ("Polisi menangkap pengemudi bus berinisial TR (50). Polisi menyita bus, dua sepeda motor, dan sebuah mobil sebagai "
     "barang bukti.", ("sepeda motor", 2, None)),  # a bare count: no unit (gold/incidents/README.md, settled s16)
    ("Polisi menangkap pencuri berinisial TR (50). Dua sepeda motor dan sebilah celurit diamankan sebagai barang bukti.",
     ("sepeda motor", 2, None)),
])
def test_a_counted_item_named_as_evidence_keeps_its_count(text, item):
    assert item in _items(_record(text))


@pytest.mark.parametrize("text, item", [
    ("Polisi menangkap nakhoda berinisial TR (50). Selain kapal dan ikan, petugas menyita satu set alat pancing, dua unit "
     "GPS, dan sebuah radio komunikasi.", ("gps", 2, "unit")),
    ("Polisi menangkap pencuri berinisial TR (50) dan menyita satu unit DVR dan tiga unit CCTV dari rumahnya.",
     ("dvr", 1, "unit")),
])
def test_a_device_named_by_its_acronym_and_counted_in_a_unit(text, item):
    assert item in _items(_record(text))


@pytest.mark.parametrize("text, items", [
    ("Polisi menahan tersangka penipuan berinisial GT (43). Penyidik menyita aset milik tersangka berupa dua unit mobil, "
     "satu unit rumah di Kota Lembah, perhiasan emas seberat 120 gram, serta uang tunai Rp 385 juta.",
     {("mobil", 2, "unit"), ("rumah", 1, "unit"), ("perhiasan emas", 120, "g")}),
    ("Polisi menahan tersangka korupsi berinisial GT (43). Penyidik menyita dua unit rumah di Kota Lembah, tiga bidang tanah "
     "di Desa Sukamaju, dan satu unit mobil.", {("rumah", 2, "unit"), ("tanah", 3, "bidang"), ("mobil", 1, "unit")}),
    ("Penyidik menyita satu unit rumah dan dua bidang tanah milik tersangka korupsi berinisial HK (50).",
     {("rumah", 1, "unit"), ("tanah", 2, "bidang")}),
    ("Polisi menangkap pengedar berinisial GT (43). Polisi menyita barang milik tersangka yakni 5 paket sabu dan sebuah "
     "timbangan.", {("sabu", 5, "paket"), ("timbangan", 1, "buah")}),
])
def test_assets_seized_and_the_kind_word_before_their_list(text, items):
    assert _items(_record(text)) == items


def test_houses_secured_are_no_seizure():
    rec = _record("Banjir bandang melanda Desa Sukamaju. Polisi mengamankan 3 unit rumah milik warga yang terancam longsor "
                  "dan menangkap seorang penebang liar berinisial AS (40).")
    assert not any(e.item == "rumah" for e in rec.evidence)


# --- victims: a list set out with residences or semicolons, some of a counted group --------------------------

@pytest.mark.parametrize("text, victims, suspects", [
    ("Polisi menangkap pelaku penipuan arisan berinisial AR (26). Korban penipuan itu antara lain Budi Santoso (31), warga "
     "Desa Suka, dan Joko Susilo (40), warga Desa Maju.", {("Budi Santoso", "Desa Suka"), ("Joko Susilo", "Desa Maju")}, {"AR"}),
    ("Dua warga tewas dalam bentrokan di Desa Suka. Korban tewas yakni Hendra (30), warga Desa Suka, Kecamatan Lembah, "
     "serta Wawan (25), warga Desa Maju. Polisi menangkap tiga pelaku berinisial AB, CD dan EF.",
     {("Hendra", "Desa Suka, Kecamatan Lembah"), ("Wawan", "Desa Maju")}, {"AB", "CD", "EF"}),
    ("Polisi menangkap pelaku penipuan arisan berinisial AR (26). Korban penipuan itu antara lain Budi Santoso (31), warga "
     "Desa Suka, yang kehilangan Rp 14 juta; Joko Susilo (40), warga Desa Maju, Rp 8 juta; serta seorang ibu rumah "
     "tangga, Sri Wahyuni (37), Rp 6 juta.",
     {("Budi Santoso", "Desa Suka"), ("Joko Susilo", "Desa Maju"), ("Sri Wahyuni", None)}, {"AR"}),
    ("Polisi menangkap pelaku penipuan arisan berinisial AR (26). Sebanyak 40 warga menjadi korban penipuan. Dua di "
     "antaranya, Budi Santoso (31) dan Joko Susilo (40), melapor ke Polres.", {("Budi Santoso", None), ("Joko Susilo", None)}, {"AR"}),
    ("Polisi menangkap pelaku penipuan arisan berinisial AR (26). Korbannya mencapai 40 orang, antara lain Budi Santoso "
     "(31) dan Joko Susilo (40).", {("Budi Santoso", None), ("Joko Susilo", None)}, {"AR"}),
])
def test_victims_listed_beyond_a_tight_list(text, victims, suspects):
    rec = _record(text)
    assert {(v.name, v.residence) for v in rec.victims} == victims
    assert {s.name for s in rec.suspects} == suspects


def test_some_of_a_counted_group_of_suspects_are_no_victims():
    rec = _record("Polisi menangkap 12 tersangka narkoba di Desa Suka. Tiga di antaranya, yakni AB (30), CD (25) dan EF (22), "
                  "merupakan pengedar.")
    assert not rec.victims


# --- casualties: cared for without an injury -------------------------------------------------------------------

@pytest.mark.parametrize("cause, injured", [
    ("karena kelelahan dan menelan air laut", None),
    ("akibat syok", None),
    ("akibat luka di kepala", 6),
])
def test_people_cared_for_without_an_injury_are_no_injured(cause, injured):
    rec = _record("Kapal motor tenggelam di perairan Pulau Seribu, Minggu (9/3). Dua penumpang tewas dan 20 lainnya selamat. "
                  f"Enam penumpang masih dirawat {cause}. Nakhoda kapal berinisial HS (40) ditangkap polisi karena kapal "
                  "kelebihan muatan.")
    assert (rec.casualties.dead, rec.casualties.injured) == (2, injured)


# --- people: `korban <role>`, the arrested named after a copula, a list set out by semicolons, `-nya` objects -------

@pytest.mark.parametrize("text, victim, harm", [
    ("Polisi menangkap pelaku begal berinisial SY (25). Korban begal, Ahmad Ridwan (52), tukang ojek warga Desa Suka, "
     "dibacok di kepala dan meninggal dunia.", "Ahmad Ridwan", "tewas"),
    ("Polisi menangkap pelaku berinisial SY (25). Korban jambret, Ahmad Ridwan (52), mengalami luka lecet.",
     "Ahmad Ridwan", "luka"),
])
def test_a_role_word_after_korban_names_the_crime(text, victim, harm):
    rec = _record(text)
    assert {(v.name, v.status) for v in rec.victims} == {(victim, harm)}
    assert {s.name for s in rec.suspects} == {"SY"}


@pytest.mark.parametrize("text, suspects", [
    ("Polisi menangkap dua petani penjaga ladang ganja di Desa Suka. Dua petani yang ditangkap itu adalah Budi Santoso "
     "(37) dan Joko Susilo (42).", {("Budi Santoso", "ditangkap"), ("Joko Susilo", "ditangkap")}),
    ("Polisi mengamankan tiga pekerja tambang ilegal. Ketiga orang yang diamankan adalah Budi Santoso (37), Joko Susilo "
     "(42) dan Wawan Gunawan (30).", {("Budi Santoso", "diamankan"), ("Joko Susilo", "diamankan"),
                                      ("Wawan Gunawan", "diamankan")}),
    ("Polisi mengamankan empat orang pembalak liar. Keempat orang yang diamankan adalah koordinator lapangan bernama "
     "Junaidi alias Ijun (45), warga Desa Suka; operator ekskavator Yoga Pratama (27); serta dua sopir truk, Rudi "
     "Hartono (35) dan Samsul Arifin (38).", {("Junaidi", "diamankan"), ("Yoga Pratama", "diamankan"),
                                             ("Rudi Hartono", "diamankan"), ("Samsul Arifin", "diamankan")}),
])
def test_the_arrested_named_after_a_copula(text, suspects):
    rec = _record(text)
    assert {(s.name, s.status) for s in rec.suspects} == suspects
    assert not rec.victims


def test_a_contrast_after_a_semicolon_ends_the_list():
    rec = _record("Korban, Budi Santoso (31), mengalami luka bacok; sedangkan pelaku Joko Susilo (40) melarikan diri.")
    assert {v.name for v in rec.victims} == {"Budi Santoso"}


def test_the_object_of_an_arrest_said_by_nya_is_the_one_named_before():
    rec = _record("Bus terguling di tanjakan Cibodas dan menewaskan tiga penumpang. Sopir bus, Hariyanto Wijaya (47), warga "
                  "Kabupaten Jember, selamat dalam kecelakaan itu. Setelah gelar perkara, polisi menetapkannya sebagai "
                  "tersangka dan langsung menahannya di Mapolres.")
    assert {(s.name, s.status) for s in rec.suspects} == {("Hariyanto Wijaya", "ditahan")}
    assert all(v.name is None for v in rec.victims)


@pytest.mark.parametrize("text, victims, dead", [
    ("Longsor di tambang batu menimbun belasan pekerja. Tim SAR mengevakuasi tiga jenazah, yakni Nana Suryana (42), Karsim "
     "Wijaya (51) dan Tarsono Adi (38). Polisi menangkap pemilik tambang berinisial AR (50) dan menetapkannya sebagai "
     "tersangka.", {"Nana Suryana", "Karsim Wijaya", "Tarsono Adi"}, 3),
    ("Longsor di tambang batu menimbun belasan pekerja. Pada hari pertama, tim SAR mengevakuasi empat jenazah, yakni Nana "
     "Suryana (42) dan Karsim Wijaya (51), keduanya warga Desa Cipanas, serta Rudi Hermawan (29) dan Tarsono Adi (38), "
     "keduanya warga Desa Cikalahang. Polisi menangkap pemilik tambang berinisial AR (50) dan menetapkannya sebagai "
     "tersangka.", {"Nana Suryana", "Karsim Wijaya", "Rudi Hermawan", "Tarsono Adi"}, 4),
])
def test_the_dead_listed_after_a_count_of_bodies(text, victims, dead):
    rec = _record(text)
    assert {v.name for v in rec.victims if v.status == "tewas"} == victims
    assert rec.casualties.dead == dead


# --- evidence: a part of the item before; items counted as the subject of a passive verb of seizure -------------

def test_a_part_of_the_item_before_is_no_item():
    rec = _record("Polisi menangkap tiga pelaku begal berinisial AR (20), BS (21) dan CT (22). Dari para pelaku, polisi menyita "
                  "sebilah celurit, sebuah gir, serta dua unit sepeda motor, salah satunya bernopol AB 4412 KX.")
    assert _items(rec) == {("celurit", 1, "buah"), ("gir", 1, "buah"), ("sepeda motor", 2, "unit")}


@pytest.mark.parametrize("text, items", [
    ("Polisi menangkap tiga pencuri ternak berinisial AR (20), BS (21) dan CT (22). Adapun lima ekor sapi dan tiga ekor "
     "kambing berhasil diamankan dari sebuah kandang di Kecamatan Proppo.", {("sapi", 5, "ekor"), ("kambing", 3, "ekor")}),
    ("Polisi menangkap pencuri berinisial AR (20). Sebanyak 40 karung pupuk dan dua unit mesin pompa air berhasil disita "
     "dari gudang miliknya.", {("pupuk", 40, "karung"), ("mesin pompa air", 2, "unit")}),
])
def test_items_counted_as_the_subject_of_a_passive_seizure(text, items):
    assert _items(_record(text)) == items


# --- victims: a short title before a listed name; described by a harm, then named by a copula ------------------

@pytest.mark.parametrize("title", ["H. ", "Hj. ", "Drs. "])
def test_a_short_title_before_a_listed_owner(title):
    rec = _record("Tiga pencuri ternak berinisial AR (30), BS (25) dan CT (28) ditangkap polisi. Komplotan ini mencuri tujuh "
                  "ekor sapi dari kandang milik dua warga Desa Blumbungan, Kecamatan Larangan, yakni "
                  f"{title}Marzuki Hasan (57) dan Sumarto (49).")
    assert {(v.name, v.status) for v in rec.victims} == {("Marzuki Hasan", "dirugikan"), ("Sumarto", "dirugikan")}


@pytest.mark.parametrize("text, victim, harm", [
    ("Bentrokan terjadi di Desa Suka. Warga yang terluka adalah Budi Santoso (30). Polisi menangkap pelaku berinisial AR (25).",
     "Budi Santoso", "luka"),
    ("Seorang kapolsek baru tewas sebelum dilantik. Pejabat baru yang meninggal dunia yaitu Thomas Peranginangin. Ia "
     "terjatuh dan kepalanya terbentur lantai. Polisi memeriksa saksi dan menangkap dua orang.", "Thomas Peranginangin", "tewas"),
])
def test_described_by_a_harm_then_named_by_a_copula(text, victim, harm):
    assert {(v.name, v.status) for v in _record(text).victims} == {(victim, harm)}


# --- a death named before the name; a place of one's own broken into; initials that spell a thing ----------------

@pytest.mark.parametrize("text, victim", [
    ("Polisi masih menyelidiki kasus tewasnya Ahmad Fauzan (23) yang ditemukan di indekosnya di Tebet. Polisi telah "
     "memeriksa lima saksi dan menangkap seorang tersangka berinisial RK.", "Ahmad Fauzan"),
    ("Polisi menangkap pelaku pembunuhan terhadap sopir taksi online. Kematian Dedi Supriadi (40) sempat menggegerkan "
     "warga. Tersangka berinisial FA (25) ditangkap di Cianjur.", "Dedi Supriadi"),
    ("Identitas korban mutilasi akhirnya terungkap. Korban adalah Sri Rahayu (27), warga Depok. Polisi menangkap tersangka "
     "berinisial JK (34), kekasih korban.", "Sri Rahayu"),
])
def test_a_death_said_before_the_name(text, victim):
    rec = _record(text)
    assert {(v.name, v.status) for v in rec.victims} == {(victim, "tewas")}
    assert rec.casualties.dead == 1


@pytest.mark.parametrize("place", ["Rumah", "Toko", "Kios"])
def test_a_place_of_ones_own_broken_into(place):
    rec = _record(f"{place} Slamet Riyadi (55) di Kelurahan Jatiasih dibobol maling, Senin (3/4). Pelaku menggasak perhiasan "
                  "dan uang tunai Rp 20 juta. Polisi menangkap pelaku berinisial DS (29).")
    assert {(v.name, v.status) for v in rec.victims} == {("Slamet Riyadi", "dirugikan")}


def test_initials_that_spell_a_thing_with_an_age_are_a_person():
    rec = _record("Polisi menangkap pelaku berinisial HP (31) di rumahnya. Korban penyiraman air keras mengalami luka bakar.")
    assert {(s.name, s.age) for s in rec.suspects} == {("HP", 31)}


@pytest.mark.parametrize("text, item", [
    ("Polisi menangkap pembalak liar berinisial AH (37). Barang bukti yang disita antara lain dua unit gergaji mesin "
     "(chainsaw) dan tiga unit truk.", ("gergaji mesin", 2, "unit")),
    ("Polisi menangkap pencuri kabel berinisial AH (37). Polisi menyita tiga buah tang potong (pemotong kabel) dan sebuah "
     "sepeda motor.", ("tang potong", 3, "buah")),
])
def test_a_gloss_in_parentheses_after_an_item(text, item):
    assert item in _items(_record(text))
