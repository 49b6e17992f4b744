"""The incident stage's cost (issue 20, session 22, s22spd): the same readings with less work. Counted, never
timed. Names, places and sentences are invented."""
from __future__ import annotations

import random

import polsek_nlp
from helpers import Asked as _Asked
from polsek_nlp.recognize import incident_arrests, incident_people, incident_suspects, incident_words
from polsek_nlp.recognize.incident_shapes import counted_or_headed_matches
from polsek_nlp.recognize.incident_words import (
    arrest_verb_list,
    cue_matches,
    cue_regex,
    headed_matches,
    word_heads,
    word_tuple,
)

_PUBLISHED = "2024-06-07"


def _count_calls(monkeypatch, module, name: str) -> list[tuple]:
    calls: list[tuple] = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]


def test_the_cue_scan_finds_what_the_pattern_in_any_case_finds():
    """`cue_matches` (the cue words found in the lowered text, each matched again on the text) gives the matches of
    `cue_regex().finditer`, the text's own (its case kept), on invented sentences and 3,000 random ones of the cue
    words in three cases, glued by hyphens, underscores, digits and the letters whose lower case `str` and `re` read
    apart (İ ı ſ: such a text is scanned as before) or alike (the Kelvin sign)."""
    ws = list(incident_words._cue_words())
    texts = ["Polisi MENANGKAP dua Tersangka di Desa Sukamekar.", "pra-tersangka", "tersangka_x", "Tersangkanya kabur",
             "Barang  Bukti berupa sabu", "korban2 tewas", "\u212aorban tewas", "\u0130ni tersangka", "x\u017ftersangka",
             "", "Warga menggelar kerja bakti."]
    rng = random.Random(22)
    pieces = [" ", "  ", "-", "_", ".", ",", "(", "\n", "1", "x", "\u212a", "\u0130", "\u0131", "\u017f", "ß"]

    def word() -> str:
        w = rng.choice(ws)
        return rng.choice((w, w.upper(), w.title()))

    texts += ["".join(word() if rng.random() < 0.5 else rng.choice(pieces) for _ in range(rng.randint(1, 14)))
              for _ in range(3000)]
    for t in texts:
        assert _spans(cue_matches(t)) == _spans(cue_regex().finditer(t)), t


def test_a_gated_article_is_scanned_for_cues_once_in_one_case(monkeypatch):
    """The cue test of an article the gate lets through scans the lowered text with the case-sensitive twin of the
    cue words' pattern (`_lower_alt`), once; cue words in title case (`Tersangka`) still make the report, and its
    suspect and evidence are read as before."""
    asked = _count_calls(monkeypatch, incident_words, "_lower_alt")
    text = ("Tersangka Rukmana Hadiwijaya (27) ditangkap anggota Polsek Sungai Jernih di Kelurahan Tanjung Sari, Rabu "
            "(5/6/2024). Ia diduga menjambret tas seorang pelajar. Polisi menyita sebilah pisau dari tangan Tersangka.")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert [s.name for s in rec.suspects] == ["Rukmana Hadiwijaya"]
    assert [e.item for e in rec.evidence] == ["pisau"]
    assert [a[0] for a in asked].count(incident_words._cue_words()) == 1


def test_a_gated_article_with_no_report_is_still_none():
    """A text with a core word but no report (a role word of business) stays without incident facts."""
    text = ("Para pelaku usaha di Desa Sukamekar mengikuti pelatihan pemasaran daring. Pelatihan itu digelar dinas "
            "koperasi selama tiga hari di balai desa.")
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    assert rec.suspects == [] and rec.victims == [] and rec.evidence == []


def test_the_agent_and_rider_patterns_are_built_once(monkeypatch):
    """`agent_arrested` and `riders_named` read by patterns built once per process (before: the agent nouns' and the
    riding verbs' tries were built again at every article the stage read); the readings stay: the driver the text
    says held, the rider a later sentence says died."""
    text = ("Sebuah truk menabrak sepeda motor yang dikendarai Wardiman (31) di Desa {0}, Kecamatan Lembah Hijau, "
            "Senin (3/6/2024). Pengendara sepeda motor itu tewas di lokasi kejadian. Sopir truk kini ditahan polisi.")
    villages = ["Sukamekar", "Cibeureum", "Margamulya"]
    polsek_nlp.analyze(text.format(villages[0]), published=_PUBLISHED)  # what a first article builds, built
    built = _count_calls(monkeypatch, incident_arrests, "trie_alternation")
    built_people = _count_calls(monkeypatch, incident_people, "trie_alternation")
    for village in villages[1:]:  # new texts: no reading is taken from a cache of the text
        rec = polsek_nlp.analyze(text.format(village), published=_PUBLISHED)
        assert [(v.name, v.status) for v in rec.victims] == [("Wardiman", "tewas")]
        assert [(s.role, s.status) for s in rec.suspects] == [("pengemudi", "ditahan")]
    assert built == [] and built_people == []


def _arrests(text: str) -> int | None:
    rec = polsek_nlp.analyze(text, published=_PUBLISHED)
    return rec.event.arrests if rec.event else None


def test_the_counted_arrests_are_read_only_where_a_count_or_their_word_stands(monkeypatch):
    """The patterns of the arrests counted as a part (`Tiga di antaranya ... ditahan`) and as others (`dua lainnya
    dibekuk`) start with a count: they are matched only where the text's counts start (`count_matches`), never scanned
    over the whole text; the one of `yang berjumlah enam orang` only in a text that writes `berjumlah`. The counts
    read stay: a part is no more than its whole, others add to those counted before, a numbered group counts."""
    part = _Asked(incident_arrests._of_them_arrested())
    others = _Asked(incident_arrests._bare_others_said())
    numbered = _Asked(incident_arrests._numbered_arrested())
    monkeypatch.setattr(incident_arrests, "_of_them_arrested", lambda: part)
    monkeypatch.setattr(incident_arrests, "_bare_others_said", lambda: others)
    monkeypatch.setattr(incident_arrests, "_numbered_arrested", lambda: numbered)
    assert _arrests("Polsek Lembah Hijau mengamankan tujuh pemuda yang terlibat tawuran di Desa Sukamekar, Sabtu "
                    "(1/6/2024). Tiga di antaranya sudah ditetapkan sebagai tersangka dan ditahan.") == 7
    assert _arrests("Lima pelaku ditangkap di Desa Sukamekar pada Senin (3/6/2024), sedangkan tiga lainnya dibekuk di "
                    "Desa Cibeureum.") == 8
    assert numbered.asked["finditer"] == 0  # neither text writes `berjumlah`
    assert _arrests("Para pelaku, yang berjumlah enam orang, ditangkap polisi di Desa Sukamekar pada Senin (3/6/2024). "
                    "Mereka mencuri dua ekor sapi milik warga.") == 6
    assert numbered.asked["finditer"] == 1
    assert part.asked["finditer"] == 0 and others.asked["finditer"] == 0
    assert part.asked["match"] > 0 and others.asked["match"] > 0  # at the counts (`tujuh`, `Tiga`, `Lima`, `tiga` ...)


def test_the_listed_arrested_and_the_roles_sought_are_read_only_where_their_heads_stand(monkeypatch):
    """The count arrested then listed (`Tiga pelaku ... ditangkap polisi. Mereka adalah ...`, `menangkap tiga orang,
    yakni ...`) is matched only at the text's counts and its active verbs of arrest (`counted_or_headed_matches`), the
    roles the police still seek (`Polisi masih mencari bandar`) only where a word of the police starts
    (`headed_matches`): neither pattern is scanned over the whole text, and the readings stay."""
    listed = _Asked(incident_suspects._counted_then_listed())
    sought = _Asked(incident_suspects._sought())
    monkeypatch.setattr(incident_suspects, "_counted_then_listed", lambda: listed)
    monkeypatch.setattr(incident_suspects, "_sought", lambda: sought)
    rec = polsek_nlp.analyze("Tiga pelaku jambret yang kerap beraksi di Jalan Merpati ditangkap polisi, Rabu (5/6/2024). "
                             "Mereka adalah HS (24), TR (20) dan YK (26).", published=_PUBLISHED)
    assert sorted((s.name, s.status) for s in rec.suspects) == [("HS", "ditangkap"), ("TR", "ditangkap"), ("YK", "ditangkap")]
    rec = polsek_nlp.analyze("Dua pria ditangkap dalam penggerebekan di Kelurahan Tanjung Sari, Rabu (5/6/2024). Polisi "
                             "masih mencari bandar yang memasok sabu kepada keduanya.", published=_PUBLISHED)
    assert [(s.role, s.status) for s in rec.suspects] == [("bandar", "buron")]
    assert listed.asked["finditer"] == 0 and sought.asked["finditer"] == 0
    assert listed.asked["match"] > 0 and sought.asked["match"] > 0


def test_the_listed_and_sought_patterns_match_as_their_whole_text_scans():
    """`counted_or_headed_matches` and `headed_matches` give the two patterns' `finditer` matches, on invented
    sentences of both branches of the listed count (a count, an active verb in any case) and 3,000 random ones of
    their pieces (a hyphen or a full stop before a count, a letter `str` and `re` case apart)."""
    pats = [(incident_suspects._counted_then_listed(),
             lambda t: counted_or_headed_matches(incident_suspects._counted_then_listed(), t,
                                                 word_heads(arrest_verb_list("active", ("held", "secures"))))),
            (incident_suspects._sought(),
             lambda t: headed_matches(incident_suspects._sought(), t, word_heads(word_tuple("police"))))]
    texts = ["Polisi MENANGKAP tiga orang di lokasi, yakni HS, TR dan YK.", "Petugas menangkap 3 orang pemuda, yaitu A.",
             "Dua pria ditangkap di sana, yakni A dan B.", "x-dua pria ditangkap di sana, yakni A.", "Polisi kini memburu bandar.",
             "Aparat masih mencari penjual sabu itu.", "\u0130ki polisi mencari bandar.", ""]
    rng = random.Random(4)
    pieces = ["tiga", "Tiga", "3", "dua", "orang", "pria", "ditangkap", "menangkap", "MENGAMANKAN", "mengamankan",
              ", yakni", ", yaitu", ". Mereka adalah", "-", ".", ",", "A", "B", "dan", "Polisi", "polisi", "aparat",
              "mencari", "memburu", "bandar", "penjual", "\u0130", "Keduanya", "x"]
    texts += [" ".join(rng.choice(pieces) for _ in range(rng.randint(3, 16))) for _ in range(3000)]
    for pat, scan in pats:
        for t in texts:
            assert _spans(scan(t)) == _spans(pat.finditer(t)), t
