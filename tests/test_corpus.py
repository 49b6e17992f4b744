"""Corpus checks (need ../shared): the seed's facts, and floors under the scorers' figures so that
a change that loses accuracy fails. The figures themselves are printed by the scorers."""
import re
import runpy
import sys

import pytest

from conftest import SHARED

pytestmark = pytest.mark.corpus
EVAL = SHARED / "eval"
CORPORA = SHARED / "corpora"


@pytest.fixture
def run(capsys, monkeypatch):
    """`python SCRIPT ARGS` of a scorer, run in this process (`runpy`, as `__main__`) with the
    pipeline it has already loaded: a new process a scorer cost ~1.7 s of CPU more. Its exit code
    and standard output."""
    def scorer(script, *args):
        monkeypatch.setattr(sys, "argv", [str(script), *map(str, args)])
        monkeypatch.setattr(sys, "path", list(sys.path))  # the scorer puts its folder first
        capsys.readouterr()
        try:
            runpy.run_path(str(script), run_name="__main__")
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.modules.pop("common", None)  # the scorers' helper module, by its plain name
        return code, capsys.readouterr().out

    return scorer


def test_seed_facts_all_present(run):
    code, out = run(EVAL / "check_expected.py", CORPORA / "seed" / "polres-purwakarta-rakor-2024.txt",
                    CORPORA / "seed" / "polres-purwakarta-rakor-2024.expected.json")
    assert code == 0, out
    n, m = map(int, re.search(r"(\d+)/(\d+) facts", out).groups())
    assert n == m


def test_record_scores_do_not_regress(run):
    code, out = run(EVAL / "score_records.py", CORPORA / "police-gold-dev")
    assert code == 0, out
    f1 = {k: float(v) for k, v in re.findall(r"^(\w+)\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", out, re.M)}
    assert f1["dates"] >= 0.90, out
    assert f1["officers"] >= 0.85, out
    assert float(re.search(r"mean F1 ([\d.]+)", out).group(1)) >= 0.65, out


def test_ner_scores_do_not_regress(run):
    code, out = run(EVAL / "score_ner.py", CORPORA / "idner-news-2k" / "dev.txt")
    assert code == 0, out
    assert float(re.search(r"micro F1 ([\d.]+)", out).group(1)) >= 0.55, out
