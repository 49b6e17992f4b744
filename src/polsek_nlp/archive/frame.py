"""`analyze_frame`: a pandas DataFrame of articles in, a DataFrame of results out, row for row.

    >>> out = polsek_nlp.analyze_frame(df)                          # columns recognised by name
    >>> out = polsek_nlp.analyze_frame(df, text="isi_berita", title="judul", published="tanggal")
    >>> out[["event_type", "event_date", "date_source", "region_code", "error"]]

pandas is imported only when a frame comes in (extra `polsek_nlp[pandas]`).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from polsek_nlp.archive.columns import map_columns
from polsek_nlp.archive.pool import Options, analyze_many
from polsek_nlp.archive.published import decide_order, is_missing
from polsek_nlp.archive.survey import learn_furniture

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["RESULT_COLUMNS", "analyze_frame"]

#: The result columns `analyze_frame` adds (after the input's other columns).
RESULT_COLUMNS = ("id", "title", "published", "event_type", "event_date", "date_source", "region_code",
                  "warnings", "error", "record")


def frame_items(df: pd.DataFrame, given: dict[str, str | None], *, date_order: str | None = None,
                furniture: Iterable[str] | None = None, learn: bool = True,
                ) -> tuple[Iterator[dict[str, Any]], Options]:
    """The rows of `df` as items for `analyze_many`, and the options to read them with: columns
    mapped (`given`, else recognised), the day/month order decided from the frame's own
    published values (unless `date_order`), furniture lines learnt from its texts (with `learn`)."""
    cols = map_columns([str(c) for c in df.columns], given, where="data frame")
    cols.warn("data frame")
    by_name = {str(c): c for c in df.columns}
    series = {k: (df[by_name[c]] if c is not None else None) for k, c in cols.columns.items()}
    texts = series["text"].tolist()
    pubs = series["published"].tolist() if series["published"] is not None else None
    if date_order is None and pubs is not None:
        date_order, _ = decide_order(v for v in pubs if isinstance(v, str))
    learnt = set(furniture or ())
    if learn:
        learnt |= learn_furniture(texts)
    ids = series["id"].tolist() if series["id"] is not None else [str(i) for i in df.index]
    values = {k: (s.tolist() if s is not None else None) for k, s in series.items() if k not in ("text", "id")}

    def items() -> Iterator[dict[str, Any]]:
        for n, text in enumerate(texts):
            item = {"text": None if is_missing(text) else text, "id": None if is_missing(ids[n]) else str(ids[n])}
            for k, vals in values.items():
                item[k] = None if vals is None or is_missing(vals[n]) else vals[n]
            yield item

    return items(), Options(date_order=date_order, furniture=frozenset(learnt))


def analyze_frame(df: pd.DataFrame, *, text: str | None = None, title: str | None = None,
                  published: str | None = None, id: str | None = None, url: str | None = None,
                  date_order: str | None = None, n_process: int = 1, batch_size: int = 32,
                  progress: bool = False, learn_furniture: bool = True) -> pd.DataFrame:
    """Analyse the articles of a DataFrame; a DataFrame aligned with its index, one row per row.

    `text`, `title`, `published`, `id`, `url` name the columns; left out, they are recognised by
    their names (`judul`, `isi_berita`, `tanggal`, `tautan`, `headline`, `content`, `date`, `link`
    ...: see `polsek_nlp.archive.columns.COLUMN_NAMES`), with an `ArchiveWarning` for each guess.
    NaN, NaT and None mean "not given"; a row without text is an error row. Publication times may
    be written in any of the forms `polsek_nlp.archive.published` reads; the day/month order of
    numeric ones is decided from the frame's unambiguous values (`date_order` overrides it). Lines
    that repeat across many of the frame's texts are blanked out as site furniture
    (`learn_furniture=False` keeps them). Without an id column, the index values are the ids.

    The result keeps the input's other columns (those not mapped; a name the result also uses
    gets the prefix `input_`) and adds `RESULT_COLUMNS`: `id`, `title` and `published` as the
    records hold them, `event_type`, `event_date`, `date_source`, `region_code`, `warnings` (a
    list), `error` (None unless the row failed) and `record` (the `EventRecord`).
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - a DataFrame came in, so pandas is there
        raise ImportError("analyze_frame needs pandas: pip install 'polsek_nlp[pandas]'") from exc
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"analyze_frame expects a pandas DataFrame, not {type(df).__name__}")
    given = {"text": text, "title": title, "published": published, "id": id, "url": url}
    items, opts = frame_items(df, given, date_order=date_order, learn=learn_furniture)
    mapped = {c for c in map_columns([str(c) for c in df.columns], given, where="data frame").columns.values()
              if c is not None}
    records = list(_run(items, opts, n_process, batch_size, progress, len(df)))
    out = pd.DataFrame(index=df.index)
    for c in df.columns:
        if str(c) in mapped:
            continue
        out[f"input_{c}" if str(c) in RESULT_COLUMNS else c] = df[c]
    ev = [r.event for r in records]
    columns = {
        "id": [r.id for r in records],
        "title": [r.title for r in records],
        "published": [r.published for r in records],
        "event_type": [None if r.error is not None or e is None else e.type for r, e in zip(records, ev, strict=True)],
        "event_date": [None if e is None else e.date for e in ev],
        "date_source": [None if e is None else e.date_source for e in ev],
        "region_code": [None if e is None or e.region is None else e.region.code for e in ev],
        "warnings": [list(r.warnings) for r in records],
        "error": [r.error for r in records],
        "record": records,
    }
    for name in RESULT_COLUMNS:
        out[name] = pd.Series(columns[name], index=df.index, dtype=object)
    return out


def _run(items, opts: Options, n_process: int, batch_size: int, progress: bool, total: int):
    return analyze_many(items, n_process=n_process, batch_size=batch_size, progress=progress, total=total,
                        date_order=opts.date_order, furniture=opts.furniture)
