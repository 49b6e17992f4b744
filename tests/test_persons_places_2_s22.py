"""Persons and places, second pass (issue 19, s22per2): invented sentences only.

A storm is named by its noun written capitalised as the name's head (`oleh Topan X`, `akibat Badai X`,
`Siklon Tropis X`): no person. Guards: a person cue claims a given name that is also a storm's noun
(`kata Topan Sugiharto`), and a person named after the storm keeps their name.
"""

import pytest

import polsek_nlp


def _persons(text: str) -> list[str]:
    return [p.name for p in polsek_nlp.analyze(text).persons]


@pytest.mark.parametrize(("text", "storm"), [
    ("Ratusan rumah di pesisir Queensland rusak berat oleh Topan Marisol yang menghantam wilayah itu pekan ini, "
     "kata Wali Kota Daniel Moreno.", "Topan Marisol"),
    ("Ribuan warga mengungsi akibat Badai Ravena yang menerjang pantai Teluk Meksiko, ujar Gubernur Carlos Ibarra.",
     "Badai Ravena"),
    ("Hujan deras di selatan Jawa dipicu Siklon Tropis Dahlia, kata Ratna Wulandari, peneliti cuaca.",
     "Dahlia"),
    ("Penerbangan dari Manila dibatalkan karena Topan Lorenzo sejak Senin, ujar Miguel Santos, juru bicara bandara.",
     "Topan Lorenzo"),
])
def test_a_storm_by_its_capitalised_noun_is_no_person(text: str, storm: str) -> None:
    persons = _persons(text)
    assert not any(storm in p or p in storm for p in persons), persons
    assert len(persons) == 1, persons


@pytest.mark.parametrize(("text", "person"), [
    ("Kami sudah siaga sejak pagi, kata Topan Sugiharto, warga Desa Sukamaju.", "Topan Sugiharto"),
    ("Kepala Desa Sukamaju Badai Prasetyo mengatakan banjir merendam 40 rumah.", "Badai Prasetyo"),
    ("Warga bernama Topan Hidayat (34) hanyut terbawa arus sungai.", "Topan Hidayat"),
])
def test_a_person_cue_keeps_a_storm_noun_as_a_given_name(text: str, person: str) -> None:
    assert person in _persons(text)
