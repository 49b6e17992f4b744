"""examples/archive.ipynb: stored without outputs, and run headless with nbclient (the `notebook`
and `test` extras; skipped when nbclient or ipykernel is missing)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
NOTEBOOK = EXAMPLES / "archive.ipynb"
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def test_the_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


def test_the_example_articles_are_police_news():
    assert 3 <= len(ARTICLES) <= 6
    assert (EXAMPLES / "polres-purwakarta-rakor-2024.txt") in ARTICLES  # the showcase
    for path in ARTICLES:
        assert "Polres" in path.read_text(encoding="utf-8") or "Polsek" in path.read_text(encoding="utf-8")


def _execute(monkeypatch, **env: str):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend gives the PNGs
    for name in ("POLSEK_ARCHIVE", "POLSEK_EXAMPLE_N"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    return nb, client


def _outputs(nb) -> list[dict]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]


def _text(nb) -> str:
    parts = []
    for o in _outputs(nb):
        if o.get("output_type") == "stream":
            parts.append(o["text"])
        parts.append(o.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


@pytest.mark.slow  # a Jupyter kernel process runs the whole notebook (~8 s): with the slow tests
def test_the_notebook_runs_headless(monkeypatch):
    nb, client = _execute(monkeypatch)
    client.execute()
    outputs = _outputs(nb)
    assert not [o for o in outputs if o.get("output_type") == "error"]
    stderr = "".join(o["text"] for o in outputs if o.get("output_type") == "stream" and o["name"] == "stderr")
    assert "IProgress not found" not in stderr and "Warning" not in stderr, stderr
    text = _text(nb)
    assert f"{len(ARTICLES)} articles from the examples shipped in" in text
    assert "showcase: polres-purwakarta-rakor-2024" in text and "officer: AKBP Lilik Ardiansyah" in text
    assert "category" in text and "datetime64[ns]" in text  # the dtypes cell
    assert "the same tables: True" in text
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    entities = [h for h in html if "<mark" in h]
    assert len(entities) == 1 and "Lilik Ardiansyah" in entities[0] and "#8ecae6" in entities[0]  # ORG colour
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) == 2  # events per month, per region
    widgets = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert widgets  # tqdm.auto's progress bar is a widget (ipywidgets is in the extras)


@pytest.mark.slow  # a Jupyter kernel process (~4 s), as the notebook's other runs: with the slow tests
def test_a_missing_archive_stops_the_notebook(monkeypatch, tmp_path):
    """No silent switch of data: a POLSEK_ARCHIVE that does not exist is an error."""
    nb, client = _execute(monkeypatch, POLSEK_ARCHIVE=str(tmp_path / "absent.jsonl"))
    from nbclient.exceptions import CellExecutionError

    with pytest.raises(CellExecutionError, match="does not exist"):
        client.execute()


@pytest.mark.slow  # a Jupyter kernel process (~9 s)
@pytest.mark.corpus
def test_the_notebook_runs_on_another_archive(monkeypatch):
    if not ARCHIVE.is_file():
        pytest.skip(f"{ARCHIVE} is absent")
    nb, client = _execute(monkeypatch, POLSEK_ARCHIVE=str(ARCHIVE), POLSEK_EXAMPLE_N="20")
    client.execute()
    text = _text(nb)
    assert f"20 articles from {ARCHIVE}" in text and "the same tables: True" in text
