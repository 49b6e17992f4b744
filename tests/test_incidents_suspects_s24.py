"""Suspects that generalise (issue 22, session 24, s24sv2). Every name, place and sentence is invented; read through
the public API. The named cases failed on the session's start (`a2ae4cef`); the near-misses guard the bounds:

- `Pemasok berinisial RT, warga negara Malaysia, kini masuk daftar pencarian orang (DPO)`, `berinisial GS, kini masuk
  DPO`: the person declared wanted with an apposition set off by commas (or a comma and a few lowercase words)
  between the name and `masuk DPO` is a suspect on the run; a speaker's name before a clause that says someone else
  is wanted is none."""
from helpers import reader

_record = reader("2024-05-02T10:00", id="t")


def _suspects(text):
    return {s.name: s.status for s in _record(text).suspects}


def test_wanted_after_an_apposition_is_a_suspect_on_the_run():
    text = ("Satresnarkoba Polres Lembah Hijau menangkap seorang kurir sabu berinisial DW (31) di Desa Sukamaju. "
            "Tersangka DW ditahan di Mapolres Lembah Hijau. Pemasok sabu berinisial RT, warga negara Malaysia, kini "
            "masuk daftar pencarian orang (DPO).")
    assert _suspects(text).get("RT") == "buron"


def test_wanted_after_a_comma_and_plain_words_is_a_suspect_on_the_run():
    text = ("Polsek Sukamaju menangkap seorang penadah berinisial KS (40) yang membeli sepeda motor curian. Tersangka "
            "KS ditahan di Mapolsek Sukamaju. Pemilik barang berinisial GS, yang disebut "
            "tinggal di Kota Sukamaju, masih diburu dan masuk daftar pencarian orang.")
    assert _suspects(text).get("GS") == "buron"


def test_a_speaker_before_a_wanted_clause_is_no_suspect():
    text = ("Polsek Sukamaju menangkap seorang penadah berinisial KS (40) yang membeli sepeda motor curian. Tersangka "
            "KS ditahan di Mapolsek Sukamaju. Kapolsek Sukamaju AKP Darmawan Saputra, "
            "mengatakan pemilik barang kini masuk DPO.")
    assert "Darmawan Saputra" not in _suspects(text)


def test_one_named_by_initials_who_fled_is_a_suspect_on_the_run():
    text = ("Tim Resmob Polres Lembah Hijau menangkap dua pelaku pencurian dengan kekerasan, Sarmin (33) dan Yoga "
            "Pratama (29), di Desa Sukamaju. Satu lagi berinisial TR berhasil kabur. Rekan mereka, perempuan "
            "berinisial EW, diduga sudah kabur ke luar kota.")
    sus = _suspects(text)
    assert sus.get("TR") == "buron" and sus.get("EW") == "buron"


def test_a_victim_named_by_initials_who_ran_away_is_no_suspect():
    text = ("Dua pria merampas ponsel seorang pelajar di Jalan Melati, Kota Sukamaju. Korban berinisial RA (16) yang "
            "dipukul pelaku berhasil kabur dan melapor ke Polsek Sukamaju. Kedua pelaku kini diburu polisi.")
    assert "RA" not in _suspects(text)


def test_a_witness_named_by_initials_who_saw_the_culprit_flee_is_no_suspect():
    # s24rvG: the words between the initials and `kabur` say another fled (`melihat pelaku ... kabur`)
    text = ("Dua pria merampas ponsel seorang pelajar di Jalan Melati, Kota Sukamaju. Seorang saksi berinisial AB "
            "melihat pelaku langsung kabur ke arah utara. Polisi masih memburu pelaku.")
    assert "AB" not in _suspects(text)
