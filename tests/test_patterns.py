"""Issue 20 (cold start): the package's `regex` patterns are built from programs kept on disk
(`lang/patterns.py`) instead of being parsed again in every new process."""
from __future__ import annotations

import marshal

import regex

from polsek_nlp.lang import patterns

_NEW_PROCESS = ("import json, polsek_nlp; from polsek_nlp.lang import patterns; "
                "rec = polsek_nlp.analyze('Polisi menangkap dua pelaku di Bogor, Senin (19/8/2024) pukul 21.00 WIB.', "
                "id='a', published='2024-08-20T10:00'); "
                "print(json.dumps(rec.to_dict(), sort_keys=True)); print(patterns._new, len(patterns._used))")


def test_a_new_process_builds_the_patterns_from_their_stored_programs(tmp_path, new_process):
    """The first process compiles and stores; the next compiles none and makes the same record."""
    cold = new_process(_NEW_PROCESS)
    assert cold[1].startswith("True") and len(list(tmp_path.glob("patterns-*.marshal"))) == 1
    warm = new_process(_NEW_PROCESS)
    new, used = warm[1].split()
    assert new == "False" and int(used) > 20
    assert warm[0] == cold[0] and '"id": "a"' in warm[0]


def test_a_broken_pattern_file_costs_only_the_compiling(tmp_path, new_process):
    first = new_process(_NEW_PROCESS)
    (stored,) = tmp_path.glob("patterns-*.marshal")
    stored.write_bytes(b"\x00broken")
    again = new_process(_NEW_PROCESS)
    assert again[0] == first[0] and again[1].startswith("True")
    assert marshal.loads(stored.read_bytes())  # stored again


TEXTS = ["Senin (19/8/2024) pukul 21.00 WIB", "KAPOLRES Bogor, AKBP A. Rahman", "ke-3 kalinya, 1.000,50 Rp",
         "Jawa-Bali TNI-Polri kerja-kerja", "", "ÀÉÎ ñ 𝔘 日本 ١٢٣"]


def test_a_pattern_built_from_its_program_matches_as_the_compiled_one(monkeypatch):
    specs = [(r"(?i)(?<![\p{L}])(?:senin|selasa)\s*\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?\)", 0),
             (r"\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*", regex.V1),
             (r"(?<=[\p{L}])-(?=\p{Lu})|\d+(?:[.,]\d+)*", regex.I | regex.M)]
    monkeypatch.setattr(patterns, "_stored", {})
    monkeypatch.setattr(patterns, "_used", {})
    recorded = [patterns.compile_pattern(p, f) for p, f in specs]
    stored = marshal.loads(marshal.dumps(dict(patterns._used)))  # as a new process reads them
    monkeypatch.setattr(patterns, "_stored", stored)
    monkeypatch.setattr(patterns, "_new", False)
    rebuilt = [patterns.compile_pattern(p, f) for p, f in specs]
    assert not patterns._new  # every one built from its program
    for (p, f), a, b in zip(specs, recorded, rebuilt, strict=True):
        c = regex.compile(p, f)
        assert (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex) == (c.pattern, c.flags,
                                                                                           c.groupindex)
        for text in TEXTS:
            expected = [(m.span(), m.groupdict()) for m in c.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in b.finditer(text)] == expected
