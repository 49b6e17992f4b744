"""Session 25 (s25evd): weighing the same, the day whose sentence names the lead's event wins over a story's step
to a sequel (`Kebakaran ... melanda ..., Senin malam. Tim ... mengendalikan api keesokan harinya`).

Invented texts only."""
import polsek_nlp

PUBLISHED = "2025-08-27T14:35"  # a Wednesday
TITLE = "Kebakaran Lahan 30 Hektare di Banyuasin, Asap Ganggu Jalan Lintas Timur"

FIRE = ("Pangkalan Balai (ANTARA) - Kebakaran lahan seluas 30 hektare melanda Desa Sukamaju, Kecamatan Rambutan, "
        "Kabupaten Banyuasin, Senin malam. Tim gabungan BPBD, TNI dan Polri baru berhasil mengendalikan api "
        "keesokan harinya.\n\n"
        "Kepala Pelaksana BPBD Banyuasin Hendra Wijaya di Pangkalan Balai, Rabu, mengatakan api dapat dikendalikan "
        "pada Selasa (26/8) sore setelah dua helikopter pengebom air dikerahkan.\n\n"
        '"Sebagian besar yang terbakar semak belukar dan kebun karet warga," katanya.')


def _date(text: str, title: str | None = TITLE) -> str | None:
    return polsek_nlp.analyze(text, published=PUBLISHED, title=title).event.date


def test_the_event_sentences_day_wins_a_tie_with_a_step_to_a_sequel():
    # `Senin malam` (event, lead, earlier as a day the story moves on from) ties with `keesokan harinya` (lead,
    # explicit as a step): the fire's day, not the day the fire was brought under control
    assert _date(FIRE) == "2025-08-25"


def test_a_step_that_tells_the_event_again_keeps_its_day():
    # guard: the sequel's sentence names the event itself and is told with its own written day, so it outweighs
    # the lead's bare weekday (no tie): the tie-break does not reach it
    text = FIRE.replace("Senin malam. Tim gabungan BPBD, TNI dan Polri baru berhasil mengendalikan api keesokan "
                        "harinya.", "Senin malam. Kebakaran kembali meluas pada Selasa (26/8) siang.")
    assert _date(text) == "2025-08-26"
