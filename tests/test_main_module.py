"""`python -m polsek_nlp` is the `polsek-nlp` command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polsek_nlp

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "polsek_nlp", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=300)


def test_python_m_polsek_nlp_runs_the_command_line():
    run = _run("--version")
    assert run.returncode == 0 and polsek_nlp.__version__ in run.stdout + run.stderr
    assert "analyze" in _run("--help").stdout


def test_python_m_polsek_nlp_passes_the_exit_code_on():
    run = _run("no-such-command")
    assert run.returncode != 0 and run.returncode == _cli_code("no-such-command")


def _cli_code(*args: str) -> int:
    from polsek_nlp.cli import main

    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return int(code or 0)
