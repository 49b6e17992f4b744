"""Session 15, last read: a relative day counted from the statement's day in either order (invented sentences)."""
from __future__ import annotations

from helpers import event_day, reader

PUBLISHED = "2024-06-15T10:00:00"


_day = reader(PUBLISHED, field=event_day)


def test_relative_day_in_quote_before_statement_day_counts_from_it():
    text = '"Pelaku kami tangkap dua hari lalu," kata Kapolsek Sukamaju AKP Budi Santoso, Rabu (12/6).'
    assert _day(text) == "2024-06-10"


def test_relative_day_after_statement_day_counts_from_it():
    # the statement's day first: `dua hari lalu` is two days before Wednesday, not before the publication
    text = ("Menurut keterangan Kapolsek Sukamaju AKP Budi Santoso kepada wartawan, Rabu (12/6), pelaku "
            "ditangkap dua hari lalu di rumahnya.")
    assert _day(text) == "2024-06-10"
    text = ('"Kami masih memeriksa saksi," ujar Kanit Reskrim Polsek Cibeureum Iptu Dedi Kurniawan, Selasa (11/6), '
            "seraya menyebut pelaku diamankan kemarin.")
    assert _day(text) == "2024-06-10"


def test_relative_day_beside_statement_day_names_it():
    # `Rabu (12/6) kemarin`: the word names the statement's day, nothing is counted back from it
    text = "Kapolsek Sukamaju AKP Budi Santoso, Rabu (12/6) kemarin, mengatakan pelaku sudah ditahan."
    assert _day(text) == "2024-06-12"
