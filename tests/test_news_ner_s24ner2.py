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


def test_a_dictionary_word_of_a_cued_full_name_alone_is_that_person_as_an_actor():
    # `Angel` is a word too (KBBI), but the article named `Angel Wulandari` with a cue: alone, as a verb's subject or
    # after `menurut`, it is her
    text = "Calon legislatif Angel Wulandari hadir di kantor partai. Menurut Hajrul, Angel sudah berhijab."
    assert "Angel" in labelled(text, "PERSON")
    assert "Angel" in labelled("Calon legislatif Angel Wulandari hadir. Menurut Angel, partai itu terbuka.", "PERSON")


def test_a_dictionary_word_of_a_cued_name_stays_a_word_outside_an_actor_slot():
    assert "Agung" not in labelled("Ketua Agung Laksono datang. Sidang Agung berlangsung tertutup.", "PERSON")
    assert "Film" not in labelled("Sutradara Rudi Film datang. Film yang telah meraih penghargaan itu diputar.", "PERSON")
    assert "Mapan" not in labelled("Pendiri Mapan Aldi Wirawan hadir. Mapan akan terus dikembangkan.", "PERSON")


def test_a_name_after_money_and_a_word_of_its_amount_is_a_person():
    # `sebesar`, `senilai` between the money and its amount (review s24rvD): the same frame, the party paid
    assert "Sukandri" in labelled("Darman meminta uang sebesar Rp 5 juta ke Sukandri.", "PERSON")
    assert "Sukandri" in labelled("Warsito menerima dana senilai Rp 2 miliar dari Sukandri.", "PERSON")
    assert "Jakarta" in _places("Pedagang itu mengirim uang sebesar Rp 5 juta ke Jakarta.")
