"""Session 29 (s29evd2): a schedule ahead is dated by its statement's day, else null (issue 19; gold/README.md S81).

An article whose lead happening is still to come at publication (`akan menggelar operasi mulai Senin (9/9)`,
`sidang perdana dijadwalkan ... Kamis (12/9)`, `akan melakoni laga uji coba ... Rabu (25/9)`) is reported only
through its announcement: the event date is the written day of the statement that announces it, and null when that
day is not written; a scheduled day after `published` is never the event date (a date entry only). `_event_date`
weighed the plan's day down (`plan`, `future`) but chose it when no other day was written. Now a best-weighed day
after publication gives way to the first day a verb of saying dates up to publication (`_statement_of_schedule`),
else no day. A happening on the statement's own day told as taking place (`hari ini, Senin (16/9), dijadwalkan
bertemu`), an act on a day before publication, and a past day written without its year across New Year keep
their day.

Invented texts only (names, places and units made up)."""
import pytest

import polsek_nlp


def event_date(text: str, published: str, title: str | None = None) -> str | None:
    rec = polsek_nlp.analyze(text, published=published, title=title)
    return str(rec.event.date) if rec.event is not None and rec.event.date else None


# (text, published, title): a happening ahead whose announcement is not dated: no day (the plan's day before)
UNDATED_ANNOUNCEMENT = {
'operation_from_monday': ('Polres Sukamaju akan menggelar Operasi Zebra Lodaya 2024 mulai Senin (9/9/2024). Operasi itu '
                          'berlangsung selama dua pekan, kata Kapolres AKBP Rudi Hartanto.', '2024-09-05T10:00', None),
'first_hearing': ('Sidang perdana kasus penganiayaan di Desa Cikaret dijadwalkan digelar di Pengadilan Negeri Sukamaju '
                  'pada Kamis (12/9/2024). Terdakwa akan didampingi kuasa hukumnya.', '2024-09-06T09:00', None),
'friendly_match': ('Timnas U-17 akan melakoni laga uji coba melawan Vietnam pada Rabu (25/9/2024) di Stadion Gelora '
                   'Jaya. Pelatih tim mengaku sudah menyiapkan skuad terbaiknya.', '2024-09-21T08:00', None),
'friendly_match_title': ('Timnas U-17 akan melakoni laga uji coba melawan Vietnam pada Rabu (25/9/2024) di Stadion '
                         'Gelora Jaya.\n\nPelatih tim mengaku sudah menyiapkan skuad terbaiknya.', '2024-09-21T08:00',
                         'Uji Coba Timnas U-17 Lawan Vietnam'),
'odd_even_next_week': ('Dinas Perhubungan Kota Lembah Hijau akan memberlakukan ganjil genap di Jalan Pahlawan mulai '
                       'pekan depan, Senin (30/9/2024).\n\nKepala Dishub Rina Marlina mengatakan kebijakan itu untuk '
                       'mengurai kemacetan.', '2024-09-26T13:00', None),
}

# the announcing statement's day is written: that day (as before: the plan's day weighs less)
DATED_ANNOUNCEMENT = {
'operation_statement_after': ('Polres Sukamaju akan menggelar Operasi Zebra Lodaya 2024 mulai Senin (9/9/2024). Hal itu '
                              'disampaikan Kapolres AKBP Rudi Hartanto kepada wartawan, Rabu (4/9/2024).',
                              '2024-09-05T10:00', None, '2024-09-04'),
'operation_title_set_off': ('Polres Sukamaju akan menggelar Operasi Zebra Lodaya 2024 mulai Senin (9/9/2024) hingga dua '
                            'pekan ke depan.\n\nOperasi menyasar pelanggaran lalu lintas.\n\nKapolres Sukamaju AKBP '
                            'Rudi Hartanto, Rabu (4/9/2024), mengatakan 250 personel disiagakan.', '2024-09-05T10:00',
                            'Polres Sukamaju Gelar Operasi Zebra Mulai Senin', '2024-09-04'),
'hearing_quote': ('Sidang perdana kasus korupsi dana desa Cibening akan digelar di Pengadilan Tipikor Bandar Baru pada '
                  'Selasa (10/9/2024).\n\nJaksa telah melimpahkan berkas perkara ke pengadilan.\n\n"Berkas sudah '
                  'lengkap," kata Kasi Pidsus Kejari Bandar Baru, Yoga Permana, kepada wartawan, Kamis (5/9/2024).',
                  '2024-09-06T09:00', 'Sidang Perdana Korupsi Dana Desa Cibening Digelar Selasa', '2024-09-05'),
'airport_closed_from_saturday': ('Bandara Tanjung Harapan ditutup mulai Sabtu (14/9/2024) selama perbaikan landasan '
                                 'pacu.\n\n"Penerbangan kami alihkan ke bandara terdekat," kata Kepala Bandara Andi '
                                 'Pratama, Jumat (13/9/2024).', '2024-09-13T17:20',
                                 'Bandara Tanjung Harapan Ditutup Mulai Sabtu', '2024-09-13'),
'road_closed_for_carnival': ('Satlantas Polres Tanjung Raya menutup Jalan Merdeka mulai Sabtu (21/9/2024) untuk '
                             'karnaval. "Pengendara kami arahkan lewat Jalan Sudirman," ujar Kasat Lantas AKP Dedi '
                             'Kurnia kepada wartawan, Kamis (19/9/2024).', '2024-09-19T15:00', None, '2024-09-19'),
}

# a happening on the statement's own day or before publication, told as taking place, and a past day across New
# Year: that day
OWN_DAY = {
'meeting_today': ('Kapolda Sulawesi Barat Irjen Pol Hendra Wijaya hari ini, Senin (16/9/2024), dijadwalkan bertemu '
                  'para tokoh adat di Mamuju untuk membahas keamanan pilkada.', '2024-09-16T11:00', None, '2024-09-16'),
'parade_held_until': ('Polres Karang Baru menggelar apel gelar pasukan Operasi Patuh Jaya di halaman Mapolres, Senin '
                      '(23/9/2024). Operasi berlangsung hingga Minggu (6/10/2024), kata Kapolres AKBP Taufik Hidayat.',
                      '2024-09-23T14:00', None, '2024-09-23'),
'arrest_across_new_year': ('Polisi menangkap dua pelaku pencurian sepeda motor di Kecamatan Sukajadi pada Jumat (29/12). '
                           'Kedua pelaku kini ditahan di Mapolsek Sukajadi, kata Kapolsek AKP Bayu Saputra.',
                           '2024-01-03T10:00', None, '2023-12-29'),
}


@pytest.mark.parametrize("key", sorted(UNDATED_ANNOUNCEMENT))
def test_a_schedule_ahead_with_no_statement_day_has_no_day(key):
    text, published, title = UNDATED_ANNOUNCEMENT[key]
    assert event_date(text, published, title) is None


@pytest.mark.parametrize("key", sorted(DATED_ANNOUNCEMENT))
def test_a_schedule_ahead_is_dated_by_its_statement(key):
    text, published, title, day = DATED_ANNOUNCEMENT[key]
    assert event_date(text, published, title) == day


@pytest.mark.parametrize("key", sorted(OWN_DAY))
def test_a_day_up_to_publication_keeps_its_day(key):
    text, published, title, day = OWN_DAY[key]
    assert event_date(text, published, title) == day


def test_no_event_date_after_publication_and_no_source():
    rec = polsek_nlp.analyze(UNDATED_ANNOUNCEMENT['first_hearing'][0], published='2024-09-06T09:00')
    assert rec.event.date is None and rec.event.date_source is None


@pytest.mark.parametrize("text, published, value", [
    ('Polres Sukamaju akan menggelar apel siaga bencana di Lapangan Sukamaju, Jumat (2/1). Apel melibatkan TNI, BPBD '
     'dan relawan.', '2025-12-29T10:00', '2026-01-02'),
    ('Pemkab Sukajadi akan menggelar apel gabungan awal tahun pada Selasa (2/1) di alun-alun. Seluruh ASN diwajibkan '
     'hadir.', '2023-12-29T10:00', '2024-01-02'),
])
def test_a_coming_day_across_new_year_is_a_date_entry_of_the_next_year(text, published, value):
    # the event date is null (S81); the scheduled day stays a date entry, read in the coming year
    rec = polsek_nlp.analyze(text, published=published)
    assert rec.event.date is None
    assert value in [d.value for d in rec.dates]
