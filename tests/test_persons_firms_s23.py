"""Persons on market news (issue 19, s23per2): invented sentences only.

A firm's head word (`thing_heads.tsv`, `last`: `Sekuritas`, `Airlines`) inside a capitalised run after a post
(`Analis`, `Ekonom`, `Direktur`) ends the firm's name: the holder's name is the words after it alone.
"""

import pytest

import polsek_nlp


def _persons(text: str) -> list[str]:
    return [p.name for p in polsek_nlp.analyze(text).persons]


@pytest.mark.parametrize(("text", "persons"), [
    ("Analis Mandala Sekuritas Wibisono mengatakan indeks saham menguat pada Senin.", ["Wibisono"]),
    ("Harga saham naik tipis. Analis Cahaya Sekuritas Yosua Simanjuntak menyebut pasar menunggu data inflasi.",
     ["Yosua Simanjuntak"]),
])
def test_a_firms_head_ends_the_firm_before_its_analysts_name(text: str, persons: list[str]) -> None:
    assert _persons(text) == persons


def test_an_ordinary_run_with_no_firm_head_is_kept() -> None:
    assert _persons("Direktur Utama Lintas Airlines Budi Santoso mengatakan penerbangan ditunda.") == ["Budi Santoso"]
