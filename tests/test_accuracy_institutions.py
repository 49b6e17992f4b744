"""Issue 19: institutions on articles nobody tuned for (sentences written for the test)."""
import polsek_nlp


def names(text, **kw):
    return {x.name for x in polsek_nlp.analyze(text, **kw).institutions}


def test_unknown_capitals_are_no_body():
    found = names("Warga menulis KERAS dan JUJUR di spanduk. Data WXYZ diperiksa petugas di Bandung.")
    assert not {"KERAS", "JUJUR", "WXYZ"} & found


def test_unknown_acronym_where_a_body_stands():
    found = names("Sekjen QRZ Budi Santoso hadir. Anggota XKT Kodam Jaya berjaga. Nasabah BRX cabang Depok antre.")
    assert "QRZ" in found
    assert any(n.startswith("XKT") for n in found)
    assert "BRX cabang Depok" in found


def test_outlet_listed_by_its_name():
    # session 15: the site's address gives the name where the article names the outlet so too (every archive
    # article with `kumparan.com` or `CNNIndonesia.com` does); an address alone stays as written
    # (tests/test_records_s15_genre.py, the convention's "most complete form written")
    assert "kumparan" in names("Hal itu disampaikan Budi kepada kumparan (kumparan.com), Senin (3/4).")
    assert "CNN Indonesia" in names("Jakarta, CNN Indonesia -- Hal itu disampaikan Budi kepada CNNIndonesia.com, Senin (3/4).")
    assert "Pos Kota" in names("Budi mengatakan hal itu kepada Poskota, Senin (3/4).")
    assert "ANTARA News" in names("Budi mengatakan hal itu kepada ANTARA News, Senin (3/4).")


def test_outlet_glued_to_its_preposition():
    found = names("Pelaku sudah ditahan, kata Budi kepadadetikSulsel, Senin (3/4).")
    assert "detikSulsel" in found and "kepadadetikSulsel" not in found
    assert not names("Ia memilih diam daripada pergi kepadanya.")


def test_region_body_keeps_kota_qualifier():
    assert "Polres Bekasi Kota" in names("Polres Bekasi Kota menangkap dua pelaku.")
    assert "Polres Metro Bekasi Kota" in names("Pengamanan oleh Polres Metro Bekasi Kota berjalan lancar.")
    assert "Polsek Sukolilo Surabaya" in names("Petugas Polsek Sukolilo Surabaya datang.")


def test_region_body_stops_before_a_persons_name():
    found = names("Anggota KPU RI Pramono Ubaid dan Ketua Komisi IV DPRD Roni Amriel hadir.")
    assert "KPU RI" in found and "Komisi IV DPRD" in found
    assert not any("Pramono" in n or "Roni" in n for n in found)


def test_a_person_named_after_a_defined_acronym_is_no_qualifier():
    rec = polsek_nlp.analyze("Kepala Humas Lembaga Riset Sukamaju (LRS) Hendra Wijaya mengatakan hal itu.")
    assert "Hendra Wijaya" in {p.name for p in rec.persons}
    assert not any("Hendra" in i.name for i in rec.institutions)


def test_a_place_after_a_defined_acronym_stays_its_qualifier():
    bodies = names("Siswa Sekolah Polisi Negara (SPN) Labuan Panimba mengikuti upacara.")
    assert "SPN Labuan Panimba" in bodies


def test_a_document_reference_is_no_qualifier():
    bodies = names("Tahapan itu diatur dalam Peraturan KPU Nomor 7 Tahun 2022.")
    assert "KPU" in bodies and not any("Nomor" in b for b in bodies)
    bodies = names("Pemkot mengesampingkan putusan MA Nomor 12 tentang taksi.")
    assert not any("Nomor" in b for b in bodies)


def test_a_number_after_a_defined_acronym_stays_its_qualifier():
    rec = polsek_nlp.analyze("Detasemen Khusus (Densus) 88 Antiteror menangkap terduga teroris.")
    assert "Densus 88 Antiteror" in {i.name for i in rec.institutions}
    assert not rec.persons


def test_a_name_with_initials_after_a_defined_acronym_is_the_person():
    rec = polsek_nlp.analyze("Mantan ketua Lembaga Riset Sukamaju (LRS) Hendra MD hadir.")
    assert "Hendra MD" in {p.name for p in rec.persons}
    assert not any("Hendra" in i.name for i in rec.institutions)


def test_one_body_in_several_forms_is_listed_once_in_its_longest():
    found = names("Komisi Pemilihan Umum menetapkan jadwal. Ketua KPU RI Hendra Wijaya hadir.")
    assert "Komisi Pemilihan Umum" in found and "KPU RI" not in found
    found = names("Dinas Kesehatan Banten memeriksa warga. Kepala Dinkes Banten mengatakan hal itu.")
    assert "Dinas Kesehatan Banten" in found and "Dinkes Banten" not in found
    found = names("KPU Jawa Barat dan KPU Jawa Tengah menutup pendaftaran.")
    assert {"KPU Jawa Barat", "KPU Jawa Tengah"} <= found


def test_an_ad_hoc_team_is_no_body_its_command_is():
    found = names("Tim Tekab 308 Polres Sukamaju menangkap pelaku di rumahnya.")
    assert found == {"Polres Sukamaju"}


def test_a_party_group_in_a_council_is_named_with_fraksi():
    rec = polsek_nlp.analyze("Mantan legislator Fraksi Hanura Darto Wibowo menolak mengembalikan mobil.")
    assert [i.name for i in rec.institutions] == ["Fraksi Hanura"]
    rec = polsek_nlp.analyze("Ketua Fraksi Partai Gerindra Darto Wibowo menegaskan hal itu.")
    assert [i.name for i in rec.institutions] == ["Fraksi Partai Gerindra"]


def test_the_panel_of_judges_is_no_body_of_its_own():
    rec = polsek_nlp.analyze("Majelis Hakim Pengadilan Negeri Sukamaju menjatuhkan vonis kepada terdakwa Darto Wibowo.")
    assert [i.name for i in rec.institutions] == ["Pengadilan Negeri Sukamaju"]


def test_a_ministry_short_name_no_table_lists_is_a_body_not_a_person():
    rec = polsek_nlp.analyze("Kemsukma juga mengingatkan bahwa pemerintah bertanggung jawab.")
    assert [i.name for i in rec.institutions] == ["Kemsukma"] and not rec.persons
    rec = polsek_nlp.analyze("Kemensukma Darto Wibowo menjelaskan hal itu. Kembali ke kantor, ia bekerja.")
    assert [i.name for i in rec.institutions] == ["Kemensukma"]
    assert [p.name for p in rec.persons] == ["Darto Wibowo"]


def test_the_body_a_civil_post_names_is_an_institution():
    rec = polsek_nlp.analyze("Ketua KPK Darto Wibowo dan Ketua Mahkamah Agung Sukarti Wulandari bertemu.")
    assert {"KPK", "Mahkamah Agung"} <= {i.name for i in rec.institutions}
    # a police post's sub-unit or service is no body of its own
    rec = polsek_nlp.analyze("Kabid Humas Polda Sukamaju Kombes Darto Wibowo mengatakan hal itu.")
    assert [i.name for i in rec.institutions] == ["Polda Sukamaju"]


def test_an_unknown_acronym_that_speaks_or_is_cited_as_an_outlet_is_a_body():
    doc = polsek_nlp.load()("Namun, SUKAMA mengatakan uji coba ditunda, kata kantor berita SKN.")
    assert [(e.text, e.label_) for e in doc.ents] == [("SUKAMA", "ORG"), ("SKN", "ORG")]
    # a term acts but does not speak; a word shouted in capitals is no body
    doc = polsek_nlp.load()("NPHD belum disepakati. TEGAS mengatakan warga harus tertib.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == []


def test_a_run_of_spaces_between_a_body_and_its_place():
    rec = polsek_nlp.analyze("Kejari \u00a0 Sukamaju menahan dua tersangka. Kejati  Sukaasih memeriksa saksi.")
    assert [(i.name, i.full_name) for i in rec.institutions] == [
        ("Kejari Sukamaju", "Kejaksaan Negeri Sukamaju"), ("Kejati Sukaasih", "Kejaksaan Tinggi Sukaasih")]


def test_the_initials_of_a_person_named_before_are_no_body():
    rec = polsek_nlp.analyze("Wali Kota Sukamaju Bambang Irianto diperiksa. KPK lalu menetapkan BI sebagai tersangka.")
    assert [i.name for i in rec.institutions] == ["KPK"]
    assert "BI" in {i.name for i in polsek_nlp.analyze("Kata Gubernur BI Darto Wibowo, inflasi rendah.").institutions}


def test_the_grade_of_an_office_leaves_its_name_whole():
    rec = polsek_nlp.analyze("Rutan Klas IIB Sukamaju Baru penuh, kata petugas Lapas Kelas IIA Sukaasih.")
    assert [i.name for i in rec.institutions] == ["Rutan Klas IIB Sukamaju Baru", "Lapas Kelas IIA Sukaasih"]


def test_directorates_of_bareskrim_and_the_old_polda_directorate_are_bodies():
    rec = polsek_nlp.analyze("Kasus ditangani Ditreskrim Polda Sukamaju dan Direktorat Tindak Pidana Umum Bareskrim Polri.")
    assert {"Ditreskrim Polda Sukamaju", "Direktorat Tindak Pidana Umum Bareskrim Polri"} <= {
        i.name for i in rec.institutions}
    assert not rec.persons


def test_a_national_body_keeps_ri_after_it():
    bodies = names("Kepala Biro Humas Kementerian Sosial RI, Wulan Sari, datang ke Soreang.")
    assert "Kementerian Sosial RI" in bodies and "Kementerian Sosial" not in bodies
    assert "Biro Humas Kementerian Sosial RI" not in bodies  # the sub-unit is the post's (gold S4; s23inst)


def test_a_full_name_with_commas_runs_to_its_acronym():
    bodies = names("Rapat dihadiri Badan Meteorologi, Klimatologi dan Geofisika (BMKG) dan warga. "
                   "Sekjen Partai Sejahtera, Damai, dan Adil (Sedadil) Budi Santoso hadir.")
    assert "Badan Meteorologi, Klimatologi dan Geofisika" in bodies
    assert "Badan Meteorologi" not in bodies and "BMKG" not in bodies
    assert "Partai Sejahtera, Damai, dan Adil" in bodies and "Partai Sejahtera" not in bodies


def test_a_defined_acronym_and_its_parent_make_acr_parent():
    bodies = names("Izin itu dikerjakan oleh Direktorat Jenderal Pajak Daerah (DJPD) Kemenkeu pekan ini.")
    assert "DJPD Kemenkeu" in bodies
    assert not any("(" in b for b in bodies)
    bodies = names("Hal itu diurus Direktorat Jenderal Pajak Daerah (DJPD) Kementerian Keuangan (Kemenkeu) kemarin.")
    assert "DJPD Kementerian Keuangan" in bodies


def test_an_email_address_is_no_outlet():
    bodies = names("Surat itu meminta warga menulis ke alamat email budisantoso@gmail.com segera, seperti "
                   "dilansir Zorvikberita.com.")
    assert not any("gmail" in b for b in bodies)
    assert "Zorvikberita.com" in bodies  # the control: a site's name is an outlet


def test_one_prison_written_with_and_without_its_grade_is_one_body():
    bodies = names("Tahanan kabur dari Rutan Klas IIB Sukamaju Indah, Kota Pekanbaru. Petugas Rutan Sukamaju "
                   "Indah berjaga. Keluhan tahanan di Rumah Tahanan Negara Kelas IIB Sukamaju Indah tersebut.")
    assert "Rumah Tahanan Negara Kelas IIB Sukamaju Indah" in bodies
    assert not {"Rutan Klas IIB Sukamaju Indah", "Rutan Sukamaju Indah"} & bodies


def test_a_town_named_like_a_body_is_a_place():
    rec = polsek_nlp.analyze("Dua tahanan ditangkap di Pangkalan Kerinci, Kabupaten Pelalawan, Senin.")
    assert "Pangkalan Kerinci" not in {i.name for i in rec.institutions}
    assert "Pangkalan Kerinci" in {p.name for p in rec.places}


def test_a_body_written_in_full_inside_a_post_is_named_in_full():
    bodies = names("Presiden bertemu Panglima Tentara Nasional Indonesia (TNI) Jenderal TNI Budi Santoso.")
    assert "Tentara Nasional Indonesia" in bodies and "TNI" not in bodies


def test_national_state_bodies_by_their_short_names():
    bodies = names("Anggota Kompolnas Dewi Lestari dan anggota Wantimpres Budi Santoso hadir bersama BNPT.")
    assert {"Kompolnas", "Wantimpres", "BNPT"} <= bodies


def test_a_head_word_run_ends_at_its_region_before_a_persons_name():
    bodies = names("Tim itu beranggotakan akademisi Universitas Indonesia Ratna Kusumawati dan warga.")
    assert "Universitas Indonesia" in bodies and not any("Ratna" in b for b in bodies)


def test_a_long_name_runs_on_but_a_list_of_bodies_is_parted():
    bodies = names("Kepala Balai Pengelola Transportasi Darat Wilayah IV Tipe A Pekan Baru, Renhard, hadir. "
                   "Kredit itu disalurkan PT Bank Sukamaju Makmur Tbk dan PT Bank Sejahtera Abadi Tbk.")
    assert "Balai Pengelola Transportasi Darat Wilayah IV Tipe A Pekan Baru" in bodies
    assert not any(" dan PT" in b for b in bodies)


def test_the_name_of_a_kind_of_body_is_no_body():
    bodies = names("Aturan itu mengatur Penetapan Partai Politik. Dana dari Pemerintah Daerah belum cair. "
                   "Pemerintah Daerah Kabupaten Bogor menolak.")
    assert "Partai Politik" not in bodies and "Pemerintah Daerah" not in bodies
    assert "Pemerintah Daerah Kabupaten Bogor" in bodies


def test_a_listed_name_written_without_a_space_after_its_comma_does_not_fail():
    """`Badan,Zorvik (QQ)`: the listed-name reader tried the name without its first word by the
    first space, which such a name lacks (IndexError out of `analyze`)."""
    for text in ("Hadir Badan,Zorvik (QQ) dan warga.", "Hadir Kementerian,Sosial (XY) kemarin."):
        polsek_nlp.analyze(text)
    assert "Badan Meteorologi, Klimatologi dan Geofisika" in names(
        "Rapat dihadiri Badan Meteorologi, Klimatologi dan Geofisika (BMKG) dan warga.")


def test_a_ministry_written_in_lower_case_and_a_countrys_own_ministry():
    # issue 19, s10: news writes a ministry's field in lower case; a country after it names its own ministry
    rec = polsek_nlp.analyze("Seorang pejabat kementerian pertanian menolak berkomentar. "
                             "Kementerian Luar Negeri Perancis memanggil duta besar itu.")
    found = {(e.text, e.label) for e in rec.entities}
    assert {("kementerian pertanian", "ORG"), ("Kementerian Luar Negeri Perancis", "ORG")} <= found
    rec = polsek_nlp.analyze("Kementerian Pertahanan Amerika Serikat membantah laporan itu.")
    assert "Kementerian Pertahanan Amerika Serikat" in {x.name for x in rec.institutions}  # a country of two words


def test_a_stock_exchange_and_a_ministry_misspelled_are_bodies():
    rec = polsek_nlp.analyze("Saham itu tercatat di Bursa Efek Zorvania sejak Senin. "
                             "Gedung itu milik Kementrian Kelautan dan Perikanan.")
    inst = {x.name for x in rec.institutions}
    assert "Bursa Efek Zorvania" in inst and "Kementrian Kelautan dan Perikanan" in inst
