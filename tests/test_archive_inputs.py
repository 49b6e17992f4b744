"""Real archives as users hold them: scraped CSVs with their own column names and date formats,
DataFrames with NaN/NaT, other encodings, binary and broken files, repeated ids, retries."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

import polsek_nlp
from polsek_nlp.archive.encoding import BinaryInputError, detect_encoding
from polsek_nlp.archive.readers import read_items
from polsek_nlp.archive.runner import batch
from polsek_nlp.archive.writers import RecordWriter, done_ids, drop_errors
from polsek_nlp.record.types import Event, EventRecord

jsonschema = pytest.importorskip("jsonschema")
VALIDATOR = jsonschema.Draft202012Validator(polsek_nlp.record_schema())
DATA = Path(__file__).resolve().parent / "data"
SCRAPED = DATA / "scraped_mdy.csv"

ROWS = [
    ("b1", "Polres Bogor Gelar Apel", "Kapolres Bogor AKBP José Ramírez memimpin apel gelar pasukan di Cibinong, "
                                      "Senin (20/10/2025).", "10/21/2025 20:43"),
    ("b2", "Curanmor Diungkap", "Polsek Cibinong mengamankan dua pelaku pencurian sepeda motor di Bogor.",
     "10/5/2025 09:00"),
]


def _csv_bytes(encoding: str, rows=ROWS, header=("id", "judul", "isi_berita", "tanggal")) -> bytes:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------------------------
# columns and dates


def test_scraped_csv_without_options(tmp_path):
    """The issue's target: id, judul, tautan, tanggal, isi_berita and no field options."""
    out = tmp_path / "out.jsonl"
    with pytest.warns(UserWarning) as caught:
        summary = batch(SCRAPED, out, progress=False)
    said = " ".join(str(w.message) for w in caught)
    assert "'judul' read as the title" in said and "'isi_berita' read as the text" in said
    assert "MDY" in said
    truth = [json.loads(line) for line in SCRAPED.with_suffix(".truth.jsonl").read_text().splitlines()]
    recs = _records(out)
    assert summary["written"] == len(truth) == len(recs) and summary["errors"] == 0
    assert any(t["ambiguous"] for t in truth)  # the archive holds rows like 10/5/2025
    for rec, t in zip(recs, truth, strict=True):
        assert rec["id"] == t["id"] and rec["title"] == t["title"]
        assert rec["published"] == t["published"]  # none misdated by day/month order
        assert rec["url"].endswith(t["id"])
        ev = rec["event"]  # no day where the text states none (the publication day only on request)
        assert "date_source" in ev and ev["date_source"] in ("text", "published", None)
        assert (ev["date"] is None) == (ev["date_source"] is None)
        for ent in rec["entities"]:
            assert not any(ent["start"] < e and s < ent["end"] for _, s, e in t["furniture"]), (rec["id"], ent)
        VALIDATOR.validate(rec)


def test_date_order_can_be_forced(tmp_path):
    src = tmp_path / "a.csv"
    src.write_bytes(_csv_bytes("utf-8", rows=[ROWS[1]]))  # only an ambiguous value: undecided
    out = tmp_path / "o.jsonl"
    batch(src, out, progress=False)
    rec = _records(out)[0]
    assert rec["published"] == "2025-05-10T09:00" and any("ambiguous" in w for w in rec["warnings"])
    forced = tmp_path / "f.jsonl"
    batch(src, forced, progress=False, date_order="MDY")
    rec = _records(forced)[0]
    assert rec["published"] == "2025-10-05T09:00" and not any("ambiguous" in w for w in rec["warnings"])


def test_named_fields_beat_recognised_names(tmp_path):
    src = tmp_path / "a.csv"
    src.write_bytes(_csv_bytes("utf-8", header=("kode", "headline", "content", "waktu")))
    items = list(read_items(src, id_field="kode", title_field="headline", published_field="waktu"))
    assert [(i["id"], i["title"], i["published"]) for i in items] == [
        ("b1", ROWS[0][1], ROWS[0][3]), ("b2", ROWS[1][1], ROWS[1][3])]
    with pytest.raises(ValueError, match="no column 'tgl'"):
        read_items(src, published_field="tgl")


def test_news_watch_columns(tmp_path):
    """The columns the news-watch scraper writes: title, publish_date, author, content, link ..."""
    src = tmp_path / "nw.csv"
    src.write_text("title,publish_date,author,content,keyword,category,source,link\n"
                   "Apel Pasukan,2025-10-21 20:43:00,Redaksi,Kapolres Bogor memimpin apel.,polisi,Berita,"
                   "kabarnusa,https://x.example/1\n", encoding="utf-8")
    (item,) = read_items(src)
    assert item["title"] == "Apel Pasukan" and item["published"] == "2025-10-21 20:43:00"
    assert item["url"] == "https://x.example/1" and item["text"] == "Kapolres Bogor memimpin apel."


# --------------------------------------------------------------------------------------------
# encodings, binary, empty and broken input


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-8-sig"])
def test_encodings_are_detected_and_said(tmp_path, encoding):
    src = tmp_path / f"{encoding}.csv"
    src.write_bytes(_csv_bytes(encoding))
    out = tmp_path / "o.jsonl"
    batch(src, out, progress=False)
    recs = _records(out)
    assert [r["id"] for r in recs] == ["b1", "b2"]
    assert "José Ramírez" in {o["name"] for o in recs[0]["officers"]}
    assert "\ufffd" not in json.dumps(recs, ensure_ascii=False)
    if encoding not in ("utf-8-sig",):
        assert any("encoding" in w or "not UTF-8" in w for w in recs[0]["warnings"]), recs[0]["warnings"]


def test_forced_encoding(tmp_path):
    src = tmp_path / "a.csv"
    src.write_bytes(_csv_bytes("cp1252"))
    (item, _) = read_items(src, encoding="cp1252")
    assert "José Ramírez" in item["text"]
    assert detect_encoding(b"abc", "latin-1") == ("latin-1", None)
    with pytest.raises(LookupError):
        detect_encoding(b"abc", "no-such-codec")


def test_binary_input_is_refused(tmp_path):
    junk = random.Random(5).randbytes(200_000)
    for name in ("junk.csv", "junk.jsonl"):
        (tmp_path / name).write_bytes(junk)
        with pytest.raises(BinaryInputError, match="binary"):
            read_items(tmp_path / name)
        with pytest.raises(ValueError):  # batch: before the output is touched
            batch(tmp_path / name, tmp_path / "o.jsonl", progress=False)
        assert not (tmp_path / "o.jsonl").exists()
    folder = tmp_path / "teks"
    folder.mkdir()
    (folder / "a.txt").write_text("Polisi menangkap pencuri motor di Bekasi.", encoding="utf-8")
    (folder / "b.txt").write_bytes(junk)
    (folder / "c.txt").write_bytes(b"")
    out = tmp_path / "t.jsonl"
    summary = batch(folder, out, progress=False)
    recs = _records(out)
    assert [r["id"] for r in recs] == ["a", "b", "c"] and summary["written"] == 3  # N in, N out
    assert recs[0]["error"] is None and "binary" in recs[1]["error"] and recs[1]["entities"] == []
    assert recs[2]["error"] is None and "empty text" in recs[2]["warnings"]
    for r in recs:
        VALIDATOR.validate(r)


def test_broken_csv_rows_keep_their_place(tmp_path):
    src = tmp_path / "a.csv"
    src.write_text('id,isi_berita,tanggal\nx1,"Polisi datang ke Bogor.",21/10/2025\nx2,,\n'
                   'x3,"Warga lega.",bukan tanggal\nx4\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    summary = batch(src, out, progress=False)
    recs = _records(out)
    assert [r["id"] for r in recs] == ["x1", "x2", "x3", "x4"] and summary["errors"] == 2
    assert recs[0]["published"] == "2025-10-21"
    assert recs[1]["error"] is None and "empty text" in recs[1]["warnings"]  # an empty cell: an empty text
    assert "bukan tanggal" in recs[2]["error"] and "no 'isi_berita' field" in recs[3]["error"]
    for r in recs:
        VALIDATOR.validate(r)


# --------------------------------------------------------------------------------------------
# data frames


def test_analyze_frame_aligned_with_the_index_and_missing_values():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({
        "judul": ["Apel", None, "Pasar", "Tanpa teks"],
        "isi_berita": [ROWS[0][2], ROWS[1][2], "Bupati Purwakarta meresmikan pasar tradisional.", float("nan")],
        "tanggal": [pd.Timestamp("2025-10-21 20:43"), pd.NaT, float("nan"), None],
        "rubrik": ["hukum", "hukum", "daerah", "x"],
    }, index=[10, 20, 30, 40])
    out = polsek_nlp.analyze_frame(df)
    assert list(out.index) == [10, 20, 30, 40]
    assert list(out["rubrik"]) == ["hukum", "hukum", "daerah", "x"]  # extra columns pass through
    assert list(out["id"]) == ["10", "20", "30", "40"]  # no id column: the index
    assert out["published"][10] == pd.Timestamp("2025-10-21 20:43")  # typed: datetime64
    assert out["published"].loc[[20, 30]].isna().all() and len(out["published"].loc[[20, 30]]) == 2  # NaT, NaN: not given
    assert isinstance(out["event_type"].dtype, pd.CategoricalDtype) and str(out["event_date"].dtype).startswith("datetime64")
    assert out["error"][10] is None and out["error"][20] is None and out["error"][30] is None
    assert "TypeError" in out["error"][40]
    assert out["title"][10] == "Apel" and out["date_source"][10] == "text"
    for rec in out["record"]:
        VALIDATOR.validate(rec.to_dict())  # NaT never becomes the string "NaT"


def test_analyze_many_takes_a_data_frame_row_by_row():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"id": ["a", "b", "c"], "content": ["Polisi datang.", "Warga lega.", "Bupati tiba."],
                       "date": ["10/21/2025", "10/5/2025", None]})
    recs = list(polsek_nlp.analyze_many(df))
    assert [r.id for r in recs] == ["a", "b", "c"]  # rows, not the 3 column names
    assert [r.published for r in recs] == ["2025-10-21", "2025-10-05", None]  # MDY, decided by the frame
    with pytest.raises(ValueError, match="no text column"):
        list(polsek_nlp.analyze_many(pd.DataFrame({"x": [1]})))


# --------------------------------------------------------------------------------------------
# ids, retries, outputs


def test_repeated_ids_are_renamed_loudly_and_reruns_agree(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f"Polisi datang ke kota {n}."}) + "\n"
                           for n, i in enumerate(["x", "y", "x", "x"])), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    with pytest.warns(UserWarning, match="repeated id"):
        summary = batch(src, out, progress=False)
    recs = _records(out)
    assert [r["id"] for r in recs] == ["x", "y", "x#2", "x#3"] and summary["renamed_ids"] == 2
    assert any("'x' repeats in the input" in w for w in recs[2]["warnings"])
    again = batch(src, out, progress=False)
    assert again["written"] == 0 and again["skipped_done"] == 4


def test_retry_errors(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": "Polisi datang ke Bogor."}) + "\n" for i in range(3)),
                   encoding="utf-8")
    for out in (tmp_path / "o.jsonl", tmp_path / "o.parquet"):
        if out.suffix == ".parquet":
            pytest.importorskip("pyarrow")
        with RecordWriter(out) as w:  # a first run in which r1 failed
            w.write(EventRecord(id="r0"))
            w.write(EventRecord(id="r1", event=Event(type=None), error="WorkerError: died"))
        assert done_ids(out) == {"r0", "r1"}
        summary = batch(src, out, progress=False, retry_errors=True)
        assert summary["retried"] == 1 and summary["written"] == 2 and summary["errors"] == 0
        assert done_ids(out) == {"r0", "r1", "r2"}
        assert drop_errors(out) == 0


def test_output_format_follows_the_name(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Polisi datang."}) + "\n", encoding="utf-8")
    for name in ("out.csv", "out.json", "out"):
        with pytest.raises(ValueError, match="output format"):
            batch(src, tmp_path / name, progress=False)
        assert not (tmp_path / name).exists()
    batch(src, tmp_path / "out.ndjson", progress=False)
    batch(src, tmp_path / "plain", progress=False, output_format="jsonl")
    assert _records(tmp_path / "plain")[0]["id"] == "a"


def test_empty_inputs(tmp_path):
    for name, data in (("e.csv", b""), ("h.csv", b"id,isi_berita\n"), ("e.jsonl", b"")):
        (tmp_path / name).write_bytes(data)
        summary = batch(tmp_path / name, tmp_path / f"{name}.jsonl", progress=False)
        assert summary["read"] == summary["written"] == 0
    assert os.path.getsize(tmp_path / "e.csv.jsonl") == 0


def test_dask_data_frame_columns_recognised():
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    dask = pytest.importorskip("dask")
    from polsek_nlp.archive.dask import analyze_dataframe

    pdf = pd.DataFrame({"judul": ["Apel"], "isi_berita": [ROWS[0][2]], "tanggal": ["10/5/2025 09:00"]})
    with dask.config.set(scheduler="synchronous"):
        out = analyze_dataframe(dd.from_pandas(pdf, npartitions=1), date_order="MDY").compute()
    rec = json.loads(out["record"].iloc[0])
    assert rec["title"] == "Apel" and rec["published"] == "2025-10-05T09:00"
