"""Money and tolls of a case in phrasings the development gold shows once at most (issue 22, session 11):
money moved between people with no word of its kind, money seized in the sentence after its amounts, a
perpetrator who dies in his own attack.

Every text here is written for these tests (invented names and places), read through the public API."""
import pytest

import polsek_nlp

_ARREST = "Penyidik menangkap tersangka berinisial HS (52) di rumahnya. "


def _record(text):
    return polsek_nlp.analyze(text, id="t", published="2017-03-14T10:00")


def _amounts(text):
    return sorted(x.amount for x in _record(_ARREST + text).losses)


def _toll(text):
    c = _record(text).casualties
    return (c.dead, c.injured, c.missing)


# --- money ---------------------------------------------------------------------------------------

def test_money_cut_and_handed_to_a_named_person():
    # `uang dipotong Rp X`: money as the subject of a passive verb; `Rp Y yang diantarkan ke <Name>`: money
    # moved to a person (no cue of the table in either clause)
    text = ("Menurut jaksa, uang dipotong Rp 50 juta oleh perantara sehingga hanya Rp 450 juta "
            "yang diantarkan ke Bambang Sutejo.")
    assert _amounts(text) == [50_000_000, 450_000_000]


def test_money_seized_in_the_next_sentence():
    # the savings have no cue of their own; the next sentence says all of it was seized
    text = ("Penyidik menemukan uang tunai Rp 2,5 miliar di lemari. Sementara itu, di rekening bank miliknya, "
            "HS juga memiliki tabungan Rp 800 juta. Semuanya telah disita penyidik sebagai barang bukti.")
    assert _amounts(text) == [800_000_000, 2_500_000_000]


@pytest.mark.parametrize("text", [
    # a sum no act of the case touches stays out, even with `uang` before it or a name after it
    "Uang sekolah anaknya dinaikkan Rp 200 ribu tahun ini.",
    "Pemerintah daerah menganggarkan Rp 5 miliar yang dialokasikan untuk pembangunan jalan.",
])
def test_sums_of_no_act_of_the_case(text):
    assert _amounts(text) == []
