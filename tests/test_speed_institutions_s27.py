"""The record's bodies, session 27 (issue 20, s27spd): `institution_mentions` reads the tokens' texts listed once per
Doc, not a Token per word, and asks which bodies follow a post only where two bodies are kept. Counted and compared,
never timed. Names, bodies and places are invented."""
from __future__ import annotations

import polsek_nlp
from polsek_nlp.doc.spans import lower_texts, token_texts
from polsek_nlp.resolve import institutions

P = "2024-06-03"
_TEXT = ("Direktur Utama PT Bumi Sarana Utama Wiryanto Hadi meresmikan gudang baru di Kecamatan Tegalrejo, Senin. "
         "Komisaris PT Bumi Sarana Utama, Laksmi Andayani, dan anggota DPRD Kabupaten Sukamaju Rudi Hartono hadir. "
         "Kepala Dinas Perdagangan Sukamaju, Sutrisno, menyebut gudang itu milik PT Bumi Sarana Utama.")


def _bodies(text: str) -> list[str]:
    return [i.name for i in polsek_nlp.analyze(text, published=P).institutions]


def test_a_post_before_a_body_is_read_off_the_listed_lowercase_texts():
    """`_after_post` on the Doc's listed lowercase texts answers as the four Tokens' `lower_` before each token did."""
    doc = polsek_nlp.load()(_TEXT)
    lower = lower_texts(doc)
    assert lower == [t.lower_ for t in doc] and token_texts(doc) == [t.text for t in doc]
    answers = [institutions._after_post(lower, i) for i in range(len(doc) + 1)]
    assert answers == [any(t.lower_ in institutions._POSTS for t in doc[max(0, i - 4):i]) for i in range(len(doc) + 1)]
    assert any(answers) and not all(answers)


def test_the_bodies_after_a_post_stand_as_before():
    """The holder after a body and the body named bare and in full: one entry each, as before the change."""
    bodies = _bodies(_TEXT)
    assert "PT Bumi Sarana Utama" in bodies
    assert not any("Wiryanto" in b or "Laksmi" in b for b in bodies)


def test_an_article_with_one_body_asks_no_post(monkeypatch):
    """Whether a body follows a post matters only between two bodies kept (`_holder_after`): an article that keeps one
    body does not ask it (before: once for each of the body's mentions)."""
    calls = []
    real = institutions._after_post
    monkeypatch.setattr(institutions, "_after_post", lambda lower, start: calls.append(start) or real(lower, start))
    bodies = _bodies("Direktur PT Cahaya Lestari Makmur Joko Susilo meninjau kebun di Sukamaju. Ia datang bersama "
                     "karyawan PT Cahaya Lestari Makmur.")
    assert bodies == ["PT Cahaya Lestari Makmur"]
    assert calls == []
