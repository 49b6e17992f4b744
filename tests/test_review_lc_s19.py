"""Review of s19lc (session 19): the losses and charges rules that reached past their mechanism, each mended and
read through the public API (`polsek_nlp.analyze`) on invented reports."""
from __future__ import annotations

from helpers import reader

_ARREST = "Polsek Sukamaju menangkap AB (30), warga Desa Cibeber, Kamis (6/3/2025). "
_record = reader("2025-03-08T10:00", id="rvE", before=_ARREST)


def _charges(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.article, c.clause, c.law) for c in _record(text).charges]


def _losses(text: str) -> list[tuple[int, str]]:
    return sorted((x.amount, x.kind) for x in _record(text).losses)


def test_a_deed_of_the_case_makes_a_modal_charge_the_case_s():
    # `Atas perbuatannya`: the subject is the case's own perpetrator, not a class of people (`_generic_threat`)
    assert _charges("Atas perbuatannya, pelaku pencurian dapat dijerat Pasal 363 ayat (1) ke-4 KUHP dengan ancaman "
                    "tujuh tahun penjara.") == [("363", "1 ke-4", "KUHP")]
    assert _charges("Akibat kelalaiannya, pengemudi truk dapat dijerat Pasal 310 ayat (4) UU Nomor 22 Tahun 2009 "
                    "tentang Lalu Lintas.") == [("310", "4", "UU 22/2009")]


def test_a_denial_ends_at_the_next_charge():
    # `tidak dikenakan wajib lapor` denies no charge that a later clause states
    assert _charges("AB tidak dikenakan wajib lapor, ia dijerat Pasal 351 ayat (1) KUHP.") == [("351", "1", "KUHP")]
    assert _charges("AB tidak dijerat Pasal 365 KUHP melainkan Pasal 362 KUHP.") == [("362", None, "KUHP")]


def test_a_number_counting_people_is_no_sub_item():
    assert _charges("AB dijerat Pasal 363 ayat (1) ke-4 dan 2 rekannya dijerat Pasal 480 KUHP.") == \
        [("363", "1 ke-4", "KUHP"), ("480", None, "KUHP")]
    assert _charges("AB dijerat Pasal 363 ayat (1) ke-3, 4 dan 5 KUHP.") == \
        [("363", "1 ke-3", "KUHP"), ("363", "1 ke-4", "KUHP"), ("363", "1 ke-5", "KUHP")]


def test_the_same_law_after_a_penal_code_of_the_sentence():
    # an earlier sentence's law (another case) is not `undang-undang yang sama` when this one named the penal code
    text = ("AB dijerat Pasal 114 UU Nomor 35 Tahun 2009 tentang Narkotika. Di tempat lain, polisi menangkap CD (25) "
            "karena menganiaya tetangganya. CD dijerat Pasal 351 KUHP dan Pasal 5 undang-undang yang sama.")
    assert ("5", None, "KUHP") in _charges(text)


def test_kehilangan_far_before_an_amount_is_no_loss():
    # the strong reading of `kehilangan` only right before the amount
    assert _losses("Warga Desa Cibeber kehilangan akses jalan sejak jembatan putus, dan pemerintah desa "
                   "menganggarkan perbaikan dengan dana Rp 150 juta.") == []


def test_a_worker_s_wage_outside_the_case_is_no_loss():
    assert _losses("Sebelumnya AB bekerja di pabrik dengan upah pekerja Rp 2.500.000 dan tinggal di mes.") == []


def test_the_same_law_is_the_one_named_last():
    # a sentence that charges only the penal code makes it `undang-undang yang sama` for the next one
    text = ("AB dijerat Pasal 2 UU Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi. Di tempat lain, CD "
            "ditangkap karena mencuri sepeda motor. CD dijerat Pasal 362 KUHP. Rekannya, EF, dijerat Pasal 480 "
            "undang-undang yang sama.")
    assert _charges(text)[-1] == ("480", None, "KUHP")


def test_a_sub_item_after_an_en_dash():
    assert _charges("AB dijerat Pasal 363 ayat (1) ke-3 dan ke–5 KUHP.") == [("363", "1 ke-3", "KUHP"), ("363", "1 ke-5", "KUHP")]


def test_the_charge_said_instead_after_hanya():
    assert _charges("AB tidak dijerat pasal pembunuhan berencana, hanya Pasal 338 KUHP.") == [("338", None, "KUHP")]


def test_a_clitic_that_is_no_deed_keeps_the_warning_generic():
    # s19lc's warning to a class of people stays one when `-nya` is no deed of the case (`Menurut aturannya`)
    assert _charges("Menurut aturannya, pelaku pembakaran lahan dapat dijerat Pasal 108 UU Nomor 32 Tahun 2009.") == []
