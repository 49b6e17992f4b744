"""Session 20 review (s20rvC) of the news NER rules (s20ner) and the dateline reader.
Sentences and names written for the test."""
import polsek_nlp
from helpers import entity_texts as labelled
from helpers import institution_names, place_names


def _record(text: str):
    return polsek_nlp.analyze(text, published="2025-03-04T10:00")


def test_a_sentence_opener_before_a_spaced_pair_is_no_dateline():
    # `Sebelumnya, A - B ...` and `Kata X, program X - Y ...` look like `Place, Outlet -` but neither side is a
    # place or an outlet: no dateline, and the pair's first name is no media body
    rec = _record("Sebelumnya, Wiranto - Sumarni berkampanye di lapangan desa. Warga menyambut mereka.")
    assert rec.dateline is None
    assert "Wiranto" not in institution_names(rec)
    rec = _record("Kata Darsono, program Darsono - Wulan akan dilanjutkan tahun depan.")
    assert rec.dateline is None
    assert "program Darsono" not in institution_names(rec)
    assert "Kata Darsono" not in place_names(rec)


def test_real_dateline_shapes_keep_their_place_and_outlet():
    body = "Polisi menangkap dua pemuda yang mencuri sepeda motor di pasar."
    for head, place in (("Jakarta, CNN Indonesia -- ", "Jakarta"), ("JAKARTA, KOMPAS.com - ", "Jakarta"),
                        ("Bandung (ANTARA) - ", "Bandung"), ("TRIBUNNEWS.COM, SURABAYA - ", "Surabaya"),
                        ("Kendari, Sultrakini - ", "Kendari"), ("PURWAKARTA, POLSEK.ID - ", "Purwakarta")):
        rec = _record(head + body)
        assert rec.dateline == place, head
    rec = _record("Medan - " + body)
    assert "Medan" in place_names(rec)


def _acronyms(text: str) -> dict[str, str | None]:
    return {i.name: i.acronym for i in _record(text).institutions}


def test_a_bracket_the_name_does_not_spell_is_no_acronym_of_a_known_body_or_a_region():
    # a suspect's initials after the body they work at: the body keeps its own short form
    assert _acronyms("Seorang pegawai Dinas Perhubungan (WK) ditangkap polisi karena pungli.").get(
        "Dinas Perhubungan") == "Dishub"
    assert _acronyms("Pegawai Badan Pertanahan Nasional (TRS) ditetapkan tersangka.").get(
        "Badan Pertanahan Nasional") != "TRS"
    # a province's code in brackets names the body's region, not its acronym
    rec = _record("Badan Penanggulangan Bencana (NTB) mencatat 20 rumah rusak akibat banjir.")
    assert {i.acronym for i in rec.institutions} == {None}
    # a translated foreign body keeps its own acronym still
    assert _acronyms("Komite Olimpiade Internasional (IOC) menggelar rapat di Lausanne.").get(
        "Komite Olimpiade Internasional") == "IOC"


def test_a_spaced_pair_of_two_regions_is_no_pair_of_persons():
    # districts of the gazetteer joined by a spaced hyphen after `tim`: two teams of a match, not a ticket's pair
    assert "Sukaraja" not in labelled("Tim Sukaraja - Cibeber bertanding di final turnamen desa.", "PERSON")
    # a ticket's pair stays two persons
    assert {"Sutarjo", "Hadiwinoto"} <= labelled("Tim pemenangan Sutarjo - Hadiwinoto melapor ke Bawaslu.", "PERSON")
