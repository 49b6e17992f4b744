"""Issue 19, genre records round 14's tune side (s30gr14): byline names, agency units named `Balai`, on invented text."""
import polsek_nlp


def persons(text, **kw):
    return {p.name for p in polsek_nlp.analyze(text, **kw).persons}


_BODY = "KLATEN - Warga Desa Sukamaju membersihkan saluran irigasi, Senin (3/11). Kegiatan itu diikuti 50 orang.\n\n"


def test_byline_names_are_persons():
    # written byline names are persons (gold/README.md, Settled s20): the staff label goes, the name stays
    found = persons(_BODY + "Pewarta: Lukas Wirawan Tanone Editor: Sri Handayani")
    assert {"Lukas Wirawan Tanone", "Sri Handayani"} <= found
    assert not any("Editor" in n or "Pewarta" in n for n in found)
    found = persons(_BODY + "Reporter: Fajar Nugroho\nEditor: Maria Ulfah Siregar")
    assert {"Fajar Nugroho", "Maria Ulfah Siregar"} <= found


def test_byline_source_and_staff_codes_stay_out():
    # on a byline line the `Sumber: ...` part and a staff code `(ant/asa)` are still furniture
    rec = polsek_nlp.analyze(_BODY + "Penulis: Yudha Prasetyo | Sumber: Antara\n(ant/asa)")
    assert "Yudha Prasetyo" in {p.name for p in rec.persons}
    assert not any("Antara" in i.name for i in rec.institutions)
    assert not any("ant" in p.name.lower().split() for p in rec.persons)

