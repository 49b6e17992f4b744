"""A victim's harm said at a part of the body (issue 22, session 26, s26cas). Every name, place and sentence is
invented; read through the public API. Each case fails on the session's start (`41c19e5c`) but the guards:

- a blow's verb after the name, then its result with the part and a wound of it (`dipukul dengan gagang senjata api
  hingga kepalanya robek`: `hingga`/`sampai`, a `body_part` row with `-nya`, a side, a `body_harm` row), up to eight
  words of how between, makes the person hurt, `luka`, and an injured count of one;
- a suspect beaten so stays a suspect, no victim (guard); a victim said dead keeps `tewas` (guard)."""
import pytest

from helpers import reader, suspect_names, toll, victim_statuses

_record = reader("2025-03-10T10:00", id="t")

_END = " Kapolsek Karangjati AKP Dedi Santoso mengatakan kedua pelaku masih diburu polisi."


@pytest.mark.parametrize("text, name", [
    ("Dua perampok menyatroni rumah di Desa Karangjati, Senin (3/3/2025). Pemilik rumah, Sarmin (55), dipukul dengan "
     "gagang senjata api hingga kepalanya robek." + _END, "Sarmin"),
    ("Dua perampok menyatroni sebuah toko di Desa Karangjati, Senin (3/3/2025). Penjaga toko, Wawan Setiadi (29), "
     "dipukul berkali-kali dengan balok kayu oleh pelaku hingga kepalanya bocor." + _END, "Wawan Setiadi"),
    ("Sopir taksi online, Heru Prabowo (35), ditusuk penumpangnya dengan pisau lipat hingga lengan kirinya berdarah di "
     "Jalan Pahlawan, Karangjati, Senin (3/3/2025)." + _END, "Heru Prabowo"),
    ("Penjaga malam, Karyo (60), dianiaya kawanan maling bersenjata tajam dengan sebatang besi hingga kepalanya bocor "
     "dan dilarikan ke puskesmas di Desa Wates, Senin (3/3/2025)." + _END, "Karyo"),
    ("Seorang pedagang sayur, Parmin (47), dianiaya dua preman pasar sampai jarinya patah di Desa Karangjati, Senin "
     "(3/3/2025)." + _END, "Parmin"),
], ids=["gun_butt", "long_how", "side_nya", "bocor", "sampai_jari"])
def test_a_wound_at_a_part_of_the_body_as_a_blows_result_hurts_the_person(text, name):
    rec = _record(text)
    assert (name, "luka") in victim_statuses(rec)
    assert toll(rec)[1] == 1


def test_a_suspect_beaten_so_is_no_victim():  # guard
    rec = _record("Pelaku, Tono Sugiarto (30), dipukuli warga hingga wajahnya lebam sebelum diserahkan ke Polsek "
                  "Cimanggis, Senin (3/3/2025). Tono ditangkap karena mencuri sepeda motor.")
    assert victim_statuses(rec) == []
    assert "Tono Sugiarto" in suspect_names(rec)


def test_a_victim_said_dead_keeps_dead():  # guard
    rec = _record("Korban, Suparmi (52), ditemukan tewas di kamarnya dan dipukul hingga kepalanya retak, kata Kapolsek "
                  "Sleman AKP Agus Riyadi, Senin (3/3/2025). Pelaku ditangkap.")
    assert victim_statuses(rec) == [("Suparmi", "tewas")]
    assert toll(rec)[:2] == (1, None)

