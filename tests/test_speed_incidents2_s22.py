"""The incident stage's remaining whole-text scans (issue 20, session 22, s22spd3): the same readings with less work.
Counted, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import random
import re

import polsek_nlp
from helpers import Asked as _Asked
from polsek_nlp.recognize import incident_arrests, incident_shapes, incident_suspects, incident_victims
from polsek_nlp.recognize.incident_arrests import _ALSO, _BESIDES
from polsek_nlp.recognize.incident_words import (
    compiled,
    headed_matches,
    matches_at,
    parted_word_list,
    word_heads,
)

_PUBLISHED = "2024-06-07"


def _asked_when(monkeypatch, module, name: str, marker: str) -> list[_Asked]:
    """Wrap the patterns `module.name` builds whose source holds `marker` (`compiled`, `name_context`)."""
    real, made = getattr(module, name), []

    def build(pattern, *args, **kwargs):
        pat = real(pattern, *args, **kwargs)
        if marker in pattern:
            made.append(_Asked(pat))
            return made[-1]
        return pat

    monkeypatch.setattr(module, name, build)
    return made


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


_BESIDES_TEXT = ("Seorang pemuda, Darsono, 19 tahun, tewas dibacok di Desa Sukamekar, Rabu (5/6/2024). Polisi menangkap "
                 "pelaku, Wiryo Prakoso (33), di rumahnya. Selain Wiryo, polisi juga menangkap dua orang pemuda yang ikut "
                 "mengeroyok korban.")


def test_the_age_and_the_arrested_besides_are_read_only_where_they_can_start(monkeypatch):
    """A name with its age in apposition (`Darsono, 19 tahun,`, `Wiryo Prakoso (33)`) is matched only at the one to
    three capitalised words before an age's `,` or `(` (`_age_name_starts`), the arrested besides (`Selain X, polisi
    juga menangkap dua orang pemuda`) only where `selain`, `juga`, `pun`, `turut` start: neither pattern is scanned over
    the whole text, and the readings stay (the victim's age, one named and two unnamed arrested)."""
    age = _Asked(incident_shapes._AGE_APPOSITION)
    monkeypatch.setattr(incident_shapes, "_AGE_APPOSITION", age)
    besides = _asked_when(monkeypatch, incident_arrests, "compiled", "Selain")
    incident_arrests.arrested_besides.cache_clear()
    rec = polsek_nlp.analyze(_BESIDES_TEXT, published=_PUBLISHED)
    assert [(v.name, v.age, v.status) for v in rec.victims] == [("Darsono", 19, "tewas")]
    assert [(s.name, s.status) for s in rec.suspects] == [("Wiryo Prakoso", "ditangkap"), (None, "ditangkap"),
                                                          (None, "ditangkap")]
    assert rec.event.arrests == 3
    assert age.asked["finditer"] == 0 and age.asked["match"] > 0
    assert besides and all(b.asked["finditer"] == 0 for b in besides) and sum(b.asked["match"] for b in besides) > 0


def test_the_counted_perpetrators_and_the_harmed_are_read_only_where_their_words_start(monkeypatch):
    """The perpetrators counted after their noun (`pelaku yang berjumlah empat orang`) and by a verb of attack
    (`dianiaya oleh tiga orang pria`) and the people a verb of harm counts (`menganiaya dua warga`) or a victim count
    names (`dengan korban lima perempuan`) are matched only where the role, the verb or `korban` starts (in lower
    case), never scanned over the whole text; the readings stay."""
    numbered = _asked_when(monkeypatch, incident_suspects, "compiled", "(?:berjumlah|sebanyak)")
    attacked = _asked_when(monkeypatch, incident_suspects, "name_context", "{attacked_by}")
    harmed = _Asked(incident_victims._harmed_count())
    korban = _Asked(incident_victims._korban_count())
    monkeypatch.setattr(incident_victims, "_harmed_count", lambda: harmed)
    monkeypatch.setattr(incident_victims, "_korban_count", lambda: korban)
    incident_suspects._suspect_counts.cache_clear()
    rec = polsek_nlp.analyze("Kawanan pelaku yang berjumlah empat orang menganiaya dua warga Desa Cibeureum, Senin (3/6/2024). "
                             "Korban dianiaya oleh tiga orang pria bersenjata tajam.", published=_PUBLISHED)
    assert [s.role for s in rec.suspects] == ["pelaku"] * 4
    assert len(rec.victims) == 2
    text = "Polisi menyelidiki kasus perdagangan orang dengan korban lima perempuan di Kelurahan Tanjung Sari."
    assert [n for n, *_ in incident_victims._counted_after_korban(text)] == [5]
    asked = numbered + attacked + [harmed, korban]
    assert numbered and attacked
    assert all(p.asked["finditer"] == 0 for p in asked)
    assert all(p.asked["match"] > 0 for p in (harmed, korban)) and sum(p.asked["match"] for p in numbered + attacked) > 0


def _scans() -> list[tuple[re.Pattern, object]]:
    """Each pattern of this step with the scan that now reads it."""
    from polsek_nlp.recognize.incident_shapes import name_context
    from polsek_nlp.recognize.incident_words import parted_words
    from polsek_nlp.recognize.quantities import number_pattern

    num = number_pattern()
    numbered = compiled(rf"(?:{parted_words('counted_role', ('numbered',))})\s+(?:yang\s+)?(?:berjumlah|sebanyak)\s+"
                        rf"(?P<n>{num})\s+orang", re.IGNORECASE)
    attacked = name_context(rf"{{attacked_by}}\s+(?:oleh\s+)?(?P<n>{num})\s+(?:orang\s+)?{{attacker}}\b")
    besides = compiled(rf"(?:\b{_BESIDES}\b[^.;]{{0,60}}|\b(?:{_ALSO})\s+(?:\w+\s+)?)"
                       rf"(?:{incident_arrests.arrest_verbs('active', ('held',))})\s+(?P<n>{num})\s+(?:orang\s+)?"
                       rf"(?:{incident_arrests.arrested_nouns()})\b(?!\s*,?\s*yang\s+bernama)", re.IGNORECASE)
    verbs, acts = incident_victims._harm_words()
    age = incident_shapes._AGE_APPOSITION
    return [
        (age, lambda t: matches_at(age, t, incident_shapes._age_name_starts(t))),
        (numbered, lambda t: headed_matches(numbered, t, word_heads(parted_word_list("counted_role", ("numbered",))))),
        (attacked, lambda t: headed_matches(attacked, t, word_heads(parted_word_list("name_context", ("attacked_by",))))),
        (besides, lambda t: headed_matches(besides, t, compiled(f"{_BESIDES}|{_ALSO}".lower()))),
        (incident_victims._harmed_count(),
         lambda t: headed_matches(incident_victims._harmed_count(), t, word_heads(verbs + acts))),
        (incident_victims._korban_count(), lambda t: headed_matches(incident_victims._korban_count(), t, compiled("korban"))),
    ]


def test_the_headed_scans_match_as_the_whole_text_scans():
    """Each scan gives its pattern's `finditer` matches (spans and groups), on invented sentences and 4,000 random
    ones of their pieces: names of one to four capitalised words before `, 22,`, `(22)`, `, 19 tahun.` (a space, a
    dot, a hyphen, a digit before them), the opening words in three cases, a letter `str` and `re` case apart (İ)."""
    texts = [_BESIDES_TEXT, "Bu Yati (45) dan Suryo Adi Nugroho Putro, 30, warga X.", "A.Budi (22)", "x-Budi, 22, dia",
             "Budi\u00a0Santoso (22)", "PELAKU YANG BERJUMLAH TIGA ORANG", "Dianiaya Oleh 2 orang pria", "\u0130ni Budi (3)",
             "Selain itu polisi PUN menangkap 2 orang pelaku.", "", "Korbannya sebanyak tiga santri."]
    rng = random.Random(20)
    pieces = ["Budi", "Santoso", "Adi", "bu", "Bu", "X", "A.", "(22)", "( 22 )", ", 22,", ",22", ", 19 tahun.", ", 19 tahun lalu",
              "(7 tahun)", "(", ",", ".", "-", "1", "\n", "\u0130", "pelaku", "Pelaku", "yang", "berjumlah", "SEBANYAK",
              "orang", "dianiaya", "oleh", "tiga", "dua", "pria", "Selain", "juga", "pun", "turut", "menangkap",
              "mengamankan", "pemuda", "korban", "korbannya", "menganiaya", "penganiayaan", "terhadap", "warga",
              "perempuan", "gadis", "berusia", "14"]
    texts += [rng.choice(("", " ")).join(rng.choice(pieces) for _ in range(rng.randint(2, 16))) for _ in range(4000)]
    for pat, scan in _scans():
        for t in texts:
            assert _spans(scan(t)) == _spans(pat.finditer(t)), (pat.pattern[:40], t)
