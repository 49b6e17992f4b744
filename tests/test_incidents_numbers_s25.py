"""Casualties by their general shape (issue 22, session 25, s25cas): precision, a toll that is not the incident's own.
Every name, place and sentence is invented; read through the public API. Each case fails on the session's start
(`cf3cd108`) but the guards (marked "guard"):

- a sentence that tells of another, earlier incident (`recall` rows of incident_words: `pernah`, `mengingatkan
  peristiwa`, an incident's noun before `serupa`) gives that incident's toll, not the article's; `tidak pernah` is no
  recall (guard)."""
from helpers import reader, toll, victim_statuses

_record = reader("2025-09-10T10:00", id="t")

_CRASH = ("Seorang pengendara motor, Asep Sunarya (34), tewas setelah motornya ditabrak truk di Jalan Raya Leles, "
          "Kabupaten Garut, Selasa (9/9/2025) pagi. Kasat Lantas Polres Garut AKP Dedi Kurnia mengatakan sopir truk, "
          "Rahmat (41), sudah diamankan. ")


# --- another, earlier incident recalled ------------------------------------------------------------------------------

def test_an_earlier_incident_that_once_happened_is_not_the_toll():
    rec = _record(_CRASH + "Sebelumnya, di jalan yang sama pernah terjadi tabrakan beruntun yang menewaskan empat orang.")
    assert toll(rec) == (1, None, None)
    assert victim_statuses(rec) == [("Asep Sunarya", "tewas")]


def test_an_incident_recalled_by_a_speaker_is_not_the_toll():
    rec = _record(_CRASH + "Ia juga mengingatkan peristiwa Agustus lalu, ketika sebuah bus terguling di tanjakan itu "
                           "dan tiga penumpang meninggal dunia.")
    assert toll(rec) == (1, None, None)
    assert victim_statuses(rec) == [("Asep Sunarya", "tewas")]


def test_a_similar_incident_is_not_the_toll():
    rec = _record(_CRASH + "Menurut warga, kecelakaan serupa di tikungan itu menewaskan dua pelajar.")
    assert toll(rec) == (1, None, None)


def test_never_is_no_recall():  # guard
    rec = _record("Perahu nelayan terbalik di perairan Pangandaran, Selasa (9/9/2025). Dua nelayan tewas, padahal mereka "
                  "tidak pernah melaut saat gelombang tinggi.")
    assert toll(rec)[0] == 2
    rec = _record("Kebakaran melanda pasar di Kecamatan Tarogong, Kabupaten Garut, Selasa (9/9/2025). Tiga pedagang "
                  "mengalami luka bakar, kebakaran yang belum pernah terjadi di pasar itu.")
    assert toll(rec)[1] == 3
