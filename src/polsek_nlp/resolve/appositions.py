"""A name no recognizer reads, described by an apposition of its kind (`Triodos, sebuah bank yang ...`)."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from polsek_nlp.doc.spans import flagged_tokens, token_texts
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.wordflags import word_set_flag
from polsek_nlp.recognize.names import is_common_word

_ORG_KINDS = word_set("apposed_kinds", "kind", "ORG")  # bank, perusahaan, partai: a body's kind
_PLACE_KINDS = word_set("apposed_kinds", "kind", "GPE")  # negara, kota, desa: a place's kind
_ARTICLES = word_set("apposed_kinds", "kind", "article")  # sebuah, suatu
# a phrase of a place's kind before a comma and the name (`kota besar kedua, X`, `kompleks parlemen, X`): not
# `negara`, `negeri` (`produk dalam negeri, X`, `istana negara, Selasa`: a modifier, no place's kind)
_KINDS_BEFORE = word_set("place_kind_nouns") | word_set("apposed_kinds", "kind", "site")
_DEICTIC = word_set("apposed_kinds", "kind", "deictic")  # itu, tersebut: `di kota itu, Budi ...` is a fronted phrase
_COMMA_FLAG = word_set_flag((",",))


def _title(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _kind_at(texts: list[str], k: int) -> str | None:
    """The label the apposition from token k on gives (`sebuah bank`, `negara yang`), or None."""
    n = len(texts)
    article = k < n and texts[k] in _ARTICLES
    noun = k + 1 if article else k
    if noun >= n or not (article or noun + 1 < n and texts[noun + 1] == "yang"):
        return None
    word = texts[noun]
    return "ORG" if word in _ORG_KINDS else "GPE" if word in _PLACE_KINDS else None


def apposed_kinds(doc: Doc, used: set[int]) -> list[Span]:
    """One to three title-case words that no recognizer took, right before a comma and an apposition of a kind
    of body or place (`apposed_kinds.tsv`, with an article or `yang`): the body or the place the noun says. Not
    all ordinary words (`Padahal, negara yang ...`); the name's first word follows no other capitalised word and is
    no stop word (`Bagi`, `Menurut`: the comma then ends a fronted phrase).
    `doc.ents` only."""
    texts = token_texts(doc)
    out: list[Span] = []
    for c in flagged_tokens(doc, _COMMA_FLAG):
        label = _kind_at(texts, c + 1)
        if label is None:
            continue
        s = c
        while s > 0 and c - s < 3 and _title(texts[s - 1]) and s - 1 not in used:
            s -= 1
        if s == c or s > 0 and texts[s - 1][:1].isupper() or doc[s].is_stop:
            continue  # `Bagi Sutarjo, desa yang damai ...`: a fronted phrase's comma, the main clause's subject after it
        if all(is_common_word(t) for t in texts[s:c]):
            continue
        out.append(Span(doc, s, c, label=label))
    return out


def _kind_phrase_before(texts: list[str], c: int) -> bool:
    """The comma at token c closes a phrase of a place's kind: its noun then up to three lowercase words, none
    deictic (`kota besar kedua,`, `kompleks parlemen,`; not `kota itu,`)."""
    j = c - 1
    while j >= 0 and c - j <= 4 and texts[j].isalpha() and texts[j].islower() and texts[j] not in _DEICTIC:
        if texts[j] in _KINDS_BEFORE:
            return True
        j -= 1
    return False


def kind_before_names(doc: Doc, used: set[int]) -> list[Span]:
    """One or two title-case words that no recognizer took, right after a phrase of a place's kind and a comma and
    closed by a comma or a stop (`dan kota besar kedua, Tembarawa, sudah ...`): the place the phrase describes.
    Not all ordinary words nor stop words (`kompleks itu, Namun ...`). `doc.ents` only."""
    texts = token_texts(doc)
    n = len(texts)
    out: list[Span] = []
    for c in flagged_tokens(doc, _COMMA_FLAG):
        e = c + 1
        while e < n and e - c <= 2 and _title(texts[e]) and e not in used:
            e += 1
        if e == c + 1 or e < n and texts[e] not in (",", ".") or doc[c + 1].is_stop:
            continue
        if all(is_common_word(t) for t in texts[c + 1:e]) or not _kind_phrase_before(texts, c):
            continue
        out.append(Span(doc, c + 1, e, label="GPE"))
    return out
