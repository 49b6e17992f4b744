"""Unseen cost, session 21 (issue 20, s21spd): work asked only where it can find something, the same readings.
Counted, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import polsek_nlp
from polsek_nlp.recognize import laws

_PUBLISHED = "2024-06-07"


def _count_calls(monkeypatch, module, name: str) -> list[str]:
    calls: list[str] = []
    real = getattr(module, name)

    def counted(sent, *args, **kwargs):
        calls.append(sent)
        return real(sent, *args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


_ARTICLE = ("Polsek Lembah Hijau menangkap Darmono Suwiryo (31) di Desa Sukamekar pada Senin (3/6/2024). "
            "Darmono diduga mencuri sebuah sepeda motor milik seorang pedagang. "
            "Pedagang itu melapor kepada polisi pada pagi harinya. "
            "Atas perbuatannya, tersangka dijerat Pasal 362 KUHP dengan ancaman hukuman lima tahun penjara. "
            "Tersangka kini ditahan di Mapolsek Lembah Hijau.")


def test_a_sentence_that_names_no_article_nor_law_is_not_read_for_charges(monkeypatch):
    """`_sentence_charges` blanks a sentence's denied charges and earlier verdicts and asks its guards only where the
    sentence names an article or a law: of the article's five sentences, only the one with `Pasal 362 KUHP` (before:
    every sentence), and the charge is read as before."""
    blanked = _count_calls(monkeypatch, laws, "_without_earlier_verdicts")
    rec = polsek_nlp.analyze(_ARTICLE, published=_PUBLISHED)
    assert [(c.article, c.law) for c in rec.charges] == [("362", "KUHP")]
    assert len(blanked) == 1 and "Pasal 362" in blanked[0]


def test_a_law_named_without_an_article_is_still_read():
    """A law charged without an article (`dijerat Undang-Undang ...`) passes the test of the sentence's words: the
    gate reads `ndang` (as the law-only reading does), not only `pasal`."""
    text = _ARTICLE.replace("Pasal 362 KUHP", "Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert [(c.article, c.law) for c in rec.charges] == [(None, "UU 35/2009")]
