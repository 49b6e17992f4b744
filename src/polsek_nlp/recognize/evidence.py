"""Money amounts of a case (losses) and seized items (evidence), read sentence by sentence.

- money: every amount (`quantities.find_money`) whose sentence ties it to the case by a cue before it
  (`data/loss_kinds.tsv`: kerugian, suap, barang bukti ...); the fine range of a penalty clause
  (`denda paling banyak Rp 10 miliar`) is a threat, not a loss;
- evidence: a quantity and an item (`1,2 kilogram sabu`, `sabu seberat 6.521 gram`), the list after a
  cue of seizure (`barang bukti berupa ...`, `Disita berupa ...`), drugs in their packs (`paket sabu`);
  items from `data/evidence_items.tsv`, other items as plain noun phrases; one entry per item.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.lexicon import name_stopwords
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.lang.stemming import stem_word
from polsek_nlp.recognize.incident_words import (
    OTHER_TIME,
    compiled,
    longest_first,
    report_regex,
    word_regex,
    word_tuple,
    words,
)
from polsek_nlp.recognize.quantities import (
    as_number,
    currencies,
    find_money,
    find_quantities,
    number_pattern,
    number_words,
    parse_number,
    quantity_regex,
    scale_pattern,
    units,
)
from polsek_nlp.record.types import Evidence, Loss


@cache
def _loss_kinds() -> list[tuple[re.Pattern, str, bool]]:
    rows = read_table("loss_kinds.tsv")
    return [(re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, split_cell(r['cues'])))})(?!\w)", re.IGNORECASE),
             r["kind"], r["weak"] == "yes") for r in rows]


_THREAT = re.compile(r"\bdenda\b[^.]*?\b(?:paling|maksimal|minimal|maksimum|minimum|sedikit|banyak|hingga|sampai)\b"
                     r"|\b(?:ancaman|diancam|terancam|menuntut|dituntut|tuntutan)\b[^.]*?\bdenda\b", re.IGNORECASE)  # a demand: not imposed
_VAGUE_BEFORE = re.compile(r"(?:anggaran|apbd|apbn|gaji|upah|pagu|target)\W+(?:\w+\W+){0,3}$"
                           r"|(?<!uang )\b(?-i:proyek|pembangunan|peningkatan|rekonstruksi|pengadaan|pekerjaan)\W+"  # not a title's word
                           r"(?:[\w-]+\W+){0,12}?(?:senilai|sebesar|bernilai|dengan\s+nilai)\W+$", re.IGNORECASE)
_OTHER_CASE = re.compile(r"\b(?:kasus|perkara)\s+(?:lain|lainnya|berbeda|serupa|sebelumnya)\b", re.IGNORECASE)
# money claimed or promised, not lost: `berpura-pura memiliki uang ... USD 10 juta`, `iming-iming keuntungan Rp 5 juta`
_CLAIMED = re.compile(r"\b(?:(?:berpura-pura|mengaku|mengakui|mengklaim|seolah-olah)\s+(?:\w+\s+){0,2}?(?:memiliki|mempunyai|punya)|"
                      r"iming-iming|dijanjikan|menjanjikan|dalih|berdalih)\b(?P<gap>(?:\W+[\w-]+){0,12}?)\W+$", re.IGNORECASE)


def _loss_kind(sent: str, at: int) -> str | None:
    """The kind of the nearest cue before `at` that ties an amount to the case (`kerugian`, `suap`); a
    weak cue up to two words after a strong one says only how much (`suap senilai`, `dugaan suap
    proyek itu senilai`): the strong one's kind."""
    kind, best, strong, strong_end = None, -1, None, -1
    for pat, k, weak in _loss_kinds():
        if weak and not report_regex().search(sent):
            continue  # `seharga`, `biaya`: a case's money only in a sentence of the case
        for cm in pat.finditer(sent):
            if cm.start() < at and cm.start() > best:
                best, kind = cm.start(), k
            if not weak and strong_end < cm.end() <= at:
                strong, strong_end = k, cm.end()
    if kind in _weak_kinds() and strong and strong_end <= best \
            and re.fullmatch(r"\W*(?:[\w-]+\W+){0,2}", sent[strong_end:best]):
        return strong
    return kind


# the face value of the notes (`uang Rp 500 juta dalam pecahan Rp 100 ribu`): no amount of the case
_FACE_VALUE = re.compile(r"\bpecahan\s+$", re.IGNORECASE)
_NOTES_OF = re.compile(r"\s*(?:ribu|juta)an\b", re.IGNORECASE)  # `Rp 50 ribuan`: notes of fifty thousand

# what the money was for, after it: `Rp 2 miliar untuk pembayaran fee proyek`, `Rp 40 juta sebagai uang tebusan`
_PURPOSE = re.compile(r"\s*,?\s*(?:untuk|sebagai)\s+", re.IGNORECASE)


def _loss_kind_for(sent: str, end: int) -> str | None:
    """The kind of a strong cue that begins one of the three words after `untuk`/`sebagai`: what the
    amount was for."""
    m = _PURPOSE.match(sent, end)
    if m is None:
        return None
    for w in list(re.finditer(r"[\w-]+", sent[m.end():m.end() + 60]))[:3]:
        for pat, kind, weak in _loss_kinds():
            if not weak and pat.match(sent, m.end() + w.start()):
                return kind
    return None


def _loss_kind_after(sent: str, end: int) -> str | None:
    """The kind of a cue in a relative clause right after the amount (`Rp 1,9 miliar yang diserahkan`,
    `Rp 50 juta yang disita`, `Rp 10 juta milik korban dibawa lari`, `Rp 1 miliar itu diduga merupakan
    suap`) or of what it was for (`untuk pembayaran fee`), when none stands before it."""
    purpose = _loss_kind_for(sent, end)
    if purpose:
        return purpose
    after = re.match(r"\s*(?:milik\s+[\w-]+\s+)?(?:(?:itu|tersebut)\s+)?(?:yang\s+)?"
                     r"(?:(?:sudah|telah|sempat|kemudian|lalu|justru|malah|pun|akhirnya|diduga|disebut|merupakan|adalah)\s+)*"
                     r"(?P<w>[\w-]+)",
                     sent[end:end + 40])
    if after is None:
        return None
    at = end + after.start("w")
    for pat, kind, weak in _loss_kinds():
        if not weak and pat.fullmatch(after.group("w")):
            return kind
        cm = pat.match(sent, at) if weak else None
        if cm and " " in cm.group(0) and report_regex().search(sent):
            return kind  # a cue of several words (`dibawa kabur`) in a sentence of the case
    return None


def _not_a_loss(before: str) -> bool:
    """The text before an amount says it is the fine range of a penalty clause (a threat), a budget, a
    project's value, money claimed or promised, or money of another case."""
    threat = _THREAT.search(before)
    if threat and not re.search(r"\b(?:didenda|dijatuhi|membayar denda)\b", before, re.IGNORECASE):
        return True  # the fine range of a penalty clause is a threat, not a loss
    if _OTHER_CASE.search(before):
        return True  # `kerugian negara pada kasus lain mencapai Rp 10 miliar`
    claimed = _CLAIMED.search(before[-160:])
    if claimed and not _TURN.search(claimed.group("gap")) \
            and not any(not weak and pat.search(claimed.group("gap")) for pat, _, weak in _loss_kinds()):
        return True  # no act of the case between the claim and the amount (`... lalu menyetor Rp 50 juta`)
    return _VAGUE_BEFORE.search(before) is not None


# a turn of the sentence after a claim: what follows is what happened (`dijanjikan untung Rp 10 juta, namun
# uangnya sebesar Rp 250 juta dibawa kabur`)
_TURN = re.compile(r"\b(?:namun|tetapi|tapi|padahal|nyatanya|ternyata)\b", re.IGNORECASE)


@cache
def _per_unit() -> re.Pattern:
    """An amount per unit of a quantity (`per gram`, `/kg`, `per lembar saham`: the units of
    `incident_units.tsv`) is a price or a rate whatever its cue (`kerugian $6,98 per lembar saham`)."""
    return re.compile(rf"\s*(?:per\s+|/\s*)(?:{trie_alternation(units())})(?![\w-])", re.IGNORECASE)


@cache
def _weak_kinds() -> frozenset[str]:
    """The kinds of money whose cues are everyday words (a price, a fee, a value): per unit, a rate."""
    return frozenset(k for _, k, weak in _loss_kinds() if weak)


# an amount per thing, time or trip is a rate (a price, a wage), not money of the case; an extortion or a
# bribe per week is still the case's money
_RATE = re.compile(r"\s*(?:(?:per|setiap|tiap|sekali)\s+|/\s*)[a-z]", re.IGNORECASE)

_CONVERTED = re.compile(r"\s*[(,]?\s*(?:atau\s+)?(?:setara(?:\s+dengan)?\s+|sekitar\s+|senilai\s+|kurang\s+lebih\s+)?",
                        re.IGNORECASE)


@cache
def _range_regexes() -> tuple[re.Pattern, re.Pattern]:
    """The text after the first end of a range of money and before its second (`Rp 5-10 juta`, `Rp 10
    juta hingga Rp 15 juta`, `20 sampai 30 juta rupiah`)."""
    to = r"\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s/d)\s*"
    cur = longest_first(currencies()[0])
    return (re.compile(rf"{to}(?:(?:{cur})\s*)?\d", re.IGNORECASE),
            re.compile(rf"(?:\d|\b(?:{scale_pattern()}))\s*(?:rupiah\s*)?{to}$", re.IGNORECASE))


def _in_range(sent: str, start: int, end: int) -> bool:
    """An amount that is one end of a range: the gold lists no range (no one amount is stated)."""
    after, before = _range_regexes()
    return after.match(sent, end) is not None or before.search(sent[max(0, start - 40):start]) is not None


# the next item of a list of projects or budgets: `jalan A senilai Rp 30 miliar dan peningkatan jalan B Rp 70 miliar`
_NEXT_OF_LIST = re.compile(r"\s*,?\s*(?:dan|serta)\s[^.;]{0,80}", re.IGNORECASE)


def _next_of_vague(sent: str, prev, m) -> bool:
    """`m` is the next item after `prev`, a project's value or a budget, with no cue of the case between."""
    gap = sent[prev.end:m.start]
    return (_NEXT_OF_LIST.fullmatch(gap) is not None
            and not any(not weak and pat.search(gap) for pat, _, weak in _loss_kinds()))


def find_losses(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, Loss]]:
    out: list[tuple[int, int, Loss]] = []
    seen: set[tuple[int, str]] = set()
    listed = _list_lines(text, sents) if _STRONG_CUE.search(text) else set()
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1]
        prev, vague = None, False
        for m in find_money(sent):
            converted = prev is not None and prev.currency != m.currency and _CONVERTED.fullmatch(sent[prev.end:m.start])
            vague = _VAGUE_BEFORE.search(sent[:m.start]) is not None or vague and _next_of_vague(sent, prev, m)
            prev = m
            if converted or vague or _not_a_loss(sent[:m.start]) or _in_range(sent, m.start, m.end) \
                    or _FACE_VALUE.search(sent, max(0, m.start - 12), m.start) or _NOTES_OF.match(sent, m.end):
                continue  # `US$ 100 ribu atau Rp 1 miliar`: the same money in rupiah
            kind = _loss_kind(sent, m.start) or _loss_kind_after(sent, m.end) or ("barang bukti" if k in listed else None)
            if kind is None or kind in _weak_kinds() and _RATE.match(sent, m.end) or _per_unit().match(sent, m.end):
                continue  # an amount no cue ties to the case (a budget, a price, a salary); a price per gram
            if (m.amount, m.currency) in seen:
                continue
            seen.add((m.amount, m.currency))
            out.append((s0 + m.start, s0 + m.end, Loss(amount=m.amount, currency=m.currency, kind=kind)))
    return out


# --- evidence ------------------------------------------------------------------------------------

@cache
def evidence_items() -> dict[str, tuple[str, str, str]]:
    """phrase -> (item, kind, unit) of `data/evidence_items.tsv`."""
    return {r["phrase"]: (r["item"], r["kind"], r["unit"]) for r in read_table("evidence_items.tsv")}


@cache
def _item_regex() -> re.Pattern:
    alts = trie_alternation(evidence_items()).replace(r"\ ", r"[\s-]+")  # a trie: one pass, not one try per item
    return re.compile(rf"(?<![\w-])(?P<item>{alts})(?:nya)?(?![\w-])", re.IGNORECASE)  # `alat hisapnya`


def _lookup(written: str) -> tuple[str, str, str] | None:
    key = written.lower()
    table = evidence_items()
    if key in table:
        return table[key]
    key2 = re.sub(r"[\s-]+", " ", key)
    return table.get(key2) or table.get(key2.replace(" ", "-"))


_LIST_LEAD = re.compile(r"(?:[\s:,]|\b(?:barang\s+bukti|bb|berupa|yakni|yaitu|antara\s+lain|di\s*antaranya|sejumlah|"
                        r"beberapa|pula|juga|narkoba|narkotika|jenis|sebagai|lain)\b)*", re.IGNORECASE)


@cache
def _item_end() -> re.Pattern:
    """Where a list item's head phrase ends: a separator (`sep`), a modifier after it (`mod`: `merk`,
    `berwarna` ...) or a word that closes the list (`stop`): a preposition, a clause, a passive verb of
    seizure after the list (`... dan satu buah kunci kontak disita petugas`: the `evidence` rows in di-)."""
    seized = trie_alternation(w for w in words("evidence") if w.startswith("di") and " " not in w)
    return re.compile(
        r"(?P<sep>\s*(?<!\d),\s*(?:dan|serta|beserta|termasuk)?\s*|\s*,(?!\d)\s*(?:dan|serta|beserta|termasuk)?\s*"
        r"|\s+(?:dan|serta|beserta|termasuk)\s+|\s*;\s*)"
        r"|(?P<mod>\s+(?:merk|merek|berwarna|berbentuk|seharga|senilai|sebanyak|seberat|berat|dengan\s+berat|"
        r"lainnya|milik|pemohon|berisi|ukuran|bertuliskan|jenis|hasil|siap|asal|tanpa|bernopol|bernomor|nopol|kaliber|"
        r"buatan|produksi|bermerek|tipe)\b)"
        r"|(?P<stop>\s+(?:yang|untuk|dari|di|ke|saat|ketika|kepada|dengan|dalam|pada|sebagai|tersebut|itu|ini|"
        rf"oleh|guna|hingga|sampai|karena|sedangkan|sementara|{seized})\b|\s*(?:\.(?!\d)|[\"“”?!]|\((?![a-z\s]+\))|(?<![a-z])\))|$)", re.IGNORECASE)  # `1.500`, `1 (satu)`


_NEXT_SEP = re.compile(r"\s*(?:(?<!\d),|,(?!\d))\s*(?:dan|serta|beserta|termasuk)?\s*|\s+(?:dan|serta|beserta|termasuk)\s+|[.;]")
_LIST_OPENER = re.compile(r"\b(?:yakni|yaitu|antara\s+lain|di\s*antaranya)\s*:?", re.IGNORECASE)
_STRONG_CUE = re.compile(r"\b(?:barang\s+bukti|bb|disita|menyita|penyitaan|sitaan)\b", re.IGNORECASE)
# what a search, a raid or an arrest finds is seized (`Dalam penggeledahan itu, petugas menemukan ...`, `Saat
# penangkapan ditemukan ...`), not what is searched (`menggeledah kantor`)
_FOUND_IN_SEARCH = re.compile(r"\b(?:penggeledahan|menggeledah|digeledah|penggerebekan|menggerebek|digerebek|penangkapan)\b"
                              r".*\b(?:menemukan|ditemukan|mendapati|didapati)\b",
                              re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|gagal)\s+(?:(?:bisa|dapat|akan|pernah|jadi)\s+)?(?:di|me|meny)?\w*\s*$",
                      re.IGNORECASE)
_AS_EVIDENCE = re.compile(r"\b(?:sebagai|dijadikan|menjadi)\s+barang\s+bukti\b", re.IGNORECASE)
_LIKENESS = re.compile(r"\b(?:menyerupai|mirip|serupa|diduga(?:\s+berisi)?)\s+$", re.IGNORECASE)  # `sumbu menyerupai bom`
_UNCERTAIN = re.compile(r"\b(?:apakah|akan\s+(?:digunakan|dijadikan)\s+sebagai\s+barang\s+bukti)\b", re.IGNORECASE)


@cache
def _not_held() -> re.Pattern:
    """A word of intent or habit (`not_held` rows): a drug amount after it with no word of seizure in the
    sentence was planned or dealt over time (`berencana menyelundupkan 10 kg sabu`), not seized."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words('not_held'))})(?![\w-])", re.IGNORECASE)


@cache
def _sizes() -> str:
    """The size words between a count and its item (`3 paket kecil sabu`), as a regex alternation."""
    return "|".join(map(re.escape, words("item_size")))


def _specific(sent: str, end: int, info: tuple[str, str, str]) -> tuple[int, tuple[str, str, str]]:
    """`sebilah senjata tajam jenis parang`: the specific weapon named after a general one."""
    if info[0] != "senjata tajam":
        return end, info
    m = re.match(r"\s+(?:jenis|berupa|yakni)\s+", sent[end:])
    im = _item_regex().match(sent, end + m.end()) if m else None
    sub = _lookup(im.group("item")) if im else None
    return (im.end(), sub) if im and sub and sub[1] == info[1] else (end, info)


def _item_unit(info: tuple[str, str, str], unit: str | None) -> str | None:
    """A thing counted by `buah` whose table unit is `unit` or `pucuk` (vehicles, devices, firearms) is
    counted in units (gold/incidents/README.md: `unit` for guns counted as unit/buah/pucuk)."""
    return "unit" if unit == "buah" and info[2] in ("unit", "pucuk") else unit


def _read_list(sent: str, at: int) -> list[tuple[int, int]]:
    """The items of a list that starts at `at` (`1 unit Laptop merk Acer, 2 lembar KTP dan 16 KK`):
    (start, end) of each item's head phrase (modifiers after `merk`, `berwarna` ... left out)."""
    lead = _LIST_LEAD.match(sent, at)
    pos = lead.end() if lead else at
    items: list[tuple[int, int]] = []
    while pos < len(sent):
        m = _item_end().search(sent, pos)
        end = m.start() if m else len(sent)
        if end > pos:
            items.append((pos, end))
        if m is None or m.group("stop") is not None:
            break
        if m.group("mod") is not None:  # skip the modifier, go on after the next separator
            nxt = _NEXT_SEP.search(sent, m.end())
            if nxt is None or sent[nxt.start():nxt.end()].strip() in (".", ";"):
                break
            pos = nxt.end()
            continue
        pos = max(m.end(), pos + 1)
    return items


def _leading_quantity(phrase: str) -> tuple[int | float | None, str | None, str]:
    """The quantity an item phrase begins with (`2 lembar`, `3`), its unit, and the rest of the phrase."""
    qty: int | float | None = None
    unit: str | None = None
    ws = phrase.split()
    while ws and ws[0].lower() in words("item_lead") and parse_number(ws[0]) is None:
        ws = ws[1:]  # `hampir 50 senjata api`, `membawa 5 gram sabu`; `sebuah` is a count
    rest = " ".join(ws)
    q = quantity_regex().match(rest)
    if q:
        got = find_quantities(rest[:q.end()])
        if got:
            qty, unit = got[0].value, got[0].unit
        return qty, unit, rest[q.end():].strip()
    n = compiled(rf"(?P<num>{number_pattern()})\s+", re.IGNORECASE).match(rest)
    if n:
        value = parse_number(n.group("num"))
        if value is not None:
            qty = as_number(value)
            rest = rest[n.end():]
    return qty, unit, rest


def _head_words(rest: str) -> list[str]:
    """The words of an item phrase from its head on: lead words (`juga`, `sejumlah`) left out, and
    general heads (`alat`, `jenis`) too unless the item is written with them (`alat hisap`)."""
    ws = rest.split()
    while ws and ws[0].lower() in words("item_lead"):
        ws = ws[1:]
    im = _item_regex().match(" ".join(ws))  # as written first: `alat hisap`, `pil koplo`
    if im is None:
        while ws and ws[0].lower() in words("generic_head"):
            ws = ws[1:]
        if len(ws) > 1 and ws[0].lower() in units() and _known_item(" ".join(ws[1:])):
            ws = ws[1:]  # `ratusan butir peluru`: a unit with no number before a known item
    return ws


def _known_item(rest: str) -> tuple[str, str, str] | None:
    """(item, kind, unit) of the table item that makes up the phrase `rest`, if one does."""
    im = _item_regex().match(rest)
    if im and (im.end() == len(rest) or not rest[im.end()].isalpha()):
        return _lookup(im.group("item"))
    return None


def _free_item(ws: list[str], qty: int | float | None, unit: str | None) -> Evidence | None:
    """An item the table does not know, as a plain noun phrase of up to four lowercase words."""
    free = []
    for k, w in enumerate(ws):
        if k and (w[:1].isupper() or w[:1].isdigit()):
            break  # a name, or a size after the item (`tabung gas elpiji 3 kg`)
        free.append(w.lower())
    free = [re.sub(r"^(\w+)-\1$", r"\1", w) for w in free]  # `buku-buku jihad`: one item, singular
    while len(free) > 1 and free[-1] in words("item_trail"):
        free.pop()  # `bawang bombay ilegal`: the item, not its status
    if free and free[0] in number_words():
        return None  # the rest of an amount (`juta`), not a thing
    if ws and ws[0].isupper() and len(ws[0]) > 1:
        return None  # an acronym the table does not know (an institution, not a thing)
    if not free or len(free) > 4 or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in free) or len(" ".join(free)) < 3:
        return None  # not a noun phrase, or a lone letter (`SIM A dan C`)
    if free[-1] in words("not_item") or free[0] in words("not_item") and not (unit and len(free) > 1):
        return None  # `dua alat bukti`, `korban`; a thing counted in a unit is one: `dua lembar bukti transfer`
    if qty is None and re.fullmatch(r"(?:pe|per|ke)\w+an", free[0]) and free[0] not in words("thing_noun"):
        return None  # an act (`pencurian`), not a thing; a counted one is a thing (`8 perusahaan`)
    stop = name_stopwords()
    if any(w in stop and w not in words("not_item") or _is_verb(w) for w in free):
        return None  # a clause, not a noun phrase: `jika tidak ditahan`, `dalam palka`
    return Evidence(" ".join(free), qty, unit)


def _is_verb(word: str) -> bool:
    """A longer word with a verb-forming prefix that the stemmer takes off (`diselundupkan`, `menyimpan`);
    a noun that only begins like one keeps its stem (`meranti`, `menara`, `mentega`)."""
    return len(word) > 5 and word.startswith(word_tuple("verb_prefix")) and stem_word(word) != word


def _list_item(phrase: str, strong: bool, drugs_only: bool) -> Evidence | None:
    """One list item as evidence: `2 lembar KTP` -> ktp 2 lembar; `seragam polisi`; `8 perusahaan`."""
    qty, unit, rest = _leading_quantity(phrase)
    if re.match(r"uang\b(?:\s+kertas)?(?:\s+pecahan\s+(?:Rp\.?\s*)?[\d.,]+(?:\s*(?:ribu|juta))?)?\s+palsu\b", rest, re.IGNORECASE):
        return Evidence("uang palsu", qty, unit or ("lembar" if qty is not None else None))  # `uang pecahan Rp 100.000 palsu`
    if qty is not None and re.fullmatch(r"(?:buah\s+)?barang\s+bukti", rest, re.IGNORECASE):
        return Evidence("barang bukti", qty, None)  # `mengamankan 18 barang bukti`: a count, no item named
    ws = _head_words(rest)
    rest = " ".join(ws)
    if not rest:
        return None
    info = _known_item(rest)
    if info is not None:
        if drugs_only and info[1] != "drug":
            return None
        if qty is not None and unit is None:
            unit = info[2] or None
        return Evidence(info[0], qty, _item_unit(info, unit))
    if drugs_only or not (strong or unit):
        return None
    return _free_item(ws, qty, unit)


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z]{2,6})\)")
_ACRONYM_END = re.compile(r"\s*\((?P<acr>[A-Z]{2,6})\)(?=(?:\s+[A-Z]{1,2}\b)*[^\w(]*$)")  # `(SIM) A`: its classes


def _acronym_item(sent: str, a: int, b: int, drugs_only: bool) -> Evidence | None:
    """`empat Surat Izin Mengemudi (SIM)`: a thing written by its full name in capitals and then its
    acronym is named by the acronym (`sim`), as the table names `ktp` or `stnk`."""
    phrase = sent[a:b]
    am = _ACRONYM_END.search(phrase) or _ACRONYM_AFTER.match(sent, b)
    if am is None or drugs_only:
        return None
    if am.string is phrase:
        phrase = phrase[:am.start()]
    qty, unit, rest = _leading_quantity(phrase)
    ws = _head_words(rest)
    if len(ws) < 2 or not all(w[:1].isupper() for w in ws) or "".join(w[0] for w in ws).upper()[:1] != am.group("acr")[0]:
        return None  # not a name the acronym stands for
    info = _lookup(am.group("acr"))
    item = info[0] if info else am.group("acr").lower()
    return Evidence(item, qty, unit or (info[2] or None if info and qty is not None else None))


class _SentenceEvidence:
    """The evidence one sentence names: its table items, the spans already read (`used`) and what
    was found, in sentence offsets."""

    def __init__(self, sent: str, has_cue: bool) -> None:
        self.sent = sent
        self.has_cue = has_cue
        self.items = [m for m in _item_regex().finditer(sent) if not _LIKENESS.search(sent, max(0, m.start() - 24), m.start())]
        self.used: list[tuple[int, int]] = []
        self.found: list[tuple[int, int, Evidence]] = []

    def add(self, a: int, b: int, ev: Evidence, used: tuple[int, int] | None = None) -> None:
        self.found.append((a, b, ev))
        self.used.append(used or (a, b))

    def is_used(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.used)

    def quantity(self, q) -> None:
        """A quantity with its item after it (`1,2 kilogram sabu`) or before it (`sabu seberat 6.521 gram`)."""
        if not self._item_after(q):
            self._item_before(q)

    def _item_after(self, q) -> bool:
        # a quantity followed by an item: `1,2 kilogram sabu`, `dua papan dumolid`
        sent = self.sent
        after = sent[q.end:]
        # the item as written (`alat hisap`, `pil koplo`), else after a generic head (`pil ineks`, `jenis sabu`)
        im = _item_regex().match(sent, q.end + len(after) - len(after.lstrip()))
        if im is None:
            lead = compiled(rf"\s*(?:(?:alat|barang|buah|jenis|narkotika|narkoba|obat|pil|butir|lebih|{_sizes()})\s+)*",
                            re.IGNORECASE).match(after)
            im = _item_regex().match(sent, q.end + (lead.end() if lead else 0))
        info = _lookup(im.group("item")) if im else None
        if im and info and (self.has_cue or info[1] == "drug" and not _not_held().search(sent, 0, q.start)):
            end, info = _specific(sent, im.end(), info)
            self.add(q.start, end, Evidence(info[0], q.value, _item_unit(info, q.unit)))
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
        prior = self._prior(q)
        if not prior or not self.has_cue and _not_held().search(self.sent, 0, q.start):
            return  # nothing before, or an amount planned or dealt over time (`berencana ... sabu seberat 10 kg`)
        info = _lookup(prior[-1].group("item"))
        # a drug before its measure: `sabu seberat 6.521 gram`, `sabu-sabu ... seberat 1000 kg`
        if q.kind in ("mass", "volume") and info and info[1] == "drug":
            self.add(prior[-1].start(), q.end, Evidence(info[0], q.value, q.unit), used=(q.start, q.end))
            return
        # a count stated after its item: `ekstasi sebanyak 100 butir`
        if q.kind != "container" and re.fullmatch(
                r"\s*(?:pecahan\s+(?:Rp\.?\s*)?[\d.,]+\s+)?(?:\w+\s+){0,2}?(?:sebanyak|berjumlah|total|seberat)\s*",
                self.sent[prior[-1].end():q.start]) \
                and info and (self.has_cue or info[1] == "drug"):  # `kuota BBM sebanyak 46 juta KL`: no seizure
            self.add(prior[-1].start(), q.end, Evidence(info[0], q.value, q.unit), used=(q.start, q.end))

    def named_as_evidence(self) -> None:
        """`Golok yang dibawa pelaku telah kami amankan sebagai barang bukti`: the items named before."""
        asb = _AS_EVIDENCE.search(self.sent)
        if not asb:
            return
        for m in self.items:
            info = _lookup(m.group("item"))
            if m.end() <= asb.start() and info and not self.is_used(m.start()):
                self.add(m.start(), m.end(), Evidence(info[0], None, None))

    def seized_subjects(self) -> None:
        """`Sabu dan timbangan itu kini diamankan`, `Golok yang digunakan pelaku telah disita`: the table items
        before a passive verb of seizure in their clause (`passive_seizure` rows), uncounted; an active verb
        between ends the clause unless it is in the item's relative clause (`Parang yang dipakai untuk mengancam`)."""
        for v in _passive_seizure().finditer(self.sent):
            for m in self.items:
                gap = self.sent[m.end():v.start()]
                info = _lookup(m.group("item"))
                if info and m.end() <= v.start() and len(gap) <= 60 and not self.is_used(m.start()) \
                        and not _CLAUSE_BREAK.search(gap) and (re.match(r"\s*(?:itu\s+|tersebut\s+)?yang\b", gap) or not any(map(_is_verb, re.findall(r"\bme\w+", gap.lower())))) \
                        and not _person_before().search(self.sent, max(0, m.start() - 30), m.start()):
                    self.add(m.start(), m.end(), Evidence(info[0], None, None))

    def counted(self) -> None:
        """A table item after a bare count in a sentence of seizure, wherever the cue stands: `satu
        granat ditemukan dari dalam tas`, `polisi menyita 7 ponsel`."""
        for m in self.items:
            n = compiled(rf"(?:^|(?<=\s))(?P<num>{number_pattern()})\s+$", re.IGNORECASE).search(
                self.sent, max(0, m.start() - 30), m.start())
            info = _lookup(m.group("item"))
            value = parse_number(n.group("num")) if n else None
            if n and info and value is not None and not self.is_used(m.start()) and not _HOLDS_MONEY.match(self.sent, m.end()):
                end, info = _specific(self.sent, m.end(), info)
                self.add(n.start("num"), end, Evidence(info[0], as_number(value), info[2] or None))

    def weapon_of_attack(self) -> None:
        """`menyerang ... menggunakan golok`, `menganiaya korban dengan sebilah celurit`: the weapon an act of
        harm in the sentence was done with (a table weapon after `menggunakan`/`dengan`/`bersenjatakan`)."""
        for m in self.items:
            info = _lookup(m.group("item"))
            lead = _WITH_WEAPON.search(self.sent, max(0, m.start() - 40), m.start())
            if not (info and info[1] == "weapon" and lead) or self.is_used(m.start()) or info[0] in _GENERIC_WEAPONS \
                    or not (hw := _harm_words().search(self.sent, max(0, lead.start() - 80), lead.start())) \
                    or re.search(r"\bdiri(?:nya)?\b", self.sent[hw.end():lead.start()]):
                continue  # a specific weapon, right after the act of harm it was used in (not on oneself)
            value, unit, _rest = _leading_quantity(self.sent[lead.start("gap"):m.end()])  # `sebilah celurit`
            end, info = _specific(self.sent, m.end(), info)
            self.add(m.start(), end, Evidence(info[0], value, _item_unit(info, unit or info[2] or None)
                                              if value is not None else None))

    def packed_drugs(self) -> None:
        """A drug in its pack in a sentence of seizure or arrest: `paket sabu`, `lintingan ganja`."""
        sent = self.sent
        for m in self.items:
            pack = re.search(r"(?:^|\s)(paket|paketan|papan|bungkus|botol|lintingan|linting|klip)\s+$",
                             sent[max(0, m.start() - 12):m.start()], re.IGNORECASE)
            info = _lookup(m.group("item"))
            if pack and info and info[1] == "drug" and not self.is_used(m.start()):
                unit = units()[pack.group(1).lower()].unit if pack.group(1).lower() not in ("lintingan", "linting") \
                    else None
                self.add(m.start() - len(pack.group(0)), m.end(), Evidence(info[0], None, unit), used=(m.start(), m.end()))

    def lists(self, cue: re.Pattern, arrest: re.Pattern) -> None:
        """The list after a cue of seizure (`Barang bukti yang diamankan yakni ...`, `Disita berupa ...`);
        after a verb of arrest, only drugs (`ditangkap ... paket sabu, dua papan dumolid`)."""
        sent = self.sent
        search = _FOUND_IN_SEARCH.search(sent) is not None
        starts = [(m.end(), _STRONG_CUE.fullmatch(m.group(0)) is not None or search and m.group(0).lower() in _FINDING, False)
                  for m in cue.finditer(sent)]
        starts += [(m.end(), False, True) for m in arrest.finditer(sent)]
        strong_at = [m.end() for m in _STRONG_CUE.finditer(sent)]
        # `barang bukti pencurian yang dilakukan tersangka yakni ...`: the list after `yakni`
        starts += [(m.end(), True, False) for m in _LIST_OPENER.finditer(sent)
                   if any(0 < m.start() - at <= 90 for at in strong_at)]
        for at, strong, drugs_only in sorted(starts):
            cue_start = sent.rfind(" ", 0, max(0, at - 1)) + 1
            if _NEGATED.search(sent[max(0, cue_start - 30):cue_start]):
                continue  # `tak bisa sita restoran`: nothing was seized
            self._list_at(at, strong or bool(_STRONG_CUE.search(sent[max(0, at - 40):at + 25])), drugs_only)

    def list_line(self, at: int) -> None:
        """The sentence is one line of a seized list: its items from `at` (after the bullet)."""
        self._list_at(at, True, False)

    def _list_at(self, at: int, strong: bool, drugs_only: bool) -> None:
        sent = self.sent
        items = _read_list(sent, at)
        if drugs_only and items and re.search(r"\b(?:terkait|kasus|dugaan|atas)\b", sent[at:items[0][1]], re.IGNORECASE):
            return  # `ditangkap terkait penyalahgunaan narkotik jenis sabu, dumolid`: the case, not what was seized
        for a, b in items:
            if any(x <= a < y or a <= x < b for x, y in self.used):
                continue
            ev = _acronym_item(sent, a, b, drugs_only) or _list_item(sent[a:b], strong, drugs_only)
            if ev is None or _HOLDS_MONEY.match(sent, b):
                continue  # `33 tas berisi pecahan mata uang`: the money is what was seized (a loss)
            if ev.quantity is None and (measure := _MEASURE_AFTER.match(sent, b)):
                got = find_quantities(measure.group("q"))  # `perhiasan emas seberat 50 gram`
                ev.quantity, ev.unit = got[0].value, got[0].unit
            if ev.unit is None and ev.quantity is None:
                pack = re.search(r"(?:^|\s)(paket|paketan|papan|bungkus|botol)\s+$", sent[max(0, a - 12):a] + " ",
                                 re.IGNORECASE) or re.match(r"(paket|paketan|papan|bungkus|botol)\s", sent[a:b] + " ",
                                                            re.IGNORECASE)
                if pack:
                    ev.unit = units()[pack.group(1).lower()].unit
            self.add(a, b, ev)


_MEASURE_AFTER = re.compile(r"\s+(?:seberat|sebanyak|dengan\s+berat(?:\s+(?:total|bersih|kotor|bruto|netto))?)\s+"
                            r"(?:(?:sekitar|kurang\s+lebih|lebih\s+dari|hampir)\s+)?(?P<q>\S+\s+\S+)", re.IGNORECASE)


_GENERIC_WEAPONS = frozenset(("senjata tajam", "senjata"))  # the kind, not the weapon: the gold names the weapon

# what a weapon of an attack follows: `menggunakan golok`, `dengan sebilah celurit`, `bersenjatakan pisau`
_WITH_WEAPON = re.compile(r"\b(?:menggunakan|memakai|dengan|bersenjatakan|berbekal)\s+(?P<gap>(?:[\w-]+\s+){0,2})$",
                          re.IGNORECASE)


@cache
def _harm_words() -> re.Pattern:
    """An act or verb of harm in the sentence (`harm_act`, `harm_noun` rows): a weapon there was used."""
    ws = words("harm_act").keys() | words("harm_noun").keys()
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(ws)})(?![\w-])", re.IGNORECASE)


@cache
def _passive_seizure() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words('passive_seizure'))})(?![\w-])", re.IGNORECASE)


@cache
def _person_before() -> re.Pattern:
    """A noun of a person right before an item (`pengendara sepeda motor`, `pemilik toko`): the item names
    the person, who is the one seized (`person_noun`, `agent_noun`, `role` rows)."""
    ws = words("person_noun").keys() | words("agent_noun").keys() | words("role").keys()
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(ws)})\s+$", re.IGNORECASE)

# what ends the clause of an item before a passive verb of seizure: punctuation, a conjunction of another clause
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]|\b(?:lalu|kemudian|sedangkan|sementara|namun|tetapi|setelah|saat|ketika|sebelum)\b",
                           re.IGNORECASE)
_HOLDS_MONEY = re.compile(r"\s+berisi\s+(?:[\w-]+\s+){0,2}?(?:uang|pecahan|mata\s+uang)\b", re.IGNORECASE)
_FINDING = frozenset(("menemukan", "ditemukan", "mendapati", "didapati"))
_OPENS_LIST = re.compile(r"(?::|\b(?:yakni|yaitu|berupa|antara\s+lain|di\s*antaranya|adalah)\s+(?:\d{1,2}\s*[.)])?)\s*$",
                         re.IGNORECASE)
_ITEM_MARK = re.compile(r"^\s*(?:[-•*·]|\d{1,2}\s*[.)]|[a-e]\s*[.)])\s*")
_ENDS_ITEM = re.compile(r",?\s*\d{1,2}\s*[.)]\s*$")


def _list_lines(text: str, sents: list[tuple[int, int]]) -> set[int]:
    """The sentences that are items of a seized list set out over lines or numbers (`Barang bukti yang
    diamankan:` then `- 5 paket sabu`, or `yaitu 1. Lima paket sabu, 2. Satu unit ...`), or the list that
    opens the sentence after one naming the evidence (`... sejumlah barang bukti. Antara lain ...`)."""
    out: set[int] = set()
    open_list = False
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1].strip()
        if open_list and (_ITEM_MARK.match(sent) or _ENDS_ITEM.search(text[sents[k - 1][0]:sents[k - 1][1]])):
            out.add(k)
            continue
        if open_list and _LIST_OPENER.match(sent):  # `... sejumlah barang bukti. Di antaranya 2 unit ponsel, ...`
            out.add(k)
            continue
        open_list = bool(_STRONG_CUE.search(sent) and (_OPENS_LIST.search(sent) or _NAMES_EVIDENCE.search(sent)))
    return out


# a sentence that names the evidence without listing it: its list may open the next sentence (`Polisi mengamankan
# sejumlah barang bukti. Di antaranya ...`)
_NAMES_EVIDENCE = re.compile(r"\b(?:barang\s+bukti|bb)\W*$", re.IGNORECASE)


def find_evidence(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, Evidence]]:
    found: list[tuple[int, int, Evidence]] = []
    cue = word_regex("evidence")
    arrest = word_regex("arrest")
    listed = _list_lines(text, sents) if _STRONG_CUE.search(text) else set()
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1]
        if _UNCERTAIN.search(sent) or OTHER_TIME.search(sent):
            continue  # a seizure that may not happen, or one of another time (`Sepanjang 2016, ... 3 ton sabu`)
        reader = _SentenceEvidence(sent, k in listed or cue.search(sent) is not None)
        for q in find_quantities(sent):
            reader.quantity(q)
        reader.named_as_evidence()
        if reader.has_cue:
            reader.counted()
        if reader.has_cue or arrest.search(sent):
            reader.packed_drugs()
        reader.weapon_of_attack()
        reader.lists(cue, arrest)
        reader.seized_subjects()
        if k in listed:  # one item of a list set out over lines
            reader.list_line(_ITEM_MARK.match(sent).end() if _ITEM_MARK.match(sent) else 0)
        found.extend((s0 + a, s0 + b, ev) for a, b, ev in reader.found)
    return found


def merge_evidence(found: list[Evidence]) -> list[Evidence]:
    """One entry per item. Quantities in one unit family (mass, volume, or one count unit): the
    largest when it is the total of the others or all are the same amount restated, else the sum of
    the distinct amounts (several packets, no total stated). A measured quantity (mass, volume) wins
    over a count of packs; a counted entry over an uncounted one."""
    scale = {"g": 1.0, "kg": 1000.0, "ml": 1.0, "liter": 1000.0}
    by_item: dict[str, list[Evidence]] = {}
    for e in found:
        by_item.setdefault(e.item, []).append(e)
    out = []
    for item, entries in by_item.items():
        counted = [e for e in entries if e.quantity is not None]
        measured = [e for e in counted if e.unit in scale]
        pool = measured or counted
        if not pool:
            out.append(next((e for e in entries if e.unit), entries[0]))
            continue
        unit = max(pool, key=lambda e: (e.quantity or 0) * scale.get(e.unit or "", 1.0)).unit
        family = [e for e in pool if (e.unit in scale) == (unit in scale) and (e.unit in scale or e.unit == unit)]
        amounts = sorted({round(e.quantity * scale.get(e.unit or "", 1.0), 6) for e in family}, reverse=True)
        total = amounts[0] if len(amounts) == 1 or abs(amounts[0] - sum(amounts[1:])) < 1e-6 * amounts[0] \
            else sum(amounts)
        out.append(Evidence(item, as_number(total / scale.get(unit or "", 1.0)), unit))
    return out
