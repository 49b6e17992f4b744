"""Lists of seized items: where a list after a cue of seizure begins and where each item's head phrase
ends (`read_list`), and the sentences that are lines of a list set out over lines or numbers
(`list_lines`); the strong cues of seizure (`strong_cue`: barang bukti, disita ...) they start from. Their
words are the `list_word` rows of `data/incident_words.tsv`.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import compiled, parted_word_list, worded, words
from polsek_nlp.recognize.quantities import number_pattern, quantity_regex
from polsek_nlp.recognize.seized_items import is_verb, item_regex, leading_quantity, person_word


def _m(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """`pattern` with its `{part}`s the `list_word` words of `data/incident_words.tsv`, compiled once."""
    return worded("list_word", pattern, flags)


# what stands before the first item of a list (`barang bukti berupa`, `antara lain`, `sejumlah`)
_LIST_LEAD = r"(?:[\s:,]|\b{lead}\b)*"


@cache
def _item_end() -> re.Pattern:
    """Where a list item's head phrase ends: a separator (`sep`), a modifier after it (`mod`: `merk`,
    `berwarna` ...; the same lot said again in a measure, `or_measure` before an amount: `60 batang kayu atau sekitar 14
    meter kubik`) or a word that closes the list (`stop`): a preposition, a clause, a passive verb of
    seizure after the list (`... dan satu buah kunci kontak disita petugas`: the `evidence` rows in di-)."""
    seized = trie_alternation(w for w in words("evidence") if w.startswith("di") and " " not in w)
    return _m(r"(?P<sep>\s*(?<!\d),\s*{joiner}?\s*|\s*,(?!\d)\s*{joiner}?\s*|\s+{joiner}\s+|\s*;\s*)"
              r"|(?P<mod>\s+{item_mod}\b|\s+{or_measure}(?=\s+(?:[a-z]+\s+){0,2}\d))"
              rf"|(?P<stop>\s+(?:{{item_stop}}|{seized})\b"
              r"|\s*(?:\.(?!\d)|[\"“”?!]|\((?![a-z\s]+\)|\d+\))|(?<![a-z\d])\))|$)")  # `1.500`, `1 (satu)`, `dua (2)`


# a make and model after `berupa` (`satu unit mobil hasil kejahatan berupa Toyota Avanza`): the item before, named by
# its make, no kind of a list; two words written as names, or a name and a code of letters and digits (`Honda Beat`,
# `Samsung A10`); not an amount (`Rp 5 juta`)
_MAKE_AND_MODEL = re.compile(r"[A-Z][\w-]*\s+(?:[A-Z][\w-]*|[A-Z]+\d[\w-]*|\d+[A-Za-z][\w-]*)")


_NEXT_SEP = r"\s*(?:(?<!\d),|,(?!\d))\s*{joiner}?\s*|\s+{joiner}\s+|\.(?!\d)|;"  # not the dot of `3.200`


def list_opener() -> re.Pattern:
    """A word that opens a list after a cue of seizure (`yakni`, `antara lain`)."""
    return _m(r"\b{opener}\s*:?")


def strong_cue() -> re.Pattern:
    """A strong cue of seizure (`barang bukti`, `disita`)."""
    return _m(r"\b{strong}\b")


def read_list(sent: str, at: int) -> list[tuple[int, int]]:
    """The items of a list that starts at `at` (`1 unit Laptop merk Acer, 2 lembar KTP dan 16 KK`):
    (start, end) of each item's head phrase (modifiers after `merk`, `berwarna` ... left out)."""
    lead = _m(_LIST_LEAD).match(sent, at)
    pos = lead.end() if lead else at
    items: list[tuple[int, int]] = []
    while pos < len(sent):
        mark = _INLINE_MARK.match(sent, pos)  # `yaitu 1. satu unit mobil, 2. satu lembar BPKB`: a number, no item
        pos = mark.end() if mark else pos
        m = _head_end(sent, pos)
        end = m.start() if m else len(sent)
        if end > pos:
            items.append((pos, end))
        if m is None or m.group("stop") is not None:
            after = _after_relative(sent, m) or _after_place(sent, m) or _after_pointer(sent, m)
            if after is None:
                break
            pos = after
            continue
        if m.group("mod") is not None:  # skip the modifier, go on after the next separator
            nxt = _m(_NEXT_SEP, 0).search(sent, m.end())
            kind = _m(r"\b{opens}\b\s*:?\s*").search(sent, m.end(), nxt.start() if nxt else len(sent))
            if kind and items and not _MAKE_AND_MODEL.match(sent, kind.end()):
                # `aset milik tersangka berupa dua unit mobil, ...`: the phrase before names the items' kind, no item;
                items.pop()  # the list goes on after the opener
                pos = kind.end()
                continue
            if nxt is None or sent[nxt.start():nxt.end()].strip() in (".", ";"):
                break
            pos = nxt.end()
            if _m(r"\s+{brand}").fullmatch(m.group("mod")):
                pos = _past_makes(sent, pos)
        else:
            pos = max(m.end(), pos + 1)
        opener = list_opener().match(sent, pos)  # `sejumlah barang lain, yakni dua unit ...`: the items follow,
        if opener and items:  # the phrase before names their kind (`barang lain`, `dokumen kependudukan`), no item
            pos = opener.end() + len(sent[opener.end():]) - len(sent[opener.end():].lstrip())
            items.pop()
    return items


def _head_end(sent: str, pos: int) -> re.Match | None:
    """Where the head phrase of the list item at `pos` ends (`_item_end`); a modifier word right after a bare number
    is its counter (`25 jenis obat`: a count of kinds), no modifier; one that also heads a noun (`heads`: `sisa`)
    right after a quantity alone opens the item (`2 bungkus sisa ganja`)."""
    m = _item_end().search(sent, pos)
    while m is not None and m.group("mod") is not None and (_BARE_COUNT.fullmatch(sent, pos, m.start())
                                                            or _heads_after_amount(sent, pos, m)):
        m = _item_end().search(sent, m.end())
    return m


def _heads_after_amount(sent: str, pos: int, mod: re.Match) -> bool:
    """The modifier `mod` heads the noun after it (`heads` rows) and only an amount stands before it from `pos`."""
    qty, _unit, rest = leading_quantity(sent[pos:mod.start()])
    return qty is not None and not rest.strip() and "heads" in words("list_word").get(mod.group("mod").strip().lower(), "")


def _past_makes(sent: str, pos: int) -> int:
    """Where the list goes on after the makes named after a brand word (`tiga unit HP merek Oppo, Vivo dan Samsung,
    dua lembar KTP`): the parts from `pos` that are names only up to a separator or a word of a description after
    them (`Samsung milik tersangka`), and begin with a make of the `make` rows, no item of the table, are more makes of
    the item before, no items; any other name is a thing of its own (`TV merek Sony, Playstation`: s18fxe). The end of
    the sentence when the makes close it."""
    while pos < len(sent):
        nxt = _m(_NEXT_SEP, 0).search(sent, pos)
        end = nxt.start() if nxt else len(sent)
        said = _m(r"\s+(?:{item_mod}|{item_stop})\b").search(sent, pos, end)  # `Samsung milik tersangka`
        names = _NAMES_ONLY.fullmatch(sent, pos, said.start() if said else end)
        if not names or names.group().split()[0].lower() not in words("make") or item_regex().match(sent, pos):
            return pos
        if nxt is None or sent[nxt.start():nxt.end()].strip() in (".", ";"):
            return len(sent)
        pos = nxt.end()
    return pos


# a part of a list that is names only: `Vivo`, `Samsung Galaxy A10`
_NAMES_ONLY = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*")


def _after_relative(sent: str, stop: re.Match | None) -> int | None:
    """Where the list goes on after a relative clause of an item (`uang tunai Rp 1,2 miliar yang disimpan dalam
    dua kardus, sejumlah dokumen proyek, dan tiga unit telepon genggam`): after the clause's comma, when a count
    or a lead word begins what follows, or a table item right after a joiner (`baju yang dikenakan pelaku, serta
    sepeda motor ...`), and a joiner closes the list further on or opens it (`..., dan 3,5 gram
    emas`: the last item); None when the list ends there."""
    if stop is None or not _m(r"\s+(?:{relative}|{describes})").fullmatch(stop.group("stop")):
        return None  # `yang ...`, `sebagai bahan bom`, `dari berbagai bank`: a clause or phrase of the item, then its comma
    sep = _CLAUSE_END.search(sent, stop.end())
    along = _along_in_clause(sent, stop.end(), sep.start() if sep else len(sent))
    if along is None:
        along = _counted_in_clause(sent, stop.end(), sep.start() if sep else len(sent))
    if along is not None:
        return along
    if sep is None or sep.group(0) != ",":
        return None
    after = sep.end() + len(sent[sep.end():]) - len(sent[sep.end():].lstrip())
    last = _m(r"{joiner}\s+").match(sent, after)
    if last:
        after = last.end()  # `... yang mengandung emas, dan 3,5 gram emas`: the list's last item
    elif not _m(r"[^.;]*\s{joiner}\s").match(sent, after):
        return None
    starts = quantity_regex().match(sent, after) or _m(r"{lead}\b").match(sent, after) \
        or compiled(rf"(?:{number_pattern()})\s", re.IGNORECASE).match(sent, after) \
        or last and item_regex().match(sent, after) and not _own_clause(sent, after)  # `..., serta sepeda motor
    # Honda Vario`: the last item, named by the table
    return after if starts else None


def _along_in_clause(sent: str, at: int, end: int) -> int | None:
    """`truk yang menabrak pengendara motor itu beserta SIM dan STNK milik sopirnya`: a word of company (`along` rows of
    `seizure_context`) in the relative clause of a listed item, a table item (after its count) right after it: the list
    goes on after that word; None when the clause (`at`-`end`) holds none."""
    for m in _ALONG.finditer(sent, at, end):
        _qty, _unit, rest = leading_quantity(sent[m.end():end])
        if item_regex().match(rest):
            return m.end()
    return None


_ALONG = worded("seizure_context", r"\s(?:{along})\s+", re.IGNORECASE)


def _after_pointer(sent: str, stop: re.Match | None) -> int | None:
    """`bus tersebut beserta buku KIR dan SIM milik sopir`: an item pointed back at (`pointer` rows of `list_word`:
    `tersebut`, `itu`) and a joiner right after it: the list goes on after the joiner when what follows has no clause
    of its own and is a table item after its count (`motor itu serta dua unit telepon genggam`), or any thing after a
    word of company (`along` rows of `seizure_context`: `beserta`, `berikut`); None when the list ends there
    (`truk tersebut dan menahan sopirnya`; s27r14)."""
    if stop is None or not _m(r"\s+{pointer}").fullmatch(stop.group("stop")):
        return None
    joined = _m(r"\s*,?\s*{joiner}\s+").match(sent, stop.end())
    if joined is None or _own_clause(sent, joined.end()):
        return None
    _qty, _unit, rest = leading_quantity(sent[joined.end():])
    along = _ALONG.fullmatch(" " + joined.group(0).strip(" ,") + " ") is not None
    return joined.end() if along and not _persons_after(rest) or item_regex().match(rest) else None


def _persons_after(rest: str) -> bool:
    """`beserta pengendaranya`, `bersama dua pelaku`, `beserta istri pelaku`, `beserta Budi (25)`: people go with the
    item, no thing (`seized_items.person_word`'s rows and the `relation` rows, the first word without its `-nya`; a
    name with its age: review s27rvD)."""
    first = re.match(r"[a-z]+", rest.lower())
    head = first.group(0).removesuffix("nya") if first else ""
    return _NAME_AGED.match(rest) is not None or person_word(head) or head in words("relation")


_NAME_AGED = re.compile(r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*\(\d{1,2}(?:\s*tahun)?\)")  # `Budi Santoso (25)`


def _counted_in_clause(sent: str, at: int, end: int) -> int | None:
    """`3 ekor burung yang diawetkan dan 2 lembar kulit ular`: a joiner in the relative clause of a listed item with a
    count in a unit right after it (a thing counted, no clause of its own) goes on with the list: where the counted
    item starts; None when the clause (`at`-`end`) holds none."""
    for m in _JOINED.finditer(sent, at, end):
        if quantity_regex().match(sent, m.end()) and not _own_clause(sent, m.end()):
            return m.end()
    return None


_JOINED = worded("list_word", r"\s{joiner}\s+", re.IGNORECASE)


def _own_clause(sent: str, at: int) -> bool:
    """What follows `at` up to the next separator has a predicate of its own outside a relative clause, a verb (`dan
    sepeda motor korban dibawa ke bengkel`) or a `predicate` word (`dan mobil korban rusak berat`, `masih dalam
    pencarian`): a new clause, not the list's last item (`serta sepeda motor yang dipakai kabur`)."""
    end = _CLAUSE_END.search(sent, at)
    head = _m(r"\b{relative}\b").split(sent[at:end.start() if end else len(sent)], maxsplit=1)[0]
    return any(is_verb(w) or w in _predicates() for w in re.findall(r"[a-z]+", head.lower()))


@cache
def _predicates() -> frozenset[str]:
    """The `list_word` rows read `predicate`: words that say something of the noun before them."""
    return frozenset(parted_word_list("list_word", ("predicate",)))


# `satu unit rumah di Kota Tomohon, perhiasan emas ...`: where an item of a list stands, a name after `di`
_PLACE_SET_OUT = re.compile(r"\s+di\s+(?:[A-Z][\w.-]*\s*){1,4},\s*")


def _after_place(sent: str, stop: re.Match | None) -> int | None:
    """Where the list goes on after the place an item stands in, set out by its name between `di` and a comma
    (`dua unit rumah di Kota Tomohon, tiga bidang tanah di Desa Sukamaju, dan satu unit mobil`): after the comma,
    when a joiner further on in the sentence closes the list; None when the list ends there."""
    if stop is None:
        return None
    pm = _PLACE_SET_OUT.match(sent, stop.start())
    if pm is None or not _m(r"[^.;]*?\s{joiner}\s").match(sent, pm.end()):
        return None
    return pm.end()


# a number alone (`25`, `dua puluh`): what follows it is its counter and item
_BARE_COUNT = compiled(rf"(?:{number_pattern()})", re.IGNORECASE)
# the number or letter of an item of a list written in one sentence (`1. satu unit mobil, 2. ...`, `a) ...`); a
# thousands mark has no space after its dot (`1.500 butir`)
_INLINE_MARK = re.compile(r"(?:\d{1,2}|[a-e])\s*[.)]\s+")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[.;](?!\d)")
# the end of a sentence before a list set out over lines (`Barang bukti yang diamankan yakni:`)
_OPENS_LIST = r"(?::|\b{opens})\s*:?\s*(?:\d{1,2}\s*[.)])?\s*$"  # `yakni 1.`, `yaitu: 1.`
ITEM_MARK = re.compile(r"^\s*(?:[-•*·]|\d{1,2}\s*[.)]|[a-e]\s*[.)])\s*")
_ENDS_ITEM = re.compile(r",?\s*\d{1,2}\s*[.)]\s*$")


def list_lines(text: str, sents: list[tuple[int, int]]) -> set[int]:
    """The sentences that are items of a seized list set out over lines or numbers (`Barang bukti yang
    diamankan:` then `- 5 paket sabu`, or `yaitu 1. Lima paket sabu, 2. Satu unit ...`), or the list that
    opens the sentence after one naming the evidence (`... sejumlah barang bukti. Antara lain ...`)."""
    out: set[int] = set()
    open_list = False
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1].strip()
        if open_list and (ITEM_MARK.match(sent) or _ENDS_ITEM.search(text[sents[k - 1][0]:sents[k - 1][1]])):
            out.add(k)
            continue
        if open_list and list_opener().match(sent):  # `... sejumlah barang bukti. Di antaranya 2 unit ponsel, ...`
            out.add(k)
            continue
        open_list = bool(strong_cue().search(sent) and (_m(_OPENS_LIST).search(sent) or _m(_NAMES_EVIDENCE).search(sent)))
    return out


# a sentence that names the evidence without listing it: its list may open the next sentence (`Polisi mengamankan
# sejumlah barang bukti. Di antaranya ...`)
_NAMES_EVIDENCE = r"\b{names}\W*$"


# the word between a class noun and its members (`perhiasan emas berupa kalung ...`, `... yang terdiri atas 14
# gelang ...`), and the same with the space before the first member
_MEMBERS_WORD = r"\s+(?:yang\s+)?(?:{members})"
_MEMBERS_OPEN = _MEMBERS_WORD + r"\s+"


def _class_of(phrase: str) -> tuple[str | None, bool]:
    """The class a list item's phrase names (`lot_member` values: `perhiasan emas` -> perhiasan) or the class whose
    member it is (`cincin`, `5 gelang`), and whether the phrase is counted; None when it is neither."""
    qty, _, rest = leading_quantity(phrase)
    head = rest.split()[0].lower() if rest.split() else ""
    members = words("lot_member")
    cls = head if head in set(members.values()) else members.get(head)
    return cls, qty is not None


def fold_members(sent: str, items: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """A class noun followed by its members (`lot_member` rows) is one lot, the class kept (gold 126: `perhiasan emas
    berupa kalung, cincin dan gelang seberat 92 gram` -> `perhiasan emas` 92 g; 362: `perhiasan emas palsu seberat
    312,5 gram yang terdiri atas 14 gelang dan 6 kalung` -> the class alone): the members are no items when they are
    uncounted or the class has its own measure before them. The items left, and for each folded class the end of its
    members, where a measure said after them is the lot's."""
    out: list[tuple[int, int]] = []
    ends: dict[int, int] = {}
    k = 0
    while k < len(items):
        a, b = items[k]
        k += 1
        cls, _ = _class_of(sent[a:b])
        nxt = items[k][0] if k < len(items) else len(sent)
        opener = _m(_MEMBERS_OPEN).search(sent, a, nxt)
        if cls is None or opener is None or _class_of(sent[a:min(b, opener.start())])[0] != cls:
            out.append((a, b))
            continue
        inner = sent[opener.end():b] if opener.end() < b else ""
        lot = [(inner, _class_of(inner))] if inner else []
        j = k
        while j < len(items) and _class_of(sent[items[j][0]:items[j][1]])[0] == cls:
            lot.append((sent[items[j][0]:items[j][1]], _class_of(sent[items[j][0]:items[j][1]])))
            j += 1
        measured = opener.start() > b
        if not lot or not (measured or all(not counted for _, (_, counted) in lot)):
            out.append((a, b))
            continue
        out.append((a, min(b, opener.start())))
        ends[a] = items[j - 1][1] if j > k else b
        k = j
    return out, ends


def class_before(sent: str, at: int) -> tuple[int, int] | None:
    """The class phrase right before a list that opens with a `members` word at `at` (`2. perhiasan emas berupa`),
    back to a separator or a number mark; None when no class noun of `lot_member` heads it."""
    m = _m(r"(?P<ph>[^;:,.]*?)" + _MEMBERS_WORD + r"\s*$").search(sent[:at])
    if m is None or not m.group("ph").strip():
        return None
    a = m.start("ph") + len(m.group("ph")) - len(m.group("ph").lstrip())
    return (a, m.end("ph")) if _class_of(m.group("ph").strip())[0] in set(words("lot_member").values()) else None
