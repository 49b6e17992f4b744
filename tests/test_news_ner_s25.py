"""Issue 19, session 25 (s25ner): news NER, thirteenth pass. Sentences and names written for the test."""
from helpers import entity_texts as labelled


def test_a_root_word_before_a_capitalised_bersaudara_is_the_family_name():
    # `Lintang` is a word too (KBBI); written `Lintang Bersaudara` mid-text, the writer makes the brothers' family
    # name a proper noun
    assert "Lintang" in labelled("Tapi Lintang Bersaudara tetap setia kepada republik.", "PERSON")
    assert "Lintang" in labelled("Kala itu nama Lintang Bersaudara sudah terkenal di mana-mana.", "PERSON")


def test_a_root_word_before_a_lowercase_bersaudara_or_a_pronoun_stays_no_name():
    assert "Beton" not in labelled("Di museum itu terdapat foto karya Beton bersaudara.", "PERSON")
    assert "Kami" not in labelled("Kami Bersaudara tampil di panggung.", "PERSON")


def test_a_question_word_with_pun_written_joined_is_no_name():
    # `Apapun`, `Manapun` (KBBI writes `apa pun`): a function word opening a sentence, after an open quote too
    assert labelled("Apapun yang diputuskan rapat itu harus didukung, ujarnya.", "PERSON") == set()
    assert labelled("Manapun yang dipilih warga akan dihormati.", "PERSON") == set()
    text = "Penyanyi Sinta Larasati bercerita. Sinta menambahkan, “ Apapun yang ingin saya lakukan, saya bisa. ”"
    assert "Apapun" not in labelled(text, "PERSON")
