"""`find_people`'s readers gated by the words every match of theirs holds (issue 20, session 23, s23spd2): the same
readings with less work. Counted, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import random
import re

import polsek_nlp
from helpers import Asked as _Asked
from polsek_nlp.recognize import incident_cues, incident_people, incident_victims
from polsek_nlp.recognize.incident_shapes import lacks
from test_speed_incidents2_s22 import _asked_when

_PUBLISHED = "2024-06-07"

# an incident with named people and none of the gated words (no verb of riding, no `bernama`, no noun of arrest)
_PLAIN = ("Seorang pedagang, Warsito (41), tewas dibacok di Desa Sukamekar, Rabu (5/6/2024). Polisi menangkap pelaku, "
          "Darmanto Wiguna (33), di rumahnya. Tersangka Darmanto dijerat Pasal 338 KUHP.")


def test_the_rider_is_sought_only_in_an_article_with_a_verb_of_riding(monkeypatch):
    """`riders_named` tries its pattern (`motor yang dikendarai X`) at no mention of an article that writes no verb of
    riding (`rider_verb` rows), and still reads the rider where one is written (the harm said of `Pengendara sepeda
    motor itu` is X's)."""
    rider = _Asked(incident_people._rider_before())
    monkeypatch.setattr(incident_people, "_rider_before", lambda: rider)
    rec = polsek_nlp.analyze(_PLAIN, published=_PUBLISHED)
    assert [(v.name, v.status) for v in rec.victims] == [("Warsito", "tewas")]
    assert rider.asked["search"] == 0
    rec = polsek_nlp.analyze("Sebuah truk menabrak sepeda motor yang dikendarai Sulastri Wijayanti (31) di Jalan Raya "
                             "Cikarang, Rabu (5/6/2024). Pengendara sepeda motor itu tewas di lokasi kejadian. Sopir truk, "
                             "Hendrik Sembiring (45), diamankan polisi.", published=_PUBLISHED)
    assert ("Sulastri Wijayanti", "tewas") in [(v.name, v.status) for v in rec.victims]
    assert rider.asked["search"] > 0


def test_the_anaphor_named_is_sought_only_in_an_article_that_writes_bernama(monkeypatch):
    """`anaphoric_names` (`Pria itu teridentifikasi bernama X`) tries its pattern at no mention of an article without
    `bernama`, and still reads the person named where it is written."""
    made = _asked_when(monkeypatch, incident_people, "name_context", "(?:itu|tersebut)")
    polsek_nlp.analyze(_PLAIN, published=_PUBLISHED)
    assert sum(p.asked["search"] for p in made) == 0
    rec = polsek_nlp.analyze("Seorang wanita ditemukan tewas di saluran irigasi Desa Sukamekar, Kecamatan Cibatu, Rabu "
                             "(5/6/2024). Polisi menyelidiki kematian tersebut. Wanita itu teridentifikasi bernama Sulastri "
                             "Wijayanti (31).", published=_PUBLISHED)
    assert sum(p.asked["search"] for p in made) > 0
    assert [(v.name, v.status) for v in rec.victims] == [("Sulastri Wijayanti", "tewas")]


def test_a_noun_of_arrest_is_sought_only_in_an_article_that_writes_one(monkeypatch):
    """`_read_arrest_noun_before` (`berawal dari penangkapan X`) tries its pattern at no mention of an article that
    writes no noun of arrest (`arrest_noun` rows), and still reads the arrest where one is written."""
    noun = _Asked(incident_cues._arrest_noun_before())
    monkeypatch.setattr(incident_cues, "_arrest_noun_before", lambda: noun)
    polsek_nlp.analyze(_PLAIN, published=_PUBLISHED)
    assert noun.asked["search"] == 0
    rec = polsek_nlp.analyze("Satresnarkoba Polres Cibatu mengungkap peredaran sabu di Kelurahan Tanjung Sari, Rabu "
                             "(5/6/2024). Pengungkapan kasus itu berawal dari penangkapan Rusdianto (29) di rumahnya. Dari "
                             "tangan tersangka polisi menyita 5 gram sabu.", published=_PUBLISHED)
    assert noun.asked["search"] > 0
    assert [(s.name, s.status) for s in rec.suspects] == [("Rusdianto", "ditangkap")]


def test_lacks_reads_the_words_in_any_case_and_not_a_text_it_cannot_lower():
    assert lacks("Motor itu DIKENDARAI Budi.", ("dikendarai",)) is False
    assert lacks("Motor itu dibawa Budi.", ("dikendarai", "disopiri")) is True
    assert lacks("\u0130ni motor.", ("dikendarai",)) is False  # a letter `str` and `re` case apart: searched as before


def test_the_item_end_reads_as_its_pattern():
    """`_item_end` is true where `(?:(?-i:[a-z]+)|,)\\s*$` matches, on 5,000 random windows of its pieces (a newline
    or a no-break space at the end, capitals, digits, a letter `str` and `re` case apart)."""
    pat = re.compile(r"(?:(?-i:[a-z]+)|,)\s*$")
    pieces = ["anaknya", "X", "Budi", ",", " ", "\n", "\u00a0", "\t", "(22)", "2", ".", "yakni", "A", "é", "\u0130", "-", ""]
    rng = random.Random(23)
    texts = ["", " ", ",", "a", "Z", "a\n", "a \n", "a\nX", ", \u00a0"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    for t in texts:
        assert incident_victims._item_end(t) == (pat.search(t) is not None), repr(t)
