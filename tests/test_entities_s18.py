"""Session 18 (issue 19, s18inst): institutions, places and the dates list on invented ground (sentences,
names and people written for the test; the values were decided by the gold conventions before the code
ran on them)."""
import polsek_nlp
from helpers import date_values, institution_names, place_names, reader

PUBLISHED = "2025-06-11T10:00"  # a Wednesday


record = reader(PUBLISHED)


bodies = reader(PUBLISHED, field=institution_names)


places = reader(PUBLISHED, field=place_names)


dates = reader(PUBLISHED, field=date_values)


# --- hospitals named after a person: the titles and the name are the body's, not a holder's


def test_a_hospital_named_after_a_doctor_in_lower_case_title():
    text = "Korban dirawat di RSUD dr. Iskandar Wiryo Tulungagung sejak kemarin."
    rec = record(text)
    assert [i.name for i in rec.institutions] == ["RSUD dr. Iskandar Wiryo Tulungagung"]
    assert [p.name for p in rec.places] == ["RSUD dr. Iskandar Wiryo Tulungagung"]
    assert not rec.persons


def test_a_hospital_named_with_several_titles_is_not_cut_at_the_last():
    text = "Jenazah dibawa ke RSUD dr. H. Moh. Sutarjo Pamekasan untuk diautopsi."
    assert bodies(text) == ["RSUD dr. H. Moh. Sutarjo Pamekasan"]
    text = "Korban dibawa ke Rumah Sakit Umum Daerah Prof. Dr. H. Darmanto Wibisono untuk dirawat."
    assert bodies(text) == ["Rumah Sakit Umum Daerah Prof. Dr. H. Darmanto Wibisono"]
    assert places(text) == ["Rumah Sakit Umum Daerah Prof. Dr. H. Darmanto Wibisono"]


def test_two_hospitals_joined_by_dan_are_two_bodies():
    text = "Korban luka dibawa ke RSUD Cibinong dan Rumah Sakit Umum Daerah Dr. H. Karsono Adi di Bogor."
    assert sorted(bodies(text)) == ["RSUD Cibinong", "Rumah Sakit Umum Daerah Dr. H. Karsono Adi"]


def test_a_defined_hospital_keeps_its_eponym_after_the_acronym():
    text = "Rumah Sakit Umum Daerah (RSUD) dr. Pranoto Hadi Pontianak merawat tiga korban luka."
    assert bodies(text) == ["RSUD dr. Pranoto Hadi Pontianak"]
    assert "Pranoto Hadi" not in [p.name for p in record(text).persons]


def test_a_titled_holder_after_a_hospital_post_stays_a_person():
    # guards: a post before the hospital, a puskesmas (named after its place)
    rec = record("Direktur RSUD dr. Rina Wulandari mengatakan stok obat cukup.")
    assert [p.name for p in rec.persons] == ["Rina Wulandari"] and not rec.places
    rec = record("Kepala Puskesmas dr. Sinta Maharani mengatakan stok obat cukup.")
    assert [p.name for p in rec.persons] == ["Sinta Maharani"] and not rec.institutions


def test_a_hospital_named_after_a_doctor_is_a_place_too_with_its_city_after_a_comma():
    text = "Dua korban luka berat dirujuk ke RSUP Dr. Wiryanto, Yogyakarta, Sabtu (7/6) malam."
    assert bodies(text) == ["RSUP Dr. Wiryanto"]
    assert places(text) == ["RSUP Dr. Wiryanto", "Yogyakarta"]


# --- a month counted back from publication


def test_a_month_called_past_in_a_january_article_is_last_years():
    text = "Menurut warga, banjir serupa terjadi pada akhir Desember lalu di kampung itu."
    assert dates(text, "2026-01-20T09:00") == {"2025-12"}
    assert dates("Jalan itu rusak sejak bulan November silam.", "2026-01-20T09:00") == {"2025-11"}


def test_a_month_of_last_year_is_one_date():
    text = "Kepala dinas mengatakan rencana itu dibahas sejak Oktober tahun lalu."
    assert dates(text, "2025-03-12T09:00") == {"2024-10"}
    assert dates("Target rampung Desember tahun depan.", "2025-03-12T09:00") == {"2026-12"}


def test_a_month_called_past_before_publication_keeps_the_year():
    # guards: the month before publication's in the same year, and a month without `lalu`
    assert dates("Pada Januari lalu, harga beras naik.", "2026-01-20T09:00") == {"2026-01"}
    assert dates("Sejak Mei lalu, tambang itu digarap lagi.", "2025-06-25T09:00") == {"2025-05"}


# --- a command named after a post written in words


def test_a_command_after_a_post_written_in_words_is_listed():
    text = "Komandan Kodim 0733/Sukoharjo Letkol Inf Danu Prasetyo menerjunkan 60 prajurit ke lokasi banjir."
    assert bodies(text) == ["Kodim 0733/Sukoharjo"]
    text = "Kepala Staf Korem 083/Baladhika Jaya Kolonel Inf Yusuf Ramelan meninjau tanggul."
    assert bodies(text) == ["Korem 083/Baladhika Jaya"]
    assert bodies("Kepala Polres Temanggung AKBP Hendra Wiguna memimpin apel.") == ["Polres Temanggung"]


def test_a_fused_post_names_no_command():
    # guards: the post's short form fuses the body (the conventions list no `Kodim` for `Dandim X`)
    assert not bodies("Dandim 0733/Sukoharjo Letkol Inf Danu Prasetyo menerjunkan 60 prajurit.")
    assert not bodies("Kapolres Temanggung AKBP Hendra Wiguna memimpin apel.")


def test_a_hospital_name_ends_before_dan_and_the_next_hospital():
    text = "Korban luka dibawa ke RSUD dr. Wahyono Slawi dan RSI Sehat Sentosa di Kota Tegal."
    assert "RSUD dr. Wahyono Slawi" in bodies(text)


# --- search-and-rescue, weather and port offices named by their place


def test_a_search_and_rescue_post_is_a_body_not_a_venue():
    text = "Koordinator Pos SAR Pacitan, Rudi Hartanto, mengatakan korban ditemukan pukul 07.15 WIB."
    assert bodies(text) == ["Pos SAR Pacitan"] and not places(text)


def test_basarnas_and_bmkg_take_the_place_of_their_office():
    text = "Tim SAR gabungan dari Basarnas Ternate dan BPBD Halmahera Barat menyisir pantai."
    assert sorted(bodies(text)) == ["BPBD Halmahera Barat", "Basarnas Ternate"] and not places(text)
    assert bodies("Menurut BMKG Sulawesi Tengah, hujan lebat masih turun.") == ["BMKG Sulawesi Tengah"]
    # guard: a station after BMKG stays its own unit, named with it
    assert bodies("BMKG Stasiun Meteorologi Sultan Babullah memperkirakan hujan turun.") == [
        "BMKG Stasiun Meteorologi Sultan Babullah"]


def test_a_port_office_defined_with_its_acronym_takes_its_class_and_port():
    text = ("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas III Sinabang menyatakan kapal itu tidak "
            "berizin. Kepala KSOP menyebut kapal kelebihan muatan.")
    assert bodies(text) == ["KSOP Kelas III Sinabang"]


# --- the desa's own names in provincial regulations


def test_the_desa_of_aceh_simalungun_and_lampung_by_their_own_prefix():
    rec = record("Banjir merendam Gampong Lamteh, Kecamatan Ulee Kareng, Banda Aceh.")
    assert {p.name: p.kind for p in rec.places}["Lamteh"] == "desa" and not rec.persons
    text = "Warga Nagori Bangun Rakyat, Kecamatan Jorlang Hataran, Simalungun, melapor ke polisi."
    assert "Bangun Rakyat" in places(text) and not record(text).persons
    assert "Panaragan" in places("Jalan di Tiyuh Panaragan, Kecamatan Tulang Bawang Tengah, rusak parah.")


# --- a clock time and the day written after it


def test_a_clock_time_takes_the_weekday_written_right_after_it():
    text = "Api terlihat Minggu dini hari. Kios terakhir tutup pukul 22.00 Wita Sabtu malam."
    assert dates(text) == {"2025-06-08", "2025-06-07", "2025-06-07T22:00"}


def test_a_clock_time_before_a_count_from_the_story_keeps_the_day_before_it():
    # guard: `keesokan harinya` counts from the story; the clock before it is not moved to it
    text = "Pada Senin (9/6), pelaku datang pukul 10.00 WIB keesokan harinya, lalu pergi."
    assert "2025-06-09T10:00" in dates(text)


# --- a branch in a region of three words


def test_a_branch_keeps_a_province_of_three_words():
    text = "Bank Indonesia Perwakilan Provinsi Nusa Tenggara Timur mengedarkan uang baru."
    assert bodies(text) == ["Bank Indonesia Perwakilan Provinsi Nusa Tenggara Timur"]
    text = "BPKP Perwakilan Provinsi Kepulauan Bangka Belitung mengaudit dana desa."
    assert bodies(text) == ["BPKP Perwakilan Provinsi Kepulauan Bangka Belitung"]
    # guard: the holder after the branch's region is no word of it
    rec = record("Bank Indonesia Perwakilan Provinsi Jawa Tengah Budi Santoso mengatakan inflasi turun.")
    assert [i.name for i in rec.institutions] == ["Bank Indonesia Perwakilan Provinsi Jawa Tengah"]
    assert [p.name for p in rec.persons] == ["Budi Santoso"]


# --- a radio newsroom's dateline: the outlet first, then the place


def test_an_outlet_named_first_in_the_dateline_leaves_the_place_to_places():
    rec = record("KBRN, Sumbawa Besar: Warga Kelurahan Brang Biji mengungsi karena banjir.")
    assert [i.name for i in rec.institutions] == ["KBRN"]
    assert "Sumbawa Besar" in [p.name for p in rec.places]
    # guard: the usual order, the place first
    rec = record("Jakarta, CNN Indonesia -- Polisi menangkap dua orang.")
    assert [i.name for i in rec.institutions] == ["CNN Indonesia"] and [p.name for p in rec.places] == ["Jakarta"]


# --- a range written with a hyphen and no spaces: its two ends, as the conventions list a range


def test_a_range_of_days_joined_by_a_bare_hyphen_is_two_dates():
    assert dates("Bazar digelar 20-31 Oktober 2025 di alun-alun.") == {"2025-10-20", "2025-10-31"}
    assert dates("Operasi berlangsung Senin-Rabu (9-11/6).") == {"2025-06-09", "2025-06-11"}


def test_a_range_of_months_joined_by_a_bare_hyphen_is_two_dates():
    assert dates("Data Januari-Agustus 2025 menunjukkan kenaikan.") == {"2025-01", "2025-08"}


def test_a_range_joined_by_a_dash_inside_one_token_keeps_both_ends():
    assert dates("Festival digelar 5–6 Juli 2025.") == {"2025-07-05", "2025-07-06"}


def test_a_range_is_still_one_entity_of_the_news_view():
    doc, _ = polsek_nlp.analyze_doc("Festival digelar 5–6 Juli 2025.", published=PUBLISHED)
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["5–6 Juli 2025"]


# --- a body written in full, then its short form with the region's in brackets


def test_a_full_name_with_its_short_form_in_brackets_is_listed_by_the_full_name():
    # gold S66 (settled s27, after S42): nothing after the bracket, the full name as written, though the short form
    # is written elsewhere (was the bracket's short form before s27inst2)
    text = ("Kepolisian Daerah Sulawesi Tenggara (Polda Sultra) menangkap enam orang. Polda Sultra juga menyita "
            "dua kilogram sabu.")
    assert bodies(text) == ["Kepolisian Daerah Sulawesi Tenggara"]
    assert bodies("Kepolisian Resor Sidenreng Rappang (Polres Sidrap) menyita 40 botol miras.") == [
        "Kepolisian Resor Sidenreng Rappang"]


def test_a_bare_short_form_in_brackets_keeps_the_full_name():
    # guard: no region in the bracket, the conventions' `Full Name (ACR)` without a qualifier
    assert bodies("Kepolisian Daerah Jawa Tengah (Polda) menangkap dua orang.") == ["Kepolisian Daerah Jawa Tengah"]


# --- a command named after one part of its place


def test_a_command_named_by_a_compass_point_after_its_place():
    text = "Penangkapan dilakukan bersama Unit Reskrim Polsek Wonosari Timur setelah polisi memeriksa rekaman."
    assert sorted(bodies(text)) == ["Polsek Wonosari Timur", "Unit Reskrim Polsek Wonosari Timur"]
    officers = record("Kapolsek Wonosari Timur Kompol Budi Santoso mengatakan pelaku ditahan.").officers
    assert [o.unit for o in officers] == ["Polsek Wonosari Timur"]


# --- an office whose portfolios are listed before its acronym


def test_an_office_named_with_a_list_of_portfolios_runs_to_its_acronym():
    text = "Dinas Kepemudaan, Olahraga, dan Pariwisata (Disporapar) Kabupaten Garut menggelar lomba dayung."
    assert bodies(text) == ["Disporapar Kabupaten Garut"]
    text = "Kepala Dinas Pendidikan Pemuda dan Olahraga (Disdikpora) Kota Ternate, Rusdi Hamid, membuka lomba."
    assert bodies(text) == ["Disdikpora Kota Ternate"]


def test_a_list_of_offices_is_not_one_office():
    # guards: a list of bodies with no acronym after it, and a dinas of two portfolios without one
    assert bodies("Dinas Kesehatan, Dinas Sosial, dan BPBD Kota Bogor menggelar rapat.") == [
        "Dinas Kesehatan", "Dinas Sosial", "BPBD Kota Bogor"]
    assert bodies("Dinas Pendidikan dan Kebudayaan Kota Bogor menggelar lomba.") == [
        "Dinas Pendidikan dan Kebudayaan Kota Bogor"]


# --- a region's name that is an ordinary word, opening a sentence


def test_an_ordinary_word_opening_a_noun_phrase_is_no_place():
    assert not places("Puncak arus balik diperkirakan terjadi pada Minggu (15/6).")
    assert not places("Batu bara itu diangkut ke pelabuhan.")


def test_a_region_opening_a_sentence_as_its_subject_stays_a_place():
    # guards: an auxiliary or an affixed verb after the name
    assert places("Batu sudah lama dikenal sebagai kota apel.") == ["Batu"]
    assert places("Agam dilanda banjir bandang.") == ["Agam"]


# --- a venue whose name holds a region of two words


def test_a_port_named_after_a_town_of_two_words_is_one_venue():
    assert places("Kurir itu ditangkap di Pelabuhan Labuan Bajo pada Kamis.") == ["Pelabuhan Labuan Bajo"]


# --- a public-relations office named with its body


def test_a_release_credit_names_the_office_and_its_body():
    text = "Kegiatan ditutup dengan doa bersama dan pembagian sembako. (Humas Polres Wonogiri)"
    assert sorted(bodies(text)) == ["Humas Polres Wonogiri", "Polres Wonogiri"]
    assert "Humas Polda Sulawesi Barat" in bodies("Menurut Humas Polda Sulawesi Barat, korban sudah dievakuasi.")


def test_a_bare_or_posted_office_names_no_body():
    # guards: the office alone, after a post's word, inside a longer name
    assert not bodies("Pihak humas menyebut acara berjalan lancar. Humas mengatakan acara itu gratis.")
    assert bodies("Kabag Humas Pemkab Wonogiri, Rina Astuti, membenarkan.") == ["Pemkab Wonogiri"]
    assert "Pusat Data Informasi dan Humas BNPB" in bodies("Pusat Data Informasi dan Humas BNPB merilis data.")


# --- a hospital or puskesmas named by its region alone


def test_a_site_body_named_by_a_region_with_its_prefix_is_a_body():
    rec = record("Jenazah dibawa ke RSUD Kabupaten Tangerang untuk diautopsi.")
    assert [i.name for i in rec.institutions] == ["RSUD Kabupaten Tangerang"]
    assert [p.name for p in rec.places] == ["RSUD Kabupaten Tangerang"]
    assert bodies("Warga berobat ke Puskesmas Kecamatan Cibeber.") == ["Puskesmas Kecamatan Cibeber"]
