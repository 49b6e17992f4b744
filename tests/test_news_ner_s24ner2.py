"""Issue 19, session 24 (s24ner2): news NER, second pass. Sentences and names written for the test."""
from helpers import entity_texts as labelled


def _places(text: str) -> set[str]:
    return labelled(text, "FAC") | labelled(text, "GPE") | labelled(text, "LOC")


def test_a_name_after_money_handed_to_or_taken_from_is_a_person():
    # `meminta uang ke X`, `menyerahkan uang itu ke X`, `menerima uang Rp 500 juta dari X`: the party paid or paying
    text = "Menurut penyidik, Darman meminta uang ke Sukandri."
    assert "Sukandri" in labelled(text, "PERSON")
    assert "Sukandri" not in _places(text)
    assert "Sukandri" in labelled("Haposan menyerahkan uang itu ke Sukandri setelah perkara itu.", "PERSON")
    assert "Sukandri" in labelled("Warsito diduga menerima uang Rp 500 juta dari Sukandri.", "PERSON")


def test_a_known_place_after_money_stays_a_place():
    assert "Jakarta" in _places("Pedagang itu mengirim uang ke Jakarta setiap bulan.")
    assert "Sukandri" in _places("Rombongan itu berangkat ke Sukandri pekan lalu.")
