"""polsek_nlp.archive (readers, writers, runner): archive readers, RecordWriter (JSONL, Parquet parts), done_ids, batch and resume."""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import sys
from collections.abc import Iterator

import pytest

from polsek_nlp.archive.readers import read_items
from polsek_nlp.archive.runner import batch
from polsek_nlp.archive.writers import RecordWriter, done_ids, truncate_partial_line
from polsek_nlp.record.types import Event, EventRecord, Region

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXTS = [
    "Polisi menangkap pencuri motor di Bekasi pada Senin malam.",
    "Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan di Cibinong.",
    "Bupati Purwakarta meresmikan pasar tradisional yang baru dibangun.",
    "Satlantas Polres Depok menggelar operasi zebra di Jalan Margonda.",
    "Polsek Cibinong mengamankan dua pelaku penipuan online.",
]


def _articles(n: int = 5, prefix: str = "a") -> list[dict]:
    return [{"id": f"{prefix}{i}", "text": TEXTS[i % len(TEXTS)], "title": f"Judul {i}"} for i in range(n)]


def _write_jsonl(path, rows) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")


def _jsonl_ids(path) -> list[str]:
    with open(path, "rb") as f:
        data = f.read()
    assert data == b"" or data.endswith(b"\n")
    return [json.loads(line)["id"] for line in data.splitlines()]


def _parquet_table(path):
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet").to_table()


# --------------------------------------------------------------------------------------------
# readers


def test_read_jsonl_fields_ids_and_bad_lines(tmp_path):
    p = tmp_path / "arsip.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "Satu.", "title": "T", "published": "2024-08-20", "url": "http://u",
                    "category": "ignored"}),
        "",
        json.dumps({"id": 7, "text": "Dua."}),
        json.dumps({"text": "Tiga.", "title": ""}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "x6", "title": "no text"}),
        json.dumps({"id": "x7", "text": None}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(p, "ab") as f:
        f.write(b'{"id": "x9", "text": "caf\xe9"}\n')  # Latin-1, not UTF-8
        f.write(json.dumps({"id": "last", "text": "Akhir."}).encode())  # no final newline
    with pytest.warns(UserWarning, match="cp1252"):
        items = list(read_items(p))
    assert [i["id"] for i in items] == ["x1", "7", "arsip.jsonl:4", "arsip.jsonl:5", "arsip.jsonl:6", "x6", "x7",
                                        "x9", "last"]
    assert items[0] == {"id": "x1", "text": "Satu.", "title": "T", "published": "2024-08-20", "url": "http://u"}
    assert items[2]["title"] is None  # "" means missing
    assert all(set(i) >= {"id", "text", "title", "published", "url"} for i in items)
    bad = {i["id"]: i["_error"] for i in items if "_error" in i}
    assert set(bad) == {"arsip.jsonl:5", "arsip.jsonl:6", "x6", "x7"}
    assert "line 5" in bad["arsip.jsonl:5"] and "not valid JSON" in bad["arsip.jsonl:5"]
    assert "line 6" in bad["arsip.jsonl:6"] and "list" in bad["arsip.jsonl:6"]
    assert "no 'text' field" in bad["x6"] and "is null" in bad["x7"]
    # a line in another encoding is read in it (cp1252), and its item says so
    assert items[7]["text"] == "café" and "line 9 is not UTF-8: read as cp1252" in items[7]["_warnings"][0]
    assert all(i["text"] is None for i in items if "_error" in i)


def test_read_jsonl_gz_bom_and_custom_fields(tmp_path):
    rows = [{"doc": "d1", "body": "Isi satu."}, {"doc": "d2", "body": "Isi dua.", "url": "http://x"}]
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("\ufeff" + "\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(read_items(p, text_field="body", id_field="doc"))
    assert [(i["id"], i["text"], i["url"]) for i in items] == [("d1", "Isi satu.", None),
                                                               ("d2", "Isi dua.", "http://x")]


def test_read_items_is_lazy_and_checks_eagerly(tmp_path):
    p = tmp_path / "a.jsonl"
    _write_jsonl(p, _articles(3))
    it = read_items(p)
    assert isinstance(it, Iterator) and iter(it) is it
    assert next(it)["id"] == "a0"
    with pytest.raises(FileNotFoundError):
        read_items(tmp_path / "missing.jsonl")  # raised at the call, not at the first next()
    (tmp_path / "notes.xyz").write_text("x")
    with pytest.raises(ValueError, match="format"):
        read_items(tmp_path / "notes.xyz")
    with pytest.raises(ValueError, match="unknown input format"):
        read_items(p, format="xml")


def test_format_override(tmp_path):
    p = tmp_path / "export.dat"
    _write_jsonl(p, _articles(2))
    assert [i["id"] for i in read_items(p, format="jsonl")] == ["a0", "a1"]
    c = tmp_path / "export.txt"
    c.write_text("id,text\nk1,Isi.\n", encoding="utf-8")
    assert [i["id"] for i in read_items(c, format="csv")] == ["k1"]
    assert [i["id"] for i in read_items(c)] == ["export"]  # a single .txt file is one article


def test_read_csv(tmp_path):
    p = tmp_path / "berita.csv"
    long_text = "Polisi berpatroli. " * 10_000  # beyond csv's default 128 KiB field limit
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["key", "body", "title", "published", "url", "extra"])
        w.writerow(["k1", "Baris pertama.\nBaris kedua, dengan koma.", "Judul", "2024-08-20", "", "x"])
        w.writerow(["", "Tanpa id.", "", "", "", ""])
        w.writerow(["k3", long_text, "", "", "", ""])
    items = list(read_items(p, text_field="body", id_field="key"))
    assert [i["id"] for i in items] == ["k1", "berita.csv:4", "k3"]  # row 2 spans lines 2-3
    assert items[0] == {"id": "k1", "text": "Baris pertama.\nBaris kedua, dengan koma.", "title": "Judul",
                        "published": "2024-08-20", "url": None}
    assert items[1]["title"] is None and items[1]["published"] is None
    assert items[2]["text"] == long_text
    with pytest.warns(UserWarning, match="column 'body' read as the text"):
        guessed = list(read_items(p))  # `body` is a known name for the text; `key` is no id name
    assert [i["text"] for i in guessed] == [i["text"] for i in items]
    assert [i["id"] for i in guessed] == ["berita.csv:2", "berita.csv:4", "berita.csv:5"]
    with pytest.raises(ValueError, match="no column 'isi'"):
        list(read_items(p, text_field="isi"))


def test_read_csv_gz_and_empty(tmp_path):
    p = tmp_path / "b.csv.gz"
    with gzip.open(p, "wt", encoding="utf-8", newline="") as f:
        f.write("id,text\n1,Satu.\n\n2,Dua.\n")
    assert [(i["id"], i["text"]) for i in read_items(p)] == [("1", "Satu."), ("2", "Dua.")]
    e = tmp_path / "empty.csv"
    e.write_text("")
    assert list(read_items(e)) == []


def test_read_parquet_file_and_folder(tmp_path):
    t1 = pa.table({"id": ["p1", None], "text": ["Satu.", "Dua."], "title": ["T1", None], "n": [1, 2]})
    pq.write_table(t1, tmp_path / "one.parquet", row_group_size=1)
    items = list(read_items(tmp_path / "one.parquet"))
    assert items == [{"id": "p1", "text": "Satu.", "title": "T1", "published": None, "url": None},
                     {"id": "one.parquet:2", "text": "Dua.", "title": None, "published": None, "url": None}]
    folder = tmp_path / "folder"
    folder.mkdir()
    pq.write_table(pa.table({"doc": [3, 4], "body": ["Tiga.", "Empat."]}), folder / "b.parquet")
    pq.write_table(pa.table({"doc": [1], "body": ["Satu."]}), folder / "a.parquet")
    items = list(read_items(folder, text_field="body", id_field="doc"))
    assert [(i["id"], i["text"]) for i in items] == [("1", "Satu."), ("3", "Tiga."), ("4", "Empat.")]
    with pytest.raises(ValueError, match="no text column"):
        list(read_items(folder, text_field=None, id_field="doc", title_field="body"))


def test_read_txt_folder(tmp_path):
    root = tmp_path / "teks"
    (root / "2024" / "08").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text("Isi b.", encoding="utf-8")
    (root / "a.txt").write_text("\ufeffIsi a.", encoding="utf-8")
    (root / "2024" / "08" / "rakor.txt").write_text("Isi rakor.", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("tersembunyi")
    (root / "catatan.md").write_text("bukan artikel")
    (root / "c.txt").write_bytes("Kapolres José Ramírez menghadiri rapat koordinasi di Bogor.".encode("cp1252"))
    items = list(read_items(root))
    assert [i["id"] for i in items] == ["a", "b", "c", "2024/08/rakor"]
    assert items[0] == {"id": "a", "text": "Isi a.", "title": None, "published": None, "url": None}
    assert items[2]["text"].startswith("Kapolres José Ramírez")  # cp1252, detected and said
    assert "cp1252" in items[2]["_warnings"][0]


PAGE = """<!DOCTYPE html><html lang="id"><head><title>Polres Bogor Gelar Apel | Berita Polisi</title>
<meta property="og:title" content="Polres Bogor Gelar Apel Pasukan Operasi Lilin">
<meta property="article:published_time" content="2024-08-20T11:16:00+07:00">
<link rel="canonical" href="https://polres.example/apel"></head>
<body><nav><ul><li><a href="/">Beranda</a></li><li><a href="/berita">Berita Terkini</a></li>
<li><a href="/kontak">Kontak Kami</a></li></ul></nav>
<article><h1>Polres Bogor Gelar Apel Pasukan Operasi Lilin</h1>
<p>BOGOR - Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan Operasi Lilin Lodaya 2024 di lapangan
Mapolres Bogor, Cibinong, Senin (19/8/2024).</p>
<p>Apel diikuti oleh personel gabungan dari TNI, Polri, Dinas Perhubungan dan Satpol PP Kabupaten Bogor.
Dalam amanatnya, Kapolres menyampaikan bahwa kesiapan personel sangat penting.</p>
<p><strong>Baca juga:</strong> <a href="/x">Polisi Tangkap Pencuri Motor di Bekasi</a></p>
<p>"Kami siap mengamankan perayaan Natal dan Tahun Baru," ujar Andi Dicky kepada wartawan.</p>
</article>
<div class="comments" id="comments"><h3>Komentar</h3><div class="comment"><p>Mantap pak polisi, semoga
aman selalu dan lancar.</p></div></div>
<footer>Hak cipta 2024 Polres Bogor. Semua hak dilindungi.</footer></body></html>"""


def test_read_html_pages(tmp_path):
    pytest.importorskip("trafilatura")
    root = tmp_path / "pages"
    root.mkdir()
    (root / "apel.html").write_text(PAGE, encoding="utf-8")
    (root / "kosong.htm").write_text("<html><head><title>Kosong</title></head><body></body></html>", encoding="utf-8")
    items = list(read_items(root))
    assert [i["id"] for i in items] == ["apel", "kosong"]
    apel = items[0]
    assert apel["title"] == "Polres Bogor Gelar Apel Pasukan Operasi Lilin"
    assert apel["published"] == "2024-08-20"
    assert apel["url"] == "https://polres.example/apel"
    assert "Andi Dicky memimpin apel" in apel["text"] and "Natal dan Tahun Baru" in apel["text"]
    for junk in ("Baca juga", "Pencuri Motor", "Mantap pak polisi", "Kontak Kami", "Hak cipta"):
        assert junk not in apel["text"]
    assert items[1]["text"] is None and "no main text" in items[1]["_error"]
    single = list(read_items(root / "apel.html"))
    assert single[0]["id"] == "apel" and single[0]["text"] == apel["text"]


def test_folder_format_detection(tmp_path):
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "a.txt").write_text("x")
    (mixed / "b.html").write_text("<p>x</p>")
    with pytest.raises(ValueError, match="format="):
        read_items(mixed)
    assert [i["id"] for i in read_items(mixed, format="txt")] == ["a"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ValueError, match="no .txt"):
        read_items(empty)


@pytest.mark.parametrize(("module", "extra", "suffix"), [("pyarrow", "polsek_nlp[pandas]", ".parquet"),
                                                         ("trafilatura", "polsek_nlp[html]", ".html")])
def test_missing_extra_is_named(tmp_path, monkeypatch, module, extra, suffix):
    p = tmp_path / f"x{suffix}"
    p.write_text("x")
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=extra.replace("[", r"\[")):
        read_items(p)
    if module == "pyarrow":
        with pytest.raises(ImportError, match=r"polsek_nlp\[pandas\]"):
            RecordWriter(tmp_path / "out.parquet")


# --------------------------------------------------------------------------------------------
# writers


def _rec(i: int, **kw) -> EventRecord:
    return EventRecord(id=f"r{i}", title=f"Judul {i}", published="2024-08-20T11:16",
                       event=Event(type="apel", date="2024-08-19", region=Region(name="Bogor", code="32.01")), **kw)


def test_jsonl_writer_append_cuts_a_partial_line(tmp_path):
    out = tmp_path / "out" / "records.jsonl"  # the folder is made
    with RecordWriter(out) as w:
        for i in range(3):
            w.write(_rec(i))
    assert w.count == 3 and _jsonl_ids(out) == ["r0", "r1", "r2"]
    assert EventRecord.from_json(out.read_text(encoding="utf-8").splitlines()[1]) == _rec(1)
    with open(out, "ab") as f:
        f.write(b'{"schema_version": "1.0", "id": "r3", "tit')  # a crash mid-line
    assert done_ids(out) == {"r0", "r1", "r2"}
    with RecordWriter(out, append=True) as w:
        w.write(_rec(3))
    assert _jsonl_ids(out) == ["r0", "r1", "r2", "r3"]
    with RecordWriter(out) as w:  # append=False starts afresh
        w.write(_rec(9))
    assert _jsonl_ids(out) == ["r9"]
    with pytest.raises(ValueError):
        w.write(_rec(10))


def test_truncate_partial_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"id": "a"}\n' + b"x" * 200_000)  # a partial line longer than one read block
    assert truncate_partial_line(p) == 200_000 and p.read_bytes() == b'{"id": "a"}\n'
    assert truncate_partial_line(p) == 0
    p.write_bytes(b"no newline at all")
    truncate_partial_line(p)
    assert p.read_bytes() == b""
    assert truncate_partial_line(tmp_path / "missing.jsonl") == 0


def test_done_ids_ignores_what_it_cannot_use(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text('{"id": "a", "x": 1}\n{"schema_version": "1.0", "id": "b\\"q"}\nnot json\n{"id": null}\n'
                 '{"schema_version": "1.0", "id": "c", "title": "t"}\n', encoding="utf-8")
    assert done_ids(p) == {"a", 'b"q', "c"}
    assert done_ids(tmp_path / "missing.jsonl") == set()
    assert done_ids(tmp_path / "missing.parquet") == set()


def test_parquet_writer_parts_row_groups_and_columns(tmp_path):
    out = tmp_path / "records.parquet"
    records = [_rec(i) for i in range(7)] + [EventRecord(id="bad", error="TypeError: text must be str")]
    with RecordWriter(out, part_size=3, row_group_size=2) as w:
        for r in records:
            w.write(r)
    parts = sorted(f.name for f in out.iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]  # 3 + 3 + 2, no temp
    assert pq.ParquetFile(out / "part-00000.parquet").metadata.num_row_groups == 2
    table = _parquet_table(out)
    assert table.column_names == ["id", "title", "url", "published", "event_type", "event_date", "event_date_source",
                                  "region_code", "officers", "persons", "institutions", "places", "keywords",
                                  "warnings", "error", "record"]
    types = {f.name: str(f.type) for f in table.schema}
    assert types["published"] == types["event_date"] == "timestamp[ms]"
    assert types["event_type"] == "dictionary<values=string, indices=int32, ordered=0>"
    assert types["officers"].startswith("list<") and types["record"] == "string"
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == [r.id for r in records]
    first = {k: rows[0][k] for k in ("id", "title", "published", "event_type", "event_date", "region_code", "error")}
    assert first == {"id": "r0", "title": "Judul 0", "published": dt.datetime(2024, 8, 20, 11, 16),
                     "event_type": "apel", "event_date": dt.datetime(2024, 8, 19), "region_code": "32.01",
                     "error": None}
    assert rows[0]["record"] == records[0].to_json()
    assert [EventRecord.from_json(r["record"]) for r in rows] == records
    assert rows[-1]["event_type"] is None and rows[-1]["error"].startswith("TypeError")
    assert done_ids(out) == {r.id for r in records}

    (out / ".part-00003.parquet.tmp").write_bytes(b"left by a killed run")
    with RecordWriter(out, append=True) as w:
        w.write(_rec(100))
    assert sorted(f.name for f in out.iterdir())[-1] == "part-00003.parquet"
    assert not list(out.glob(".*"))
    assert _parquet_table(out).num_rows == 9

    pd = pytest.importorskip("pandas")
    assert len(pd.read_parquet(out)) == 9

    with RecordWriter(out) as w:  # append=False: the old parts go
        w.write(_rec(0))
    assert [f.name for f in out.iterdir()] == ["part-00000.parquet"]


def test_parquet_writer_time_based_parts_and_empty_output(tmp_path):
    out = tmp_path / "t.parquet"
    with RecordWriter(out, part_seconds=0) as w:
        for i in range(3):
            w.write(_rec(i))
    assert len(list(out.iterdir())) == 3
    empty = tmp_path / "empty.parquet"
    with RecordWriter(empty):
        pass
    assert _parquet_table(empty).num_rows == 0  # a readable, empty table
    with RecordWriter(empty, append=True):
        pass
    assert len(list(empty.iterdir())) == 1  # no second empty part
    f = tmp_path / "file.parquet"
    pq.write_table(pa.table({"id": ["x"]}), f)
    with pytest.raises(FileExistsError, match="folder of parts"):
        RecordWriter(f, append=True)


def test_writers_survive_lone_surrogates(tmp_path):
    rec = EventRecord(id="s", title="judul \ud800 rusak")
    with RecordWriter(tmp_path / "s.jsonl") as w:
        w.write(rec)
    line = (tmp_path / "s.jsonl").read_text(encoding="utf-8")
    assert json.loads(line)["title"] == "judul \ud800 rusak"
    with RecordWriter(tmp_path / "s.parquet") as w:
        w.write(rec)
    row = _parquet_table(tmp_path / "s.parquet").to_pylist()[0]
    assert row["title"] == "judul \ufffd rusak" and json.loads(row["record"])["title"] == "judul \ud800 rusak"


# --------------------------------------------------------------------------------------------
# batch


def _input(tmp_path, n: int = 8):
    p = tmp_path / "in.jsonl"
    rows = _articles(n)
    rows.insert(3, "{broken")
    rows.insert(5, {"id": "kosong", "title": "tanpa teks"})
    _write_jsonl(p, rows)
    ids = [r["id"] for r in rows[:3]] + ["in.jsonl:4"] + [r["id"] for r in rows[4:]]
    return p, ids


def test_batch_jsonl_n_in_n_out_in_order(tmp_path):
    src, ids = _input(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = batch(src, out, progress=False)
    assert set(summary) == {"read", "skipped_done", "written", "errors", "retried", "renamed_ids", "seconds"}
    assert summary["read"] == summary["written"] == len(ids) == 10
    assert summary["skipped_done"] == 0 and summary["errors"] == 2
    assert _jsonl_ids(out) == ids
    recs = [EventRecord.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = {r.id: r.error for r in recs if r.error}
    assert errors["in.jsonl:4"].startswith("InputError: in.jsonl line 4: not valid JSON")
    assert errors["kosong"] == "InputError: in.jsonl line 6: no 'text' field"
    assert recs[0].title == "Judul 0" and recs[0].error is None


def test_batch_parquet_one_row_per_article(tmp_path):
    src, ids = _input(tmp_path)
    out = tmp_path / "out.parquet"
    summary = batch(src, out, progress=False)
    assert summary["written"] == 10
    rows = _parquet_table(out).to_pylist()
    assert [r["id"] for r in rows] == ids
    assert sum(r["error"] is not None for r in rows) == 2


def test_batch_resume_jsonl_after_a_crash_mid_line(tmp_path):
    src, ids = _input(tmp_path)
    out = tmp_path / "out.jsonl"
    batch(src, out, progress=False)
    data = out.read_bytes()
    cut = data.index(b"\n", len(data) // 2) - 10  # in the middle of the 6th or so line
    out.write_bytes(data[:cut])
    kept = len(data[:cut].splitlines()) - 1
    summary = batch(src, out, progress=False)
    assert summary["skipped_done"] == kept and summary["written"] == len(ids) - kept
    assert _jsonl_ids(out) == ids  # complete, no duplicates, in order
    assert out.read_bytes() == data  # the same bytes as an uninterrupted run
    again = batch(src, out, progress=False)
    assert again["written"] == 0 and again["skipped_done"] == len(ids)


def test_batch_resume_parquet_after_losing_the_last_part(tmp_path):
    src, ids = _input(tmp_path)
    first = tmp_path / "first.jsonl"  # the first half of the archive: the first run's part
    _write_jsonl(first, [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()[:3]])
    out = tmp_path / "out.parquet"
    batch(first, out, progress=False)
    batch(src, out, progress=False)
    assert sorted(f.name for f in out.iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    (out / "part-00001.parquet").rename(out / ".part-00001.parquet.tmp")  # killed before the rename
    assert done_ids(out) == set(ids[:3])
    summary = batch(src, out, progress=False)
    assert summary["skipped_done"] == 3 and summary["written"] == len(ids) - 3
    got = [r["id"] for r in _parquet_table(out).to_pylist()]
    assert got == ids and len(set(got)) == len(got)
    assert not list(out.glob(".*"))


@pytest.mark.parametrize("fmt", ["csv", "txt", "parquet"])
def test_batch_other_inputs(tmp_path, fmt):
    arts = _articles(4)
    if fmt == "csv":
        src = tmp_path / "in.csv"
        with open(src, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, ["id", "text", "title"])
            w.writeheader()
            w.writerows(arts)
    elif fmt == "txt":
        src = tmp_path / "teks"
        src.mkdir()
        for a in arts:
            (src / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
    else:
        src = tmp_path / "in.parquet"
        pq.write_table(pa.Table.from_pylist(arts), src)
    out = tmp_path / "out.jsonl"
    summary = batch(src, out, progress=False)
    assert summary["written"] == 4 and summary["errors"] == 0
    assert _jsonl_ids(out) == [a["id"] for a in arts]


def test_batch_unreadable_input_leaves_the_output_alone(tmp_path):
    out = tmp_path / "out.jsonl"
    with pytest.raises(FileNotFoundError):
        batch(tmp_path / "missing.jsonl", out)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,naskah_x\n1,x\n")
    with pytest.raises(ValueError, match="no text column"):
        batch(bad, out)
    with pytest.raises(ValueError, match="output format"):
        batch(bad, tmp_path / "out.csv", text_field="naskah_x")
    with pytest.raises(ValueError):
        batch(bad, out, workers=0)
    assert not out.exists()


@pytest.mark.slow
def test_batch_two_workers_same_output(tmp_path):
    src, ids = _input(tmp_path, n=30)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    batch(src, one, progress=False)
    summary = batch(src, two, workers=2, batch_size=4, progress=False)
    assert summary["written"] == len(ids) and summary["errors"] == 2
    assert two.read_bytes() == one.read_bytes()
