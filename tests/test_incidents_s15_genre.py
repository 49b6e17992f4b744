"""Incident facts in the shapes where the rules failed on round 2 of the genre gold (issue 22, session 15, tune
split only): people on the run described before their state (a relative clause, a residence set out between
commas, the object voice of a spokesman), ...

Every name, place and sentence is invented; read through the public API."""
import pytest

import polsek_nlp


def _record(text):
    return polsek_nlp.analyze(text, id="t", published="2025-03-14T10:00")


def _statuses(rec):
    return {s.name: s.status for s in rec.suspects}


_ARREST = "KENDARI - Polisi menangkap pelaku pencurian kabel, AB (30), di Kecamatan Poasia. "


@pytest.mark.parametrize("sentence, name", [
    ("Seorang penadah berinisial EF yang diduga membeli kabel curian itu masih diburu petugas.", "EF"),
    ("Rekannya berinisial UD (36) yang diduga memotong kabel melarikan diri dan kini masuk DPO.", "UD"),
    ("Menurut Kapolres, kabel itu dijual kepada seorang pria berinisial JK yang berada di Medan dan kini dalam "
     "pengejaran.", "JK"),
    ("Seorang pemodal berinisial MZ yang tinggal di Malaysia masih diburu.", "MZ"),
    ("Rekannya, RD (27), warga desa yang sama, melarikan diri dan kini ditetapkan sebagai DPO.", "RD"),
    ("Rekannya, CD (27), warga Desa Lalonggasu, Kecamatan Poasia, masih buron.", "CD"),
    ('"Penadahnya, seorang pedagang besi berinisial KL, masih kami kejar," kata Kapolsek.', "KL"),
])
def test_a_person_described_before_their_flight_is_a_suspect_on_the_run(sentence, name):
    statuses = _statuses(_record(_ARREST + sentence))
    assert statuses.get(name) == "buron"
    assert statuses.get("AB") == "ditangkap"


@pytest.mark.parametrize("sentence", [
    "Seorang saksi, Wati (40), yang melihat pelaku melarikan diri, melapor ke polisi.",
    "Seorang satpam bernama Wati yang melihat Budi melarikan diri melapor ke polisi.",
    "Pemilik toko, Wati (40), yang sempat mengejar motor yang kabur, melapor ke polisi.",
    "Seorang warga bernama Wati yang akan diburu wartawan enggan berkomentar.",
])
def test_a_flight_inside_a_witness_description_is_not_hers(sentence):
    assert "Wati" not in _statuses(_record(_ARREST + sentence))
