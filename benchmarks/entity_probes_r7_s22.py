#!/usr/bin/env python3
"""Session 22 (s22inst2): invented sentences of the shapes institutions take in the archive's headline news of
round 7 (economy, ministries' directorates and their offices, banks and foreign companies, BUMN branches,
foreign forces and parliaments, UN organs, mass organisations), with the values a reader gives by the conventions
(police-gold-dev README, gold/README.md S1-S40), written before the code ran on them.

    python benchmarks/entity_probes_r7_s22.py      # lists the probes that fail, and how many

Each probe: (list, text, values that must be there, values that must not). Names of persons, companies,
NGOs and small regions are invented; well-known national and international bodies are genre knowledge.
Failing probes are left in as they are: they say what is still weak (docs/accuracy.md, "Session 22: s22inst2").
"""
from entity_probes_s19 import INST, main  # the same runner, read here on a day of 2017

P = "2017-04-17T10:00"  # a Monday of the archive's year
PERS = "person"
probes = [
 # companies' legal forms
 (INST, "Perwakilan Nusatek Asia Pacific Pte Ltd hadir di kantor pajak itu.", {"Nusatek Asia Pacific Pte Ltd"}, set()),
 (INST, "Kontrak dengan Daehan Heavy Engineering Co Ltd diteken di Jakarta.", {"Daehan Heavy Engineering Co Ltd"}, set()),
 (INST, "Laporan Borealis Media Agency LLC disebut dalam dakwaan itu.", {"Borealis Media Agency LLC"}, {"Borealis Media Agency"}),
 (INST, "Dana itu berasal dari Merapi Ventures International Bhd pada April lalu.", {"Merapi Ventures International Bhd"}, set()),
 (INST, "Gugatan diajukan Halcyon Holdings Ltd ke pengadilan Singapura.", {"Halcyon Holdings Ltd"}, set()),
 (INST, "Saham itu dibeli Rantau Niaga Sdn Bhd dari Kuala Lumpur.", {"Rantau Niaga Sdn Bhd"}, set()),
 (INST, "Chip itu dibuat Sentara Semiconductor Inc di California.", {"Sentara Semiconductor Inc"}, set()),
 # banks
 (INST, "Kredit itu diberikan Bank DKI, Hana Bank, dan Bank Sumut.", {"Bank DKI", "Hana Bank", "Bank Sumut"}, set()),
 (INST, "Sindikasi itu dipimpin Shinhan Bank Indonesia dan Bank Mega.", {"Shinhan Bank Indonesia", "Bank Mega"}, {"Bank Indonesia"}),
 (PERS, "Kredit itu diberikan Bank DKI, Hana Bank, dan Bank Sumut.", set(), {"Hana Bank"}),
 (INST, "Gubernur Bank Indonesia Agus Wibowo mengatakan inflasi terkendali.", {"Bank Indonesia"}, set()),
 (INST, "Direktur Ritel Bank Permata Andi Sukmana mengatakan kredit tumbuh.", {"Bank Permata"}, set()),
 # directorates and their acronyms written again
 (INST, "Ditjen Tanaman Pangan (TP) Kementerian Pertanian menyiapkan benih. Ditjen TP juga menyiapkan pupuk.",
  {"Ditjen TP Kementerian Pertanian", "Kementerian Pertanian"}, {"Ditjen TP"}),
 (INST, "Direktorat Jenderal Perhubungan Laut (Hubla) Kementerian Perhubungan menutup pelabuhan itu. Ditjen Hubla juga memeriksa kapal.",
  {"Kementerian Perhubungan"}, set()),
 (INST, "Kepala Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Wilayah VI Akhmad Cahyono meninjau jalan itu.",
  {"BBPJN Wilayah VI"}, {"Balai Besar Pelaksanaan"}),
 (PERS, "Kepala Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Wilayah VI Akhmad Cahyono meninjau jalan itu.",
  {"Akhmad Cahyono"}, set()),
 (INST, "Staf Ahli Bidang Ekonomi Kementerian Kesehatan Sutrisno mengatakan hal itu.", {"Kementerian Kesehatan"}, {"Bidang Ekonomi"}),
 # BUMN and their branches
 (INST, "Humas PT Jasa Marga cabang Purbaleunyi, Handoko, mengatakan jalan tol itu ramai.", {"PT Jasa Marga cabang Purbaleunyi"}, set()),
 (INST, "Manajer Humas PT KAI Daop II Bandung Joni Santoso mengatakan jalur sudah normal.", {"PT KAI Daop II Bandung"}, set()),
 (PERS, "Manajer Humas PT KAI Daop II Bandung Joni Santoso mengatakan jalur sudah normal.", {"Joni Santoso"}, set()),
 (INST, "Sekretaris Perusahaan Matahari Budi Santoso mengatakan gerai itu ditutup.", set(), {"Perusahaan Matahari"}),
 # foreign forces, parliaments, UN organs
 (INST, "Pasukan Pertahanan Selandia Baru mengirim dua kapal ke wilayah itu.", {"Pasukan Pertahanan Selandia Baru"}, set()),
 (INST, "Pasukan Pertahanan Sipil itu dibentuk warga desa.", set(), {"Pasukan Pertahanan Sipil"}),
 (INST, "Kapal itu milik Angkatan Laut Amerika Serikat.", {"Angkatan Laut Amerika Serikat"}, set()),
 (INST, "Upaya itu gagal di DK PBB pekan lalu.", {"DK PBB"}, set()),
 (INST, "Sidang Dewan Keamanan PBB digelar Senin.", {"Dewan Keamanan PBB"}, set()),
 # chambers, associations, mass organisations
 (INST, "Ketua Umum Kadin, Rosan Perkasa, menyayangkan biaya logistik yang tinggi.", {"Kadin"}, set()),
 (INST, "Aksi itu diikuti Laskar Merah Putih dan Barisan Ansor Serbaguna.", {"Laskar Merah Putih", "Barisan Ansor Serbaguna"}, set()),
 (INST, "Rektor Universitas Islam Negeri (UIN) Sunan Ampel Surabaya Masdar Hilmy membuka acara itu.",
  {"UIN Sunan Ampel Surabaya"}, set()),
 (INST, "Ketua Dewan Pimpinan Pusat (DPP) Partai Hanura Oesman Sapta mengatakan hal itu.", {"DPP Partai Hanura"}, {"Dewan Pimpinan Pusat"}),
 (INST, "Proyek itu digarap Agung Sedayu Grup di Jakarta Utara.", {"Agung Sedayu Grup"}, {"Sedayu Grup"}),
 (INST, "Auditor dari Ernst & Young memeriksa laporan keuangan itu.", {"Ernst & Young"}, set()),
]


if __name__ == "__main__":
    main(probes, P)
