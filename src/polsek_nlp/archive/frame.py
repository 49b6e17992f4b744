"""`analyze_frame`: a pandas DataFrame of articles in, a DataFrame of results out, row for row.

    >>> out = polsek_nlp.analyze_frame(df)                          # columns recognised by name
    >>> out = polsek_nlp.analyze_frame(df, text="isi_berita", title="judul", published="tanggal")
    >>> out[["event_type", "event_date", "date_source", "region_code", "error"]]

pandas is imported only when a frame comes in (extra `polsek_nlp[pandas]`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from polsek_nlp.archive.columns import map_columns
from polsek_nlp.archive.items import Options, frame_items
from polsek_nlp.archive.pool import analyze_many
from polsek_nlp.archive.results import RESULT_COLUMNS, result_columns

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["RESULT_COLUMNS", "analyze_frame"]

#: The result columns `analyze_frame` adds (after the input's other columns): see `archive.results`.



def analyze_frame(df: pd.DataFrame, *, text: str | None = None, title: str | None = None,
                  published: str | None = None, id: str | None = None, url: str | None = None,
                  date_order: str | None = None, n_process: int = 1, batch_size: int = 32,
                  progress: bool = False, learn_furniture: bool = True) -> pd.DataFrame:
    """Analyse the articles of a DataFrame; a DataFrame aligned with its index, one row per row.

    `text`, `title`, `published`, `id`, `url` name the columns; left out, they are recognised by
    their names (`judul`, `isi_berita`, `tanggal`, `tautan`, `headline`, `content`, `date`, `link`
    ...: see `data/columns.tsv`), with an `ArchiveWarning` for each guess.
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
    for name, column in result_columns(pd, records, df.index, record=lambda r: r).items():
        out[name] = column
    return out


def _run(items, opts: Options, n_process: int, batch_size: int, progress: bool, total: int):
    return analyze_many(items, n_process=n_process, batch_size=batch_size, progress=progress, total=total,
                        date_order=opts.date_order, furniture=opts.furniture)
