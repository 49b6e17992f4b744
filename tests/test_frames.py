"""polsek_nlp.notebook.frames: articles, tidy tables and the officer roster as pandas frames."""
import json
import sys

import pytest

pd = pytest.importorskip("pandas")

import polsek_nlp  # noqa: E402
from polsek_nlp.notebook.frames import (  # noqa: E402
    ARTICLE_COLUMNS,
    ROSTER_COLUMNS,
    TABLE_COLUMNS,
    holders,
    roster,
    to_frame,
    to_frames,
)

BOGOR = "Kapolres Bogor AKBP Andi Dicky memimpin apel di Cibinong, Senin (19/8/2024)."
DEPOK = "Kapolresta Depok Kombes Andi Dicky memimpin rapat koordinasi pengamanan di Depok, Rabu (15/1/2025)."


@pytest.fixture(scope="module")
def bogor():
    return polsek_nlp.analyze(BOGOR, published="2024-08-20T10:00", id="bogor-2024")


@pytest.fixture(scope="module")
def depok():
    return polsek_nlp.analyze(DEPOK, published="2025-01-16T09:30")  # no id


@pytest.fixture(scope="module")
def failed():
    return polsek_nlp.EventRecord(id="x", error="TypeError: text must be a str, not NoneType")


@pytest.fixture(scope="module")
def records(bogor, depok, seed_record, failed):
    # EventRecords and dicts mixed, one of them read back from JSON
    return [bogor, depok.to_dict(), json.loads(seed_record.to_json()), failed]


def _officer(name, rank=None, position=None, unit=None):
    return {"name": name, "rank": rank, "position": position, "unit": unit}


# --- to_frame --------------------------------------------------------------------------------


def test_to_frame_columns_rows_and_values(records):
    frame = to_frame(records)
    assert list(frame.columns) == list(ARTICLE_COLUMNS)
    assert len(frame) == 4
    assert frame["id"].tolist() == ["bogor-2024", "row-1", "row-2", "x"]
    assert pd.api.types.is_datetime64_dtype(frame["published"])
    assert pd.api.types.is_datetime64_dtype(frame["event_date"])
    first = frame.iloc[0]
    assert first["published"] == pd.Timestamp("2024-08-20 10:00")
    assert first["event_date"] == pd.Timestamp("2024-08-19")
    assert first["event_type"] == "apel"
    assert first["region_code"] == "32.01" and first["province"] == "Jawa Barat"
    assert first["leader"] == "Andi Dicky" and first["n_officers"] == 1
    seed = frame.iloc[2]
    assert seed["published"] == pd.Timestamp("2024-08-20 11:16")
    assert seed["region_name"] == "Purwakarta" and seed["region_kind"] == "kabupaten"
    assert seed["event_secondary_types"] == ["pemilu"]
    assert seed["n_quotes"] >= 1 and isinstance(seed["keywords"], list)
    for col in ("n_officers", "n_persons", "n_institutions", "n_places", "n_dates", "n_quotes"):
        assert frame[col].dtype == "int64"


def test_error_record_gives_a_row(records):
    row = to_frame(records).iloc[3]
    assert row["id"] == "x" and row["error"].startswith("TypeError")
    assert pd.isna(row["published"]) and pd.isna(row["event_date"])
    assert row["n_officers"] == 0 and row["keywords"] == [] and row["warnings"] == []
    assert to_frame(records)["error"].isna().tolist() == [True, True, True, False]


def test_records_and_dicts_give_the_same_frame(bogor, seed_record):
    recs = [bogor, seed_record]
    expected = to_frame(recs)
    pd.testing.assert_frame_equal(to_frame([r.to_dict() for r in recs]), expected)
    pd.testing.assert_frame_equal(to_frame(json.loads(r.to_json()) for r in recs), expected)


def test_dates_are_minutes_and_days():
    rows = [
        {"published": "2024-08-20T10:00:45+07:00", "event": {"date": "2024-08-19/2024-08-21"}},
        {"published": "kemarin sore", "event": {"date": "2024-08"}},
        {"published": "2024-08-20", "event": {"date": "2024-02-30"}},
        {},
    ]
    frame = to_frame(rows)
    assert frame["published"].tolist()[0] == pd.Timestamp("2024-08-20 10:00")  # local clock kept
    assert frame["published"].tolist()[2] == pd.Timestamp("2024-08-20")
    assert frame["published"].isna().tolist() == [False, True, False, True]
    assert frame["event_date"].tolist()[0] == pd.Timestamp("2024-08-19")  # a range's first day
    assert frame["event_date"].isna().tolist() == [False, True, True, True]
    assert frame["published"].dt.tz is None


def test_empty_input():
    frame = to_frame([])
    assert list(frame.columns) == list(ARTICLE_COLUMNS) and frame.empty
    assert pd.api.types.is_datetime64_dtype(frame["published"])
    assert pd.api.types.is_datetime64_dtype(frame["event_date"])
    tables = to_frames(iter([]))
    assert set(tables) == {"articles", *TABLE_COLUMNS}
    for name, cols in TABLE_COLUMNS.items():
        assert list(tables[name].columns) == list(cols) and tables[name].empty
    people = roster([])
    assert list(people.columns) == list(ROSTER_COLUMNS) and people.empty
    assert pd.api.types.is_datetime64_dtype(people["first_seen"])
    assert holders(people, "Kapolres", year=2024).empty


def test_bad_input():
    with pytest.raises(TypeError, match="list"):
        to_frame(polsek_nlp.EventRecord(id="a"))
    with pytest.raises(TypeError, match="record 1"):
        to_frame([{"id": "a"}, "not a record"])


def test_missing_pandas_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'polsek_nlp\[pandas\]'"):
        to_frame([])


# --- to_frames -------------------------------------------------------------------------------


def test_tables_join_on_article_id(records, seed_record):
    tables = to_frames(iter(records))  # read once
    articles = tables["articles"]
    pd.testing.assert_frame_equal(articles, to_frame(records))
    ids = set(articles["id"])
    assert len(ids) == len(articles)
    for name, cols in TABLE_COLUMNS.items():
        table = tables[name]
        assert list(table.columns) == list(cols)
        assert set(table["article_id"]) <= ids
    # one row per item, counted the same in both places
    for name in TABLE_COLUMNS:
        if name == "casualties":  # one row per article that states a count, not a list
            continue
        counts = tables[name]["article_id"].value_counts()
        expected = articles.set_index("id")[f"n_{name}"]
        assert counts.reindex(expected.index, fill_value=0).tolist() == expected.tolist()
    joined = tables["officers"].merge(articles, left_on="article_id", right_on="id")
    assert len(joined) == len(tables["officers"])
    assert len(tables["officers"]) == 1 + 1 + len(seed_record.officers)


def test_table_contents(records):
    tables = to_frames(records)
    officers = tables["officers"]
    depok = officers[officers["article_id"] == "row-1"].iloc[0]
    assert (depok["name"], depok["rank"], depok["position"], depok["unit"]) == (
        "Andi Dicky", "Kombes", "Kapolresta", "Polresta Depok")
    assert depok["mentions"] >= 1 and isinstance(depok["aliases"], list)
    assert officers["mentions"].dtype == "int64"
    unnamed = to_frames([polsek_nlp.analyze("Sebanyak 15 polisi, termasuk Kapolsek Ciampea, disiagakan.")])
    assert unnamed["officers"]["name"].isna().all()  # an unnamed post holder stays in the table
    persons = tables["persons"]
    assert persons["age"].dtype == "Int64" and persons["officer"].dtype == bool
    inst = tables["institutions"]
    polres = inst[inst["name"] == "Polres Purwakarta"].iloc[0]
    assert (polres["article_id"], polres["region_code"], polres["region_name"]) == ("row-2", "32.14", "Purwakarta")
    dates = tables["dates"]
    assert dates["start"].dtype == "Int64" and dates["is_published"].dtype == bool
    assert dates["is_published"].sum() == 1  # the seed's header time
    quotes = tables["quotes"]
    assert quotes["direct"].dtype == bool and set(quotes["article_id"]) == {"row-2"}
    assert (quotes["speaker"] == "Lilik Ardiansyah").all()


# --- roster and holders ----------------------------------------------------------------------


def test_roster_merges_an_officer_across_articles(records):
    people = roster(records)
    assert list(people.columns) == list(ROSTER_COLUMNS)
    assert people["name"].tolist() == ["Andi Dicky", "Lilik Ardiansyah"]  # sorted; unnamed left out
    andi = people.iloc[0]
    assert andi["positions"] == ["Kapolres", "Kapolresta"]
    assert andi["units"] == ["Polres Bogor", "Polresta Depok"]
    assert andi["n_articles"] == 2 and andi["article_ids"] == ["bogor-2024", "row-1"]
    assert andi["rank"] == "Kombes" and andi["rank_full"] == "Komisaris Besar Polisi"
    assert andi["first_seen"] == pd.Timestamp("2024-08-20 10:00")
    assert andi["last_seen"] == pd.Timestamp("2025-01-16 09:30")
    assert pd.api.types.is_datetime64_dtype(people["last_seen"])


def test_roster_rank_is_the_most_recent_not_the_last_given(bogor, depok):
    people = roster([depok, bogor])
    assert len(people) == 1 and people.iloc[0]["rank"] == "Kombes"


def test_roster_name_matching():
    recs = [
        {"id": "1", "published": "2024-01-05T08:00", "officers": [_officer("Lilik Ardiansyah S.H.", "AKBP")]},
        {"id": "2", "published": "2024-03-05T08:00", "officers": [_officer("lilik  ardiansyah", "AKBP")]},
        {"id": "3", "published": None, "officers": [_officer("Lilik", "AKBP"), _officer(None, "AKBP")]},
        {"id": "4", "officers": [_officer("Andi Dicky Pratama"), _officer("Andi Dicky Saputra")]},
        {"id": "5", "officers": [_officer("Andi Dicky")]},  # could be either: not merged
    ]
    people = roster(recs).set_index("name")
    assert sorted(people.index) == ["Andi Dicky", "Andi Dicky Pratama", "Andi Dicky Saputra", "Lilik",
                                    "Lilik Ardiansyah S.H."]
    lilik = people.loc["Lilik Ardiansyah S.H."]  # the fullest form names the row
    assert lilik["article_ids"] == ["1", "2"] and lilik["n_articles"] == 2
    assert people.loc["Lilik"]["article_ids"] == ["3"] and pd.isna(people.loc["Lilik"]["first_seen"])


def test_holders(records):
    people = roster(records)
    assert holders(people, "kapolres")["name"].tolist() == ["Andi Dicky", "Lilik Ardiansyah"]
    assert holders(people, "Kapolres", unit="polres purwakarta")["name"].tolist() == ["Lilik Ardiansyah"]
    assert holders(people, "Kapolresta", year=2025)["name"].tolist() == ["Andi Dicky"]
    assert holders(people, "Kapolres", year=2023).empty
    assert holders(people, "Kapolres", year=2025)["name"].tolist() == ["Andi Dicky"]
    assert holders(people, "Wakapolres").empty
    # records work as well as a roster frame
    pd.testing.assert_frame_equal(holders(records, "Kapolres", year=2024), holders(people, "Kapolres", year=2024))
    with pytest.raises(ValueError):
        holders(people, "")
    with pytest.raises(TypeError):
        holders(people, "Kapolres", year="2024")
    with pytest.raises(KeyError):
        holders(to_frame(records), "Kapolres")


# --- typed columns and the inputs to_frames reads -------------------------------------------


def test_enumerations_are_categoricals_with_the_closed_vocabularies(records):
    from polsek_nlp.notebook.frames import COLUMN_DTYPES, INSTITUTION_KINDS, PLACE_KINDS
    from polsek_nlp.record.types import EVENT_TYPES, FORCES, GRANULARITIES, PLACE_LABELS

    assert polsek_nlp.EVENT_TYPES is EVENT_TYPES
    assert EVENT_TYPES[0] == "rapat_koordinasi" and EVENT_TYPES[-1] == "lainnya" and len(set(EVENT_TYPES)) > 30
    tables = to_frames(records)
    articles = tables["articles"]
    assert isinstance(articles["event_type"].dtype, pd.CategoricalDtype)
    assert list(articles["event_type"].cat.categories) == list(EVENT_TYPES)
    assert articles["event_type"].iloc[0] == "apel"
    assert list(tables["places"]["label"].cat.categories) == list(PLACE_LABELS)
    assert set(tables["places"]["kind"].dropna()) <= set(PLACE_KINDS)
    assert list(tables["officers"]["force"].cat.categories) == list(FORCES)
    assert list(tables["dates"]["granularity"].cat.categories) == list(GRANULARITIES)
    assert set(tables["institutions"]["kind"].dropna()) <= set(INSTITUTION_KINDS)
    assert "media" in INSTITUTION_KINDS and {"jalan", "venue", "country", "foreign"} <= set(PLACE_KINDS)
    text = str(pd.Series([], dtype=str).dtype)  # "str" from pandas 3 on, "object" before
    for name, frame in {**tables, "roster": roster(records)}.items():  # COLUMN_DTYPES says the truth
        want = {c: text if t == "str" else t for c, t in COLUMN_DTYPES[name].items()}
        assert {c: str(t) for c, t in frame.dtypes.items()} == want, name
    # the same categories whatever the data: frames of two archives concatenate as categoricals
    both = pd.concat([to_frame(records[:1]), to_frame(records[1:])])
    assert isinstance(both["event_type"].dtype, pd.CategoricalDtype)


def test_a_value_outside_the_vocabulary_is_kept_not_lost():
    frame = to_frame([{"id": "a", "event": {"type": "new_type_from_a_newer_table"}}])
    assert frame["event_type"].iloc[0] == "new_type_from_a_newer_table"
    assert frame["event_type"].cat.categories[-1] == "new_type_from_a_newer_table"


def _jsonl(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r.to_dict() if isinstance(r, polsek_nlp.EventRecord) else r, ensure_ascii=False) + "\n")
    return path


def _same_tables(got, want):
    assert set(got) == set(want)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)


def test_to_frames_round_trips_through_its_jsonl_file(records, tmp_path):
    want = to_frames(records)
    path = _jsonl(records, tmp_path / "records.jsonl")
    _same_tables(to_frames(path), want)  # a Path
    _same_tables(to_frames(str(path)), want)  # a str path
    assert to_frame(path).equals(want["articles"]) and roster(path).equals(roster(records))


def test_to_frames_reads_dataframes_of_records(records, tmp_path):
    want = to_frames(records)
    path = _jsonl(records, tmp_path / "records.jsonl")
    _same_tables(to_frames(pd.read_json(path, lines=True)), want)  # the stumble: "record 0 is a str"
    _same_tables(to_frames(pd.DataFrame([json.loads(line) for line in path.read_text().splitlines()])), want)
    # a frame whose column `record` holds the record as JSON (the batch Parquet output of 0.1)
    as_json = pd.DataFrame({"id": [None] * len(records), "record": path.read_text().splitlines()})
    _same_tables(to_frames(as_json), want)
    parquet = tmp_path / "records.parquet"
    as_json.to_parquet(parquet)
    _same_tables(to_frames(parquet), want)


def test_to_frames_reads_a_flat_frame_with_its_parts_as_lists(records):
    want = to_frames(records)
    flat = want["articles"].copy()
    for part in ("officers", "persons", "institutions", "places", "dates", "quotes"):
        flat[part] = [[r.to_dict() if hasattr(r, "to_dict") else r for r in polsek_nlp.EventRecord.from_dict(
            rec.to_dict() if isinstance(rec, polsek_nlp.EventRecord) else rec).__dict__[part]] for rec in records]
    got = to_frames(flat)
    pd.testing.assert_frame_equal(got["articles"], want["articles"])
    pd.testing.assert_frame_equal(got["officers"], want["officers"])


def test_to_frame_output_is_refused_with_a_hint(records):
    with pytest.raises(ValueError, match="to_frame's output"):
        to_frames(to_frame(records))


def test_bad_paths_and_lines_say_what_is_wrong(tmp_path):
    with pytest.raises(FileNotFoundError):
        to_frames(tmp_path / "absent.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        to_frames(bad)
    with pytest.raises(TypeError, match="single str"):
        to_frames("Kapolres Bogor memimpin apel")  # a text, not a path


def test_the_tables_keep_their_types_through_parquet(records, tmp_path):
    pytest.importorskip("pyarrow")
    for name, frame in to_frames(records).items():
        path = tmp_path / f"{name}.parquet"
        frame.to_parquet(path)
        back = pd.read_parquet(path)
        assert {c: str(t) for c, t in back.dtypes.items()} == {c: str(t) for c, t in frame.dtypes.items()}, name
        pd.testing.assert_frame_equal(back, frame, obj=name)


def test_to_frames_reads_the_batch_outputs_alike(tmp_path):
    """The library's own outputs, JSONL and Parquet, written by `batch`, give the same tables."""
    pytest.importorskip("pyarrow")
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(examples.glob("*.txt"))[:3]:
        (articles / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    polsek_nlp.batch(articles, tmp_path / "records.jsonl", progress=False)
    polsek_nlp.batch(articles, tmp_path / "records.parquet", progress=False)
    from_jsonl = to_frames(tmp_path / "records.jsonl")
    assert len(from_jsonl["articles"]) == 3 and len(from_jsonl["officers"]) >= 3
    key = {name: [c for c in ("article_id", "id", "name", "text") if c in t.columns][:2]
           for name, t in from_jsonl.items()}

    def ordered(tables):  # a Parquet output need not keep the input order
        return {name: t.sort_values(key[name], kind="stable").reset_index(drop=True) for name, t in tables.items()}

    _same_tables(ordered(to_frames(tmp_path / "records.parquet")), ordered(from_jsonl))


def test_write_frames_is_a_typed_parquet_dataset(records, tmp_path):
    from polsek_nlp.notebook.frames import COLUMN_DTYPES, write_frames

    paths = write_frames(records, tmp_path / "tables")
    tables = to_frames(records)
    assert set(paths) == set(tables)
    for name, path in paths.items():
        back = pd.read_parquet(path)
        assert list(back.columns) == list(tables[name].columns), name
        assert len(back) == len(tables[name]), name
    articles = pd.read_parquet(paths["articles"])
    assert isinstance(articles["event_type"].dtype, pd.CategoricalDtype)
    assert str(articles["published"].dtype).startswith("datetime64")
    assert set(COLUMN_DTYPES["officers"]) == set(pd.read_parquet(paths["officers"]).columns)


def test_flat_frame_round_trip_keeps_the_incident_event_fields():
    # a flat frame read back must keep event.subtype and event.arrests inside the event
    rec = polsek_nlp.analyze("Polres Sukamaju menangkap dua tersangka pengedar sabu di Desa Wanaraja, "
                             "Senin (4/3/2024). Barang bukti 12 gram sabu disita.", id="drug-1")
    assert rec.event.arrests == 2 and rec.event.subtype == "peredaran"
    want = to_frames([rec])
    back = to_frames(want["articles"].assign(officers=[[]]))  # flat, with one part as a list column
    columns = ["event_type", "event_subtype", "arrests", "event_date", "region_code"]
    pd.testing.assert_frame_equal(back["articles"][columns], want["articles"][columns])
    from polsek_nlp.notebook.records import _frame_records
    event = _frame_records(want["articles"].assign(officers=[[]]))[0]["event"]
    assert event["subtype"] == "peredaran" and event["arrests"] == 2


def test_every_event_column_of_the_article_table_is_read_back():
    from polsek_nlp.notebook.columns import ARTICLE_SPEC
    from polsek_nlp.notebook.records import _EVENT_COLUMNS, _REGION_COLUMNS
    names = list(ARTICLE_SPEC)
    event_columns = set(names[names.index("event_type"):names.index("leader") + 1])
    assert event_columns == set(_EVENT_COLUMNS) | set(_REGION_COLUMNS)
