"""Session 22 (s22inst): institutions of 2017 national and regional news (issue 19).

Invented sentences only; each case failed before its rule (s22base), the guards pass on both."""
import polsek_nlp

P = "2017-09-12T10:00"


def _bodies(text: str) -> dict[str, str]:
    return {i.name: i.kind for i in polsek_nlp.analyze(text, published=P).institutions}


# --- a state's organ named by its word and the state (data/words/org_cues.tsv, organ)

def test_a_legislature_named_by_its_country():
    assert _bodies("Senat Portugal menolak rancangan anggaran itu pada Kamis.") == {"Senat Portugal": "legislature"}
    assert _bodies("Parlemen Inggris akan memungut suara pekan depan.") == {"Parlemen Inggris": "legislature"}


def test_the_us_congress_by_the_country_initials():
    assert _bodies("Surat itu dikirim kepada Kongres AS dua hari sebelum pemungutan suara.") == {"Kongres AS": "legislature"}


def test_the_armed_forces_of_a_country():
    assert _bodies("Angkatan Bersenjata Filipina menggempur kelompok bersenjata di pulau itu.") \
        == {"Angkatan Bersenjata Filipina": "military"}


def test_an_organ_word_without_a_country_opens_no_body():
    assert "Kongres Luar Biasa" not in _bodies("Kongres Luar Biasa digelar di Bandung bulan depan.")
    assert _bodies("Anggota parlemen itu menolak hadir.") == {}


def test_indonesias_own_armed_forces_are_not_taken_as_foreign():
    assert "Angkatan Bersenjata Indonesia" not in _bodies("Angkatan Bersenjata Indonesia menggelar latihan gabungan.")


# --- the European Union's organs (institutions.tsv)

def test_the_european_parliament_and_commission():
    bodies = _bodies("Parlemen Eropa dan Komisi Eropa mengecam kekerasan terhadap warga sipil itu.")
    assert {"Parlemen Eropa", "Komisi Eropa"} <= set(bodies)


# --- `Organisasi` / `Lembaga` before an acronym alone is the common noun (org_cues.tsv, common_head)

def test_organisasi_before_an_acronym_alone_is_the_noun():
    bodies = _bodies("Ketua Umum PSSI, Bambang Sudrajat, mengatakan Organisasi PSSI saat ini sedang berbenah.")
    assert "Organisasi PSSI" not in bodies and "PSSI" in bodies
    assert "Lembaga KPK" not in _bodies("Menurut dia, Lembaga KPK tidak boleh dilemahkan.")


def test_organisasi_that_opens_a_longer_name_stays():
    assert "Organisasi Papua Merdeka" in _bodies("Kelompok itu mengaku anggota Organisasi Papua Merdeka.")


# --- a post that ends with its body's full name written out names that body (gold S4)

def _officers(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.unit) for o in polsek_nlp.analyze(text, published=P).officers]


def test_a_post_written_with_its_bodys_full_name_lists_the_body():
    text = "Presiden berbicara dengan Kepala Kepolisian Negara Republik Indonesia (Kapolri) Jenderal Pol Budi Haryanto."
    assert "Kepolisian Negara Republik Indonesia" in _bodies(text)
    assert _officers(text) == [("Budi Haryanto", "Polri")]


def test_a_sub_unit_written_out_inside_a_post_stays_the_posts():
    bodies = _bodies("Kepala Bidang Hubungan Masyarakat Polda Sukamaju Kombes Pol Andi Wijaya membenarkan penangkapan itu.")
    assert not any(name.startswith("Bidang Hubungan Masyarakat") for name in bodies)


def test_an_abbreviated_post_names_no_body():
    assert _bodies("Kapolri Jenderal Pol Budi Haryanto membuka rapat kerja.") == {}


# --- a listed company's name ends at `Tbk` (org_cues.tsv, closes)

def _persons(text: str) -> list[str]:
    return [p.name for p in polsek_nlp.analyze(text, published=P).persons]


def test_the_holder_after_a_listed_company_is_no_part_of_its_name():
    text = "Direktur PT Cahaya Abadi Sentosa Tbk Suryadi membantah tudingan itu."
    assert "PT Cahaya Abadi Sentosa Tbk" in _bodies(text)
    assert _persons(text) == ["Suryadi"]
    text = "Ekonom PT Bank Mitra Sejati Tbk Yosua Pardamean mengatakan inflasi rendah."
    assert "PT Bank Mitra Sejati Tbk" in _bodies(text)
    assert _persons(text) == ["Yosua Pardamean"]


def test_the_legal_form_before_tbk_stays_in_the_name():
    assert "PT Semen Tanah Air (Persero) Tbk" in _bodies("Saham PT Semen Tanah Air (Persero) Tbk naik dua persen.")


# --- a post's holder after a company: a given name that is also a dictionary word opens the name

def test_a_holder_with_a_common_given_name_after_a_company():
    text = "Direktur PT Sinar Terang Budi Santoso mengatakan laba perseroan naik."
    assert "PT Sinar Terang" in _bodies(text)
    assert _persons(text) == ["Budi Santoso"]


def test_a_companys_own_ordinary_words_stay_in_its_name():
    assert "PT Sinar Jaya Abadi" in _bodies("Direktur PT Sinar Jaya Abadi mengatakan laba perseroan naik.")


# --- an amount after a body is no part of its name (words/org_name_stop.tsv)

def test_an_amount_after_a_body_in_a_list_of_contracts():
    bodies = _bodies("Kontrak baru itu antara lain Universitas Negeri Lembarana Rp 165 miliar dan Rumah Sakit Sukamaju Rp 80 miliar.")
    assert {"Universitas Negeri Lembarana", "Rumah Sakit Sukamaju"} <= set(bodies)


# --- Indonesia's missions abroad named by their city (institutions.tsv, takes `city`)

def test_an_embassy_named_by_its_city():
    assert _bodies("Staf KBRI Kuala Lumpur mendampingi para pekerja migran itu.") == {"KBRI Kuala Lumpur": "government"}
    assert "KJRI New York" in _bodies("Diaspora Indonesia berkumpul di aula KJRI New York pada Minggu.")
    assert "KJRI Kota Kinabalu" in _bodies("Korban dijemput petugas KJRI Kota Kinabalu dan petugas Polres Nunukan.")


def test_the_spokesman_after_an_embassy_and_its_city_stays_a_person():
    text = "Juru bicara KBRI Kuala Lumpur Budi Santoso mengatakan para pekerja aman."
    assert "KBRI Kuala Lumpur" in _bodies(text)
    assert _persons(text) == ["Budi Santoso"]


def test_a_navy_ship_is_no_mission():
    assert _bodies("Kapal perang KRI Nanggala tenggelam di utara Bali.") == {}


def test_the_embassy_written_out_and_by_its_city_is_one_body():
    bodies = _bodies("Massa memanjat tembok kantor Konsulat Jenderal Republik Indonesia di Lembarana. "
                     "Staf KJRI Melbourne sedang salat Jumat ketika itu.")
    assert list(bodies) == ["KJRI Melbourne"]


def test_a_stock_code_after_tbk_stays_in_the_name():
    # IDNer's news keeps the code written after a listed company's name inside it
    assert "PT Karya Bumi Nusantara Tbk KBNI" in _bodies("Saham PT Karya Bumi Nusantara Tbk KBNI naik tiga persen.")
