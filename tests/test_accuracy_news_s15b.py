"""Issue 19, session 15 (s15ner2): news NER from the IDNer train errors, second pass.
Sentences and names written for the test."""
from helpers import entity_texts as labelled


def test_the_companions_word_after_a_name_marks_even_an_ordinary_looking_word():
    # `Mentar` reads as an affixed word (men- + tar); `bersaudara` (siblings) is said of persons only
    assert "Mentar" in labelled("Mentar bersaudara berhasil memotret upacara itu dari atap.", "PERSON")
    # capitalised, the companions' word is read into the run and trimmed off; the name still opens the sentence
    assert "Mentar" in labelled("Mentar Bersaudara berhasil memotret upacara itu dari atap.", "PERSON")
    assert "Mentar Bersaudara" not in labelled("Mentar Bersaudara berhasil memotret upacara itu.", "PERSON")


def test_a_disease_written_capitalised_is_no_person():
    assert not labelled("Warga khawatir setelah serangan Ebola merebak di kawasan itu.", "PERSON")
    assert not labelled("Pemerintah daerah mendata korban Ebola di tiga kecamatan.", "PERSON")
