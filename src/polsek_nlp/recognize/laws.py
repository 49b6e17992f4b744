"""Articles of law as charges are written: `Pasal 114 ayat (2) UU Nomor 35 Tahun 2009 tentang
Narkotika`, `Pasal 12B atau Pasal 11 UU 31/1999 ... juncto Pasal 55 ayat (1) ke-1 KUHP`,
`Pasal 283 Juncto Pasal 310 UU LLAJ`, and the penalty threatened (`paling lama 20 tahun`).

A chain of articles is read left to right; each law citation closes the articles read since the
previous one. `sebagaimana telah diubah dengan UU ...` names an amending law, which is skipped (the
charge cites the first law). Law names come from `data/laws.tsv`.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import word_regex, worded, words
from polsek_nlp.recognize.quantities import parse_number
from polsek_nlp.record.types import Charge

_UU = r"(?:UU|Undang\s*-?\s*[Uu]ndang)"


@cache
def law_names() -> list[tuple[str, str]]:
    """(written name, normal citation), longest first (`Lalu Lintas dan Angkutan Jalan` before `Lalu Lintas`)."""
    out = []
    for r in read_table("laws.tsv"):
        for name in split_cell(r["names"]):
            out.append((name, r["law"]))
    return sorted(out, key=lambda x: -len(x[0]))


@cache
def _canonical() -> dict[str, str]:
    """`12/1951` -> `UU Darurat 12/1951`: the citation of the table for a law cited by number only."""
    out = {}
    for r in read_table("laws.tsv"):
        m = re.search(r"(\d+/\d{4})$", r["law"])
        if m:
            out[m.group(1)] = r["law"]
    return out


def _is_code(name: str) -> bool:
    """A name of a penal code (`KUHP`, `KUHP Baru`, `Kitab Undang-Undang ...`): written with no `UU` before it."""
    return name.upper().startswith(("KUH", "KITAB", "KHUP"))


@cache
def _law_regex() -> re.Pattern:
    named = [n for n, _ in law_names() if _is_code(n)]
    topics = [n for n, _ in law_names() if not _is_code(n)]
    kuh = "|".join(re.escape(n).replace(r"\-", r"\s*-?\s*").replace(r"\ ", r"\s+") for n in named)
    top = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in topics)
    return re.compile(
        rf"(?P<num>(?P<kind>Perppu|Perpu|{_UU}\s*(?:\(\s*UU\s*\)\s*)?(?:RI\s*|Republik\s+Indonesia\s*)?(?P<darurat>Darurat\s*)?)\s*(?:\(?\s*(?:Nomor|Nomer|No\.?)\s*)?"
        rf"(?P<n>\d+)\s*(?:/|[Tt]ahun|[Tt]h\.?|[Tt]hn\.?)\s*(?P<y>\d{{4}}|\d{{2}}))"
        rf"|(?P<kuh>\b(?:{kuh})\b)"
        rf"|(?P<named>{_UU}\s*(?:RI\s*)?(?:tentang\s+)?(?P<topic>{top})\b"
        rf"(?:\s*(?:Nomor|Nomer|No\.?)\s*(?P<n2>\d+)\s*(?:/|[Tt]ahun|[Tt]h\.?)\s*(?P<y2>\d{{4}}))?)",  # `UU Narkotika No 35 Tahun 2009`
        re.IGNORECASE)


# `Pasal 156a`, `Pasal 76 D`, `Pasal 156 (a)`, `Pasal 303 bis` (an article inserted after 303)
_LETTER = r"(?:(?P<l>[A-Z](?![a-z]))|\(\s*(?P<lp>[a-z])\s*\)|(?P<bis>bis)(?![\w-]))?"
_ARTICLE = re.compile(rf"\b(?:Pasal|Psl\.?|Ps\.?)\s*(?P<a>\d+)\s*{_LETTER}", re.IGNORECASE)


def _article(m: re.Match) -> str:
    return m.group("a") + (m.group("l") or m.group("lp") or "").upper() + (m.group("bis") or "").lower()
_PASAL = re.compile(r"\b(?:Pasal|Psl\.?|Ps\.)", re.IGNORECASE)
_BARE = re.compile(r"(?P<a>\d+)\s*(?P<l>[A-Z](?![a-z]))?\s*$")
_CLAUSE = re.compile(r"\s*(?:ayat|ay\.)\s*\(?\s*(?P<c>\d+)\s*\)?(?:\s*huruf\s+(?P<h>[a-z])\b)?"
                     r"(?:\s*ke\s*[-–—]?\s*(?P<k>\d+))?"
                     r"|\s*huruf\s+(?P<h2>[a-z])\b"  # `Pasal 12 huruf a`: a letter with no ayat
                     r"|\s*ke\s*[-–—]\s*(?P<k2>\d+)", re.IGNORECASE)  # `Pasal 480 ke-1`: a sub-item with no ayat
_AMEND = re.compile(r"(?:sebagaimana\s+)?(?:telah\s+)?(?:di\s*ubah|diperbaharui|diperbarui)\s+(?:dengan|dalam|menjadi|oleh)?\s*$",
                    re.IGNORECASE)


def _year(y: str) -> str:
    if len(y) == 4:
        return y
    return ("20" if int(y) <= 30 else "19") + y


def _law_of(m: re.Match) -> str:
    if m.group("num"):
        kind = m.group("kind").lower()
        prefix = "Perppu" if kind.startswith("perp") else ("UU Darurat" if m.group("darurat") else "UU")
        number = f"{int(m.group('n'))}/{_year(m.group('y'))}"
        return _canonical().get(number, f"{prefix} {number}")
    if m.group("kuh"):
        low = m.group("kuh").lower()
        for name, law in law_names():
            if re.sub(r"\W", "", name.lower()) == re.sub(r"\W", "", low):
                return law
        return "KUHP"
    if m.group("n2"):
        number = f"{int(m.group('n2'))}/{m.group('y2')}"
        return _canonical().get(number, f"UU {number}")
    topic = re.sub(r"\s+", " ", m.group("topic")).lower()
    for name, law in law_names():
        if name.lower() == topic:
            short = split_cell(next(r["names"] for r in read_table("laws.tsv") if r["law"] == law))[0]
            return f"UU {short}"
    return f"UU {m.group('topic')}"


def _bare_article(between: str, pending: list[Charge]) -> Charge | None:
    """A bare number just before the law (`... 76 D UU 35 / 14`) is one more article; not a sub-item
    of the clause before it (`ayat (1) ke-3, 4 dan 5 KUHP`: the 5 is a sub-item, not an article)."""
    bare = _BARE.search(between)
    sub_items = bool(pending) and bool(pending[-1].clause) and re.search(r"ke-|huruf", pending[-1].clause or "") \
        and re.match(r"\s*(?:,|dan|serta)\s*(?:ke\s*[-–—]?\s*)?\d", between)
    if bare and not sub_items:
        return Charge(article=bare.group("a") + (bare.group("l") or ""))
    return None


def _amended_next(text: str, pos: int) -> bool:
    """The law just cited is amended by the next one (`UU 35/2009 ... sebagaimana telah diubah dengan UU ...`)."""
    return re.match(r"\s*(?:tentang\s+[^,.;]*?\s+)?(?:sebagaimana\s+)?(?:telah\s+)?(?:di\s*ubah|diperbaharui|diperbarui)",
                    text[pos:pos + 160], re.IGNORECASE) is not None


def _law_cited_before(laws: list[re.Match], first: re.Match, pending: list[Charge], topic: str | None = None,
                      prior: str | None = None) -> None:
    """`UU Narkotika Pasal 112`: articles left without a law take one cited just before the first article;
    with no law cited anywhere near, the law of the topic named after them (`tentang narkotika`), or the
    law of an article the news cites bare (`Pasal 363 tentang pencurian`: `bare_articles` of `data/laws.tsv`).
    `prior`: the law of the charges a sentence or two before, which an article the bare table does not know
    goes on with (`AS dijerat Pasal 114 UU Narkotika. Sedangkan BK dijerat Pasal 127 ayat (1)`); `Budi dijerat
    Pasal 362` after a drug charge is still KUHP."""
    before = [m for m in laws if m.end() <= first.start() and first.start() - m.end() <= 20]
    for c in pending:
        c.law = _law_of(before[-1]) if before else None if laws else topic or _bare_law(c.article) or prior


@cache
def _bare_articles() -> list[tuple[int, int, str]]:
    out = []
    for r in read_table("laws.tsv"):
        for cell in split_cell(r.get("bare_articles", "")):
            lo, _, hi = cell.partition("-")
            out.append((int(lo), int(hi or lo), r["law"]))
    return out


def _bare_law(article: str | None) -> str | None:
    num = re.match(r"\d+", article or "")
    if num is None:
        return None
    n = int(num.group(0))
    return next((law for lo, hi, law in _bare_articles() if lo <= n <= hi), None)


def find_charges(text: str, prior: str | None = None, same: str | None = None) -> list[Charge]:
    """The articles of law cited in `text` (one sentence or a few), each with its law and clause; `prior`
    the law of charges just before, for articles cited with none; `same` the last law other than a penal code
    charged before `text`, which `undang-undang yang sama` names when `text` has cited none."""
    laws = list(_law_regex().finditer(text))
    arts = list(_ARTICLE.finditer(text))
    first = _PASAL.search(text)
    if first is None:
        return []
    out: list[Charge] = []
    pending: list[Charge] = []
    skip_next_law = False
    # the last law cited that is no penal code, which `undang-undang yang sama` names again
    last_law: str | None = same
    own_law = False  # the sentence has named a law that is no penal code
    pos = law_end = first.start()  # law_end: where the last law read ends
    events = sorted([(m.start(), "law", m) for m in laws] + [(m.start(), "art", m) for m in arts],
                    key=lambda e: e[0])
    for start, kind, m in events:
        if start < pos:
            continue
        if kind == "art":
            art = _article(m)
            pending.append(_with_clause(Charge(article=art), text, m.end()))
            pos = _more_clauses(text, _more_letters(text, _clause_end(text, m.end()), pending), pending)
            pos = _chained_articles(text, pos, pending)
            continue
        bare = _bare_article(text[pos:m.start()], pending)
        if bare is not None:
            pending.append(bare)
        before = text[max(0, m.start() - 40):m.start()]
        title = not (pending or skip_next_law) and pos == law_end and _TITLE.fullmatch(text, pos, m.start()) is not None
        pos = law_end = m.end()
        if title:
            continue  # `UU Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana`: the title of the law just cited
        if skip_next_law or (_AMEND.search(before) and not pending):
            skip_next_law = False  # a law that amends the one cited (`sebagaimana telah diubah dengan UU ...`): no articles of its own
            continue
        law = _law_of(m)
        # a penal code is the same law only when the sentence has named no other (`Pasal 351 KUHP dan Pasal 5
        # undang-undang yang sama`), not over a law charged in an earlier sentence, maybe of another case
        last_law = law if not m.group("kuh") or not own_law else last_law
        own_law = own_law or not m.group("kuh")
        for c in pending:
            c.law = law
        out.extend(pending)
        pending = []
        skip_next_law = _amended_next(text, pos)
    if pending:
        _law_of_rest(text, pos, laws, first, pending, last_law, prior)
    out.extend(pending)
    return out


# the title of a law cited by number, up to a law named in it (`UU Nomor 17 Tahun 2016 tentang Penetapan Perppu Nomor 1
# Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2002`): no law of a charge
_TITLE = re.compile(r"\s*,?\s*tentang\s[^.;]*", re.IGNORECASE)


def _law_of_rest(text: str, pos: int, laws: list[re.Match], first: re.Match, pending: list[Charge],
                 last_law: str | None, prior: str | None) -> None:
    """The law of the articles left after the last law cited: that law when it is named again (`subsider Pasal 3 jo
    Pasal 18 undang-undang yang sama`), else one cited before them or the law of their topic (`_law_cited_before`)."""
    if last_law and _SAME_LAW.match(text, pos):
        for c in pending:
            c.law = last_law
        return
    if any(first.start() <= m.start() and m.end() <= pos for m in laws):
        # after a law that closed articles before them (`Pasal 362 KUHP, sedangkan DN dijerat Pasal 480 tentang
        # penadahan`): the law of their topic or of an article the news cites bare, no guess from the law before
        topic = _topic_law(text, pos)
        for c in pending:
            c.law = topic or _bare_law(c.article)
        return
    _law_cited_before(laws, first, pending, _topic_law(text, pos), None if _own_subject(text, pos, prior) else prior)


# the law just cited named again (`Pasal 3 jo Pasal 18 undang-undang yang sama`, `UU tersebut`)
_SAME_LAW = re.compile(rf"\s*,?\s*(?:dalam\s+|dari\s+)?{_UU}\s+(?:yang\s+sama|tersebut|itu)\b", re.IGNORECASE)


@cache
def _topic_regex() -> re.Pattern:
    top = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n, _ in law_names() if not _is_code(n))
    return re.compile(rf"\s*(?:ayat\s*\(?\d+\)?\s*)?(?:huruf\s+[a-z]\s*)?,?\s*tentang\s+(?P<topic>{top})\b", re.IGNORECASE)


# the articles name their own subject (`Pasal 55 tentang penyertaan`): a topic the law tables do not name is
# no topic of the law of the charges before
_OWN_SUBJECT = re.compile(r"\s*(?:ayat\s*\(?\d+\)?\s*)?(?:huruf\s+[a-z]\s*)?,?\s*tentang\s", re.IGNORECASE)


def _own_subject(text: str, pos: int, prior: str | None) -> bool:
    """`Pasal 55 tentang penyertaan` after a drug charge: the articles name a subject of their own, in which no
    name of the earlier law stands (`Pasal 127 tentang penyalahgunaan narkotika` goes on with UU Narkotika)."""
    m = _OWN_SUBJECT.match(text, pos)
    if m is None or prior is None:
        return m is not None
    subject = re.match(r"[^,.;]{0,80}", text[m.end():]).group(0).lower()
    return not any(name.lower() in subject for name, law in law_names()
                   if law == prior or f"UU {name}" == prior)


def _topic_law(text: str, pos: int) -> str | None:
    """`pasal 127 ayat 1 huruf a, tentang narkotika`: the law whose topic is named right after the articles
    (no `UU` written)."""
    m = _topic_regex().match(text, pos)
    if m is None:
        return None
    topic = re.sub(r"\s+", " ", m.group("topic")).lower()
    return next((law for name, law in law_names() if name.lower() == topic), None)


_CHAINED = re.compile(r"\s*(?:,\s*(?:dan\s+|atau\s+)?|(?<!\w)(?:dan|atau|dan\s*/\s*atau|dan\s+atau|jo\.?|juncto|junto)\s+)"
                      rf"(?P<a>\d{{1,3}})\s*{_LETTER}(?!\s*(?:tahun|bulan|orang|persen|hari)\b)(?![\d.,/])",
                      re.IGNORECASE)


def _chained_articles(text: str, pos: int, pending: list[Charge]) -> int:
    """More article numbers after an article, without their own `Pasal` (`Pasal 338 dan 351 ayat (3)
    KUHP`, `Pasal 81, 82 UU ...`); not the sub-items of a clause (`ayat (1) ke-3, 4 dan 5`). Returns
    where the chain ends."""
    if pending and re.search(r"ke-|huruf", pending[-1].clause or ""):
        return pos
    while (m := _CHAINED.match(text, pos)) and _LAW_AHEAD.match(text, m.end()):
        if pending[-1].clause and text[:pos].rstrip()[-1:].isdigit() and int(m.group("a")) <= 9:
            break  # `ayat 1, 2`: a clause written without brackets, then more clauses
        art = _article(m)
        pending.append(_with_clause(Charge(article=art), text, m.end()))
        pos = _clause_end(text, m.end())
    return pos


_LAW_AHEAD = re.compile(r"\s*(?:ayat\b|,|dan\b|atau\b|jo\b|juncto\b|junto\b|KUHP|UU\b|Undang|Perppu|Perpu|tentang\b)",
                        re.IGNORECASE)


def _with_clause(c: Charge, text: str, end: int) -> Charge:
    m = _CLAUSE.match(text, end)
    if m and m.group("h2"):
        c.clause = f"huruf {m.group('h2')}"
    elif m and m.group("k2"):
        c.clause = f"ke-{m.group('k2')}"
    elif m:
        clause = m.group("c")
        if m.group("h"):
            clause += f" huruf {m.group('h')}"
        if m.group("k"):
            clause += f" ke-{m.group('k')}"
        c.clause = clause
    return c


_MORE_LETTER = re.compile(r"\s*(?:,\s*|(?<!\w)(?:atau|dan|dan\s*/\s*atau)\s+)(?:huruf\s+)?(?P<h>[a-z])\b(?![\w-])",
                          re.IGNORECASE)  # `huruf a atau huruf b`, `huruf a atau b`


def _more_letters(text: str, pos: int, pending: list[Charge]) -> int:
    """`Pasal 12 huruf a atau huruf b`: each letter of the article is a charge of its own (as `Pasal 12 huruf a
    atau Pasal 12 huruf b`). Returns where the letters end."""
    last = pending[-1]
    if not last.clause or not re.search(r"huruf [a-z]$", last.clause):
        return pos
    while m := _MORE_LETTER.match(text, pos):
        pending.append(Charge(article=last.article, clause=re.sub(r"[a-z]$", m.group("h").lower(), last.clause)))
        pos = m.end()
    return pos


# one more ayat of the same article (`ayat (1) dan (2)`, `ayat (2) dan ayat (3)`), with its own letter or sub-item
_MORE_AYAT = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+|atau\s+)?|(?<!\w)(?:dan|serta|atau|dan\s*/\s*atau)\s+)"
                        r"(?:(?:ayat|ay\.)\s*\(?\s*(?P<c>\d+)\s*\)?|\(\s*(?P<cb>\d+)\s*\))"
                        r"(?:\s*huruf\s+(?P<h>[a-z])\b)?(?:\s*ke\s*[-–—]?\s*(?P<k>\d+))?", re.IGNORECASE)
# one more sub-item of the same ayat (`ayat (1) ke-3 dan ke-5`, `ke-3, 4 dan 5`): a one-digit number, no article's
# A number with no `ke-` is one only before what closes a list of sub-items (`ke-3, 4 dan 5 KUHP`), not before a noun
# it counts (`ke-4 dan 2 rekannya dijerat`)
_MORE_KE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|(?<!\w)(?:dan|serta|atau)\s+)"
                      r"(?:ke\s*[-–—]?\s*(?P<k>\d)|(?P<kb>\d)(?=\s*(?:[,;.)]|$|(?:dan|serta|atau|jo|juncto)\b|(?-i:[A-Z]))))"
                      r"(?![\d.,/])(?!\s*(?:ayat|huruf|tahun|bulan|orang)\b)", re.IGNORECASE)

# the clause before a `ke-N` tail (`(1) ke-3` -> `(1)`): the ayat the further `ke-N` clauses share
_KE_TAIL = re.compile(r"(?P<ayat>.*?)\s*ke-\d+$")


def _more_clauses(text: str, pos: int, pending: list[Charge]) -> int:
    """`Pasal 363 ayat (1) ke-3 dan ke-5`, `Pasal 81 ayat (1) dan (2)`: each clause written is a charge of its own
    (the same article; gold/incidents/README.md, Settled s18 rule 1). Returns where the clauses end."""
    last = pending[-1]
    if not last.clause:
        return pos
    ke = _KE_TAIL.match(last.clause)
    while True:
        if ke and (m := _MORE_KE.match(text, pos)):
            pending.append(Charge(article=last.article, clause=f"{ke.group('ayat')} ke-{m.group('k') or m.group('kb')}".strip()))
        elif m := _MORE_AYAT.match(text, pos):
            clause = m.group("c") or m.group("cb")
            clause += f" huruf {m.group('h')}" if m.group("h") else ""
            clause += f" ke-{m.group('k')}" if m.group("k") else ""
            pending.append(Charge(article=last.article, clause=clause))
            ke = _KE_TAIL.match(clause)
        else:
            return pos
        pos = m.end()


def _clause_end(text: str, end: int) -> int:
    m = _CLAUSE.match(text, end)
    return m.end() if m else end


_PENALTY_NUM = re.compile(
    r"(?:(?P<lo>\d+|[a-z]+)\s*(?:-|–|hingga|sampai(?:\s+dengan)?)\s*)?(?P<n>\d+|[a-z]+(?:\s+(?:belas|puluh))?)\s+"
    r"(?P<u>tahun|bulan)(?:\s+(?P<mo>\d+|[a-z]+)\s+bulan)?", re.IGNORECASE)
_LAW_NUMBER = re.compile(r"\b(?:nomor|nomer|no\.?|uu|perppu|perpu)\s*$")
_PENALTY_CUE = re.compile(r"\b(?:ancaman|diancam|terancam|hukuman|pidana|penjara|kurungan)\b", re.IGNORECASE)


def find_penalty(text: str) -> str | None:
    """The maximum penalty threatened in `text`: `pidana mati`, `seumur hidup`, or the longest term
    (`paling singkat 5 tahun dan paling lama 20 tahun` -> `20 tahun`)."""
    if not _PENALTY_CUE.search(text):
        return None
    low = text.lower()
    if re.search(r"\b(?:pidana|hukuman|ancaman)\s+mati\b", low):
        return "pidana mati"
    if "seumur hidup" in low:
        return "seumur hidup"
    best: tuple[float, str] | None = None
    cue = _PENALTY_CUE.search(text)
    for m in _PENALTY_NUM.finditer(text, cue.start() if cue else 0):
        value = parse_number(m.group("n"))
        if value is None or value <= 0 or value > 100:
            continue
        pre = low[max(0, m.start() - 30):m.start()]
        if re.search(r"\b(?:denda|rp|sejak|selama\s+\d)", pre) or "ditahan" in pre:
            continue
        if _LAW_NUMBER.search(low[max(0, m.start() - 12):m.start()]) or re.match(r"\s*\d{4}\b", low[m.end():]):
            continue  # `UU Nomor 22 Tahun 2009`: a law's number and year, not a term
        unit = m.group("u").lower()
        extra = parse_number(m.group("mo")) if m.group("mo") and unit == "tahun" else None
        months = value * (12 if unit == "tahun" else 1) + (extra or 0)
        if best is None or months > best[0]:
            term = f"{int(value) if value == int(value) else value} {unit}"
            best = (months, term + (f" {int(extra)} bulan" if extra else ""))  # `3 tahun 6 bulan`
    return best[1] if best else None

_CHAIN_END = re.compile(r"\b(?:Jo|jo|JO|Ps|Psl|No|Nomor|Th|Thn|juncto|junto|subsider|subsidair|dan|atau)\.?\s*$")
_CHAIN_START = re.compile(r"\s*(?:Ps\.?\s*\d|Pasal\s+\d|Jo\.?\s|juncto\s|junto\s|UU\s|Undang)")


@cache
def charge_verbs() -> re.Pattern:
    """The verbs of charge (`charge` rows whose value is verb: `dijerat`, `dikenakan`, `divonis` ...) as one pattern."""
    verbs = [w for w, v in words("charge").items() if v == "verb"]
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(verbs)})(?![\w-])",
                      re.IGNORECASE)


def _law_only(sent: str) -> list[Charge]:
    """`dijerat UU Darurat Nomor 12 Tahun 1951`, `dijerat dengan UU ITE`: a law charged without an
    article (article null)."""
    out = []
    for vm in charge_verbs().finditer(sent):
        lm = _law_regex().match(sent, re.match(r"\s*(?:dengan\s+|melanggar\s+)?", sent[vm.end():]).end() + vm.end())
        if lm and not lm.group("kuh"):
            out.append(Charge(article=None, law=_law_of(lm)))
    return out


@cache
def _charge_nouns() -> re.Pattern:
    """A noun of charge tied to the article cited (`dengan ancaman`, `atas sangkaan`)."""
    nouns = [w for w, v in words("charge").items() if v == "noun"]
    return re.compile(rf"(?<![\w-])(?:dengan|atas|dalam|serta)\s+(?:{'|'.join(map(re.escape, nouns))})(?![\w-])",
                      re.IGNORECASE)


def _has_cue(text: str, s0: int, s1: int) -> bool:
    """The sentence [s0, s1) says a charge, or the sentence before does with a verb (`Ia dijerat ...
    . Pasal itu ...`); a noun of charge only as it ties the article to a case (`dengan ancaman`), not
    in talk of the law (`Ancaman hukuman bagi bandar sudah berat`)."""
    return charge_verbs().search(text, s0, s1) is not None or _charge_nouns().search(text, s0, s1) is not None \
        or charge_verbs().search(text[max(0, s0 - 150):s0]) is not None


# a charge of another case, or talk of how a law is used in general
_NOT_THIS_CASE = re.compile(r"\b(?:kasus|perkara)\s+(?:lain|lainnya|berbeda|serupa)\b"
                            r"|\b(?:kerap|sering|acap|biasa)(?:nya|\s+kali)?\s+(?:\w+\s+){0,2}?(?:digunakan|dipakai|dipergunakan)\b",
                            re.IGNORECASE)


# a verdict of an earlier case of the same person (`residivis yang pernah divonis ... karena melanggar Pasal 362`),
# up to the end of its clause: a comma, the case now (`kini dijerat`), or `itu`/`tersebut` closing the clause of
# the person (`Tersangka yang pernah dipenjara itu dijerat ...`)
_EARLIER_VERDICT = re.compile(r"\bpernah\s+(?:\w+\s+){0,2}?(?:divonis|dihukum|dipenjara|dijatuhi|dijerat|terjerat|menjalani)\b"
                              r".*?(?=[,;]|\b(?:kini|kembali|sekarang|itu|tersebut)\b|$)", re.IGNORECASE)


def earlier_verdicts(sent: str) -> list[tuple[int, int]]:
    """The spans of `sent` that tell a verdict of an earlier case (`pernah divonis ...`), each to the end of its
    clause; what comes after (the case now) is not in them."""
    return [m.span() for m in _EARLIER_VERDICT.finditer(sent)]


def _without_earlier_verdicts(sent: str) -> str:
    """`sent` with the clauses of an earlier verdict blanked (same length)."""
    for a, b in earlier_verdicts(sent):
        sent = sent[:a] + " " * (b - a) + sent[b:]
    return sent


@cache
def _negated_charges() -> re.Pattern:
    """A charge denied (`tidak dijerat Pasal 365 KUHP karena ...`, `tidak akan dituntut sebagaimana Pasal 128`), up to
    the clause that says what is charged instead (`melainkan Pasal 362`)."""
    return worded("charge_scope", rf"\b(?:{{negation}})\s+(?:(?:akan|{{modal}})\s+)?(?:{charge_verbs().pattern})"
                                  r".*?(?=\b(?:{but})\b|" + charge_verbs().pattern + "|$)")


@cache
def _modal_charge() -> re.Pattern:
    """A verb of charge after a modal (`dapat dijerat`, `bisa dikenakan`): what can be charged."""
    return worded("charge_scope", rf"\b(?:{{modal}})\s+(?:{charge_verbs().pattern})")


def _generic_threat(sent: str) -> bool:
    """The first verb of charge is one that can be charged (`dapat dijerat`) and its subject is a class of people, not
    the case's (`pelaku pembakaran lahan dapat dijerat`, `Penyebar hoaks, kata dia, dapat dijerat UU ITE`, `warga yang
    menimbun elpiji bisa dikenakan`): an agent noun in pe- or a `generic` noun with the words that make it a class,
    and no word of the case's people, no count, name or thing pointed at (`tersangka`, `kedua pelaku`, `pelaku itu`)."""
    first = charge_verbs().search(sent)
    vm = _modal_charge().search(sent)
    if vm is None or first is None or first.start() < vm.start():
        return False
    if worded("charge_scope", r"\b(?:{cause})\s+(?:[\w-]+\s+){0,2}?\w{2,}nya\b").search(sent, 0, vm.start()):
        return False  # `Atas perbuatannya, pelaku pencurian dapat dijerat`: the deed of the case's own people
    parts = re.split(r"[,;:]", sent[:vm.start()])
    while parts and (not parts[-1].strip() or worded("charge_scope", r"(?:{said})(?:nya)?\b").match(parts[-1].strip())):
        parts.pop()  # `, kata dia,`: an attribution inserted before the verb
    subject = parts[-1].split() if parts else []
    if len(subject) < 2 or not (re.fullmatch(r"pe[a-z]{3,}", subject[0].lower())
                                or worded("charge_scope", r"(?:{generic})").fullmatch(subject[0].lower())):
        return False
    return not any(w[:1].isupper() or any(ch.isdigit() for ch in w) or w.lower().endswith("nya")
                   or worded("charge_scope", r"(?:{case_person})").fullmatch(w.lower()) for w in subject[1:]) \
        and not worded("charge_scope", r"(?:{case_person})").fullmatch(subject[0].lower())


def _without_negated(sent: str) -> str:
    """`sent` with the charges it denies blanked (same length)."""
    for m in _negated_charges().finditer(sent):
        sent = sent[:m.start()] + " " * (m.end() - m.start()) + sent[m.end():]
    return sent


def _talk_of_law(sent: str) -> bool:
    """A word of talk of the law (`charge_talk` rows) governs the first article or law cited: before it in its
    clause (`mengimbau pengendara agar tidak melanggar Pasal 287`, `Setiap orang yang melanggar Pasal 114`,
    `menguji Pasal 27`), or after it when nothing before charges it (`Pasal 114 menyebutkan setiap orang yang
    ...`: the law's text quoted). Not a word of another clause (`Setelah polisi menguji urine tersangka, Andi
    dijerat Pasal 114`, `dijerat Pasal 351 KUHP, dan ... kepada siapa pun`)."""
    cited = _ARTICLE.search(sent) or _law_regex().search(sent)
    if cited is None:
        return False
    for m in word_regex("charge_talk").finditer(sent):
        if m.end() <= cited.start() and not re.search(r"[,;:]", sent[m.end():cited.start()]):
            return True
        if m.start() >= cited.end() and not charge_verbs().search(sent, 0, cited.start()):
            return True
    return False


@cache
def _procedure_laws() -> frozenset[str]:
    """The laws of criminal procedure (`procedure` column): their articles are never a charge."""
    return frozenset(r["law"] for r in read_table("laws.tsv") if r.get("procedure") == "yes")


def _sentence_charges(text: str, s0: int, s1: int, prior: str | None = None, same: str | None = None) -> list[Charge]:
    """The charges the sentence [s0, s1) says: articles with their law, or a law charged alone (`prior`, `same`: as
    `find_charges` takes them)."""
    if not _names_article_or_law(text[s0:s1]):
        return []  # most sentences: neither the blanking nor the guards below can make them charge
    sent = _without_negated(_without_earlier_verdicts(text[s0:s1]))
    if _NOT_THIS_CASE.search(sent) or _generic_threat(sent):
        return []  # `Dalam kasus serupa, pelaku dijerat ...`, `pelaku pembakaran lahan dapat dijerat ...`
    # talk of the law (`Pasal X kerap digunakan untuk menjerat ...`) asked only of a sentence that could charge
    if "pasal" not in sent.lower() and not re.search(r"\bPs\.?\s*\d", sent):
        law_named = " UU " in f" {sent} " or "ndang" in sent or "Perp" in sent
        return _law_only(sent) if law_named and not _talk_of_law(sent) else []
    if _has_cue(text, s0, s1) and not _talk_of_law(sent):
        return [c for c in find_charges(sent, prior, same) if c.law and c.law not in _procedure_laws()]
    return []


def _names_article_or_law(sent: str) -> bool:
    """`sent` holds what every charge `_sentence_charges` reads holds: an article (`pasal`, `Ps. 5`) or a law (` UU `,
    `Undang-Undang`, `Perppu`). A loose test of the same words that sentence's tests ask after blanking, which only
    turns characters into spaces: a sentence without them charges nothing, and its other tests need not run."""
    return "pasal" in sent.lower() or "Ps" in sent or "UU" in sent or "ndang" in sent or "Perp" in sent


def charges_in_text(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, Charge]]:
    """The charges of an article: chains of articles in sentences that say a charge (`dijerat`,
    `disangkakan`, `terancam` ... there or in the sentence before), a law charged without an article,
    each with the penalty stated in its sentence or the next; one entry per (article, law)."""
    seen: dict[tuple[str | None, str | None], set[str | None]] = {}  # (article, law) -> its clauses
    out: list[tuple[int, int, Charge]] = []
    k = 0
    prior: tuple[int, str | None] = (-9, None)  # the sentence of the last charge with an article, and its law
    same: str | None = None  # the last law charged that is no penal code (`Pasal 9 undang-undang yang sama`)
    while k < len(sents):
        s0, s1 = sents[k]
        # a chain cut by the sentence splitter after `Jo.` or `Ps.` goes on in the next sentence
        while k + 1 < len(sents) and (_CHAIN_END.search(text[s0:s1]) or _CHAIN_START.match(text[sents[k + 1][0]:])):
            k += 1
            s1 = sents[k][1]
        k += 1
        sent = text[s0:s1]
        charges = _sentence_charges(text, s0, s1, prior[1] if k - prior[0] <= 3 else None, same)
        if not charges:
            continue
        # the sentence's last law that is no penal code, else its penal code: the law named last (`Pasal 362 KUHP.
        # ... Pasal 480 undang-undang yang sama`), not one of a sentence before it
        same = next((c.law for c in reversed(charges) if c.law and not _is_code(c.law)), None) \
            or next((c.law for c in reversed(charges) if c.law), same)
        prior = (k, next((c.law for c in reversed(charges) if c.article), prior[1]))
        penalty = find_penalty(sent)
        if penalty is None and k < len(sents):
            nxt = text[sents[k][0]:sents[k][1]]
            if "pasal" not in nxt.lower():
                penalty = find_penalty(nxt)
        for c in charges:
            clauses = seen.get((c.article, c.law))
            if clauses is not None and (c.clause in clauses or c.clause is None or None in clauses) \
                    or c.article is None and any(law == c.law for _, law in seen):
                continue  # restated; `Pasal 12 huruf a atau Pasal 12 huruf b` are two
            seen.setdefault((c.article, c.law), set()).add(c.clause)
            c.max_penalty = penalty
            out.append((s0, s1, c))
    return out
