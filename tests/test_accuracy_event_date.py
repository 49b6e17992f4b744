"""Issue 19: the event's day is the lead event's, not a recalled incident's, a period's bound or a
plan's (sentences written for the test)."""
import pytest

import polsek_nlp
from helpers import event_day, reader

event_date = reader(field=event_day)


def test_a_recalled_incident_is_not_the_event_day():
    text = ("Sebanyak 40 KK di Desa Sukamaju diungsikan karena potensi longsor susulan masih tinggi.\n\n"
            "Sebelumnya longsor terjadi di Desa Sukamaju pada Jumat (3/3/2023) malam.\n\n"
            "Senin (6/3/2023), warga bergotong royong membersihkan material longsor.")
    assert event_date(text, "2023-03-08T09:00") == "2023-03-06"


def test_the_day_a_period_began_is_not_the_event_day():
    text = ("Polres Sukamaju menyiagakan 800 personel untuk mengamankan laga final di stadion.\n\n"
            "Petugas menyisir tribun sejak Kamis (2/3/2023) dan menggelar apel pengamanan pada "
            "Sabtu (4/3/2023) di halaman stadion.")
    assert event_date(text, "2023-03-05T09:00") == "2023-03-04"


def test_a_plan_spoken_of_is_not_the_event_day():
    text = ("Polres Sukamaju menyiapkan empat bus untuk pengunjung objek wisata.\n\n"
            "Kapolres AKBP Budi Santoso saat ditemui di pos pengamanan, Sabtu (30/12/2023), mengatakan jalur "
            "wisata akan ditutup untuk mobil pribadi mulai pukul 18.00 WIB 31 Desember 2023.")
    assert event_date(text, "2024-01-01T08:00") == "2023-12-30"


def test_an_earlier_episode_in_the_lead_is_not_the_state_reported():
    text = ("Kemacetan panjang sempat terjadi pada Jumat (7/4/2023) malam di jalur Sukamaju. Namun, arus "
            "kendaraan di jalur itu sudah lancar, Sabtu (8/4/2023) siang.")
    assert event_date(text, "2023-04-09T09:00") == "2023-04-08"


def test_the_date_of_the_act_the_headline_reports_beats_a_background_arrest():
    text = ("Komisi antikorupsi akan memeriksa Bupati Sukamaju Darto Wibowo, tersangka suap proyek.\n\n"
            "Darto juga calon gubernur.\n\n"
            "\"Dia diperiksa sebagai saksi untuk tersangka lain,\" kata juru bicara komisi saat dikonfirmasi, "
            "Selasa (20/2).\n\n"
            "Keduanya jadi tersangka usai ditangkap dalam operasi tangkap tangan suap pada Minggu (11/2).")
    rec = polsek_nlp.analyze(text, published="2018-02-21", title="Komisi periksa bupati Sukamaju terkait suap")
    assert rec.event.date == "2018-02-20"



# (why, text, published, the event's day): the statement-led genre of the IndoSum archive (s8)
LEAD_DAY_CASES = [
    ("a weekday that disagrees with its month mends the month (19 Oct 2017 was a Thursday)",
     "Bupati Sukamaju membuka lomba lari bagi para guru di alun-alun kota.\n\n"
     "\"Guru harus sehat,\" kata bupati saat membuka lomba di alun-alun, Minggu (19 / 10).",
     "2017-11-20T08:00", "2017-11-19"),
    ("'pagi ini' of a statement dated the day before the timestamp is that day",
     "Ketua dewan kembali tidak memenuhi panggilan komisi antikorupsi sebagai saksi.\n\n"
     "\"Pagi ini, sekitar pukul 08.00 WIB bagian persuratan menerima surat dari sekretariat dewan,\" "
     "kata juru bicara komisi di Jakarta, Senin.\n\nSurat itu menyebut ketua dewan tidak bisa hadir.",
     "2017-11-07T07:49", "2017-11-06"),
    ("a plan inside the quote does not make the statement's day a plan; months-old days are background",
     "Komisi antikorupsi mengajukan banding atas putusan terhadap dua terdakwa.\n\n"
     "\"Kami akan buktikan ada nama yang belum muncul,\" kata juru bicara komisi, Senin (7 / 8 / 2017).\n\n"
     "Kasus itu bermula dari penangkapan kedua terdakwa pada 3 Maret 2017.",
     "2017-08-09T00:10", "2017-08-07"),
    ("the day a period starts (16 hingga 22 Januari) is not the event's",
     "Lembaga survei merilis hasil survei elektabilitas calon gubernur Sukamaju.\n\n"
     "\"Selisihnya hanya 5 persen,\" kata direktur lembaga melalui siaran tertulis, Selasa (6 / 2 / 2018).\n\n"
     "Survei digelar tanggal 16 hingga 22 Januari 2018 di 27 kabupaten.",
     "2018-02-07T03:00", "2018-02-06"),
    ("'Sekadar diketahui' opens a background sentence; weeks-old days weigh less",
     "Komisi antikorupsi mengajukan banding atas putusan terhadap dua terdakwa.\n\n"
     "\"Ada nama yang belum muncul,\" kata juru bicara komisi, Senin (7 / 8 / 2017).\n\n"
     "Sekadar diketahui, dalam sidang putusan pada 20 Juli 2017 majelis hakim menjatuhkan vonis kepada "
     "kedua terdakwa.",
     "2017-08-09T00:10", "2017-08-07"),
    ("a day followed by 'lalu' is one the narrative looks back to",
     "Marsekal Budi Santoso resmi menyerahkan jabatan kepala staf kepada Marsekal Darto Wibowo, Jumat (19 / 1).\n\n"
     "Upacara serah terima digelar di lapangan udara Sukamaju.\n\n"
     "Darto sudah dilantik oleh Presiden sebagai kepala staf, Rabu (17 / 1) lalu di istana.",
     "2018-01-20T05:15", "2018-01-19"),
    ("only background days: no event day",
     "Presiden melantik Darto Wibowo sebagai menteri sosial di istana.\n\n"
     "Darto menggantikan menteri sebelumnya yang maju dalam pemilihan gubernur.\n\n"
     "Ia juga menggantikan Budi Santoso sebagai anggota dewan, yang mundur pada 16 Maret 2017.",
     "2018-01-18T05:00", None),
]


@pytest.mark.parametrize("why, text, published, day", LEAD_DAY_CASES, ids=[c[0][:40] for c in LEAD_DAY_CASES])
def test_the_lead_events_day(why, text, published, day):
    assert event_date(text, published) == day, why


# (why, text, published, the event's day): classes of the enlarged tune set (s9). A statement's
# day is the report's own; an act's day wins only where the lead names the act.
STATEMENT_LED_CASES = [
    ("the lead statement's day beats an older act told later with no cue",
     "Kuasa hukum Darto Wibowo menilai ada kejanggalan dalam surat penetapan dari pengadilan tinggi. "
     "Surat itu terbit sebelum salinan putusan.\n\n"
     "\"Suratnya terbit sebelum salinan putusan,\" kata kuasa hukum di Sukamaju, Sabtu (13 / 5).\n\n"
     "Darto dibawa ke rumah tahanan kota pada Selasa (9 / 5), setelah majelis membacakan putusan.",
     "2017-05-14T06:00", "2017-05-13"),
    ("an act of a type the lead does not name is background (a strike behind a plan announced)",
     "Direksi perusahaan bus kota membentuk tim khusus untuk mengkaji aturan kepegawaian. "
     "Tim itu terdiri dari berbagai lembaga.\n\n"
     "\"Kami bentuk tim agar masalah kontrak selesai,\" ujar direktur utama di balai kota, Senin (19 / 6).\n\n"
     "Ratusan karyawan menggelar aksi demonstrasi di depan kantor pusat pada Senin (12 / 6). "
     "Para demonstran menuntut kenaikan upah.",
     "2017-06-21T03:00", "2017-06-19"),
    ("'kemarin' inside a later quote does not beat the day of the lead statement",
     "Dinas perhubungan memberlakukan sistem satu arah di jalur mudik Sukamaju. "
     "Jalur itu padat setiap tahun.\n\n"
     "\"Semua kendaraan ke timur,\" ujar kepala dinas di Lapangan Merdeka, Kamis (8 / 6).\n\n"
     "Pos-pos dilengkapi montir. \"Kepala daerah kemarin meminta ada montir di setiap pos,\" katanya.",
     "2017-06-09T07:00", "2017-06-08"),
    ("a hearing the lead does not name is background to the transfer the lead reports",
     "Komisi antikorupsi membawa Darto Wibowo ke rumah sakit pusat untuk cek kesehatan. "
     "Darto dibawa dari rumah tahanan.\n\n"
     "\"Rencananya iya, izinnya sudah ada,\" kata ketua komisi saat dikonfirmasi, Jumat (29 / 12).\n\n"
     "Majelis hakim pada sidang kemarin mengizinkan Darto berobat ke rumah sakit.",
     "2017-12-30T05:00", "2017-12-29"),
    ("a statement dated after a long attribution: 'hari ini' in its quote is that day, not the stamp's",
     "Menteri pekerjaan umum meninjau lokasi peletakan batu pertama jalan tol Sukamaju. "
     "Tol itu dibangun mulai bulan ini.\n\n"
     "\"Hari ini kita telah meninjau lokasi peletakan batu pertamanya,\" kata menteri saat meninjau lokasi "
     "peletakan batu pertama jalan tol di Kecamatan Sukamaju, Kabupaten Sukamaju Barat, Provinsi Sukamaju, Minggu.\n\n"
     "Peletakan batu pertama dilakukan oleh presiden pekan depan.",
     "2018-02-05T15:30", "2018-02-04"),
    ("'lalu' the tagger took into the mention (17 Januari lalu) marks a looked-back day as after it",
     "Marsekal Budi Santoso resmi menyerahkan jabatan kepala staf kepada Marsekal Darto Wibowo, Jumat (19 / 1).\n\n"
     "Upacara serah terima digelar di lapangan udara Sukamaju.\n\n"
     "Darto sudah dilantik oleh Presiden sebagai kepala staf pada 17 Januari lalu di istana.",
     "2018-01-20T05:15", "2018-01-19"),
    ("the date of a statement about an arrest is the saying's, the arrest's own day wins",
     "Polisi membekuk tiga pembuat surat palsu di Sukamaju. Surat itu dijual lewat media sosial.\n\n"
     "\"Ketiganya kami bekuk di rumah kontrakan,\" kata kepala subdirektorat, Rabu (19 / 7).\n\n"
     "Ketiganya dibekuk pada Selasa (18 / 7) malam saat mencetak surat.",
     "2017-07-20T08:00", "2017-07-18"),
]


@pytest.mark.parametrize("why, text, published, day", STATEMENT_LED_CASES, ids=[c[0][:40] for c in STATEMENT_LED_CASES])
def test_the_statement_led_day(why, text, published, day):
    assert event_date(text, published) == day, why


def test_a_text_that_states_no_day_gets_no_event_day():
    """The publication day is no event day the text states (the gold convention: null when the
    article allows no day-level date); the record keeps `published` for whoever wants it."""
    rec = polsek_nlp.analyze("Polisi menangkap seorang pengedar sabu di Desa Sukamaju. Barang bukti disita.",
                             published="2024-03-05T10:00")
    assert (rec.event.date, rec.event.date_source) == (None, None)
    assert rec.published.startswith("2024-03-05")


def test_the_publication_day_on_request():
    """`published_fallback` (a setting of `polsek_events`) gives back the publication day, marked."""
    from polsek_nlp.pipeline import build

    nlp = build()
    nlp.get_pipe("polsek_events").published_fallback = True
    doc, _ = polsek_nlp.analyze_doc("Polisi menangkap seorang pengedar sabu di Desa Sukamaju. Barang bukti disita.",
                                    published="2024-03-05T10:00", nlp=nlp)
    assert (doc._.event.date, doc._.event.date_source) == ("2024-03-05", "published")


def test_a_bare_clock_time_later_than_the_publication_is_the_day_before():
    """A report tells the past: `pukul 18.00 WIB` with no day, in a text stamped 15:45, was yesterday's."""
    text = ("Ribuan demonstran masih bertahan di depan kantor bupati selepas batas waktu pukul 18.00 WIB. "
            "Terjadi kericuhan ketika polisi membubarkan massa.\n\n"
            "Polisi kemudian mengamankan sejumlah orang yang diduga menjadi provokator.")
    assert event_date(text, "2023-03-05T15:45") == "2023-03-04"
    assert event_date(text, "2023-03-05T20:15") == "2023-03-05"  # stamped later: that day's


@pytest.mark.parametrize("published", ["2023-03-08T01:00", "2023-03-08"])
def test_the_day_a_statement_looks_ahead_to_is_not_the_event_day(published):
    """The lead reports what a statement dated Monday orders for the publication day (the vote on
    Wednesday): the statement's day is the report's (round-3 annotator: plans vs the day announced)."""
    text = ("Bupati Sukamaju memerintahkan camat dan kepala desa menjamin kelancaran pemungutan suara "
            "pemilihan kepala desa pada Rabu (8/3).\n\n"
            "\"Saya sudah memerintahkan seluruh aparat untuk menjamin keamanan,\" kata Bupati di pendopo "
            "kabupaten, Senin (6/3/2023).\n\n"
            "Bupati juga akan menggunakan hak pilihnya di desa asalnya.")
    assert event_date(text, published) == "2023-03-06"


def test_a_statement_dated_after_a_web_address_is_still_the_statement():
    """`kata X kepada kumparan.com, Senin (6/3)`: the dot inside the address ends no sentence, so the
    day is the saying's, and the publication day it looks ahead to is not the event's."""
    text = ("Ketua panitia memastikan festival budaya Sukamaju digelar di alun-alun kota pada Rabu (8/3).\n\n"
            "\"Semua persiapan sudah rampung,\" kata Ketua Panitia Budi Santoso kepada kumparan.com, "
            "Senin (6/3/2023).")
    assert event_date(text, "2023-03-08T05:00") == "2023-03-06"


def test_semalam_is_last_night():
    """`semalam` (KBBI: tadi malam) dates the night before the writing day; `dalam semalam` (within
    one night) and `semalam suntuk` (all night) are no day."""
    rec = polsek_nlp.analyze("Polisi menangkap dua pelaku pencurian motor di Desa Sukamaju semalam. "
                             "Barang bukti disita.", published="2024-03-05T09:00")
    assert rec.event.date == "2024-03-04"
    assert [(d.text, d.value) for d in rec.dates] == [("semalam", "2024-03-04")]
    for text in ("Warga dalam semalam membangun tenggul darurat.", "Petugas berjaga semalam suntuk di pos."):
        assert polsek_nlp.analyze(text, published="2024-03-05T09:00").dates == []
