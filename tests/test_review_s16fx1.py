"""Session 16 review fixes (s16fx1) of the merged s16cold and s16ner changes.
Sentences, names and places written for the test."""
import polsek_nlp


def labelled(text, label):
    return {e.text for e in polsek_nlp.analyze(text).entities if e.label == label}


def persons(text):
    return {p.name for p in polsek_nlp.analyze(text).persons}


def test_a_name_ending_in_wan_on_a_root_word_is_a_name():
    # -wan on a dictionary root ends as many names as nouns: only the listed KBBI nouns are no names
    assert "Putrawan" in labelled("Tersangka Putrawan (27) diamankan di rumah kosnya.", "PERSON")
    assert "Sukmawan" in labelled("Korban bernama Sukmawan (41) ditemukan di tepi sungai.", "PERSON")
    assert "Purnawan" in persons("Pelapor, Purnawan (52), kehilangan mobil di halaman rumahnya.")
    assert "Artawan" in labelled("Artawan, warga Banjar Kelod, melapor ke polsek setempat.", "PERSON")
    assert "Tirtawan" in labelled("Tirtawan ditangkap polisi di rumahnya.", "PERSON")


def test_a_listed_noun_of_a_person_with_a_cue_is_a_name():
    # an age, a naming word or a role noun before it keeps even a listed noun as a name
    assert "Jutawan" in labelled("Korban bernama Jutawan ditemukan di tepi sungai.", "PERSON")
    assert "Jutawan" in labelled("Tersangka Jutawan diamankan di rumah kosnya.", "PERSON")
    assert "Jutawan" in persons("Jutawan (40) ditangkap polisi di rumahnya.")
    assert not labelled("Jutawan itu membeli tiga rumah sekaligus.", "PERSON")
    assert not labelled("Purnawirawan menghadiri upacara di lapangan kantor bupati.", "PERSON")


def test_a_name_after_a_head_of_a_kind_of_place_is_a_person():
    # `kepala distrik` is a post (head_titles.tsv before a place_kind_nouns.tsv noun), not a place's noun
    assert "Yulius" in labelled("Menurut kepala distrik Yulius, warga sudah kembali ke rumah.", "PERSON")
    assert "Hendrik" in labelled("Bupati bersama ketua distrik Hendrik meninjau jembatan yang putus.", "PERSON")
    assert not labelled("Menurut kepala distrik Yulius, warga sudah kembali ke rumah.", "GPE")
