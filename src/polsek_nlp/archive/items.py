"""What `analyze_many` reads: the items, the options they are read with, and the rows of a pandas
DataFrame as items (columns mapped, day/month order decided, furniture learnt), for both
`analyze_many` and `analyze_frame`."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from polsek_nlp.archive.columns import map_columns
from polsek_nlp.archive.published import decide_order, is_missing
from polsek_nlp.archive.survey import learn_furniture

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

Item = Any  # str, or a mapping / object with `text` and optional `id`, `title`, `published`, `url`


@dataclass(frozen=True)
class Options:
    """How items are read: the name of each field, the archive's day/month order, its furniture;
    and what comes back for each one: its `EventRecord`, or what `then` (a module-level function,
    run in the worker) makes of it, such as the batch writer's JSON line (a string crosses the
    process boundary for a fraction of a pickled record's cost, and the workers share the work)."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    published: str = "published"
    url: str = "url"
    date_order: str | None = None
    furniture: frozenset[str] = frozenset()
    then: Callable[[Any], Any] | None = None


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
