"""The public API is typed: `mypy --strict` is clean on the public modules, and the names that
`polsek_nlp` loads lazily (pandas and displaCy are slow to import) are typed for mypy and IDEs."""
from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import polsek_nlp

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ("__init__.py", "api.py", "pipeline.py", "record/types.py", "notebook/frames.py", "notebook/columns.py",
          "notebook/records.py", "notebook/render.py", "notebook/viz.py")
# the check CI runs, from the repository root (docs/api.md gives the same command)
COMMAND = ["mypy", "--strict", "--follow-imports=silent", "--ignore-missing-imports",
           *(f"src/polsek_nlp/{name}" for name in PUBLIC)]


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -e '.[test]'")
    exe = [sys.executable, "-m", "mypy"] if shutil.which("mypy") is None else ["mypy"]
    return subprocess.run([*exe, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_mypy_strict_is_clean_on_the_public_modules():
    run = _mypy(*COMMAND[1:])
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"no issues found in {len(PUBLIC)} source files" in run.stdout


def test_the_lazy_names_are_typed(tmp_path):
    """`polsek_nlp.to_frames` & co. are not `Any` to mypy: a wrong call is an error."""
    use = tmp_path / "use_polsek.py"
    use.write_text(
        "import polsek_nlp\n"
        "polsek_nlp.render(42)\n"
        "polsek_nlp.holders([], position=3)\n"
        "polsek_nlp.read_items(42)\n"
        "x: int = polsek_nlp.EVENT_TYPES\n"
        "ok: tuple[str, ...] = polsek_nlp.EVENT_TYPES\n")
    run = _mypy("--strict", "--follow-imports=silent", "--ignore-missing-imports", str(use))
    lines = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert {line.split(":")[1] for line in lines} >= {"2", "3", "4", "5"}, run.stdout
    assert not [line for line in lines if line.split(":")[1] == "6"], run.stdout


def test_every_lazy_name_is_declared_for_type_checkers_and_resolves():
    tree = ast.parse((ROOT / "src" / "polsek_nlp" / "__init__.py").read_text(encoding="utf-8"))
    declared = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            declared |= {alias.asname or alias.name for imp in node.body if isinstance(imp, ast.ImportFrom)
                         for alias in imp.names}
    lazy = polsek_nlp._LAZY
    assert declared == set(lazy)
    for name, module in lazy.items():  # the run-time path gives the object the static import names
        assert getattr(importlib.import_module(f"polsek_nlp.{module}"), name) is getattr(polsek_nlp, name)
    for name in polsek_nlp.__all__:
        assert getattr(polsek_nlp, name) is not None, name


def test_importing_polsek_nlp_does_not_import_pandas_or_matplotlib():
    code = ("import sys, polsek_nlp\n"
            "print(sorted(m for m in ('pandas', 'matplotlib', 'pyarrow') if m in sys.modules))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert run.stdout.strip() == "[]"


def test_the_imports_the_docs_show_work():
    """`from polsek_nlp.x import y` in the README, docs/ and the public modules' docstrings names
    real modules and names (they once said `polsek_nlp.frames`, `polsek_nlp.viz`)."""
    import re

    pattern = re.compile(r"from (polsek_nlp[\w.]*) import ([\w, ]+)")
    sources = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
               *(ROOT / "src" / "polsek_nlp" / name for name in PUBLIC)]
    seen = 0
    for path in sources:
        for module, names in pattern.findall(path.read_text(encoding="utf-8")):
            try:
                mod = importlib.import_module(module)
            except ImportError as exc:
                if exc.name and not exc.name.startswith("polsek_nlp"):
                    continue  # an extra that is not installed here
                raise AssertionError(f"{path.name}: from {module} import ...: {exc}") from None
            for name in (n.strip() for n in names.split(",")):
                assert name and hasattr(mod, name), f"{path.name}: from {module} import {name}"
            seen += 1
    assert seen >= 5
