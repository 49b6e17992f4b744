"""`polsek-nlp batch`: the resumable archive command. What a process does (killed, interrupted,
reading its standard input, the corpus run) is run in new processes (`_cli`); the arguments,
formats, summaries and exit codes are `main([...])` called in this process (the `cli` fixture):
a new process costs ~1.7 s of CPU to start spaCy and the pipeline, ~25 s over this file's
default run."""
from __future__ import annotations

import csv
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARCHIVE = SHARED / "corpora" / "archive" / "indosum-2017-a.jsonl"
SEED = ROOT / "examples" / "polres-purwakarta-rakor-2024.txt"

TEXTS = [
    "Polisi menangkap pencuri motor di Bekasi pada Senin malam.",
    "Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan di Cibinong.",
    "Bupati Purwakarta meresmikan pasar tradisional yang baru dibangun.",
]


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "polsek_nlp.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _summary(stderr: str) -> dict[str, str]:
    line = [ln for ln in stderr.splitlines() if ln.startswith("polsek-nlp batch: read=")][-1]
    return dict(kv.split("=", 1) for kv in line.split(": ", 1)[1].split())


def _jsonl_ids(path: Path) -> list[str]:
    data = path.read_bytes()
    assert data.endswith(b"\n")
    return [json.loads(line)["id"] for line in data.splitlines()]


def _parquet_ids(path: Path) -> list[str]:
    ds = pytest.importorskip("pyarrow.dataset")
    return ds.dataset(path, format="parquet").to_table(columns=["id"]).column("id").to_pylist()


def _write_jsonl(path: Path, rows: list[dict]) -> list[str]:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return [r["id"] for r in rows]


def test_batch_jsonl_then_rerun_skips_everything(tmp_path, cli):
    ids = _write_jsonl(tmp_path / "in.jsonl", [{"id": f"a{i}", "text": TEXTS[i % 3]} for i in range(6)])
    with open(tmp_path / "in.jsonl", "a", encoding="utf-8") as f:
        f.write("{rusak\n")
    ids.append("in.jsonl:7")
    out = tmp_path / "out.jsonl"
    run = cli("batch", tmp_path / "in.jsonl", "-o", out, "--no-progress")
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    s = _summary(run.stderr)
    assert (s["read"], s["skipped_done"], s["written"], s["errors"]) == ("7", "0", "7", "1")
    assert _jsonl_ids(out) == ids
    again = cli("batch", tmp_path / "in.jsonl", "-o", out)
    assert again.returncode == 0, again.stderr
    s = _summary(again.stderr)
    assert (s["skipped_done"], s["written"]) == ("7", "0")
    assert _jsonl_ids(out) == ids


def test_batch_csv_to_parquet_with_named_fields(tmp_path, cli):
    src = tmp_path / "berita.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["kode", "isi"])
        for i in range(5):
            w.writerow([f"k{i}", TEXTS[i % 3]])
    out = tmp_path / "out.parquet"
    run = cli("batch", src, "-o", out, "--text-field", "isi", "--id-field", "kode", "--workers", "1",
              "--batch-size", "2", "--progress")
    assert run.returncode == 0, run.stderr
    assert _summary(run.stderr)["written"] == "5"
    assert _parquet_ids(out) == [f"k{i}" for i in range(5)]


def test_batch_format_flag(tmp_path, cli):
    src = tmp_path / "export.dat"
    ids = _write_jsonl(src, [{"id": "x", "text": TEXTS[0]}])
    out = tmp_path / "out.jsonl"
    assert cli("batch", src, "-o", out).returncode == 1  # the name does not tell the format
    run = cli("batch", src, "-o", out, "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    assert _jsonl_ids(out) == ids


def test_batch_unreadable_input_exits_1(tmp_path, cli):
    out = tmp_path / "out.jsonl"
    run = cli("batch", tmp_path / "missing.jsonl", "-o", out)
    assert run.returncode == 1 and "no such file" in run.stderr
    (tmp_path / "bad.csv").write_text("id,naskah_x\n1,x\n")
    run = cli("batch", tmp_path / "bad.csv", "-o", out)
    assert run.returncode == 1 and "no text column" in run.stderr
    run = cli("batch", tmp_path / "bad.csv", "-o", out, "--text-field", "isi")
    assert run.returncode == 1 and "no column 'isi'" in run.stderr
    assert not out.exists()


def test_batch_usage_errors_exit_2(tmp_path, cli):
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "x", "text": TEXTS[0]}])
    assert cli("batch", src).returncode == 2  # no -o
    run = cli("batch", src, "-o", tmp_path / "o.jsonl", "--workers", "0")
    assert run.returncode == 2 and "--workers" in run.stderr
    assert not (tmp_path / "o.jsonl").exists()


def _slow_input(tmp_path: Path, n: int = 60) -> tuple[Path, list[str]]:
    body = SEED.read_text(encoding="utf-8") * 10  # ~0.1 s an article: a run lasts a few seconds
    src = tmp_path / "in.jsonl"
    return src, _write_jsonl(src, [{"id": f"art-{i:03d}", "text": body} for i in range(n)])


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait(proc: subprocess.Popen, ready, limit: float = 120) -> None:
    t0 = time.monotonic()
    while not ready():
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() - t0 < limit
        time.sleep(0.02)


@pytest.mark.slow
def test_killed_run_resumes_without_duplicates(tmp_path):
    src, ids = _slow_input(tmp_path, n=200)  # the run must still be going when it is killed
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "polsek_nlp.cli", "batch", str(src), "-o", str(out), "--batch-size", "1",
           "--no-progress"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(proc, lambda: out.exists() and out.stat().st_size > 0)
        proc.kill()  # SIGKILL: no cleanup of any kind, as in a crash
    finally:
        proc.kill()
        proc.wait()
    done_before = out.read_bytes().count(b"\n")
    assert 0 < done_before < len(ids)
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr
    s = _summary(run.stderr)
    assert int(s["skipped_done"]) >= done_before and int(s["skipped_done"]) + int(s["written"]) == len(ids)
    assert _jsonl_ids(out) == ids


@pytest.mark.slow
def test_interrupted_parquet_run_keeps_its_part_and_resumes(tmp_path):
    pytest.importorskip("pyarrow")
    # enough articles that the run cannot end before the interrupt, however fast analysis gets
    src, ids = _slow_input(tmp_path, n=400)
    out = tmp_path / "out.parquet"
    cmd = [sys.executable, "-m", "polsek_nlp.cli", "batch", str(src), "-o", str(out), "--batch-size", "1",
           "--progress"]
    # Ctrl-C as a terminal delivers it: the child starts with SIGINT's default action even when
    # this test process was started with SIGINT ignored (a CI job run in the background without
    # job control), which the child would otherwise inherit, as `nohup ... &` means it to
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint)
    seen: list[str] = []
    # a thread drains stderr as fast as it comes: reading it in the polling loop fell behind the
    # progress bar, so the run could finish before the loop saw "3/400"
    reader = threading.Thread(target=lambda: seen.extend(iter(lambda: proc.stderr.read(1), "")), daemon=True)
    reader.start()

    def some_articles_done() -> bool:  # the progress bar says how far the run is
        counts = re.findall(rf"(\d+)/{len(ids)}", "".join(seen[-200:]))
        return bool(counts) and int(counts[-1]) >= 3

    try:
        _wait(proc, some_articles_done)
        proc.send_signal(signal.SIGINT)  # Ctrl-C: the part being written is closed properly
        proc.wait(timeout=60)
        reader.join(timeout=10)
    finally:
        proc.kill()
        proc.wait()
    err = "".join(seen)
    assert proc.returncode == 130, err
    assert "rerun" in err
    kept = _parquet_ids(out)
    assert 3 <= len(kept) < len(ids) and kept == ids[:len(kept)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr
    assert _summary(run.stderr)["skipped_done"] == str(len(kept))
    assert _parquet_ids(out) == ids
    assert len(list(out.glob("part-*.parquet"))) >= 2  # one before the interrupt, one (or more) after


@pytest.mark.slow
@pytest.mark.corpus
def test_indosum_first_50_to_jsonl_and_parquet(tmp_path):
    src = tmp_path / "indosum-50.jsonl"
    with open(ARCHIVE, encoding="utf-8") as f:
        src.write_text("".join(itertools.islice(f, 50)), encoding="utf-8")
    ids = [json.loads(line)["id"] for line in src.read_text(encoding="utf-8").splitlines()]
    for name, read in (("out.jsonl", _jsonl_ids), ("out.parquet", _parquet_ids)):
        out = tmp_path / name
        run = _cli("batch", src, "-o", out, "--no-progress")
        assert run.returncode == 0, run.stderr
        assert _summary(run.stderr)["written"] == "50"
        got = read(out)
        assert len(got) == 50 and got == ids


# --------------------------------------------------------------------------------------------
# faults: killed parents, every record failed, output names


def _workers_of(pid: int) -> list[int]:
    """The live child processes of `pid` (from /proc; zombies count as gone)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM"])
def test_workers_die_with_a_killed_parent_and_the_run_resumes(tmp_path, how):
    src, ids = _slow_input(tmp_path, n=400)
    out = tmp_path / "out.parquet"
    cmd = [sys.executable, "-m", "polsek_nlp.cli", "batch", str(src), "-o", str(out), "--workers", "2",
           "--batch-size", "1", "--part-seconds", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)  # its own process group: cleaned up below, whatever happens
    workers: list[int] = []
    try:
        def running() -> bool:
            workers[:] = _workers_of(proc.pid)
            return len(workers) >= 2 and any(out.glob("part-*.parquet"))

        _wait(proc, running)
        os.kill(proc.pid, getattr(signal, how))
        proc.wait(timeout=120)
        deadline = time.monotonic() + 10  # the bound
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], f"workers alive 10 s after {how} of their parent"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    if how == "SIGTERM":
        assert proc.returncode == 130  # a clean stop, the part being written closed
    kept = _parquet_ids(out)
    assert 0 < len(kept) < len(ids) and kept == ids[:len(kept)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr
    assert _parquet_ids(out) == ids  # nothing lost, nothing twice


def test_exit_code_1_when_every_record_failed(tmp_path, cli):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "catatan": "x"}\n{rusak\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = cli("batch", src, "-o", out)
    assert run.returncode == 1 and "every one of the 2 records" in run.stderr
    assert len(out.read_text().splitlines()) == 2
    ok = tmp_path / "ok.jsonl"
    _write_jsonl(ok, [{"id": "b", "text": TEXTS[0]}, {"id": "c"}])
    assert cli("batch", ok, "-o", tmp_path / "ok-out.jsonl").returncode == 0  # some failed: 0


def test_output_name_must_tell_the_format(tmp_path, cli):
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "a", "text": TEXTS[0]}])
    run = cli("batch", src, "-o", tmp_path / "out.csv")
    assert run.returncode == 1 and "output format" in run.stderr and not (tmp_path / "out.csv").exists()
    run = cli("batch", src, "-o", tmp_path / "out.csv", "--output-format", "jsonl")
    assert run.returncode == 0 and json.loads((tmp_path / "out.csv").read_text())["id"] == "a"


def test_scraped_csv_columns_and_retry_errors(tmp_path, cli):
    src = tmp_path / "arsip.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "judul", "tautan", "tanggal", "isi_berita"])
        w.writerow(["k1", "Apel Pasukan", "https://x.example/k1", "10/21/2025 20:43", TEXTS[1]])
        w.writerow(["k2", "Pasar Baru", "https://x.example/k2", "10/5/2025 09:00", TEXTS[2]])
    out = tmp_path / "out.jsonl"
    run = cli("batch", src, "-o", out)
    assert run.returncode == 0, run.stderr
    assert "'judul' read as the title" in run.stderr and "MDY" in run.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["title"], r["published"], r["url"]) for r in recs] == [
        ("Apel Pasukan", "2025-10-21T20:43", "https://x.example/k1"),
        ("Pasar Baru", "2025-10-05T09:00", "https://x.example/k2")]
    # a record that failed in an earlier run is analysed again with --retry-errors
    lines = out.read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[0])
    bad["error"] = "WorkerError: died"
    out.write_text(json.dumps(bad, ensure_ascii=False) + "\n" + lines[1] + "\n", encoding="utf-8")
    assert _summary(cli("batch", src, "-o", out).stderr)["written"] == "0"
    run = cli("batch", src, "-o", out, "--retry-errors")
    assert _summary(run.stderr)["retried"] == "1" and _summary(run.stderr)["written"] == "1"
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in recs) == ["k1", "k2"] and all(r["error"] is None for r in recs)


def test_batch_stdin_to_stdout(tmp_path):
    rows = [{"id": f"s{i}", "text": TEXTS[i % 3]} for i in range(4)]
    run = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "batch", "-", "-o", "-", "--no-progress"],
                         input="".join(json.dumps(r) + "\n" for r in rows), capture_output=True, text=True,
                         cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["id"] for line in run.stdout.splitlines()] == [r["id"] for r in rows]
    assert _summary(run.stderr)["written"] == "4" and list(tmp_path.iterdir()) == []  # no file named `-`


def test_batch_stdin_csv_and_usage_errors_of_dash(tmp_path, capsys, monkeypatch):
    import io

    from polsek_nlp.cli import USAGE, main

    data = "kode,isi\n" + "".join(f"k{i},{TEXTS[i % 3]}\n" for i in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-", "--format", "csv", "-o", str(out), "--id-field", "kode", "--no-progress"]) == 0
    assert _jsonl_ids(out) == ["k0", "k1", "k2"]
    assert main(["batch", "-", "--format", "txt", "-o", str(out)]) == USAGE
    assert main(["batch", str(out), "-o", "-", "--retry-errors"]) == USAGE
    assert main(["batch", str(out), "-o", "-", "--output-format", "parquet"]) == USAGE
    assert capsys.readouterr().err.count("standard") == 3


def test_jsonl_named_csv_is_named_as_such(tmp_path, capsys):
    from polsek_nlp.cli import FAILED, main

    src = tmp_path / "export.csv"
    _write_jsonl(src, [{"id": "x", "text": TEXTS[1] * 30, "title": "judul"}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(out)]) == FAILED
    err = capsys.readouterr().err
    assert "JSON lines, not CSV" in err and "--format jsonl" in err and len(err) < 400
    assert not out.exists()
    assert main(["batch", str(src), "-o", str(out), "--format", "jsonl", "--no-progress"]) == 0
    assert _jsonl_ids(out) == ["x"]


def test_batch_holds_its_startup_out_of_the_collectors_sight_while_it_runs(tmp_path, monkeypatch):
    """Issue 20: `polsek-nlp batch` freezes what the first analysis built (spaCy, the pipeline,
    the tables) while the run goes on, so that full collections walk only what articles
    allocate; a caller's process gets its collector back as it was when `main` returns."""
    import gc

    from polsek_nlp.archive import pool
    from polsek_nlp.cli import main

    frozen = []

    def fake_run_items(*args, **kwargs):
        frozen.append(gc.get_freeze_count())
        return iter(())

    monkeypatch.setattr(pool, "run_items", fake_run_items)
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [{"id": "x", "text": TEXTS[0]}])
    assert main(["batch", str(src), "-o", str(tmp_path / "out.jsonl"), "--no-progress"]) == 0
    assert frozen and frozen[0] > 10_000
    assert gc.get_freeze_count() == 0


def test_the_progress_bar_counts_a_record_once_its_consumer_has_taken_it(monkeypatch):
    """The bar says `n` only when `n` records were handed on and the consumer came back for more (it
    wrote them): an interrupt after the bar reads 3 keeps 3 (the race behind an interrupted run's check)."""
    tqdm_auto = pytest.importorskip("tqdm.auto")
    from polsek_nlp.archive import pool

    counts: list[int] = []

    class Bar:
        def __init__(self, **_kw):
            self.n = 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def update(self, k):
            self.n += k
            counts.append(self.n)

    monkeypatch.setattr(tqdm_auto, "tqdm", Bar)
    it = pool._with_progress(iter(["a", "b", "c"]), 3)
    assert next(it) == "a" and counts == []
    assert next(it) == "b" and counts == [1]
    assert list(it) == ["c"] and counts == [1, 2, 3]
