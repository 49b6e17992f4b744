"""The review of s18gate's incident-test cues (issue 22, session 18, s18fxg): invented texts that are no report of an
incident of the article's own and gained victims, tolls or suspects by the new cues. Every name, place and sentence is
invented; read through the public API (`analyze`, `reports_incident`).

- F1: a past disaster recalled in the lead (an anniversary, a book of history) frames the toll after it;
- F2: a death found (`ditemukan meninggal dunia`) told of an illness or an obituary in the next sentence is no case;
- F3-F4: initials with an age beside an arrest or a role word are a case only with the police or a crime in the
  sentence (not pupils `diamankan guru`, a fighter led to the medic's room, a court's schedule);
- F5: a doer of a crime verb is a word of one (not `pemuda`, not `dua siswa`), and a novel or a drama is a story."""
import pytest

from helpers import reader
from polsek_nlp.recognize.incident_facts import reports_incident

_record = reader("2025-03-04T10:00", id="t")


def _incident(rec):
    c = rec.casualties
    return [v.name for v in rec.victims], [s.name for s in rec.suspects], (c.dead, c.injured, c.missing)


EMPTY = ([], [], (None, None, None))

NOT_REPORTS = [
    # F1: an anniversary, a book of history
    "Peringatan 15 tahun banjir bandang Kampung Ciwaru digelar warga. Saat itu Rasta (44) meninggal dunia terseret arus.",
    "Peringatan dua dekade gempa bumi Lembah Hijau berlangsung khidmat. Warto (50), salah satu korban, meninggal dunia "
    "tertimpa rumah saat itu.",
    "Buku sejarah karya guru itu menceritakan gempa bumi Tanah Merah 1998. Seorang petani, Wiryo (45), dilaporkan hilang "
    "saat itu.",
    # F2: found dead, the illness or the obituary in the next sentence
    "Warga Desa Cikaret, Suhendi (81), ditemukan meninggal dunia di kamarnya pada Senin (3/3/2025). Keluarga menyebut ia "
    "sudah lama sakit jantung.",
    "Pensiunan guru, Karta (79), ditemukan meninggal dunia di kursi rotannya, Senin (3/3/2025). Almarhum dikenal sebagai "
    "pelatih paduan suara.",
    # F3: initials beside an arrest word with no police nor crime
    "Tiga pelajar berinisial RN (15) dan TA (16) diamankan wali kelas karena membolos, Senin (3/3/2025).",
    "Atlet karate berinisial GP (17) diamankan panitia ke tenda kesehatan usai bertanding, Senin (3/3/2025).",
    # F4: a court's schedule
    "Sidang perkara pengadaan lahan dengan terdakwa HK (57) dijadwalkan pekan depan di Pengadilan Negeri Karangjati.",
    # F5: a doer that is no word of a crime, a novel
    "Piala bergilir lomba layang-layang digondol pemuda Desa Mekarsari, Minggu (2/3/2025), usai bersaing ketat.",
    "Hadiah utama lomba robotik digondol dua siswa SMK Karangjati, Sabtu (1/3/2025), disusul tim dari kota tetangga.",
    "Novel terbaru karya Wulan, yang diluncurkan Senin (3/3/2025), dibuka dengan penemuan sesosok mayat laki-laki di "
    "tepi danau.",
    "Serial drama remaja yang tayang Senin (3/3/2025) dibuka dengan adegan penemuan mayat seorang pemuda di kebun teh.",
    "Gawang yang dijaga Doni (24) dibobol dua pemain tim tamu pada Senin (3/3/2025) malam.",
    "Hati Lestari (21) dicuri pemuda kampung sebelah pada Senin (3/3/2025), dan keduanya kini resmi bertunangan.",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_report_gains_no_incident_record(text):
    assert _incident(_record(text)) == EMPTY


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_report_keeps_the_test_shut(text):
    assert not reports_incident(text)


def test_an_arrest_by_the_police_with_initials_is_still_a_report():
    rec = _record("Polsek Cigadung mengamankan dua pemuda berinisial AR (19) dan FS (20) yang kedapatan membawa celurit "
                  "di alun-alun, Senin (3/3/2025).")
    assert sorted(s.name for s in rec.suspects) == ["AR", "FS"]


def test_a_death_found_with_no_illness_is_still_a_toll():
    rec = _record("Seorang buruh tani, Damin (46), ditemukan meninggal dunia di saluran irigasi Desa Cikaret, Senin "
                  "(3/3/2025). Polisi masih menyelidiki penyebab kematiannya.")
    assert rec.casualties.dead == 1
