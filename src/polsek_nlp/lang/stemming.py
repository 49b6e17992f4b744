"""Word-level stemming: Sastrawi's dictionary and confix-stripping rules, with the root chosen
over every licensed segmentation instead of taken from the first dictionary hit.

PySastrawi (Nazief & Adriani 2007; Asian 2007; Arifin et al. 2009, ECS) strips affixes in a fixed
order and returns the first dictionary word it meets, so `membelinya` loses the `i` of *beli*
(-> *bel*), `ajakan` the `k` of *ajak* (-> *aja*), `menangis` becomes *menang*. `root_of` instead
reads every segmentation

    [prefix [prefix [prefix]]] ROOT [derivational suffix] [possessive] [particle]

whose prefixes follow the meN-/peN-/ber-/ter-/per- allomorphy (ECS; Tahitoe & Purwitasari 2010:
meN- + t/k/s/p restored, be-/te-/pe- before r, bel-/pel- + ajar, C-er roots, ke-tidak-, non-, the
proclitics ku-/kau-) and whose outer prefix and suffix make a confix Indonesian forms (no
di-...-an, ke-...-kan, ber-...-i), and keeps the cheapest root in the dictionary: fewest affixes,
then the usual reading of an ambiguous nasal or r (the penalties in `PEN`), then the longest
root. A dictionary entry that is itself derived (*adakan*, *belian*) loses to its own
segmentation inside a longer word. Reduplications (`sayur-mayur`, `kemerah-merahan`,
`tembak-menembak`, `meniru-nirukan`) stem their halves. A word with no dictionary root loses -nya
and one layer of affixes whose reading is not in doubt (`tersangka`, `diviralkan`), never its
other clitics (`subarkah`).

`stem_word` stays PySastrawi behind a bounded cache: the event-type triggers and the record
keywords are keyed on its stems. `root_words` is Sastrawi's list; `lexicon_roots` adds
`data/stem_roots.tsv` (loan words such as *validasi*, common non-standard spellings) and drops
`data/stem_not_roots.tsv`; `data/stem_exceptions.tsv` holds irregular word -> root pairs. The
affix rules are tables too, read once at import: `stem_nasal_rules.tsv` (meN-/peN- assimilation),
`stem_affixes.tsv` (suffixes, clitics), `stem_plain_prefixes.tsv`, `stem_prefix_order.tsv`,
`stem_bad_confixes.tsv` and `stem_onsets.tsv`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.lang import sastrawi
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE

CACHE_SIZE = WORD_CACHE_SIZE
_AZ = re.compile("[a-z]+")  # a word PySastrawi's text normalising leaves as it is


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer().delegatedStemmer


def _table(name: str) -> list[list[str]]:
    return [list(row.values()) for row in read_table(name)]


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of root words (kata dasar), lowercase, the words PySastrawi's
    `ArrayDictionary` keeps (the lines of its file that are not blank), read without building
    PySastrawi's stemmer (~10 ms of a new process; `lang/sastrawi.py` stems over this set, and
    PySastrawi is built only for a word that is not all a-z): the name recognizers' test of an
    ordinary word."""
    return frozenset(w for w in _sastrawi_words() if w.strip())


def _sastrawi_words() -> set[str]:
    """Sastrawi's word list read from PySastrawi's installation (not copied into the project;
    CC BY-NC-SA 3.0), without building its stemmer."""
    import Sastrawi

    path = Path(Sastrawi.__file__).resolve().parent / "Stemmer" / "data" / "kata-dasar.txt"
    return {w for w in path.read_text(encoding="utf-8").split("\n") if w}


@lru_cache(maxsize=1)
def lexicon_roots() -> frozenset[str]:
    """The roots `root_of` may return: Sastrawi's dictionary, plus `stem_roots.tsv`, minus
    `stem_not_roots.tsv`."""
    words = _sastrawi_words()
    words |= {r[0] for r in _table("stem_roots.tsv")}
    words -= {r[0] for r in _table("stem_not_roots.tsv")}
    return frozenset(words)


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    return {r[0]: r[1] for r in _table("stem_exceptions.tsv") if len(r) >= 2}


# --- the affix tables (data/stem_*.tsv), read once at import and compiled -----------------------

def _affix_slots() -> dict[str, tuple[str, ...]]:
    """`stem_affixes.tsv`: slot (particle, possessive, derivational, redup_confix) -> its affixes,
    in the table's order."""
    slots: dict[str, list[str]] = {}
    for row in read_table("stem_affixes.tsv"):
        slots.setdefault(row["slot"], []).append(row["affix"])
    return {slot: tuple(affixes) for slot, affixes in slots.items()}


_AFFIXES = _affix_slots()
_PARTICLES = _AFFIXES["particle"]
_POSSESSIVES = _AFFIXES["possessive"]
_CLITICS = _PARTICLES + _POSSESSIVES
_DERIVATIONAL = _AFFIXES["derivational"]
_REDUP_CONFIX = _AFFIXES["redup_confix"]
# the derivational suffixes that make a verb (`forms` verb: -kan, -i; -an makes a noun)
VERB_SUFFIXES = tuple(row["affix"] for row in read_table("stem_affixes.tsv") if row["forms"] == "verb")


# --- suffixes -----------------------------------------------------------------------------------

def _suffix_splits(word: str) -> list[tuple[str, int, str]]:
    """(base, number of suffixes stripped, derivational suffix or '') for every way of reading
    the end of `word` as [derivational][possessive][particle]. Each group of affixes is tried only
    where the base ends with one of them (one `endswith` of the group: most words end with none;
    the stem of a new word ~9.4 -> ~8.7 us, session 15)."""
    out = [(word, 0, "")]
    for base, n in _clitic_bases(word):
        if n:
            out.append((base, n, ""))
        if base.endswith(_DERIVATIONAL):
            for suf in _DERIVATIONAL:
                if base.endswith(suf) and len(base) - len(suf) >= 3:
                    out.append((base[: -len(suf)], n + 1, suf))
    return out


def _clitic_bases(word: str) -> list[tuple[str, int]]:
    """(base, number of clitics stripped) for every way of reading the end of `word` as
    [possessive][particle], the word itself first."""
    bases = [(word, 0)]
    for group in (_PARTICLES, _POSSESSIVES):
        more = []
        for base, n in bases:
            if base.endswith(group):
                for suf in group:
                    if base.endswith(suf) and len(base) - len(suf) >= 3:
                        more.append((base[: -len(suf)], n + 1))
        bases += more
    return bases


# --- prefixes -----------------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")
_NASAL_OK = frozenset("lrwymn")  # meN- before these roots is me-


# penalties of the less usual reading where a nasal prefix is ambiguous: meng- + vowel may hide a
# k-root (mengabari: kabar) or a vowel root (mengambil: ambil); meN- + l/r/w/y/m/n roots is me-
PEN = {"m_vowel": 0.3, "m_p": 0.4, "n_vowel": 0.3, "n_ts": 0.4, "ng_vowel": 0.0, "ng_k": 0.2,
       "ng_kept_k": 0.4, "ny_vowel": 0.3, "nge": 1.5, "me_nasal": 0.0, "r_merge": 0.2,
       "cer": 0.2, "pe_c": 0.2, "derived_tie": 0.01, "me_root": 0.1,
       "k_an": 0.0, "bare_i": 0.3, "k_merge": 0.5, "m_r": 0.3,
       "proclitic": 0.05}

_ANY = "*"  # the `initial` of a nasal rule that goes with any root-initial letter
_NO_LIMIT = 1 << 30  # the longest root of a nasal rule with no `max_root`


def _nasal_rules() -> dict[str, dict[str, tuple[tuple[str, float, int], ...]]]:
    """`stem_nasal_rules.tsv` compiled: nasal spelling -> root-initial letter (or `_ANY`) ->
    ((letter restored, penalty, longest root), ...) in the table's order."""
    rules: dict[str, dict[str, list[tuple[str, float, int]]]] = {}
    for row in read_table("stem_nasal_rules.tsv"):
        longest = int(row["max_root"]) if row["max_root"] else _NO_LIMIT
        reading = (row["restore"], PEN[row["penalty"]] if row["penalty"] else 0.0, longest)
        by_initial = rules.setdefault(row["nasal"], {})
        for initial in (row["initial"] if row["initial"] != _ANY else [_ANY]):
            by_initial.setdefault(initial, []).append(reading)
    return {nasal: {c: tuple(r) for c, r in by_initial.items()} for nasal, by_initial in rules.items()}


_NASAL = _nasal_rules()
_NO_HEAD = ("",)  # me-/pe- with no nasal letter
# the nasal spellings by their first letter (me-, mem-; me-, men-, meng-, menge-, meny-), in order
_HEADS = {c: _NO_HEAD + tuple(h for h in _NASAL if h[:1] == c) for c in {h[:1] for h in _NASAL if h}}


def _nasal_readings(word: str, p: str, out: list) -> None:
    """The readings of a word beginning me-/pe- (`p`) as meN-/peN-: the nasal spelled m, n, ng,
    ny, nge or nothing, each with the roots behind it (`stem_nasal_rules.tsv`) and a penalty for
    the less productive readings (see PEN)."""
    after = word[2:]
    for head in _HEADS.get(after[:1], _NO_HEAD):
        rest = after[len(head):]
        if rest and after.startswith(head):
            by_initial = _NASAL[head]
            for restore, pen, longest in by_initial.get(rest[0]) or by_initial.get(_ANY, ()):
                if len(rest) <= longest:
                    out.append((p, restore + rest, pen))


def _plain_prefixes() -> dict[str, tuple[tuple[str, str, bool, str], ...]]:
    """`stem_plain_prefixes.tsv`: first two letters -> ((spelling, tag, outer only, after), ...)."""
    by_start: dict[str, list[tuple[str, str, bool, str]]] = {}
    for row in read_table("stem_plain_prefixes.tsv"):
        entry = (row["spelling"], row["tag"], row["outer_only"] == "yes", row["after"])
        by_start.setdefault(row["spelling"][:2], []).append(entry)
    return {start: tuple(entries) for start, entries in by_start.items()}


_PLAIN = _plain_prefixes()
_BER_TER_PER = {"pe": "per", "be": "ber", "te": "ter"}  # the r-prefix a word beginning so may carry


def _prefix_readings(word: str, outer: bool, prev: str):
    """(tag, rest, penalty) for each prefix `word` may begin with."""
    out: list = []
    w2 = word[:2]
    if w2 == "me":
        if outer:
            _nasal_readings(word, "me", out)
    elif w2 in _BER_TER_PER:
        if w2 == "pe" and prev != "pe":
            _nasal_readings(word, "pe", out)
        _ber_ter_per(word, _BER_TER_PER[w2], prev, out)
    else:
        for spelling, tag, outer_only, after in _PLAIN.get(w2, ()):
            # di-, ke-, se-, the proclitics ku-/kau-, non-, ke-tidak-: taken off as written
            if (outer or not outer_only) and (not after or prev == after) and word.startswith(spelling):
                out.append((tag, word[len(spelling):], 0.0))
    return out


def _ber_ter_per(word: str, p: str, prev: str, out: list) -> None:
    """ber-/ter-/per- and their be-/te-/pe- and bel-/pel- forms."""
    if prev == p:
        return
    if word.startswith(p):
        out.append((p, word[3:], 0.0))
    rest = word[2:]
    if rest[:1] == "r":
        out.append((p, rest, PEN["r_merge"]))  # be-/te-/pe- + r-root: berasa, terasa
    elif len(rest) > 3 and rest[0] not in _VOWELS and rest[1:3] == "er":
        out.append((p, rest, PEN["cer"]))  # bekerja, beserta, pekerja, teterbang
    elif p == "per" and rest[:1] not in _VOWELS and rest[:1] not in _NASAL_OK:
        out.append(("pe", rest, PEN["pe_c"]))  # pe- + consonant: petani, petarung
    if p != "ter" and word[2:7] == "lajar":
        out.append((p, word[3:], 0.0))  # belajar, pelajar


def _bad_confixes() -> frozenset[tuple[str, str]]:
    """`stem_bad_confixes.tsv`: outer prefix + derivational suffix pairs Indonesian does not form."""
    return frozenset((row["prefix"], row["suffix"]) for row in read_table("stem_bad_confixes.tsv"))


def _prefix_order() -> dict[str, frozenset[str]]:
    """`stem_prefix_order.tsv`: prefix -> the prefixes that may follow it inside a word."""
    return {row["outer"]: frozenset(split_cell(row["inner"])) for row in read_table("stem_prefix_order.tsv")}


_BAD_CONFIX = _bad_confixes()
_INNER = _prefix_order()


def _parses(base: str, roots: frozenset, prev: str, depth: int, acc: list, cost: float, first: str):
    """Collect (cost, root, outer prefix) for every reading of `base` as up to three prefixes
    (outer first; `prev` the one just taken) and a dictionary root."""
    if len(base) >= 3 and base in roots:
        acc.append((cost, base, first))
    if depth == 3 or len(base) < 5:
        return
    for tag, rest, pen in _prefix_readings(base, prev == "", prev):
        if prev and tag not in _INNER.get(prev, ()):
            continue
        if len(rest) >= 3:
            _parses(rest, roots, tag, depth + 1, acc, cost + 1 + pen, first or tag)


@lru_cache(maxsize=CACHE_SIZE)
def _derived_suffix(root: str) -> str:
    """The suffix by which a dictionary entry is itself a derived form of another entry
    (Sastrawi's list holds *adakan*, *belian*, *jujuran*, *kawasan*), or ''."""
    roots = lexicon_roots()
    for suf in ("kan", "an"):
        if root.endswith(suf) and len(root) - len(suf) >= 3 and root[: -len(suf)] in roots:
            return suf
    return ""


def _suffix_cost(cost: float, root: str, first: str, deriv: str) -> float | None:
    """`cost` plus the penalties of reading the derivational suffix `deriv` (not '') after `root`
    under the outer prefix `first` ('' for none); None where Indonesian does not form that confix."""
    if first and (first, deriv) in _BAD_CONFIX:
        if not (deriv == "an" and root[-1] == "k" and (first, "kan") not in _BAD_CONFIX):
            return None
        cost += PEN["k_merge"]  # ditunjukan: -kan after a k-final root written with one k
    if deriv in ("wan", "wati") and len(root) < 4:
        return None
    if deriv == "an" and root[-1] == "k":
        cost += PEN["k_an"]
    if deriv == "i" and not first:
        cost += PEN["bare_i"]
    return cost


def _prefix_cost(cost: float, root: str, first: str) -> float:
    """`cost` plus the penalties of reading `root` under the outer prefix `first` (not '')."""
    if root[:2] in ("me", "di"):
        cost += PEN["me_root"]
    if _derived_suffix(root):
        cost += PEN["derived_tie"]  # sebaran: sebar + -an before se- + baran
    if first == "ku":  # ku- and kau-
        cost += PEN["proclitic"]
    return cost


def _candidates(word: str, roots: frozenset) -> list[tuple[float, int, str, str, str]]:
    """(cost, -root length, root, outer prefix, derivational suffix) of every licensed reading."""
    out = []
    for base, nsuf, deriv in _suffix_splits(word):
        acc: list = []
        _parses(base, roots, "", 0, acc, float(nsuf), "")
        for cost, root, first in acc:
            total: float | None = cost
            if deriv:
                total = _suffix_cost(cost, root, first, deriv)
                if total is None:
                    continue
            if first:
                total = _prefix_cost(total, root, first)
            out.append((total, -len(root), root, first, deriv))
    return out


def _best(cands: list) -> str:
    """The cheapest candidate; but where the dictionary lists a derived form (*adakan*, *jujuran*,
    *keduduk*), its own segmentation wins when it costs no more than one affix extra (Sastrawi
    strips suffixes first: kejujuran is ke-jujur-an), except under ber-...-an, where the prefix
    goes first (berbadan: badan, not bad)."""
    best = min(cands)
    cost, _, root, first, deriv = best
    alt = None
    dsuf = _derived_suffix(root)
    if dsuf == "kan" or (dsuf == "an" and first and first != "ber"):
        alt = root[: -len(dsuf)]
    elif deriv == "an" and root[:2] == "ke" and len(root) >= 7 and root[2:] in lexicon_roots():
        alt = root[2:]  # ke-...-an: kedudukan is ke-duduk-an, not keduduk-an
    if alt and any(c[2] == alt for c in cands):
        alts = [c for c in cands if c[2] != root and c[0] <= cost + 1.0 + 1e-9]
        if alts:
            best = min(alts)
    return best[2]


def _infix_root(word: str, roots: frozenset) -> str | None:
    """-el-, -em-, -er-, -in- after the first consonant: kinerja -> kerja, gemetar -> getar."""
    if len(word) > 5 and word[0] not in _VOWELS:
        for infix in ("el", "em", "er", "in"):
            if word[1:3] == infix and word[0] + word[3:] in roots:
                return word[0] + word[3:]
    return None


def _stem_single(word: str) -> str:
    exc = _exceptions().get(word)
    if exc is not None:
        return exc
    roots = lexicon_roots()
    if word in roots:
        return word
    cands = _candidates(word, roots)
    if cands:
        return _best(cands)
    infixed = _infix_root(word, roots)
    if infixed:
        return infixed
    # no dictionary root: a loan word, a new word or a typo; take off the clitic -nya and one
    # layer of affixes whose reading is not in doubt, and keep at least four letters
    if word.endswith("nya") and len(word) >= 7:
        word = word[:-3]
        if word in roots:
            return word
    return _exceptions().get(word) or _guess(word)


_ONSETS = frozenset(row["onset"] for row in read_table("stem_onsets.tsv"))


def _onset_ok(rest: str) -> bool:
    """A word can begin so: a vowel, one consonant, or a usual cluster (`stem_onsets.tsv`; not
    ditlantas: tlantas)."""
    return rest[0] in _VOWELS or rest[1] in _VOWELS or rest[:2] in _ONSETS


def _guess(word: str) -> str:
    """A word with no dictionary root: one prefix layer off where its reading is the usual one
    (not se-, not ke- without -an), then a suffix the confix allows; at least four letters kept."""
    best = None
    for tag, rest, pen in _prefix_readings(word, True, ""):
        if tag in ("ku", "tidak", "se") or len(rest) < 4 or not _onset_ok(rest):
            continue
        if tag == "ke" and not rest.endswith("an"):
            continue  # ke- alone is rarely a prefix; the confix ke-...-an is
        if best is None or (pen, len(rest)) < (best[2], len(best[1])):
            best = (tag, rest, pen)
    if best is None:
        return word
    tag, rest, _ = best
    for suf in ("kan", "an", "i"):
        if rest.endswith(suf) and len(rest) - len(suf) >= 4 and (tag, suf) not in _BAD_CONFIX:
            return rest[: -len(suf)]
    return rest


def _confix_core(a: str, b: str, rb: str, roots: frozenset) -> str | None:
    """The root inside a confix around a whole reduplication `a`-`b` (`rb` the root of `b`):
    ke-merah-merah-an, ber-lari-lari-an; or None."""
    for pre in _REDUP_CONFIX:
        if a.startswith(pre) and a[len(pre):] in roots:
            core = a[len(pre):]
            if b.startswith(core) or b == rb:
                return core
    return None


def _redup_pair(word: str, a: str, b: str) -> str:
    """The root of the reduplication `word` = `a`-`b` (clitics already off)."""
    ra, rb = _stem_single(a), _stem_single(b)
    if rb == b and b not in lexicon_roots():
        rb = _stem_single("me" + b)  # meniru-nirukan, menyebut-nyebut: the echo lost its meN-
    if ra == rb:
        return ra
    roots = lexicon_roots()
    core = _confix_core(a, b, rb, roots)
    if core is not None:
        return core
    if b.startswith(a) or rb == a:
        return ra
    if a in roots and len(a) == len(b) and a[1:] == b[1:]:
        return a  # sayur-mayur: a rhyming echo of the first half
    if a in roots and b not in roots:
        return a
    return word


def _stem_redup(word: str) -> str:
    """Reduplication: `anak-anak`, `sayur-mayur`, `kemerah-merahan`, `tembak-menembak`,
    `berbalas-balasan`, `malaikat-malaikat-nya`."""
    parts = [p for p in word.split("-") if p]
    while len(parts) > 2 and parts[-1] in _CLITICS:
        parts.pop()
    if len(parts) == 2 and parts[1] in _CLITICS:
        return _stem_single(parts[0])
    if len(parts) != 2:
        return word
    return _redup_pair(word, parts[0], parts[1])


@lru_cache(maxsize=CACHE_SIZE)
def root_of(word: str) -> str:
    """The root of one lowercase word (no entity protection): `polsek_nlp.stem` and
    `token._.stem`."""
    if "-" in word:
        if not word.replace("-", "").isalpha():
            return word
        return _stem_redup(word)
    if not word.isalpha():
        return word
    return _stem_single(word)


@lru_cache(maxsize=CACHE_SIZE)
def stem_word(word: str) -> str:
    """PySastrawi's stem of one lowercase word, behind a bounded cache (PySastrawi's own
    `CachedStemmer` keeps every word forever), quirks included: the name test's
    (`recognize/names.is_common_word`). A word of the letters a-z is stemmed by
    `lang/sastrawi.py` (PySastrawi's steps with its rules compiled once: the same stem at ~1/7 of
    the time), any other by PySastrawi itself."""
    if not word.isalpha() and "-" not in word:
        return word
    if _AZ.fullmatch(word):
        return sastrawi.stem(word, root_words())
    return _stemmer().stem(word) or word


def sastrawi_stem(word: str) -> str:
    """Plain PySastrawi, for comparison."""
    return _stemmer().stem(word) or word
