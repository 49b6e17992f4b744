"""The incident stage's cost (issue 20, session 22, s22spd4): the same readings with less work. Counted, never
timed. Names, places and sentences are invented."""
from __future__ import annotations

import random

import polsek_nlp
from polsek_nlp.recognize import incident_victims
from polsek_nlp.recognize.incident_words import parted_word_list

_PUBLISHED = "2024-06-07"


def _old_pseudonym_marks(text: str) -> list[tuple[str, int, str | None]]:
    """`_pseudonym_marks` before s22spd4: both patterns over the whole text."""
    out = [(m.group("name"), m.end("name"), m.group("age")) for m in incident_victims._PSEUDONYM.finditer(text)]
    for m in incident_victims._marked_before().finditer(text):
        if m.group("age") or incident_victims._one_person_before().search(text, max(0, m.start() - 80), m.start()):
            out.append((m.group("name"), m.end("name"), m.group("age")))
    return out


class _Counted:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pat):
        self.pat, self.calls = pat, 0

    def __getattr__(self, name):
        real = getattr(self.pat, name)

        def counted(*args, **kwargs):
            self.calls += 1
            return real(*args, **kwargs)

        return counted


def test_the_pseudonym_marks_are_those_of_the_whole_text_scans():
    """`_pseudonym_marks` (the bracket pattern only in a text holding its bracketed words, the mark pattern only where
    a mark's first word starts) gives what the two whole-text scans gave, on invented sentences and 3,000 random ones
    of the marks, the bracketed words and names in three cases, glued by hyphens, digits and the letters whose lower
    case `str` and `re` read apart (İ ı ſ) or alike (the Kelvin sign)."""
    marks = list(parted_word_list("name_context", ("pseudonym_mark",)))
    texts = ["Seorang gadis berusia 14 tahun, sebut saja Melati (14), menjadi korban.",
             "Korban, Kenanga (bukan nama sebenarnya), 12 tahun, diantar ibunya.", "SEBUT SAJA Anggrek (9) menangis.",
             "Dahlia Putih (nama samaran) melapor.", "pra-sebut saja Mawar (15)", "", "Warga menggelar kerja bakti."]
    rng = random.Random(2204)
    pieces = [" ", "  ", "-", ",", ", ", "(", ")", "(13)", "(bukan nama asli)", "(Nama Samaran)", ", 15 tahun", "\n",
              "Seorang siswi, ", "x", "\u212a", "\u0130", "\u0131", "\u017f", "Mawar", "Bunga Lili", "rina"]

    def word() -> str:
        w = rng.choice(marks)
        return rng.choice((w, w.upper(), w.title()))

    texts += ["".join(word() if rng.random() < 0.35 else rng.choice(pieces) for _ in range(rng.randint(1, 16)))
              for _ in range(3000)]
    for t in texts:
        assert list(incident_victims._pseudonym_marks(t)) == _old_pseudonym_marks(t), t


def test_a_text_without_pseudonym_words_is_not_scanned_for_them(monkeypatch):
    """A text with `nama` (which opens the pre-check) but no bracketed pseudonym words and no mark is not searched by
    the bracket pattern, and the mark pattern is tried at no position; the pseudonym of an invented report is still
    read through `analyze`."""
    bracket = _Counted(incident_victims._PSEUDONYM)
    marked = _Counted(incident_victims._marked_before())
    monkeypatch.setattr(incident_victims, "_PSEUDONYM", bracket)
    monkeypatch.setattr(incident_victims, "_marked_before", lambda: marked)
    plain = ("Polsek Sukadamai menangkap seorang pria atas nama Jaka Sembada (34) di Desa Cibeureum. "
             "Tersangka mencuri sepeda motor milik warga.")
    assert incident_victims._pseudonym_marks(plain) is not None
    assert list(incident_victims._pseudonym_marks(plain)) == []
    assert (bracket.calls, marked.calls) == (0, 0)
    text = ("Polsek Sukadamai menangkap seorang pria yang mencabuli seorang siswi SMP. Korban, Kenanga (bukan nama "
            "sebenarnya), 13 tahun, melapor bersama ibunya ke Polsek Sukadamai.")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert bracket.calls == 1
    assert any("Kenanga" in (v.name or "") for v in rec.victims), rec.victims
