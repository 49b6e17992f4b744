"""Session 27 (s27inst2): institutions (issue 19), precision and edges.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

import polsek_nlp
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)

_SULBAR = ("Kepolisian Daerah Sulawesi Barat (Polda Sulbar) mengungkap 14 kasus narkotika. Kabid Humas Polda Sulbar "
           "Kombes Pol Budi Santoso mengatakan Polda Sulbar menyita 200 gram sabu.")
_HST = ("Kepolisian Resor Hulu Sungai Tengah (Polres HST) menangkap dua pengedar. Kapolres HST AKBP Rahmat Hidayat "
        "mengatakan keduanya ditahan.")


# --- a command written in full, then its whole short form in brackets, nothing after: the full name as written
# (gold S66, S42), one entry though the short form is written again; the officers' unit keeps the short form

@pytest.mark.parametrize(("text", "full"), [
    (_SULBAR, "Kepolisian Daerah Sulawesi Barat"),
    (_HST, "Kepolisian Resor Hulu Sungai Tengah"),
])
def test_a_command_in_full_before_its_bracketed_short_form_is_one_entry_in_full(text, full):
    assert _names(text) == [full]


def test_guard_the_officers_unit_keeps_the_short_form():
    record = polsek_nlp.analyze(_SULBAR, published="2025-08-01T10:00")
    assert [o.unit for o in record.officers] == ["Polda Sulawesi Barat"]
