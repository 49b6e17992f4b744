"""How many distinct words each per-word cache keeps: one setting for the whole package.

Several stages remember a result per distinct word (a root, a word's flags, whether it can be a
name, its event types, its folded gazetteer form), and the tokenizer its tokens per distinct chunk
of text between spaces (`lang.language.make_tokenizer`: spaCy's own bound, 10,000 chunks, is full
after ~110 news articles). An archive of new text brings new words without
end, so every such cache is bounded, and all by this one number: a worker's memory then stays
under a known bound however long it runs (about nine caches x WORD_CACHE_SIZE entries x ~150
bytes, and the tokenizer's ~230 bytes a chunk plus 8 a token of it: 50,000 gives ~80 MB at most;
spaCy stores no chunk while `analyze` is inside a memory zone, so that cache fills during its warm-up
articles and then stays as it is). 50,000 words cover an archive's common vocabulary several
times over (the 1,465 IndoSum articles hold 36,717 distinct words), so a smaller number costs
little speed. Set the environment variable `POLSEK_NLP_WORD_CACHE` before import to change it.
"""
from __future__ import annotations

import os

DEFAULT_WORD_CACHE_SIZE = 50_000


def _size() -> int:
    raw = os.environ.get("POLSEK_NLP_WORD_CACHE", "")
    try:
        value = int(raw) if raw else DEFAULT_WORD_CACHE_SIZE
    except ValueError:
        raise ValueError(f"POLSEK_NLP_WORD_CACHE must be a whole number of words, not {raw!r}") from None
    if value < 1:
        raise ValueError(f"POLSEK_NLP_WORD_CACHE must be at least 1, not {value}")
    return value


WORD_CACHE_SIZE = _size()
