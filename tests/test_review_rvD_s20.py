"""Review of the s20ev evidence and loss rules (session 20, s20rvD): near-misses of three loss rules that fired
beyond what they were written for. Invented names, places and sentences."""
from __future__ import annotations

from helpers import loss_rows, reader

_OPEN = "Polsek Sukamaju menangkap seorang pria berinisial AB (30) pada Senin (3/3/2025). "
_losses = reader("2025-03-04T10:00", field=loss_rows, id="rvD", before=_OPEN)


def test_a_wage_paid_for_the_act_in_a_quote_stays_biaya():
    text = 'Polisi menyita 600 liter solar. "Sopirnya diupah Rp 250 ribu untuk setiap kali pengisian," kata Kapolsek.'
    assert (250000, "IDR", "biaya") in _losses(text)


def test_a_loss_noun_of_another_clause_makes_no_project_value_a_loss():
    # `kerugian` before a project's word names the loss only in the project's own clause
    assert _losses("Akibat kerugian itu, proyek jalan senilai Rp 2 miliar terhenti.") == []


def test_a_loss_noun_in_the_projects_clause_still_names_the_loss():
    assert _losses("Kerugian negara akibat proyek fiktif itu sebesar Rp 700 juta.") == [(700000000, "IDR", "kerugian")]


def test_a_cue_of_another_clause_does_not_make_a_budget_misused():
    assert _losses("Usai kasus penggelapan, desa itu menerima dana desa Rp 900 juta.") == []


def test_a_return_asked_for_is_no_money_given_back():
    text = "Korban meminta pelaku mengembalikan uang Rp 50 juta yang telah ditransfer."
    assert _losses(text) == [(50000000, "IDR", "kerugian")]


def test_a_return_made_stays_other():
    text = "Dari kerugian negara Rp 900 juta, tersangka baru mengembalikan Rp 150 juta."
    assert (150000000, "IDR", "other") in _losses(text)
