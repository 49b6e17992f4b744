#!/usr/bin/env python3
"""Session 20 (s20inst): invented sentences of the shapes institutions, places, persons and dates take in
Indonesian news, police and non-police (sport, economy, foreign, politics, courts, schools, NGOs), each with
the values a reader gives by the conventions (police-gold-dev README), written before the code ran on them.

    python benchmarks/entity_probes_s20.py      # lists the probes that fail, and how many

Each probe: (list, text, values that must be there, values that must not). Names and places are invented,
or real regions and well-known national bodies (genre knowledge). Failing probes are left in as they are:
they say what is still weak (docs/accuracy.md, "Session 20: s20inst").
"""
from entity_probes_s19 import DATE, INST, PLACE, main  # the same runner and published day (a Tuesday)

PERS = "person"
probes = [
 # sport
 (INST, "Pelatih Persikas Lembarana, Rudi Hartanto, memuji semangat pemainnya.", {"Persikas Lembarana"}, set()),
 (PERS, "Pelatih Persikas Lembarana, Rudi Hartanto, memuji semangat pemainnya.", {"Rudi Hartanto"}, {"Persikas Lembarana"}),
 (INST, "Persatuan Sepak Bola Seluruh Indonesia (PSSI) menjatuhkan sanksi kepada klub itu.", {"Persatuan Sepak Bola Seluruh Indonesia"}, set()),
 (INST, "Komite Olimpiade Indonesia (KOI) mengirim 120 atlet ke SEA Games.", {"Komite Olimpiade Indonesia"}, set()),
 (PLACE, "Laga itu digelar di Stadion Utama Gelora Bung Karno, Jakarta.", {"Stadion Utama Gelora Bung Karno", "Jakarta"}, {"Gelora Bung Karno"}),
 (PERS, "Striker asal Brasil, Marcos Silveira, mencetak dua gol dalam laga itu.", {"Marcos Silveira"}, {"Brasil"}),
 (PERS, "Pelatih kepala timnas, Kim Dong-wook, memanggil 28 pemain.", {"Kim Dong-wook"}, set()),
 (PLACE, "Pebulu tangkis itu tampil di Istora Senayan, Jakarta, Minggu malam.", {"Istora Senayan", "Jakarta"}, set()),
 (INST, "Manajer Sinar Timur FC, Agus Salimin, membantah kabar itu.", {"Sinar Timur FC"}, set()),
 (PERS, "Manajer Sinar Timur FC, Agus Salimin, membantah kabar itu.", {"Agus Salimin"}, set()),
 (INST, "Persatuan Bulu Tangkis Seluruh Indonesia (PBSI) mengumumkan skuad untuk kejuaraan dunia.", {"Persatuan Bulu Tangkis Seluruh Indonesia"}, set()),
 (PERS, "Kiper Ahmad Fauzan menepis penalti di menit ke-89.", {"Ahmad Fauzan"}, set()),
 (PERS, "Pebalap asal Spanyol, Carlos Mendoza, finis di posisi ketiga.", {"Carlos Mendoza"}, {"Spanyol"}),
 # economy
 (INST, "PT Bank Sentosa Jaya Tbk mencatat laba bersih Rp 2 triliun pada 2024.", {"PT Bank Sentosa Jaya Tbk"}, set()),
 (INST, "Otoritas Jasa Keuangan (OJK) mencabut izin usaha BPR Mitra Tani.", {"Otoritas Jasa Keuangan", "BPR Mitra Tani"}, set()),
 (INST, "Bank Indonesia (BI) menahan suku bunga acuan di level 6 persen.", {"Bank Indonesia"}, set()),
 (INST, "Direktorat Jenderal Pajak Kementerian Keuangan menargetkan penerimaan naik.", {"Direktorat Jenderal Pajak Kementerian Keuangan", "Kementerian Keuangan"}, set()),
 (INST, "Kementerian Perdagangan menggelar operasi pasar bersama Perum Bulog.", {"Kementerian Perdagangan", "Perum Bulog"}, set()),
 (INST, "Saham PT Kencana Abadi Tbk (KNCA) melonjak 20 persen di Bursa Efek Indonesia.", {"PT Kencana Abadi Tbk", "Bursa Efek Indonesia"}, {"KNCA"}),
 (INST, "Lembaga Penjamin Simpanan (LPS) membayar klaim nasabah bank itu.", {"Lembaga Penjamin Simpanan"}, set()),
 (INST, "Badan Pusat Statistik (BPS) Provinsi Jambi mencatat inflasi 2,1 persen.", {"BPS Provinsi Jambi"}, {"Badan Pusat Statistik"}),
 (INST, "Kamar Dagang dan Industri (Kadin) Kota Sirendah menggelar pameran produk lokal.", {"Kadin Kota Sirendah"}, set()),
 (INST, "Direktur Utama PT Sumber Makmur Tbk, Hendra Gunawan, mengatakan ekspor naik.", {"PT Sumber Makmur Tbk"}, set()),
 (PERS, "Direktur Utama PT Sumber Makmur Tbk, Hendra Gunawan, mengatakan ekspor naik.", {"Hendra Gunawan"}, set()),
 (INST, "Pengamat dari Institute for Development of Economics and Finance (Indef), Rina Lestari, menilai harga naik.", {"Institute for Development of Economics and Finance"}, set()),
 (PERS, "Pengamat dari Institute for Development of Economics and Finance (Indef), Rina Lestari, menilai harga naik.", {"Rina Lestari"}, set()),
 # foreign
 (INST, "Kementerian Luar Negeri Malaysia memanggil duta besar Indonesia.", {"Kementerian Luar Negeri Malaysia"}, set()),
 (PLACE, "Kementerian Luar Negeri Malaysia memanggil duta besar Indonesia.", {"Indonesia"}, set()),
 (INST, "Perserikatan Bangsa-Bangsa (PBB) mengecam serangan di Gaza.", {"Perserikatan Bangsa-Bangsa"}, set()),
 (PLACE, "Perserikatan Bangsa-Bangsa (PBB) mengecam serangan di Gaza.", {"Gaza"}, set()),
 (PLACE, "Presiden itu tiba di Paris setelah kunjungan ke Berlin, Jerman.", {"Paris", "Berlin", "Jerman"}, set()),
 (INST, "Departemen Luar Negeri Amerika Serikat menyatakan keprihatinan.", {"Departemen Luar Negeri Amerika Serikat"}, set()),
 (PERS, "Perdana Menteri Jepang Hiroshi Tanaka bertemu Presiden Korea Selatan Lee Jun-ho di Tokyo.", {"Hiroshi Tanaka", "Lee Jun-ho"}, set()),
 (PLACE, "Perdana Menteri Jepang Hiroshi Tanaka bertemu Presiden Korea Selatan Lee Jun-ho di Tokyo.", {"Tokyo"}, set()),
 (INST, "Organisasi Kesehatan Dunia (WHO) memperingatkan lonjakan kasus campak.", {"Organisasi Kesehatan Dunia"}, set()),
 (INST, "Kedutaan Besar Republik Indonesia (KBRI) di Kuala Lumpur memulangkan 50 pekerja migran.", {"Kedutaan Besar Republik Indonesia"}, set()),
 (PLACE, "Kedutaan Besar Republik Indonesia (KBRI) di Kuala Lumpur memulangkan 50 pekerja migran.", {"Kuala Lumpur"}, set()),
 (PERS, "Presiden Amerika Serikat, John Miller, menelepon Perdana Menteri Australia, David Brown.", {"John Miller", "David Brown"}, set()),
 # politics
 (INST, "Komisi III DPR RI memanggil Kapolri dalam rapat dengar pendapat.", {"Komisi III DPR RI", "DPR RI"}, set()),
 (INST, "Partai Karya Rakyat (PKR) Kabupaten Lembarana mendaftarkan 40 bakal calon legislatif.", {"PKR Kabupaten Lembarana"}, set()),
 (INST, "Ketua DPD Partai Golkar Sumatera Utara, Budi Santosa, menerima berkas calon.", {"DPD Partai Golkar Sumatera Utara"}, set()),
 (INST, "Bawaslu Provinsi Riau menemukan 12 pelanggaran kampanye.", {"Bawaslu Provinsi Riau"}, set()),
 (INST, "KPU Kabupaten Lembarana menetapkan pasangan calon bupati.", {"KPU Kabupaten Lembarana"}, set()),
 (INST, "Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jambi mengesahkan APBD.", {"DPRD Provinsi Jambi"}, {"APBD"}),
 (INST, "Fraksi Partai Demokrat DPRD Kota Sirendah menolak rancangan perda itu.", {"DPRD Kota Sirendah"}, set()),
 # courts, schools, hospitals, NGOs
 (INST, "Mahkamah Agung menolak kasasi yang diajukan jaksa.", {"Mahkamah Agung"}, set()),
 (INST, "Pengadilan Tinggi Sirendah memperberat hukuman terdakwa.", {"Pengadilan Tinggi Sirendah"}, set()),
 (INST, "Komisi Yudisial (KY) menerima laporan terkait hakim itu.", {"Komisi Yudisial"}, set()),
 (INST, "Rektor Universitas Negeri Lembarana, Prof Dr Suhardi, melantik 300 wisudawan.", {"Universitas Negeri Lembarana"}, set()),
 (PERS, "Rektor Universitas Negeri Lembarana, Prof Dr Suhardi, melantik 300 wisudawan.", {"Suhardi"}, {"Prof Dr Suhardi", "Dr Suhardi"}),
 (INST, "Pakar hukum pidana Universitas Gadjah Mada (UGM), Andi Pratama, menilai dakwaan lemah.", {"Universitas Gadjah Mada"}, set()),
 (PERS, "Pakar hukum pidana Universitas Gadjah Mada (UGM), Andi Pratama, menilai dakwaan lemah.", {"Andi Pratama"}, set()),
 (INST, "Siswa SMP Negeri 4 Kota Sirendah mengikuti lomba cerdas cermat.", {"SMP Negeri 4 Kota Sirendah"}, set()),
 (INST, "Korban dilarikan ke Rumah Sakit Bhayangkara Lembarana.", {"Rumah Sakit Bhayangkara Lembarana"}, set()),
 (PLACE, "Korban dilarikan ke Rumah Sakit Bhayangkara Lembarana.", {"Rumah Sakit Bhayangkara Lembarana"}, set()),
 (INST, "Indonesia Corruption Watch (ICW) mendesak KPK mengusut kasus itu.", {"Indonesia Corruption Watch", "KPK"}, set()),
 (INST, "Wahana Lingkungan Hidup Indonesia (Walhi) Kalimantan Tengah menggugat perusahaan sawit.", {"Walhi Kalimantan Tengah"}, set()),
 (INST, "Santri Pondok Pesantren Darul Ulum Lembarana mengikuti upacara.", {"Pondok Pesantren Darul Ulum Lembarana"}, set()),
 # acronyms defined, used later; units with qualifiers
 (INST, "Dinas Perhubungan (Dishub) Kota Sirendah memasang rambu baru. Petugas Dishub juga menertibkan parkir.", {"Dishub Kota Sirendah"}, {"Dishub", "Dinas Perhubungan"}),
 (INST, "Ditreskrimsus Polda Sumatera Selatan membongkar praktik penimbunan solar.", {"Ditreskrimsus Polda Sumatera Selatan", "Polda Sumatera Selatan"}, set()),
 (INST, "Anggota Koramil 0412/Batu Ampar membantu evakuasi warga.", {"Koramil 0412/Batu Ampar"}, set()),
 # places
 (PLACE, "Banjir merendam tiga kecamatan di Kota Sirendah dan Kabupaten Lembarana.", {"Sirendah", "Lembarana"}, set()),
 (PLACE, "Festival digelar di Taman Budaya Lembarana pada Sabtu malam.", {"Taman Budaya Lembarana"}, set()),
 (PLACE, "Pengungsi ditampung di GOR Sumber Rejeki, Kecamatan Batu Ampar.", {"GOR Sumber Rejeki", "Batu Ampar"}, set()),
 (PLACE, "Kapal motor itu tenggelam di Selat Bali pada Senin dini hari.", {"Selat Bali"}, set()),
 (PLACE, "Pendaki hilang di Gunung Rinjani, Lombok Timur, Nusa Tenggara Barat.", {"Gunung Rinjani", "Lombok Timur", "Nusa Tenggara Barat"}, set()),
 (PLACE, "Warga Perumahan Griya Asri, Kelurahan Sukamaju, mengeluhkan bau sampah.", {"Perumahan Griya Asri", "Sukamaju"}, set()),
 (PLACE, "Delegasi tiba di Bandara Internasional Sultan Hasanuddin, Makassar.", {"Bandara Internasional Sultan Hasanuddin", "Makassar"}, set()),
 (PLACE, "Pertemuan digelar di Hotel Mulia Senayan, Jakarta Pusat.", {"Hotel Mulia Senayan", "Jakarta Pusat"}, set()),
 # persons
 (PERS, "Ketua RT 05, Slamet Riyadi alias Mbah Met, menemukan bungkusan itu.", {"Slamet Riyadi"}, {"Mbah Met", "Slamet Riyadi alias Mbah Met"}),
 (PERS, "Kepala Desa Sukamaju, H. Abdul Karim, S.Ag., membenarkan kejadian itu.", {"Abdul Karim"}, {"H. Abdul Karim"}),
 (PERS, "Pengacara tersangka, Maria Fransiska Dewi, SH, MH, menyatakan akan banding.", {"Maria Fransiska Dewi"}, set()),
 (PERS, "Seorang warga berinisial AB (34) diamankan petugas.", {"AB"}, set()),
 (PERS, "Wali Kota Sirendah, Dedi Kurniawan, meresmikan pasar baru.", {"Dedi Kurniawan"}, set()),
 # dates
 (DATE, "Turnamen berlangsung 12-20 Juli 2025 di Jakarta.", {"2025-07-12", "2025-07-20"}, set()),
 (DATE, "Pada Selasa (4/3) pagi, harga emas naik tipis.", {"2025-03-04"}, set()),
 (DATE, "Kontrak pemain itu berakhir pada Juni 2026.", {"2026-06"}, set()),
 (DATE, "Laga leg kedua digelar Rabu (5/3/2025) malam.", {"2025-03-05"}, set()),
 (DATE, "Sepanjang 2024, perusahaan membukukan pendapatan Rp 5 triliun.", {"2024"}, set()),
 (DATE, "KTT digelar di Jakarta pada 8 hingga 10 Mei mendatang.", {"2025-05-08", "2025-05-10"}, set()),
 (DATE, "Pemungutan suara ulang digelar pada Sabtu, 22 Februari 2025.", {"2025-02-22"}, set()),
 (DATE, "Ia ditahan sejak 3 Januari lalu.", {"2025-01-03"}, set()),
 (DATE, "Kebijakan itu berlaku mulai 1 April 2025.", {"2025-04-01"}, set()),
]



if __name__ == "__main__":
    main(probes)
