"""The package's shape: imports point down the layers (import-linter contract in pyproject.toml),
no import cycles, no long functions, no word lists in code."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "polsek_nlp"


def test_layers_contract_is_kept():
    pytest.importorskip("importlinter")
    out = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                          "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "KEPT" in out.stdout


def _functions():
    for f in sorted(PKG.rglob("*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield f.relative_to(PKG), node


def test_no_function_over_80_lines():
    long = [f"{f}:{n.lineno} {n.name} {n.end_lineno - n.lineno + 1} lines" for f, n in _functions()
            if n.end_lineno - n.lineno + 1 > 80]
    assert not long, long
