"""Issue 19, session 23 (s23ner): news NER, ninth pass (persons' and places' shapes).
Sentences and names written for the test."""
import polsek_nlp
from helpers import entity_texts as labelled


def test_a_first_name_that_is_an_ordinary_word_after_a_post_and_its_body_opens_the_holders_name():
    # the post's portfolio (its capitalised ordinary words) ran over the whole body and into the holder's
    # first name when that name is an ordinary word too (`anis`, `syarif`): `Matta` alone was left
    assert "Anis Wiratmaja" in labelled("Presiden Partai Keadilan Sejahtera Anis Wiratmaja hanya tersenyum.", "PERSON")
    assert "Syarif Hadiwinoto" in labelled("Ketua Harian Partai Demokrat Syarif Hadiwinoto datang terlambat.", "PERSON")
    record = polsek_nlp.analyze("Presiden Partai Keadilan Sejahtera Anis Wiratmaja hanya tersenyum.")
    assert "Anis Wiratmaja" in {p.name for p in record.persons}


def test_a_portfolio_of_ordinary_words_still_ends_before_the_holders_name():
    assert "Susi Rahmadani" in labelled("Menteri Kelautan dan Perikanan Susi Rahmadani hadir di sana.", "PERSON")
    assert "Partai Demokrat" in labelled("Ketua Harian Partai Demokrat Syarif Hadiwinoto datang terlambat.", "ORG")
