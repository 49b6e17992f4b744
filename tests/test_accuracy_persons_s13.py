"""Session 13, persons' precision (issue 19): false persons by mechanism, in made-up sentences."""
from __future__ import annotations

import polsek_nlp
from helpers import person_names, reader

_names = reader(field=person_names)


def test_nickname_after_naming_verb_is_an_alias_of_the_person_before():
    text = ("Ketua panitia Hendra Wiratmaja mengatakan acara berjalan lancar. \"Kami siap,\" ujar pria yang "
            "akrab disapa Owen itu di kantornya. Owen menambahkan, panitia menyiapkan 200 kursi.")
    people = polsek_nlp.analyze(text).persons
    assert [p.name for p in people] == ["Hendra Wiratmaja"]
    assert "Owen" in people[0].aliases


def test_nickname_with_nobody_before_stays_a_person():
    assert _names("Pemain yang akrab disapa Tole itu mencetak dua gol.") == ["Tole"]


def test_source_of_a_report_is_no_person():
    names = _names("Menurut laporan Wirasena, penyanyi Rina Sukamaju akan menikah tahun depan.")
    assert names == ["Rina Sukamaju"]


def test_month_after_bulan_is_no_person():
    names = _names("Kapolres Sukamaju AKBP Hendra Wiratmaja meminta warga menjaga kamtibmas menjelang "
                   "bulan Ramadhan, kata Hendra.")
    assert names == ["Hendra Wiratmaja"]


def test_state_vessel_is_no_person():
    assert _names("\"Kami kerahkan KN SAR Kamajaya dan perahu karet,\" kata Arif kepada wartawan.") == ["Arif"]


def test_nickname_of_a_post_holder_names_him_as_the_speaker():
    record = polsek_nlp.analyze("Kepala BPS Hartono Sumirat mengatakan ekspor naik. \"Kami siap,\" tutur pria yang "
                                "akrab disapa Owen itu.")
    assert [(p.name, p.aliases) for p in record.persons] == [("Hartono Sumirat", ["Owen"])]
    assert [q.speaker for q in record.quotes if q.direct] == ["Hartono Sumirat"]


def test_nickname_that_shortens_a_name_joins_that_person():
    record = polsek_nlp.analyze("Sekjen PBSI Achmad Budiharto memuji Mohammad Ahsan dan Hendra Setiawan. \"Mereka "
                                "siap,\" kata pria yang akrab disapa Budi itu.")
    assert {p.name: p.aliases for p in record.persons}["Hendra Setiawan"] == []


def test_nickname_that_ends_a_name_joins_that_person():
    record = polsek_nlp.analyze("Pelatih Richard Sukamaju memuji Hartowi Ahmad. \"Dia kurang fokus,\" tutur pria yang "
                                "akrab disapa Owi itu.")
    assert [(p.name, p.aliases) for p in record.persons] == [("Richard Sukamaju", []), ("Hartowi Ahmad", ["Owi"])]


def test_capitalised_report_opens_a_byline():
    assert "Andi Sukamaju" in _names("Berdasarkan Laporan Andi Sukamaju dari Garut, gempa terasa kuat.")


def test_nickname_that_blends_a_name_joins_that_person():
    record = polsek_nlp.analyze("Pelatih Darsono Nurbayan memuji Tanaka Shohei. \"Dia kuat,\" kata pria yang akrab "
                                "disapa Darnur itu.")
    assert [(p.name, p.aliases) for p in record.persons] == [("Darsono Nurbayan", ["Darnur"]), ("Tanaka Shohei", [])]


def test_village_after_a_head_post_in_an_address_chain_is_no_person():
    names = _names("Pengadilan menjatuhkan vonis lima tahun penjara kepada mantan Kepala Desa Bonjeruk, Kabupaten "
                   "Lombok Tengah, Lalu Muhammad Zaini, dalam perkara korupsi dana desa.")
    assert "Bonjeruk" not in names
