"""The event-date scorer (benchmarks/score_event_dates.py): counting, the split habit, and (corpus)
the gold's join with the shared archive."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("score_event_dates", ROOT / "benchmarks" / "score_event_dates.py")
sed = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("score_event_dates", sed)
_spec.loader.exec_module(sed)
SHARED = ROOT.parent / "shared"


def test_tally_counts_wrong_missing_spurious():
    t = sed.Tally()
    for gold, pred in [("2017-01-02", "2017-01-02"), ("2017-01-02", "2017-01-03"), ("2017-01-02", None),
                       (None, "2017-01-01"), (None, None)]:
        t.add("x", gold, pred)
    assert (t.n, t.ok, t.wrong, t.missing, t.spurious, t.nulls_ok) == (3, 1, 1, 1, 1, 1)
    assert "0.333 (1/3)" in t.line("set")


@pytest.mark.parametrize("split", ["unseen", "all"])
def test_errors_refused_outside_tune(split, capsys):
    assert sed.main(["--split", split, "--errors"]) == 2
    assert "refused" in capsys.readouterr().err


def test_gold_lines_follow_the_split_rule_and_carry_no_text():
    for line in sed.GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        assert list(g) == ["id", "text_sha1", "split", "published", "event_date", "note"]
        unseen = int(hashlib.sha1(g["id"].encode()).hexdigest(), 16) % 5 < 2
        assert g["split"] == ("unseen" if unseen else "tune")


def test_a_folder_of_text_carrying_records_is_scored_without_the_archive(tmp_path, monkeypatch, capsys):
    """--gold DIR (gold/genre_records): each file's own text is analysed with its published time; no
    archive, no records set added."""
    folder = tmp_path / "genre_records"
    folder.mkdir()
    rec = {"id": "grec-001", "split": "tune", "published": "2025-02-04T14:20", "event_date": "2025-02-02",
           "text": "Medan - Polisi menangkap RH, Minggu (2/2)."}
    (folder / "grec-001.json").write_text(json.dumps(rec), encoding="utf-8")
    (folder / "grec-002.json").write_text(json.dumps(dict(rec, id="grec-002", split="unseen")), encoding="utf-8")
    seen = []

    class Rec:
        class event:  # noqa: N801 - stands for record.event
            date = "2025-02-02"

    import polsek_nlp

    monkeypatch.setattr(polsek_nlp, "analyze", lambda text, **kw: seen.append((text, kw)) or Rec())
    assert sed.main(["--gold", str(folder), "--shared", str(tmp_path / "no-shared")]) == 0
    out = capsys.readouterr().out
    assert seen == [(rec["text"], {"published": "2025-02-04T14:20"})]
    assert "1.000 (1/1)" in out and "records set" not in out and "skip" not in out


@pytest.mark.corpus
def test_gold_joins_the_archive_and_scores(capsys):
    texts = sed.load_archive(SHARED / sed.ARCHIVE)
    ev, _ = sed.gold_lines(sed.GOLD, None)
    for g in ev:
        assert hashlib.sha1(texts[g["id"]].encode("utf-8")).hexdigest() == g["text_sha1"]
    assert sed.main(["--split", "tune", "--no-records", "--shared", str(SHARED)]) == 0
    assert "event_dates set" in capsys.readouterr().out


@pytest.mark.corpus
def test_selector_rounds_reproduce_the_gold_in_order():
    """Rounds 1-4 of gold/event_dates/select.py list exactly the gold's ids, round by round; round 3
    draws from no id of another gold set."""
    if not (SHARED / sed.ARCHIVE).exists():
        pytest.skip("no shared archive")
    spec = importlib.util.spec_from_file_location("ev_select", ROOT / "gold" / "event_dates" / "select.py")
    sel = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sel)
    ids = [json.loads(line)["id"] for line in sed.GOLD.read_text(encoding="utf-8").splitlines()]
    drawn = [a["id"] for rnd in (1, 2, 3) for _, a in sel.pick(SHARED, 19, 70, rnd, 60, 40)]
    drawn += [a["id"] for _, a in sel.round4(SHARED)]
    assert drawn == ids
    assert not set(drawn[130:]) & sel.all_gold_ids(SHARED)


@pytest.mark.corpus
def test_records_round3_draw_is_not_moved_by_later_event_date_rounds():
    """gold/records/select_round3.py (drawn before event-date round 3) still shuffles the 25 ids of
    gold/records/round3_ids.txt first, in their order, with round 3's event-date lines present."""
    if not (SHARED / sed.ARCHIVE).exists():
        pytest.skip("no shared archive")
    spec = importlib.util.spec_from_file_location("rec_round3", ROOT / "gold" / "records" / "select_round3.py")
    sel = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sel)
    cands = sel.candidates(SHARED)
    import random

    random.Random(193).shuffle(cands)
    lines = (ROOT / "gold" / "records" / "round3_ids.txt").read_text(encoding="utf-8").splitlines()
    ids = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
    assert [art_id for _, art_id in cands[:len(ids)]] == ids
