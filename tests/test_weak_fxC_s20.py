"""Weak shapes of incident reports mended at their mechanism (issue 22, session 20, s20fxC). Every name, place and
sentence is invented; read through the public API. Each `test_..._reads` case failed on the branch's start
(`198dbfb`); the `..._stays` cases guard the bounds (they passed before and must still):

- a short report whose only core word is a weak verb of custody or sentencing (`menahan`, `ditahan`, `divonis`,
  `memvonis`, `dijatuhi`: `custody_proof` rows) opens the incident stage when a person set out by initials with an age
  is in its sentence and a crime or a law in it or the next; a trial schedule, a `tahanan kota`, a draw, a goalkeeper
  and a ceremony stay shut;
- `perekrut` (a recruiter, the doer of a trafficking case) is a role word of a doer, weak alone (a job fair's recruiter
  is no suspect);
- `rekannya` (the doer's companions) is a noun a count of arrested takes (`Dua rekannya ditangkap hidup-hidup`), not one
  a bare count makes suspects of (`Dua rekannya selamat` after a crash);
- `Keduanya diamankan` said of people the sentence before names victims (a `victim` row, no doer's role, no active verb
  of harm) keeps them safe: no arrest, no unnamed suspects."""
import pytest

import polsek_nlp


def _read(text, published="2025-03-16T10:00"):
    """The suspects as (name, age, status), the charges' articles and the arrests."""
    rec = polsek_nlp.analyze(text, id="t", published=published)
    return ([(s.name, s.age, s.status) for s in rec.suspects], [c.article for c in rec.charges], rec.event.arrests)


# --- a weak verb of custody or sentencing in a short report -------------------------------------------------------

@pytest.mark.parametrize("text, suspect", [
    ("Kejaksaan Negeri Sukamaju menahan Bendahara Desa Mekarsari, RN (45), pada Senin (10/3). Ia diduga menggelapkan "
     "dana desa dan dijerat Pasal 3 UU Tipikor.", ("RN", 45, "ditahan")),
    ("Penyidik Polsek Cibaru menahan HR (27) sejak Jumat (14/3). Ia dijerat Pasal 363 KUHP tentang pencurian dengan "
     "pemberatan.", ("HR", 27, "ditahan")),
    ("Warga Desa Cikaro, TS (52), divonis 3 tahun penjara oleh Pengadilan Negeri Garut, Rabu (12/3). Ia terbukti "
     "melakukan pencurian ternak.", ("TS", 52, "dihukum")),
])
def test_a_short_report_of_custody_or_sentence_reads(text, suspect):
    assert suspect in _read(text)[0]


def test_an_active_sentence_with_its_law_next_reads_the_charge():
    text = ("Hakim Pengadilan Negeri Lembang memvonis DS (40) 5 tahun penjara pada Selasa (11/3). Ia terbukti melanggar "
            "Pasal 378 KUHP tentang penipuan.")
    assert _read(text)[1] == ["378"]


@pytest.mark.parametrize("text", [
    "Terdakwa AS (52) akan divonis pada Senin (17/3) dalam perkara penipuan, kata Humas PN Lembang.",
    "Kiper muda AB (19) menahan tendangan penalti pada Minggu (9/3). Timnya menang berkat pasal keberuntungan.",
    "Bupati nonaktif AM (56) kini berstatus tahanan kota sejak Senin (10/3). Ia dijerat Pasal 2 UU Tipikor.",
    "Kapolres Sukamaju memimpin upacara kenaikan pangkat pada Senin (10/3). Sebanyak 40 personel menerima kenaikan "
    "pangkat.",
    "Persib ditahan imbang 1-1 oleh tim tamu pada Sabtu (8/3). Pelatih AR (45) mengaku kecewa dengan hasil itu.",
    "Polisi menahan diri saat unjuk rasa mahasiswa pada Senin (10/3). Koordinator aksi, FR (23), menyampaikan tuntutan "
    "soal pasal karet.",
])
def test_custody_words_outside_a_case_stay(text):
    suspects, _, arrests = _read(text)
    assert all(s[2] is None for s in suspects) and arrests is None


# --- perekrut, rekannya ----------------------------------------------------------------------------------------------

def test_counted_recruiters_set_out_by_initials_reads():
    text = ("Polres Sukamaju menangkap dua perekrut pekerja migran ilegal pada Senin (10/3), berinisial HS (41) dan RM "
            "(37). Keduanya dijerat UU TPPO.")
    suspects, _, arrests = _read(text)
    assert ("HS", 41, "ditangkap") in suspects and ("RM", 37, "ditangkap") in suspects and arrests == 2


def test_a_recruiter_at_a_job_fair_stays():
    text = ("Dua perekrut tenaga kerja resmi hadir di bursa kerja Disnaker Sukamaju pada Senin (10/3). Sebanyak 300 "
            "pencari kerja datang.")
    assert _read(text) == ([], [], None)


@pytest.mark.parametrize("text", [
    "Seorang pelaku tewas ditembak petugas pada Kamis (13/3) karena melawan. Dua rekannya ditangkap hidup-hidup.",
    "Satu pelaku perampokan tewas dalam baku tembak pada Jumat (14/3). Dua rekannya berhasil ditangkap, sedangkan "
    "satu lagi buron.",
])
def test_companions_arrested_count_reads(text):
    assert _read(text)[2] == 2


@pytest.mark.parametrize("text", [
    "Seorang pengendara tewas ditabrak truk pada Senin (10/3). Dua rekannya selamat dan hanya luka ringan.",
    "Polisi menangkap AB (30), pelaku pencurian, pada Senin (10/3). Dua rekannya diperiksa sebagai saksi.",
])
def test_companions_not_arrested_stay(text):
    suspects, _, arrests = _read(text)
    assert arrests in (None, 1) and all(s[0] is not None for s in suspects)


# --- victims kept safe ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dua anak, AN (7) dan BI (9), menjadi korban penculikan di Desa Mekarsari pada Senin (10/3). Keduanya diamankan "
    "polisi dan dikembalikan kepada orang tuanya.",
    "Korban penipuan, Rina (34) dan Sari (29), melapor ke Polsek Cibaru pada Senin (10/3). Keduanya diamankan di rumah "
    "aman.",
])
def test_two_victims_kept_safe_are_no_arrest_reads(text):
    assert _read(text)[0] == [] and _read(text)[2] is None


@pytest.mark.parametrize("text", [
    "Dua pria, AB (30) dan CD (28), mencuri sepeda motor milik korban di Desa Mekarsari pada Senin (10/3). Keduanya "
    "diamankan warga.",
    "Korban dan pelaku sempat cekcok pada Senin (10/3). Keduanya diamankan polisi.",
    "Dua pelaku menganiaya korban Rina (34) pada Senin (10/3). Keduanya diamankan polisi.",
])
def test_two_doers_secured_stay_arrested(text):
    assert _read(text)[2] == 2
