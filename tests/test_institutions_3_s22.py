"""Session 22 (s22inst3): institutions, third pass — the still-weak shapes (issue 19).

Invented sentences only; each case failed before its rule (2cb03cb), the guards pass on both."""
import polsek_nlp

P = "2024-06-03T10:00"


def _names(text: str) -> list[str]:
    return [i.name for i in polsek_nlp.analyze(text, published=P).institutions]


# --- a body's place of two words opening with geography (data/words/place_name_generics.tsv)

def test_a_place_of_geography_and_an_ordinary_word_is_kept_whole():
    assert _names("Sidang digelar di Pengadilan Negeri Tanjung Karang, Senin.") == ["Pengadilan Negeri Tanjung Karang"]
    assert _names("Kasus itu ditangani Polres Muara Lintang sejak pekan lalu.") == ["Polres Muara Lintang"]


def test_a_person_after_a_one_word_place_is_not_read_into_the_place():
    assert _names("Ketua DPRD Tanjung Sudarmo mengatakan rapat ditunda.") == ["DPRD Tanjung"]
    assert _names("Ketua PN Bukit Suparman menyatakan sidang ditunda.") == ["PN Bukit"]
    assert _names("Anggota KPU Tanjung Budi Santoso hadir.") == ["KPU Tanjung"]
    assert _names("Dia melapor ke Polsek Tanjung kemarin.") == ["Polsek Tanjung"]
