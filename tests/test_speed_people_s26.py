"""The patterns `read_context` anchors at a name, asked only of windows that can end or hold as their matches must
(issue 20, session 26, s26spd): the same readings with less work. Counted, never timed. Names, places and sentences
are invented."""
from __future__ import annotations

import random
import re

import polsek_nlp
from helpers import Asked
from polsek_nlp.recognize import incident_cues, incident_harm, incident_shapes
from polsek_nlp.recognize.incident_shapes import Mention, ends_with, first_words, holds, name_context
from polsek_nlp.recognize.incident_words import lowered

_PUBLISHED = "2024-06-07"

# an incident whose windows before the names end with no title, no word of death, of an owned place or of a seizure's
# holder, and hold no verb of shooting, sentencing or designation
_PLAIN = ("Seorang pedagang, Warsito (41), tewas dibacok di Desa Sukamekar, Rabu (5/6/2024). Polisi menangkap pelaku, "
          "Darmanto Wiguna (33), di rumahnya. Tersangka Darmanto dijerat Pasal 338 KUHP.")


def _people(text: str) -> tuple[list, list]:
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    return [(s.name, s.status) for s in rec.suspects], [(v.name, v.status) for v in rec.victims]


def _counted(monkeypatch) -> dict[str, Asked]:
    """The gated patterns, each wrapped to count what it is asked."""
    asked = {}
    for module, name in ((incident_shapes, "title_before"), (incident_harm, "_owned_place"),
                         (incident_cues, "_seized_from"), (incident_cues, "_sentenced_before")):
        pat = Asked(getattr(module, name)())
        monkeypatch.setattr(module, name, lambda pat=pat: pat)
        asked[name] = pat
    return asked


def test_the_gated_patterns_are_not_asked_of_windows_that_cannot_match(monkeypatch):
    """In an article none of whose windows ends with a title, an owned place or a holder's word, nor holds a verb of
    sentencing, none of these patterns is searched (before: each at every mention); the people are read as before."""
    asked = _counted(monkeypatch)
    assert _people(_PLAIN) == ([("Darmanto Wiguna", "ditangkap")], [("Warsito", "tewas")])
    assert {name: pat.asked["search"] for name, pat in asked.items()} == dict.fromkeys(asked, 0)


def test_the_gated_patterns_still_read_where_their_words_are(monkeypatch):
    asked = _counted(monkeypatch)
    assert _people("Polisi menangkap pelaku pembunuhan, yakni H. Darmanto (45), di Desa Sukamekar, Rabu (5/6/2024). "
                   "Korban, Warsito (41), tewas di tempat.") == ([("Darmanto", "ditangkap")], [("Warsito", "tewas")])
    assert asked["title_before"].asked["search"] > 0
    assert _people("Rumah Sulastri Wijayanti (52) di Desa Sukamekar dibobol maling, Rabu (5/6/2024). Polisi menangkap "
                   "pelaku, Darmanto Wiguna (33).") == ([("Darmanto Wiguna", "ditangkap")],
                                                      [("Sulastri Wijayanti", "dirugikan")])
    assert asked["_owned_place"].asked["search"] > 0
    assert _people("Satresnarkoba Polres Cibatu menangkap pengedar sabu di Desa Sukamekar, Rabu (5/6/2024). Petugas "
                   "menyita 5 gram sabu dari tangan Rusdianto (29).")[0] == [("Rusdianto", None)]
    assert asked["_seized_from"].asked["search"] > 0


def test_death_shooting_and_designation_are_read_as_before():
    assert _people("Polisi menyelidiki kasus tewasnya Warsito (41) di Desa Sukamekar, Rabu (5/6/2024). Pelaku, Darmanto "
                   "Wiguna (33), ditangkap.") == ([("Darmanto Wiguna", "ditangkap")], [("Warsito", "tewas")])
    assert _people("Polisi menembak mati Rusdianto (29), bandar sabu yang melawan saat ditangkap di Desa Sukamekar, Rabu "
                   "(5/6/2024).") == ([("Rusdianto", "tewas")], [])
    assert _people("Polisi menetapkan tersangka terhadap Rusdianto (29) dalam kasus pencurian sepeda motor di Desa "
                   "Sukamekar, Rabu (5/6/2024).") == ([("Rusdianto", "tersangka")], [])


_PIECES = ["rumah", "Rumah", "KEDIAMAN", "almarhum", "Almarhumah", "jasad", "tewasnya", "menembak mati", "Menembak Tewas",
           "H.", "Hj.", "KH", "Dr.", "Ab.", "A.", "di", "dari tangan", "dari SAKU", "seorang pria bernama", "yakni",
           "memvonis", "Menjatuhkan  hukuman", "menetapkan tersangka terhadap", "PENETAPAN", "menyita sabu", "pelaku",
           "\u017f", "\u0131", "\u0130", "\u212a", ",", "(22)", "\n", "\u00a0", "x"]


def _windows(n: int = 4000) -> list[str]:
    rng = random.Random(26)
    return ["", " ", "rumah ", "H. ", "almarhum\n"] + [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 8))) for _ in range(n)]


def test_each_gate_opens_wherever_its_pattern_matches():
    """On random windows of the patterns' words (three cases, a no-break space, a newline, the letters `str` and `re`
    case apart): `before_title` cuts as its pattern does, and every window a pattern matches passes its gate."""
    title = incident_shapes.title_before()
    dead = [name_context(p) for p in (r"\b{late}\s+$", r"\b{death_of}\s+$", r"\b{body}\s+$")]
    shot = re.compile(r"\bmenembak\s+(?:mati|tewas)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
    terhadap = name_context(incident_cues._TERHADAP)
    matched = 0
    for prev in _windows():
        tm = title.search(prev)
        assert incident_shapes.before_title(prev) == (prev[:tm.start()] if tm else prev), repr(prev)
        m = Mention(prev + "Budi", len(prev), len(prev) + 4, 0, 0)
        m.prev = prev
        om = incident_harm._owned_place().search(prev)
        assert incident_harm._owned_before(m) == (om is not None and (om.group("before") or "").lower()
                                                 not in incident_harm._PLACE_CUES), repr(prev)
        gates = [(any(p.search(prev) for p in dead), ends_with(m, incident_harm._death_ends())),
                 (shot.search(prev), m.prev_end is None or "menembak" in m.prev_end),
                 (incident_cues._seized_from().search(prev), ends_with(m, incident_cues._seized_from_ends())),
                 (incident_cues._sentenced_before().search(prev), holds(m, first_words("sentencing", "act"))),
                 (terhadap.search(m.text, 0, m.s), lowered(m.text) is None or any(
                     w in lowered(m.text)[:m.s] for w in first_words("name_context", "designates")))]
        for found, gate in gates:
            assert gate or not found, repr(prev)
            matched += bool(found)
    assert matched > 1000  # the windows do match the patterns
