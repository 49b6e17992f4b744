"""Issue 19, session 23 (s23ner2): news NER, ORG and LOC: the venue of a dateline and of an address.
Sentences and names written for the test."""
import polsek_nlp
from helpers import entity_texts as labelled


def _places(text: str) -> set[str]:
    return labelled(text, "FAC") | labelled(text, "GPE") | labelled(text, "LOC")


def test_a_body_after_di_and_before_the_weekday_is_the_venue():
    # `kata X di <body>, <weekday> (<date>)`: where the statement was made, a place in news NER (IDNer)
    text = "Kami menolak usul itu, kata Wiratno Sasmita di DPR, Kamis (12/3/2015)."
    assert "DPR" in _places(text)
    assert "DPR" not in labelled(text, "ORG")
    text = "Ia tidak tahu soal uang itu, ujar Rasyid Hamdani di Pengadilan Tipikor, Senin (9/2)."
    assert "Pengadilan Tipikor" in _places(text)


def test_the_record_keeps_the_dated_venue_a_body():
    record = polsek_nlp.analyze("Kami menolak usul itu, kata Wiratno Sasmita di DPR, Kamis (12/3/2015).")
    assert "DPR" in {i.acronym for i in record.institutions} | {i.name for i in record.institutions}


def test_a_body_after_di_without_a_dateline_day_stays_a_body():
    assert "DPR" in labelled("Usul itu dibahas di DPR, pekan lalu.", "ORG")
    assert "Kejaksaan Agung" in labelled("Berkas perkara itu masih di Kejaksaan Agung.", "ORG")
    assert "DPR" in labelled("Ia sudah bekerja di DPR sejak 2009.", "ORG")


def test_a_name_after_di_and_before_an_address_is_the_venue():
    # `di <name>, <place>`: an address's venue, though its words are ordinary words or an unknown acronym
    text = "Kami siap, ujar Hendarto Wibisono di Galeri Sawala, Cikini, Jakarta, Rabu (13/8/2014)."
    assert "Galeri Sawala" in _places(text)
    text = "Ia menjenguk Budi Santosa di RSKB, Jakarta, Selasa."
    assert "RSKB" in _places(text)


def test_a_place_after_di_and_before_its_region_stays_a_place():
    assert "Cikini" in labelled("Dia tinggal di Cikini, Jakarta Pusat.", "GPE")
    assert not labelled("Ia berbicara di depan wartawan, Jakarta, Senin.", "FAC")


def test_an_outlet_a_club_or_a_party_after_di_and_before_the_weekday_stays_an_org():
    # review s23rvD: a medium, a club, a company or a party is where a text ran or a member joined, no venue with a
    # seat (IDNer train: `di harian ..., <date>` is ORG); invented sentences
    assert "Kompas" in labelled("Tulisan itu dimuat di Kompas, Senin (3/2).", "ORG")
    assert "Metro TV" in labelled("Ia diwawancarai di Metro TV, Senin (3/2).", "ORG")
    assert "Persib" in labelled("Ia resmi bergabung di Persib, Senin (3/2).", "ORG")
    assert "Partai Golkar" in labelled("Ia menjadi anggota di Partai Golkar, Senin (3/2).", "ORG")
    assert "DPR" in _places("Rapat paripurna digelar di DPR, Senin (3/2).")


def test_a_year_after_a_body_is_no_dateline_day():
    # integrator, after s23fr1's final read: a bare year after `di <body>,` is a period, not the day a
    # dateline gives (`di DPR, 2009 hingga 2014`): the body stays an organisation
    assert "DPR" in labelled("Ia pernah bekerja di DPR, 2009 hingga 2014.", "ORG")
    assert "Bank Indonesia" in labelled("Ia bertugas di Bank Indonesia, 1998 sampai 2003.", "ORG")
