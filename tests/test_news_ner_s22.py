"""Issue 19, session 22 (s22ner): news NER, eighth pass (organisations and places).
Sentences and names written for the test."""
import polsek_nlp
from helpers import entity_texts as labelled


def test_a_post_that_ends_with_a_whole_body_names_the_body_with_no_holder_after_it():
    # `Wakil Kepala Polri Komjen X` already gave `Polri`; with no name after the post the body was lost
    assert "Polri" in labelled("Rapat itu dipimpin langsung oleh Wakil Kepala Polri.", "ORG")
    assert "Polri" in labelled("Ia kini menjabat Kepala Polri, kata Sutarmin.", "ORG")
    assert "TNI AD" in labelled("Ia pernah menjabat Kepala Staf TNI AD sebelum pensiun.", "ORG")
    record = polsek_nlp.analyze("Surat itu ditandatangani Wakil Kepala Polri pada pekan lalu.")
    assert "Polri" in {i.name for i in record.institutions}  # as `Wakil Kepala Polri Komjen X` lists it


def test_a_post_whose_body_takes_a_place_names_no_body_alone():
    # `Kepala Desa`, `Komandan Kodim`: the body is not written until its place or number follows
    assert not labelled("Ia menjabat Kepala Desa sejak tahun lalu.", "ORG")
    assert not labelled("Ia menjabat Komandan Kodim sejak lama.", "ORG")
    assert not labelled("Ia baru dilantik sebagai Kapolri.", "ORG")  # the body is no word of its own


def test_a_region_after_a_post_written_in_lower_case_is_the_posts_not_a_location():
    # `Gubernur Jawa Barat` already gave no location; the lowercase post did (`calon gubernur Jawa Barat`)
    assert "Jawa Barat" not in labelled("Ia maju sebagai calon gubernur Jawa Barat tahun depan.", "GPE")
    assert "Garut" not in labelled("Pasangan calon bupati Garut itu mendaftar ke KPU.", "GPE")
    assert "Bandung" not in labelled("Rombongan itu bertemu wali kota Bandung kemarin.", "GPE")
    assert "Kosovo" not in labelled("Ia pernah menjabat perdana menteri Kosovo dua kali.", "GPE")


def test_a_region_after_a_lowercase_post_and_a_place_cue_stays_a_location():
    assert "Jawa Barat" in labelled("Ia lama bekerja sebagai gubernur di Jawa Barat.", "GPE")
    assert "Bandung" in labelled("Rombongan itu pergi ke kota Bandung kemarin.", "GPE")
    record = polsek_nlp.analyze("Ia maju sebagai calon gubernur Jawa Barat tahun depan.")
    assert "Jawa Barat" in {p.name for p in record.places}  # the record's places keep it, as after `Gubernur`


def test_a_noun_of_a_places_people_opening_a_sentence_names_the_people():
    # `warga Gaza` already gave no location; the same noun capitalised at a sentence's start did
    assert "Garut" not in labelled("Masyarakat Garut menolak rencana pembangunan pabrik itu.", "GPE")
    assert "Cilacap" not in labelled("Hujan turun sejak pagi. Warga Cilacap diminta waspada.", "GPE")
    assert "Desa Sukamaju" in labelled("Warga Desa Sukamaju menolak rencana itu.", "GPE")  # named with its level
    assert "Forum Warga Cilacap" in labelled("Ia ikut Forum Warga Cilacap tahun lalu.", "ORG")
