"""The columns of the pandas tables (`notebook.frames`): each table's columns in order and the kind
of each (str, a categorical with its categories, list, int, Int, float, bool, datetime), and the
dtypes pandas names for them (COLUMN_DTYPES).
"""
from __future__ import annotations

from polsek_nlp.data import read_table
from polsek_nlp.record.types import (
    EVENT_TYPES,
    FORCES,
    GRANULARITIES,
    OFFSETS,
    PLACE_LABELS,
    RANK_CLASSES,
    REGION_KINDS,
)


def _kinds(*tables: str) -> tuple[str, ...]:
    return tuple(sorted({row["kind"] for t in tables for row in read_table(t) if row.get("kind")}))


#: `Place.kind`: the administrative kinds, then the kinds of venues.tsv and geo_other.tsv, a
#: country, a city abroad (`foreign`) and `other`.
PLACE_KINDS: tuple[str, ...] = tuple(dict.fromkeys(
    (*REGION_KINDS, *_kinds("venues.tsv", "geo_other.tsv"), "country", "foreign", "other")))
#: `Institution.kind`: the kinds of institutions.tsv and org_heads.tsv, and `media`.
INSTITUTION_KINDS: tuple[str, ...] = tuple(dict.fromkeys(
    (*_kinds("institutions.tsv", "org_heads.tsv"), "media", "other")))

#: The categories of each categorical column kind (`cat:<name>` in COLUMN_DTYPES' sources).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "event_type": EVENT_TYPES, "region_kind": REGION_KINDS, "force": FORCES, "rank_class": RANK_CLASSES,
    "place_kind": PLACE_KINDS, "label": PLACE_LABELS, "institution_kind": INSTITUTION_KINDS,
    "granularity": GRANULARITIES, "offset": OFFSETS,
}

# column -> kind: str (pandas' default string dtype), cat:<CATEGORIES key> (categorical), list
# (object, Python lists), int (int64), Int (nullable Int64), bool, datetime (datetime64[ns], naive)
ARTICLE_SPEC = {
    "id": "str", "title": "str", "url": "str", "published": "datetime", "dateline": "str", "site": "str",
    "event_type": "cat:event_type", "event_subtype": "str", "arrests": "Int", "event_secondary_types": "list", "event_name": "str", "event_date": "datetime",
    "venue": "str", "region_code": "str", "region_name": "str", "region_kind": "cat:region_kind", "province": "str",
    "leader": "str", "n_officers": "int", "n_persons": "int", "n_institutions": "int", "n_places": "int",
    "n_dates": "int", "n_quotes": "int", "n_suspects": "int", "n_victims": "int", "n_evidence": "int",
    "n_losses": "int", "n_charges": "int", "keywords": "list", "warnings": "list", "error": "str",
}
TABLE_SPECS = {
    "officers": {"article_id": "str", "name": "str", "aliases": "list", "rank": "str", "rank_full": "str",
                 "rank_class": "cat:rank_class", "force": "cat:force", "position": "str", "unit": "str", "mentions": "int"},
    "persons": {"article_id": "str", "name": "str", "role": "str", "aliases": "list", "age": "Int",
                "officer": "bool"},
    "institutions": {"article_id": "str", "name": "str", "acronym": "str", "full_name": "str",
                     "kind": "cat:institution_kind", "region_code": "str", "region_name": "str"},
    "places": {"article_id": "str", "name": "str", "kind": "cat:place_kind", "code": "str", "province": "str",
               "label": "cat:label"},
    "dates": {"article_id": "str", "text": "str", "value": "str", "granularity": "cat:granularity",
              "start": "Int", "end": "Int", "offset": "cat:offset", "relative": "bool", "is_published": "bool"},
    "quotes": {"article_id": "str", "speaker": "str", "cue": "str", "direct": "bool", "text": "str"},
    "suspects": {"article_id": "str", "name": "str", "alias": "str", "age": "Int", "sex": "str", "residence": "str",
                 "status": "str", "role": "str"},
    "victims": {"article_id": "str", "name": "str", "age": "Int", "sex": "str", "residence": "str", "status": "str"},
    "casualties": {"article_id": "str", "dead": "Int", "injured": "Int", "missing": "Int"},
    "evidence": {"article_id": "str", "item": "str", "quantity": "float", "unit": "str"},
    "losses": {"article_id": "str", "amount": "Int", "currency": "str", "kind": "str"},
    "charges": {"article_id": "str", "article": "str", "clause": "str", "law": "str", "max_penalty": "str"},
}
ROSTER_SPEC = {
    "name": "str", "rank": "str", "rank_full": "str", "force": "cat:force", "positions": "list", "units": "list",
    "first_seen": "datetime", "last_seen": "datetime", "n_articles": "int", "article_ids": "list",
}

COUNT_COLUMNS = tuple(c for c in ARTICLE_SPEC if c.startswith("n_"))  # n_officers: how many officers...

#: The columns of `to_frame`, in order.
ARTICLE_COLUMNS: tuple[str, ...] = tuple(ARTICLE_SPEC)
#: The columns of each table of `to_frames` (besides `articles`, which has ARTICLE_COLUMNS).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {name: tuple(cols) for name, cols in TABLE_SPECS.items()}
#: The columns of `roster`, in order.
ROSTER_COLUMNS: tuple[str, ...] = tuple(ROSTER_SPEC)


def _dtype_name(kind: str) -> str:
    return {"str": "str", "list": "object", "int": "int64", "Int": "Int64", "bool": "bool",
            "datetime": "datetime64[ns]", "float": "float64"}.get(kind, "category")


#: The dtype of every column of every table (`articles`, the parts, `roster`), as pandas names it:
#: `str`, `category`, `object` (lists), `int64`, `Int64`, `float64`, `bool` or `datetime64[ns]`.
COLUMN_DTYPES: dict[str, dict[str, str]] = {
    "articles": {c: _dtype_name(k) for c, k in ARTICLE_SPEC.items()},
    **{t: {c: _dtype_name(k) for c, k in spec.items()} for t, spec in TABLE_SPECS.items()},
    "roster": {c: _dtype_name(k) for c, k in ROSTER_SPEC.items()},
}
