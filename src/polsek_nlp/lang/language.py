"""A fast-constructing Indonesian `Language`.

spaCy's `Indonesian` builds ~15,600 tokenizer special cases, almost all of them hyphenated
reduplications (`kerja-kerja`, `Kerja-Kerja`, `KERJA-KERJA`), because its infix rules split every
hyphen between letters. Adding those cases costs 1-4 s per construction. Here the hyphen rule
itself keeps reduplications and prefixed forms (`e-KTP`, `anti-korupsi`) whole, so the few hundred
remaining special cases (abbreviations, emoticons) plus ours load in milliseconds, and tokens are
the same for the words that matter. The Language is not a subclass of spaCy's `Indonesian`: its
data (special cases, affix patterns, stop words, lexical attributes) comes from `lang/spacy_id.py`,
read from spaCy once and kept on disk, so that `spacy.lang.id`, which generates those ~15,600 cases
when imported, is not imported at all. Its lexical attributes are spaCy's values computed at less
cost a new word (`lang/lexattrs.py`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex
from spacy.lang.char_classes import ALPHA
from spacy.language import BaseDefaults, Language
from spacy.symbols import ORTH
from spacy.util import compile_prefix_regex, load_config_from_str, registry
from spacy.vocab import Vocab

from polsek_nlp.data import read_table
from polsek_nlp.data.diskcache import compiled
from polsek_nlp.lang import lexattrs, spacy_id
from polsek_nlp.lang.patterns import compile_pattern
from polsek_nlp.lang.tokenizer import (
    ALNUM_FREE_INFIXES,
    PolsekTokenizer,
    gated_infixes,
    plain_word_match,
    prefiltered,
    prefiltered_match,
    suffix_search,
)
from polsek_nlp.lang.wordcache import WORD_CACHE_SIZE

# Hyphen between letters: split only between two capitalised words that are not a reduplication
# (`TNI-Polri`, `Jawa-Bali`), never in `kerja-kerja`, `Kerja-Kerja`, `e-KTP`, `sayur-mayur`.
_HYPHEN_SPLIT = (
    r"(?<=(?<![\p{L}])(?P<left>\p{Lu}[\p{L}]+))-(?=(?P<right>\p{Lu}[\p{L}]*))"
    r"(?!(?i:(?P=left))(?![\p{L}]))"
)


def _infixes() -> list[str]:
    """spaCy's Indonesian infixes without the letter-hyphen-letter splits (see `_HYPHEN_SPLIT`).
    Which ones split `kerja-kerja` is asked of spaCy's patterns themselves, once: compiling them
    costs ~35 ms (their letter classes span all of Unicode), so the answer is kept on disk
    (`data.diskcache`), keyed by the patterns."""
    infixes = list(spacy_id.INFIXES)
    kept = compiled("infixes", ["kerja-kerja", *infixes], lambda: _not_splitting(infixes, "kerja-kerja"))
    return [infixes[i] for i in kept] + [rf"(?<=[{ALPHA}])(?:/|–|—|--|---|——|~)(?=[{ALPHA}])"]


def _not_splitting(patterns: list[str], text: str) -> list[int]:
    import re

    return [i for i, p in enumerate(patterns) if not re.search(p, text)]


def _exceptions() -> dict:
    exc = dict(spacy_id.EXCEPTIONS)  # (none with a hyphen)
    for row in read_table("abbreviations.tsv"):
        form = row["form"]
        exc[form] = [{ORTH: form}]
    return exc


# spaCy's language code for our Language (`spacy.blank(LANG)`, `lang` in a saved config): its
# own, so that a saved pipeline is rebuilt with our tokenizer and not spaCy's Indonesian one
LANG = "polsek_id"
TOKENIZER = "polsek_nlp.Tokenizer.v1"

_CONFIG = f"""
[nlp]

[nlp.tokenizer]
@tokenizers = "{TOKENIZER}"
"""


class PolsekIndonesianDefaults(BaseDefaults):
    """spaCy's `IndonesianDefaults`, from its data kept on disk (`lang/spacy_id.py`), with our
    tokenizer, special cases and infixes."""

    config = load_config_from_str(_CONFIG)
    tokenizer_exceptions = _exceptions()
    prefixes = spacy_id.PREFIXES
    suffixes = spacy_id.SUFFIXES
    infixes = _infixes()
    syntax_iterators = spacy_id.SYNTAX_ITERATORS
    lex_attr_getters = lexattrs.LEX_ATTRS  # spaCy's values, at less cost a new word
    stop_words = spacy_id.STOP_WORDS


class PolsekIndonesian(Language):
    """Indonesian with a tokenizer that constructs in milliseconds (see module docstring): spaCy's
    `Indonesian` in behaviour (stop words, LIKE_NUM, noun chunks), without importing it. Its
    language code is `polsek_id` (the registered class is `pipeline.PolsekPipeline`); its
    tokenizer is `polsek_nlp.Tokenizer.v1` in `registry.tokenizers`."""

    lang = LANG
    Defaults = PolsekIndonesianDefaults

    def __init__(self, vocab: Vocab | bool = True, *, meta: dict[str, Any] | None = None, **kwargs: Any) -> None:
        own = vocab is True
        super().__init__(vocab, meta=meta or {}, **kwargs)
        if own:  # spaCy's own vocabulary, made by `Language.__init__` (its vectors, `create_vectors`, set
            # there), with IS_STOP, LANG and NORM getters of the same values at less cost a new word
            # (`lexattrs.vocab_attrs`; a Lexeme reads the getters when it is first made)
            self.vocab.lex_attr_getters.update(lexattrs.vocab_attrs(self.lang))


@lru_cache(maxsize=1)
def _infix_pattern() -> regex.Pattern:
    """Compiled once per process (~45 ms): every new pipeline shares it. None of its infixes takes a
    letter or a digit (spaCy's split at punctuation and symbols, ours at a hyphen; checked for every
    code point in tests/test_tokenizer.py), so the tokenizer does not ask it about a chunk of letters
    and digits only (`lang.tokenizer.GatedInfixes`)."""
    pattern = compile_pattern("|".join([*PolsekIndonesianDefaults.infixes, _HYPHEN_SPLIT]))
    ALNUM_FREE_INFIXES.add(pattern.pattern)
    return pattern


def make_tokenizer(nlp: Language) -> PolsekTokenizer:
    """spaCy's tokenizer factory, but built once with its final settings: the infixes compiled
    with `regex` (our hyphen rule needs a variable lookbehind) and not asked about a chunk of
    letters and digits (`GatedInfixes`), the prefix and suffix regexes asked only about texts they
    can match (`PrefilteredSearch`, `PrefilteredSuffixSearch`; the suffixes' whole regex is not
    compiled, only the alternatives a chunk's last character asks for), a new plain word taken whole at
    once (`plain_word_match`), and as many chunks cached as the package's per-word caches keep
    (`WORD_CACHE_SIZE`; spaCy's 10,000 are full after ~110 articles, and every chunk not cached is read
    again, by the searches, each time it comes: s30spd). Setting any of them on a built tokenizer
    reloads all its special cases (~30 ms each time)."""
    defaults = nlp.Defaults
    prefixes = prefiltered(compile_prefix_regex(defaults.prefixes).search)
    suffixes = suffix_search(defaults.suffixes)
    infixes = gated_infixes(_infix_pattern().finditer)
    return PolsekTokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions, prefix_search=prefixes,
                           suffix_search=suffixes, infix_finditer=infixes,
                           token_match=defaults.token_match or plain_word_match(prefixes, suffixes, infixes),
                           url_match=prefiltered_match(defaults.url_match), max_cache_size=WORD_CACHE_SIZE)


@registry.tokenizers(TOKENIZER)
def create_tokenizer():
    """The `[nlp.tokenizer]` of a polsek_nlp config: `make_tokenizer` (a saved pipeline's
    tokenizer is then loaded over it, with its special cases and patterns)."""
    return make_tokenizer


def new_blank() -> PolsekIndonesian:
    """A new blank pipeline (tokenizer only); use `load()` for the full pipeline."""
    return PolsekIndonesian(create_tokenizer=make_tokenizer)


@lru_cache(maxsize=1)
def blank() -> PolsekIndonesian:
    """The process-wide blank pipeline, for building phrase tables."""
    return new_blank()
