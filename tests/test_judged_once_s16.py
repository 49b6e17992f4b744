"""Work a Doc asks once and reuses (issue 20, session 16): counted, not timed."""
from __future__ import annotations

from collections import Counter

import polsek_nlp
from polsek_nlp.knowledge import lexicon

TEXT = ("Kapolres Lembah Hijau AKBP Dirga Sanjaya mengatakan Kepala Dinas Sosial Kota Lembah Hijau turut "
        "hadir. Kasat Reskrim Polres Lembah Hijau AKP Rendi Wiratama memimpin rapat di kantor Polres.")


def test_a_phrase_tables_longest_matches_are_chosen_once_per_doc(monkeypatch):
    """The posts' table is asked for its longest matches by the officers, the institutions and the places
    of one Doc: the matches are sorted and chosen once, the later askers read the choice (before: three
    choices an article)."""
    chosen: Counter = Counter()
    real = lexicon.PhraseTable.matches

    def counting(self, doc):
        chosen[self.id] += 1
        return real(self, doc)

    polsek_nlp.analyze(TEXT)  # every table built
    monkeypatch.setattr(lexicon.PhraseTable, "matches", counting)
    record = polsek_nlp.analyze(TEXT)
    assert record.officers  # the posts were read
    assert chosen[lexicon.positions().id] == 1


def test_the_choice_is_a_copy_for_each_asker():
    """An asker that changes the list it got does not change what the next one reads."""
    nlp = polsek_nlp.load()
    doc = nlp.make_doc(TEXT)
    first = lexicon.positions().find(doc)
    assert first
    first.clear()
    assert lexicon.positions().find(doc)


def test_the_span_groups_earlier_components_wrote_are_read_from_the_docs_view(monkeypatch):
    """The persons' scan reads the institutions and the persons found before it, and the institutions' pass the
    persons, from the lists the Doc's view holds (`spans.group`): reading a SpanGroup (`doc.spans.get`) builds a
    new Span object for each of its spans every time (before: three such reads an article)."""
    from spacy.tokens._dict_proxies import SpanGroups

    asked: Counter = Counter()
    real = SpanGroups.get

    def counting(self, key, default=None):
        asked[key] += 1
        return real(self, key, default)

    monkeypatch.setattr(SpanGroups, "get", counting)
    text = ("Ketua Yayasan Cahaya Lestari, Bambang Irawan, mengatakan BI akan hadir. Kepala Dinas Pendidikan "
            "Kota Lembah Hijau Sri Rahayu menyambut rombongan Yayasan Cahaya Lestari.")
    record = polsek_nlp.analyze(text)
    assert record.persons and record.institutions
    assert not asked.keys() & {"persons", "institutions"}
