"""Corpus checks (need ../shared): the seed's facts, and floors under the scorers' figures so that
a change that loses accuracy fails. The figures themselves are printed by the scorers."""
import re
import subprocess
import sys

import pytest

from conftest import SHARED

pytestmark = pytest.mark.corpus
EVAL = SHARED / "eval"
CORPORA = SHARED / "corpora"


def run(*args):
    out = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, timeout=600)
    return out.returncode, out.stdout


def test_seed_facts_all_present():
    code, out = run(EVAL / "check_expected.py", CORPORA / "seed" / "polres-purwakarta-rakor-2024.txt",
                    CORPORA / "seed" / "polres-purwakarta-rakor-2024.expected.json")
    assert code == 0, out
    n, m = map(int, re.search(r"(\d+)/(\d+) facts", out).groups())
    assert n == m


def test_record_scores_do_not_regress():
    code, out = run(EVAL / "score_records.py", CORPORA / "police-gold-dev")
    assert code == 0, out
    f1 = {k: float(v) for k, v in re.findall(r"^(\w+)\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", out, re.M)}
    assert f1["dates"] >= 0.90, out
    assert f1["officers"] >= 0.85, out
    assert float(re.search(r"mean F1 ([\d.]+)", out).group(1)) >= 0.65, out


def test_ner_scores_do_not_regress():
    code, out = run(EVAL / "score_ner.py", CORPORA / "idner-news-2k" / "dev.txt")
    assert code == 0, out
    assert float(re.search(r"micro F1 ([\d.]+)", out).group(1)) >= 0.55, out
