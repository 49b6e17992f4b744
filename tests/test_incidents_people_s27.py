"""Suspects and victims (issue 22, session 27, s27sv). Every name, place and sentence is invented; read through the
public API. The first cases of each group fail before its rule; the others are guards."""
import pytest

from helpers import named_people, reader, suspect_statuses

_record = reader("2024-03-12T10:00", id="t")

_ARREST = "Polisi menangkap dua pelaku pencurian sepeda motor di Desa Sukamaju, Senin (11/3/2024). "
_CAUGHT = "Dua pria ditangkap polisi karena mencuri sepeda motor di Desa Cibaru, Senin (11/3/2024). "


# --- the witnesses apposed to a group's pronoun after a sentence that speaks of them ------------------------------------

@pytest.mark.parametrize("text", [
    # the counted suspects' older fill (s23sv) took the witnesses for the two counted
    _CAUGHT + "Polisi juga memeriksa para saksi. Mereka, Dodi Kurniawan (30) dan Ujang Saepudin (28), mengaku melihat "
    "kedua pelaku di lokasi.",
    _ARREST + "Polisi juga memeriksa para saksi. Mereka, Dodi Kurniawan (30) dan Ujang Saepudin (28), mengaku melihat "
    "kedua pelaku di lokasi.",
    _CAUGHT + "Polisi juga memeriksa dua saksi. Keduanya, Dodi Kurniawan (30) dan Ujang Saepudin (28), mengaku melihat "
    "kedua pelaku di lokasi.",
    _ARREST + "Penyidik sudah meminta keterangan tiga saksi. Ketiganya, Asep Rahmat (40), Wawan Setiawan (35) dan Iis "
    "Suryani (33), tinggal tidak jauh dari lokasi.",
    # the reduplicated plural of the witnesses (`saksi-saksi`): the apposed list took the arrest two sentences back
    _CAUGHT + "Polisi juga memeriksa saksi-saksi. Keduanya, Dodi Kurniawan (30) dan Ujang Saepudin (28), mengaku "
    "melihat kedua pelaku di lokasi.",
    _CAUGHT + "Polisi juga memeriksa saksi-saksi. Mereka, Dodi Kurniawan (30) dan Ujang Saepudin (28), mengaku melihat "
    "kedua pelaku di lokasi.",
    _ARREST + "Petugas lalu memeriksa saksi-saksi di lokasi. Keduanya, Dodi Kurniawan (30) dan Ujang Saepudin (28), "
    "adalah pedagang di pasar itu.",
])
def test_witnesses_apposed_to_a_group_pronoun_are_no_suspects(text):
    suspects, victims = named_people(_record(text))
    assert not suspects & {"Dodi Kurniawan", "Ujang Saepudin", "Asep Rahmat", "Wawan Setiawan", "Iis Suryani"}


@pytest.mark.parametrize("text, expected", [
    # the apposed list right after the arrest: the arrested (s26sv2's rule, kept)
    (_ARREST + "Keduanya, Dodi Kurniawan (30) dan Ujang Saepudin (28), kini ditahan di Mapolsek. Polisi juga memeriksa "
     "saksi-saksi.", {"Dodi Kurniawan": "ditahan", "Ujang Saepudin": "ditahan"}),
    (_CAUGHT + "Keduanya, Dodi Kurniawan (30) dan Ujang Saepudin (28), merupakan warga desa tetangga. "
     "Barang bukti sepeda motor disita.",
     {"Dodi Kurniawan": "ditangkap", "Ujang Saepudin": "ditangkap"}),
])
def test_the_arrested_apposed_right_after_keep_the_arrest(text, expected):
    assert {n: st for n, st in suspect_statuses(_record(text)).items() if n} == expected

