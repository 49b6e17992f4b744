"""Issue 19, session 15 (s15ner): news NER from the IDNer train and first-half dev errors.
Sentences and names written for the test."""
import polsek_nlp


def labelled(text, label):
    return {e.text for e in polsek_nlp.analyze(text).entities if e.label == label}


def test_an_organ_written_before_its_party_is_no_entity_the_party_is():
    for organ in ("DPP", "Dewan Pembina", "Dewan Pimpinan Daerah (DPD)"):
        orgs = labelled(f"Ketua {organ} Partai Hanura Hendra Kusuma membantah kabar itu.", "ORG")
        assert orgs == {"Partai Hanura"}, organ


def test_a_party_board_alone_and_a_numbered_commission_are_no_entities():
    assert "DPP" not in labelled("Keputusan DPP tidak akan berubah, katanya.", "ORG")
    orgs = labelled("Anggota Komisi IV DPR Lina Marlina meninjau gudang beras itu.", "ORG")
    assert orgs == {"DPR"}
    assert not labelled("Usulan itu akan dibahas di Komisi IV pekan depan.", "ORG")


def test_the_record_keeps_the_organ_as_an_institution():
    record = polsek_nlp.analyze("Anggota Komisi IV DPR Lina Marlina meninjau gudang beras di Kota Tegal. "
                                "Ketua DPP Partai Golkar Hendra Kusuma ikut hadir.")
    names = {i.name for i in record.institutions}
    assert any("Komisi IV" in n for n in names), names


def test_an_unknown_name_after_a_lowercase_noun_of_a_kind_of_place_is_a_place():
    places = labelled("Banjir merendam rumah warga di provinsi Valdoria sejak Senin.", "GPE")
    assert "Valdoria" in places
    assert "Korvessa" in labelled("Badai itu berada 100 kilometer dari pulau Korvessa.", "GPE")
    # capitalised, the noun opens the region's name and the places recognizer reads it
    assert "Valdoria" not in labelled("Ia membaca novel Valdoria sepanjang malam.", "GPE")
