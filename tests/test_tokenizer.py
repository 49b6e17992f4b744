"""`make_doc` serves tokens from a cache of chunks: they must be the tokenizer's own, always."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.symbols import NORM, ORTH

from polsek_nlp.lang.language import new_blank
from polsek_nlp.lang.tokenizer import ChunkCache


def tokens(doc):
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


@pytest.fixture()
def nlp():
    return new_blank()  # a private pipeline: some tests change its tokenizer


TRICKY = [
    "", " ", "  ", "\n", " a", "a ", "a  b", "a \n b", "a\n\nb", "a\t b", "  a  b\n\n c \xa0d\t e ",
    "Kapolres AKBP Lilik, S.I.K., M.H. memimpin rapat, Senin (19/8/2024) pukul 09.00 WIB.",
    "Jum'at (19/8) di Jl.Raya Bogor; Agu. 2024 :) e-KTP TNI-Polri kerja-kerja",
    "Dr. rer. nat. Budi datang", "lihat https://polri.go.id/berita?id=1 dan a@b.id",
    '"Kami siap," ujar Budi.\u200bLalu\u2003pergi\u3000…', "x" * 50 + "-" + "y" * 50,
    # spaCy's last pass over the whole Doc: a special-case candidate across two chunks (`) :`)
    # blocks the ones it overlaps, so these chunks tokenize differently in context and alone
    "a:) :)a", "(8) :)", "Jl .Raya", ":( :(",
]


@pytest.mark.parametrize("text", TRICKY)
def test_same_tokens_as_the_tokenizer_cold_and_cached(nlp, text):
    expected = tokens(nlp.tokenizer(text))
    assert tokens(nlp.make_doc(text)) == expected  # the chunks are new
    assert tokens(nlp.make_doc(text)) == expected  # now from the cache
    assert nlp.make_doc(text).text == text


_ALPHABET = st.sampled_from(list("aB18.,-/()'\"’:;!?@#%&<>=_*") +
                            [" ", "  ", "\n", "\t", "\xa0", "\u2009", "Jl.", "Jum'at", "Dr. med", "e-KTP", "Pol.",
                             ":)", "):", "<3", "Dr", "No"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_same_tokens_on_random_text(text):
    nlp = _shared()
    assert tokens(nlp.make_doc(text)) == tokens(nlp.tokenizer(text))


_NLP = []


def _shared():
    if not _NLP:
        _NLP.append(new_blank())
    return _NLP[0]


def test_cache_is_bounded():
    nlp = new_blank()
    cache = ChunkCache(size=5)
    for i in range(50):
        doc = cache(nlp.tokenizer, f"kata{i} lain{i}")
        assert [t.text for t in doc] == [f"kata{i}", f"lain{i}"]
        assert len(cache._pieces) <= 5 and len(cache._older) <= 5
    # a run in use survives the turnover of the halves
    for i in range(50):
        cache(nlp.tokenizer, f"sering baru{i}")
        assert "sering " in cache._pieces or "sering " in cache._older


def test_a_changed_tokenizer_is_seen(nlp):
    assert [t.text for t in nlp.make_doc("ada polsek2an di sini")] == ["ada", "polsek2an", "di", "sini"]
    nlp.tokenizer.add_special_case("polsek2an", [{ORTH: "polsek2"}, {ORTH: "an", NORM: "an"}])
    assert [t.text for t in nlp.make_doc("ada polsek2an di sini")] == ["ada", "polsek2", "an", "di", "sini"]
    nlp.tokenizer = new_blank().tokenizer
    assert [t.text for t in nlp.make_doc("ada polsek2an di sini")] == ["ada", "polsek2an", "di", "sini"]


def test_max_length_is_kept(nlp):
    nlp.max_length = 10
    with pytest.raises(ValueError, match="max_length"):
        nlp.make_doc("x" * 11)


def test_prefiltered_prefix_search_answers_as_the_regex():
    import spacy

    from polsek_nlp.lang.tokenizer import PrefilteredSearch, prefiltered

    original = spacy.blank("id").tokenizer.prefix_search
    fast = prefiltered(original)
    assert isinstance(fast.__self__, PrefilteredSearch) and fast.__self__.pattern == original.__self__.pattern
    texts = ["", "kata", "USD5", "US$5", "Rp10.000", "IDR", "(19/8)", "...", "«a", "x<a href='y'>z", "<b/>",
             "\u2100x", "\U0001F600a", "+62", "+x", "§1", "Sabtu", "Azis", "Cianjur"]
    texts += [chr(cp) + "x" for cp in range(0, 0x3000)]
    for text in texts:
        a, b = original(text), fast(text)
        assert (a.span() if a else None) == (b.span() if b else None), text


def test_prefiltered_keeps_what_it_cannot_read():
    import re

    from polsek_nlp.lang.tokenizer import prefiltered

    for pattern in (r"^\d+", r"^[^a]", r"(?i)^usd", r"^a?b"):
        search = re.compile(pattern).search
        assert prefiltered(search) is search
    assert prefiltered(None) is None


def test_first_use_from_many_threads_is_exact():
    """Found in review: a thread could fill the cache while another was still reading the rules."""
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(3):
        nlp = new_blank()
        texts = ["a:) :)a", "Polsek :( :( ramai", "Jl. Merdeka (19/8) :)"] * 8
        with ThreadPoolExecutor(8) as ex:
            list(ex.map(nlp.make_doc, texts))
        for text in texts[:3]:
            assert tokens(nlp.make_doc(text)) == tokens(nlp.tokenizer(text))


def test_a_replaced_special_case_is_seen(nlp):
    assert [t.text for t in nlp.make_doc("Jl. Merdeka")] == ["Jl.", "Merdeka"]
    nlp.tokenizer.add_special_case("Jl.", [{ORTH: "Jl"}, {ORTH: "."}])
    assert [t.text for t in nlp.make_doc("Jl. Merdeka")] == ["Jl", ".", "Merdeka"]


def test_a_custom_tokenizer_is_used_as_it_is(nlp):
    from spacy.tokens import Doc

    class Whitespace:
        def __init__(self, vocab):
            self.vocab = vocab

        def __call__(self, text):
            return Doc(self.vocab, words=text.split())

    nlp.tokenizer = Whitespace(nlp.vocab)
    assert [t.text for t in nlp.make_doc("Jl. Merdeka (19/8)")] == ["Jl.", "Merdeka", "(19/8)"]


def test_long_runs_are_not_kept_and_a_pickled_cache_starts_empty():
    import pickle

    nlp = new_blank()
    cache = ChunkCache()
    url = "https://polri.go.id/" + "x" * 500
    doc = cache(nlp.tokenizer, f"lihat {url} ya")
    assert tokens(doc) == tokens(nlp.tokenizer(f"lihat {url} ya"))
    assert not any(len(run) > 100 for run in cache._pieces)
    assert len(pickle.loads(pickle.dumps(cache))._pieces) == 0


def test_prefilter_refuses_scoped_and_multiline_flags():
    import re

    from polsek_nlp.lang.tokenizer import prefiltered

    for pattern in (r"^(?i:usd)", r"(?m)^a|^b", r"^a|(?i:b)x"):
        search = re.compile(pattern).search
        assert prefiltered(search) is search


def test_a_pipeline_loads_from_its_bytes():
    """nlp.from_bytes failed on the `regex`-only infix pattern ('bad escape \\p')."""
    from polsek_nlp.pipeline import build

    source = new_blank()
    loaded = build().from_bytes(build().to_bytes())
    for text in TRICKY:
        assert tokens(loaded.make_doc(text)) == tokens(source.tokenizer(text))


def test_chunks_cached_inside_a_memory_zone_outlive_it():
    # a chunk first split inside a zone keeps its words, not ORTH keys whose strings the zone
    # frees when it closes: the Doc is built from them afterwards without a miss or a retry
    nlp = new_blank()
    text = "Zyxwvutsr Qwertzuiop (19/8) di Jl. Merdeka, kata Kompol. Budi."
    with nlp.memory_zone():
        inside = tokens(nlp.make_doc(text))
    cache = nlp.__dict__["_polsek_chunks"]
    kept = dict(cache._pieces)
    assert all(isinstance(k, str) for pieces in kept.values() for k in pieces[3])
    assert tokens(nlp.make_doc(text)) == inside == tokens(nlp.tokenizer(text))
    assert cache._pieces == kept  # served from the cache, nothing dropped
    with nlp.memory_zone():
        assert tokens(nlp.make_doc(text)) == inside


def test_chunks_cached_outside_a_zone_are_built_from_their_keys():
    nlp = new_blank()
    text = "Polisi menangkap pelaku, Senin (19/8)."
    first = tokens(nlp.make_doc(text))
    cache = nlp.__dict__["_polsek_chunks"]
    assert all(isinstance(k, int) for pieces in cache._pieces.values() for k in pieces[3])
    with nlp.memory_zone():
        assert tokens(nlp.make_doc(text)) == first
    assert tokens(nlp.make_doc(text)) == first == tokens(nlp.tokenizer(text))


def test_a_key_whose_string_is_gone_falls_back_to_the_words():
    nlp = new_blank()
    text = "Polisi menangkap pelaku."
    first = tokens(nlp.make_doc(text))
    cache = nlp.__dict__["_polsek_chunks"]
    run = "menangkap "
    words, spaces, special, _keys, flags = cache._pieces[run]
    cache._pieces[run] = (words, spaces, special, (2**64 - 12345,), flags)  # a key no string has
    assert tokens(nlp.make_doc(text)) == first
    assert run not in cache._pieces or cache._pieces[run][3] != (2**64 - 12345,)


def test_docs_from_the_cache_carry_word_flags_and_a_new_flag_reaches_them(monkeypatch):
    """The chunk cache keeps each chunk's word flags; a flag registered after chunks were cached
    must still be set on the Docs it builds (the cache is dropped), as on a Doc it did not build."""
    from polsek_nlp.doc.spans import token_texts
    from polsek_nlp.lang import wordflags

    nlp = new_blank()
    text = "Polisi berjaga di Bogor. Dr. rer. nat. Budi hadir."  # a multi-word special case: no cache
    for t in ("Polisi berjaga di Bogor.", text):
        d = nlp.make_doc(t)
        assert list(wordflags.token_flags(d, token_texts(d))) == [wordflags.flags_of(w) for w in token_texts(d)]
    monkeypatch.setattr(wordflags, "_tests", list(wordflags._tests))
    monkeypatch.setattr(wordflags, "_cache", {})
    before = nlp.make_doc("Polisi berjaga di Bogor.")  # its flags were listed without the new one
    long_word = wordflags.word_flag(lambda t: len(t) > 6)
    d = nlp.make_doc("Polisi berjaga di Bogor.")
    assert wordflags.flagged(d, token_texts(d), long_word) == [1]
    assert wordflags.flagged(before, token_texts(before), long_word) == [1]
