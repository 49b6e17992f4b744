"""Phrase tables: matches as spaCy's PhraseMatcher finds them, and the tokenized forms cached on disk."""
from __future__ import annotations

import json

import pytest
from spacy.matcher import PhraseMatcher

import polsek_nlp
from polsek_nlp.data import diskcache
from polsek_nlp.knowledge import formcache
from polsek_nlp.knowledge.lexicon import PhraseTable
from polsek_nlp.lang.language import blank

TEXTS = [
    "Kapolres Purwakarta AKBP Lilik Ardiansyah, S.I.K., M.H. memimpin rapat di Jl. Veteran, Kab. Purwakarta.",
    "Kasat Reskrim Polres Metro Bekasi Kota Kompol Budi dan Kepala Badan Narkotika Nasional hadir.",
    "polisi di jl. merdeka (19/8) menangkap dua orang; KAPOLRES hadir.",
]
FORMS = ["Jl.", "Jl. Veteran", "Kab. Purwakarta", "Kapolres", "Kasat Reskrim", "Polres Metro Bekasi Kota",
         "Polres Metro Bekasi", "Badan Narkotika Nasional", "S.I.K.", "(19/8)", "dua orang", "Budi"]


@pytest.mark.parametrize("attr", ["ORTH", "LOWER"])
def test_matches_are_those_of_spacys_phrase_matcher(attr):
    table = PhraseTable({f: [f] for f in FORMS}, attr=attr)
    nlp = blank()
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for f in FORMS:
        matcher.add(f, [nlp.tokenizer(f)])
    for text in TEXTS:
        doc = polsek_nlp.load().make_doc(text)
        expected = sorted((s, e, nlp.vocab.strings[k]) for k, s, e in matcher(doc))
        assert sorted(table.matches(doc)) == expected


def test_tokenized_forms_are_kept_on_disk_and_a_broken_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    monkeypatch.setattr(formcache, "_memory", {})
    monkeypatch.setattr(formcache, "_loaded", False)
    assert formcache.tokens(["Kab. Bogor", "Polres Bogor"]) == [("Kab.", "Bogor"), ("Polres", "Bogor")]
    files = list(tmp_path.glob("forms-*.json"))
    assert len(files) == 1 and json.loads(diskcache.read(files[0])) == {"Kab. Bogor": ["Kab.", "Bogor"]}
    # a new process reads the file (sealed: data/diskcache.py) instead of tokenizing
    monkeypatch.setattr(formcache, "_memory", {})
    monkeypatch.setattr(formcache, "_loaded", False)
    diskcache.write(files[0], json.dumps({"Kab. Bogor": ["from", "disk"]}).encode())
    assert formcache.tokens(["Kab. Bogor"]) == [("from", "disk")]
    # a broken file is rebuilt
    monkeypatch.setattr(formcache, "_memory", {})
    monkeypatch.setattr(formcache, "_loaded", False)
    files[0].write_text("{not json")
    assert formcache.tokens(["Kab. Bogor"]) == [("Kab.", "Bogor")]
    assert json.loads(diskcache.read(files[0])) == {"Kab. Bogor": ["Kab.", "Bogor"]}


def test_an_unwritable_cache_folder_costs_only_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("POLSEK_NLP_CACHE", str(blocked / "sub"))  # a folder under a file: cannot exist
    monkeypatch.setattr(formcache, "_memory", {})
    monkeypatch.setattr(formcache, "_loaded", False)
    assert formcache.tokens(["Jl. Merdeka"]) == [("Jl.", "Merdeka")]


def test_compiled_tables_are_kept_on_disk_keyed_by_their_sources(tmp_path, monkeypatch):
    """Issue 20: a table compiled once is read back by the next process; a changed source builds
    anew, a broken file is rebuilt."""
    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"a": [1, 2], "b": ("x",)}

    assert diskcache.compiled("t", ["table v1", b"code"], build) == {"a": [1, 2], "b": ("x",)}
    assert diskcache.compiled("t", ["table v1", b"code"], build) == {"a": [1, 2], "b": ("x",)}
    assert len(builds) == 1
    diskcache.compiled("t", ["table v2", b"code"], build)
    assert len(builds) == 2 and len(list(tmp_path.glob("t-*.marshal"))) == 2
    for f in tmp_path.glob("t-*.marshal"):
        f.write_bytes(b"\x00broken")
    assert diskcache.compiled("t", ["table v1", b"code"], build) == {"a": [1, 2], "b": ("x",)}
    assert len(builds) == 3


def test_the_gazetteer_read_from_disk_is_the_one_built(tmp_path, monkeypatch):
    """Issue 20: both indexes (the villages' too) are compiled once and read back equal."""
    from polsek_nlp.knowledge import gazetteer

    monkeypatch.setenv("POLSEK_NLP_CACHE", str(tmp_path))
    built = gazetteer.Gazetteer()
    built.villages()
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == len(list(tmp_path.glob("villages-*.marshal"))) == 1
    read = gazetteer.Gazetteer()
    read.villages()
    assert read._officials == built._officials and read._names == built._names
    assert read._village_names == built._village_names and read._village_starts == built._village_starts
    assert read._starts == built._starts and read.max_words == built.max_words
    assert read.lookup("Purwakarta")[0].code == "32.14"
    assert read.lookup("Cibening", villages=True) == built.lookup("Cibening", villages=True) != []


def test_the_gazetteer_makes_a_region_only_when_a_look_up_returns_it():
    from polsek_nlp.knowledge.gazetteer import Gazetteer

    gaz = Gazetteer()
    assert gaz._infos == {}
    first = gaz.lookup("Purwakarta")
    assert {r.code for r in first} <= set(gaz._infos) and len(gaz._infos) < 10
    assert gaz.lookup("Purwakarta")[0] is first[0] and gaz.get("32.14") is first[0]
