"""What the tests read from an analysed text, in one place (imported as `from helpers import ...`: pytest puts
this folder on the path, as it does for `conftest.py`).

Two kinds of helper, so that a new test file needs no boilerplate of its own:

- `reader(...)` makes a function `(text, published=..., title=None)` that analyses an invented text through the
  public API (`polsek_nlp.analyze`) with a fixed date, id and padding, and gives the record or one `field` of it;
- the fields below take an `EventRecord` and give plain values that compare in an `assert` (tuples, lists in the
  record's order, sets where the order does not matter, as each one's docstring says).

A file keeps its own short names for them (`_record = reader("2025-03-14T10:00", id="t")`,
`from helpers import victim_statuses as _victims`), so that its tests read as they did."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import polsek_nlp
from polsek_nlp import EventRecord


def reader(published: str | None = None, *, field: Callable[[EventRecord], Any] | None = None,
           id: str | None = None, before: str = "", after: str = "") -> Callable[..., Any]:
    """A function `(text, published=published, title=None)`: the record `polsek_nlp.analyze` gives for
    `before + text + after` with this `id`, date and title, or its `field(record)` when a field is given.
    `before`/`after` pad a sentence into a report (an arrest before a seizure, a line that opens the incident
    stage after a toll)."""

    def read(text: str, published: str | None = published, title: str | None = None) -> Any:
        record = polsek_nlp.analyze(before + text + after, id=id, published=published, title=title)
        return record if field is None else field(record)

    return read


def entity_texts(text: str, label: str) -> set[str]:
    """The texts of the record's entities labelled `label` (`PERSON`, `ORG`, `GPE`, ...), `text` analysed with
    no date."""
    return {e.text for e in polsek_nlp.analyze(text).entities if e.label == label}


# --- fields of a record -----------------------------------------------------------------------------------------------

def entity_pairs(record: EventRecord) -> set[tuple[str, str]]:
    """The record's entities as (text, label)."""
    return {(e.text, e.label) for e in record.entities}


def person_names(record: EventRecord) -> list[str]:
    """The persons' names, in the record's order."""
    return [p.name for p in record.persons]


def person_name_set(record: EventRecord) -> set[str]:
    """The persons' names, as a set."""
    return {p.name for p in record.persons}


def person_roles(record: EventRecord) -> list[tuple[str, str | None]]:
    """The persons as (name, role), in the record's order."""
    return [(p.name, p.role) for p in record.persons]


def institution_names(record: EventRecord) -> list[str]:
    """The institutions' names, in the record's order."""
    return [i.name for i in record.institutions]


def place_names(record: EventRecord) -> list[str]:
    """The places' names, in the record's order."""
    return [p.name for p in record.places]


def officer_rows(record: EventRecord) -> list[tuple]:
    """The officers as (rank, name, position, unit, force), in the record's order."""
    return [(o.rank, o.name, o.position, o.unit, o.force) for o in record.officers]


def officer_posts(record: EventRecord) -> list[tuple]:
    """The officers as (rank, name, position, unit), in the record's order."""
    return [(o.rank, o.name, o.position, o.unit) for o in record.officers]


def officers_by_name(record: EventRecord) -> dict[str | None, tuple]:
    """Each officer's (rank, position, unit), by name."""
    return {o.name: (o.rank, o.position, o.unit) for o in record.officers}


def event_day(record: EventRecord) -> str | None:
    """The day of the event (`event.date`)."""
    return record.event.date


def date_values(record: EventRecord) -> set[str]:
    """The values of the record's dates (those that have one), as a set."""
    return {d.value for d in record.dates if d.value}


def evidence_rows(record: EventRecord) -> list[tuple]:
    """The evidence as (item, quantity, unit), sorted."""
    return sorted((e.item, e.quantity, e.unit) for e in record.evidence)


def evidence_set(record: EventRecord) -> set[tuple]:
    """The evidence as (item, quantity, unit), as a set."""
    return {(e.item, e.quantity, e.unit) for e in record.evidence}


def loss_rows(record: EventRecord) -> list[tuple]:
    """The losses as (amount, currency, kind), sorted."""
    return sorted((x.amount, x.currency, x.kind) for x in record.losses)


def victim_statuses(record: EventRecord) -> list[tuple]:
    """The victims as (name, status), sorted (a missing name sorts as `None`)."""
    return sorted(((v.name, v.status) for v in record.victims), key=str)


def suspect_names(record: EventRecord) -> list[str | None]:
    """The suspects' names, sorted (a missing name sorts as `None`)."""
    return sorted((s.name for s in record.suspects), key=str)


def suspect_statuses(record: EventRecord) -> dict[str | None, str | None]:
    """Each suspect's status, by name."""
    return {s.name: s.status for s in record.suspects}


def named_people(record: EventRecord) -> tuple[set[str], set[str]]:
    """The suspects' and the victims' names (those that have one), as two sets."""
    return {s.name for s in record.suspects if s.name}, {v.name for v in record.victims if v.name}


def toll(record: EventRecord) -> tuple[int | None, int | None, int | None]:
    """The casualties as (dead, injured, missing)."""
    return record.casualties.dead, record.casualties.injured, record.casualties.missing


# --- other shared pieces ----------------------------------------------------------------------------------------------

def strict_xfail(reason: str) -> pytest.MarkDecorator:
    """The mark of a known miss: an expected failure that fails the run when it starts to pass."""
    return pytest.mark.xfail(strict=True, reason=reason)


def known_miss_params(cases, misses: dict[str, str], id_length: int | None = None) -> list:
    """`pytest.param`s of `cases`, rows whose first item is the case's key and the rest its arguments: each named
    by its key (cut to `id_length` characters) and, when the key is in `misses`, marked a known miss
    (`strict_xfail`) with its reason."""
    return [pytest.param(*rest, id=key[:id_length], marks=[strict_xfail(misses[key])] if key in misses else [])
            for key, *rest in cases]


def write_record_json(folder: Path, record: dict) -> None:
    """`record` (a dict with an `id`) written as `folder/<id>.json`, the folder made if need be."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{record['id']}.json").write_text(json.dumps(record), encoding="utf-8")


class Asked:
    """A compiled pattern whose methods count the times they are asked (a test of where a scan is tried)."""

    def __init__(self, pat):
        self.pat, self.asked = pat, Counter()

    def __getattr__(self, name):
        self.asked[name] += 1
        return getattr(self.pat, name)
