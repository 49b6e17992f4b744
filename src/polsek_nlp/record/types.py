"""The EventRecord: plain data, JSON round-trip, JSON Schema.

Every record is built by `events.build_record(doc)`; this module only holds the types.
`EventRecord.from_dict(r.to_dict()) == r` for every record.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar, cast

from polsek_nlp.data import read_json, read_table, split_cell

SCHEMA_VERSION = "1.1"

# --- the closed vocabularies of the record's fields (the categories of the pandas tables) ----

def _vocabulary(field: str) -> tuple[str, ...]:
    """The values of a closed vocabulary of `data/vocabularies.tsv`, in order."""
    return next(tuple(split_cell(r["values"])) for r in read_table("vocabularies.tsv") if r["field"] == field)


#: Every `Event.type`, in the order of `data/event_types.tsv` ("lainnya" = no specific type, last).
EVENT_TYPES: tuple[str, ...] = tuple(row["type"] for row in read_table("event_types.tsv"))
#: `Officer.force`.
FORCES: tuple[str, ...] = _vocabulary("force")
#: `Officer.rank_class`, lowest first.
RANK_CLASSES: tuple[str, ...] = _vocabulary("rank_class")
#: `Region.kind` (and the administrative kinds of `Place.kind`), largest first.
REGION_KINDS: tuple[str, ...] = _vocabulary("region_kind")
#: `Place.label`.
PLACE_LABELS: tuple[str, ...] = _vocabulary("place_label")
#: `Entity.label` (the labels of `doc.ents`).
ENTITY_LABELS: tuple[str, ...] = _vocabulary("entity_label")
#: `DateMention.granularity`.
GRANULARITIES: tuple[str, ...] = _vocabulary("granularity")
#: `DateMention.offset`: WIB, WITA, WIT when the text names the zone.
OFFSETS: tuple[str, ...] = _vocabulary("offset")

_D = TypeVar("_D", bound="_Data")


class _Data:
    """to_dict / from_dict for nested dataclasses (lists and optionals of dataclasses)."""

    # every subclass is a dataclass: this says so to type checkers (dataclasses.fields/asdict)
    __dataclass_fields__: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        """`dataclasses.asdict(self)`, without its deep copy of every string and number (a
        record's leaves are immutable): ~10x faster, which the batch writer feels."""
        return {name: _plain(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls: type[_D], data: dict[str, Any]) -> _D:
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}.from_dict expects a dict, not {type(data).__name__}")
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = _convert(hints[f.name], data[f.name])
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    """What `dataclasses.asdict` makes of a record field's value: records as dicts, containers
    rebuilt, leaves (str, int, float, bool, None) as they are."""
    if type(value) in _LEAVES:  # most values: tested first
        return value
    if isinstance(value, _Data):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


_LEAVES = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _json_fields(value: Any) -> dict[str, Any]:
    """What the JSON encoder asks of an object it cannot write itself (its `default`): a record's
    fields, one level deep, in their order (the encoder goes on into them in C, as it would into
    `to_dict`'s copies: the same text, without a Python call for every list and leaf; the batch
    writer's line 0.18 -> 0.10 ms a record). The instance's own `__dict__` when it holds exactly
    the fields in their order (what a dataclass's `__init__` leaves), else a dict made of them."""
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        if not isinstance(value, _Data):
            raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
        names = _field_names(type(value))
    fields: dict[str, Any] = value.__dict__
    if tuple(fields) == names:
        return fields
    return {name: getattr(value, name) for name in names}


# A record as one line of JSON. A record is a tree: a cycle fails (RecursionError) as `to_dict` did.
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False, default=_json_fields).encode

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """The resolved type hints of a record class, cached."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is list:
        (arg,) = typing.get_args(hint)
        return [_convert(arg, v) for v in value]
    if isinstance(hint, type) and issubclass(hint, _Data):
        return hint.from_dict(value)
    return value


@dataclass
class Region(_Data):
    """An administrative region linked to its Kemendagri code (`32.14` = Kabupaten Purwakarta)."""

    name: str
    kind: str | None = None  # provinsi | kabupaten | kota | kecamatan | desa | kelurahan
    code: str | None = None
    province: str | None = None


@dataclass
class Officer(_Data):
    """A Polri or TNI member: one entry per individual, merged across mentions."""

    name: str | None
    aliases: list[str] = field(default_factory=list)
    rank: str | None = None
    rank_full: str | None = None
    rank_class: str | None = None  # tamtama | bintara | perwira_pertama | perwira_menengah | perwira_tinggi
    force: str | None = None  # Polri | TNI
    position: str | None = None
    unit: str | None = None
    titles: list[str] = field(default_factory=list)
    mentions: int = 1


@dataclass
class Person(_Data):
    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    age: int | None = None
    officer: bool = False


@dataclass
class Institution(_Data):
    name: str
    acronym: str | None = None
    full_name: str | None = None
    kind: str | None = None
    region: Region | None = None


@dataclass
class Place(_Data):
    name: str
    # REGION_KINDS, venues.tsv's kinds (jalan, venue, dusun...), geo_other.tsv's (island, river...),
    # country, foreign (a city abroad), other
    kind: str | None = None
    code: str | None = None
    province: str | None = None
    label: str | None = None  # GPE | LOC | FAC


@dataclass
class DateMention(_Data):
    text: str
    value: str | None
    granularity: str
    start: int | None = None
    end: int | None = None
    offset: str | None = None  # +07:00 for WIB, +08:00 WITA, +09:00 WIT when the text says so
    relative: bool = False
    is_published: bool = False


@dataclass
class Quote(_Data):
    text: str
    speaker: str | None = None
    cue: str | None = None
    direct: bool = True
    start: int | None = None
    end: int | None = None


@dataclass
class Entity(_Data):
    text: str
    label: str
    start: int
    end: int


@dataclass
class Event(_Data):
    type: str | None = "lainnya"  # None only on error records
    secondary_types: list[str] = field(default_factory=list)
    name: str | None = None
    date: str | None = None
    date_source: str | None = None  # "text", None (no day in the text), "published" (published_fallback on)
    venue: str | None = None
    region: Region | None = None
    leader: str | None = None
    participants: list[str] = field(default_factory=list)
    purpose: str | None = None
    arrests: int | None = None  # how many the article says were arrested (0: none; None: not said)
    subtype: str | None = None  # narkoba: peredaran | penyalahgunaan; kecelakaan: lalu lintas | kerja ...


@dataclass
class Suspect(_Data):
    """A perpetrator or alleged perpetrator of the main incident (`name` None: counted, unnamed)."""

    name: str | None = None
    alias: str | None = None
    age: int | None = None
    sex: str | None = None  # L | P, only when a sex word says so
    residence: str | None = None
    status: str | None = None  # ditangkap diamankan ditahan tersangka buron tewas dihukum dibebaskan diperiksa
    role: str | None = None  # tersangka terduga pelaku terdakwa terpidana pengedar kurir bandar pengguna ...


@dataclass
class Victim(_Data):
    """A person harmed by the main incident (`name` None: counted, unnamed)."""

    name: str | None = None
    age: int | None = None
    sex: str | None = None
    residence: str | None = None
    status: str | None = None  # tewas | luka berat | luka ringan | luka | hilang | selamat | dirugikan


@dataclass
class Casualties(_Data):
    """The main incident's final counts as the article states them (None: not stated)."""

    dead: int | None = None
    injured: int | None = None
    missing: int | None = None


@dataclass
class Evidence(_Data):
    """One seized item (barang bukti), its total quantity and unit (`6.521 gram sabu` -> 6521, `g`)."""

    item: str
    quantity: int | float | None = None
    unit: str | None = None


@dataclass
class Loss(_Data):
    """A money amount of the case (`Rp 1,2 miliar` -> 1200000000 IDR) and what it is."""

    amount: int
    currency: str = "IDR"  # ISO 4217
    kind: str | None = None  # kerugian | barang bukti | suap | uang tunai | denda | pemerasan | biaya | ...


@dataclass
class Charge(_Data):
    """One article of law charged (`Pasal 114 ayat (2) UU 35/2009`: "114", "2", "UU 35/2009")."""

    article: str
    clause: str | None = None
    law: str | None = None
    max_penalty: str | None = None  # "20 tahun" | "seumur hidup" | "pidana mati" ...


@dataclass
class EventRecord(_Data):
    """One article's structured record. See the README for every field."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    dateline: str | None = None
    site: str | None = None
    event: Event = field(default_factory=Event)
    officers: list[Officer] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    suspects: list[Suspect] = field(default_factory=list)
    victims: list[Victim] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    evidence: list[Evidence] = field(default_factory=list)
    losses: list[Loss] = field(default_factory=list)
    charges: list[Charge] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def to_json(self, *, indent: int | None = None) -> str:
        """`json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)`, the same text; on one
        line (no `indent`) without `to_dict`'s walk: see `_json_fields`."""
        if indent is None:
            return _ENCODE(self)
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> EventRecord:
        return cls.from_dict(json.loads(text))

    @property
    def ok(self) -> bool:
        return self.error is None


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every `EventRecord.to_dict()` validates against."""
    return cast(dict[str, Any], read_json("record.schema.json"))
