"""Losses and charges that generalise (session 19, issue 22): invented reports, each shape a mechanism of
`recognize/laws.py` / `recognize/losses.py` and its tables, read through the public API (`polsek_nlp.analyze`)."""
from __future__ import annotations

import pytest

from helpers import reader

_ARREST = "Polres Sukamaju menangkap tersangka pencurian berinisial RK (30) di Desa Cibening, Senin (3/3/2025). "
_record = reader("2025-03-04T10:00", id="s19lc", before=_ARREST)


def _charges(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.article, c.clause, c.law) for c in _record(text).charges]


def _losses(text: str) -> list[tuple[int, str]]:
    return sorted((x.amount, x.currency) for x in _record(text).losses)


@pytest.mark.parametrize("text, expected", [
    # each clause of one article written is a charge of its own (gold/incidents/README.md, Settled s18 rule 1)
    ("RK dijerat Pasal 363 ayat (1) ke-3 dan ke-5 KUHP dengan ancaman tujuh tahun penjara.",
     [("363", "1 ke-3", "KUHP"), ("363", "1 ke-5", "KUHP")]),
    ("Tersangka dijerat Pasal 365 ayat (1) dan (2) KUHP.", [("365", "1", "KUHP"), ("365", "2", "KUHP")]),
    ("Tersangka dijerat Pasal 114 ayat (1) dan ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika.",
     [("114", "1", "UU 35/2009"), ("114", "2", "UU 35/2009")]),
    ("Ia dijerat Pasal 365 ayat (2) ke-1, ke-2 dan ke-4 KUHP.",
     [("365", "2 ke-1", "KUHP"), ("365", "2 ke-2", "KUHP"), ("365", "2 ke-4", "KUHP")]),
])
def test_each_clause_of_an_article_is_a_charge(text, expected):
    assert _charges(text) == expected


@pytest.mark.parametrize("text, expected", [
    # `bis`: an article inserted after another is an article of its own
    ("Tersangka dijerat Pasal 303 bis KUHP tentang perjudian.", [("303bis", None, "KUHP")]),
    ("Tersangka dijerat Pasal 303 ayat (1) KUHP subsider Pasal 303 bis KUHP.",
     [("303", "1", "KUHP"), ("303bis", None, "KUHP")]),
    # a sub-item with no ayat is the clause, not an article `1`
    ("Ia dijerat Pasal 480 ke-1 KUHP.", [("480", "ke-1", "KUHP")]),
])
def test_article_shapes(text, expected):
    assert _charges(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the law named in the title of a law cited by number is no law of a charge: `UU yang sama` is the cited one
    ("RK dijerat Pasal 378 UU Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana, sedangkan DN dijerat "
     "Pasal 591 UU yang sama.", [("378", None, "UU 1/2023"), ("591", None, "UU 1/2023")]),
    # `undang-undang yang sama` after a KUHP article names the last law that is no penal code
    ("Keduanya dijerat Pasal 3 UU Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi jo Pasal 55 ayat (1) "
     "ke-1 KUHP, subsider Pasal 8 undang-undang yang sama.",
     [("3", None, "UU 31/1999"), ("55", "1 ke-1", "KUHP"), ("8", None, "UU 31/1999")]),
    # ... in the next sentence too
    ("Keduanya dijerat Pasal 2 ayat (1) UU Nomor 31 Tahun 1999 jo Pasal 64 KUHP. Bendahara desa juga disangkakan "
     "Pasal 9 undang-undang yang sama.", [("2", "1", "UU 31/1999"), ("64", None, "KUHP"), ("9", None, "UU 31/1999")]),
    # an article after a law that closed others, cited bare with its topic: the law the news cites it bare by
    ("RK dijerat Pasal 362 KUHP, sedangkan penadahnya, DN, dijerat Pasal 480 tentang penadahan.",
     [("362", None, "KUHP"), ("480", None, "KUHP")]),
])
def test_law_of_articles_cited_after_another_law(text, expected):
    assert _charges(text) == expected


@pytest.mark.parametrize("text", [
    # what a class of people can be charged with is a warning, no case's charge
    "Kapolres Sukamaju mengingatkan, pelaku pembakaran hutan dapat dijerat Pasal 78 UU Nomor 41 Tahun 1999 tentang "
    "Kehutanan dengan ancaman 15 tahun penjara.",
    "Menurut Kasat Lantas, pengendara yang memakai knalpot bising bisa dijerat Pasal 285 UU Nomor 22 Tahun 2009.",
    "Warga yang menimbun elpiji bisa dikenakan Pasal 53 UU Nomor 22 Tahun 2001 tentang Minyak dan Gas Bumi, kata Kapolsek.",
    "Penyebar kabar bohong, kata dia, dapat dijerat UU ITE.",
    # a charge denied
    "Pengguna yang melapor diri tidak akan dijerat Pasal 127 UU Nomor 35 Tahun 2009, melainkan direhabilitasi.",
])
def test_no_charge_of_a_class_or_denied(text):
    assert _charges(text) == []


@pytest.mark.parametrize("text, expected", [
    # the case's own people stay charged after a modal
    ("Atas perbuatannya, tersangka dapat dijerat Pasal 362 KUHP dengan ancaman lima tahun penjara.",
     [("362", None, "KUHP")]),
    ("Kedua pelaku pencurian dapat dijerat Pasal 363 KUHP.", [("363", None, "KUHP")]),
    ("Pelaku penganiayaan terhadap Budi dapat dijerat Pasal 351 KUHP.", [("351", None, "KUHP")]),
    # the charge denied goes, the one said instead stays
    ("RK tidak dijerat Pasal 365 KUHP karena tidak ada kekerasan, melainkan Pasal 362 KUHP.", [("362", None, "KUHP")]),
    ("Pelaku tidak hanya dijerat Pasal 363 KUHP, tetapi juga Pasal 480 KUHP.", [("363", None, "KUHP"), ("480", None, "KUHP")]),
])
def test_charges_kept(text, expected):
    assert _charges(text) == expected


@pytest.mark.parametrize("text, expected", [
    # freezing or blocking is done only to a case's money, whatever the sentence says besides
    ("Penyidik membekukan rekening penampung senilai Rp 75 juta.", [(75000000, "IDR")]),
    ("Polisi juga memblokir rekening penampung berisi Rp 312 juta.", [(312000000, "IDR")]),
    # money lost, in a list of victims whose later items repeat no verb
    ("Tiga di antaranya melapor, yakni Sutini (45), warga Desa Kalibaru, yang kehilangan Rp 12 juta; Marlina (38), "
     "Rp 7 juta; serta Rahmat (50), Rp 3,5 juta.", [(3500000, "IDR"), (7000000, "IDR"), (12000000, "IDR")]),
    # the wage of a perpetrator is biaya whatever its rate (Settled s18 rule 13)
    ("Kurir itu mengaku diupah Rp 2 juta sekali antar oleh bandar.", [(2000000, "IDR")]),
    ("Kurir itu menerima upah Rp 2 juta dari bandar untuk sekali antar.", [(2000000, "IDR")]),
    # the verb of a seizure as a quote writes it after its agent
    ("Dari tangan tersangka kami sita uang Rp 750 ribu, kata Kapolsek.", [(750000, "IDR")]),
    # the price the scheme sold the goods at, the object a suffix (`menjualnya`)
    ("Polisi menyita 12 kilogram ganja dari RK. RK menjual ganja itu kepada AD seharga Rp 1 juta per kilogram. Di kota "
     "lain, AD menjualnya kembali seharga Rp 3 juta per kilogram.", [(1000000, "IDR"), (3000000, "IDR")]),
])
def test_losses_read(text, expected):
    assert _losses(text) == expected


@pytest.mark.parametrize("text", [
    # a wage promised is no money of the case (Settled s19 rule 9)
    "Kedua kurir dijanjikan upah Rp 10 juta jika berhasil mengantar sabu tersebut.",
    # a project's value opening the sentence is no loss (Settled s19 rule 3)
    "Proyek jalan desa senilai Rp 2 miliar itu dikerjakan perusahaan milik tersangka.",
    # freezing with no amount
    "Penyidik memblokir 12 rekening milik tersangka.",
])
def test_no_loss(text):
    assert _losses(text) == []
