"""Genre round 14's tune classes by their general shape (issue 22, session 27, s27r14). Every name, place and
sentence is invented; read through the public API. Each case fails on the session's start (`d0f30a4e`) but the
guards (marked "guard"):

- a period's tally of incidents said with `terjadi` (`Selama operasi terjadi 9 kecelakaan yang menewaskan dua orang`,
  a `toll_link` row of value tally) is statistics: no casualties, no unnamed victims;
- an item pointed back at (`bus tersebut`, `motor itu`) joined by `beserta`/`dan`/`serta` to table items: the list
  goes on (`Polisi menyita bus tersebut beserta buku KIR dan SIM milik sopir`);
- a name said unhurt and then held (`Sopir bus, X (47), selamat dan kini ditahan`: `before_status` rows of
  `name_context`, an unhurt state and `dan`) is a suspect held, not a victim `selamat`."""
import pytest

from helpers import evidence_set, reader, suspect_statuses, toll, victim_statuses

_record = reader("2024-05-10T10:00", id="t")


# --- a period's tally of incidents said with `terjadi` ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Polres Kebumen menindak 1.200 pelanggar selama Operasi Patuh 2024. Kasat Lantas mengatakan, selama operasi "
    "terjadi 9 kecelakaan yang menewaskan dua orang dan melukai 11 orang.",
    "Satlantas Polres Garut mencatat arus mudik tahun ini lebih lancar. Selama arus mudik, terjadi 12 kecelakaan "
    "dengan korban tewas tiga orang dan luka 17 orang.",
    "Polres Blora menggelar Operasi Zebra Candi 2024 selama dua pekan. Sepanjang operasi itu terjadi tujuh "
    "kecelakaan yang menewaskan empat orang.",
    "Polda Jambi merilis hasil Operasi Ketupat. Selama 14 hari operasi telah terjadi 21 kecelakaan lalu lintas yang "
    "mengakibatkan lima orang meninggal dunia dan 30 orang luka ringan.",
])
def test_period_tally_with_terjadi_is_no_toll(text):
    rec = _record(text)
    assert toll(rec) == (None, None, None)
    assert victim_statuses(rec) == []


@pytest.mark.parametrize("text, dead", [
    # guard: two crashes of one pile-up on one day, no period: the incident's toll
    ("Terjadi dua kecelakaan beruntun di Tol Cipali, Senin (6/5/2024), yang menewaskan tiga orang dan melukai tujuh "
     "orang.", 3),
    # guard: one crash in a sentence with `terjadi` and a period lead of no tally
    ("Kecelakaan terjadi di Jalan Raya Kebumen, Senin (6/5/2024). Selama evakuasi, dua penumpang meninggal dunia.", 2),
    # review s27rvD: a period lead after `terjadi N ...` (in a relative clause of a place) sums nothing: one incident
    ("Terjadi dua ledakan di gudang milik warga yang sejak lama kosong di Desa Sindangsari, Senin (6/5/2024), yang "
     "menewaskan tiga orang.", 3),
    ("Terjadi tiga tabrakan beruntun di Jalan Raya Banjar, Senin (6/5/2024), yang menewaskan dua orang sejak pagi "
     "jalan itu licin.", 2),
])
def test_one_incident_keeps_its_toll(text, dead):
    assert toll(_record(text))[0] == dead


# --- an item pointed back at, joined to more items ----------------------------------------------------------------

_CRASH = ("Sebuah truk menabrak sepeda motor di Jalan Raya Cikampek, Senin (6/5/2024). Sopir truk, Darto Wibowo (40), "
          "ditahan sebagai tersangka. ")
_THEFT = "Polsek Cibadak menangkap seorang pencuri sepeda motor, Senin (6/5/2024). "


@pytest.mark.parametrize("text, items", [
    (_CRASH + "Polisi menyita truk tersebut beserta buku KIR dan SIM milik sopir.", {"buku kir", "sim"}),
    (_CRASH + "Polisi menyita truk tersebut beserta SIM milik sopir.", {"sim"}),
    (_CRASH + "Polisi menyita truk itu dan STNK milik sopir.", {"stnk"}),
    (_THEFT + "Polisi menyita sepeda motor tersebut beserta kunci T dan helm.", {"kunci t"}),
    (_THEFT + "Petugas mengamankan sepeda motor itu serta dua unit telepon genggam milik pelaku.", {"handphone"}),
])
def test_list_goes_on_after_a_pointed_item(text, items):
    assert items <= {item for item, _, _ in evidence_set(_record(text))}


@pytest.mark.parametrize("text, extra", [
    # guard: a clause of its own after the joiner, no item
    (_CRASH + "Polisi menyita truk tersebut dan menahan sopirnya.", "sopir"),
    (_THEFT + "Polisi menyita sepeda motor tersebut dan pelaku dibawa ke Mapolsek.", "pelaku"),
    # review s27rvD: people after a word of company, no thing: a kin or a fellow (`relation` rows), a name with its age
    (_THEFT + "Polisi mengamankan sepeda motor tersebut beserta istri pelaku ke Mapolsek.", "istri"),
    (_THEFT + "Polisi mengamankan sepeda motor itu beserta rekannya, Joko Susilo (28).", "rekan"),
    (_THEFT + "Polisi menyita sepeda motor tersebut beserta Hendra Kusuma (25), pemiliknya.", "hendra"),
])
def test_pointed_item_then_a_clause_adds_nothing(text, extra):
    items = {item for item, _, _ in evidence_set(_record(text))}
    assert not any(extra in item for item in items)


# --- a name said unhurt, then held: `selamat dan kini ditahan` -------------------------------------------------------

_BUS = "Sebuah bus terjun ke jurang di Kecamatan Cibeber, Minggu (5/5/2024). Empat penumpang tewas. "
_TRUCK = "Sebuah truk menabrak angkot di Jalan Raya Cibeber, Minggu (5/5/2024). Dua penumpang angkot tewas. "


@pytest.mark.parametrize("text, name, status", [
    (_BUS + "Sopir bus, Darto Wibowo (47), warga Kabupaten Garut, selamat dan kini ditahan.", "Darto Wibowo", "ditahan"),
    (_TRUCK + "Sopir truk, Yusuf Hamdani (38), tidak terluka dan kini ditahan sebagai tersangka.", "Yusuf Hamdani",
     "ditahan"),
    (_TRUCK + "Sopir truk, Yusuf Hamdani (38), selamat dan kini ditahan sebagai tersangka.", "Yusuf Hamdani", "ditahan"),
    (_TRUCK + "Sopir truk tangki, Yusuf Hamdani (38), warga Kota Cianjur, tidak terluka dan kini ditahan sebagai "
     "tersangka.", "Yusuf Hamdani", "ditahan"),
    (_TRUCK + "Pengemudi angkot, Budi Santoso (41), tak terluka dan langsung diamankan polisi.", "Budi Santoso",
     "diamankan"),
])
def test_unhurt_then_held_is_a_suspect(text, name, status):
    rec = _record(text)
    assert suspect_statuses(rec).get(name) == status
    assert name not in {n for n, _ in victim_statuses(rec)}


@pytest.mark.parametrize("text, name", [
    # guard: unhurt and questioned as a witness: neither
    ("Perampok menyerang toko emas di Pasar Cibeber, Minggu (5/5/2024). Pemilik toko, Hendra Gunawan (52), selamat "
     "dan kini diperiksa sebagai saksi.", "Hendra Gunawan"),
    # guard: unhurt, then taken home: no suspect
    (_TRUCK + "Penumpang lain, Rina Marlina (30), selamat dan sudah dipulangkan.", "Rina Marlina"),
])
def test_unhurt_then_no_custody_is_no_suspect(text, name):
    assert name not in suspect_statuses(_record(text))
