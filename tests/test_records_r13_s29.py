"""Issue 19, genre records round 13's tune side (s29gr13): institutions' and officers' edges, on invented text."""
import polsek_nlp


def names(text, **kw):
    return {x.name for x in polsek_nlp.analyze(text, **kw).institutions}


def test_long_syllabic_acronym_with_its_region():
    # an office of merged portfolios writes its syllables: `Disnakertrans` has 13 letters
    found = names("Perwakilan warga diterima Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Garut, "
                  "Budi Santoso, di kantornya.")
    assert "Disnakertrans Garut" in found
    assert "Dinas Tenaga Kerja dan Transmigrasi" not in found
    found = names("Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga (Disbudparpora) Sumbawa menggelar lomba dayung.")
    assert "Disbudparpora Sumbawa" in found


def test_long_word_in_brackets_not_an_acronym():
    # a long capitalised word in brackets whose letters the name does not spell stays out
    found = names("Kepala Dinas Pendidikan (Kependidikanan) Garut, Budi Santoso, hadir.")
    assert not any("Kependidikanan" in n for n in found)


def test_one_body_word_for_two_regions():
    # `Polres Banjar dan Ciamis`: the body written once for two regions of its level names both bodies
    assert {"Polres Tegal", "Polres Brebes"} <= names("Polres Tegal dan Brebes sudah menyekat rombongan suporter.")
    assert {"Kejari Kudus", "Kejari Pati"} <= names("Kejari Kudus dan Pati memusnahkan barang bukti, Senin (3/4).")


def test_second_region_of_another_level_or_longer_name_left():
    assert "Polres Brebes Selatan" not in names("Anggota Polres Tegal dan Brebes Selatan hadir.")
    assert not any(n.endswith("Maluku Utara") and n.startswith("Polres") for n in names(
        "Personel Polres Ambon dan Maluku Utara berjaga."))


def test_residence_is_a_venue_not_a_body():
    # `Rumah Dinas X`: the head's official residence (venues.tsv), `Dinas` there no office
    assert not names("Acara pisah sambut digelar di Rumah Dinas Kapolres, Minggu (1/2).")
    found = names("Camat menginap di Rumah Dinas Camat Warureja, sedangkan Dinas Sosial Tegal menyalurkan bantuan.")
    assert found == {"Dinas Sosial Tegal"}


def test_sub_directorate_before_its_directorate():
    # `Subdit` (a Polda directorate's sub-directorate) names a body with its directorate after it (S36's chain)
    found = names("AKP Budi Santoso sebelumnya Kanit Jatanras Subdit III Ditreskrimum Polda Jawa Tengah.")
    assert {"Subdit III Ditreskrimum Polda Jawa Tengah", "Ditreskrimum Polda Jawa Tengah"} <= found
    assert "Subdit Gakkum Ditpolairud" in names("Tersangka ditangani penyidik Subdit Gakkum Ditpolairud, Senin (3/4).")


def test_bare_sub_directorate_is_no_body():
    assert not names("Penyidik Subdit IV menangkap dua kurir di Pekanbaru.")


def test_holder_after_a_defined_body_and_its_province():
    # `Full (ACR) Provinsi X Holder`: the region the gazetteer knows ends the body, the holder is a person
    rec = polsek_nlp.analyze("Kepala Dinas Sosial (Dinsos) Provinsi Sulawesi Tengah Irma Pakaya mengatakan bantuan "
                             "disalurkan, Senin (3/4).")
    assert "Dinsos Provinsi Sulawesi Tengah" in {x.name for x in rec.institutions}
    assert "Irma Pakaya" in {x.name for x in rec.persons}
    assert "Disdik Kota Tangerang Selatan" in names(
        "Kepala Dinas Pendidikan (Disdik) Kota Tangerang Selatan mengatakan sekolah libur.")
