"""examples/archive.py (a percent-format notebook) runs end to end as a script."""
from __future__ import annotations

import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCRIPT = ROOT / "examples" / "archive.py"
ARCHIVE = SHARED / "corpora" / "archive" / "indosum-2017-a.jsonl"


@pytest.fixture
def run(monkeypatch, tmp_path):
    pytest.importorskip("pandas")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def run(n: int | None, archive: Path | None = None) -> dict:
        if n is None:
            monkeypatch.delenv("POLSEK_EXAMPLE_N", raising=False)
        else:
            monkeypatch.setenv("POLSEK_EXAMPLE_N", str(n))
        if archive is None:
            monkeypatch.delenv("POLSEK_ARCHIVE", raising=False)
        else:
            monkeypatch.setenv("POLSEK_ARCHIVE", str(archive))
        monkeypatch.setenv("POLSEK_EXAMPLE_OUT", str(tmp_path))
        return runpy.run_path(str(SCRIPT), run_name="__main__")

    yield run
    plt.close("all")


def _check(g: dict, n: int, tmp_path: Path) -> None:
    assert len(g["items"]) == n and len(g["records"]) == n and len(g["frame"]) == n
    assert list(g["frame"]["id"]) == [it["id"] for it in g["items"]]
    assert set(g["tables"]) >= {"articles", "officers", "persons", "places"}
    assert g["OUT"] == tmp_path
    for name in ("events-per-month.png", "events-per-region.png"):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")
    html = (tmp_path / "article.html").read_text(encoding="utf-8")
    assert html.count("<mark") == len(g["best"].entities) > 0


def test_made_up_archive(run, tmp_path, capsys):
    g = run(8, archive=tmp_path / "absent.jsonl")
    _check(g, 8, tmp_path)
    assert "made-up variants" in g["source"]
    assert set(g["people"]["name"]) >= {"Lilik Ardiansyah", "Edwar Zulkarnain"}
    out = capsys.readouterr().out
    assert "Articles per event type" in out and "rapat_koordinasi" in out and "Purwakarta" in out


@pytest.mark.corpus
def test_archive_first_20(run, tmp_path):
    g = run(20)
    _check(g, 20, tmp_path)
    assert g["source"] == ARCHIVE.name


@pytest.mark.slow
def test_default_run(run, tmp_path):
    g = run(None)
    _check(g, 200, tmp_path)  # the archive's first 200 articles, or the seed and 199 variants
    assert not g["errors"]
