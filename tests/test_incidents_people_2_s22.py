"""Suspects and victims, second pass (session 22, s22sv2). Every name, place and sentence is invented; read through the
public API.

- `Penyidik yang memeriksa pelaku adalah Iptu X`, `Anggota yang ditembak pelaku hingga tewas itu adalah Bripda X`: a
  role word that is the object or the agent of a verb in a `yang` clause, with a copula after it, names the clause's
  head, not the doer: X is no suspect. A verb that makes the role the head's own (`role_copula` rows: `yang diduga
  pelaku`, `yang menjadi pelaku`) and a name set right after the role word (`yang dipimpin tersangka X`) keep X a
  suspect. The first three cases failed on main 2cb03cb; the near-misses guard the bounds."""
import pytest

from helpers import reader

_record = reader("2024-05-02T10:00", id="t")
_LEAD = "Polisi menangkap Andi Wiranata (30), warga Desa Sukamaju, karena mencuri sepeda motor milik tetangganya. "


def _suspects(text):
    return {s.name for s in _record(text).suspects}


@pytest.mark.parametrize("text, officer", [
    (_LEAD + "Penyidik yang memeriksa pelaku adalah Iptu Bambang Sutrisno.", "Bambang Sutrisno"),
    (_LEAD + "Petugas yang mengejar tersangka tersebut yakni Aiptu Joko Santoso.", "Joko Santoso"),
    ("Seorang pria menembak dua anggota polisi di pos jaga. Anggota yang ditembak pelaku hingga tewas itu adalah Bripda "
     "Dedi Kurniawan. Pelaku kini buron.", "Dedi Kurniawan"),
])
def test_head_of_a_clause_about_the_doer_is_no_suspect(text, officer):
    assert officer not in _suspects(text)


@pytest.mark.parametrize("text, suspect", [
    ("Polisi menangkap seorang pria di Desa Sukamaju. Pria yang diduga pelaku pencurian itu adalah Rahmat Hidayat (28).",
     "Rahmat Hidayat"),
    ("Seorang warga dianiaya di Desa Sukamaju. Warga yang menjadi pelaku penganiayaan adalah Agus Salim (33).",
     "Agus Salim"),
    (_LEAD + "Tim yang dipimpin tersangka Hendra Gunawan itu bekerja di gudang.", "Hendra Gunawan"),
])
def test_the_role_holder_is_still_a_suspect(text, suspect):
    assert suspect in _suspects(text)
