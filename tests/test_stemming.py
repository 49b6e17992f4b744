import polsek_nlp
from polsek_nlp.lang import stemming


def test_stems_affixed_words():
    assert polsek_nlp.stem("menangkap ditangkap penangkapan") == "tangkap tangkap tangkap"


def test_entities_keep_their_form():
    out = polsek_nlp.stem("Polisi dari Polres Bekasi menangkap warga Kediri, kata Kejari.").split()
    assert "Bekasi" in out and "Kediri" in out and "Kejari" in out
    assert "tangkap" in out and "bekas" not in out and "diri" not in out


def test_seed_names_not_stemmed(seed_text):
    out = f" {polsek_nlp.stem(seed_text).lower()} "
    for w in ("purwakarta", "lilik", "ardiansyah", "bawaslu", "forkopimda"):
        assert f" {w} " in out


def test_token_extension(seed_text):
    doc = polsek_nlp.load()("Petugas mengamankan AKBP Lilik di Bekasi.")
    stems = {t.text: t._.stem for t in doc}
    assert stems["mengamankan"] == "aman"
    assert stems["Bekasi"] == "Bekasi"
    assert stems["AKBP"] == "AKBP"


def test_cache_is_bounded():
    info = stemming.stem_word.cache_info()
    assert info.maxsize == stemming.CACHE_SIZE
def test_split_clitics_are_dropped():
    assert polsek_nlp.stem("nikmat-Ku kuasa-Mu malaikat-malaikat-Nya") == "nikmat kuasa malaikat"


def test_stem_skips_only_what_stems_do_not_depend_on():
    """stem() leaves out the quote and event components: the stems are those of the full pipeline."""
    from pathlib import Path

    from polsek_nlp.api import analyze_doc
    from polsek_nlp.doc.stems import stem_doc

    example = Path(__file__).resolve().parents[1] / "examples" / "polres-purwakarta-rakor-2024.txt"
    for text in (example.read_text(encoding="utf-8"), "Polisi menangkap pencuri di Kabupaten Bekasi, kata Kapolres.",
                 '"Kami siap mengamankan," ujar AKBP Lilik Ardiansyah kepada wartawan di Kediri.'):
        assert polsek_nlp.stem(text) == stem_doc(analyze_doc(text)[0])


# --- the word-level stemmer ----------------------------------------------------------------------

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "data" / "stem_pairs.tsv"


def _pairs() -> list[tuple[str, str, str]]:
    lines = [ln for ln in PAIRS.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert lines[0].split("\t") == ["word", "root", "phenomenon"]
    return [tuple(ln.split("\t")) for ln in lines[1:]]


def test_pair_list_is_sourced_and_large_enough():
    assert PAIRS.read_text(encoding="utf-8").startswith("# ")
    pairs = _pairs()
    assert len(pairs) >= 300
    assert len({w for w, _, _ in pairs}) == len(pairs)  # no word twice


def test_pair_list_accuracy_floor():
    pairs = _pairs()
    wrong = [(w, r, polsek_nlp.stem(w)) for w, r, _ in pairs if polsek_nlp.stem(w) != r]
    assert 1 - len(wrong) / len(pairs) >= 0.96, wrong


def test_pair_list_beats_plain_sastrawi():
    pairs = _pairs()
    ours = sum(stemming.root_of(w) == r for w, r, _ in pairs)
    theirs = sum(stemming.sastrawi_stem(w) == r for w, r, _ in pairs)
    assert ours > theirs


@pytest.mark.parametrize("word,root", [
    ("menangis", "tangis"),          # meN- + t-, not menang + -is
    ("mengirim", "kirim"),           # meng- + k-
    ("menyerang", "serang"),         # meny- + s-
    ("memukul", "pukul"),            # mem- + p-
    ("mengambil", "ambil"),          # meng- + vowel root
    ("pemilu", "pemilu"),            # a root, not pe- + milu
    ("membelinya", "beli"),          # the i of beli is not the suffix -i
    ("dimulai", "mulai"),
    ("ajakan", "ajak"),              # the k of ajak is not part of -kan
    ("diberikan", "beri"),
    ("berbadan", "badan"),           # ber-...-an: the prefix goes first
    ("kedudukan", "duduk"),          # ke-...-an, not the dictionary's keduduk + -an
    ("tervalidasi", "validasi"),     # affixed loan words
    ("dikoordinasikan", "koordinasi"),
    ("dihimbau", "himbau"),
    ("sayur-mayur", "sayur"),        # reduplication
    ("kemerah-merahan", "merah"),
    ("tembak-menembak", "tembak"),
    ("meniru-nirukan", "tiru"),
    ("anak-anak", "anak"),
    ("ketidakadilan", "adil"),       # negation compounds
    ("nonaktif", "nonaktif"),
    ("rumahnya", "rumah"),           # clitics
    ("pergilah", "pergi"),
    ("siapakah", "siapa"),
    ("merekapun", "mereka"),
    ("kubawa", "bawa"),
    ("budayawan", "budaya"),         # -wan
    ("sejarawan", "sejarah"),        # exceptions table
    ("bepergian", "pergi"),
    ("perhatian", "hati"),           # perhati is not a root
])
def test_word_roots(word, root):
    assert polsek_nlp.stem(word) == root


def test_words_that_only_look_affixed_keep_their_form():
    for word in ("nilai", "pantai", "jalan", "makan", "ikan", "tertib", "terbang", "selamat", "kelompok",
                 "kepala", "senjata", "pemilu", "mereka"):
        assert stemming.root_of(word) == word


def test_words_without_a_dictionary_root():
    assert stemming.root_of("subarkah") == "subarkah"  # only -nya goes, never -lah/-kah
    assert stemming.root_of("qwertynya") == "qwerty"
    assert stemming.root_of("xyz") == "xyz"
    assert stemming.root_of("mendekritkan") == "dekrit"  # one layer whose reading is not in doubt
    assert stemming.root_of("ditlantas") == "ditlantas"  # tlantas cannot begin a word
    assert stemming.root_of("selebgram") == "selebgram"  # se- is not guessed


def test_confixes_that_indonesian_does_not_form_are_not_read():
    # di-...-an is not a confix: diadakan is di- + ada + -kan (the dictionary also lists adakan)
    assert stemming.root_of("diadakan") == "ada"
    assert stemming.root_of("mengatakan") == "kata"


def test_data_tables_are_clean():
    from polsek_nlp.data import read_table

    roots = stemming.lexicon_roots()
    for row in read_table("stem_roots.tsv"):
        assert row["root"].isalpha() and row["root"].islower() and row["root"] in roots
    for row in read_table("stem_not_roots.tsv"):
        assert row["root"] not in roots and row["reason"]
    for row in read_table("stem_exceptions.tsv"):
        assert row["word"] != row["root"] and row["root"] in roots and row["reason"]


def test_single_word_fast_path_matches_the_pipeline():
    """One lowercase word skips the pipeline: the same stem as through it."""
    from polsek_nlp.api import _NOT_FOR_STEMS, load
    from polsek_nlp.doc.spans import release_caches
    from polsek_nlp.doc.stems import stem_doc
    from polsek_nlp.doc.view import open_view

    nlp = load()
    for word in ("menangis", "kediri", "bekasi", "polres", "sayur-mayur", "kemerah-merahan", "ditangkapnya",
                 "pemilu", "kuasa-mu"):
        doc = nlp.make_doc(word)
        open_view(doc, word)
        for name, proc in nlp.pipeline:
            if name not in _NOT_FOR_STEMS:
                doc = proc(doc)
        assert polsek_nlp.stem(word) == stem_doc(doc), word
        release_caches(doc)


def test_capitalised_single_words_still_go_through_the_pipeline():
    assert polsek_nlp.stem("Bekasi") == "Bekasi"
    assert polsek_nlp.stem("Perekonomian") == "ekonomi"


def test_internal_stems_stay_sastrawi():
    """stem_word keeps PySastrawi's stems, quirks included (the name tests of recognize/names.py
    read them), while root_of gives the better root (event triggers and keywords, issue 20)."""
    assert stemming.stem_word("pemilu") == "milu" == stemming.sastrawi_stem("pemilu")
    assert stemming.root_of("pemilu") == "pemilu"
    assert stemming.root_words() <= stemming.lexicon_roots() | {"berik", "perhati", "apakah", "setinggi", "unjung",
                                                                "keliar"}


def _affixed_forms(n: int) -> list[str]:
    """Every word of the first archive articles and the seed, and affixed forms of dictionary
    roots (the prefixes, infixes and suffixes PySastrawi's rules read), lowercase a-z."""
    import json
    import random
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    archive = root.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"
    words: set[str] = set()
    if archive.exists():
        with archive.open(encoding="utf-8") as f:
            for _, line in zip(range(60), f, strict=False):
                words.update(re.findall("[a-z]+", json.loads(line)["text"].lower()))
    rng = random.Random(7)
    roots = sorted(stemming.root_words())
    heads = "di ke se me mem men meng meny menge be ber bel pe per pem pen peng peny penge pel te ter ku kau " \
            "diper memper keber".split() + [""]
    tails = "i kan an nya ku mu lah kah tah pun kannya annya kanlah isme isasi is".split() + [""]
    for _ in range(n):
        r = rng.choice(roots)
        if len(r) > 2 and rng.random() < 0.2:
            r = r[0] + rng.choice(("er", "el", "em", "in")) + r[1:]
        if rng.random() < 0.3:
            r = r[1:]
        words.add(rng.choice(heads) + r + rng.choice(tails))
    return sorted(w for w in words if re.fullmatch("[a-z]+", w))


def test_sastrawi_port_gives_pysastrawis_stems():
    """lang/sastrawi.py runs PySastrawi's steps with its rules compiled once: the same stem for
    every word, quirks included (`pemilu` -> `milu`, `mengerikan` -> `keri`)."""
    from polsek_nlp.lang import sastrawi

    words = _affixed_forms(3000)
    assert len(words) > 5000
    roots = stemming.root_words()
    differ = [(w, sastrawi.stem(w, roots), stemming.sastrawi_stem(w)) for w in words
              if sastrawi.stem(w, roots) != stemming.sastrawi_stem(w)]
    assert not differ, differ[:20]
    assert sastrawi.stem("mengerikan", roots) == "keri" and sastrawi.stem("pemilu", roots) == "milu"


def test_name_test_does_not_call_pysastrawi_for_plain_words(monkeypatch):
    """A new affixed word in a name position is stemmed by the compiled rules: PySastrawi's own
    (~100 us a word) is not called for words of the letters a-z."""
    from Sastrawi.Stemmer.Stemmer import Stemmer

    from polsek_nlp.recognize import names

    names.is_common_word.cache_clear()  # every word new, as in an unseen article
    stemming.stem_word.cache_clear()
    calls: list[str] = []
    real = Stemmer.stem
    monkeypatch.setattr(Stemmer, "stem", lambda self, text: calls.append(text) or real(self, text))
    text = ("Keberlanjutannya Pemberdayaan Desa Cibatu dibahas Kapolres Purwakarta AKBP Lilik Ardiansyah. "
            "Penyelenggaraannya dipimpin Budi Santoso, kata Kasat Reskrim AKP Ilman.")
    record = polsek_nlp.analyze(text)
    assert stemming.stem_word.cache_info().misses > 0  # the name test did stem new words
    assert not [w for w in calls if w.isascii() and w.isalpha()], calls
    assert "Budi Santoso" in {p.name for p in record.persons}
    assert not {"Pemberdayaan", "Penyelenggaraannya"} & {p.name for p in record.persons}


def test_a_new_process_builds_no_pysastrawi_stemmer_for_plain_words():
    """The dictionary is read from PySastrawi's file and a-z words are stemmed by the compiled
    rules: a new process analysing an article of such words never builds PySastrawi's stemmer
    (~10 ms and ~50 modules of its rules)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src"
    code = ("import sys, polsek_nlp\nfrom polsek_nlp.lang import stemming\n"
            "polsek_nlp.analyze('Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin Pemberdayaan Desa di Aula "
            "Mapolres Purwakarta, Senin (19/8/2024). Keberlanjutannya dibahas.')\n"
            "print(stemming.stem_word.cache_info().misses > 0, 'Sastrawi.Stemmer.StemmerFactory' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(src)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert run.stdout.split() == ["True", "False"]
