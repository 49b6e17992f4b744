"""The harm said at a victim's kin noun (issue 22, session 25, s25cas2): `Istri pelaku mengalami memar` is the harm of
the victim the article names by that noun (`istrinya, X (35)`), and of the lone victim named elsewhere when the kin is
the object of the act (`menganiaya istrinya hingga mengalami luka`, then `korban berinisial X`). Every name, place and
sentence is invented; read through the public API. Each case fails before the rule but the guard (marked "guard")."""
from helpers import reader, toll, victim_statuses

_record = reader("2025-09-10T10:00", id="t")


def test_harm_at_a_kin_noun_is_the_harm_of_the_one_named_by_it():
    rec = _record("Seorang pria di Kecamatan Cimahi Tengah ditangkap polisi setelah menganiaya istri dan anaknya. "
                  "Istri pelaku mengalami memar di wajah, sedangkan anak pelaku yang mencoba melerai terluka di kepala. "
                  "Kapolsek Cimahi Tengah Kompol Dadang Hermawan mengatakan pelaku berinisial RS (45) memukul istrinya, "
                  "Euis Kartika (40), dengan tangan kosong. \"Anak pelaku, laki-laki berinisial DF (13), dipukul "
                  "dengan sapu,\" ujar Dadang, Senin (8/9/2025).")
    assert victim_statuses(rec) == [("DF", "luka"), ("Euis Kartika", "luka")]
    assert toll(rec) == (None, 2, None)


def test_harm_of_a_kin_the_act_reached_is_the_lone_victims():
    rec = _record("Polres Sumedang menahan seorang suami berinisial AH (38) yang diduga menganiaya istrinya hingga "
                  "mengalami luka di kepala, Minggu (7/9/2025). Kasat Reskrim AKP Yana Mulyana mengatakan korban "
                  "berinisial NS (34) dipukul dengan gagang sapu setelah keduanya bertengkar.")
    assert victim_statuses(rec) == [("NS", "luka")]
    assert toll(rec) == (None, 1, None)


def test_another_kins_harm_is_not_the_speakers():  # guard
    rec = _record("Seorang pemuda, Rizal Maulana (19), tewas ditusuk di Jalan Kaum, Kabupaten Sumedang, Minggu "
                  "(7/9/2025). Ayah korban, Wahyu Hidayat (52), mengatakan anaknya meninggal di perjalanan ke rumah "
                  "sakit. Polisi menangkap pelaku, Jaka (21).")
    assert ("Wahyu Hidayat", "tewas") not in victim_statuses(rec)
    assert toll(rec)[0] == 1


def test_another_owners_kin_harm_is_not_the_speakers():  # s25rvC: `istri pelaku` is not `istri korban`
    rec = _record("Seorang pria, Andi Saputra (30), tewas ditusuk di Jalan Merdeka, Kabupaten Garut, Senin (8/9/2025). "
                  "Istri korban, Rina Marlina (28), mengatakan suaminya pulang malam. Polisi menangkap pelaku, Jaka "
                  "(21). Istri pelaku juga mengalami luka ringan saat penangkapan.")
    assert victim_statuses(rec) == [("Andi Saputra", "tewas")]
    assert toll(rec) == (1, None, None)


# --- a week's tally is no incident's toll -------------------------------------------------------------------------------

def test_a_weeks_tally_is_not_the_incidents_toll():
    rec = _record("Seorang pengendara motor, Dodi Permana (27), tewas setelah motornya menabrak pembatas jalan di Jalan "
                  "Raya Puncak, Kabupaten Cianjur, Selasa (9/9/2025). Kasat Lantas AKP Rina Wulandari mengatakan "
                  "sepanjang pekan ini tujuh orang tewas di jalur Puncak.")
    assert toll(rec)[0] == 1
    assert victim_statuses(rec) == [("Dodi Permana", "tewas")]
