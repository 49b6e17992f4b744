"""The review of s20sv (session 20, s20rvE): the suspect, victim and arrest rules of issue 22 where they reach too
far. Every name, place and sentence is invented; read through the public API.

- others with no noun (`dua lainnya diamankan`) after a counted arrest add to it only when the count said last before
  them is of people who may be arrested: not the rest of witnesses, victims or things said between;
- a heading of victims before a colon is qualified by a word, not a verb: `Korban mengenali:` opens the people the
  victim named (the accused), not victims."""
import polsek_nlp


def _read(text, published="2025-08-09T10:00"):
    """The arrests, the victims' names and the suspects' names."""
    rec = polsek_nlp.analyze(text, id="t", published=published)
    return rec.event.arrests, sorted(str(v.name) for v in rec.victims), sorted(str(s.name) for s in rec.suspects)


# --- `N lainnya` arrested: the rest of the count said last ------------------------------------------------------------

def test_the_rest_of_witnesses_secured_adds_no_arrest():
    text = ("Polsek Sukarame menangkap empat pelaku pencurian kabel di Desa Cikadu, Rabu (6/8/2025). Dua saksi diperiksa, "
            "dua lainnya diamankan untuk dimintai keterangan.")
    assert _read(text)[0] == 4


def test_the_rest_of_vehicles_secured_adds_no_arrest():
    text = ("Polsek Sukarame menangkap empat pelaku pencurian kabel di Desa Cikadu, Rabu (6/8/2025). Dua sepeda motor "
            "disita, dua lainnya diamankan sebagai barang bukti.")
    assert _read(text)[0] == 4


def test_the_rest_of_victims_held_adds_no_arrest():
    text = ("Polisi menangkap dua pelaku pengeroyokan di Jalan Kenanga, Rabu (6/8/2025). Dua korban dirawat, tiga "
            "lainnya ditahan di ruang isolasi puskesmas.")
    assert _read(text)[0] == 2


def test_the_rest_of_perpetrators_caught_elsewhere_still_adds():
    text = ("Lima pelaku ditangkap di Cikadu, Rabu (6/8/2025), sedangkan tiga lainnya dibekuk di Sukarame pada hari "
            "yang sama.")
    assert _read(text)[0] == 8


# --- a heading of victims qualified by a verb -------------------------------------------------------------------------

def test_people_the_victim_named_under_a_verb_and_colon_are_no_victims():
    text = ("Polisi menyelidiki kasus penganiayaan di Desa Margaluyu.\n\nKorban mengenali:\n"
            "- Darto Wiyono (30), warga Desa Margaluyu;\n- Samsul Arifin (28), warga Desa Cipeundeuy.")
    assert "Darto Wiyono" not in _read(text)[1]


def test_people_counted_victims_reported_are_no_victims():
    text = ("Polisi menyelidiki kasus penganiayaan di Desa Margaluyu.\n\nDua korban melaporkan:\n"
            "- Darto Wiyono (30), warga Desa Margaluyu;\n- Samsul Arifin (28), warga Desa Cipeundeuy.")
    assert "Darto Wiyono" not in _read(text)[1]


def test_victims_under_a_heading_qualified_by_a_word_are_still_victims():
    text = ("Polisi menangkap seorang penipu berinisial RK (41), Rabu (6/8/2025).\n\nKorban arisan:\n"
            "- Wulandari (32), warga Desa Margaluyu;\n- Kartini (45), warga Desa Cipeundeuy.")
    assert _read(text)[1] == ["Kartini", "Wulandari"]
