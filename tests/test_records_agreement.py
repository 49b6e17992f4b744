"""The records-agreement script (benchmarks/records_agreement.py): a skeleton copies no annotation, a
record agrees with itself, a disagreement counts, and unseen disagreements need the annotators' flag.
Tiny invented records; skipped without the shared scorer it borrows its matching rules from."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from helpers import write_record_json as _write

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "records_agreement.py"
if str(_PATH.parent) not in sys.path:
    sys.path.insert(0, str(_PATH.parent))  # the script imports its shared helpers as a script would
_spec = importlib.util.spec_from_file_location("records_agreement", _PATH)
ra = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("records_agreement", ra)
_spec.loader.exec_module(ra)

needs_shared = pytest.mark.skipif(not (ra.SHARED / "eval" / "score_records.py").exists(),
                                  reason="../shared/eval/score_records.py absent")

A = {"id": "1-x", "source": "s", "url": "u", "title": "t", "published": "2017-05-05T10:00", "year_hint": 2017,
     "outlet": "o", "category": "c", "text_sha1": "0" * 40, "split": "tune",
     "officers": [{"name": "Budi Harjono", "rank": "AKP", "position": "Kapolsek"}],
     "persons": ["Siti Rahmawati"], "institutions": ["Polres Tegalrejo"],
     "places": [{"text": "Tegalrejo"}], "dates": [{"text": "Jumat (5/5)", "value": "2017-05-05"}],
     "event_date": "2017-05-05", "event_summary": "x", "notes": "n"}


def test_skeleton_copies_keys_not_annotations(tmp_path):
    _write(tmp_path / "a", A)
    (tmp_path / "ids.txt").write_text("1-x\n")
    ra.skeleton(tmp_path / "ids.txt", tmp_path / "a", tmp_path / "b")
    b = json.loads((tmp_path / "b" / "1-x.json").read_text())
    assert {k: b[k] for k in ra.KEYS} == {k: A[k] for k in ra.KEYS}
    assert all(b[k] == [] for k in ra.LISTS) and b["event_date"] is None and b["notes"] == ""


@needs_shared
def test_a_record_agrees_with_itself_and_a_difference_counts(tmp_path):
    _write(tmp_path / "a", A)
    _write(tmp_path / "b", A)
    t, lone = ra.agreement(tmp_path / "a", tmp_path / "b", "all")
    assert lone == [] and t.lists["persons"] == [1, 1, 1] and t.ev_ok == t.ev_n == 1
    other = json.loads(json.dumps(A))
    other["event_date"] = "2017-05-04"
    other["persons"] = ["Siti Rahmawati", "Joko Pranoto"]
    _write(tmp_path / "b", other)
    t, _ = ra.agreement(tmp_path / "a", tmp_path / "b", "all")
    assert t.lists["persons"] == [1, 2, 1] and t.ev_ok == 0


@needs_shared
def test_unseen_disagreements_need_the_annotators_flag(tmp_path, capsys):
    unseen = dict(A, split="unseen")
    _write(tmp_path / "a", unseen)
    _write(tmp_path / "b", dict(unseen, event_date=None))
    args = ["--a", str(tmp_path / "a"), "--b", str(tmp_path / "b"), "--split", "unseen"]
    assert ra.main([*args, "--diff"]) == 2
    assert ra.main([*args, "--diff", "--annotator-view"]) == 0
    assert "event_date" in capsys.readouterr().out
