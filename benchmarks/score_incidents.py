#!/usr/bin/env python3
"""Score the incident fields of issue 22 (suspects, victims, casualties, evidence, losses, charges,
event arrests) against the development gold in ``gold/incidents/``.

    python benchmarks/score_incidents.py [--split tune|unseen|all] [--round 1-2|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|all] [--gold DIR]
                                         [--shared PATH] [--errors]
    python benchmarks/score_incidents.py --gold gold/genre --split tune|unseen|all

``--gold gold/genre`` scores the 528 invented police reports that carry their own text: round 1 (48, files
without ``round``, ``--round 1``), round 2 (30 written in session 15 outside Java, ``"round": 2``,
``--round 2``), round 3 (30 written in session 16 by a helper that never read the recognizers,
``"round": 3``, ``--round 3``) and round 4 (30 written in session 17 the same way, ``"round": 4``,
``--round 4``), round 5 (30 written in session 18 the same way, ``"round": 5``, ``--round 5``), round 6
(30 written in session 19 the same way, ``"round": 6``, ``--round 6``), round 7 (30 written in session 20
the same way, ``"round": 7``, ``--round 7``), round 8 (30 written in session 21 the same way, ``"round": 8``,
``--round 8``), round 9 (30 written in session 22 the same way, ``"round": 9``, ``--round 9``), round 10
(30 written in session 23 the same way, ``"round": 10``, ``--round 10``), round 11 (30 written in session 24
the same way, ``"round": 11``, ``--round 11``), round 12 (30 written in session 25 the same way, ``"round": 12``,
``--round 12``), round 13 (30 written in session 26 the same way, ``"round": 13``, ``--round 13``), round 14 (30
written in session 27 the same way, ``"round": 14``, ``--round 14``), round 15 (30 written in session 28 the same
way, ``"round": 15``, ``--round 15``), round 16 (30 written in session 29 the same way, ``"round": 16``,
``--round 16``) and round 17 (30 written in session 30 the same way, unweighted, ``"round": 17``, ``--round 17``); the default ``--round 1-2`` takes rounds 1 and 2 (so earlier figures stay
comparable), ``--round all`` all seventeen.

``--round`` picks the gold by selection round: ``1-2`` (the default: the 73 articles of rounds 1 and 2,
the figures of sessions before round 3, files without a ``round`` field), ``3`` (the 30 articles of
round 3), ``4`` (the 22 articles of round 4), ``5`` (the 7 articles of round 5, session 24) or ``all`` (all 132).

Each gold file is joined with its article text in the shared IndoSum archive
(``<shared>/corpora/archive/indosum-2017-a.jsonl``) by id, the text's SHA-1 is checked against the
gold's ``text_sha1``, and ``polsek_nlp.analyze(text, published=gold["published"])`` is run. A gold
file that carries its own ``text`` (the invented reports of ``gold/genre/``, ``--gold gold/genre``) is
scored on that text, checked against its ``text_sha1`` the same way; the archive is then not needed. A record
that lacks a field scores as an empty prediction for it. Fields and matching (micro-averaged over
the articles):

- suspects+victims: suspects are matched to suspects and victims to victims; a named entry by its
  folded name (lower case, accents, spaces and punctuation dropped; the gold alias also matches); the
  unnamed entries (name null) of one article by count. Also shown per list.
- casualties: the share of the gold's non-null numbers (dead, injured, missing) that the record gives
  exactly (``wrong`` counts non-null predictions where the gold has null: not in the share).
- evidence: item (folded, a few synonyms) and quantity (number under Indonesian conventions:
  ``1,2`` -> 1.2, ``6.521`` -> 6521) must both be right, and the unit after normalisation
  (``gram``/``gr`` -> ``g``, ``kilogram`` -> ``kg`` ...) must agree; null quantity matches null.
- losses: amount (integer; strings such as ``Rp 1,2 miliar`` are normalised) and currency (ISO code;
  ``Rp`` -> IDR, ``US$`` -> USD).
- charges: article (``12 B`` -> ``12B``) and law (``UU No. 35 Tahun 2009`` -> ``UU 35/2009``, ``KUHP``).
- event arrests: accuracy over articles whose gold ``event.arrests`` is not null (also subtype).

Exits 0 with a message when the archive is absent (nothing to score).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "incidents"
SHARED = ROOT.parent / "shared"
ARCHIVE = Path("corpora") / "archive" / "indosum-2017-a.jsonl"

# --- normalisation -----------------------------------------------------------------------------

_NUM_WORDS = {
    "nol": 0, "satu": 1, "se": 1, "sebuah": 1, "seorang": 1, "seekor": 1, "selembar": 1, "sebutir": 1,
    "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}
_SCALES = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9,
           "triliun": 10**12, "trilyun": 10**12}
_UNITS = {
    "g": "g", "gr": "g", "gram": "g", "grams": "g", "gm": "g",
    "kg": "kg", "kilo": "kg", "kilogram": "kg", "kilogramme": "kg",
    "mg": "mg", "miligram": "mg",
    "butir": "butir", "tablet": "butir", "pil": "butir",
    "botol": "botol", "unit": "unit", "paket": "paket", "lembar": "lembar", "helai": "lembar",
    "batang": "batang", "bungkus": "bungkus", "karung": "karung", "linting": "linting",
    "lintingan": "linting", "papan": "papan", "ekor": "ekor", "buah": "buah", "pucuk": "pucuk",
    "ml": "ml", "mililiter": "ml", "liter": "liter", "l": "liter", "ltr": "liter",
}
_ITEM_SYNONYMS = {
    "shabu": "sabu", "sabusabu": "sabu", "shabushabu": "sabu", "metamfetamin": "sabu",
    "methamphetamine": "sabu", "ekstasi": "ekstasi", "ekstasy": "ekstasi", "ecstasy": "ekstasi",
    "inex": "ekstasi", "ponsel": "handphone", "hp": "handphone", "telepongenggam": "handphone",
    "telepon": "handphone", "handphone": "handphone", "motor": "sepedamotor", "clurit": "celurit",
    "sajam": "senjatatajam", "senpi": "senjataapi", "tembakaugorilla": "tembakaugorila",
    # the README's other normal names: `bong` (alat hisap), `handphone` (telepon seluler), `botol miras`
    "alathisap": "bong", "alatisap": "bong", "teleponseluler": "handphone", "teleponselular": "handphone",
    "miras": "botolmiras", "minumankeras": "botolmiras", "metamfetamina": "sabu",
}
_CURRENCIES = {
    "rp": "IDR", "idr": "IDR", "rupiah": "IDR", "usd": "USD", "us$": "USD", "$": "USD", "dolar": "USD",
    "dollar": "USD", "dolaras": "USD", "sgd": "SGD", "s$": "SGD", "eur": "EUR", "euro": "EUR",
    "myr": "MYR", "ringgit": "MYR", "rm": "MYR", "jpy": "JPY", "yen": "JPY", "cny": "CNY", "yuan": "CNY",
    "aud": "AUD", "a$": "AUD", "sar": "SAR", "riyal": "SAR",
}


def fold(s: Any) -> str:
    """Lower case, accents dropped, only letters and digits kept: the key names and items match on."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", str(s))
    return "".join(c for c in s.lower() if c.isalnum())


def parse_number(x: Any) -> float | None:
    """A quantity under Indonesian conventions: ``,`` decimal, ``.`` thousands (``1,2`` -> 1.2,
    ``6.521`` -> 6521, ``1.500.000`` -> 1500000); number words (``dua`` -> 2); a scale word
    (``1,2 juta``) multiplies. Numbers pass through. None when nothing numeric is found."""
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    s = str(x).strip().lower()
    if not s:
        return None
    m = re.search(r"\d[\d.,]*", s)
    if m:
        tok = m.group(0).rstrip(".,")
        if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", tok):  # 1,500,000: English thousands
            value = float(tok.replace(",", ""))
        elif "," in tok:
            intpart, _, dec = tok.rpartition(",")
            value = float(intpart.replace(".", "").replace(",", "") + "." + dec) if intpart else float("0." + dec)
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
            value = float(tok.replace(".", ""))
        elif tok.count(".") == 1:  # a lone point that does not group thousands: a decimal point
            value = float(tok)
        else:
            value = float(tok.replace(".", ""))
        rest = s[m.end():]
    else:
        word = re.match(r"[a-z]+", s)
        if not word or word.group(0) not in _NUM_WORDS:
            return None
        value = float(_NUM_WORDS[word.group(0)])
        rest = s[word.end():]
    scale = re.match(r"\s*([a-z]+)", rest)
    if scale and scale.group(1) in _SCALES:
        value *= _SCALES[scale.group(1)]
    return value


def norm_unit(u: Any) -> str | None:
    if u is None:
        return None
    k = str(u).strip().lower().rstrip(".")
    return _UNITS.get(k, k or None)


def norm_item(item: Any) -> str:
    k = fold(item)
    return _ITEM_SYNONYMS.get(k, k)


def norm_currency(c: Any) -> str | None:
    if c is None:
        return None
    k = str(c).strip().lower().replace(" ", "").rstrip(".")
    return _CURRENCIES.get(k, k.upper() or None)


def parse_money(amount: Any, currency: Any = None) -> tuple[int | None, str | None]:
    """(integer amount, ISO currency) from a number, or from a written amount such as
    ``Rp 1,2 miliar``, ``Rp1.500.000``, ``USD 10 ribu`` (its currency wins when `currency` is None)."""
    cur = norm_currency(currency)
    if isinstance(amount, str):
        m = re.match(r"\s*(rp\.?|idr|usd|us\$|sgd|s\$|eur|rm|myr|\$)\s*", amount, re.I)
        if m:
            cur = cur or norm_currency(m.group(1))
            amount = amount[m.end():]
        elif re.search(r"\b(dolar|dollar)\b", amount, re.I):
            cur = cur or "USD"
        elif re.search(r"\brupiah\b", amount, re.I):
            cur = cur or "IDR"
    value = parse_number(amount)
    return (None if value is None else int(round(value))), cur


def norm_article(a: Any) -> str:
    return fold(a).upper()


def norm_law(law: Any) -> str:
    """``UU No. 35 Tahun 2009 tentang Narkotika`` / ``UU 35/2009`` -> ``UU 35/2009``; ``KUHP``;
    ``Undang-Undang Narkotika`` -> ``UU NARKOTIKA``."""
    if law is None:
        return ""
    s = " ".join(str(law).split())
    low = s.lower()
    if re.search(r"\bkuhap\b|kitab undang\W+undang hukum acara pidana", low):
        return "KUHAP"
    if re.search(r"\bkuhp\b|\bkhup\b|kitab undang\W+undang hukum pidana", low):
        return "KUHP"
    kind = "UU"
    if re.search(r"\bperppu\b|peraturan pemerintah pengganti", low):
        kind = "PERPPU"
    elif re.search(r"\bdarurat\b", low):
        kind = "UU DARURAT"
    elif re.search(r"\bperaturan pemerintah\b|\bpp\b", low) and not re.search(r"\buu\b|undang", low):
        kind = "PP"
    m = (re.search(r"(\d+)\s*/\s*(\d{4})", s)
         or re.search(r"(?:nomor|no\.?|nomer)?\s*(\d+)\s+tahun\s+(\d{4})", low))
    if m:
        return f"{kind} {int(m.group(1))}/{m.group(2)}"
    topic = re.sub(r"^(undang\W+undang|uu)\s*(ri|republik indonesia)?\s*(tentang)?\s*", "", low).strip()
    return f"{kind} {fold(topic).upper()}" if topic else kind


# --- matching ----------------------------------------------------------------------------------

@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Share:
    hit: int = 0
    total: int = 0
    wrong: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0


@dataclass
class Scores:
    articles: int = 0
    suspects: PRF = field(default_factory=PRF)
    victims: PRF = field(default_factory=PRF)
    casualties: Share = field(default_factory=Share)
    evidence: PRF = field(default_factory=PRF)
    losses: PRF = field(default_factory=PRF)
    charges: PRF = field(default_factory=PRF)
    arrests: Share = field(default_factory=Share)
    subtype: Share = field(default_factory=Share)
    errors: list[str] = field(default_factory=list)

    @property
    def persons(self) -> PRF:
        s = PRF()
        for x in (self.suspects, self.victims):
            s.add(x.tp, x.fp, x.fn)
        return s


def _as_list(x: Any) -> list:
    return x if isinstance(x, list) else []


def _get(obj: Any, key: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(key)
    return getattr(obj, key, None)


def _multiset_match(gold: list, pred: list, same) -> tuple[list, list, list]:
    """Greedy one-to-one matching: (matched pairs, gold misses, false predictions)."""
    left = list(pred)
    pairs, misses = [], []
    for g in gold:
        for i, p in enumerate(left):
            if same(g, p):
                pairs.append((g, left.pop(i)))
                break
        else:
            misses.append(g)
    return pairs, misses, left


def match_people(gold: list, pred: list) -> tuple[int, list, list]:
    """(true positives, misses, false hits): named entries by folded name (or the gold alias),
    unnamed ones by count."""
    g_named = [g for g in gold if fold(_get(g, "name"))]
    p_named = [p for p in pred if fold(_get(p, "name"))]
    g_anon = len(gold) - len(g_named)
    p_anon = len(pred) - len(p_named)

    def same(g, p):
        keys = {fold(_get(g, "name")), fold(_get(g, "alias"))} - {""}
        return fold(_get(p, "name")) in keys or (fold(_get(p, "alias")) and fold(_get(p, "alias")) in keys)

    pairs, misses, false = _multiset_match(g_named, p_named, same)
    anon = min(g_anon, p_anon)
    misses += [{"name": None}] * (g_anon - anon)
    false += [{"name": None}] * (p_anon - anon)
    return len(pairs) + anon, misses, false


def _qty_equal(a: Any, b: Any) -> bool:
    x, y = parse_number(a), parse_number(b)
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= 1e-6 * max(1.0, abs(x))


def same_evidence(g: Any, p: Any) -> bool:
    return (norm_item(_get(g, "item")) == norm_item(_get(p, "item"))
            and _qty_equal(_get(g, "quantity"), _get(p, "quantity"))
            and norm_unit(_get(g, "unit")) == norm_unit(_get(p, "unit")))


def same_loss(g: Any, p: Any) -> bool:
    ga, gc = parse_money(_get(g, "amount"), _get(g, "currency"))
    pa, pc = parse_money(_get(p, "amount"), _get(p, "currency"))
    return ga is not None and ga == pa and (gc or "IDR") == (pc or "IDR")


def same_charge(g: Any, p: Any) -> bool:
    return (norm_article(_get(g, "article")) == norm_article(_get(p, "article"))
            and norm_law(_get(g, "law")) == norm_law(_get(p, "law")))


def _fmt(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, default=str)


def score_article(gold: dict, rec: Any, scores: Scores) -> None:
    """Add one article's counts to `scores`; `rec` is a record dict (or object) whose incident
    fields may be missing."""
    scores.articles += 1
    aid = gold.get("id", "?")
    err = scores.errors

    def note(kind: str, what: str, items: list) -> None:
        for x in items:
            err.append(f"{aid}\t{kind}\t{what}\t{_fmt(x)}")

    for key in ("suspects", "victims"):
        tp, misses, false = match_people(_as_list(gold.get(key)), _as_list(_get(rec, key)))
        getattr(scores, key).add(tp, len(false), len(misses))
        note(key, "miss", misses)
        note(key, "false", false)

    g_cas, p_cas = gold.get("casualties") or {}, _get(rec, "casualties") or {}
    for k in ("dead", "injured", "missing"):
        gv, pv = g_cas.get(k), _get(p_cas, k)
        if gv is None:
            if pv is not None:
                scores.casualties.wrong += 1
                err.append(f"{aid}\tcasualties\tfalse\t{k}={pv}")
            continue
        scores.casualties.total += 1
        if parse_number(pv) is not None and parse_number(pv) == float(gv):
            scores.casualties.hit += 1
        else:
            err.append(f"{aid}\tcasualties\tmiss\t{k}: gold {gv}, record {pv}")

    for key, same in (("evidence", same_evidence), ("losses", same_loss), ("charges", same_charge)):
        pairs, misses, false = _multiset_match(_as_list(gold.get(key)), _as_list(_get(rec, key)), same)
        getattr(scores, key).add(len(pairs), len(false), len(misses))
        note(key, "miss", misses)
        note(key, "false", false)

    g_ev, p_ev = gold.get("event") or {}, _get(rec, "event") or {}
    for k, share in (("arrests", scores.arrests), ("subtype", scores.subtype)):
        gv, pv = g_ev.get(k), _get(p_ev, k)
        if gv is None:
            continue
        share.total += 1
        ok = (parse_number(pv) == float(gv)) if k == "arrests" else fold(pv) == fold(gv)
        if ok:
            share.hit += 1
        else:
            err.append(f"{aid}\tevent.{k}\tmiss\tgold {gv}, record {pv}")


def report(scores: Scores, errors: bool = False) -> str:
    lines = [f"articles: {scores.articles}",
             f"{'field':<18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for name, prf in (("suspects+victims", scores.persons), ("  suspects", scores.suspects),
                      ("  victims", scores.victims), ("evidence", scores.evidence),
                      ("losses", scores.losses), ("charges", scores.charges)):
        lines.append(f"{name:<18} {prf.p:6.3f} {prf.r:6.3f} {prf.f1:6.3f}   {prf.tp}/{prf.fp}/{prf.fn}")
    c = scores.casualties
    lines.append(f"{'casualties exact':<18} {c.value:6.3f} of {c.total} gold numbers ({c.hit} right; "
                 f"{c.wrong} numbers where the gold has none)")
    for name, s in (("event arrests", scores.arrests), ("event subtype", scores.subtype)):
        lines.append(f"{name:<18} {s.value:6.3f} accuracy over {s.total} articles ({s.hit} right)")
    if errors:
        lines.append("")
        lines.append("errors (article, field, miss|false, item):")
        lines.extend(scores.errors or ["(none)"])
    return "\n".join(lines)


# --- gold and texts ----------------------------------------------------------------------------

def _in_round(g: dict, rnd: str) -> bool:
    r = g.get("round", 1)
    return rnd == "all" or (rnd == "1-2" and r in (1, 2)) or (rnd.isdigit() and r == int(rnd))


def load_gold(gold_dir: Path, split: str = "all", rnd: str = "all") -> list[dict]:
    out = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        if (split == "all" or g.get("split") == split) and _in_round(g, rnd):
            out.append(g)
    return out


def load_texts(archive: Path, ids: set[str]) -> dict[str, str]:
    texts = {}
    with open(archive, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in ids:
                texts[row["id"]] = row["text"]
    return texts


def collect_texts(golds: list[dict], shared: Path) -> dict[str, str] | None:
    """Each gold's text by id: its own ``text`` when it carries one (``gold/genre``), else the archive's;
    None when a gold needs the archive and the archive is absent."""
    texts = {g["id"]: g["text"] for g in golds if isinstance(g.get("text"), str)}
    need = {g["id"] for g in golds} - set(texts)
    if need:
        archive = shared / ARCHIVE
        if not archive.exists():
            return None
        texts.update(load_texts(archive, need))
    return texts


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "unseen", "all"), default="all")
    ap.add_argument("--round", dest="rnd", choices=("1-2", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "all"), default="1-2",
                    help="selection round of the gold (default 1-2: the 73 articles before round 3)")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--errors", action="store_true", help="list misses and false hits")
    a = ap.parse_args(argv)

    golds = load_gold(a.gold, a.split, a.rnd)
    if not golds:
        print(f"score_incidents: no gold files for split {a.split!r} in {a.gold}")
        return 0
    texts = collect_texts(golds, a.shared)
    if texts is None:
        print(f"score_incidents: archive not found ({a.shared / ARCHIVE}); nothing to score (use --shared PATH)")
        return 0

    import polsek_nlp

    scores = Scores()
    bad = []
    for g in golds:
        text = texts.get(g["id"])
        if text is None or sha1(text) != g.get("text_sha1"):
            bad.append(g["id"])
            continue
        rec = polsek_nlp.analyze(text, published=g.get("published"), id=g["id"]).to_dict()
        score_article(g, rec, scores)
    print(f"incident gold: {a.gold} (split {a.split}, round {a.rnd}, {len(golds)} articles)")
    print(report(scores, errors=a.errors))
    if bad:
        print(f"\nnot scored (text missing or text_sha1 differs): {len(bad)}", *bad, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
