"""Issue 19, session 11, third pass: general-news NER (organisations with no list entry, players
with no cue). Sentences written for the test, made-up names."""
from helpers import entity_texts as labelled


def test_a_name_after_the_noun_of_shares_is_a_company():
    text = "Harga saham Qravex naik tajam setelah laporan keuangan diumumkan."
    assert "Qravex" in labelled(text, "ORG")
    assert "Qravex" not in labelled(text, "PERSON")


def test_a_name_after_a_developer_or_studio_is_a_company():
    assert "Zentrix" in labelled("Game itu dibuat oleh pengembang Zentrix asal Finlandia.", "ORG")
    assert "Morvale" in labelled("Film animasi itu digarap studio Morvale sejak tahun lalu.", "ORG")


def test_a_given_name_after_the_noun_of_shares_stays_a_person():
    assert "Kartika" not in labelled("Harga saham Kartika Wulandari di perusahaan itu naik.", "ORG")


def test_team_mates_beside_a_player_are_persons_in_a_match_report():
    text = ("Pelatih memasang Rudolfo sebagai ujung tombak, didampingi Bardeck dan Sulimov, "
            "ketika Tavares absen karena skors.")
    assert {"Bardeck", "Sulimov"} <= labelled(text, "PERSON")


def test_a_suspension_marks_a_match_report():
    text = "Dia didampingi Bardeck, karena Tavares absen akibat skors."
    assert "Bardeck" in labelled(text, "PERSON")
    text = "Kapolres didampingi Bardeck meninjau lokasi banjir."
    assert "Bardeck" not in labelled(text, "ORG")



def test_a_run_that_opens_with_a_word_of_a_place_is_no_company():
    text = "Pemerintah meminta pengembang Pulau Q menyerahkan fasilitas umum."
    assert "Pulau Q" not in labelled(text, "ORG")
