"""Session 27 (s27inst): institutions (issue 19) - a post's portfolio `Ops` read as an operation's name hid the body
after it (`Kabag Ops Polres X`, `Karo Ops Polda X`).

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

import polsek_nlp
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- `Ops` closing a post of positions.tsv is the post's portfolio, no operation's name: the body after it stays

@pytest.mark.parametrize(("text", "body"), [
    ("Kabag Ops Polres Sukamaju Kompol Andi Wijaya mengatakan 300 personel disiagakan.", "Polres Sukamaju"),
    ("Hendra sebelumnya menjabat Karo Ops Polda Jawa Tengah sebelum dipindahkan.", "Polda Jawa Tengah"),
    ("Kapolda melalui Karo Ops Polda Gorontalo Kombes Pol Rudi Hartawan mengatakan 650 personel disiagakan.",
     "Polda Gorontalo"),
])
def test_a_posts_ops_is_no_operation_and_the_body_after_it_stays(text, body):
    assert body in _names(text)


def test_guard_an_operation_named_with_ops_stays_an_event():
    record = polsek_nlp.analyze("Polres Sukamaju menggelar Ops Zebra Lodaya 2025 selama dua pekan, kata Kapolres.",
                                published="2025-08-01T10:00")
    assert "Ops Zebra Lodaya 2025" in [e.text for e in record.entities if e.label == "EVENT"]


# --- a title-case phrase its bracketed acronym spells letter by letter, placed where a body stands (a head's title or
# a group noun before it, a speech or active verb after the bracket, or the acronym acting elsewhere), is a body

@pytest.mark.parametrize(("text", "body"), [
    ("Ketua   Advokat Peduli Bangsa (APB)   Sutrisno Hadi mengatakan timnya siap membela warga Kota Bekasi.",
     "Advokat Peduli Bangsa"),
    ("Polisi menangkap pemasok logistik kelompok Mujahidin Sulawesi Barat (MSB) di Desa Sukamaju, Kabupaten Mamuju.",
     "Mujahidin Sulawesi Barat"),
    ("Warga bersama komunitas Sungai Bersih Ciliwung (SBC) mengangkat delapan ton sampah dari sungai.",
     "Sungai Bersih Ciliwung"),
    ("Gladi bersih Pasukan Reaksi Kilat Nusantara (PRKN) digelar di Natuna. Komandan PRKN mengatakan latihan lancar.",
     "Pasukan Reaksi Kilat Nusantara"),
])
def test_a_phrase_its_bracketed_acronym_spells_placed_as_a_body_is_listed(text, body):
    assert body in _names(text)


@pytest.mark.parametrize(("text", "phrase"), [
    # a term of the same shape (not_org_acronyms.tsv; a crime's, an index's, an event's name) and no body's place
    ("Petugas Polsek Sukamaju mendatangi Tempat Kejadian Perkara (TKP) di Desa Sukamulya.", "Tempat Kejadian Perkara"),
    ("Indeks Persepsi Korupsi (IPK) Indonesia naik dua poin, kata Ketua KPK.", "Indeks Persepsi Korupsi"),
    ("Kemenpora meminta penjelasan penyelenggara Pekan Olahraga Nasional (PON) Jawa Barat. PON mengatakan siap.",
     "PON Jawa Barat"),
    # a person's initials (`Susilo Bambang Yudhoyono (SBY)`, gold: a person) and a team (gold S1)
    ("Ia membandingkan dengan masa Presiden Susilo Bambang Yudhoyono (SBY). SBY mengatakan hal itu wajar.",
     "Susilo Bambang Yudhoyono"),
    ("Tim Pencari Fakta Gabungan (TPFG) menyatakan tidak menemukan aliran dana, kata Kapolres Sukamaju.",
     "Tim Pencari Fakta Gabungan"),
    # a phrase with no body's place, nor its acronym anywhere else
    ("Warga menanam pohon di Hutan Kota Sukamaju (HKS) pada Minggu pagi.", "Hutan Kota Sukamaju"),
])
def test_guards_terms_persons_teams_and_unplaced_phrases_stay_out(text, phrase):
    assert phrase not in _names(text)


# --- a company's branch or division (`PT X (Persero) Daop 6 Y`, `PT X Cabang Y`) lists the company too: a parent
# written inside a longer name (police-gold-dev's parent rule: `Bareskrim Mabes Polri` -> also `Mabes Polri`)

@pytest.mark.parametrize(("text", "branch", "company"), [
    ("Manajer Humas PT Kereta Api Indonesia (Persero) Daop 4 Semarang, Rina Astuti, mengatakan KAI menambah kereta.",
     "PT Kereta Api Indonesia (Persero) Daop 4 Semarang", "PT Kereta Api Indonesia (Persero)"),
    ("Rapat diikuti Satpol PP Kabupaten Sukamaju dan PT Jasa Raharja Cabang Jawa Tengah.",
     "PT Jasa Raharja Cabang Jawa Tengah", "PT Jasa Raharja"),
    ("Petugas PT PLN (Persero) UP3 Sukamaju juga dimintai keterangan oleh penyidik Polres Sukamaju.",
     "PT PLN (Persero) UP3 Sukamaju", "PT PLN (Persero)"),
])
def test_a_companys_branch_lists_the_company_too(text, branch, company):
    assert {branch, company} <= set(_names(text))


def test_guard_a_company_written_alone_elsewhere_is_listed_once():
    names = _names("Manajer Humas PT KAI Daop IV Semarang, Rina Astuti, mengatakan jalur aman. Petugas PT KAI memasang "
                   "pembatas kecepatan.")
    assert names.count("PT KAI") == 1 and "PT KAI Daop IV Semarang" in names


# --- `PO` (Perusahaan Otobus) opens a bus operator's name, as `PT`, `CV` do; a person's initials stay initials

def test_a_bus_operator_after_po_is_a_body_not_a_person():
    record = polsek_nlp.analyze("Sopir bus PO Sinar Harapan Jaya berinisial AS (45) ditetapkan sebagai tersangka oleh "
                                "Polres Sukamaju.", published="2025-08-01T10:00")
    assert "PO Sinar Harapan Jaya" in institution_names(record)
    assert "PO Sinar Harapan Jaya" not in [p.name for p in record.persons]


def test_guard_po_as_a_persons_initials_names_no_body():
    assert _names("Polisi menangkap PO (25) di rumahnya, kata Kapolsek Sukamaju Iptu Budi Santoso.") == []
