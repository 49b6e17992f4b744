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


@pytest.mark.parametrize("text, expected", [
    # the post in full, its short form in brackets, then the unit and the rank (Antara, Kompas)
    ("Kepala Kepolisian Resor (Kapolres) Sukamaju AKBP Budi Hartono mengatakan pelaku sudah ditahan.",
     ("AKBP", "Budi Hartono", "Kepala Kepolisian Resor", "Polres Sukamaju", "Polri")),
    ("Kepala Kepolisian Sektor (Kapolsek) Cikalong Iptu Budi Hartono mengatakan pelaku sudah ditahan.",
     ("Iptu", "Budi Hartono", "Kepala Kepolisian Sektor", "Polsek Cikalong", "Polri")),
    ("Komandan Komando Distrik Militer (Dandim) 0612/Tasikmalaya Letkol Inf Budi Hartono mengatakan prajurit siap.",
     ("Letkol", "Budi Hartono", "Komandan Komando Distrik Militer", "Kodim 0612/Tasikmalaya", "TNI")),
    ("Komandan Koramil (Danramil) 04/Cikalong Kapten Inf Budi Hartono mengatakan prajurit siap.",
     ("Kapten", "Budi Hartono", "Komandan Koramil", "Koramil 04/Cikalong", "TNI")),
    ("Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Garut AKP Budi Hartono mengatakan pelaku ditahan.",
     ("AKP", "Budi Hartono", "Kepala Satuan Reserse Kriminal", "Polres Garut", "Polri")),
    ("Panglima Komando Daerah Militer (Pangdam) III/Siliwangi Mayjen TNI Budi Hartono meninjau latihan.",
     ("Mayjen", "Budi Hartono", "Panglima Komando Daerah Militer", "Kodam III/Siliwangi", "TNI")),
    ("Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Bali Kombes Pol Budi Hartono mengatakan kasus itu diusut.",
     ("Kombes", "Budi Hartono", "Direktur Reserse Kriminal Khusus", "Polda Bali", "Polri")),
])
def test_a_post_in_full_with_its_short_form_in_brackets_before_the_unit(text, expected):
    assert officers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a Koramil numbered within its Kodim, a Denpom within its Pomdam (the unit's number and its parent's)
    ("Danramil 1805-02/Teluk Bintuni Kapten Inf Yosef Rumbino mengatakan prajurit siap membantu.",
     ("Kapten", "Yosef Rumbino", "Danramil", "Koramil 1805-02/Teluk Bintuni", "TNI")),
    ("Dandenpom III/6 Garut Mayor Cpm Dedi Kurnia mengatakan prajurit itu sudah ditahan.",
     ("Mayor", "Dedi Kurnia", "Dandenpom", "Denpom III/6 Garut", "TNI")),
])
def test_a_unit_numbered_within_its_parent(text, expected):
    assert officers(text) == [expected]
