"""Casualties and victims as Indonesian police and regional news reports them (issue 22, session 11):
`X orang tewas dan Y luka-luka`, tolls that grow (`bertambah menjadi N`), `N orang meninggal di lokasi kejadian`,
`seorang pengendara tewas di tempat`, survivors and the missing, numbers in words and digits (`belasan` is no
number), `tidak ada korban jiwa` / `tidak menimbulkan korban jiwa` / `tanpa korban jiwa` (dead 0), a named victim
with age and residence, victims of stabbings, robberies, frauds and crashes, a toll of an earlier event that must
not count, suspects shot dead by the police.

Every sentence is invented for these tests (no article text; invented names and places) and read through the
public API with one closing sentence of police follow-up, as an article has more than one word of an incident
report. The expected record follows `gold/incidents/README.md` (Casualties, Victims). Known misses are strict
xfails that say which mechanism fails."""
import pytest

from helpers import reader

_AFTER = " Polisi masih menyelidiki kasus tersebut dan meminta keterangan keluarga korban."


_record = reader("2017-03-14T10:00", id="t", after=_AFTER)


@pytest.mark.parametrize("text, expected", [
    ('Kecelakaan beruntun terjadi di Jalan Raya Cikaret, Kabupaten Sumberjaya, Senin malam. Dua orang tewas dan tiga orang luka-luka dalam kejadian itu.',
     (2, 3, None)),
    ('Sebuah bus terguling di jalur Tanjakan Welirang. Korban meninggal dunia bertambah menjadi tujuh orang setelah seorang penumpang meninggal di rumah sakit.',
     (7, None, None)),
    ('Truk bermuatan pasir menabrak warung di Desa Sukaraja. Tiga orang meninggal di lokasi kejadian.',
     (3, None, None)),
    ('Kecelakaan terjadi di Jalan Lingkar Selatan Kota Marbun. Seorang pengendara sepeda motor tewas di tempat.',
     (1, None, None)),
    ('Kebakaran melanda permukiman padat di Kelurahan Tegalsari. Tidak ada korban jiwa dalam peristiwa itu.',
     (0, None, None)),
    ('Longsor menimbun tiga rumah di Dusun Karangwetan. Empat orang tewas, dua luka berat dan lima luka ringan.',
     (4, 7, None)),
    # `dinyatakan hilang` is a core report word (s12vic)
    ('Kapal motor tenggelam di perairan Pulau Rendah. Sebanyak 12 penumpang selamat, sementara tiga orang masih dinyatakan hilang.',
     (None, None, 3)),
    ('Banjir bandang menerjang Kecamatan Lembah Hijau. Lima orang meninggal dunia dan dua orang hilang terseret arus.',
     (5, None, 2)),
    pytest.param('Mobil minibus bertabrakan dengan truk di Jalan Trans Kalimantan. Pengemudi dan penumpangnya tewas di lokasi.',
                 (2, None, None),
                 marks=pytest.mark.xfail(strict=True, reason='`pengemudi dan penumpangnya tewas`: two described people with no count give no toll')),
    ('Tabrakan dua sepeda motor terjadi di Desa Mulyorejo. Belasan orang menyaksikan kejadian itu, seorang pengendara tewas.',
     (1, None, None)),
    ('Ledakan tabung gas terjadi di sebuah rumah makan di Kota Parigi. Enam orang mengalami luka bakar dan dilarikan ke RSUD Parigi.',
     (None, 6, None)),
    ('Bus pariwisata masuk jurang di Tikungan Cemara. Korban tewas tercatat 9 orang, sedangkan 21 orang luka-luka.',
     (9, 21, None)),
    ('Polisi menyelidiki kecelakaan di Jalan Ahmad Yani. Sebelumnya korban tewas disebut 4 orang. Belakangan jumlah korban tewas menjadi 5 orang.',
     (5, None, None)),
    ('Kebakaran gudang di Kawasan Industri Cipendawa terjadi Selasa pagi. Peristiwa itu tidak menimbulkan korban jiwa.',
     (0, None, None)),
    ('Seorang pemuda tewas ditusuk orang tak dikenal di Desa Lorong Baru, Kecamatan Watusari.',
     (1, None, None)),
    ('Pelaku perampokan tewas ditembak petugas karena melawan saat hendak ditangkap di Kecamatan Ranumas.',
     (1, None, None)),
    ('Tersangka pencurian RT (28) dihadiahi timah panas di kakinya karena berusaha kabur.',
     (None, None, None)),
    ('Kecelakaan kereta api terjadi di perlintasan Desa Kertajaya. Dua penumpang angkot tewas, dua di antaranya anak-anak, dan empat lainnya luka-luka.',
     (2, 4, None)),
    ('Perahu nelayan terbalik di Sungai Mahakam Hulu. Satu orang ditemukan meninggal, dua lainnya masih dalam pencarian.',
     (1, None, 2)),
    ('Tawuran antarkampung pecah di Kecamatan Sukamundur. Akibatnya seorang warga tewas dan tujuh orang terluka.',
     (1, 7, None)),
    ('Kecelakaan maut terjadi di Tol Cipali Km 120. Sebanyak 4 orang meninggal dunia, sementara 6 lainnya mengalami luka-luka.',
     (4, 6, None)),
    ('Gempa berkekuatan 5,6 mengguncang Kabupaten Tanah Merah. Hingga Rabu sore, 14 orang dilaporkan meninggal dunia dan 120 orang luka-luka.',
     (14, 120, None)),
    ('Sebuah mobil pikap terjun ke sungai di Desa Bantar. Korban luka dilarikan ke RSUD Bantar, dua di antaranya kritis.',
     (None, None, None)),
    ('Angin puting beliung merusak puluhan rumah di Desa Cibeureum. Tidak ada korban jiwa, namun tiga warga mengalami luka ringan.',
     (0, 3, None)),
    ('Kecelakaan terjadi di Jalan Raya Pantura Km 40. Satu orang meninggal dunia dan satu lainnya luka berat.',
     (1, 1, None)),
    ('Speedboat yang membawa 20 penumpang tenggelam di Selat Koral. Sebanyak 15 penumpang selamat, dua orang meninggal dunia dan tiga orang hilang.',
     (2, None, 3)),
    ('Sebuah rumah terbakar di Kelurahan Bukit Asri. Dua anak kakak beradik tewas terpanggang dalam kebakaran itu.',
     (2, None, None)),
    ('Bentrokan antara dua kelompok warga di Kabupaten Ilir Jaya mengakibatkan tiga orang tewas.',
     (3, None, None)),
    # one described person with no count (`Sopir truk meninggal dunia`) opening a sentence is one (s16cnt; an xfail before)
    ('Truk tangki menabrak pembatas jalan di Jalan Soekarno-Hatta. Sopir truk meninggal dunia di lokasi kejadian.',
     (1, None, None)),
    # one described victim (`korban ditemukan tewas`) is counted (s12vic)
    ('Polisi mengungkap kasus pembunuhan di Desa Tanjung Sari. Korban ditemukan tewas dengan luka tusuk di bagian dada.',
     (1, None, None)),
    ('Jumlah korban meninggal akibat banjir di Kabupaten Lembayung bertambah menjadi 11 orang, sementara empat orang masih hilang.',
     (11, None, 4)),
    ('Sebuah angkot terguling di Jalan Raya Lembang. Sepuluh penumpang luka-luka dan dibawa ke puskesmas terdekat.',
     (None, 10, None)),
    ('Dua pendaki tewas tersambar petir di puncak Gunung Arjasari, Minggu siang.',
     (2, None, None)),
    # `dilaporkan hilang` is a core report word (s12vic)
    ('Seorang nelayan dilaporkan hilang saat melaut di perairan Teluk Biru sejak Jumat.',
     (None, None, 1)),
    ('Kebakaran melanda pasar tradisional di Kecamatan Rawamangun Hilir. Tidak ada korban jiwa, namun dua petugas pemadam mengalami luka ringan.',
     (0, 2, None)),
    ('Perahu motor tenggelam di Sungai Barito Hulu tanpa korban jiwa; seluruh penumpang berhasil dievakuasi.',
     (0, None, None)),
    ('Polisi menyelidiki tabrakan di Jalan Diponegoro. Satu orang tewas di tempat. Tahun lalu, kecelakaan di lokasi yang sama menewaskan delapan orang.',
     (1, None, None)),
    ('Kecelakaan beruntun melibatkan lima kendaraan di Jalan Tol Jagorawi. Dalam kecelakaan itu 1 orang tewas dan 8 orang luka.',
     (1, 8, None)),
    ('Seorang pelajar tewas tenggelam saat berenang di Sungai Citarum Hilir, Kamis sore.',
     (1, None, None)),
    ('Tiga orang terduga teroris tewas dalam baku tembak dengan Densus 88 di Kabupaten Poso Pesisir.',
     (3, None, None)),
    ('Jembatan gantung putus di Desa Lebaksari saat dilintasi warga. Tujuh orang luka-luka dan satu orang meninggal dunia.',
     (1, 7, None)),
    ('Ledakan di pabrik petasan di Kecamatan Sepatan menewaskan lima pekerja dan melukai sembilan lainnya.',
     (5, 9, None)),
    # `meninggal di tempat` / `di lokasi` say a death at the scene of an incident (a cue, no calm word)
    ('Bus menabrak pohon di Jalan Raya Lintas Timur. Pengemudinya, Suparman (51), meninggal di tempat.',
     (1, None, None)),
    ('Sepeda motor yang dikendarai Heri Susanto (29) menabrak truk di Jalan Gatot Subroto. Heri meninggal di lokasi.',
     (1, None, None)),
    pytest.param('Pemotor tertabrak kereta di perlintasan Desa Wates. Ia meninggal dalam perjalanan ke rumah sakit.',
                 (1, None, None),
                 marks=pytest.mark.xfail(strict=True, reason='a pronoun subject (`Ia`) with no count gives no toll')),
])
def test_casualties(text, expected):
    """(dead, injured, missing) of the main incident."""
    c = _record(text).casualties
    assert (c.dead, c.injured, c.missing) == expected


@pytest.mark.parametrize("text, expected", [
    ('Kecelakaan terjadi di Jalan Raya Sukamaju. Korban, Andi Saputra (34), warga Desa Mekarsari, tewas di tempat.',
     [('Andi Saputra', 34, 'Desa Mekarsari', 'tewas')]),
    ('Seorang pemilik toko, Budi Hartono (45), tewas ditusuk kawanan perampok di rumahnya di Kecamatan Sindang.',
     [('Budi Hartono', 45, None, 'tewas')]),
    ('Pengendara sepeda motor bernama Siti Aminah (27) mengalami luka berat setelah ditabrak mobil di Jalan Merdeka.',
     [('Siti Aminah', 27, None, 'luka berat')]),
    # the loss after the residence clause (`warga Kelurahan X, kehilangan tas`) is the victim's harm
    ('Polisi menangkap dua pelaku jambret. Korban, Rina Marlina (31), warga Kelurahan Sukajadi, kehilangan tas berisi uang Rp 3 juta.',
     [('Rina Marlina', 31, 'Kelurahan Sukajadi', 'dirugikan')]),
    ('Dua orang tewas dalam kecelakaan di Jalan Raya Ciawi. Korban adalah Dedi Kurniawan (40) dan Yusuf Maulana (22).',
     [('Dedi Kurniawan', 40, None, 'tewas'), ('Yusuf Maulana', 22, None, 'tewas')]),
    # a residence before the apposed name (`warga Desa X, Nama (56)`): the residence is the name's, the name one victim
    ('Seorang warga Desa Karangjati, Slamet Riyadi (56), ditemukan tewas di sawahnya dengan luka bacok.',
     [('Slamet Riyadi', 56, 'Desa Karangjati', 'tewas')]),
    ('Seorang warga Kelurahan Sumberrejo, Kecamatan Lowokwaru, Darto Wiyono (61), tewas tertimpa tembok rumahnya.',
     [('Darto Wiyono', 61, 'Kelurahan Sumberrejo, Kecamatan Lowokwaru', 'tewas')]),
    # `dinyatakan hilang` is a core report word (s12vic)
    ('Kapal terbalik di perairan Tanjung Layar. Seorang penumpang bernama Hasan Basri (38) masih dinyatakan hilang.',
     [('Hasan Basri', 38, None, 'hilang')]),
    pytest.param('Kebakaran melanda rumah milik Joko Susilo (50) di Desa Ngemplak. Joko selamat, namun rumahnya ludes terbakar.',
                 [('Joko Susilo', 50, None, 'selamat')],
                 marks=pytest.mark.xfail(strict=True, reason='`selamat` is no cue of the incident gate')),
    ('Jenazah korban, Wahyu Pratama (19), warga Dusun Krajan, dibawa ke RSUD Dr Soetomo untuk diautopsi.',
     [('Wahyu Pratama', 19, 'Dusun Krajan', 'tewas')]),
    ('Korban penganiayaan, Agus Salim (29), mengalami luka di kepala dan dirawat di RSUD Kota Baru.',
     [('Agus Salim', 29, None, 'luka')]),
    ('Tiga orang tewas dalam kecelakaan di Jalan Raya Purwodadi.',
     [(None, None, None, 'tewas'), (None, None, None, 'tewas'), (None, None, None, 'tewas')]),
    ('Dua orang luka-luka dalam kecelakaan di Jalan Raya Bogor dan dilarikan ke rumah sakit.',
     [(None, None, None, 'luka'), (None, None, None, 'luka')]),
    ('Seorang pengendara ojek online, Rudi Hermawan (33), tewas setelah dibacok begal di Jalan Kalimalang.',
     [('Rudi Hermawan', 33, None, 'tewas')]),
    ('Nenek Sumiati (70), warga Desa Pakis, menjadi korban penipuan dengan modus penggandaan uang.',
     [('Sumiati', 70, 'Desa Pakis', 'dirugikan')]),
    pytest.param('Pelaku pembunuhan terhadap Lestari (24) akhirnya ditangkap polisi. Lestari ditemukan tewas di kamar kosnya.',
                 [('Lestari', 24, None, 'tewas')],
                 marks=pytest.mark.xfail(strict=True, reason='a victim named only after `terhadap` and a later `ditemukan tewas` is not read')),
    ('Pengemudi mobil, Hendra Wijaya (41), dan penumpangnya, Maya Sari (36), tewas di lokasi kejadian.',
     [('Hendra Wijaya', 41, None, 'tewas'), ('Maya Sari', 36, None, 'tewas')]),
    ('Seorang bocah bernama Fajar (8) tewas tenggelam di kolam bekas galian tambang di Desa Sumberagung.',
     [('Fajar', 8, None, 'tewas')]),
    ('Seorang pria, Darmawan (47), warga Kelurahan Pasar Baru, tewas ditembak orang tak dikenal.',
     [('Darmawan', 47, 'Kelurahan Pasar Baru', 'tewas')]),
    ('Dua korban luka berat, yakni Irfan (25) dan Ridwan (30), dirawat di RSUD Sumberjaya.',
     [('Irfan', 25, None, 'luka berat'), ('Ridwan', 30, None, 'luka berat')]),
    ('Bus terperosok ke jurang di Tikungan Maut Desa Cikaso. Sebanyak 20 penumpang selamat.',
     []),
    pytest.param('Korban pemerkosaan, seorang siswi SMP berusia 14 tahun, melapor ke Polres Karangjaya didampingi orang tuanya.',
                 [(None, 14, None, None)],
                 marks=pytest.mark.xfail(strict=True, reason='an unnamed victim described by age only (`berusia 14 tahun`) gives no entry')),
    ('Pelaku perampokan, Sarmin (35), tewas ditembak petugas saat melawan. Korban perampokan, Yanti (42), mengalami luka ringan.',
     [('Yanti', 42, None, 'luka ringan')]),
    # `ditemukan meninggal dunia`: a death found, a toll when the case is the article's own (s18gate; a strict xfail before)
    ('Seorang penumpang perahu, Abdul Rahman (60), ditemukan meninggal dunia setelah dua hari pencarian.',
     [('Abdul Rahman', 60, None, 'tewas')]),
    # a harm right after the residence clause that follows the name
    ('Korban tabrak lari, Nurhayati (52), warga Jalan Melati, meninggal dunia dalam perjalanan ke rumah sakit.',
     [('Nurhayati', 52, 'Jalan Melati', 'tewas')]),
    ('Pedagang sayur, Warsini (48), warga Kelurahan Sidomulyo, Kecamatan Batu Ampar, mengalami luka bakar di tangan.',
     [('Warsini', 48, 'Kelurahan Sidomulyo, Kecamatan Batu Ampar', 'luka')]),
    ('Empat orang meninggal dunia akibat tertimbun longsor di Desa Gunungsari. Satu korban yang selamat adalah Parman (44).',
     [('Parman', 44, None, 'selamat'), (None, None, None, 'tewas'), (None, None, None, 'tewas'), (None, None, None, 'tewas'), (None, None, None, 'tewas')]),
    ('Akibat kejadian itu, korban bernama Eko Prasetyo (26) menderita luka robek di lengan kiri.',
     [('Eko Prasetyo', 26, None, 'luka')]),
    ('Seorang satpam bank, Maman Suherman (49), tewas dibacok kawanan perampok bersenjata tajam.',
     [('Maman Suherman', 49, None, 'tewas')]),
    # an unnamed counted victim keeps the `berusia N tahun` age of its noun (s12vic)
    ('Seorang balita berusia 3 tahun tewas tertabrak mobil yang mundur di halaman rumah di Desa Kalimati.',
     [(None, 3, None, 'tewas')]),
    ('Korban penipuan investasi bodong, Teguh Santoso (39), mengalami kerugian hingga Rp 250 juta.',
     [('Teguh Santoso', 39, None, 'dirugikan')]),
    ('Sopir truk, Bambang (45), warga Kabupaten Gunung Kidul, meninggal di tempat kejadian.',
     [('Bambang', 45, 'Kabupaten Gunung Kidul', 'tewas')]),
    # `dinyatakan hilang` is a core report word (s12vic)
    ('Dua pendaki, Rizky (21) dan Dimas (20), hingga kini masih dinyatakan hilang di Gunung Salak Utara.',
     [('Dimas', 20, None, 'hilang'), ('Rizky', 21, None, 'hilang')]),
    pytest.param('Kejadian itu mengakibatkan seorang pejalan kaki, Sri Wahyuni (58), mengalami patah kaki dan luka berat.',
                 [('Sri Wahyuni', 58, None, 'luka berat')],
                 marks=pytest.mark.xfail(strict=True, reason='`mengalami patah kaki dan luka berat` after an apposed name gives no victim')),
    ('Kecelakaan tahun lalu di jalan yang sama menewaskan enam orang. Kali ini seorang pengendara, Ari (23), tewas di tempat.',
     [('Ari', 23, None, 'tewas')]),
    pytest.param('Polisi menangkap pelaku penganiayaan terhadap Ujang (37), warga Desa Cikadu, yang mengalami luka memar di wajah.',
                 [('Ujang', 37, 'Desa Cikadu', 'luka')],
                 marks=pytest.mark.xfail(strict=True, reason='a victim after `penganiayaan terhadap` with the harm in a relative clause is not read')),
    ('Seorang ibu rumah tangga, Ratna (33), tewas setelah dianiaya suaminya sendiri di Kecamatan Tanjung Batu.',
     [('Ratna', 33, None, 'tewas')]),
    pytest.param('Sebanyak tiga penumpang selamat dalam kecelakaan perahu di Danau Tigawarna.',
                 [(None, None, None, 'selamat'), (None, None, None, 'selamat'), (None, None, None, 'selamat')],
                 marks=pytest.mark.xfail(strict=True, reason='`selamat` is no cue of the incident gate')),
    pytest.param('Seorang pria lanjut usia, Karto (81), meninggal dunia setelah terjatuh ke sumur di belakang rumahnya.',
                 [('Karto', 81, None, 'tewas')],
                 marks=pytest.mark.xfail(strict=True, reason='`meninggal dunia setelah terjatuh` with no count is a calm word, no cue')),
    # `pelajar SMA`: an acronym only after a noun of one who studies is the school, no second victim (s12vic)
    ('Akibat tabrakan itu, pengendara sepeda motor, Yogi Pratama (17), pelajar SMA, tewas di lokasi.',
     [('Yogi Pratama', 17, None, 'tewas')]),
    ('Korban, Fitri Handayani (30), mengaku kehilangan sepeda motor yang diparkir di depan rumahnya.',
     [('Fitri Handayani', 30, None, 'dirugikan')]),
    ('Seorang warga, Sutrisno (62), tewas tertimpa pohon tumbang saat hujan deras di Kelurahan Karanganyar.',
     [('Sutrisno', 62, None, 'tewas')]),
    ('Penumpang mobil, Lina (28), mengalami luka ringan, sedangkan sopirnya, Tono (34), luka berat.',
     [('Lina', 28, None, 'luka ringan'), ('Tono', 34, None, 'luka berat')]),
    ('Seorang pelajar bernama Putra (16) tewas setelah terkena sabetan celurit dalam tawuran di Jalan Kenanga.',
     [('Putra', 16, None, 'tewas')]),
    ('Bus menabrak pohon di Jalan Raya Lintas Timur. Pengemudinya, Suparman (51), meninggal di tempat.',
     [('Suparman', 51, None, 'tewas')]),
    # `menabrak truk`: a verb of everyday use too (a crash, not an attack): the rider who died is its victim (s12vic)
    ('Sepeda motor yang dikendarai Heri Susanto (29) menabrak truk di Jalan Gatot Subroto. Heri meninggal di lokasi.',
     [('Heri Susanto', 29, None, 'tewas')]),
])
def test_victims(text, expected):
    """(name, age, residence, status) of each victim, unnamed counted victims one entry each."""
    got = sorted(((v.name, v.age, v.residence, v.status) for v in _record(text).victims), key=str)
    assert got == expected
