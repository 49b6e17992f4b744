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
