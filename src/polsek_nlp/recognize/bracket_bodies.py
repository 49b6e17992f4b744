"""A body named only by a capitalised phrase and its acronym in brackets (`Advokat Cinta Tanah Air (ACTA)`,
`kelompok Mujahidin Sulawesi Barat (MSB)`): no head word and no table row name it, the bracket does, when the
acronym's letters are the phrase's initials one by one and the article places the phrase or its acronym where a body
stands (s27inst, issue 19). Terms of the same shape (`Tempat Kejadian Perkara (TKP)`, `Indeks Persepsi Korupsi
(IPK)`) are kept out by `not_org_acronyms.tsv` and by that need of a body's place."""
from __future__ import annotations

from collections.abc import Iterator

from polsek_nlp.knowledge.words import word_set

_LINKS = word_set("org_connectors")  # `dan`, `untuk`, `&`: words an acronym skips inside a name
# lowercase nouns before the phrase that make it a body's name (`kelompok X (ACR)`, `kader X (ACR)`, `klub X (ACR)`)
BODY_NOUNS = word_set("org_cues", "where", "bracket_before") | word_set("org_cues", "where", "member") \
    | word_set("org_cues", "where", "before")
NOT_OPENING = word_set("org_cues", "where", "bracket_not")  # `Tim X (ACR)`: a team, not listed (gold S1)


def initials_phrases(texts: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, acronym) of each `Phrase (ACR)` where ACR is 3 to 7 capitals and the phrase right before the bracket
    is as many title-case words, whose initials spell it in order (links between them skipped, none first)."""
    for p in range(1, len(texts) - 2):
        acr = texts[p + 1]
        if texts[p] != "(" or texts[p + 2] != ")" or not (3 <= len(acr) <= 7 and acr.isalpha() and acr.isupper()):
            continue
        start = _spelled_start(texts, p, acr)
        if start is not None:
            yield start, p, acr


def _spelled_start(texts: list[str], end: int, acr: str) -> int | None:
    """The token where the title-case words before `end` spelling `acr` (last letter nearest) begin, or None."""
    k, letter = end - 1, len(acr) - 1
    while k >= 0 and letter >= 0:
        word = texts[k]
        if word.lower() in _LINKS and letter < len(acr) - 1:
            k -= 1
            continue
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or word[0] != acr[letter]:
            return None
        k, letter = k - 1, letter - 1
    return k + 1 if letter < 0 else None
