"""Issue 20, session 21: the batch path's serial start without spaCy's command line.

`polsek_nlp` imports spaCy without `spacy.cli` (typer, weasel, requests, httpx, jinja2, rich ...),
which no analysis and no batch run uses (`polsek_nlp._spacy_lean`); spaCy's command line is still
there for whoever asks for it. Each check runs in a new Python process: what a process imports is
decided once, at its start."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# what a new process imported after analysing an invented article (modules of spaCy's command line)
_IMPORTED = r"""
import json, sys
import polsek_nlp
rec = polsek_nlp.analyze("Kapolsek Sukamaju AKP Dodi Herlambang memimpin apel pagi di Mapolsek, Senin (3/3/2025).")
cli = ("spacy.cli", "typer", "weasel", "requests", "httpx", "jinja2", "rich")
print(json.dumps({"type": rec.event.type, "cli": [m for m in cli if m in sys.modules]}))
"""

# spaCy's command line asked for after polsek_nlp: the real package, and spacy.info answering
_ASKED = r"""
import json, sys
import polsek_nlp
import spacy
by_attribute = spacy.cli.download.__module__  # spacy.cli without importing it, as after a plain import spacy
info = spacy.info()
from spacy.cli import download
import spacy.cli
print(json.dumps({"info": sorted(info)[:3], "download": download.__module__, "typer": "typer" in sys.modules,
                  "cli_has_info": hasattr(spacy.cli, "info"), "by_attribute": by_attribute}))
"""

# spaCy imported before polsek_nlp (as a spaCy pipeline loading ours does): left as it is
_SPACY_FIRST = r"""
import json, sys
import spacy
import polsek_nlp
print(json.dumps({"cli": "spacy.cli" in sys.modules, "type": polsek_nlp.analyze("Polisi menangkap pencuri.").error}))
"""


def _run(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_process_that_analyses_never_imports_spacys_command_line():
    seen = _run(_IMPORTED)
    assert seen["cli"] == []
    assert seen["type"]  # the article was analysed


def test_spacys_command_line_is_still_there_when_asked_for_after_polsek_nlp():
    seen = _run(_ASKED)
    assert seen["info"]  # spacy.info() answered with spaCy's own dict
    assert seen["download"] == "spacy.cli.download"
    assert seen["typer"] is True  # the real command line, imported when asked for
    assert seen["cli_has_info"] is True
    assert seen["by_attribute"] == "spacy.cli.download"


def test_spacy_imported_first_is_left_as_it_is():
    seen = _run(_SPACY_FIRST)
    assert seen["cli"] is True  # spaCy's own import, untouched
    assert seen["type"] is None
