import pytest

import polsek_nlp


def officers(text):
    return polsek_nlp.analyze(text).officers


def one(text):
    (o,) = [o for o in officers(text) if o.name]
    return o


def test_seed_officer(seed_record):
    (o,) = [o for o in seed_record.officers if o.name]
    assert (o.name, o.rank, o.rank_full, o.force, o.position, o.unit) == (
        "Lilik Ardiansyah", "AKBP", "Ajun Komisaris Besar Polisi", "Polri", "Kapolres", "Polres Purwakarta")
    assert o.aliases == ["Lilik"]


@pytest.mark.parametrize("text, name, rank, force", [
    ("Kapolsek Ciampea Iptu Budi Santoso mengatakan hal itu.", "Budi Santoso", "Iptu", "Polri"),
    ("Hal itu disampaikan Kombes Pol Yusri Yunus di Bandung.", "Yusri Yunus", "Kombes", "Polri"),
    ("Komandan Kodim 0619 Letkol Inf Andi Wijaya hadir.", "Andi Wijaya", "Letkol", "TNI"),
    ("Marsda TNI Asep Sumaryadi membuka acara.", "Asep Sumaryadi", "Marsda", "TNI"),
    ("Irjen Pol. Anton Charliyan tiba di lokasi.", "Anton Charliyan", "Irjen", "Polri"),
    ("Kepala Polda Jawa Barat Inspektur Jenderal Anton Charliyan mengatakan itu.", "Anton Charliyan",
     "Inspektur Jenderal", "Polri"),
])
def test_rank_and_name(text, name, rank, force):
    o = one(text)
    assert (o.name, o.rank, o.force) == (name, rank, force)


def test_position_gives_unit():
    o = one("Kasat Reskrim Polres Cimahi AKP Santo Ginting menjelaskan kronologinya.")
    assert o.position == "Kasat Reskrim" and o.unit == "Polres Cimahi"
    o = one("Kepala Bidang Humas Polda Jawa Barat Komisaris Besar Yusri Yunus menyebut massa FPI.")
    assert o.position == "Kepala Bidang Humas" and o.unit == "Polda Jawa Barat" and o.rank == "Komisaris Besar"


def test_titles_are_kept_off_the_name():
    o = one("Kapolres Bogor AKBP H. Andi Dicky, S.I.K., M.H. memimpin apel.")
    assert o.name == "Andi Dicky"
    assert {"H.", "S.I.K.", "M.H."} <= set(o.titles)


def test_unnamed_post_is_an_officer():
    rec = polsek_nlp.analyze("Sebanyak 15 polisi, termasuk Kapolsek Ciampea, disiagakan di markas itu.")
    assert any(o.name is None and o.position == "Kapolsek" and o.unit == "Polsek Ciampea" for o in rec.officers)


def test_street_named_after_a_general_is_not_an_officer():
    assert not [o for o in officers("Bentrok terjadi di Jalan Jenderal Sudirman, Bandung.") if o.name]


def test_initials_alias_and_age():
    rec = polsek_nlp.analyze("Polisi menangkap pria berinisial AS (35) dan rekannya MR alias Ucok (28) di Cibinong.")
    persons = {p.name: p for p in rec.persons}
    assert persons["AS"].age == 35
    assert persons["MR"].age == 28 and persons["MR"].aliases == ["Ucok"]


def test_military_unit_with_number_and_place():
    o = one("Dandim 0621/Kabupaten Bogor Letkol Inf Sukur Hermanto hadir dalam apel.")
    assert (o.rank, o.force, o.position, o.unit) == ("Letkol", "TNI", "Dandim", "Kodim 0621/Kabupaten Bogor")


def test_civil_posts_are_persons_with_roles_not_officers():
    rec = polsek_nlp.analyze("Apel dihadiri Bupati Bogor Iwan Setiawan dan Camat Cibinong Ahmad Fauzi.")
    roles = {p.name: p.role for p in rec.persons}
    assert roles == {"Iwan Setiawan": "Bupati", "Ahmad Fauzi": "Camat"}
    assert not [o for o in rec.officers if o.name]


def test_one_person_across_mentions(seed_record):
    (lilik,) = [p for p in seed_record.persons if "Lilik" in p.name]
    assert lilik.name == "Lilik Ardiansyah" and lilik.officer


def test_redundant_sub_unit_post_names_its_command():
    o = one("Bayi itu dievakuasi Kasat Satlantas Purwakarta AKP Arman Sahti ke rumah sakit.")
    assert (o.position, o.unit) == ("Kasat Lantas", "Polres Purwakarta")


def test_city_commands_and_titles_that_are_no_ranks():
    o = one("BEKASI - Kapolres Metro Bekasi Kota Kombes Pol Dani Hamdani memimpin apel.")
    assert (o.position, o.unit) == ("Kapolres", "Polres Metro Bekasi Kota")
    rec = polsek_nlp.analyze("BEKASI - Kapolres Metro Bekasi Kota Kombes Pol Dani Hamdani memimpin apel.")
    assert rec.event.region.code == "32.75"  # Kota Bekasi, not the kabupaten
    assert not officers("Direktur Jenderal Bea dan Cukai datang ke jalan Jenderal Ahmad Yani.")
