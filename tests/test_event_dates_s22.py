"""Session 22 (s22evd): a day weeks before publication that nothing ties to the lead event is background.

Invented texts only."""
import polsek_nlp

PUBLISHED = "2025-05-24T09:00"

LEAD = ("Gubernur Sulawesi Tenggara Andi Marwan mengatakan pemerintah provinsi akan menambah anggaran beasiswa "
        "bagi mahasiswa dari desa. Menurut dia, program itu dibutuhkan agar lebih banyak anak desa bisa kuliah.\n\n")


def _date(text: str) -> str | None:
    return polsek_nlp.analyze(text, published=PUBLISHED).event.date


def test_recalled_day_weeks_back_gives_no_event_date():
    text = LEAD + "Program serupa pernah diluncurkan di Kabupaten Kolaka pada 3 Mei lalu dan disambut warga."
    assert _date(text) is None


def test_recalled_concert_weeks_back_gives_no_event_date():
    text = ("Penyanyi Rina Kartika disebut kesulitan berjalan karena cedera lutut. Ia kini menjalani terapi "
            "di rumahnya.\n\nRina bahkan harus dibantu naik panggung saat konser di Balikpapan pada 2 Mei lalu.")
    assert _date(text) is None


def test_statement_day_weeks_back_stays():
    text = LEAD + ('"Kami ingin semua anak desa bisa kuliah," kata Andi kepada wartawan, Sabtu (3/5).')
    assert _date(text) == "2025-05-03"


def test_lead_day_weeks_back_stays():
    text = ("Gubernur Sulawesi Tenggara Andi Marwan meresmikan gedung asrama mahasiswa di Kendari, Sabtu (3/5). "
            "Gedung itu dapat menampung 200 mahasiswa.\n\nMenurut dia, asrama dibutuhkan anak desa.")
    assert _date(text) == "2025-05-03"


def test_recent_recalled_day_stays():
    # a day within the week before publication is no `weeks` day: the rule does not reach it
    text = LEAD + "Program serupa diluncurkan di Kabupaten Kolaka pada Rabu (21/5) dan disambut warga."
    assert _date(text) == "2025-05-21"



def test_day_of_the_past_week_in_a_release_stays():
    # s22 end: `Jumat pekan lalu` six days back is a `weeks` feature (a day of the week before) but not 8-30 days
    # back: the rule for recalled days does not reach it; a release's act told in its second paragraph keeps its day
    text = ("Jambi - Direktorat Reserse Kriminal Khusus Polda Jambi mengungkap pembalakan liar di kawasan hutan "
            "lindung Bukit Duabelas. Petugas menyita 90 batang kayu olahan dan menangkap tiga pekerja.\n\n"
            "Dirreskrimsus Polda Jambi Kombes Ardi Wibowo dalam konferensi pers, Rabu (21/5/2025), menjelaskan "
            "penindakan dilakukan tim Subdit IV pada Jumat pekan lalu setelah patroli udara menemukan bukaan hutan.")
    assert polsek_nlp.analyze(text, published="2025-05-22T10:00").event.date == "2025-05-16"
