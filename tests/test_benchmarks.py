"""The benchmark harness runs end to end and writes the figures the README quotes (a smoke test:
speed itself is measured by running it, never asserted here)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_bench_writes_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--n", "6", "--runs", "2",
                    "--input", str(tmp_path / "absent.jsonl"), "--out", str(out)],
                   check=True, capture_output=True, timeout=300)
    result = json.loads(out.read_text())
    assert set(result["articles_per_second"]) == {"floor", "naive", "analyze", "many-1", "many-2"}
    assert all(v > 0 for v in result["articles_per_second"].values())
    assert set(result["ratios"]) == {"analyze_time_over_floor", "many2_over_many1", "naive_time_over_analyze"}
    assert len(result["per_run"]) == 2
    assert result["cold_start_seconds"]["polsek_nlp"] > 0
    assert "tokenizer" in result["components_ms_per_article"]
    assert "polsek_persons" in result["components_ms_per_article"]


@pytest.mark.slow
def test_timeline_stamps_a_whole_batch_run():
    """`timeline.py` wraps the batch path's own functions (`pool.warm`, `pool._chunk_worker`,
    `runner._write`, `RecordWriter.close`): a rename there must not leave it silently broken."""
    if not (ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl").exists():
        pytest.skip("the shared archive is not here")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "timeline.py"), "--n", "12", "--runs", "1",
                          "--no-floor"], check=True, capture_output=True, text=True, timeout=300)
    assert "workers' span" in run.stdout and "exit: last handler -> process gone" in run.stdout
    assert "worker 2: chunks" in run.stdout


@pytest.mark.slow
def test_regex_calls_records_and_replays_the_same_answers(tmp_path):
    """`regex_calls.py` wraps `regex.compile` before polsek_nlp is imported and replays every call a
    pattern answered: under the same Python the replayed answers are the recorded ones' (a change in how
    patterns are compiled or called must not leave it silently measuring nothing)."""
    if not (ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl").exists():
        pytest.skip("the shared archive is not here")
    script, calls = str(ROOT / "benchmarks" / "regex_calls.py"), str(tmp_path / "calls.pickle")
    rec = subprocess.run([sys.executable, script, "record", calls, "--warm", "2", "--n", "6"], check=True,
                         capture_output=True, text=True, timeout=300)
    n_patterns = int(rec.stdout.split(" calls of ")[1].split()[0])
    assert n_patterns > 20  # the tokenizer's, the dates', the quotes' ... patterns all answered
    run = subprocess.run([sys.executable, script, "compare", calls, "--runs", "1", "--repeat", "1"], check=True,
                         capture_output=True, text=True, timeout=300)
    assert f"answers identical for {n_patterns} of {n_patterns} patterns" in run.stdout


def test_the_run_header_names_the_versions_the_figures_ran_on():
    """Issue 20: every speed benchmark prints first what it ran on (`benchmarks/runinfo.py`), so that a
    figure is quoted with the versions behind it. The keys only: no timing."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("runinfo", root / "benchmarks" / "runinfo.py")
    runinfo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runinfo)
    info = runinfo.run_info(b=str(root / "src"))
    assert {"python", "spacy", "regex", "numpy", "dateparser", "polsek_nlp", "polsek_nlp b", "cpus", "load"} <= set(info)
    assert info["polsek_nlp b"].startswith("0.") and str(root / "src") in info["polsek_nlp b"]
    assert runinfo.header().startswith("# python ")


def test_the_batch_benchmarks_time_processes_that_read_bytecode(tmp_path, monkeypatch):
    """Issue 20, session 28: `endtoend.py` and `coldstart.py` give their timed processes a bytecode folder
    of their own (`PYTHONDONTWRITEBYTECODE` dropped): a process started there writes its modules'
    bytecode once and the next reads it, as an installed package does, instead of compiling a
    source tree in every run. No timing: the folder is filled by one run."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    spec = importlib.util.spec_from_file_location("endtoend", root / "benchmarks" / "endtoend.py")
    endtoend = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(endtoend)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = endtoend.bytecode_env(tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env and env["PYTHONPYCACHEPREFIX"] == str(tmp_path / "pyc")
    (tmp_path / "mod_s28.py").write_text("X = 1\n", encoding="utf-8")
    subprocess.run([sys.executable, "-c", "import mod_s28"], check=True, cwd=tmp_path, env=env, timeout=60)
    assert list((tmp_path / "pyc").rglob("mod_s28*.pyc"))
