from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "polres-purwakarta-rakor-2024.txt"


def pytest_collection_modifyitems(config, items):
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason="../shared is absent (corpus tests run in CI)")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    import polsek_nlp

    return polsek_nlp.analyze(seed_text)


@pytest.fixture
def new_process(tmp_path):
    """Runs Python `code` in a new process whose cache folder is this test's `tmp_path`; its
    output lines."""
    import os
    import subprocess
    import sys

    def run(code: str) -> list[str]:
        env = {**os.environ, "POLSEK_NLP_CACHE": str(tmp_path)}
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env=env).stdout.split("\n")

    return run
