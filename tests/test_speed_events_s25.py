"""The event stage's trigger counts, session 25 (issue 20, s25spd4): the same values read from the flagged trigger
tokens, not from every token's key. Compared, never timed. Names, places and sentences are invented."""
from __future__ import annotations

from collections import Counter

import numpy

import polsek_nlp
from polsek_nlp.doc.spans import sentence_start_chars
from polsek_nlp.resolve import events

TEXTS = (
    "Polsek Lembah Hijau menangkap dua pencuri sepeda motor di Pasar Sukamekar, Senin (3/6/2024). Pencurian itu "
    "terjadi malam hari. Warga menuntut polisi menangkap pelaku pencurian lain, lalu pulang.",
    "Kapolres Tanjung Sari AKBP Darmono Suwiryo memimpin rapat koordinasi pengamanan Pilkada. Rapat dihadiri camat "
    "dan Kasat Reskrim. Ia meminta warga menolak politik uang; Penganiayaan di Desa Sukamekar juga dibahas.",
    "Banjir merendam Desa Sukamekar. BANJIR itu datang tiba-tiba, kata Wartini. Tawuran antarpelajar juga terjadi "
    "di Jalan Melati, dan polisi menangkap lima pelajar. Tawuran berulang.",
    "Sebuah rapat di kantor desa berjalan lancar.",
)


def _scores_by_whole_array(doc, lead_tokens: int) -> Counter[str]:
    """`_type_scores` as sessions 14-24 counted: each trigger key compared with every token's LOWER key."""
    phrases = events.event_types()[2]
    scores: Counter[str] = Counter()
    lower, triggers = events._doc_triggers(doc)
    outside = events._outside_names(doc, len(lower))
    spoken = events._spoken_of(doc, len(lower))
    if triggers:
        weight = numpy.where(numpy.arange(len(lower)) < lead_tokens, 2.0, 1.0) * outside * spoken
        for key, types_ in triggers:
            total = float(weight[lower == key].sum())
            if total:
                for t in types_:
                    scores[t] += total
    for start, _end, form in phrases.find(doc):
        if outside[start]:
            for t in phrases.get(form):
                scores[t] += (2.0 if start < lead_tokens else 1.0) * spoken[start]
    return scores


def _trigger_sentences_by_whole_array(doc, types: list[str], lead_end: int) -> tuple[set[int], list[int]]:
    """`_trigger_sentences` as sessions 14-24 found each key's tokens: `flatnonzero(lower == key)`."""
    if not types or types == ["lainnya"]:
        return set(), []
    wanted = set(types)
    lower, triggers = events._doc_triggers(doc)
    hits = [(key, hit) for key, hit in triggers if not wanted.isdisjoint(hit)]
    if not hits:
        return set(), []
    where = {key: numpy.flatnonzero(lower == key).tolist() for key, _ in hits}
    lead_tokens = events._token_at(doc, lead_end)
    named = {t for key, hit in hits if where[key][0] < lead_tokens for t in hit} & wanted
    hits = [(key, hit) for key, hit in hits if not named.isdisjoint(hit)]
    positions = sorted(k for key, _ in hits for k in where[key])
    return set(sentence_start_chars(doc, positions)), [doc[k].idx for k in positions]


def test_type_scores_from_the_flagged_triggers_are_the_whole_arrays():
    """Each type's score, and the order the types were first counted in, as the whole array gave them: triggers in
    the lead and after it, in any case, inside a name and in a clause of demand; a text without a trigger."""
    nlp = polsek_nlp.load()
    for text in TEXTS:
        doc = nlp(text)
        for lead in (0, 5, 20, len(doc)):
            got, want = events._type_scores(doc, lead), _scores_by_whole_array(doc, lead)
            assert list(got.items()) == list(want.items()), (text, lead)


def test_trigger_sentences_from_the_flagged_triggers_are_the_whole_arrays():
    nlp = polsek_nlp.load()
    for text in TEXTS:
        doc = nlp(text)
        types = sorted({t for hit in events._doc_triggers(doc)[1] for t in hit[1]})
        for wanted in (types, types[:1], ["lainnya"]):
            for lead_end in (20, 80, len(text)):
                got = events._trigger_sentences(doc, wanted, lead_end)
                assert got == _trigger_sentences_by_whole_array(doc, wanted, lead_end), (text, wanted, lead_end)

