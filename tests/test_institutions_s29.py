"""Session 29 (s29inst): institutions (issue 19), bodies with no cue of their own.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

import polsek_nlp
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- a trade's word that ends a company's name (org_cues.tsv, `trade`: Finance, Travel, Sports ...): the capitalised
# words before it are the company's name, unless a capitalised word goes on after it (a venue: `X Sports Complex`)

@pytest.mark.parametrize(("text", "body"), [
    ("Rinjani Finance menyalurkan kredit kendaraan kepada ribuan nasabah di Lombok.", "Rinjani Finance"),
    ("Puluhan calon jemaah melaporkan Salsabila Travel ke polisi karena gagal berangkat umrah.", "Salsabila Travel"),
    ("Hak siar liga itu dipegang Garuda Sports hingga musim depan.", "Garuda Sports"),
    ("Kasus itu dilaporkan nasabah Andalan Insurance ke Polda Jawa Barat.", "Andalan Insurance"),
])
def test_a_trades_word_ends_a_companys_name(text, body):
    assert body in _names(text)


@pytest.mark.parametrize("text", [
    "Pertandingan final digelar di Mahakam Sports Complex, Samarinda, Sabtu (2/8/2025).",
    "Atlet binaan berlatih di Batavia Sports Center setiap pagi.",
])
def test_guard_a_venue_after_a_trades_word(text):
    assert not any("Sports" in name for name in _names(text))


# --- review (s29rvC): a post's department or a company's people noun before a company an end word closes is no part
# of its name (org_cues.tsv `department`, `member`); after a lowercase word a trade's company keeps its ordinary words

@pytest.mark.parametrize(("text", "body"), [
    ("Direktur SDM dan Marketing Rinjani Finance, Budi Santoso, mengatakan penjualan naik.", "Rinjani Finance"),
    ("Staf Pemasaran Salsabila Travel ditangkap polisi karena menggelapkan setoran jemaah.", "Salsabila Travel"),
    ("Karyawan Salsabila Travel ditangkap polisi karena menggelapkan setoran jemaah.", "Salsabila Travel"),
    ("Karyawan Cakrawala Group mogok kerja di Cikarang.", "Cakrawala Group"),
    ("Warga menerima kredit dari Mega Tirta Finance sejak tahun lalu.", "Mega Tirta Finance"),
])
def test_a_companys_name_opens_after_a_post_or_its_people(text, body):
    assert _names(text) == [body]


@pytest.mark.parametrize(("text", "body"), [
    ("Gelar itu diraih Pemain Terbaik Manchester United tahun ini.", "Manchester United"),
    ("Korban Salsabila Travel melapor ke Polres Depok.", "Salsabila Travel"),
])
def test_guard_an_ordinary_word_before_a_name_still_opens_no_name(text, body):
    assert body in _names(text) and not any(name.endswith(body) and name != body for name in _names(text))


# --- a branch's area of several regions or islands, listed with commas and closed by `dan` (`Wilayah Maluku dan Maluku
# Utara`, `Perwakilan Jawa, Bali dan Nusa Tenggara`): one regional office, named with its whole area

@pytest.mark.parametrize(("text", "body"), [
    ("Petugas PT PLN (Persero) Wilayah Sulawesi Utara dan Gorontalo memperbaiki jaringan yang putus.",
     "PT PLN (Persero) Wilayah Sulawesi Utara dan Gorontalo"),
    ("SKK Migas Perwakilan Jawa, Bali dan Nusa Tenggara mencatat produksi gas naik, Senin (4/8/2025).",
     "SKK Migas Perwakilan Jawa, Bali dan Nusa Tenggara"),
    ("SKK Migas Perwakilan Kalimantan dan Sulawesi menggelar rapat dengan pemerintah daerah.",
     "SKK Migas Perwakilan Kalimantan dan Sulawesi"),
])
def test_a_branchs_area_of_several_regions(text, body):
    whole = [name for name in _names(text) if name.startswith(body.split(" dan ")[0].split(",")[0])]
    assert body in whole


@pytest.mark.parametrize(("text", "bodies"), [
    ("Nasabah BRI cabang Cianjur dan warga Sukabumi antre di depan kantor itu.", ["BRI cabang Cianjur"]),
    ("Pegawai BRI cabang Cianjur dan Polres Cianjur menggelar donor darah.", ["BRI cabang Cianjur", "Polres Cianjur"]),
    ("Nasabah BRI cabang Cianjur dan Sukabumi antre di depan kantor itu.", ["BRI cabang Cianjur"]),  # s29rvC
])
def test_guard_a_branch_then_no_region_after_dan(text, bodies):
    assert sorted(_names(text)) == sorted(bodies)


# --- a region written once after two bodies of one level joined by `dan` (`Pemkab dan Pemkot Tasikmalaya`): the first,
# a bare body's type, is that region's too, of its own level (`Pemkab`: the kabupaten)

@pytest.mark.parametrize(("text", "body", "kind"), [
    ("Bantuan diserahkan Pemkab dan Pemkot Tasikmalaya kepada korban banjir.", "Pemkab Tasikmalaya", "kabupaten"),
    ("Berkas perkara itu dilimpahkan ke Kejari dan Pengadilan Negeri Garut.", "Kejari Garut", "kabupaten"),
    ("Bantuan diserahkan Pemkot dan Pemkab Bogor kepada korban banjir.", "Pemkot Bogor", "kota"),
])
def test_a_region_written_once_for_two_bodies(text, body, kind):
    record = polsek_nlp.analyze(text, published="2025-08-01T10:00")
    found = {i.name: i.region.kind for i in record.institutions if i.region}
    assert found.get(body) == kind


@pytest.mark.parametrize(("text", "bodies"), [
    ("Apel siaga digelar Polda dan Polres Garut di alun-alun.", ["Polres Garut"]),  # a province's command
    ("Polri dan Polda Jawa Barat menurunkan ratusan personel.", ["Polri", "Polda Jawa Barat"]),
    ("Pendataan dilakukan Dinas Kesehatan dan Dinas Sosial Kota Bogor.", ["Dinas Kesehatan", "Dinas Sosial Kota Bogor"]),
])
def test_guard_other_levels_and_named_bodies_keep_their_own(text, bodies):
    assert sorted(_names(text)) == sorted(bodies)


# --- a dateline's slot holding no place but a body (`HUMAS POLRI –`): the body the report comes from, listed as written

@pytest.mark.parametrize(("text", "body"), [
    ("HUMAS POLRI – Polsek Sukamaju mengintensifkan patroli malam di pasar, Senin (4/8/2025).", "HUMAS POLRI"),
    ("HUMAS POLDA JABAR – Polres Garut menggelar bakti sosial di Desa Sukamaju, Senin (4/8/2025).",
     "HUMAS POLDA JABAR"),
])
def test_a_body_in_the_datelines_slot(text, body):
    assert body in _names(text)


@pytest.mark.parametrize("text", [
    "GARUT – Polsek Sukamaju mengintensifkan patroli malam di pasar, Senin (4/8/2025).",
    "BANDA ACEH – Polsek Sukamaju mengintensifkan patroli malam di pasar, Senin (4/8/2025).",
])
def test_guard_a_place_in_the_datelines_slot(text):
    assert _names(text) == ["Polsek Sukamaju"]
