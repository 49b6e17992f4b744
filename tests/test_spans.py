"""The array-based helpers give what spaCy's own objects give (they replace them for speed)."""
from __future__ import annotations

from pathlib import Path

import pytest

import polsek_nlp
from polsek_nlp.api import analyze_doc
from polsek_nlp.doc.spans import (
    ext,
    flagged_tokens,
    release_caches,
    sentence_bounds,
    sentence_start_chars,
    span_text,
    token_texts,
)

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "polres-purwakarta-rakor-2024.txt"
TEXTS = [
    EXAMPLE.read_text(encoding="utf-8"),
    "Polisi menangkap pencuri.\n\nKapolres  Bogor AKBP Andi Dicky,  S.I.K., memimpin apel!  “Siap,” kata dia… (19/8)",
    "satu",
    "  \n ",
]


@pytest.fixture(scope="module", params=range(len(TEXTS)))
def doc(request):
    return analyze_doc(TEXTS[request.param])[0]


def test_token_texts_and_span_text(doc):
    assert token_texts(doc) == [t.text for t in doc]
    n = len(doc)
    for a in range(0, n, max(1, n // 40)):
        for b in (a, a + 1, a + 3, n, n + 2):
            assert span_text(doc, a, b) == doc[a:b].text


def test_sentence_bounds_match_doc_sents(doc):
    assert sentence_bounds(doc) == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    tokens = list(range(len(doc)))
    assert sentence_start_chars(doc, tokens) == [doc[k].sent.start_char for k in tokens]


def test_ext_reads_what_doc_underscore_reads(doc):
    names = ("header", "meta", "people", "event", "post_tokens", "post_phrases", "command_phrases", "protected")
    for name in names:
        assert ext(doc, name) is getattr(doc._, name)
    assert ext(doc, "header") is not None  # set by the pipeline: the key is the one spaCy writes
    blank = polsek_nlp.load().make_doc("satu dua")
    for name in names:
        assert ext(blank, name) is None and getattr(blank._, name) is None


def test_word_flags_agree_with_spacys_token_attributes(doc):
    from polsek_nlp.doc.spans import LIKE_NUM, PUNCT, word_flag_list

    flags = word_flag_list(doc)
    assert [bool(f & PUNCT) for f in flags] == [t.is_punct for t in doc]
    assert [bool(f & LIKE_NUM) for f in flags] == [t.like_num for t in doc]


def test_doc_lower_keeps_offsets():
    from polsek_nlp.doc.spans import doc_lower

    doc = analyze_doc("Warga İstanbul HADIR di Balai Desa.")[0]
    lower = doc_lower(doc)
    assert len(lower) == len(doc.text)
    assert lower[lower.index("hadir"):][:5] == doc.text[doc.text.index("HADIR"):][:5].lower()
    assert lower.startswith("warga i") or lower.startswith("warga İ")


def test_group_gives_the_span_groups_spans(doc):
    from polsek_nlp.doc.spans import group

    for name in doc.spans:
        assert [(s.start, s.end, s.label_, s.kb_id_) for s in group(doc, name)] == \
            [(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans[name]]


def test_group_follows_a_group_set_elsewhere():
    from polsek_nlp.doc.spans import add_token_span, group

    doc = analyze_doc("Kapolres Bogor AKBP Andi Dicky memimpin apel di Cibinong.")[0]
    assert group(doc, "persons")
    doc.spans["persons"] = []  # replaced without add_token_span: the held Spans are stale
    assert group(doc, "persons") == []
    add_token_span(doc, "persons", 0, 1, "PERSON")
    assert [(s.start, s.end) for s in group(doc, "persons")] == [(0, 1)]
    assert [(s.start, s.end) for s in doc.spans["persons"]] == [(0, 1)]


def test_analyze_leaves_no_reference_cycle():
    """The Doc is freed when `analyze` returns, not by a later garbage collection (other threads,
    such as a dask client's, may make garbage of their own meanwhile: only Docs and Spans count)."""
    import polsek_nlp

    polsek_nlp.analyze(TEXTS[0])  # the first call loads tables, which may hold cycles
    assert _left_in_cycles(lambda: polsek_nlp.analyze(TEXTS[0])) == []


def test_an_analysed_doc_pickles_and_copies():
    import copy
    import pickle

    from polsek_nlp.doc.spans import group

    doc = analyze_doc(TEXTS[0])[0]
    for again in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc)):
        assert [(e.start, e.end, e.label_) for e in again.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
        for name in doc.spans:
            assert [(s.start, s.end) for s in group(again, name)] == [(s.start, s.end) for s in group(doc, name)]


def test_spans_changed_after_the_pipeline_are_read_afresh():
    """Found in review: the Span lists kept for the pipeline outlived it and hid later changes."""
    from polsek_nlp.doc.spans import group
    from polsek_nlp.record.build import build_record

    doc = analyze_doc(TEXTS[0])[0]
    places = list(doc.spans["places"])
    doc.spans["places"] = places[::-1]
    assert [s.start for s in group(doc, "places")] == [s.start for s in places[::-1]]
    doc.spans["places"] = [places[0]] * len(places)
    assert {p.name for p in build_record(doc).places} == {build_record(doc).places[0].name}


def test_nlp_and_stem_leave_no_reference_cycle():
    import polsek_nlp

    nlp = polsek_nlp.load()
    nlp(TEXTS[1])
    polsek_nlp.stem(TEXTS[1])

    def calls():
        nlp(TEXTS[1])
        list(nlp.pipe([TEXTS[1], TEXTS[0]]))
        polsek_nlp.stem(TEXTS[1])

    assert _left_in_cycles(calls) == []


def _left_in_cycles(action) -> list:
    """The Docs and Spans `action` leaves to the cycle collector (other threads, such as a dask
    client's, may make garbage of their own meanwhile: only Docs and Spans count)."""
    import gc

    from spacy.tokens import Doc, Span

    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        action()
        gc.collect()
        return [o for o in gc.garbage if isinstance(o, (Doc, Span))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_an_analysed_doc_serialises_with_its_annotations():
    """Doc.to_bytes and DocBin(store_user_data=True) failed: msgpack knows no dataclasses or sets."""
    from spacy.tokens import Doc, DocBin

    from polsek_nlp.record.build import build_record

    doc = analyze_doc(TEXTS[0])[0]
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert again.user_data == doc.user_data
    assert again._.header == doc._.header and again._.people == doc._.people and again._.event == doc._.event
    assert build_record(again) == build_record(doc)
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    (loaded,) = DocBin().from_bytes(docbin.to_bytes()).get_docs(doc.vocab)
    assert build_record(loaded) == build_record(doc)


@pytest.mark.slow
def test_nlp_pipe_with_two_processes():
    """spaCy's multiprocessing pipe sends Docs as bytes: it failed for the same reason."""
    import polsek_nlp
    from polsek_nlp.record.build import build_record

    nlp = polsek_nlp.load()
    texts = TEXTS[:2] * 4
    two = [build_record(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert two == [build_record(d) for d in nlp.pipe(texts)]


def test_ext_honours_an_extension_registered_with_a_default_or_a_getter():
    from spacy.tokens import Doc

    from polsek_nlp.doc.stems import is_protected

    nlp = polsek_nlp.load()
    try:
        Doc.set_extension("meta", default={"published": "2024-08-21"}, force=True)
        doc = nlp("Polisi menangkap pelaku pencurian di Bandung, Senin (19/8).")
        assert str(ext(doc, "header").published)[:10] == "2024-08-21"
        Doc.set_extension("protected", getter=lambda d: frozenset({1}), force=True)
        assert is_protected(nlp.make_doc("Polisi menangkap pelaku")[1])
    finally:
        Doc.set_extension("meta", default=None, force=True)
        Doc.set_extension("protected", default=None, force=True)
    assert not is_protected(nlp.make_doc("Polisi menangkap pelaku")[1])


def test_a_vocabulary_without_lower_still_gives_lowercase_keys():
    # a Doc on `Vocab()` has no lexeme attributes (every LOWER is 0): the places after `di`
    # are still found; with every attribute but LOWER, the keywords too
    from spacy.attrs import LOWER
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from polsek_nlp.resolve.keywords import keywords

    nlp = polsek_nlp.load()
    ref = nlp("Wisatawan itu menginap di Toledo bersama keluarganya. Wisatawan lain menginap di hotel.")
    words, spaces = [t.text for t in ref], [bool(t.whitespace_) for t in ref]
    doc = nlp(Doc(Vocab(), words=words, spaces=spaces))
    assert ("Toledo", "GPE") in [(e.text, e.label_) for e in doc.ents]
    getters = {k: v for k, v in nlp.vocab.lex_attr_getters.items() if k != LOWER}
    doc = nlp(Doc(Vocab(lex_attr_getters=getters), words=words, spaces=spaces))
    assert keywords(doc) == keywords(ref) == ["inap", "wisata", "hotel", "keluarga"]


def test_keywords_do_not_need_the_token_starts_cached():
    from polsek_nlp.resolve.keywords import keywords

    doc = polsek_nlp.load()("Polisi menangkap pelaku pencurian motor di Bandung.")
    expected = keywords(doc)
    doc.user_data["polsek_token_texts"] = [t.text for t in doc]
    doc.user_data.pop("polsek_token_starts", None)
    assert keywords(doc) == expected == ["curi", "motor"]
    assert keywords(doc, 0) == keywords(doc, -1) == []


def test_keywords_rank_by_count_then_stem_among_the_first_seen_candidates():
    """The ranking the keywords keep since they are counted in Python (issue 20, session 10): the
    4k most frequent words, the first seen first among equals, are stemmed; stems rank by their
    summed count, then alphabetically."""
    from polsek_nlp.resolve.keywords import keywords

    doc = polsek_nlp.load()("Petani menanam jagung, tomat, kubis, bawang, wortel dan cabai. "
                            "Jagung dan cabai tumbuh subur.")
    assert keywords(doc, 1) == ["cabai"]
    assert keywords(doc, 3) == ["cabai", "jagung", "bawang"]
    assert keywords(doc) == ["cabai", "jagung", "bawang", "kubis", "subur", "tanam", "tani", "tomat", "tumbuh",
                             "wortel"]


def test_keywords_are_the_projects_roots():
    """Issue 20: keywords are root_of's roots (what polsek_nlp.stem gives), not PySastrawi's
    stems (`kunjungan` -> unjung, `penilaian` -> nila), and cost no Sastrawi call."""
    from polsek_nlp.lang import stemming
    from polsek_nlp.resolve.keywords import keywords

    doc = polsek_nlp.load()("Bupati melakukan kunjungan kerja ke pasar. Kunjungan itu dinilai penting; "
                            "penilaian warga baik, kunjungan diterima.")
    before = stemming.stem_word.cache_info().misses
    assert keywords(doc)[:2] == ["kunjung", "nilai"]
    assert stemming.stem_word.cache_info().misses == before


ODD = "ʼBNNK dan İstanbul, ÉCOLE 2024 Kapolres\n\nPOLRI di-SP3 Rabu. ẞ ǅemal x.Y … 2.000 ketiga 1/2 ¿ -- ٣"


def test_word_flags_agree_on_odd_tokens():
    test_word_flags_agree_with_spacys_token_attributes(analyze_doc(ODD)[0])


@pytest.mark.parametrize("text", [*TEXTS, ODD])
def test_token_lists_match_their_definitions(text):
    """capitalised_tokens, upper_tokens and the sentence-end candidates read per-word flags:
    they must list exactly the tokens whose text passes the plain test."""
    from polsek_nlp.doc.spans import capitalised_tokens, flagged_tokens, upper_tokens
    from polsek_nlp.recognize import sentences

    d = analyze_doc(text)[0]
    texts = token_texts(d)
    assert capitalised_tokens(d) == [k for k, t in enumerate(texts) if t[:1].isupper()]
    assert upper_tokens(d) == [k for k, t in enumerate(texts) if t.isupper()]
    assert flagged_tokens(d, sentences._MAY_END) == [k for k, t in enumerate(texts)
                                                     if t in sentences._END or "\n" in t]


def test_word_flags_are_computed_once_per_text_and_bounded(monkeypatch):
    from spacy.tokens import Doc

    from polsek_nlp.lang import wordflags
    from polsek_nlp.lang.language import new_blank

    calls = []
    monkeypatch.setattr(wordflags, "_tests", wordflags._tests)
    monkeypatch.setattr(wordflags, "_flags", wordflags._flags)
    monkeypatch.setattr(wordflags, "_cache", {})
    long_word = wordflags.word_flag(lambda t: calls.append(t) or len(t) > 5)
    d = Doc(new_blank().vocab, words=["Polisi", "dan", "polisi", "Polisi", "berjaga"])
    assert flagged_tokens(d, long_word) == [0, 2, 3, 4]
    assert sorted(calls) == ["Polisi", "berjaga", "dan", "polisi"]  # once per distinct text
    monkeypatch.setattr(wordflags, "CACHE_SIZE", 2)
    for w in ("a", "b", "c", "d"):
        wordflags.flags_of(w)
    assert len(wordflags._cache) <= 2
    blob = "x" * 5000  # a long token (a URL, scraped markup) is not kept
    assert wordflags.flags_of(blob) & long_word and blob not in wordflags._cache
    # a Doc of new words, some long, while the cache fills and empties (issue 20: the new words
    # of a Doc are tested once each, the known ones read from the cache)
    texts = ["Polisi", "a", "kerusuhan", blob, "a", "Polisi", "berjaga", "kerusuhan"]
    assert wordflags.flags_for(texts).tolist() == [wordflags.flags_of(t) for t in texts]
    monkeypatch.setattr(wordflags, "CACHE_SIZE", 100)
    calls.clear()
    wordflags._cache.clear()
    assert wordflags.flags_for(texts).tolist() == [wordflags.flags_of(t) for t in texts]
    assert sorted(calls) == sorted([*set(texts), blob])  # each distinct text once (the uncached blob: twice)


def test_event_triggers_are_the_words_that_trigger_a_type():
    """The trigger words are found through a word flag; every distinct word of the Doc, tested
    one by one, gives the same (key, types)."""
    from polsek_nlp.doc.spans import lower_keys
    from polsek_nlp.resolve.events import _doc_triggers, _types_of_word

    for text in [*TEXTS, ODD, "Polisi MENANGKAP pencuri, menangkapnya lagi; penangkapan dan razia."]:
        d = analyze_doc(text)[0]
        release_caches(d)
        keys = sorted(set(lower_keys(d).tolist()))
        expected = [(k, _types_of_word(d.vocab.strings[k])) for k in keys]
        assert _doc_triggers(d)[1] == [(k, t) for k, t in expected if t]


def test_span_groups_are_read_with_or_without_userdict_internals():
    from polsek_nlp.doc.spans import _span_group

    d = analyze_doc(TEXTS[0])[0]
    assert _span_group(d.spans, "persons") is d.spans["persons"]
    assert _span_group({"persons": 1}, "persons") == 1 and _span_group({}, "x") is None  # a plain mapping


@pytest.mark.parametrize("text", [TEXTS[1], "  Polisi\n\n menangkap  pelaku .  ", "(19/8)  ke-3\tKapolres ", "a"])
def test_token_bounds_are_char_span_expand(text):
    """add_span finds a span's tokens by bisection; it must pick the tokens
    `doc.char_span(..., alignment_mode="expand")` picks, for every start and end."""
    from polsek_nlp.doc.spans import token_bounds

    d = analyze_doc(text)[0]
    n = len(d.text)
    for start in range(-1, n + 2):
        for end in range(start + 1, n + 3):
            span = d.char_span(start, end, alignment_mode="expand") if 0 <= start and end <= n + 1 else None
            bounds = token_bounds(d, start, end)
            assert (None if span is None else (span.start, span.end)) == bounds, (start, end)


@pytest.mark.parametrize("text", [*TEXTS, ODD])
def test_record_entities_from_the_assembler_match_doc_ents(text):
    """While `analyze` holds the pipeline's caches, the record's entities come from what the entity
    assembler wrote; they must be what `doc.ents` reads back."""
    import polsek_nlp
    from polsek_nlp.api import _run
    from polsek_nlp.doc.spans import release_caches
    from polsek_nlp.record.build import entities

    doc = _run(text, published=None, title=None, url=None, nlp=polsek_nlp.load(), max_chars=10**6, hold=True)[0]
    from polsek_nlp.doc.view import view

    assert view(doc).memo.get("ents") is not None
    held = entities(doc)
    release_caches(doc)
    assert held == entities(doc) == [e for e in entities(doc)]
    assert [(e.start, e.end, e.label) for e in held] == [(s.start_char, s.end_char, s.label_) for s in doc.ents]


def test_a_word_set_flag_is_the_flag_of_its_membership_test(monkeypatch):
    """`word_set_flag` (the words' flags read from two dicts, session 13) flags the texts the
    equivalent `word_flag` test flags: as written, or lowercased, and not others."""
    from polsek_nlp.lang import wordflags

    monkeypatch.setattr(wordflags, "_tests", wordflags._tests)
    monkeypatch.setattr(wordflags, "_flags", wordflags._flags)
    monkeypatch.setattr(wordflags, "_as_written", dict(wordflags._as_written))
    monkeypatch.setattr(wordflags, "_lowered", dict(wordflags._lowered))
    monkeypatch.setattr(wordflags, "_cache", {})
    written, lowered = frozenset({"Di", "ke"}), frozenset({"klub", "Tim"})  # "Tim": never a lowercase form
    by_set = wordflags.word_set_flag(written, lowered=lowered)
    by_test = wordflags.word_flag(lambda t: t in written or t.lower() in lowered)
    other = wordflags.word_set_flag(lowered=("klub",))
    for text in ("Di", "di", "ke", "KE", "klub", "Klub", "KLUB", "Tim", "tim", "polisi", ""):
        flags = wordflags.flags_of(text)
        assert bool(flags & by_set) == bool(flags & by_test), text
        assert bool(flags & other) == (text.lower() == "klub"), text
