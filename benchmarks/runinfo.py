"""What a speed figure ran on: one header line that every speed benchmark prints first.

    python benchmarks/runinfo.py            # the line for this interpreter and the tree in force

A figure is quoted with its header (docs/performance.md): the venv's versions moved the batch figure
in session 23 (0.90 -> 0.77 of the floor) and nothing said which packages had changed. `run_info`
reads the versions from the packages' metadata (nothing is imported: a header costs no start-up),
the polsek_nlp tree from `PYTHONPATH` as the measured processes find it (or the installed one),
its commit and whether its `src` differs from it, the cores and the load when the run starts.
"""
from __future__ import annotations

import importlib.util
import os
import platform
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

PACKAGES = ("spacy", "regex", "numpy", "dateparser")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def tree_of(src: str | None = None) -> Path | None:
    """The `polsek_nlp` package folder a process with `PYTHONPATH=src` imports (`src` None: the one
    this interpreter's path finds)."""
    if src:
        pkg = Path(src) / "polsek_nlp"
        return pkg.resolve() if pkg.is_dir() else None
    spec = importlib.util.find_spec("polsek_nlp")
    return Path(spec.origin).parent if spec and spec.origin else None


def _commit(pkg: Path) -> str:
    """`abc1234`, `abc1234+dirty` when the tree's `src` has changes not committed, or `-`."""
    def git(*args: str) -> str:
        out = subprocess.run(["git", "-C", str(pkg), *args], capture_output=True, text=True, timeout=10)
        return out.stdout.strip() if out.returncode == 0 else ""

    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", ".")
    except (OSError, subprocess.SubprocessError):
        return "-"
    return (commit or "-") + ("+dirty" if commit and dirty else "")


def polsek_version(pkg: Path | None) -> str:
    """`0.1.0 @ abc1234 (/path/src)` for the tree, read without importing it."""
    if pkg is None:
        return "-"
    text = (pkg / "_version.py").read_text(encoding="utf-8") if (pkg / "_version.py").exists() else ""
    m = re.search(r"__version__\s*=\s*['\"]([^'\"]+)", text)
    return f"{m.group(1) if m else '-'} @ {_commit(pkg)} ({pkg.parent})"


def run_info(**trees: str | None) -> dict[str, str]:
    """The keys of the header: `python`, one per package of `PACKAGES`, `polsek_nlp` (the tree in
    force) and one `polsek_nlp <name>` per further tree given (`b="OTHER/src"`), `cpus`, `load`."""
    info = {"python": platform.python_version()}
    info.update({p: _version(p) for p in PACKAGES})
    info["polsek_nlp"] = polsek_version(tree_of(os.environ.get("PYTHONPATH", "").split(os.pathsep)[0] or None))
    for name, src in trees.items():
        if src:
            info[f"polsek_nlp {name}"] = polsek_version(tree_of(src))
    info["cpus"] = str(os.cpu_count())
    try:
        info["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # not on this platform
        info["load"] = "-"
    return info


def header(**trees: str | None) -> str:
    """`run_info` as the one line a benchmark prints first."""
    return "# " + "; ".join(f"{k} {v}" for k, v in run_info(**trees).items())


if __name__ == "__main__":
    print(header())
    sys.exit(0)
