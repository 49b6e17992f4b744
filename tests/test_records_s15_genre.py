"""Session 15 (issue 19): the record's institutions on regional ground outside Java (genre records round 2,
tune errors read by mechanism). Every sentence here is invented; no name, place or phrase is a gold article's."""
import polsek_nlp


def bodies(text, **kw):
    return [x.name for x in polsek_nlp.analyze(text, **kw).institutions]


def test_an_outlet_named_only_by_its_address_is_listed_as_written():
    # the conventions list an outlet in its most complete written form; the table's name only where the
    # article also writes it (`kumparan (kumparan.com)`)
    assert "zorvikpos.com" in bodies("zorvikpos.com, BAUBAU - Polisi menangkap dua pria di pelabuhan.")
    assert "Beritasatu.com" in bodies("Tidore, Beritasatu.com - Polisi menangkap dua pria di pelabuhan.")  # was `Beritasatu`
    assert "jpnn.com" in bodies("Hal itu ia sampaikan kepada jpnn.com di Tidore.")  # was `JPNN`
    assert "kumparan" in bodies("Hal itu ia sampaikan kepada kumparan (kumparan.com) di Baubau.")


def test_a_dateline_whose_outlet_is_a_hyphenated_or_dotted_address():
    rec = polsek_nlp.analyze("TRIBUN-ZORVIK.COM, TUAL - Polisi menangkap dua pria di pelabuhan.")
    assert "TRIBUN-ZORVIK.COM" in [x.name for x in rec.institutions] and rec.dateline == "Tual"
    rec = polsek_nlp.analyze("Tribratanews.sultra.polri.go.id, Baubau – Kapolres memimpin apel pagi.")
    assert [x.name for x in rec.institutions] == ["Tribratanews.sultra.polri.go.id"]
    assert "Baubau" in [p.name for p in rec.places]


def test_a_body_defined_with_a_two_word_acronym_takes_its_region():
    found = bodies("Satuan Polisi Pamong Praja (Satpol PP) Kota Tidore menutup dua kafe di kawasan pantai.")
    assert found == ["Satpol PP Kota Tidore"]


def test_a_dinas_longer_than_the_table_row_and_its_acronym():
    assert bodies("Dinas Lingkungan Hidup dan Kehutanan (DLHK) Kota Baubau menanam seribu pohon.") == ["DLHK Kota Baubau"]
    found = bodies("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Tidore menerbitkan izin.")
    assert found == ["DPMPTSP Kota Tidore"]
    assert bodies("Dinas Lingkungan Hidup dan warga membersihkan pantai.") == ["Dinas Lingkungan Hidup"]


def test_an_air_base_named_after_a_person_and_not_the_force_its_full_name_holds():
    # session 25: nothing else from inside an acronym's expansion (gold S3), so no `TNI Angkatan Udara` / `TNI AL`
    rec = polsek_nlp.analyze("Pangkalan TNI Angkatan Udara (Lanud) Adi Sutjipto menggelar bakti sosial di Kampung Yoka.")
    assert [x.name for x in rec.institutions] == ["Lanud Adi Sutjipto"]
    assert "Adi Sutjipto" not in [p.name for p in rec.persons]
    found = bodies("Pangkalan TNI AL (Lanal) Tual menggelar apel. Kapal patroli Lanal Tual berjaga.")
    assert found == ["Lanal Tual"]


def test_a_numbered_office_keeps_its_roman_number():
    assert "BWS Maluku Utara II" in bodies("Pekerjaan dilakukan bersama Balai Wilayah Sungai (BWS) Maluku Utara II mulai Maret.")


def test_military_court_and_prosecutor_with_their_numbers():
    found = bodies("Pengadilan Militer III-15 Kupang menjatuhkan vonis. Keluarga berharap Oditurat Militer III-15 Kupang "
                   "mengajukan banding.")
    assert set(found) == {"Pengadilan Militer III-15 Kupang", "Oditurat Militer III-15 Kupang"}


def test_papua_election_bodies_of_a_distrik():
    assert bodies("Panwaslu Distrik Kurulu melaporkan kerusakan surat suara.") == ["Panwaslu Distrik Kurulu"]
    assert bodies("Logistik harus tiba di Panitia Pemilihan Distrik (PPD) paling lambat besok sore.") == []


def test_one_entry_for_a_body_and_its_short_forms():
    found = bodies("Badan Narkotika Nasional Provinsi (BNNP) Sulawesi Tenggara menyita sabu. Kepala BNNP Sultra "
                   "Brigjen Pol Andi Wijaya hadir.")
    assert found == ["BNNP Sulawesi Tenggara"]
    found = bodies("Pangkalan Utama TNI Angkatan Laut (Lantamal) IX Ambon mencegat kapal. Kapal Lantamal IX juga hadir.")
    assert "Lantamal IX" not in found and "Lantamal IX Ambon" in found
    found = bodies("Anggota Kodim 1613/Sumba Barat hadir. Personel Kodim 1613 berjaga.")
    assert found == ["Kodim 1613/Sumba Barat"]


def test_a_given_name_shortened_with_a_dot_stays_in_the_name():
    rec = polsek_nlp.analyze("Kepala BPBD Poso, Moh. Rizal Tanjung, mengatakan banjir dipicu hujan deras.")
    assert [p.name for p in rec.persons] == ["Moh. Rizal Tanjung"]
    rec = polsek_nlp.analyze("Camat Lage kini dijabat Muh. Faisal Lamadi, menggantikan Abd. Rahman Lamato.")
    assert {p.name for p in rec.persons} == {"Muh. Faisal Lamadi", "Abd. Rahman Lamato"}


def test_a_kecamatan_whose_official_name_opens_with_kota():
    # Kemendagri writes the kecamatan of Kota Ternate "Kota Ternate Utara"; news writes "Kecamatan Ternate Utara"
    rec = polsek_nlp.analyze("Warga Kelurahan Sangaji, Kecamatan Ternate Utara, mengungsi ke masjid.")
    assert "Ternate Utara" in [p.name for p in rec.places]


def test_a_kabupaten_whose_official_name_holds_dan():
    rec = polsek_nlp.analyze("Nelayan dari Kabupaten Pangkajene dan Kepulauan (Pangkep) ikut mencari korban di Selat Makassar.")
    assert "Pangkajene dan Kepulauan" in [p.name for p in rec.places]
    assert not {"Pangkajene", "Pangkep"} & {p.name for p in rec.places}
    rec = polsek_nlp.analyze("Warga Kabupaten Bogor dan Kota Depok ikut mencari korban.")
    assert {"Bogor", "Depok"} <= {p.name for p in rec.places}


def test_a_venue_named_after_a_post_of_the_region():
    rec = polsek_nlp.analyze("Pelantikan digelar di Aula Rumah Jabatan Wali Kota Baubau, Senin (2/6/2025).")
    assert "Aula Rumah Jabatan Wali Kota Baubau" in [p.name for p in rec.places]
