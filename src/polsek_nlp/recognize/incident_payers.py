"""The payers of a scheme set out one after another (issue 22, s26r13): a fraud's victims are often listed by what each
paid, the role word said once, before the first (`Korban bernama A (24) menyetor Rp 15 juta, B (26) Rp 12.500.000, dan
C (23) sebelas juta rupiah`), or the next payer joined by a contrast (`Salah satu korban, A (41), menyerahkan Rp 7 juta,
sementara B (33) menyerahkan Rp 3.750.000`). A person of no cue so set out after a victim is a victim too, `dirugikan`.
Words from `data/incident_words.tsv` (`paid` rows, `scheme_word` and `paid_to` rows through `paid_right_after`)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import Cand, sentence_of
from polsek_nlp.recognize.incident_suspects import related_to_role
from polsek_nlp.recognize.incident_victims import AFTER_NAME, AMOUNT, paid_over, paid_right_after
from polsek_nlp.recognize.incident_words import adverbs, compiled, words

__all__ = ["payer_series"]

# an amount's end and a list's joiner right before a name (`Rp 15 juta, `, `Rp 12.500.000, dan `)
_AFTER_AMOUNT = re.compile(r"(?:\d|(?<![\w-])(?:ribu|juta|miliar|milyar|rupiah))\s*(?:,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)$",
                           re.IGNORECASE)


def payer_series(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A person of no cue and no harm said, set out as the next payer after a victim (`gapped` or `paid_next`), is a
    victim of the scheme, `dirugikan`; read after the payments said right after a victim's name (`care_harms`), in the
    text's order, so that a list grows name by name. The person named right before must be a payer (`gapped`) or a
    victim by a cue of their own (`paid_next`), or the name's own payment follows it, the person named right before
    a victim and a payer named before (`_own_payment`, s29sv; not after a suspect: `Tersangka B bersama C (52)
    menyerahkan Rp 10 juta`), and no noun of relation to a suspect may stand beside the name: a share
    listed after the suspect's, an accomplice's, a payee's or a suspect's kin's payment is none (review s26rvE)."""
    mentions = sorted(((s, e, c) for c in cands for s, e in c.spans), key=lambda m: m[0])
    victims = {id(c) for c in cands if _is_victim(c)}  # victims by a cue of their own, before the series
    for i, (s, e, c) in enumerate(mentions):
        if c.victim_cues or c.suspect_cues or c.officer or c.harms or c.roles or i == 0 or related_to_role(text, s, e):
            continue  # kin or counsel of a suspect (`Istri tersangka, X (38)`, `X (52), kakak tersangka,`): the suspect's side
        p, _pe, before = mentions[i - 1]
        if ((_is_payer(before) and _gapped(text, sents, s, e, p)) or (id(before) in victims and _paid_next(text, sents, s, e, p))
                or (id(before) in victims and _payer_before(mentions[:i]) and _own_payment(text, e))):
            c.victim_cues += 1
            c.harms.append("dirugikan")


def _payer_before(mentions: list[tuple[int, int, Cand]]) -> bool:
    """A payer of the scheme named before (a victim by a cue of their own who paid)."""
    return any(_is_payer(c) for _s, _e, c in mentions)


def _own_payment(text: str, e: int) -> bool:
    """`Ada pula X (29), karyawan swasta, yang menyetor Rp 85 juta`, `Pelapor lain, X (52), pensiunan guru, menyetor Rp
    450 juta`: the name's own payment (a `paid` row and an amount) right after its age and apposition, `yang` allowed,
    in a scheme's article (`paid_right_after`'s test, s29sv); not a fine, a bribe or a bail (`yang membayar denda Rp 5
    juta`, `yang menyetor uang suap`: `_due_cue`; review s29rvD)."""
    return (m := _paid_after_yang().match(text, e)) is not None and paid_over(text, m.end()) \
        and _due_cue().search(text, e, m.end()) is None


@cache
def _due_cue() -> re.Pattern:
    """A cue of money paid that no victim loses (`loss_kinds.tsv` rows of kind `suap`, `denda`, `jaminan`)."""
    cues = {c for r in read_table("loss_kinds.tsv") if r["kind"] in _DUES for c in split_cell(r["cues"])}
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(cues)})(?![\w-])", re.IGNORECASE)


_DUES = ("suap", "denda", "jaminan")  # the `loss_kinds.tsv` kinds of money paid as a bribe, a fine, a bail


@cache
def _paid_after_yang() -> re.Pattern:
    """An age, an apposition (up to two parts), `yang`, then a `paid` row and an amount."""
    return compiled(rf"{AFTER_NAME}(?:yang\s+)?{adverbs('also', 'pun', 'once', 'done')}*(?:{trie_alternation(words('paid'))})"
                    rf"(?![\w-])[^.;:\"“”]{{0,40}}?{AMOUNT}", re.IGNORECASE)


def _is_victim(c: Cand) -> bool:
    return bool(c.victim_cues) and not c.suspect_cues


def _is_payer(c: Cand) -> bool:
    return _is_victim(c) and "dirugikan" in c.harms


def _gapped(text: str, sents: list[tuple[int, int]], s: int, e: int, payer: int) -> bool:
    """`..., A (24) menyetor Rp 15 juta, B (26) Rp 12.500.000, dan C (23) sebelas juta rupiah`: the name comes after an
    amount and a list's joiner, and an amount follows its age with no verb of its own (the first's verb is shared);
    the payer named right before it (at `payer`) is in its sentence."""
    s0, _s1 = sentence_of(sents, s)
    return (s0 <= payer and _AFTER_AMOUNT.search(text, max(s0, s - 40), s) is not None
            and _amount_after_age().match(text, e) is not None)


def _paid_next(text: str, sents: list[tuple[int, int]], s: int, e: int, victim: int) -> bool:
    """`..., sementara B (33) menyerahkan Rp 3.750.000`: the name's own payment said right after it, in a scheme's
    article (`paid_right_after`), the victim named right before it (at `victim`) in its sentence or the one before."""
    s0, _s1 = sentence_of(sents, s)
    prev = max((a for a, _b in sents if a < s0), default=s0)
    return prev <= victim and paid_right_after(text, e)


@cache
def _amount_after_age() -> re.Pattern:
    """An age and an amount right after it (a verb of paying may stand between: `(26) Rp 12.500.000`, `(23) sebelas juta
    rupiah`, `(30) membayar Rp 5 juta`)."""
    return compiled(rf"\s*\(\d{{1,3}}\)\s*,?\s*(?:(?:{trie_alternation(words('paid'))})\s+)?[^.;:,\"“”()]{{0,30}}?{AMOUNT}",
                    re.IGNORECASE)
