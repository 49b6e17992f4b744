"""Issue 19: places on articles nobody tuned for (sentences written for the test)."""
import polsek_nlp


def place_names(text, **kw):
    return {p.name for p in polsek_nlp.analyze(text, **kw).places}


def test_administrative_head_is_a_prefix():
    found = place_names("Banjir merendam Kampung Sukamaju dan Lingkungan Karanganyar serta Kawasan Tugu Pahlawan.")
    assert {"Sukamaju", "Karanganyar", "Tugu Pahlawan"} <= found
    assert not any(n.startswith(("Kampung", "Lingkungan", "Kawasan")) for n in found)


def test_named_venue_keeps_its_head():
    assert "Jalan Merdeka Timur" in place_names("Massa berkumpul di Jalan Merdeka Timur, Senin (3/4).")
