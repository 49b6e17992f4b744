"""Work an incident article asks only where it can find something (issue 20, session 20): counted, not timed.
Names, places and sentences are invented."""
from __future__ import annotations

import random
import re

import polsek_nlp
from polsek_nlp.recognize import incident_harm, incident_victims

_PUBLISHED = "2024-06-07"


def _victims(text: str) -> dict[str | None, str | None]:
    return {v.name: v.status for v in polsek_nlp.analyze(text, published=_PUBLISHED).victims}


def test_the_word_before_an_owned_place_is_read_from_a_word_start():
    """`_owned_place` reads the word before `rumah`, `toko` ... only where a word starts: the match (and its `before`
    group) is what the pattern without that bound found, on invented windows and random ones of its pieces."""
    new = incident_harm._owned_place()
    old = re.compile(new.pattern.replace(r"(?:(?<![\w-])(?P<before>", r"(?:(?P<before>", 1), new.flags)
    assert old.pattern != new.pattern
    windows = ["Polisi menangkap pelaku di rumah ", "Rumah ", "rumah H. ", "Warga melihat toko ", "(di-rumah ",
               "x.di kediaman ", "sebuah kios Ny. ", "pelaku masuk ke gudang ", "Gudang-gudang milik ", "kandang  "]
    rng = random.Random(20)
    pieces = ["di", "ke", "rumah", "toko", "Rumah", " ", "  ", "-", ".", "H.", "warga", "(", "x", "kamar"]
    windows += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for w in windows:
        a, b = old.search(w), new.search(w)
        assert (a and (a.span(), a.group("before"))) == (b and (b.span(), b.group("before"))), w


def test_an_owner_whose_place_was_broken_into_is_still_a_victim():
    """Through `analyze`: `Rumah X (45) ... dibobol` makes X a victim robbed; `ditangkap di rumah X` does not."""
    text = ("Polsek Lembah Hijau menangkap dua pencuri. Rumah Sutarjo Wiranata (45) di Desa Sukamekar dibobol "
            "maling pada Senin (3/6). Pelaku membawa kabur televisi dan perhiasan.")
    assert _victims(text).get("Sutarjo Wiranata") == "dirugikan"
    text = ("Polisi menangkap Darmono Suwiryo (31) di rumah Kasmidi Purnomo (50) di Desa Sukamekar. "
            "Darmono diduga mencuri sepeda motor warga.")
    assert "Kasmidi Purnomo" not in _victims(text)


def _count_search_context(monkeypatch) -> list[str]:
    asked: list[str] = []
    real = incident_victims.word_regex

    def counted(kind: str):
        asked.append(kind)
        return real(kind)

    monkeypatch.setattr(incident_victims, "word_regex", counted)
    return asked


def test_no_search_for_the_lost_is_sought_where_no_one_is_said_missing(monkeypatch):
    """`sought_not_lost` scans the whole text for a search of the lost (`search_context` rows) only when a person is
    said to be sought (before: on every article the incident stage reads)."""
    asked = _count_search_context(monkeypatch)
    rec = polsek_nlp.analyze("Polres Lembah Hijau menangkap Darmono Suwiryo (31), tersangka pencurian sepeda motor, "
                             "di Desa Sukamekar pada Senin (3/6). Tersangka dijerat Pasal 363 KUHP.", published=_PUBLISHED)
    assert [s.name for s in rec.suspects] == ["Darmono Suwiryo"]
    assert asked.count("search_context") == 0


def test_a_person_sought_in_a_search_for_the_lost_is_still_missing(monkeypatch):
    """Where a person is only `dalam pencarian`, the scan is made (once) and decides as before: a SAR search keeps
    the person missing."""
    asked = _count_search_context(monkeypatch)
    text = ("Sebuah perahu terbalik dihantam ombak di perairan Tanjung Lembah, Selasa (4/6/2024). Tiga nelayan tewas, "
            "tim SAR gabungan menyisir perairan. Seorang nelayan lain, Warsono (40), masih dalam pencarian.")
    assert _victims(text).get("Warsono") == "hilang"
    assert asked.count("search_context") == 1


def test_a_person_the_police_seek_asks_no_search_for_the_lost(monkeypatch):
    """`dalam pencarian polisi` decides without the scan: the person is not missing, whatever the article says of a
    search of the lost (before: the scan was made anyway)."""
    asked = _count_search_context(monkeypatch)
    text = ("Polisi menangkap pelaku berinisial TR (26) di Kampung Lembah Hijau, Selasa (4/6/2024). Rekannya, Warsono "
            "(29), warga Desa Sukamekar, masih dalam pencarian polisi.")
    assert "Warsono" not in _victims(text)
    assert asked.count("search_context") == 0


class _Counted:
    """A compiled pattern whose `search` calls are counted."""

    def __init__(self, pat, calls: list[str], name: str) -> None:
        self.pat, self.calls, self.name = pat, calls, name

    def search(self, *a, **k):
        self.calls.append(self.name)
        return self.pat.search(*a, **k)

    def __getattr__(self, attr):
        return getattr(self.pat, attr)


def _count_character_scans(monkeypatch) -> list[str]:
    from polsek_nlp.lang import text as T

    calls: list[str] = []
    for name in ("_SURROGATE", "_MOJIBAKE", "_CONTROL"):
        monkeypatch.setattr(T, name, _Counted(getattr(T, name), calls, name))
    return calls


def test_a_plain_text_is_scanned_once_for_odd_characters(monkeypatch):
    """`clean` reads a text for lone surrogates, mojibake and control characters in one shared scan: a text with
    none of them asks the three steps' own patterns nothing (before: three whole-text scans an article)."""
    from polsek_nlp.lang.text import clean

    calls = _count_character_scans(monkeypatch)
    assert clean("Polisi menangkap Darmono (31) di Desa Sukamekar, Senin (3/6).") == \
        ("Polisi menangkap Darmono (31) di Desa Sukamekar, Senin (3/6).", [])
    assert calls == []


def test_the_character_steps_still_clean_where_their_characters_are(monkeypatch):
    """Where the shared scan finds one, or markup brings one (`&#x200b;`), the steps clean as before."""
    from polsek_nlp.lang.text import clean

    calls = _count_character_scans(monkeypatch)
    assert clean("Polisi\u200bmenangkap pelaku.") == ("Polisimenangkap pelaku.", ["control characters removed"])
    assert calls == ["_SURROGATE", "_MOJIBAKE", "_CONTROL"]
    calls.clear()
    got, notes = clean("<p>Polisi&#x200b;menangkap</p> pelaku di Desa Sukamekar.")
    assert got == "\nPolisimenangkap\n pelaku di Desa Sukamekar."
    assert notes == ["HTML markup stripped", "control characters removed"] and calls == ["_CONTROL"]
    text, notes = clean("Kata Jos\u00c3\u00a9 kepada polisi di Desa Sukamekar.")
    assert text.startswith("Kata Jos\u00e9 ") and notes and notes[0].startswith("mojibake repaired in 1 word")
    got, notes = clean("Polisi \ud800menangkap pelaku.")
    assert got == "Polisi \ufffdmenangkap pelaku." and notes[0].startswith("lone surrogate")
