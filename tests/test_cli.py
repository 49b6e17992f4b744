import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED

ROOT = Path(__file__).resolve().parents[1]


def test_analyze_file():
    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", str(SEED)], capture_output=True,
                         text=True, check=True)
    rec = json.loads(out.stdout)
    assert rec["event"]["type"] == "rapat_koordinasi"


def test_analyze_stdin_pretty():
    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", "-", "--pretty",
                          "--published", "2024-08-20"], input="Polisi menangkap pencuri di Bekasi kemarin.",
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("{\n")
    assert json.loads(out.stdout)["dates"][0]["value"] == "2024-08-19"


def test_missing_file_exits_1_from_every_command(tmp_path, capsys):
    from polsek_nlp.cli import FAILED, main

    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", "/nope.txt"], capture_output=True,
                         text=True)
    assert out.returncode == FAILED == 1 and "no such file" in out.stderr
    assert main(["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == FAILED
    assert main(["analyze", str(tmp_path / "nope.txt")]) == FAILED
    assert capsys.readouterr().err.count("no such file") == 2


PAGE = """<!DOCTYPE html><html lang="id"><head><title>Polres Bogor Gelar Apel | Kabar</title>
<meta property="og:title" content="Polres Bogor Gelar Apel Pasukan">
<meta property="article:published_time" content="2024-08-20T11:16:00+07:00"></head>
<body><nav><ul><li><a href="/a">Kapolda Metro Jaya Irjen Karyoto Tinjau Banjir</a></li>
<li><a href="/b">AKBP Budi Santoso Dimutasi ke Polda Jabar</a></li></ul></nav>
<article><h1>Polres Bogor Gelar Apel Pasukan</h1>
<p>BOGOR - Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan Operasi Lilin di lapangan
Mapolres Bogor, Cibinong, Senin (19/8/2024).</p>
<p>Apel diikuti oleh personel gabungan dari TNI, Polri, Dinas Perhubungan dan Satpol PP Kabupaten Bogor.
Dalam amanatnya, Kapolres menyampaikan bahwa kesiapan personel sangat penting bagi keamanan warga.</p>
</article></body></html>"""


def test_analyze_html_page_uses_the_batch_reader(tmp_path, cli):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    run = cli("analyze", page)
    assert run.returncode == 0, run.stderr
    rec = json.loads(run.stdout)
    assert rec["title"] == "Polres Bogor Gelar Apel Pasukan" and rec["published"].startswith("2024-08-20")
    names = {o["name"] for o in rec["officers"]} | {p["name"] for p in rec["persons"]}
    assert "Andi Dicky" in names and not names & {"Karyoto", "Budi Santoso"}  # no navigation headlines


def test_analyze_refuses_binary_and_reads_other_encodings(tmp_path, cli):
    import random

    junk = tmp_path / "junk.txt"
    junk.write_bytes(random.Random(1).randbytes(100_000))
    run = cli("analyze", junk)
    assert run.returncode == 1 and "binary" in run.stderr and run.stdout == ""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Kapolres Bogor AKBP José Ramírez memimpin apel di Cibinong.".encode("cp1252"))
    run = cli("analyze", latin)
    assert run.returncode == 0, run.stderr
    rec = json.loads(run.stdout)
    assert "José Ramírez" in {o["name"] for o in rec["officers"]}
    assert any("cp1252" in w for w in rec["warnings"])


def test_analyze_published_in_scraped_formats(cli):
    for value, expected in (("Selasa, 20 Agu 2024 11:16 WIB", "2024-08-20T11:16"), ("1724127360", "2024-08-20T11:16"),
                            ("8/20/2024 11:16", "2024-08-20T11:16")):
        run = cli("analyze", "-", "--published", value, input="Polisi menangkap pencuri di Bekasi kemarin.")
        assert run.returncode == 0, run.stderr
        rec = json.loads(run.stdout)
        assert rec["published"] == expected and rec["dates"][0]["value"] == "2024-08-19"
        assert rec["event"]["date_source"] == "text"


# -- the conventions of issue 23: help, `-`, closed pipes, exit codes, tables given to `analyze`

def test_help_has_examples_exit_codes_and_text_for_every_argument(capsys):
    import argparse

    from polsek_nlp.cli import parser

    top = parser()
    text = top.format_help()
    assert "Command line." not in text and "examples:" in text
    for code in ("0 ", "1 ", "2 ", "130", "141"):
        assert f"\n  {code}" in text  # the exit code table
    sub = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == {"analyze", "batch"}
    for name, command in sub.choices.items():
        assert "examples:" in command.format_help() and f"polsek-nlp {name} " in command.epilog
        assert "exit codes" in command.epilog
        for action in command._actions:
            assert action.help, f"{name}: {action.dest} has no help"


def test_analyze_output_dash_is_stdout_and_o_writes_a_file(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli("analyze", SEED, "-o", "-")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["event"]["type"] == "rapat_koordinasi"
    assert not (tmp_path / "-").exists()
    from polsek_nlp.cli import main

    assert main(["analyze", str(SEED), "-o", str(tmp_path / "rec.json"), "--pretty"]) == 0
    assert json.loads((tmp_path / "rec.json").read_text(encoding="utf-8"))["event"]["type"] == "rapat_koordinasi"


def _closed_pipe_run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    """Run the command with its standard output a pipe whose reader has gone (`... | head`)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "polsek_nlp", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # the reader goes away before anything is written
    _, err = proc.communicate((stdin or "").encode(), timeout=300)
    return proc.returncode, err.decode()


def test_closed_pipe_exits_quietly_with_141(tmp_path):
    from polsek_nlp.cli import BROKEN_PIPE

    code, err = _closed_pipe_run("analyze", "-", "--pretty", stdin=SEED.read_text(encoding="utf-8") * 3)
    assert code == BROKEN_PIPE == 141 and "Traceback" not in err and "BrokenPipe" not in err, err
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": "Polisi menangkap pencuri di Bekasi."}) + "\n"
                           for i in range(3)), encoding="utf-8")
    code, err = _closed_pipe_run("batch", str(src), "-o", "-", "--no-progress")
    assert code == BROKEN_PIPE and "Traceback" not in err and "Broken pipe" not in err, err


@pytest.mark.parametrize("name", ["archive.jsonl", "archive.csv", "archive.parquet", "archive.jsonl.gz"])
def test_analyze_refuses_a_table_of_articles_with_a_hint(tmp_path, capsys, name):
    from polsek_nlp.cli import USAGE, main

    table = tmp_path / name
    table.write_bytes(b'{"id": "a", "text": "Polisi menangkap pencuri."}\n')
    assert main(["analyze", str(table)]) == USAGE == 2
    err = capsys.readouterr().err
    assert "table of articles" in err and f"polsek-nlp batch {table}" in err
    assert main(["analyze", str(tmp_path)]) == USAGE  # a folder too
    assert "polsek-nlp batch" in capsys.readouterr().err


def test_analyze_table_read_as_text_when_asked(tmp_path, capsys):
    from polsek_nlp.cli import main

    table = tmp_path / "notes.csv"
    table.write_text("Kapolres Bogor AKBP Andi Dicky memimpin apel di Cibinong.", encoding="utf-8")
    assert main(["analyze", str(table), "--format", "txt"]) == 0
    assert "Andi Dicky" in {o["name"] for o in json.loads(capsys.readouterr().out)["officers"]}


_AT_EXIT = """import atexit, gc, sys
from polsek_nlp.cli import main
atexit.register(lambda: print("frozen at exit", gc.get_freeze_count(), file=sys.stderr))
if sys.argv[1] == "call":
    assert main(sys.argv[2:]) == 0
    sys.exit(0)
sys.argv = ["polsek-nlp", *sys.argv[2:]]
sys.exit(main())
"""


@pytest.mark.parametrize("how", ["program", "call"])
def test_the_programs_own_process_spares_its_last_full_collection(tmp_path, how):
    """Issue 20: run as the process's program (`main()` reads the process's arguments), the
    command leaves what it holds frozen when it returns, so that the interpreter's exit does not
    walk spaCy, the pipeline and the tables once more (~0.15 s of CPU); called with arguments
    (`main([...])`, a process that goes on) it leaves the collector as it was."""
    out = tmp_path / "rec.json"
    run = subprocess.run([sys.executable, "-c", _AT_EXIT, how, "analyze", str(SEED), "-o", str(out)],
                         capture_output=True, text=True, check=True)
    frozen = int(run.stderr.rsplit("frozen at exit", 1)[1].split()[0])
    assert (frozen > 10_000) if how == "program" else frozen == 0
    assert json.loads(out.read_text(encoding="utf-8"))["event"]["type"] == "rapat_koordinasi"
