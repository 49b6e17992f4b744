"""Session 29 (s29evd): a step of the story told after the first sentence is the lead's sequel (issue 19).

`_story_steps` reads a narrative's step forward (`keesokan harinya`, `dua hari kemudian`) as counted from the day
before it and, unless the headline's act was told at that day and not at the step, made the step the story: the day
it counts from weighed `earlier`, the step `explicit`; with no title every step moved on. When the first body sentence
tells the happening with its day (`tewas diterkam buaya ..., Sabtu (8/11) sore`) and a later sentence tells a step
from it (`Jasad korban ditemukan ... keesokan harinya`), the step is the sequel: the body found, the fire put out, the
wreck towed. Now such a step neither moves the story on from the lead's day nor counts as written. A headline that
tells the step's act and not the lead day's (`Polisi Tangkap Penikam ...`) still passes the lead's day; a step
inside the first sentence (`terseret ombak ... pada Sabtu (27/12) sore ditemukan meninggal keesokan harinya`) or one
that opens its sentence (`Keesokan harinya, polisi menangkap ...`, s18's guard) moves on as before (genre tune:
grec-188, grec-343).

Invented texts only (names, villages and units made up)."""
import pytest

import polsek_nlp

PUBLISHED = "2025-06-09T11:25"  # a Monday


def event_date(text: str, title: str | None, published: str = PUBLISHED) -> str | None:
    rec = polsek_nlp.analyze(text, published=published, title=title)
    return str(rec.event.date) if rec.event is not None and rec.event.date else None


# the first sentence dates the happening; a later sentence tells a step counted from it: the lead's day
SEQUEL = {
'crocodile_body': ('TANJUNG PANDAN - Seorang pencari kerang, Darman (45), tewas diserang buaya saat menyusuri muara Sungai Cerucuk, Desa Air Batu, Kecamatan Badau, Sabtu (7/6/2025) sore.\n\nJasad korban ditemukan warga keesokan harinya sekitar pukul 06.30 WIB, kurang lebih 200 meter dari lokasi serangan.\n\n"Korban sempat berteriak minta tolong," kata Kapolsek Badau Iptu Hendra Wijaya, Senin (9/6/2025).',
    None, '2025-06-07'),
'flash_flood_found': ('SOLOK - Banjir bandang menerjang Jorong Lubuk Ameh, Nagari Talang Babungo, Kabupaten Solok, Jumat (6/6/2025) sekitar pukul 21.00 WIB. Seorang warga hanyut dan baru ditemukan meninggal keesokan harinya.\n\n"Korban ditemukan tertimbun lumpur," kata Kapolsek Hiliran Gumanti Iptu Yusran, Sabtu (7/6/2025).\n\nKapolres Solok meninjau lokasi pada Sabtu siang.',
    None, '2025-06-06'),
'flood_found_title': ('PESISIR SELATAN - Banjir bandang menerjang Kampung Koto Baru, Nagari Air Haji, Kabupaten Pesisir Selatan, Kamis (5/6/2025) sekitar pukul 22.00 WIB. Dua rumah hanyut terbawa arus.\n\nSeorang warga yang dilaporkan hilang ditemukan meninggal keesokan harinya, tertimbun kayu dan lumpur.\n\n"Pencarian melibatkan 80 personel," kata Kapolsek Linggo Sari Baganti Iptu Zulkifli, Sabtu (7/6/2025).',
    'Banjir Bandang Terjang Nagari Air Haji, Satu Warga Ditemukan Tewas', '2025-06-05'),
'flash_flood_found_title': ('SOLOK - Banjir bandang menerjang Jorong Lubuk Ameh, Nagari Talang Babungo, Kabupaten Solok, Jumat (6/6/2025) sekitar pukul 21.00 WIB. Seorang warga hanyut dan baru ditemukan meninggal keesokan harinya.\n\n"Korban ditemukan tertimbun lumpur," kata Kapolsek Hiliran Gumanti Iptu Yusran, Sabtu (7/6/2025).\n\nKapolres Solok meninjau lokasi pada Sabtu siang.',
    'Galodo Terjang Talang Babungo, Satu Warga Ditemukan Tewas', '2025-06-06'),
'fire_put_out': ('PALANGKA RAYA - Kebakaran melanda deretan ruko di Jalan Tjilik Riwut, Kota Palangka Raya, Kamis (5/6/2025) malam.\n\nApi baru dapat dipadamkan keesokan harinya setelah petugas mengerahkan tujuh mobil pemadam.\n\n"Kerugian ditaksir ratusan juta rupiah," kata Kapolsek Pahandut Kompol Agus Salim, Sabtu (7/6/2025).',
    None, '2025-06-05'),
'robbery_two_days': ('MEDAN - Dua pria bersenjata merampok sebuah toko emas di Jalan Sisingamangaraja, Kecamatan Medan Amplas, Selasa (3/6/2025) siang.\n\nKedua pelaku ditangkap dua hari kemudian di sebuah penginapan di Kabupaten Deli Serdang.\n\n"Emas hasil rampokan sudah dijual sebagian," kata Kapolsek Medan Amplas Kompol Rosi Siregar, Senin (9/6/2025).',
    None, '2025-06-03'),
'landslide_evacuated': ('BANJARNEGARA - Tanah longsor menimbun dua rumah di Dusun Kalitengah, Desa Sijeruk, Kecamatan Pandanarum, Minggu (1/6/2025) dini hari.\n\nTim gabungan baru dapat mengevakuasi dua korban dari reruntuhan rumah sehari kemudian.\n\n"Pencarian kami hentikan," kata Kapolsek Pandanarum Iptu Sugeng, Rabu (4/6/2025).',
    None, '2025-06-01'),
'drowning_title': ('GARUT - Seorang santri tenggelam saat berenang di Sungai Cimanuk, Desa Sukamulya, Kecamatan Leles, Jumat (6/6/2025) sore.\n\nJasad korban ditemukan tim SAR gabungan keesokan harinya sekitar tiga kilometer dari lokasi awal.\n\n"Korban berenang bersama tiga temannya," kata Kapolsek Leles AKP Asep Sudrajat, Minggu (8/6/2025).',
    'Santri Tenggelam di Sungai Cimanuk Garut', '2025-06-06'),
'boat_sank_found': ('SELAYAR - Sebuah perahu motor yang membawa enam penumpang tenggelam dihantam gelombang di perairan Pulau Pasi, Kabupaten Kepulauan Selayar, Sabtu (7/6/2025) malam.\n\nDua penumpang yang hilang ditemukan selamat keesokan harinya oleh nelayan setempat.\n\n"Semua penumpang sudah kembali ke keluarga," kata Kasat Polairud AKP Syamsul, Senin (9/6/2025).',
    None, '2025-06-07'),
'truck_crash_towed': ('KUDUS - Sebuah truk bermuatan pasir terguling di Jalan Raya Kudus-Jepara, Desa Tanjungkarang, Kecamatan Jati, Kamis (5/6/2025) pagi.\n\nBangkai truk baru dievakuasi keesokan harinya menggunakan derek.\n\n"Sopir selamat," kata Kasat Lantas Polres Kudus AKP Rina Lestari, Sabtu (7/6/2025).',
    None, '2025-06-05'),
'theft_recovered': ('SLEMAN - Seekor sapi milik warga Dusun Ngemplak, Desa Wedomartani, dicuri dari kandangnya, Selasa (3/6/2025) dini hari.\n\nTiga hari kemudian, polisi menemukan sapi itu di sebuah pasar hewan di Kabupaten Klaten.\n\n"Pelaku masih kami buru," kata Kapolsek Ngemplak AKP Bambang Sutrisno, Senin (9/6/2025).',
    None, '2025-06-03'),
'climber_evacuated': ('LUMAJANG - Seorang pendaki terjatuh ke jurang di jalur pendakian Gunung Semeru, Sabtu (7/6/2025) siang.\n\nTim SAR gabungan mengevakuasi korban keesokan harinya dalam kondisi patah kaki.\n\n"Korban kini dirawat di RSUD Haryoto," kata Kapolsek Senduro Iptu Wahyu, Senin (9/6/2025).',
    None, '2025-06-07'),
}

# the step is the news: told inside the first sentence, opening its own sentence (`Keesokan harinya, polisi ...`, s18),
# or the headline's act told at it and not at the lead's day
GUARDS = {
'first_sentence_step': ('SINGARAJA - Seorang pelajar yang terseret ombak saat berenang di Pantai Lovina pada Sabtu (7/6/2025) sore ditemukan meninggal dunia keesokan harinya. Jasad korban ditemukan nelayan dua kilometer dari lokasi awal.\n\n"Korban berenang bersama empat temannya," kata Kasat Polairud AKP Made Sudana, Senin (9/6/2025).',
    'Pelajar yang Tenggelam di Pantai Lovina Ditemukan Meninggal', '2025-06-08'),
'headline_at_step': ('SIBOLGA - Seorang nelayan hilang saat melaut di perairan Teluk Tapian Nauli, Jumat (6/6/2025) sore. Jasadnya ditemukan tim SAR gabungan keesokan harinya.\n\n"Perahu korban terbalik dihantam ombak," kata Kasat Polairud AKP Rudi Simatupang, Minggu (8/6/2025).',
    'Jasad Nelayan yang Hilang di Teluk Tapian Nauli Ditemukan', '2025-06-07'),
'headline_passes_lead_day': ('MAKASSAR - Seorang juru parkir ditikam orang tak dikenal di depan sebuah minimarket di Jalan Perintis Kemerdekaan, Sabtu (7/6/2025) malam. Korban dirawat di rumah sakit.\n\nKeesokan harinya, polisi menangkap pelaku di rumah kosnya.',
    'Polisi Tangkap Penikam Juru Parkir di Tamalanrea', '2025-06-08'),
'fronted_step_no_title': ('SUKAMAJU - Seorang petani ditemukan tewas di sawahnya di Desa Cikalong, Sabtu (7/6/2025). Keesokan harinya, polisi menangkap tetangganya.',
    None, '2025-06-08'),
}


@pytest.mark.parametrize("key", sorted(SEQUEL))
def test_a_later_step_from_the_lead_day_is_its_sequel(key):
    text, title, day = SEQUEL[key]
    assert event_date(text, title) == day


@pytest.mark.parametrize("key", sorted(GUARDS))
def test_a_step_the_lead_or_headline_tells_still_moves_on(key):
    text, title, day = GUARDS[key]
    assert event_date(text, title) == day


# --- a plan's day supports no day in a tie (s29evd, second rule) --------------------------------------------------------
# With no title, a lead's day and a statement's day can weigh the same; the tie goes to the day more sentences point to.
# A plan's or a coming day's mention (`Kami akan salurkan setiap Senin dan Rabu`, `akan digelar setiap Rabu`) points to
# no happening: it no longer counts for the statement's day (genre tune, no title: grec-352).
PLAN_PUBLISHED = "2025-06-04T15:00"  # a Wednesday
TIES = {
"water_rounds": ("KBRN, Waingapu: Polres Sumba Timur bersama Kodim menyalurkan 30.000 liter air bersih kepada warga Desa "
                 "Kambata, Kecamatan Pandawai, yang dilanda kekeringan, Selasa (3/6/2025).\n\nKapolres Sumba Timur AKBP "
                 "Yosef Leto kepada RRI, Rabu (4/6/2025), mengatakan air disalurkan dengan dua truk tangki.\n\n\"Kami akan "
                 "salurkan setiap Senin dan Rabu sampai hujan turun,\" ujarnya.", "2025-06-03"),
"weekly_clinic": ("Polsek Wewewa Timur menggelar pengobatan gratis bagi warga Desa Kalembu Ndara Mane, Selasa (3/6/2025).\n\n"
                  "Kapolsek Wewewa Timur Iptu Dominggus Bili, Rabu (4/6/2025), mengatakan 150 warga diperiksa.\n\n"
                  "Layanan serupa akan digelar setiap Rabu di balai desa.", "2025-06-03"),
"next_delivery": ("KBRN, Atambua: Polres Belu membagikan 2 ton beras kepada warga Desa Fatuketi yang terdampak banjir, Selasa "
                  "(3/6/2025).\n\nKapolres Belu AKBP Rinto Manurung, Rabu (4/6/2025), mengatakan beras dibagikan dari rumah "
                  "ke rumah.\n\n\"Bantuan berikutnya kami antar Rabu depan,\" katanya.", "2025-06-03"),
# guard: a happening told on the statement's day still supports it
"happened_support": ("Polsek Kota Soe membagikan masker kepada pengendara di simpang Lopo Tani, Selasa (3/6/2025).\n\n"
                     "Kapolsek Kota Soe Iptu Markus Tefa, Rabu (4/6/2025), mengatakan 500 masker dibagikan.\n\n"
                     "Pada Rabu (4/6/2025) pagi, petugas juga memeriksa kelengkapan kendaraan.", "2025-06-04"),
}


@pytest.mark.parametrize("key", sorted(TIES))
def test_a_plans_day_supports_no_day_in_a_tie(key):
    assert event_date(TIES[key][0], None, PLAN_PUBLISHED) == TIES[key][1]
