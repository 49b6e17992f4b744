"""`polsek_persons`: every other personal name, and one person per individual.

Names are read (see `names.read_name`) where the text signals a person:
- a role word before it (`tersangka`, `korban`, `Presiden`, `Pak`, `bernama`, `alias`);
- a reporting verb around it (`kata Budi`, `ungkap Lilik`, `Budi mengatakan`, `Menurut Budi`);
- an age after it (`TH (66)`);
- any other run of capitalised name words that no earlier component claimed (two or more
  words, or one word that is not an ordinary Indonesian word).
Then mentions are grouped: `Lilik`, `AKBP Lilik` and `pria yang akrab disapa Lilik` join
`AKBP Lilik Ardiansyah`, whose `aliases` list the short forms. `doc._.people` holds the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from polsek_nlp.data import read_table
from polsek_nlp.doc.component import PolsekComponent
from polsek_nlp.doc.spans import (
    PUNCT,
    add_token_span,
    capitalised_tokens,
    data_of,
    doc_text,
    ext,
    flagged_tokens,
    group,
    next_index,
    sent_start_array,
    set_group,
    span_text,
    span_tokens,
    token_texts,
    word_flag_list,
)
from polsek_nlp.knowledge.gazetteer import admin_prefixes, gazetteer
from polsek_nlp.knowledge.lexicon import (
    honorifics,
    indirect_speech_heads,
    name_honorifics,
    person_term_acronyms,
    positions,
    post_titles,
    ranks,
    reporting_verb_heads,
    role_words,
    speech_verbs_after_name,
    term_acronyms,
)
from polsek_nlp.knowledge.phrases import org_heads
from polsek_nlp.knowledge.temporal import temporal_words
from polsek_nlp.knowledge.words import word_set
from polsek_nlp.lang.stemming import root_words, stem_word
from polsek_nlp.lang.wordflags import word_flag, word_set_flag
from polsek_nlp.recognize.byline_names import byline_names
from polsek_nlp.recognize.names import (
    ARREST_VERBS,
    CONNECTORS,
    FIGURE_GIVEN,
    MAX_NAME_TOKENS,
    MODEL_NUMBER,
    NICKNAME_TITLES,
    PUBLIC_FIGURES,
    NameSpan,
    given_names,
    is_camel_case,
    is_common_word,
    is_joined_pun,
    is_ministry_acronym,
    is_name_text,
    is_person_noun,
    name_text,
    name_words,
    not_names,
    read_name,
)
from polsek_nlp.recognize.officer_units import fill_units
from polsek_nlp.recognize.officers import OfficerMention, PersonMention, portfolio_words
from polsek_nlp.recognize.organisations import is_place_name
from polsek_nlp.recognize.places import headline_words
from polsek_nlp.recognize.sport_cues import sport_cued, writes_sport_cues
from polsek_nlp.recognize.typos import common_or_slip, slip_of_root, slip_of_title

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)
if not Doc.has_extension("uncued_persons"):
    # where the names read as persons' with no cue around them start (`Titanic dan Avatar`): such a
    # name vouches for no neighbour in a list (resolve/coordination.py)
    Doc.set_extension("uncued_persons", default=None)

ROLE_WORDS = role_words()
# "kuasa hukum X", "General Manager X": a role of two words whose first is the table's word, written in full
_ROLE_PHRASES = {role.lower(): role for word, role in ROLE_WORDS.items()
                 if role and " " in role and role.split()[0].lower() == word.lower()}
# and a role of two words listed whole, whose first word is an honorific (`Ibu Negara X`: `Ibu` alone is a title)
_ROLE_PHRASES.update({word.lower(): role for word, role in ROLE_WORDS.items() if role and " " in word})
# every role of two or three words, with a role or none (`tokoh masyarakat`, `anak buah kapal`): written capitalised
# before a name, no word of it is the name's; the name after it is a person's, as after a role of one word
_MULTI_WORD_ROLES = frozenset(_ROLE_PHRASES) | {word.lower() for word in ROLE_WORDS if " " in word}
_ROLE_PHRASE_ENDS = {phrase.split()[-1] for phrase in _ROLE_PHRASES}  # asked before a phrase is formed
# the last word of each, as a word flag: a Doc's role phrases are read once, only where such a word stands
_MULTI_WORD_END = word_set_flag(lowered={phrase.split()[-1] for phrase in _MULTI_WORD_ROLES})
# "Budi melanjutkan": not a cue of its own in the table (lanjut, lanjutnya are)
_SPEECH_AFTER = speech_verbs_after_name(("say", "claim")) | {"melanjutkan"}
_CLAUSE_CUES = indirect_speech_heads()  # "Ia mengatakan X ...": the reported clause follows, its speaker before
_LIST_LINKS = frozenset(("dan", "serta", "atau"))  # "menyebut Sir dan Rumi": a list of names after the cue
_NAME_END_MARKS = frozenset((".", ",", ";", ")"))  # a run's last word before one is no next sentence's first
_ALIAS_CUES = ("disapa", "dipanggil", "akrab")
_NICKNAME_CUES = ("disapa", "dipanggil")  # "pria yang akrab disapa X": X is his nickname
_MINISTER = re.compile(r"^Men(?:ko)?[a-z]{3,}$")
_APPOSITION = word_set("apposition_cues")
_OBJECT_CUES = word_set("object_cues")
_AUX = word_set("subject_followers")
_SUBJECT_ADVERBS = word_set("subject_verbs", "kind", "adverb")  # "Budi kemudian menanyakan"
_SUBJECT_VERBS = word_set("subject_verbs", "kind", "verb")  # "Budi ingin", "Budi percaya": a person's bare verbs
_OWNER_NOUNS = word_set("person_owner_nouns")  # "kediaman X", "karya X": what only a person has
_COMPANY = word_set("subject_verbs", "kind", "company")  # "Budi dan kawan-kawan", "Budi cs": a person's companions
_OPEN_QUOTES = frozenset(('"', "“", "'", "‘"))
_CLOSE_QUOTES = frozenset(('"', "”", "'", "’"))
_INITIAL_CUES = word_set("initial_cues")  # lowercase: berinisial, tersangka, pria ...
_TERM_INITIAL_CUES = word_set("initial_cues", "term")  # "tersangka KTP": initials even of a term (not "siswa SMP")
_DIRECTIONS = word_set("directions")  # a name ending in one is a place's: Lore Utara
_SUB_UNITS = word_set("sub_unit_words")  # Subdit, Unit, Seksi: a sub-unit's name opens with one
_UNIT_HEAD_POSTS = word_set("unit_head_posts")  # Kabid, Kabag: the unit's field follows
_PLACE_CUES = word_set("locative_words", "place_cue")  # written lowercase: kawasan, wilayah, menuju ...
_MONTH_NOUN = frozenset(row["word"] for row in read_table("temporal_cues.tsv") if row["kind"] == "bulan")  # "bulan X"
_REPORT_NOUNS = word_set("report_nouns")  # "menurut laporan X": the report's source, no person
_OUTLET_NOUNS = word_set("outlet_nouns")  # "surat kabar X", "Lansiran X": a news outlet, not a person
_ENGLISH_GLUE = word_set("english_function_words")  # "The Year", "Behind Bars": a title, not a name
_ENGLISH_WORDS = word_set("english_words")  # "Angry Birds", "Watch Dogs": English words, no name
_THING_CUES = word_set("thing_cues")  # "bermerek X": a brand, not a person
_KIND_HEADS = word_set("thing_cues", "head")  # "oleh Topan X", "Game VR": the kind's noun capitalised heads a name
_KIND_CUES = word_set("thing_cues", "after_agent", "person")  # "burung X", but "penangkar burung X" is a person
_PRODUCT_NOUNS = word_set("product_nouns", "where", "before")  # "aplikasi X", "sistem operasi X"
_PRODUCT_ENDS = {noun.split()[-1] for noun in _PRODUCT_NOUNS if " " in noun}  # "operasi" of "sistem operasi"
_PRODUCT_CUES = _PRODUCT_NOUNS | _PRODUCT_ENDS  # the word before a product's name is one of them
_VERSIONS = word_set("product_nouns", "where", "version")  # "Xbox One", "Xbox Live": a product's edition
_THING_FIRST = word_set("thing_heads", "first")  # "Kartu X", "Pansus X": a thing's or a group's name
_THING_LAST = word_set("thing_heads", "last")  # "Car Free Night", "Cocktail Party": an event's or a thing's
_COMPETITION = word_set("competition_heads")  # "Finalis Liga Champions": a competition's name
_ORG_NOUNS = word_set("org_cues", "where", "before")  # "situs bernama X": a site, no person
_TICKET_NOUNS = word_set("ticket_nouns")  # "pemerintahan Andi-BS": a pair of names, no one person
_PAIR_NOUNS = word_set("pair_nouns")  # "pasangan Andi - Budi": two persons joined by a spaced hyphen
_HEAD_TITLES = word_set("head_titles")  # Kepala, Ketua, Dirjen: the body's name follows
_NAME_ROOTS = word_set("stopword_names")  # Sri, Budi, Dewi: ordinary words, but given names first
_GIVEN_WORDS = _NAME_ROOTS | word_set("given_words")  # and Putri, Intan, Akbar: a name's first word at a sentence start
_GROUP_WORDS = word_set("group_words")  # Jawa, Tionghoa, Islam: a people's or a faith's word, no name's
_LALU_COMPOUNDS = word_set("lalu_compounds")  # "AKP Lalu Lintas": the traffic's compound, no Sasak title and name
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIXES = word_set("name_prefixes")  # Mc, De, Le: a capital inside a name after one (McDonald)
_TRIPLE = re.compile(r"(.)\1\1")
_ROMAN = re.compile(r"^[IVXLC]+$")
# "(Budi 54 ')": a player and the minute he came on; "Budi 16 - 21": a player and a score
_NUMBER_LINK = re.compile(r"['’′+\-–—]")  # and "(Budi 90 + 1 ')": stoppage time
# "Budi 45 tahun": an age, "2 orang": a count, no model number
_UNITS = word_set("count_words") | frozenset(row["word"] for row in read_table("temporal_cues.tsv"))
_REGION_KINDS = ("provinsi", "kabupaten", "kota")
# the spans of the earlier recognizers, where no new name starts (besides the persons already found)
_OTHER_MENTIONS = ("dates", "event_names", "institutions", "places", "officers")


def _derived_word(text: str) -> bool:
    """An affixed form of an Indonesian root word (Ratusan, Pemilihan), which names never are."""
    low = text.lower()
    return low not in root_words() and low not in given_names() and is_common_word(text)


def _verb_like(low: str) -> bool:
    """A lowercase word that reads as a verb or an auxiliary after a subject."""
    if not low.islower():
        return False
    if low in _AUX:
        return True
    return len(low) > 5 and low.startswith(("me", "ber", "di", "ter")) and low not in ("dia", "diri")


# what `_subject_of_verb` asks of the words after a name, asked once per word (a word flag), not
# once per candidate name (~20 candidates an article, each reading up to three words)
_SUBJECT_ADVERB = word_set_flag(_SUBJECT_ADVERBS)
_VERB_AFTER_SUBJECT = word_flag(lambda t: _verb_like(t) or t in _SUBJECT_VERBS)


def _brand_spelling(word: str) -> bool:
    """A capital right after a lowercase letter, with only capitals after it (`MotoGP`, `MacOS`), or
    after a head that is no name prefix (`PlayStation`; not `McDonald`, `DeAndre`)."""
    m = _INNER_CAPITAL.search(word)
    if m is None:
        return False
    return word[m.start() + 1:].isupper() or word[:m.start() + 1].lower() not in _NAME_PREFIXES


@lru_cache(maxsize=4096)
def _ordinary(word: str) -> bool:
    """`is_common_word`, less the words it reads as affixed only by stripping affixes down to a
    root of three letters or fewer (`Petersen` as pe-ter-sen, `Bergen` as ber-gen): as often a
    foreign surname as an ordinary word; a plain root or stop word stays ordinary."""
    if not is_common_word(word):
        return False
    low = word.lower()
    if low in root_words() or is_joined_pun(low):
        return True
    stem = stem_word(low)
    return not (len(stem) <= 3 and len(low) - len(stem) >= 3)


@lru_cache(maxsize=4096)
def _no_name_word(word: str, cued: bool = False) -> bool:
    """A capitalised word that is no word of a person's name, unless it is a given name: a
    people's or a faith's word (`Tionghoa`, `Islam`: `data/words/group_words.tsv`), a word with
    the clitic `-nya` (`Facebooknya`), or an ordinary word or a weekday misspelt by one letter
    (`Mingggu`, `Keamana`; see `_misspelt`) or by one letter off a post's title or a long word
    (`Sekertaris`, `Apratur`: `typos.slip_of_title`, `slip_of_root`). `cued`: a strong cue marks the word
    as a person's (`ujar Prakasa`, `bernama Maripan (45)`), where a word one letter off a root is a name."""
    low = word.lower()
    if not word[:1].isupper() or word.isupper() or low in given_names():
        return False
    if word in _GROUP_WORDS:
        return True
    if len(low) >= 7 and low.endswith("nya") and low.isalpha():
        return True  # a name takes no possessive clitic where it names a person
    return low.isalpha() and (not is_common_word(word) and _misspelt(low) or slip_of_title(word)
                              or not cued and slip_of_root(word))


def _misspelt(low: str) -> bool:
    """`low` is a slip of the keys: a letter typed three times (`mingggu`, `pemeriksaaan`; no
    Indonesian word or name has one), or the last letter of a `ke-an` noun dropped (`keamana` for
    `keamanan`; its root four letters or more). Other one-letter edits are not tried: too many names
    (Peter, Martin, Sebastian, Angela) are one such edit off some word."""
    if _TRIPLE.search(low):
        # the word without the extra letters; not a foreign name misspelt (Musaccchio)
        return is_common_word(_TRIPLE.sub(r"\1\1", low)) or is_common_word(_TRIPLE.sub(r"\1", low))
    if not (low.startswith("ke") and low.endswith("a")):
        return False
    stem = stem_word(low + "n")
    return len(stem) >= 4 and stem != low + "n" and stem in root_words()


@lru_cache(maxsize=4096)
def _passive_verb(word: str) -> bool:
    """`di-` on a root word, six letters or more (`Disita`, `Dilansir`, `Didampingi`): a passive
    verb, which names are not (Diana, Diego, Dimas: short, or given names). Read only at a
    sentence's start, where a verb is capitalised."""
    low = word.lower()
    if not low.startswith("di") or len(low) < 6 or not low.isalpha() or low in given_names():
        return False
    stem = stem_word(low)
    return stem != low and stem in root_words()


# a capitalised word that is never part of a name: the table's capitalised words as a word set (a new
# word costs no call of its own: `word_set_flag`), the same words `t[:1].isupper() and t in not_names()` takes
_NOT_A_NAME = word_set_flag(sorted(w for w in not_names() if w[:1].isupper()))


def _nickname(words: list[str]) -> bool:
    """A form of address fused with one word (`Gus Dur`, `Bung Tomo`: `nickname_titles.tsv`): a person's
    public name, whole, whatever the word after the title is."""
    return len(words) == 2 and words[0].lower() in NICKNAME_TITLES and words[1][:1].isupper()


def _public_figure(words: list[str]) -> bool:
    """A president's or vice president's name written alone (`kebijakan Jokowi`, `Artinya SBY jangan`:
    `public_figures.tsv`): that person, with no cue around it."""
    return len(words) == 1 and words[0] in PUBLIC_FIGURES


def _lone_ordinary(text: str) -> bool:
    """A capitalised ordinary word (`Salah`, `Pelatih`), no given name: alone and with no cue never a
    person's name, decided in `_take` before the shape tests. Asked there only (`is_common_word` keeps
    its answer per word), not as a flag of every new word: a flag would load the root words and the
    given names on a first article that never needs them (the cold start)."""
    return text[:1].isupper() and (is_common_word(text) or is_person_noun(text))


@dataclass
class PersonEntity:
    """One individual across the article."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    officer: OfficerMention | None = None
    titles: list[str] = field(default_factory=list)
    age: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # char offsets of each mention

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


@dataclass
class _Near:
    """The words right around a candidate name, as plain strings (None at the Doc's edges)."""

    prev: str | None
    prev_low: str | None
    prev2_low: str | None
    nxt: str | None
    nxt_low: str | None


def _dateline_tokens(doc: Doc) -> range:
    """The tokens of the dateline the header read (`Wina (ANTARA News) -`), with the outlet it names: where the
    article is filed from, no person, though its name be a given name too (`Wina`: a kecamatan of Papua
    Pegunungan and Vienna)."""
    header = ext(doc, "header")
    span = header.dateline_span if header is not None and header.dateline else None
    source = header.dateline_source_span if span else None
    if source is not None and source[1] > span[1]:
        span = (span[0], source[1])
    chars = doc.char_span(*span, alignment_mode="expand") if span else None
    return range(chars.start, chars.end) if chars is not None else range(0)


class _NameScan:
    """One pass over a Doc's capitalised words, reading the names no earlier recognizer claimed.
    Plain strings and indices throughout: a Token or Span object per look costs more than the test."""

    def __init__(self, doc: Doc, max_name_tokens: int = MAX_NAME_TOKENS) -> None:
        self.doc = doc
        self.max_name_tokens = max_name_tokens
        self.texts = token_texts(doc)
        self.n = len(doc)
        self.person_tokens = span_tokens(doc, ("persons",))
        blocked = span_tokens(doc, _OTHER_MENTIONS) | self.person_tokens
        self.post_before = ext(doc, "post_tokens") or frozenset()
        blocked.update(self.post_before)
        blocked.update(ext(doc, "post_phrases") or ())
        blocked.update(flagged_tokens(doc, _NOT_A_NAME))
        self.dateline = _dateline_tokens(doc)
        blocked.update(self.dateline)
        self.blocked = blocked
        # where each body the institutions' pass found ends: its start
        bodies = group(doc, "institutions")  # the view's list: a SpanGroup builds every Span anew each time it is read
        self.body_ends = {span.end: span.start for span in bodies}
        self.body_starts = frozenset(span.start for span in bodies)
        self.caps = capitalised_tokens(doc)  # a name starts capitalised
        self.cues = reporting_verb_heads()
        self.hon = honorifics()
        self.name_hon = name_honorifics()  # the honorifics before which ordinary words may still be a name
        self.given = given_names()
        self.sent_start = sent_start_array(doc).tolist()  # 1 at a sentence start, else -1 (0: not set)
        self.flags = word_flag_list(doc)
        self.role_phrases = self._role_phrases()  # (start, stop) of each role of two or three words
        self.sport_cues = writes_sport_cues(doc)  # may a word of a match mark a name?
        self.found: list[tuple[int, int, PersonMention]] = []
        self.things: set[str] = set()  # names the text gives to things (brands, models)
        self.thing_heads: set[str] = set()  # the first words of models written with their number
        self.cued_parts: set[str] = set()  # the words of the longer names a cue marked as persons'
        self.cued_starts: set[int] = set()  # where the names a cue marked as persons' start
        self._token_at: dict[str, list[int]] | None = None  # where each text is written (`_named_mid_sentence`)
        self.uncued_starts: set[int] = set()  # where the names read with no cue start
        self.paired: set[int] = set()  # where the one-word names of a ticket's pair (`Andi - Budi`) start
        self._alone: frozenset[str] | None = None  # the capitalised words written with no hyphen next to them
        self._token_set: frozenset[str] | None = None  # the token texts: is a word also written in lower case?

    def run(self) -> list[tuple[int, int, PersonMention]]:
        """The new person mentions, in text order."""
        texts, n, caps = self.texts, self.n, self.caps
        self._bylines()
        i = 0
        while i < n:
            if i in self.blocked or not texts[i][:1].isupper() or (
                    not is_name_text(texts[i]) and texts[i] not in self.hon):
                i = next_index(caps, i, n)  # no name starts here: on to the next capitalised word
                continue
            name = read_name(self.doc, i, self.blocked, max_tokens=self.max_name_tokens,
                             allow_initial=self._initial_cued(i))
            i = next_index(caps, i, n) if name is None else self._take(name)
        self._listed_before_persons()
        self._parts_alone()
        return sorted(self.found, key=lambda f: f[0])

    def _bylines(self) -> None:
        """The names of a byline's slots, persons by where they stand (`recognize/byline_names.py`)."""
        for start, end in byline_names(self.doc.text):
            span = self.doc.char_span(start, end, alignment_mode="contract")
            if span is None or not len(span) or any(k in self.blocked for k in range(span.start, span.end)):
                continue
            self.found.append((span.start, span.end, PersonMention(name=span.text, source="text")))
            self.person_tokens.update(range(span.start, span.end))
            self.blocked.update(range(span.start, span.end))

    def _listed_before_persons(self) -> None:
        """A lone name word listed right before a person a cue marked (`Budi dan Rina mengatakan`,
        `Budi dan Hendra Wijaya (40)`) is a person too, as one after a person is (`_signalled`): not an
        ordinary word, a thing's name, nor a word inside a longer run of capitals. A name read without
        a cue does not vouch for its neighbour (`Titanic dan Avatar`: two films)."""
        texts, n, starts = self.texts, self.n, self.cued_starts
        for k in self.caps:
            if k + 2 >= n or k + 2 not in starts or texts[k + 1] not in ("dan", "serta") or k in self.blocked \
                    or k and texts[k - 1][:1].isupper() or not is_name_text(texts[k]) or _ordinary(texts[k]) \
                    or texts[k] in self.things or texts[k].isupper():
                continue
            self.found.append((k, k + 1, PersonMention(name=texts[k], source="text")))
            self.person_tokens.add(k)
            self.blocked.add(k)

    def _parts_alone(self) -> None:
        """The article's consistency: a word of a longer name a cue marked as a person's is that
        person where the article writes it alone (`kata Charles Leclerc` ... `Leclerc enggan`), though
        no cue stands there (a name read without a cue may be a product's: `Skype Credit`)."""
        parts = {w for w in self.cued_parts if len(w) > 2 and w.istitle() and w not in self.things}
        if not parts:
            return
        texts, n = self.texts, self.n
        for k in self.caps:
            if texts[k] not in parts or k in self.blocked or k + 1 < n and texts[k + 1][:1].isupper():
                continue
            if is_common_word(texts[k]) and (not self._acts_alone(k) or k and texts[k - 1][:1].isupper()
                                             and texts[k - 1].lower() not in self.cues):
                # "Angel Wulandari" ... "Angel sudah berhijab": a dictionary word alone names her only as an actor,
                # and never after another capitalised word (`Sidang Agung berlangsung`) but a cue (`Menurut Angel`)
                continue
            if k and texts[k - 1][:1].isupper() and not (self.starts_sentence(k - 1) and is_common_word(texts[k - 1])):
                continue  # inside a longer run of names
            if k + 2 < n and texts[k + 1] in (",", "dan") and texts[k + 2][:1].isupper():
                continue  # "Pengacara Tamimi, Gaby Lasky": an apposition or a list, which the roles read
            self.found.append((k, k + 1, PersonMention(name=texts[k], source="text")))
            self.blocked.add(k)

    def _acts_alone(self, k: int) -> bool:
        """The lone word at `k` is the speaker of a reporting verb (`kata Amir`, `Amir mengatakan`) or the subject of an
        active verb after it, past adverbs and auxiliaries (`Angel sudah berhijab`): a dictionary word that is also a
        cued name's word (`Angel Wulandari`) reads as that person only there (`Film yang telah meraih`: a noun and its
        relative clause; `Mapan akan dikembangkan`: a firm, a passive's subject)."""
        texts, n = self.texts, self.n
        if k > 0 and texts[k - 1].lower() in self.cues:
            return True
        j = k + 1
        while j < n and j - k <= 3 and texts[j] != "yang" and (self.flags[j] & _SUBJECT_ADVERB or texts[j].lower() in _AUX):
            j += 1
        low = texts[j].lower() if j < n else ""
        return low in _SPEECH_AFTER or low in _SUBJECT_VERBS or low.startswith(("me", "ber")) and _verb_like(low)

    def _initial_cued(self, i: int) -> bool:
        """A lone letter at `i` may be a person's initial: after `berinisial`, `tersangka` ...,
        or next in a list of persons (`DS, M dan A`)."""
        if i == 0 or len(self.texts[i]) != 1:
            return False
        prev = self.texts[i - 1].lower()
        return prev in _INITIAL_CUES or prev in (",", "dan") and i >= 2 and (i - 2) in self.person_tokens

    def starts_sentence(self, k: int) -> bool:
        """Token k opens its sentence, or only punctuation stands before it in the sentence or after the dateline
        (`Jakarta, CNN Indonesia - - Pemerintah menegaskan`: the body's first word, capitalised as any opener)."""
        sent_start, flags = self.sent_start, self.flags
        if sent_start[k] == 1:
            return True
        k -= 1
        while k >= 0 and flags[k] & PUNCT:
            if sent_start[k] == 1:
                return True
            k -= 1
        return k in self.dateline

    def _named_mid_sentence(self, s0: int, words: list[str]) -> bool:
        """The first word of a run at a sentence start written capitalised elsewhere in the text inside a sentence,
        before the run's second word (`kata Kim Kardashian`) or alone before no capitalised word (`ujar Kim`): a
        word of the name, though a dictionary root too (`kim`, `juan`), as no ordinary word is capitalised inside
        a sentence (`Nasib Sergio Aguero`: `nasib` is written lowercase there). Not a headline line's word."""
        if len(words) < 2:
            return False
        texts, n = self.texts, self.n
        at = self._token_at
        if at is None:
            at = self._token_at = {}
            for k, text in enumerate(texts):
                at.setdefault(text, []).append(k)
        for k in at.get(words[0], ()):
            if k == s0 or self.starts_sentence(k) or k in headline_words(self.doc):
                continue
            nxt = texts[k + 1] if k + 1 < n else ""
            if nxt == words[1] or not nxt[:1].isupper():
                return True
        return False

    def _near(self, name: NameSpan) -> _Near:
        texts, s0 = self.texts, name.start
        prev = texts[s0 - 1] if s0 > 0 else None
        nxt = texts[name.end] if name.end < self.n else None
        return _Near(prev, prev.lower() if prev is not None else None, texts[s0 - 2].lower() if s0 > 1 else None,
                     nxt, nxt.lower() if nxt is not None else None)

    def _take(self, name: NameSpan) -> int:
        """Keep the name read at `name.start` as a person's, or not; the token to go on from."""
        s0 = name.start
        near = self._near(name)
        idx = name_words(self.texts, s0, name.end)
        words = [self.texts[k] for k in idx]
        role, signal = self._cue(name, words, near)
        sport = not signal and self.sport_cues and sport_cued(self.texts, self.sent_start, s0, name.end)  # "umpan dari X"
        signal = signal or sport
        if not signal and name.end - s0 == 1 and name.age is None and not name.titles \
                and _lone_ordinary(self.texts[s0]) or role is None and self._word_after_cue(name, near):
            return name.end  # a lone ordinary word with no cue (or a clause's after a reporting verb): no name
        if (near.prev_low in ("di", "ke", "dari") or near.prev in _PLACE_CUES) and role is None and name.age is None \
                and not sport and not (near.nxt is not None and near.nxt_low in _SPEECH_AFTER):
            return name.end  # "di Kairo", "kawasan Fort Green": a place the gazetteer does not know
        if self._ticket(name, near):
            return name.end
        run_end = name.end
        words = self._trim(name, words, idx, near)
        # "Budi Bersaudara": the companions' word, capitalised, was read into the run and trimmed off
        signal = signal or name.end < run_end and self._with_company(name.end)
        words = self._after_post(name, words, idx, near)
        s0 = name.start  # the trims may drop the run's first words (a head's body, a post's place)
        skip = self._word_no_name(name, words, role, near)
        if skip is None:
            skip = self._shape(name, words, role, near)
        if skip is None and len(words) == 1 and name.age is None and (
                self._lone_word_no_name(words[0], near) or self._body_after_head(s0, words[0], near)
                or _compound_tail(near, words[0])
                or role is not None and name.end_all in self.body_starts):  # "Ketua Bapilu PSI": the body's unit
            skip = name.end
        if skip is None:
            skip = self._skip(name, words, signal, near)
        if skip is not None:
            return skip
        full, aliases = self._known_as(name, near)
        self.found.append((s0, name.end, PersonMention(name=full, role=role, titles=name.titles,
                                                       age=name.age, source="text", aliases=aliases)))
        self.person_tokens.update(range(s0, name.end))
        self.blocked.update(range(s0, name.end))
        if signal:
            self.cued_starts.add(s0)
        else:
            self.uncued_starts.add(s0)
        if signal and len(words) > 1:
            self.cued_parts.update(words)
        return name.end_all

    def _earlier(self, start: int) -> list[tuple[int, str]]:
        """The persons named before token `start`, this scan's and an earlier component's (officers), in order."""
        return sorted([(s, m.name) for s, _, m in self.found if s < start]
                      + [(span.start, span_text(self.doc, span.start, span.end)) for span in group(self.doc, "persons")
                         if span.start < start])

    def _nickname_of_earlier(self, name: NameSpan, full: str, aliases: list[str]) -> tuple[str, list[str]]:
        """A name after a naming verb (`pria yang akrab disapa X`, `Budi, yang biasa dipanggil X`) is the
        nickname of a person named before it, whose name the mention takes (so a quote's speaker is that
        person): the last one whose name it shortens (`Budi` of Achmad Budiharto, `Djanur` of Djadjang
        Nurdjaman: `_short_form`) or a word of whose name it ends (`Owi` of Tontowi Ahmad), else the last one
        found. With nobody before, it stays a person."""
        earlier = self._earlier(name.start)
        if not earlier:
            return full, aliases
        nick = name.text.lower()
        holders = [known for _, known in earlier if len(known.split()) > 1 and _short_form(name.text, known.split())
                   or len(nick) >= 3 and any(w.lower() != nick and w.lower().endswith(nick) for w in known.split())]
        if any(name.text == known for _, known in earlier):
            return full, aliases
        return (holders or [earlier[-1][1]])[-1], [name.text, *aliases]

    def _known_as(self, name: NameSpan, near: _Near) -> tuple[str, list[str]]:
        """The name of the person a mention names, and its aliases: "Soni sapaan karib Sumarsono"
        is Sumarsono, known as Soni; "pria yang akrab disapa Soni" is a person named before."""
        texts, k = self.texts, name.end_all
        if k + 1 < self.n and texts[k].lower() == "sapaan":
            k += 2 if texts[k + 1].lower() in _ALIAS_CUES + ("karib",) else 1
            full = read_name(self.doc, k, self.blocked, max_tokens=self.max_name_tokens) if k < self.n else None
            if full is not None and full.text != name.text:
                return full.text, [name.text, *name.aliases]
            if full is None and k < self.n:  # "Gus X sapaan akrab Y": Y a person named before (an officer), the last
                known = next((known for _, known in reversed(self._earlier(name.start))
                              if known.split()[0] == texts[k]), None)
                if known is not None and known != name.text:
                    return known, [name.text, *name.aliases]
        if near.prev_low in _NICKNAME_CUES or self._nickname_said_after(k):
            return self._nickname_of_earlier(name, name.text, list(name.aliases))
        return name.text, list(name.aliases)

    def _nickname_said_after(self, k: int) -> bool:
        """The name ending before token `k` is followed by `, demikian dia (kerap) disapa`: the text says it is
        a nickname (`Menurut Nita, demikian dia kerap disapa, ...`)."""
        texts = self.texts
        if k + 2 >= self.n or texts[k] != "," or texts[k + 1].lower() != "demikian":
            return False
        return any(w.lower() in _NICKNAME_CUES for w in texts[k + 2:min(k + 6, self.n)])

    def _cue(self, name: NameSpan, words: list[str], near: _Near) -> tuple[str | None, bool]:
        """The role the text gives the name, and whether anything around it marks a person."""
        prev = near.prev
        # a role of two words first: "General Manager X" is no "Manager X", "Kuasa hukum X mengatakan" no bare speaker
        phrase = _ROLE_PHRASES.get(f"{near.prev2_low} {near.prev_low}") \
            if near.prev_low in _ROLE_PHRASE_ENDS and near.prev2_low is not None else None
        if phrase is not None:
            return (None if self._owner_of_next(name) else phrase), True
        if self._role_phrase(name.start - 2, name.start) or self._role_phrase(name.start - 3, name.start):
            return None, True  # "Tokoh Masyarakat X", "anak buah kapal X": a role of words with no post's value
        if prev in ROLE_WORDS and not self._names_a_thing(name, near):
            return (None if self._owner_of_next(name) else ROLE_WORDS[prev]), True
        # "Direktur FBI X": a post, a known body, the name: the post is the role of a name read as one,
        # no cue that makes one (`Taruna Akpol Diperiksa`: a headline's words)
        body = self.body_ends.get(name.start, -1)
        body_role = ROLE_WORDS[self.texts[body - 1]] if body > 0 and self.texts[body - 1] in ROLE_WORDS else None
        if self._signalled(name, words, near):
            return body_role, True
        if prev is not None and prev[:1].isupper() and _MINISTER.match(prev):
            return prev, True  # "Menkokesra Agung Laksono"
        if near.nxt == "," and name.end + 1 < self.n and self.texts[name.end + 1].lower() in _APPOSITION \
                and not all(is_common_word(w) for w in words):
            return body_role, True  # "Rouhani, seorang tokoh moderat", "Gates, yang juga ..."
        return body_role, False

    def _word_after_cue(self, name: NameSpan, near: _Near) -> bool:
        """A lone ordinary word (no given name) after a reporting verb that a word follows is no speaker: a lowercase
        word after a verb of indirect speech (`Ia mengatakan Kapasitas produksi ...`: the clause's first word), or a
        capitalised one or a body after any (`ujar Peneliti LSI X`, `ujar Senior Humas X`: a post's title before
        its body). Before punctuation, a speech verb, an age, companions or a list's `dan` it stays the speaker
        (`kata Salah,`), after a verb that follows a quote before a lowercase word (`kata Salah kepada wartawan`),
        and where it is a word of a person named before (`Mohamed Salah` ... `menilai Salah adalah`)."""
        nxt, word = near.nxt, self.texts[name.start]
        if name.end - name.start != 1 or name.age is not None or name.titles or near.prev_low not in self.cues \
                or nxt is None or not nxt[:1].isalpha() or near.nxt_low in _SPEECH_AFTER or near.nxt_low in _LIST_LINKS \
                or word.lower() in _NAME_ROOTS or not _ordinary(word) or self._with_company(name.end):
            return False
        if any(word in known.split() for _, known in self._earlier(name.start)):
            return False
        return nxt[:1].isupper() or near.prev_low in _CLAUSE_CUES

    def _owner_of_next(self, name: NameSpan) -> bool:
        """`Kuasa hukum Budi, Andi Saputra`: the role before the name is that of the name after the
        comma, whose owner the first name is (Budi's lawyer is Andi): a person, with no role of his.
        Only a name after the comma: `Direktur Budi, Manajer Andi` and `Dokter Budi, Kepala Puskesmas X`
        list posts, each the role of its own name."""
        k = name.end_all
        if k + 1 >= self.n or self.texts[k] != ",":
            return False
        nxt = self.texts[k + 1]
        low = nxt.lower()
        if not (nxt[:1].isupper() and nxt.isalpha()) or low in temporal_words().cues or low in _PLACE_CUES:
            return False
        if nxt in ROLE_WORDS or nxt in _HEAD_TITLES or positions().get(nxt) or ranks().get(nxt):
            return False
        if not is_common_word(nxt) or low in self.given or low in _NAME_ROOTS:
            return True
        # a common word that opens a name of two capitalised words (`Azam Khan`: azam is a word too)
        after = self.texts[k + 2] if k + 2 < self.n else ""
        return after[:1].isupper() and after.isalpha() and not is_common_word(after)

    def _names_a_thing(self, name: NameSpan, near: _Near) -> bool:
        """A naming word before the name names no person here: `alias` after a lowercase term
        (`artificial intelligence alias AI`), `bernama` after an organisation's noun (`situs
        bernama X`, `aplikasi bernama X`)."""
        if near.prev == "alias":
            before = self.texts[name.start - 2] if name.start > 1 else ""
            return before.isalpha() and before.islower()
        return near.prev == "bernama" and near.prev2_low in _ORG_NOUNS

    def _signalled(self, name: NameSpan, words: list[str], near: _Near) -> bool:
        """A reporting verb, an honorific, an object cue, a verb after it, a given name, or a
        list of persons marks the name as a person's."""
        cues, prev_low = self.cues, near.prev_low
        if near.prev is not None and (prev_low in cues or prev_low == "menurut" or prev_low in _ALIAS_CUES or
                                      prev_low in ("oleh", "kepada", "dan") and near.prev2_low in cues):
            return True
        if near.nxt is not None and (near.nxt_low in _SPEECH_AFTER or name.age is not None or self._with_company(name.end)
                                     or near.nxt_low == "sapaan"):  # "Gus X sapaan akrab Y": a person's nickname
            return True
        if near.prev in self.hon or prev_low in _OBJECT_CUES or _nickname(words) or _public_figure(words):
            return True
        if prev_low in _OWNER_NOUNS and near.prev.islower() and len(words) == 1 and not _ordinary(words[0]):
            return True  # "kediaman Soekarno", "karya Budi": what only a person has
        if near.nxt is not None and self._subject_of_verb(name.end) and (not all(map(_ordinary, words)) or len(
                words) == 1 and words[0].lower() in _NAME_ROOTS):
            return True  # the subject of a verb: "Awi memutuskan", "Effendi kemudian menyebut", "Budi ingin"
        if words[0].lower() in self.given or words[-1].lower() in self.given:
            return True
        if _cue_word_before(near) and all(w.isupper() for w in words) or prev_low in ARREST_VERBS:
            return True  # "pelaku teror AW": initials a word after their cue; "menangkap DS": whom police take
        if self._paired(name, near):
            self.paired.add(name.start)  # `Andi - Hatta`: a ticket's name, though an ordinary word too
            return True
        # "Hidayat dan Airlangga", "Neneng, Yulianis, dan Oktarina"
        return prev_low in ("dan", "atau", ",") and name.start >= 2 and (name.start - 2) in self.person_tokens

    def _paired(self, name: NameSpan, near: _Near) -> bool:
        """A one-word name joined to another by a spaced hyphen (`Andi - Budi`) is one of a ticket's two persons
        when a pair noun stands before the pair (`pasangan`, `tim hukum`, `massa`: `pair_nouns.tsv`) or the
        article writes each of the two words alone elsewhere (`Andi ... Budi ... Andi - Budi`). Not otherwise: the
        archive's text spaces every hyphen, and a double surname (`Ward - Prowse`), a product (`Wi - Fi`) or a
        route (`X - Y`) reads the same. Each side one capitalised word, not both ordinary words, with no other
        capitalised word next to the pair, and the partner free of every other reading (a place, a body)."""
        texts, s0, n = self.texts, name.start, self.n
        if name.end - s0 != 1:
            return False
        if near.nxt == "-":
            a, b = s0, s0 + 2
        elif near.prev == "-":
            a, b = s0 - 2, s0
        else:
            return False
        if a < 0 or b >= n:
            return False
        partner = b if a == s0 else a
        word = texts[partner]
        if not (word[:1].isupper() and word.isalpha() and not word.isupper()) or _ordinary(word) and _ordinary(texts[s0]) \
                or partner in self.blocked and partner not in self.person_tokens:
            return False  # not `Merah - Putih`, `Utara - Selatan`: two ordinary words (`Andi - Hatta` is a pair)
        if gazetteer().lookup(texts[a]) or gazetteer().lookup(texts[b]):
            return False  # `jalur Sukaraja - Cibeber`, `tim Sukaraja - Cibeber`: a route or a match of two regions
        before = texts[a - 1] if a > 0 else ""
        after = texts[b + 1] if b + 1 < n else ""
        if before[:1].isupper() and not (self.starts_sentence(a - 1) and is_common_word(before)) \
                or after[:1].isupper():  # `Pasangan A - B`, `Keunggulan A - B` open a sentence; `Tobias A - B` is a name
            return False
        before2 = texts[a - 2].lower() if a > 1 else ""
        if before.lower() in _PAIR_NOUNS or before2 in _PAIR_NOUNS:
            return True
        alone = self._alone_words()
        return texts[a] in alone and texts[b] in alone

    def _alone_words(self) -> frozenset[str]:
        """The capitalised words the Doc writes with no hyphen on either side (`Andi` of `kata Andi`, not of `Andi -
        Budi`), read once when a pair first asks."""
        if self._alone is None:
            texts, n = self.texts, self.n
            self._alone = frozenset(texts[k] for k in self.caps if (k == 0 or texts[k - 1] != "-")
                                    and (k + 1 >= n or texts[k + 1] != "-"))
        return self._alone

    def _subject_of_verb(self, k: int) -> bool:
        """The words from token k on are a clause's verb, with up to two adverbs before it (`kemudian
        menanyakan`, `sendiri mengharapkan`), or a bare verb that takes a person (`ingin`, `percaya`:
        `data/words/subject_verbs.tsv`)."""
        flags, stop = self.flags, min(self.n, k + 2)
        while k < stop and flags[k] & _SUBJECT_ADVERB:
            k += 1
        return k < self.n and bool(flags[k] & _VERB_AFTER_SUBJECT)

    def _with_company(self, k: int) -> bool:
        """Token k (after the name) writes the person's companions: `cs`, `bersaudara`, `dan kawan-kawan`."""
        texts = self.texts
        low = texts[k].lower()
        return low in _COMPANY or low == "dan" and k + 1 < self.n and texts[k + 1].lower() in _COMPANY

    def _family_written(self, k: int) -> bool:
        """Token k is a company word written capitalised outside a headline (`Mendur Bersaudara`, `Grimm Bersaudara`):
        the writer makes the siblings' family name a proper noun, so a root word before it is that name."""
        text = self.texts[k]
        return text[:1].isupper() and not text.isupper() and k not in headline_words(self.doc)

    def _quoted_title(self, name: NameSpan, role: str | None, near: _Near) -> bool:
        """The name is all a quotation holds (`"Harbor Falls"`, `“ Share My Notes to ”`: a lowercase
        word of no Indonesian allowed before the closing quote): a title of a work, a game or a menu, no
        person, unless a role word, a nickname's cue or an honorific stands before the quote (`alias "Budi"`)."""
        if role is not None or near.prev not in _OPEN_QUOTES:
            return False
        k, stop = name.end, min(self.n, name.end + 3)
        while k < stop and self.texts[k].islower() and self.texts[k].isalpha() and not is_common_word(self.texts[k]):
            k += 1
        if k >= self.n or self.texts[k] not in _CLOSE_QUOTES:
            return False
        before = self.texts[name.start - 2] if name.start > 1 else ""
        low = before.lower()
        if before[:1].isupper() and is_name_text(before) and not self.starts_sentence(name.start - 2):
            return False  # `Takahiro "Taka" Moriuchi`: a nickname inside a full name
        return not (before in ROLE_WORDS or before in self.hon or low in _ALIAS_CUES or low in ("alias", "sapaan")
                    or low in _INITIAL_CUES or low in self.cues)

    def _trim(self, name: NameSpan, words: list[str], idx: list[int], near: _Near) -> list[str]:
        """A trailing derived word is no name: "imbuh Sanchez Ratusan relawan" (a missing full stop);
        `idx`: the token indices of `words`."""
        while len(words) > 1 and _derived_word(words[-1]) and not self._surname_at_end(name, len(words) == len(idx), words):
            words = words[:-1]
        if len(words) < len(idx):
            name.end = idx[len(words) - 1] + 1
            name.text = name_text(self.doc, name.start, name.end)
            name.end_all = name.end
            near.nxt = self.texts[name.end] if name.end < self.n else None
            near.nxt_low = near.nxt.lower() if near.nxt is not None else None
        if near.prev in _HEAD_TITLES:
            # "Kepala Staf Kepresidenan Moeldoko": ordinary words after a head's title, one of them
            # affixed, name the body it heads, not the person
            lead = 0
            while len(words) - lead > 1 and is_common_word(words[lead]) and not words[lead].isupper():
                lead += 1
            if lead and any(_derived_word(w) for w in words[:lead]):  # not "Ketua Budi Santoso"
                words = words[lead:]
                name.start = idx[lead]
                name.text = name_text(self.doc, name.start, name.end)
        return words

    def _surname_at_end(self, name: NameSpan, whole: bool, words: list[str]) -> bool:
        """The run's last word, that reads as an affixed word (`Sumiran` as sumir-an), ends a name when a
        stop, a comma or a speech verb follows the run (`kata Ketua X Ismanu Sumiran.`): the trim is for a
        sentence's first word after a missing full stop (`imbuh Sanchez Ratusan relawan`), which words of
        its sentence follow. Only after a name's word (no ordinary word: `Pengacara Petersen mengatakan` is
        the role and a name, which the trim splits) that is not in capitals (`AS Terbuka,`: a title's adjective
        after an acronym); not a word with `-nya` (`Selanjutnya,`: an adverb opening the next sentence)."""
        nxt = self.texts[name.end] if whole and name.end < self.n else None
        return nxt is not None and not words[-1].lower().endswith("nya") and (nxt in _NAME_END_MARKS or nxt in _SPEECH_AFTER) \
            and any(not w.isupper() and (w.lower() in self.given or not is_common_word(w)) for w in words[:-1])

    def _ticket(self, name: NameSpan, near: _Near) -> bool:
        """Two names joined by a hyphen after a noun of a ticket or a government (`pemerintahan A-B`,
        `kubu A-B`, `tim hukum A-B`) are a pair of people, no one person's name."""
        k = name.start
        return name.end - k == 3 and self.texts[k + 1] == "-" and self.texts[k + 2][:1].isupper() \
            and " " not in name.text and (near.prev_low in _TICKET_NOUNS or near.prev2_low in _TICKET_NOUNS)

    def _after_post(self, name: NameSpan, words: list[str], idx: list[int], near: _Near) -> list[str]:
        """After a post (`Sekretaris Kabinet Andi Budiman`, `Raja Negeri X Hasan II`, `Ketua BK Budi
        Santoso`), the run's first words that are an ordinary word, a place or an acronym name what the
        post is of, not the person: the name starts after them, when two name words at least are left."""
        if len(words) < 3 or near.prev is None:
            return words
        if self._in_unit_field(name.start):
            lead = _field_lead(words, self.given)  # "bidang Komunikasi Politik Andi B", "Bidang X dan Perlindungan Konsumen Sri B"
        elif near.prev in ROLE_WORDS or near.prev in _HEAD_TITLES or (name.start - 1) in self.post_before:
            lead = _post_domain_lead(words)
        else:
            return words
        if lead == 0 or len(words) - lead < 2 or len(idx) != len(words):
            return words
        name.start = idx[lead]
        name.text = name_text(self.doc, name.start, name.end)
        return words[lead:]

    def _in_unit_field(self, k: int) -> bool:
        """Token k follows a sub-unit's head word (`bidang`, `Bidang`: `sub_unit_words.tsv`) or its head's
        post (`Kabid`: `unit_head_posts.tsv`), or continues its field after `dan` (`Bidang Edukasi dan
        Perlindungan ...`): the words from k on name the unit's field before its holder's name."""
        texts = self.texts
        if k < 1:
            return False
        if texts[k - 1].capitalize() in _SUB_UNITS or texts[k - 1] in _UNIT_HEAD_POSTS:
            return True
        if texts[k - 1] != "dan":
            return False
        j = k - 2
        while j >= 0 and k - j <= 6 and texts[j][:1].isupper() and texts[j].isalpha():
            if texts[j].capitalize() in _SUB_UNITS:
                return True
            j -= 1
        return j >= 0 and texts[j].capitalize() in _SUB_UNITS

    def _word_no_name(self, name: NameSpan, words: list[str], role: str | None, near: _Near) -> int | None:
        """Where to go on from when a word of the run is no name's (`_no_name_word`): a lone one
        (`keturunan Tionghoa`, `akun Facebooknya`, `Mingggu (18/2)`) unless a role word or an
        honorific names it; a first one misspelt or with a clitic (`Keamana Wiranto`), or a people's
        word before a given name (`Betawi Ahmad`), is dropped; a people's or a faith's word ends no
        name without a given name or a cue (`Ormas Islam`, `Ranah Minang`, `Dirjen Bimas Islam`,
        `warga Muslim Rohingya`: a body's, a group's, a region's; a head's title names the body after
        it, `warga` a people as often as a person)."""
        first = words[0]
        if self.starts_sentence(name.start) and _passive_verb(first) and not (
                len(words) == 1 and near.nxt_low in _SPEECH_AFTER):
            return name.start + 1  # "Disita berupa ...", "Didampingi Kepala ...": a passive verb opens the sentence
        if len(words) == 1:
            named = role is not None or near.prev in self.hon
            if not named and first in _THING_LAST and near.prev is not None and near.prev[:1].isupper():
                return name.end  # "Rinjani Lab": a thing's head cut from a place's name before it
            if not named and is_common_word(first) and first.lower() not in _NAME_ROOTS \
                    and near.nxt is not None and near.nxt.istitle() and _derived_word(near.nxt) \
                    and not self._with_company(name.end):
                return name.end  # "kata Pelaksana Harian (Plh) ...": ordinary words, a post's title
            return name.end if not named and _no_name_word(first, self._strong_cue(name, role, near)) else None
        if _no_name_word(first, self._strong_cue(name, role, near)) and (first not in _GROUP_WORDS or words[1].lower() in self.given):
            return name.start + 1
        if words[-1] in _GROUP_WORDS and self.given.isdisjoint(w.lower() for w in words) and (
                near.prev in _HEAD_TITLES or near.prev_low == "warga" or not self._strong_cue(name, role, near)):
            return name.end  # not "kata Syamsul Islam": a cue marks a person's name
        return None

    def _strong_cue(self, name: NameSpan, role: str | None, near: _Near) -> bool:
        """A cue that marks even bare initials as a person's: a role word, an initials cue
        (`berinisial`, `pelaku teror`), an honorific, a reporting verb, an age, or a list of persons."""
        prev_low = near.prev_low
        if self._names_a_thing(name, near):
            return False
        return (role is not None or name.age is not None or near.prev in self.hon or prev_low in self.cues
                or prev_low in _INITIAL_CUES or prev_low in ARREST_VERBS or _cue_word_before(near) or prev_low == "menurut"
                or near.nxt_low is not None and near.nxt_low in _SPEECH_AFTER
                or prev_low in ("dan", "atau", ",") and name.start >= 2 and (name.start - 2) in self.person_tokens)

    def _title_after_name(self, name: NameSpan, words: list[str]) -> bool:
        """An academic title written right after a person's name or another title (`Budi Santoso SPd menyebut`,
        `Ahmad SE MM menegaskan`), which the name's reading left out: no name of its own."""
        return len(words) == 1 and words[0] in post_titles() and name.start > 0 and (
            name.start - 1 in self.person_tokens or self.texts[name.start - 1] in post_titles())

    def _shape(self, name: NameSpan, words: list[str], role: str | None, near: _Near) -> int | None:
        """Where to go on from when the words cannot be a name, whatever the cue; None when they
        may be. A name is not all capitals without a strong cue (KK, SR, BBM), nor a count's unit
        (`151 KK`), nor a roman numeral; it does not end in a compass word (Lore Utara, a place);
        it is not all ordinary words (Kepala Pusat Data Informasi) nor an organisation's head word
        (Kanwil); a leading acronym (CEO Budi) or region name (Kaltim Budi) is no part of it."""
        s0, end = name.start, name.end
        if (near.prev_low in _THING_CUES and words[0].lower() not in self.given
                and not (near.prev_low in _KIND_CUES and (_agent_before(near) or self._speaks(name, near)))) \
                or name.text in self.things \
                or (near.prev_low in _PRODUCT_CUES or words[-1] in _VERSIONS) and self._product(name, words, role, near) \
                or self._quoted_title(name, role, near):
            self.things.add(name.text)
            return end  # "bermerek Chang Chong": a brand, here and further on; not "film Dewi Lestari"; a title
        k = self._after_competition(name, words) or self._after_firm(name, words, near)  # both > 0 or None
        if k is not None or self._product_or_term(name, words, near) or self._title_after_name(name, words):
            return end if k is None else k
        if near.prev_low in _OUTLET_NOUNS or near.prev in _REPORT_NOUNS or near.prev in _MONTH_NOUN and len(words) == 1 \
                or len(words) >= 2 and self._english_title(name, words, role, near):
            # "dilansir Harian Sukamaju", "menurut laporan Sukamaju", "bulan Ramadhan" (a month, though a given name
            # too), "Papuan Behind Bars", "Angry Birds": an outlet, a report's source, a month, a title, a group
            return end
        if _label_or_unit(words, near) or self._kind_heads(name, words, role, near):
            return end
        if len(words) >= 2 and (words[-1] in _THING_LAST and name.age is None
                                or words[-1] in ROLE_WORDS and words[-1].lower() not in self.given):
            # "Harvest Festival", "Car Free Night": an event's or a thing's name; "Regional
            # Partnership Manager": a post's (not "Lukman Hakim": a given name too); an age after the run makes
            # it a person's, whose surname is the thing's word (`Ahmad Bank (30)`: no bank has an age)
            return end
        if words[0] in _THING_FIRST:
            # "Kartu Sukamaju Pintar": a thing or a group; after a post (`Ketua Pansus X`) its holder follows
            # (`Anak Buah Kapal X`: the last word of a role, the name follows)
            return s0 + 1 if near.prev in ROLE_WORDS or near.prev in _HEAD_TITLES or self._in_role_phrase(s0, end) \
                else end
        if all(w.isupper() for w in words):
            return self._capitals_shape(name, words, role, near)
        if len(words) >= 2 and (words[-1] in _DIRECTIONS or words[0] in _SUB_UNITS):
            return end  # "Lore Utara": a place; "Subdit V Jatanras": a command's sub-unit
        if near.prev not in self.name_hon and (len(words) >= 2 and all(map(common_or_slip, words))
                                          and not (name.age is not None and words[0].lower() in _GIVEN_WORDS)
                                          and not _nickname(words)
                                          or len(words) == 1 and words[0] in org_heads()):
            return end  # ordinary words, save a given name's with an age (`Intan Permata (22)`)
        return _leading_no_name(s0, words, owner=not self._person_cue_before(near))

    def _kind_heads(self, name: NameSpan, words: list[str], role: str | None, near: _Near) -> bool:
        """A kind's noun of `thing_cues` (head) written capitalised as the run's first word heads a thing's name (`oleh Topan
        X`, `akibat Badai X`, `Virus X`) unless a person cue claims the run (`kata Topan X`, `Topan X (34)`) or a
        given name follows the head (`oleh Topan Sugiarto`, `Badai Pratama`: the kind's noun is a given name too, as
        `Topan` is; a storm's or a virus's name is no given name)."""
        return len(words) >= 2 and words[0].lower() in _KIND_HEADS and not self._strong_cue(name, role, near) \
            and not self._speaks(name, near) and self.given.isdisjoint(w.lower() for w in words[1:])

    def _speaks(self, name: NameSpan, near: _Near) -> bool:
        """A speech verb or an age after the name (`ikan X mengatakan`, `burung X (40)`): the name is a person's
        whatever kind's noun stands before it; no fish or bird speaks or is aged in brackets."""
        return name.age is not None or near.nxt_low in _SPEECH_AFTER

    def _person_cue_before(self, near: _Near) -> bool:
        """The word before the run introduces a person (`disampaikan X`, `menurut X`, `kepada X`): what follows is
        the person's whole name, so a capitalised noun of what a person has that is a given name too opens it
        (`disampaikan Era Purnama Sari`), where elsewhere it is the owner's noun (`pada Era Soeharto`)."""
        return near.prev_low is not None and (near.prev_low in self.cues or near.prev_low == "menurut"
                                              or near.prev_low in _OBJECT_CUES)

    def _product(self, name: NameSpan, words: list[str], role: str | None, near: _Near) -> bool:
        """A product's or a service's name, with no role word before it: after a noun of software or
        devices (`update Skype`, `sistem operasi X`), or ending in an edition word (`Xbox One`), whose
        first word is then a product's further on (`Xbox`)."""
        if role is not None or words[0].lower() in self.given and near.prev_low not in _PRODUCT_NOUNS:
            return False
        if near.prev_low in _PRODUCT_NOUNS or near.prev_low in _PRODUCT_ENDS and near.prev2_low \
                and f"{near.prev2_low} {near.prev_low}" in _PRODUCT_NOUNS:
            return True
        if len(words) >= 2 and words[-1] in _VERSIONS and not self._strong_cue(name, role, near):
            self.thing_heads.add(next((w for w in words[:-1] if not is_common_word(w)), words[-1]))
            return True  # "Penjualan Xbox One": the product is Xbox
        return False

    def _english_title(self, name: NameSpan, words: list[str], role: str | None, near: _Near) -> bool:
        """Two words or more in English that name no person: one of them an English function word
        (`Papuan Behind Bars`), or, with no strong cue for a person, all of them English words that
        are no name (`english_words.tsv`: `Angry Birds`, then a thing's name further on)."""
        if any(w in _ENGLISH_GLUE for w in words):
            return True
        if self._english_run(words) and not self._strong_cue(name, role, near):
            self.things.add(name.text)
            return True
        return False

    def _english_run(self, words: list[str]) -> bool:
        """The words are English words that are no name (`english_words.tsv`), ordinary Indonesian
        words or a roman numeral (`Final Fantasy XV`, `Tombol Home Fisik`), one English word at
        least, and no given name among them."""
        english = False
        for w in words:
            low = w.lower()
            if low in _ENGLISH_WORDS:
                english = True
            elif low in self.given or not (_ROMAN.match(w) or is_common_word(w)):
                return False
        return english

    def _after_competition(self, name: NameSpan, words: list[str]) -> int | None:
        """A run holding a competition's word (`Grand Prix X`, `Tour de X`, `Liga X`) names no person; a name of two
        words at least that opens with a given name after the competition's own next word is its official's or
        player's, read from there (`panitia Tour de Singkarak Andi Wijaya`); else the scan goes on after the run.
        None where the run holds no competition's word."""
        if _COMPETITION.isdisjoint(words):
            return None
        last = max(i for i, w in enumerate(words) if w in _COMPETITION)
        for k in range(last + 2, len(words) - 1):
            if words[k].lower() in self.given:
                return name.start + k
        return name.end

    def _after_firm(self, name: NameSpan, words: list[str], near: _Near) -> int | None:
        """A thing's last head inside the run (`thing_heads.tsv`: `Sekuritas`, `Airlines`) ends a firm's name
        (`Analis Mandiri Sekuritas Budi`); the holder's name is read from the word after it, when that word is no
        place, and a post stands before the run or opens it, or else that word is a name's and no given name stands before the
        head (`Ahmad Bank Santoso` stays a name). None where the run holds no such head."""
        if len(words) != name.end - name.start:
            return None
        posted = near.prev in ROLE_WORDS or (name.start - 1) in self.post_before or words[0] in ROLE_WORDS
        given = given_names()
        for k in range(len(words) - 2, 0, -1):
            w, nxt = words[k], words[k + 1]
            if w in _THING_LAST and w.lower() not in given and not is_place_name(nxt) and (posted or (
                    nxt.lower() in given or not is_common_word(nxt)) and given.isdisjoint(x.lower() for x in words[:k])):
                return name.start + k + 1
        return None

    def _product_or_term(self, name: NameSpan, words: list[str], near: _Near) -> bool:
        """The words name a product, an app, a company, an award, a competition or a term, whatever
        the cue: an English thing's head right after them (`Golden Raspberry Awards`); a
        competition's head among them (`Finalis Liga Champions`); a word in camel case (`PicMix`,
        `WhatsApp`); a model or edition number right after them (`Windows 10`, `Titanfall 2`,
        `Galaxy S8`), whose first word is then a thing's further on (`Xbox 360` ... `Xbox`); a name
        right after a word in camel case (`BlackBerry Motion`); or the long form of an acronym
        bracketed next to them (`Natural Language Processing (NLP)`, `AI (Avian Influenza)`) when no
        word is a given name (`Sudi Bayu Yuwono (SBY)` is a person)."""
        texts, nxt, end, s0, prev = self.texts, near.nxt, name.end, name.start, near.prev
        if nxt in _THING_LAST and nxt[:1].isupper():
            return True  # "Ramon Magsaysay Award": an award's name (a competition's: `_after_competition`)
        if words[0] in self.thing_heads or any(map(is_camel_case, words)) or len(words) == 1 and prev is not None \
                and is_camel_case(prev) and not (s0 > 1 and texts[s0 - 2] in ROLE_WORDS):
            self.things.add(name.text)
            return True  # "BlackBerry Motion": a brand's product; not "CEO MarlinBooking Budi"
        if name.age is None and nxt is not None and MODEL_NUMBER.fullmatch(nxt) and self._model_ends(end + 1):
            self.thing_heads.add(words[0])
            return True
        after = nxt == "(" and end + 2 < self.n and texts[end + 2] == ")" and _spells(texts[end + 1], words)
        if not (after or prev == "(" and s0 >= 2 and _spells(texts[s0 - 2], words)) \
                or not self.given.isdisjoint(map(str.lower, words)):
            return False
        if after:
            self.things.add(texts[end + 1])  # the acronym too, further on
        return True

    def _model_ends(self, k: int) -> bool:
        """The number before token k ends a model's name (`Titanfall 2,`, `Windows 10 dirilis`):
        no unit (`Asep 45 tahun`: an age; `2 orang`), match minute (`(Budi 54 ')`) or score's dash
        (`Budi Santoso 16 - 21`) follows."""
        return k >= self.n or not _NUMBER_LINK.fullmatch(self.texts[k]) and self.texts[k].lower() not in _UNITS

    def _body_after_head(self, k: int, word: str, near: _Near) -> bool:
        """A word alone right after a head's title (`Ketua X itu`, `head_titles.tsv`) names the body
        the post heads, its holder unnamed; not a given name (`Ketua Hendra`)."""
        return k > 0 and self.texts[k - 1] in _HEAD_TITLES and not (near.nxt is not None and near.nxt[:1].isupper()) \
            and word.lower() not in self.given and word.lower() not in _NAME_ROOTS

    def _lone_word_no_name(self, word: str, near: _Near) -> bool:
        """A single capitalised word that is no name: one with a capital after a lowercase letter that
        follows no name prefix; one the article also writes in lower case
        (`Transjakarta` / `rute transjakarta`: a service, a brand, a term; names are never written
        so), unless it is an ordinary word or a given name too (Indah / indah); or a people or a
        place after `warga` (`warga Rohingya`) that no speech verb follows nor precedes."""
        if near.prev_low == "warga" and not (near.nxt_low is not None and near.nxt_low in _SPEECH_AFTER
                                             or near.prev2_low in self.cues or near.prev2_low == "menurut"):
            return True
        low = word.lower()
        if word == low:
            return False
        if _brand_spelling(word):
            return True  # "MotoGP", "MacOS": a brand's spelling, not a name's (not `McDonald`)
        if self._token_set is None:  # the Doc's token texts as a set, built in C when first asked
            self._token_set = frozenset(self.texts)
        return low in self._token_set and low not in self.given and not is_common_word(word)

    def _given_opener(self, name: NameSpan, words: list[str], signal: bool, near: _Near) -> bool:
        """An ordinary word that is a frequent given name too (`Budi`, `Dewi`, `Putri`, `Akbar`:
        `stopword_names.tsv`, `given_words.tsv`) opens a name of two or three words at a sentence's
        start when the name's last word is no ordinary word (`Budi Santoso`, not `Bintang Tamu`) or an
        age follows (`Intan Permata (22)`), and what follows takes a person: an age, a verb, a speech
        verb (`signal`), `yang`, or a person's apposition after a comma (`Budi Santoso, warga ...`); not a kin
        noun that is an apposition's word too before `, Name (age)` (`Putri Andi, Sinta (20)`: Andi's daughter)."""
        if not 2 <= len(words) <= 3 or words[0].lower() not in _GIVEN_WORDS or words[0] in self.hon:
            return False
        last = words[-1]
        if last.isupper() or last in _GROUP_WORDS or is_common_word(last) and name.age is None:
            return False
        k = name.end_all  # the word after a comma: a person's apposition (`, warga`, `, 40,`), not `, rumah sakit`
        after = self.texts[k + 1] if k + 1 < self.n and self.texts[k] == "," else ""
        if words[0].lower() in _APPOSITION and after[:1].isupper() and k + 3 < self.n and self.texts[k + 2] == "(" \
                and self.texts[k + 3].isdigit():
            return False  # `Putri Andi, Sinta (20), ...`: a kin noun (an apposition's word too), its person apposed
        return signal or name.age is not None or near.nxt_low == "yang" or after.isdigit() or after.islower() and (
            after in _APPOSITION or after in ROLE_WORDS)

    def _capitals_shape(self, name: NameSpan, words: list[str], role: str | None, near: _Near) -> int | None:
        """`_shape` of a run of all-capital words: initials only with a strong cue, never a term
        (KTP, OTT), a count's unit (`151 KK`), a roman numeral or a run ending in one (`MOR VI`,
        a numbered unit), or the body a post heads."""
        end = name.end
        if near.prev in _HEAD_TITLES and (near.nxt == ")" or near.nxt is not None and near.nxt.istitle()):
            return end  # "(Dirjen AHU)", "Dirjen AHU Budi": the acronym of the body the post heads
        after_number = near.prev is not None and near.prev[:1].isdigit()
        if _ROMAN.match(words[-1]) or after_number and name.age is None \
                or not (self._strong_cue(name, role, near) or _public_figure(words)):
            return end
        if len(words) == 1 and words[0] in term_acronyms() and not (
                name.age is not None or near.prev_low in _TERM_INITIAL_CUES
                or (role is not None or near.prev_low in _INITIAL_CUES) and words[0] not in person_term_acronyms()):
            # "pemohon KTP", "kata OTT", "siswi SMP": a term, unless a cue names it a person ("pria AC": a
            # noun of a kind of person, or a role, before a term that qualifies no person)
            return end
        return None

    def _capitalised_role(self, word: str, after: str) -> bool:
        """A word the role table lists in lowercase only (`istri`, `pengamat`, `sopir`), capitalised, before a
        name word: the role, no name's first word. Not a given name, nor before an ordinary word (`Anak Agung
        X`, a Balinese name; `Ayah Kandung X`: a role of two words the table does not list)."""
        low = word.lower()
        return word not in ROLE_WORDS and low in ROLE_WORDS and not word.isupper() and low not in self.given \
            and low not in _GIVEN_WORDS and not is_common_word(after)

    def _role_phrases(self) -> frozenset[tuple[int, int]]:
        """The roles of two or three words (`_MULTI_WORD_ROLES`, in any case) the Doc writes, as (start, stop):
        read once, at the tokens whose word ends such a role (`_MULTI_WORD_END`), and asked of every name after
        (a Doc has a handful of such words; its names ask ~120 times where a role may stand)."""
        texts = self.texts
        return frozenset((k + 1 - width, k + 1) for k in flagged_tokens(self.doc, _MULTI_WORD_END) for width in (2, 3)
                         if k + 1 >= width and " ".join(texts[k + 1 - width:k + 1]).lower() in _MULTI_WORD_ROLES)

    def _role_phrase(self, start: int, stop: int) -> bool:
        """The tokens `start:stop` are a role of two or three words (`_MULTI_WORD_ROLES`), in any case."""
        return (start, stop) in self.role_phrases

    def _in_role_phrase(self, s0: int, end: int) -> bool:
        """The token at `s0` is a word of a role of two or three words: one begun before it, or one from it that
        a name word of the run follows (`Tokoh Masyarakat X`, `Anak Buah Kapal X Y`)."""
        return any(start <= s0 < stop and (start < s0 or stop < end) for start, stop in self.role_phrases)

    def _skip(self, name: NameSpan, words: list[str], signal: bool, near: _Near) -> int | None:
        """Where to go on from when the words are no person's name; None when they are."""
        s0, first = name.start, words[0]
        if self._in_role_phrase(s0, name.end):
            return s0 + 1  # "Kuasa Hukum Budi", "Ibu Negara Iriana": a role of two words, capitalised, before the name
        if len(words) > 2 and not self.starts_sentence(s0) and self._capitalised_role(first, words[1]):
            # "kata Istri Darmo Sukirno", "menurut Pengamat Budi Santoso": a role word, capitalised mid-sentence, before
            # a full name; before one word the pair is as often a name (`Adik Prasetyo`) and stays whole
            return s0 + 1
        if len(words) == 1 and (first in ROLE_WORDS or is_ministry_acronym(first)):
            return name.end
        first_common = self.starts_sentence(s0) and is_common_word(first) and not _nickname(words) \
            and not self._given_opener(name, words, signal, near) and not self._named_mid_sentence(s0, words)
        if len(words) > 1 and (first in ROLE_WORDS or _MINISTER.match(first) or is_ministry_acronym(first) or
                               first_common):
            # "Rumah Husein", "Raja Abdullah", "Menkokesra Agung Laksono", "Kemlu Budi": the first word is no name
            return s0 + 1
        # a speech verb or the person's companions after the name (`Mentar bersaudara`, `X dkk`) mark a word
        # that only reads as an affixed one (men-tar) as a name: no place, body or thing has siblings or
        # colleagues; a root word stays no name (`karya Beton bersaudara`: test_accuracy_news_s12b) unless the
        # writer capitalises the company word mid-text (`Wright Bersaudara`): the brothers' family name
        company = near.nxt is not None and self._with_company(name.end) and (
            first.lower() not in root_words() or self._family_written(name.end))
        after = near.nxt is not None and near.nxt_low in _SPEECH_AFTER or company
        weak = near.prev not in self.name_hon and near.prev_low not in self.cues and near.prev_low not in _ALIAS_CUES and not after
        if len(words) == 1 and weak and (_ordinary(first) and not (signal and (first.lower() in _NAME_ROOTS
                                                                               or s0 in self.paired))
                                         or is_common_word(first) and not signal
                                         or is_person_noun(first) and name.age is None and not _role_before(near)):
            # "Petugas melihat", "anggota Dewan", "Wartawan bertanya": ordinary words, a noun of a person
            # (`-wan`, even before a verb); "tersangka Budi", "bernama X", "X (30)" are names: a role or naming
            # word before it or an age after it keeps even a listed noun
            return name.end
        if first_common and len(words) > 1 and not signal:
            return s0 + 1  # "Dalam Rakor" at a sentence start: drop the ordinary first word and try again
        if not signal and (not (len(words) >= 2 and not all(is_common_word(w) for w in words) or name.titles)
                           or headline_words(self.doc).issuperset(range(name.start, name.end))):
            # without a cue, only a run of two or more name words that are not all ordinary
            # words (a headline's `Dilarang Diarak` are); a lone capitalised word is as often a
            # place, a brand or a typo
            return name.end
        if first_common and len(words) == 1 and not (
                near.nxt_low in _SPEECH_AFTER and first.lower() in root_words() and first not in ROLE_WORDS) \
                and not company:
            return name.end
        return None


def _no_prefixed_places(doc: Doc) -> None:
    """No person is named as a place the text writes after a region's prefix (`Kelurahan Sukamulyo`, `Kecamatan
    Cempaga Hulu`): the same words alone (`Lurah Sukamulyo, Dewi A`, `Kapolsek Cempaga Hulu`) name the region, not
    a person (issue 19, s25pp)."""
    texts, prefixes = token_texts(doc), admin_prefixes()
    named = {span_text(doc, p.start + 1, p.end) for p in group(doc, "places")
             if p.end - p.start > 1 and texts[p.start] in prefixes}
    persons = group(doc, "persons")
    kept = [(s, m) for s in persons if (m := data_of(s)) is None or m.officer is not None or m.name not in named]
    if named and len(kept) < len(persons):
        set_group(doc, "persons", [s for s, _ in kept], [m for _, m in kept])


def _label_or_unit(words: list[str], near: _Near) -> bool:
    """A building's or a block's label (`Flat A`, `Blok C`), or a unit after its number, capitalised, whatever
    follows (`sepanjang 22 Km tersebut`: `count_words.tsv`): no name."""
    if len(words) == 2:
        return len(words[1]) == 1 and words[1].isupper() and is_common_word(words[0])
    return len(words) == 1 and near.prev is not None and near.prev[:1].isdigit() and words[0].lower() in _UNITS


def _leading_no_name(s0: int, words: list[str], owner: bool = True) -> int | None:
    """Where the name starts when its first words are no part of it: a derived word, an acronym
    (`CEO Budi`), a region (`Kaltim Budi`), a noun of what a person has (`Kabinet X Y`, when `owner`:
    no person's cue before the run) or a numbered unit's acronym (`MOR VI Budi`); None when they are."""
    if len(words) >= 2 and (_derived_word(words[0]) or words[1][:1].isupper() and not words[1].isupper() and (
            words[0].isupper() and len(words[0]) >= 3 or _region_word(words[0]) or owner and _owner_noun(words[0]))):
        return s0 + 1
    if len(words) >= 3 and _region_word(words[0]) and len(words[1]) == 1 and words[1].isupper() and words[2].istitle():
        return s0 + 1  # "Bali I Made X", "Jabar M Yusuf": a region before a name that opens with an initial
    if len(words) >= 3 and words[0].isupper() and _ROMAN.match(words[1]) and words[2].istitle():
        return s0 + 2
    return None


def _compound_tail(near: _Near, word: str) -> bool:
    """A word alone right after `Lalu` with which it makes one compound (`lalu_compounds.tsv`: `Lalu Lintas`, the
    traffic, the unit's words after a rank or a post: `AKP Lalu Lintas`) ends that compound: `Lalu` is no Sasak
    title there and the word no name (`Bripka Lalu Ahmad` is read whole by the officers' pass)."""
    return near.prev_low == "lalu" and word.lower() in _LALU_COMPOUNDS


def _agent_before(near: _Near) -> bool:
    """The word before a thing's noun names a person who deals with the thing (`dokter hewan X`, `pedagang
    ikan X`, `pemilik hewan X`): a role word or a `pe-` noun of an agent made on a root, not a `pe-an` noun
    of an act (`penyelundupan burung X`: the thing smuggled); the name after is that person's, not the thing's."""
    word = near.prev2_low
    return word is not None and (word in ROLE_WORDS or word.startswith("pe") and not word.endswith("an")
                                 and _derived_word(word))


def _owner_noun(word: str) -> bool:
    """A noun of what only a person has, capitalised (`Kabinet X Y`, `Era X`, `Jenazah X Y`:
    `person_owner_nouns.tsv`): it opens no name; the owner's name follows it. Not a given name."""
    low = word.lower()
    return low in _OWNER_NOUNS and word[:1].isupper() and low not in given_names()


def _post_domain_lead(words: list[str]) -> int:
    """How many first words of `words` name a post's body or place (`Kabinet`, `New Mexico AS`, `BK`):
    a word of the posts' and bodies' names in the tables (`officers.portfolio_words`), an English word
    or a derived word, a place (two words tried first) or an acronym, a roman numeral only after one
    of them (`MOR VI`: a numbered unit); 0 when the first word is a name's, when a unit's head word
    (`Bidang`) is among them, or when the name left would end in an ordinary word."""
    lead = 0
    while lead < len(words) - 1:
        w = words[lead]
        if lead + 1 < len(words) and is_place_name(f"{w} {words[lead + 1]}"):
            lead += 2
        elif w.isupper() and len(w) >= 2 and (lead or not _ROMAN.match(w)) or _domain_word(w) or (
                w.lower() not in given_names() and is_place_name(w)):
            lead += 1
        else:
            break
    last = words[-1]
    if any(w in _SUB_UNITS for w in words[:lead]) or is_common_word(last) and last.lower() not in _NAME_ROOTS:
        return 0  # "Ketua Bidang X Y": the words after a unit's head name the unit
    return lead


def _field_lead(words: list[str], given: frozenset[str]) -> int:
    """How many first words of `words` are the ordinary words of a unit's field (`Komunikasi Politik`,
    `Perlindungan Konsumen`), no given name's (`Sri`); 0 when fewer than two words are left or the name
    left would end in an ordinary word."""
    lead = 0
    while lead < len(words) - 2 and is_common_word(words[lead]) and words[lead].lower() not in given \
            and words[lead].lower() not in _NAME_ROOTS:
        lead += 1
    last = words[-1]
    return 0 if is_common_word(last) and last.lower() not in _NAME_ROOTS else lead


def _domain_word(word: str) -> bool:
    """An ordinary word that names a post's field or body: one of the tables' post and body names,
    an English word (`Executive`), or an affixed word (`Perlindungan`)."""
    low = word.lower()
    return is_common_word(word) and (low in portfolio_words() or low in _ENGLISH_WORDS or _derived_word(word))


def _spells(acronym: str, words: list[str]) -> bool:
    """`acronym` is written of the initials of `words` (`NLP`: Natural Language Processing), the
    name particles skipped; not merely their letters in order (`CHN` is no acronym of Chen Qingchen).
    The strict test, for capitalised words that may be a person's name: a body's acronym, whose
    letters may come from inside its words, is `names.is_acronym_of`; a name with only some words cut
    to an initial (`M Adam`) is `_abbreviates`."""
    initials = "".join(w[0] for w in words if w.lower() not in CONNECTORS)
    return acronym.isupper() and len(acronym) >= 2 and acronym.lower() == initials.lower()


def _role_before(near: _Near) -> bool:
    """A role or naming word right before the name, in either case (`tersangka X`, `Tersangka X` opening
    a sentence, `bernama X`: `role_words.tsv`)."""
    return near.prev is not None and (near.prev in ROLE_WORDS or near.prev_low in ROLE_WORDS)


def _cue_word_before(near: _Near) -> bool:
    """An initials cue, then one lowercase word, before the name: `pelaku teror AW`."""
    return near.prev2_low in _INITIAL_CUES and near.prev is not None and near.prev.isalpha() and near.prev.islower()


@lru_cache(maxsize=4096)
def _region_word(word: str) -> bool:
    """A province, regency or city name (Kaltim, Samarinda) that is no given name."""
    if word.lower() in given_names():
        return False
    return any(r.kind in _REGION_KINDS for r in gazetteer().lookup(word))


class PersonRecognizer(PolsekComponent):
    factory = "polsek_persons"  # its tables and packages: data/component_tables.tsv
    defaults = {"max_name_tokens": MAX_NAME_TOKENS}
    max_name_tokens: int

    def __call__(self, doc: Doc) -> Doc:
        if "persons" not in doc.spans:
            doc.spans["persons"] = []
        _past_bodies(doc)
        scan = _NameScan(doc, self.max_name_tokens)
        for s, e, m in scan.run():
            add_token_span(doc, "persons", s, e, "PERSON", m)
        doc._.uncued_persons = frozenset(scan.uncued_starts)
        _no_prefixed_places(doc)
        doc._.people = cluster(doc)
        fill_units(doc, doc._.people)
        return doc


def _past_bodies(doc: Doc) -> None:
    """A name read after a post before the institutions' pass ran starts after the body that pass found
    around the post: `Kepala Dinas PUPR Teluk Damai Yusuf Hermawan`, its name read as `Teluk Damai Yusuf
    Hermawan` and the body `Dinas PUPR Teluk Damai`, names the person `Yusuf Hermawan` (the office's region
    is no word of the holder's name). Not when the body ends on a given name and fewer than two words would
    be left (`Dinas PUPR Sungai Budiman Santoso`: the body's end is the guess there, the name kept), nor when a
    place the text names runs past the body's end (`Lembah Sari`, named before, after the body `Dinas PUPR Lembah`:
    the body's end is wrong there, and the incident stage drops the whole place from the name)."""
    persons, bodies = group(doc, "persons"), group(doc, "institutions")
    if not persons or not bodies:
        return
    texts, given, changed = token_texts(doc), given_names(), False
    places = {span_text(doc, p.start, p.end) for p in group(doc, "places")}
    spans, data = [], []
    for span in persons:
        m = data_of(span)
        cut = next((b.end for b in bodies if b.start < span.start < b.end < span.end), None)
        if m is not None and cut is not None and texts[cut][:1].isupper() \
                and not (texts[cut - 1].lower() in given and span.end - cut < 2):
            dropped = span_text(doc, span.start, cut)
            if m.name.startswith(dropped + " ") and not any(
                    len(p) > len(dropped) and m.name.startswith(p + " ") for p in places):
                name = m.name[len(dropped) + 1:]
                if m.officer is not None and m.officer.name == m.name:
                    m.officer.name = name
                m, span, changed = replace(m, name=name), Span(doc, cut, span.end, label=span.label_), True
        spans.append(span)
        data.append(m)
    if changed:
        set_group(doc, "persons", spans, data)


def cluster(doc: Doc) -> list[PersonEntity]:
    """Group person mentions into individuals; short forms join the full name that holds them."""
    mentions = [(s, m) for s in group(doc, "persons") if (m := data_of(s)) is not None]
    mentions.sort(key=lambda sm: -len(sm[1].name.split()))
    people: list[PersonEntity] = []
    fulls: list[list[str]] = []  # each person's name words
    # a name joins the first person it fits, which depends on the two names only and people are
    # only ever appended: a name seen before joins the same person again
    joined: dict[str, PersonEntity] = {}
    # every way a name fits a person shares a word with the person's name or an alias (`_same_person`):
    # only the people who share one are asked, in the order they came (the first that fits is the same)
    by_word: dict[str, set[int]] = {}
    slot: dict[int, int] = {}  # id(person) -> its index in `people`
    for span, m in mentions:
        target = joined.get(m.name)
        if target is None:
            words = m.name.split()
            target = next((p for p, full in ((people[i], fulls[i]) for i in _sharing(by_word, words, len(people)))
                           if _same_person(m.name, words, p, full, m.officer)
                           or any(_same_person(m.name, words, p, a.split(), m.officer) for a in p.aliases)
                           or _same_post_holder(m, words, p, full)), None)
            if target is None:
                target = PersonEntity(name=m.name)
                slot[id(target)] = len(people)
                people.append(target)
                fulls.append(words)
            joined[m.name] = target
        _absorb(target, m, span)
        at = slot[id(target)]  # the words it may be known by now: its name's and its aliases' (a superset is harmless)
        for name in (m.name, *m.aliases):
            for w in name.split():
                by_word.setdefault(w, set()).add(at)
        for alias in m.aliases:  # "X alias Y", "X (Y)": a later bare Y is X
            joined.setdefault(alias, target)
    # the view's text, not `doc.text` (spaCy joins every token's text again: ~0.4 ms an article)
    people = _join_initials(_join_short_forms(_join_named_aliases(people)), doc_text(doc))
    for p in people:
        p.spans.sort()
    people.sort(key=lambda p: p.spans[0][0])
    return people


def _sharing(by_word: dict[str, set[int]], words: list[str], count: int) -> list[int]:
    """The indices of the people (of `count`) whose name words in `by_word` share a word with `words`, in order;
    all of them for a name with no word."""
    if not words:
        return list(range(count))
    found: set[int] = set()
    for w in words:
        held = by_word.get(w)
        if held:
            found.update(held)
    return sorted(found)


def _join_short_forms(people: list[PersonEntity]) -> list[PersonEntity]:
    """A one-word name that only one full name of the article shortens (`Sandi` for `Sandika
    Putra`, `Nug` for `Setya Nugraha`, the blend `Setnug`) is that person's short form."""
    # every short form begins as a word of the full name does, lowercased (`_short_form`): only those asked
    fulls = [(q, words, {w.lower()[:1] for w in words}) for q in people if len(words := q.name.split()) >= 2]
    out = []
    for p in people:
        if " " not in p.name and p.officer is None:
            first = p.name.lower()[:1]
            hits = [q for q, words, heads in fulls if first in heads and _short_form(p.name, words)]
            if len(hits) == 1:
                _merge_into(hits[0], p)
                continue
        out.append(p)
    return out


def _join_initials(people: list[PersonEntity], text: str) -> list[PersonEntity]:
    """A name of two to four capitals that spells the initials of one full name of the article, word for
    word (`JK` for `Jusuf Kalla`, `SBY` for `Susilo Bambang Yudhoyono`: `_spells`), is that person's short
    form, as news writes a public figure's initials after the name; not when two full names share them, nor
    initials with a role or an age of their own (`tersangka berinisial AS (25)`: a case's initials), nor the
    name of a person given an age (`korban X Y (60)`: a case's party, whose initials name another), nor a
    case's initials (`Tersangka AS`, `menangkap AS`: `_case_initials`) and an officer's or an official's name
    (`Kapolsek AKP Agus Santoso`): a suspect named by initials may be a figure the article names in full
    (`berinisial FA ... diduga adalah Fayakhun Andriadi`), not the officer or the official who speaks of him."""
    fulls = [(q, words) for q in people if len(words := q.name.split()) >= 2]
    out = []
    for p in people:
        if 2 <= len(p.name) <= 4 and p.name.isalpha() and p.name.isupper() and p.officer is None \
                and not p.roles and p.age is None:
            hits = [q for q, words in fulls if len(words) == len(p.name) and _spells(p.name, words)]
            if len(hits) == 1 and hits[0].age is None and not (_holds_post(hits[0]) and _case_initials(p, text)):
                _merge_into(hits[0], p)
                continue
        out.append(p)
    return out


def _holds_post(q: PersonEntity) -> bool:
    """`q` is an officer or holds a post or a role the article gives (`Kapolsek`, `Camat`, `Wakil Bupati`)."""
    return q.officer is not None or bool(q.roles)


def _case_initials(p: PersonEntity, text: str) -> bool:
    """A mention of `p` follows a cue of a case's party (`Tersangka AS`, `pria berinisial HW`: `initial_cues.tsv`,
    in either case) or an arrest verb (`mengamankan DR`): a suspect's or a victim's initials, which news writes
    for a case's party (review s23rvD)."""
    for start, _ in p.spans:
        before = text[max(0, start - 40):start].split()
        word = before[-1].strip('("').lower() if before else ""
        if word in _INITIAL_CUES or word in ARREST_VERBS:
            return True
    return False


def _join_named_aliases(people: list[PersonEntity]) -> list[PersonEntity]:
    """A person whose name another person's mention gave as a nickname (`Gus X sapaan akrab Y`: a longer
    nickname is clustered before the one-word name it belongs to) is that person, named again."""
    owner = {a: p for p in people for a in p.aliases}
    out, merged = [], set()
    for p in people:
        q = owner.get(p.name)
        if q is not None and q is not p and p.officer is None and id(q) not in merged:
            _merge_into(q, p)
            merged.add(id(p))
            continue
        out.append(p)
    return out


def _merge_into(q: PersonEntity, p: PersonEntity) -> None:
    """Person `p` is a short form or a nickname of person `q`: its mentions join `q`'s."""
    if p.name not in q.aliases:
        q.aliases.append(p.name)
    q.aliases.extend(a for a in p.aliases if a not in q.aliases)
    q.roles.extend(r for r in p.roles if r not in q.roles)
    q.spans.extend(p.spans)


def _short_form(word: str, full: list[str]) -> bool:
    """`word` begins a word of `full` (Sandi, Sandika), is one spelling slip off one of its words
    (`Damin`, Darmin: `_slip_of`), or blends the start or the whole of its first word with the
    start of its second (Setnug: Setya Nugraha; Anwir: Andi Wiranata; invented), and is no word of it."""
    if len(word) < 3 or not word[:1].isupper() or word.isupper() or word in full:
        return False
    low = word.lower()
    if any(w.lower().startswith(low) or _slip_of(low, w.lower()) for w in full):
        return True
    first, second = full[0].lower(), full[1].lower()
    return any(low.startswith(first[:k]) and len(low) - k >= 2 and second.startswith(low[k:])
               for k in range(2, min(len(first) + 1, len(low) - 1)))


def _slip_of(low: str, word: str) -> bool:
    """`low` is one spelling slip off `word`, both five letters or more and with the same first
    letter (`damin`, darmin; not `iswandi`, suwandi: two names)."""
    return len(low) >= 5 and len(word) >= 5 and low[0] == word[0] and _one_edit(low, word)


def _same_person(name: str, words: list[str], person: PersonEntity, full: list[str],
                 officer: OfficerMention | None = None) -> bool:
    """`name` (its `words`; `officer`, the mention's rank and post) names `person`, whose name words are `full`: the
    same name, a short form of it (a name word written twice by slip is a short form too), the same first two words,
    one spelling slip in one word ("Zasmi Dias" and "Zasmi Diaz"), or its later words written as their capitals
    ("Asep KS") under no other rank than the person's."""
    if _figure_of_another(words, full):
        return False
    return (name == person.name or (len(set(words)) < len(full) and all(w in full for w in words))
            or not _other_rank(officer, person.officer) and (
                (len(words) >= 2 and len(full) >= 2 and words[:2] == full[:2])
                or (len(words) == len(full) >= 2 and (_one_word_slip(words, full) or _abbreviates(words, full)))
                or _initials_tail(words, full)))


def _figure_of_another(words: list[str], full: list[str]) -> bool:
    """A president's name written alone (`public_figures.tsv`) that a longer name holds after words none of which is
    the holder's own (`Titiek Soeharto`, `Agus Harimurti Yudhoyono`; not `Susilo Bambang Yudhoyono`): the longer
    name is another person, a relative, and the lone name is the figure's, not its short form (s27ner2)."""
    if len(words) != 1 or words[0] not in PUBLIC_FIGURES or words[0] not in full[1:]:
        return False
    return not FIGURE_GIVEN.get(words[0], frozenset()).intersection(full[:full.index(words[0], 1)])


def _other_rank(a: OfficerMention | None, b: OfficerMention | None) -> bool:
    """Both officers' ranks are written and differ (`AKBP Budi Santoso Putra`, `AKP Budi SP`: two officers)."""
    return a is not None and b is not None and bool(a.rank_full and b.rank_full) and a.rank_full != b.rank_full


def _same_post_holder(m: PersonMention, words: list[str], person: PersonEntity, full: list[str]) -> bool:
    """`AKBP Asep Kurnia ... AKBP Asep Kurniawan`, both Kapolres of the same Polres: an officer's name written once
    with its last word cut short (four letters or more, the start of the other), with the same rank, post and unit:
    one officer (s26off2). A handover names two holders of one post, but never by one name's two spellings."""
    a, b = m.officer, person.officer
    if a is None or b is None or not a.position or not a.unit or len(words) != len(full) or len(words) < 2:
        return False
    if (a.rank, a.position, a.unit) != (b.rank, b.position, b.unit) or words[:-1] != full[:-1]:
        return False
    short, long_ = sorted((words[-1], full[-1]), key=len)
    return short != long_ and len(short) >= 4 and long_.startswith(short)


def _initials_tail(words: list[str], full: list[str]) -> bool:
    """`Asep KS` for `Asep Kurnia Sudrajat`: the name's first words as written, its last word the capitals of the
    other words of `full`, in order (two or more), as news shortens a long name on its second mention (s26off)."""
    head, tail = words[:-1], words[-1]
    rest = full[len(head):]
    return bool(head) and len(rest) >= 2 and full[:len(head)] == head and tail.isupper() and tail.isalpha() \
        and len(tail) == len(rest) and all(w[:1] == c for w, c in zip(rest, tail, strict=True))


def _abbreviates(words: list[str], full: list[str]) -> bool:
    """`M Adam` for `Mohammad Adam`, `M. Rivai Arvan` for `Muhammad Rivai Arvan`: a word or more
    written as its initial, the others as they are: two spellings of one person's name, word for word
    (not an acronym of the whole name: that is `_spells`, or `names.is_acronym_of` for a body)."""
    short = 0
    for w, f in zip(words, full, strict=True):
        if w == f:
            continue
        if len(w.rstrip(".")) == 1 and w[0] == f[0] and len(f) > 2:
            short += 1
            continue
        return False
    return 0 < short < len(words)


def _one_word_slip(words: list[str], full: list[str]) -> bool:
    """Two names of as many words that differ in one word by one spelling slip (Masitha, Mashita)."""
    diff = [(a, b) for a, b in zip(words, full, strict=True) if a != b]
    return len(diff) == 1 and _one_edit(*diff[0])


def _absorb(target: PersonEntity, m: PersonMention, span) -> None:
    """Add what mention `m` (at `span`) says of the person to `target`."""
    if m.name != target.name and m.name not in target.aliases:
        target.aliases.append(m.name)
    for alias in m.aliases:
        if alias not in target.aliases:
            target.aliases.append(alias)
    if m.role and m.role not in target.roles:
        target.roles.append(m.role)
    if m.officer is not None:
        target.officer = _merge_officer(target.officer, m.officer)
    for t in m.titles:
        if t not in target.titles:
            target.titles.append(t)
    target.age = target.age or m.age
    target.spans.append((span.start_char, span.end_char))


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one substitution, insertion or deletion (and are not tiny), or, in
    longer words, by one letter written elsewhere (Masitha, Mashita)."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
            return True
        return len(a) >= 6 and bool({a[:k] + a[k + 1:] for k in range(len(a))} & {b[:k] + b[k + 1:] for k in range(len(b))})
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# what a later mention of an officer may add: all but the name (the longest wins) and the lists
_MERGED_FIELDS = tuple(f.name for f in fields(OfficerMention) if f.name not in ("name", "titles", "civil"))


def _merge_officer(a: OfficerMention | None, b: OfficerMention) -> OfficerMention:
    if a is None:
        return OfficerMention(**vars(b))
    for key in _MERGED_FIELDS:
        if getattr(a, key) is None and getattr(b, key) is not None:
            setattr(a, key, getattr(b, key))
    if b.name and (a.name is None or len(b.name.split()) > len(a.name.split())):
        a.name = b.name
    return a


@Language.factory("polsek_persons", assigns=["doc.spans", "doc._.people"],
                  default_config={"max_name_tokens": MAX_NAME_TOKENS})
def make_persons(nlp: Language, name: str, max_name_tokens: int) -> PersonRecognizer:
    """`polsek_persons`: PERSON spans in `doc.spans["persons"]` (names with or without a title,
    `PersonMention` data) and the people they name, merged across mentions, in `doc._.people`.

    max_name_tokens (int): the most words a name may have (titles and the age after it aside).
    """
    return PersonRecognizer(nlp, name, max_name_tokens=max_name_tokens)
