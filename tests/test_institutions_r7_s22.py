"""Session 22 (s22inst2): institutions of headline news, archive round 7's tune ground (issue 19).

Invented sentences only; each case failed before its rule (817bb30), the guards pass on both."""
import polsek_nlp

P = "2017-04-17T10:00"


def _names(text: str) -> list[str]:
    return [i.name for i in polsek_nlp.analyze(text, published=P).institutions]


# --- a company's legal form of two words (data/words/org_cues.tsv, form_lead)

def test_a_name_before_a_two_word_legal_form_keeps_its_first_words():
    assert _names("Perwakilan Nusatek Asia Pacific Pte Ltd hadir di kantor pajak itu.") == ["Nusatek Asia Pacific Pte Ltd"]
    assert _names("Kontrak dengan Daehan Heavy Engineering Co Ltd diteken di Jakarta.") == ["Daehan Heavy Engineering Co Ltd"]
    assert _names("Saham itu dibeli Tasmara Ridge Mining Pty Ltd dari Perth.") == ["Tasmara Ridge Mining Pty Ltd"]


def test_a_one_word_legal_form_is_read_as_before():
    assert _names("Saham Lumina Inc turun tajam di bursa itu.") == ["Lumina Inc"]
    assert _names("Ia bekerja di Pte Ltd selama dua tahun.") == []


# --- one body: the head and the acronym written again without the parent body (resolve/institutions.py)

def test_the_head_and_acronym_again_are_the_body_introduced_with_its_parent():
    text = ("Ditjen Tanaman Pangan (TP) Kementerian Pertanian menyiapkan benih bagi petani. "
            "Ditjen TP juga menyiapkan pupuk bagi petani di Kabupaten Sleman.")
    assert _names(text) == ["Ditjen TP Kementerian Pertanian", "Kementerian Pertanian"]


def test_a_body_with_a_longer_region_stays_apart():
    assert _names("Polres Sleman menangkap dua pelaku. Polres Sleman Kota juga memeriksa saksi.") \
        == ["Polres Sleman", "Polres Sleman Kota"]


# --- an end word after a name already ended by one (organisations.name_parts)

def test_a_legal_form_after_an_industry_word_goes_on_with_the_name():
    assert _names("Laporan Borealis Media Agency LLC disebut dalam dakwaan itu.") == ["Borealis Media Agency LLC"]
    assert _names("Gugatan diajukan Halcyon Holdings Ltd ke pengadilan Singapura.") == ["Halcyon Holdings Ltd"]
    assert _names("Dana itu berasal dari Merapi Ventures International Bhd pada April lalu.") \
        == ["Merapi Ventures International Bhd"]


def test_two_outlets_in_a_list_stay_two():
    assert _names("Acara itu disiarkan Kompas TV dan Metro TV pada Senin malam.") == ["Kompas TV", "Metro TV"]


# --- a defence force named by its country (data/words/org_cues.tsv, organ)

def test_a_defence_force_named_by_its_country():
    assert _names("Pasukan Pertahanan Selandia Baru mengirim dua kapal ke wilayah itu.") \
        == ["Pasukan Pertahanan Selandia Baru"]


def test_a_defence_force_word_without_a_country_opens_no_body():
    assert _names("Pasukan Pertahanan Sipil itu dibentuk warga desa.") == []
