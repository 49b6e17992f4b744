"""Unnamed fugitives: people of the case said still pursued, with no name (`Dua rekan mereka yang menyediakan rekening
masih diburu`, `dikendalikan seorang pengendali di X yang masih diburu`, `Penadah itu kini diburu polisi`, `Polisi juga
masih memburu pengepul yang ...`): unnamed suspects of status `buron` (gold/incidents/README.md: a suspect `buron`,
counted up to five; s28sv)."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_shapes import MAX_UNNAMED, ROLE_RANK, in_background
from polsek_nlp.recognize.incident_suspects import pursuit
from polsek_nlp.recognize.incident_words import (
    adverbs,
    arrest_verbs,
    headed_matches,
    parted_word_list,
    word_heads,
    word_tuple,
    words,
)
from polsek_nlp.recognize.quantities import number_words
from polsek_nlp.recognize.seized_items import pe_noun
from polsek_nlp.record.types import Suspect


@cache
def _pursued() -> re.Pattern:
    """The predicate of being still pursued: the suspects' `pursuit` (`masih diburu`, `kini diburu polisi`, `masih kami
    kejar`) or still wanted (`masih buron`, `masuk DPO`: `wanted` rows)."""
    wanted = trie_alternation(words("wanted"))
    return re.compile(rf"(?<![\w-])(?:{pursuit()}|{adverbs('now', 'still')}+(?:{wanted})(?![\w-])"
                      rf"|{adverbs('now', 'still')}*masuk\s+(?:daftar\s+)?(?:{wanted})(?![\w-]))", re.IGNORECASE)


@cache
def _hunted() -> re.Pattern:
    """`Polisi juga masih memburu pengepul yang ...`: the police (`police` rows) still hunting (`seek_verb` rows of
    value pursue, not `mencari`: a search for the missing) the phrase after the verb; tried only where a word of the
    police starts (`headed_matches`, as `incident_suspects._sought`)."""
    police = trie_alternation(words("police"))
    hunt = trie_alternation([w for w, v in words("seek_verb").items() if v == "pursue"])
    return re.compile(rf"(?<![\w-])(?:{police})(?:\s+[\w-]+){{0,3}}?\s+{adverbs('now', 'still')}+(?:{hunt})\s+(?P<np>[^.;:!?\"“”]{{1,80}})",
                      re.IGNORECASE)


@cache
def _arrest_verb() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{arrest_verbs('active')}|{arrest_verbs('passive')})(?![\w-])", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"”]?\s+|\n")
_YANG = re.compile(r"\s+yang\s+")
_PIECE = re.compile(r"[,;]|\b(?:oleh|dan|serta|sedangkan|sementara)\b")
_OPENER = re.compile(r"^(?:sementara\s+itu|sedangkan|adapun|sementara),?\s+", re.IGNORECASE)
_PLACE_TAIL = re.compile(r"\s+(?:di|dari|asal)\s+(?:[A-Z][\w.-]*\s*)+$")


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    n = number_words().get(word.lower())
    return int(n[0]) if n and n[1] in ("digit", "one") else None


def _person_head(head: str, raw: str) -> bool:
    """A noun of one of the scheme: a role (`role` rows), one who works with the suspects (`co_worker`), a relation
    (`relation` rows of kin, `fugitive_head` rows: `rekan`), a driver (`agent_noun`), a doer's noun of pe(N)- written
    in lowercase or pointed back at or owned (`pengepul`, `Penadah itu`, `Pemodal mereka`: not a name that stems);
    never a victim, a witness, an officer."""
    if head in words("not_suspect_role") or head in words("police") or head in words("victim_noun"):
        return False
    relation = words("relation")
    return (head in words("role") or head in words("co_worker") or head in words("agent_noun")
            or relation.get(head, "-") != "-" or head in words("fugitive_head") or raw.islower() and pe_noun(head))


def _fugitives_of(np: str) -> tuple[int, str | None, bool, bool, str] | None:
    """(count, role, others, pointed, head) of an unnamed noun phrase (`Dua rekan mereka`, `seorang pengendali di
    Tawau`, `Penadah itu`, `Dua pelaku lain`), None when it names someone, holds other words, is a generic role
    (`pelaku`) with no word of others (maybe one of the named), or counts more than five (no entries, as the gold's
    five-entry limit for a counted group: `15 tersangka lain yang masih diburu` of a year's tally; s28rvD)."""
    ws = _PLACE_TAIL.sub("", _OPENER.sub("", np.strip(" ,\"“”'"))).split()
    n = _count(ws[0]) if ws else None
    ws = ws[1:] if n is not None else ws
    if not ws or not ws[0].isalpha() or not ws[0][1:].islower():
        return None
    head, rest = ws[0].lower(), ws[1:]
    if rest and f"{head} {rest[0]}" in words("role"):
        head, rest = f"{head} {rest[0]}", rest[1:]
    fit = {**{w: "others" for w in parted_word_list("count_context", ("others",))}, **words("fugitive_np")}
    pointed = any(fit.get(w) in ("pointer", "of") for w in rest)  # `Penadah itu`, `Pemodal mereka`: a common noun
    if not _person_head(head, ws[0].lower() if pointed else ws[0]) or len(rest) > 2 or any(w not in fit for w in rest):
        return None
    others = any(fit[w] == "others" for w in rest)
    role = words("role").get(head) or ("pengemudi" if head in words("agent_noun") else None)
    if role in ROLE_RANK and not (others and n) or (n or 1) > MAX_UNNAMED:
        return None  # `Pelaku masih diburu`: the perpetrator, maybe the one named; `pelaku lain`: how many not said
    return n or 1, role, others, any(fit[w] == "pointer" for w in rest), head  # `Rekan tersangka itu`: one told of


def _subject_before(text: str, at: int) -> str:
    """The phrase the pursuit at `at` is said of: before the last `yang` of its sentence, from a count on (`seorang
    pengendali di X yang masih diburu`; not after a verb of arrest: `menangkap seorang penadah yang selama ini masuk
    DPO`); else the sentence itself up to the pursuit (`Penadah itu kini diburu`, `Dua pelaku lain masih diburu`)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    before = text[start:at]
    parts = _YANG.split(before)
    if len(parts) == 1:
        return before if not _PIECE.search(before) else ""
    ws = [w.strip("\"“”'") for w in _PIECE.split(parts[-2])[-1].split()]
    at_count = [i for i, w in enumerate(ws) if _count(w) is not None]
    if not at_count or _arrest_verb().search(" ".join(ws[:at_count[-1]])):
        return ""
    return " ".join(ws[at_count[-1]:])


def pursued_unnamed(text: str) -> list[tuple[int, str | None, bool, bool]]:
    """(count, role, others, pointed) of each unnamed group said still pursued, outside an earlier case; one per head
    noun."""
    found: dict[str, tuple[int, str | None, bool, bool]] = {}
    phrases = [(m.start(), _subject_before(text, m.start())) for m in _pursued().finditer(text)]
    hunted = headed_matches(_hunted(), text, word_heads(word_tuple("police")))
    phrases += [(m.start(), _YANG.split(m.group("np"))[0]) for m in hunted]
    for at, np in phrases:
        if not np.strip() or in_background(text, at) or (got := _fugitives_of(np)) is None:
            continue
        if got[4] not in found or found[got[4]][0] < got[0]:
            found[got[4]] = got[:4]
    return list(found.values())


def add_fugitives(suspects: list[Suspect], text: str) -> None:
    """Unnamed suspects `buron` for the groups said still pursued: an unnamed suspect already `buron` stands for one of
    them; for others of a generic role (`Dua pelaku lain masih diburu`), an unnamed one of no status too (the count
    of others read them); a named one `buron` for others (`Adapun rekannya, RD, melarikan diri ... Satu pelaku lainnya
    masih buron`) and for one pointed back at (`Rekannya, ML, kabur ... Polisi masih memburu rekan tersangka
    tersebut`, s28rvD). Called last in `find_people`: the arrested counted and the one held (`Ia ditahan`) are read
    without them (s28rvD)."""
    for n, role, others, pointed in pursued_unnamed(text):
        free = [x for x in suspects if x.status == "buron" and (x.name is None or others or pointed)
                or others and x.name is None and x.status is None][:n]
        for x in free:
            x.status = "buron"
        suspects += [Suspect(name=None, status="buron", role=role) for _ in range(n - len(free))]
