"""Issue 19: news NER conventions in `doc.ents` (sentences written for the test): a country is a
location where something is or happens, not the state or people it names."""
import polsek_nlp


def ents(text):
    return {(e.text, e.label_) for e in polsek_nlp.load()(text).ents}


def test_a_country_opening_a_sentence_is_its_state():
    found = ents("Norwegia dan Chili telah melarang impor daging dari kawasan itu.")
    assert not {("Norwegia", "GPE"), ("Chili", "GPE")} & found


def test_a_country_after_a_capitalised_title_at_a_sentence_start():
    assert ("Norwegia", "GPE") not in ents("Perdana Menteri Norwegia hadir dalam pertemuan itu.")
    assert ("Norwegia", "GPE") not in ents("Kontingen Norwegia meraih tiga medali.")


def test_the_agent_of_a_passive_verb_even_a_stop_word():
    assert ("Norwegia", "GPE") not in ents("Kapal itu, dikatakan Norwegia, membawa bantuan.")


def test_a_capital_city_acting_is_its_government():
    assert ("Washington", "GPE") not in ents("Washington menuduh kelompok itu memicu kekerasan.")


def test_a_country_after_a_locative_stays_a_location():
    assert ("Norwegia", "GPE") in ents("Di Norwegia, harga daging naik.")
    assert ("Norwegia", "GPE") in ents("Mereka terbang ke Norwegia pekan lalu.")


def test_ordinary_words_capitalised_after_di_are_no_place():
    assert not ents("Lembaga itu membantu pelaku usaha di Tanah Air.")
    assert ("Kairo", "GPE") in ents("Mereka tiba di Kairo kemarin.")


def test_countries_listed_after_a_place_word_are_places():
    # issue 19, s10: `di Irak dan Libanon`: the second country is listed after `di`, no acting state
    rec = polsek_nlp.analyze("Kejadian di Irak dan Libanon mencerminkan perubahan besar di kawasan itu.")
    assert {("Irak", "GPE"), ("Libanon", "GPE")} <= {(e.text, e.label) for e in rec.entities}


def test_an_unknown_acronym_after_a_noun_of_its_supporters():
    rec = polsek_nlp.analyze("Bentrokan terjadi antara polisi dan pendukung QRVM di pusat kota.")
    assert ("QRVM", "ORG") in {(e.text, e.label) for e in rec.entities}
