"""Work an unseen article asks only where it can find something (issue 20, session 19): counted, not timed."""
from __future__ import annotations

import pytest

from polsek_nlp.recognize import incident_words

_REPORT = ("Lembah Hijau - Seorang warga Kampung Sukaasih, Darto (41), ditangkap polisi setelah menganiaya "
           "tetangganya. Korban mengalami luka di kepala. " + "Warga sekitar kemudian berkumpul di balai desa. " * 12)


def test_the_incident_test_tries_its_cue_pattern_only_where_a_cue_word_starts(monkeypatch):
    """The cue test reads a whole article with a pattern of whole words in any case, which `re` could skip no
    position of: it is tried only where a cue word starts in the lowered text, and finds what the whole scan
    finds (before: tried at every character)."""
    tried: list[int] = []
    real = incident_words.matches_at

    def counting(pat, text, starts):
        def seen():
            for at in starts:
                tried.append(at)
                yield at
        return real(pat, text, seen())

    found = [m.span() for m in incident_words.cue_regex().finditer(_REPORT)]
    monkeypatch.setattr(incident_words, "matches_at", counting)
    assert [m.span() for m in incident_words.cue_matches(_REPORT)] == found
    assert found and len(tried) < 20 < len(_REPORT)


@pytest.mark.parametrize("text", [
    "DITANGKAP polisi, Darto menganiaya tetangganya.",
    "Darto dİtangkap polisi.",  # İ: `re` and `str` read its case differently: the whole scan
    "Darto ditangKap polisi.",  # the Kelvin sign
    "Barang  bukti disita. barang bukti lain",
])
def test_the_cue_scan_finds_what_the_whole_scan_finds(text):
    assert [m.span() for m in incident_words.cue_matches(text)] == \
        [m.span() for m in incident_words.cue_regex().finditer(text)]
