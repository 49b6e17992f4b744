"""Session 28 (s28inst): institutions (issue 19), right edges a body's qualifier cut short.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

import polsek_nlp
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- a Koramil's own number after its Kodim's, joined by a slash (`Koramil 0805/03 Kawedanan`): the number and the
# place after it are the unit's name, as in the officers' unit

@pytest.mark.parametrize(("text", "body"), [
    ("Anggota Koramil 0805/03 Kawedanan membantu warga membersihkan saluran air.", "Koramil 0805/03 Kawedanan"),
    ("Personel Koramil 1612/05 Kuwus ikut mencari korban di sungai.", "Koramil 1612/05 Kuwus"),
])
def test_a_koramils_own_number_after_its_kodims(text, body):
    assert body in _names(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Anggota Kodim 0804/Magetan membantu warga.", "Kodim 0804/Magetan"),
    ("Personel Koramil 1802-01/Sorong membantu warga.", "Koramil 1802-01/Sorong"),
])
def test_guard_a_parents_number_then_its_place(text, body):
    assert _names(text) == [body]


# --- an office's grade with the words written with it (grade_qualifiers.tsv): `Kelas I Khusus TPI`, `Kelas II Non
# TPI`, `Tipe Madya Pabean B`; the place after the grade closes the name

@pytest.mark.parametrize(("text", "body"), [
    ("Petugas Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta mendeportasi dua warga asing.",
     "Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta"),
    ("Kepala Kantor Imigrasi Kelas II TPI Atambua, Yusuf Salim, mengatakan pemeriksaan diperketat.",
     "Kantor Imigrasi Kelas II TPI Atambua"),
    ("Kantor Imigrasi Kelas II Non TPI Kediri membuka layanan paspor pada hari Sabtu.",
     "Kantor Imigrasi Kelas II Non TPI Kediri"),
    ("Petugas KPPBC Tipe Madya Pabean B Tanjung Balai Karimun menyita 20 karton rokok ilegal.",
     "KPPBC Tipe Madya Pabean B Tanjung Balai Karimun"),
])
def test_an_offices_grade_with_its_words(text, body):
    assert body in _names(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Kepala Lapas Kelas IIA Banyuwangi, Made Suryawan, memeriksa sel tahanan.", "Lapas Kelas IIA Banyuwangi"),
    ("Petugas Kantor Imigrasi Kupang memeriksa paspor penumpang.", "Kantor Imigrasi Kupang"),
])
def test_guard_a_grade_alone_and_no_grade(text, body):
    assert body in _names(text)


def test_guard_the_holder_after_a_graded_office_is_no_name_of_it():
    names = _names("Kepala Kantor Imigrasi Kelas I TPI Kupang Andi Saputra mengatakan hal itu.")
    assert not any("Andi" in n for n in names)


# --- a regional water company's own name after `PDAM` (own_name_openers.tsv: `Tirta`), where the body is otherwise
# named by its place

@pytest.mark.parametrize(("text", "body"), [
    ("Direktur PDAM Tirta Kencana, Iwan Setiawan, meminta warga menghemat air.", "PDAM Tirta Kencana"),
    ("Gangguan pipa PDAM Tirta Darma Ayu membuat ribuan pelanggan tidak mendapat air.", "PDAM Tirta Darma Ayu"),
])
def test_a_water_companys_own_name(text, body):
    assert body in _names(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Direktur PDAM Kota Bogor, Budi Santoso, meminta maaf atas gangguan itu.", "PDAM Kota Bogor"),
    ("Direktur PDAM Budi Santoso meminta maaf atas gangguan itu.", "PDAM"),
])
def test_guard_a_water_company_by_its_place_or_before_its_holder(text, body):
    assert _names(text) == [body]


# --- a graded office's name ends before a given name: the holder written right after it, no comma between

def test_a_graded_offices_holder_right_after_its_name():
    record = polsek_nlp.analyze("Kepala Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai Ridwan Hakim mengatakan pihaknya "
                                "akan memeriksa izin tinggal warga asing itu.", published="2025-08-01T10:00")
    assert [i.name for i in record.institutions] == ["Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai"]
    assert "Ridwan Hakim" in [p.name for p in record.persons]


# --- the province's name after a body's `Daerah` that both share (`Kepolisian Daerah Istimewa Yogyakarta`:
# province_aliases.tsv `Istimewa Yogyakarta`)

@pytest.mark.parametrize(("text", "body"), [
    ("Kepolisian Daerah Istimewa Yogyakarta menurunkan 500 personel untuk pengamanan malam tahun baru.",
     "Kepolisian Daerah Istimewa Yogyakarta"),
    ("Pemerintah Daerah Istimewa Yogyakarta menyiapkan dana bantuan bagi warga terdampak.",
     "Pemerintah Daerah Istimewa Yogyakarta"),
])
def test_a_body_whose_daerah_the_province_shares(text, body):
    assert body in _names(text)


# --- s28rvC (review): the water company's own name is short; a longer run the gazetteer does not close is its
# director's name written right after it, no comma between (`Direktur PDAM Tirta X Name Name mengatakan`)

@pytest.mark.parametrize(("text", "body", "person"), [
    ("Direktur Utama PDAM Tirta Sangkuriang Deddy Karyadi mengatakan pasokan air normal kembali.",
     "PDAM Tirta Sangkuriang", "Deddy Karyadi"),
    ("Direktur PDAM Tirta Mandala Teddy Sumarna mengatakan pipa yang bocor sudah diganti.",
     "PDAM Tirta Mandala", "Teddy Sumarna"),
])
def test_a_water_companys_director_right_after_its_own_name(text, body, person):
    record = polsek_nlp.analyze(text, published="2025-08-01T10:00")
    assert [i.name for i in record.institutions] == [body]
    assert person in [p.name for p in record.persons]


@pytest.mark.parametrize(("text", "body"), [
    ("Pipa PDAM Tirta Sangkuriang Bandung bocor sejak Senin.", "PDAM Tirta Sangkuriang Bandung"),
    ("Pelanggan PDAM Tirta Darma Ayu mengeluhkan air keruh.", "PDAM Tirta Darma Ayu"),
])
def test_guard_a_water_companys_own_name_of_two_words_or_with_its_place(text, body):
    assert _names(text) == [body]


# --- s28rvC (review): a national directorate's or agency's office in a region under `Kanwil`, as a ministry's
# (`Kanwil Ditjenpas X`, `Kanwil BPJS Ketenagakerjaan X`); with no region or no `Kanwil`, no office

@pytest.mark.parametrize(("text", "office"), [
    ("Kepala Kanwil Ditjenpas Sulawesi Tengah meninjau blok hunian yang terbakar.", "Kanwil Ditjenpas Sulawesi Tengah"),
    ("Kanwil BPJS Ketenagakerjaan Jawa Barat menyerahkan santunan kepada ahli waris korban.",
     "Kanwil BPJS Ketenagakerjaan Jawa Barat"),
    # guards: no region after the agency, or no `Kanwil` before it
    ("Kepala Kanwil Ditjenpas meninjau blok hunian yang terbakar.", None),
    ("Tim Ditjenpas Sulawesi Tengah meninjau blok hunian.", None),
])
def test_a_national_agencys_regional_office(text, office):
    names = _names(text)
    assert [n for n in names if n.startswith("Kanwil")] == ([office] if office else [])
    assert "Ditjenpas" in names or "BPJS Ketenagakerjaan" in names
