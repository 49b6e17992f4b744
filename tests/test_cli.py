import json
import subprocess
import sys

from conftest import SEED


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


def test_missing_file():
    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", "/nope.txt"], capture_output=True,
                         text=True)
    assert out.returncode == 2 and "no such file" in out.stderr
