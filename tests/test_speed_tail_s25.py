"""The record's tail, session 25 (issue 20, s25spd2): the entity columns and the spoken-of factor read with less
work, the same values. Counted and compared, never timed. Names, places and sentences are invented."""
from __future__ import annotations

import random

import numpy
from spacy.strings import hash_string

import polsek_nlp
from polsek_nlp.doc.spans import lower_keys
from polsek_nlp.knowledge.words import word_list
from polsek_nlp.resolve import entities, events


def _iob_by_sums(n: int, chosen: list[tuple[int, int, int, int]]) -> numpy.ndarray:
    """The entity columns as sessions 10-24 built them: each value added at its entity's start, taken away at its end,
    a running sum down the columns."""
    steps = numpy.zeros((n + 1, 3), dtype="uint64")
    chosen = [c for c in chosen if c[1] > c[0]]
    if chosen:
        bounds = numpy.array([(s, e) for s, e, _, _ in chosen], dtype=numpy.intp)
        values = numpy.array([(1, label, kb) for _, _, label, kb in chosen], dtype="uint64")
        steps[bounds[:, 0]] += values
        steps[bounds[:, 1]] -= values
    iob = numpy.cumsum(steps[:n], axis=0, dtype="uint64")
    iob[:, 0] = numpy.where(iob[:, 0] != 0, 1, 2)
    if chosen:
        iob[bounds[:, 0], 0] = 3
    return iob


def test_the_entity_columns_are_the_running_sums_columns():
    """`_iob_array` (runs of a small table) gives the running sums' columns for any non-overlapping entities in any
    order: empty spans, adjacent entities, an entity at either end, hashes above 2**63, no tokens at all."""
    rng = random.Random(25)
    for _ in range(3000):
        n, at, chosen = rng.randint(0, 120), 0, []
        while True:
            start = at + rng.randint(0, 5)
            end = start + rng.randint(0, 4)
            if end > n:
                break
            chosen.append((start, end, rng.getrandbits(64), rng.choice((0, rng.getrandbits(64)))))
            at = end
        rng.shuffle(chosen)
        got, want = entities._iob_array(n, chosen), _iob_by_sums(n, chosen)
        assert got.dtype == want.dtype and got.shape == want.shape and (got == want).all()
        assert got.flags["C_CONTIGUOUS"]


def test_the_entities_of_an_article_stand_as_before():
    """Through the pipeline: the entities the columns carry, each with its label, begin where they begin."""
    doc = polsek_nlp.load()("Kapolsek Lembah Hijau AKP Darmono Suwiryo meninjau Pasar Sukamekar di Kabupaten Garut, "
                            "Senin (3/6/2024). Ia didampingi Kepala Desa Sukamekar, Wartini.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Darmono Suwiryo", "PERSON") in ents
    assert all(doc[e.start].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in e[1:]) for e in doc.ents)
    assert sum(t.ent_iob_ == "O" for t in doc) == len(doc) - sum(len(e) for e in doc.ents)


def _spoken_by_keys(doc, n: int) -> numpy.ndarray:
    """The factor as sessions 14-24 read it: the tokens' LOWER keys searched among the cues' and the ends' keys."""
    lower = lower_keys(doc)
    cue_keys = {hash_string(w) for w in word_list("mention_cues", "role", "cue")}
    end_keys = {hash_string(w) for w in word_list("mention_cues", "role", "end")}
    factor = numpy.ones(n)
    ends = [i for i, k in enumerate(lower.tolist()) if k in end_keys]
    for cue in (i for i, k in enumerate(lower.tolist()) if k in cue_keys):
        after = [e for e in ends if e >= cue]
        factor[cue + 1:after[0] if after else n] = events.MENTIONED_WEIGHT
    return factor


def test_the_spoken_of_factor_is_read_from_word_flags_as_from_the_keys():
    """The clause a cue of demand opens (any case), to its comma or stop or to the text's end, weighs a quarter, as
    the keys' search said; a text without a cue weighs 1 throughout."""
    nlp = polsek_nlp.load()
    for text in ("Ratusan mahasiswa berunjuk rasa MENUNTUT polisi menangkap pelaku pembakaran, lalu membubarkan diri.",
                 "Warga Meminta aparat menindak pelaku; Agar tidak ada lagi tawuran antarpelajar di Desa Sukamekar",
                 "Polsek Lembah Hijau menangkap dua pencuri sepeda motor di Pasar Sukamekar, Senin (3/6/2024).",
                 "Mengimbau warga untuk tidak membakar lahan. Kapolsek menuntut, mendesak dan melarang"):
        doc = nlp(text)
        got, want = events._spoken_of(doc, len(doc)), _spoken_by_keys(doc, len(doc))
        assert (got == want).all(), text
    assert (events._spoken_of(nlp("Polsek Lembah Hijau menangkap dua pencuri."), 7) == 1).all()
