"""Unseen cost, session 21 (issue 20, s21spd2): what this session's rules cost, taken back with the same readings.
Counted, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import polsek_nlp
from polsek_nlp.recognize import incident_facts

_PUBLISHED = "2024-06-07"


def _people_patterns_asked(monkeypatch) -> list[dict]:
    """The keyword arguments of each `_people_before` call (each the ask for a built pattern of a count of people)."""
    calls: list[dict] = []
    real = incident_facts._people_before

    def counted(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(incident_facts, "_people_before", counted)
    return calls


def test_a_calm_death_without_a_count_asks_the_pattern_without_an_age_nowhere(monkeypatch):
    """A calm word of dying with no count of people before it (a person's death recalled) is no cue: the pattern of
    a count with an age, which every count without one matches too, says so alone (before: the pattern without an
    age was built and searched first, then this one)."""
    calls = _people_patterns_asked(monkeypatch)
    rec = polsek_nlp.analyze("Pelukis senior Darsono Wiryo meninggal dunia di rumahnya di Desa Sukamekar, Senin "
                             "(3/6/2024). Ia dikenal lewat lukisan sawah.", published=_PUBLISHED)
    assert rec.casualties.dead is None
    assert {"aged": False} not in calls and calls == [{}]


def test_a_counted_calm_death_is_still_a_toll(monkeypatch):
    """A count of people before a calm word of dying is still a toll. The cause after it and the pattern without an
    age are asked only where the count's match read an age (`Seorang warga berusia 85 tahun meninggal dunia di rumah
    sakit`: an obituary's shape, no toll), the latter only with no cause of mishap after it (`setelah tertimpa`)."""
    calls = _people_patterns_asked(monkeypatch)
    causes: list[int] = []
    real_cause = incident_facts._aged_death_caused
    monkeypatch.setattr(incident_facts, "_aged_death_caused", lambda: causes.append(1) or real_cause())
    rec = polsek_nlp.analyze("Dua warga Desa Sukamekar meninggal dunia di rumah sakit, Senin (3/6/2024). Keduanya "
                             "sempat dirawat selama tiga hari.", published=_PUBLISHED)
    assert rec.casualties.dead == 2 and {"aged": False} not in calls and not causes  # no age read: neither asked
    calls.clear()
    rec = polsek_nlp.analyze("Seorang warga berusia 70 tahun meninggal dunia setelah tertimpa pohon di Desa "
                             "Sukamekar, Senin (3/6/2024).", published=_PUBLISHED)
    assert rec.casualties.dead == 1 and {"aged": False} not in calls and causes
    calls.clear()
    rec = polsek_nlp.analyze("Seorang warga berusia 85 tahun meninggal dunia di rumah sakit di Desa Sukamekar, Senin "
                             "(3/6/2024). Ia dimakamkan di kampungnya.", published=_PUBLISHED)
    assert rec.casualties.dead is None and {"aged": False} in calls
