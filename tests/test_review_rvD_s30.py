"""Session 30, s30rvD: the review of s30gr14's `Balai <agency word>` rule (issue 19). Invented text."""
import polsek_nlp


def _places(text):
    return {p.name for p in polsek_nlp.analyze(text).places}


def test_agency_units_named_by_agent_noun_or_short_form_are_no_hall():
    # the table had `Pengawas`/`Pengawasan`, `Pengelolaan`, `Pelaksanaan`; the agent nouns beside them and BPOM's
    # short form name the same technical units (agency_unit_words.tsv)
    for text in ("Balai Besar POM Kendari menyita ratusan kosmetik ilegal dari sebuah toko, Selasa (4/6).",
                 "Petugas Balai POM Sumbawa memeriksa takjil di pasar, Selasa (4/6).",
                 "Balai Pengelola Transportasi Darat Wilayah XI Jawa Tengah menggelar uji emisi, Selasa (4/6).",
                 "Balai Pelaksana Jalan Nasional Sulawesi Tenggara memperbaiki jembatan itu, Selasa (4/6)."):
        found = _places(text)
        assert not any(p.startswith("Balai") for p in found), (text, found)


def test_a_meeting_hall_keeps_its_head():
    assert any(p.startswith("Balai Pertemuan") for p in _places(
        "Warga menggelar pertemuan di Balai Pertemuan Sukamaju, Selasa (4/6)."))
