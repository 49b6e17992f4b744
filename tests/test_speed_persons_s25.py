"""Unseen cost, session 25 (issue 20, s25spd): the persons' per-name costs. A word's reading as a slip of a long
word asks the word tables once a word, not once an edit; the title's and the root's readings share one set of
edits; the people's clustering reads the text the article was made from, not spaCy's join of every token. Counted,
never timed. Names, places and sentences are invented."""
from __future__ import annotations

import polsek_nlp
from polsek_nlp.lang.stemming import root_words, stem_word
from polsek_nlp.recognize import typos
from polsek_nlp.recognize.names import given_names

_PUBLISHED = "2024-06-07"


def _full_reading(word: str) -> bool:
    """`slip_of_root` as it read before the sets: every edit asked in turn (session 24's `_known_word`)."""
    low = typos._slip_candidate(word)
    if low is None or typos.is_common_word(word):
        return False

    def known(w: str) -> bool:
        if w in given_names():
            return False
        if w in root_words():
            return len(w) >= 8
        if not (w.startswith(("pe", "ke")) and w.endswith("an")):
            return False
        stem = stem_word(w)
        return len(w) - len(stem) >= 3 and len(stem) >= 6 and stem in root_words()

    return any(map(known, typos._one_edit(low)))


_WORDS = ("Pencobloasan", "Apratur", "Pemberantsan", "Kepenudukan", "Pelaksnaan", "Sekertaris", "Tedakwa",
          "Wiryatmojo", "Hapsarini", "Marpaungan", "Pendayagunan", "Kesejahtraan", "Sulistyowati", "Penganiayan",
          "Kabupatan", "Rinelda", "Bandarsyah", "Pamungkasan", "Kertajayan")


def test_the_slip_of_a_root_reads_as_the_edit_by_edit_reading_did():
    """The set reading and the gate on the word's first and last letter answer what asking every edit did."""
    typos.slip_of_root.cache_clear()
    assert [typos.slip_of_root(w) for w in _WORDS] == [_full_reading(w) for w in _WORDS]
    assert typos.slip_of_root("Pencobloasan") and typos.slip_of_root("Apratur")
    assert not typos.slip_of_root("Sulistyowati")


def test_a_new_word_asks_the_given_names_once_not_once_an_edit(monkeypatch):
    """`Pencobloasan` has ~300 edits; the given names and the root words are asked of them as sets, once each
    (before: each edit asked both tables in turn, hundreds of calls)."""
    calls = {"given": 0, "root": 0}

    def counted(table, real):
        def ask():
            calls[table] += 1
            return real()
        return ask

    monkeypatch.setattr(typos, "given_names", counted("given", given_names))
    monkeypatch.setattr(typos, "root_words", counted("root", root_words))
    typos.slip_of_root.cache_clear()
    assert typos.slip_of_root("Pencobloasan")
    assert calls["given"] <= 2 and calls["root"] <= 4


def test_the_title_and_the_root_readings_build_one_set_of_edits():
    """A capitalised word asked as a title's slip, then as a root's (twice), has its edits built exactly once when it
    can give a confix noun (`p`/`k` ... `n`; s29spd: a word that cannot, as `Wiryatmojo`, builds none:
    `tests/test_speed_typos_s29.py`)."""
    for f in (typos.slip_of_title, typos.slip_of_root, typos._one_edit):
        f.cache_clear()
    typos.slip_of_title("Pranowijan")
    typos.slip_of_root("Pranowijan")
    typos.slip_of_root.cache_clear()
    typos.slip_of_root("Pranowijan")
    assert typos._one_edit.cache_info().misses == 1


def test_a_slip_in_a_post_s_title_is_still_no_name_and_a_name_still_one():
    """Through `analyze`: the slips stay no name, the people around them are read."""
    for text in ("Surat itu dikirim lewat Sekertaris Desa kepada warga, kata Darsono Wiryatmo. ",
                 "Pencobloasan ulang digelar di Desa Sukamekar, kata Darsono Wiryatmo. ",
                 "Kantor Apratur Desa Sukamekar ditutup, kata Darsono Wiryatmo. "):
        rec = polsek_nlp.analyze(text + "Menurut Rinelda Hapsari, warga sudah menerima undangan.",
                                 published=_PUBLISHED)
        assert [p.name for p in rec.persons] == ["Darsono Wiryatmo", "Rinelda Hapsari"]


def test_initials_join_their_full_name_and_a_case_s_initials_do_not_join_an_official():
    """The initials' reading reads the article's text (now the view's, not `doc.text`): a figure's initials
    after the full name join it; a case's initials after an arrest verb do not join the official's name."""
    rec = polsek_nlp.analyze(
        "Gubernur Sulistyo Bambang Wiryawan meninjau pasar Desa Sukamekar, Senin (3/6/2024). "
        "Menurut SBW, harga beras stabil. Kata Rinelda Hapsari, warga senang.", published=_PUBLISHED)
    people = {p.name: p for p in rec.persons}
    assert "SBW" not in people and "SBW" in people["Sulistyo Bambang Wiryawan"].aliases
    rec = polsek_nlp.analyze(
        "Kapolsek Lembahsari AKP Agus Santoso mengatakan polisi mengamankan AS di rumahnya, Senin (3/6/2024). "
        "Kata Agus Santoso, barang bukti disita.", published=_PUBLISHED)
    assert sorted((p.name, sorted(p.aliases)) for p in rec.persons) == [("AS", []), ("Agus Santoso", [])]
