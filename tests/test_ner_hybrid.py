"""The span arithmetic of benchmarks/ner_hybrid.py (the statistical-NER trial of issue 19) and the
trainer's refusals: no test split, no unseen gold records in training."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from ner_hybrid import combine, post_list  # noqa: E402
from train_ner import read_split, record_examples  # noqa: E402

RULES = {(0, 5, "PER"), (10, 20, "ORG"), (30, 35, "LOC")}
MODEL = {(0, 5, "PER"), (12, 20, "LOC"), (40, 45, "ORG")}


def test_union_adds_only_model_spans_that_overlap_no_rule_span():
    assert combine(RULES, MODEL, "union") == RULES | {(40, 45, "ORG")}
    assert combine(RULES, MODEL, "union:PER") == RULES


def test_filter_keeps_rule_spans_a_model_span_of_their_class_overlaps():
    assert combine(RULES, MODEL, "filter") == {(0, 5, "PER")}
    assert combine(RULES, MODEL, "filter:ORG") == {(0, 5, "PER"), (30, 35, "LOC")}


def test_model_first_then_rules_in_the_gaps():
    assert combine(RULES, MODEL, "model+") == MODEL | {(30, 35, "LOC")}


def test_record_filter_spares_officers_and_union_adds_new_words_only():
    text = "AKBP Budi Santoso bertemu Ani dan Joko."
    items = [{"name": "Budi Santoso", "officer": True}, {"name": "Ani"}]
    assert post_list(items, text, [(34, 38)], "filter") == [items[0]]
    added = post_list(items, text, [(5, 9), (34, 38)], "union")
    assert added[2:] == [{"name": "Joko"}]


def test_trainer_refuses_test_and_unseen():
    with pytest.raises(SystemExit):
        read_split(ROOT.parent / "shared", "test")
    with pytest.raises(SystemExit):
        record_examples(None, ROOT.parent / "shared", "unseen")
