"""Money amounts of a case (losses) and their kinds, read sentence by sentence.

Every amount (`quantities.find_money`) whose sentence ties it to the case by a cue before it or in a
clause after it (`data/loss_kinds.tsv`: kerugian, suap, barang bukti ...) is a loss of that kind; the fine
range of a penalty clause (`denda paling banyak Rp 10 miliar`) is a threat, and a budget, a project's value,
a price per unit (but that of the goods seized, a price of the scheme: `biaya`), money claimed or promised, one end
of a range and the face value of notes are no loss.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.evidence import other_case_spans, tally_ends
from polsek_nlp.recognize.incident_words import OTHER_TIME, phrase_words, report_regex, worded, words
from polsek_nlp.recognize.laws import charge_verbs, earlier_verdicts
from polsek_nlp.recognize.quantities import Money, currencies, find_money, scale_pattern, units
from polsek_nlp.recognize.seized_items import is_verb
from polsek_nlp.recognize.seized_lists import list_lines, strong_cue
from polsek_nlp.record.types import Loss

NO_LOSS = "none"  # the kind of the cues of money no case moves: a company's earnings (`laba bersih`, `pendapatan`)


@cache
def _loss_kinds() -> list[tuple[re.Pattern, str, bool]]:
    rows = read_table("loss_kinds.tsv")
    return [(re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, split_cell(r['cues'])))})(?!\w)", re.IGNORECASE),
             r["kind"], r["weak"] == "yes") for r in rows]


def _m(pattern: str) -> re.Pattern:
    """`pattern` with its `{part}`s the `money_context` words of `data/incident_words.tsv`, compiled once."""
    return worded("money_context", pattern)


@cache
def _with_cases(pattern: str) -> re.Pattern:
    """`_m(pattern)` with `{case}` a noun of a case (`case_noun` rows, the list the seizures and tolls read too)."""
    return _m(pattern.replace("{case}", f"(?:{phrase_words('case_noun')})"))


# the fine range of a penalty clause (`denda paling banyak`) or a fine demanded: not imposed
_THREAT = r"\bdenda\b[^.]*?\b{fine_bound}\b|\b{demand}\b[^.]*?\bdenda\b"
# a budget or a wage; a project's value (its noun as written in lowercase, not a title's word, or opening the sentence)
_PROJECT = r"(?:(?-i:{project})|^{project})"
_VAGUE_BEFORE = r"\b{budget}\W+(?:\w+\W+){0,3}$|(?<!uang )\b" + _PROJECT + r"\W+(?:[\w-]+\W+){0,12}?{valued}\W+$"


def _vague(before: str) -> bool:
    """The text before an amount ends in a budget or a project's value, not in money of the case paid for a
    project (`fee proyek sebesar`, `suap proyek itu senilai`, `jatah proyek`: a cue of the case or a noun of
    money right before the project's word)."""
    vm = _m(_VAGUE_BEFORE).search(before)
    if vm is None:
        return False
    if not _m(_PROJECT).match(before, vm.start()):
        # a budget or a wage (`menerima gaji Rp 5 juta`), unless misused (`menyelewengkan dana desa sebesar`)
        return not _misused(before[max(0, vm.start() - 80):vm.start()])
    window = before[max(0, vm.start() - 40):vm.start()]
    if _m(r"\b{money_noun}\s+$").search(window) or _m(_LOSS_NOUN_BEFORE).search(before, max(0, vm.start() - 80), vm.start()):
        return False  # `fee proyek sebesar`; `kerugian negara akibat proyek fiktif itu sebesar`: the loss, not the value
    return not any(not weak and k != NO_LOSS and re.search(rf"(?:{pat.pattern})\s+$", window, re.IGNORECASE)
                   for pat, k, weak in _loss_kinds())


# up to five words of one clause (no `,;:.!?` between them: `Akibat kerugian itu, proyek jalan senilai` names no
# loss, s20rvD) after a cue, up to the word it governs
_CUE_GAP = r"[^\w,;:.!?]+(?:[\w-]+[^\w,;:.!?]+){0,5}$"
# the noun of a loss up to five words before a project's word (`kerugian negara akibat proyek`)
_LOSS_NOUN_BEFORE = r"\b{loss_noun}" + _CUE_GAP


def _misused(window: str) -> bool:
    """The text before a budget's word ends in a strong cue of a loss and at most five words (`menyelewengkan dana desa`,
    `Kerugian negara dari dana desa tahun anggaran`): the budget is the money the case took, the amount its loss;
    `menerima dana desa` (a cue of a bribe) stays a budget received."""
    return any(p.search(window) for p in _misuse_cues())


@cache
def _misuse_cues() -> tuple[re.Pattern, ...]:
    """The strong cues of a loss (`kerugian` rows of `loss_kinds.tsv`, not weak), each then `_CUE_GAP`: compiled once,
    not joined and looked up in `re`'s cache for every row at every budget's word."""
    return tuple(re.compile(pat.pattern + _CUE_GAP, re.IGNORECASE) for pat, kind, weak in _loss_kinds()
                 if kind == "kerugian" and not weak)


_OTHER_CASE = r"\b{case}\s+{other_case}\b"
# money claimed or promised, not lost: `berpura-pura memiliki uang ... USD 10 juta`, `iming-iming keuntungan Rp 5 juta`
_CLAIMED = r"\b(?:{claim}\s+(?:\w+\s+){0,2}?{have}|{promise})\b(?P<gap>(?:\W+[\w-]+){0,12}?)\W+$"


def _in_a_name(sent: str, cm: re.Match) -> bool:
    """A cue written with a capital inside a sentence and followed by a capitalised word is a word of a
    name (`program Jaminan Kesehatan Nasional`), not a cue."""
    return cm.start() > 0 and sent[cm.start()].isupper() \
        and re.match(r"\s+(?-i:[A-Z])", sent[cm.end():]) is not None


def _cues_before(sent: str, at: int, case: bool) -> list[tuple[int, int, str, bool]]:
    """The cues (start, end, kind, weak) that begin before `at`; weak ones only in a sentence of the case, where a
    word with a weak and a strong reading (`kehilangan`) takes the weak one; a cue inside a longer one (`membayar` in
    `diminta membayar`) is the longer one's."""
    every = [(cm.start(), cm.end(), k, weak) for pat, k, weak in _loss_kinds()
             for cm in pat.finditer(sent) if cm.start() < at and not _in_a_name(sent, cm)]
    weak_spans = {(c[0], c[1]) for c in every if c[3]}
    # the strong reading of such a word only right before an amount (`yang kehilangan Rp 14,5 juta`, and the items
    # of its list after it), not a word of another sense (`kehilangan akses jalan ... dana Rp 150 juta`)
    found = [c for c in every if (case or not c[3]) and (c[3] or (c[0], c[1]) not in weak_spans
                                                         or not case and _BEFORE_AMOUNT.match(sent, c[1]))]
    return [c for c in found
            if not any(o[0] <= c[0] and c[1] <= o[1] and o[1] - o[0] > c[1] - c[0] for o in found)]


# at most two words, then an amount's currency (`kehilangan uang sebesar Rp`)
_BEFORE_AMOUNT = worded("money_context", r"\W*(?:[\w-]+\W+){0,2}?(?:(?:{amount_of}|{valued})\W+)?(?:Rp|IDR|US\$|USD|S\$|RM|€|\$)")
# (or a word of how much after them: `kehilangan tabungan bersama senilai Rp 410 juta`, s20ev)


_PAID = ("biaya", "aset")  # the kinds of a price paid or an asset: a value right after their cue is theirs


def _loss_kind(sent: str, at: int, case: bool | None = None, carried: bool = False) -> str | None:
    """The kind of the nearest cue before `at` that ties an amount to the case (`kerugian`, `suap`); a
    weak cue up to two words after a strong one says only how much (`suap senilai`, `dugaan suap
    proyek itu senilai`): the strong one's kind, but goods seized and valued (`kayu yang disita
    bernilai`) are the value of the goods; a value up to three words after a price paid (`membeli
    sabu itu seharga`) is the price. `case`: the sentence is one of the case (by default: it holds a
    word of an incident report). `carried`: the sentence is of the case only as it speaks of what the one before
    reported; a value after a price there (`Perhiasan itu dijual seharga`) is a later deal with the loot, none of
    the case."""
    cues = _cues_before(sent, at, bool(report_regex().search(sent)) if case is None else case)
    if not cues:
        return None
    best, _, kind, weak = max(cues)
    strongs = [c for c in cues if not c[3] and c[1] <= at]
    strong = max(strongs, key=lambda c: c[1]) if strongs else None
    if weak and strong and strong[1] <= best and (re.fullmatch(r"\W*(?:[\w-]+\W+){0,2}", sent[strong[1]:best])
                                                  or _loss_named(sent, strong, best)):
        if strong[2] == "barang bukti" and kind == "nilai barang bukti" \
                and not _m(r"\b{money}\b").search(sent, max(0, strong[0] - 40), best):
            return kind
        return strong[2]
    total = max((c for c in strongs if c[1] <= best and c[2] == "nilai barang bukti"), key=lambda c: c[1], default=None)
    if kind == "barang bukti" and total \
            and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}yang\s+(?:[\w-]+\s+)?", sent[total[1]:best]):
        return total[2]  # `Jumlah nominal uang palsu yang kami sita Rp 40 juta`: the stated total of what was seized
    paid = [c for c in cues if c[2] in _PAID and c[1] <= best]
    if kind == "nilai barang bukti" and paid:
        last = max(paid, key=lambda c: c[1])  # `membeli sabu itu seharga`, `membekukan rekening tersangka senilai`
        if re.fullmatch(r"\W*(?:[\w-]+\W+){0,3}", sent[last[1]:best]) \
                or last[2] == "biaya" and _PRICE_OF_PURCHASE.fullmatch(sent, last[1], best):
            return None if carried and last[2] == "biaya" else last[2]
    if kind == "nilai barang bukti" and weak and _sold_before(sent, best):
        return None if carried else "biaya"
    return kind


def _sold_before(sent: str, at: int) -> bool:
    """A verb of selling or buying (`trade` rows, `-nya` too: `menjualnya`) opens the clause of the value cue at `at`
    (`menjual satu paket sabu seharga`, `menjualnya seharga`), no relative clause between and no word of the going price
    before (`market`): the price between the parties of the case, `biaya` (s21's weak line; s22cev). Only re-kinds an
    amount a value cue already reads: `menjual` is no cue of its own."""
    sold = _m(_SOLD_BEFORE).search(sent, max(0, at - 80), at)
    return sold is not None and _m(r"\b{market}\b").search(sent, 0, at) is None and not _owner_trades(sent, sold, at)


_SOLD_BEFORE = r"\b({trade})(?:nya)?\s+(?:(?!yang\b)[\w-]+\s+){0,6}$"


def _owner_trades(sent: str, sold: re.Match, at: int) -> bool:
    """The one who sells or buys at `sold` is the goods' owner (`money_context` owner rows: `korban`, `pemilik`), no
    party of the case: the agent after a passive verb (`laptop yang dibeli korban seharga`), or, with no agent, an owner
    in the verb's clause before it (`Korban menjual motornya seharga`, `motor milik korban yang dibeli seharga`); the
    thief selling the victim's goods (`Tersangka menjual motor milik korban seharga`, `dijual tersangka seharga`) is
    not. Review rvC s22."""
    v0 = sold.start()
    if sent[v0:v0 + 2].lower() == "di":
        agent = _AGENT.match(sent, sold.end(1), at)  # up to the value cue at `at`
        if agent is not None:
            return _m(r"{owner}").fullmatch(agent.group(1)) is not None
    clause = max(sent.rfind(c, 0, v0) for c in ",;:") + 1
    return _m(r"\b{owner}\b").search(sent, clause, v0) is not None


# the agent named right after a passive verb of trade (`dibeli korban`, `dijual oleh tersangka`), not a cue or a number
_AGENT = re.compile(r"\s+(?:oleh\s+)?([^\W\d_][\w-]*)", re.IGNORECASE)


# a price paid, then what was bought and from whom, in one clause, up to its value (`membeli sabu tersebut dari seseorang
# berinisial KM seharga`): up to six words, no relative clause of another thing (`yang ditaksir`) nor a clause's end
_PRICE_OF_PURCHASE = re.compile(r"\s+(?:(?!yang\b)[\w-]+\s+){0,6}", re.IGNORECASE)


def _loss_named(sent: str, strong: tuple[int, int, str, bool], at: int) -> bool:
    """The strong cue is the noun of a loss (`loss_noun` rows) and its clause runs on to the weak cue at `at` (`Total
    kerugian para korban pinjaman online itu ditaksir mencapai`): the weak word says how much of that loss."""
    return _m(r"{loss_noun}").fullmatch(sent, strong[0], strong[1]) is not None \
        and re.fullmatch(r"[^,;:.]{0,100}", sent[strong[1]:at]) is not None


# the face value of the notes (`uang Rp 500 juta dalam pecahan Rp 100 ribu`): no amount of the case
_FACE_VALUE = r"\b(?:{face_value}|(?P<counted>{note_value}))\s+$"  # `dengan nominal Rp 50.000`
_COUNTED_NOTES = r"\b{notes}\s+(?:[\w-]+\s+){0,5}$"  # `800 lembar uang palsu dengan`


def _face_value(sent: str, start: int) -> bool:
    """The amount at `start` is the face value of one note (`pecahan Rp 100 ribu`; `nominal` after notes counted
    in sheets, `800 lembar uang palsu dengan nominal Rp 50.000`, as `uang tunai dengan nominal Rp 5 juta` is the sum),
    not the total of the notes (`Jumlah nominal uang palsu ...`: a `sum_of` word before the face-value word)."""
    fm = _m(_FACE_VALUE).search(sent, max(0, start - 12), start)
    if fm is None or fm.group("counted") and not _m(_COUNTED_NOTES).search(sent, max(0, fm.start() - 60), fm.start()):
        return False
    return not worded("seizure_context", r"\b{sum_of}\s+$").search(sent, max(0, fm.start() - 14), fm.start())
_NOTES_OF = re.compile(r"\s*(?:ribu|juta)an\b", re.IGNORECASE)  # `Rp 50 ribuan`: notes of fifty thousand

# what the money was for, after it: `Rp 2 miliar untuk pembayaran fee proyek`, `Rp 40 juta sebagai uang tebusan`
_PURPOSE = r"\s*,?\s*{purpose}\s+"


def _loss_kind_for(sent: str, end: int) -> str | None:
    """The kind of a strong cue that begins one of the three words after `untuk`/`sebagai`: what the
    amount was for."""
    m = _m(_PURPOSE).match(sent, end)
    if m is None:
        return None
    for w in list(re.finditer(r"[\w-]+", sent[m.end():m.end() + 60]))[:3]:
        for pat, kind, weak in _loss_kinds():
            if not weak and pat.match(sent, m.end() + w.start()):
                return kind
    return None


# money moved between people with no word of the case's kind: its subject `uang` before a passive verb
# (`uang dipotong Rp 300 juta`, `uang ditukar Rp 2 miliar`) or a passive verb towards a named person after
# it (`Rp 1,9 miliar yang diserahkan ke Andi`, a verb the cue table lacks or misspelt)
_MOVED_BEFORE = r"\b{money}(?:nya)?\s+(?:yang\s+)?{moved}\s+(?:{amount_of}\s+)?$"
_MOVED_AFTER = r"\s*yang\s+(?:[a-z]+\s+)?di[a-z]{3,}\s+{towards}\s+(?-i:[A-Z])"
# what money given, collected or moved was for, when that is aid, a budget or a building: no loss
# (`mengumpulkan Rp 2 juta untuk membantu korban`); money handed to one's kin (`kepada istrinya`) likewise
_FOR_AID = r"\s*,?\s*{purpose}\s+{aid}(?![\w-])"
# aid handed over, its noun right before the amount: `menyerahkan bantuan senilai Rp 50 juta`
_AID_BEFORE = r"\b(?:{gives}|{handed}|{aid_giver})\s+(?:[\w-]+\s+)?{aid}\s+(?:{valued}\s+)?$"


# a verb of giving, asking or handing money right before the amount (`meminta Rp 50 juta`, `memberi imbalan
# sebesar Rp 25 juta`) or after it (`Rp 45 juta itu dititipkan`, `sebesar Rp 30 juta diberikan kepada`)
_HANDED_BEFORE = r"(?<![\w-])(?:(?P<g>{gives})|{handed})\s+(?:{money_noun}\s+)?(?:{valued}\s+|{converted}\s+)?$"
_HANDED_AFTER = r"\s*(?:(?:itu|tersebut)\s+)?(?:yang\s+)?(?:{said_of}\s+)*(?:(?P<g>{gives})|{handed})(?![\w-])"


# the money as the subject of a passive verb and its total after a few words (`Total uang yang dikumpulkan
# tersangka dari para korban mencapai Rp 3 miliar`)
_MONEY_SUBJECT = r"\b{money}\s+yang\s+{moved}\b[^.,;]{0,60}?\s(?:{reaches})\s+(?:{converted}\s+)?$"


# money given back right before the amount: `mengembalikan Rp 150 juta`, `menitipkan uang sebesar Rp 20 juta`
_RETURNED = r"\b{returned}\s+(?:{money}(?:nya)?\s+)?(?:(?:{amount_of}|{valued})\s+)?$"


def _returned(sent: str, start: int) -> bool:
    """The amount at `start` is money given back (`returned` rows right before it): `other` (README settled s19 4),
    whatever cue of the case stands further before (`Dari kerugian negara Rp 900 juta, tersangka baru mengembalikan Rp
    150 juta`: the loss is the first amount, the second a return)."""
    rm = _m(_RETURNED).search(sent, max(0, start - 60), start)
    return rm is not None and not _m(_UNMADE).search(sent, max(0, rm.start() - 60), rm.start())


# a return not made before its verb (`unmade` rows): `meminta pelaku mengembalikan`, `belum mengembalikan` (s20rvD)
_UNMADE = r"\b{unmade}\s+(?:[\w-]+\s+){0,2}$"


# a profit in the amount's clause: `meraup keuntungan Rp 300 juta`, `Keuntungan yang diperoleh ... mencapai Rp 60 juta`
_PROFIT = r"\b(?P<p>{profit})\b[^.,;:]{0,100}$"


def _profit(sent: str, start: int, case: bool) -> bool:
    """The amount at `start` is a profit the case made (`profit` rows in its clause, no cue of the case nearer the
    amount): `other` (README settled s18 13); a cue after the profit word says what the amount is (`mendapat untung
    setelah korban menyetor Rp 50 juta`: the victim's payment)."""
    pm = _m(_PROFIT).search(sent, max(0, start - 100), start)
    return pm is not None and not any(c[0] >= pm.end("p") for c in _cues_before(sent, start, case))


def _handed(sent: str, start: int, end: int) -> str | None:
    """`suap` for money given, offered or asked right at the amount, `other` for money handed, collected or
    returned, or said as the subject of a passive verb with its total; None when nothing of it is said or
    when it was for aid, a budget or a building, or went to one's kin."""
    if _for_no_case(sent, end):
        return None  # `Pemkab memberikan Rp 50 juta untuk rehabilitasi`, `mengirim uang Rp 2 juta kepada istrinya`
    m = _m(_HANDED_BEFORE).search(sent, max(0, start - 50), start) or _m(_HANDED_AFTER).match(sent, end)
    if m is None:
        return "other" if _m(_MONEY_SUBJECT).search(sent, max(0, start - 120), start) else None
    return "suap" if m.group("g") else "other"


def _for_no_case(sent: str, end: int) -> bool:
    """The money after `end` went to aid, a budget or a building (`untuk membantu korban`), or to one's kin
    (`kepada istrinya`): no money of the case unless a cue of the case says so."""
    return bool(_m(_FOR_AID).match(sent, end) or _to_kin().match(sent, end))


@cache
def _to_kin() -> re.Pattern:
    """`kepada istrinya`, `ke anaknya`: towards a kin word (`kin` rows) of the subject."""
    return _m(rf"\s*(?:(?:itu|tersebut)\s+)?{{towards}}\s+(?:{trie_alternation(words('kin'))})(?:nya)?(?![\w-])")


def _loss_kind_after(sent: str, end: int) -> str | None:
    """The kind of a cue in a relative clause right after the amount (`Rp 1,9 miliar yang diserahkan`,
    `Rp 50 juta yang disita`, `Rp 10 juta milik korban dibawa lari`, `Rp 1 miliar itu diduga merupakan
    suap`) or of what it was for (`untuk pembayaran fee`), when none stands before it."""
    purpose = _loss_kind_for(sent, end)
    if purpose:
        return purpose
    if _m(_MOVED_AFTER).match(sent, end):
        return "other"
    after = worded("money_context", r"\s*(?:milik\s+[\w-]+\s+)?(?:(?:itu|tersebut)\s+)?(?:yang\s+)?"
                                     r"(?:{said_of}\s+)*(?P<w>[\w-]+)", 0).match(sent[end:end + 40])
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


def _subject_kind(sent: str, start: int, end: int) -> str | None:
    """The amount opens its sentence as the subject (`Uang tunai Rp 2,5 juta yang diduga hasil penjualan
    narkoba turut disita`): the kind of the first strong cue in the rest of its clause."""
    if not re.fullmatch(r"\W*(?:[\w-]+\s+){0,2}", sent[:start]):
        return None
    clause = re.match(r"[^,;.]{0,100}", sent[end:]).group(0)
    cues = [(cm.start(), k) for pat, k, weak in _loss_kinds() if not weak and k != NO_LOSS for cm in pat.finditer(clause)]
    return min(cues)[1] if cues else None


_FINE = re.compile(r"\bdenda\b", re.IGNORECASE)
_LAW_CITED = re.compile(r"\b(?:pasal|UU|undang)", re.IGNORECASE)  # a sentence of charge cites a law


def _not_a_loss(before: str) -> bool:
    """The text before an amount says it is the fine range of a penalty clause (a threat), a budget, a
    project's value, money claimed or promised, or money of another case."""
    threat = _m(_THREAT).search(before) or _FINE.search(before) and charge_verbs().search(before) \
        and _LAW_CITED.search(before)
    if threat and not _m(r"\b{imposed}\b").search(before):
        return True  # the fine range of a penalty clause, a fine in a sentence of charge: a threat, not a loss
    if _m(_AID_BEFORE).search(before[-80:]):
        return True  # `Kapolres menyerahkan bantuan senilai Rp 50 juta`
    if _with_cases(_OTHER_CASE).search(before):
        return True  # `kerugian negara pada kasus lain mencapai Rp 10 miliar`
    claimed = _m(_CLAIMED).search(before[-160:])
    if claimed and not _m(_TURN).search(claimed.group("gap")) \
            and not any(not weak and pat.search(claimed.group("gap")) for pat, _, weak in _loss_kinds()):
        return True  # no act of the case between the claim and the amount (`... lalu menyetor Rp 50 juta`)
    return _vague(before)


# a turn of the sentence after a claim: what follows is what happened (`dijanjikan untung Rp 10 juta, namun
# uangnya sebesar Rp 250 juta dibawa kabur`)
_TURN = r"\b{turn}\b"


@cache
def _per_unit() -> re.Pattern:
    """An amount per unit of a quantity (`per gram`, `/kg`, `per lembar saham`: the units of
    `incident_units.tsv`) is a price or a rate whatever its cue (`kerugian $6,98 per lembar saham`), unless it prices
    the goods seized (`_unit_price`)."""
    return re.compile(rf"\s*(?:per\s+|/\s*)(?P<u>{trie_alternation(units())})(?![\w-])", re.IGNORECASE)


def _unit_price(sent: str, start: int, pm: re.Match | None, seized_units: frozenset[str],
                seized_words: frozenset[str]) -> bool:
    """`dijual seharga Rp 150 ribu per botol`, `membeli solar dengan harga Rp 6.800 per liter`: an amount per unit of
    a quantity (`_per_unit`) that the article's seized goods are counted in (`seized_units`: the units of the evidence
    read, also a measure said apart from the item, s20ev), after a verb of selling or buying (`trade` rows) and no word
    of the going price (`market`: `di pasaran`, `saat ini`) in its sentence, and a cue of a price paid or a value
    (`biaya`, `nilai barang bukti`, read as in a sentence of the case), is the price of the goods the scheme sold or
    bought (gold/incidents/README.md: `biaya`, a price paid in the scheme); the unit must close the phrase (a stop, a
    preposition, a verb or what the unit holds after it: `per liter menggunakan truk`, `per botol isi 1.000 butir`):
    `per lembar saham` prices a thing of its own. A unit the seized goods are not counted in prices them too when the
    sentence names them before the amount (`seized_words`: `membeli alkohol seharga Rp 900 ribu per drum` of alcohol
    seized in jerrycans, `membeli ganja Rp 3 juta per kilogram, lalu menjualnya Rp 1 juta per paket`; s22cev): the
    price between the parties of the case, per unit or total (settled s18 rule 5)."""
    if pm is None or not _closes_price(sent, pm.end()) or units()[pm.group("u").lower()].unit not in seized_units \
            and not _names_seized(sent, start, seized_words):
        return False
    # sold or bought in the scheme (`dijual seharga`), not the going price (`harga sabu di pasaran`) nor a fee
    if _m(r"\b{trade}(?:nya)?\b").search(sent, 0, start) is None or _m(r"\b{market}\b").search(sent, 0, start):
        return False
    return _loss_kind(sent, start, True) in _PRICED


def _closes_price(sent: str, at: int) -> bool:
    """What follows a unit priced at `at` closes the price: a stop, a `price_end` word, a verb of a clause of its own
    or a word of what the unit holds (`price_end` rows: `isi`, `berisi`)."""
    if _m(r"\s*(?:[,.;:)\"”]|$|(?:{price_end})\b)").match(sent, at):
        return True
    nxt = re.match(r"\s+([a-z]+)\b", sent[at:at + 30])
    return nxt is not None and is_verb(nxt.group(1))


def _names_seized(sent: str, start: int, seized_words: frozenset[str]) -> bool:
    """The words of `sent` before `start` name a thing of the goods seized (a word of `seized_words`)."""
    return bool(seized_words) and not seized_words.isdisjoint(_GOODS_WORD.findall(sent[:start].lower()))


# a word of goods in lower case (`_seized_words` and `_names_seized` read both sides of their comparison so)
_GOODS_WORD = re.compile(r"[a-z][\w-]+")


def _seized_words(text: str, seized: list[tuple[int, int]]) -> frozenset[str]:
    """The nouns of the seized goods' spans (`12 jeriken alkohol`: jeriken, alkohol): no unit's or count's word, verb or
    `not_item` word (`barang`, `bukti`)."""
    ws = {w for s, e in seized for w in _GOODS_WORD.findall(text[s:e].lower())}
    return frozenset(w for w in ws if len(w) > 2 and w not in units() and w not in words("not_item") and not is_verb(w))


def _units_of(text: str, seized: list[tuple[int, int]]) -> frozenset[str]:
    """The units (normal form) written in the spans of the seized goods of the article (`40 botol miras`: botol)."""
    rx = _per_unit_word()
    return frozenset(units()[um.group(0).lower()].unit for s, e in seized for um in rx.finditer(text, s, e))


@cache
def _per_unit_word() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(units())})(?![\w-])", re.IGNORECASE)


def _priced(sent: str, m: Money, kind: str | None, seized_units: frozenset[str],
            seized_words: frozenset[str]) -> str | None:
    """The kind of `m` once rates are read: the price of goods of the scheme per their unit is `biaya` (`_unit_price`);
    an amount no cue ties to the case (a budget, a price, a salary) or a rate (per day, per unit) is none (None)."""
    pm = _per_unit().match(sent, m.end)  # a rate per unit (`per botol`), read once for both tests
    if _unit_price(sent, m.start, pm, seized_units, seized_words):
        return "biaya"  # `dijual seharga Rp 350 ribu per botol`: the price of the goods of the scheme
    if kind is None or kind in _weak_kinds() and _m(_RATE).match(sent, m.end) or pm is not None:
        return None
    return kind


_PRICED = ("biaya", "nilai barang bukti")


@cache
def _weak_kinds() -> frozenset[str]:
    """The kinds of money whose cues are everyday words (a price, a fee, a value): per unit, a rate."""
    return frozenset(k for _, k, weak in _loss_kinds() if weak)


# the wage paid to a perpetrator right before the amount (`diupah Rp 20 juta sekali antar`, `menerima upah Rp 5 juta`):
# biaya whatever its rate (gold/incidents/README.md Settled s18 rule 13); a wage promised is read as none before
_WAGE_GAP = r"\s+(?:[\w-]+\s+){0,2}?$"  # up to two words between the wage's word and the amount
_WAGE = r"\b{wage}" + _WAGE_GAP
# the same said by a verb of paying the doer (`wage_paid` rows), not by the bare noun
_WAGE_PAID = r"\b{wage_paid}" + _WAGE_GAP
# a wage by time (`dengan upah Rp 100 ribu per hari`) is a job's, not one paid for the act
_TIME_RATE = r"\s*(?:{rate})\s+(?:{time_unit})\b"


def _paid_wage(sent: str, m: Money) -> bool:
    """The wage right before the amount is said by a verb of paying the doer (`wage_paid` rows: `diupah`, `menerima
    upah`), not by the bare noun (`upah pekerja`): the doer's pay for the act in any sentence (a quote of the case)."""
    return bool(_m(_WAGE_PAID).search(sent, max(0, m.start - 40), m.start))


def _wage(sent: str, m: Money) -> bool:
    """The amount is the wage paid to a perpetrator for the act (`_WAGE`), not a wage by time (`_TIME_RATE`)."""
    return bool(_m(_WAGE).search(sent, max(0, m.start - 40), m.start)) and not _m(_TIME_RATE).match(sent, m.end)


# an amount per thing, time or trip is a rate (a price, a wage), not money of the case; an extortion or a
# bribe per week is still the case's money
_RATE = r"\s*(?:{rate}\s+|/\s*)[a-z]"
# the gap between an amount and the same money in another currency (`US$ 100 ribu atau Rp 1 miliar`)
_CONVERTED = r"\s*[(,]?\s*(?:atau\s+)?(?:{converted}\s+)?"
# a list going on after an amount: a comma or a joiner (`450 dolar Amerika, dua paspor`, `... dan satu unit mobil`)
_LIST_GOES_ON = re.compile(r"\s*(?:,|dan\b|serta\b)", re.IGNORECASE)


def _converted(sent: str, end: int, m: Money) -> bool:
    """The amount `m` is the one before it (ending at `end`) in another currency (`US$ 100 ribu atau Rp 1 miliar`,
    `Rp 1,4 miliar (setara US$ 90 ribu)`); not after a bare comma when a list goes on after it (`uang Rp 21 juta, 450
    dolar Amerika, dua paspor dan ...`: two sums of money seized, each a loss; s24cas)."""
    gap = sent[end:m.start]
    if not _m(_CONVERTED).fullmatch(gap):
        return False
    return gap.strip() != "," or not _LIST_GOES_ON.match(sent, m.end)


@cache
def _range_regexes() -> tuple[re.Pattern, re.Pattern]:
    """The text after the first end of a range of money and before its second (`Rp 5-10 juta`, `Rp 10
    juta hingga Rp 15 juta`, `20 sampai 30 juta rupiah`)."""
    to = r"\s*(?:-|–|hingga|sampai(?:\s+dengan)?|s/d)\s*"
    cur = trie_alternation(currencies()[0])
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


# the sentence after the amounts names them and their seizure: `Semuanya telah disita KPK untuk jadi barang bukti`
_SEIZED_LATER = r"\W*(?:{anaphor})\s+(?:[\w-]+\s+){0,2}?(?:{seized_later})(?![\w-])"


def _seized_later(text: str, sents: list[tuple[int, int]]) -> set[int]:
    """The sentences whose amounts the next sentence says were seized (they are `barang bukti`)."""
    rx = _m(_SEIZED_LATER)
    return {k - 1 for k in range(1, len(sents)) if rx.match(text, sents[k][0], sents[k][1])}


_ONCE = re.compile(r"\bpernah\b", re.IGNORECASE)  # `Tahun lalu, tersangka juga pernah menipu ...`: an earlier case
# the scope of statistics: a count of cases or a scope wider than one case
_STATISTICS = r"(?:\d[\d.]*|belasan|puluhan|ratusan|ribuan)\s+{case}\b|\b{stat_scope}\b"


def _case_sentences(text: str, sents: list[tuple[int, int]],
                    seized: list[tuple[int, int]]) -> tuple[list[bool], set[int]]:
    """Which sentences are of the case, for the weak cues (`senilai`, `seharga`): those that hold a word of an
    incident report or point back at goods seized before (`seized`: the spans of the evidence read; `membeli sabu
    itu seharga`, `ikan hasil tangkapan itu ditaksir senilai`), and those that speak of what the one before reported
    (`Sabu itu ditaksir senilai ...`: `itu`/`tersebut` after the sentence's first words; `Ia juga kehilangan ...`: a
    pronoun of the person it reported opens the sentence); and which of them are so only by the one before."""
    said = [bool(report_regex().search(text, s0, s1)) or _points_at_seized(text, s0, s1, seized) for s0, s1 in sents]
    carried = {k for k, (s0, s1) in enumerate(sents)
               if not said[k] and k > 0 and said[k - 1] and (_THAT.search(text[s0:s1][:60]) or _HE.match(text, s0))}
    return [said[k] or k in carried for k in range(len(sents))], carried


_THAT = re.compile(r"^\W*(?:[\w-]+\s+){1,4}?(?:itu|tersebut)\b", re.IGNORECASE)
_HE = re.compile(r"\W*(?:ia|dia|mereka|keduanya|ketiganya)\s", re.IGNORECASE)  # the person the sentence before spoke of
# a thing pointed back to, in up to three words before the demonstrative: `sabu itu`, `ikan hasil tangkapan tersebut`
_POINTED = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]+)\s+(?:itu|tersebut)\b")


def _points_at_seized(text: str, s0: int, s1: int, seized: list[tuple[int, int]]) -> bool:
    """The sentence points back (`sabu itu`, `ikan hasil tangkapan tersebut`) at a thing the evidence read before it
    names (a noun of the phrase, not a verb nor a `not_item` word, in a span of evidence): it speaks of goods
    seized in the case."""
    before = " | ".join(text[a:b].lower() for a, b in seized if b <= s0)
    if not before:
        return False
    nouns = {w for m in _POINTED.finditer(text, s0, s1) for w in m.group(1).split()
             if len(w) > 2 and w not in words("not_item") and not is_verb(w)}
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in nouns)


def find_losses(text: str, sents: list[tuple[int, int]], seized: list[tuple[int, int]] | None = None,
                seized_units: frozenset[str] = frozenset()) -> list[tuple[int, int, Loss]]:
    """The losses of the case: the amounts of money of its sentences that a cue ties to it. `seized`: the spans of
    the evidence read in the text (goods a sentence may point back at); `seized_units`: the units the evidence read is
    counted in (`liter` of `solar`, 4800, `liter`, whose measure may stand apart from the item's span)."""
    money = [find_money(text[s0:s1]) for s0, s1 in sents]
    # no amount: the lists, the seizures and the sentences of the case need not be read
    return _losses(text, sents, money, seized or [], seized_units) if any(money) else []


def _of_statistics(text: str, sents: list[tuple[int, int]], k: int) -> bool:
    """The amounts of sentence `k` are statistics of many cases: a period with a scope or a count of cases
    (`Sepanjang 2016, total kerugian ... di provinsi itu`), or a cue of loss opening the sentence after a tally of
    cases that ran to the end of the one before (`tercatat 214 kejadian kecelakaan ... . Kerugian material ...`)."""
    sent = text[sents[k][0]:sents[k][1]]
    if OTHER_TIME.search(sent) and (_with_cases(_STATISTICS).search(sent) or _ONCE.search(sent)):
        return True
    opens = re.match(r"\W*(?:[\w-]+\s+){0,2}", sent).end()
    return k > 0 and any(not weak and kind != NO_LOSS and pat.match(sent, w.start())
                         for w in re.finditer(r"[\w-]+", sent[:opens]) for pat, kind, weak in _loss_kinds()) \
        and tally_ends(text[sents[k - 1][0]:sents[k - 1][1]])


def _losses(text: str, sents: list[tuple[int, int]], money: list[list[Money]],
            seized: list[tuple[int, int]], evidence_units: frozenset[str]) -> list[tuple[int, int, Loss]]:
    """`find_losses` for an article with some amount (`money`: the amounts of each sentence)."""
    out: list[tuple[int, int, Loss]] = []
    seen: set[tuple[int, str]] = set()
    listed = list_lines(text, sents) if strong_cue().search(text) else set()
    listed |= _seized_later(text, sents)
    case, carried = _case_sentences(text, sents, seized)
    seized_units = _units_of(text, seized) | evidence_units
    seized_words = _seized_words(text, seized)
    for k, (s0, s1) in enumerate(sents):
        sent = text[s0:s1]
        if not money[k] or _of_statistics(text, sents, k):
            continue  # `Sepanjang 2016, total kerugian ... di provinsi itu mencapai Rp 2 triliun`
        earlier = earlier_verdicts(sent)  # `pernah divonis ... denda Rp 50 juta`: the fine of an earlier case
        # `penipuan daring sebanyak 58 kasus dengan total kerugian`: a tally (a serial offender's total is the case's)
        earlier += other_case_spans(sent, records=False)
        prev, vague = None, False
        for m in money[k]:
            converted = prev is not None and prev.currency != m.currency and _converted(sent, prev.end, m)
            vague = _vague(sent[:m.start]) or vague and _next_of_vague(sent, prev, m)
            prev = m
            if converted or vague or any(a <= m.start < b for a, b in earlier) or _not_a_loss(sent[:m.start]) \
                    or _in_range(sent, m.start, m.end) \
                    or _face_value(sent, m.start) or _NOTES_OF.match(sent, m.end):
                continue  # `US$ 100 ribu atau Rp 1 miliar`: the same money in rupiah
            kind = "other" if _returned(sent, m.start) or _profit(sent, m.start, case[k]) \
                else _loss_kind(sent, m.start, case[k], k in carried) \
                or _loss_kind_after(sent, m.end) or ("barang bukti" if k in listed else None)
            if kind is None and _m(_MOVED_BEFORE).search(sent, max(0, m.start - 40), m.start):
                kind = "other"  # `uang dipotong Rp 300 juta`
            kind = kind or _handed(sent, m.start, m.end) or _subject_kind(sent, m.start, m.end)
            if kind == "other" and _for_no_case(sent, m.end):
                continue  # `uang dikumpulkan Rp 2 juta untuk membantu korban`
            if kind == NO_LOSS:
                continue  # `meraup laba bersih Rp 625 miliar`: a company's earnings
            kind = "biaya" if (case[k] or _paid_wage(sent, m)) and _wage(sent, m) else _priced(sent, m, kind, seized_units, seized_words)
            if kind is None or (m.amount, m.currency) in seen:
                continue
            seen.add((m.amount, m.currency))
            out.append((s0 + m.start, s0 + m.end, Loss(amount=m.amount, currency=m.currency, kind=kind)))
    return out
