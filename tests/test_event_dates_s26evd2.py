"""Session 26 (s26evd2): the event date, second pass (issue 19).

A passive headline's subject names who the act was done to, not the act (`Jambret ... Ditangkap`): a body clause
that holds an affixed form of that noun (`korban dijambret ... Kamis (5/6)`) dates the robbery, not the arrest the
headline reports (told `Sabtu kemarin`).

Invented texts only."""
import polsek_nlp

PUBLISHED = "2025-06-09T11:25"  # a Monday

TITLE = "Jambret Ibu Rumah Tangga di Pasar Sukamaju Ditangkap di Cibeureum"
SNATCH = ("SUKAMAJU - Tim Resmob Satreskrim Polres Sukamaju menangkap dua terduga pelaku jambret yang merampas kalung "
          "emas seorang ibu rumah tangga di Pasar Sukamaju.\n\n"
          "Keduanya berinisial DK (23) dan AS (26), warga Kecamatan Cibeureum. Mereka ditangkap di sebuah rumah "
          "kontrakan di desa tempat tinggal mereka, Sabtu kemarin.\n\n"
          "Kasat Reskrim Polres Sukamaju AKP Rudi Hartanto mengatakan, korban, Warsini (48), dijambret saat "
          "berbelanja pada Kamis (5/6/2025) sekitar pukul 07.30 WIB.\n\n"
          '"Kalung korban ditarik dari belakang oleh pelaku yang berboncengan," kata Rudi, Minggu (8/6/2025).')


def _date(text: str, title: str | None) -> str | None:
    return polsek_nlp.analyze(text, published=PUBLISHED, title=title).event.date


def test_a_passive_headlines_subject_does_not_date_the_act():
    # `Jambret` is who was caught: `dijambret ... Kamis (5/6)` is the robbery; the arrest is `Sabtu kemarin`
    assert _date(SNATCH, TITLE) == "2025-06-07"


def test_a_headline_with_no_passive_verb_keeps_its_words():
    # guard: `Jambret Beraksi di Pasar Sukamaju` reports the robbery itself: its written day stays the event's
    assert _date(SNATCH, "Jambret Beraksi di Pasar Sukamaju") == "2025-06-05"


# A lead that counts its act in days from the happening the story dates (`tiga hari setelah kejadian`): the
# happening's day and the count.
THEFT = ("Sukamaju - Tim Opsnal Polsek Cibeureum menangkap dua pria yang diduga mencuri sepeda motor milik seorang "
         "guru di halaman SD Negeri 2 Cibeureum. Keduanya diringkus di rumah kerabat mereka di Kecamatan Sindangsari "
         "tiga hari setelah kejadian.\n\n"
         "Kapolsek Cibeureum AKP Dedi Kusnadi mengatakan pencurian terjadi pada Selasa (3/6/2025) sekitar pukul "
         "10.00 WIB saat korban sedang mengajar.\n\n"
         '"Pelaku mengaku sudah tiga kali beraksi di sekolah," kata Dedi, Minggu (8/6/2025).')


def test_a_lead_counting_days_after_the_happening_dates_its_act():
    # the theft `Selasa (3/6/2025)`, the arrest `tiga hari setelah kejadian`: Friday 6 June
    assert _date(THEFT, None) == "2025-06-06"


def test_a_count_in_a_sentence_with_its_own_day_adds_nothing():
    # guard: the count's sentence dates the arrest itself (`Kamis (5/6)`): that day, not the theft's plus three
    text = THEFT.replace("tiga hari setelah kejadian", "pada Kamis (5/6/2025), dua hari setelah kejadian")
    assert _date(text, None) != "2025-06-07"


def test_a_count_past_publication_adds_nothing():
    # guard: a count that would pass the publication day is no day of the story
    assert _date(THEFT.replace("tiga hari setelah", "sepuluh hari setelah"), None) == "2025-06-03"
