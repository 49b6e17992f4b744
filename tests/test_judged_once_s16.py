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


def test_domain_names_are_searched_only_before_their_endings(monkeypatch):
    """`Lembahnews.com`-style outlets are searched in the 31 characters before each ending (`.com`, `.co.id`...)
    and the character after it, not at every position of the text (before: the whole text once any ending
    was written); the same names are found."""
    from polsek_nlp.recognize import institutions

    searched: list[int] = []
    real = institutions._DOMAIN

    class Counting:
        def finditer(self, text, pos=0, endpos=None, **kw):
            searched.append((len(text) if endpos is None else endpos) - pos)
            return real.finditer(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(institutions, "_DOMAIN", Counting())
    filler = "Warga desa itu bergotong royong membersihkan saluran air sejak pagi hari. " * 6
    text = filler + "Hal itu dikatakan Budi Santoso kepada Lembahnews.com, Senin (3/7). " + filler
    record = polsek_nlp.analyze(text)
    assert "Lembahnews.com" in {i.name for i in record.institutions} | {i.full_name for i in record.institutions}
    assert searched and sum(searched) <= 40 < len(text)


def test_the_domain_windows_find_what_the_whole_text_search_finds():
    from polsek_nlp.recognize.institutions import _DOMAIN, _domains

    texts = ["kata Budi kepada Lembahnews.com dan Kabarhijau.co.id, Senin.", "situs ab-cd.com, x.com dan a.comb.com",
             "ab.comx-yz.com", "mail budi@lembah.com", "www.lembah-hijau-raya.net.", "tanpa domain sama sekali",
             "Sebuah-nama-yang-sangat-panjang-sekali-lebih-dari-tiga-puluh.org", "titik.id." + " " * 40 + "dua.org"]
    for text in texts:
        assert [m.span() for m in _domains(text)] == [m.span() for m in _DOMAIN.finditer(text)], text


def test_the_year_readings_window_patterns_are_searched_from_the_year_back():
    """The two patterns the year reader searches in the window before a year and anchors at the year (`$`: a law's
    title, a named event) are compiled to search right to left, from their one possible end (before: from
    every position of the 120 characters before each year); they answer as the left-to-right ones."""
    import regex

    from polsek_nlp.recognize import timex_periods

    windows = ["Undang-Undang Dasar Negara Republik Indonesia Tahun ", "Peraturan Daerah Kota Lembah Hijau Nomor 3 ",
               "pada Pilkada Serentak ", "menjelang Lebaran ", "sejak awal ", "UU ITE. Pada ", "Perda tentang Pajak Daerah "]
    for name in ("_LAW_TITLE", "_EVENT_BEFORE"):
        pattern = getattr(timex_periods, name)
        assert pattern.flags & regex.REVERSE
        forward = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        for window in windows:
            assert (pattern.search(window) is None) == (forward.search(window) is None), (name, window)
    record = polsek_nlp.analyze("Sidang itu merujuk Undang-Undang Dasar Negara Republik Indonesia Tahun 1945. "
                                "Warga Lembah Hijau bersiap menghadapi Pilkada Serentak 2018.", published="2017-06-01")
    assert "1945" not in {d.value for d in record.dates}


def test_only_the_lines_that_may_be_headlines_are_read_word_by_word(monkeypatch):
    """The headline lines (`places.headline_words`: four capitalised words or more, no sentence mark at the end)
    are looked for among the lines the text's line breaks give; a line that ends with a sentence mark or has
    fewer than four tokens is not read word by word (before: every token tested, every line read)."""
    from polsek_nlp.recognize import places

    read: list[int] = []
    real = places._is_headline

    def counting(texts, line):
        read.append(len(line))
        return real(texts, line)

    monkeypatch.setattr(places, "_is_headline", counting)
    paragraph = "Warga Desa Sukamaju membersihkan saluran air bersama petugas kecamatan sejak pagi."
    text = "\n\n".join([paragraph, "Petugas Gabungan Bersihkan Saluran Air Warga", *[paragraph] * 5, "Ok"])
    record = polsek_nlp.analyze(text)
    assert read == [6]  # the headline alone
    assert "Bersihkan" not in {p.name for p in record.persons}


def test_the_phrase_tries_look_up_each_token_once(monkeypatch):
    """The phrase tables' shared trie picks the tokens that start a form with one look-up of its first words a
    token, in C, and builds nothing else from the Doc's words (before: a set of the Doc's words and its
    intersection with the first words, ~20 us an index and article, then a look-up a token in that)."""
    nlp = polsek_nlp.load()
    polsek_nlp.analyze(TEXT)  # every table built
    looked: Counter = Counter()

    class Counting(dict):
        def __contains__(self, key):
            looked["in"] += 1
            return dict.__contains__(self, key)

        def keys(self):
            looked["keys"] += 1
            return dict.keys(self)

    index = lexicon._SHARED[False]
    monkeypatch.setattr(index, "first", Counting(index.first))
    doc = nlp.make_doc(TEXT)
    assert lexicon.positions().matches(doc)
    assert looked == {"in": len(doc)}
