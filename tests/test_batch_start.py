"""Issue 20, session 11: the batch path's serial start. With forked workers the parent surveys its
input in a child process (`archive.child.Background`) while it builds what the workers share, and
the batch program builds that start with its collector paused (`archive.pool.warmed`)."""
from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import warnings

import pytest

from polsek_nlp.archive.child import Background
from polsek_nlp.archive.columns import ArchiveWarning
from polsek_nlp.archive.runner import batch

needs_fork = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="no fork on this platform")

PROMO = "Baca juga: berita pilihan redaksi hari ini di kanal kami"
TEXTS = [
    "Polisi menangkap pencuri motor di Bekasi pada Senin malam.",
    "Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan di Cibinong.",
    "Bupati Purwakarta meresmikan pasar tradisional yang baru dibangun.",
]


def _pid_and(value):
    return os.getpid(), value


def _raise(message):
    raise LookupError(message)


def _die_in_a_child(parent):
    if os.getpid() != parent:
        os._exit(3)  # the child dies without answering
    return "made here"


@needs_fork
def test_a_background_call_runs_in_another_process_and_answers_here():
    answer = Background(_pid_and, {"x": [1, 2]}).result()
    assert answer[0] != os.getpid() and answer[1] == {"x": [1, 2]}


def test_a_background_call_without_fork_is_made_by_result():
    assert Background(_pid_and, 5, fork=False).result() == (os.getpid(), 5)


@needs_fork
def test_a_background_calls_exception_is_raised_here():
    with pytest.raises(LookupError, match="no such archive"):
        Background(_raise, "no such archive").result()


@needs_fork
def test_a_background_child_that_dies_leaves_the_call_to_this_process():
    assert Background(_die_in_a_child, os.getpid()).result() == "made here"


def _archive(path, n=60):
    rows = [{"id": f"a{i}", "text": f"{TEXTS[i % 3]}\n{PROMO}\nBerita ke-{i} dari redaksi.",
             "published": f"{1 + i % 12}/{13 + i % 15}/2024 10:00"} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return [r["id"] for r in rows]


def _run(src, out, workers):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ArchiveWarning)
        summary = batch(src, out, workers=workers, batch_size=4, progress=False)
    notes = sorted(str(w.message) for w in seen if issubclass(w.category, ArchiveWarning))
    return summary, notes


@needs_fork
def test_two_workers_survey_in_a_child_and_write_what_one_worker_writes(tmp_path):
    """N in, N out, in order, byte for byte the records of one worker; the survey's findings (the
    day/month order, the repeated promo line) reach the records and the warnings alike."""
    src = tmp_path / "in.jsonl"
    ids = _archive(src)
    one, notes_one = _run(src, tmp_path / "one.jsonl", 1)
    two, notes_two = _run(src, tmp_path / "two.jsonl", 2)
    lines = (tmp_path / "two.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ids
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one["written"] == two["written"] == len(ids) and two["errors"] == 0
    assert notes_one == notes_two and any("site furniture" in n for n in notes_two)
    assert any("MDY" in n for n in notes_two)


@pytest.mark.filterwarnings("ignore::polsek_nlp.archive.columns.ArchiveWarning")
def test_the_batch_program_builds_its_start_with_the_collector_paused(tmp_path, monkeypatch):
    """`own_process=True` (the `polsek-nlp batch` command): the start is built while the collector
    is paused (it is frozen next), frozen while the articles run, and the collector is as it was
    afterwards (enabled, nothing frozen)."""
    from polsek_nlp.archive import pool

    seen = {}
    real_warm, real_run = pool.warm, pool.run_items

    def warm(**kwargs):
        seen.setdefault("enabled while warming", gc.isenabled())
        return real_warm(**kwargs)

    def run_items(*args, **kwargs):
        seen["frozen while running"] = gc.get_freeze_count()
        return real_run(*args, **kwargs)

    monkeypatch.setattr(pool, "warm", warm)
    monkeypatch.setattr(pool, "run_items", run_items)
    src = tmp_path / "in.jsonl"
    ids = _archive(src, 5)
    summary = batch(src, tmp_path / "out.jsonl", progress=False, own_process=True)
    assert summary["written"] == len(ids)
    assert seen["enabled while warming"] is False and seen["frozen while running"] > 10_000
    assert gc.isenabled() and gc.get_freeze_count() == 0


def _sleep_then(seconds, value):
    import time

    time.sleep(seconds)
    return value


def _background_children():
    return [p for p in mp.active_children() if p.name == "polsek-background"]


@needs_fork
def test_an_interrupt_while_waiting_ends_the_child_instead_of_waiting_for_it():
    """The reviewer's case: a stop signal the program turns into an exception arrived while `result`
    waited; the parent then waited for the whole survey before it could stop."""
    import signal

    pending = Background(_sleep_then, 5, "late")
    child = pending._proc
    old = signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        with pytest.raises(KeyboardInterrupt):
            pending.result()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert child.exitcode == -signal.SIGTERM  # ended, not waited for (it would have exited 0)
    assert not _background_children()


@needs_fork
def test_a_start_that_fails_leaves_no_survey_child(tmp_path, monkeypatch):
    from polsek_nlp.archive import pool

    def broken(*args, **kwargs):
        raise RuntimeError("no pipeline")

    monkeypatch.setattr(pool, "warmed", broken)
    src = tmp_path / "in.jsonl"
    _archive(src, n=8)
    with pytest.raises(RuntimeError, match="no pipeline"):
        batch(src, tmp_path / "out.jsonl", workers=2, progress=False)
    assert not _background_children()
