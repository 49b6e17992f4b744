"""Session 18 (issue 19, s18fxi): what a read-only review of s18inst's institution and place rules showed,
each mended at its mechanism (sentences, names and people invented for the test)."""
from helpers import institution_names, place_names, reader

PUBLISHED = "2025-03-04T10:00"  # a Tuesday


record = reader(PUBLISHED)


bodies = reader(PUBLISHED, field=institution_names)


places = reader(PUBLISHED, field=place_names)


# --- finding 1: a list of offices is no office whose portfolios are listed before its acronym


def test_a_list_of_bodies_before_an_acronym_stays_a_list():
    text = "Petugas Dinas Sosial, BPBD, dan Dinas Perhubungan (Dishub) dikirim ke lokasi longsor."
    assert bodies(text) == ["Dinas Sosial", "BPBD", "Dinas Perhubungan"]
    text = "Bantuan disalurkan Dinas Pertanian, Polsek Sukamurni dan Dinas Perikanan (Diskan) pada Senin."
    assert bodies(text) == ["Dinas Pertanian", "Polsek Sukamurni", "Dinas Perikanan"]


def test_a_list_of_dinas_keeps_each_office_before_the_last_ones_acronym():
    text = "Dinas Sosial, Dinas Kesehatan, dan Dinas Pertanian (Distan) Kota Bogor membuka posko."
    assert bodies(text)[:2] == ["Dinas Sosial", "Dinas Kesehatan"]


def test_an_office_whose_acronym_takes_a_piece_of_every_portfolio_runs_to_it():
    # guard: the strict reading keeps the office named with its listed portfolios
    text = "Dinas Kebudayaan, Pemuda, dan Olahraga (Disbudpora) Kabupaten Garut menggelar festival."
    assert bodies(text) == ["Disbudpora Kabupaten Garut"]


# --- finding 2: a hospital named after a person ends with the person's name and its town


def test_a_hospital_named_after_a_doctor_ends_before_a_post_or_a_rank():
    text = "Korban dilarikan ke RSUD dr. Hartawan Camat Sukamurni Darmaji ikut menjenguk."
    assert bodies(text) == ["RSUD dr. Hartawan"]
    text = "Korban dilarikan ke RSU dr. Hartawan Kapolsek Sukamurni Iptu Darmaji membenarkan kejadian itu."
    assert "RSU dr. Hartawan" in bodies(text)
    assert "RSU dr. Hartawan" in places(text)


def test_a_hospital_named_after_a_doctor_ends_before_a_weekday():
    text = "Korban masih dirawat di RSUD dr. Hartawan Kamis (27/2) malam."
    assert places(text) == ["RSUD dr. Hartawan"]


def test_a_hospital_named_after_a_doctor_ends_after_its_town():
    text = "Korban dilarikan ke RSUD dr. H. Moh. Hartawan Sumenep Bupati Darmaji datang menjenguk."
    assert bodies(text) == ["RSUD dr. H. Moh. Hartawan Sumenep"]
    assert "Darmaji" in [p.name for p in record(text).persons]


def test_a_hospital_named_after_a_doctor_leaves_a_visitor_named_after_it():
    text = "Korban dilarikan ke RSUD dr. Hartawan Budi Laksono menjenguknya sore itu."
    rec = record(text)
    assert [i.name for i in rec.institutions] == ["RSUD dr. Hartawan"]
    assert [p.name for p in rec.persons] == ["Budi Laksono"]


def test_a_hospital_named_after_a_doctor_of_two_names_and_a_town_stays_whole():
    # guards: two words of the eponym's name, an initial, the town after it
    assert bodies("Pasien dirujuk ke RSUP Dr. Hartawan Sudiromiharjo Surabaya untuk operasi.") == [
        "RSUP Dr. Hartawan Sudiromiharjo Surabaya"]
    assert bodies("Pasien dirujuk ke RSUD dr. R. Hartawan Tuban oleh keluarganya.") == ["RSUD dr. R. Hartawan Tuban"]


# --- finding 4: an agency named by its office's city takes no holder's name for its city


def test_a_search_and_rescue_agency_after_a_post_leaves_the_holder():
    rec = record("Kepala Basarnas Warsito mengatakan pencarian dilanjutkan besok.")
    assert [i.name for i in rec.institutions] == ["Basarnas"]
    assert [p.name for p in rec.persons] == ["Warsito"]
    rec = record("Kepala BMKG Warsito mengatakan hujan masih turun.")
    assert [i.name for i in rec.institutions] == ["BMKG"]


def test_a_port_office_after_a_post_leaves_the_holder():
    rec = record("Kepala KSOP Darmaji Laksono mengatakan kapal itu tidak berizin.")
    assert [i.name for i in rec.institutions] == ["KSOP"]
    assert [p.name for p in rec.persons] == ["Darmaji Laksono"]
    # guards: its class and port, the port a desa of the gazetteer
    rec = record("Kepala KSOP Kelas III Sinabang Darmaji Laksono mengatakan kapal itu tidak berizin.")
    assert [i.name for i in rec.institutions] == ["KSOP Kelas III Sinabang"]
    assert [p.name for p in rec.persons] == ["Darmaji Laksono"]


# --- finding 5: a region named by an ordinary word is the subject before an adverb


def test_a_region_named_by_an_ordinary_word_before_an_adverb_is_a_place():
    assert places("Malang kembali diguyur hujan deras pada Senin.") == ["Malang"]
    assert places("Batu lalu menetapkan status tanggap darurat.") == ["Batu"]
    # guard: the same word opening a noun phrase
    assert not places("Puncak acara digelar di lapangan pada Minggu.")


# --- finding 7: a desa's prefix before a headline's words names no village the gazetteer does not know


def test_a_desa_prefix_before_a_headline_verb_names_no_village():
    assert not places("Pemuda Gampong Gelar Turnamen Bulu Tangkis Sambut Ramadan")
    rec = record("Ibu-ibu Pekon Adakan Lomba Masak Sambut Hari Jadi")
    assert not rec.places and not rec.persons  # the level's word opens no person's name either


def test_a_desa_prefix_before_a_name_the_gazetteer_does_not_know_keeps_it():
    # guard: a village's own name in a sentence stays a desa
    rec = record("Warga Gampong Blang Meurandeh mengungsi ke meunasah.")
    assert {p.name: p.kind for p in rec.places}.get("Blang Meurandeh") == "desa"


# --- finding 8: a hospital's public-relations office leaves the hospital a place


def test_a_hospital_named_after_its_public_relations_office_is_a_place():
    rec = record("Sementara itu Humas RSUD Kota Tasikmalaya menyebut kondisi korban membaik.")
    assert [p.name for p in rec.places] == ["RSUD Kota Tasikmalaya"]
    assert "RSUD Kota Tasikmalaya" in [i.name for i in rec.institutions]
