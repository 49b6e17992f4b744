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
    # a bare `Brimob` is listed since gold S59 (Settled s25): tests/test_institutions_s25.py
    for bare in ("Satlantas", "Unit Samapta", "Unit Reskrim", "Tim Inafis", "Laboratorium Forensik",
                 "Satuan Polairud"):
        assert bare not in names


def test_a_unit_type_with_its_command_and_a_national_body_stay():
    # guards: the command written in the name lists the unit; a national body of one name is no type
    names = _names("Petugas Satlantas Polres Sukamaju mengatur arus. Sampel dikirim ke Puslabfor Polri di Jakarta.")
    assert "Satlantas Polres Sukamaju" in names
    assert "Puslabfor Polri" in names


# --- a division named by its number after a company or agency is a body of its own (branch_words)

def test_a_numbered_division_after_a_body_is_its_name():
    names = _names("Manajer Humas PT KAI Daop 4 Semarang, Rudi Hartanto, mengatakan PT KAI menambah dua perjalanan.")
    assert names == ["PT KAI Daop 4 Semarang", "PT KAI"]
    assert "BBPJN Wilayah III" in _names("Kepala BBPJN Wilayah III Dadang Sutisna meninjau ruas jalan yang ambles.")


def test_a_division_word_with_its_place_is_the_bodys_name():
    # a division word of the table (`UP3`) with the place after it and no number, as `cabang X` reads
    names = _names("Warga mengadu ke PLN UP3 Sukadana. Sementara itu PT PLN (Persero) menyebut gangguan sudah diatasi.")
    assert "PLN UP3 Sukadana" in names


# --- a Roman figure after the region of a defined acronym numbers the office (`_definition`)

def test_a_roman_figure_after_a_defined_offices_region_is_its_name():
    # the second: the sentence's full stop glued to a one-letter figure (`I.`, read as an initial by the tokenizer)
    written = {"Normalisasi sungai dikerjakan bersama Balai Wilayah Sungai (BWS) Sulawesi II pada Maret.":
               "BWS Sulawesi II",
               "Tanggul itu dibangun Balai Wilayah Sungai (BWS) Kalimantan I. Warga menyambut baik.": "BWS Kalimantan I"}
    for text, name in written.items():
        assert _names(text) == [name]


# --- a stop word (`Jalan`) inside a name its bracketed acronym spells; a numbered division after a defined acronym

def test_a_street_word_inside_a_name_its_acronym_spells_is_the_names():
    assert "Badan Pengelola Jalan Tol" in _names("Dishub Kabupaten Sukamaju bersama Badan Pengelola Jalan Tol "
                                                 "(BPJT) akan menambah rambu peringatan.")
    # after a post, the division by its number after the acronym, not the holder after it
    assert _names("Kepala Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Wilayah IV Dadang Sutisna meninjau ruas "
                  "yang ambles.") == ["BBPJN Wilayah IV"]


def test_a_street_after_a_name_its_acronym_does_not_need_stays_out():
    # guard: the words before `Jalan` spell the acronym alone, so the street is no word of the name
    assert "Yayasan Bina Warga" in _names("Kantor Yayasan Bina Warga Jalan Merdeka (YBW) diresmikan kemarin.")
