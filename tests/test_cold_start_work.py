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
    """`re.compile` parses spaCy's prefix and suffix patterns (~3,000 and ~14,000 characters) for
    itself; the prefilters' walk of the same parse is kept on disk, so a warm process does not
    parse them a second time (it did in every process: ~15 ms for the suffix pattern)."""
    new_process("import polsek_nlp; polsek_nlp.load()")  # fills the cache folder
    assert new_process(PARSES)[0] == "1 1"


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
