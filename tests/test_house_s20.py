"""Session 20 house mends: the binary check sees the control characters the cleaning removed."""
from __future__ import annotations

import random

import polsek_nlp

ARTICLE = ("Kapolsek Tanjung Wangi AKP Sutarman Wibowo mengatakan, polisi menangkap dua pemuda yang diduga "
           "mencuri sepeda motor di Desa Karangjati pada Selasa malam. Keduanya diamankan dengan barang bukti "
           "satu unit sepeda motor dan kunci palsu. Menurut dia, para pelaku akan dijerat pasal pencurian dengan "
           "pemberatan. Polisi juga meminta warga untuk tidak meninggalkan kendaraan di tempat yang sepi.")


def _binary(warnings: list[str]) -> bool:
    return any("binary" in w for w in warnings)


def test_text_made_mostly_of_control_characters_warns_as_binary():
    """`clean` removes control characters before the shape check: the check must still count them (before:
    a NUL-padded article gave no shape warning, Latin-1-decoded bytes gave 'does not look Indonesian')."""
    padded = "\x00" * 3000 + ARTICLE + "\x00\x01\x02\x1b" * 500
    warnings = polsek_nlp.analyze(padded).warnings
    assert "control characters removed" in warnings and _binary(warnings)
    latin1 = random.Random(20).randbytes(6000).decode("latin-1")
    warnings = polsek_nlp.analyze(latin1).warnings
    assert _binary(warnings) and "text does not look Indonesian" not in warnings


def test_an_article_with_a_few_control_characters_is_not_binary():
    rec = polsek_nlp.analyze(ARTICLE.replace("Keduanya", "\x00\x07Keduanya").replace(". ", ".\x0c ", 1))
    assert "control characters removed" in rec.warnings and not _binary(rec.warnings)
    assert not _binary(polsek_nlp.analyze(ARTICLE * 20 + "\x01" * 80).warnings)


def test_random_bytes_decoded_with_replace_still_warn_as_binary():
    junk = random.Random(7).randbytes(8000).decode("utf-8", errors="replace")
    assert _binary(polsek_nlp.analyze(junk).warnings)


class _Counted:
    def __init__(self, pat, calls: list[str], name: str):
        self.pat, self.calls, self.name = pat, calls, name

    def __getattr__(self, attr):
        def counted(*a, **k):
            self.calls.append(self.name)
            return getattr(self.pat, attr)(*a, **k)
        return counted


def test_a_plain_article_is_not_scanned_for_control_characters(monkeypatch):
    """The count of removed binary characters comes from the cleaning step, which a plain article skips:
    no pattern of control characters reads it (before: the shape check scanned its head once more)."""
    from polsek_nlp.lang import text as T

    calls: list[str] = []
    for name in ("_CONTROL", "_BINARYISH"):
        monkeypatch.setattr(T, name, _Counted(getattr(T, name), calls, name))
    rec = polsek_nlp.analyze(ARTICLE, published="2026-03-10T09:00")
    assert rec.warnings == [] and calls == []
    assert _binary(polsek_nlp.analyze("\x00\x01" * 400 + ARTICLE).warnings)
    assert calls == ["_CONTROL", "_CONTROL", "_BINARYISH"]
