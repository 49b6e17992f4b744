"""Victims by their general shape (issue 22, session 26, s26r13: genre round 13's tune ground). Every name, place and
sentence is invented; read through the public API. Each case fails on the helper's start (`5f5399e0`) but the guards
(marked "guard"):

- the payers of a scheme set out one after another (`incident_payers.payer_series`): a list of payments with the role
  word and the verb said once, before the first (`Korban bernama A (24) menyetor Rp 15 juta, B (26) Rp 12.500.000, dan
  C (23) sebelas juta rupiah`), or the next payer joined by a contrast (`..., sementara B (33) menyerahkan Rp 3.750.000`)
  are victims, `dirugikan`; victims counted apart who paid (`Tiga korban lain menyerahkan total Rp 145 juta`) are
  unnamed victims; a suspect's payment (guard) and a list of suspects' shares (guard) are not."""
import pytest

from helpers import reader, victim_statuses

_record = reader("2025-03-10T10:00", id="t")

_LEAD = ("Polres Sukamaju menangkap seorang pria yang menipu puluhan warga dengan modus arisan online. Tersangka, "
         "Bambang Wijaya (41), ditangkap di rumahnya, Senin (3/3/2025). ")
_TAIL = " Tersangka dijerat Pasal 378 KUHP tentang penipuan."


# --- the payers set out one after another -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Korban bernama Rudi Hartono (24) menyetor Rp 15 juta, Sri Lestari (26) Rp 12.500.000, dan Agus Salim (23) "
     "sebelas juta rupiah.",
     [("Agus Salim", "dirugikan"), ("Rudi Hartono", "dirugikan"), ("Sri Lestari", "dirugikan")]),
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta, Joko Purnomo (52) Rp 120 juta, dan Hendra Gunawan (39) Rp 60 "
     "juta.",
     [("Dewi Anggraini", "dirugikan"), ("Hendra Gunawan", "dirugikan"), ("Joko Purnomo", "dirugikan")]),
    ("Salah satu korban, Rudi Hartono (41), menyetor Rp 7,2 juta, sementara Sri Lestari (33) menyerahkan Rp 3.750.000.",
     [("Rudi Hartono", "dirugikan"), ("Sri Lestari", "dirugikan")]),
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta. Tiga korban lain menyerahkan total Rp 145 juta.",
     [("Dewi Anggraini", "dirugikan"), (None, "dirugikan"), (None, "dirugikan"), (None, "dirugikan")]),
], ids=["gapped_list", "gapped_list_membayar", "contrast_next", "others_paid"])
def test_the_payers_set_out_one_after_another(text, want):
    assert victim_statuses(_record(_LEAD + text + _TAIL)) == want


@pytest.mark.parametrize("text, want", [
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta. Tersangka Bambang kemudian menyerahkan Rp 20 juta kepada "
     "rekannya, Joko Purnomo (52).", [("Dewi Anggraini", "dirugikan")]),
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta. Dari uang itu, Bambang mendapat Rp 50 juta, Joko Purnomo (52) "
     "Rp 20 juta, dan Hendra Gunawan (39) Rp 15 juta.", [("Dewi Anggraini", "dirugikan")]),
], ids=["suspect_pays_guard", "shares_guard"])
def test_no_payer_series_where_the_payers_are_not_set_out_after_a_victim(text, want):
    assert victim_statuses(_record(_LEAD + text + _TAIL)) == want


# --- review s26rvE: the payer set out next is the next of a series of payers --------------------------------------------
# The person named right before the next payer must be a payer (in its sentence) or a victim (in its sentence or the one
# before), and no noun of relation to a suspect stands before it: a share of the money listed after the suspect's, a
# suspect's accomplice who pays, the man the victim paid who pays on, and a suspect's kin who pays are no victims (each
# failed before the review's guard).

@pytest.mark.parametrize("text, want", [
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta, Bambang menerima Rp 50 juta, Joko Purnomo (52) Rp 20 juta, dan "
     "Hendra Gunawan (39) Rp 15 juta.", [("Dewi Anggraini", "dirugikan")]),
    ("Korban Dewi Anggraini (47) menyetor Rp 85 juta. Tersangka Bambang bersama Joko Purnomo (52) menyerahkan Rp 10 "
     "juta sebagai uang muka.", [("Dewi Anggraini", "dirugikan")]),
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta kepada Joko Purnomo (52). Joko Purnomo (52) menyerahkan Rp 50 juta "
     "kepada Bambang.", [("Dewi Anggraini", "dirugikan")]),
    ("Korban Dewi Anggraini (47) membayar Rp 85 juta. Istri tersangka, Sri Lestari (38), menyerahkan uang Rp 20 juta "
     "kepada penyidik.", [("Dewi Anggraini", "dirugikan")]),
], ids=["shares_in_the_sentence", "accomplice_pays", "payee_pays_on", "suspects_kin_pays"])
def test_the_next_payer_follows_a_payer(text, want):
    assert victim_statuses(_record(_LEAD + text + _TAIL)) == want


def test_a_suspects_kin_named_before_the_relation_is_no_next_payer():
    """`Sementara B (52), kakak tersangka, menyerahkan Rp 10 juta`: the relation in apposition after the name (review
    s26rvE; failed before)."""
    text = ("Korban Dewi Anggraini (47) menyetor Rp 85 juta. Sementara Joko Purnomo (52), kakak tersangka, menyerahkan "
            "Rp 10 juta untuk mengganti kerugian korban.")
    assert victim_statuses(_record(_LEAD + text + _TAIL)) == [("Dewi Anggraini", "dirugikan")]
