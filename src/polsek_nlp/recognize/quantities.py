"""Numbers, money amounts and quantities as Indonesian writes them.

- digits under Indonesian conventions: `,` is the decimal mark and `.` groups thousands
  (`1,2` -> 1.2, `6.521` -> 6521, `1.500.000` -> 1500000; `1,500,000` with English grouping too);
- number words (`tiga`, `dua puluh lima`, `seratus`, `seorang`) from `data/number_words.tsv`;
- a scale word after either (`1,2 juta`, `dua ribu`) multiplies;
- money: `Rp57 juta`, `Rp 1,2 miliar`, `Rp1.500.000`, `USD 10 ribu`, `500 ribu rupiah`, `US$ 3.000`
  (currencies from `data/currencies.tsv`);
- quantities: a number and a unit (`1,2 kilogram`, `sebutir`, `1/2 kg`, `setengah ons`; units from
  `data/incident_units.tsv`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from polsek_nlp.data import read_table
from polsek_nlp.knowledge.wordtrie import trie_alternation


@cache
def number_words() -> dict[str, tuple[float, str]]:
    """word -> (value, kind) of `data/number_words.tsv`."""
    return {r["word"]: (float(r["value"]), r["kind"]) for r in read_table("number_words.tsv")}


@dataclass(frozen=True)
class Unit:
    unit: str
    factor: float
    kind: str


@cache
def units() -> dict[str, Unit]:
    return {r["word"]: Unit(r["unit"], float(r["factor"]), r["kind"]) for r in read_table("incident_units.tsv")}


@cache
def currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(signs before the number, words after it): written form (lower case) -> ISO code."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for r in read_table("currencies.tsv"):
        (before if r["position"] == "before" else after)[r["word"].lower()] = r["code"]
    return before, after


DIGITS = r"\d+(?:[.,]\d+)*"


@cache
def _word_alt() -> str:
    words = [w for w, (_, kind) in number_words().items() if kind not in ("scale", "collective", "point")]  # digits, teens, tens, hundreds, one, fractions
    return trie_alternation(words)  # one pass per position, not one try per number word


@cache
def _point_alt() -> str:
    """The words of a decimal point read aloud (`point` rows: `koma`), one alternation."""
    return trie_alternation(w for w, (_, kind) in number_words().items() if kind == "point")


@cache
def number_pattern() -> str:
    """A regex (no groups) for a number in digits or words, without its scale word; digits may be followed by the
    same number in words in brackets, as releases write counts (`7 (tujuh) orang`; `parse_number` reads the digits)."""
    w = _word_alt()
    decimals = rf"(?:\s+(?:{_point_alt()})(?:\s+(?:{w}))+)?"  # `nol koma lima`: a decimal read aloud
    return rf"(?:{DIGITS}(?:\s*\((?:{w})(?:\s+(?:{w}))*\))?|(?:{w})(?:\s+(?:{w}))*{decimals})"


@cache
def scale_pattern() -> str:
    scales = [w for w, (_, kind) in number_words().items() if kind == "scale"]
    return trie_alternation(scales)


def parse_digits(tok: str) -> float | None:
    """`1,2` -> 1.2; `6.521` -> 6521; `1.500.000` -> 1500000; `1,500,000` -> 1500000; `0,5` -> 0.5."""
    tok = tok.strip().rstrip(".,")
    if not tok or not tok[0].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", tok):  # English thousands: 1,500,000
        return float(tok.replace(",", ""))
    if "," in tok:
        intpart, _, dec = tok.rpartition(",")
        if not dec.isdigit():
            return None
        return float((intpart.replace(".", "").replace(",", "") or "0") + "." + dec)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
        return float(tok.replace(".", ""))
    if tok.count(".") == 1:  # a point that groups no thousands (`1.5`): a decimal point
        return float(tok)
    try:
        return float(tok.replace(".", ""))
    except ValueError:
        return None


def parse_words(text: str) -> float | None:
    """`dua puluh lima` -> 25; `seratus dua belas` -> 112; `tiga ribu` -> 3000; `seorang` -> 1; `nol koma lima`
    -> 0.5 (the words after the point digit by digit, `satu koma dua lima` -> 1.25, or as one number)."""
    whole, _, decimals = re.sub(rf"\s+(?:{_point_alt()})\s+", "\t", text.strip(), count=1, flags=re.I).partition("\t")
    value = _whole_words(whole)
    if value is None or not decimals:
        return value
    digits = [number_words().get(w) for w in decimals.lower().split()]
    if all(d and d[1] == "digit" and d[0] < 10 for d in digits):
        fraction = "".join(str(int(d[0])) for d in digits if d)
    else:
        rest = _whole_words(decimals)
        fraction = str(int(rest)) if rest is not None else ""
    return float(f"{int(value)}.{fraction}") if fraction else None


def _whole_words(text: str) -> float | None:
    table = number_words()
    total = 0.0
    group = 0.0
    current = 0.0
    seen = False
    for w in text.lower().split():
        if w not in table:
            return None
        value, kind = table[w]
        seen = True
        if kind in ("digit", "one", "collective"):
            if value >= 1000:  # seribu, sejuta
                total += value
            elif value >= 100:  # seratus
                group += value
            else:
                current += value
        elif kind in ("teen", "fraction"):  # `dua belas`; `satu setengah` -> 1.5
            current += value
        elif kind == "tens":
            current *= value
        elif kind == "hundreds":
            group += current * value
            current = 0.0
        elif kind == "scale":
            total += (group + current or 1) * value
            group = current = 0.0
    return total + group + current if seen else None


def parse_number(text: str) -> float | None:
    """A number in digits or words, with an optional scale word after it (`1,2 juta`)."""
    text = text.strip()
    m = re.match(DIGITS, text)
    if m:
        value = parse_digits(m.group(0))
        rest = text[m.end():].split()
        if value is not None and rest:
            scale = number_words().get(rest[0].lower())
            if scale and scale[1] == "scale" and (rest[0].islower() or rest[0] in ("M", "T")):
                value *= scale[0]
        return value
    return parse_words(text)


def as_number(value: float | None) -> int | float | None:
    """An int when whole (6521.0 -> 6521), else the float rounded to 6 places."""
    if value is None:
        return None
    r = round(value, 6)
    return int(r) if r == int(r) else r


# --- money ---------------------------------------------------------------------------------------

@cache
def money_regex() -> re.Pattern:
    before, after = currencies()
    b, a = trie_alternation(before), trie_alternation(after)  # tries: the signs are tried at every position
    num = number_pattern()
    scale = scale_pattern()
    return re.compile(
        rf"(?<![\w$])(?P<cur>{b})\s*(?P<num>{DIGITS})(?:\s*(?P<scale>{scale})\b)?"
        rf"|(?<![\w.,])(?P<num2>{num})(?:\s*(?P<scale2>{scale})\b)?\s+(?P<cur2>{a})\b",
        re.IGNORECASE)


@dataclass
class Money:
    amount: int
    currency: str
    start: int
    end: int


def find_money(text: str) -> list[Money]:
    """Every money amount in `text`, normalised (`Rp 1,2 miliar` -> 1200000000 IDR)."""
    before, after = currencies()
    out = []
    for m in money_regex().finditer(text):
        if m.group("cur"):
            cur, num, scale = before[m.group("cur").lower()], m.group("num"), m.group("scale")
            value = parse_digits(num)
        else:
            cur, num, scale = after[m.group("cur2").lower()], m.group("num2"), m.group("scale2")
            value = parse_digits(num) if num[0].isdigit() else parse_words(num)
        if value is None:
            continue
        if scale:
            sv = number_words().get(scale.lower()) or number_words().get(scale)
            if sv is None or (scale in ("M", "T", "m", "t") and scale not in ("M", "T")):
                continue
            value *= sv[0]
        if value <= 0:
            continue
        out.append(Money(int(round(value)), cur, m.start(), m.end()))
    return out


def parse_money(text: str) -> tuple[int, str] | None:
    """(amount, ISO currency) of the first amount in `text` (`Rp57 juta` -> (57000000, "IDR"))."""
    found = find_money(text)
    return (found[0].amount, found[0].currency) if found else None


# --- quantities ----------------------------------------------------------------------------------

@cache
def quantity_regex() -> re.Pattern:
    """A number and a unit (`1,2 kilogram`, `dua papan`, `1.000 kg`, `1 (satu) paket`), or `se` + a unit
    (`sebutir`)."""
    us = trie_alternation(units())
    spelled = rf"(?:\s*\(\s*(?:\d+|(?:{_word_alt()})(?:\s+(?:{_word_alt()}))*)\s*\))?"  # `1 (satu) paket`, `dua (2) paket`
    return re.compile(
        rf"(?<![\w.,/])(?:(?P<num>{FRACTION}|{number_pattern()}){spelled}(?:\s*(?P<scale>ribu|juta)\b)?\s*(?P<unit>{us})"
        rf"|se(?P<seunit>{us}))(?!\w)",
        re.IGNORECASE)


FRACTION = r"\d{1,2}\s*/\s*\d{1,2}(?![\d/])"  # `1/2 kg`, `3/4 kilogram` (a quantity's number only: `24/8` is a date elsewhere)


def _fraction(text: str) -> float | None:
    m = re.fullmatch(r"(\d+)\s*/\s*(\d+)", text.strip())
    return int(m.group(1)) / int(m.group(2)) if m and int(m.group(2)) else None


@dataclass
class Quantity:
    value: int | float | None
    unit: str
    kind: str
    start: int
    end: int


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity in `text`: `1,2 kilogram` -> 1.2 kg; `6.521 gram` -> 6521 g; `1 ton` -> 1000 kg."""
    found = find_quantities(text)
    return found[0] if found else None


def find_quantities(text: str) -> list[Quantity]:
    out = []
    for m in quantity_regex().finditer(text):
        if m.group("seunit"):
            u = units()[m.group("seunit").lower()]
            value: float | None = 1.0
        else:
            u = units().get(m.group("unit").lower())
            if u is None:
                continue
            value = _fraction(m.group("num")) if "/" in m.group("num") else parse_number(m.group("num"))
            if value is None:
                continue
            if m.group("scale"):
                value *= number_words()[m.group("scale").lower()][0]
        out.append(Quantity(as_number(value * u.factor), u.unit, u.kind, m.start(), m.end()))
    return out
