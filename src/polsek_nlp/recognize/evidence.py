"""Seized items (evidence), read sentence by sentence, and one entry per item.

A quantity and an item (`1,2 kilogram sabu`, `sabu seberat 6.521 gram`), the list after a cue of seizure
(`barang bukti berupa ...`, `Disita berupa ...`: `seized_lists`), drugs in their packs (`paket sabu`), the
weapon of an attack, items named as evidence or before a passive verb of seizure; items from
`data/evidence_items.tsv` (`seized_items`), other items as plain noun phrases; `merge_evidence` keeps one
entry per item.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from polsek_nlp.knowledge.gazetteer import gazetteer
from polsek_nlp.knowledge.phrases import countries
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import (
    OTHER_TIME,
    any_word,
    compiled,
    fled_after,
    parted_words,
    phrase_words,
    word_regex,
    word_tuple,
    worded,
    words,
)
from polsek_nlp.recognize.quantities import (
    as_number,
    find_quantities,
    number_pattern,
    number_words,
    parse_number,
    units,
)
from polsek_nlp.recognize.seized_counts import a_tally, counts_said, story_counted, summed_period
from polsek_nlp.recognize.seized_items import (
    acronym_item,
    counted_animal,
    is_verb,
    item_regex,
    item_unit,
    kind_word,
    leading_quantity,
    list_item,
    lookup_item,
    specific_item,
)
from polsek_nlp.recognize.seized_lists import (
    ITEM_MARK,
    class_before,
    fold_members,
    list_lines,
    list_opener,
    read_list,
    strong_cue,
)
from polsek_nlp.record.types import Evidence


@cache
def _finding_lead() -> str:
    """The text of a pattern of a `finding` word (`menemukan`, `didapati`) of `seizure_context`, built once; callers
    add the noun they look for after it and search with their own pattern (`pointed_back`)."""
    return rf"\b(?:{phrase_words('seizure_context', 'finding')})\b"


def _m(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """`pattern` with its `{part}`s the `seizure_context` words of `data/incident_words.tsv`, compiled once."""
    return worded("seizure_context", pattern, flags)


@cache
def _part(part: str) -> frozenset[str]:
    """The `seizure_context` words of `part` as a set."""
    return frozenset(w for w, v in words("seizure_context").items() if part in v.split())


# what a search, a raid or an arrest finds is seized (`Dalam penggeledahan itu, petugas menemukan ...`, `Saat
# penangkapan ditemukan ...`), not what is searched (`menggeledah kantor`)
_FOUND_IN_SEARCH = r"\b{search}\b.*\b{finding}\b"
_NEGATED = r"\b{negator}\s+(?:{modal}\s+)?(?:di|me|meny)?\w*\s*$"  # `tak bisa sita restoran`
# a negator right before a cue, or with a modal or a word of achieving between (`belum ditemukan`, `tidak berhasil
# disita`, `tak kunjung ditemukan`): the thing was not found; not any word between (`tidak sengaja ditemukan`: found)
_NOT_FOUND = r"\b{negator}\s+(?:(?:{modal}|{achieved})\s+)?$"
_AS_EVIDENCE = r"\b{as_evidence}\s+barang\s+bukti\b"
_LIKENESS = r"\b{likeness}\s+$"  # `sumbu menyerupai bom`
_UNCERTAIN = r"\b{uncertain}\b"
_COMPARED = r"(?:^|\n)\W*{comparison}\b"  # `Sebagai perbandingan, pada operasi 2024 ... 640 gram sabu`: another case


def _a_likeness(sent: str, m: re.Match) -> bool:
    """The item is named as what a thing looks like (`sumbu menyerupai bom`, `pipa diduga bom`), not seized as
    itself; a drug only suspected (`kristal putih diduga sabu`: the lab test pending) is the drug."""
    like = _m(_LIKENESS).search(sent, max(0, m.start() - 24), m.start())
    if like is None:
        return False
    info = lookup_item(m.group("item"))
    return not (info and info[1] == "drug" and _m(r"{suspected}\s+$").fullmatch(like.group(0)))


def table_items(sent: str) -> list[re.Match]:
    """The items of `data/evidence_items.tsv` the sentence names, less those named as a likeness."""
    return [m for m in item_regex().finditer(sent) if not _a_likeness(sent, m)]


@cache
def _not_held() -> re.Pattern:
    """A word of intent or habit (`not_held` rows): a drug amount after it with no word of seizure in the
    sentence was planned or dealt over time (`berencana menyelundupkan 10 kg sabu`), not seized."""
    return word_regex("not_held")


@cache
def _sizes() -> str:
    """The size words between a count and its item (`3 paket kecil sabu`), as a regex alternation."""
    return "|".join(map(re.escape, words("item_size")))


class _SentenceEvidence:
    """The evidence one sentence names: its table items, the spans already read (`used`) and what
    was found, in sentence offsets."""

    def __init__(self, sent: str, has_cue: bool, before: Evidence | None, items: list[re.Match]) -> None:
        self.sent = sent
        self.has_cue = has_cue
        self.before = before  # the last item the sentences before read
        self.items = items  # the table items of the sentence (`table_items`), read once by the caller
        self.used: list[tuple[int, int]] = []
        self.found: list[tuple[int, int, Evidence]] = []
        self.lot_ends: dict[int, int] = {}  # a class's list item -> the end of its members (`fold_members`)

    def add(self, a: int, b: int, ev: Evidence, used: tuple[int, int] | None = None) -> None:
        """`ev` read at `a`-`b`; an item named as a likeness of a thing (`pistol mainan`, `senjata api
        replika`: `imitation` rows) is that likeness, written out, not the thing, whether the word follows the
        span read (`sebuah pistol mainan`) or ends it (a list item, `berupa pistol mainan dan ...`)."""
        named = list(item_regex().finditer(self.sent, a, b))
        rx = worded("list_word", r"\s+(?P<w>{imitation})(?![\w-])")
        fake = rx.match(self.sent, named[-1].end()) if named else None
        info = lookup_item(named[-1].group("item")) if named and not fake else None
        kind = kind_word(self.sent, named[-1].end(), info) if info else None
        if fake:
            ev = Evidence(f"{named[-1].group('item').lower()} {fake.group('w').lower()}", ev.quantity, ev.unit)
            b = max(b, fake.end())
        elif kind and ev.item == info[0]:
            ev = Evidence(f"{ev.item} {kind.group('w')}", ev.quantity, ev.unit)  # `satu unit perahu pamboat`
            b = max(b, kind.end())
        self.found.append((a, b, ev))
        self.used.append(used or (a, b))

    def is_used(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.used)

    def quantity(self, q) -> None:
        """A quantity with its item after it (`1,2 kilogram sabu`) or before it (`sabu seberat 6.521 gram`); a
        rate (`5 kilogram sabu per hari`) is what a place makes or a dealer sells in a time, nothing seized."""
        if _m(_RATE_AFTER).match(self.sent, q.end) or self._taken_or_packing(q.start) or self._alternative(q):
            return
        if q.kind == "mass" and (gross := self._gross_after(q.end)):
            q = replace(q, value=gross.value, unit=gross.unit)  # `berat bersih 4,9 gram atau berat kotor 5,5 gram`
        if not self._item_after(q):
            self._item_before(q)

    def _alternative(self, q) -> bool:
        """`berat kotor 5,5 gram atau berat bersih 4,9 gram`: the second of two weights said as alternatives (the
        first reading takes the gross one, `_gross_after`)."""
        return q.kind == "mass" and _weight_joined(_m(_OR_WEIGHT + r"$").search(self.sent, max(0, q.start - 40), q.start))

    def _gross_after(self, end: int):
        """The gross weight said after a weight as its alternative (`... atau berat kotor 5,5 gram`, `... atau bruto
        9,4 kilogram`, `... atau 6,3 kilogram bruto`, `... dan berat kotor 6,3 kilogram`), if one is: of two weights
        said as alternatives the gross one is the lot's, the first when neither is marked (gold/genre/README.md round 6
        and "Settled s19": `bruto totals`, bruto over netto, 049 / 080 / 143 / 184 / 284 / 336; s24cas, before it the
        net one was taken)."""
        m = _m(_OR_WEIGHT + r"(?P<q>\S+\s+\S+)(?:\s*\(?(?P<after>{weight_of})\)?)?").match(self.sent, end)
        said = m and _weight_joined(m) and (m.group("w") or m.group("wj") or m.group("after"))
        got = find_quantities(m.group("q")) if said and said.lower() in _part("gross") else []
        return got[0] if got and got[0].kind == "mass" else None

    def _item_after(self, q) -> bool:
        # a quantity followed by an item: `1,2 kilogram sabu`, `dua papan dumolid`
        sent = self.sent
        after = sent[q.end:]
        # the item as written (`alat hisap`, `pil koplo`), else after a generic head (`pil ineks`, `jenis sabu`)
        im = item_regex().match(sent, q.end + len(after) - len(after.lstrip()))
        if im is None:
            lead = _m(rf"\s*(?:(?:{{head_lead}}|{_sizes()})\s+)*").match(after)
            im = item_regex().match(sent, q.end + (lead.end() if lead else 0))
            if im and lead and _part("substance") & set(lead.group(0).lower().split()) \
                    and _item_class(im.group("item")) != "drug":
                im = None  # `45 gram serbuk bahan kimia`: the form of no drug is a word of the thing's written name
        if im is None and q.kind == "count":  # `3 butir pil warna merah muda berlogo X yang diduga ekstasi`
            said = _m(r"[^,;.]{0,70}?\b{suspected}\s+(?:(?:{head_lead})\s+)*").match(sent, q.end)
            im = item_regex().match(sent, said.end()) if said else None
            im = im if im and _item_class(im.group("item")) == "drug" else None
        info = lookup_item(im.group("item")) if im else None
        if info and info[1] != "drug" and _m(r"\b{suspected}\b").search(sent, q.end, im.start()):
            return False  # `3 kantong diduga bom`: what a thing looks like, not the thing
        if info and info[1] != "drug" and _FROM_PLACE.search(sent, max(0, q.start - 8), q.start):
            return True  # `menyita 3 paket sabu dari sebuah mobil`: where things were found, not a thing seized
        if im and info and info[0].split()[0] in _part("wrapper") and _m(r"[^,;.]{0,30}?\b{holds}\b").match(sent, im.end()):
            return True  # `1 bungkus plastik klip bening berisi ... sabu`: the drug's wrapping, the drug is read
        if im and info and (self.has_cue or info[1] == "drug" and not _not_held().search(sent, 0, q.start)):
            end, info = specific_item(sent, im.end(), info)
            if not self.has_cue and _sold_at().match(sent, end):
                return True  # `mengaku menjual satu paket sabu seharga Rp 300 ribu`: what was sold, not seized
            ev = Evidence(info[0], q.value, item_unit(info, q.unit))
            self._measure_after(ev, end)  # `5 jeriken tuak masing-masing berisi 20 liter`
            self.add(q.start, end, ev)
            return True
        return False

    def _prior(self, q) -> list[re.Match]:
        """The items named up to 90 characters before the quantity and not read yet; for a measure,
        read ones too when there are no others (`5 paket ganja seberat 1,5 kg`)."""
        near = [m for m in self.items if m.end() <= q.start and q.start - m.end() < 90]
        prior = [m for m in near if not self.is_used(m.start())]
        if q.kind in ("mass", "volume") and near and not prior:
            return near
        return prior

    def _item_before(self, q) -> None:
        if self._next_lot(q):
            return
        prior = self._prior(q)
        if not prior or not self.has_cue and _not_held().search(self.sent, 0, q.start) or self._total_of_several(q):
            return  # nothing before, or an amount planned or dealt over time (`berencana ... sabu seberat 10 kg`)
        if self._next_item(prior[-1].end(), q):
            return  # `10 kilogram sabu, 5 liter cairan prekursor`: the amount begins the next item of a list
        info = lookup_item(prior[-1].group("item"))
        # a drug before its measure: `sabu seberat 6.521 gram`, `sabu-sabu ... seberat 1000 kg`
        if q.kind in ("mass", "volume") and info and info[1] == "drug":
            packs = self._packs_each(prior[-1], q.start)
            value = as_number(q.value * packs) if packs else q.value
            self.add(prior[-1].start(), q.end, Evidence(info[0], value, q.unit), used=(q.start, q.end))
            return
        # a count stated after its item: `ekstasi sebanyak 100 butir`; packs after a drug (`sabu ... sebanyak 12 paket`)
        if (q.kind != "container" or info and info[1] == "drug") and self._count_after(prior[-1].end(), q) \
                and info and (self.has_cue or info[1] == "drug") and not self._sum_of_others(prior[-1], q):  # `kuota BBM ...`: no seizure
            self.add(prior[-1].start(), q.end, Evidence(info[0], q.value, q.unit), used=(q.start, q.end))

    def _total_of_several(self, q) -> bool:
        """`sabu 102,45 gram ... dan ganja 1.150 gram, dengan total berat 1.252,45 gram`: a measure a word of the sum
        (`sum_of` rows) leads, after two or more items of the sentence read in its dimension, is their sum, no lot of
        the last one (gold genre 440 / 498's notes: the total over two items gives no entry; s30evi)."""
        if _DIMENSION.get(q.unit) is None or not _m(_SUM_OF + r"[^,;.\d]{0,25}$").search(self.sent, max(0, q.start - 40), q.start):
            return False
        return len({ev.item for a, _b, ev in self.found if a < q.start and _DIMENSION.get(ev.unit or "") == _DIMENSION[q.unit]}) > 1

    def _sum_of_others(self, item: re.Match, q) -> bool:
        """`Total BBM yang disita 2.000 liter` after `solar 1.500 liter dan pertalite 500 liter`: an amount a word of
        the sum opens, of an item other than the one read last before it in the same measure (mass, volume), is those
        lots summed under their kind's name, no more of it (s23rvE)."""
        at = item.start("item")
        if q.unit not in _DIMENSION or not _m(r"\b{sum_of}\s+$").search(self.sent, max(0, at - 20), at):
            return False
        last = max(((x, e) for x, _, e in self.found if x < at), key=lambda f: f[0], default=(0, self.before))[1]
        own = lookup_item(item.group("item"))
        return last is not None and last.quantity is not None and _DIMENSION.get(last.unit or "") == _DIMENSION[q.unit] \
            and last.item != (own[0] if own else item.group("item").lower())

    def _count_after(self, after: int, q) -> bool:
        """The count `q` is said after its item ending at `after`: with a word of counting between (`ekstasi sebanyak
        100 butir`, `_COUNT_AFTER`), or right after it as an item of a list, closed by a separator of the list or the
        sentence's end (`berupa sabu 120,5 gram, ekstasi 450 butir, dan ...`)."""
        gap = self.sent[after:q.start]
        return _m(_COUNT_AFTER, 0).fullmatch(gap) is not None or _seized_clause(gap) \
            or gap.isspace() and worded("list_word", r"\s*(?:[,;.]|\b{joiner}\b|$)").match(self.sent, q.end) is not None

    def _next_item(self, after: int, q) -> bool:
        """The amount `q` follows a separator of a list after the item (`10 kilogram sabu, 5 liter cairan`): it
        begins the next item, unless an amount of its kind ends the item before (`masing-masing seberat 1 gram dan
        2 gram`: the weights one by one)."""
        sep = worded("list_word", r"(?:[,;]|\b{joiner})\s*$").search(self.sent, after, q.start)
        if sep is None:
            return False
        before = [p for p in find_quantities(self.sent[after:sep.start()]) if p.end == len(self.sent[after:sep.start()].rstrip())]
        return not (before and before[-1].kind == q.kind)

    def _next_lot(self, q) -> bool:
        """`Ganja ... dari dua lokasi, yakni 30 kilogram di sebuah truk di Jalan X, Kabupaten Y, dan 15,2 kilogram di
        gudang`: a measure said with where it lay right after the lot before it (a drug's measure read last, then its
        place and a joiner) is another lot of that drug, however far its name is (`merge_evidence` keeps a total said
        before them); a part of the lot before (`dan 2 kilogram di antaranya`, `2 kilogram dari jumlah itu`) is none.
        True when it was read so."""
        sent = self.sent
        last = max((f for f in self.found if f[1] <= q.start), key=lambda f: f[1], default=None)
        if last is None or q.kind not in ("mass", "volume") or _DIMENSION.get(last[2].unit or "") != q.kind \
                or _item_class(last[2].item) != "drug" or not _LOT_PLACE.match(sent, q.end) \
                or _m(_PART_AFTER).match(sent, q.end) or _LOT_AMONG.match(sent, q.end) \
                or (lot := _LOT_BEFORE.fullmatch(sent, last[1], q.start)) is None \
                or any(last[1] <= m.start() < lot.start("place") for m in self.items):
            return False  # a thing named in the place (`di sebuah truk`) is where the lot lay, no item
        self.add(q.start, q.end, Evidence(last[2].item, q.value, q.unit))
        return True

    def _packs_each(self, item: re.Match, at: int) -> int | None:
        """`3 paket sabu masing-masing seberat 0,5 gram`: the count of packs before the item when the measure
        is said of each (`each` rows between the item and the measure); the total is their product."""
        if not _m(r"(?<![\w-]){each}\s+(?:[a-z]+\s+)?$").search(self.sent, item.end(), at) \
                or _respective().match(self.sent, at):
            return None  # `masing-masing seberat 1 gram dan 2 gram`: a weight for each, not one for all
        m = _packs_before().search(self.sent, max(0, item.start() - 40), item.start())
        value = parse_number(m.group("n")) if m else None
        return int(value) if value and value == int(value) else None

    def read(self, quantities: list, cue: re.Pattern, arrest: re.Pattern) -> None:
        """The readings of the sentence in their order: its amounts, the items named as evidence, counted, packed,
        arrested vessels, an attack's weapon, lists, `Selain ...`, a restated total, seized subjects."""
        for q in quantities:
            self.quantity(q)
        self.named_as_evidence()
        if self.has_cue:
            self.counted()
        if self.has_cue or arrest.search(self.sent):
            self.packed_drugs()
        self.arrested_vessels(arrest)
        self.arrested_along(arrest)
        self.weapon_of_attack()
        self.lists(cue, arrest)
        self.besides(cue)
        self.total_restated()
        self.seized_subjects()

    def named_as_evidence(self) -> None:
        """`Golok yang dibawa pelaku telah kami amankan sebagai barang bukti`: the items named before."""
        asb = _m(_AS_EVIDENCE).search(self.sent)
        if not asb:
            return
        for m in self.items:
            info = lookup_item(m.group("item"))
            if m.end() <= asb.start() and info and not self.is_used(m.start()) and self._count_before(m) is None:
                self.add(m.start(), m.end(), Evidence(info[0], None, None))  # a counted one is read with its count
        self._along(asb.end())

    def _along(self, at: int) -> None:
        """`... diamankan sebagai barang bukti, bersama sepeda motor korban`: the table items of the list joined to what
        was named as evidence by a word of company (`along` rows), right after it."""
        along = _m(r",?\s*{along}\s+").match(self.sent, at)
        for a, b in read_list(self.sent, along.end()) if along else []:
            ev = None if self.is_used(a) else list_item(_OWN.sub("", self.sent[a:b]), False, False)  # `truknya`
            if ev is not None and lookup_item(ev.item) is not None:
                self.add(a, b, ev)

    def arrested_along(self, arrest: re.Pattern) -> None:
        """`Sopir truk itu diamankan bersama truknya`, `ditangkap polisi beserta sepeda motornya`: the table items joined
        by a word of company (`along` rows) to a passive verb of arrest, at most two words (its agent) between, are
        seized, counted as the list writes them (uncounted: the story's count, `story_counted`; s30evi)."""
        for a in arrest.finditer(self.sent):
            gap = _m(r"(?:\s+[a-z]+){0,2}?(?=,?\s*{along}\s)").match(self.sent, a.end())
            if gap and a.group(0).lower().startswith("di"):
                self._along(gap.end())

    def _count_before(self, m: re.Match) -> re.Match | None:
        """A bare count right before the item `m` (`dua sepeda motor`)."""
        return compiled(rf"(?:^|(?<=\s))(?P<num>{number_pattern()})\s+$", re.IGNORECASE).search(
            self.sent, max(0, m.start() - 30), m.start())

    def seized_subjects(self) -> None:
        """`Sabu dan timbangan itu kini diamankan`, `Golok yang digunakan pelaku telah disita`: the table items
        before a passive verb of seizure in their clause (`passive_seizure` rows), uncounted; an active verb
        between ends the clause unless it is in the item's relative clause (`Parang yang dipakai untuk mengancam`)."""
        for v in _passive_seizure().finditer(self.sent):
            if _by_suspect().match(self.sent, v.end()):
                continue  # `Sepeda motor korban dirampas pelaku`: robbed by the suspect, not seized
            taking = v.group(0).lower() in words("taken")  # `dirampas`: seized, or robbed
            self._counted_subjects(v.start(), taking)
            for m in self.items:
                info = lookup_item(m.group("item"))
                if info and m.end() <= v.start() and not self.is_used(m.start()) and self._subject_of(m, v.start()) \
                        and not (taking and _OWN.search(self.sent, m.start(), m.end() + 3)):
                    self.add(m.start(), m.end(), Evidence(info[0], None, None))

    def not_found(self, cue: re.Pattern) -> set[str]:
        """The table items the sentence says were not found or seized: the subject of a negated cue in its clause
        (`Badik yang dipakai menikam belum ditemukan`, `Senjata itu tidak berhasil disita`)."""
        out = set()
        for c in cue.finditer(self.sent):
            if _m(_NOT_FOUND).search(self.sent[max(0, c.start() - 30):c.start()]):
                out.update(info[0] for m in self.items if m.end() <= c.start() and self._subject_of(m, c.start())
                           and (info := lookup_item(m.group("item"))))
        return out

    def pointed_back(self, prior: str) -> None:
        """`Saat pemeriksaan, polisi menemukan pipa diduga bom. Pipa tersebut sudah diamankan.`: a noun the table does
        not know, pointed back to at the sentence's start (`restated` rows) as the subject of a passive verb of
        seizure in its clause, and found in the sentences before (after a `finding` word); a thing by positive evidence,
        a noun of things (`_thing_nouns`: `kardus`) or what it holds or looks like after it (`ransel berisi kabel`,
        `pipa diduga bom`), never a person, group or place (`Oknum tersebut`, `Kawanan itu`, `Lahan tersebut`
        diamankan); only where the sentence read nothing else. A noun of one or two words said before counted once in
        a unit word (`mencuri 4 ekor kambing`) is a thing too and takes that count, also pointed back to with all of it
        (`Keempat kambing itu`, `Seluruh tabung gas itu`: `all_pointed` rows; s29evi); a collective number says how many
        of them are seized (`Kedua kambing itu` -> 2 after `mencuri 4 ekor kambing`; s29rvE)."""
        if self.found:
            return
        m = _pointer().match(self.sent)
        v = _passive_seizure().search(self.sent, m.end(), m.end() + 40) if m else None
        if v is None or _m(_CLAUSE_BREAK).search(self.sent, m.end(), v.start()) or self.is_used(0):
            return
        noun = m.group("n").lower()
        said = [] if lookup_item(noun) else counts_said(prior, noun)
        if len(said) != 1 and not (" " not in noun and _found_thing(prior, noun)):
            return
        ev = list_item(noun, True, False)
        if ev is not None:
            told = number_words().get((m.group("all") or "").lower(), (None,))[0]  # `Kedua kambing itu`: two of them
            self.add(m.start("n"), m.end("n"), replace(ev, quantity=told or said[0].quantity, unit=said[0].unit) if said else ev)

    def goods_pointed_back(self, prior: str) -> None:
        """`Pelaku mencuri 3 unit laptop dan 2 buah kamera. Barang-barang tersebut disita polisi.`: a class word of goods
        pointed back to (`goods_pointed` rows: `barang-barang`, `barang curian`, `barang bukti`, before `itu` /
        `tersebut`) in a sentence of seizure takes the list the sentence before (`prior`, which read no item) gave after
        a verb of taking (`loot` rows), each item with its count (README settled s16: the same goods said again keep
        their count; s30evi). The class word itself is no item (`menyita barang-barang tersebut` -> `barang`, before)."""
        m = _goods_pointer().search(self.sent)
        took = list(_m(r"\b{loot}\b").finditer(prior)) if m and self.has_cue else []
        if not took or any(ev.item != "barang" for _a, _b, ev in self.found):
            return
        earlier = _SentenceEvidence(prior, True, None, table_items(prior))
        earlier._list_at(took[-1].end(), False, False)
        if earlier.found:
            self.found, self.used = [], []
            for _a, _b, ev in earlier.found:
                self.add(m.start(), m.end(), ev)

    def _counted_subjects(self, verb: int, taking: bool) -> None:
        """`Adapun lima ekor sapi dan tiga ekor kambing berhasil diamankan`: the items counted in a unit word listed as
        the subject of a passive verb of seizure, from the start of its clause, free items too (a unit word makes a
        phrase a thing: `dua unit mesin pompa air`); no verb between the list and the verb but its adverbs. After a verb
        that also robs (`taking`), an item with `-nya` is the loot of the person spoken of (`dua unit ponselnya
        dirampas`), as for an uncounted one (s16fx5)."""
        sent = self.sent
        start = max((b.end() for b in _m(_CLAUSE_BREAK).finditer(sent, 0, verb)), default=0)
        first = compiled(rf"(?<![\w-])(?:{number_pattern()})\s", re.IGNORECASE).search(sent, start, verb)
        if first is None or _m(_CLAUSE_BREAK).search(sent, start, first.start()) or len(sent[start:first.start()].split()) > 2:
            return  # `Adapun lima ekor sapi`: a connective or a lead word at most before the first count
        tail = _trailing_adverbs().search(sent, first.start(), verb)
        end = tail.start() if tail else verb
        items = [(a, min(b, end)) for a, b in read_list(sent[:end], first.start())]
        if not items or any(map(is_verb, re.findall(r"\b(?:me|di|ber)\w+", sent[items[-1][1]:end].lower()))):
            return
        for a, b in items:
            if taking and _OWN.search(sent, a, b + 3):
                continue
            ev = None if self.is_used(a) else list_item(sent[a:b], False, False)
            if ev is not None and ev.quantity is not None and ev.unit is not None:
                self.add(a, b, ev)

    def _subject_of(self, m: re.Match, verb: int) -> bool:
        """The item `m` is in the clause of the passive verb at `verb`: near it, no break or active verb between
        (but in its relative clause, `Parang yang dipakai untuk mengancam`), not naming a person
        (`pengendara sepeda motor`) nor the loot of a verb of taking (`menjambret tas korban dan motor itu disita`),
        nor the place things were seized from (`Dari perahu tersangka disita ...`)."""
        sent = self.sent
        gap = sent[m.end():verb]
        return len(gap) <= 60 and not _m(_CLAUSE_BREAK).search(gap) \
            and (re.match(r"\s*(?:itu\s+|tersebut\s+)?yang\b", gap) is not None
                 or not any(map(is_verb, re.findall(r"\bme\w+", gap.lower())))) \
            and not _person_before().search(sent, max(0, m.start() - 30), m.start()) \
            and not _m(r"\b{loot}\s+(?:[\w-]+\s+){0,2}$").search(sent, max(0, m.start() - 40), m.start()) \
            and not _FROM_PLACE.search(sent, max(0, m.start() - 8), m.start())

    def counted(self) -> None:
        """A table item after a bare count in a sentence of seizure, wherever the cue stands: `satu
        granat ditemukan dari dalam tas`, `polisi menyita 7 ponsel`; not the place things were found in (`menyita 3
        paket sabu dari sebuah mobil`, `di dalam sebuah bus`: a count after `dari`, `di`, `dalam`)."""
        for m in self.items:
            n = self._count_before(m)
            info = lookup_item(m.group("item"))
            value = parse_number(n.group("num")) if n else None
            if n and info and value is not None and not self.is_used(m.start()) and not _m(_HOLDS_MONEY).match(self.sent, m.end()) \
                    and not self._taken_or_packing(n.start("num")) and not self._pack_of_drug(m, info) \
                    and not _FROM_PLACE.search(self.sent, max(0, n.start("num") - 8), n.start("num")):
                end, info = specific_item(self.sent, m.end(), info)
                self.add(n.start("num"), end, Evidence(info[0], as_number(value), None))  # a bare count: no unit

    def _pack_of_drug(self, m: re.Match, info: tuple[str, str, str]) -> bool:
        """A thing right before a drug is its pack (`1 plastik klip sabu seberat 0,12 gram`), not an item."""
        nxt = item_regex().match(self.sent, m.end() + len(self.sent[m.end():]) - len(self.sent[m.end():].lstrip()))
        after = lookup_item(nxt.group("item")) if nxt else None
        return info[1] != "drug" and after is not None and after[1] == "drug"

    def _taken_or_packing(self, at: int) -> bool:
        """The count at `at` follows a verb of taking in its clause (`Pelaku menggasak sebuah laptop`: the loot)
        or of packing (`dibungkus dalam tiga klip plastik`: the packs of an item read before)."""
        before = self.sent[max(0, at - 60):at]
        loot = _m(r"\b{loot}\b[^.;:]*$").search(before)  # no cue of seizure between the verb and the count
        return bool(_m(r"\b{packed}\s+(?:(?:ke|di)\s+)?(?:dalam\s+)?$").search(before)
                    or loot and not _has_cue(loot.group(0), word_regex("evidence")))

    def weapon_of_attack(self) -> None:
        """`menyerang ... menggunakan golok`, `menganiaya korban dengan sebilah celurit`: the weapon an act of
        harm in the sentence was done with (a table weapon after `menggunakan`/`dengan`/`bersenjatakan`)."""
        for m in self.items:
            info = lookup_item(m.group("item"))
            lead = _m(_WITH_WEAPON).search(self.sent, max(0, m.start() - 40), m.start())
            if not (info and info[1] == "weapon" and lead) or self.is_used(m.start()) or info[0] in _part('generic_weapon') \
                    or not (hw := _harm_words().search(self.sent, max(0, lead.start() - 80), lead.start())) \
                    or re.search(r"\bdiri(?:nya)?\b", self.sent[hw.end():lead.start()]) \
                    or fled_after().match(self.sent, m.end()):
                continue  # a specific weapon, right after the act of harm it was used in (not on oneself); not one
                # the attacker fled with (`menusuk korban menggunakan badik lalu melarikan diri`: nothing was seized)
            value, unit, _rest = leading_quantity(self.sent[lead.start("gap"):m.end()])  # `sebilah celurit`
            end, info = specific_item(self.sent, m.end(), info)
            self.add(m.start(), end, Evidence(info[0], value, item_unit(info, unit)
                                              if value is not None else None))

    def arrested_vessels(self, arrest: re.Pattern) -> None:
        """`menangkap dua kapal nelayan`, `menangkap sebuah kapal ikan asing`: a vessel counted right after an active
        verb of arrest (the water police arrest a ship with its crew) is seized with its count (`arrested_thing` rows
        of `seizure_context`: the items so arrested); not the crew of one (`menangkap 14 awak kapal`)."""
        for a in arrest.finditer(self.sent):
            im = item_regex().search(self.sent, a.end(), a.end() + 30) if a.group(0).lower().startswith("me") else None
            info = lookup_item(im.group("item")) if im else None
            if info is None or info[0] not in _part("arrested_thing") or self.is_used(im.start()):
                continue
            qty, unit, rest = leading_quantity(self.sent[a.end():im.end()])
            if qty is not None and rest == im.group(0):
                self.add(a.end() + 1, im.end(), Evidence(info[0], qty, item_unit(info, unit)))

    def packed_drugs(self) -> None:
        """A drug in its pack in a sentence of seizure or arrest: `paket sabu`, `lintingan ganja`."""
        sent = self.sent
        for m in self.items:
            pack = _m(r"(?:^|\s)({pack})\s+$").search(sent[max(0, m.start() - 12):m.start()])
            info = lookup_item(m.group("item"))
            if pack and info and info[1] == "drug" and not self.is_used(m.start()):
                unit = units()[pack.group(1).lower()].unit if pack.group(1).lower() not in _part("unitless") else None
                self.add(m.start() - len(pack.group(0)), m.end(), Evidence(info[0], None, unit), used=(m.start(), m.end()))

    def lists(self, cue: re.Pattern, arrest: re.Pattern) -> None:
        """The list after a cue of seizure (`Barang bukti yang diamankan yakni ...`, `Disita berupa ...`);
        after a verb of arrest, only drugs (`ditangkap ... paket sabu, dua papan dumolid`)."""
        sent = self.sent
        search = _m(_FOUND_IN_SEARCH).search(sent) is not None
        starts = [(m.end(), strong_cue().fullmatch(m.group(0)) is not None or search and m.group(0).lower() in _part('finding'), False)
                  for m in cue.finditer(sent)]
        starts += [(m.end(), False, True) for m in arrest.finditer(sent)]
        strong_at = [m.end() for m in strong_cue().finditer(sent)]
        # `barang bukti pencurian yang dilakukan tersangka yakni ...`: the list after `yakni`
        # (`terdiri dari` right after the cue only, `cue_adjacent`: not `rumah tersangka yang terdiri dari dua lantai`)
        adjacent = worded("list_word", r"{cue_adjacent}\b")
        starts += [(m.end(), True, False) for m in list_opener().finditer(sent)
                   if any(0 < m.start() - at <= (2 if adjacent.match(m.group(0)) else 90) for at in strong_at)]
        negated = [m.end() for m in cue.finditer(sent) if _m(_NEGATED).search(sent[max(0, m.start() - 30):m.start()])]
        for at, strong, drugs_only in sorted(starts):
            cue_start = sent.rfind(" ", 0, max(0, at - 1)) + 1
            if _m(_NEGATED).search(sent[max(0, cue_start - 30):cue_start]) or any(0 <= at - e <= 30 for e in negated):
                continue  # `tak bisa sita restoran`, `belum menemukan barang bukti berupa sabu`: nothing was seized
            self._list_at(at, strong or bool(strong_cue().search(sent[max(0, at - 40):at + 25])), drugs_only)

    def total_restated(self) -> None:
        """`Total solar yang kami sita 5.950 liter`: a word of the sum, the item (a table item, or the item the sentences
        before read last) and a relative clause of seizure right before its amount (`_seized_clause`) give the item's
        total, which `_totals_kept` keeps over its lots (`solar sebanyak 4.800 liter ... dan 1.150 liter lainnya`)."""
        for m in _m(r"\b{sum_of}\s+(?P<item>[a-z]+(?:\s+[a-z]+)?)(?=\s+yang\s)").finditer(self.sent):
            q = next((q for q in find_quantities(self.sent) if q.start > m.end()), None)
            if q is None or self.is_used(q.start) or not _seized_clause(self.sent[m.end():q.start]) \
                    or self._sum_of_others(m, q):
                continue
            info = lookup_item(m.group("item").lower())
            if info is None and not (self.before and self.before.item == m.group("item").lower()):
                continue
            ev = Evidence(info[0], q.value, item_unit(info, q.unit)) if info else Evidence(self.before.item, q.value, q.unit)
            self.add(m.start("item"), q.end, ev, used=(q.start, q.end))

    def besides(self, cue: re.Pattern) -> None:
        """`Selain tiga ekor sapi, polisi menyita ...`: the items named after a word of `besides` opening the sentence,
        up to its comma, are seized too when the clause after the comma holds a cue of seizure and the clause before
        it names the items alone (`Selain 3 ekor sapi yang hilang dari kandang korban, ...`: a relative clause or a
        verb there says what else befell them, unless it is a cue of seizure); counted ones only (an item named bare,
        `Selain sabu, polisi juga menyita ...`, is one read before)."""
        sent = self.sent
        opened = _m(r"\W*{besides}\s+").match(sent)
        comma = _SEPARATOR.search(sent, opened.end()) if opened else None
        if comma is None or comma.group() != "," or not _has_cue(sent[comma.end():], cue):
            return
        head = sent[:comma.start()]
        listed = read_list(head, opened.end())
        rest = head[listed[-1][1]:] if listed else ""
        if (_m(r"\b{relative}\b").search(rest) or any(map(is_verb, re.findall(r"[\w-]+", rest.lower())))) \
                and not _has_cue(rest, cue):
            return
        for a, b in listed:
            ev = None if self.is_used(a) else list_item(head[a:b], True, False)
            if ev is not None and ev.quantity is not None:  # `Selain sabu, ...` points back at a seizure said before
                self.add(a, b, ev)

    def list_line(self, at: int) -> None:
        """The sentence is one line of a seized list: its items from `at` (after the bullet)."""
        self._list_at(at, True, False)

    def _contents(self, a: int, b: int, has_item: bool, strong: bool, drugs_only: bool, wrapper: bool = False) -> bool:
        """What a container holds is seized with it (`satu unit truk bermuatan 30 batang kayu`); a container
        counted with no item of its own (`3 jeriken berisi 90 liter minyak tanah`, `dua jeriken berisi
        bensin`) or a wrapping (`satu kantong plastik berisi ganja`) gives its count to contents that have none,
        and a total said after them is theirs (`35 jeriken berisi arak dengan total 1.050 liter`). True when the
        container holds an item, read now or before."""
        sent = self.sent
        holds = worded("list_word", r"\s+(?:yang\s+)?{holds}\s+").match(sent, b)
        if holds and _LOAD.match(sent, b) and not _a_vehicle(sent[a:b]):
            return False  # `sebuah ponsel yang memuat 15 berita bohong`: only a vehicle's load is goods seized with it
        items = read_list(sent, holds.end()) if holds and not _m(_HOLDS_MONEY).match(sent, b) else []
        # the first thing held, to the next separator or joiner (not a later item of the list: `dua jeriken berisi 70
        # liter solar dan satu unit mobil`, the car read before)
        region = (items[0][0], m.start() if (m := _HELD_END.search(sent, items[0][0])) else len(sent)) if items else (0, 0)
        if not items or any(x < region[1] and region[0] < y for x, y in self.used + [f[:2] for f in self.found]):
            return bool(items)  # what it holds was read (`... berisi kristal putih diduga narkotika jenis sabu ...`)
        c0, c1 = items[0]
        qty, unit, rest = leading_quantity(sent[a:b])
        bare = qty is not None and (wrapper or not has_item and not rest)  # `dua jeriken`: a counted container
        inner = list_item(sent[c0:c1], strong or bare, drugs_only)
        if inner is None or inner.quantity is None and not bare or _people().match(inner.item):
            return False  # `sebuah CPU yang berisi rekaman video`: what a device holds is not seized apart; `bus yang
            # mengangkut 40 penumpang`: people carried are no goods
        if bare and inner.quantity is None:
            inner.quantity, inner.unit = qty, unit  # `dua jeriken berisi bensin`: two jerrycans of petrol
            if unit in (None, "buah"):  # `sebuah jeriken berisi bensin`: one jerrycan, not one `buah` (README settled
                inner.unit = _container_unit(rest)  # s18 4); a container on no unit list gives none (`sebuah ember
                # berisi ikan`: 1, null; settled s18 2); `satu bungkus plastik`: the counter stays
                if inner.unit is None and not (rest.split() and _held_in(rest.lower())):
                    inner.unit = unit
            self._measure_after(inner, c1)
        self.add(c0, c1, inner)
        return True

    def _measure_after(self, ev: Evidence, at: int) -> None:
        """A measure after an item (`perhiasan emas seberat 50 gram`) is its quantity when it has none or only
        the count of its containers; one said of what each container holds is multiplied by their count
        (`5 jeriken tuak masing-masing berisi 20 liter`: 100 liter)."""
        containers = ev.quantity is not None and ev.unit is not None and ev.unit in _container_units()
        if ev.quantity is not None and not containers:
            return
        each = _m(_EACH_HOLDS).match(self.sent, at) if containers else None
        measure = each or _m(_MEASURE_AFTER).match(self.sent, at)
        got = [q for q in find_quantities(measure.group("q")) if q.start == 0] if measure else []  # `20 meter kubik`
        if got and not each and (gross := self._gross_after(measure.start("q") + got[0].end)):
            got = [gross]  # `dengan berat bersih 4,9 gram atau berat kotor 5,5 gram`
        if got and not each and not measure.group("m") and (ev.quantity is not None or got[0].kind not in ("mass", "volume")
                                                            or not _ENDS_ITEM.match(self.sent, measure.start("q") + got[0].end)):
            return  # `sekitar` alone measures an uncounted item of its own, the item's end right after (`pasir sekitar
            # 3 ton.`, `... yang disita`), not a counted one (`3 unit truk sekitar 30 ton pasir`: the load, another item)
        if got and (got[0].kind in ("mass", "volume") or ev.quantity is None):
            ev.quantity = as_number(got[0].value * ev.quantity) if each else got[0].value
            ev.unit = got[0].unit  # an approximation alone (`batu bara sekitar 1.200 ton`) gives a measure, no count

    def _list_at(self, at: int, strong: bool, drugs_only: bool) -> None:
        sent = self.sent
        listed = read_list(sent, at)
        cls = class_before(sent, at)  # `2. perhiasan emas berupa kalung, ...`: the class the list opens on
        items, ends = fold_members(sent, [cls, *listed] if cls and not self.is_used(cls[0]) else listed)
        self.lot_ends.update(ends)
        items = [(a, b) for a, b in items if not any(x < a < ends_at for x, ends_at in self.lot_ends.items())]
        if drugs_only and items and _m(r"\b{case_of}\b").search(sent[at:items[0][1]]):
            return  # `ditangkap terkait penyalahgunaan narkotik jenis sabu, dumolid`: the case, not what was seized
        named = not strong and not drugs_only and len(items) > 1 \
            and (any(_known_head(sent[a:b]) for a, b in items) or _counted_piece(sent[items[0][0]:items[0][1]]))
        held = False
        for a, b in items:
            if any(x <= a < y or a <= x < b for x, y in self.used):
                self._contents(a, b, True, strong, drugs_only)
                continue
            ev = acronym_item(sent, a, b, drugs_only) \
                or list_item(sent[a:b], strong or named and not held and _plain_thing(sent[a:b]) or self._weighed(b)
                             or a in ends,
                             drugs_only, strong)
            # after a container's contents no item is read so (`33 tas berisi pecahan mata uang rupiah dan asing`):
            # no joiner tells where the contents end
            held = held or worded("list_word", r"\s+(?:yang\s+)?{holds}\s").match(sent, b) is not None
            wrapper = ev is not None and (ev.item.split()[0] in _part("wrapper") or (ev.unit or "") in _part("wrapper")
                                          or _a_container(ev.item) or _held_in(ev.item)) \
                and _item_class(ev.item) != "drug"  # `4 bungkus teh berisi sabu`: its wrapping;
            # `dua buah jeriken berisi 70 liter solar`: a container named as the item, what it holds is seized
            if self._contents(a, b, ev is not None and not wrapper, strong, drugs_only, wrapper) and wrapper:
                continue  # `2 bungkus plastik berisi sabu`: the drug is seized, its bag is no item
            if ev is None and self.found and _lone_kind(sent[a:b]):
                self._measure_after(self.found[-1][2], b)  # `kayu olahan jenis meranti dan kempas sebanyak 31,6 meter
                continue  # kubik`: a kind of the item before, whose measure it is
            if ev is None or _m(_HOLDS_MONEY).match(sent, b):
                continue  # `33 tas berisi pecahan mata uang`: the money is what was seized (a loss)
            ev = self._more_notes(ev, a)
            if ev is not None:  # else `15 lembar pecahan Rp 50 ribu` after no counterfeit notes: money, a loss
                self._add_listed(a, b, ev)
        self._sizes_kept()

    def _sizes_kept(self) -> None:
        """`312 tabung elpiji 3 kilogram, 86 tabung elpiji 12 kilogram`: counted items of the sentence whose phrase ends
        in a size (a mass or volume after the noun), in two or more sizes of one head noun: the size is part of each item as
        written, one entry per size (README settled s18 3); a single size stays a description, left out."""
        sized: dict[str, list[tuple[int, str]]] = {}
        for k, (a, b, ev) in enumerate(self.found):
            if ev.quantity is None or _DIMENSION.get(ev.unit or "") is not None:
                continue  # an uncounted item, or one counted in a size already
            size = _SIZE_END.search(self.sent, a, b)
            got = find_quantities(size.group("s")) if size else []
            written = size.group("s").lower() if size else ""
            if got and got[0].start == 0 and got[0].kind in ("mass", "volume") and written not in ev.item:
                sized.setdefault(ev.item.split()[0], []).append((k, written))  # the head noun
        for entries in sized.values():
            if len({written for _, written in entries}) < 2:
                continue
            for k, written in entries:
                a, b, ev = self.found[k]
                self.found[k] = (a, b, replace(ev, item=f"{ev.item} {written}"))

    def _add_listed(self, a: int, b: int, ev: Evidence) -> None:
        """A list item read at `a`-`b`: the specific item after a class (`berupa senjata tajam jenis celurit`), its
        measure after it, the pack that counts it (`paket sabu`)."""
        sent = self.sent
        written = list(item_regex().finditer(sent, a, b))  # the item as written: `minuman keras` for `botol miras`
        info = lookup_item(written[-1].group("item")) if written else lookup_item(ev.item)
        if info and info[0] == ev.item and info[0] in words("class_item"):
            b, sub = specific_item(sent, b, info)
            ev = replace(ev, item=sub[0])
        self._measure_after(ev, b)
        self._measure_after(ev, self.lot_ends.get(a, b))  # `perhiasan emas berupa kalung dan gelang seberat 92 gram`
        ev = counted_animal(ev)  # `ayam hidup sebanyak 40 ekor`: counted in `ekor` after it, the state left out
        if ev.unit is None and ev.quantity is None:
            pack = _m(r"(?:^|\s)({counted_pack})\s+$").search(sent[max(0, a - 12):a] + " ") \
                or _m(r"({counted_pack})\s").match(sent[a:b] + " ")
            if pack:
                ev.unit = units()[pack.group(1).lower()].unit
        self.add(a, b, ev)

    def _weighed(self, at: int) -> bool:
        """A mass or volume is said right after the list item ending at `at` (`menemukan ikan hasil tangkapan sekitar
        90 kilogram`): a thing found and weighed, read after a weak cue too."""
        m = _m(_MEASURE_AFTER).match(self.sent, at)
        got = find_quantities(m.group("q")) if m else []
        return bool(got) and got[0].start == 0 and got[0].kind in ("mass", "volume")

    def _more_notes(self, ev: Evidence, at: int) -> Evidence | None:
        """A list item that names only a note's value (`dan 15 lembar pecahan Rp 50 ribu`) is more of the
        counterfeit notes read before it, in the sentence or one before (`32 lembar uang palsu pecahan Rp 100
        ribu`); after no counterfeit notes it is money (a loss), no item."""
        if ev.item not in _part("denomination"):
            return ev
        last = max(((x, e) for x, _, e in self.found if x < at), key=lambda f: f[0], default=(0, self.before))[1]
        if last is None or last.item != "uang palsu":
            return None
        return Evidence("uang palsu", ev.quantity, ev.unit or ("lembar" if ev.quantity is not None else None))


# between an item and its count after it: `ekstasi sebanyak 100 butir`, `uang palsu pecahan Rp 100.000 berjumlah
# 20 lembar`, `uang palsu senilai Rp 12 juta yang terdiri dari 120 lembar`, `upal yang diedarkan tersangka sebanyak 75
# lembar` (a passive verb's agent after it, s18ev)
_COUNT_AFTER = r"\s*(?:pecahan\s+(?:Rp\.?\s*)?[\d.,]+\s+)?(?:{valued}\s+(?:\S+\s+){1,3}?)?(?:\w+\s+){0,2}?(?:yang\s+di\w+\s+(?:oleh\s+)?(?:[a-z]+\s+){0,2}?)?{count_after}\s*"
# before the second of two weights said as alternatives: `... atau berat bersih 4,9 gram`, `6,3 kilogram bruto atau`,
# or joined by `dan` or a comma when the second is marked (`bruto 6,3 kilogram dan netto 6,05 kilogram`: `wj`, kept
# to net and gross in `_weight_joined`; review s24rvC)
_OR_WEIGHT = (r"\s*(?:\(?{weight_of}\)?\s*)?(?:,?\s*atau\s+(?:(?:dengan\s+)?berat\s+)?(?P<w>{weight_of})?"
              r"|(?:,\s*|\s+(?:dan|serta)\s+)(?:(?:dengan\s+)?berat\s+)?(?P<wj>{weight_of}))\s*")


def _weight_joined(m: re.Match | None) -> bool:
    """`m` (of `_OR_WEIGHT`) joins two weights of one lot: by `atau`, or by `dan` / a comma before a net or gross one
    (`dan netto 6,05 kilogram`; not `dan total ...`)."""
    return m is not None and (m.group("wj") is None or m.group("wj").lower() in _part("gross") | _part("net"))


def _seized_clause(gap: str) -> bool:
    """`Total solar yang kami sita 5.950 liter`, `solar yang telah disita 300 liter`: a relative clause whose verb is a
    cue of seizure (`evidence` rows) ends right before the count of the item it is said of, with or without a word of
    counting (s23cas2)."""
    m = _m(r"\s*yang\s+(?:\w+\s+){0,2}?(?P<v>\S.*?)\s*(?:{count_after}\s*)?", 0).fullmatch(gap)
    return m is not None and word_regex("evidence").fullmatch(m.group("v")) is not None


def _lone_kind(phrase: str) -> bool:
    """The list item is one kind word alone, uncounted (`item_trail` rows of value kind: `ulin`, `kempas`)."""
    ws = phrase.split()
    return len(ws) == 1 and words("item_trail").get(ws[0].lower()) == "kind"


def _plain_thing(phrase: str) -> bool:
    """A list item after a weak cue, in a list that names a thing of the item table, is a seized thing too
    (`polisi menemukan bom rakitan, sumbu dan pipa besi`), unless it is a name (`kapal berbendera Singapura,
    Sunrise Glory`) or a part of the thing before (`sebilah badik beserta sarungnya`)."""
    ws = phrase.split()
    return bool(ws) and not ws[-1].lower().endswith("nya") \
        and not any(w[:1].isupper() for w in ws if parse_number(w) is None and w.lower() not in words("item_lead"))


def _counted_piece(phrase: str) -> bool:
    """The list item is counted in pieces or containers (`5 buah pipa besi`, `dua unit ...`): a list it opens after
    a weak cue is of things found, read whole (`Ditemukan pula 5 buah pipa besi, serbuk hitam, dan kabel.`)."""
    qty, unit, _rest = leading_quantity(phrase)
    return qty is not None and unit in _container_units() and list_item(phrase, True, False) is not None


def _known_head(phrase: str) -> bool:
    """The list item is a thing of the item table (`sebuah bom rakitan`, `dua unit ponsel`)."""
    ev = list_item(phrase, False, False)
    return ev is not None and lookup_item(ev.item) is not None


# a separator of a list or a clause (not the mark of a decimal or of thousands)
_SEPARATOR = re.compile(r"(?<!\d)[,;]|[,;](?!\d)|\.(?!\d)")
# where a lot lay, after its measure (`8 kilogram di sebuah gudang`), and the rest of the lot before the next one's
# measure: its item's words, the place, a separator or a joiner (`12 kilogram di sebuah rumah dan `, `3 kilogram sabu
# di rumah tersangka dan `)
_LOT_PLACE = re.compile(r"\s+(?:di|dari)\s", re.IGNORECASE)
# a part of what was said before, not where a lot lay: `2 kilogram di antaranya` (name_context toll_includes rows),
# `2 kilogram dari jumlah itu` (as `_PART_OF`)
_LOT_AMONG = worded("name_context", r"\s+(?:{toll_includes})\b")
_PART_AFTER = r"\s+dari\s+{sum_of}\s+(?:{restated})\b"
_LOT_BEFORE = worded("list_word", r"(?:\s+[\w-]+){0,2}?(?P<place>\s+(?:di|dari)\s)[^;.]{1,120}?(?:\s*,\s*(?:{joiner}\s+)?|\s+{joiner}\s+)")


# a size that ends an item's phrase, after its noun (`tabung elpiji 3 kilogram`)
_SIZE_END = re.compile(r"[a-z]\s+(?P<s>\d+(?:,\d+)?\s+[a-z]+)\s*$", re.IGNORECASE)
# the end of the first thing a container holds: a separator or a joiner of the list
_HELD_END = worded("list_word", _SEPARATOR.pattern + r"|\s{joiner}\s")
# a vehicle's load after it (`truk yang mengangkut`, `kapal memuat`: list_word load rows)
_LOAD = worded("list_word", r"\s+(?:yang\s+)?{load}\s+")


def _a_vehicle(phrase: str) -> bool:
    """The listed item `phrase` is a vehicle of the item table (`satu unit truk`, `sebuah mobil pikap`)."""
    ev = list_item(phrase, True, False)
    return ev is not None and _item_class(ev.item) == "vehicle"


# a rate after an amount and its item: `5 kilogram sabu per hari`, `10 kg sabu setiap bulan`
_RATE_AFTER = r"(?:\s+[\w-]+){0,3}?\s+{rate}\b"
# a measure after a list item: `perhiasan emas seberat 50 gram`, `dengan berat bersih sekitar 2 kg`, past where the
# item came from (`ikan hasil tangkapan sekitar 200 kilogram`: `origin` rows, s18ev); the same lot said again in a
# measure after `atau` (`60 batang kayu atau sekitar 14 meter kubik`, `75 karung pasir atau seberat 3,5 ton`: s20ev)
_MEASURE_AFTER = r"(?:\s+{origin}(?:\s+[a-z]+){1,3}?)?" \
    r"\s+(?:(?P<m>(?:atau\s+)?(?:{measure}|{weighed}(?:\s+{weight_of})?)|atau)\s+(?:{about}\s+)?|{about}\s+)(?P<q>\S+\s+\S+(?:\s+\S+)?)"
# what may follow the measure of an item: a separator, a joiner of the list, a word that closes an item (`yang siap
# diangkut`, `di gudang`), the sentence's end
_ENDS_ITEM = worded("list_word", r"\s*(?:[,;.)]|$|(?:{joiner}|{item_stop})\b)")
# what each container holds after it: `5 jeriken tuak masing-masing berisi 20 liter`, `berisi masing-masing 1 kg`
_EACH_HOLDS = r"\s*,?\s+(?:{each}\s+{holds}|{holds}\s+{each})\s+(?:{about}\s+)?(?P<q>\S+\s+\S+)"
# what a weapon of an attack follows: `menggunakan golok`, `dengan sebilah celurit`, `bersenjatakan pisau`
_WITH_WEAPON = r"\b{with_weapon}\s+(?P<gap>(?:[\w-]+\s+){0,2})$"


@cache
def _respective() -> re.Pattern:
    """A measure followed by another (`1 gram dan 2 gram`, `1 gram, 2 gram`): the weights of the packs one by
    one; not a count of another item (`0,5 gram dan 2 paket ganja`: a unit of weight or volume must follow)."""
    measures = trie_alternation(w for w, u in units().items() if u.kind in ("mass", "volume"))
    return compiled(rf"\S+\s+[^\s,;.]+(?:\s*,\s+|\s+(?:dan|serta)\s+)(?:{number_pattern()})\s*(?:{measures})(?![\w-])",
                    re.IGNORECASE)


def _a_container(item: str) -> bool:
    """The item is one word of a container of `incident_units.tsv` (`jeriken`, `karung`, `drum`)."""
    unit = units().get(item)
    return unit is not None and unit.kind == "container"


def _container_unit(rest: str) -> str | None:
    """The unit of a container of `incident_units.tsv` that heads the phrase `rest` (`jeriken`, `kantong plastik`), None
    otherwise: a counted container is the unit of what it holds, whatever counter its count was written with (`sebuah`,
    `dua buah`)."""
    head = rest.split()[0].lower() if rest.split() else ""
    return units()[head].unit if _a_container(head) else None


def _item_class(item: str) -> str:
    """The class of the item table's row for `item` (`drug`, `vehicle` ...), "" for an item the table does not know."""
    info = lookup_item(item)
    return info[1] if info else ""


def _held_in(item: str) -> bool:
    """The item is named by a counter or container on no unit list (`generic_head` value counter: `ember plastik`,
    `kaleng bekas`, `toples`): before what it holds it is the wrapping, as a container of the units table is
    (README settled s18 2 and 4: `satu ember plastik berisi 2 kilogram sabu` -> sabu)."""
    return words("generic_head").get(item.split()[0]) == "counter"


@cache
def _container_units() -> frozenset[str]:
    """The normal units of containers and counted pieces (`jeriken`, `paket`, `buah`): a measure after them is
    what they hold."""
    return frozenset(u.unit for u in units().values() if u.kind in ("container", "count"))


@cache
def _packs_before() -> re.Pattern:
    """A count of packs or pieces (the `count` and `container` units) right before an item (`3 paket `)."""
    packs = trie_alternation(w for w, u in units().items() if u.kind in ("count", "container"))
    return compiled(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:{packs})\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


@cache
def _sold_at() -> re.Pattern:
    """A price right after an amount (`not_held` rows of value price, `satu paket sabu seharga Rp 300 ribu`): a sale
    told, not a seizure."""
    return compiled(rf"\s*,?\s*(?:{parted_words('not_held', ('price',))})(?![\w-])", re.IGNORECASE)


@cache
def _harm_words() -> re.Pattern:
    """An act or verb of harm in the sentence (`harm_act`, `harm_noun` rows): a weapon there was used."""
    return any_word(words("harm_act").keys() | words("harm_noun").keys())


@cache
def _passive_seizure() -> re.Pattern:
    return word_regex("passive_seizure")


@cache
def _trailing_adverbs() -> re.Pattern:
    """The adverbs right before a verb (`berhasil`, `telah`, `sudah`: the `adverb` rows), up to it."""
    return compiled(rf"(?:\s+(?:{trie_alternation(words('adverb'))}))+\s*$", re.IGNORECASE)


# `sepeda motornya dirampas`: a thing of the person the sentence speaks of, taken by a verb that also seizes (`taken`
# rows): the loot, not a seizure
_OWN = re.compile(r"(?<=\w)nya(?![\w-])")


@cache
def _by_suspect() -> re.Pattern:
    """A suspect as the agent right after a passive verb of seizure (`dirampas pelaku`, `dirampas oleh perampok`:
    the `role` rows): a thing taken by the suspect, not by the police."""
    return re.compile(rf"\s+(?:oleh\s+)?(?:{trie_alternation(words('role'))})(?![\w-])", re.IGNORECASE)


@cache
def _person_before() -> re.Pattern:
    """A noun of a person right before an item (`pengendara sepeda motor`, `pemilik toko`): the item names
    the person, who is the one seized (`person_noun`, `agent_noun`, `role` rows)."""
    return re.compile(rf"(?<![\w-])(?:{_people_nouns()})\s+$", re.IGNORECASE)


@cache
def _people_nouns() -> str:
    """The nouns of people as one alternation (`person_noun`, `agent_noun`, `role` rows)."""
    return trie_alternation(words("person_noun").keys() | words("agent_noun").keys() | words("role").keys())


@cache
def _people() -> re.Pattern:
    """A noun of people opening a phrase (`person_noun`, `agent_noun`, `role` rows): `40 penumpang` are no goods."""
    return re.compile(rf"(?:{_people_nouns()})(?![\w-])", re.IGNORECASE)


@cache
def _thing_nouns() -> frozenset[str]:
    """The nouns that name a thing, no person or place: the containers and counters of `incident_units.tsv` (`kardus`,
    `karung`), the kinds of boats and bags (`item_kind` rows: `ransel`, `koper`) and the `thing_noun` rows."""
    return frozenset(units().keys() | words("item_kind").keys() | words("thing_noun").keys())


# after a noun, a word of what it holds or looks like, then a table item (`ransel mencurigakan berisi kabel`, `pipa diduga
# bom`): the noun names a thing
_THING_AFTER = worded("seizure_context", r"(?:\s+[a-z]+)?\s+(?:{holds}|{likeness})\s+")
@cache
def _pointer() -> re.Pattern:
    """A sentence that opens on a noun of one or two words pointed back to (`Pipa tersebut`, `Tabung gas itu`), all of
    it maybe (`Seluruh`, `Semua`: `all_pointed` rows; a collective number, `Keempat`); the noun capitalised only at the
    sentence's start (`pointed_back`); `all`, the word of all of it (a collective number says how many: `Kedua`)."""
    collective = trie_alternation(w.capitalize() for w, (_, kind) in number_words().items() if kind == "collective")
    alls = "|".join(w.capitalize() for w in sorted(_part("all_pointed")))
    return _m(rf"\s*(?:(?P<all>{alls}|{collective})\s+(?=[a-z])|(?=[A-Z]))(?P<n>[A-Za-z][a-z]{{2,}}(?:\s+[a-z]{{3,}})?)\s+"
              r"(?:{restated})\b", 0)


@cache
def _goods_pointer() -> re.Pattern:
    """A class word of goods pointed back to (`Barang-barang tersebut`, `seluruh barang curian itu`)."""
    return _m(r"(?<![\w-])(?:{all_pointed}\s+)?{goods_pointed}\s+(?:{restated})\b")


def _found_thing(prior: str, noun: str) -> bool:
    """`noun` was found in `prior` (after a `finding` word) and is a thing by positive evidence: a noun of things or
    what it holds or looks like after it (`pointed_back`)."""
    # one pattern per noun, through re's own bounded cache (never a cache of ours that grows with new nouns)
    found = re.search(rf"{_finding_lead()}[^.;]{{0,40}}?\b{noun}\b", prior, re.I)
    after = _THING_AFTER.match(prior, found.end()) if found else None
    return found is not None and (noun in _thing_nouns() or after is not None and item_regex().match(prior, after.end()) is not None)


# a preposition of place right before an item: where things were seized (`Dari perahu tersangka disita ...`)
_FROM_PLACE = re.compile(r"\b(?:dari|di|dalam)\s+$", re.IGNORECASE)
# what ends the clause of an item before a passive verb of seizure: punctuation, a conjunction of another clause
_CLAUSE_BREAK = r"[.;:!?\"“”]|\b{clause_break}\b"
# a container that holds money (`33 tas berisi pecahan mata uang`): the money is what was seized
_HOLDS_MONEY = r"\s+berisi\s+(?:[\w-]+\s+){0,2}?{money_inside}\b"


def _has_cue(sent: str, cue: re.Pattern) -> bool:
    """A cue of seizure in the sentence that is not negated (`... yang hingga kini belum ditemukan`: the loot
    is still missing, nothing was seized)."""
    return any(not _m(_NEGATED).search(sent[max(0, m.start() - 30):m.start()]) for m in cue.finditer(sent))


@cache
def _case_count() -> re.Pattern:
    """A count of cases: a noun of a case (`case_noun` rows) or of police work counted so (`cases` rows)."""
    return _m(rf"(?<![\w.,])(?P<n>{number_pattern()})\s+(?:{{cases}}|{phrase_words('case_noun')})\b")


# another case than the article's: `Dalam kasus sebelumnya, polisi menyita 1 ton sabu`
_OTHER_CASE = r"\b{other_case}\b"
_FRAMED = r"\b{case_frame}\s+$"  # `Dalam kasus sebelumnya`, `Pada operasi serupa`: the frame of what follows
_CLAUSE_EDGE = r"[,;:]|\b{clause_break}\b"  # where a clause ends inside a sentence


def other_case_spans(sent: str, records: bool = True, earlier: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The spans of a sentence whose items are another case's: after a count of cases (`mengungkap 45 kasus dengan
    barang bukti ...`: a tally of a period) or a framing other case (`Dalam kasus sebelumnya, polisi menyita ...`)
    the rest of the sentence from the clause that says it; an other case that frames nothing (`Selain terkait kasus
    lain, polisi menyita ...`) its own clause; either said in a relative clause of a person (`Tersangka yang ...
    dalam 5 kasus pencurian itu ditangkap bersama ...`) that relative clause only. With `records` False, not the
    counts of a suspect's record (see `_case_phrases`): a serial offender's total, `pelaku yang beraksi dalam 3 kasus
    dengan total kerugian ...`, is the case's. `earlier`: the sentences before, where a count pointed back at was said."""
    return [span for span, kind in _case_phrases(sent, earlier) if kind != "pointed" and (records or kind != "record")]


def _case_phrases(sent: str, earlier: tuple[str, ...] = ()) -> list[tuple[tuple[int, int], str]]:
    """The spans of `other_case_spans`, each with its kind: `record` (a suspect's record: said in a relative clause
    of a person, a count whose clause has a suspect before it, `Pelaku sudah beraksi di 5 kejadian`, `residivis 3
    kasus`), `pointed` (a count of cases pointed back at, the article's own: `Dari 2 kejadian tersebut`, `Dari tiga
    kasus itu kami menyita ...`; s18ev), `tally` (a count of cases), `framed` (an other case that frames what follows)
    or `own` (one that frames nothing: `residivis kasus serupa`, `terkait kasus lain`). A count pointed back at that
    the sentence saying it (in `earlier`, the sentences before) gave as a tally of a period or another time (`Selama
    2024 polisi mengungkap 40 kasus. Dari 40 kasus itu ...`) is that tally's (s18fxe)."""
    out = []
    for m in _case_count().finditer(sent):
        if (parse_number(m.group("n")) or 0) > 1:
            span, rel = _case_scope(sent, m, True)
            pointed = _m(_POINTED_BACK).match(sent, m.end()) is not None \
                and not _said_of_a_period((*earlier, sent[:m.start()]), parse_number(m.group("n")))
            record = rel or _doer().search(sent, span[0], m.start())
            out.append((span, "record" if record else "pointed" if pointed else "tally"))
    for m in _m(_OTHER_CASE).finditer(sent):
        framed = _m(_FRAMED).search(sent, max(0, m.start() - 12), m.start()) is not None
        span, rel = _case_scope(sent, m, framed)
        out.append((span, "record" if rel else "framed" if framed else "own"))
    return out


_POINTED_BACK = r"\s+(?:[\w-]+\s+){0,2}?{restated}\b"  # `2 kejadian tersebut`, `dua kasus pencurian itu`


def _said_of_a_period(earlier: tuple[str, ...], n: float | None) -> bool:
    """The last of the `earlier` sentences that counts `n` cases frames them by another time (`OTHER_TIME`: `Tahun
    lalu`, a month gone) or a period they are summed over (`Sepanjang Januari hingga Februari`): a tally, not the
    article's own cases."""
    for said in reversed(earlier):
        if any(parse_number(c.group("n")) == n for c in _case_count().finditer(said)):
            return OTHER_TIME.search(said) is not None or _month_gone().match(said) is not None \
                or summed_period().search(said) is not None
    return False


@cache
def _doer() -> re.Pattern:
    """A suspect (`role` rows, `doer` rows: a pronoun of a person, `residivis`): before a count of cases in its
    clause, the count is the suspect's record (`Ia mengaku beraksi di 3 kejadian`), no tally of a period."""
    return _m(rf"(?<![\w-])(?:{trie_alternation(words('role'))}|{{doer}})(?![\w-])")


def _tally_goes_on(before: str, sent: str) -> bool:
    """The sentence opens with the evidence (`names` rows: `Barang bukti yang disita ...`) or a list's opener (`opener`
    rows: `Di antaranya 3 kg sabu ...`, s16fx5) of a tally of cases or another case that runs to the end of the sentence
    before (`Kami mengungkap 64 kasus dengan 79 tersangka.`): statistics or another case, no seizure of the article's
    case."""
    return worded("list_word", r"\W*(?:(?:[\w-]+\s+){0,2}?{names}|{opener})\b").match(sent) is not None \
        and tally_ends(before)


def tally_ends(sent: str) -> bool:
    """A tally of cases (`mengungkap 64 kasus`, `tercatat 214 kejadian`) or a framing other case (`Dalam kasus lain,
    polisi membongkar ...`) said in `sent` governs it to its end: the sentence after may go on with it. Not a
    suspect's record (`residivis kasus serupa`, `Pelaku beraksi di 3 kejadian`), nor a count in a clause after an arrest
    (`menangkap AS setelah menerima 3 laporan polisi`): those cases are the suspect's, and so is what follows."""
    end = len(sent.rstrip())
    arrest = word_regex("arrest")
    return any(b >= end and kind in ("tally", "framed") and not arrest.search(sent, 0, a)
               for (a, b), kind in _case_phrases(sent))


def _case_scope(sent: str, m: re.Match, framed: bool) -> tuple[tuple[int, int], bool]:
    """The span a case phrase `m` governs (see `other_case_spans`), and whether it is a person's relative clause."""
    edges = list(_m(_CLAUSE_EDGE).finditer(sent))
    start = max((e.end() if e.group() in ",;:" else e.start() for e in edges if e.end() <= m.start()), default=0)
    end = min((e.start() for e in edges if e.start() >= m.end()), default=len(sent))
    rel = [r for r in _m(r"\b{relative}\b").finditer(sent, start, m.start())
           if not worded("list_word", r"\b{names}\s+$").search(sent, max(0, r.start() - 30), r.start())]  # `Barang bukti yang ...`: a thing's
    if rel:
        close = _m(r"\b{relative_end}\b").search(sent, m.end(), end)
        return (rel[-1].start(), close.end() if close else end), True
    return (start, len(sent) if framed else end), False


def find_evidence(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, Evidence]]:
    found: list[tuple[int, int, Evidence]] = []
    holders: list[str | None] = []  # the holder each entry was seized from, as its sentence names one
    totals: list[bool] = []  # each entry is said to be the case's total (`seluruhnya 6 gram sabu`)
    uncued: list[bool] = []  # each entry was read in a sentence with no cue of seizure
    lined: list[int] = []  # the line of a list set out over lines each entry was read in, or -1
    missing: dict[str, int] = {}  # the items said not found (`Badik itu belum ditemukan`): where that sentence ends
    cue = word_regex("evidence")
    arrest = word_regex("arrest")
    listed = list_lines(text, sents) if strong_cue().search(text) else set()
    people = _initials_named(text)
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1]
        items, quantities = [m for m in table_items(sent) if m.group("item") not in people], find_quantities(sent)
        if not (items or quantities or k in listed or _seizure_word(sent)):
            continue  # every reading below starts at one of them: most sentences of an article name none (tested first)
        if _m(_UNCERTAIN).search(sent) or OTHER_TIME.search(sent) or _month_gone().match(sent) or _m(_COMPARED).search(sent) \
                or k > 0 and _tally_goes_on(text[sents[k - 1][0]:sents[k - 1][1]], sent):
            continue  # a seizure that may not happen, of another time (`Sepanjang 2016, ... 3 ton sabu`) or a tally's
        # a cue, else what a search in the sentence before or at its start found
        cued = k in listed or _has_cue(sent, cue) or k > 0 and _after_search(text[sents[k - 1][0]:sents[k - 1][1]], sent)
        reader = _SentenceEvidence(sent, cued, found[-1][2] if found else None, items)
        reader.read(quantities, cue, arrest)
        if k in listed:  # one item of a list set out over lines
            reader.list_line(ITEM_MARK.match(sent).end() if ITEM_MARK.match(sent) else 0)
        missing.update(dict.fromkeys(reader.not_found(cue), s1))
        reader.pointed_back(text[sents[max(0, k - 3)][0]:s0])  # `Pipa tersebut sudah diamankan` after `menemukan pipa`
        if k > 0 and not (found and found[-1][0] >= sents[k - 1][0]):  # `Barang-barang tersebut disita`: the goods
            reader.goods_pointed_back(text[sents[k - 1][0]:sents[k - 1][1]])  # the sentence before took
        if found and found[-1][0] >= sents[max(0, k - 2)][0] and _read_alone(found, sents):  # `Tas pertama berisi
            first = min((a for a, _, _ in reader.found), default=len(sent))  # 1.012 gram, ..., sehingga totalnya 2.032
            found[-1] = (*found[-1][:2], _total_said_after(sent[:first], found[-1][2]))  # gram`: before its items
        if not reader.found:
            continue  # nothing read: no other case to set apart, no holder to name
        # a tally of cases or another case: not the case's seizure
        other = other_case_spans(sent, earlier=tuple(text[a:b] for a, b in sents[max(0, k - 3):k]))
        lots = _lots_summed(sent, [f for f in reader.found if not any(a <= f[0] < b for a, b in other)], cue)
        lots = [f for f in lots if not _m(_PART_OF).search(sent, max(0, f[0] - 80), f[0])]
        lots = [(a, b, _each_of(sent, a, ev)) for a, b, ev in lots]  # `Kedua tersangka masing-masing membawa 5 gram`
        lots = _stalks_weighed(lots)
        if k > 0:  # `Pelaku membawa sebilah badik. Badik itu disita ...`: the count said in the sentence before
            lots = [(a, b, _counted_before(text[sents[k - 1][0]:sents[k - 1][1]], sent, b, ev)) for a, b, ev in lots]
        found.extend((s0 + a, s0 + b, ev) for a, b, ev in lots)
        holders.extend([_holder(sent, cue) if lots else None] * len(lots))
        totals.extend(_a_total(sent, a, b) for a, b, _ev in lots)
        uncued.extend([not cued] * len(lots))
        lined.extend([k if k in listed else -1] * len(lots))
    # `Pelaku menikam korban dengan badik. ... Badik itu belum ditemukan.`: a thing read where no cue of seizure stands
    # (the weapon of an attack) and said not found is no evidence, read before that sentence's end (a thing read after,
    # `Sore harinya polisi menemukan pisau itu`, stays)
    summed = _lines_summed(found, lined) | _told_before_lines(found, lined)
    keep = [k for k, (a, _b, ev) in enumerate(found)
            if k not in summed and not (uncued[k] and a < missing.get(ev.item, -1))]
    kept = _holders_summed(*_totals_kept([found[k] for k in keep], [holders[k] for k in keep], [totals[k] for k in keep]))
    return story_counted(text, sents, kept, lambda k: _another_story(text, sents, k))


def _initials_named(text: str) -> frozenset[str]:
    """The initials the text gives a person, with an age after them (`HP (29)`) or after a cue of initials
    (`initial_cues` rows whose `term` is yes: `berinisial HP`, `tersangka HP`): an item's acronym written so is that
    person, no item (`Dari tangan SN kami sita sabu 12,35 gram dan dari HP 7,6 gram`: no handphone; s30evi)."""
    cues = "|".join(map(re.escape, sorted(word_set("initial_cues", "term"), key=len, reverse=True)))
    named = compiled(rf"(?<![\w-])(?P<a>[A-Z]{{2,4}})\s*\(\d{{1,2}}(?:\s*(?:th|thn|tahun))?\)"
                     rf"|(?<![\w-])(?i:{cues}),?\s+(?P<b>[A-Z]{{2,4}})(?![\w-])", 0)
    return frozenset(m.group("a") or m.group("b") for m in named.finditer(text))


def _another_story(text: str, sents: list[tuple[int, int]], k: int) -> bool:
    """Sentence `k` tells of another time (`Pada Maret lalu ... sebuah kapal`) or of another case than the article's."""
    sent = text[sents[k][0]:sents[k][1]]
    return bool(OTHER_TIME.search(sent) or _month_gone().match(sent) or other_case_spans(sent))


def _each_of(sent: str, at: int, ev: Evidence) -> Evidence:
    """An amount said of each of a number of suspects (`Kedua tersangka masing-masing membawa 5 gram sabu`, `Dari dua
    tersangka, masing-masing disita 2 paket sabu`): the count of people (two or more, the `role` rows' nouns) is the
    subject of `masing-masing`, which stands a verb or two before the amount at `at`, with no other amount or item
    between; the case's amount is their product (the README sums lots that have no stated total). The count is the
    subject right before `masing-masing`, at most a comma and a lowercase word between, no joiner (`tiga tersangka
    dan AB serta CD masing-masing ...`: whose count is not said; s18fxe)."""
    if ev.quantity is None:
        return ev
    each = _m(r"(?<![\w-]){each}\s+(?:[\w-]+\s+){0,2}$").search(sent, max(0, at - 40), at)
    people = [m for m in _people_count().finditer(sent, 0, each.start())] if each else []
    if not people or not worded("list_word", r"\s*,?\s*(?:(?!{joiner}\b)[a-z]+\s+)?", 0).fullmatch(
            sent, people[-1].end(), each.start()):
        return ev
    n = parse_number(people[-1].group("n"))
    return Evidence(ev.item, as_number(ev.quantity * n), ev.unit) if n and n >= 2 and n == int(n) else ev


@cache
def _people_count() -> re.Pattern:
    """A count of suspects: a number or a collective (`kedua`) before a role noun (`dua tersangka`, `tiga orang pelaku`)."""
    return compiled(rf"(?<![\w-])(?P<n>[\w-]+)\s+(?:orang\s+)?(?:{trie_alternation(words('role'))})(?![\w-])", re.IGNORECASE)


@cache
def _month_gone() -> re.Pattern:
    """`Pada Juni lalu, polisi juga menyita 120 batang kayu ...`: a sentence framed by a month said gone (`lalu`, `silam`,
    as OTHER_TIME's `bulan lalu`) and set beside the article's seizure by a word of another one (`another_time` rows:
    `juga`, `sebelumnya`) tells of a seizure of another time; with no such word the month dates the case's own (`Pada
    Februari lalu, polisi menyita 5 gram sabu dari rumah tersangka`, s18fxe). Month names from the `temporal_words`
    table."""
    months = trie_alternation(tuple(temporal_words().full_months))
    return _m(rf"\W*(?:pada\s+)?(?:bulan\s+)?(?:{months})\s+(?:lalu|silam)\b(?=.*?\b{{another_time}}\b)")


def _lines_summed(found: list[tuple[int, int, Evidence]], lined: list[int]) -> set[int]:
    """The lines of a list set out over lines are lots of their own, never one said again: counts of one item and unit
    on several lines (`- satu unit Honda Beat ...;` `- satu unit Yamaha NMax ...;`) are summed into the first entry
    (`merge_evidence` takes equal amounts for one restated); within a line, equal readings are one. `lined` holds each
    entry's line (its sentence) or -1. The indices of the entries summed away."""
    lots: dict[tuple[str, str | None], dict[int, float]] = {}
    entries: dict[tuple[str, str | None], list[int]] = {}
    for k, (_a, _b, ev) in enumerate(found):
        if lined[k] < 0 or ev.quantity is None:
            continue
        key = (ev.item, ev.unit)
        per_line = lots.setdefault(key, {})
        per_line[lined[k]] = max(per_line.get(lined[k], 0), ev.quantity)
        entries.setdefault(key, []).append(k)
    summed: set[int] = set()
    for key, ks in entries.items():
        if len(lots[key]) > 1:
            x, y, e = found[ks[0]]
            found[ks[0]] = (x, y, Evidence(e.item, as_number(sum(lots[key].values())), e.unit))
            summed.update(ks[1:])
    return summed


def _told_before_lines(found: list[tuple[int, int, Evidence]], lined: list[int]) -> set[int]:
    """`Dari rumah itu polisi menyita tiga pucuk senjata api rakitan ... Barang bukti yang disita antara lain:` `- dua
    pucuk senjata api rakitan laras panjang;` `- satu pucuk pistol rakitan;`: an item counted in the prose before a list
    set out over lines, and counted on a line of it, is the list's, told in sum before (the list sets out what was
    seized, one line a lot): the indices of the prose entries left out. A prose amount smaller than what the lines
    count of that item in its unit (`2 paket sabu dari AB` before `- 5 paket sabu`) is no sum of them but a lot of its
    own, kept. `lined` as `_lines_summed`'s."""
    first = min((k for k in range(len(found)) if lined[k] >= 0), default=None)
    if first is None:
        return set()
    on_lines: dict[tuple[str, str], float] = {}
    for k, (_a, _b, ev) in enumerate(found):
        if lined[k] >= 0 and ev.quantity is not None:
            family, size = _unit_family(ev.unit)
            on_lines[ev.item, family] = on_lines.get((ev.item, family), 0.0) + ev.quantity * size
    told = {item for item, _family in on_lines}
    return {k for k in range(first) if lined[k] < 0 and (ev := found[k][2]).quantity is not None and ev.item in told
            and ev.quantity * _unit_family(ev.unit)[1] >= on_lines.get((ev.item, _unit_family(ev.unit)[0]), 0.0)}


def _unit_family(unit: str | None) -> tuple[str, float]:
    """The family of an amount's unit (`_DIMENSION`: mass, volume; a count unit its own) and its size in the family's
    least unit (`kg` -> mass, 1000)."""
    family = _DIMENSION.get(unit or "", unit or "")
    return family, _SCALE.get(unit or "", 1.0)


def _counted_before(before: str, sent: str, end: int, ev: Evidence) -> Evidence:
    """An uncounted item pointed back to (`Badik itu`, `Golok tersebut`: `restated` rows right after it) takes the
    count the sentence before gives the one thing of that item it names (`Pelaku membawa sebilah badik.`), as the
    same thing said again; not when that sentence counts the item twice or more (which of them is meant?), nor a
    tally of past thefts (`mengaku telah mencuri 8 unit sepeda motor`: `seized_counts.a_tally`; s28rvE). A free item
    takes the count in a unit word said right before its noun (`seized_counts.counts_said`; s29evi)."""
    if ev.quantity is not None or not _m(r"\s*(?:{restated})\b").match(sent, end):
        return ev
    if lookup_item(ev.item) is None:  # a free item counted in a unit word (`mencuri 4 ekor kambing`; s29evi)
        free = counts_said(before, ev.item)
        return replace(ev, quantity=free[0].quantity, unit=free[0].unit) if len(free) == 1 else ev
    said = []
    for q in find_quantities(before):
        im = item_regex().match(before, q.end + len(before[q.end:]) - len(before[q.end:].lstrip()))
        info = lookup_item(im.group("item")) if im else None
        if info and info[0] == ev.item and q.kind == "count" and not (q.value > 1 and a_tally(before, im.start())):
            said.append(Evidence(ev.item, q.value, item_unit(info, q.unit)))
    return said[0] if len(said) == 1 else ev


def _seizure_word(sent: str) -> bool:
    """A cue of seizure, a verb of arrest or a strong cue in the sentence: where a list of seized things may start
    (`_SentenceEvidence.lists`), whatever the items it names. The cues and the verbs are one pattern (`any_word` of
    both kinds: one scan of the sentence, not two); the strong cues, bounded otherwise, a second."""
    return _cue_or_arrest().search(sent) is not None or strong_cue().search(sent) is not None


@cache
def _cue_or_arrest() -> re.Pattern:
    """The `evidence` and the `arrest` words as one pattern, each a whole word as `word_regex` reads them."""
    return any_word(word_tuple("evidence") + word_tuple("arrest"))


@cache
def _holder_pattern() -> str:
    """`dari tangan tersangka AS`, `dari rumah Budi`, `dari BK`: the person a seizure is said to be from."""
    roles = trie_alternation(words("role"))
    return rf"(?i:\bdari\s+(?P<by>(?:{{holder_place}}\s+)?(?:(?:{roles})\s+)?))(?P<h>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}})"


def _holder(sent: str, cue: re.Pattern) -> str | None:
    """The person a seizure of the sentence is from: a `dari` phrase with a verb of seizure (`Dari tangan AS disita`,
    `menyita 1 paket sabu dari BK`, `Sementara dari tersangka BK, polisi menyita`) and no other verb or clause
    between them; not a dealer or a place said of the thing (`yang dibeli dari Rudi`, `dikirim dari Malaysia`), nor
    a bare place name (`menyita 3 unit ponsel dari Jakarta`)."""
    cues = list(cue.finditer(sent))
    for m in _m(_holder_pattern(), 0).finditer(sent):
        h = m.group("h")
        if h.split()[0].lower() in words("not_item"):  # `dari tangan tersangka Polisi menyita`
            continue
        if not m.group("by") and (h in countries() or gazetteer().lookup(h)):
            continue
        if any(not _other_verb(sent[c.end():m.start()] if c.end() <= m.start() else sent[m.end():c.start()])
               for c in cues):
            return h.lower()
    return None


def _other_verb(gap: str) -> bool:
    """Between a verb of seizure and the `dari` phrase: a relative clause, another clause or another verb of a
    passive or active prefix (`menyita sabu yang dibeli dari`, `disita. ... dikirim dari`)."""
    return bool(_m(_CLAUSE_BREAK + r"|\b{relative}\b").search(gap)) \
        or any(is_verb(w) and w.startswith(("di", "me")) for w in re.findall(r"\w+", gap.lower()))


def _holders_summed(found: list[tuple[int, int, Evidence]], holders: list[str | None]) -> list[tuple[int, int, Evidence]]:
    """Equal counts of an item seized from different people, each named in its sentence (`Dari tangan AS disita 1
    paket sabu. Sementara dari BK disita 1 paket sabu.`), are as many lots: one entry with their sum, as
    `merge_evidence` takes equal amounts in several sentences for one restated."""
    groups: dict[tuple, list[int]] = {}
    for k, (_a, _b, ev) in enumerate(found):
        if holders[k] and ev.quantity is not None:
            groups.setdefault((ev.item, ev.unit, ev.quantity), []).append(k)
    out = list(found)
    dropped: set[int] = set()
    for ks in groups.values():
        people = {holders[k] for k in ks}
        if len(people) > 1:
            a, b, ev = found[ks[0]]
            out[ks[0]] = (a, b, Evidence(ev.item, as_number((ev.quantity or 0) * len(people)), ev.unit))
            dropped.update(ks[1:])
    return [f for k, f in enumerate(out) if k not in dropped]


def _after_search(before: str, sent: str) -> bool:
    """The sentence says where the things of a search in the sentence before or its own start lay (`Polisi menggeledah
    mobil tersangka. Di bawah jok tersimpan sepucuk senjata api ...`, `Ketika digeledah, di jok motornya tersimpan
    ...`: `kept_there` rows): what it names was found."""
    kept = _m(r"\b{kept_there}\b").search(sent)
    return kept is not None and (_m(r"\b{search}\b").search(before) or _m(r"\b{search}\b").search(sent, 0, kept.start())) is not None


def _total_said_after(sent: str, ev: Evidence) -> Evidence:
    """A sentence that reads no item and says a total by a possessive sum word (`sum_after` rows: `totalnya`,
    `beratnya`, `seluruhnya`) opening its clause (`_SUM_SAID_AFTER`) with a mass or volume right after it (`Tas
    pertama berisi 1.012 gram, tas kedua 1.020 gram, sehingga totalnya 2.032 gram`; `Berat totalnya 7,5 gram`) says
    it of the item read last, one or two sentences before, when that item is goods weighed in bulk
    (`_weighed_in_bulk`) with no measure yet (uncounted, or counted in packs: README Evidence, several packets of
    sabu summing to a stated total take that total). Not a person's weight (`Tersangka AB beratnya 70 kilogram`)."""
    if ev.quantity is not None and (ev.unit is None or ev.unit in _DIMENSION or ev.unit not in _part("pack")) \
            or not _weighed_in_bulk(ev.item):
        return ev
    m = _m(_SUM_SAID_AFTER).search(sent)
    got = find_quantities(sent[m.end():]) if m else []
    if not got or got[0].start != 0 or got[0].kind not in ("mass", "volume"):
        return ev
    return replace(ev, quantity=got[0].value, unit=got[0].unit)


# a `sum_after` word opening its clause, after a `sum_lead` word at most (`sehingga totalnya`, `Berat totalnya`), a
# number in two words at most after it: not the possessive of a noun before it (`Tersangka AB beratnya`)
_SUM_SAID_AFTER = r"(?:^|[,;:]|\b(?:{sum_lead}))[\s\"'\u201c]*\b{sum_after}\s+(?:[a-z]+\s+){0,2}?(?=\d)"


def _weighed_in_bulk(item: str) -> bool:
    """The item is goods weighed in bulk, which a total said after may weigh: a drug or goods of kind `other` the
    item table counts in no pieces (its counter none or `botol`: `sabu`, `bbm`, `tuak`), or an item the table does
    not know (`kayu`); not a vehicle, a device, a weapon, a document (`truk`, `timbangan`, `HP`) or a piece (`linggis`)."""
    info = lookup_item(item)
    return info is None or info[1] in ("drug", "other") and info[2] in ("", "botol")


def _read_alone(found: list[tuple[int, int, Evidence]], sents: list[tuple[int, int]]) -> bool:
    """The entry read last is the only one of its sentence: a total said after two (`10 paket sabu dan 3 paket ganja.
    Totalnya 15 gram`) is the sum of both, no one item's."""
    if len(found) < 2:
        return True
    start = next(s for s, e in sents if s <= found[-1][0] < e)
    return found[-2][0] < start


def _a_total(sent: str, a: int, b: int) -> bool:
    """The amount read at `a`-`b` is said to be the total (`Seluruhnya 6 gram sabu disita`, `dengan berat total 3,5
    gram`, `total barang bukti ... sebanyak 12 paket`: `sum_of` rows), in its reading or its clause before it."""
    if _m(_SUM_OF).search(sent, a, b) is not None:
        return True
    return any(_m(r",?[^,;.]{0,50}$").match(sent, m.end(), a) and _governs(sent[m.end():a])
               for m in _m(_SUM_OF).finditer(sent, max(0, a - 60), a))


def _governs(gap: str) -> bool:
    """A total word before an amount says it of that amount: no other amount or list between (`menyita total 1
    unit ponsel serta 3 gram sabu`), and not of people or another thing right after it (`Jumlah tersangka kini dua
    orang dengan 3 gram sabu`); `barang bukti`, the item or a clause after a comma (`Secara keseluruhan, polisi
    menyita`) may stand between."""
    if _another_amount().search(gap) or worded("list_word", r"\b{joiner}\b").search(gap):
        return False
    head = re.match(r"(?i)\s*(?:barang\s+bukti\b)?\s*(\w+)", gap)
    return head is None or head.group(1).lower() not in words("not_item")


@cache
def _another_amount() -> re.Pattern:
    return re.compile(rf"(?i)\b{number_pattern()}\b")


_SUM_OF = r"(?<!dari\s)\b{sum_of}\b"  # not a part of it (`Dari jumlah itu, 4 butir ...`)
# a part of an amount said before: `Dari jumlah itu, 4 butir ekstasi ditemukan di saku tersangka`
_PART_OF = r"\bdari\s+{sum_of}\s+(?:{restated})\b[^.;]*$"


# the unit families of measured amounts (a count unit is its own family); `merge_evidence` sums within them
_DIMENSION = {"g": "mass", "kg": "mass", "ml": "volume", "liter": "volume"}
# the size of each measured unit in its family's least unit
_SCALE = {"g": 1.0, "kg": 1000.0, "ml": 1.0, "liter": 1000.0}


def _totals_kept(found: list[tuple[int, int, Evidence]], holders: list[str | None], totals: list[bool]):
    """An amount said to be the total of an item (`Seluruhnya 6 gram sabu ...`) stands for the other amounts of
    that item in its family (mass, volume, or its one count unit): they are its parts or the same said again, not
    more lots to add (`4 paket sabu seberat 2 gram. Seluruhnya 6 gram sabu disita dari dua tersangka.`: 6 gram)."""
    said = {(ev.item, _DIMENSION.get(ev.unit or "", ev.unit)) for (_a, _b, ev), t in zip(found, totals, strict=True)
            if t and ev.quantity is not None}
    keep = [k for k, (_a, _b, ev) in enumerate(found)
            if totals[k] or ev.quantity is None or (ev.item, _DIMENSION.get(ev.unit or "", ev.unit)) not in said]
    return [found[k] for k in keep], [holders[k] for k in keep]


def _lots_summed(sent: str, found: list[tuple[int, int, Evidence]], cue: re.Pattern) -> list[tuple[int, int, Evidence]]:
    """Two equal counts of one item at two places of one sentence are two lots (`satu unit sepeda motor hasil
    curian ... serta satu unit sepeda motor yang digunakan pelaku`): one entry with their sum, as `merge_evidence`
    takes equal amounts for one restated; unless the second is the first said again (`_restated`). A reading that
    overlaps another of its item is that one read again."""
    out: list[tuple[int, int, Evidence]] = []
    again: list[tuple[int, int, str]] = []  # the spans of amounts said again, with their item
    for a, b, ev in found:
        if any(a < y and x < b and item == ev.item for x, y, item in again):
            continue  # a part of an amount said again, read once more (`... dan 2 paket sabu seberat 1 gram`)
        same = [k for k, (x, y, e) in enumerate(out) if e.item == ev.item]
        lot = next((k for k in same if out[k][2].unit == ev.unit and out[k][2].quantity == ev.quantity), None)
        if lot is None or ev.quantity is None or any(a < out[k][1] and out[k][0] < b for k in same):
            out.append((a, b, ev))
            continue
        x, y, e = out[lot]
        if _restated(sent, (x, y), (a, b), cue):
            again.append((a, b, ev.item))
        else:
            out[lot] = (min(a, x), max(b, y), Evidence(e.item, as_number(e.quantity * 2), e.unit))
    return out


def _phrase(sent: str, a: int, b: int) -> str:
    """The phrase of a reading at `a`-`b`: up to the next separator or joiner of a list, lower case."""
    end = worded("list_word", r"(?<!\d)[,;]|[,;.](?!\d)|\b{joiner}\b").search(sent, b)
    return " ".join(sent[a:min(end.start() if end else len(sent), b + 60)].lower().split())


def _restated(sent: str, first: tuple[int, int], second: tuple[int, int], cue: re.Pattern) -> bool:
    """The equal amount at `second` is the one at `first` said again: pointed back to (`dan 3 paket sabu tersebut
    dibawa ...`) or written the same (`2 paket sabu seberat 1 gram dan 2 paket sabu seberat 1 gram`) with no
    verb of seizure between; unless a word marks a second lot (`2 paket sabu lagi`, `juga`, `masing-masing`,
    `sedangkan`: `another_lot` rows) from the first amount on."""
    again = _phrase(sent, *second)
    if _m(r"\b{another_lot}\b").search(sent, first[0], second[0] + len(again)):
        return False
    if any(not _points_elsewhere(again[:m.start()]) for m in _m(r"\b{restated}\b").finditer(again)):
        return True
    return again == _phrase(sent, *first) and not _has_cue(sent[first[1]:second[0]], cue)


def _points_elsewhere(before: str) -> bool:
    """A restating word after a person or place, not the item (`1 unit sepeda motor milik tersangka tersebut`,
    `dari rumah itu`: `not_item` words) points back at that word."""
    last = re.findall(r"\w+", before)
    return bool(last) and last[-1].lower() in words("not_item")


def merge_evidence(found: list[Evidence]) -> list[Evidence]:
    """One entry per item. Quantities in one unit family (mass, volume, or one count unit): the
    largest when it is the total of the others or all are the same amount restated, else the sum of
    the distinct amounts (several packets, no total stated). A measured quantity (mass, volume) wins
    over a count of packs; a counted entry over an uncounted one; a count with its counter word over the same bare
    count. An item no number counts has no unit (`paket sabu`, `puluhan paket sabu`: a pack word counts nothing)."""
    by_item: dict[str, list[Evidence]] = {}
    for e in found:
        by_item.setdefault(e.item, []).append(e)
    out = []
    for item, entries in by_item.items():
        entries, plants = _plants_apart(item, entries)
        out.extend(plants)
        counted = [e for e in entries if e.quantity is not None]
        measured = [e for e in counted if e.unit in _SCALE]
        pool = measured or counted
        if not pool:  # no count written: no unit either (`paket sabu` -> sabu, null, null: README, settled s16)
            out.append(Evidence(item, None, None))
            continue
        # the same amount written with and without its counter word (`tiga truk` ... `tiga unit truk`): the written unit
        unit = max(pool, key=lambda e: ((e.quantity or 0) * _SCALE.get(e.unit or "", 1.0), e.unit is not None)).unit
        family = [e for e in pool if _DIMENSION.get(e.unit or "") == _DIMENSION.get(unit or "") and (e.unit in _SCALE or e.unit == unit)]
        amounts = sorted({round(e.quantity * _SCALE.get(e.unit or "", 1.0), 6) for e in family}, reverse=True)
        total = amounts[0] if len(amounts) == 1 or abs(amounts[0] - sum(amounts[1:])) < 1e-6 * amounts[0] \
            else sum(amounts)
        out.append(Evidence(item, as_number(total / _SCALE.get(unit or "", 1.0)), unit))
    return _generic_dropped(out)


def _stalks_weighed(lots: list[tuple[int, int, Evidence]]) -> list[tuple[int, int, Evidence]]:
    """`ganja sebanyak 30 batang dengan berat 1,5 kilogram`: a drug counted in stalks and measured in one sentence is
    one lot said in two ways, the measure kept (`merge_evidence`); plants apart are told in a sentence of their own
    (`_plants_apart`)."""
    weighed = {ev.item for _a, _b, ev in lots if _DIMENSION.get(ev.unit or "") in ("mass", "volume")}
    return [f for f in lots if not (f[2].unit == "batang" and f[2].item in weighed)]


def _plants_apart(item: str, entries: list[Evidence]) -> tuple[list[Evidence], list[Evidence]]:
    """A drug's plants counted in stalks (`3.500 batang pohon ganja`) beside a measure of the drug (`18,7 kilogram
    ganja kering`) said in another sentence (`_stalks_weighed`) are a lot of their own, not packs the measure wins over:
    (the other entries, the plants as one entry, their counts summed)."""
    plants = [e for e in entries if e.unit == "batang" and e.quantity is not None]
    if not plants or not any(e.unit in _SCALE for e in entries) or _item_class(item) != "drug":
        return entries, []
    total = as_number(sum(e.quantity for e in plants)) if len({e.quantity for e in plants}) > 1 else plants[0].quantity
    return [e for e in entries if e.unit != "batang"], [Evidence(item, total, "batang")]


def _generic_dropped(found: list[Evidence]) -> list[Evidence]:
    """`found` without the general words that name again items it holds one by one: an uncounted general weapon
    beside weapons of its kind (`_kind_of_named`) and a class word beside an item of its class (`_class_of_named`)."""
    return [e for e in found if not _kind_of_named(e, found) and not _class_of_named(e, found)]


def _kind_of_named(ev: Evidence, found: list[Evidence]) -> bool:
    """`ev` is an uncounted general weapon (`generic_weapon` rows: `membawa senjata tajam`) beside weapons of its kind
    (`weapon_class` rows) named one by one (`9 bilah celurit, 3 buah golok`): the kind of those, no item of its own;
    beside weapons of another kind only (`3 buah bom ikan serta senjata tajam`) it stays."""
    kind_of = words("weapon_class")
    return ev.item in _part("generic_weapon") and ev.quantity is None \
        and any(kind_of.get(o.item) == ev.item for o in found)


def _class_of_named(ev: Evidence, found: list[Evidence]) -> bool:
    """`ev` is a class word of the table's kind (`generic_class` rows: `kendaraan`, its value the kind, `vehicle`) beside
    an item of that kind: the word names those again (`tujuh sepeda motor ... Kendaraan itu disita`), no item of its own;
    alone it is the item (`Polisi juga mengamankan kedua kendaraan` after a crash; s28evi)."""
    kind = words("generic_class").get(ev.item)
    return kind is not None and any(o.item != ev.item and _item_class(o.item) == kind for o in found)
