"""benchmarks/snapshot.py diff: records of articles held for scoring only are counted, never printed
(two helpers read unseen records through the old diff's output); no corpus needed."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "snapshot.py"
_spec = importlib.util.spec_from_file_location("snapshot_tool", _PATH)
snap = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snap)


def _gold(tmp: Path) -> Path:
    gold = tmp / "gold"
    for sub in ("records", "incidents", "event_dates", "sentences"):
        (gold / sub).mkdir(parents=True)
    (gold / "records" / "r1.json").write_text(json.dumps({"id": "r1", "split": "unseen"}))
    (gold / "records" / "r2.json").write_text(json.dumps({"id": "r2", "split": "tune"}))
    (gold / "incidents" / "i1.json").write_text(json.dumps({"id": "i1", "split": "unseen"}))
    (gold / "event_dates" / "event_dates.jsonl").write_text(json.dumps({"id": "e1", "split": "unseen"}) + "\n")
    (gold / "sentences" / "sentences.jsonl").write_text(
        json.dumps({"id": "s1", "split": "check"}) + "\n" + json.dumps({"id": "s2", "split": "tune"}) + "\n")
    return gold


def test_held_out_ids_are_the_scored_only_splits(tmp_path):
    assert snap.held_out_ids(_gold(tmp_path)) == {"r1", "i1", "e1", "s1"}


def test_diff_counts_held_records_but_prints_none_of_them(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(snap, "GOLD", _gold(tmp_path))
    before = [{"id": i, "persons": ["Ani Secret"]} for i in ("r1", "r2", "s1", "x9")]
    after = [{"id": i, "persons": ["Budi Secret"]} for i in ("r1", "r2", "s1", "x9")]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("\n".join(json.dumps(r) for r in before))
    b.write_text("\n".join(json.dumps(r) for r in after))
    assert snap.diff(a, b, show=10) == 1
    out = capsys.readouterr().out
    assert "4 of 4 records differ (2 of them held for scoring only, not shown)" in out
    assert "--- r2:" in out and "--- x9:" in out
    assert "r1" not in out and "s1" not in out
    snap.diff(a, b, show=10, show_held=True)
    assert "held-out ids that differ: r1, s1" in capsys.readouterr().out


def test_published_comes_from_the_id_timestamp_in_wib():
    """Snapshots resolve relative dates against the id's Unix timestamp in WIB, as the gold's `published` do
    (before: every article at 2017-06-01T10:00); an id without a timestamp keeps that fixed time."""
    assert snap.published_from_id("1500000000-polisi-tangkap-pencuri-motor") == "2017-07-14T09:40"
    assert snap.published_from_id("1483203600-tahun-baru") == "2017-01-01T00:00"  # 17:00 UTC the day before
    assert snap.published_from_id("berita-tanpa-waktu") == "2017-06-01T10:00"
    assert snap.published_from_id("12345-pendek") == "2017-06-01T10:00"
    assert snap.published_from_id("seed", fallback=None) is None
