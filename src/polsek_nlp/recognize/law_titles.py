"""The written-out title of a regulation after `tentang` (`UU Nomor 17 Tahun 2014 tentang MPR, DPR, DPD, DPRD`, `UU
No. 2/2002 tentang Kepolisian Negara Republik Indonesia`): a body named there is the law's subject, no body of the
story, as a place or a body written only inside another name is not listed (police-gold-dev README, gold S2). The
body written elsewhere in the text is listed from there."""
from __future__ import annotations

from polsek_nlp.knowledge.words import word_set

# UU, Perda, Permendagri ...; Undang-Undang, Peraturan, Keputusan ...: a regulation cited by its name or short form
_LAW_WORDS = word_set("regulation_words") | word_set("law_title_heads")
_LOOKBACK = 8  # `Undang-Undang Nomor 17 Tahun 2014 tentang`: the citation's words before `tentang`
_MAX_TITLE = 16
# dan, atas, tahun, `/`: the lower-case and sign words a title holds (`Perubahan Kedua atas Undang-Undang ...`)
_TITLE_LINKS = word_set("law_title_links")


def law_title_tokens(texts: list[str]) -> frozenset[int]:
    """The tokens of every regulation's title after `tentang` in a text's tokens `texts`."""
    out: set[int] = set()
    for i, word in enumerate(texts):
        if word == "tentang" and _cited(texts, i):
            out.update(range(i + 1, _title_end(texts, i + 1)))
    return frozenset(out)


def _cited(texts: list[str], i: int) -> bool:
    """A regulation is cited in the words right before `tentang` at `i`, in the same sentence."""
    for k in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        if texts[k] in (".", "!", "?", ";"):
            return False
        if texts[k] in _LAW_WORDS or texts[k].startswith(("Undang-", "undang-")):
            return True
    return False


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalnum()


def _title_end(texts: list[str], j: int) -> int:
    """Where the title begun at `j` ends: its capitalised words, figures and links; a comma goes on only in a title
    that is a list of acronyms (`tentang MPR, DPR, DPD, DPRD`), else it closes the title."""
    k, listed = j, True
    while k < len(texts) and k - j < _MAX_TITLE:
        word = texts[k]
        if word == ",":
            if not (listed and k + 1 < len(texts) and _acronym(texts[k + 1])):
                break
        elif word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_LINKS:
            listed = listed and (_acronym(word) or word.islower())  # `MPR, DPR dan DPD`
        else:
            break
        k += 1
    return k
