"""Suspects and victims (issue 22, session 29, s29sv). Every name, place and sentence is invented; read through the
public API. The first cases of each group fail before its rule; the others are guards."""
import pytest

from helpers import reader

_record = reader("2025-02-04T10:00", id="t")


def _unnamed(rec, status):
    return sum(1 for v in rec.victims if v.name is None and v.status == status)


# --- survivors counted by a noun of people (`Dua pekerja lainnya selamat`): unnamed `selamat` victims ------------------

@pytest.mark.parametrize("text, n", [
    ("Longsor di tambang pasir Desa Sukamaju menewaskan Karmin (45) dan Sutrisno (38), Senin (3/2/2025). Dua pekerja "
     "lainnya selamat.", 2),
    ("Tiga penambang tewas tertimbun longsoran di Desa Batu Ampar, Senin (3/2/2025). Dua pekerja lainnya berhasil naik "
     "ke permukaan tanpa luka.", 2),
    ("Tiga penambang tewas di lokasi galian Desa Lubuk Raya, Senin (3/2/2025). Dua pekerja selamat tanpa luka.", 2),
    ("Perahu nelayan terbalik di perairan Tanjung Pasir, Senin (3/2/2025). Seorang nelayan, Rusdin (50), tewas. Tiga "
     "nelayan lain tidak terluka.", 3),
    ("Bus terguling di Jalan Lintas Timur, Senin (3/2/2025). Sopir bus, Hendra (41), tewas di tempat. Empat penumpang "
     "lainnya selamat.", 4),
    ("Banjir lahar menyeret Paijo (40) hingga tewas, Senin (3/2/2025). Empat penambang lainnya selamat setelah "
     "berpegangan pada batu besar, dua di antaranya mengalami luka ringan.", 2),
    ("Pohon tumbang menimpa warung di Desa Kaliwungu dan menewaskan Sukardi (55), Senin (3/2/2025). Tiga pengunjung "
     "lain tidak terluka.", 3),
    ("Kapal motor tenggelam di Selat Laut, Senin (3/2/2025). Seorang penumpang, Ambo Dalle (48), tewas tenggelam. Dua awak "
     "kapal lainnya selamat setelah berenang ke pantai.", 2),
    ("Truk tertimpa tebing di Jalan Raya Cikalong, Senin (3/2/2025). Sopir truk, Dadang (39), tewas. Kernet dan dua "
     "penumpang selamat. Dua penumpang selamat itu dibawa ke puskesmas.", 2),
    ("Rumah makan di Jalan Pahlawan terbakar, Senin (3/2/2025). Seorang juru masak, Wati (33), tewas. Tiga karyawan "
     "lain berhasil menyelamatkan diri tanpa terluka.", 3),
])
def test_survivors_counted_by_a_noun_of_people(text, n):
    assert _unnamed(_record(text), "selamat") == n


@pytest.mark.parametrize("text", [
    # a denied `selamat` is a death, not a survival
    "Longsor di Desa Sukamaju menewaskan Karmin (45), Senin (3/2/2025). Dua pekerja lainnya tidak selamat.",
    # survived, but hurt: the injured, not `selamat`
    "Bus terguling di Jalan Lintas Timur, Senin (3/2/2025). Sopir bus, Hendra (41), tewas. Tiga penumpang selamat "
    "dengan luka ringan.",
    # a count not apart (no `lain`) only said unhurt: maybe a bystander
    "Rina (30) tewas ditikam suaminya di Desa Watu, Senin (3/2/2025). Seorang balita berada di kamar saat kejadian "
    "dan tidak terluka.",
    # a denied loss says nothing of survival
    "Perampok menembak mati Darto (52), pemilik toko emas di Pasar Baru, Senin (3/2/2025). Dua karyawan lainnya "
    "tidak kehilangan apa pun.",
    # no victims at all: no incident's survivors
    "Polres Kampar menggelar simulasi evakuasi banjir, Senin (3/2/2025). Dua pekerja lainnya selamat dalam latihan.",
])
def test_no_survivors_counted(text):
    assert _unnamed(_record(text), "selamat") == 0


# --- a payer's own payment after a payer named before (`Ada pula X (29), karyawan swasta, yang menyetor Rp 85 juta`) --

_FIRST = ("Polres Kota Bumi menangkap RT (45), pelaku penipuan investasi bodong, Senin (3/2/2025). Korban pertama, "
          "Sri Wahyuni (40), menyetor Rp 20 juta kepada tersangka. ")


@pytest.mark.parametrize("text, name", [
    (_FIRST + "Ada pula Michael Tanoto (29), karyawan swasta, yang menyetor Rp 85 juta setelah diajak rekan kerjanya.",
     "Michael Tanoto"),
    (_FIRST + "Pelapor lain, Meiske Rondo (52), pensiunan guru asal Kabupaten Minahasa, menyetor Rp 450 juta dari uang "
     "pensiun.", "Meiske Rondo"),
    (_FIRST + "Ada juga Bambang Sutejo (61), pensiunan PNS, yang mentransfer Rp 150 juta ke rekening perusahaan.",
     "Bambang Sutejo"),
    (_FIRST + "Selain itu, Ratna Dewi (35), ibu rumah tangga, yang membayar Rp 7,5 juta untuk paket umrah.",
     "Ratna Dewi"),
    (_FIRST + "Pelapor berikutnya, Agus Salim (44), pedagang, menyerahkan uang Rp 30 juta secara tunai.", "Agus Salim"),
    (_FIRST + "Kemudian Yohanes Lake (38), warga Kelurahan Oebobo, yang sudah menyetor Rp 12 juta.", "Yohanes Lake"),
    (_FIRST + "Ada pula Nurlela (27), karyawati toko, yang juga mentransfer Rp 5 juta.", "Nurlela"),
    (_FIRST + "Lalu Hasanudin (50), petani, yang mengirim uang Rp 25 juta kepada tersangka.", "Hasanudin"),
    (_FIRST + "Korban lain yang melapor, Dewi Sartika (33), guru honorer, membayar Rp 9 juta.", "Dewi Sartika"),
    (_FIRST + "Ada pula Robert Lumban (41), sopir travel, yang menyetorkan Rp 60 juta dalam tiga kali transfer.",
     "Robert Lumban"),
    (_FIRST + "Ada pula Komang Ariani (31), pegawai bank, yang telah membayarkan Rp 40 juta untuk kuota haji.",
     "Komang Ariani"),
    (_FIRST + "Berikutnya Halim Perdana (58), pemilik bengkel, yang menyetor Rp 110 juta sejak Maret.", "Halim Perdana"),
    (_FIRST + "Ada pula Siti Maemunah (46), warga Desa Ciherang, yang sempat mengirimkan uang Rp 18 juta.",
     "Siti Maemunah"),
])
def test_a_payer_after_a_payer(text, name):
    rec = _record(text)
    assert any(v.name == name and v.status == "dirugikan" for v in rec.victims)


@pytest.mark.parametrize("text, name", [
    # no payer named before: a payment alone makes no victim (a bribe's giver pays too)
    ("Polres Kota Bumi menangkap RT (45), pelaku suap proyek jalan, Senin (3/2/2025). Ada pula Joko Susilo (50), "
     "kontraktor, yang menyetor Rp 200 juta kepada pejabat dinas.", "Joko Susilo"),
    # a payment that is no scheme's (to a hospital) after a victim of harm
    ("Polsek Cibening menangkap AS (30) yang menganiaya Dedi Kurnia (25), Senin (3/2/2025). Kakak korban, Rahmat Hidayat "
     "(40), yang membayar Rp 2 juta kepada rumah sakit.", "Rahmat Hidayat"),
])
def test_no_payer_without_a_scheme_payer_before(text, name):
    rec = _record(text)
    assert not any(v.name == name and v.status == "dirugikan" for v in rec.victims)


# --- review s29rvD: survivors that are no survivors of the incident, or counted already -------------------------------

_TOLL = "Rusdin (50) tewas ditabrak truk di Desa Sukamaju, Senin (3/2/2025). "


@pytest.mark.parametrize("text", [
    _TOLL + "Dua warga mengucapkan selamat jalan kepada almarhum.",
    _TOLL + "Tiga pengunjung disambut gapura Selamat Datang.",
    _TOLL + "Dua petugas mengucapkan selamat pagi kepada warga.",
    _TOLL + "Dua warga lainnya melintas di Jalan Selamat.",
    _TOLL + "Dua pengendara lainnya berdoa agar selamat sampai tujuan.",
    _TOLL + "Dua pekerja lainnya diharapkan selamat.",
    _TOLL + "Dua penumpang lainnya belum diketahui apakah selamat.",
    # the searchers, not the people of the incident
    "Perahu terbalik di Sungai Musi, Senin (3/2/2025). Rusdin (50) tewas tenggelam. Tiga petugas SAR selamat kembali ke "
    "posko setelah pencarian.",
])
def test_selamat_of_no_survival(text):
    assert _unnamed(_record(text), "selamat") == 0


@pytest.mark.parametrize("text, survivors, missing", [
    # the missing found: told of before (`itu`), not two more people
    ("Perahu terbalik di Sungai Musi, Senin (3/2/2025). Rusdin (50) tewas, dua pemancing hilang. Dua pemancing itu "
     "ditemukan selamat pada Selasa pagi.", 0, 2),
    # a whole whose part is counted after it: not five survivors beside two dead
    ("Perahu motor terbalik di perairan Tanjung Pasir, Senin (3/2/2025). Dua penumpang, Rusdin (50) dan Amir (41), "
     "tewas. Dari lima penumpang, tiga selamat.", 0, 0),
    # the survivors named in the count's clause are those counted
    ("Longsor di tambang pasir Desa Sukamaju menewaskan Karmin (45), Senin (3/2/2025). Dua pekerja lainnya, Budi (30) "
     "dan Joko (25), selamat.", 0, 0),
    # the harmed among them said in the next sentence
    ("Bus terguling di Jalan Lintas Timur, Senin (3/2/2025). Sopir bus, Hendra (41), tewas. Lima penumpang lainnya "
     "selamat. Dua di antaranya mengalami luka ringan.", 3, 0),
])
def test_survivors_not_counted_twice(text, survivors, missing):
    rec = _record(text)
    assert _unnamed(rec, "selamat") == survivors
    assert _unnamed(rec, "hilang") == missing


# --- review s29rvD: a payer's own payment that is a fine, a bribe or a bail -------------------------------------

@pytest.mark.parametrize("text, name", [
    (_FIRST + "Ada pula Joko Susilo (50), pengusaha, yang membayar denda Rp 5 juta.", "Joko Susilo"),
    (_FIRST + "Ada pula Joko Susilo (50), kontraktor, yang menyetor uang suap Rp 50 juta kepada pejabat.", "Joko Susilo"),
    (_FIRST + "Joko Susilo (50), pengusaha, yang membayar uang jaminan Rp 50 juta agar penahanan tersangka ditangguhkan.",
     "Joko Susilo"),
])
def test_no_payer_of_a_fine_a_bribe_or_a_bail(text, name):
    assert not any(v.name == name and v.status == "dirugikan" for v in _record(text).victims)

