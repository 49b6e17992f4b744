"""Session 19 (issue 19, s19inst): institutions and venues on invented ground (sentences, names and places written
for the test; the values a reader gives by the conventions decided before the code ran)."""
import polsek_nlp

PUBLISHED = "2025-03-04T10:00"


def record(text):
    return polsek_nlp.analyze(text, published=PUBLISHED)


def bodies(text):
    return {i.name for i in record(text).institutions}


def places(text):
    return {p.name for p in record(text).places}


# --- a hospital or prison defined `Full Name (ACR) Qualifier` is named as its body at the site too


def test_a_defined_hospital_is_a_venue_by_its_built_name():
    text = "Korban dibawa ke Rumah Sakit Umum Daerah (RSUD) Sarolangun untuk dirawat."
    assert "RSUD Sarolangun" in places(text)
    assert "Rumah Sakit Umum Daerah" not in places(text)


def test_a_defined_prison_with_its_class_is_a_venue_by_its_built_name():
    text = "Terpidana dipindahkan ke Lembaga Pemasyarakatan (Lapas) Kelas IIA Mataram pekan ini."
    assert "Lapas Kelas IIA Mataram" in places(text)
    assert "Lembaga Pemasyarakatan" not in places(text)


def test_a_hospital_written_short_is_unchanged():
    assert "RSUD Sarolangun" in places("Korban dibawa ke RSUD Sarolangun untuk dirawat.")


# --- a unit defined with a two-word short form before its parent: `Sat Samapta Polres X`


def test_a_two_word_short_form_before_its_parent_names_the_unit():
    got = bodies("Personel Satuan Samapta (Sat Samapta) Polres Sanggau berpatroli di pasar.")
    assert {"Sat Samapta Polres Sanggau", "Polres Sanggau"} <= got
    assert not any("(" in name for name in got)


def test_a_second_two_word_short_form_of_another_unit():
    got = bodies("Regu Satuan Samapta (Sat Samapta) Polresta Pontianak menjaga gereja saat misa malam.")
    assert {"Sat Samapta Polresta Pontianak", "Polresta Pontianak"} <= got


def test_a_one_word_short_form_before_its_parent_is_unchanged():
    got = bodies("Tim Satuan Reserse Narkoba (Satresnarkoba) Polres Landak menggerebek rumah kos.")
    assert "Satresnarkoba Polres Landak" in got


# --- a market's or cemetery's kind word is no name: `Pasar Induk X`, `Tempat Pemakaman Umum X`


def test_a_main_market_takes_the_name_after_its_kind():
    got = places("Petugas berjaga di Pasar Induk Tanjung Selor, Kecamatan Tanjung Selor, sejak pagi.")
    assert "Pasar Induk Tanjung Selor" in got
    assert "Pasar Induk" not in got


def test_a_big_market_with_its_kota_is_one_venue():
    got = places("Harga cabai di Pasar Besar Kota Madiun naik sejak pekan lalu.")
    assert "Pasar Besar Kota Madiun" in got
    assert "Pasar Besar" not in got


def test_a_public_cemetery_written_out_keeps_its_first_word():
    assert "Tempat Pemakaman Umum Sungai Raya" in places("Jenazah dimakamkan di Tempat Pemakaman Umum Sungai Raya.")


def test_a_plain_market_is_unchanged():
    assert "Pasar Sentral Lakawan" in places("Copet beraksi di Pasar Sentral Lakawan pada siang hari.")
