"""Issue 19, session 18 (s18ner): news NER from the IDNer train errors (ORG and LOC).
Sentences and names written for the test."""
import polsek_nlp


def labelled(text, label):
    return {e.text for e in polsek_nlp.analyze(text).entities if e.label == label}


def test_a_named_office_that_speaks_is_the_body():
    # after a reporting verb, or before a verb of saying: the body housed there speaks (ORG)
    assert "Kantor Meteorologi Jepang" in labelled("Gempa itu berkekuatan 6,1, kata Kantor Meteorologi Jepang, Senin.", "ORG")
    assert "Kantor Statistik Nasional Filipina" in labelled(
        "Menurut Kantor Statistik Nasional Filipina, inflasi naik tipis.", "ORG")
    assert "Kantor Cuaca Nasional Korea" in labelled("Hal itu dikatakan Kantor Cuaca Nasional Korea pada Selasa.", "ORG")
    assert "Kantor Pajak Daerah Sleman" in labelled(
        "Kantor Pajak Daerah Sleman menyatakan tunggakan itu harus dilunasi.", "ORG")
    assert "Balai Penelitian Tanah Bogor" in labelled(
        "Balai Penelitian Tanah Bogor, menjelaskan bahwa lahan itu subur.", "ORG")


def test_a_named_office_where_something_happens_stays_the_building():
    assert "Kantor Statistik Nasional Filipina" in labelled(
        "Mereka berkumpul di Kantor Statistik Nasional Filipina sejak pagi.", "FAC")
    assert "Kantor Imigrasi Kelas I Bandung" in labelled("Para pendemo bergerak ke Kantor Imigrasi Kelas I Bandung.", "FAC")
    assert "Balai Desa Sukamaju" in labelled("Warga berkumpul di Balai Desa Sukamaju, kata Kepala Desa Ujang.", "FAC")
