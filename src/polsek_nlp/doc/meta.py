"""`doc._.meta`: what the caller says about an article, as one typed value.

`api.analyze` / `api.analyze_doc` read their arguments (`published`, `title`, `url`, `id`) once
into an `ArticleMeta` and put it on `doc._.meta` before the pipeline runs; the header component
(`recognize.header`) lets it override what the article's own head says, and every later stage
reads the typed fields (the header's `published`, `published_precision`; `build_record` the
`id`). A Doc made with `nlp(text)` has `doc._.meta = None`: the article's head alone counts.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

Precision = Literal["day", "time"]


@dataclass(frozen=True)
class ArticleMeta:
    """An article's metadata as given by the caller; None: not given."""

    published: dt.datetime | None = None  # naive local time (an aware one is read in WIB)
    published_precision: Precision | None = None  # "day" when only the day was given
    title: str | None = None
    url: str | None = None
    id: str | None = None


def published_iso(when: dt.datetime, precision: Precision | None) -> str:
    """A publication time as records write it: to the minute, or the day alone."""
    return when.date().isoformat() if precision == "day" else when.isoformat(timespec="minutes")


if not Doc.has_extension("meta"):
    Doc.set_extension("meta", default=None)
