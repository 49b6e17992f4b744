"""Session 25 (s25inst): institutions (issue 19) — the force a body's form writes, the force inside an expansion.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- a national body's form that ends with its force's name lists the force too (gold S36)

def test_a_national_police_body_written_with_polri_lists_polri():
    names = _names("Tim Korlantas Polri dijadwalkan melakukan olah tempat kejadian perkara di ruas tol Sukamaju, "
                   "Senin. Subdirektorat Siber Bareskrim Polri ikut menelusuri akun penipu itu.")
    assert {"Korlantas Polri", "Bareskrim Polri", "Polri"} <= set(names)


def test_the_headquarters_and_a_force_inside_a_post_add_nothing():
    # guard: `Mabes Polri` is the headquarters' own acronym; `Kadiv Humas Polri` already names Polri (gold S4)
    names = _names("Kabar itu dibantah Kadiv Humas Polri Irjen Rahmat Wibisono di Mabes Polri, Jakarta, Jumat.")
    assert names.count("Polri") == 1
    assert "Mabes Polri" in names
