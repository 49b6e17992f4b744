"""Session 15 (s15audit, issue 22): shapes found by reading what the code outputs on the archive articles
that no gold set holds out (`benchmarks/audit_incidents.py`). Every sentence here is invented."""
from __future__ import annotations

import polsek_nlp


def _cas(text: str) -> dict:
    return polsek_nlp.analyze(text, published="2019-05-10T10:00").to_dict()["casualties"]


def test_a_toll_of_an_event_dated_by_month_and_year_is_of_another_time():
    # the arrests are the report; the toll belongs to the riot of a past month, recalled in a relative clause
    text = ("Polisi Negara Ruritania menangkap lebih dari 300 pendukung tokoh oposisi Karel Vossberg, kata juru "
            "bicara kepolisian, Jumat (10/5). Menurut pemerintah, Vossberg mendalangi kerusuhan di ibu kota pada "
            "Agustus 2018, yang menewaskan 87 orang dan menyebabkan 410 orang terluka. Mereka yang ditangkap kini "
            "diperiksa di markas kepolisian.")
    assert _cas(text) == {"dead": None, "injured": None, "missing": None}


def test_a_toll_dated_by_a_day_is_still_the_incident_s():
    text = ("Sebuah bus terguling di jalan Desa Karangwangi, Kabupaten Sukaraja, Kamis (9/5). Kecelakaan pada "
            "Kamis 9 Mei 2019 itu menewaskan tiga orang dan melukai tujuh penumpang lainnya, kata Kapolres.")
    assert _cas(text)["dead"] == 3


def _ev(text: str) -> list[dict]:
    return polsek_nlp.analyze(text, published="2019-05-06T10:00").to_dict()["evidence"]


_ARREST = "Polisi Sektor Lembah Hijau menangkap DS (31) di rumahnya di Desa Sukamulya, Minggu (5/5). "


def test_the_timer_of_a_bomb_ends_a_list_of_things_found():
    # `waktu` is a name stop word: no free item reads `alat pengatur waktu`; the table names the timer
    ev = _ev(_ARREST + "Saat penangkapan ditemukan empat detonator, dua kabel, dan alat pengatur waktu pada bom rakitan.")
    assert {"item": "alat pengatur waktu", "quantity": None, "unit": None} in ev
    assert len(ev) == 3

