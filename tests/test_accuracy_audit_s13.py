"""Issue 19, session 13 (s13fxner): the archive precision audit's findings on the NER pass s13ner.
Sentences written for the test (no archive text); the makers and bodies are those of the tables."""
import polsek_nlp


def labelled(text, label):
    return {e.text for e in polsek_nlp.analyze(text).entities if e.label == label}


def test_a_number_before_a_unit_symbol_is_a_measure_not_a_model():
    # `45 W`, `8 GB`: a measure after the maker's name, which stays the maker's
    assert "Intel" in labelled("Laptop itu memakai prosesor Intel 45 W yang hemat daya.", "ORG")
    assert "Samsung" in labelled("Ponsel buatan Samsung 8 GB itu dijual di toko daring.", "ORG")


def test_a_maker_spread_over_the_article_skips_its_product_with_a_model_number():
    text = ("Pesawat Boeing milik maskapai itu mendarat di Bandara Juanda. "
            "Pesawat tersebut sempat melewati Boeing 737 lain di landasan.")
    record = polsek_nlp.analyze(text)
    boeing = [e for e in record.entities if e.label == "ORG" and e.text == "Boeing"]
    assert len(boeing) == 1 and boeing[0].start == text.index("Boeing")
