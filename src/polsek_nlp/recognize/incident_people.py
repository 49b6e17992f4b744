"""Suspects and victims of an incident, and the number arrested: the people `polsek_persons` found and
those the text names by initials or with an age (`incident_shapes`), read in the context of each mention
(`incident_cues`, `incident_harm`), then classified and completed by what the article says of groups
(`incident_suspects`, `incident_victims`, `incident_arrests`). `find_people` is the surface
`polsek_incidents` calls."""
from __future__ import annotations

import re
from functools import cache

from polsek_nlp.knowledge.lexicon import kin_titles
from polsek_nlp.knowledge.wordtrie import trie_alternation
from polsek_nlp.recognize.incident_arrests import count_arrests, group_arrest_status
from polsek_nlp.recognize.incident_cues import read_context
from polsek_nlp.recognize.incident_custody import detained
from polsek_nlp.recognize.incident_dead_wounds import dead_ones_wounds
from polsek_nlp.recognize.incident_fugitives import add_fugitives
from polsek_nlp.recognize.incident_harm import CONTRAST
from polsek_nlp.recognize.incident_kin_harms import kin_harms
from polsek_nlp.recognize.incident_payers import payer_series
from polsek_nlp.recognize.incident_shapes import (
    MAX_UNNAMED,
    STREET,
    Cand,
    People,
    age_people,
    alias_of,
    in_background,
    initial_people,
    lacks,
    name_context,
    occurrences,
    residence_regex,
    thing_name,
)
from polsek_nlp.recognize.incident_survivors import survivors_counted
from polsek_nlp.recognize.incident_suspects import (
    add_suspect,
    arrested_before_named,
    arrested_together,
    attackers,
    counted_and_named,
    counted_are_named,
    counted_by_initials,
    counted_then_listed,
    dead_beyond,
    described_agents,
    group_facts,
    group_lists,
    people_arrested,
    pronoun_lists,
    pronoun_subjects,
    relations_of_suspects,
    sole_perpetrator,
    split_groups,
    unnamed_suspects,
    wanted_people,
)
from polsek_nlp.recognize.incident_victims import (
    add_victim,
    care_harms,
    casualty_harms,
    clause_harms,
    count_of_one,
    counted_victims_named,
    group_residences,
    harm_right_after,
    harmed_groups,
    kin_named,
    lone_victim_harm,
    natural_deaths,
    one_person,
    other_victims_counted,
    others_counted,
    pseudonym_people,
    sole_victim,
    sought_not_lost,
    unnamed_victims,
    victim_phrasings,
    wound_harms,
)
from polsek_nlp.recognize.incident_words import (
    compiled,
    parted_word_list,
    phrase_words,
    word_regex,
    word_tuple,
    words,
)
from polsek_nlp.recognize.seized_items import evidence_items
from polsek_nlp.record.types import Casualties, Suspect

__all__ = ["People", "find_people"]


def find_people(text: str, sents: list[tuple[int, int]], people: list, casualties: Casualties,
                places: frozenset[str] = frozenset()) -> People:
    """Suspects, victims and the number arrested, from `people` (`doc._.people`) and the text."""
    out = People()
    cands = _candidates(text, people, places)
    for c in cands:
        read_context(c, text, sents)
    pronoun_subjects(cands, text, sents)
    natural_deaths(cands, text, sents)
    victim_phrasings(cands, text, sents)
    kin_named(cands, text)
    harmed_groups(cands, text, sents)
    wanted_people(cands, text, sents)
    described_agents(cands, text, sents)
    attackers(cands, text, sents)
    anaphoric_names(cands, text, sents)
    riders_named(cands, text, sents)
    group_lists(cands, text, sents)
    pronoun_lists(cands, text, sents)
    counted_then_listed(cands, text, sents)
    counted_and_named(cands, text, sents)
    split_groups(cands, text, sents)
    _lists(cands, text)
    _background_only(cands, text)
    relations_of_suspects(cands, text)
    clause_harms(cands, text, sents)
    _said_harms(cands, text, sents)
    _wounds(cands, text, casualties)
    group_residences(cands, text)
    sought_not_lost(cands, text, sents)
    _classify(cands, out, any(n for n in (casualties.dead, casualties.injured, casualties.missing)))
    if not out.suspects:
        sole_perpetrator(cands, text, sents, out)
    if not any(v.name for v in out.victims):
        sole_victim(cands, text, sents, out)
    lone_victim_harm(out, text)
    read_arrested = sum(1 for x in out.suspects if x.name and x.status in ("ditangkap", "diamankan", "ditahan"))
    group_facts(out.suspects, text)
    unnamed_suspects(out, text)
    counted_by_initials(out, cands, text)
    detained(out.suspects, text)
    out.dead_suspects = sum(1 for s in out.suspects if s.status == "tewas")
    out.dead_beyond = min(dead_beyond(text), out.dead_suspects)
    _counted_victims(out, cands, text, sents, casualties)
    _counted_arrests(out, text, read_arrested)
    add_fugitives(out.suspects, text)  # last: the arrested counted and the one held (`Ia ditahan`) are read without them
    return out


def _counted_arrests(out: People, text: str, read_arrested: int) -> None:
    """The number arrested, and the unnamed arrested it counts beyond the suspects read."""
    out.arrests = count_arrests(out.suspects, text, read_arrested)
    if not out.suspects and out.arrests and out.arrests <= MAX_UNNAMED:  # `polisi menangkap dua orang terkait ledakan itu`
        status = group_arrest_status(text) or "ditangkap"  # the arrested are suspects, counted, with no role word
        out.suspects += [Suspect(name=None, status=status) for _ in range(out.arrests)]
    elif out.arrests and out.arrests <= MAX_UNNAMED and all(x.name for x in out.suspects) \
            and not any(x.status in _ARRESTED for x in out.suspects):
        if (at := people_arrested(text)) is None:
            counted_are_named(out, text)  # `menangkap tiga kurir ... dari tangan RH (33)`
        elif not arrested_before_named(out, text, at):
            # `pelaku X tewas ... polisi juga menangkap pria berusia 23 tahun`: those arrested are others than the named
            # (not `X ... pelaku berhasil diamankan`: the arrest of the role's holder, the one named)
            out.suspects += [Suspect(name=None, status="ditangkap") for _ in range(out.arrests)]


_ARRESTED = ("ditangkap", "diamankan", "ditahan", "dihukum")


def _said_harms(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """The harm said at a kin noun (`kin_harms`), care or money paid right after the name (`care_harms`), then the
    payers set out after a victim (`payer_series`, s26r13)."""
    kin_harms(cands, text)
    care_harms(cands, text)
    payer_series(cands, text, sents)


def _wounds(cands: list[Cand], text: str, casualties: Casualties) -> None:
    """The harm a wound says: a blow reaching a part of the body (`wound_harms`), then the wounds of the one dead
    (`dead_ones_wounds`, s26cas)."""
    wound_harms(cands, text)
    dead_ones_wounds(cands, text, casualties)


def _counted_victims(out: People, cands: list[Cand], text: str, sents: list[tuple[int, int]], casualties: Casualties) -> None:
    """The victims the text counts: the tolls the named leave over as unnamed entries, the others counted apart, and
    the survivors counted by a noun of people (`survivors_counted`), the unnamed filled by the people named with no cue (`counted_victims_named`)."""
    others_counted(out, text, casualties)
    unnamed_victims(out, text, casualties)
    other_victims_counted(out, text)
    survivors_counted(out, text)
    counted_victims_named(out, cands, text, sents)


def _candidates(text: str, people: list, places: frozenset[str]) -> list[Cand]:
    """The people of the person reader, those named by initials or with an age in apposition, less
    things, places and streets; each with every occurrence of its name."""
    cands: list[Cand] = []
    known: set[str] = set()
    streets = [m.group(0) for m in STREET.finditer(text)]  # `Jalan MH Thamrin`: a street, not a person
    for p in people:
        c = Cand(name=p.name, age=p.age, spans=list(p.spans), person_roles=list(p.roles),
                  officer=p.officer is not None and not p.officer.civil)
        c.alias = alias_of(p.name, text)
        cands.append(c)
        known.add(p.name)
        known.update(p.aliases)
    for c in cands:
        _cut_region(c, places, text)
    _add_apposed(cands, known, text)
    cands = _cut_titles(cands, text)
    cands = _merge_aliases(cands)
    cands = _merge_initials(cands, text)
    # a name the place reader took (`Dua warga Desa X, Karta (50) dan Warsa (48)`) is a person when an age apposes it
    cands = [c for c in cands if (c.pseudonym or not thing_name(c.name, c.age, c.officer)) and (c.name not in places or c.age is not None)
             and not any(occurrences(st, c.name) for st in streets) and not _only_as_home(c, text)
             and not _only_as_school(c, text)]
    for c in cands:  # every occurrence of the name, also where the person reader did not tag it
        for form in {c.name, c.alias} - {None}:
            for at in occurrences(text, form):
                if not any(a <= at < b for a, b in c.spans):
                    c.spans.append((at, at + len(form)))
        c.spans.sort()
    return cands


def _cut_titles(cands: list[Cand], text: str) -> list[Cand]:
    """`Seorang pejalan kaki, Nenek Saodah (70), tewas`: a capitalised title of kin (`kin_titles`: Nenek, Kakek, Mak) the
    person reader took as the first word of a name; the name is what follows it, the title stays before it (where
    the sex reader finds it), one person with the name read without it (s17cas). Only the mentions that carry the
    title move (a bare `Saodah (70)` merged earlier stays where it is, s17fx5)."""
    out: dict[str, Cand] = {}
    for c in cands:
        first, _, rest = c.name.partition(" ")
        if rest and first[:1].isupper() and first.lower() in kin_titles():
            cut = len(first) + 1
            c.name = rest
            c.spans = [(s + cut, e) if text.startswith(first + " ", s) else (s, e) for s, e in c.spans]
        if (same := out.get(c.name)) is None:
            out[c.name] = c
            continue
        _absorb(same, c)
    return list(out.values())


def _absorb(into: Cand, c: Cand, spans: set[tuple[int, int]] | None = None) -> None:
    """One person read twice: `into` takes `c`'s mentions (or the given `spans` of them) and every field `c` adds
    (age, alias, sex, officer, pseudonym, roles), so no merge drops what one reading knew (s17fx5)."""
    into.spans = sorted(set(into.spans) | (set(c.spans) if spans is None else spans))
    into.age, into.alias, into.sex = into.age or c.age, into.alias or c.alias, into.sex or c.sex
    into.residence = into.residence or c.residence
    into.officer, into.pseudonym = into.officer or c.officer, into.pseudonym or c.pseudonym
    for mine, theirs in ((into.person_roles, c.person_roles), (into.roles, c.roles), (into.statuses, c.statuses),
                         (into.harms, c.harms)):
        mine += [r for r in theirs if r not in mine]


def _cut_region(c: Cand, places: frozenset[str], text: str) -> None:
    """`Kepala Dinas PUPR Lembah Hijau Taufik Hidayatullah (52)`: the region of a post, a place the article
    names, read by the person reader as the first words of the holder's name; the name is what follows it."""
    if not c.person_roles:
        return
    place = max((p for p in places if c.name.startswith(p + " ")), key=len, default=None)
    if place is None:
        return
    cut = len(place) + 1
    c.name = c.name[cut:]
    c.spans = [(s + cut, e) if text.startswith(place + " ", s) else (s, e) for s, e in c.spans]


def _merge_initials(cands: list[Cand], text: str) -> list[Cand]:
    """Initials named in full in their sentence: one person, read at both (`_named_in_full`)."""
    out = []
    for c in cands:
        full = _named_in_full(c, cands, text)
        if full is None:
            out.append(c)
            continue
        _absorb(full, c)
    return out


def _named_in_full(c: Cand, cands: list[Cand], text: str) -> Cand | None:
    """`berinisial RW ... inisial RW yang dimaksud diduga adalah ... Rudi Wirananta`: initials whose letters
    are the first letters of a full name (no officer's: `kata Kapolres AKBP A B` speaks of tersangka AB) that
    one sentence holds with them; the person is the full name (the gold's fullest occurrence)."""
    if not re.fullmatch(r"[A-Z]{2,3}", c.name):
        return None
    for x in cands:
        if x.officer or "".join(w[:1] for w in x.name.split()) != c.name or len(x.name.split()) != len(c.name):
            continue
        for at in occurrences(text, c.name):
            for xs, _ in x.spans:
                lo, hi = sorted((at, xs))
                if hi - lo < 200 and not re.search(r"[.!?](?:\s|$)", text[lo:hi]):
                    return x
    return None


def _merge_aliases(cands: list[Cand]) -> list[Cand]:
    """`Robson Ferrao alias Donald` and a later `Donald`: one person, read at both names; so is the alias's end
    without a title before it (`MS alias Daeng Rani (50)`: the reader's `Rani`)."""
    by_alias = {c.alias: c for c in cands if c.alias}
    by_alias.update({a.split(None, 1)[1]: c for a, c in list(by_alias.items()) if " " in a
                     and a.split(None, 1)[1] not in by_alias})
    out = []
    for c in cands:
        owner = by_alias.get(c.name)
        if owner is not None and owner is not c:
            _absorb(owner, c)
            continue
        out.append(c)
    return out


def _add_apposed(cands: list[Cand], known: set[str], text: str) -> None:
    """The people named by initials or with an age in apposition (added to `cands`), merged into the reader's
    person they name."""
    for c in initial_people(text) + age_people(text, known) + pseudonym_people(text):
        if _within_names(c, cands):
            continue  # `Sarumpaet` read inside `Rofiah Sarumpaet (8)` and `Sakinah Sarumpaet (10)`
        if cut := next((x for x in cands if _cut_of(x, c)), None):
            cut.name, cut.spans = c.name, sorted(set(c.spans) | {sp for sp in cut.spans if not _within_a_name_at(sp, c)})
            continue  # `Desa X, Slamet Riyadi (56)`: the reader took `Slamet` for a place, the age apposes both words
        match = next((x for x in cands if x.name == c.name or c.name in known and x.name != c.name
                      and c.name in x.name.split() or _within_a_name(c, x)), None)
        if match is not None:
            _absorb(match, c, {sp for sp in c.spans if not _within_a_name_at(sp, match)})
            continue
        if any(re.search(r"\b(?:alias|als\.?)\s+$", text[max(0, s - 8):s]) for s, _ in c.spans[:1]):
            continue  # `AS alias Black (25)`: the alias of the one named before
        c.alias = alias_of(c.name, text)
        cands.append(c)


def _cut_of(x: Cand, c: Cand) -> bool:
    """Every mention of `x` ends a longer apposed name of `c` (`Riyadi` of `Slamet Riyadi (56)`)."""
    return bool(x.spans) and all(any(a < s and e == b for a, b in c.spans) for s, e in x.spans)


def _within_a_name_at(span: tuple[int, int], other: Cand) -> bool:
    return any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in other.spans)


def _only_as_school(c: Cand, text: str) -> bool:
    """`seorang pelajar SMA`, `siswi SMP`: an acronym met only right after a noun of one who studies (`studies_at`
    rows) names the school, not a person."""
    return c.name.isupper() and bool(c.spans) and all(
        name_context(r"\b{studies_at}\s+$").search(text[max(0, s - 14):s]) for s, _ in c.spans)


def _only_as_home(c: Cand, text: str) -> bool:
    """`tiga orang warga Cibaregbeg tewas`: a name met only right after `warga`/`penduduk`/`asal` is
    the place people live in."""
    return bool(c.spans) and all(name_context(r"\b{residence}\s+$").search(text[max(0, s - 10):s])
                                 for s, _ in c.spans)


def _within_names(c: Cand, cands: list[Cand]) -> bool:
    """Every mention of `c` lies inside a longer name of some other candidate."""
    return bool(c.spans) and all(any(_within_a_name_at(sp, x) for x in cands if x is not c) for sp in c.spans)


def _within_a_name(c: Cand, other: Cand) -> bool:
    """`Hidayat` read inside `Wahyu Hidayat (40)`: every mention of `c` lies in a mention of `other`."""
    return bool(c.spans) and all(_within_a_name_at(sp, other) for sp in c.spans)


def _lists(cands: list[Cand], text: str) -> None:
    """A name listed right after a suspect (`A dan B, serta C`) is a suspect too; one listed after a
    victim (`A (60), B (58), dan C`, `A (60) dan cucunya, B (6)`) a victim."""
    spans = sorted(((s, e, c) for c in cands for s, e in c.spans), key=lambda x: (x[0], x[1]))
    for i, ((_s1, e1, c1), (s2, e2, c2)) in enumerate(zip(spans, spans[1:], strict=False)):
        gap = text[e1:s2]
        # (the part each plays set out after the age: `FR (27) selaku admin, RA (24) selaku operator`; s18cas)
        listed = (_listed_gap().fullmatch(gap)
                  or arrested_together(text, _s1, gap, e2)
                  or c2.officer and re.fullmatch(r"\s*(?:,\s*)?(?:dan|serta)\s+(?:[a-z]+nya\s*,\s*)?[A-Z][\w.]*\s+", gap))
        described = _described_as().fullmatch(gap) is not None  # `X (40), pedagang Y`
        # `A (60), istrinya B (58), dan ...`: a kin's noun names the next victim of the list, no description (s21inc2)
        listed_victim = listed and (not described or _kin_named().fullmatch(gap) is not None)
        listed = listed and not described
        goes_on = re.match(r"\s*(?:\(\d+\))?\s*(?:(?:,\s*(?:dan\s+)?|dan\s+|serta\s+)[A-Z]|,?\s*(?:dan|serta)\s)",
                           text[e2:e2 + 16]) is not None  # `A (61), B (35), serta dua anak B`: the list goes on
        if c1.victim_cues and not c1.suspect_cues and not c2.suspect_cues and not c2.victim_cues \
                and (listed_victim and len(_AGE_OPEN.sub("", gap, count=1)) <= 30 and (re.search(r"\b(?:dan|serta)\b", gap) or goes_on)  # not `X, his lawyer Y`
                     or _set_out(text, e1, s2, victims=True)) and not _apposed_to(text, _s1, gap) \
                and not (goes_on and _list_ends_apart(spans, i + 1, text, c1.harms[:1])):
            c2.victim_cues += 1
            if not c2.harms:
                c2.harms.extend(c1.harms[:1])  # `korban tewas adalah A (45), B (8) dan C (10)`
            continue
        if c1.suspect_cues and not c2.victim_cues and not _apposed_to(text, _s1, gap) and not _other_part(text, gap, e2) \
                and not _others_noun(gap) \
                and ((len(gap) <= 30 or len(gap) <= 50 and arrested_together(text, _s1, gap, e2)) and listed
                     or _set_out(text, e1, s2)):
            if not (c2.suspect_cues and c2.roles):
                c2.suspect_cues += 1
            if not c2.roles:
                c2.roles.extend(c1.roles[:1])
            if not c2.statuses:  # `meringkus tiga pelaku berinisial A, B dan C`: all three arrested
                c2.statuses.extend(c1.statuses[:1])
    _subject_lists(spans, text)


def _others_noun(gap: str) -> bool:
    """`A (52), dan pengacaranya, B`: the next name is set out by a `-nya` noun of another part in the story than the
    suspect's (`not_suspect_role` rows: a lawyer, a witness, a victim), no one more of the arrested (s28sv)."""
    m = re.search(r"((?:[a-z]+\s+)?[a-z]+)nya\s*,?\s*$", gap)
    return m is not None and any(m.group(1) == w or m.group(1).endswith(" " + w) for w in words("not_suspect_role"))


def _list_ends_apart(spans: list, k: int, text: str, harm: list[str]) -> bool:
    """The list a victim's name opens goes on from `spans[k]` to a last item with a part or a harm of its own (`Korban
    tewas adalah A (50), istrinya B (38), dan anak mereka, C (20), ditangkap`; `..., C (30), selamat`): the items after
    the first are the subject of that predicate, no more of the dead (s21rvC)."""
    while k + 1 < len(spans) and spans[k + 1][2] is not spans[k][2] and (
            _listed_gap().fullmatch(gap := text[spans[k][1]:spans[k + 1][0]]) or _kin_named().fullmatch(gap)):
        k += 1
    last = spans[k][2]
    return last.suspect_cues > 0 or bool(harm) and bool(last.harms) and last.harms[:1] != harm  # (no harm: `Korban adalah`)


@cache
def _listed_gap() -> re.Pattern:
    """The gap between two listed names: an age, the part the first plays (`part_word` rows: `FR (27) selaku admin, RA
    (24)`; s18cas), a joiner and a noun of the next (`dan rekannya, B`, `dan cucu mereka, B`, `dan anak bungsu mereka,
    B`: a noun of theirs set out by a comma, s21inc2; of two words, `dan adik iparnya, B`, s28sv, not a verb and its
    object, `dan mendatangi ibunya, B`, s28rvD); the age also as written `A, 45 tahun, dan istrinya, B` (s28sv)."""
    return compiled(rf"(?:{_LISTED_AGE})?(?:\s+(?:{trie_alternation(words('part_word'))})\s+[a-z]+(?:\s+[a-z]+)?)?\s*"
                    r"(?:,|dan|serta|,\s*serta|,\s*dan)\s*(?:(?:[a-z]+\s+){1,2}mereka\s*,\s*|[a-z]+\s+(?:mereka\s+)?|"
                    rf"(?:{_not_a_verb()}[a-z]+\s+)?[a-z]+nya\s*,\s*)?")


def _not_a_verb() -> str:
    """A word that opens with no verb's prefix (me-, di-, ber-), a kin's noun (`menantu`, `mertua`: `relation` rows of
    kin) and a word joining a companion (`bersama rekannya, B`) excepted: the first word of a two-word `-nya` noun
    (`adik iparnya`, not `mendatangi ibunya`; s28rvD)."""
    kin = trie_alternation(parted_word_list("relation", ("kin",)))
    return rf"(?!(?!(?:{kin}|bersama|beserta)\s)(?:me|di|ber)[a-z]{{3,}}\s)"


# the age set out right after a listed name: `A (47)` or `A, 47 tahun` (s28sv)
_LISTED_AGE = r"\s*\(\d+\)|\s*,\s*\d{1,3}\s+tahun\b"
# an age that opens the gap after a name: not counted in the gap's length (`A (47), dan anak bungsu mereka, B`)
_AGE_OPEN = re.compile(rf"^(?:{_LISTED_AGE})")


@cache
def _described_as() -> re.Pattern:
    """`X (40), pedagang Y`: a lowercase word after the name's comma describes the first, no list."""
    return re.compile(r"(?:\s*\(\d+\))?\s*,\s*(?!dan\s|serta\s)[a-z]+\s+")


@cache
def _kin_named() -> re.Pattern:
    """`X (60), istrinya Y`: a kin's `-nya` noun (`relation` rows of value kin) right before the next name names the
    next one of the list, not the first's description (s21inc2)."""
    kin = trie_alternation(parted_word_list("relation", ("kin",)))
    return re.compile(rf"(?:\s*\(\d+\))?\s*,\s*(?:{kin})nya\s+")


@cache
def _part_played() -> re.Pattern:
    """A part word and the part (`sebagai saksi`)."""
    return compiled(rf"(?:\s*\(\d+\))?\s+(?:{trie_alternation(words('part_word'))})\s+(?P<part>[a-z]+(?:\s+[a-z]+)?)",
                    re.IGNORECASE)


def _other_part(text: str, gap: str, e2: int) -> bool:
    """The next listed name plays another part than a suspect's (`not_suspect_role` rows: `A (33) selaku pengedar, dan
    B (29) sebagai saksi`; a part of B set out in the gap too): it does not join A's list (review of s18cas, finding
    10)."""
    others = words("not_suspect_role")
    parts = [m.group("part") for m in _part_played().finditer(gap)][1:]  # the gap's first part is A's own
    if (pm := _part_played().match(text, e2)) is not None:
        parts.append(pm.group("part"))
    return any(p == w or p.startswith(w + " ") for p in parts for w in others)


# `A (31), warga Desa X, Kecamatan Y, dan B`, `... dan istrinya B`: a residence set out between two listed names
# `..., dan sopirnya, B`: a `-nya` noun set out by a comma before the next name (s22sv)
_HOME_BETWEEN = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)|(?:dan|serta)\s+)(?P<d>(?-i:[a-z]+)\s+|(?-i:[a-z]+nya)\s*,\s*)?")


@cache
def _described_between() -> re.Pattern:
    """`A (38), seorang ibu rumah tangga, dan anaknya B`, `NS (14), siswi kelas VIII SMP, dan AP (11)`: a description of
    up to four words, the first in lowercase (a count of one before it: `count_of_one`), set out between two listed
    names as a residence is (s18cas)."""
    return compiled(rf"(?:\s*\(\d{{1,3}}\))?\s*,\s*(?:{count_of_one()}\s+)?(?-i:[a-z]+)(?:\s+[\w.-]+){{0,3}}(?=\s*,)")


# `A (31), warga X, yang kehilangan Rp 14,5 juta; B (40), ...; serta seorang ibu rumah tangga, C`: items of a list
# that semicolons set apart, each with what is said of its person (no sentence's end between), the next one's
# description in lowercase before it
_SEMICOLON_ITEM = re.compile(r"[^.;!?\"“”]{0,100};\s*(?P<and>dan\s+|serta\s+)?"
                             r"(?:(?:seorang\s+)?(?P<d>(?-i:[a-z][a-z -]{0,30}))(?:,\s*|\s+))?")


def _set_out(text: str, e1: int, s2: int, victims: bool = False) -> bool:
    """The next name of a list, the first set out with its residence (`A (31), warga Desa X, dan B`) or a description
    (`A (38), seorang ibu rumah tangga, dan anaknya B`) or the items set
    apart by semicolons (`A (31), warga X, yang kehilangan Rp 14,5 juta; B (40), ...`); not after a word of contrast
    (`A ...; sedangkan B`), nor when the next one's description names another part in the story (`_listed_description`:
    `...; pelapor B`, `... dan pengacaranya B`; of `victims`, `...; sopir truk B` too)."""
    gap = text[e1:s2]
    if m := _SEMICOLON_ITEM.fullmatch(gap):
        return not CONTRAST.search(gap[gap.index(";"):]) \
            and _listed_description(m.group("d"), victims and not m.group("and"))  # `...; serta kernet bus, B`: the last item
    rm = residence_regex().match(gap) or _described_between().match(gap)  # anchored at the gap's start (`^`)
    return rm is not None and (m := _HOME_BETWEEN.fullmatch(gap, rm.end())) is not None \
        and _listed_description(m.group("d"), victims)


def _listed_description(desc: str | None, victims: bool) -> bool:
    """No description, or one of one more of the list: never one of another part in the story (a witness, a reporter,
    counsel: `not_suspect_role` rows) nor a `-nya` noun but a kin's (`pengacaranya`, `sopirnya`; `relation` rows of value
    kin: `istrinya`); of `victims`, only a kin or a noun of a harmed person (`victim_noun`, `victim` rows: `ibu rumah
    tangga`, `anak mereka`, `korban lain`; `sopir truk B` after a victim is someone else at the scene)."""
    if not desc:
        return True
    head = desc.strip(" ,").split()[0]
    kin = parted_word_list("relation", ("kin",))
    if head.endswith("nya"):  # of a suspect's list, also the noun of a person who works with them (`sopirnya`; s22sv)
        return head[:-3] in kin or not victims and _co_worker(head[:-3])
    if not victims:
        return not any(desc == w or desc.startswith(w + " ") for w in words("not_suspect_role"))
    return any(desc == w or desc.startswith(w + " ") for w in (*kin, *words("victim_noun"), *words("victim"), *_pairs()))


@cache
def _pairs() -> tuple[str, ...]:
    """`pasangan suami istri` (`pair` rows of `count_context`): a pair of the harmed set out in a victims' list
    (`...; pasangan suami istri A (51) dan B (49), warga X; serta ...`; s26sv2)."""
    return parted_word_list("count_context", ("pair",))


def _co_worker(noun: str) -> bool:
    """`sopirnya`, `kernetnya`, `karyawannya`: a noun of a person who works with or under the suspect before it
    (`co_worker` rows); not any person's noun (`pemiliknya`, `gurunya`, `penumpangnya`: others in the story; s22rvB)."""
    return noun in words("co_worker")


def _subject_lists(spans: list[tuple[int, int, Cand]], text: str) -> None:
    """`A (40) dan B (35) serta putra mereka C (10) tewas terbakar`: the harm said right after the last name of a
    list is every listed person's (read from the end back; the names before hold no cue of their own)."""
    subject: set[int] = set()
    for (_s1, e1, c1), (s2, e2, c2) in reversed(list(zip(spans, spans[1:], strict=False))):
        if not _subject_list_gap().fullmatch(text, e1, s2):
            continue
        if (c2.victim_cues or c2.harms) and not c2.suspect_cues and (id(c2) in subject or harm_right_after(text, e2) is not None) \
                and not (c1.victim_cues or c1.suspect_cues or c1.roles or c1.officer):
            c1.victim_cues += min(1, c2.victim_cues)
            c1.harms.extend(c2.harms[:1])
            c1.statuses.extend(c2.statuses[:1])
            subject.add(id(c1))


@cache
def _subject_list_gap() -> re.Pattern:
    """What stands between two names of a list that is one subject: a joiner, a word of the next one (`dan putra mereka`),
    a comma; or a joiner and the next one's initials set out, a word of them before (`laki-laki berinisial FA (9) dan
    perempuan berinisial NS (5), mengalami luka ringan`: `introduced` rows; s18cas)."""
    return name_context(r"(?:\s*\(\d+\))?\s*,?\s*(?:dan|serta)\s+(?:[a-z]+\s+(?:mereka\s+)?)?|(?:\s*\(\d+\))?\s*,\s*"
                        r"|(?:\s*\(\d+\))?\s*,?\s*(?:dan|serta)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:{introduced})\s+", 0)


def _apposed_to(text: str, s1: int, gap: str) -> bool:
    """`pengacara X, Y`, `kuasa hukum yang ditunjuk X, Y`: Y after a comma is set out as the holder of the
    relation to X that the noun before X names (a lawyer, a witness: `not_suspect_role` rows), no list."""
    return gap.strip() == "," and _relation_before().search(text, max(0, s1 - 40), s1) is not None


@cache
def _relation_before() -> re.Pattern:
    ws = trie_alternation(words("not_suspect_role"))
    return re.compile(rf"(?<![\w-])(?:{ws})(?:\s+yang\s+[\w-]+)?\s+$", re.IGNORECASE)


def _background_only(cands: list[Cand], text: str) -> None:
    """A person met only in sentences about an earlier, other case (`Sebelumnya, polisi menangkap X
    terkait ...`) is neither a suspect nor a victim of this one; one met only after `pasca` / `sejak`
    (`sejak X tewas`) is no victim."""
    for c in cands:
        if c.spans and all(in_background(text, s) for s, _ in c.spans):
            c.suspect_cues = c.victim_cues = c.strong_cues = 0
            c.harms = []
        elif c.spans and all(name_context(_SINCE).search(text, max(0, s - 30), s) for s, _ in c.spans):
            c.victim_cues, c.harms = 0, []  # `setelah revolusi pasca X terbunuh`: a time, not a victim of the case


# `pasca X terbunuh`, `sejak X tewas`: a death that dates something else
_SINCE = r"\b{since}\s+(?:(?-i:[a-z])\w+\s+)?$"


def _classify(cands: list[Cand], out: People, harmed: bool = False) -> None:
    """Each candidate as a suspect (more suspect than victim cues), a victim, or neither; where the incident
    harmed people (`harmed`: a toll is stated, or a person said killed or hurt), one said at the name to have come through it (`X (33),
    selamat`) is a victim too (gold/incidents/README.md: those who escaped are victims, status selamat)."""
    harmed = harmed or any(set(c.harms) & casualty_harms() for c in cands)  # `..., sedangkan kernetnya, Y, tewas`
    for c in cands:
        others = set(c.person_roles) & words("not_suspect_role").keys()
        if others and not c.roles and "korban" not in c.person_roles and not _harmed_reporter(c, others):
            continue
        if c.officer and not c.strong_cues:
            c.suspect_cues = 0  # an officer near a role word is mostly the one who speaks of it
        if c.suspect_cues and c.suspect_cues >= c.victim_cues:
            add_suspect(c, out)
        elif c.victim_cues or c.harms and (set(c.harms) & casualty_harms() or harmed and "selamat" in c.harms):
            add_victim(c, out)


def _harmed_reporter(c: Cand, others: set[str]) -> bool:
    """`Pelapor, X (44), kehilangan perhiasan senilai Rp 15 juta`: the one who reported, said harmed or robbed
    herself, is the victim (a witness, a lawyer or a reporting relative is not)."""
    return others == {"pelapor"} and c.victim_cues > c.suspect_cues and bool(c.harms)


# `Pria itu teridentifikasi bernama X`: a noun of people with `itu`/`tersebut` named (`noun`), opening the sentence or
# its clause (`melaporkan bahwa pria itu ...`, `..., pria tersebut ...`)
_ANAPHOR_NAMED = (r"(?:^\W*|\bbahwa\s+|,\s*)(?P<noun>[A-Za-z-]+)\s+(?:itu|tersebut)\s+(?:{later}\s+)?"
                  r"(?:{named_as}\s+)?bernama\s+$")


def anaphoric_names(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Seorang pria menembaki pengunjung ... Pria itu teridentifikasi bernama X`: the person a noun of people
    named in an earlier sentence (up to three back) spoke of; X is the agent when that sentence has the noun
    do an act of harm, a victim when it says the noun harmed (`Seorang wanita ditemukan tewas`); with no
    such sentence, the agent when the sentence before speaks of a role (`identitas pelaku`). Read only in an article
    that writes `bernama` (`lacks`: most write none, and the pattern was tried at every mention)."""
    if lacks(text, ("bernama",)):
        return
    nouns = words("person_noun").keys() | words("victim_noun").keys() | words("sex").keys()
    for c in cands:
        for s, _e in c.spans:
            k = next((i for i, (s0, s1) in enumerate(sents) if s0 <= s < s1), None)
            am = name_context(_ANAPHOR_NAMED).search(text[sents[k][0]:s]) if k else None
            if am is None or am.group("noun").lower() not in nouns:
                continue
            said = next((r for s0, s1 in reversed(sents[max(0, k - 3):k])
                         if (r := _said_of_noun(text[s0:s1], am.group("noun"))) is not None), None)
            if said is None and word_regex("role").search(text, *sents[k - 1]):
                said = ("agent", "")  # `... identitas pelaku. ... pria itu teridentifikasi bernama X`
            if said is not None:
                _take_reading(c, said)


def riders_named(cands: list[Cand], text: str, sents: list[tuple[int, int]]) -> None:
    """`Truk menabrak sepeda motor yang dikendarai X (31) ... Pengendara sepeda motor itu tewas di lokasi`: the name
    after `yang` and a passive verb of riding (and a description set out before it: `seorang pelajar, X`) (`rider_verb` rows) is the rider the noun of that verb speaks of in the
    rest of its sentence or the next two: what they say harmed the rider harmed X. The noun speaks of X only with
    X's vehicle after it, or with no vehicle after it when no other rider of the text shares the noun
    (`truk yang dikemudikan A menabrak mobil yang dikemudikan B. Pengemudi mobil itu tewas`: B's harm, not A's).
    Read only in an article that writes a verb of riding (`lacks`: most write none)."""
    if lacks(text, word_tuple("rider_verb")):
        return
    riders, rx = words("rider_verb"), _rider_before()
    found = []  # (cand, its span's end, its sentence, the rider noun, the vehicle)
    for c in cands:
        for s, e in c.spans:
            if (rm := rx.search(text, max(0, s - 60), s)) is None:
                continue  # (the sentence is sought only for a rider: most names are none)
            k = next((i for i, (s0, s1) in enumerate(sents) if s0 <= s < s1), None)
            if k is not None:
                found.append((c, e, k, riders[rm.group("v").lower()], rm.group("veh").lower()))
    vehicles = {f[4] for f in found} | _vehicle_words()  # what names a vehicle after a rider noun
    taken: set[int] = set()  # a rider takes one reading, at the first of its names that has one
    for c, e, k, noun, veh in found:
        if id(c) in taken:
            continue
        others = [f for f in found if f[0] is not c]
        shared = any(f[3] == noun for f in others)
        # a vehicle word that is not X's: another rider's, or any when X's vehicle is a listed one (`kendaraan
        # yang dikemudikan X ... Pengemudi mobil itu`: a generic noun, the car may be X's)
        wrong = {f[4] for f in others} | (vehicles - {veh} if veh in _vehicle_words() else set())
        said = next((r for i, (s0, s1) in enumerate(sents[k:k + 3])
                     if (r := _said_of_noun(text[e if i == 0 else s0:s1], noun, (vehicles, wrong, shared))) is not None),
                    None)
        if said is not None and said[0] == "victim":
            _take_reading(c, said)
            taken.add(id(c))


@cache
def _rider_before() -> re.Pattern:
    """`motor yang dikendarai (seorang pelajar,) `: a vehicle, `yang` and a passive verb of riding (`rider_verb` rows) at
    the end of the window before a name (`riders_named`)."""
    return re.compile(rf"(?P<veh>[\w-]+)\s+yang\s+(?P<v>{trie_alternation(words('rider_verb'))})\s+{_one_described()}?$",
                      re.IGNORECASE)


@cache
def _one_described() -> str:
    """The rider set out first by one person's noun phrase and a comma (`yang dikendarai seorang pelajar, X`; s18cas): a
    count of one, a noun of a person (`person_noun`/`victim_noun` rows) and up to two lowercase words, none a word that
    joins another person (`not_owner` name_context rows: `korban bersama temannya, X` is the friend; review of s18cas,
    finding 9)."""
    joins = phrase_words("name_context", "not_owner")
    return rf"(?:{one_person()}(?:\s+(?!(?:{joins})(?![\w-]))(?-i:[a-z]+)){{0,2}}\s*,\s*)"


@cache
def _vehicle_words() -> frozenset[str]:
    """The last words of the vehicles of `data/evidence_items.tsv` (`sepeda motor`: motor; truk, mobil); not a class
    word (`generic_class` rows: `kendaraan`, any vehicle, names none)."""
    return frozenset(phrase.split()[-1] for phrase, (_i, kind, _u) in evidence_items().items()
                     if kind == "vehicle" and len(phrase.split()) <= 2 and phrase not in words("generic_class"))


def _said_of_noun(sentence: str, noun: str,
                  vehicle: tuple[set[str], set[str], bool] | None = None) -> tuple[str, str] | None:
    """What a sentence says of a noun of people: ("victim", harm) or ("agent", ""), or None. With `vehicle` (every
    vehicle word, those of other vehicles than the rider's, whether another rider shares the noun), the noun must be
    the rider's: followed by no other vehicle's word, and by a vehicle word when another rider shares the noun."""
    m = re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])(?P<after>[^.;:\"“”]{{0,90}})", sentence, re.IGNORECASE)
    if m is None:
        return None
    after = m.group("after")
    if vehicle is not None:
        vehicles, wrong, shared = vehicle
        nxt = re.match(r"\s+(?:sepeda\s+)?([\w-]+)", after)
        said_veh = nxt.group(1).lower() if nxt and nxt.group(1).lower() in vehicles else None
        if said_veh in wrong or (said_veh is None and shared):
            return None  # `Pengemudi truk tewas` of the car's driver; `Pengemudi itu` of two drivers
    harmed = _harm_said_after().match(after)
    if harmed:
        return "victim", (words("harm_by")[harmed.group("by").lower()].strip("-") if harmed.group("by")
                          else words("harm")[harmed.group("h").lower()])
    if _act_said_after().match(after):
        return "agent", ""
    return None


@cache
def _harm_said_after() -> re.Pattern:
    """A harm (`harm` rows) or a passive verb of harm by another (`harm_by` rows) within five words after a noun of
    people, maybe after `ditemukan`/`dinyatakan` (`_said_of_noun`: the noun's person is a victim)."""
    return compiled(rf"^(?:\s+(?!yang\b)[\w-]+){{0,5}}?\s+(?:(?:ditemukan|dinyatakan)\s+(?:sudah\s+|dalam\s+keadaan\s+)?)?"
                    rf"(?:(?P<by>{trie_alternation(words('harm_by'))})|(?P<h>{word_regex('harm').pattern}))(?![\w-])",
                    re.IGNORECASE)


@cache
def _act_said_after() -> re.Pattern:
    """An act of harm (`harm_act` rows) within four words after a noun of people (`_said_of_noun`: an agent)."""
    return compiled(rf"^(?:\s+[\w-]+){{0,4}}?\s+(?:{trie_alternation(words('harm_act'))})(?![\w-])", re.IGNORECASE)


def _take_reading(c: Cand, said: tuple[str, str]) -> None:
    kind, harm = said
    if kind == "agent":
        c.suspect_cues += 1
        c.strong_cues += 1
    else:
        c.victim_cues += 1
        c.harms.extend([harm] if harm else [])
