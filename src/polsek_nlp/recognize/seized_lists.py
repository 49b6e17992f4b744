"""Lists of seized items: where a list after a cue of seizure begins and where each item's head phrase
ends (`read_list`), and the sentences that are lines of a list set out over lines or numbers
(`list_lines`); the strong cues of seizure (`STRONG_CUE`: barang bukti, disita ...) they start from.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_words import words

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
LIST_OPENER = re.compile(r"\b(?:yakni|yaitu|antara\s+lain|di\s*antaranya)\s*:?", re.IGNORECASE)
STRONG_CUE = re.compile(r"\b(?:barang\s+bukti|bb|disita|menyita|penyitaan|sitaan)\b", re.IGNORECASE)


def read_list(sent: str, at: int) -> list[tuple[int, int]]:
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


_OPENS_LIST = re.compile(r"(?::|\b(?:yakni|yaitu|berupa|antara\s+lain|di\s*antaranya|adalah)\s+(?:\d{1,2}\s*[.)])?)\s*$",
                         re.IGNORECASE)
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
        if open_list and LIST_OPENER.match(sent):  # `... sejumlah barang bukti. Di antaranya 2 unit ponsel, ...`
            out.add(k)
            continue
        open_list = bool(STRONG_CUE.search(sent) and (_OPENS_LIST.search(sent) or _NAMES_EVIDENCE.search(sent)))
    return out


# a sentence that names the evidence without listing it: its list may open the next sentence (`Polisi mengamankan
# sejumlah barang bukti. Di antaranya ...`)
_NAMES_EVIDENCE = re.compile(r"\b(?:barang\s+bukti|bb)\W*$", re.IGNORECASE)
