"""Session 26 (s26inst2): institutions (issue 19), the false ones - a body named only inside a place's name: a
street's, a bus stop's, a junction's (`Jalan X`, `Halte X`, `Simpang X`) or after a village's or a kecamatan's
prefix (`Kecamatan X`).

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- a body's name written only as a place's name is no body of the story (police-gold-dev: a name only inside a
# venue's name is not listed)

@pytest.mark.parametrize(("text", "body"), [
    ("Pos pengamanan didirikan di Jalan Pramuka, Kota Sukamaju, kata Kapolres Sukamaju AKBP Dedi Kurniawan.",
     "Pramuka"),
    ("Bus hanya melayani penumpang sampai Halte SMK 57, kata Kepala Dinas Perhubungan Kota Sukamaju Rudi Hartawan.",
     "SMK 57"),
    ("Arus kendaraan dialihkan dari Simpang KFC menuju Jalan Melati, kata Kasat Lantas Polres Sukamaju.", "KFC"),
    ("Banjir merendam Desa Sukamulya di Kecamatan Tirto, kata Kapolres Sukamaju AKBP Dedi Kurniawan.", "Tirto"),
])
def test_a_body_named_only_as_a_places_name_is_not_listed(text, body):
    assert body not in _names(text)


def test_the_body_named_elsewhere_stays():
    names = _names("Petugas berjaga di Halte Departemen Pertanian. Departemen Pertanian meminta warga tenang, kata "
                   "Kapolsek Sukamaju Iptu Budi Santoso.")
    assert "Departemen Pertanian" in names


@pytest.mark.parametrize(("text", "body"), [
    # a body's own site keeps the body (`Kantor`, `Markas`: no named-after head)
    ("Wartawan berkumpul di Kantor Polres Sukamaju, Senin.", "Polres Sukamaju"),
    # a lowercase `jalan` is a way, no street
    ("Ia berharap partainya mengikuti jalan Partai Gerindra dalam pemilihan itu.", "Partai Gerindra"),
    # `di Lingkungan <body>`: within the body, its staff (review s26rvD: `lingkungan` is no place head here)
    ("Sekda mengimbau seluruh ASN di Lingkungan Pemerintah Kabupaten Sukamaju agar disiplin.",
     "Pemerintah Kabupaten Sukamaju"),
])
def test_guards_a_bodys_site_or_a_way_keep_the_body(text, body):
    assert body in _names(text)


# --- an outlet's one-word name where the article writes a person's initials (before an age, after an initials cue)
# is those initials (media.tsv: `AP` and `AFP` are suspects' initials as well)

@pytest.mark.parametrize("text", [
    "Polisi menangkap dua pelajar. Satu di antaranya, berinisial AP (16), diduga sebagai pelaku, kata Kapolsek "
    "Sukamaju Iptu Budi Santoso.",
    "Tersangka AFP (23) ditahan di Mapolsek Sukamaju, kata Kapolsek Sukamaju Iptu Budi Santoso.",
])
def test_an_outlets_name_written_as_a_persons_initials_is_no_outlet(text):
    names = _names(text)
    assert "AP" not in names and "AFP" not in names


def test_guard_an_outlet_after_kepada_stays():
    assert "AP" in _names("Kapolres Sukamaju AKBP Dedi Kurniawan mengatakan kepada AP, Senin, pelaku sudah ditahan.")
