"""The pipeline over a Dask cluster (optional extra: ``pip install 'polsek_nlp[dask]'``).

    >>> import dask.bag as db
    >>> from polsek_nlp.dask import analyze_bag, analyze_dataframe
    >>> records = analyze_bag(db.from_sequence(items, npartitions=8)).compute()   # list of dicts
    >>> out = analyze_dataframe(ddf, text_column="text", id_column="id")         # typed columns + record

Both functions are lazy and preserve order and count: partition k of the result holds the
results of partition k of the input, in the same order, one per input (N in = N out). An input
that fails (not text, a bad `published` ...) becomes an error result, as in
`polsek_nlp.analyze_many`; nothing is dropped.

Only the function and the article data travel to the workers: each worker process builds the
spaCy pipeline once, on its first article (about 0.1-0.5 s), and keeps it for every later task;
no `Language` is ever pickled. Results are plain `EventRecord.to_dict()` dicts (bags) or JSON
strings (data frames), cheap to serialise; `EventRecord.from_dict` / `from_json` turn them back.

Parallelism comes from processes: prefer worker processes with one thread each
(``LocalCluster(processes=True, threads_per_worker=1)``, or the ``"processes"`` scheduler). The
pipeline is pure Python and holds the GIL, and `polsek_nlp.analyze` is not safe to run from
several threads at once over long inputs (it recycles its vocabulary every 1000 articles after the
first 2000), so within one process partitions are analysed one at a time: the threaded scheduler
and multi-threaded workers are safe, just not faster.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from polsek_nlp.archive.results import RESULT_COLUMNS, result_columns

if TYPE_CHECKING:  # pragma: no cover - typing only
    import dask.bag
    import dask.dataframe
    import pandas as pd

__all__ = ["RESULT_COLUMNS", "analyze_bag", "analyze_dataframe"]

_INSTALL = "pip install 'polsek_nlp[dask]'"


# one partition at a time per process: the shared pipeline is not thread-safe (see above)
_PIPELINE_LOCK = threading.Lock()


def _require(module: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"polsek_nlp.dask needs {module.split('.')[0]} ({exc}): {_INSTALL}") from exc


# --- bags --------------------------------------------------------------------------------------


def analyze_bag(bag: dask.bag.Bag, *, text_field: str = "text", id_field: str = "id",
                title_field: str = "title", published_field: str = "published", url_field: str = "url",
                date_order: str | None = None) -> dask.bag.Bag:
    """A lazy bag of `EventRecord.to_dict()` dicts, one per item of `bag`, in the same order.

    Items are what `polsek_nlp.analyze_many` takes: strings, or dicts with `text` and optional
    `id`, `title`, `published`, `url` (the `*_field` options rename them; `date_order` reads
    ambiguous numeric publication times, see `polsek_nlp.analyze_many`). Each
    partition is analysed by one task (`Bag.map_partitions`); a failed item gives a dict whose
    `error` is set, so `result.count()` always equals `bag.count()`.
    """
    db = _require("dask.bag")
    if not isinstance(bag, db.Bag):
        raise TypeError(f"analyze_bag expects a dask.bag.Bag, not {type(bag).__name__}; "
                        "make one with dask.bag.from_sequence(items, npartitions=...)")
    fields = {"text_field": text_field, "id_field": id_field, "title_field": title_field,
              "published_field": published_field, "url_field": url_field}
    for name, value in fields.items():
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return bag.map_partitions(_analyze_partition, date_order=date_order, **fields)


def _analyze_partition(items: Iterable[Any], text_field: str = "text", id_field: str = "id", **options) -> list[dict]:
    """Runs on a worker: the pipeline is the process's own (built on first use, then reused)."""
    from polsek_nlp.archive.pool import analyze_many

    items = list(items)
    with _PIPELINE_LOCK:
        return [r.to_dict() for r in analyze_many(items, text_field=text_field, id_field=id_field, **options)]


# --- data frames -------------------------------------------------------------------------------


def analyze_dataframe(ddf: dask.dataframe.DataFrame, *, text_column: str | None = None,
                      id_column: str | None = None, title_column: str | None = None,
                      published_column: str | None = None, url_column: str | None = None,
                      date_order: str | None = None) -> dask.dataframe.DataFrame:
    """A lazy data frame with one row per row of `ddf`: the typed `RESULT_COLUMNS` (`id`,
    `title`, `published` and `event_date` as datetimes, `event_type` and `date_source` as
    categoricals, `region_code`, `warnings`, `error`) and `record` (JSON).

    The `*_column` options name the columns of the text, ids, titles, publication times and
    urls; left out, they are recognised by their names as everywhere else (`text`, `isi_berita`,
    `content` ...; see `data/columns.tsv`). Without an id column, the
    index values are the ids. Publication times may be in any form `polsek_nlp.archive.published`
    reads; give `date_order` (`DMY`/`MDY`) for numeric ones such as `10/5/2025` (partitions are
    analysed apart, so the order is not decided from the data here).
    The result keeps `ddf`'s index, partitions and divisions, so it aligns row for row with the
    input. `record` is `EventRecord.to_json()` for every row, failed ones included (those are
    records with only `id` and `error`); `error` is None unless the row failed.
    """
    from polsek_nlp.archive.columns import map_columns

    dd = _require("dask.dataframe")
    pd = _require("pandas")
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"analyze_dataframe expects a dask.dataframe.DataFrame, not {type(ddf).__name__}")
    columns = [str(c) for c in ddf.columns]
    given = {"text": text_column, "id": id_column, "title": title_column, "published": published_column,
             "url": url_column}
    try:
        cols = map_columns(columns, given, where="data frame")
    except ValueError as exc:
        raise KeyError(str(exc)) from None
    cols.warn("data frame")
    text_column = cols["text"]
    fields = {k: c for k, c in cols.columns.items() if k != "text" and c is not None}
    meta = _result_frame(pd, [], pd.RangeIndex(0))
    try:  # the result keeps the input's index: give the meta the same (empty) index
        meta.index = ddf._meta.index[:0]
    except AttributeError:  # pragma: no cover - older or other collections
        pass
    return ddf.map_partitions(_analyze_frame, text_column=text_column, fields=fields, date_order=date_order,
                              meta=meta)


def _analyze_frame(pdf: pd.DataFrame, text_column: str, fields: dict[str, str],
                   date_order: str | None = None) -> pd.DataFrame:
    """Runs on a worker: one pandas partition in, its result rows out (same index)."""
    import pandas as pd

    from polsek_nlp.archive.pool import analyze_many

    items: list[dict[str, Any]] = []
    texts = pdf[text_column].tolist()
    cols = {k: pdf[c].tolist() for k, c in fields.items()}
    index_ids = [str(i) for i in pdf.index] if "id" not in fields else None
    for n, text in enumerate(texts):
        item: dict[str, Any] = {"text": _value(text)}
        for k, values in cols.items():
            item[k] = _value(values[n])
        if index_ids is not None:
            item["id"] = index_ids[n]
        elif item["id"] is not None:
            item["id"] = str(item["id"])
        items.append(item)
    with _PIPELINE_LOCK:
        results = list(analyze_many(items, date_order=date_order))
    for item, rec in zip(items, results, strict=True):
        if rec.id is None and item.get("id") is not None:
            rec.id = item["id"]
    return _result_frame(pd, results, pdf.index)


def _value(v: Any) -> Any:
    """A cell as plain Python: missing values (None, NaN, NaT, pd.NA) become None."""
    if v is None:
        return None
    if isinstance(v, float) and v != v:  # NaN
        return None
    try:
        import pandas as pd

        if v is pd.NaT or v is pd.NA:
            return None
        if isinstance(v, pd.Timestamp):
            return v.to_pydatetime()
    except ImportError:  # pragma: no cover - pandas is there whenever a data frame is
        pass
    return v


def _result_frame(pd, records: list, index) -> pd.DataFrame:
    """The typed result columns (see `archive.results`), `record` as JSON."""
    return pd.DataFrame(result_columns(pd, records, index,
                                       record=lambda r: json.dumps(r.to_dict(), ensure_ascii=False)), index=index)
