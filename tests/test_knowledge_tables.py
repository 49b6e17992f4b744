"""The word tables and the small typed loaders over them (knowledge as data, not code)."""
from __future__ import annotations

from importlib import resources

import pytest

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.gazetteer import admin_prefixes
from polsek_nlp.knowledge.lexicon import name_stopwords, role_words, speech_verbs_after_name
from polsek_nlp.knowledge.phrases import chain_parent_kinds
from polsek_nlp.knowledge.words import word_list, word_set

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
