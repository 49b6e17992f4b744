"""Session 17: what a review of the s17ner NER rules found (issue 19): names of ordinary text the rules cut or lost.
Sentences and names invented for the test."""
import polsek_nlp
from helpers import entity_texts as labelled
from helpers import person_name_set, reader

persons = reader(field=person_name_set)


def test_a_kin_word_inside_a_name_is_the_names_word():
    # a kin address is stripped only at a name's start; between two name words it is one of them
    assert persons("Polisi memeriksa Yati Bibi Kurniasih di rumahnya.") == {"Yati Bibi Kurniasih"}
    assert persons("Warga bernama Darsih Nenek Warsini melapor ke polisi.") == {"Darsih Nenek Warsini"}
    # still off the name at its start
    assert persons("Polisi menemukan Tante Marlini di rumahnya.") == {"Marlini"}


def test_oma_is_a_given_name_and_pakde_mpok_are_nicknames():
    assert persons("Polisi menangkap Dedi Oma Sukarya (41) di rumahnya.") == {"Dedi Oma Sukarya"}
    rec = polsek_nlp.analyze("Kepala Desa Cibeureum Oma Suhendar mengatakan warga aman.")
    assert {p.name for p in rec.persons} == {"Oma Suhendar"}
    # fused with a short name as the news writes a public figure's (`Gus X`)
    assert "Mpok Ijah" in labelled("Pelawak Mpok Ijah tampil di Bandung.", "PERSON")
    assert "Pakde Darso" in persons("Bupati Pakde Darso meresmikan jembatan itu.")


def test_a_given_name_that_is_a_role_word_opens_the_name():
    # `Cucu` (a frequent Sundanese given name) and a role word before one name word stay the name's
    assert persons("Menurut Cucu Suhendar, warga setempat, api muncul malam hari.") == {"Cucu Suhendar"}
    assert persons("Bantuan diserahkan kepada Cucu Rohaeni kemarin.") == {"Cucu Rohaeni"}
    assert persons("CIAMIS - Cucu Suhendar (45), warga Desa Cibeureum, ditangkap polisi.") == {"Cucu Suhendar"}
    assert persons("Hal itu disampaikan Adik Wiratmo kepada wartawan.") == {"Adik Wiratmo"}
    # a capitalised noun of what a person has that is a given name too opens the name after a person's cue
    assert persons("Hal itu disampaikan Era Kusuma Dewi kepada wartawan.") == {"Era Kusuma Dewi"}
    # a role before a full name stays off it
    assert persons("Hal itu disampaikan Istri Wiratmo Sasongko kepada wartawan.") == {"Wiratmo Sasongko"}


def test_the_name_after_a_role_of_several_words_is_a_persons():
    assert persons("Hal itu disampaikan Tokoh Masyarakat Wiratmo kepada wartawan.") == {"Wiratmo"}
    assert persons("Menurut Ahli Waris Suparjo, tanah itu milik keluarga.") == {"Suparjo"}
    assert persons("Hal itu disampaikan Anak Buah Kapal Rudianto Siregar kepada polisi.") == {"Rudianto Siregar"}


def test_a_firm_criticised_or_reprimanded_is_no_person():
    # menegur, mengkritik take firms, projects and offices as often as persons: no person's cue
    assert not persons("Warga mengkritik Sinarmekar karena proyek itu mangkrak.")
    assert not persons("Mahasiswa menegur Dekanat soal biaya praktikum.")


def test_a_us_state_that_is_a_persons_name_stays_in_the_name():
    assert persons("Mantan pemain Rudy Montana mengatakan tim itu kuat.") == {"Rudy Montana"}
    assert "Tennessee Harlow" in labelled("Penulis Tennessee Harlow menulis naskah itu.", "PERSON")


def test_a_speaker_after_a_kind_noun_is_a_person():
    # a speech verb after the name overrides the noun of a kind before it (`ikan`, `burung`)
    rec = polsek_nlp.analyze("Usai menebar benih ikan Wartono mengatakan kegiatan ini rutin.")
    assert {p.name for p in rec.persons} == {"Wartono"}
    assert persons("Peternak burung Sukarta mengaku rugi besar.") == {"Sukarta"}
    # a pe-an noun of an act before the kind names no agent: the name is the thing's
    assert not persons("Polisi menggagalkan penyelundupan burung Nuri Kepala Hitam dari Maluku.")


def test_a_given_name_after_a_kind_of_place_and_its_direction_stays_a_person():
    assert "Yohanes" in labelled("Setibanya di pulau utara Yohanes langsung melapor ke polisi.", "PERSON")
