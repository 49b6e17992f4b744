"""Suspects: a pronoun or noun after the sentence that named a person (`Dia ditangkap`), people listed
for a group (`Ketiga tersangka itu A, B dan C`), the one person the article means by `pelaku`, what it
says of the suspects as a group (arrest, role, home), counted unnamed suspects (`dua pelaku`), and the people named
bare by initials or with an age whom such a count speaks of (`menahan tiga tersangka ... WS (52) dan RN (45)`)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from polsek_nlp.knowledge.lexicon import reporting_verb_heads, statement_verbs
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_arrests import (
    MADE_SUSPECT,
    OTHERS,
    agent_arrested,
    arrested_besides,
    arrested_with,
    group_arrest,
    group_arrest_status,
    named_after,
    one_arrested,
)
from polsek_nlp.recognize.incident_cues import DESIGNATED
from polsek_nlp.recognize.incident_harm import CONTRAST
from polsek_nlp.recognize.incident_shapes import (
    INITIALS,
    MAX_UNNAMED,
    NOT_ROLE,
    ROLE_RANK,
    Cand,
    People,
    arrested_nouns,
    best_of,
    collective_numbers,
    counted_or_headed_matches,
    group_matches,
    in_background,
    in_case_tally,
    name_context,
    people_counts,
    sentence_of,
)
from polsek_nlp.recognize.incident_words import (
    adverbs,
    any_word,
    arrest_verb_list,
    arrest_verbs,
    compiled,
    fled_after,
    headed_matches,
    lowered,
    matches_at,
    parted_word_list,
    parted_words,
    phrase_words,
    word_heads,
    word_regex,
    word_tuple,
    worded,
    words,
)
from polsek_nlp.recognize.quantities import number_pattern, parse_number
from polsek_nlp.record.types import Person, Suspect

_POINTED = "|".join(w.capitalize() for w in word_tuple("pointed_noun"))  # `pointed_noun` rows as a sentence opens them
_PRONOUN_ARREST = re.compile(
    r"^\W*(?:Dia|Ia|Pelaku|Tersangka|Keduanya|Ketiganya|Mereka|"
    rf"(?P<np>(?:{_POINTED})\s+(?:ini|itu|tersebut)))"
    rf"\s+{adverbs('pun', 'then', 'lalu', 'done', 'success', 'now')}*{MADE_SUSPECT}"  # `Ia ditetapkan sebagai tersangka dan ditahan`
    rf"(?P<v>{arrest_verbs('passive', ('caught',))})\b")
_GROUP_ROLE = re.compile(r"\b(?:[Pp]ara|[Kk]edua|[Kk]etiga|[Kk]eempat|[Kk]elima|(?!(?:tak|tidak)\s)\w+)\s+(?P<r>(?i:tersangka|terduga|terdakwa|terpidana))\b"
                         r"(?!\s+(?:berinisial|bernama|[A-Z]))(?!\s*(?:[a-z]+\s*){0,2},?\s*[A-Z][a-z])")
# the role words `_GROUP_ROLE` ends at (the four formal ones), in lower case: a scan of the lowered text skips
# ahead to their common `ter`
_ROLE_WORD = re.compile("|".join(ROLE_RANK[:4]))


def _group_roles(text: str) -> list[re.Match]:
    """The matches of `_GROUP_ROLE` as `finditer` finds them, each tried only at the word before a role word
    (the whole-text search tried its alternation and lookahead at every position); a text `lowered` cannot
    read is searched whole."""
    low = lowered(text)
    if low is None:
        return list(_GROUP_ROLE.finditer(text))
    return list(matches_at(_GROUP_ROLE, text, _words_before_roles(text, low)))


def _words_before_roles(text: str, low: str) -> Iterator[int]:
    r"""Where the word before each role word starts (`\b\w+\s+` then the role word), left to right."""
    for rm in _ROLE_WORD.finditer(low):
        end = rm.start()
        while end and text[end - 1].isspace():  # `\s+` before the role word
            end -= 1
        at = end
        while at and (text[at - 1].isalnum() or text[at - 1] == "_"):  # `\b\w+`: the word before it
            at -= 1
        if at < end < rm.start():
            yield at


_HOME = re.compile(
    rf"\b(?:{phrase_words('home_noun')})\s+(?P<who>(?:{parted_words('counted_role', ('group',))})"
    rf"(?:\s+teroris)?(?:\s+berinisial\s+{INITIALS})?|[A-Z][\w'`-]*(?:\s+[A-Z][\w'`-]*)*)\s+(?:yang\s+(?:terletak|berada)\s+)?di\s+"
    r"(?:kawasan\s+|daerah\s+)?(?P<r>(?:(?:Desa|Kampung|Kp\.|Dusun|Kecamatan|Kelurahan|Kabupaten|Kota|Jalan|Jl\.|RT|RW|"
    r"[A-Z][\w'`-]*|\d+)(?:\s+|\s*,\s*(?=[A-Z])|\s*/\s*)?)+)")


_PRONOUN_HARM = re.compile(rf"^\W*(?:Dia|Ia)\s+{adverbs('pun', 'then', 'lalu', 'done')}*"
                           r"(?:dinyatakan\s+|ditemukan\s+|ditemukan\s+sudah\s+)?(?:tewas|meninggal)\b")


@cache
def _pronoun_act() -> re.Pattern:
    """`Ia menganiaya ...`, `Dia juga menipu ...`: a pronoun the subject of an active verb of harm (not one of
    everyday use, `object` rows) opening its sentence."""
    acts = trie_alternation(w for w, v in words("harm_act").items() if v != "object")
    return re.compile(rf"\W*(?:Dia|Ia)\s+{adverbs('also', 'pun', 'once', 'done', 'then')}*(?:terbukti\s+|diduga\s+)?"
                      rf"(?:telah\s+)?(?:{acts})(?![\w-])")


def pronoun_subjects(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Dia dicokok ...`, `Remaja ini pun ditangkap`: the person named first in the sentence before;
    `Dia tewas ...`: that person died (an officer who speaks of it excepted)."""
    for k, (s0, s1) in enumerate(sents):
        if k and _PRONOUN_HARM.match(text[s0:s1]):
            first = sorted((st, c) for c in cands if not c.officer for st, _ in c.spans if sents[k - 1][0] <= st < s0)
            if first:
                first[0][1].harms.append("tewas")
        if k and _pronoun_act().match(text, s0, s1):  # `Ia menganiaya tetangganya`: the one named before did it
            first = sorted((st, c) for c in cands if not c.officer for st, _ in c.spans if sents[k - 1][0] <= st < s0)
            if first:
                first[0][1].suspect_cues += 1
        if k:
            _object_of_arrest(cands, text, sents, k)
        pm = _PRONOUN_ARREST.match(text[s0:s1])
        if not pm or not k:
            continue
        before = [(e, c) for c in cands for st, e in c.spans if sents[k - 1][0] <= st < s0]
        if (pm.group(0).split()[0] in ("Dia", "Ia") or pm.group("np")) and before:
            c = min(before, key=lambda x: x[0])[1]  # the subject: the first person of the sentence before
            c.statuses.append(words("status")[pm.group("v").lower()])
            c.suspect_cues += 1


def _object_of_arrest(cands: list[Cand], text: str, sents: list[tuple[int, int]], k: int) -> None:
    """`Sopir bus, X (47), selamat dalam kecelakaan itu. Setelah gelar perkara, polisi menetapkannya sebagai tersangka dan
    langsung menahannya`: an active verb of arrest or designation with `-nya` for its object, in a sentence that names
    nobody before it, is said of the one person the sentence before names (no officer; two or more: whose?). Not when
    a role or a noun of people stands before the verb in its sentence (`memburu pelaku dan menangkapnya`: that one is
    the object), nor of one the text holds for a victim or a witness (`Korban, X (30), dibawa ke puskesmas`)."""
    s0, s1 = sents[k]
    acts = [m for m in _arrest_object().finditer(text, s0, s1)
            if not any(s0 <= st < m.start() for c in cands for st, _ in c.spans)
            and not _object_noun().search(text, s0, m.start())]
    if not acts:
        return
    named = {id(c): c for c in cands for st, _ in c.spans if sents[k - 1][0] <= st < s0 and not c.officer}
    if len(named) != 1:
        return
    c = next(iter(named.values()))
    if c.victim_cues > c.suspect_cues or set(c.person_roles) & words("not_suspect_role").keys():
        return
    for m in acts:
        if status := words("status").get(m.group("v").lower()):
            c.statuses.append(status)
        c.suspect_cues += 1
        c.strong_cues += 1


@cache
def _object_noun() -> re.Pattern:
    """A role or a noun of people (`pelaku`, `tersangka`, `pria itu`; not the police who arrest): the one an arrest's
    `-nya` after it speaks of."""
    nouns = any_word(words("role").keys() | words("victim_noun").keys() | (words("person_noun").keys() - words("police").keys()))
    return re.compile(r"(?<!sebagai\s)" + nouns.pattern, re.IGNORECASE)  # `menetapkannya sebagai tersangka`: no object


@cache
def _arrest_object() -> re.Pattern:
    """`menahannya`, `menetapkannya sebagai tersangka`: a verb of arrest or of designation with `-nya`, its object."""
    designates = trie_alternation(parted_word_list("name_context", ("designates",)))
    return compiled(rf"(?<![\w-])(?P<v>{arrest_verbs('active', ('secures',))}|(?:{designates})(?=nya\s+sebagai\s+tersangka))"
                    r"nya(?![\w-])", re.IGNORECASE)


@cache
def _group_opener() -> re.Pattern:
    """`Ketiga anggota (Polda X) tersebut adalah`, `Para pelaku itu yakni`, `empat tersangka penerima suap lain
    yaitu`: what opens the list of a group."""
    return re.compile(rf"(?<![\w-])(?:{collective_numbers()}|para|(?P<num>{number_pattern()}))\s+(?P<noun>[a-z]+)(?:\s+[\w-]+){{0,4}}?\s+"
                      r"(?:(?:tersebut|itu)\s+(?:(?:adalah|yakni|yaitu|ialah|masing-masing)\s*:?\s*|(?=(?-i:[A-Z])))"
                      # `Kedua tersangka adalah A`, `Keempat ABK masing-masing berinisial A`: a collective needs no `itu` before names;
                      # `Ketiga tersangka adalah suami korban, A (38), ...`: a job or kin word may open the list (`desc`)
                      r"|(?(num)(?!)|(?:adalah|yakni|yaitu|ialah|masing-masing)\s*:?\s*(?:(?:berinisial|bernama)\s+)?"
                      r"(?=(?-i:[A-Z])|(?P<desc>(?-i:[a-z]))))"
                      r"|(?(num)(?:lain(?:nya)?\s+)?(?:yakni|yaitu|masing-masing)\s*:?\s*|(?!)))",  # `empat tersangka ... lain yaitu`
                      re.IGNORECASE)


@cache
def _victim_nouns() -> frozenset[str]:
    return frozenset(words("victim").keys() | words("victim_noun").keys())


def group_lists(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Tiga personel ... digerebek ... Ketiga anggota tersebut adalah Bripka A (33), B dan C`: the
    people listed for a group the article said was arrested share that arrest; those listed for a
    group named by a role (`Keempat tersangka itu A (45), B ...`) share the role."""
    for om in group_matches(_group_opener(), text):  # tried only where a count or `para` starts
        arrest = group_arrest(text[:om.start()])
        role = words("role").get(om.group("noun").lower())
        if role is None and (arrest is None or om.group("num") or om.group("desc") or om.group("noun").lower() in _victim_nouns()):
            continue  # a counted list opens a group of suspects only by its role word; `Kedua korban adalah` none
        _s0, s1 = sentence_of(sents, om.start())
        for c in cands:
            if om.group("desc") and (c.victim_cues or c.harms):
                continue  # `Ketiga tersangka adalah suami korban X, A`: the victim named inside a description
            if any(om.end() <= a < (s1 or len(text)) for a, _ in c.spans):
                c.statuses.extend([arrest] if arrest else [])
                c.roles.extend([role] if role else [])
                c.suspect_cues += 1
                c.strong_cues += 1


@cache
def _pronoun_list() -> re.Pattern:
    """`Mereka adalah A, B ...`, `Ketiganya yakni A ...`: a list opened by the pronoun of a group."""
    return re.compile(rf"(?:Mereka|(?i:{collective_numbers()})nya)\s+(?:adalah|yakni|yaitu|ialah|masing-masing)\s*:?\s*")


@cache
def _last_count() -> re.Pattern:
    """The last count of people in a stretch (`menetapkan empat tersangka setelah ...`): its noun."""
    return re.compile(rf"(?<![\w.,-])(?:{number_pattern()})\s+(?:orang\s+)?(?P<noun>[a-z]+)(?!.*(?<![\w.,-])(?:{number_pattern()})\s)",
                      re.IGNORECASE | re.DOTALL)


def pronoun_lists(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`KPK menetapkan empat tersangka ... Mereka adalah Kepala Dinas X berinisial WH, ...`: the people listed after
    the pronoun that opens the sentence right after one whose last count is of a role word (`empat tersangka`; not
    `tiga saksi`, `dua korban`) share the role; then the lists apposed to a group's pronoun or pair word
    (`apposed_groups`)."""
    for k, (s0, s1) in enumerate(sents):
        pm = _pronoun_list().match(text, s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip()), s1)
        if not pm or not k or not (cm := _last_count().search(text, *sents[k - 1])):
            continue
        if (role := words("role").get(cm.group("noun").lower())) is None:
            continue
        for c in cands:
            if not (c.victim_cues or c.harms) and any(pm.end() <= a < s1 for a, _ in c.spans):
                c.roles.append(role)
                c.suspect_cues += 1
                c.strong_cues += 1
    apposed_groups(cands, text, sents)


@cache
def _apposed_group() -> re.Pattern:
    """`Keduanya, A (45) dan B alias C (38), sebelumnya ...`, `Pasangan itu adalah A (42) dan istrinya, B (37)`: a
    sentence opened by the pronoun of a group set off by a comma before names, or by a pair word pointing back and a
    copula (the pair words: `pair_noun` rows of `count_context`)."""
    pair = phrase_words("count_context", "pair_noun")
    return re.compile(rf"(?:(?:Mereka|(?i:{collective_numbers()})nya)\s*,\s*(?=[A-Z])"
                      rf"|(?i:{pair})\s+(?:itu|tersebut)\s+(?:adalah|yakni|yaitu|ialah)\s*:?\s*(?=[A-Z]))")


@cache
def _pair_arrest() -> re.Pattern:
    """`menangkap sepasang suami istri`, `Pasangan kekasih itu ditangkap`: an arrest said of a pair (`pair_noun` rows)."""
    pair = phrase_words("count_context", "pair_noun")
    return re.compile(rf"\b(?:{arrest_verbs('active', ('held', 'secures'))})\s+(?:{pair})\b"
                      rf"|\b(?:{pair})\b[^.;]{{0,100}}?\b(?:{arrest_verbs('passive', ('held',))})\b", re.IGNORECASE)


def _arrest_before(text: str, sents: list[tuple[int, int]], k: int) -> str | None:
    """The status of the arrest said of a counted group (`group_arrest`) or of a pair (`_pair_arrest`) in the sentence
    before sentence `k`, or in the one before that when the sentence between speaks of no victim and counts nobody (a
    group spoken of after the arrest: `Korban mereka dua orang pedagang. Keduanya, A dan B, melapor ...`)."""
    if status := _arrest_said(text[slice(*sents[k - 1])]):
        return status
    between = text[slice(*sents[k - 1])]
    if k < 2 or _last_count().search(between) or any_word(_victim_nouns()).search(between) \
            or _other_group().search(between):
        return None
    return _arrest_said(text[slice(*sents[k - 2])])


@cache
def _other_group() -> re.Pattern:
    """A group other than the arrested one spoken of in the sentence between (`Polisi juga memeriksa para saksi.
    Mereka, A dan B, mengaku melihat ...`: the witnesses; s26rvE's finding): a group word (`group_det` rows of
    `count_context`: `para`) or a role that is no suspect's (`not_suspect_role` rows: `saksi`), also in its
    reduplicated plural (`saksi-saksi`, s27sv)."""
    group = [w for w, v in words("count_context").items() if "group_det" in v.split()]
    return any_word(_with_plurals([*group, *words("not_suspect_role")]))


def _with_plurals(ws: list[str]) -> list[str]:
    """The words and the reduplicated plural of each one-word one (`saksi` -> `saksi-saksi`)."""
    return [*ws, *(f"{w}-{w}" for w in ws if " " not in w)]


@cache
def _others_role() -> re.Pattern:
    """A role that is no suspect's nor a victim's (`not_suspect_role` rows but `korban`: `saksi`, `saksi-saksi`)."""
    return any_word(_with_plurals([w for w in words("not_suspect_role") if w != "korban"]))


def _role_of_others(before: str) -> str | None:
    """The role (`saksi`) of the group the sentence before a group's apposed list speaks of when it says no arrest
    (`Polisi juga memeriksa saksi-saksi. Mereka, A dan B, mengaku melihat ...`): the people listed are that group."""
    if _arrest_said(before) or (m := _others_role().search(before)) is None:
        return None
    return m.group(0).lower().split("-")[0]


def _arrest_said(before: str) -> str | None:
    """`_arrest_before` in one sentence."""
    if status := group_arrest(before):
        return status
    if (am := _pair_arrest().search(before)) is None:
        return None
    verb = next((w for w in am.group(0).lower().split() if w in words("status")), "ditangkap")
    return words("status").get(verb, "ditangkap")


def apposed_groups(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """The people named in apposition to a group's pronoun or pair word that opens a sentence (`_apposed_group`), up to
    the list's end (a verb: `sebelumnya mengancam`; a word of contrast), share the arrest said of a counted group or a
    pair in the two sentences before (`Dua pria ... ditangkap ...`, `Polisi menangkap sepasang suami istri ...`). Not a
    person with a victim's cue or harm, nor an officer. No arrest said before: the role of the other group the sentence
    before speaks of (`_role_of_others`: `memeriksa para saksi`), or nothing."""
    for k, (s0, s1) in enumerate(sents):
        pm = _apposed_group().match(text, s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip()), s1)
        if not pm or not k:
            continue
        end = cm.start() if (cm := CONTRAST.search(text, pm.end(), s1)) else s1
        end = em.start() if (em := name_context(_LIST_END, 0).search(text, pm.end(), end)) else end
        listed = [c for c in cands if not (c.victim_cues or c.harms or c.officer)
                  and any(pm.end() <= a < end for a, _ in c.spans)]
        if (status := _arrest_before(text, sents, k)) is None:
            if role := _role_of_others(text[slice(*sents[k - 1])]):
                for c in listed:  # the witnesses: no suspects, nor the count of unnamed ones (`counted_by_initials`)
                    c.person_roles.append(role)
            continue
        for c in listed:
            c.statuses.append(status)
            c.suspect_cues += 1
            c.strong_cues += 1


@cache
def _counted_then_listed() -> re.Pattern:
    """`dua pria ditangkap dalam pengungkapan itu, yakni sopir berinisial A (40) ... dan kernet berinisial B`,
    `menangkap tiga orang di lokasi, yaitu A, B dan C`: a count of people said arrested in its own clause, then the
    list that names them (a word that opens names, `opens_names`, after a comma: `yakni`, `masing-masing`). The count's
    noun may take a word and a relative clause before the verb, and the list may open the next sentence with the
    group for its subject (`Empat pelaku begal yang beraksi di X ditangkap polisi. Mereka adalah A, B, C dan D`;
    s20sv). The relative clause has no subject of its own nor a clause after it (a role word, a `verbish` word: not
    `Dua warga yang melihat pelaku ditangkap`, `Dua pemuda yang membantu saat pelaku ditangkap`: another's arrest;
    s20rvE)."""
    num, passive, active = number_pattern(), arrest_verbs("passive", ("held",)), arrest_verbs("active", ("held", "secures"))
    opens = phrase_words("name_context", "opens_names")
    own = rf"(?!(?:{phrase_words('name_context', 'verbish')}|{parted_words('counted_role', ('arrested',))})(?![\w-]))"
    return re.compile(rf"(?<![\w.,-])(?:(?P<n>{num})\s+(?:orang\s+)?(?P<noun>[a-z]+)(?:\s+[a-z]+)?"
                      rf"(?:\s+yang(?:\s+{own}[\w-]+){{1,8}}?)?"
                      rf"\s+{adverbs('done', 'success', 'now', 'also')}*"
                      rf"(?P<v>{passive})|(?P<a>{active})\s+(?P<n2>{num})\s+(?:orang\s+)?(?P<noun2>[a-z]+))\b"
                      rf"[^.;:\"“”]{{0,60}}?(?:,\s*|\.\s+(?:Mereka|(?i:{collective_numbers()})nya)\s+)(?:{opens})\s*:?\s",
                      re.IGNORECASE)


# where the list of names after a count ends: a verb (not `berinisial`, `bernama`: they name) or a `list_end` word
_LIST_END = r"\b(?:me\w{3,}|ber(?!inisial|nama)\w{3,}|di\w{4,}|ter(?!sangka|duga)\w{4,}|{list_end})\b"


def counted_then_listed(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """The people listed after a count of people said arrested (`_counted_then_listed`), in the rest of its
    sentence, share the arrest, when the count is of people (`person_noun`, `agent_noun`, role or sex words) and
    as many as the list names at most."""
    for lm in counted_or_headed_matches(_counted_then_listed(), text,  # at a count, an active verb of the pattern
                                        word_heads(arrest_verb_list("active", ("held", "secures")))):
        n = parse_number(lm.group("n") or lm.group("n2"))
        if (lm.group("noun") or lm.group("noun2")).lower() not in _group_nouns() or not n or in_background(text, lm.start()):
            continue
        s1 = sentence_of(sents, lm.end() - 1)[1] or len(text)  # the list's sentence (the count's, or the next)
        s1 = cm.start() if (cm := CONTRAST.search(text, lm.end(), s1)) else s1  # `..., sedangkan korban X`: not listed
        s1 = em.start() if (em := name_context(_LIST_END, 0).search(text, lm.end(), s1)) else s1  # `, setelah dilaporkan oleh X`
        listed = [c for c in cands if not c.officer and not c.victim_cues and not c.harms
                  and any(lm.end() <= a < s1 for a, _ in c.spans)]
        if not listed or len(listed) > n:
            continue
        status = words("status").get((lm.group("v") or lm.group("a")).lower(), "ditangkap")
        for c in listed:
            c.statuses.append(status)
            c.suspect_cues += 1
            c.strong_cues += 1


@cache
def _one_and_the_others() -> re.Pattern:
    """`Nakhoda kapal berinisial DL (46), sedangkan empat lainnya anak buah kapal`: one person set against a
    count of the others, in their sentence."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?[^.;:\"“”]{{0,40}}?,\s*(?:{phrase_words('contrast', 'others')})\s+(?P<n>{number_pattern()})\s+"
                      r"(?:orang\s+)?(?:lain|lainnya)\b", re.IGNORECASE)


def split_groups(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A person with no cue set against the others of a count (`DL (46), sedangkan empat lainnya ...`) whose sum is
    a count of suspects the article states outside an earlier case (`Kelima pelaku kami tangkap`), in the person's
    sentence or the one before (the group just spoken of, not one some sentences back), is one of them."""
    counts = [(n, at) for n, at in _suspect_counts(text) if not in_background(text, at)]
    for c in cands if counts else []:
        if c.suspect_cues or c.victim_cues or c.officer or c.harms:
            continue
        for s, e in c.spans:
            k = next((i for i, (s0, s1) in enumerate(sents) if s0 <= s < s1), 0)
            near = {n for n, at in counts if sents and sents[max(0, k - 1)][0] <= at < s}
            om = _one_and_the_others().match(text, e, sentence_of(sents, s)[1] or len(text))
            if om and (v := parse_number(om.group("n"))) and int(v) + 1 in near:
                c.suspect_cues += 1
                c.statuses.extend([st] if (st := group_arrest(text[:s])) else [])
                break


@cache
def _status_rank() -> tuple[str, ...]:
    """A suspect's statuses from the most to the least telling (`status_rank` rows, by their place)."""
    ranked = words("status_rank")
    return tuple(sorted(ranked, key=lambda w: int(ranked[w])))


def sole_perpetrator(cands: list[Cand], text: str, sents: list[tuple[int, int]], out: People) -> None:
    """`... membuat Satim, 45, lupa diri ... polisi mengamankan pelaku`: an article that speaks of `pelaku`
    or `tersangka` with no name, more than once, and names one person only in its lead besides the
    officers and the victims, means that person."""
    generic = [m.group(1) for m in re.finditer(r"\b([Pp]elaku|[Tt]ersangka)(?:nya)?\b(?!\s*(?:,\s*)?(?:berinisial|bernama|"
                                               r"yakni|[A-Z]))", text) if not NOT_ROLE.match(text, m.end(1))]
    if len(generic) < 2 or any(n > 1 for n, _ in people_counts(text, rf"(?:orang\s+)?(?:terduga\s+)?(?:{parted_words('counted_role', ('generic',))})")):
        return  # `20 orang terduga pelaku`: the role word speaks of a group; `pelaku usaha`: no role
    if group_arrest_status(text) is None:
        return  # the pelaku is said to be arrested or held: a person of this case, not a role in general
    lead_end = sents[min(2, len(sents) - 1)][1] if sents else len(text)  # the first three sentences
    pool = [c for c in cands if not c.officer and not c.person_roles and not c.victim_cues and not c.harms
            and any(s < lead_end for s, _ in c.spans) and not any(in_background(text, s) for s, _ in c.spans)]
    if len(pool) == 1:
        c = pool[0]
        c.roles.append(best_of([g.lower() for g in generic], ROLE_RANK) or "pelaku")
        c.suspect_cues += 1
        add_suspect(c, out)


def add_suspect(c: Cand, out: People, replacing: Suspect | None = None) -> Suspect:
    """The suspect `c` names, added to `out` (in the place of `replacing`, an entry already there, when given)."""
    harm_dead = "tewas" in c.harms
    status = best_of(c.statuses + (["tewas"] if harm_dead else []), _status_rank())
    role = best_of(c.roles, ROLE_RANK)
    if status is None and role == "tersangka" and not c.statuses:
        status = "tersangka"
    sus = Suspect(name=c.name, alias=c.alias, age=c.age, sex=c.sex, residence=c.residence,
                  status=status, role=role)
    if replacing is None:
        out.suspects.append(sus)
    else:
        out.suspects[out.suspects.index(replacing)] = sus
    for s, e in c.spans[:1]:
        out.spans.append(("SUSPECT", s, e, sus))
    if c.initials:
        out.persons.append(Person(name=c.name, role=role, age=c.age))
    return sus


def group_facts(named_suspects: list[Suspect], text: str) -> None:
    """What the article says of the suspects as a group: an arrest, a more formal role, a home."""
    st = group_arrest_status(text)
    for sus in named_suspects:
        if st and sus.status in (None, "tersangka"):
            sus.status = st
    # a role the article gives the suspects as a group (`para tersangka`, `lima terduga teroris`, `tersangka` alone)
    # is theirs when it is more formal than the one read at their names
    group_roles = [m.group("r").lower() for m in _group_roles(text)]
    best = best_of([r for r in group_roles if r in ROLE_RANK[:4]], ROLE_RANK)
    if best and named_suspects:
        for sus in named_suspects:
            if sus.role is None or sus.role in ROLE_RANK and ROLE_RANK.index(sus.role) > ROLE_RANK.index(best):
                sus.role = best
    # `rumah terduga teroris berinisial Y di Jalan X`, `kediaman pelaku di Lembursitu`
    for m in _HOME.finditer(text):
        who, where = m.group("who"), m.group("r").strip(" ,/")
        named = [x for x in named_suspects if x.name and who.endswith(x.name)]
        if not named and who.split()[0].lower() in ROLE_RANK + ("pelaku",) and len(named_suspects) == 1:
            named = named_suspects
        for sus in named[:1]:
            sus.residence = sus.residence or where


def unnamed_suspects(out: People, text: str) -> None:
    """Counted, unnamed suspects (`dua pelaku`, `dianiaya empat pria`), up to five entries; an unnamed
    perpetrator shot dead."""
    named, names = len(out.suspects), frozenset(s.name for s in out.suspects if s.name)
    stated, others = _stated_suspects(text, named, names)
    dead = _named_dead(out.suspects, text, stated <= named)  # `Dua pelaku ditembak mati petugas`: counted, and dead
    if dead and not stated and not named:
        stated = dead  # `Seorang bandar narkoba tewas ditembak`: a role counted only as dead (`dead_cued` rows), no other count
    if 0 < stated - named <= MAX_UNNAMED and (stated <= MAX_UNNAMED or stated - named == others):
        dead -= sum(1 for s in out.suspects if s.name and s.status == "tewas")  # the dead already named (s22sv)
        for k in range(stated - named):
            out.suspects.append(Suspect(name=None, status="tewas" if k < dead else None, role="pelaku"))
    with_them = arrested_with(text, names) + arrested_besides(text, names)
    if 0 < with_them <= MAX_UNNAMED and stated <= named:  # `meringkus X serta empat orang perempuan`
        out.suspects += [Suspect(name=None, status="ditangkap") for _ in range(with_them)]
    if not out.suspects and (one := one_arrested(text)):  # `Seorang pria ... Pria itu ditangkap`
        out.suspects.append(Suspect(name=None, status=one))
    if not out.suspects and (held := agent_arrested(text)):  # `Sopir truk itu kini ditahan`
        out.suspects.append(Suspect(name=None, status=held[0], role=held[1]))
    for role in _sought_roles(text, {x.role for x in out.suspects}):  # `polisi masih mencari penjual sabu itu`
        out.suspects.append(Suspect(name=None, status="buron", role=role))
    sole = len(out.suspects) == 1 and out.suspects[0].name is None and out.suspects[0].status is None
    if (not out.suspects or sole) and _sole_dead().search(text):
        out.suspects[:] = [Suspect(name=None, status="tewas", role="pelaku")]  # `Seorang pria bersenjata ... pelaku ditembak mati`


def counted_by_initials(out: People, cands: list[Cand], text: str) -> None:
    """`menahan tiga tersangka ... dijalankan pasangan suami istri WS (52) dan RN (45), dibantu keponakan mereka, AF
    (24)`: suspects the text counts (or speaks of) without a name, and people it names by initials (with an age or
    after `berinisial`) of whom no cue says anything (no role, status, victim's cue, harm, witness's part; no
    officer): the counted are those people, first named first, as many as there are unnamed suspects or fewer (the
    genre names suspects by their initials; a victim or a witness so named is cued as one). Each takes the unnamed
    one's status and role where nothing of its own is read, and what the text says of the suspects as a group
    (s23sv)."""
    unnamed = [s for s in out.suspects if s.name is None]
    taken = {x.name for x in (*out.suspects, *out.victims) if x.name}
    free = sorted((c for c in cands if c.name not in taken and _bare_initials(c, text)), key=lambda c: c.spans[0][0])
    if not unnamed or not free or len(free) > len(unnamed):
        return
    for c, old in zip(free, unnamed, strict=False):
        new = add_suspect(c, out, replacing=old)
        new.status, new.role = new.status or old.status, new.role or old.role
        group_facts([new], text)


# UU 11/2012 (Sistem Peradilan Pidana Anak), Pasal 1 angka 3: a child answers for a crime from 12 years; one younger
# named by initials is a child of the case, no suspect
_AGE_OF_RESPONSIBILITY = 12


def _bare_initials(c: Cand, text: str) -> bool:
    """A person a count of unnamed suspects may speak of: mentioned, named in a suspect's shape (`_suspect_shaped`),
    and of whom nothing says another part (`_uncued`)."""
    return bool(c.spans) and _suspect_shaped(c, text) and _uncued(c, text)


def free_named(c: Cand, text: str) -> bool:
    """A person a count of unnamed victims may speak of: mentioned, named in the shape a count's people take (`_named_shape`:
    a child too) and of whom nothing says another part (`_uncued`; s24sv)."""
    return bool(c.spans) and _named_shape(c, text) and _uncued(c, text)


def _suspect_shaped(c: Cand, text: str) -> bool:
    """`_named_shape`, with no age under the age of criminal responsibility."""
    return _named_shape(c, text) and (c.age is None or c.age >= _AGE_OF_RESPONSIBILITY)


def _named_shape(c: Cand, text: str) -> bool:
    """Named by initials (with an age or after `berinisial`), or by a full name with an age not right after a passive
    verb's agent word (`dilaporkan oleh Eko Santoso (40)`: the reporter; s23sv2)."""
    initials = bool(re.fullmatch(INITIALS, c.name))
    return (c.age is not None or initials and c.initials) \
        and (initials or not any(_agent_before().search(text, max(0, s - 12), s) for s, _ in c.spans))


def _uncued(c: Cand, text: str) -> bool:
    """No cue says anything of the person (no role, status, victim's or suspect's cue, harm, person's role; no
    officer, no pseudonym), the first mention not in the article's background, and no mention after a witness's,
    reporter's or victim's word a few words before (`_side_before`) or a speaker's (`_speaks`)."""
    return not (c.officer or c.pseudonym or c.roles or c.statuses or c.harms or c.victim_cues or c.suspect_cues
                or c.person_roles) and not in_background(text, c.spans[0][0]) \
        and not any(_side_before().search(text, max(0, s - 45), s) for s, _ in c.spans) \
        and not any(_speaks(text, s, e) for s, e in c.spans)


def _speaks(text: str, s: int, e: int) -> bool:
    """The mention [s, e) a speaker's: a verb of saying after it, its age and an apposition between (`TR (44), warga
    setempat, mengatakan`), or a reporting verb's head right before it (`Menurut keterangan AS (40)`, `kata X`): a
    witness or a source who tells what happened, no counted suspect (review of s23sv, s23rvC)."""
    return bool(_saying_after().match(text, e, e + 80) or _reported_before().search(text, max(0, s - 30), s))


@cache
def _saying_after() -> re.Pattern:
    """A verb of saying (`statement_verbs`) after a name, its age and one apposition set off by commas between."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?(?:\s*,[^,.;:()\"]{{1,40}},)?\s+(?:{trie_alternation(statement_verbs())})(?![\w-])",
                      re.IGNORECASE)


@cache
def _reported_before() -> re.Pattern:
    """A reporting verb's first word (`reporting_verb_heads`: `menurut`, `kata`) right before a name, `keterangan` between."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(reporting_verb_heads())})\s+(?:keterangan\s+)?$", re.IGNORECASE)


@cache
def _agent_before() -> re.Pattern:
    """`dilaporkan oleh X`: the agent word of a passive verb right before a name."""
    return name_context(r"(?<!\w){agent}\s+$")


@cache
def _side_before() -> re.Pattern:
    """`Saksi pertama, HN (46)`, `korban lain, AB (30)`: a witness's, reporter's or victim's word a few words before."""
    return name_context(r"(?<!\w)(?:{victim_side}|korban)(?!\w)[^.;:]{0,30}$")


def _stated_suspects(text: str, named: int, names: frozenset[str]) -> tuple[int, int]:
    """The number of perpetrators the text states (the named and the others said besides them: `Dua tersangka
    lainnya ditahan`), and the count of those others."""
    role_counts = [(n, at) for n, at in _suspect_counts(text) if not in_case_tally(text, at)]  # not a period's tally
    others = max((n for n, at in role_counts if (om := OTHERS.match(text, at)) and not named_after(text, om.end(), names)),
                 default=0)  # not `Seorang pelaku lain, berinisial PS`: the other is one of the named
    stated = max((n for n, _ in role_counts), default=0)
    if others and named and others <= MAX_UNNAMED and not _rest_of_the_named(text, role_counts, named):
        stated = named + others  # `Dua tersangka lainnya ditahan`: two more than those named
    elif others and not named:  # `Seorang tersangka ditahan ... menahan satu tersangka lain`: one more than counted
        first = next((n for n, at in role_counts if not OTHERS.match(text, at)), 0)
        stated = max(stated, first + others if first else 0)
    return stated, others


def _named_dead(suspects: list[Suspect], text: str, all_named: bool) -> int:
    """The counted dead perpetrators. `Seorang pelaku curas tewas ditembak ... Pelaku berinisial AR (33) melawan
    petugas ... Satu rekannya, BS, ditangkap`: when the count of perpetrators is no more than the named
    (`all_named`), those said dead are the named of whom no fate is said (no status) and no other role than the
    generic one, first named first; the named said dead count first."""
    dead = _dead_count(text)
    if dead and all_named:
        # only the named of no fate, not set out as others (`Seorang pelaku lain berinisial CD`) nor as fled
        # (`CD berhasil kabur`), and only when they are as many as the dead still to name: one dead of two
        # named is neither of them
        # (`Pelaku berinisial AR`, `Tersangka berinisial AR`: a generic role, and `tersangka` says no fate)
        generic = parted_word_list("counted_role", ("generic",))
        free = [x for x in suspects if x.name and x.status in (None, "tersangka") and (x.role is None or x.role in generic)
                and not _other_or_fled(text, x.name) and not (x.status == "tersangka" and _designated(text, x.name))]
        if len(free) == dead - sum(1 for x in suspects if x.status == "tewas"):
            for sus in free:
                sus.status = "tewas"
    return dead


def _designated(text: str, name: str) -> bool:
    """`name` made a suspect by a clause of its own (`menetapkan ... AR (45) sebagai tersangka`): a status said of the
    living, never the role word alone (`Tersangka berinisial HN`), which a count of the dead may still mean."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        dm = DESIGNATED.search(text, m.end(), m.end() + 80)
        if dm and not re.search(r"[.;]", text[m.end():dm.start()]):
            return True
    return False


def _other_or_fled(text: str, name: str) -> bool:
    """A mention of `name` set out as one of others (`pelaku lain berinisial X`, `Dua pelaku lainnya, X dan Y`) or
    followed in its clause by a verb of escape (`status` rows read `buron`: `X berhasil kabur`)."""
    fled = fled_after()
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if worded("count_context", r"(?<![\w-]){others}\b[^.;]{0,30}$").search(text[max(0, m.start() - 40):m.start()]) \
                or fled.match(text, m.end()):
            return True
    return False


def _rest_of_the_named(text: str, role_counts: list[tuple[int, int]], named: int) -> bool:
    """`Dua pelaku menodongkan pisau, sementara seorang pelaku lain mengambil ponsel`: the others are the rest of a
    count said before them in their sentence, and that count and they make up the named: no one more."""
    plain = [(n, at) for n, at in role_counts if not OTHERS.match(text, at)]
    return any(n + m == named for m, at in role_counts if OTHERS.match(text, at)
               for n, at2 in plain if at2 < at and not _SENTENCE_END.search(text, at2, at))


_SENTENCE_END = re.compile(r"[.!?][\"”]?\s+(?=[A-Z\"“])")


def _sought_roles(text: str, held: set[str | None]) -> list[str]:
    """The roles of the scheme the police still look for (`masih mencari penjual sabu`), unnamed, that no suspect
    already holds (not the generic ones, `pelaku`, `tersangka`: the named may be them), outside an earlier case."""
    out = []
    found = [*headed_matches(_sought(), text, word_heads(word_tuple("police"))), *_sought_after().finditer(text)]
    for m in found:  # the first tried only where a word of the police starts
        role = words("role")[m.group("r").lower()]
        if role not in ROLE_RANK and role not in held and role not in out and not in_background(text, m.start()):
            out.append(role)
    return out


@cache
def _sought() -> re.Pattern:
    """`Polisi masih mencari penjual sabu`, `petugas kini memburu bandar`: the police (`police` rows, a few words
    before the verb at most) seek the role; not `tersangka mencari pembeli`, the suspect's own dealings."""
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words('police'))})(?:\s+[\w-]+){{0,3}}?\s+"
                      rf"(?:{trie_alternation(words('seek_verb'))})\s+(?:keberadaan\s+)?(?:seorang\s+)?"
                      rf"(?P<r>{trie_alternation(words('role'))})(?![\w-])"
                      r"(?!\s*,?\s*(?:berinisial|bernama|yang\s+bernama|(?-i:[A-Z])))", re.IGNORECASE)


@cache
def _sought_after() -> re.Pattern:
    """`seorang bandar di Kota Baru yang kini masih kami kejar`: one holder of a role, unnamed (no `berinisial` /
    `bernama` among the up to four words after the role), that a relative clause says pursued (`pursued` rows;
    s26sv)."""
    return re.compile(rf"(?<![\w-])seorang\s+(?P<r>{trie_alternation(words('role'))})(?![\w-])"
                      r"(?:\s+(?!(?:ber)?inisial|bernama|alias)[\w-]+){0,4}?\s+yang\s+"
                      rf"{pursuit()}", re.IGNORECASE)


@cache
def pursuit() -> str:
    """The pursuit said after the one pursued (`pursued` rows): `(kini) (masih) kami kejar`, a passive one (`diburu`,
    `dikejar`: no agent said) only after `masih` / `kini` or with the police after it (`lari karena dikejar` is a
    chase, `sempat dikejar X` no pursuit on; review s26rvD); no one but the police named as its agent right after
    (`diburu wartawan`)."""
    police = rf"(?:{trie_alternation(words('police'))})(?![\w-])"
    passive = parted_words("pursued", ("passive",))
    return (rf"(?:{adverbs('now', 'still')}*(?:{parted_words('pursued', ('ours',))})|{adverbs('now', 'still')}+"
            rf"(?:{passive})|(?:{passive})(?=\s+{police}))(?![\w-])(?!\s+(?!{police})(?-i:[a-z]))")


@cache
def _sole_dead() -> re.Pattern:
    """`pelaku ditembak mati`, `Pelaku tewas di lokasi`, `Pelaku meledakkan dirinya`: the perpetrator died."""
    return compiled(rf"(?<!\w)pelaku\s+(?:\w+\s+){{0,3}}?(?:ditembak\s+mati|tewas|"
                    rf"{phrase_words('name_context', 'self_death')})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=2)  # asked twice per article (the count said of the suspects, the unnamed ones)
def _suspect_counts(text: str) -> tuple[tuple[int, int], ...]:
    """(count, where) of the perpetrators the text counts: `dua pelaku`, `pelaku berjumlah tiga orang`,
    `dianiaya empat pria` (not `salah satu pelaku`: one of them)."""
    role_counts = [(n, at) for n, at in
                   people_counts(text, rf"(?:orang\s+)?(?:{parted_words('counted_role', ('counted',))}|{_ARMED})(?![\w-])")
                   if not re.search(r"\bsalah\s+$", text[max(0, at - 6):at])]
    num = number_pattern()
    for rx, head in ((compiled(rf"(?:{parted_words('counted_role', ('numbered',))})\s+(?:yang\s+)?(?:berjumlah|sebanyak)\s+"
                               rf"(?P<n>{num})\s+orang", re.IGNORECASE), parted_word_list("counted_role", ("numbered",))),
                     (name_context(rf"{{attacked_by}}\s+(?:oleh\s+)?(?P<n>{num})\s+(?:orang\s+)?{{attacker}}\b"),
                      parted_word_list("name_context", ("attacked_by",)))):
        for m in headed_matches(rx, text, word_heads(head)):  # tried only where a role or a verb of attack starts
            v = parse_number(m.group("n"))
            if v:
                role_counts.append((int(v), m.start()))
    return tuple(role_counts)


# attackers counted by what they do or carry, not by a role word: `tiga pria bersenjata`, `dua penyerang`
_ARMED = phrase_words("armed")


def _dead_count(text: str) -> int:
    """How many counted perpetrators the article says died (`dua pelaku ditembak mati`, `ketiga pelaku
    tewas`, `polisi menembak mati seorang pelaku`), outside an earlier case."""
    first, more = _dead_counts(text)
    return first + more


def dead_beyond(text: str) -> int:
    """The dead perpetrators counted as more than those said before (`Dua pelaku lagi ditembak mati`): no
    toll said before them counts them (`menewaskan lima orang, termasuk pelaku`)."""
    return _dead_counts(text)[1]


@lru_cache(maxsize=2)  # asked twice per article where unnamed suspects are counted (`_dead_count`, `dead_beyond`)
def _dead_counts(text: str) -> tuple[int, int]:
    """The counted dead perpetrators: those first said and those said as more (`lagi`)."""
    roles = rf"(?:orang\s+)?(?:{_dead_roles()})"
    counts = [(n, at) for n, at in people_counts(text, _dead_tail())  # `pelaku pencurian (curas) tewas`
              if _dead_as_perpetrator(text, at)]
    for m in compiled(rf"\bmenembak\s+mati\s+(?P<n>{number_pattern()})\s+{roles}(?![\w-])", re.IGNORECASE).finditer(text):
        v = parse_number(m.group("n"))  # the active voice: `petugas menembak mati seorang pelaku`
        if v and v == int(v):
            counts.append((int(v), m.start()))
    counts = [(n, at) for n, at in counts if not in_background(text, at)]
    more = sum(n for n, at in counts if _more_after_count().match(text, at))  # `dua penyerang lagi tewas`
    plain = max((n for n, at in counts if not _more_after_count().match(text, at)), default=0)
    return max(plain, _self_killed(text, roles)), more


@cache
def _dead_roles() -> str:
    """The nouns of a perpetrator counted dead: a role of a crime (`dead`, `dead_cued` rows) or an armed one."""
    return rf"{parted_words('counted_role', ('dead', 'dead_cued'))}|{_ARMED}"


@cache
def _dead_tail() -> str:
    """After a count: a perpetrator's noun, up to three words (`pelaku pencurian (curas)`) and a word of death, and
    the police or a mob as its cause (`killed_by`), if said."""
    roles = rf"(?:orang\s+)?(?P<role>{_dead_roles()})"
    return (rf"{roles}(?P<mid>(?:\s+[\w-]+){{0,3}}?)(?:\s+\([\w-]+\))?\s+"
            rf"(?:(?:{phrase_words('name_context', 'before_death')})\s+)*(?P<d>{phrase_words('name_context', 'death')})(?![\w-])"
            rf"(?P<by>\s+(?:{phrase_words('name_context', 'killed_by')})(?![\w-]))?")


def _dead_as_perpetrator(text: str, at: int) -> bool:
    """The count at `at` of perpetrators said dead (`_dead_tail`) names a perpetrator: its noun is a role of a
    crime (`dead` rows), or one that is also an everyday job or trade (`dead_cued`: `kurir`, `bandar`) with a drug word
    after it (`kurir ganja`) or a killing by the police or a mob (`tewas ditembak`, `ditembak mati`): `Seorang kurir
    ekspedisi tewas ... ditabrak truk` is a victim."""
    m = compiled(rf"(?:{number_pattern()}|{collective_numbers()})\s+{_dead_tail()}", re.IGNORECASE).match(text, at)
    if m is None or m.group("role").lower() not in parted_word_list("counted_role", ("dead_cued",)):
        return True
    return bool(m.group("by") or " " in m.group("d") or word_regex("drug_word").search(m.group("mid")))


@cache
def _more_after_count() -> re.Pattern:
    """A count, its perpetrators' noun (one to three words) and `lagi`: more than those said before."""
    return compiled(rf"\S+\s+(?:[\w-]+\s+){{1,3}}?(?:{phrase_words('name_context', 'more')})\s", re.IGNORECASE)


def _self_killed(text: str, roles: str) -> int:
    """Counted perpetrators who die by their own act (`Seorang pelaku bom bunuh diri meledakkan dirinya`,
    `Salah satu penyerang, yang terpojok, meledakkan rompi bunuh dirinya`), outside an earlier case."""
    death = rf"(?<![\w-])(?:{phrase_words('name_context', 'self_death')})(?![\w-])"
    if compiled(death, re.IGNORECASE).search(text) is None:
        return 0  # no death by one's own act (most articles): the whole-text pattern below ends with one
    rx = compiled(rf"(?<![\w-])(?:(?P<n>{number_pattern()})|salah\s+satu|seorang)\s+{roles}(?![\w-])[^.]{{0,80}}?{death}",
                  re.IGNORECASE)
    n = 0
    for m in rx.finditer(text):
        v = parse_number(m.group("n")) if m.group("n") else 1
        if v and v == int(v) and not in_background(text, m.start()):
            n += int(v)
    return n


@cache
def _wanted_after(listed: bool) -> re.Pattern:
    """`X (45) sebagai DPO`, `X ke dalam daftar pencarian orang (DPO)`, `X masuk daftar buron`: the person is
    wanted (`wanted` rows), a few plain words after the name at most; `dua lainnya, X dan Y, masih diburu dan
    sudah ditetapkan sebagai DPO`: with `listed` (the name opens or goes on a list set out after a comma), the
    names listed with it, closed by a comma, share it; `berinisial AK, warga negara Malaysia, kini masuk daftar
    pencarian orang`, `AB, kini masuk DPO`: an apposition set off by commas (no name, no second clause in it) may
    come between, then a few lowercase words."""
    names = r"(?:\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)(?-i:[A-Z])[\w'-]*(?:\s*\(\d{1,3}\))?)*"
    after = rf"{names},(?:\s+(?-i:[a-z]+)){{0,8}}?|" if listed else ""
    plain = rf"(?!(?:{trie_alternation(reporting_verb_heads())})\b)(?-i:[a-z]+)"  # no speaker's verb: `X, mengatakan`
    aside = rf"(?:,(?:\s+(?:{plain}|(?-i:[A-Z][a-z]+)(?=(?:\s+[A-Z][a-z]+)*\s*,)))+?\s*)?,(?:\s+{plain}){{0,4}}?|"
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?(?:{after}{aside}(?:\s+[a-z]+){{0,4}}?)\s+"
                      r"(?:sebagai|(?:ke\s+)?dalam|ke|masuk)\s+"
                      rf"(?:{trie_alternation(words('wanted'))})(?![\w-])", re.IGNORECASE)


# the comma that opens an apposition, and the names before in its list: `dua lainnya, X dan ` before Y
_LIST_OPENED = re.compile(r",\s*(?:(?-i:[A-Z])[\w'-]*(?:\s*\(\d{1,3}\))?\s*(?:,\s*(?:dan\s+)?|dan\s+|serta\s+))*$")


@cache
def _fled_right_after() -> re.Pattern:
    """`berinisial T berhasil kabur`, `berinisial EV, diduga sudah kabur`: a verb of escape (`status` rows read
    `buron`) right after the name (its age, a comma, up to three words between, each a `before_status` or
    `before_fled` word: `berinisial AB melihat pelaku kabur` says another fled; s24rvG)."""
    between = parted_words("name_context", ("before_status", "before_fled"))
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?,?(?:\s+(?:{between})){{0,3}}?\s+(?:{parted_words('status', ('buron',))})"
                      r"(?![\w-])", re.IGNORECASE)


_INITIALS_BEFORE = re.compile(r"(?<![\w-])(?:ber)?inisial\s+$", re.IGNORECASE)


def _fled_initials(c: Cand, text: str, s: int, e: int, s1: int) -> bool:
    """A person named here after `berinisial`, no officer and of no victim's cue or harm, said to have fled."""
    return not (c.officer or c.victim_cues or c.harms) and bool(_INITIALS_BEFORE.search(text, max(0, s - 12), s)) \
        and bool(_fled_right_after().match(text, e, s1))


@cache
def _pursued_before() -> re.Pattern:
    """`Polisi masih memburu pemodal kegiatan itu yang berinisial `, `untuk memburu `: a verb of pursuit (`seek_verb`
    rows of value `pursue`) and up to six lowercase words (no name, no comma) right before a name."""
    return re.compile(rf"(?<![\w-])(?P<verb>{parted_words('seek_verb', ('pursue',))})\s+(?:(?-i:[a-z][\w-]*)\s+){{0,6}}$",
                      re.IGNORECASE)


@cache
def _pursued_after() -> re.Pattern:
    """`berinisial JT, sudah kami kantongi identitasnya dan masih kami kejar`, `X (40) masih diburu`: the pursuit said
    (`pursued` rows) after the name, its age and up to eight lowercase words (a comma may open them; no word of the
    future among them), with no one but the police named as its agent right after."""
    plain = rf"(?!(?:{parted_words('adverb', ('future',))})\b)(?-i:[a-z][\w-]*)"  # not `yang akan diburu`
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?,?(?:\s+{plain}){{0,8}}?\s+{pursuit()}", re.IGNORECASE)


def _pursued(c: Cand, text: str, s: int, e: int, s0: int, s1: int) -> bool:
    """A person the police pursue (`Polisi masih memburu X`, with a word of the police earlier in the sentence; `X
    ... masih kami kejar`), no officer and of no victim's cue or harm: a suspect on the run (s26sv)."""
    if c.officer or c.victim_cues or c.harms:
        return False
    bm = _pursued_before().search(text, max(s0, s - 80), s)
    if bm and word_regex("police").search(text, s0, bm.start()) and _pursued_object(text[bm.end("verb"):s]):
        return True
    return bool(_pursued_after().match(text, e, s1))


def _pursued_object(between: str) -> bool:
    """The words between a verb of pursuit and a name make the name its object: none (`memburu X`), or a person's noun
    (`memburu pelaku X`), or a lead to a name (`memburu pemasok barang itu yang berinisial X`), and no relative clause
    of another before the name (`mengejar pelaku yang membawa motor milik X`, `mengejar keterangan X`: review s26rvD)."""
    said = between.lower().split()
    led = bool(said) and said[-1] in _name_leads()
    if led:
        said = said[:-2] if said[-2:-1] == ["yang"] else said[:-1]
    return "yang" not in said and (led or not said or any(w in _group_nouns() for w in said))


@cache
def _name_leads() -> frozenset[str]:
    """`berinisial`, `bernama`, `yakni`: words that lead to a person's name."""
    return frozenset(parted_word_list("count_context", ("named_after",)) + parted_word_list("name_context", ("introduced",)))


def wanted_people(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """A person the police declare wanted (`menetapkan X sebagai DPO`), one named by initials who fled (`berinisial T
    berhasil kabur`) or one the police pursue (`_pursued`) is a suspect on the run."""
    for c in cands:
        for s, e in c.spans:
            s0, s1 = sentence_of(sents, s)
            if _wanted_after(bool(_LIST_OPENED.search(text, s0, s))).match(text, e, s1 or len(text)) \
                    or _fled_initials(c, text, s, e, s1 or len(text)) or _pursued(c, text, s, e, s0, s1 or len(text)):
                c.statuses.append("buron")
                c.suspect_cues += 1
                c.strong_cues += 1
                break


@cache
def _relation_role_before() -> re.Pattern:
    """`kuasa hukum tersangka, X`, `istri pelaku, X`: a noun of relation (`relation` rows) to the role's holder."""
    roles = trie_alternation(words("role"))
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(words('relation'))})\s+(?:para\s+)?(?:{roles})(?:nya)?\s*,?\s*$",
                      re.IGNORECASE)


def related_to_role(text: str, s: int, e: int | None = None) -> bool:
    """A noun of relation to a role's holder right before the name at `s` (`istri tersangka, X`), or in apposition
    right after its end `e` when given (`X (52), kakak tersangka,`)."""
    return _relation_role_before().search(text, max(0, s - 60), s) is not None \
        or (e is not None and _relation_role_after().match(text, e) is not None)


@cache
def _relation_role_after() -> re.Pattern:
    """`X (52), kakak tersangka`: its age, a comma, a noun of relation (`relation` rows) to a role's holder."""
    roles = trie_alternation(words("role"))
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?\s*,\s*(?:{trie_alternation(words('relation'))})\s+(?:para\s+)?(?:{roles})"
                      rf"(?:nya)?(?![\w-])", re.IGNORECASE)


def relations_of_suspects(cands: list[Cand], text: str) -> None:
    """A person named only as kin or counsel of a suspect (`kuasa hukum tersangka, X`) holds no role of their
    own: the role word before the name is the other's (an arrest said of the name still counts, and so does the
    name's own designation right after it: `Istri tersangka, X (41), juga ditetapkan sebagai tersangka`; s22sv)."""
    arrested = {"ditangkap", "diamankan", "ditahan", "buron", "dihukum"}
    for c in cands:
        if c.spans and all(related_to_role(text, s) for s, _ in c.spans) \
                and not set(c.statuses) & arrested and not any(_made_suspect_after().match(text, e) for _, e in c.spans):
            c.roles, c.statuses = [], []
            c.suspect_cues = c.strong_cues = 0


@cache
def _made_suspect_after() -> re.Pattern:
    """`X (41), juga ditetapkan sebagai tersangka`: the name itself made a suspect right after it (its age, a comma
    and adverbs between; `made_suspect` rows), no clause of another between (not `X, mengatakan kliennya ...`)."""
    return re.compile(rf"(?:\s*\(\d{{1,3}}\))?\s*,?\s*{adverbs('also', 'pun', 'now', 'done', 'then')}*"
                      rf"(?:{phrase_words('count_context', 'made_suspect')})(?![\w-])", re.IGNORECASE)


@cache
def _described_agent() -> re.Pattern:
    """`Pria yang menusuk korban hingga tewas itu bernama X`: a person the sentence describes by an act of harm
    (`harm_act` rows) done by them, then names (`np`: the description, from the sentence start)."""
    acts = trie_alternation(w for w, v in words("harm_act").items())
    return name_context(rf"^\W*(?P<np>[^.!?]{{0,30}}?\byang\s+(?:{acts})\b[^.!?]{{0,60}}?)\s+(?:(?:itu|tersebut)\s+)?"
                        r"(?:{named_as}\s+)?bernama\s+$")


def described_agents(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """The one described by the harm they did and then named is who did it: a suspect, and the harm and
    the `korban` of the description are the other's (not read as this person's)."""
    harm_rx = word_regex("harm")
    for c in cands:
        for s, _e in c.spans:
            s0, s1 = sentence_of(sents, s)
            dm = _described_agent().search(text[s0:s] if s1 else text[max(0, s - 100):s])
            if dm is None:
                continue
            c.suspect_cues += 1
            c.strong_cues += 1
            if re.search(r"\bkorban\b", dm.group("np"), re.IGNORECASE):
                c.victim_cues = max(0, c.victim_cues - 1)
            for hm in harm_rx.finditer(dm.group("np")):
                harm = words("harm")[hm.group(0).lower()]
                if harm in c.harms:
                    c.harms.remove(harm)


@cache
def _attacks_after() -> re.Pattern:
    """`X menyerang Pos Polisi ...`, `X (30) menembak dua warga`: a verb of everyday or sports use too
    (`harm_act` rows valued object) whose object is the police or people (`police`, `person_noun` rows, a
    count): an attack, and the name its agent."""
    acts = trie_alternation(w for w, v in words("harm_act").items() if v == "object")
    who = trie_alternation(words("police").keys() | words("person_noun").keys())
    return name_context(rf"(?:\s*\(\d{{1,3}}\))?\s+(?:{{before_act}}\s+)*(?:{acts})\s+"
                        rf"(?:[\w-]+\s+){{0,2}}?(?:(?:{number_pattern()})\s+(?:orang\s+)?)?(?:{who})(?![\w-])")


def attackers(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """The agent of an attack on the police or on people named right before the verb is a suspect."""
    for c in cands:
        if c.officer:
            continue  # `Bripka X menembak pelaku`: an officer's act of duty
        for s, e in c.spans:
            _s0, s1 = sentence_of(sents, s)
            if _attacks_after().match(text, e, s1 or len(text)):
                c.suspect_cues += 1
                break


def people_arrested(text: str) -> int | None:
    """`polisi juga menangkap pria berusia 23 tahun`: an active verb of arrest whose object is a noun of people
    (`person_noun` rows), not a role word, outside an earlier case: where the first such arrest is said, else None."""
    rx = compiled(rf"(?<![\w-])(?:{arrest_verbs('active', ('held',))})\s+(?:(?:seorang|sejumlah|beberapa|\d+)\s+)?"
                  rf"(?:orang\s+)?(?:{arrested_nouns()})(?![\w-])", re.IGNORECASE)
    return next((m.start() for m in rx.finditer(text) if not in_background(text, m.start())), None)


@cache
def _counted_role() -> re.Pattern:
    """The word after a count after an active verb of arrest (`menangkap tiga kurir`): the counted noun."""
    return compiled(rf"(?<![\w-])(?:{arrest_verbs('active')})\s+(?:{number_pattern()})\s+(?:orang\s+)?(?P<r>[\w-]+)",
                    re.IGNORECASE)


def counted_are_named(out: People, text: str) -> None:
    """`BNNP menangkap tiga kurir ... menyita 4 kilogram sabu dari tangan RH (33) ... dari tangan ZL (29) dan FD (31)`:
    a stated count of arrested people that the named suspects, none of them placed otherwise (no status but
    `tersangka`), make up exactly are those arrested; the status the counted arrest says."""
    if out.arrests != len(out.suspects) or any(x.status not in (None, "tersangka") for x in out.suspects):
        return
    # each named one held the goods seized (`dari tangan X`) or bears the counted noun's role: not anyone named
    # besides the count (`menangkap dua kurir ... disuruh bandar berinisial AB dan CD`)
    counted = {words("role").get(m.group("r").lower()) for m in _counted_role().finditer(text)} - {None}
    if not all(x.role in counted or _seized_from(text, x.name) for x in out.suspects if x.name):
        return
    status = group_arrest(text) or "ditangkap"
    for x in out.suspects:
        x.status = status


def _seized_from(text: str, name: str) -> bool:
    """`menyita 1,5 kilogram sabu dari tangan X`: goods seized from the person `name` names."""
    return compiled(rf"\bdari\s+(?:{phrase_words('seizure_context', 'holder_hand')})\s+(?:[\w-]+\s+)?{re.escape(name)}(?![\w-])",
                    re.IGNORECASE).search(text) is not None


def arrested_before_named(out: People, text: str, at: int) -> bool:
    """`Polisi menangkap seorang pria yang ... Tersangka berinisial GT (45) ...`: people arrested (at `at`) before any
    named suspect is mentioned, who are as many as the named and whom nothing else places (no status but `tersangka`,
    not `juga`/`pun` set beside others), are the named introduced first by a noun: they take the arrest."""
    firsts = [s for kind, s, _e, _x in out.spans if kind == "SUSPECT"]
    if not firsts or at > min(firsts) or out.arrests != len(out.suspects) \
            or compiled(rf"(?<![\w-]){adverbs('also', 'pun')}+$", re.IGNORECASE).search(text[max(0, at - 12):at]):
        return False
    if any(x.status not in (None, "tersangka") for x in out.suspects):
        return False
    # each named one is first named by a word that speaks of the one arrested (`Tersangka berinisial GT`, `Pria itu,
    # X`), not one more person brought in (`sabu itu milik seorang bandar berinisial AB`)
    anaphor = compiled(rf"(?<![\w-])(?<!seorang )(?:{parted_words('counted_role', ('generic',))}|(?:{arrested_nouns()})"
                       r"\s+(?:itu|tersebut))\s*,?\s*(?:(?:berinisial|bernama|inisial)\s+)?$", re.IGNORECASE)
    if not all(anaphor.search(text, max(0, s - 40), s) for kind, s, _e, _x in out.spans if kind == "SUSPECT"):
        return False
    for x in out.suspects:
        x.status = "ditangkap"
    return True


def arrested_together(text: str, s1: int, gap: str, e2: int) -> bool:
    """`menangkap X (40) bersama istrinya, Y`, `X bersama Y ditangkap`: `bersama` joins two people of one arrest
    (not `X bersama dengan Y menyerahkan uang`: an act done together says nothing of Y's arrest); `X (36) itu
    diciduk bersama rekannya, Y`: the verb of arrest before `bersama` is said of both."""
    if _arrested_with_gap().fullmatch(gap):
        return True
    if not re.fullmatch(r"(?:\s*\(\d+\))?\s*,?\s*bersama(?:\s+dengan)?\s+(?:[a-z]+nya\s*,?\s*)?", gap):
        return False
    return bool(compiled(rf"(?<![\w-])(?:{arrest_verbs('active')})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
                .search(text, max(0, s1 - 40), s1)
                or compiled(rf"^(?:\s*\(\d+\))?\s*,?\s*{adverbs('done', 'success', 'then', 'pun', 'now')}*"
                            rf"(?:{arrest_verbs('passive')})\b").match(text[e2:e2 + 60]))


@cache
def _arrested_with_gap() -> re.Pattern:
    """The words between two people arrested together, the verb between them: `(36) itu diciduk bersama
    rekannya, `."""
    return compiled(rf"(?:\s*\(\d+\))?\s+(?:(?:itu|tersebut)\s+)?{adverbs('done', 'success', 'then', 'pun', 'now')}*"
                    rf"(?:{arrest_verbs('passive', ('caught',))})\s+bersama(?:\s+dengan)?\s+(?:[a-z]+nya\s*,\s*)")


@cache
def _count_named() -> re.Pattern:
    """`dua anak buah kapal berinisial A (23) dan B (27)`, `Keempat pemuda yang ditangkap itu berinisial A, B, C dan D`,
    `dua pelaku jambret yang ditangkap adalah A dan B`: a count of people (a number or a collective, its noun, a word
    or three and a `yang` clause after it) and a word that names them (`named_after` / `opens_names` rows, a comma),
    the first name right after (s21sus)."""
    num, coll = number_pattern(), collective_numbers()
    nouns = trie_alternation(_group_nouns())
    return compiled(rf"(?<![\w.,-])(?P<n>{num}|{coll})\s+(?:orang\s+)?(?P<noun>{nouns})(?![\w-])(?:\s+(?!yang\s)[a-z]+){{0,3}}?"
                    r"(?:\s+yang(?:\s+[\w-]+){1,6}?)?(?:\s+(?:itu|tersebut))?" + _names_open(), re.IGNORECASE)


@cache
def _pair_named() -> re.Pattern:
    """`pasangan suami istri pemilik biro perjalanan PT X, A (39) dan B (36)`: a noun of a pair (`count_context` rows of
    part `pair`), up to seven words that describe it, and their names."""
    return compiled(rf"(?<![\w-])(?P<pair>{phrase_words('count_context', 'pair')})(?![\w-])(?:\s+(?!yang\s)[\w.-]+){{0,7}}?"
                    + _names_open(), re.IGNORECASE)


@cache
def _pronoun_named() -> re.Pattern:
    """`Keduanya berinisial A dan B`, `Ketiganya, A, B dan C, ...`, `keduanya adalah A dan B`: a collective pronoun (the
    group counted before) and a word that names them."""
    return compiled(rf"(?<![\w-])(?P<n>{collective_numbers()})nya" + _names_open(), re.IGNORECASE)


@cache
def _names_open() -> str:
    """What names the people counted right before: a comma or a `named_after` / `opens_names` word, then the first
    name (built on first use, not when the module is imported)."""
    return (r"(?:\s*,\s*|\s+(?:" + phrase_words("count_context", "named_after") + "|"
            + phrase_words("name_context", "opens_names") + r")\s*:?\s*)(?:(?:berinisial|bernama)\s+)?(?=(?-i:[A-Z]))")


@cache
def _named_gap() -> re.Pattern:
    """Between two names of such a list: an age, a place of arrest (`di Surabaya`), a home (`, warga X,`), a joiner, a
    count of one and a word or two of the next one with a word that names (`dan seorang remaja berinisial`) or a kin's
    `-nya` (`suaminya`, `dan istrinya,`)."""
    return compiled(r"(?:\s*\(\d{1,3}\))?(?:\s+di\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2})?"
                    rf"(?:\s*,\s*(?:{phrase_words('name_context', 'home')})\s+(?:(?-i:[A-Z])[\w.-]*\s*){{1,4}}(?:,\s*(?:(?-i:[A-Z])[\w.-]*\s*){{1,4}})*)?"
                    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+)"
                    r"(?:(?:seorang\s+)?(?:[a-z]+\s+){0,2}?(?:berinisial|bernama)\s+|[a-z]+nya\s*,?\s*|seorang\s+[a-z]+\s*,\s*)?")


def counted_and_named(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """The people a count names right after it (`_count_named`), as many as it counts, all of them listed by
    `_named_gap` in its sentence, are the group counted: suspects when the count is of people said arrested in its
    sentence or before (the arrest's status) or of a role word (that role); not of victims, witnesses or officers."""
    firsts = sorted(((s, e, c) for c in cands for s, e in c.spans), key=lambda x: (x[0], x[1]))
    found = [*group_matches(_count_named(), text), *_pronoun_named().finditer(text), *_pair_named().finditer(text)]
    for m in found:
        noun = m.groupdict().get("noun")
        if noun and " ".join(noun.lower().split()) in _victim_nouns() or in_background(text, m.start()):
            continue
        n = 2 if m.groupdict().get("pair") else parse_number(m.group("n"))
        s0, s1 = sentence_of(sents, m.start())
        s1 = s1 or len(text)
        listed: list[Cand] = []
        at = m.end()
        for s, e, c in firsts:
            if s == at and s < s1 and c not in listed:
                listed.append(c)
                gm = _named_gap().match(text, e, s1)
                if gm is None:
                    break
                at = gm.end()
        if not n or n < 2 or len(listed) != n or any(c.officer or c.victim_cues or c.harms for c in listed) \
                or any(set(c.person_roles) & words("not_suspect_role").keys() for c in listed):
            continue
        role = words("role").get(" ".join(noun.lower().split())) if noun else None
        # the arrest said in the count's sentence; one said before only of a group the count refers back to (`Keempat
        # pemuda yang ditangkap itu`, `Keduanya`), not of `Satu pelaku lain berinisial X masih diburu`
        # an arrest said after the list only when it is the list's own and done (s21rvE)
        said = group_arrest(text[s0:at]) or (group_arrest(text[s0:s1]) if _own_arrest_after(text, at, s1) else None)
        status = said or _arrest_in(text, s0, m.start()) \
            or (_referred_arrest(text, sents, m, n) if m.groupdict().get("n") else None)
        if status is None and role is None:
            continue  # a count of people nobody arrested nor called by a role: not (yet) suspects
        for c in listed:
            c.statuses.extend([status] if status else [])
            c.roles.extend([role] if role else [])
            c.suspect_cues += 1
            c.strong_cues += 1


def _own_arrest_after(text: str, at: int, end: int) -> bool:
    """The first passive verb of arrest after a list of names (at `at`, in the sentence that ends at `end`) is the list's
    own and done: not right after a noun of people, its own subject (`A dan B, melihat pelaku ditangkap warga`), nor
    after a word of intent, denial or a wish in its clause (`A dan B kabur saat hendak ditangkap`; s21rvE)."""
    pv = _passive_arrest().search(text, at, end)
    if pv is None:
        return True
    return pv.group("noun") is None \
        and name_context(r"(?<![\w-])(?:{unreal}|{negator}|{irrealis})(?![\w-])[^.,;:!?\n]*$").search(text, at, pv.start("v")) is None


@cache
def _passive_arrest() -> re.Pattern:
    """A passive verb of arrest, and the noun of people right before it if any (`pelaku ditangkap`)."""
    return compiled(rf"(?:(?<![\w-])(?P<noun>{trie_alternation(_group_nouns())})\s+)?(?<![\w-])(?P<v>{arrest_verbs('passive')})(?![\w-])",
                    re.IGNORECASE)


def _arrest_in(text: str, s0: int, at: int) -> str | None:
    """The status of an active verb of arrest in the sentence before the count (`menangkap nakhoda kapal, X (44), serta
    dua anak buah kapal berinisial ...`)."""
    acts = _arrest_act().finditer(text, s0, at)
    am = next((a for a in reversed(list(acts)) if not _clause_between().search(text, a.end(), at)), None)
    return words("status").get(am.group("a").lower(), "ditangkap") if am else None


@cache
def _arrest_act() -> re.Pattern:
    """An active verb of arrest (`menangkap`, `meringkus`) as a whole word."""
    return compiled(rf"(?<![\w-])(?P<a>{arrest_verbs('active')})(?![\w-])", re.IGNORECASE)


@cache
def _clause_between() -> re.Pattern:
    """A clause between a verb of arrest and a count (`menangkap pelaku yang menewaskan dua warga`): `yang` or a verb
    (`me-`, `di-`, `ber-` words), so the count is not the verb's object."""
    return compiled(r"(?<![\w-])(?:yang|me\w{3,}|di\w{4,}|ber(?!inisial|nama)\w{3,})(?![\w-])", re.IGNORECASE)


@cache
def _group_nouns() -> frozenset[str]:
    """The nouns a count of suspects may count: people, agents, roles, sex words (`counted_then_listed`,
    `counted_and_named`)."""
    return frozenset(words("person_noun").keys() | words("agent_noun").keys() | words("role").keys() | words("sex").keys())


def _referred_arrest(text: str, sents: list[tuple[int, int]], m: re.Match, n: float) -> str | None:
    """The arrest of the group a collective at `m` (`Keduanya`, `Keempat pemuda`) refers back to: the last count of people
    before it (with a noun, of the same noun) must count as many (`menangkap empat pemuda ... Keempat pemuda yang
    ditangkap itu`), and its sentence says them arrested; not another group of the story (`Kedua anak korban`), nor
    a group still sought after an arrest of someone else (`menangkap seorang penadah ... Dua pelaku masih buron.
    Keduanya berinisial A dan B`)."""
    if re.fullmatch(collective_numbers(), m.group("n"), re.IGNORECASE) is None:
        return None
    noun = m.groupdict().get("noun")
    # a count of witnesses, reporters or victims (`Dua saksi telah diperiksa. Keduanya ...`) is a group too: the
    # collective refers back to it, not past it to the arrested group (s21rvE)
    last = None
    for cm in _counted_before(noun.lower() if noun else None).finditer(text, 0, m.start()):
        last = cm
    if last is None or parse_number(last.group("n")) != n \
            or " ".join(last.group("noun").lower().split()) in words("not_suspect_role"):
        return None
    c0, c1 = sentence_of(sents, last.start())
    return group_arrest(text[c0:c1 or len(text)])


@cache
def _counted_before(noun: str | None) -> re.Pattern:
    """A count of people of `noun` (as the collective wrote it, in lower case), or with none of any noun a count of
    suspects may count (`_group_nouns`) or of those none of the suspects (`not_suspect_role` rows: `korban`, `saksi`,
    `pelapor`, `kuasa hukum`)."""
    nouns = re.escape(noun) if noun else trie_alternation(_group_nouns() | words("not_suspect_role").keys())
    return compiled(rf"(?<![\w.,-])(?P<n>{number_pattern()})\s+(?:orang\s+)?(?P<noun>{nouns})(?![\w-])", re.IGNORECASE)
