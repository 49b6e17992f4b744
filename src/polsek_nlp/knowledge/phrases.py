"""Phrase tables of named things that several recognizers look up: institutions, organisation
head words, news outlets, countries, foreign cities and other geographic names."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.lexicon import PhraseTable, named_table


@dataclass(frozen=True)
class InstitutionInfo:
    acronym: str | None
    full_name: str
    kind: str
    level: str
    takes: tuple[str, ...]


@lru_cache(maxsize=1)
def institution_table() -> PhraseTable:
    entries: dict[str, list[InstitutionInfo]] = {}
    for row in read_table("institutions.tsv"):
        info = InstitutionInfo(row["acronym"] or None, row["full_name"], row["kind"], row["level"],
                               tuple(split_cell(row["takes"])))
        forms = {row["full_name"], *split_cell(row["variants"])}
        if row["acronym"]:
            forms.add(row["acronym"])
        for form in forms:
            entries.setdefault(form, []).append(info)
    return PhraseTable(entries)


@lru_cache(maxsize=1)
def ministries_any_case() -> PhraseTable:
    """The ministries' names of several words matched in any case (`kementerian luar negeri`,
    `Kementerian pertahanan`): news writes a ministry's field in lower case too."""
    entries: dict[str, list[str]] = {}
    for row in read_table("institutions.tsv"):
        if row["kind"] == "ministry":
            for form in {row["full_name"], *split_cell(row["variants"])}:
                if " " in form:
                    entries.setdefault(form, []).append(row["full_name"])
    return PhraseTable(entries, attr="LOWER")


@lru_cache(maxsize=1)
def chain_parent_kinds() -> frozenset[str]:
    """Institution kinds whose bodies, written right after another body, are its parent
    (Komisi III DPR, Bareskrim Mabes Polri): `chain_parent` in `data/institution_kinds.tsv`."""
    return frozenset(row["kind"] for row in read_table("institution_kinds.tsv") if row["chain_parent"] == "yes")


@lru_cache(maxsize=1)
def own_post_kinds() -> frozenset[str]:
    """Institution kinds whose posts are their own (courts, the prosecution): a member holding one
    serves that body, not a command: `own_posts` in `data/institution_kinds.tsv`."""
    return frozenset(row["kind"] for row in read_table("institution_kinds.tsv") if row["own_posts"] == "yes")


@lru_cache(maxsize=1)
def org_heads() -> PhraseTable:
    return PhraseTable({row["word"]: [row["kind"]] for row in read_table("org_heads.tsv")})


def media() -> PhraseTable:
    return named_table("media.tsv", "name")


def organisations() -> PhraseTable:
    """Clubs, teams and companies that general news names by their bare name (`organisations.tsv`)."""
    return named_table("organisations.tsv", "kind")


def world_cities() -> PhraseTable:
    return named_table("world_cities.tsv", "kind")


def geo_other() -> PhraseTable:
    return named_table("geo_other.tsv", "kind")


# "AS" (Amerika Serikat) is too often a person's initials in crime news: a country only where the
# text says a place (`places.py`: after `di`, `ke`, `dari`, or after a place and a comma)
COUNTRY_INITIALS = frozenset({"AS"})


def countries() -> PhraseTable:
    return named_table("countries.tsv", "name", exclude=COUNTRY_INITIALS)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in read_table("countries.tsv"):
        for form in (row["name"], *split_cell(row["variants"])):
            names.setdefault(form, row["name"])
    return names


def country_name(form: str) -> str | None:
    """The table's name of the country any of its forms names (`AS`, `Amerika`, `USA` -> `Amerika Serikat`;
    `Republik Indonesia` -> `Indonesia`), initials included; None for a form it does not list."""
    return _country_names().get(form)
