"""Issue 19: institutions on articles nobody tuned for (sentences written for the test)."""
import polsek_nlp


def names(text, **kw):
    return {x.name for x in polsek_nlp.analyze(text, **kw).institutions}


def test_unknown_capitals_are_no_body():
    found = names("Warga menulis KERAS dan JUJUR di spanduk. Data WXYZ diperiksa petugas di Bandung.")
    assert not {"KERAS", "JUJUR", "WXYZ"} & found


def test_unknown_acronym_where_a_body_stands():
    found = names("Sekjen QRZ Budi Santoso hadir. Anggota XKT Kodam Jaya berjaga. Nasabah BRX cabang Depok antre.")
    assert "QRZ" in found
    assert any(n.startswith("XKT") for n in found)
    assert "BRX cabang Depok" in found
