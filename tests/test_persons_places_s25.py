"""Persons and places on headline news (issue 19, s25pp): invented sentences only.

A special economic zone is written `KEK X` or `Kawasan Ekonomi Khusus X` (UU 39/2009): the head opens the zone's
name and stays in it, as `Kawasan Industri X` does (`venues.tsv`); before, the zone's place was cut to `X` and a
name no table knew after `KEK` was read as a person.
"""

import polsek_nlp


def test_a_special_economic_zone_keeps_its_head() -> None:
    text = ("Jakarta - Menteri Pariwisata Ardi Suryanto menyiapkan KEK Tanjung Sarang, KEK Sorong dan KEK Likupang "
            "sebagai tujuan wisata baru. Ia juga meninjau Kawasan Ekonomi Khusus Palu, Senin (3/7).")
    record = polsek_nlp.analyze(text)
    places = [p.name for p in record.places]
    assert ["KEK Tanjung Sarang", "KEK Sorong", "KEK Likupang", "Kawasan Ekonomi Khusus Palu"] == [
        p for p in places if p != "Jakarta"]
    assert [p.name for p in record.persons] == ["Ardi Suryanto"]


def test_a_place_written_after_a_region_prefix_is_no_person() -> None:
    # `Lurah Sukamulyo, Dewi Anggraini`: after `Kelurahan Sukamulyo` the words name the village, not the head
    text = ("Banjir merendam rumah warga Kelurahan Sukamulyo, Kecamatan Pasar Baru, Kota Sukamaju. Lurah Sukamulyo, "
            "Dewi Anggraini, mengatakan air mulai surut. Kapolsek Cempaka Hilir Iptu Bayu Saputra meninjau Kecamatan "
            "Cempaka Hilir.")
    record = polsek_nlp.analyze(text)
    assert [p.name for p in record.persons] == ["Dewi Anggraini", "Bayu Saputra"]
    assert "Sukamulyo" in [p.name for p in record.places]


def test_a_person_of_a_village_name_not_written_after_a_prefix_stays() -> None:
    # guard: a name that is a village's only where the village is not written with its prefix
    text = '"Air mulai surut," kata Sukamulyo, warga Desa Karangrejo, Kecamatan Pasar Baru, Rabu (4/10).'
    assert [p.name for p in polsek_nlp.analyze(text).persons] == ["Sukamulyo"]
