"""The seized items of `data/evidence_items.tsv` and one item phrase read as evidence.

The table as a dict and as one trie regex (`item_regex`), the lookup of an item as written
(`lookup_item`), the specific weapon after a general one, the unit of a counted item, the quantity an item
phrase begins with, and a list item as `Evidence`: a table item, a thing named by its acronym
(`Surat Izin Mengemudi (SIM)`), or an item the table does not know as a plain noun phrase.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.lexicon import name_stopwords, ranks
from polsek_nlp.knowledge.temporal import calendar_word
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.stemming import stem_word
from polsek_nlp.recognize.incident_words import compiled, word_tuple, worded, words
from polsek_nlp.recognize.quantities import (
    as_number,
    currencies,
    find_quantities,
    number_pattern,
    number_words,
    parse_number,
    quantity_regex,
    units,
)
from polsek_nlp.record.types import Evidence


@cache
def evidence_items() -> dict[str, tuple[str, str, str]]:
    """phrase -> (item, kind, unit) of `data/evidence_items.tsv`."""
    return {r["phrase"]: (r["item"], r["kind"], r["unit"]) for r in read_table("evidence_items.tsv")}


@cache
def vehicle_models() -> dict[str, tuple[str, str, str]]:
    """model -> (item, kind, unit) of `data/vehicle_models.tsv`: a vehicle named by its model alone (`dua unit Avanza`),
    an item only right after a `model_lead` word (a model alone is also a given name: `Xenia (24) diamankan`)."""
    return {r["phrase"]: (r["item"], r["kind"], r["unit"]) for r in read_table("vehicle_models.tsv")}


@cache
def item_regex() -> re.Pattern:
    alts = trie_alternation(evidence_items()).replace(r"\ ", r"[\s-]+")  # a trie: one pass, not one try per item
    by_length: dict[int, list[str]] = {}
    for w in words("model_lead"):
        by_length.setdefault(len(w), []).append(re.escape(w))
    # a lookbehind is of fixed width: one per length of the lead words, not one per word, tried at each word start
    leads = "|".join(rf"(?<=\b(?:{'|'.join(ws)})\s)" for _n, ws in sorted(by_length.items()))
    models = rf"(?:{leads})(?:{trie_alternation(vehicle_models())})"  # `dua unit Avanza`, never `Xenia` alone
    return re.compile(rf"(?<![\w-])(?P<item>{alts}|{models})(?:-?nya)?(?![\w-])", re.IGNORECASE)  # `BPKB-nya`


@cache
def short_forms() -> dict[str, str]:
    """A one-word table phrase that shortens its item's name (`senpi` -> `senjata api`, `sajam`, `upal`): the
    phrase is none of the name's words (`motor` -> `sepeda motor` is its head, no short form)."""
    return {phrase: item for phrase, (item, _kind, _unit) in evidence_items().items()
            if " " not in phrase and " " in item and phrase not in item.split()}


def lookup_item(written: str) -> tuple[str, str, str] | None:
    key = written.lower()
    table = evidence_items()
    if key in table:
        return table[key]
    key2 = re.sub(r"[\s-]+", " ", key)
    # last, a model item_regex read after its lead word, or a list item's rest after its counter (`list_item`)
    return table.get(key2) or table.get(key2.replace(" ", "-")) or vehicle_models().get(key2)


def specific_item(sent: str, end: int, info: tuple[str, str, str]) -> tuple[int, tuple[str, str, str]]:
    """`sebilah senjata tajam jenis parang`, `obat keras jenis tramadol`: the specific item named after a
    general one (the `class_item` rows)."""
    if info[0] not in words("class_item"):
        return end, info
    m = worded("list_word", r"\s+{specific}\s+", 0).match(sent[end:])
    im = item_regex().match(sent, end + m.end()) if m else None
    sub = lookup_item(im.group("item")) if im else None
    return (im.end(), sub) if im and sub and sub[1] == info[1] else (end, info)


def kind_word(sent: str, end: int, info: tuple[str, str, str]) -> re.Match | None:
    """The kind word written right after (at `end`) a table item (`info`, its `lookup_item` row, looked up once by the
    caller) whose kind the README keeps (`kind_head` rows: `perahu pamboat`, `kapal tongkang`, `tas ransel`), as group
    `w`: one of the kinds of that head (`item_kind` rows), never any word after it (`perahu pagi tadi`, `kapal sewaan
    pelaku`, `perahu tujuan Pulau Seram`: the head alone); a thing of kind `other` keeps a material word after it
    (`gunting besi`: list_word `material` rows, s18ev), a document its kind word (`ktp palsu`: `issued_kind` rows)."""
    m = _KIND_AFTER.match(sent, end)
    if m and info[1] == "other" and "material" in words("list_word").get(m.group("w"), "").split():
        return m  # `sebuah gunting besi`, `obeng besi`: a tool keeps its material (README settled s16)
    if m and info[1] == "document" and m.group("w") in words("issued_kind"):
        return m  # `KTP palsu`: a paper's kind word stays (README settled s19 rule 5, s18 rule 12)
    if info[0] not in words("kind_head"):
        return None
    return m if m and info[0] in words("item_kind").get(m.group("w"), "").split() else None


_KIND_AFTER = re.compile(r"\s+(?P<w>[a-z]{3,})(?![\w-])")  # one lowercase word: a name (`kapal KM Sinar`) is none


def item_unit(info: tuple[str, str, str], unit: str | None) -> str | None:
    """A thing counted by `buah` whose table unit is `unit` or `pucuk` (vehicles, devices, firearms) is
    counted in units (gold/incidents/README.md: `unit` for guns counted as unit/buah/pucuk)."""
    return "unit" if unit == "buah" and info[2] in ("unit", "pucuk") else unit


def leading_quantity(phrase: str) -> tuple[int | float | None, str | None, str]:
    """The quantity an item phrase begins with (`2 lembar`, `3`), its unit, and the rest of the phrase."""
    qty: int | float | None = None
    unit: str | None = None
    ws = phrase.split()
    while ws and ws[0].lower() in words("item_lead") and parse_number(ws[0]) is None:
        ws = ws[1:]  # `hampir 50 senjata api`, `membawa 5 gram sabu`; `sebuah` is a count
    rest = " ".join(ws)
    q = quantity_regex().match(rest)
    if q:
        end = _own_counter_end(rest, q.end())
        got = find_quantities(rest[:end])
        if got:
            qty, unit = got[0].value, got[0].unit
        return qty, unit, rest[end:].strip()
    n = compiled(rf"(?P<num>{number_pattern()})\s+", re.IGNORECASE).match(rest)
    if n:
        value = parse_number(n.group("num"))
        if value is not None:
            qty = as_number(value)
            rest = rest[n.end():]
    elif (both := _collective(rest)) is not None:
        qty, rest = both  # `ketiga perahu itu`: the three boats, 3 (README quantity; a bare count, no unit)
    return qty, unit, rest


def _collective(rest: str) -> tuple[int | float | None, str] | None:
    """A collective number word opening the phrase (`collective_count`) and a word after it: (its value, the rest
    after it); None otherwise."""
    first, _, after = rest.partition(" ")
    value = collective_count(first)
    return (value, after.strip()) if value is not None and after.strip() else None


def collective_count(word: str) -> int | float | None:
    """The count a collective number word says (`kedua` 2, `ketiga` 3: number_words.tsv `collective` rows; README
    quantity, `ketiga perahu` -> 3), None for any other word. The one reader of those rows for the seized things, on a
    phrase (`_collective`) and on the text before an entry (`seized_counts`)."""
    value, kind = number_words().get(word.lower(), (0.0, ""))
    return as_number(value) if kind == "collective" else None


def _own_counter_end(rest: str, end: int) -> int:
    """Where the quantity at the start of `rest` ends when it was read to `end`: a word of one that carries its counter
    (`sebuah`, `seekor`: `one` rows of the number table that read as a count with a unit) is the whole quantity, and a
    unit word after it begins the item (`sebuah ikat pinggang`: one belt, not one bundle of waists; s16fx5)."""
    first, _, after = rest[:end].partition(" ")
    if not after.strip() or " " in after.strip() or number_words().get(first.lower(), (0, ""))[1] != "one":
        return end
    own = find_quantities(first)
    return len(first) if own and own[0].unit else end


def _head_words(rest: str) -> list[str]:
    """The words of an item phrase from its head on: lead words (`juga`, `sejumlah`) left out, and
    general heads (`alat`, `jenis`) too unless the item is written with them (`alat hisap`)."""
    ws = rest.split()
    while ws and ws[0].lower() in words("item_lead"):
        ws = ws[1:]
    im = item_regex().match(" ".join(ws))  # as written first: `alat hisap`, `pil koplo`
    if im is None:
        written = ws
        while ws and (_generic_head(ws) or ws[0] in _DRUG_CLASSES and ws is not written):
            ws = ws[1:]  # `narkotika golongan I jenis sabu`
        head = written[len(written) - len(ws) - 1].lower() if ws and ws is not written else ""
        if words("generic_head").get(head) == "kept" and ws and not _known_item(ws[0]) and not pe_noun(ws[0].lower()) \
                and (len(ws) == 1 or _bare_root(ws[0])):
            ws = written[len(written) - len(ws) - 1:]  # `alat skimming`: the tool's one-word name, not `skimming`; a
            # root of what it does before more words (`alat setrum ikan`, `alat tangkap trawl`: no thing without `alat`)
            # (`alat sedotan pipet`: `sedotan pipet`); a tool named by what it does names the thing without its head
            # (`alat pemotong kertas` -> `pemotong kertas`: gold/incidents/README.md, settled s16)
        if written and ws is not written and words("generic_head").get(written[len(written) - len(ws) - 1].lower()) \
                == "thing" and (not ws or _describes(ws[0])):
            ws = written[len(written) - len(ws) - 1:]  # `pil warna putih`, `40 butir pil`: the pill is the thing, the
            # colour describes it
        if len(ws) > 1 and ws[0].lower() in units() and _known_item(" ".join(ws[1:])):
            ws = ws[1:]  # `ratusan butir peluru`: a unit with no number before a known item
    return ws


def _describes(word: str) -> bool:
    """`word` opens a description after an item's head (`list_word` rows of reading item_mod: `warna`, `berwarna`,
    `merek`; a bare colour, `colour` rows), not the item's own name."""
    return "item_mod" in (words("list_word").get(word.lower()) or "").split() or word.lower() in words("colour")


def _generic_head(ws: list[str]) -> bool:
    """`ws[0]` is a general head left out before the item's own name (`generic_head` rows); a counter or container on
    no unit list (value `counter`: `rol`, `panci`) only before a noun it counts or holds (`4 rol selang`, `satu panci
    gulai ayam`), not alone (`sebuah panci`) nor before a word of the list or a verb (`panci berisi sabu`) nor before
    a word that describes it (`described`, `item_size` rows: `sebuah kaleng bekas`, `dua ember plastik`); a noun of the
    state or remains of a thing (value `remains`: `pecahan`, `serpihan`) so too, and also before a material
    (`serpihan kaca mobil` -> kaca mobil), but not before the noun of money (`pecahan uang logam`: a denomination)."""
    value = words("generic_head").get(ws[0].lower())
    if value == "state":  # a state of matter, left out only before a table item (`5 liter cairan tuak` -> tuak), not
        return len(ws) > 1 and _known_item(" ".join(ws[1:])) is not None  # before a word that says what it is
        # (`cairan kimia`, `cairan pembersih`: the written noun)
    if value not in ("counter", "remains"):  # `remains`: `pecahan busi` -> busi (README settled R10-3)
        return value is not None
    nxt = ws[1] if len(ws) > 1 else ""
    listed = words("list_word").get(nxt)
    return nxt.isalpha() and nxt.islower() and (listed is None or value == "remains" and listed == "material") \
        and not is_verb(nxt) and not (value == "remains" and _money_noun(nxt)) \
        and nxt not in words("described") and nxt not in words("item_size")


def _money_noun(word: str) -> bool:
    """`word` is the noun of money (`uang`: the `money` tag of its `money_context` row)."""
    return "money" in (words("money_context").get(word) or "").split()


def _bare_root(word: str) -> bool:
    """A word the stemmer leaves as it is and no table item (`setrum`, `tangkap`): after `alat` it says what the tool
    does, not a thing (`sedotan`, a derived noun, names one: `alat sedotan pipet` -> `sedotan pipet`)."""
    w = word.lower()
    return w.isalpha() and stem_word(w) == w


def pe_noun(word: str) -> bool:
    """A lowercase noun formed with pe(N)- on a verb's root, the stemmer taking the prefix off: a tool (`pemotong`,
    `pencetak`, `penunjuk`) or one who does it (`pemasok`, `penerima`); not a noun of an act in -an (`pemotongan`,
    `pengiriman`). Read by the items' reader (a tool after `alat`) and the suspects' (`incident_cues`)."""
    return len(word) > 5 and word.startswith("pe") and not word.endswith("an") and stem_word(word) != word


_DRUG_CLASSES = frozenset(("I", "II", "III", "IV"))  # the golongan of UU 35/2009 and UU 5/1997, as numbered


def _known_item(rest: str) -> tuple[str, str, str] | None:
    """(item, kind, unit) of the table item that makes up the phrase `rest`, if one does."""
    im = item_regex().match(rest)
    if im and (im.end() == len(rest) or not rest[im.end()].isalpha()):
        return lookup_item(im.group("item"))
    return None


def _free_words(ws: list[str]) -> list[str]:
    """The words of a free item's noun phrase, lowercase: up to a name, a size or a state after it."""
    free = []
    for k, w in enumerate(ws):
        if k and (w[:1].isupper() or w[:1].isdigit()):
            if k == 1 and re.fullmatch(r"[A-Z]{2,5}", w) and ws[0].lower() not in words("emblem"):
                free.append(w.lower())  # the kind of a thing by its acronym: `mesin EDC`, `kabel LAN`; after a sign
                # or dress of a group (`bendera ISIS`, `kaos FPI`) the acronym names whose it is, not its kind
            elif k > 1 and (kind := _issued_kind_after(ws, k)) is not None:
                free.append(kind)  # `surat perintah penyidikan KPK palsu`, `surat tugas Polri palsu`: the body it
                # claims to be from left out, its kind kept (s21inc2); a body of up to three words too (`surat tugas
                # Polda Sukamaju palsu`, s21rvC)
            break  # a name, or a size after the item (`tabung gas elpiji 3 kg`)
        if k and "item_mod" in words("list_word").get(w.lower(), "").split():
            break  # a description after the noun (`pil warna putih tanpa merek`, `jaket merek X`): dropped
        if k and is_verb(w.lower()) and w.lower() not in words("list_word") and not _likeness(w.lower()) \
                and not _attribute(ws, k):
            break  # a state or a verb after the item (`kaus berlumuran darah`, `koper dirampas untuk dimusnahkan`),
            # not a word of the list (`berupa`) nor one of a likeness (`kristal putih diduga sabu`: no free item)
        free.append(w.lower())
    return free


def _issued_kind_after(ws: list[str], k: int) -> str | None:
    """The kind word (`issued_kind` rows: `palsu`) right after a name of one to three capitalised words from `ws[k]`
    (`KPK`, `Polri`, `Polda Sukamaju`, `Dinas Perhubungan Cibungbulang`): the body a paper claims to be from."""
    for j in range(k, min(k + 3, len(ws))):
        if not re.fullmatch(r"[A-Z][A-Za-z]{1,14}", ws[j]):
            return None
        if j + 1 < len(ws) and ws[j + 1].lower() in words("issued_kind"):
            return ws[j + 1].lower()
    return None


def _attribute(ws: list[str], k: int) -> bool:
    """`ws[k]` ends the phrase and is ber- + a noun (`minuman bersoda`): a property of the item, no verb after it
    (`kaus berlumuran darah`) nor a function word (`berbagai`)."""
    w = ws[k].lower()
    return k == len(ws) - 1 and k > 0 and w.startswith("ber") and w not in name_stopwords()


def _likeness(word: str) -> bool:
    """A word that says what a thing looks like or is suspected to be (`diduga`, `menyerupai`: `likeness` rows)."""
    return "likeness" in words("seizure_context").get(word, "").split()


def _a_name_word(written: str) -> bool:
    """A capitalised rank (`Bripka`, `AKP`: the ranks table) or the name of a weekday or month (`Senin`, `Juni`)."""
    return written[:1].isupper() and (written in ranks() or calendar_word(written))


def _plain_words(free: list[str], unit: str | None = None) -> list[str]:
    """A free item's words as the plain noun: singular (`buku-buku jihad`; not a noun whose doubled form is the word,
    `kura-kura`: doubled_noun rows, nor a colour, `abu-abu`), without a status, owner or colour after it (`bawang bombay ilegal`, `pakaian
    korban`, `rompi hijau`)
    and its last word's `-nya` left out (`kaus kakinya`, `mobil beserta kuncinya`: a thing of its own, as the gold
    lists keys and hoses); none when the word then names a part of the item before (`item_part` rows: `badik beserta
    sarungnya`, `tas beserta isinya`; s18fxe: not any word in -nya)."""
    free = [w if w in words("doubled_noun") or w in words("colour") else re.sub(r"^(\w+)-\1$", r"\1", w) for w in free]
    if free and len(free[-1]) > 5 and free[-1].endswith("nya"):
        free = [*free[:-1], free[-1][:-3].rstrip("-")]
        if " ".join(free) in words("item_part") or free[-1] in words("item_part"):
            return []  # `badik beserta sarungnya`: a part of the item before, no item
    while len(free) > 1 and (_a_trail(free, unit) or free[-1] in words("possessor") or _a_colour(free, unit)):
        if free.pop() in words("possessor") and len(free) > 1 and free[-1] in number_words():
            free.pop()  # `pakaian kedua korban`: the owners counted
    return free


def _a_colour(free: list[str], unit: str | None) -> bool:
    """The last of a free item's words is a bare colour (`colour` rows), a description left out (gold/incidents/README.md
    Evidence: a colour is dropped, `rompi hijau` -> `rompi`), unless the words up to it are a name that keeps its colour
    (`colour_name` rows, KBBI compounds and the genre's names: `bawang merah`, `kacamata hitam`, `bendera merah putih`);
    an animal counted in `ekor` keeps it, a species' name (`penyu hijau`, `kakatua jambul kuning`)."""
    return unit != "ekor" and free[-1] in words("colour") and not any(" ".join(free[k:]) in words("colour_name") for k in range(len(free) - 1))


def _a_trail(free: list[str], unit: str | None) -> bool:
    """The last word of a free item's words is a trail of its noun, left out (`item_trail` rows): a status (`ilegal`,
    `curian`); a timber species only after a head it describes (`kind` rows after `species_head` rows: `kayu meranti`,
    `papan ulin`, never `getah pinus`, `minyak kamper`, `bibit jati`); a living state only of an animal counted in
    `ekor` (rows whose value is the unit they need: `dua ekor trenggiling hidup`, never `mortir hidup`; s18fxe)."""
    trail = words("item_trail").get(free[-1])
    if trail == "kind":
        return free[-2] in words("species_head")
    return trail == "" or trail is not None and trail == unit  # a row of no value ("-") needs no unit


def counted_animal(ev: Evidence) -> Evidence:
    """A free item counted after it in the unit a trail needs (`ayam hidup sebanyak 40 ekor`) without that trail (the
    living state: `_a_trail`)."""
    free = ev.item.split()
    return replace(ev, item=" ".join(_plain_words(free, ev.unit))) if len(free) > 1 and _a_trail(free, ev.unit) else ev


def _free_item(ws: list[str], qty: int | float | None, unit: str | None, assets: bool = False) -> Evidence | None:
    """An item the table does not know, as a plain noun phrase of up to four lowercase words (`assets`: in a list after a
    strong cue of seizure, where a place counted in a unit word is a thing seized)."""
    free = _paper_alone(_plain_words(_free_words(ws), unit))
    if not free or free[0] in number_words() or _a_person(free):
        return None  # no noun, or the rest of an amount (`juta`), not a thing; a person
    if qty is None and ("speech" in words("name_context").get(free[0], "").split() or _a_name_word(ws[0])):
        return None  # `ganja seberat 2.500 gram, terang Kapolres` / `..., Bripka Andi mengatakan` / `..., Senin (3/3)`:
        # the speaker's tag, a rank or a day closing the list, no thing
    if qty is None and len(free) == 1 and words("item_trail").get(free[0]) == "kind":
        return None  # `kayu meranti dan ulin`: a kind said bare, uncounted, is a kind of the item before it
    if free and "item_mod" in (mod := words("list_word").get(free[0], "").split()) \
            and not ("heads" in mod and len(free) > 1):
        return None  # a modifier with no head before it (`barang bukti hasil pengungkapan`): no thing named; one that
        # also heads a noun after it names that thing (`sisa makanan`, not `sisanya`)
    if ws and ws[0].isupper() and len(ws[0]) > 1 and not (qty is not None and unit and ws[0].isalpha()
                                                         and all(w.islower() for w in ws[1:])):
        return None  # an acronym the table does not know (an institution, not a thing); counted in a unit it is a
        # device or a paper named by its acronym (`dua unit GPS`, `satu unit DVR`), also with a kind word after it
        # (`25 keping DVD bajakan`, s29evi)
    if not free or len(free) > 4 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in free) or len(" ".join(free)) < 3:
        return None  # not a noun phrase, or a lone letter (`SIM A dan C`)
    if (free[-1] in words("not_item") or free[0] in words("not_item") and not (unit and len(free) > 1)) \
            and not (assets and qty is not None and unit not in (None, "buah") and len(free) == 1):
        return None  # `dua alat bukti`, `korban`; a thing counted in a unit is one: `dua lembar bukti transfer`, and
        # so is a place counted in a unit word after a strong cue (`menyita satu unit rumah`, `dua bidang tanah`: assets
        # seized), not `sebuah rumah`, nor houses secured (`mengamankan 3 unit rumah` from a landslide)
    if qty is None and re.fullmatch(r"(?:pe|per|ke)\w+an", free[0]) and free[0] not in words("thing_noun"):
        return None  # an act (`pencurian`), not a thing; a counted one is a thing (`8 perusahaan`)
    stop = name_stopwords()
    tool = words("generic_head").get(free[0]) == "kept"  # `alat tangkap trawl`: the root after `alat` is the tool's
    if any(w in stop and w not in words("not_item") and w not in words("thing_noun") or is_verb(w) and not _attribute(free, k)
           for k, w in enumerate(free) if not (tool and k == 1)):
        return None  # a clause, not a noun phrase: `jika tidak ditahan`, `dalam palka`
    return Evidence(" ".join(short_forms().get(w, w) for w in free), qty, _device_unit(free, unit))  # `kerangka senpi`:
    # the name written out


def _device_unit(free: list[str], unit: str | None) -> str | None:
    """A free item that names a device (`device_noun` rows: `radio komunikasi`, `kalkulator`) counted by `buah` is
    counted in units, as the table's devices are (`item_unit`; README settled s18 11)."""
    devices = words("device_noun")
    return "unit" if unit == "buah" and (free[0] in devices or " ".join(free[:2]) in devices) else unit  # `pengisi daya`


def _paper_alone(free: list[str]) -> list[str]:
    """A paper of payment (`paper_head` rows) without the act it records after it (`kuitansi pembayaran`,
    `kuitansi penyerahan uang` -> kuitansi: a noun pe(N)-/per-...-an and what follows); a book of records (value
    `record`, two words) without what it records, whatever follows (`buku rekapan togel` -> buku rekapan)."""
    if len(free) > 1 and free[0] in words("paper_head") and re.fullmatch(r"per?\w+an", free[1]):
        return free[:1]
    if len(free) > 2 and words("paper_head").get(" ".join(free[:2])) == "record":
        return free[:2]
    return free


def _a_person(free: list[str]) -> bool:
    """A free item of one word that names a person (`person_noun`, `agent_noun`, `role`, `counted_role` rows): no thing
    seized (`seorang perempuan yang berperan sebagai kurir`, `dua pencuri dan seorang penadah`); a compound is a thing
    (`anak kunci`)."""
    return len(free) == 1 and person_word(free[0])


def person_word(word: str) -> bool:
    """`word` names a person (`person_noun`, `agent_noun`, `role`, `counted_role` rows); also read by the lists'
    reader (`seized_lists`: `beserta pengendaranya`)."""
    return any(word in words(kind) for kind in ("person_noun", "agent_noun", "role", "counted_role"))


def is_verb(word: str) -> bool:
    """A longer word with a verb-forming prefix that the stemmer takes off (`diselundupkan`, `menyimpan`);
    a noun that only begins like one keeps its stem (`meranti`, `menara`, `mentega`)."""
    return len(word) > 5 and word.startswith(word_tuple("verb_prefix")) and stem_word(word) != word


def list_item(phrase: str, strong: bool, drugs_only: bool, assets: bool = False) -> Evidence | None:
    """One list item as evidence: `2 lembar KTP` -> ktp 2 lembar; `seragam polisi`; `8 perusahaan` (`assets`: the list
    follows a strong cue of seizure, `menyita satu unit rumah`)."""
    phrase = _SPACED_DOUBLE.sub(r"\1-\1", phrase)  # `buku - buku jihad`: a doubled noun written with a spaced hyphen
    phrase = _GLOSS.sub("", phrase)  # `dua unit gergaji mesin (chainsaw)`: the item as written first, not its gloss
    qty, unit, rest = leading_quantity(phrase)
    first = words("list_word").get(rest.split(" ", 1)[0].lower(), "").split()
    if unit is None and "kinds" in first:
        qty = None  # `25 jenis obat`: a count of kinds, no count of the item
    if unit in words("thing_unit") and ("gas" in first or "material" in first):
        rest, unit = f"{unit} {rest}", None  # `312 tabung elpiji`, `dua tabung kaca`: the cylinders are the things
    if qty is None and unit is None and _collective_unit().match(phrase) and not _known_item(" ".join(_head_words(rest))):
        rest = rest.split(None, 1)[1]  # `puluhan botol minuman bersoda`: the unit counts the item, no number given; not
        # a unit word that begins a table item (`sejumlah plastik klip`)
    if _counterfeit().match(rest):
        return Evidence("uang palsu", qty, unit or ("lembar" if qty is not None else None))  # `uang pecahan Rp 100.000 palsu`
    if qty is not None and (counted := _no_item_named(qty, unit, rest))[0]:
        return counted[1]
    ws = _head_words(rest)
    rest = " ".join(ws)
    if not rest:
        return None
    info = _known_item(rest) or (vehicle_models().get(rest.lower()) if unit else None)  # `dua unit Avanza`
    if info is not None:
        if drugs_only and info[1] != "drug":
            return None
        return Evidence(info[0], qty, item_unit(info, unit))  # a bare count has no unit (`5 paspor`: 5, null)
    if drugs_only or not (strong or unit):
        return None
    return _free_item(ws, qty, unit, assets)


def _no_item_named(qty: float, unit: str | None, rest: str) -> tuple[bool, Evidence | None]:
    """(True, what it is) when a counted phrase names no item: `mengamankan 18 barang bukti` (a count of evidence, no
    item named); `450 dolar Amerika`, `1.200 ringgit` (an amount of money: a loss, no item; README: money seized is in
    losses; s24cas). (False, None) else."""
    if _EVIDENCE_COUNTED.fullmatch(rest):
        return True, Evidence("barang bukti", qty, None)
    return (True, None) if unit is None and _money_after().fullmatch(rest) else (False, None)


# `18 (buah) barang bukti`: a count of evidence, no item named
_EVIDENCE_COUNTED = re.compile(r"(?:buah\s+)?barang\s+bukti", re.IGNORECASE)
# a gloss in lowercase words in parentheses closing an item phrase (`gergaji mesin (chainsaw)`)
_GLOSS = re.compile(r"\s*\((?-i:[a-z][a-z -]*)\)\s*$")
# a doubled (plural) noun whose hyphen a text's tokenizing left spaced (`buku - buku`, `barang - barang`)
_SPACED_DOUBLE = re.compile(r"\b(\w+) - \1\b")


@cache
def _collective_unit() -> re.Pattern:
    """A count without a number (`puluhan`, `beberapa`: the `item_lead` rows of value count) and a unit after it, then
    a word: `puluhan botol minuman`."""
    counts = [w for w, v in words("item_lead").items() if v == "count"]
    return compiled(rf"(?:{trie_alternation(counts)})\s+(?:{trie_alternation(units())})\s+\w", re.IGNORECASE)


@cache
def _counterfeit() -> re.Pattern:
    """Counterfeit notes, rupiah or foreign (`uang pecahan Rp 100.000 palsu`, `dolar AS palsu`, `uang dolar AS palsu`):
    the currency words written after an amount (`data/currencies.tsv`) name notes too, alone or after `uang`."""
    currency = trie_alternation([w.lower() for w in currencies()[1]])
    return compiled(rf"(?:uang(?:\s+kertas)?(?:\s+(?:{currency}))?|{currency})\b(?:\s+kertas)?(?:\s+pecahan\s+(?:Rp\.?\s*)?[\d.,]+(?:\s*(?:ribu|juta))?)?\s+palsu\b",
                    re.IGNORECASE)


@cache
def _money_after() -> re.Pattern:
    """The currency words written after an amount (`data/currencies.tsv`: `dolar Amerika`, `ringgit`, `rupiah`), after
    `uang` or alone: what a count before them is, money (s24cas)."""
    currency = trie_alternation([w.lower() for w in currencies()[1]])
    return compiled(rf"(?:uang\s+)?(?:{currency})", re.IGNORECASE)


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z]{2,6})\)")
_ACRONYM_END = re.compile(r"\s*\((?P<acr>[A-Z]{2,6})\)(?=(?:\s+[A-Z]{1,2}\b)*[^\w(]*$)")  # `(SIM) A`: its classes


def acronym_item(sent: str, a: int, b: int, drugs_only: bool) -> Evidence | None:
    """`empat Surat Izin Mengemudi (SIM)`: a thing written by its full name in capitals and then its
    acronym is named by the acronym (`sim`), as the table names `ktp` or `stnk`."""
    phrase = sent[a:b]
    am = _ACRONYM_END.search(phrase) or _ACRONYM_AFTER.match(sent, b)
    if am is None or drugs_only:
        return None
    if am.string is phrase:
        phrase = phrase[:am.start()]
    qty, unit, rest = leading_quantity(phrase)
    ws = _head_words(rest)
    if len(ws) < 2 or not all(w[:1].isupper() for w in ws) or "".join(w[0] for w in ws).upper()[:1] != am.group("acr")[0]:
        return None  # not a name the acronym stands for
    info = lookup_item(am.group("acr"))
    item = info[0] if info else am.group("acr").lower()
    return Evidence(item, qty, unit)
