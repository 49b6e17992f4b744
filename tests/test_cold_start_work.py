"""Issue 20, session 16: what a new process does before its first record, counted (no wall time).

Each test counts a piece of work a new process no longer does (or does once): it failed on the
session's base, where that work was done in every process."""
from __future__ import annotations

# A new process on a warm cache: every pattern `re`'s parser is given while polsek_nlp is imported
# and its pipeline built, and the tokenizer's prefix and suffix patterns (printed as their lengths)
PARSES = ("import re._parser as parser; import collections; seen = collections.Counter(); "
          "parse = parser.parse; "
          "parser.parse = lambda s, *a, **k: (seen.update([s]), parse(s, *a, **k))[1]; "
          "import polsek_nlp; nlp = polsek_nlp.load(); t = nlp.tokenizer; "
          "print(seen[t.prefix_search.__self__.pattern], seen[t.suffix_search.__self__.pattern])")


def test_a_warm_process_parses_the_affix_patterns_once(new_process):
    """`re.compile` parses spaCy's prefix pattern (~3,000 characters) for itself; the prefilters'
    walk of the same parse is kept on disk, so a warm process does not parse it a second time. The
    suffix pattern (~14,000 characters) it parsed twice, to compile it and to walk it (~35 ms),
    is not parsed at all: its alternatives are compiled in groups, by the last character of the
    chunks that ask them."""
    new_process("import polsek_nlp; polsek_nlp.load()")  # fills the cache folder
    assert new_process(PARSES)[0] == "1 0"


def test_a_chunk_is_searched_by_the_suffixes_that_can_end_it():
    """The suffix regex tried its ~90 alternatives at every character of a chunk that passed the
    prefilter (~6.5 us a search, ~27 an unseen article); a chunk is searched by the alternatives
    that can end with its last character only (one for a comma), with the whole regex's answers."""
    import re

    from polsek_nlp.lang.language import new_blank

    search = new_blank().tokenizer.suffix_search.__self__
    whole = re.compile(search.pattern).search
    for text in ("kata,", "12km", "Purwakarta.", "dia-nya", "a</b>", "x\n", ",\n", "\n", "km\n", "°C."):
        ours, its = search.search(text), whole(text)
        assert (ours and ours.span()) == (its and its.span()), text
    assert search.pattern.count("|") > 80 and search._by_char[","].__self__.pattern.count("|") <= 2


def test_no_gate_class_is_compiled_for_a_character_always_asked(monkeypatch):
    """A chunk ending in `.` or `>` is always given to the suffix regex (each ends an alternative
    that needs nothing more), so the classes of all Unicode's letters that also gated them decided
    nothing: they are no longer compiled (~18 ms of `re` compiling in every new process), and no
    class of the ~6,000 symbols either (a chunk ending in a symbol holds the symbol it needs)."""
    import re

    from polsek_nlp.lang.language import new_blank

    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, flags=0: (compiled.append(p), real(p, flags))[1])
    search = new_blank().tokenizer.suffix_search.__self__
    classes = [p for p in compiled if isinstance(p, str) and p.startswith("[") and p.endswith("]")]
    assert classes and max(map(len, classes)) < 20, [len(c) for c in classes]
    assert search.by_last["."] is True and search.by_last[">"] is True and search.by_last["©"] is True
    assert search.search("Purwakarta.").group() == "." and search.search("polisi") is None


# A new process's first record, and a table's row count
FIRST_RECORD = ("from polsek_nlp import analyze, data; rec = analyze('Kapolres Purwakarta AKBP Lilik Ardiansyah "
                "memimpin rapat di Aula Mapolres Purwakarta, Senin (19/8/2024).'); "
                "print(rec.to_json()); print(len(data.read_table('words/english_words.tsv')))")


def test_a_warm_process_parses_no_table(tmp_path, new_process):
    """A new process read ~120 tables and parsed each from its text (~40 ms); their rows are kept
    in the cache folder (a table is stored when it is parsed), so the next process stores, i.e.
    parses, none of them, and makes the same record."""
    cold = new_process(FIRST_RECORD)
    stored = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("table-*.marshal")}
    assert len(stored) > 100 and any(name.startswith("table-words-english_words.tsv-") for name in stored)
    warm = new_process(FIRST_RECORD)
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("table-*.marshal")} == stored
    assert warm == cold and int(cold[1]) > 6000


def test_an_edited_table_is_parsed_again(tmp_path, monkeypatch):
    """The stored rows are keyed by the table's text: an edited table is parsed anew, a broken
    stored file is parsed again."""
    from polsek_nlp import data

    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    texts = {"t.tsv": "# a table\nword\tnote\nsatu\t-\n"}
    monkeypatch.setattr(data, "data_text", lambda name: texts[name])
    assert data.read_table.__wrapped__("t.tsv") == ({"word": "satu", "note": ""},)
    texts["t.tsv"] += "dua\tx\n"
    assert data.read_table.__wrapped__("t.tsv") == ({"word": "satu", "note": ""}, {"word": "dua", "note": "x"})
    for stored in tmp_path.glob("table-t.tsv-*.marshal"):
        stored.write_bytes(b"\x00broken")
    assert len(data.read_table.__wrapped__("t.tsv")) == 2
