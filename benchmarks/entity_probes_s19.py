#!/usr/bin/env python3
"""Session 19 (s19inst): 64 invented sentences of the shapes institutions, places and dates take in police and
regional news, each with the values a reader gives by the conventions, written before the code ran on them.

    python benchmarks/entity_probes_s19.py      # lists the probes that fail, and how many

Each probe: (list, text, values that must be there, values that must not). Names and places are invented or
real regions (the gazetteer's: a body named by its region takes only the places it knows). Failing probes are
left in as they are: they say what is still weak (docs/accuracy.md, "Session 19: s19inst").
"""
import polsek_nlp

P = "2025-03-04T10:00"  # Tuesday
INST, PLACE, DATE = "inst", "place", "date"
probes = [
 (INST, "Kepala Dinas Kesehatan Kabupaten Lembarana, dr Suwirna, mengatakan stok vaksin cukup.", {"Dinas Kesehatan Kabupaten Lembarana"}, {"Dinas Kesehatan"}),
 (INST, "Badan Penanggulangan Bencana Daerah (BPBD) Kota Sirendah mencatat 40 rumah terendam.", {"BPBD Kota Sirendah"}, {"Badan Penanggulangan Bencana Daerah"}),
 (INST, "Satuan Reserse Kriminal (Satreskrim) Polres Tanjung Alu menangkap dua pelaku.", {"Satreskrim Polres Tanjung Alu", "Polres Tanjung Alu"}, set()),
 (INST, "Korban dirawat di Rumah Sakit Umum Daerah (RSUD) Karang Wulan sejak kemarin.", {"RSUD Karang Wulan"}, {"Rumah Sakit Umum Daerah"}),
 (PLACE, "Korban dirawat di Rumah Sakit Umum Daerah (RSUD) Karang Wulan sejak kemarin.", {"RSUD Karang Wulan"}, {"Rumah Sakit Umum Daerah"}),
 (INST, "Komisi III DPRD Kabupaten Siluwak memanggil kepala dinas pendidikan.", {"Komisi III DPRD Kabupaten Siluwak", "DPRD Kabupaten Siluwak"}, set()),
 (INST, "Komisi Pemilihan Umum (KPU) Kota Batu Ampar menetapkan daftar pemilih tetap.", {"KPU Kota Batu Ampar"}, {"Komisi Pemilihan Umum"}),
 (INST, "Badan Pengawas Pemilu (Bawaslu) Kabupaten Siluwak menerima laporan warga.", {"Bawaslu Kabupaten Siluwak"}, set()),
 (INST, "Pengadilan Negeri (PN) Rantau Sepi menjatuhkan vonis lima tahun penjara kepada terdakwa.", {"PN Rantau Sepi"}, {"Pengadilan Negeri"}),
 (INST, "Perusahaan Daerah Air Minum (PDAM) Tirta Lestari memutus aliran air ke tiga desa.", {"PDAM Tirta Lestari"}, set()),
 (INST, "Mahasiswa Universitas Bina Karsa menggelar aksi damai di depan kampus.", {"Universitas Bina Karsa"}, set()),
 (INST, "Kepala SMA Negeri 2 Pelawan, Hartini, membenarkan siswanya hilang.", {"SMA Negeri 2 Pelawan"}, set()),
 (INST, "Lembaga Bantuan Hukum (LBH) Tanah Merah mendampingi korban selama pemeriksaan.", {"LBH Tanah Merah"}, set()),
 (INST, "Polres Sigaram Kota menggelar apel pasukan di halaman markas.", {"Polres Sigaram Kota"}, {"Polres Sigaram"}),
 (INST, "Personel Satuan Samapta (Sat Samapta) Polres Lembah Dua berjaga di terminal.", {"Sat Samapta Polres Lembah Dua", "Polres Lembah Dua"}, {"Satuan Samapta (Sat Samapta) Polres Lembah Dua"}),
 (INST, "Kantor Pertanahan (BPN) Kabupaten Siluwak menerbitkan sertifikat baru.", {"BPN Kabupaten Siluwak"}, set()),
 (INST, "PT Sinar Karya Mandiri (Persero) menyalurkan bantuan kepada korban banjir.", {"PT Sinar Karya Mandiri (Persero)"}, set()),
 (INST, "Yayasan Pelita Kasih menyerahkan bantuan ke panti asuhan.", {"Yayasan Pelita Kasih"}, set()),
 (INST, "Bank Rakyat Indonesia (BRI) Unit Sukarendah menjadi sasaran pembobolan.", {"BRI Unit Sukarendah"}, set()),
 (INST, "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Sirendah memperbaiki jalan rusak.", {"PUPR Kota Sirendah"}, {"Dinas Pekerjaan Umum"}),
 (INST, "Tim Unit Reskrim Polsek Batu Ampar mengamankan pelaku di rumahnya.", {"Unit Reskrim Polsek Batu Ampar", "Polsek Batu Ampar"}, set()),
 (INST, "Pengurus Masjid Al-Ikhlas Sukarendah melaporkan kotak amal dicuri.", set(), set()),
 (INST, "Kejaksaan Negeri (Kejari) Lembarana menahan bendahara desa.", {"Kejari Lembarana"}, {"Kejaksaan Negeri"}),
 (INST, "Badan Narkotika Nasional Provinsi (BNNP) Kalimantan Timur memusnahkan sabu.", {"BNNP Kalimantan Timur"}, set()),
 (INST, "Kantor Pencarian dan Pertolongan (Basarnas) Pulau Lemba mengerahkan perahu karet.", {"Basarnas Pulau Lemba"}, {"Kantor Pencarian dan Pertolongan"}),
 (INST, "Pusat Kesehatan Masyarakat (Puskesmas) Cibiru Hilir menangani dua korban.", {"Puskesmas Cibiru Hilir"}, {"Pusat Kesehatan Masyarakat"}),
 (PLACE, "Kebakaran melanda Pasar Inpres Lembah Hijau pada Senin malam.", {"Pasar Inpres Lembah Hijau"}, {"Pasar Inpres"}),
 (PLACE, "Jenazah dimakamkan di Tempat Pemakaman Umum (TPU) Sukamaju.", {"TPU Sukamaju"}, {"Tempat Pemakaman Umum", "Pemakaman Umum"}),
 (PLACE, "Peristiwa terjadi di Desa Sukarendah, Kecamatan Cibiru Hilir, Kabupaten Lembarana.", {"Sukarendah", "Cibiru Hilir", "Lembarana"}, set()),
 (PLACE, "Warga Kelurahan Tanjung Harapan, Kecamatan Batu Ampar, Kota Sirendah mengungsi.", {"Tanjung Harapan", "Batu Ampar", "Sirendah"}, set()),
 (PLACE, "Banjir melanda Kabupaten Tegalsari dan Kota Tegalsari sejak pagi.", {"Tegalsari"}, set()),
 (PLACE, "Kecelakaan terjadi di Jalan Raya Lintas Timur Km 12, Desa Sukarendah.", {"Jalan Raya Lintas Timur", "Sukarendah"}, set()),
 (PLACE, "Upacara digelar di Lapangan Merdeka Sirendah pada Senin pagi.", {"Lapangan Merdeka Sirendah"}, set()),
 (PLACE, "Para tamu menginap di Hotel Grand Seruni selama tiga hari.", {"Hotel Grand Seruni"}, set()),
 (PLACE, "Perahu nelayan karam di perairan Pulau Lemukutan.", {"Pulau Lemukutan"}, set()),
 (PLACE, "Warga Dusun Krajan, Desa Sukarendah, menemukan mayat di sungai.", {"Krajan", "Sukarendah"}, set()),
 (PLACE, "Petugas berjaga di Pos Lintas Batas Negara (PLBN) Sungai Wayu selama libur panjang.", {"PLBN Sungai Wayu"}, {"Pos Lintas Batas", "Negara"}),
 (PLACE, "Pelaku ditahan di Lembaga Pemasyarakatan (Lapas) Kelas IIB Lembarana.", {"Lapas Kelas IIB Lembarana"}, {"Lembaga Pemasyarakatan"}),
 (PLACE, "Massa berkumpul di halaman Kantor Bupati Lembarana sejak pagi.", {"Kantor Bupati Lembarana"}, set()),
 (PLACE, "Salat Id digelar di Masjid Agung Al-Hikmah, Kota Sirendah.", {"Masjid Agung Al-Hikmah", "Sirendah"}, set()),
 (PLACE, "Pedagang di Pasar Induk Sirendah mengeluhkan harga cabai.", {"Pasar Induk Sirendah"}, {"Pasar Induk"}),
 (PLACE, "Kapal bersandar di Pelabuhan Tanjung Wangi pagi tadi.", {"Pelabuhan Tanjung Wangi"}, set()),
 (DATE, "Pencurian terjadi pada 17 Februari di rumah korban.", {"2025-02-17"}, set()),
 (DATE, "Pelaku ditangkap Senin (3/3) pukul 14.30 WIB di rumahnya.", {"2025-03-03", "2025-03-03T14:30"}, set()),
 (DATE, "Kebakaran terjadi Jumat (28/2) pukul 08.00 Wita.", {"2025-02-28", "2025-02-28T08:00"}, set()),
 (DATE, "Kapal tiba di Sorong pada Minggu (2/3) pukul 21.00 WIT.", {"2025-03-02", "2025-03-02T21:00"}, set()),
 (DATE, "Festival digelar pada 10-12 Februari 2025 di alun-alun.", {"2025-02-10", "2025-02-12"}, set()),
 (DATE, "Operasi berlangsung sejak 1 hingga 7 Maret.", {"2025-03-01", "2025-03-07"}, set()),
 (DATE, "Warga melapor ke polisi pada Sabtu setelah motornya hilang.", {"2025-03-01"}, set()),
 (DATE, "Harga beras naik sejak awal tahun ini.", {"2025"}, set()),
 (DATE, "Kasus serupa terjadi bulan lalu di desa yang sama.", {"2025-02"}, set()),
 (DATE, "Banjir besar juga melanda kawasan itu tahun lalu.", {"2024"}, set()),
 (DATE, "Proyek jalan itu dimulai akhir Januari.", {"2025-01"}, set()),
 (DATE, "Rapat digelar Rabu (26/2/2025) di aula kantor bupati.", {"2025-02-26"}, set()),
 (DATE, "Sidang lanjutan dijadwalkan pada 5 Maret mendatang.", {"2025-03-05"}, set()),
 (DATE, "Pelaku ditangkap dua hari lalu di tempat persembunyiannya.", {"2025-03-02"}, set()),
 (DATE, "Penggerebekan dilakukan pukul 23.00 WIB, Senin (3/3), di sebuah rumah kos.", {"2025-03-03", "2025-03-03T23:00"}, set()),
 (DATE, "Data itu tercatat sejak Desember 2024.", {"2024-12"}, set()),
 (DATE, "Tawuran pecah tadi malam di perempatan pasar.", {"2025-03-03"}, set()),
 (DATE, "Program itu berjalan sejak Januari hingga Maret 2025.", {"2025-01", "2025-03"}, set()),
 (DATE, "Pada pertengahan Februari lalu, warga melapor ke polsek.", {"2025-02"}, {"2024-02"}),
 (DATE, "Kejadian bermula Kamis (27/2) sekitar pukul 02.15 Wita dini hari.", {"2025-02-27", "2025-02-27T02:15"}, set()),
 (DATE, "Ia dilantik pada 20 Januari lalu oleh gubernur.", {"2025-01-20"}, set()),
 (DATE, "Pemilihan kepala desa serentak akan digelar 14 Mei mendatang.", {"2025-05-14"}, set()),
]


def values(kind: str, text: str, published: str = P) -> set[str]:
    r = polsek_nlp.analyze(text, published=published)
    if kind == INST:
        return {x.name for x in r.institutions}
    if kind == PLACE:
        return {p.name for p in r.places}
    if kind == "person":  # session 20's probes (entity_probes_s20.py) run here too
        return {p.name for p in r.persons}
    return {d.value for d in r.dates if d.value}


def main(probes: list = probes, published: str = P) -> None:
    """`published`: the day the probes are read on (session 21's are of 2017 news)."""
    bad = 0
    for kind, text, must, mustnot in probes:
        got = values(kind, text, published)
        miss, false = must - got, got & mustnot
        if miss or false:
            bad += 1
            print(f"FAIL {kind}: {text}\n   miss={sorted(miss)} false={sorted(false)} got={sorted(got)}")
    print(f"{bad} of {len(probes)} fail")


if __name__ == "__main__":
    main()
