"""Issue 19, session 24 (s24ner): news NER. Sentences and names written for the test."""
from helpers import entity_texts as labelled


def _places(text: str) -> set[str]:
    return labelled(text, "FAC") | labelled(text, "GPE") | labelled(text, "LOC")


def test_a_country_after_a_noun_or_adjective_of_ber_or_me_is_no_location():
    # `berita`, `bersejarah`, `medis` begin as `ber-`/`me-` verbs do, but are a noun and adjectives: the country
    # modifies them, as after any other noun (`pakar Jepang`)
    assert "Malaysia" not in _places("Hal itu dilaporkan kantor berita Malaysia pada Senin pagi.")
    assert "Indonesia" not in _places("Gedung itu menjadi saksi bersejarah Indonesia ini.")
    assert "Palestina" not in _places("Otoritas medis Palestina mengonfirmasi kabar itu.")
    assert "Indonesia" not in _places("Ia salah satu penyanyi terbaik Indonesia saat ini.")


def test_a_country_after_a_men_verb_stays_a_location():
    assert "Mesir" in _places("Menteri itu akan mengunjungi Mesir dan Yordania pekan depan.")
    assert "Malaysia" in _places("Mereka memasuki Malaysia melalui jalur tikus.")


def test_a_country_after_a_ber_verb_of_meeting_stays_the_side_met():
    assert "Thailand" in _places("Tim asuhan Rudi Hartawan akan berjumpa Thailand di laga terakhir.")
    assert "Kazakstan" in _places("Kami bermain baik saat bersua Kazakstan kemarin.")


def test_a_legislature_standing_body_is_one_organisation_with_its_legislature():
    # `Badan <X> DPR`: the DPR's own body (MD3), one organisation in news NER; a numbered commission stays apart
    assert "Badan Kehormatan DPR" in labelled("Badan Kehormatan DPR memanggil Hartono Wibisana pekan ini.", "ORG")
    assert "Badan Anggaran DPR" in labelled("Seorang anggota Badan Anggaran DPR diperiksa penyidik.", "ORG")
    assert "DPR" in labelled("Rapat Komisi III DPR digelar kemarin.", "ORG")
    assert "Badan Pengawas Pemilu" in labelled("Badan Pengawas Pemilu menerima laporan warga.", "ORG")
