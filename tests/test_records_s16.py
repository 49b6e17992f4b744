"""Records that generalise (issue 19, session 16): event dates and officers first. Invented names,
places and sentences (none copied from a gold article); each case failed before its change unless
marked as a guard."""
from __future__ import annotations

import pytest

import polsek_nlp
from helpers import event_day, officer_posts, reader

PUBLISHED = "2024-06-15T10:00:00"  # a Saturday


_day = reader(PUBLISHED, field=event_day)


_officers = reader(PUBLISHED, field=officer_posts)


# --- a statement's day written before its verb of saying -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the relative day of the statement is counted from the statement's day, not from publication
    ("Kapolsek Sukamaju AKP Budi Santoso, Rabu (12/6), mengatakan pelaku ditangkap dua hari lalu di rumahnya.",
     "2024-06-10"),
    ("Camat Sukaraja Andi Wijaya, Jumat (14/6), menyebutkan banjir merendam 40 rumah tiga hari lalu.",
     "2024-06-11"),
    ("Pencurian sepeda motor terjadi di Desa Mekarsari. Kapolsek Mekarsari Iptu Joko Susilo, Kamis (13/6), "
     "mengungkapkan pelaku beraksi tadi malam.", "2024-06-12"),
    # the statement's day is no event day when the act it reports is dated itself
    ("Kapolres Lembah Hijau AKBP Sutrisno, Jumat (14/6), mengatakan operasi pekat digelar Rabu (12/6) malam.",
     "2024-06-12"),
])
def test_a_day_before_a_verb_of_saying_dates_the_statement(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a day before a verb of an act, and a statement dated with the verb before the day
    ("Polisi pada Rabu (12/6) menangkap dua pelaku pencurian.", "2024-06-12"),
    ("Polisi menangkap dua pelaku pencurian pada Senin (10/6). Kapolsek Mekarsari Iptu Joko Susilo, Rabu (12/6), "
     "mengatakan kedua pelaku sudah ditahan.", "2024-06-10"),
    ("Kasat Reskrim Polres Lembah Hijau AKP Rudi Hartono saat ditemui di ruangannya, Kamis (13/6), menjelaskan "
     "bahwa tersangka dibekuk kemarin.", "2024-06-12"),
])
def test_a_day_before_a_verb_of_saying_guards(text, expected):
    assert _day(text) == expected


# --- a relative day right after a verb in a dated quote dates the quote's act -------------------------

@pytest.mark.parametrize("text, expected", [
    ('"Pelaku kami amankan dua hari lalu di rumahnya," kata Kapolsek Sukamaju AKP Budi Santoso, Rabu (12/6).',
     "2024-06-10"),
    ('"Rumah korban dibobol tiga hari lalu ketika ditinggal mudik," jelas Kapolsek Mekarsari Iptu Joko Susilo, '
     "Rabu (12/6).", "2024-06-09"),
])
def test_a_relative_day_after_a_verb_in_a_dated_quote_is_the_acts(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a relative day of a noun the statement recalls; a quote that opens with the act, as before
    ('"Kami sudah memanggil pelaksana unjuk rasa kemarin untuk dimintai keterangan," kata Kapolres Lembah Hijau '
     "AKBP Sutrisno, Rabu (12/6).", "2024-06-12"),
    ('"Kami minta warga tetap tenang. Situasi kemarin sudah kondusif," kata Kapolres Lembah Hijau AKBP Sutrisno, '
     "Rabu (12/6).", "2024-06-12"),
    ('"Dua pencuri itu beraksi tadi malam di pasar," ujar Kapolsek Mekarsari Iptu Joko Susilo, Rabu (12/6).',
     "2024-06-11"),
])
def test_a_relative_day_in_a_dated_quote_guards(text, expected):
    assert _day(text) == expected


# --- any relative day a dated statement reports its act on makes the statement a report -----------------

@pytest.mark.parametrize("text, expected", [
    # the statement's day first, the act's day a step of the story or a day of the week before
    ("Camat Sukaraja Andi Wijaya, Senin (10/6), mengatakan jembatan gantung itu diterjang banjir sehari sebelumnya.",
     "2024-06-09"),
    ("Kapolsek Mekarsari AKP Joko Susilo, Senin (10/6), menjelaskan pencurian itu terjadi pada Kamis pekan lalu.",
     "2024-06-06"),
])
def test_a_relative_day_after_a_dated_statement_is_the_reported_acts(text, expected):
    assert _day(text, "2024-06-11T10:00:00") == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a statement with no earlier day keeps its day; a recalled day after a noun stays background
    ('"Kami minta warga tidak panik," kata Kapolsek Mekarsari AKP Joko Susilo, Senin (10/6).', "2024-06-10"),
    # a period's bound after the statement dates no act it reports
    ("Camat Sukaraja Andi Wijaya, Senin (10/6), mengatakan sejak Sabtu malam warga mengungsi ke balai desa.",
     "2024-06-10"),
    ('Kapolres Lembah Hijau AKBP Sutrisno meresmikan pos pantau, Senin (10/6). "Pos ini kami bangun sejak Jumat '
     'lalu," katanya.', "2024-06-10"),
])
def test_a_relative_day_after_a_dated_statement_guards(text, expected):
    assert _day(text, "2024-06-11T10:00:00") == expected


# --- a count of days back is read from the text's writing day, a clock time on it with it ---------------

@pytest.mark.parametrize("text, expected", [
    ('Kapolsek Mekarsari AKP Joko Susilo mengatakan pencurian itu terjadi tiga hari lalu. "Pelaku masih kami buru," '
     "kata Joko di Mapolsek Mekarsari, Senin (10/6).", "2024-06-07"),
    ("Kasat Lantas Polres Lembah Hijau AKP Rina Marlina mengatakan tabrakan terjadi dua hari lalu sekitar pukul "
     '21.00 WIB. "Kedua sopir sudah kami periksa," ujar Rina, Senin (10/6).', "2024-06-08"),
])
def test_days_counted_back_from_a_text_written_the_day_before_its_stamp(text, expected):
    assert _day(text, "2024-06-11T10:00:00") == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a statement dated on the stamp's day, or none: counted from the stamp
    ('Kapolsek Mekarsari AKP Joko Susilo mengatakan pencurian itu terjadi tiga hari lalu. "Pelaku masih kami buru," '
     "kata Joko, Selasa (11/6).", "2024-06-08"),
    ("Kapolsek Mekarsari AKP Joko Susilo mengatakan pencurian itu terjadi tiga hari lalu.", "2024-06-08"),
])
def test_days_counted_back_from_the_stamp_guards(text, expected):
    assert _day(text, "2024-06-11T10:00:00") == expected


# --- a command's function written bare as the officer's post -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Humas Polres Lembah Hijau AKP Siti Rahayu membenarkan kejadian itu.",
     ("AKP", "Siti Rahayu", "Humas", "Polres Lembah Hijau")),
    ("Humas Polsek Mekarsari, Aiptu Darto Wiyono, mengatakan korban sudah dirawat.",
     ("Aiptu", "Darto Wiyono", "Humas", "Polsek Mekarsari")),
    ("Menurut Humas Polda Sulawesi Barat AKBP Hendra Gunawan, pelaku sudah ditahan.",
     ("AKBP", "Hendra Gunawan", "Humas", "Polda Sulawesi Barat")),
])
def test_a_bare_function_before_a_command_and_rank_is_the_post(text, expected):
    assert _officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # guards: inside a body's name, before a command of another kind, a post of the table
    ("Divisi Humas Polri Irjen Sandi Nugroho mengatakan penyidikan berlanjut.",
     ("Irjen", "Sandi Nugroho", None, None)),
    ("Kabid Humas Polda Sulawesi Barat Kombes Hendra Gunawan mengatakan pelaku sudah ditahan.",
     ("Kombes", "Hendra Gunawan", "Kabid Humas", "Polda Sulawesi Barat")),
])
def test_a_bare_function_guards(text, expected):
    assert _officers(text) == [expected]


def test_a_bare_function_before_a_military_command_is_no_police_post():
    assert _officers("Humas Kodim 0612/Sukamaju Serka Budi Hartono mengatakan acara lancar.")[0][2] is None


# --- a Title Case headline's verb between a post and a rank ---------------------------------------------

def test_a_headline_verb_is_no_part_of_the_unit_before_a_rank():
    for text in ("Kapolres Lembah Hijau Pimpin AKBP Sutrisno Dalam Apel.",
                 "Kapolsek Cibening Hadiri AKP Rina Marlina Dalam Sertijab."):
        units = [o[3] for o in _officers(text)]
        assert not any(u and ("Pimpin" in u or "Hadiri" in u) for u in units), units
    # guards: the capitalised words of a unit's name between the post and the rank stay the unit's, a region's
    # level word (`Kota`, a headline noun too) among them
    assert [o[2] for o in _officers("Wakapolresta Lembah Kota AKBP Dani Setiawan, Minggu (16/2), mengatakan situasi "
                                    "sudah kondusif.")] == ["Wakapolresta"]
    assert _officers("Kapolres Pelabuhan Tanjung Priok AKBP Dani Setiawan meninjau pos.") == [
        ("AKBP", "Dani Setiawan", "Kapolres", "Polres Pelabuhan Tanjung Priok")]


# --- an academic title written after a name with no comma ------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Kapolsek Mekarsari AKP Hadi Pranoto SH mengatakan kasus ini masih ditangani.", "Hadi Pranoto"),
    ("Kapolsek Cibinong AKP Hadi Pranoto SH MH saat ditemui mengatakan kasus ini ditangani.", "Hadi Pranoto"),
])
def test_a_title_before_a_lowercase_word_is_no_part_of_an_officers_name(text, name):
    assert [o[1] for o in _officers(text)] == [name]
    assert [p.name for p in polsek_nlp.analyze(text, published=PUBLISHED).persons] == [name]


@pytest.mark.parametrize("text, names", [
    ("Kepala Desa Sukamaju Budi Santoso SPd menyebut warga sudah dievakuasi.", ["Budi Santoso"]),
    ("Ketua DPRD Sukaraja Ahmad Fauzi SE MM menegaskan anggaran sudah disahkan.", ["Ahmad Fauzi"]),
    # guard: initials that spell a title are a person's where nothing names him before them
    ("Tersangka berinisial AS dan SH ditahan di Polsek Mekarsari.", ["AS", "SH"]),
])
def test_a_title_after_a_civil_name_is_no_person(text, names):
    assert [p.name for p in polsek_nlp.analyze(text, published=PUBLISHED).persons] == names


# --- `Kepala Unit` before a sub-unit's number is the Kanit ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kepala Unit 3 Subdirektorat Narkoba Polda Lembah AKP Dimas Prakoso menjelaskan barang bukti.",
     ("AKP", "Dimas Prakoso", "Kepala Unit 3 Subdirektorat Narkoba", "Polda Lembah")),
    ("Penangkapan dipimpin Kepala Unit 2 Subdit Jatanras Ditreskrimum Polda Sumatera Tengah AKP Rudi Hartono.",
     ("AKP", "Rudi Hartono", "Kepala Unit 2 Subdit Jatanras", "Ditreskrimum Polda Sumatera Tengah")),  # S18 (s24off)
    ("Kepala Unit II Satreskrim Polres Lembah Hijau Ipda Bayu Saputra mengatakan pelaku sudah ditahan.",
     ("Ipda", "Bayu Saputra", "Kepala Unit II", "Satreskrim Polres Lembah Hijau")),  # S29 (s24off)
])
def test_kepala_unit_before_a_number_is_a_police_post(text, expected):
    assert _officers(text) == [expected]


def test_kepala_unit_with_no_number_is_no_police_post():
    # guard: the same words head a civil unit; a table form (`Kepala Unit Reskrim`) reads as before
    text = "Kepala Unit Pelaksana Teknis Dinas Pendidikan Sukaraja, Budi Santoso, mengatakan sekolah diliburkan."
    assert _officers(text) == []
    assert _officers("Kepala Unit Reskrim Polsek Mekarsari Ipda Bayu Saputra mengatakan pelaku ditahan.") == [
        ("Ipda", "Bayu Saputra", "Kepala Unit Reskrim", "Polsek Mekarsari")]


# --- a weather agency's station is a body, named with its agency, no venue -------------------------------

def _lists(text: str) -> tuple[list[str], list[str]]:
    rec = polsek_nlp.analyze(text, published=PUBLISHED)
    return [i.name for i in rec.institutions], [p.name for p in rec.places]


@pytest.mark.parametrize("text, body", [
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Meteorologi Lembah Hijau memprakirakan hujan "
     "lebat.", "BMKG Stasiun Meteorologi Lembah Hijau"),
    ("Data BMKG Stasiun Klimatologi Jawa Tengah mencatat 12 titik panas pekan lalu.",
     "BMKG Stasiun Klimatologi Jawa Tengah"),
    ("Berdasarkan prakiraan Stasiun Meteorologi Maritim Tegal, pasang naik pekan depan.",
     "Stasiun Meteorologi Maritim Tegal"),
])
def test_a_weather_station_is_one_body_and_no_place(text, body):
    institutions, places = _lists(text)
    assert institutions == [body]
    assert places == []


def test_an_agency_office_is_no_venue_and_a_station_or_hall_stays_one():
    institutions, places = _lists("Tim dari Kantor SAR Palu dikerahkan ke Stasiun Tawang. Posko didirikan di Balai "
                                  "Desa Bangga.")
    assert "Kantor SAR Palu" in institutions and "Kantor SAR Palu" not in places
    assert "Stasiun Tawang" in places and "Balai Desa Bangga" in places  # guards: a rail station, a village hall
    assert "Balai Wijayakusuma" in _lists("Pameran digelar di Balai Wijayakusuma, Jakarta.")[1]  # a hall
    # guard: a chain whose second body is the parent keeps the parent listed
    assert _lists("Satreskrim Polres Bogor bergerak cepat.")[0] == ["Satreskrim Polres Bogor", "Polres Bogor"]


def test_a_kecamatan_after_a_stations_name_stays_a_place_and_a_river_basin_office_stays_whole():
    institutions, places = _lists("Prakiraan Stasiun Meteorologi Frans Sales Lega Ruteng menyebut gelombang tinggi.")
    assert "Ruteng" in places
    assert [p.name for p in polsek_nlp.analyze("Prakiraan Stasiun Meteorologi Frans Sales Lega Ruteng menyebut "
                                               "gelombang tinggi.", published=PUBLISHED).persons] == []
    assert "Balai Wilayah Sungai Sumatera VIII" in _lists("Balai Wilayah Sungai Sumatera VIII memantau debit sungai.")[0]
