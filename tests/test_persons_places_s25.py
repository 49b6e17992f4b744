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

