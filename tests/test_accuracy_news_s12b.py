"""Issue 19, session 12, second pass: general-news NER from the IDNer train errors (the head word that
ends a country's name, a person's fellows after `dan`; guards: a dictionary root with no person's cue stays
no name). Sentences written for the test, made-up names. The branch's rare-root rule was not merged
(its table was a subset of Sastrawi's CC BY-NC-SA dictionary; docs/accuracy.md)."""
from helpers import entity_texts as labelled


def test_a_root_in_use_after_the_same_cue_stays_no_name():
    assert not labelled("Di museum itu terdapat foto karya Beton bersaudara.", "PERSON")


def test_a_rare_root_with_no_cue_stays_no_name():
    assert not labelled("Harga Santing naik pekan ini.", "PERSON")


def test_the_head_word_that_ends_a_country_opens_no_body():
    text = "Menteri Luar Negeri Amerika Serikat Marlon Hasting mengecam keras penangkapan itu."
    assert labelled(text, "PERSON") == {"Marlon Hasting"}
    assert not labelled(text, "ORG")
    assert not labelled("Duta Besar Amerika Serikat untuk Kenya datang ke sana.", "ORG")
    assert not labelled("Pemerintah Barat, termasuk Amerika Serikat dan Inggris, menolak rencana itu.", "ORG")


def test_a_union_is_still_a_body():
    assert "Serikat Pekerja Karyawan Mandiri" in labelled(
        "Ketua Serikat Pekerja Karyawan Mandiri menolak rencana itu.", "ORG")


def test_a_name_before_his_fellows_is_a_person():
    assert labelled("Marwick dan rekan-rekannya menemukan fosil itu di gua.", "PERSON") == {"Marwick"}
    assert labelled("Tolland dan sejawatnya mendirikan lembaga riset itu.", "PERSON") == {"Tolland"}


def test_a_rare_root_before_a_verb_stays_no_name():
    # a brand or a thing acts as often as a person: only a person's cue makes a rare root a name
    assert not labelled("Santing meluncurkan kamera instan terbaru pekan ini.", "PERSON")
    assert not labelled("Komunikasi dengan Santing yang membuat tim itu optimistis.", "PERSON")


def test_a_kin_word_before_a_name_and_an_apposed_person_is_no_part_of_the_name():
    # `Putri X, Y (20), ...`: the daughter of X, named Y after the comma; not a person `Putri X` (review finding 4)
    for kin in ("Putri", "Putra"):
        found = labelled(f"{kin} Andi Wijaya, Sinta (20), mengatakan ayahnya sudah pulang.", "PERSON")
        assert f"{kin} Andi Wijaya" not in found
        assert {"Andi Wijaya", "Sinta"} <= found
    # the same word as a given name still opens the name
    assert "Putri Andi Wijaya" in labelled("Putri Andi Wijaya, warga Desa Sukamaju, mengatakan hal itu.", "PERSON")
