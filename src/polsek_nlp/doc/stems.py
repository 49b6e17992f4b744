"""`token._.stem`: a word's stem, except where it is part of a name; and the stemmed text of a Doc.

Tokens inside entities, acronyms and capitalised words inside a sentence keep their form
(Sastrawi alone turns *Bekasi* into *bekas*, *Kediri* into *diri*).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from polsek_nlp.doc.spans import ext
from polsek_nlp.lang.stemming import root_of


def is_protected(token: Token) -> bool:
    """Names, places, institutions, ranks and acronyms are never stemmed."""
    if token.ent_iob_ in ("B", "I"):
        return True
    protected = ext(token.doc, "protected")
    if protected is not None and token.i in protected:
        return True
    text = token.text
    if len(text) > 1 and text.isupper():
        return True
    return text[:1].isupper() and not token.is_sent_start


def token_stem(token: Token) -> str:
    if token.is_punct or token.is_space or token.like_num:
        return token.text
    if is_protected(token):
        return token.text
    return root_of(token.lower_)


if not Token.has_extension("stem"):
    Token.set_extension("stem", getter=token_stem)
if not Doc.has_extension("protected"):
    Doc.set_extension("protected", default=None)


_CLITICS = frozenset({"-nya", "-ku", "-mu", "-lah", "-kah"})


def stem_doc(doc: Doc) -> str:
    """The stemmed text of a processed Doc: one stem per word, punctuation and split-off clitics
    (`kuasa-Mu` is tokenized `kuasa`, `-Mu`) dropped, as Sastrawi drops them."""
    return " ".join(t._.stem for t in doc if not (t.is_punct or t.is_space or t.lower_ in _CLITICS))
