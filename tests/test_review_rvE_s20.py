"""The review of s20sv (session 20, s20rvE): the suspect, victim and arrest rules of issue 22 where they reach too
far. Every name, place and sentence is invented; read through the public API.

- others with no noun (`dua lainnya diamankan`) after a counted arrest add to it only when the count said last before
  them is of people who may be arrested: not the rest of witnesses, victims or things said between;
- a heading of victims before a colon is qualified by a word, not a verb: `Korban mengenali:` opens the people the
  victim named (the accused), not victims;
- a counted group listed in the next sentence (`Mereka adalah A dan B`) shares the arrest only when the relative
  clause after its noun holds no arrest of another (`Tiga warga yang rumahnya dibobol pencuri yang kini ditangkap ...`)."""
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


# --- a counted group's relative clause holding another's arrest, listed after -----------------------------------------

def test_people_whose_houses_a_thief_now_arrested_broke_into_are_no_suspects():
    text = ("Tiga warga yang rumahnya dibobol pencuri yang kini ditangkap polisi melapor ke Polsek Cikadu, Kamis "
            "(7/8/2025). Mereka adalah Sutarno Wijaya (33), Kosim Hidayat (29), dan Dadang Sunarya (41).")
    assert "Sutarno Wijaya" not in _read(text)[2]


def test_people_who_helped_when_a_perpetrator_was_arrested_are_no_suspects():
    text = ("Dua pemuda yang membantu petugas saat pelaku ditangkap mendapat penghargaan, Kamis (7/8/2025). Mereka adalah "
            "Sutarno Wijaya (33) dan Kosim Hidayat (29).")
    assert "Sutarno Wijaya" not in _read(text)[2]


def test_a_counted_group_with_a_plain_relative_clause_is_still_listed():
    text = ("Tiga pelaku jambret yang kerap beraksi di Jalan Pahlawan ditangkap polisi, Kamis (7/8/2025). Mereka adalah "
            "Sutarno (33), Kosim (29), dan Dadang (25).")
    assert _read(text)[2] == ["Dadang", "Kosim", "Sutarno"]
