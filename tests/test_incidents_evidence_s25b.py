"""Evidence item names by their general shape, second pass (issue 22, session 25, s25evi2). Every name, place and
sentence is invented; read through the public API. Each case fails on the session's start (`6e20fab6`) but the guards
(marked "guard"):

- a kind word the README keeps: a boat's `motor` (`perahu motor`, `kapal motor`) and a fertiliser's kind (`pupuk amonium
  nitrat`, `pupuk urea`; gold/incidents/README.md settled s25 rule 5), a paper's `palsu` (`ktp palsu`; settled s18 rule
  12, s19 rule 5); a fertiliser's status is no kind (guard)."""
from helpers import evidence_set, reader

_record = reader("2024-03-20T10:00", id="t")


# --- kind words ---------------------------------------------------------------------------------------------------------

def test_a_motor_boat_and_a_fertiliser_keep_their_kind():
    rec = _record("Satpolair Polres Sukamaju menangkap dua nelayan pengebom ikan, Senin (18/3/2024). Polisi menyita satu "
                  "unit perahu motor, satu unit kapal motor dan 5 kilogram pupuk amonium nitrat.")
    assert {("perahu motor", 1, "unit"), ("kapal motor", 1, "unit"),
            ("pupuk amonium nitrat", 5, "kg")} <= evidence_set(rec)


def test_a_fake_paper_keeps_palsu():
    rec = _record("Polres Sukamaju menangkap seorang penadah mobil rental, Senin (18/3/2024). Barang bukti yang disita "
                  "berupa lima lembar KTP palsu, 12 lembar STNK, dan dua unit ponsel.")
    assert {("ktp palsu", 5, "lembar"), ("stnk", 12, "lembar")} <= evidence_set(rec)


def test_a_fertilisers_status_is_no_kind():  # guard
    rec = _record("Polres Sukamaju menangkap seorang penimbun, Senin (18/3/2024). Polisi menyita 40 karung pupuk "
                  "bersubsidi dan satu unit truk.")
    assert ("pupuk", 40, "karung") in evidence_set(rec)
