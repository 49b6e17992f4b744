"""The tokenizer: spaCy's own, with prefix and suffix searches that skip their regexes where they
cannot match (`lang/tokenizer.py`). Its tokens must be exactly those of the same tokenizer without
the shortcuts."""
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokenizer import Tokenizer

from polsek_nlp.lang.language import new_blank


def tokens(doc):
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


@pytest.fixture()
def nlp():
    return new_blank()  # a private pipeline: some tests change its tokenizer


def _plain(tok) -> Tokenizer:
    """The same tokenizer without the prefiltered prefix and suffix searches, the infix gate (the
    suffixes' whole regex, which the prefiltered search never compiles) and the plain words' match
    (`plain_word_match`, spaCy's Indonesian has no `token_match` of its own)."""
    import re

    return Tokenizer(tok.vocab, rules=tok.rules, prefix_search=tok.prefix_search.__self__._search,
                     suffix_search=re.compile(tok.suffix_search.__self__.pattern).search,
                     infix_finditer=tok.infix_finditer.__self__._finditer,
                     token_match=None, url_match=tok.url_match)


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
def test_same_tokens_as_without_the_prefilter(text):
    nlp, plain = _shared(cold=True)
    assert tokens(nlp.make_doc(text)) == tokens(plain(text))
    assert nlp.make_doc(text).text == text


_ALPHABET = st.sampled_from(list("aB18.,-/()'\"’:;!?@#%&<>=_*") + ["Rp", "USD", "SGD", "km", "Kab", "Selasa", "Rpx"] +
                            [" ", "  ", "\n", "\t", "\xa0", "\u2009", "Jl.", "Jum'at", "Dr. med", "e-KTP", "Pol.",
                             ":)", "):", "<3", "Dr", "No"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_same_tokens_on_random_text(text):
    nlp, plain = _shared()  # the prefiltered tokenizer's cache carries over from text to text
    assert tokens(nlp.make_doc(text)) == tokens(plain(text))


_NLP = []


def _shared(cold: bool = False) -> tuple:
    """One pipeline and its tokenizer without the shortcuts, built once for the module (building a
    tokenizer loads its ~16,000 special cases: ~60 ms, 300 times over in the random texts). The
    plain one's chunk cache is emptied for every text, so that it answers as a new one would; with
    `cold`, the prefiltered one's too, as a new pipeline's."""
    if not _NLP:
        nlp = new_blank()
        _NLP.append((nlp, _plain(nlp.tokenizer)))
    nlp, plain = _NLP[0]
    plain._flush_cache()
    if cold:
        nlp.tokenizer._flush_cache()
    return nlp, plain


def test_max_length_is_kept(nlp):
    nlp.max_length = 10
    with pytest.raises(ValueError, match="max_length"):
        nlp.make_doc("x" * 11)


@functools.cache
def _spacys_indonesian():
    """spaCy's own Indonesian pipeline, built once for the module (~3 s of CPU: its ~15,600
    special cases)."""
    import spacy

    return spacy.blank("id")


def test_prefiltered_prefix_search_answers_as_the_regex():
    from polsek_nlp.lang.tokenizer import PrefilteredSearch, prefiltered

    original = _spacys_indonesian().tokenizer.prefix_search
    fast = prefiltered(original)
    assert isinstance(fast.__self__, PrefilteredSearch) and fast.__self__.pattern == original.__self__.pattern
    texts = ["", "kata", "USD5", "US$5", "Rp10.000", "IDR", "(19/8)", "...", "«a", "x<a href='y'>z", "<b/>",
             "\u2100x", "\U0001F600a", "+62", "+x", "§1", "Sabtu", "Azis", "Cianjur", "U", "US", "US$", "R", "Rp",
             "RMB5", "Rpx", "S", "S$1", "SGD", "C", "C$", "A", "A$9", "I", "ID", "IDR5", "Ubud<a href='x'>"]
    texts += [chr(cp) + "x" for cp in range(0, 0x3000)]
    texts += [chr(cp) + p for cp in range(0x41, 0x5B) for p in ("$", "$5", "p", "p5", "D", "DR", "SD", "MB", "GD", "x<b>")]
    for text in texts:
        a, b = original(text), fast(text)
        assert (a.span() if a else None) == (b.span() if b else None), text


def test_prefiltered_prefix_search_skips_capitalised_words(monkeypatch):
    """Issue 20, session 14: a capital that starts only currency alternatives spelt with two literal
    characters or more (`^US\\$`, `^USD`, `^Rp`, `^IDR`, `^S\\$` ...) no longer sends every word it
    starts to the regex: only a word that starts with one of those spellings is asked."""
    from polsek_nlp.lang.language import new_blank as blank

    search = blank().tokenizer.prefix_search.__self__
    asked = []
    monkeypatch.setattr(search, "_search", lambda text: asked.append(text))
    for word in ("Selasa", "Ahmad", "Cianjur", "Rusdi", "Indah", "Ujang", "Sugeng", "polisi"):
        assert search.search(word) is None
    assert asked == []
    for word in ("Rp5.000", "US$10", "USD", "IDR", "S$3", "(Selasa"):
        search.search(word)
    assert asked == ["Rp5.000", "US$10", "USD", "IDR", "S$3", "(Selasa"]


def test_prefiltered_suffix_search_answers_as_the_regex():
    """Issue 20: the suffix regex (~90 alternatives anchored at the end, tried at every character
    of a new chunk) is asked only when a chunk's last character ends an alternative that the
    chunk can hold; its answers are the regex's."""
    from polsek_nlp.lang.tokenizer import PrefilteredSuffixSearch, prefiltered_suffix

    original = _spacys_indonesian().tokenizer.suffix_search
    fast = prefiltered_suffix(original)
    assert isinstance(fast.__self__, PrefilteredSuffixSearch) and fast.__self__.pattern == original.__self__.pattern
    texts = ["", "kata", "12km", "12 km", "km", "5%", "%", "Rp5.000", "dia-nya", "anak-Ku", "a</b>", "</b>", "A.",
             "a.", "°C.", "it's", "IT’S", "...", "..", "—", "x-", "x\n", "\n", ",\n", "km\n", "2,5jt", "3rb", "10ribu"]
    texts += [p + chr(cp) for cp in range(0, 0x3100) for p in ("", "1", "a", "A", "x-")]
    for text in texts:
        a, b = original(text), fast(text)
        assert (a.span() if a else None) == (b.span() if b else None), text


def test_prefiltered_suffix_search_skips_plain_words(monkeypatch):
    """A word ending in a letter with no digit in it cannot end in a unit (`12km`): the regex
    is not asked (it was, for every new chunk)."""
    from polsek_nlp.lang.language import new_blank as blank

    search = blank().tokenizer.suffix_search.__self__
    asked = []
    monkeypatch.setattr(search, "_ask", lambda last, text: asked.append(text))
    for word in ("polisi", "menangkap", "Purwakarta", "mobil"):
        assert search.search(word) is None
    assert asked == []
    search.search("12km")
    search.search("kata,")
    assert asked == ["12km", "kata,"]


def test_prefiltered_suffix_keeps_what_it_cannot_read():
    import re

    from polsek_nlp.lang.tokenizer import prefiltered_suffix

    for pattern in (r"a?$", r"\d$", r"[^a]$", r"(?i)km$", r"a$|b", r"(?=a)a$", r"(?<!a)b$", r"ab*$"):
        search = re.compile(pattern).search
        assert prefiltered_suffix(search) is search, pattern
    assert prefiltered_suffix(None) is None


def test_no_infix_takes_a_letter_or_a_digit():
    """The infix gate's premise (issue 20): no infix of the Language's pattern matches in a chunk
    of letters and digits only, for every letter and digit of Unicode next to lower- and
    upper-case letters and digits."""
    import sys

    from polsek_nlp.lang.language import _infix_pattern

    finditer = _infix_pattern().finditer
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.isalnum():
            text = f"a{c}a A{c}A 1{c}1 a{c}A A{c}a 1{c}a a{c}1 A{c}1 1{c}A {c}{c}{c}"
            assert all(not m.group().strip() for m in finditer(text)), hex(cp)


def test_infixes_are_not_asked_about_plain_words(monkeypatch):
    """A chunk of letters and digits only is not given to the infix regex (it was, every new
    chunk); one with a hyphen or a full stop is."""
    from polsek_nlp.lang.language import new_blank as blank

    gate = blank().tokenizer.infix_finditer.__self__
    asked = []
    monkeypatch.setattr(gate, "_finditer", lambda text: asked.append(text) or ())
    for word in ("polisi", "Purwakarta", "2024", "COVID19"):
        assert list(gate.finditer(word)) == []
    assert asked == []
    gate.finditer("TNI-Polri")
    gate.finditer("Jl.Raya")
    assert asked == ["TNI-Polri", "Jl.Raya"]


def test_prefiltered_keeps_what_it_cannot_read():
    import re

    from polsek_nlp.lang.tokenizer import prefiltered

    for pattern in (r"^\d+", r"^[^a]", r"(?i)^usd", r"^a?b"):
        search = re.compile(pattern).search
        assert prefiltered(search) is search
    assert prefiltered(None) is None


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
    assert isinstance(getattr(loaded.tokenizer.prefix_search, "__self__", None), type(source.tokenizer.prefix_search.__self__))
    assert isinstance(getattr(loaded.tokenizer.suffix_search, "__self__", None), type(source.tokenizer.suffix_search.__self__))
    assert isinstance(getattr(loaded.tokenizer.infix_finditer, "__self__", None), type(source.tokenizer.infix_finditer.__self__))


def test_the_infixes_kept_on_disk_are_the_ones_computed(tmp_path, monkeypatch):
    """Issue 20 (cold start): which of spaCy's infixes split `kerja-kerja` is computed once (it
    compiles them all) and read back; the letter-hyphen-letter split is the one left out."""
    from spacy.lang.id import punctuation

    from polsek_nlp.lang import language

    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    first = language._infixes()
    assert len(list(tmp_path.glob("infixes-*.marshal"))) == 1
    assert language._infixes() == first == language.PolsekIndonesianDefaults.infixes
    import re

    kept = first[:-1]  # (the last one is ours)
    assert set(kept) < set(punctuation.TOKENIZER_INFIXES)
    assert not any(re.search(p, "kerja-kerja") for p in kept)
    assert all(re.search(p, "kerja-kerja") for p in set(punctuation.TOKENIZER_INFIXES) - set(kept))


def test_prefilter_falls_back_when_the_private_parser_changes(monkeypatch):
    """`re._parser` is private: a tree of another shape (a later Python) leaves the plain search,
    it does not stop the tokenizer from being built."""
    import re

    from polsek_nlp.lang import tokenizer

    search = re.compile(r"^a|^b").search
    if tokenizer.sre_parse is None:
        pytest.skip("no regex parser in this Python")
    monkeypatch.setattr(tokenizer.sre_parse, "parse", lambda pattern: [("NEW_OP", None, None)])
    assert tokenizer.prefiltered(search) is search
    monkeypatch.setattr(tokenizer.sre_parse, "parse", lambda pattern: [(object(), [])])
    assert tokenizer.prefiltered(search) is search


def test_gate_classes_are_written_as_ranges_and_match_exactly_their_characters():
    """Issue 20, session 10: a gate's character class is written with ranges (the ~6,000 symbols
    one suffix starts with took ~45 ms of a new process to parse and compile one by one); it
    matches exactly the characters it was made of."""
    import re

    from polsek_nlp.lang.tokenizer import _class_of

    sets = [set("-]^\\["), set("ab") | set("xyz"), {chr(c) for c in range(0x2000, 0x2400)} | {"a", "c"},
            {chr(c) for c in range(0x1F300, 0x1F320)} | {"\n", "\t"}]
    for chars in sets:
        pattern = re.compile(_class_of(chars))
        assert [chr(c) for c in range(0x20000) if pattern.fullmatch(chr(c))] == sorted(chars)
    assert _class_of({chr(c) for c in range(ord("a"), ord("z") + 1)}) == "[a-z]"


def test_plain_word_match_matches_only_words_the_searches_leave_whole():
    """Issue 20, s30spd: the `token_match` that takes a new plain word as one token at once matches only
    words the prefix, suffix and infix regexes themselves (not their prefilters) answer no about: every
    word of one to three letters and digits, the currency and unit spellings and words around them."""
    import itertools
    import re

    from polsek_nlp.lang.tokenizer import _PLAIN

    tok = new_blank().tokenizer
    match = tok.token_match
    prefix = tok.prefix_search.__self__._search
    suffix = re.compile(tok.suffix_search.__self__.pattern).search
    infixes = tok.infix_finditer.__self__._finditer
    words = ["".join(p) for n in (1, 2, 3) for p in itertools.product(_PLAIN, repeat=n)]
    words += [a + b for a in ("", "x", "Rp", "RMB", "USD", "SGD", "IDR", "US", "S", "12", "Polres")
              for b in ("", "km", "kg", "jt", "rb", "ribu", "x", "5", "Bogor", "nya")]
    matched = 0
    for word in words:
        if match(word):
            matched += 1
            assert prefix(word) is None and suffix(word) is None and not list(infixes(word)), word
    assert matched > 100_000  # (the letters' words: the match is not empty)
    assert not match("Rp5") and not match("USD") and not match("12km") and not match("e-KTP") and not match("")


def test_a_new_plain_word_asks_no_affix_search():
    """A new chunk of letters is one token without a call to the prefix or suffix search or the URL match
    (each of them was asked, in Python, about every new chunk); a chunk with a comma still is."""
    tok = new_blank().tokenizer
    asked = []

    def counted(name, real):
        return lambda text: asked.append(name) or real(text)

    tok.prefix_search = counted("prefix", tok.prefix_search)  # (the plain-word match was made of the prefilters)
    tok.suffix_search = counted("suffix", tok.suffix_search)
    tok.url_match = counted("url", tok.url_match)
    asked.clear()  # (setting them reloaded the special cases, which asks the searches)
    doc = tok("Warga Desa Sukamukti melapor")
    assert [t.text for t in doc] == ["Warga", "Desa", "Sukamukti", "melapor"]
    assert asked == []
    assert [t.text for t in tok("Sukamukti, Cibaregbeg")] == ["Sukamukti", ",", "Cibaregbeg"]
    assert "suffix" in asked


_INVENTED = (
    "Polsek Cibaregbeg menangkap Wardana Sukmajaya (41), warga Desa Sukamukti, Kecamatan Cibaregbeg, "
    "Kabupaten Garut, Senin (3/6/2024). Pelaku mencuri sepeda motor senilai Rp12 juta dan USD300 milik "
    "korban, Nurhasanah (35). \"Tersangka kami jerat Pasal 363 KUHP,\" kata Kapolsek Cibaregbeg AKP "
    "Hendriansyah kepada wartawan. Barang bukti 2 unit HP dan 12km jejak ban disita.")


def test_plain_words_read_the_same_through_analyze():
    """Through `analyze`, an invented article gives the same record with the plain-word match and without it
    (the pipeline's tokenizer without its `token_match`: every chunk asked of the affix searches)."""
    import polsek_nlp
    from polsek_nlp.pipeline import load

    tok = load().tokenizer
    assert tok.token_match is not None
    fast = polsek_nlp.analyze(_INVENTED).to_dict()
    tok.token_match = None  # (reloads its special cases, empties its cache)
    try:
        slow = polsek_nlp.analyze(_INVENTED).to_dict()
    finally:
        from polsek_nlp.lang.tokenizer import plain_word_match

        tok.token_match = plain_word_match(tok.prefix_search, tok.suffix_search, tok.infix_finditer)
    assert fast == slow
    assert fast["persons"] or fast["officers"]


def test_the_chunk_cache_keeps_as_many_chunks_as_the_word_caches():
    """Issue 20, s30spd: the tokenizer caches up to `WORD_CACHE_SIZE` chunks (spaCy's default, 10,000, is
    full after ~110 news articles; a chunk not cached is read by the affix searches every time it comes):
    the 10,500th new chunk, seen again, asks no search."""
    import itertools
    import string

    from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE

    assert WORD_CACHE_SIZE > 10_500
    tok = new_blank().tokenizer
    asked = []
    real = tok.suffix_search
    tok.suffix_search = lambda text: asked.append(text) or real(text)
    words = ["".join(p) + "," for p in itertools.islice(itertools.product(string.ascii_lowercase, repeat=3), 10_500)]
    for k in range(0, len(words), 500):
        tok(" ".join(words[k:k + 500]))
    asked.clear()
    assert [t.text for t in tok(words[-1])] == [words[-1][:-1], ","]
    assert asked == []
