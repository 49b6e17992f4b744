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


@pytest.fixture
def cli(capsys, monkeypatch):
    """`polsek-nlp ARGS` as `main([...])` in this process (`input`: its standard input): its exit
    code, standard output and error, as `subprocess.run` gives them for a new process. A new process
    costs ~1.7 s of CPU to start spaCy and the pipeline: what only a process shows (its standard
    streams, signals, kills, `python -m`) is tested in new processes, the rest through this."""
    import io
    import subprocess
    import sys

    from polsek_nlp.cli import main

    def run(*args, input: str | None = None) -> subprocess.CompletedProcess:
        if input is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(input.encode())))
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse's usage errors end the process so
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(["polsek-nlp", *map(str, args)], code, out, err)

    return run


# A first article in a new process: its record, the `spacy.lang.id` modules it imported, and how many
# of the package's patterns it compiled (the rest unpickled) of those it used (issue 20, cold start)
FIRST_ARTICLE = ("import sys, json, polsek_nlp; from polsek_nlp.lang import patterns; "
                 "rec = polsek_nlp.analyze('Polisi menangkap dua pelaku pencurian di Bogor, Senin (19/8/2024) pukul "
                 "21.00 WIB.', id='a', published='2024-08-20T10:00'); "
                 "print(json.dumps(rec.to_dict(), sort_keys=True)); "
                 "print(sorted(m for m in sys.modules if m.startswith('spacy.lang.id'))); "
                 "print(len(patterns.misses), len(patterns._used))")


@pytest.fixture(scope="session")
def _cold_run(tmp_path_factory):
    """`FIRST_ARTICLE` run once in a new process on an empty cache folder: its output lines and the
    folder it left (a cold process costs ~3.5 s of CPU; the tests of what it stores share one)."""
    import os
    import subprocess
    import sys

    folder = tmp_path_factory.mktemp("cold-cache")
    env = {**os.environ, "POLSEK_NLP_CACHE": str(folder)}
    out = subprocess.run([sys.executable, "-c", FIRST_ARTICLE], capture_output=True, text=True, check=True,
                         env=env).stdout.split("\n")
    return folder, out


@pytest.fixture
def cold_process(tmp_path, _cold_run):
    """What `new_process(FIRST_ARTICLE)` gives on this test's empty cache folder (`tmp_path`): the
    output lines of the one cold run, and the files it stored, copied into `tmp_path`."""
    import shutil

    folder, out = _cold_run
    assert not any(tmp_path.iterdir())
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    return list(out)
