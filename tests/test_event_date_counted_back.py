"""A day whose own sentence sets the reported happening a week back (`pekan lalu`) is the day of the
report or of its confirmation, not of the happening (issue 19, s10, round 3 of gold/event_dates):
the happening then has only the days other sentences give it, or none."""
from __future__ import annotations

import polsek_nlp


def test_a_wire_reports_day_for_an_act_of_last_week_is_no_day_of_the_act():
    text = ("Jakarta - Parlemen Islandia melonggarkan aturan perizinan kapal nelayan kecil.\n\n"
            "Dilansir dari kantor berita Nordik, Rabu (12 / 4), parlemen negara itu pekan lalu "
            "mengesahkan perubahan undang-undang perikanan setelah perdebatan panjang.\n\n"
            "Para nelayan menyambut baik keputusan tersebut.")
    assert polsek_nlp.analyze(text, published="2017-04-14T09:00").event.date is None


def test_a_confirmation_of_a_death_last_week_yields_to_the_day_the_death_is_given():
    text = ("Kepolisian Filipina pada Kamis (13 / 4) membenarkan seorang buronan perompak tewas dalam "
            "baku tembak di Pulau Jolo pekan lalu.\n\n"
            "Buronan itu tewas pada 6 April lalu, kata juru bicara kepolisian.\n\n"
            "Ia diburu sejak tiga tahun terakhir.")
    assert polsek_nlp.analyze(text, published="2017-04-15T10:00").event.date == "2017-04-06"


def test_last_week_written_beside_the_day_is_that_day_itself():
    text = ("Ratusan pedagang pasar berunjuk rasa di depan balai kota pada Senin (10 / 4), pekan lalu. "
            "Mereka menolak relokasi pasar.")
    assert polsek_nlp.analyze(text, published="2017-04-18T09:00").event.date == "2017-04-10"
