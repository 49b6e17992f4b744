"""Review of s19inst and s19ner (session 19, s19rvC): the cases the review demonstrated, each failing before its mend.
Sentences and names written for the test."""
from helpers import entity_texts as labelled
from helpers import person_name_set, reader

_record = reader("2025-03-04T10:00", id="rv")


def _bodies(text: str) -> set[str]:
    return {i.name for i in _record(text).institutions}


# --- recognize/institutions._org_run_end: a rank or title inside a body's run opens its holder's name ----------------

def test_a_rank_after_a_body_a_member_word_introduces_opens_the_holder():
    text = "Pemimpin Brigade Fajar Jenderal Warsito Pranoto ditangkap polisi di rumahnya."
    assert _bodies(text) == {"Brigade Fajar"}
    assert "Brigade Fajar" in labelled(text, "ORG")


def test_a_religious_title_after_a_body_opens_the_holder_who_is_kept():
    text = "Pemimpin Gerakan Pemuda Bersatu Habib Rizal Alkatiri diperiksa penyidik kemarin."
    assert _bodies(text) == {"Gerakan Pemuda Bersatu"}
    assert "Rizal Alkatiri" in person_name_set(_record(text))


def test_an_academic_title_after_a_body_and_a_post_is_no_word_of_the_body():
    text = "Ketua Ikatan Alumni Dr Bambang Wirasena membuka pertemuan itu."
    assert _bodies(text) == {"Ikatan Alumni"}
    assert "Bambang Wirasena" in person_name_set(_record(text))


def test_a_title_before_a_country_or_right_after_the_head_stays_in_the_body():
    # `Ikatan Persaudaraan Haji Indonesia`: the title's word is the body's; `Universitas Jenderal X`: its whole name
    assert _bodies("Ketua Ikatan Persaudaraan Haji Indonesia hadir dalam acara itu.") == {
        "Ikatan Persaudaraan Haji Indonesia"}
    assert "Universitas Jenderal Sukowiryo" in _bodies("Rektor Universitas Jenderal Sukowiryo hadir di sana.")


# --- resolve/entities._named_buildings / _name_run: the name after a site noun ---------------------------------------

def test_an_ampersand_between_capitalised_words_is_inside_the_site_name():
    assert "restoran Cahaya & Co" in labelled("Warga berkumpul di restoran Cahaya & Co sejak pagi.", "FAC")


def test_a_run_longer_than_four_words_gives_no_cut_site_name():
    text = "Kami makan di restoran Padang Sederhana Jaya Abadi Makmur dekat pasar."
    assert not {t for t in labelled(text, "FAC") if t.startswith("restoran")}


def test_a_person_read_inside_a_run_whose_end_is_unknown_is_no_bound():
    # the run `Sari Rasa` meets a date with no break: its end is not known, and `restoran Sari` is no name
    text = "Ia ditangkap di restoran Sari Rasa Minggu (2/3/2025) malam."
    assert "restoran Sari" not in labelled(text, "FAC")
    # a person the run ends with keeps its bound (`kediaman X`, as before s19ner)
    assert "kediaman Budi Santosa" in labelled("Tamu menginap di kediaman Budi Santosa kemarin.", "FAC")
