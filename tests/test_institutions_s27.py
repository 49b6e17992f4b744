"""Session 27 (s27inst): institutions (issue 19) - a post's portfolio `Ops` read as an operation's name hid the body
after it (`Kabag Ops Polres X`, `Karo Ops Polda X`).

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
import pytest

import polsek_nlp
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- `Ops` closing a post of positions.tsv is the post's portfolio, no operation's name: the body after it stays

@pytest.mark.parametrize(("text", "body"), [
    ("Kabag Ops Polres Sukamaju Kompol Andi Wijaya mengatakan 300 personel disiagakan.", "Polres Sukamaju"),
    ("Hendra sebelumnya menjabat Karo Ops Polda Jawa Tengah sebelum dipindahkan.", "Polda Jawa Tengah"),
    ("Kapolda melalui Karo Ops Polda Gorontalo Kombes Pol Rudi Hartawan mengatakan 650 personel disiagakan.",
     "Polda Gorontalo"),
])
def test_a_posts_ops_is_no_operation_and_the_body_after_it_stays(text, body):
    assert body in _names(text)


def test_guard_an_operation_named_with_ops_stays_an_event():
    record = polsek_nlp.analyze("Polres Sukamaju menggelar Ops Zebra Lodaya 2025 selama dua pekan, kata Kapolres.",
                                published="2025-08-01T10:00")
    assert "Ops Zebra Lodaya 2025" in [e.text for e in record.entities if e.label == "EVENT"]

