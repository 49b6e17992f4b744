#!/usr/bin/env python3
"""Session 21 (s21inst): invented sentences of the shapes institutions, persons, places and dates take in
national Indonesian news of 2017 (ministries and directorates, DPR commissions and factions, parties, BUMN and
PT ... Tbk, OJK/BI, foreign governments and agencies, UN bodies, foreign cities and persons, universities,
NGOs, survey institutes, courts, KPK, acronyms defined and used later, multi-word places, `waktu setempat`,
dates of foreign news), each with the values a reader gives by the conventions (police-gold-dev README,
gold/README.md S1-S29), written before the code ran on them.

    python benchmarks/entity_probes_s21.py      # lists the probes that fail, and how many

Each probe: (list, text, values that must be there, values that must not). Names are invented; places are
real regions and countries or invented ones; well-known national bodies are genre knowledge. Failing probes
are left in as they are: they say what is still weak (docs/accuracy.md, "Session 21: s21inst").
"""
from entity_probes_s19 import DATE, INST, PLACE, main  # the same runner, read here on a day of 2017

P = "2017-08-15T10:00"  # a Tuesday of the archive's year
PERS = "person"
probes = [
 # politics: DPR, parties, MPR, KSP
 (INST, "Wakil Ketua Komisi II DPR dari Fraksi Partai Gerindra, Arif Wibowo Santoso, menilai revisi itu mendesak.", {"Komisi II DPR"}, set()),
 (PERS, "Wakil Ketua Komisi II DPR dari Fraksi Partai Gerindra, Arif Wibowo Santoso, menilai revisi itu mendesak.", {"Arif Wibowo Santoso"}, set()),
 (INST, "Dewan Pimpinan Pusat (DPP) Partai Amanat Rakyat memecat dua kadernya.", {"DPP Partai Amanat Rakyat"}, set()),
 (INST, "Sekretaris Jenderal Partai Nasional Bersatu, Hendro Wicaksono, mengatakan partainya siap.", {"Partai Nasional Bersatu"}, {"Hendro Wicaksono"}),
 (PERS, "Sekretaris Jenderal Partai Nasional Bersatu, Hendro Wicaksono, mengatakan partainya siap.", {"Hendro Wicaksono"}, set()),
 (INST, "Badan Legislasi (Baleg) DPR menunda pembahasan RUU Penyiaran.", {"Baleg DPR"}, {"RUU Penyiaran"}),
 (INST, "Ketua Majelis Permusyawaratan Rakyat (MPR), Hasan Basri, membuka sidang tahunan.", {"Majelis Permusyawaratan Rakyat"}, set()),
 (PERS, "Ketua Majelis Permusyawaratan Rakyat (MPR), Hasan Basri, membuka sidang tahunan.", {"Hasan Basri"}, set()),
 (INST, "Kepala Kantor Staf Presiden (KSP), Yusuf Arifin, menerima perwakilan buruh.", {"Kantor Staf Presiden"}, set()),
 (DATE, "Rapat paripurna DPR pada Selasa (18/7) malam mengesahkan RUU Pemilu.", {"2017-07-18"}, set()),
 # survey institutes, NGOs, research
 (INST, "Hasil survei Lembaga Survei Nusantara Raya (LSNR) menunjukkan elektabilitas petahana turun.", {"Lembaga Survei Nusantara Raya"}, set()),
 (INST, "Direktur Eksekutif Lingkar Riset Publik, Dimas Prasetya, menyebut survei digelar 1-10 Agustus.", {"Lingkar Riset Publik"}, set()),
 (PERS, "Direktur Eksekutif Lingkar Riset Publik, Dimas Prasetya, menyebut survei digelar 1-10 Agustus.", {"Dimas Prasetya"}, set()),
 (DATE, "Direktur Eksekutif Lingkar Riset Publik, Dimas Prasetya, menyebut survei digelar 1-10 Agustus.", {"2017-08-01", "2017-08-10"}, set()),
 (INST, "Koordinator Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (Kontras), Yudi Permana, mengkritik polisi.", {"Komisi untuk Orang Hilang dan Korban Tindak Kekerasan"}, set()),
 (PERS, "Koordinator Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (Kontras), Yudi Permana, mengkritik polisi.", {"Yudi Permana"}, set()),
 (INST, "Peneliti Lembaga Ilmu Pengetahuan Indonesia (LIPI), Siti Nurjanah, mengatakan temuan itu penting.", {"Lembaga Ilmu Pengetahuan Indonesia"}, set()),
 (PERS, "Peneliti Lembaga Ilmu Pengetahuan Indonesia (LIPI), Siti Nurjanah, mengatakan temuan itu penting.", {"Siti Nurjanah"}, set()),
 # ministries, agencies
 (INST, "Kementerian Pekerjaan Umum dan Perumahan Rakyat (PUPR) menargetkan jalan tol itu rampung tahun depan.", {"Kementerian PUPR"}, set()),
 (PERS, "Menteri Badan Usaha Milik Negara, Ratna Kusumawati, meminta direksi bekerja keras.", {"Ratna Kusumawati"}, set()),
 (INST, "Komisi Pemberantasan Korupsi (KPK) memeriksa pejabat Kementerian Keuangan.", {"Komisi Pemberantasan Korupsi", "Kementerian Keuangan"}, set()),
 (INST, "Komisi Pemberantasan Korupsi (KPK) menahan Bupati Lembarana. KPK menduga ia menerima suap Rp 2 miliar.", {"Komisi Pemberantasan Korupsi"}, {"KPK"}),
 (INST, "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi hujan lebat.", {"Badan Meteorologi, Klimatologi, dan Geofisika"}, set()),
 (INST, "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 orang tewas akibat banjir bandang di Kabupaten Garut.", {"Badan Nasional Penanggulangan Bencana"}, set()),
 (PLACE, "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 orang tewas akibat banjir bandang di Kabupaten Garut.", {"Garut"}, set()),
 # economy: BUMN, PT Tbk, BI, OJK, BEI, Kadin
 (INST, "Direktur Utama PT Karya Bumi Nusantara Tbk, Surya Dharma, mengatakan laba perseroan naik 12 persen.", {"PT Karya Bumi Nusantara Tbk"}, set()),
 (PERS, "Direktur Utama PT Karya Bumi Nusantara Tbk, Surya Dharma, mengatakan laba perseroan naik 12 persen.", {"Surya Dharma"}, set()),
 (INST, "Deputi Gubernur Bank Indonesia, Maria Hartono, mengatakan inflasi terkendali.", {"Bank Indonesia"}, set()),
 (PERS, "Deputi Gubernur Bank Indonesia, Maria Hartono, mengatakan inflasi terkendali.", {"Maria Hartono"}, set()),
 (INST, "Kepala Eksekutif Pengawas Pasar Modal OJK, Hendra Saputra, meminta emiten terbuka.", {"OJK"}, set()),
 (PERS, "Kepala Eksekutif Pengawas Pasar Modal OJK, Hendra Saputra, meminta emiten terbuka.", {"Hendra Saputra"}, set()),
 (INST, "Indeks Harga Saham Gabungan (IHSG) di Bursa Efek Indonesia ditutup menguat.", {"Bursa Efek Indonesia"}, {"Indeks Harga Saham Gabungan"}),
 (INST, "Kamar Dagang dan Industri Indonesia (Kadin) meminta pemerintah menurunkan harga gas industri.", {"Kamar Dagang dan Industri Indonesia"}, set()),
 (PERS, "Sekretaris Perusahaan PT Semen Tanah Air Tbk, Dwi Handayani, mengatakan penjualan naik.", {"Dwi Handayani"}, set()),
 (INST, "Sekretaris Perusahaan PT Semen Tanah Air Tbk, Dwi Handayani, mengatakan penjualan naik.", {"PT Semen Tanah Air Tbk"}, set()),
 # foreign governments, agencies, UN bodies
 (INST, "Juru bicara Kementerian Pertahanan Filipina, Ramon Dela Cruz, berbicara di Manila, Rabu (16/8) waktu setempat.", {"Kementerian Pertahanan Filipina"}, set()),
 (PERS, "Juru bicara Kementerian Pertahanan Filipina, Ramon Dela Cruz, berbicara di Manila, Rabu (16/8) waktu setempat.", {"Ramon Dela Cruz"}, set()),
 (PLACE, "Juru bicara Kementerian Pertahanan Filipina, Ramon Dela Cruz, berbicara di Manila, Rabu (16/8) waktu setempat.", {"Manila"}, set()),
 (DATE, "Juru bicara Kementerian Pertahanan Filipina, Ramon Dela Cruz, berbicara di Manila, Rabu (16/8) waktu setempat.", {"2017-08-16"}, set()),
 (INST, "Kementerian Dalam Negeri Arab Saudi mengumumkan penangkapan 20 orang.", {"Kementerian Dalam Negeri Arab Saudi"}, set()),
 (INST, "Dewan Keamanan Perserikatan Bangsa-Bangsa menggelar sidang darurat di New York, Amerika Serikat.", {"Dewan Keamanan Perserikatan Bangsa-Bangsa"}, set()),
 (PLACE, "Dewan Keamanan Perserikatan Bangsa-Bangsa menggelar sidang darurat di New York, Amerika Serikat.", {"New York", "Amerika Serikat"}, set()),
 (PLACE, "Badan Pengungsi PBB (UNHCR) mencatat 400 ribu warga Rohingya mengungsi ke Bangladesh.", {"Bangladesh"}, set()),
 (PERS, "Badan Pengungsi PBB (UNHCR) mencatat 400 ribu warga Rohingya mengungsi ke Bangladesh.", set(), {"Rohingya"}),
 (INST, "Uni Eropa (UE) memperpanjang sanksi ekonomi terhadap Rusia.", {"Uni Eropa"}, set()),
 (PLACE, "Uni Eropa (UE) memperpanjang sanksi ekonomi terhadap Rusia.", {"Rusia"}, set()),
 (INST, "Organisasi Negara-negara Pengekspor Minyak (OPEC) sepakat memangkas produksi.", {"Organisasi Negara-negara Pengekspor Minyak"}, set()),
 (INST, "Biro Investigasi Federal (FBI) menyelidiki penembakan di Las Vegas.", {"Biro Investigasi Federal"}, set()),
 (PLACE, "Biro Investigasi Federal (FBI) menyelidiki penembakan di Las Vegas.", {"Las Vegas"}, set()),
 # foreign persons and places, waktu setempat
 (PERS, "Kanselir Jerman, Helga Baumann, bertemu Perdana Menteri India, Rajesh Mehra, di Berlin.", {"Helga Baumann", "Rajesh Mehra"}, set()),
 (PLACE, "Kanselir Jerman, Helga Baumann, bertemu Perdana Menteri India, Rajesh Mehra, di Berlin.", {"Berlin"}, set()),
 (PERS, "Pemimpin oposisi Venezuela, Carlos Aranguren, ditangkap aparat keamanan di Caracas.", {"Carlos Aranguren"}, set()),
 (PLACE, "Pemimpin oposisi Venezuela, Carlos Aranguren, ditangkap aparat keamanan di Caracas.", {"Caracas"}, set()),
 (PERS, "Juru bicara Gedung Putih, Sarah Collins, membantah laporan itu.", {"Sarah Collins"}, set()),
 (PERS, "Menteri Luar Negeri China, Wang Liqiang, menolak tuduhan itu.", {"Wang Liqiang"}, set()),
 (PLACE, "Serangan bom terjadi di sebuah pasar di Kabul, ibu kota Afganistan, Senin pagi waktu setempat.", {"Kabul", "Afganistan"}, set()),
 (DATE, "Serangan bom terjadi di sebuah pasar di Kabul, ibu kota Afganistan, Senin pagi waktu setempat.", {"2017-08-14"}, set()),
 (DATE, "Kesepakatan itu ditandatangani di Jenewa, Swiss, pada Kamis (10/8) waktu setempat.", {"2017-08-10"}, set()),
 (PLACE, "Kesepakatan itu ditandatangani di Jenewa, Swiss, pada Kamis (10/8) waktu setempat.", {"Jenewa", "Swiss"}, set()),
 (PERS, "Pebulu tangkis Denmark, Anders Kristensen, menang atas wakil Tiongkok di Glasgow, Skotlandia.", {"Anders Kristensen"}, set()),
 (PLACE, "Pebulu tangkis Denmark, Anders Kristensen, menang atas wakil Tiongkok di Glasgow, Skotlandia.", {"Glasgow", "Skotlandia"}, set()),
 (DATE, "Pemilu Jerman akan digelar pada 24 September mendatang.", {"2017-09-24"}, set()),
 (DATE, "Pada 11 September 2001, serangan teroris menghantam New York.", {"2001-09-11"}, set()),
 # universities, courts
 (INST, "Guru besar Fakultas Ekonomi dan Bisnis Universitas Indonesia, Prof. Bambang Sulistyo, menilai defisit aman.", {"Fakultas Ekonomi dan Bisnis Universitas Indonesia"}, set()),
 (PERS, "Guru besar Fakultas Ekonomi dan Bisnis Universitas Indonesia, Prof. Bambang Sulistyo, menilai defisit aman.", {"Bambang Sulistyo"}, set()),
 (INST, "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta menjatuhkan vonis lima tahun penjara.", {"Pengadilan Tipikor Jakarta"}, set()),
 (INST, "Terdakwa mengajukan banding ke Pengadilan Tinggi DKI Jakarta.", {"Pengadilan Tinggi DKI Jakarta"}, set()),
 # sport bodies, events
 (INST, "Federasi Sepak Bola Asia (AFC) menjatuhkan denda kepada klub itu.", {"Federasi Sepak Bola Asia"}, set()),
 (PERS, "Pebalap itu akan tampil di Tour de Lembarana tahun depan.", set(), {"Tour de Lembarana", "Lembarana"}),
 (PERS, "Ajang Motocross Grand Prix akan digelar di Palembang tahun depan.", set(), {"Motocross Grand Prix", "Grand Prix"}),
 # disasters, multi-word places
 (PLACE, "Gunung Agung di Kabupaten Karangasem kembali erupsi pada Sabtu (12/8) pukul 17.30 Wita.", {"Gunung Agung", "Karangasem"}, set()),
 (DATE, "Gunung Agung di Kabupaten Karangasem kembali erupsi pada Sabtu (12/8) pukul 17.30 Wita.", {"2017-08-12"}, set()),
 (PLACE, "Warga Kecamatan Tanjung Priok, Jakarta Utara, mengungsi ke masjid.", {"Tanjung Priok", "Jakarta Utara"}, set()),
 (PLACE, "Longsor terjadi di Desa Sumber Rejo, Kecamatan Pagerbarang, Kabupaten Tegal, Jawa Tengah.", {"Sumber Rejo", "Pagerbarang", "Tegal", "Jawa Tengah"}, set()),
 (PERS, "Sementara itu, Sirendah mencatat lonjakan kasus demam berdarah.", set(), {"Sirendah"}),
 # a second set, written after the first had run (foreign posts without commas, forces, seas, BUMN, Tipikor, DPP)
 (PERS, "Menteri Luar Negeri Rusia Dmitri Volkov bertemu mitranya di Moskwa.", {"Dmitri Volkov"}, {"Rusia Dmitri Volkov"}),
 (PLACE, "Menteri Luar Negeri Rusia Dmitri Volkov bertemu mitranya di Moskwa.", {"Moskwa"}, set()),
 (PERS, "Presiden Filipina Ramon Bautista memberlakukan darurat militer di Mindanao.", {"Ramon Bautista"}, {"Filipina Ramon Bautista"}),
 (PLACE, "Presiden Filipina Ramon Bautista memberlakukan darurat militer di Mindanao.", {"Mindanao"}, set()),
 (PERS, "Putra mahkota Abdullah bin Faisal mengumumkan reformasi ekonomi kerajaan.", {"Abdullah bin Faisal"}, set()),
 (PERS, "Pemimpin Korea Utara, Park Min-soo, menyaksikan peluncuran rudal itu.", {"Park Min-soo"}, set()),
 (INST, "Kepolisian Diraja Malaysia (PDRM) menahan tiga warga negara Indonesia.", {"Kepolisian Diraja Malaysia"}, set()),
 (INST, "Angkatan Bersenjata Filipina menggempur kelompok militan di Marawi.", {"Angkatan Bersenjata Filipina"}, set()),
 (PLACE, "Angkatan Bersenjata Filipina menggempur kelompok militan di Marawi.", {"Marawi"}, set()),
 (PLACE, "Badai itu menerjang Negara Bagian Texas, Amerika Serikat, Jumat malam waktu setempat.", {"Texas", "Amerika Serikat"}, set()),
 (DATE, "Badai itu menerjang Negara Bagian Texas, Amerika Serikat, Jumat malam waktu setempat.", {"2017-08-11"}, set()),
 (PLACE, "Serangan udara menghantam Jalur Gaza dan Tepi Barat pekan lalu.", {"Jalur Gaza", "Tepi Barat"}, set()),
 (PLACE, "Ketegangan di Semenanjung Korea dan Laut China Selatan meningkat.", {"Semenanjung Korea", "Laut China Selatan"}, set()),
 (INST, "PT Bank Rakyat Indonesia (Persero) Tbk menyalurkan kredit usaha rakyat Rp 50 triliun.", {"PT Bank Rakyat Indonesia (Persero) Tbk"}, set()),
 (INST, "Badan Koordinasi Penanaman Modal (BKPM) mencatat realisasi investasi naik.", {"Badan Koordinasi Penanaman Modal"}, set()),
 (INST, "Direktur Utama BPJS Kesehatan, Hendra Wijaya, mengatakan defisit membesar.", {"BPJS Kesehatan"}, set()),
 (PERS, "Direktur Utama BPJS Kesehatan, Hendra Wijaya, mengatakan defisit membesar.", {"Hendra Wijaya"}, set()),
 (INST, "Sekretaris Perusahaan PT Kereta Api Indonesia, Agus Setiawan, meminta maaf.", {"PT Kereta Api Indonesia"}, {"Perusahaan PT Kereta Api Indonesia"}),
 (INST, "Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta menolak eksepsi terdakwa.", {"Pengadilan Tipikor Jakarta"}, {"Tipikor Jakarta"}),
 (INST, "Terdakwa disidang di Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung.", {"Pengadilan Tipikor Bandung"}, set()),
 (INST, "Ketua Dewan Pimpinan Pusat (DPP) Partai Karya Bangsa, Sutrisno, membuka rapat.", {"DPP Partai Karya Bangsa"}, set()),
 (INST, "Ketua Fraksi Partai Amanat Rakyat di DPR, Budi Sulistyo, menolak usulan itu.", {"DPR"}, set()),
 (INST, "Menurut Sekretaris Kabinet, Pramono Adi, Presiden akan meresmikan tol itu.", set(), {"Sekretaris Kabinet"}),
 (INST, "Juru bicara Kementerian Luar Negeri, Arif Setiawan, mengatakan WNI itu selamat.", {"Kementerian Luar Negeri"}, set()),
 (PERS, "Juru bicara Kementerian Luar Negeri, Arif Setiawan, mengatakan WNI itu selamat.", {"Arif Setiawan"}, set()),
 (INST, "Direktur Jenderal Imigrasi Kementerian Hukum dan HAM, Ronny Sompie, membantah.", {"Kementerian Hukum dan HAM"}, set()),
 (PERS, "Peneliti Centre for Strategic and International Studies (CSIS), Philips Wijaya, menilai koalisi rapuh.", {"Philips Wijaya"}, set()),
 (INST, "Peneliti Centre for Strategic and International Studies (CSIS), Philips Wijaya, menilai koalisi rapuh.", {"Centre for Strategic and International Studies"}, set()),
 (INST, "Survei Indikator Politik Indonesia menempatkan petahana di urutan pertama.", {"Indikator Politik Indonesia"}, set()),
 (INST, "Ketua Umum Pengurus Besar Nahdlatul Ulama (PBNU), Said Hasan, mengimbau warga tenang.", {"Pengurus Besar Nahdlatul Ulama"}, set()),
 (INST, "Majelis Ulama Indonesia (MUI) Jawa Timur menerbitkan fatwa baru.", {"MUI Jawa Timur"}, set()),
 (DATE, "Pertemuan digelar di Washington pada Kamis (10/8) pagi waktu setempat atau Kamis malam WIB.", {"2017-08-10"}, set()),
 (DATE, "Sidang lanjutan digelar pekan depan, tepatnya Selasa (22/8).", {"2017-08-22"}, set()),
 (DATE, "Ekonomi tumbuh 5,01 persen pada kuartal II 2017.", {"2017"}, set()),
 (DATE, "Hingga akhir Juli 2017, realisasi belanja mencapai 45 persen.", {"2017-07"}, set()),
 (PERS, "Gelandang Manchester United, Paul Pogba, cedera hamstring.", {"Paul Pogba"}, {"Manchester United"}),
 (INST, "Gelandang Manchester United, Paul Pogba, cedera hamstring.", {"Manchester United"}, set()),
 (PERS, "Paus Fransiskus menyerukan perdamaian di Timur Tengah.", {"Fransiskus"}, set()),
 (PLACE, "Paus Fransiskus menyerukan perdamaian di Timur Tengah.", {"Timur Tengah"}, set()),
 (PERS, "Raja Salman tiba di Bandara Halim Perdanakusuma, Jakarta Timur.", {"Salman"}, {"Raja Salman"}),
 (INST, "Komisi Penyiaran Indonesia (KPI) menegur stasiun televisi itu.", {"Komisi Penyiaran Indonesia"}, set()),
 (INST, "Sekretariat Jenderal DPR menyiapkan ruang rapat Panitia Khusus Hak Angket.", {"DPR"}, set()),
 (PLACE, "Banjir bandang melanda Kecamatan Pante Bidari, Kabupaten Aceh Timur.", {"Pante Bidari", "Aceh Timur"}, set()),
 (PLACE, "Kebakaran hutan meluas di Kabupaten Ogan Komering Ilir, Sumatera Selatan.", {"Ogan Komering Ilir", "Sumatera Selatan"}, set()),
]


if __name__ == "__main__":
    main(probes, P)
