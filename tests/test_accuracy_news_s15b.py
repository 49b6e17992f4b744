"""Issue 19, session 15 (s15ner2): news NER from the IDNer train errors, second pass.
Sentences and names written for the test."""
import polsek_nlp


def labelled(text, label):
    return {e.text for e in polsek_nlp.analyze(text).entities if e.label == label}


def test_a_ticket_written_with_a_spaced_hyphen_names_two_persons():
    persons = labelled("Warga mendukung pasangan Rudianto - Sarmili dalam pilkada itu.", "PERSON")
    assert {"Rudianto", "Sarmili"} <= persons
    # the hyphen joins the person before it to the name after it only: two places stay places
    assert not labelled("Jalan Tegalsari - Cibeureum ditutup sejak Senin.", "PERSON")


def test_the_companions_word_after_a_name_marks_even_an_ordinary_looking_word():
    # `Mentar` reads as an affixed word (men- + tar); `bersaudara` (siblings) is said of persons only
    assert "Mentar" in labelled("Mentar bersaudara berhasil memotret upacara itu dari atap.", "PERSON")
    # capitalised, the companions' word is read into the run and trimmed off; the name still opens the sentence
    assert "Mentar" in labelled("Mentar Bersaudara berhasil memotret upacara itu dari atap.", "PERSON")
    assert "Mentar Bersaudara" not in labelled("Mentar Bersaudara berhasil memotret upacara itu.", "PERSON")


def test_a_disease_written_capitalised_is_no_person():
    assert not labelled("Warga khawatir setelah serangan Ebola merebak di kawasan itu.", "PERSON")
    assert not labelled("Pemerintah daerah mendata korban Ebola di tiga kecamatan.", "PERSON")
