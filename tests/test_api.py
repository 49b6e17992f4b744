import pytest

import polsek_nlp


@pytest.mark.parametrize("bad", [None, b"teks", 42, ["a"]])
def test_non_text_raises_type_error(bad):
    with pytest.raises(TypeError, match="str"):
        polsek_nlp.analyze(bad)


def test_bad_options():
    with pytest.raises(ValueError):
        polsek_nlp.analyze("Polisi datang.", published="bukan tanggal")
    with pytest.raises(TypeError):
        polsek_nlp.analyze("Polisi datang.", title=5)


@pytest.mark.parametrize("text, warning", [
    ("", "empty text"),
    ("   \n ", "empty text"),
    ("<p>Polisi <b>menangkap</b> pelaku di Bogor.</p><script>var x=1;</script>", "HTML markup stripped"),
    ("Polisi\x00 datang\x07 ke lokasi.", "control characters removed"),
])
def test_odd_text_gives_warnings(text, warning):
    rec = polsek_nlp.analyze(text)
    assert warning in rec.warnings
    assert rec.error is None


def test_truncation_warning():
    rec = polsek_nlp.analyze("Polisi datang ke lokasi. " * 100, max_chars=200)
    assert "text truncated to 200 characters" in rec.warnings


def test_published_override(seed_text):
    rec = polsek_nlp.analyze(seed_text, published="2024-08-21T09:00", title="X", url="https://polsek.id/a")
    assert (rec.published, rec.title, rec.url) == ("2024-08-21T09:00", "X", "https://polsek.id/a")


def test_aware_publication_times_are_shown_in_wib():
    rec = polsek_nlp.analyze("Polisi datang.", published="2024-08-20T04:16Z")
    assert rec.published == "2024-08-20T11:16"


def test_short_indonesian_text_is_not_flagged_foreign():
    text = ("Banjir melanda tiga desa di Karawang sejak Senin malam. Polisi dan warga mengevakuasi "
            "puluhan keluarga ke tempat yang aman, kata Kapolsek setempat kepada wartawan hari ini.")
    assert "text does not look Indonesian" not in polsek_nlp.analyze(text).warnings


def test_a_day_only_publication_date_invents_no_time():
    rec = polsek_nlp.analyze("Polisi datang kemarin.", published="2017-01-14")
    assert rec.published == "2017-01-14"
    assert rec.dates[0].value == "2017-01-13"


def test_title_and_url_are_cleaned_for_utf8():
    rec = polsek_nlp.analyze("Polisi datang.", title="Judul \ud800 rusak", url="https://x.id/\x07a")
    rec.to_json().encode("utf-8")
    assert "\x07" not in rec.url


def test_one_article_imports_neither_the_batch_path_nor_pandas():
    """Issue 20 (cold start): `import polsek_nlp` + `analyze` leave the many-article path (pool,
    date readers), pandas and dateparser unimported until asked for."""
    import subprocess
    import sys

    code = ("import sys, polsek_nlp; polsek_nlp.analyze('Polisi menangkap pencuri di Bogor, Senin (19/8/2024).'); "
            "print(sorted(m for m in ('polsek_nlp.archive.pool', 'pandas', 'dateparser', 'trafilatura') "
            "if m in sys.modules)); polsek_nlp.analyze_many; print('polsek_nlp.archive.pool' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]" and out[1] == "True"


def test_a_first_article_without_a_lone_ordinary_word_loads_no_root_words():
    """Issue 20 (cold start): the persons' early decision on a lone ordinary word (`Salah` alone) asks
    `is_common_word` where it decides, not as a flag of every new word, which loaded the stemmer's
    root words on the cold start's first sentence (~10-15 ms) though nothing there needed them."""
    import subprocess
    import sys

    code = ("import polsek_nlp; from polsek_nlp.lang.stemming import root_words; "
            "polsek_nlp.analyze('Kapolres Garut AKBP Budi Hartono memimpin rapat di Aula Mapolres "
            "Garut, Senin (19/8/2024).'); print(root_words.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0"]
