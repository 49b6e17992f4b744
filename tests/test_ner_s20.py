"""Issue 19, session 20 (s20ner): news NER from the IDNer train errors.
Sentences and names written for the test."""
from helpers import entity_texts as labelled


def test_a_pair_of_one_word_names_after_a_pair_noun_is_two_persons():
    # `pasangan A - B`, `tim hukum A - B`, `massa A - B`: a ticket's two people, though neither is a given name
    assert {"Sutarjo", "Hadiwinoto"} <= labelled(
        "Gugatan tim hukum Sutarjo - Hadiwinoto ke PN Semarang ditolak.", "PERSON")
    assert {"Wiryo", "Kusnadi"} <= labelled("Pendukung Wiryo - Kusnadi berkumpul di alun-alun sejak pagi.", "PERSON")
    assert {"Mardiko", "Hatta"} <= labelled(
        "Unjuk rasa massa Mardiko - Hatta di depan kantor KPU sempat ricuh.", "PERSON")  # Hatta: an ordinary word too
    assert {"Teguhwiyono", "Ratmini"} <= labelled(
        "Pasangan Teguhwiyono - Ratmini meraih suara terbanyak di daerah itu.", "PERSON")


def test_a_pair_whose_words_the_article_writes_alone_is_two_persons():
    text = ("Resepsi pernikahan Ranti - Bayu digelar Minggu malam. Ranti mengenakan gaun putih, "
            "sedangkan Bayu berjas hitam.")
    assert {"Ranti", "Bayu"} <= labelled(text, "PERSON")
    text = "Keunggulan Darto - Uut, kata Eko, datang dari kalangan petani. Darto menang di desa, Uut di kota."
    assert {"Darto", "Uut"} <= labelled(text, "PERSON")


def test_a_hyphened_pair_with_no_pair_noun_stays_as_before():
    # a double surname, a product, a route, two ordinary words: the archive spaces every hyphen
    text = "Gelandang Tobias Hartley - Dunmore mencetak gol kedua. Dunmore berlari ke tepi lapangan."
    assert "Hartley" not in labelled(text, "PERSON")
    assert not labelled("Ponsel itu mendukung jaringan Wi - Fi dan layanan Go - Pay. Pay naik.", "PERSON") - {"Fi"}
    assert not labelled("Laga Merah - Putih berakhir imbang tadi malam.", "PERSON")
    assert {"Bandung", "Garut"} <= labelled("Bus jurusan Bandung - Garut terguling di tikungan.", "GPE")


def test_a_translated_body_keeps_its_foreign_acronym_in_brackets():
    # one capital per capitalised word: `Serikat Buruh Pelabuhan (DWU)` is the dockworkers' union's English short form
    text = "Pemerintah menuduh Serikat Buruh Pelabuhan (DWU) menggerakkan mogok. Para pemimpin DWU membantahnya."
    assert "Serikat Buruh Pelabuhan (DWU)" in labelled(text, "ORG")
    assert "DWU" in labelled(text, "ORG")  # the later mention, as a body the text defined
    assert "Dewan Tinjauan Maritim (MRB)" in labelled(
        "Laporan itu disusun Dewan Tinjauan Maritim (MRB) pekan lalu.", "ORG")


def test_a_bracketed_word_that_is_no_acronym_of_the_name_stays_out():
    # two capitals for three words: no translated short form (a guard: as before)
    assert "Serikat Buruh Pelabuhan" in labelled("Pemerintah menuduh Serikat Buruh Pelabuhan (QX) menggerakkan mogok.", "ORG")


def test_a_number_word_after_a_defined_body_is_no_unit_number():
    # `(PPP) satu partai`: the spelled number opens the apposition, no numbered office (`Kodim 0619`)
    text = "Ia memimpin Partai Rakyat Sejahtera (PRS) satu partai yang lama berdiri."
    assert "Partai Rakyat Sejahtera (PRS)" in labelled(text, "ORG")
    assert "Kodim 0619 Purwakarta" in labelled("Anggota Kodim 0619 Purwakarta hadir dalam apel itu.", "ORG")


def test_a_one_word_name_before_an_adjective_of_mood_is_the_subject():
    # `optimistis`, `sibuk`, `kecewa` (subject_verbs.tsv): a person's predicate, like `ingin`, `percaya`
    assert "Wirasto" in labelled("Wirasto optimistis kuota bahan bakar dapat terjaga tahun ini.", "PERSON")
    assert "Sumadikro" in labelled("Sebelum menjadi bupati, Sumadikro sibuk sebagai dosen.", "PERSON")
    assert "Darsuki" in labelled("Menurut warga, Darsuki kecewa dengan keputusan itu.", "PERSON")
    # an ordinary word before the adjective stays no name
    assert not labelled("Pemerintah optimistis target itu tercapai.", "PERSON")
