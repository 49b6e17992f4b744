"""polsek_nlp.notebook.render (displaCy), polsek_nlp.notebook.viz (matplotlib) and polsek_nlp.archive.dask (Dask bags and frames)."""
from __future__ import annotations

import json

import pytest

import polsek_nlp
from polsek_nlp.notebook.render import COLORS, render

ARTICLES = [
    "SUBANG - Satreskrim Polres Subang menangkap dua pelaku pencurian sepeda motor di Desa Jalancagak, "
    "Kecamatan Jalancagak, Kabupaten Subang, pada Selasa, 3 September 2024. Kasat Reskrim Polres Subang "
    "AKP Bambang Sutrisno mengatakan kedua pelaku diamankan bersama barang bukti. \"Para pelaku kami jerat "
    "dengan Pasal 363 KUHP,\" kata Bambang.",
    "KARAWANG - Banjir merendam ratusan rumah di Kecamatan Rengasdengklok, Kabupaten Karawang, Kamis "
    "(10/10/2024). Kapolsek Rengasdengklok Kompol Dedi Kurniawan bersama BPBD Kabupaten Karawang "
    "mengevakuasi warga ke tempat pengungsian.",
    "BEKASI - Polres Metro Bekasi menggelar Operasi Zebra Jaya 2024 di Jalan Ahmad Yani, Kota Bekasi, "
    "Senin, 14 Oktober 2024. Kapolres Metro Bekasi Kota Kombes Pol Dani Hamdani memimpin apel gelar pasukan "
    "yang diikuti personel TNI dan Dinas Perhubungan.",
    "BOGOR - Kapolresta Bogor Kota Kombes Pol Bismo Teguh Prakoso menghadiri rapat koordinasi persiapan "
    "Pilkada Serentak 2024 di Balai Kota Bogor pada Rabu, 21 Agustus 2024, bersama KPU Kota Bogor dan "
    "Bawaslu Kota Bogor.",
]


def _items(seed_text: str, n: int) -> list[dict]:
    """`n` articles with ids: the seed article, the four above, then variants of them."""
    texts = [seed_text, *ARTICLES]
    out = []
    for i in range(n):
        text = texts[i % len(texts)]
        if i >= len(texts):  # variants: another month, so the records differ
            text = text.replace("Agustus", "Juli").replace("Oktober", "November")
        out.append({"id": f"a{i:02d}", "text": text, "published": "2024-10-15T09:00" if i % 2 else None})
    return out


# --- render ------------------------------------------------------------------------------------


def _assert_entities_shown(html: str, entities) -> None:
    assert isinstance(html, str) and html.startswith("<")
    assert entities
    for e in entities:
        assert e.text.split()[0] in html
    for label in {e.label for e in entities}:
        assert f">{label}</span>" in html
        assert COLORS[label] in html


def test_render_str(seed_text, seed_record):
    html = render(seed_text, jupyter=False)
    _assert_entities_shown(html, seed_record.entities)
    assert "Lilik Ardiansyah" in html and "Kabupaten Purwakarta" in html
    assert html.count("<mark") == len(seed_record.entities)


def test_render_doc(seed_text, seed_record):
    doc, _ = polsek_nlp.analyze_doc(seed_text)
    html = render(doc, jupyter=False)
    _assert_entities_shown(html, seed_record.entities)
    assert html == render(seed_text, jupyter=False)


def test_render_text_record_pair(seed_text, seed_record):
    html = render((seed_text, seed_record), jupyter=False)
    _assert_entities_shown(html, seed_record.entities)
    assert seed_record.title in html
    assert render((seed_text, seed_record.to_dict()), jupyter=False) == html
    assert html == render(seed_text, jupyter=False)


def test_render_pair_with_html_input_uses_the_cleaned_text(seed_text):
    page = "<p>" + seed_text.replace("\n\n", "</p><p>") + "</p>"
    rec = polsek_nlp.analyze(page)
    html = render((page, rec), jupyter=False)
    assert html.count("<mark") == len(rec.entities)
    assert "<p>" not in html and "Lilik Ardiansyah" in html


def test_render_span_style_and_label_filter(seed_text, seed_record):
    html = render((seed_text, seed_record), jupyter=False, style="span", options={"ents": ["PERSON"]})
    assert "Lilik" in html and "PERSON" in html and "ORG" not in html


def test_render_rejects_a_record_without_text_and_bad_style(seed_record, seed_text):
    with pytest.raises(TypeError, match="text"):
        render(seed_record, jupyter=False)
    with pytest.raises(TypeError):
        render(42, jupyter=False)
    with pytest.raises(ValueError, match="style"):
        render(seed_text, jupyter=False, style="dep")


def test_render_wrong_text_warns(seed_record):
    with pytest.warns(UserWarning, match="not in the given text"):
        html = render(("Teks lain sama sekali.", seed_record), jupyter=False)
    assert "<mark" not in html


# --- viz ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def frame(seed_text):
    pytest.importorskip("pandas")
    frames = pytest.importorskip("polsek_nlp.notebook.frames")
    records = list(polsek_nlp.analyze_many(_items(seed_text, 6)))
    return frames.to_frame(records)


@pytest.fixture
def plt():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_plot_events_per_month(frame, plt):
    from polsek_nlp.notebook.viz import plot_events_per_month

    ax = plot_events_per_month(frame, top=3)
    assert ax.patches and all(p.get_height() >= 0 for p in ax.patches)
    # every dated article is in exactly one bar segment
    dated = frame["event_date"].notna() | frame["published"].notna()
    assert sum(p.get_height() for p in ax.patches) == int(dated.sum())
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert 1 <= len(labels) <= 4
    ax.figure.canvas.draw()
    assert all(len(t.get_text()) == 7 for t in ax.get_xticklabels())  # YYYY-MM
    fig, ax2 = plt.subplots()
    assert plot_events_per_month(frame, ax=ax2) is ax2


def test_plot_events_per_month_has_a_real_time_axis(plt):
    """Months stand at their dates: an empty month between two others is a gap, not nothing."""
    import matplotlib.dates as mdates
    import pandas as pd

    from polsek_nlp.notebook.viz import plot_events_per_month

    frame = pd.DataFrame({"event_date": pd.to_datetime(["2014-01-10", "2014-04-02", "2014-04-20", "2014-05-21"]),
                          "published": pd.NaT, "event_type": ["upacara", "pemilu", "pemilu", "apel"]})
    ax = plot_events_per_month(frame)
    bars = sorted((p.get_x(), p.get_width()) for p in ax.patches if p.get_height() > 0)
    months = [mdates.num2date(x + w / 2).strftime("%Y-%m") for x, w in bars]
    assert sorted(set(months)) == ["2014-01", "2014-04", "2014-05"]
    jan, apr = bars[0][0], next(x for (x, _), m in zip(bars, months, strict=True) if m == "2014-04")
    assert 85 <= apr - jan <= 95  # three months apart on the axis, not one bar apart
    for (x1, w1), (x2, _) in zip(bars, bars[1:], strict=False):
        assert x2 >= x1 + w1 - 1e-9 or x2 == x1  # stacked, never overlapping
    assert ax.get_title().startswith("Articles per month")


def test_plot_events_per_month_over_decades_is_per_year(plt):
    """1945-11 does not sit next to 2014-04: 68 years lie between them, with per-year bars."""
    import matplotlib.dates as mdates
    import pandas as pd

    from polsek_nlp.notebook.viz import plot_events_per_month

    frame = pd.DataFrame({"event_date": pd.to_datetime(["1945-11-10", "2014-04-02", "2014-05-20", "2016-01-21"]),
                          "published": pd.NaT, "event_type": ["upacara", "pemilu", "pemilu", "apel"]})
    ax = plot_events_per_month(frame)
    assert "per year" in ax.get_title()
    heights: dict[str, float] = {}
    for p in ax.patches:
        if p.get_height() > 0:
            year = mdates.num2date(p.get_x() + p.get_width() / 2).strftime("%Y")
            heights[year] = heights.get(year, 0) + p.get_height()
    assert heights == {"1945": 1, "2014": 2, "2016": 1}
    lo, hi = ax.get_xlim()
    assert mdates.num2date(lo).year <= 1945 and mdates.num2date(hi).year >= 2016
    ax.figure.canvas.draw()
    years = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert len(years) >= 3 and any("1950" <= y <= "2010" for y in years)  # ticks in between


def test_plot_events_per_region(frame, plt):
    from polsek_nlp.notebook.viz import plot_events_per_region

    ax = plot_events_per_region(frame)
    widths = [p.get_width() for p in ax.patches]
    assert widths and widths == sorted(widths)  # largest on top
    assert sum(widths) == int(frame["region_name"].notna().sum())
    ax = plot_events_per_region(frame, level="province", top=1)
    assert len(ax.patches) == 1
    ax = plot_events_per_region(frame.iloc[:0])
    assert not ax.patches


def test_viz_bad_arguments(frame, plt):
    from polsek_nlp.notebook.viz import plot_events_per_month, plot_events_per_region

    with pytest.raises(KeyError):
        plot_events_per_region(frame, level="no_such_column")
    with pytest.raises(ValueError):
        plot_events_per_month(frame, top=0)
    with pytest.raises(TypeError):
        plot_events_per_month([{"event_date": None}])


# --- dask --------------------------------------------------------------------------------------


def _assert_no_pipeline_in_graph(collection) -> None:
    """The tasks carry functions by reference and the articles, never a spaCy Language."""
    cloudpickle = pytest.importorskip("cloudpickle")
    polsek_nlp.load()  # even with a pipeline built in this process
    blob = cloudpickle.dumps(dict(collection.__dask_graph__()))
    assert b"spacy" not in blob and b"Language" not in blob
    assert len(blob) < 100_000


@pytest.fixture
def dask_sync():
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    with dask.config.set(scheduler="synchronous"):
        yield dask


def test_analyze_bag_synchronous(seed_text, dask_sync):
    import dask.bag as db

    from polsek_nlp.archive.dask import analyze_bag

    items = [*_items(seed_text, 5), None, {"id": "bad", "text": "x", "published": "bukan tanggal"}]
    bag = analyze_bag(db.from_sequence(items, npartitions=3))
    assert bag.npartitions == 3
    _assert_no_pipeline_in_graph(bag)
    out = bag.compute()
    assert out == [r.to_dict() for r in polsek_nlp.analyze_many(items)]
    assert [r["id"] for r in out] == ["a00", "a01", "a02", "a03", "a04", None, "bad"]
    assert out[5]["error"].startswith("TypeError") and out[6]["error"].startswith("ValueError")
    assert polsek_nlp.EventRecord.from_dict(out[0]) == polsek_nlp.analyze(seed_text, id="a00")
    with pytest.raises(TypeError):
        analyze_bag(items)


def test_analyze_dataframe_synchronous(seed_text, dask_sync):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from polsek_nlp.archive.dask import RESULT_COLUMNS, analyze_dataframe

    items = _items(seed_text, 5)
    pdf = pd.DataFrame(items + [{"id": "none", "text": None, "published": None}])
    pdf.index = pd.RangeIndex(10, 10 + len(pdf))
    ddf = dd.from_pandas(pdf, npartitions=2)
    result = analyze_dataframe(ddf)
    assert tuple(result.columns) == RESULT_COLUMNS and result.npartitions == 2
    _assert_no_pipeline_in_graph(result)
    out = result.compute()
    assert len(out) == len(pdf) and list(out.index) == list(pdf.index)
    assert list(out["id"]) == [it["id"] for it in items] + ["none"]
    expected = [r.to_dict() for r in polsek_nlp.analyze_many(items)]
    assert [json.loads(s) for s in out["record"][:-1]] == expected
    assert list(out["error"][:-1]) == [None] * 5
    assert out["error"].iloc[-1].startswith("TypeError")
    assert polsek_nlp.EventRecord.from_json(out["record"].iloc[-1]).error == out["error"].iloc[-1]
    # without an id column, the index gives the ids
    no_ids = analyze_dataframe(dd.from_pandas(pdf[["text"]], npartitions=3)).compute()
    assert list(no_ids["id"]) == [str(i) for i in pdf.index]
    with pytest.raises(KeyError):
        analyze_dataframe(ddf, text_column="body")


def test_threaded_scheduler_is_safe(seed_text, monkeypatch):
    """Partitions in one process run one at a time, even while analyze recycles its vocabulary."""
    dask = pytest.importorskip("dask")
    db = pytest.importorskip("dask.bag")
    import polsek_nlp.api as api
    from polsek_nlp.archive.dask import analyze_bag

    if not hasattr(api, "_ZoneCycler"):
        pytest.skip("polsek_nlp.api no longer recycles its vocabulary in zones")
    items = _items(seed_text, 24)
    expected = [r.to_dict() for r in polsek_nlp.analyze_many(items)]
    monkeypatch.setattr(api, "_zones", api._ZoneCycler(size=2, warm=0))  # a new zone every 2 articles
    with dask.config.set(scheduler="threads", num_workers=4):
        out = analyze_bag(db.from_sequence(items, npartitions=8)).compute()
    assert out == expected


@pytest.mark.slow
def test_analyze_bag_on_a_local_cluster(seed_text):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    import dask.bag as db

    from polsek_nlp.archive.dask import analyze_bag

    items = _items(seed_text, 12)
    expected = [r.to_dict() for r in polsek_nlp.analyze_many(items)]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(2, timeout=120)
        bag = analyze_bag(db.from_sequence(items, npartitions=3))
        out = client.compute(bag).result()
        # each worker process built its own pipeline; none was shipped from here
        pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2
    assert len(out) == len(expected)
    assert [r["id"] for r in out] == [it["id"] for it in items]
    for got, want in zip(out, expected, strict=True):
        diff = sorted(k for k in want if got.get(k) != want[k])
        assert not diff, f"record {want['id']} differs in {diff}"
    assert out == expected
