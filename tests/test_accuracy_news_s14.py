"""Issue 19, session 14 (s14ner): news NER from the IDNer train and first-half dev errors.
Sentences and names written for the test."""
import polsek_nlp
from helpers import entity_texts as labelled


def test_a_form_of_address_fused_with_a_word_is_a_public_name():
    # `Padi`, `Tahu` are ordinary words: with `Gus`, `Cak` before them they are a person's nickname
    assert "Gus Padi" in labelled("Ia dinilai tidak punya kharisma seperti Gus Padi, sehingga kalah.", "PERSON")
    assert "Cak Tahu" in labelled("Cak Tahu menjawab pertanyaan wartawan di gedung itu.", "PERSON")
    assert "Bung Kopi" in labelled("Wartawan itu menemui Bung Kopi di rumahnya.", "PERSON")


def test_a_bracketed_public_nickname_is_the_alias_of_the_name_before_it():
    record = polsek_nlp.analyze("Mantan ketua Ahmad Sutrisna (Gus Padi) menyatakan tidak akan memilih. "
                                "Gus Padi mengatakan hal itu di Kota Malang.")
    assert [(p.name, p.aliases) for p in record.persons] == [("Ahmad Sutrisna", ["Gus Padi"])]


def test_a_bare_facility_acronym_after_a_place_word_is_the_place():
    assert "SPBU" in labelled("Antrean kendaraan terjadi di berbagai SPBU di wilayah utara.", "FAC")
    assert "RPH" in labelled("Sapi itu dibawa ke RPH untuk disembelih.", "FAC")
    # not where the acronym is no place something happens in
    assert "SPBU" not in labelled("Pemerintah memangkas jatah setiap SPBU hingga 20 persen.", "FAC")


def test_a_country_before_a_verb_of_me_before_l_r_w_y_is_the_state_acting():
    # `me-` before l, r, w, y keeps the root's letter (melarang, meratakan): the verb as `meng-`, `mem-` are
    text = "Sehari setelah Nusantara meratakan gedung itu, Malaysia melarang impor unggas."
    assert not labelled(text.replace("Nusantara", "Kanada"), "GPE") & {"Kanada", "Malaysia"}
    assert "Kanada" in labelled("Rombongan itu tiba di Kanada melewati jalur darat.", "GPE")


def test_the_field_of_a_unit_is_no_part_of_its_holders_name():
    # after `bidang` (a unit's head word) and after `dan` inside its field, ordinary words name the field
    record = polsek_nlp.analyze("Hal itu disampaikan Staf Khusus Menteri bidang Komunikasi Publik Rendra "
                                "Saputra, kemarin. Deputi Komisioner Bidang Edukasi dan Perlindungan Konsumen "
                                "Sri Wulandari mengatakan hal yang sama.")
    names = {p.name for p in record.persons}
    assert {"Rendra Saputra", "Sri Wulandari"} <= names
    assert not any(n.startswith(("Komunikasi", "Konsumen")) for n in names)


def test_a_name_after_an_award_noun_names_the_award():
    # (as after the other thing cues, a first word that is a given name still makes a person: `film Dewi X`)
    text = "Penghargaan Orlando Vestrada diberikan setiap tahun kepada guru teladan di daerah itu."
    assert "Orlando Vestrada" not in labelled(text, "PERSON")
    assert "Orlando Vestrada" not in {p.name for p in polsek_nlp.analyze(text).persons}


def test_a_region_before_a_name_that_opens_with_an_initial_is_no_part_of_it():
    # `Kaltim Budi` lost its region before; `Bali I Made X` kept it, the initial being all capitals
    text = "Kami sudah siap, ujar Ketua DPD Partai Golkar Bali I Nyoman Suartawa saat dihubungi."
    assert "I Nyoman Suartawa" in labelled(text, "PERSON")
