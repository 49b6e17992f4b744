"""The word tables and the small typed loaders over them (knowledge as data, not code)."""
from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.gazetteer import admin_prefixes
from polsek_nlp.knowledge.lexicon import name_stopwords, role_words, speech_verbs_after_name
from polsek_nlp.knowledge.phrases import chain_parent_kinds
from polsek_nlp.knowledge.words import word_list, word_set

_DATA = Path(str(resources.files("polsek_nlp").joinpath("data")))
WORD_TABLES = sorted(p.name[:-4] for p in resources.files("polsek_nlp").joinpath("data", "words").iterdir()
                     if p.name.endswith(".tsv"))


@pytest.mark.parametrize("name", WORD_TABLES)
def test_word_table_says_what_it_holds(name):
    text = resources.files("polsek_nlp").joinpath("data", "words", f"{name}.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert lines[0].startswith("#") and len(header) >= 2, "a table starts with what its words are and where from"
    assert "word" in next(line for line in lines if line.strip() and not line.startswith("#")).split("\t")
    assert word_set(name) and len(word_list(name)) >= len(word_set(name))


def test_a_column_selects_a_narrower_set():
    places = word_set("locative_words", "place_cue")
    assert {"di", "ke", "kawasan"} <= places < word_set("locative_words")
    assert "seluruh" in word_set("locative_words") - places
    ends, closers = word_set("sentence_marks", "role", "end"), word_set("sentence_marks", "role", "closer")
    assert {".", "?", "…"} <= ends and {'"', ")"} <= closers and not ends & closers


def test_admin_prefixes_and_the_institutions_view():
    every = admin_prefixes()
    assert every["Kab."] == "kabupaten" and every["Distrik"] == "kecamatan" and every["Ds."] == "desa"
    view = admin_prefixes(frozenset({"provinsi", "kabupaten", "kota", "kecamatan"}), "national")
    assert view == {"Kabupaten": "kabupaten", "Kab.": "kabupaten", "Kota": "kota", "Provinsi": "provinsi",
                    "Prov.": "provinsi", "Kecamatan": "kecamatan", "Kec.": "kecamatan", "DKI": "provinsi",
                    "Daerah Istimewa": "provinsi", "Daerah Khusus Ibukota": "provinsi",
                    "Daerah Khusus Ibu Kota": "provinsi"}


def test_role_words_keep_roleless_cues():
    roles = role_words()
    assert roles["tersangka"] == "tersangka" and roles["Wapres"] == "Wakil Presiden"
    assert "bernama" in roles and roles["bernama"] is None


def test_speech_verbs_after_a_name_are_reporting_verbs():
    cues = {row["cue"] for row in read_table("reporting_verbs.tsv")}
    say, both = speech_verbs_after_name(("say",)), speech_verbs_after_name(("say", "claim"))
    assert {"mengatakan", "bilang"} <= say < both <= cues
    assert both - say == {"mengklaim", "menduga"}


def test_every_institution_kind_is_described():
    kinds = {row["kind"] for row in read_table("institution_kinds.tsv")}
    used = {row["kind"] for row in read_table("institutions.tsv")} | {row["kind"] for row in read_table("org_heads.tsv")}
    assert used <= kinds
    assert {"police", "legislature"} <= chain_parent_kinds() and not {"party", "other", "media"} & chain_parent_kinds()


def test_given_names_stay_possible_name_words():
    assert "bung" not in name_stopwords() and "yang" in name_stopwords()


def _data_rows(path):
    lines = [ln.rstrip("\n") for ln in path.read_text(encoding="utf-8").splitlines()]
    rows = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    return rows[1:]  # the first row names the columns


@pytest.mark.parametrize("path", sorted(_DATA.rglob("*.tsv")), ids=lambda p: p.name)
def test_no_table_holds_a_row_twice(path):
    """A row written twice is a row edited in one place and left in the other: where a table is
    read into a dict, the later one silently wins (an incident word's value was lost that way)."""
    counts = Counter(_data_rows(path))
    assert [row for row, n in counts.items() if n > 1] == []


def test_an_incident_word_has_one_value_per_kind():
    values: dict[tuple[str, str], set[str]] = {}
    for row in read_table("incident_words.tsv"):
        values.setdefault((row["word"], row["kind"]), set()).add(row["value"])
    assert {key: vals for key, vals in values.items() if len(vals) > 1} == {}
