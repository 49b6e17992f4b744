"""Session 25 (s25inst): institutions (issue 19) — the force a body's form writes, the force inside an expansion.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)
_record = reader("2025-08-01T10:00")


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


# --- nothing else from inside an acronym's expansion (gold S3)

def test_the_force_inside_a_bases_expansion_is_not_listed_but_written_alone_it_is():
    assert _names("Pangkalan TNI Angkatan Laut (Lanal) Sukamaju menggagalkan pengiriman 30 pekerja migran.") == [
        "Lanal Sukamaju"]
    # guard: the force named outside the expansion is a body of the article
    names = _names("Pangkalan TNI Angkatan Laut (Lanal) Sukamaju menggelar apel. TNI Angkatan Laut menyiagakan dua kapal.")
    assert "TNI Angkatan Laut" in names
