import pytest

import polsek_nlp

ITEMS = [
    "Polisi menangkap pencuri motor di Bekasi.",
    {"id": "b", "text": "Kapolres Bogor AKBP Andi Dicky memimpin apel.", "published": "2024-08-20"},
    {"id": "c", "text": None},
    {"id": "d", "text": "Bupati Purwakarta meresmikan pasar.", "published": "tanggal salah"},
    "",
]


def test_one_result_per_input_in_order():
    out = list(polsek_nlp.analyze_many(ITEMS))
    assert len(out) == len(ITEMS)
    assert [r.id for r in out] == [None, "b", "c", "d", None]
    assert out[2].error and "TypeError" in out[2].error
    assert out[3].error and "ValueError" in out[3].error
    assert out[0].error is None and out[1].officers[0].name == "Andi Dicky"


def test_is_lazy():
    gen = polsek_nlp.analyze_many(iter(["a"] * 3))
    assert next(gen).error is None


@pytest.mark.slow
def test_two_processes_give_the_same_records():
    items = [{"id": str(i), "text": t} for i, t in enumerate(["Polisi menangkap pencuri di Bekasi."] * 6 + [
        "Kapolres Bogor AKBP Andi Dicky memimpin apel di Cibinong.", None])]
    one = [r.to_dict() for r in polsek_nlp.analyze_many(items)]
    two = [r.to_dict() for r in polsek_nlp.analyze_many(items, n_process=2, batch_size=2)]
    assert one == two


def test_bad_options():
    with pytest.raises(ValueError):
        list(polsek_nlp.analyze_many([], n_process=0))
    with pytest.raises(ValueError):
        list(polsek_nlp.analyze_many([], batch_size=0))


def test_threads_share_analyze_safely():
    from concurrent.futures import ThreadPoolExecutor

    from polsek_nlp import api

    texts = [f"Kapolres Bogor AKBP Andi Dicky memimpin apel ke-{i} di Cibinong." for i in range(60)]
    expected = [polsek_nlp.analyze(t).to_dict() for t in texts]
    size, warm, seen = api._zones.size, api._zones.warm, api._zones.seen
    api._zones.size, api._zones.warm = 3, 0  # force zone changes while threads are inside
    try:
        with ThreadPoolExecutor(4) as pool:
            got = [r.to_dict() for r in pool.map(polsek_nlp.analyze, texts)]
    finally:
        api._zones.size, api._zones.warm, api._zones.seen = size, warm, seen
    assert got == expected


class _KillsItsWorker:
    """An item whose text, read in a worker process, kills that process (as an OOM kill would)."""

    def __init__(self, parent_pid: int) -> None:
        self.parent_pid = parent_pid
        self.id = "killer"

    @property
    def text(self) -> str:
        import os

        if os.getpid() != self.parent_pid:
            os._exit(1)
        return "Polisi datang."


@pytest.mark.slow
def test_a_dying_worker_loses_no_input_and_never_hangs():
    import os

    items = [f"Polisi menangkap pencuri ke-{i} di Bekasi." for i in range(10)]
    items.insert(5, _KillsItsWorker(os.getpid()))
    out = list(polsek_nlp.analyze_many(items, n_process=2, batch_size=2))
    assert len(out) == 11
    assert out[5].id == "killer" and out[5].error.startswith("WorkerError")
    assert all(r.error is None for k, r in enumerate(out) if k not in (4, 5))
    assert out[4].error is None or out[4].error.startswith("WorkerError")  # shared the killer's chunk


def test_forked_workers_share_what_the_parent_built(monkeypatch):
    """Issue 20: with fork, the pool's parent builds the pipeline, tables and villages once
    before starting the workers (each built its own before); the workers only check them."""
    import multiprocessing as mp

    from polsek_nlp.archive import pool

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform")
    calls = []
    monkeypatch.setattr(pool, "warm", lambda **_: calls.append(1))
    records = list(polsek_nlp.analyze_many(["Polisi menangkap pencuri di Bogor."] * 3, n_process=2,
                                           batch_size=1))
    assert len(records) == 3 and all(r.error is None for r in records)
    assert calls == [1]  # in this process, once (the workers' calls are their own)


def _frozen_count(record):
    """A record's id and how many objects this worker process keeps out of the collector's sight."""
    import gc

    return record.id, gc.get_freeze_count()


_FIRST_USE = """import json, sys
from polsek_nlp.archive.items import Options
from polsek_nlp.archive.pool import run_items


def loaded(record):
    return record.error, sorted(m for m in ("dateparser", "ftfy") if m in sys.modules)


if __name__ == "__main__":
    out = run_items(["Polisi menangkap pencuri di Bekasi."] * 2, Options(then=loaded), n_process=2, batch_size=1)
    print(json.dumps(list(out)))
"""


@pytest.mark.slow  # a new process that forks a pool of two workers (~8 s on 2 cores): multi-process
def test_forked_workers_find_what_articles_build_on_first_use_built(tmp_path):
    """Issue 20: before forking, the parent also builds what articles build on first use (the
    date parser's languages, the mojibake repairer ...), which every worker of a long run would
    otherwise build for itself: a worker finds them there before its first article needs them."""
    import json
    import multiprocessing as mp
    import subprocess
    import sys

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform")
    script = tmp_path / "first_use.py"
    script.write_text(_FIRST_USE, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout.splitlines()[-1]) == [[None, ["dateparser", "ftfy"]]] * 2


def test_workers_hand_back_what_then_makes_of_each_record():
    """Issue 20: `batch` asks its workers for each record's JSON line (`Options.then`), not the
    record: a string is cheap to send back, and the workers share the serialising. The lines are
    the records' own `to_json`, errors included, in input order."""
    from polsek_nlp.archive.items import Options
    from polsek_nlp.archive.pool import run_items
    from polsek_nlp.archive.writers import json_line

    items = [{"id": str(i), "text": t} for i, t in enumerate(["Polisi menangkap pencuri di Bekasi."] * 3 + [None])]
    lines = list(run_items(items, Options(then=json_line), n_process=2, batch_size=1))
    expected = list(polsek_nlp.analyze_many(items))
    assert [line for line, _ in lines] == [r.to_json() for r in expected]
    assert [failed for _, failed in lines] == [False, False, False, True]


def test_a_worker_keeps_what_it_started_with_out_of_the_collectors_sight():
    """Issue 20: a worker freezes what it holds after warming up (the pipeline, the tables, the
    parent's heap when forked), so that its collections walk only what articles allocate."""
    import gc

    from polsek_nlp.archive.items import Options
    from polsek_nlp.archive.pool import run_items

    out = list(run_items(["Polisi menangkap pencuri di Bekasi."] * 2, Options(then=_frozen_count), n_process=2,
                         batch_size=1))
    assert len(out) == 2 and all(count > 10_000 for _, count in out)
    assert gc.get_freeze_count() == 0  # this process (the caller's) is left as it was


@pytest.mark.parametrize(("cores", "machine", "load", "expected"),
                         [(2, 2, 0.1, 2), (2, 2, 0.9, 1), (2, 2, 3.5, 1), (8, 8, 2.2, 6), (4, 4, 0.0, 4),
                          (2, 64, 30.0, 1), (2, 64, 3.0, 2)])
def test_minus_one_worker_means_one_per_free_core(monkeypatch, cores, machine, load, expected):
    """Issue 20: `n_process=-1` (`--workers -1`) counts the cores this process may use, less the
    share of the machine other jobs keep busy: on a shared machine a worker beyond the free
    cores made the run slower, not faster."""
    import os

    from polsek_nlp.archive import pool

    monkeypatch.setattr(os, "cpu_count", lambda: machine)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert pool.processes(-1) == expected
    assert pool.processes(3) == 3


def test_the_last_chunks_sent_to_workers_are_small_when_the_total_is_known():
    """Issue 20: with the number of items known, no chunk holds more than the items left over
    twice the workers, so that the workers finish together (a whole last chunk of 32 articles
    kept one worker busy ~0.1-0.3 s while the other idled); without it, chunks keep their size."""
    from polsek_nlp.archive.pool import _chunks

    tapered = list(_chunks(range(1000), 32, 2, 1000))
    assert [x for c in tapered for x in c] == list(range(1000))
    assert max(map(len, tapered)) == 32 and [len(c) for c in tapered[-3:]] == [1, 1, 1]
    assert [len(c) for c in _chunks(range(100), 32, 2, None)] == [32, 32, 32, 4]
    assert [x for c in _chunks(range(100), 32, 2, 10) for x in c] == list(range(100))  # a wrong total: all kept


def test_batch_tells_the_pool_how_many_articles_are_left(tmp_path, monkeypatch):
    """Issue 20: `batch` knows how many items its input holds (the survey read them all) and
    passes the number left to analyse to the pool (the last chunks' size, the progress bar)."""
    import json

    from polsek_nlp.archive import pool
    from polsek_nlp.archive.runner import batch

    seen = []
    real = pool.run_items

    def run_items(items, opts, **kwargs):
        seen.append(kwargs["total"])
        return real(items, opts, **kwargs)

    monkeypatch.setattr(pool, "run_items", run_items)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": "Polisi menangkap pencuri di Bekasi."}) + "\n"
                           for i in range(5)), encoding="utf-8")
    out.write_text(json.dumps({"schema_version": "1.1", "id": "0", "error": None}) + "\n", encoding="utf-8")
    assert batch(src, out, progress=False)["written"] == 4
    assert seen == [4]


def test_warming_up_is_done_once_per_process(monkeypatch):
    """Issue 20: `warm` remembers what it built, so that a forked worker's initializer, and the
    pool after `polsek-nlp batch` warmed up, find it done instead of analysing again."""
    from polsek_nlp import api
    from polsek_nlp.archive import pool

    pool.warm(for_workers=True)
    calls = []
    monkeypatch.setattr(api, "analyze", lambda *args, **kwargs: calls.append(args))
    pool.warm()
    pool.warm(for_workers=True)
    assert calls == []


class _DoesNotPickle:
    """An article object that cannot be sent to a worker process (it holds a lock)."""

    def __init__(self, text: str) -> None:
        import threading

        self.text = text
        self.lock = threading.Lock()


@pytest.mark.slow
def test_an_item_that_cannot_travel_to_a_worker_is_analysed_all_the_same():
    """N in = N out with workers too: an item that does not pickle was a TypeError that ended
    the whole stream with 2 processes (1 process analyses it); its chunk is now analysed by the
    process that runs the pool, and gives the record one process gives."""
    items = [f"Polisi menangkap pencuri ke-{i} di Bekasi." for i in range(6)]
    items.insert(3, _DoesNotPickle("Kapolres Bogor AKBP Andi Dicky memimpin apel di Cibinong."))
    one = [r.to_dict() for r in polsek_nlp.analyze_many(items)]
    two = [r.to_dict() for r in polsek_nlp.analyze_many(items, n_process=2, batch_size=2)]
    assert len(two) == 7 and two == one
    assert two[3]["error"] is None and two[3]["officers"][0]["name"] == "Andi Dicky"


def test_a_pool_broken_before_a_chunk_is_sent_loses_no_input(monkeypatch):
    """A worker that dies between two results breaks the pool before the next chunk is sent:
    `submit` itself raises BrokenProcessPool. That chunk is rerun with those in flight, not lost
    with the whole stream (the slow dying-worker test above failed now and then on this race)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    real, calls = ProcessPoolExecutor.submit, []

    def breaks_once(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise BrokenProcessPool("a worker died between two results")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", breaks_once)
    items = [{"id": f"a{i}", "text": f"Polisi menangkap pencuri ke-{i} di Bekasi."} for i in range(8)]
    out = list(polsek_nlp.analyze_many(items, n_process=2, batch_size=2))
    assert [r.id for r in out] == [f"a{i}" for i in range(8)]
    assert all(r.error is None for r in out)


def test_a_warm_load_builds_what_the_components_build_lazily(new_process):
    """Issue 20: `load(warm=True)` (the pool's parent does the same before forking) builds every
    pattern and word list the components would build on first use, the incident stage's too, so that
    forked workers share them instead of each building them on its first articles; `load()` alone
    leaves them lazy, for a quick single analysis."""
    code = ("import polsek_nlp\nfrom polsek_nlp.pipeline import lazy_builds\n"
            "polsek_nlp.load()\nprint(len(lazy_builds()))\n"
            "polsek_nlp.load(warm=True)\nimport sys\n"
            "print(len(lazy_builds()), 'polsek_nlp.recognize.incident_victims' in sys.modules)\n")
    lazy, warm = new_process(code)[:2]
    assert int(lazy) > 10
    assert warm.split() == ["0", "True"]


def test_building_lazily_or_at_once_gives_the_same_record():
    """Issue 20: what `build_lazy` builds ahead is what the components would build themselves: the
    records are the same (invented article)."""
    from polsek_nlp import analyze
    from polsek_nlp.pipeline import build_lazy

    text = ("Polisi menangkap dua pria berinisial RK (31) dan TW (27) yang diduga mencuri sepeda motor di "
            "Kecamatan Cibeber, Cianjur, Rabu (4/9/2024). Seorang korban luka ringan. \"Keduanya kami jerat "
            "Pasal 363 KUHP,\" kata Kasat Reskrim AKP Dimas Prasetyo.")
    before = analyze(text).to_dict()
    build_lazy()
    assert analyze(text).to_dict() == before
