"""Issue 20 (cold start): the package's `regex` patterns are unpickled from the cache folder
(`lang/patterns.py`, through `regex`'s own pickle support) instead of being parsed again in every
new process."""
from __future__ import annotations

import marshal
import pickle

import regex

from conftest import FIRST_ARTICLE
from polsek_nlp.data import diskcache
from polsek_nlp.lang import patterns


def test_a_new_process_unpickles_the_patterns_it_stored(tmp_path, new_process, cold_process):
    """The first process compiles and stores; the next compiles none and makes the same record."""
    cold = cold_process
    misses, used = map(int, cold[2].split())
    assert misses == used > 20 and len(list(tmp_path.glob("patterns-*.marshal"))) == 1
    warm = new_process(FIRST_ARTICLE)
    misses, used = map(int, warm[2].split())
    assert misses == 0 and used > 20
    assert warm[0] == cold[0] and '"id": "a"' in warm[0]


def test_a_broken_pattern_file_costs_only_the_compiling(tmp_path, new_process, cold_process):
    first = cold_process
    (stored,) = tmp_path.glob("patterns-*.marshal")
    stored.write_bytes(b"\x00broken")
    again = new_process(FIRST_ARTICLE)
    assert again[0] == first[0] and int(again[2].split()[0]) > 20  # all compiled again
    assert marshal.loads(diskcache.read(stored))  # and stored again (sealed: data/diskcache.py)
    assert new_process(FIRST_ARTICLE)[2].startswith("0 ")


TEXTS = ["Senin (19/8/2024) pukul 21.00 WIB", "KAPOLRES Bogor, AKBP A. Rahman", "ke-3 kalinya, 1.000,50 Rp",
         "Jawa-Bali TNI-Polri kerja-kerja", "", "ÀÉÎ ñ 𝔘 日本 ١٢٣"]
SPECS = [(r"(?i)(?<![\p{L}])(?:senin|selasa)\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?\)", 0),
         (r"\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*", regex.V1),
         (r"(?<=[\p{L}])-(?=\p{Lu})|\d+(?:[.,]\d+)*", regex.I | regex.M)]


def _fresh(monkeypatch, stored):
    monkeypatch.setattr(patterns, "_stored", stored)
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "misses", [])


def test_a_restored_pattern_matches_as_the_compiled_one(monkeypatch):
    _fresh(monkeypatch, {})
    compiled = [patterns.compile_pattern(p, f) for p, f in SPECS]
    assert len(patterns.misses) == len(SPECS)
    stored = marshal.loads(marshal.dumps(dict(patterns._used)))  # as a new process reads them
    _fresh(monkeypatch, stored)
    restored = [patterns.compile_pattern(p, f) for p, f in SPECS]
    assert patterns.misses == []  # every one unpickled
    for (p, f), a, b in zip(SPECS, compiled, restored, strict=True):
        c = regex.compile(p, f)
        assert (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex) == (c.pattern, c.flags,
                                                                                           c.groupindex)
        for text in TEXTS:
            expected = [(m.span(), m.groupdict()) for m in c.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in b.finditer(text)] == expected


class _Evil:
    def __reduce__(self):
        return (print, ("unpickled",))


def test_a_stored_entry_that_is_not_a_pattern_is_compiled_instead(monkeypatch, capsys):
    pattern, flags = SPECS[0]
    other = pickle.dumps(regex.compile(r"\d+"))
    _fresh(monkeypatch, {(pattern, flags): pickle.dumps(_Evil()), (r"\w+", 0): other, (r"x", 0): b"\x80broken"})
    for p, f in [(pattern, flags), (r"\w+", 0), (r"x", 0)]:
        assert patterns.compile_pattern(p, f).pattern == p
    assert len(patterns.misses) == 3 and capsys.readouterr().out == ""
