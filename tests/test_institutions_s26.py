"""Session 26 (s26inst): institutions (issue 19) — the bodies inside a regulation's title, a bare `DPRD` beside the
DPRD of a region, an acronym's branch in a region with no level word, a bare sub-unit of ordinary words, a ministry's
regional office (`Kanwil`).

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- a body named only inside a regulation's title after `tentang` is the law's subject, no body of the story

def test_a_body_in_a_laws_title_after_its_number_is_not_listed():
    names = _names("Pelaku dijerat Pasal 5 UU No. 4/2011 tentang Perserikatan Bangsa-Bangsa Sukamaju, kata Kapolres "
                   "Sukamaju AKBP Dedi Kurniawan. Polres Sukamaju menahan pelaku di Mapolres.")
    assert "Perserikatan Bangsa-Bangsa" not in " ".join(names)
    assert "Polres Sukamaju" in names


@pytest.mark.parametrize(("text", "body"), [
    # `tentang` with no regulation cited before it opens no title
    ("Wartawan bertanya tentang Majelis Permusyawaratan Rakyat (MPR) kepada Rudi Hartawan, Senin.",
     "Majelis Permusyawaratan Rakyat"),
    # the title's comma before a clause closes it; the body of the clause is listed
    ("Kami berpegang pada UU Nomor 2 Tahun 2002 tentang Kepolisian, Polres Sukamaju tidak akan ragu menindak pelaku.",
     "Polres Sukamaju"),
])
def test_guards_no_law_or_a_closed_title_keep_the_body(text, body):
    assert body in _names(text)


# --- a bare `DPRD` beside the DPRD of a region is that DPRD (gold S7)

def test_a_bare_dprd_beside_a_citys_dprd_is_that_dprd():
    names = _names("Ketua Komisi II DPRD Kota Sukamaju, Hendra Wijaya, meminta pemkot bertindak cepat. Rapat antara "
                   "pemkot, DPRD dan balai wilayah sungai dijadwalkan Kamis.")
    assert "DPRD" not in names
    assert "DPRD Kota Sukamaju" in names


# --- a sub-unit named by ordinary words only, with no body of its own, is no particular body (gold S4, S24)

def test_a_bare_sub_unit_of_ordinary_words_is_not_listed():
    names = _names("Asosiasi Pedagang Daring Sukamaju meminta Divisi Pajak segera bertindak, sementara Unit Gawat "
                   "Darurat di rumah sakit itu disiagakan.")
    assert "Divisi Pajak" not in names and "Unit Gawat Darurat" not in names
    assert "Asosiasi Pedagang Daring Sukamaju" in names


def test_a_sub_unit_with_its_body_or_a_table_body_stays():
    # guard: a sub-unit with its command, a table body opening with `Satuan`
    names = _names("Unit Reskrim Polsek Sukamaju dan Satuan Polisi Pamong Praja menertibkan pedagang di alun-alun.")
    assert "Unit Reskrim Polsek Sukamaju" in names and "Satuan Polisi Pamong Praja" in names


@pytest.mark.parametrize(("text", "bodies"), [
    # the bodies a regulation's title lists (`tentang MPR, DPR, DPD, DPRD`) are the law's subject
    ("Wakil Ketua DPR Rudi Hartawan mengatakan Perubahan Kedua Undang-Undang Nomor 9 Tahun 2015 tentang MPR, DPR, DPD, "
     "DPRD (UU MD3) tetap sah meski belum ditandatangani Presiden.", ["DPR"]),
    # a bare `DPRD` beside the DPRD of a province is that DPRD (gold S7)
    ("Ketua DPRD Provinsi Jawa Tengah Hendra Wijaya hadir. Menurut dia, DPRD akan memanggil dinas terkait.",
     ["DPRD Provinsi Jawa Tengah"]),
    # an acronym's branch in a region written with no level word: `(BPKP) Perwakilan X`
    ("Berdasarkan audit Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Sulawesi Barat, kerugian negara "
     "mencapai Rp 1,2 miliar, kata Hendra Wijaya.", ["BPKP Perwakilan Sulawesi Barat"]),
])
def test_the_bodies_of_a_title_a_bare_dprd_and_a_branch(text, bodies):
    assert _names(text) == bodies


# --- a ministry's office in a region: `Kanwil` / `Kantor Wilayah` + the ministry + the region is one body

@pytest.mark.parametrize(("text", "office", "ministry"), [
    ("Rapat itu dihadiri perwakilan Kanwil Kementerian Agama Jawa Tengah dan PT Sinar Laut Abadi.",
     "Kanwil Kementerian Agama Jawa Tengah", "Kementerian Agama"),
    ("Kepala Kantor Wilayah Kementerian Hukum dan HAM Provinsi Jambi Hendra Wijaya meninjau rutan itu, Senin.",
     "Kantor Wilayah Kementerian Hukum dan HAM Provinsi Jambi", "Kementerian Hukum dan HAM"),
])
def test_a_ministrys_regional_office_and_the_ministry(text, office, ministry):
    names = _names(text)
    assert office in names and ministry in names
