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
