"""The package's shape: imports point down the layers (import-linter contract in pyproject.toml),
no import cycles, no long functions, no word lists in code."""
from __future__ import annotations

import ast
import functools
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


@functools.cache
def _trees() -> tuple[tuple[Path, ast.Module], ...]:
    """The package's modules parsed, once for the tests that read them (~1 s of CPU a reading)."""
    return tuple((f, ast.parse(f.read_text(encoding="utf-8"))) for f in sorted(PKG.rglob("*.py")))


def _functions():
    for f, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield f.relative_to(PKG), node


def test_no_function_over_80_lines():
    long = [f"{f}:{n.lineno} {n.name} {n.end_lineno - n.lineno + 1} lines" for f, n in _functions()
            if n.end_lineno - n.lineno + 1 > 80]
    assert not long, long


def _word_lists():
    """List, tuple and set literals of more than 5 strings, `__all__` aside (words live in data/)."""
    for f, tree in _trees():
        exported = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and id(node) not in exported:
                strings = [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(strings) > 5:
                    yield f"{f.relative_to(PKG)}:{node.lineno} {len(strings)} strings"


def test_no_word_lists_in_code():
    """Only code names may stay: the pipeline's component names (pipeline.COMPONENTS)."""
    found = list(_word_lists())
    assert [x.split(":")[0] for x in found] == ["pipeline.py"], found
