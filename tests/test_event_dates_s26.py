"""Session 26 (s26evd): a continuing state the lead reports up to a day of its own (`masih terganggu hingga Sabtu
(14/6) sore`) is dated on the day it began (`sejak Jumat (13/6)`), the gold's S37, not on the bound the lead reports
it up to. Title-less, as the archive and the event-date set pass none.

Invented texts only."""
import polsek_nlp

PUBLISHED = "2025-06-15T09:20"  # a Sunday

OUTAGE = ("Sukamaju - Layanan air bersih PDAM Tirta Sukamaju di tiga kecamatan masih terganggu hingga Sabtu (14/6) "
          "sore. Ribuan pelanggan terpaksa membeli air dari pedagang keliling.\n\n"
          "Direktur PDAM Tirta Sukamaju Bambang Wiratmo mengatakan petugas masih memperbaiki pipa transmisi yang "
          "patah di Desa Cibeureum.\n\n"
          "Menurut dia, gangguan sudah dirasakan pelanggan sejak Jumat (13/6) setelah "
          "tanah di sekitar pipa ambles.\n\n"
          '"Kami targetkan perbaikan selesai dalam dua hari," ujarnya.')

FLOOD = ("Pekanbaru - Banjir di Kecamatan Rumbai terus meluas. Hingga Sabtu (14/6) siang, sedikitnya 600 rumah "
         "di empat kelurahan terendam air setinggi 50 sentimeter.\n\n"
         "Kepala BPBD Pekanbaru Dedi Kurniawan mengatakan air mulai masuk ke permukiman sejak Kamis malam setelah "
         "hujan deras mengguyur selama enam jam.\n\n"
         '"Warga yang mengungsi kami tampung di masjid dan sekolah," katanya.')


def _date(text: str) -> str | None:
    return polsek_nlp.analyze(text, published=PUBLISHED).event.date


def test_an_outage_reported_up_to_a_day_is_dated_on_its_start():
    # the lead's `hingga Sabtu (14/6)` bounds the state reported so far; `sejak Jumat (13/6)` opens it
    assert _date(OUTAGE) == "2025-06-13"


def test_a_spreading_flood_is_dated_on_the_night_it_began():
    # `Hingga Sabtu (14/6) siang` opens the lead's count; `sejak Kamis malam` (a bare weekday) is the flood's start
    assert _date(FLOOD) == "2025-06-12"


def test_a_range_in_the_lead_is_no_state_reported_so_far():
    # guard: `sejak Jumat (6/6) hingga Sabtu (14/6)` is one period, not a state reported up to a day: the later
    # `sejak Jumat (13/6)` stays a bound
    text = OUTAGE.replace("masih terganggu hingga Sabtu (14/6) sore", "terganggu sejak Jumat (6/6) hingga Sabtu "
                          "(14/6)")
    assert _date(text) != "2025-06-13"


def test_a_start_more_than_a_week_before_stays_background():
    # guard: a state opened two weeks before the lead's day is background, as before
    text = OUTAGE.replace("sejak Jumat (13/6)", "sejak Minggu (1/6)")
    assert _date(text) != "2025-06-01"
