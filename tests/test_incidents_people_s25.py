"""Named victims of a counted group (issue 22, session 25, s25sv): `Dua pekerja yang sebelumnya dinyatakan hilang, A (24)
dan B (33), asal Kabupaten X, ditemukan meninggal dunia`: `sebelumnya` in a relative clause (`yang sebelumnya`) is
the story's own earlier state, not another case; a home set off by commas and `ditemukan` may stand between a list's
last name and its harm, which every listed name shares. Every name, place and sentence is invented; read through the
public API. Each case fails before the rule."""
from helpers import reader, victim_statuses

_record = reader("2025-06-04T10:00", id="t")


def test_yang_sebelumnya_is_no_other_case():
    rec = _record("Tebing tambang batu di Desa Sukamulya, Kabupaten Majalengka, longsor dan menimbun pekerja, Senin "
                  "(2/6/2025). Dua pekerja yang sebelumnya terjebak, Ade Saprudin (24) dan Wahyono (33), ditemukan "
                  "tewas tertimbun.")
    assert victim_statuses(rec) == [("Ade Saprudin", "tewas"), ("Wahyono", "tewas")]


def test_home_set_off_between_a_list_and_its_harm():
    rec = _record("Tebing tambang batu di Desa Sukamulya, Kabupaten Majalengka, longsor dan menimbun pekerja, Senin "
                  "(2/6/2025). Dua pekerja, Ade Saprudin (24) dan Wahyono (33), asal Kecamatan Talaga, ditemukan "
                  "meninggal dunia di bawah timbunan batu.")
    assert victim_statuses(rec) == [("Ade Saprudin", "tewas"), ("Wahyono", "tewas")]

