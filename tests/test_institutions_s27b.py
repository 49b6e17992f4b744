"""Session 27 (s27inst2): institutions (issue 19), precision and edges.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

import polsek_nlp
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)

_SULBAR = ("Kepolisian Daerah Sulawesi Barat (Polda Sulbar) mengungkap 14 kasus narkotika. Kabid Humas Polda Sulbar "
           "Kombes Pol Budi Santoso mengatakan Polda Sulbar menyita 200 gram sabu.")
_HST = ("Kepolisian Resor Hulu Sungai Tengah (Polres HST) menangkap dua pengedar. Kapolres HST AKBP Rahmat Hidayat "
        "mengatakan keduanya ditahan.")


# --- a command written in full, then its whole short form in brackets, nothing after: the full name as written
# (gold S66, S42), one entry though the short form is written again; the officers' unit keeps the short form

@pytest.mark.parametrize(("text", "full"), [
    (_SULBAR, "Kepolisian Daerah Sulawesi Barat"),
    (_HST, "Kepolisian Resor Hulu Sungai Tengah"),
])
def test_a_command_in_full_before_its_bracketed_short_form_is_one_entry_in_full(text, full):
    assert _names(text) == [full]


def test_guard_the_officers_unit_keeps_the_short_form():
    record = polsek_nlp.analyze(_SULBAR, published="2025-08-01T10:00")
    assert [o.unit for o in record.officers] == ["Polda Sulawesi Barat"]


# --- after a head's post, `(ACR) Words, Holder Name,`: the capitalised words closed by a comma, the holder's name
# apposed between commas after them, are the body's qualifier (`ACR Qualifier`, gold S6), not the holder

@pytest.mark.parametrize(("text", "body"), [
    ("Kepala Unit Penyelenggara Bandar Udara (UPBU) Rahadi Oesman, Yusuf Hakim, memastikan jadwal penerbangan normal.",
     "UPBU Rahadi Oesman"),
    ("Ketua Lembaga Masyarakat Adat (LMA) Mbaruk Tabi, Hendrik Wonda, mendukung langkah polisi.", "LMA Mbaruk Tabi"),
])
def test_a_qualifier_before_the_holder_apposed_between_commas_stays_with_the_acronym(text, body):
    assert body in _names(text)


@pytest.mark.parametrize(("text", "holder"), [
    ("Kepala Badan Nasional Penanggulangan Bencana (BNPB) Dedi Suhendar, Senin (12/5), mengatakan warga mengungsi.",
     "Dedi Suhendar"),
    ("Direktur Lembaga Bantuan Hukum (LBH) Andi Wirawan, Kepala Divisi Advokasi, mengatakan gugatan didaftarkan.",
     "Andi Wirawan"),
    # review s27rvD: a place after the holder (the dateline's kind), a list of holders: the holder is no qualifier
    ("Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwi Karnawati, Jakarta Pusat, mengatakan gempa tidak "
     "berpotensi tsunami.", "Dwi Karnawati"),
    ("Ketua Komisi Pemberantasan Korupsi (KPK) Agus Santoso, Laode Hamdan Syarif, dan Saut Hidayat hadir dalam rapat.",
     "Agus Santoso"),
])
def test_guard_the_holder_after_the_bracket_is_no_qualifier(text, holder):
    assert not any(holder in name for name in _names(text))


# --- review s27rvD: S66 reads a bracket with nothing after it; a capitalised qualifier after the bracket (its region)
# keeps the bracket's short form, as before S66 (gold S6: `Full Name (ACR) Qualifier`)

def test_a_region_after_the_bracketed_short_form_keeps_the_short_form():
    text = "Kepolisian Resor Sukabumi (Polres Sukabumi) Jawa Barat menangkap dua pengedar di Kecamatan Cibadak."
    assert _names(text) == ["Polres Sukabumi"]
