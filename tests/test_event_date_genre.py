"""Issue 19 (s12): the lead event's day across the ways regional and police news date it.

Invented short articles (places and people made up), each with a publication time and the day the
conventions of police-gold-dev's README ("event_date") give the lead event: the day of the main
happening of the headline or lead (an arrest, a raid, a ceremony), a statement's day when the lead
is the statement, null when the text allows no day. Cases the chooser still gets wrong are strict
xfails with the reason (docs/accuracy.md, "Session 12: event dates across the genre")."""
from __future__ import annotations

import pytest

import polsek_nlp
from helpers import known_miss_params

# (why, headline, text, publication time, the lead event's day)
CASES = [
    # written-out days
    ("weekday and day/month in brackets", None,
     "Polsek Sukamaju menangkap seorang pria yang mencuri sepeda motor di pasar desa, Senin (3/6). "
     "Pelaku diamankan bersama barang bukti satu unit sepeda motor.",
     "2024-06-04T10:00", "2024-06-03"),
    ("weekday and full numeric date in brackets", None,
     "Satuan Reserse Narkoba Polres Sukajadi menggerebek sebuah rumah kontrakan di Kelurahan Mekarsari, "
     "Senin (3/6/2024). Dua orang diamankan.",
     "2024-06-04T10:00", "2024-06-03"),
    ("weekday, day month year", None,
     "Bupati Sukajadi meresmikan jembatan gantung di Desa Cibodas pada Senin, 3 Juni 2024. "
     "Jembatan itu menghubungkan dua dusun yang terpisah sungai.",
     "2024-06-05T09:00", "2024-06-03"),
    ("zero-padded numeric date", None,
     "Polres Sukajadi menggelar apel pasukan Operasi Patuh di halaman Mapolres, Senin (03/06/2024). "
     "Apel dipimpin langsung Kapolres.",
     "2024-06-03T15:00", "2024-06-03"),
    ("hari Senin tanggal ...", None,
     "Seorang petani ditemukan tewas di sawahnya pada hari Senin tanggal 3 Juni 2024. "
     "Korban diduga tersambar petir saat hujan deras.",
     "2024-06-05T08:00", "2024-06-03"),
    ("day month without weekday or year", None,
     "Tim gabungan memadamkan kebakaran lahan di Kecamatan Sukamaju pada 3 Juni. "
     "Api melahap sekitar dua hektare lahan gambut.",
     "2024-06-05T08:00", "2024-06-03"),
    ("weekday (d/m) with clock time", None,
     "Kecelakaan lalu lintas terjadi di Jalan Raya Sukamaju, Selasa (4/6) sekitar pukul 21.30 WIB. "
     "Sebuah truk menabrak dua sepeda motor.\n\nSatu pengendara meninggal di lokasi.",
     "2024-06-05T07:00", "2024-06-04"),
    ("weekday (d/m/y) malam", None,
     "Warga Desa Sukamaju digegerkan penemuan mayat laki-laki di saluran irigasi, Selasa (4/6/2024) malam. "
     "Polisi masih menyelidiki identitas korban.",
     "2024-06-05T07:00", "2024-06-04"),
    ("pada Selasa, d Month y, pukul", None,
     "Kapolres Sukajadi AKBP Darto Wibowo memimpin pemusnahan barang bukti narkoba pada Selasa, 4 Juni 2024, "
     "sekitar pukul 10.00 WIB. Sebanyak 2 kilogram sabu dimusnahkan dengan cara dilarutkan.",
     "2024-06-04T14:00", "2024-06-04"),
    ("abbreviated month", None,
     "Tim SAR gabungan menemukan nelayan yang hilang di perairan Sukamaju pada Rabu (5 Jun 2024). "
     "Korban ditemukan dalam keadaan selamat.",
     "2024-06-06T08:00", "2024-06-05"),
    ("weekday (d/m/yy) two-digit year", None,
     "Polsek Sukajadi mengamankan dua remaja yang hendak tawuran, Rabu (5/6/24) dini hari. "
     "Petugas menyita sebilah celurit.",
     "2024-06-05T12:00", "2024-06-05"),
    # relative days
    ("Minggu malam, published Monday", None,
     "Seorang pemuda ditikam orang tak dikenal di depan warung kopi di Kelurahan Sukamaju, Minggu malam. "
     "Korban dilarikan ke rumah sakit.",
     "2024-06-03T09:00", "2024-06-02"),
    ("kemarin", None,
     "Petugas Satpol PP menertibkan puluhan pedagang kaki lima di alun-alun Sukajadi kemarin. "
     "Penertiban berlangsung tanpa perlawanan.",
     "2024-06-04T10:00", "2024-06-03"),
    ("Sabtu lalu, published Tuesday", None,
     "Polisi menangkap dua pelaku pencurian kotak amal masjid di Desa Sukamaju, Sabtu lalu. "
     "Keduanya kini ditahan di Mapolsek.",
     "2024-06-04T10:00", "2024-06-01"),
    ("pekan lalu only: no day", None,
     "Polres Sukajadi mengungkap jaringan pengedar uang palsu pekan lalu. "
     "Tiga tersangka diamankan bersama ratusan lembar uang palsu pecahan Rp100.000.",
     "2024-06-04T10:00", None),
    ("pada 12 Mei lalu", None,
     "Polisi menangkap pelaku pembunuhan pedagang sayur yang terjadi pada 12 Mei lalu. "
     "Pelaku ditangkap di persembunyiannya setelah buron beberapa hari.",
     "2024-05-20T10:00", None),
    ("pukul 02.00 WIB dini hari with the day", None,
     "Kebakaran melanda sebuah gudang mebel di Jalan Sukamaju, Minggu (2/6) sekitar pukul 02.00 WIB dini hari. "
     "Tidak ada korban jiwa dalam peristiwa itu.",
     "2024-06-02T11:00", "2024-06-02"),
    ("pukul 02.00 WIB dini hari without the day, published that morning", None,
     "Kebakaran melanda sebuah gudang mebel di Jalan Sukamaju sekitar pukul 02.00 WIB dini hari tadi. "
     "Tidak ada korban jiwa dalam peristiwa itu.",
     "2024-06-02T11:00", "2024-06-02"),
    ("hari ini", None,
     "Kapolres Sukajadi melepas 50 personel yang akan mengamankan arus mudik hari ini. "
     "Personel ditempatkan di sepuluh pos pengamanan.",
     "2024-06-04T15:00", "2024-06-04"),
    ("tadi malam, published in the morning", None,
     "Banjir bandang menerjang permukiman warga di Kecamatan Sukamaju tadi malam. "
     "Puluhan rumah terendam lumpur.",
     "2024-06-04T08:00", "2024-06-03"),
    ("dua hari lalu", None,
     "Seorang ibu rumah tangga menjadi korban penjambretan di Jalan Merdeka dua hari lalu. "
     "Pelaku merampas kalung emas korban.",
     "2024-06-05T10:00", "2024-06-03"),
    ("bare weekday across a month end", None,
     "Polsek Sukamaju menggagalkan peredaran minuman keras oplosan di sebuah warung, Jumat. "
     "Sebanyak 40 botol miras disita.",
     "2024-06-03T10:00", "2024-05-31"),
    ("Selasa pekan lalu", None,
     "Polisi menetapkan tiga tersangka atas pengeroyokan seorang juru parkir yang terjadi Selasa pekan lalu. "
     "Ketiganya dijerat Pasal 170 KUHP.",
     "2024-06-13T10:00", None),
    ("Senin (3/6) lalu published a week later", None,
     "Dua pelaku begal yang beraksi di Jalan Lingkar Sukamaju, Senin (3/6) lalu, berhasil ditangkap "
     "tim Resmob. Keduanya ditangkap di tempat persembunyian.",
     "2024-06-10T10:00", None),
    # no day
    ("bulan lalu: no day", None,
     "Warga Desa Sukamaju melaporkan hilangnya tiga ekor sapi bulan lalu. "
     "Hingga kini polisi masih memburu pelaku.",
     "2024-06-04T10:00", None),
    ("beberapa waktu lalu: no day", None,
     "Viral di media sosial, seorang pengendara motor memukul sopir angkot beberapa waktu lalu. "
     "Polisi sudah mengantongi identitas pelaku.",
     "2024-06-04T10:00", None),
    ("awal Juni: no day", None,
     "Polres Sukajadi mencatat 25 kecelakaan lalu lintas sejak awal Juni. "
     "Sebagian besar melibatkan sepeda motor.",
     "2024-06-20T10:00", None),
    ("an undated patrol: no day", None,
     "Personel Polsek Sukamaju rutin menggelar patroli dialogis di permukiman warga. "
     "Patroli bertujuan mencegah aksi pencurian dan tawuran remaja.",
     "2024-06-04T10:00", None),
    ("akhir pekan lalu: no day", None,
     "Ribuan wisatawan memadati pantai Sukamaju akhir pekan lalu. "
     "Polisi menerjunkan 100 personel untuk mengatur lalu lintas.",
     "2024-06-04T10:00", None),
    # narrative anchors
    ("keesokan harinya anchored on the last explicit date", "Jasad Nelayan yang Hilang Ditemukan",
     "Seorang nelayan dilaporkan hilang saat melaut di perairan Sukamaju, Kamis (6/6). "
     "Keesokan harinya, jasad korban ditemukan warga mengapung di dekat dermaga.\n\n"
     "Jasad korban langsung dibawa ke rumah duka.",
     "2024-06-08T09:00", "2024-06-07"),
    ("sehari sebelumnya is the background crime", None,
     "Polisi menangkap seorang pria di terminal Sukajadi, Senin (3/6). "
     "Sehari sebelumnya, pria itu membobol sebuah toko ponsel di Jalan Merdeka.",
     "2024-06-04T09:00", "2024-06-03"),
    ("dua hari kemudian anchored on the crime's date", "Polisi Tangkap Pembobol Toko Emas",
     "Toko emas di Pasar Sukamaju dibobol maling pada Sabtu (1/6). "
     "Dua hari kemudian, polisi menangkap pelaku di rumah kosnya.\n\nPelaku mengaku menjual emas curian.",
     "2024-06-05T09:00", "2024-06-03"),
    # future schedules
    ("a schedule the lead reports", None,
     "Polres Sukajadi akan menggelar Operasi Patuh Jaya serentak pada Kamis (6/6). "
     "Operasi menyasar pengendara yang tidak memakai helm.",
     "2024-06-04T10:00", None),  # S81 (s29evd2): a schedule ahead, no statement day written: null
    ("a statement-led appeal with a schedule told later", None,
     "Kapolres Sukajadi AKBP Darto Wibowo mengimbau warga melengkapi surat kendaraan, Selasa (4/6). "
     "\"Operasi akan digelar Kamis (6/6) selama dua pekan,\" katanya.",
     "2024-06-04T17:00", "2024-06-04"),
    ("akan digelar Kamis (6/6) in a plan piece", None,
     "Rapat koordinasi lintas sektor pengamanan Idul Adha akan digelar Kamis (6/6) di aula Pemkab Sukajadi. "
     "Rapat diikuti unsur TNI, Polri dan pemerintah daerah.",
     "2024-06-03T10:00", None),  # S81 (s29evd2): a schedule ahead, no statement day written: null
    ("a schedule more than a week ahead is no day of the news", None,
     "Pemkab Sukajadi akan menggelar festival budaya pada 20 Juni 2024 di alun-alun. "
     "Panitia menyiapkan 50 stan kuliner.",
     "2024-06-03T10:00", None),
    ("a day after publication that no schedule names is never the event's", None,
     "Polsek Sukamaju menertibkan parkir liar di depan pasar. "
     "Petugas mencatat 20 kendaraan, Kamis (6/6).",
     "2024-06-04T10:00", None),
    ("a noun's coming day is no schedule the lead reports", None,
     "Ratusan suporter mengkritik pembatasan tiket untuk laga final pada Minggu (9/6) mendatang. "
     "Panitia hanya menjual 5.000 tiket.",
     "2024-06-04T10:00", None),
    # arrests days after the crime
    ("an arrest days after the crime: the arrest is the lead", "Polisi Tangkap Pencuri Motor",
     "Polsek Sukamaju menangkap AS (25), pelaku pencurian sepeda motor, Rabu (5/6). "
     "AS mencuri motor milik seorang guru di halaman sekolah pada Sabtu (1/6).",
     "2024-06-06T09:00", "2024-06-05"),
    ("the crime's day told first in the lead, the arrest after", "Pencuri Motor di Sekolah Ditangkap",
     "Polisi menangkap pelaku pencurian sepeda motor yang terjadi di halaman SD Sukamaju, Sabtu (1/6). "
     "Pelaku berinisial AS (25) ditangkap di rumahnya, Rabu (5/6).",
     "2024-06-06T09:00", "2024-06-05"),
    ("an arrest confirmed later in a statement", None,
     "Tim Resmob Polres Sukajadi menangkap dua pelaku penjambretan di Jalan Merdeka, Sabtu (1/6). "
     "\"Kedua pelaku kami amankan tanpa perlawanan,\" kata Kasat Reskrim AKP Budi Santoso saat dikonfirmasi, "
     "Senin (3/6).",
     "2024-06-04T09:00", "2024-06-01"),
    ("a press conference that is the lead", None,
     "Polres Sukajadi merilis pengungkapan kasus peredaran sabu dalam konferensi pers di Mapolres, Rabu (5/6). "
     "Para tersangka ditangkap di sebuah rumah kos pada 28 Mei 2024.",
     "2024-06-05T15:00", "2024-06-05"),
    # background dates
    ("an earlier case's date must not win", None,
     "Polisi menangkap seorang residivis pencurian di Desa Sukamaju, Selasa (4/6). "
     "Pelaku pernah ditangkap dalam kasus serupa pada 5 Agustus 2023 dan baru bebas bulan lalu.",
     "2024-06-05T09:00", "2024-06-04"),
    ("Sebelumnya opens a background day", None,
     "Kapolsek Sukamaju memediasi dua kelompok pemuda yang bertikai di balai desa, Senin (3/6). "
     "Sebelumnya, pada Sabtu (1/6) malam, kedua kelompok terlibat tawuran di lapangan desa.",
     "2024-06-04T09:00", "2024-06-03"),
    ("Seperti diberitakan background under an undated lead", None,
     "Polisi masih memburu pelaku penembakan warung di Sukajadi. "
     "Seperti diberitakan, penembakan itu terjadi pada Jumat (31/5) malam dan melukai pemilik warung.",
     "2024-06-04T09:00", None),
    ("a verdict with the arrest months before", None,
     "Majelis hakim PN Sukajadi menjatuhkan vonis lima tahun penjara kepada terdakwa pengedar sabu, Kamis (6/6). "
     "Terdakwa ditangkap pada 2 Februari 2024 di sebuah hotel.",
     "2024-06-07T09:00", "2024-06-06"),
    ("the theft's day over the day it was reported", "Rumah Warga Dibobol Maling, Perhiasan Raib",
     "Rumah seorang pedagang di Desa Sukamaju dibobol maling, Minggu (2/6). "
     "Korban baru melaporkan peristiwa itu ke Polsek pada Selasa (4/6).",
     "2024-06-05T09:00", "2024-06-02"),
    ("two days in one sentence: the arrest, then the handover", None,
     "Pelaku penganiayaan itu diamankan warga pada Sabtu (1/6) dan diserahkan ke Polres Sukajadi pada Senin (3/6).",
     "2024-06-04T09:00", "2024-06-01"),
    ("a flood since Sunday", None,
     "Banjir merendam ratusan rumah di Desa Sukamaju sejak Minggu (2/6) malam. "
     "Hingga Selasa (4/6), air belum juga surut.",
     "2024-06-04T15:00", "2024-06-02"),
    # datelines
    ("a national outlet's dateline", None,
     "JAKARTA, KOMPAS.com - Polisi menangkap seorang pria yang menipu belasan calon pekerja migran, "
     "Senin (3/6). Pelaku menjanjikan pekerjaan di luar negeri.",
     "2024-06-04T10:00", "2024-06-03"),
    ("an ANTARA dateline", None,
     "Sukajadi (ANTARA) - Polres Sukajadi menyalurkan 500 paket sembako kepada warga terdampak banjir, Rabu. "
     "Bantuan diserahkan langsung oleh Kapolres.",
     "2024-06-05T16:00", "2024-06-05"),
    ("a police portal's dateline", None,
     "TRIBRATANEWS.COM, SUKAJADI - Kapolsek Sukamaju menghadiri musyawarah desa di balai Desa Cibodas, "
     "Kamis (6/6/2024). Musyawarah membahas keamanan lingkungan.",
     "2024-06-06T20:00", "2024-06-06"),
    ("a dateline with a day in the body only later", None,
     "SUKAJADI, KOMPAS.com - Seorang pelajar SMP tenggelam saat berenang di Sungai Cibodas. "
     "Peristiwa itu terjadi pada Rabu (5/6) sore.",
     "2024-06-06T09:00", "2024-06-05"),
    # headline weekdays
    ("a headline weekday", "Rabu Malam, Gudang Mebel di Sukajadi Terbakar",
     "Sebuah gudang mebel di Kelurahan Sukamaju terbakar sekitar pukul 20.00 WIB. "
     "Api baru bisa dipadamkan setelah dua jam.",
     "2024-06-06T09:00", "2024-06-05"),
    ("a headline weekday with an arrest", "Senin Dini Hari, Polisi Gerebek Kampung Narkoba",
     "Ratusan personel gabungan menggerebek sebuah kampung di Kecamatan Sukamaju. "
     "Sebanyak 12 orang diamankan.",
     "2024-06-04T09:00", "2024-06-03"),
    ("a headline weekday more than a month back is background", "Senin 6 Mei, Warga Temukan Bayi di Teras Masjid",
     "Bayi itu kini dirawat di puskesmas. Polisi masih mencari orang tuanya.",
     "2024-06-10T09:00", None),
    ("a headline weekday whose coming day is nearer is not the event's",
     "Sidang Kasus Pencurian Digelar Jumat, Pelaku Terancam 7 Tahun",
     "Pencuri motor ditangkap warga di Desa Sukamaju. AB kini ditahan.",
     "2024-05-01T10:00", None),
    ("a scheduled headline weekday is not the event's",
     "Sidang Kasus Pencurian Akan Digelar Senin, Pelaku Terancam 7 Tahun",
     "Pencuri motor ditangkap warga di Desa Sukamaju. AB kini ditahan.",
     "2024-05-01T10:00", None),
    # new year
    ("year from the publication near a new year", None,
     "Polres Sukajadi menangkap tiga pelaku pesta miras yang meresahkan warga, Jumat (29/12). "
     "Ketiganya dibina dan membuat surat pernyataan.",
     "2024-01-02T10:00", "2023-12-29"),
    ("New Year's Eve published on New Year's Day", None,
     "Ribuan warga merayakan malam pergantian tahun di alun-alun Sukajadi, Minggu (31/12). "
     "Polisi menerjunkan 300 personel pengamanan.",
     "2024-01-01T08:00", "2023-12-31"),
    ("pada 28 Desember lalu published in January", None,
     "Polisi menangkap pelaku pembakaran rumah di Desa Sukamaju yang terjadi pada 28 Desember lalu. "
     "Pelaku ditangkap Rabu (3/1) di rumah kerabatnya.",
     "2024-01-04T10:00", "2024-01-03"),
    ("kemarin on New Year's Day", None,
     "Petugas gabungan membubarkan balap liar di Jalan Lingkar Sukajadi kemarin. "
     "Sebanyak 30 sepeda motor diamankan.",
     "2024-01-01T09:00", "2023-12-31"),
    ("a schedule across the new year", None,
     "Pemkab Sukajadi akan menggelar apel gabungan awal tahun pada Selasa (2/1) di alun-alun. "
     "Seluruh ASN diwajibkan hadir.",
     "2023-12-29T10:00", None),  # S81 (s29evd2): a schedule ahead, no statement day written: null
    # month-first never
    ("d/m never read as month/day", None,
     "Polsek Sukamaju mengamankan seorang pengedar pil koplo di sebuah warung, Sabtu (8/6). "
     "Dari tangannya disita 200 butir pil.",
     "2024-06-09T10:00", "2024-06-08"),
    ("a numeric date without weekday is day-first", None,
     "Kebakaran yang menghanguskan tiga kios di Pasar Sukamaju terjadi pada 05/06/2024 sekitar pukul 23.00 WIB. "
     "Kerugian ditaksir mencapai Rp300 juta.",
     "2024-06-10T10:00", "2024-06-05"),
    ("12/5 with a Sunday is 12 May", None,
     "Seorang pengendara ojek daring menjadi korban begal di Jalan Sukamaju, Minggu (12/5). "
     "Sepeda motor korban dirampas.",
     "2024-05-14T10:00", "2024-05-12"),
    # statements
    ("a statement-led lead: the statement's day", None,
     "Kapolres Sukajadi meminta warga tidak terprovokasi isu penculikan anak, kata dia di Mapolres, Senin (3/6). "
     "Isu itu beredar di media sosial sejak Sabtu (1/6).",
     "2024-06-04T09:00", "2024-06-03"),
    ("saat dikonfirmasi on an undated arrest: the statement is the report", None,
     "Polsek Sukamaju mengamankan seorang pemuda yang kedapatan membawa senjata tajam. "
     "\"Pelaku sudah kami amankan,\" kata Kapolsek Sukamaju Iptu Budi Santoso saat dikonfirmasi, Senin (3/6).",
     "2024-06-03T19:00", "2024-06-03"),
    ("Senin siang published Monday evening", None,
     "Wakil Bupati Sukajadi meninjau posko kesehatan di Terminal Sukamaju, Senin siang. "
     "Ia meminta petugas siaga 24 jam.",
     "2024-06-03T19:00", "2024-06-03"),
    ("a bare clock time after the stamp is yesterday's", None,
     "Sebuah minibus terbakar di ruas tol Sukajadi sekitar pukul 23.30 WIB. "
     "Seluruh penumpang berhasil menyelamatkan diri.",
     "2024-06-04T07:00", "2024-06-03"),
    ("Selasa (4/6) kemarin", None,
     "Ratusan buruh berunjuk rasa di depan kantor Bupati Sukajadi, Selasa (4/6) kemarin. "
     "Mereka menuntut kenaikan upah.",
     "2024-06-05T09:00", "2024-06-04"),
]

# why -> what the chooser still does wrong (strict: a fix must move the case out of this table)
KNOWN_MISSES: dict[str, str] = {
    "pada 12 Mei lalu": "an undated arrest whose only day is the crime's in a `yang terjadi` clause",
    # passed while no `X pekan lalu` was a day; since s14ev a weekday of the week before names one
    # (`menangkap ..., Kamis pekan lalu`), and this is then the class of `pada 12 Mei lalu`
    "Selasa pekan lalu": "an undated naming of suspects whose only day is the crime's in a `yang terjadi` clause",
    "Senin (3/6) lalu published a week later": "the subject's `yang beraksi ... Senin (3/6) lalu` clause dates "
                                               "the crime, the arrest is undated",
    "a press conference that is the lead": "a press release is no trigger: the arrest a week back names the event",
    "Seperti diberitakan background under an undated lead": "a recalled day is the only one and is not "
                                                            "weak enough to leave the event undated",
}


def _params():
    return known_miss_params(CASES, KNOWN_MISSES, id_length=50)


@pytest.mark.parametrize("title, text, published, day", list(_params()))
def test_the_lead_events_day_across_the_genre(title, text, published, day):
    assert polsek_nlp.analyze(text, published=published, title=title).event.date == day


def test_the_known_misses_are_cases():
    assert set(KNOWN_MISSES) <= {c[0] for c in CASES}
