"""Officers on probe articles of new shapes (issue 19, session 15): invented names, ranks and units
in the styles of national outlets, police and TNI releases and court reports; no archive text. Each
test failed before its change."""
import pytest

import polsek_nlp


def officers(text):
    return [(o.rank, o.name, o.position, o.unit, o.force) for o in polsek_nlp.analyze(text).officers]


@pytest.mark.parametrize("text, expected", [
    # a given name that is a stop word too, first or inside the name after a rank
    ("Penangkapan dipimpin Kasubdit I AKBP Hari Subagyo bersama timnya.",
     ("AKBP", "Hari Subagyo", "Kasubdit I", None, "Polri")),
    ("Kapolsek Sukamaju Iptu Hari Wibowo mengatakan pelaku sudah ditahan.",
     ("Iptu", "Hari Wibowo", "Kapolsek", "Polsek Sukamaju", "Polri")),
    ("Kapolda Jawa Tengah Irjen Pol Sigit Hari Pranoto meninjau lokasi banjir.",
     ("Irjen", "Sigit Hari Pranoto", "Kapolda", "Polda Jawa Tengah", "Polri")),
])
def test_a_given_name_that_is_a_stop_word_after_a_rank(text, expected):
    assert officers(text) == [expected]


def test_hari_before_a_weekday_stays_no_name():
    rec = polsek_nlp.analyze("Kapolres Garut AKBP Budi Hartono mengatakan, Hari Senin depan jalan itu ditutup.")
    assert [p.name for p in rec.persons] == ["Budi Hartono"]
