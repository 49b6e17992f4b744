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

