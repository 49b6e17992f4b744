"""Session 24 (s24inst): institutions (issue 19) — police unit types written bare (gold S24).

Invented sentences only; each case failed before its rule, the guards pass on both."""
import polsek_nlp

P = "2025-08-01T10:00"


def _names(text: str) -> list[str]:
    return [i.name for i in polsek_nlp.analyze(text, published=P).institutions]


# --- a police unit type with no command, region or number is no particular body (gold S24)

def test_bare_police_unit_types_are_not_listed():
    names = _names("Kapolres Sukamaju AKBP Joko Santoso mengatakan satu kompi Brimob dikirim ke lokasi. Anggota "
                   "Satlantas membantu warga. Personel Unit Samapta dan Unit Reskrim berpatroli. Tim Inafis melakukan "
                   "olah TKP dan barang bukti dikirim ke Laboratorium Forensik. Perahu milik Satuan Polairud disiagakan.")
    for bare in ("Brimob", "Satlantas", "Unit Samapta", "Unit Reskrim", "Tim Inafis", "Laboratorium Forensik",
                 "Satuan Polairud"):
        assert bare not in names


def test_a_unit_type_with_its_command_and_a_national_body_stay():
    # guards: the command written in the name lists the unit; a national body of one name is no type
    names = _names("Petugas Satlantas Polres Sukamaju mengatur arus. Sampel dikirim ke Puslabfor Polri di Jakarta.")
    assert "Satlantas Polres Sukamaju" in names
    assert "Puslabfor Polri" in names
