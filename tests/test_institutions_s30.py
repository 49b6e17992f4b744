"""Session 30 (s30inst): institutions (issue 19).

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- a regional office's two-word short form in brackets (`Kantor Wilayah <body> (Kanwil <ACR>) <region>`): the office
# is `Kanwil <ACR> <region>`, as a one-word bracket's body is (`(BNNK) Binjai`); no bare ministry beside it

@pytest.mark.parametrize(("text", "body"), [
    ("Petugas berkoordinasi dengan Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Jawa Tengah, Senin.",
     "Kanwil Kemenkumham Jawa Tengah"),
    ("Razia digelar atas perintah Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Provinsi Lampung pada Selasa.",
     "Kanwil Kemenag Provinsi Lampung"),
    ("Sengketa lahan ditangani Kantor Wilayah Badan Pertanahan Nasional (Kanwil BPN) Sulawesi Selatan.",
     "Kanwil BPN Sulawesi Selatan"),
    ("Razia itu instruksi Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan (Kanwil Ditjenpas) Kalimantan "
     "Selatan setelah kejadian.", "Kanwil Ditjenpas Kalimantan Selatan"),
    ("Kepala Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Jawa Timur, Sugeng Riyadi, meninjau lapas.",
     "Kanwil Kemenkumham Jawa Timur"),
])
def test_a_regional_offices_two_word_bracket(text, body):
    assert _names(text) == [body]


def test_guard_a_regional_office_written_out_keeps_its_ministry():
    names = _names("Polisi melapor ke Kantor Wilayah Kementerian Hukum dan HAM Provinsi Riau kemarin.")
    assert "Kantor Wilayah Kementerian Hukum dan HAM Provinsi Riau" in names


def test_guard_a_two_word_bracket_of_no_office():
    names = _names("Razia digelar Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Garut pada Senin.")
    assert not any(name.startswith("Kanwil") for name in names)



# --- s30inst2: a body named by its site, after a post, its short form in brackets, then a town no gazetteer knows
# and the holder's name with no comma: the town is the office's (`Basarnas Maumere`), not the holder's first name;
# the full name alone was listed (a false institution) and the office missed

@pytest.mark.parametrize(("text", "body"), [
    ("Kepala Kantor Pencarian dan Pertolongan (Basarnas) Maumere Yakobus Lewar di Larantuka, Kamis, mengatakan jasad "
     "korban ditemukan.", "Basarnas Maumere"),
    ("Kepala Kantor Pencarian dan Pertolongan (Basarnas) Timika Yohanes Wenda mengatakan tim dikerahkan.",
     "Basarnas Timika"),
    ("Kepala Kantor Pencarian dan Pertolongan (Basarnas) Maumere I Made Sutama mengatakan tim dikerahkan.",
     "Basarnas Maumere"),
    ("Kepala Kantor Pencarian dan Pertolongan (Kantor SAR) Maumere Petrus Dwi Wolo mengatakan tim dikerahkan.",
     "Kantor SAR Maumere"),
    ("Kepala Kantor Pencarian dan Pertolongan (Kantor SAR) Kupang Petrus Dwi Wolo mengatakan tim dikerahkan.",
     "Kantor SAR Kupang"),
])
def test_a_sited_bodys_town_before_its_holder(text, body):
    assert _names(text) == [body]


def test_guard_a_sited_bodys_holder_right_after_the_bracket():
    names = _names("Kepala Kantor Pencarian dan Pertolongan (Basarnas) Markus Dosi Wolo mengatakan tim dikerahkan.")
    assert not any(name.startswith("Basarnas ") for name in names)


def test_guard_a_national_bodys_holder_of_three_words():
    names = _names("Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Kasbani Hadi Wijaya mengatakan status "
                   "gunung naik.")
    assert not any(name.startswith("PVMBG ") for name in names)


# --- s30inst2: a task force's name is no institution (gold S1: `Satgas ...` not listed, standing or ad hoc); the unit
# written inside it is listed on its own (`Satgas Pamtas RI-RDTL Yonif 999/X` -> `Yonif 999/X`)

@pytest.mark.parametrize(("text", "bodies"), [
    ("Dua tersangka ditangkap bersama personel Satgas Pamtas RI-RDTL Yonif 742/Satya Wira Yudha di Atambua, Senin.",
     ["Yonif 742/Satya Wira Yudha"]),
    ("Informasi berasal dari prajurit Satgas Pamtas Yonif 645/Gardatama Yudha yang melihat tiga orang memikul karung.",
     ["Yonif 645/Gardatama Yudha"]),
    ("Personel Satgas Pangan Polda Jambi memeriksa gudang beras di Kota Jambi.", ["Polda Jambi"]),
])
def test_a_task_forces_name_lists_only_its_unit(text, bodies):
    assert _names(text) == bodies


def test_guard_a_team_word_opening_a_bodys_name_stays():
    assert _names("Tim Penggerak PKK Kabupaten Sikka membagikan sembako kepada warga.") == [
        "Tim Penggerak PKK Kabupaten Sikka"]
