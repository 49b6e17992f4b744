"""Session 20 (issue 19, s20inst): institutions, places and persons on invented ground (sentences and names
written for the test, real regions where a region's reading needs the gazetteer; the values a reader gives by
the conventions of police-gold-dev/README.md decided before the code ran)."""
from helpers import institution_names, person_name_set, place_names, reader

bodies = reader("2025-03-04T10:00", field=lambda r: set(institution_names(r)))
places = reader("2025-03-04T10:00", field=lambda r: set(place_names(r)))
persons = reader("2025-03-04T10:00", field=person_name_set)


# --- a party's regional board is named by its region after the party: `DPD Partai X Sumatera Utara`


def test_a_party_board_takes_its_province():
    text = "Ketua DPD Partai Golkar Sumatera Utara, Sutrisno Hadi, menerima berkas bakal calon."
    assert "DPD Partai Golkar Sumatera Utara" in bodies(text)
    assert "Partai Golkar" in bodies(text)  # the parent named inside the longer name is listed too
    assert "Sumatera Utara" not in places(text)  # a place only inside a body's name is not listed
    assert "Sutrisno Hadi" in persons(text) and "Sutrisno Hadi" not in places(text)


def test_a_party_board_takes_its_kota_with_the_prefix():
    text = "Rapat pleno digelar di sekretariat DPC PDI Perjuangan Kota Bogor, Sabtu malam."
    assert "DPC PDI Perjuangan Kota Bogor" in bodies(text)


def test_a_party_board_takes_a_short_province_form():
    assert "DPW PKB Jatim" in bodies("Ketua DPW PKB Jatim, Hartono Wibisono, hadir di acara itu.")


def test_two_boards_of_one_party_in_two_regions_are_two_bodies():
    text = ("Pengurus DPD Partai Golkar Jawa Tengah menggelar rapat. "
            "Ketua DPD Partai Golkar Kabupaten Semarang, Wahyu Prasetyo, ikut hadir.")
    found = bodies(text)
    assert {"DPD Partai Golkar Jawa Tengah", "DPD Partai Golkar Kabupaten Semarang"} <= found


def test_one_board_written_short_and_long_is_one_body():
    text = ("Kader DPD Partai Golkar Provinsi Jawa Barat menyatakan sikap. "
            "Sekretaris DPD Partai Golkar Jabar, Dedi Sumarna, membacakannya.")
    found = bodies(text)
    assert "DPD Partai Golkar Provinsi Jawa Barat" in found
    assert "DPD Partai Golkar Jabar" not in found


def test_the_central_board_takes_no_region_and_a_holder_is_no_region():
    assert "DPP Partai Golkar" in bodies("Sekretaris DPP Partai Golkar Rahmat Santoso hadir di Jakarta.")
    assert "DPD Partai Golkar" in bodies("Ketua DPD Partai Golkar, Rahmat Santoso, menerima berkas.")


# --- a numbered school (or body) is counted within its region: `SMP Negeri 4 Kota Bogor`


def test_a_numbered_school_takes_its_kota():
    text = "Siswa SMP Negeri 4 Kota Bogor mengikuti lomba cerdas cermat."
    assert "SMP Negeri 4 Kota Bogor" in bodies(text)
    assert "Bogor" not in places(text)


def test_a_numbered_school_takes_its_kabupaten_and_leaves_its_head():
    text = "Kepala SMA Negeri 1 Kabupaten Bogor Wulan Sari membenarkan kejadian itu."
    assert "SMA Negeri 1 Kabupaten Bogor" in bodies(text)
    assert "Wulan Sari" in persons(text)


def test_a_numbered_school_takes_no_unknown_word_after_a_prefix():
    assert "SMP Negeri 4" in bodies("Siswa SMP Negeri 4 Kota Lama itu menang.")


def test_a_board_written_later_without_its_region_is_the_regional_board():
    text = ("Ketua DPD Partai Golkar Jawa Timur, Sutrisno Hadi, hadir. "
            "Menurut dia, DPD Partai Golkar sudah menyiapkan tiga nama.")
    found = bodies(text)
    assert "DPD Partai Golkar Jawa Timur" in found
    assert "DPD Partai Golkar" not in found


# --- bodies named in English: the head word, the capitalised words before it, its of/for/and phrases after it


def test_an_english_body_defined_by_its_acronym_is_named_in_full():
    text = "Peneliti Institute for Rural Policy Reform (IRPR), Sekar Wulandari, mengkritik kebijakan itu."
    assert "Institute for Rural Policy Reform" in bodies(text)
    assert "Sekar Wulandari" in persons(text)


def test_an_english_body_with_its_of_and_for_phrases():
    text = "Laporan itu disusun Federation of Coastal Fishing Workers bersama Maritime Workers Union."
    found = bodies(text)
    assert "Federation of Coastal Fishing Workers" in found
    assert "Maritime Workers Union" in found


def test_an_english_body_after_a_post_leaves_the_holder_out():
    text = "Direktur Jakarta Policy Institute, Hendra Wiratama, menilai angka itu wajar."
    assert "Jakarta Policy Institute" in bodies(text)
    assert "Hendra Wiratama" in persons(text)
    assert "Hendra Wiratama" not in bodies(text)


def test_an_english_body_whose_run_goes_on_into_a_name_is_left_alone():
    # the end of the name is unknown: `Studies Budi` may be the holder; nothing is guessed
    text = "Peneliti Center for Strategic and International Studies Rudi Hartawan menilai angka itu wajar."
    assert not any(b.startswith("Center for Strategic") and "Rudi" in b for b in bodies(text))


def test_a_convention_center_is_no_body():
    text = "Pameran digelar di Sumatra Convention Center, Medan, pekan depan."
    assert not any("Convention Center" in b for b in bodies(text))


# --- an acronym defined in brackets and written in title case later names the body, not a person


def test_a_title_case_acronym_used_later_is_the_body():
    text = ("Lembaga Kajian Pangan Rakyat (Lakpara) merilis survei harga beras. "
            "Menurut Lakpara, harga naik tiga persen.")
    assert "Lakpara" not in persons(text)
    assert "Lembaga Kajian Pangan Rakyat" in bodies(text)


def test_an_english_body_acronym_used_later_is_no_person():
    text = ("Pengamat Institute for Development of Trade and Finance (Indetf), Rina Lestari, menilai harga naik. "
            "Menurut Indetf, harga beras naik.")
    assert "Indetf" not in persons(text)
    assert "Rina Lestari" in persons(text)


# --- a unit under a parent defined `Full Name (ACR) Qualifier` is named with the parent's built name


def test_a_commission_of_a_defined_council_takes_the_council_built_name():
    text = "Ketua Komisi IV Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi Jambi, Yusri Hamdan, memimpin rapat."
    found = bodies(text)
    assert "Komisi IV DPRD Provinsi Jambi" in found
    assert "DPRD Provinsi Jambi" in found
    assert not any("(" in b for b in found)


def test_a_unit_of_a_defined_command_takes_the_command_built_name():
    text = "Satuan Reserse Narkoba Kepolisian Resor (Polres) Kota Bogor menangkap dua pengedar sabu."
    assert "Satuan Reserse Narkoba Polres Kota Bogor" in bodies(text)


# --- the doctor's title written without its dot (`dr X`) opens a hospital's eponym and a person's name


def test_a_hospital_named_after_a_doctor_written_without_the_dot():
    text = "Korban dibawa ke RSUD dr Harjono Wiryo Lembang untuk dirawat."
    assert "RSUD dr Harjono Wiryo Lembang" in bodies(text)
    assert "RSUD dr Harjono Wiryo Lembang" in places(text)


def test_a_hospital_director_after_the_hospital_named_after_a_doctor():
    text = "Direktur RSUD dr Harjono Wiryo, dr Sulastri Ningsih, membenarkan korban dirawat."
    assert "RSUD dr Harjono Wiryo" in bodies(text)
    assert "Sulastri Ningsih" in persons(text)
    assert "Harjono Wiryo" not in persons(text)
