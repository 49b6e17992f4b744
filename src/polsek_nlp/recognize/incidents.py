"""`polsek_incidents`: the facts of the incident an article reports (issue 22).

Suspects and victims (named, by initials, or counted), casualties, evidence (barang bukti), money
amounts (losses), charges (articles of law and the penalty threatened), the number arrested and a
finer incident type. Reads the text, the sentences and `doc._.people`; writes `doc.spans["incidents"]`
(one span per fact found: SUSPECT VICTIM EVIDENCE MONEY CHARGE) and `doc._.incidents`
(`IncidentFacts`). The words it reads by are tables: `data/incident_words.tsv`, `evidence_items.tsv`,
`incident_units.tsv`, `currencies.tsv`, `number_words.tsv`, `laws.tsv`, `incident_subtypes.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.spans import add_span, doc_text, ext, sentence_bounds
from polsek_nlp.recognize.incident_people import find_people
from polsek_nlp.recognize.laws import find_charges, find_penalty
from polsek_nlp.recognize.quantities import (
    as_number,
    find_money,
    find_quantities,
    number_pattern,
    parse_number,
)
from polsek_nlp.record.types import Casualties, Charge, Evidence, Loss, Person, Suspect, Victim

if not Doc.has_extension("incidents"):
    Doc.set_extension("incidents", default=None)


@dataclass
class IncidentFacts:
    suspects: list[Suspect] = field(default_factory=list)
    victims: list[Victim] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    evidence: list[Evidence] = field(default_factory=list)
    losses: list[Loss] = field(default_factory=list)
    charges: list[Charge] = field(default_factory=list)
    arrests: int | None = None
    subtypes: dict[str, str] = field(default_factory=dict)  # event type -> subtype
    persons: list[Person] = field(default_factory=list)  # people named only here (initials)


@cache
def words(kind: str) -> dict[str, str]:
    """The `kind` rows of `data/incident_words.tsv`: word -> value."""
    return {r["word"]: r["value"] for r in read_table("incident_words.tsv") if r["kind"] == kind}


def word_regex(kind: str) -> re.Pattern:
    return _alt(tuple(words(kind)))


@cache
def _alt(ws: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(sorted((re.escape(w) for w in ws), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


# --- money ---------------------------------------------------------------------------------------

@cache
def _loss_kinds() -> list[tuple[re.Pattern, str]]:
    rows = read_table("loss_kinds.tsv")
    return [(re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, split_cell(r['cues'])))})(?!\w)", re.IGNORECASE),
             r["kind"]) for r in rows]


_THREAT = re.compile(r"\bdenda\b[^.]*?\b(?:paling|maksimal|minimal|maksimum|minimum|sedikit|banyak|hingga|sampai)\b",
                     re.IGNORECASE)
_VAGUE_BEFORE = re.compile(r"(?:anggaran|apbd|apbn|gaji|upah|pagu|target)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)


def find_losses(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, Loss]]:
    out: list[tuple[int, int, Loss]] = []
    seen: set[tuple[int, str]] = set()
    for s0, s1 in sents:
        sent = text[s0:s1]
        for m in find_money(sent):
            before = sent[:m.start]
            threat = _THREAT.search(before)
            if threat and not re.search(r"\b(?:didenda|dijatuhi|membayar denda)\b", before, re.IGNORECASE):
                continue  # the fine range of a penalty clause is a threat, not a loss
            if _VAGUE_BEFORE.search(before):
                continue
            key = (m.amount, m.currency)
            if key in seen:
                continue
            seen.add(key)
            kind = None
            best = -1
            for pat, k in _loss_kinds():
                for cm in pat.finditer(sent):
                    if cm.start() < m.start and cm.start() > best:
                        best, kind = cm.start(), k
            out.append((s0 + m.start, s0 + m.end, Loss(amount=m.amount, currency=m.currency, kind=kind or "other")))
    return out


# --- evidence ------------------------------------------------------------------------------------

@cache
def evidence_items() -> dict[str, tuple[str, str, str]]:
    """phrase -> (item, kind, unit) of `data/evidence_items.tsv`."""
    return {r["phrase"]: (r["item"], r["kind"], r["unit"]) for r in read_table("evidence_items.tsv")}


@cache
def _item_regex() -> re.Pattern:
    alts = "|".join(sorted((re.escape(p).replace(r"\ ", r"[\s-]+") for p in evidence_items()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<item>{alts})(?![\w-])", re.IGNORECASE)


_GENERIC_HEAD = {"alat", "barang", "buah", "jenis", "berupa", "sebuah", "sejumlah", "beberapa"}
_FREE_STOP = re.compile(r"\s*(?:,|\.|;|:|\(|\bdan\b|\bserta\b|\byang\b|\bmerk\b|\bmerek\b|\bmilik\b|\bdengan\b|\buntuk\b|"
                        r"\bdari\b|\bdi\b|\bsebagai\b|\bberisi\b|\btermasuk\b|\bseberat\b|\bsebanyak\b|\bseharga\b|\bsenilai\b|"
                        r"\bberwarna\b|\bjenis\b|\bberbentuk\b|\bpemohon\b|\bdalam\b|\bke\b|\bsaat\b|$)", re.IGNORECASE)


def _free_item(text: str, at: int) -> tuple[str, int] | None:
    """The plain noun after a counted unit (`1 unit Laptop merk Acer` -> `laptop`)."""
    m = _FREE_STOP.search(text, at)
    end = m.start() if m else len(text)
    phrase = text[at:end].strip()
    ws = [w for w in phrase.lower().split() if w not in _GENERIC_HEAD]
    if not ws or len(ws) > 4 or not all(re.fullmatch(r"[a-z-]+", w) for w in ws):
        return None
    return " ".join(ws), end


def _lookup(written: str) -> tuple[str, str, str] | None:
    key = written.lower()
    table = evidence_items()
    if key in table:
        return table[key]
    key2 = re.sub(r"[\s-]+", " ", key)
    return table.get(key2) or table.get(key2.replace(" ", "-"))


def find_evidence(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, Evidence]]:
    found: list[tuple[int, int, Evidence]] = []
    cue = word_regex("evidence")
    num = re.compile(rf"(?<![\w.,])(?P<num>{number_pattern()})\s+", re.IGNORECASE)
    for s0, s1 in sents:
        sent = text[s0:s1]
        has_cue = cue.search(sent) is not None
        used: list[tuple[int, int]] = []
        qs = find_quantities(sent)
        items = list(_item_regex().finditer(sent))
        for q in qs:
            # a quantity followed by an item: `1,2 kilogram sabu`, `2 lembar KTP`, `1 unit Laptop merk Acer`
            after = sent[q.end:]
            lead = re.match(r"\s*(?:(?:alat|barang|buah|jenis|narkotika|narkoba|obat)\s+)*", after)
            at = q.end + (lead.end() if lead else 0)
            im = _item_regex().match(sent, at)
            if im:
                info = _lookup(im.group("item"))
                if info:
                    found.append((s0 + q.start, s0 + im.end(), Evidence(info[0], q.value, q.unit)))
                    used.append((q.start, im.end()))
                    continue
            if q.kind in ("mass", "volume"):
                # an item before the quantity: `sabu seberat 6.521 gram`, `sabu-sabu sebanyak ... 1000 kg`
                prior = [m for m in items if m.end() <= q.start and q.start - m.end() < 90
                         and not any(a <= m.start() < b for a, b in used)]
                if prior:
                    info = _lookup(prior[-1].group("item"))
                    if info and info[1] == "drug":
                        found.append((s0 + prior[-1].start(), s0 + q.end, Evidence(info[0], q.value, q.unit)))
                        used.append((prior[-1].start(), q.end))
                        continue
            if has_cue and q.unit in ("unit", "lembar", "buah", "botol", "butir", "paket", "bungkus", "ekor", "pucuk"):
                free = _free_item(sent, at)
                if free:
                    found.append((s0 + q.start, s0 + free[1], Evidence(free[0], q.value, q.unit)))
                    used.append((q.start, free[1]))
                    continue
            # `sabu-sabu sebanyak 41 karung`: a container counted after the item
            prior = [m for m in items if m.end() <= q.start and q.start - m.end() < 30
                     and not any(a <= m.start() < b for a, b in used)]
            if prior and q.kind in ("count", "container"):
                info = _lookup(prior[-1].group("item"))
                if info:
                    found.append((s0 + prior[-1].start(), s0 + q.end, Evidence(info[0], q.value, q.unit)))
                    used.append((prior[-1].start(), q.end))
        for m in num.finditer(sent):
            # a bare count before an item: `5 mobil`, `16 KK`, `dua pucuk senjata` (no unit word)
            if any(a <= m.start() < b for a, b in used):
                continue
            im = _item_regex().match(sent, m.end())
            if not im or not has_cue:
                continue
            value = parse_number(m.group("num"))
            info = _lookup(im.group("item"))
            if value is None or info is None or info[1] == "drug" and not info[2]:
                continue
            found.append((s0 + m.start(), s0 + im.end(), Evidence(info[0], as_number(value), info[2] or None)))
            used.append((m.start(), im.end()))
        if not has_cue:
            continue
        for m in items:
            # an item named without a count in a seizure sentence: `paket sabu`, `dokumen`
            if any(a <= m.start() < b for a, b in used):
                continue
            info = _lookup(m.group("item"))
            if info is None:
                continue
            unit = None
            pre = re.search(r"(?:^|\s)(paket|paketan|papan|bungkus|botol|butir|lembar)\s+$", sent[:m.start()], re.IGNORECASE)
            if pre:
                unit = {"paketan": "paket"}.get(pre.group(1).lower(), pre.group(1).lower())
            found.append((s0 + m.start(), s0 + m.end(), Evidence(info[0], None, unit)))
            used.append((m.start(), m.end()))
    return found


def merge_evidence(found: list[Evidence]) -> list[Evidence]:
    """One entry per item: its largest stated quantity (a stated total holds its parts); a measured
    quantity (mass, volume) wins over a count of packs; a counted entry over an uncounted one."""
    mass = {"g": 1.0, "kg": 1000.0, "ml": 1.0, "liter": 1000.0}
    by_item: dict[str, Evidence] = {}
    for e in found:
        cur = by_item.get(e.item)
        if cur is None:
            by_item[e.item] = e
            continue

        def rank(x: Evidence) -> tuple:
            measured = x.unit in mass
            size = (x.quantity or 0) * mass.get(x.unit or "", 1.0)
            return (x.quantity is not None, measured, x.unit is not None, size)

        if rank(e) > rank(cur):
            by_item[e.item] = e
    return list(by_item.values())


# --- casualties ----------------------------------------------------------------------------------

def find_casualties(text: str) -> tuple[Casualties, list[tuple[str, int, int]]]:
    """Counts stated as `tiga orang tewas`, `korban meninggal dunia menjadi 27 orang`, `menewaskan
    satu orang`; the first statement of each kind, unless a later one updates it (`menjadi`,
    `bertambah`, `total`)."""
    num = number_pattern()
    stated: dict[str, int] = {}
    spans: list[tuple[str, int, int]] = []
    for kind in ("dead", "injured", "missing"):
        w = "|".join(sorted((re.escape(x) for x in words(kind)), key=len, reverse=True))
        pats = [
            rf"(?<![\w.,])(?P<n>{num})\s+(?:orang\s+|korban\s+|warga\s+|penumpang\s+)?(?:lainnya\s+|di antaranya\s+)?"
            rf"(?:dilaporkan\s+|dikabarkan\s+|dinyatakan\s+|mengalami\s+|menderita\s+)?(?:{w})(?![\w-])",
            rf"(?:{w})\s+(?:(?:di tempat|sebanyak|berjumlah|mencapai|menjadi|jadi|bertambah(?:\s+(?:jadi|menjadi))?|"
            rf"tercatat|total|sekitar|hingga|sudah|kini|dikabarkan|dilaporkan)\s+)*(?P<n2>{num})\s+(?:orang|korban|jiwa)",
        ]
        for p in pats:
            for m in re.finditer(p, text, re.IGNORECASE):
                raw = m.group("n") if "n" in m.groupdict() and m.groupdict().get("n") else m.group("n2")
                value = parse_number(raw)
                if value is None or value != int(value) or value > 100000:
                    continue
                pre = text[max(0, m.start() - 40):m.start()].lower()
                update = re.search(r"\b(?:menjadi|jadi|bertambah|total|seluruhnya|keseluruhan)\b",
                                   text[m.start():m.end()].lower() + " " + pre[-15:])
                spans.append((kind, m.start(), m.end()))
                if kind not in stated or update:
                    stated[kind] = int(value)
    if re.search(r"\btidak ada korban jiwa\b|\btak ada korban jiwa\b|\bnihil korban jiwa\b", text, re.IGNORECASE):
        stated.setdefault("dead", 0)
    return Casualties(dead=stated.get("dead"), injured=stated.get("injured"), missing=stated.get("missing")), spans


# --- subtypes ------------------------------------------------------------------------------------

@cache
def _subtypes() -> list[tuple[str, str, re.Pattern | None, bool]]:
    out = []
    for r in read_table("incident_subtypes.tsv"):
        cues = split_cell(r["cues"])
        pat = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, cues))})(?![\w-])", re.IGNORECASE) if cues else None
        out.append((r["event_type"], r["subtype"], pat, r["default"] == "yes"))
    return out


def find_subtypes(text: str) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    defaults: dict[str, str] = {}
    for etype, sub, pat, default in _subtypes():
        if default:
            defaults.setdefault(etype, sub)
        n = len(pat.findall(text)) if pat is not None else 0
        if n and (etype not in best or n > best[etype][0]):
            best[etype] = (n, sub)
    out = dict(defaults)
    out.update({k: v[1] for k, v in best.items()})
    return out


# --- the component -------------------------------------------------------------------------------

class IncidentRecognizer:
    """Incident facts into `doc.spans["incidents"]` and `doc._.incidents`."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["incidents"] = []
        text = doc_text(doc)
        sents = [(b[2], b[3]) for b in sentence_bounds(doc)]
        facts = IncidentFacts()

        for s, e, loss in find_losses(text, sents):
            facts.losses.append(loss)
            add_span(doc, "incidents", s, e, "MONEY", loss)

        found = find_evidence(text, sents)
        for s, e, ev in found:
            add_span(doc, "incidents", s, e, "EVIDENCE", ev)
        facts.evidence = merge_evidence([ev for _, _, ev in found])

        charge_cue = word_regex("charge")
        seen: set[tuple[str, str | None]] = set()
        for k, (s0, s1) in enumerate(sents):
            sent = text[s0:s1]
            if "pasal" not in sent.lower() and not re.search(r"\bPs\.?\s*\d", sent):
                continue
            if not charge_cue.search(sent) and not (k and charge_cue.search(text[sents[k - 1][0]:sents[k - 1][1]])):
                continue
            charges = [c for c in find_charges(sent) if c.law]
            if not charges:
                continue
            penalty = find_penalty(sent)
            if penalty is None and k + 1 < len(sents):
                nxt = text[sents[k + 1][0]:sents[k + 1][1]]
                if "pasal" not in nxt.lower():
                    penalty = find_penalty(nxt)
            for c in charges:
                key = (c.article, c.law)
                if key in seen:
                    continue
                seen.add(key)
                c.max_penalty = penalty
                facts.charges.append(c)
                add_span(doc, "incidents", s0, s1, "CHARGE", c)

        facts.casualties, _ = find_casualties(text)
        people = find_people(doc, text, sents, ext(doc, "people") or [], facts.casualties)
        facts.suspects = people.suspects
        facts.victims = people.victims
        facts.arrests = people.arrests
        facts.persons = people.persons
        if facts.casualties.dead is None and people.dead_suspects:
            facts.casualties.dead = people.dead_suspects
        elif facts.casualties.dead is not None and people.dead_suspects and people.dead_suspects_extra:
            facts.casualties.dead += people.dead_suspects
        for label, s, e, data in people.spans:
            add_span(doc, "incidents", s, e, label, data)
        if facts.casualties.injured is None:
            hurt = sum(1 for v in facts.victims if v.name and v.status and v.status.startswith("luka"))
            facts.casualties.injured = hurt or None
        if facts.casualties.dead is None:
            dead = sum(1 for v in facts.victims if v.name and v.status == "tewas")
            facts.casualties.dead = dead or None
        facts.subtypes = find_subtypes(text)
        doc._.incidents = facts
        return doc


@Language.factory("polsek_incidents")
def make_incidents(nlp: Language, name: str) -> IncidentRecognizer:
    return IncidentRecognizer()
