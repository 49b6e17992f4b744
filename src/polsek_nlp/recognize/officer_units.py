"""The unit of an officer whose mentions name none, taken from the article around them.

`Satreskrim Polrestabes Sukamaju menangkap ... Bripda AG diamankan`: a member written with a rank
and no post (or a post with no command after it, `Kanit Reskrim`) belongs to the command of his
force that the text names last before him in the same paragraph, else to the one command of his
force that the whole article names, if it names it before him. A command written right after his name with a word of
membership between (`Bripka AG dari Polsek Y`, `Bripda AG, anggota Polrestabes X`, `yang bertugas di
Polres Z`: `data/words/member_cues.tsv`) is his before all these. A national body (Polri, TNI) or a
command named only after him with no such word is not taken: `Bripda AG diserahkan ke Polda X`
says where he went, not where he serves.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from polsek_nlp.data import read_table, split_cell
from polsek_nlp.doc.spans import data_of, doc_text, group
from polsek_nlp.knowledge.gazetteer import region_of_unit
from polsek_nlp.knowledge.lexicon import positions
from polsek_nlp.knowledge.phrases import institution_table, own_post_kinds
from polsek_nlp.knowledge.words import word_set

_BODY_KINDS = own_post_kinds()  # judiciary, prosecution: bodies whose posts no command holds
# what an institution's kind says of the force it belongs to
_FORCE_OF_KIND = {"police": "Polri", "military": "TNI"}
# Dit-, Bid-, Ro- units: Polda's; Sat- units: a Polres's (`words/post_levels.tsv`)
_POST_LEVELS = tuple((row["word"], frozenset(split_cell(row["command"]))) for row in read_table("words/post_levels.tsv"))
_MEMBER_WORDS = word_set("member_cues")  # every word that may stand between a name and his command
_LIST_WORDS = word_set("coordination_words")  # dan, serta: other members listed between him and the cue
_MEMBER_CUES = word_set("member_cues", "cue")  # anggota, personel, dari, bertugas: the command after is his
_AGE = re.compile(r"^\s*\(\s*\d{1,3}(?:\s*tahun)?\s*\)")  # `(24)`, `(24 tahun)` right after the name


@lru_cache(maxsize=1)
def command_families() -> frozenset[str]:
    """The unit words of the Polri and TNI commands below the national level (Polda, Polres,
    Polsek, Kodam, Kodim, Koramil, ...): the units of the head posts of `positions.tsv`."""
    return frozenset(p.unit for infos in positions().entries.values() for p in infos
                     if p.scope == "head" and p.force in ("Polri", "TNI") and p.unit and " " not in p.unit
                     ) - {"Polri", "TNI"}


def _commands(doc: Doc) -> list[tuple[int, str, str]]:
    """(start char, name, force) of every command the article names, in text order: as a body
    (`Satreskrim Polres X`) or as the unit of an officer's post (`Kapolres X`)."""
    families = command_families()
    out = []
    for span in group(doc, "institutions"):
        m = data_of(span)
        force = _FORCE_OF_KIND.get(getattr(m, "kind", None) or "")
        if force is None or m.head is not None:
            continue  # a chain (Satreskrim Polres X): its parent command is a span of its own
        first = m.name.split(" ", 1)[0]
        if first in families and " " in m.name:
            out.append((span.start_char, m.name, force))
    for span in group(doc, "officers"):  # "Kapolres Bogor AKBP X dan Kasat Reskrim AKP Y": Polres Bogor
        m = data_of(span)
        if m.unit and m.force in ("Polri", "TNI") and " " in m.unit and m.unit.split(" ", 1)[0] in families:
            out.append((span.start_char, m.unit, m.force))
    out.sort()
    return out


def fill_units(doc: Doc, people: list) -> None:
    """Give each Polri/TNI officer of `people` with no unit the command the context gives, and each
    unit written in a short form the most complete form the article writes it in."""
    _fill_from_context(doc, people)
    _complete_units(doc, people)


def _complete_units(doc: Doc, people: list) -> None:
    """`Kabag Ops Polrestro Bekasi Kota` in an article that names `Polres Metro Bekasi Kota`, `Kabid Humas Polda
    Kepri` in one that names `Polda Kepulauan Riau` (as a body or as another officer's unit, `Kapolda Kepulauan
    Riau`): the same command (one row of the institutions table, the same place or the same region under another
    form of its name) in the most complete form the article gives (the annotation rules' unit)."""
    named = [(m.acronym, m.place_text) for span in group(doc, "institutions") if (m := data_of(span)) is not None
             and m.kind in _FORCE_OF_KIND and m.acronym and m.place_text and m.head is None]
    named += [tuple(p.officer.unit.split(" ", 1)) for p in people if p.officer is not None and not p.officer.civil
              and p.officer.unit and " " in p.officer.unit]
    if not named:
        return
    for p in people:
        o = p.officer
        if o is None or o.civil or not o.unit or " " not in o.unit:
            continue
        sub, unit = _sub_unit_prefix(o.unit)
        family, place = unit.split(" ", 1)
        rows = {i.acronym for i in institution_table().get(family)}
        # the short form of the command (`Polres Metro Bekasi Kota`), never the words as spelled out
        fuller = [f"{acronym} {text}" for acronym, text in set(named) if acronym in rows
                  and len(acronym) + len(text) + 1 > len(unit) and _same_place(family, place, acronym, text)]
        if fuller:
            o.unit = sub + max(fuller, key=lambda f: (len(f), f))


def _sub_unit_prefix(unit: str) -> tuple[str, str]:
    """A unit split into the sub-unit written before its command and the command (`Ditlantas Polda Kalsel` ->
    `Ditlantas `, `Polda Kalsel`); ("", unit) when it opens with no sub-unit or names no command after one."""
    words = unit.split(" ")
    families = command_families()
    at = next((n for n, w in enumerate(words) if w in families), 0)
    if at == 0 or at == len(words) - 1:
        return "", unit
    return " ".join(words[:at]) + " ", " ".join(words[at:])


def _same_place(family: str, place: str, acronym: str, text: str) -> bool:
    """The place of a command and that of another form of it name one region (`Kepri`, `Kepulauan Riau`); not a
    place with a level word added (`Bogor`, `Bogor Kabupaten`: the article may tell two commands apart so)."""
    if text == place:
        return True
    if text.startswith(place) or place.startswith(text):
        return False
    mine, theirs = region_of_unit(f"{family} {place}"), region_of_unit(f"{acronym} {text}")
    return mine is not None and theirs is not None and mine.code == theirs.code


def _fill_from_context(doc: Doc, people: list) -> None:
    waiting = [p for p in people if p.officer is not None and not p.officer.civil and p.officer.unit is None
               and p.officer.force in ("Polri", "TNI") and p.spans and not _post_of_a_body(p.officer.position)]
    if not waiting:
        return
    commands = _commands(doc)
    if not commands:
        return
    text = doc_text(doc)
    sub_units = _sub_unit_heads(doc)
    # every member's mention, with its rank (`Praka B`), and his name's
    members = [(span.start_char, span.end_char) for span in group(doc, "officers")]
    members += [span for p in people if p.officer is not None and not p.officer.civil for span in p.spans]
    for p in waiting:
        mine = [(c, name) for c, name, force in commands if force == p.officer.force]
        named = _named_after(text, p.spans + _written_again(text, p), mine, sub_units, members)
        if named:
            p.officer.unit = named
            continue
        start = min(s for s, _ in p.spans)
        para = text.rfind("\n", 0, start) + 1
        before = [name for c, name in mine if para <= c < start]
        if before:
            p.officer.unit = before[-1]
        elif len({name for _, name in mine}) == 1 and mine[0][0] < start:
            p.officer.unit = mine[0][1]
        else:
            p.officer.unit = _one_of_level(p.officer.position, [name for _, name in mine])


def _one_of_level(position: str | None, names: list[str]) -> str | None:
    """`Dirpolair Kombes X` in an article naming Polda Y (also as `Polda Y` in a short form) and Polres Z: the one
    command of the post's level the article names (`words/post_levels.tsv`, read off the opening of the post's unit in
    positions.tsv; the longest opening), the first written; None when the post has no level or the article names more
    than one of it."""
    infos = positions().get(position) if position else []
    if not infos or infos[0].scope not in ("sub", "deputy") or infos[0].force != "Polri":
        return None
    openings = [(opening, cmds) for opening, cmds in _POST_LEVELS if infos[0].unit.startswith(opening)]
    if not openings:
        return None
    level = max(openings, key=lambda row: len(row[0]))[1]
    mine = [n for n in names if n.split(" ", 1)[0] in level]
    regions = {getattr(region_of_unit(n), "code", n) for n in mine}
    return mine[0] if len(regions) == 1 else None


@lru_cache(maxsize=256)
def _post_of_a_body(position: str | None) -> bool:
    """The post belongs to a court or a prosecutor's office, not to a command (`Hakim Ketua Letkol Chk X`,
    `Oditur Militer Mayor Chk Y`): a member holding it serves there, so no command the article names is
    his unit. Read off the post's row: a civil post, or one whose unit is a body of the courts or
    the prosecution (`institutions.tsv`; the kinds: `own_posts` of `institution_kinds.tsv`)."""
    infos = positions().get(position) if position else []
    return bool(infos) and all(i.force == "civil" or any(
        b.kind in _BODY_KINDS for b in institution_table().get(i.unit)) for i in infos)


def _written_again(text: str, person) -> list[tuple[int, int]]:
    """The chars of every place the member's name or alias is written as a word, mentions no reader
    took among them (`Bripda AG dipecat. AG merupakan anggota Polrestabes X`: the initials opening a
    sentence)."""
    out = []
    for name in {person.name, *person.aliases}:
        out += [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    return out


def _sub_unit_heads(doc: Doc) -> list[tuple[int, int]]:
    """The chars of the police and military sub-units written before their command (`Satsamapta`
    of `Satsamapta Polres X`)."""
    return [m.head for span in group(doc, "institutions")
            if (m := data_of(span)) is not None and m.head is not None and m.kind in _FORCE_OF_KIND]


def _named_after(text: str, spans: list[tuple[int, int]], commands: list[tuple[int, str]],
                 sub_units: list[tuple[int, int]], members: list[tuple[int, int]]) -> str | None:
    """The command written right after one of a member's mentions with a word of membership
    between (`Bripka AG, personel Polsek Y`, `Aipda W yang bertugas di Polres V`; a sub-unit may
    stand before the command, and is then part of his unit: `anggota Satsamapta Polres X` -> `Satsamapta Polres X`,
    the unit the text says he belongs to, S24 of the record rules), else None. Other members listed
    after him share it (`Pratu A dan Praka B dari Yonif X`: the list's members, joined by `dan` or
    a comma, are written with their ranks or names)."""
    for _s, end in spans:
        for c, name in commands:
            if end <= c <= end + 120 and "\n" not in text[end:c]:  # a line's end parts a name from a command
                between, mine = text[end:c], name
                for a, b in sub_units:
                    if end <= a and b <= c:
                        between = between.replace(text[a:b], " ")
                        if not text[b:c].strip():  # "Brigadir X dari Satlantas Polres Y": he serves in the sub-unit
                            mine = f"{text[a:b]} {name}"
                listed = [text[a:b] for a, b in members if end < a and b <= c]
                for other in sorted(listed, key=len, reverse=True):
                    between = between.replace(other, " ")
                # (an age in brackets after the name stands between too: `Bripda X (24), anggota Polsek Y`)
                words = [w for w in _AGE.sub(" ", between).replace(",", " ").lower().split()
                         if not (listed and w in _LIST_WORDS)]
                if words and len(words) <= 6 and all(w in _MEMBER_WORDS for w in words) \
                        and any(w in _MEMBER_CUES for w in words) and (listed or c <= end + 60):
                    return mine
    return None
