"""The payers of a scheme set out one after another (issue 22, s26r13): a fraud's victims are often listed by what each
paid, the role word said once, before the first (`Korban bernama A (24) menyetor Rp 15 juta, B (26) Rp 12.500.000, dan
C (23) sebelas juta rupiah`), or the next payer joined by a contrast (`Salah satu korban, A (41), menyerahkan Rp 7 juta,
sementara B (33) menyerahkan Rp 3.750.000`). A person of no cue so set out after a victim is a victim too, `dirugikan`.
Words from `data/incident_words.tsv` (`paid` rows, `scheme_word` and `paid_to` rows through `paid_right_after`)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import Cand, sentence_of
from polsek_nlp.recognize.incident_victims import AMOUNT, paid_right_after
from polsek_nlp.recognize.incident_words import compiled, words

__all__ = ["payer_series"]

# an amount's end and a list's joiner right before a name (`Rp 15 juta, `, `Rp 12.500.000, dan `)
_AFTER_AMOUNT = re.compile(r"(?:\d|(?<![\w-])(?:ribu|juta|miliar|milyar|rupiah))\s*(?:,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)$",
                           re.IGNORECASE)


def payer_series(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A person of no cue and no harm said, set out as the next payer after a victim (`gapped` or `paid_next`), is a
    victim of the scheme, `dirugikan`; read after the payments said right after a victim's name (`care_harms`)."""
    victims = [s for c in cands if c.victim_cues and not c.suspect_cues for s, _e in c.spans]
    payers = [s for c in cands if "dirugikan" in c.harms and c.victim_cues and not c.suspect_cues for s, _e in c.spans]
    for c in cands:
        if c.victim_cues or c.suspect_cues or c.officer or c.harms or c.roles:
            continue
        if any(_gapped(text, sents, s, e, payers) or _paid_next(text, sents, s, e, victims) for s, e in c.spans):
            c.victim_cues += 1
            c.harms.append("dirugikan")


def _gapped(text: str, sents: list[tuple[int, int]], s: int, e: int, payers: list[int]) -> bool:
    """`..., A (24) menyetor Rp 15 juta, B (26) Rp 12.500.000, dan C (23) sebelas juta rupiah`: the name comes after an
    amount and a list's joiner, and an amount follows its age with no verb of its own (the first's verb is shared);
    a payer is named before it in the sentence."""
    s0, _s1 = sentence_of(sents, s)
    return (_AFTER_AMOUNT.search(text, max(s0, s - 40), s) is not None
            and _amount_after_age().match(text, e) is not None
            and any(s0 <= p < s for p in payers))


def _paid_next(text: str, sents: list[tuple[int, int]], s: int, e: int, victims: list[int]) -> bool:
    """`..., sementara B (33) menyerahkan Rp 3.750.000`: the name's own payment said right after it, in a scheme's
    article (`paid_right_after`), with a victim named before it in its sentence or the one before."""
    s0, _s1 = sentence_of(sents, s)
    prev = max((a for a, _b in sents if a < s0), default=s0)
    return paid_right_after(text, e) and any(prev <= v < s for v in victims)


@cache
def _amount_after_age() -> re.Pattern:
    """An age and an amount right after it (a verb of paying may stand between: `(26) Rp 12.500.000`, `(23) sebelas juta
    rupiah`, `(30) membayar Rp 5 juta`)."""
    return compiled(rf"\s*\(\d{{1,3}}\)\s*,?\s*(?:(?:{trie_alternation(words('paid'))})\s+)?[^.;:,\"“”()]{{0,30}}?{AMOUNT}",
                    re.IGNORECASE)
