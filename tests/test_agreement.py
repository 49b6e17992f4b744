"""The annotator-agreement script (benchmarks/agreement.py): a skeleton copies no annotation, two
identical annotations agree fully, a disagreement counts, and unseen disagreements are not listed
without the annotators' flag. Tiny invented gold; no corpus needed."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from helpers import write_record_json as _write

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(_BENCH) not in sys.path:
    sys.path.insert(0, str(_BENCH))  # the scripts import their shared helpers as a script would


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, _BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return sys.modules[name]


si = _load("score_incidents")
ag = _load("agreement")

A = {"id": "1-x", "url": "u", "published": "2017-01-01T10:00", "text_sha1": "0" * 40, "split": "tune",
     "suspects": [{"name": "AS", "alias": None, "age": 25, "sex": "L", "residence": None,
                   "status": "ditangkap", "role": "tersangka"}],
     "victims": [], "casualties": {"dead": 1, "injured": None, "missing": None},
     "evidence": [{"item": "sabu", "quantity": 1.2, "unit": "kg"}], "losses": [], "charges": [],
     "event": {"arrests": 1, "type": "narkoba", "subtype": "peredaran"}, "notes": ""}


def test_skeleton_copies_keys_not_annotations(tmp_path):
    _write(tmp_path / "a", A)
    ids = tmp_path / "ids.txt"
    ids.write_text("1-x\n")
    ag.skeleton(ids, tmp_path / "a", tmp_path / "b")
    b = json.loads((tmp_path / "b" / "1-x.json").read_text())
    assert {k: b[k] for k in ag.KEYS} == {k: A[k] for k in ag.KEYS}
    assert b["suspects"] == [] and b["evidence"] == [] and b["casualties"]["dead"] is None


def test_identical_annotations_agree_and_a_difference_counts(tmp_path):
    _write(tmp_path / "a", A)
    _write(tmp_path / "b", A)
    scores, lone = ag.agreement(tmp_path / "a", tmp_path / "b", "all")
    assert lone == [] and scores.persons.f1 == 1.0 and scores.evidence.f1 == 1.0
    other = json.loads(json.dumps(A))
    other["evidence"][0]["quantity"] = 12
    _write(tmp_path / "b", other)
    scores, _ = ag.agreement(tmp_path / "a", tmp_path / "b", "all")
    assert (scores.evidence.tp, scores.evidence.fp, scores.evidence.fn) == (0, 1, 1)


def test_unseen_disagreements_need_the_annotators_flag(tmp_path, capsys):
    unseen = dict(A, split="unseen")
    _write(tmp_path / "a", unseen)
    _write(tmp_path / "b", unseen)
    args = ["--a", str(tmp_path / "a"), "--b", str(tmp_path / "b"), "--split", "unseen"]
    assert ag.main([*args, "--diff"]) == 2
    assert ag.main([*args, "--diff", "--annotator-view"]) == 0
    assert "errors" in capsys.readouterr().out
