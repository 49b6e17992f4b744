"""Issue 19, session 26 (s26ner): news NER, fourteenth pass. Sentences and names written for the test."""
from helpers import entity_texts as labelled


def test_a_name_before_an_apposition_of_a_body_or_place_kind_is_that_kind():
    # no table knows `Trivandos` or `Kaliwangi`; the apposition after the comma says what each names
    text = "Trivandos, sebuah bank yang berbasis di Belanda, memprediksi energi ombak akan menjanjikan."
    assert "Trivandos" in labelled(text, "ORG")
    assert "Abkhasia" in labelled("Abkhasia, negara yang baru memisahkan diri, menggelar pemilihan presiden.", "GPE")
    assert "Kaliwangi" in labelled("Warga datang dari Kaliwangi, sebuah desa di lereng gunung.", "GPE")


def test_an_ordinary_word_or_a_kind_noun_with_no_article_nor_yang_gives_no_name():
    assert labelled("Padahal, negara yang kuat membutuhkan rakyat yang sehat.", "GPE") == set()
    assert "Trivandos" not in labelled("Trivandos, bank itu kini merugi.", "ORG")


def test_a_fronted_phrase_or_a_persons_same_village_is_no_apposed_name():
    # (review s26rvC) `Bagi X,` is a fronted phrase, the noun after its comma the main clause's subject; `satu
    # kampung dengan korban` says a person shares the victim's village: neither names a place
    assert labelled("Bagi Sutarjo, desa yang damai adalah impian.", "GPE") == set()
    assert labelled("Pelaku lain, Tarmuji, satu desa dengan korban, masih buron.", "GPE") == set()
    # the article the apposition keeps still reads a place
    assert "Dahlan" in labelled("Dahlan, sebuah kota kecil di pinggir sungai, dilanda banjir.", "GPE")
