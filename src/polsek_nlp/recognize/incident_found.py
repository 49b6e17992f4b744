"""The missing later found (gold/incidents/README.md, Settled s20 rule 1: `missing` 0 when every person reported
missing is later said found; found dead, they are the dead). A count of the missing (`Tiga warga hilang`) the rest of
its sentence says found after a contrast (`, namun kemudian ditemukan selamat`: no other subject between) or the next
sentence says found as all of them (`Ketiganya ditemukan selamat.`, `Mereka sudah kembali ke rumah.`): the
`missing_found` rows of value `all_of` (a pronoun of all of them; `keduanya`, `ketiganya`: `ke-` `-nya` of a number)
and `back` (a finding with no state written, `berhasil ditemukan`, `sudah kembali`: found alive). s28rvE.
"""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.recognize.incident_harm import CONTRAST
from polsek_nlp.recognize.incident_words import compiled, phrase_words, word_regex, words
from polsek_nlp.recognize.quantities import number_words, parse_number


def found_later(text: str, at: int, end: int) -> str | None:
    """The state (`tewas`, `selamat`) the missing counted right before `at` are later said found in: in the rest of
    their sentence (to `end`) after a contrast, or in the next sentence as all of them; None when not said."""
    fm = _found_tail().match(text, at, end) or _found_all().match(text, end)
    if fm is None:
        return None
    harm = words("harm").get(" ".join(fm.group("h").lower().split())) if fm.group("h") else "selamat"
    return harm if harm in ("tewas", "selamat") else None


def found_in_state() -> str:
    """Found and the state found in, the state as group `h`: `ditemukan selamat`, `dinyatakan meninggal dunia`,
    `ditemukan dalam keadaan selamat` (a `found_state` row, up to two `found_dead` rows, a `harm` row). Read here and by
    `incident_facts._found_state` (a finding in the clause of the count)."""
    return (rf"(?:{phrase_words('name_context', 'found_state')})\s+(?:(?:{phrase_words('name_context', 'found_dead')})"
            rf"\s+){{0,2}}(?P<h>{word_regex('harm').pattern})")


def _predicate() -> str:
    """Found, with adverbs before it (`adverb` rows of a deed done, a success, a sequel: `sudah`, `berhasil`,
    `kemudian`, `akhirnya`), and its state (`found_in_state`) or a finding with no state (`back` rows: alive)."""
    adverbs = "|".join(phrase_words("adverb", part) for part in ("done", "success", "then"))
    return rf"(?:(?:{adverbs})\s+){{0,3}}(?:{found_in_state()}|(?:{phrase_words('missing_found', 'back')})(?![\w-]))"


@cache
def _found_tail() -> re.Pattern:
    # `Tiga warga hilang, namun kemudian ditemukan selamat`: the clause after a contrast, no other subject
    return compiled(rf"\s*,?\s*(?:{CONTRAST.pattern})\s+{_predicate()}", re.IGNORECASE)


@cache
def _found_all() -> re.Pattern:
    # `Tiga nelayan hilang. Ketiganya ditemukan selamat.`: the next sentence, all of them its subject
    numbers = "|".join(w for w, (_v, kind) in number_words().items() if kind == "digit" and w.isalpha())
    all_of = rf"(?:ke(?:{numbers})nya|{phrase_words('missing_found', 'all_of')})"
    return compiled(rf"[.!?]?\s+{all_of}\s+{_predicate()}", re.IGNORECASE)


def left_unfound(kind: str, text: str, end: int, value: float) -> float:
    """A count `value` of `kind` in the sentence that ends at `end`, less the part of them the next sentence says found
    when they are the missing (`found_part`; not all of them: those are `found_later`'s). s29cas."""
    part = found_part(text, end) if kind == "missing" else None
    return value - part if part and part < value else value


def found_part(text: str, end: int) -> int | None:
    """How many of the missing counted in the sentence that ends at `end` the next sentence says found, a part of them
    (`Tiga nelayan hilang. Dua di antaranya ditemukan selamat.`: 2; `Satu di antaranya ditemukan meninggal dunia`: 1,
    the dead its own count reads), or None when it says none so. s29cas."""
    pm = _found_part().match(text, end)
    n = parse_number(pm.group("n")) if pm else None
    return int(n) if n else None


@cache
def _found_part() -> re.Pattern:
    # `Dua di antaranya ditemukan selamat`: a count of a part (`of_group` name_context rows) opens the next sentence
    numbers = "|".join(w for w, (_v, kind) in number_words().items() if kind == "digit" and w.isalpha())
    return compiled(rf"[.!?]?\s+(?P<n>\d{{1,3}}|{numbers})\s+(?:orang\s+)?(?:{phrase_words('name_context', 'of_group')})"
                    rf"\s+{_predicate()}", re.IGNORECASE)


def found_again(text: str, start: int, end: int) -> bool:
    """Whether the count of the dead read at `start:end` is more of them found (`satu korban lagi ditemukan
    meninggal`: a `more` name_context row after the count, a `find` missing_search row): a step of the toll, added to
    the dead said before and taken from the missing. s30cas."""
    return _more().search(text, start, end) is not None and _finding().search(text, start, end) is not None


def still_after_find(text: str, before: int, start: int, end: int) -> bool:
    """Whether the count of the missing read at `start:end` says them still sought (a `still` missing_search row:
    `masih dicari`, `belum ditemukan`) after a finding (a `find` row) since the count of the missing said before ended
    at `before`: the count left now (`Lima nelayan hilang. Dua di antaranya ditemukan selamat, sedangkan tiga lainnya
    masih dicari`: 3), not more of them. s30cas."""
    return _still().search(text, start, end) is not None and _finding().search(text, before, start) is not None


@cache
def _more() -> re.Pattern:
    return compiled(rf"(?<![\w-])(?:{phrase_words('name_context', 'more')})(?![\w-])", re.IGNORECASE)


@cache
def _finding() -> re.Pattern:
    return compiled(rf"(?<![\w-])(?:{phrase_words('missing_search', 'find')})(?![\w-])", re.IGNORECASE)


@cache
def _still() -> re.Pattern:
    return compiled(rf"(?<![\w-])(?:{phrase_words('missing_search', 'still')})(?![\w-])", re.IGNORECASE)
