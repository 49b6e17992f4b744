"""Session 21 review (s21rvB) of s21inst's institution, person and place rules: where they over-reached.

Invented sentences only; each test failed on the merged main (a7470ca) and passes after its mend."""
import polsek_nlp

P = "2025-03-04T10:00"


def _record(text: str):
    return polsek_nlp.analyze(text, published=P)


def _bodies(text: str) -> dict[str, tuple[str | None, str]]:
    return {i.name: (i.full_name, i.kind) for i in _record(text).institutions}


def _places(text: str) -> list[str]:
    return [p.name for p in _record(text).places]

# --- a lowercase office: the post's region, not its holder's name (recognize/places._office_sites)

def test_an_office_named_by_a_post_stops_before_the_holder():
    assert "kantor Camat Cibinong" in _places("Rapat digelar di kantor Camat Cibinong Budi Santoso pada Senin.")
    assert "kantor Wali Kota Bogor" in _places("Warga berunjuk rasa di depan kantor Wali Kota Bogor.")


def test_an_office_of_an_unknown_region_stops_at_the_holders_given_name():
    places = _places("Warga mendatangi kantor Kepala Desa Lembarana Ahmad Fauzan untuk protes.")
    assert "kantor Kepala Desa Lembarana" in places
