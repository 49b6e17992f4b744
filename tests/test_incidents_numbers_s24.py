"""Incident numbers by their general shape (issue 22, session 24, s24cas): casualties and evidence. Every name,
place and sentence is invented; read through the public API. Each case fails on the session's start (`83ba72c`)
but the guards (marked "guard"):

- a count of the missing said with an adverb of a past state (`sempat dinyatakan hilang`) is missing no more: the
  missing number is 0 (gold/incidents/README.md, settled s20 rule 1), the toll says how they were found; one still
  missing beside them keeps its count (not raised by the others missing once)."""
from helpers import reader, toll

_record = reader("2024-03-20T10:00", id="t")


# --- missing once, found since ---------------------------------------------------------------------------------------

def test_a_count_said_missing_once_is_missing_no_more():
    rec = _record("Lima nelayan tewas saat perahu mereka terbalik di perairan Pantai Sukamaju, Senin (18/3/2024). Satu "
                  "nelayan lainnya sempat dinyatakan hilang. Tim SAR gabungan menemukan jasad korban pada Selasa pagi. "
                  "Dengan demikian, jumlah korban tewas menjadi enam orang.")
    assert toll(rec) == (6, None, 0)


def test_a_count_still_missing_stays_beside_one_missing_once():
    rec = _record("Longsor menimbun tiga rumah di Desa Cibeber, Kabupaten Garut, Senin (18/3/2024). Dua warga tewas dan "
                  "seorang warga hilang. Satu warga lainnya sempat hilang namun berhasil menyelamatkan diri.")
    assert toll(rec)[2] == 1
