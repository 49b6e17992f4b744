"""`polsek_institutions`: organisations with acronym expansion and linked region.

Three sources, most specific first:
1. the institution table (`data/institutions.tsv`): `Polres` + place, `Kodim` + number, `Satreskrim`
   + command, `KPU`/`Bawaslu` + region, national bodies alone;
2. definitions written in the text, `Full Name (ACR) [Qualifier]`, whose later `ACR` mentions
   resolve to the full name;
3. organisation head words (`data/org_heads.tsv`: Partai, Universitas, Front, ...) followed by
   capitalised words, and unknown all-capital acronyms.
Each goes to `doc.spans["institutions"]` (label ORG) with an `InstitutionMention`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import RegionInfo, gazetteer, resolve
from .lexicon import PhraseTable, positions, ranks
from .names import CONNECTORS
from .officers import _place_qualifier
from .spans import Occupied, add_span
from .tables import read_table, split_cell


@dataclass(frozen=True)
class InstitutionInfo:
    acronym: str | None
    full_name: str
    kind: str
    level: str
    takes: tuple[str, ...]


@dataclass
class InstitutionMention:
    name: str
    acronym: str | None = None
    full_name: str | None = None
    kind: str | None = None
    region: RegionInfo | None = None
    place_text: str | None = None


_ADMIN_PREFIX = {"Kabupaten": "kabupaten", "Kab.": "kabupaten", "Kota": "kota", "Provinsi": "provinsi",
                 "Prov.": "provinsi", "Kecamatan": "kecamatan", "Kec.": "kecamatan"}
_LEVEL_KIND = {"provinsi": "provinsi", "kabupaten": None, "kecamatan": "kecamatan", "desa": "desa"}
_ORG_CONNECTORS = frozenset({"dan", "untuk", "&", "dari", "bagi", "atas", "se", "pada"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                    "XIV", "XV", "XVI", "XVII", "XVIII"})
_INITIAL_CUES = frozenset({"inisial", "berinisial", "tersangka", "pelaku", "korban", "saksi", "sdr", "Sdr.",
                           "pria", "wanita", "warga", "bocah", "siswa", "pelajar", "mahasiswa", "bernama",
                           "alias"})


@lru_cache(maxsize=1)
def institution_table() -> PhraseTable:
    entries: dict[str, list[InstitutionInfo]] = {}
    for row in read_table("institutions.tsv"):
        info = InstitutionInfo(row["acronym"] or None, row["full_name"], row["kind"], row["level"],
                               tuple(split_cell(row["takes"])))
        forms = {row["full_name"], *split_cell(row["variants"])}
        if row["acronym"]:
            forms.add(row["acronym"])
        for form in forms:
            entries.setdefault(form, []).append(info)
    return PhraseTable(entries)


@lru_cache(maxsize=1)
def org_heads() -> PhraseTable:
    return PhraseTable({row["word"]: [row["kind"]] for row in read_table("org_heads.tsv")})


@lru_cache(maxsize=1)
def _not_org_acronyms() -> frozenset[str]:
    """All-capital words that are not organisations: ranks, posts, places, time zones."""
    words = {"WIB", "WITA", "WIT", "RT", "RW", "TKP", "BAP", "SIM", "STNK", "KTP", "NIK", "HP", "CCTV",
             "BBM", "OTT", "APBD", "APBN", "UU", "KUHP", "PP", "COVID", "HUT", "NKRI", "RI", "SARA", "PSK",
             "ODGJ", "DPO", "LP", "PAW", "WNA", "WNI", "ASN", "PNS", "II", "III", "IV", "VI", "VII", "VIII",
             "IX", "XI", "XII", "OK", "TV", "SMS", "USD", "IDR", "Rp", "BB", "JPU", "PH", "MoU"}
    words.update(f for f in ranks().entries if f.isupper())
    words.update(f for f in positions().entries if f.isupper())
    for row in read_table("province_aliases.tsv"):
        if row["alias"].isupper():
            words.add(row["alias"])
    return frozenset(words)


def _region_for(text: str, kind_hint: str | None, context: set[str]) -> RegionInfo | None:
    return resolve(gazetteer().lookup(text), kind_hint=kind_hint, context=context)


class InstitutionRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["institutions"] = []
        occupied = Occupied(doc, ("dates",))
        blocked: set[int] = set()
        table = institution_table()
        hits = table.find(doc)
        for s, e, _ in hits:
            blocked.update(range(s, e))
        context = _context_codes(doc)
        mentions: list[tuple[int, int, InstitutionMention]] = []
        defined: dict[str, InstitutionMention] = {}
        claimed: set[int] = set()

        # 1. table entries with their qualifiers
        for s, e, form in hits:
            if s in claimed:
                continue
            info = table.get(form)[0]
            end, place_text, kind_hint = e, None, None
            name_tokens_end = e
            if "place" in info.takes or "number" in info.takes or "name" in info.takes or "dinas" in info.takes:
                j = e
                if j < len(doc) and doc[j].text in _ADMIN_PREFIX:
                    kind_hint = _ADMIN_PREFIX[doc[j].text]
                    j += 1
                k = self._qualifier(doc, j, blocked, info)
                if k > j:
                    place_text = doc[j:k].text
                    name_tokens_end = k
                elif kind_hint:
                    j = e
                end = name_tokens_end
            if "unit" in info.takes and end < len(doc) and doc[end].text in table.entries:
                # Satreskrim Polres Bogor: the sub-unit's command follows it
                nxt = next(((s2, e2, f2) for s2, e2, f2 in hits if s2 == end), None)
                if nxt is not None:
                    k = self._qualifier(doc, nxt[1], blocked, table.get(nxt[2])[0])
                    end = max(k, nxt[1])
            span = doc[s:end]
            if occupied.overlaps(span.start_char, span.end_char):
                continue
            region = None
            if place_text:
                hint = kind_hint or _LEVEL_KIND.get(info.level)
                region = _region_for(place_text, hint, context)
            # a body of one level is named by its place (Kepolisian Resor Purwakarta); a body that
            # exists at every level keeps its own name (Komisi Pemilihan Umum) and gets a region
            full = info.full_name
            if place_text and info.level not in ("any", "national", "unit") and not form.startswith(info.full_name):
                full = f"{info.full_name} {doc[e:end].text}"
            mention = InstitutionMention(name=span.text, acronym=info.acronym, full_name=full, kind=info.kind,
                                         region=region, place_text=place_text)
            # "Forum Komunikasi Pimpinan Daerah (Forkopimda) Kabupaten Purwakarta"
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                acr = doc[end + 1].text
                if acr in table.entries or _is_acronym_of(acr, span.text):
                    j = end + 3
                    kh = None
                    if j < len(doc) and doc[j].text in _ADMIN_PREFIX:
                        kh = _ADMIN_PREFIX[doc[j].text]
                        j += 1
                    k = self._qualifier(doc, j, blocked, info)
                    mention.acronym = acr
                    defined[acr] = mention
                    if k > j:
                        # "Full Name (ACR) Qualifier" is known as "ACR Qualifier"
                        mention.name = f"{acr} {doc[end + 3:k].text}"
                        mention.region = _region_for(doc[j:k].text, kh, context)
                        span = doc[s:k]
                    else:
                        claimed.add(end + 1)
                        mentions.append((end + 1, end + 2, InstitutionMention(
                            name=acr, acronym=acr, full_name=mention.full_name, kind=mention.kind)))
            mentions.append((span.start, span.end, mention))
            claimed.update(range(span.start, span.end))

        # 2. head-word organisations and text-defined acronyms
        for s, e, word in org_heads().find(doc):
            if s in claimed:
                continue
            j = e
            while j < len(doc) and j - s < 9:
                tok = doc[j]
                if tok.i in claimed:
                    break
                if tok.text[:1].isupper() or tok.like_num or tok.text in ("-", "'"):
                    j += 1
                elif tok.lower_ in _ORG_CONNECTORS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                    j += 1
                else:
                    break
            while j > e and (doc[j - 1].text in ("-", "'") or doc[j - 1].lower_ in _ORG_CONNECTORS):
                j -= 1
            if j == e:
                continue
            span = doc[s:j]
            if occupied.overlaps(span.start_char, span.end_char):
                continue
            mention = InstitutionMention(name=span.text, full_name=span.text, kind=org_heads().get(word)[0])
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and _is_acronym_of(doc[j + 1].text, span.text):
                mention.acronym = doc[j + 1].text
                defined[mention.acronym] = mention
            mentions.append((s, j, mention))
            claimed.update(range(s, j))

        # 3. later mentions of defined acronyms, and unknown all-capital acronyms
        not_org = _not_org_acronyms()
        for tok in doc:
            if tok.i in claimed or not tok.is_upper or not tok.is_alpha or not 2 <= len(tok.text) <= 7:
                continue
            text = tok.text
            if text in defined:
                base = defined[text]
                mentions.append((tok.i, tok.i + 1, InstitutionMention(
                    name=text, acronym=text, full_name=base.full_name, kind=base.kind)))
                continue
            if text in not_org or text in _ROMAN or gazetteer().lookup(text):
                continue
            prev = doc[tok.i - 1].text if tok.i else ""
            nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
            if prev in _INITIAL_CUES or prev.lower() in _INITIAL_CUES or nxt == "(" or len(text) == 2 and nxt == ",":
                continue  # initials of a person: "tersangka AS (35)"
            if doc[tok.i - 1].is_sent_start and tok.i + 1 < len(doc) and doc[tok.i + 1].is_upper and tok.i > 0:
                continue
            mentions.append((tok.i, tok.i + 1, InstitutionMention(name=text, acronym=text, kind="other")))

        for s, e, m in sorted(mentions, key=lambda x: x[0]):
            span = doc[s:e]
            add_span(doc, "institutions", span.start_char, span.end_char, "ORG", m,
                     kb_id=m.region.code if m.region else "")
        return doc

    @staticmethod
    def _qualifier(doc: Doc, j: int, blocked: set[int], info: InstitutionInfo) -> int:
        if j >= len(doc):
            return j
        if "number" in info.takes and (doc[j].like_num or doc[j].text in _ROMAN):
            k = j + 1
            if k + 1 < len(doc) and doc[k].text == "/" and doc[k + 1].text[:1].isupper():
                k = _place_qualifier(doc, k + 1, blocked)
            return k
        if "dinas" in info.takes:
            k = j
            while k < len(doc) and k - j < 5 and (doc[k].text[:1].isupper() or (
                    doc[k].lower_ in _ORG_CONNECTORS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
                k += 1
            return k
        if "place" in info.takes or "name" in info.takes:
            return _place_qualifier(doc, j, blocked)
        return j


def _is_acronym_of(acr: str, long: str) -> bool:
    """`GMBI` abbreviates `Gerakan Masyarakat Bawah Indonesia`: its letters, in order, start words
    or syllables of the long form (the Schwartz & Hearst heuristic, simplified)."""
    if not (2 <= len(acr) <= 12) or not acr[:1].isupper():
        return False
    words = [w for w in long.split() if w.lower() not in CONNECTORS | _ORG_CONNECTORS]
    if not words or acr[0].lower() != words[0][0].lower():
        return False
    text = " ".join(words).lower()
    pos = 0
    for ch in acr.lower():
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _context_codes(doc: Doc) -> set[str]:
    """Region codes the article states outright: the dateline's region."""
    header = doc._.header
    codes: set[str] = set()
    if header is not None and header.dateline:
        for info in gazetteer().lookup(header.dateline)[:3]:
            codes.add(info.code)
    return codes


@Language.factory("polsek_institutions")
def make_institutions(nlp: Language, name: str) -> InstitutionRecognizer:
    return InstitutionRecognizer()
