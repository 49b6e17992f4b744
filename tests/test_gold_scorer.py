"""benchmarks/gold.py: the genre set's files carry their own `text` and are scored on it without the
archive (issue 19, gold/genre_records); the archive-keyed gold/records files are still joined by id and
SHA-1. A stand-in shared scorer records what it is handed; no corpus needed."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "gold.py"
_spec = importlib.util.spec_from_file_location("gold_bench", _PATH)
gb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gb)

# a stand-in for <shared>/eval/score_records.py: copies the records it is given to seen.json
FAKE_SCORER = """
import json, sys
from pathlib import Path
folder = Path(sys.argv[1])
recs = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.json"))]
(Path(__file__).parent / "seen.json").write_text(json.dumps(recs), encoding="utf-8")
print(f"{len(recs)} articles")
"""

TEXT = "Medan - Kapolsek Medan Kota Kompol Rianto mengatakan jasad ditemukan Selasa (14/1/2025)."


def _shared(tmp_path: Path, archive: list[dict] | None = None) -> Path:
    shared = tmp_path / "shared"
    (shared / "eval").mkdir(parents=True)
    (shared / "eval" / "score_records.py").write_text(FAKE_SCORER, encoding="utf-8")
    if archive is not None:
        (shared / "corpora" / "archive").mkdir(parents=True)
        lines = "".join(json.dumps(a) + "\n" for a in archive)
        (shared / "corpora" / "archive" / "indosum-2017-a.jsonl").write_text(lines, encoding="utf-8")
    return shared


def _gold(folder: Path, name: str, rec: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(rec), encoding="utf-8")


def test_a_file_that_carries_its_text_is_scored_on_it_without_the_archive(tmp_path):
    shared = _shared(tmp_path)  # no archive at all
    gold = tmp_path / "genre_records"
    base = {"id": "grec-001", "source": "invented", "published": "2025-01-14T18:50", "title": "T",
            "text": TEXT, "persons": ["Rianto"], "event_date": "2025-01-14"}
    _gold(gold, "grec-001.json", dict(base, split="tune"))
    _gold(gold, "grec-002.json", dict(base, id="grec-002", split="unseen", text="Lain."))
    assert gb.main(["--gold", str(gold), "--split", "tune", "--shared", str(shared)]) == 0
    seen = json.loads((shared / "eval" / "seen.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in seen] == ["grec-001"]  # the split is kept
    assert seen[0]["text"] == TEXT and "split" not in seen[0]
    assert seen[0]["persons"] == ["Rianto"] and seen[0]["published"] == "2025-01-14T18:50"


def test_archive_keyed_files_are_still_joined_by_id_and_sha1(tmp_path):
    text = "Jakarta - Polisi menangkap AS."
    shared = _shared(tmp_path, archive=[{"id": "1-x", "text": text}])
    gold = tmp_path / "records"
    sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
    _gold(gold, "1-x.json", {"id": "1-x", "text_sha1": sha1, "split": "tune", "persons": ["AS"]})
    assert gb.main(["--gold", str(gold), "--shared", str(shared)]) == 0
    seen = json.loads((shared / "eval" / "seen.json").read_text(encoding="utf-8"))
    assert seen == [{"id": "1-x", "text": text, "persons": ["AS"]}]
    _gold(gold, "1-x.json", {"id": "1-x", "text_sha1": "0" * 40, "split": "tune"})
    assert gb.main(["--gold", str(gold), "--shared", str(shared)]) == 1


def test_without_the_archive_archive_keyed_files_skip(tmp_path, capsys):
    shared = _shared(tmp_path)
    gold = tmp_path / "records"
    _gold(gold, "1-x.json", {"id": "1-x", "text_sha1": "0" * 40, "split": "tune"})
    assert gb.main(["--gold", str(gold), "--shared", str(shared)]) == 0
    assert "skip:" in capsys.readouterr().out


