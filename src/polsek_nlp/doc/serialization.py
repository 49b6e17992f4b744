"""What our components leave on a Doc survives `Doc.to_bytes`, `DocBin(store_user_data=True)` and
`nlp.pipe(n_process=2)`.

spaCy writes `Doc.user_data` (where extension values live) with srsly's msgpack, which knows
neither dataclasses, sets, datetimes nor tuple-keyed dicts. A pair of srsly msgpack hooks,
registered when `polsek_nlp` is imported, writes each of ours as a tagged map and reads it back:
dataclasses of this package (fields typed as tuples, or lists of tuples, come back so),
`set`/`frozenset`, `datetime`/`date`, and `SpanData` (the recognizers' data per span). Caches
that hold Span objects (`Transient`) are written as nothing.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
from typing import Any

import srsly

_TAG = "__polsek__"


class SpanData:
    """What the recognizers know about each span, keyed by (label, start char, end char)."""

    __slots__ = ("items",)

    def __init__(self, items: dict[tuple[str, int, int], Any] | None = None) -> None:
        self.items = items if items is not None else {}

    def get(self, key: tuple[str, int, int], default: Any = None) -> Any:
        return self.items.get(key, default)

    def __setitem__(self, key: tuple[str, int, int], value: Any) -> None:
        self.items[key] = value

    def __len__(self) -> int:
        return len(self.items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpanData) and other.items == self.items


class Transient:
    """A per-Doc cache that is written as nothing (read back as None)."""

    __slots__ = ()


def _encode(obj: Any, chain=None) -> Any:
    if isinstance(obj, Transient):
        return None
    if isinstance(obj, SpanData):
        return {_TAG: "spans", "v": [[*key, value] for key, value in obj.items.items()]}
    if isinstance(obj, (set, frozenset)):
        return {_TAG: "frozenset" if isinstance(obj, frozenset) else "set", "v": sorted(obj, key=repr)}
    if isinstance(obj, dt.datetime):
        return {_TAG: "datetime", "v": obj.isoformat()}
    if isinstance(obj, dt.date):
        return {_TAG: "date", "v": obj.isoformat()}
    cls = type(obj)
    if dataclasses.is_dataclass(obj) and cls.__module__.split(".")[0] == "polsek_nlp":
        return {_TAG: "dataclass", "c": f"{cls.__module__}:{cls.__qualname__}",
                "v": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain=None) -> Any:
    kind = obj.get(_TAG) if isinstance(obj, dict) else None
    reader = _READERS.get(kind) if kind is not None else None
    if reader is None:
        return obj if chain is None else chain(obj)
    return reader(obj)


def _read_dataclass(obj: dict[str, Any]) -> Any:
    value = obj["v"]
    module, _, name = obj["c"].partition(":")
    cls = importlib.import_module(module)
    for part in name.split("."):
        cls = getattr(cls, part)
    if cls.__module__.split(".")[0] != "polsek_nlp" or not dataclasses.is_dataclass(cls):
        raise ValueError(f"not a polsek_nlp dataclass: {obj['c']}")
    out = object.__new__(cls)
    for f in dataclasses.fields(cls):
        if f.name in value:
            object.__setattr__(out, f.name, _field_value(value[f.name], str(f.type)))  # frozen ones too
    return out


def _field_value(v: Any, annotation: str) -> Any:
    """A field's value as msgpack gave it, with the tuples it turned into lists made tuples again."""
    if isinstance(v, list) and annotation.startswith("tuple"):
        return tuple(_hashable(x) for x in v)
    if isinstance(v, list) and annotation.startswith("list[tuple"):
        return [_hashable(x) for x in v]
    return v


_READERS = {
    "spans": lambda obj: SpanData({(label, start, end): data for label, start, end, data in obj["v"]}),
    "frozenset": lambda obj: frozenset(_hashable(v) for v in obj["v"]),
    "set": lambda obj: {_hashable(v) for v in obj["v"]},
    "datetime": lambda obj: dt.datetime.fromisoformat(obj["v"]),
    "date": lambda obj: dt.date.fromisoformat(obj["v"]),
    "dataclass": _read_dataclass,
}


def _hashable(value: Any) -> Any:
    """msgpack reads tuples back as lists: a set member or tuple item that was a tuple."""
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


def register() -> None:
    """Register the hooks with srsly (idempotent)."""
    if "polsek_nlp" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("polsek_nlp", func=_encode)
        srsly.msgpack_decoders.register("polsek_nlp", func=_decode)


register()
