"""A second review of the incident test's own-toll check (s16fx3): what it still got wrong.

A stated toll counts as two cues of the incident test only when it is the article's own. What anchors it: a noun of an
incident in the toll's sentence or the first (`kebakaran`, `ledakan`: `toll_event` rows), a police word handling a case
(`case_verb`, `case_passive` rows; not an appeal or a record), or a day of the event in the toll's sentence or the
first, near the publication (with no publication: a relative day or a weekday, never a bare old date). What refuses it:
a frame of commemoration, figures or a story (`toll_frame` rows), a period summed over (`sejak Januari`), a frame
abroad (never a nationality: `pekerja asal Malaysia`). Also a count joined after a verb of harm with a proper name or
`-nya`, the subject of the clause that secures a companion, and the doc's sentences for the toll's.

Every name, place and sentence is invented; read through the public API."""
import pytest

from helpers import reader
from polsek_nlp.api import analyze_doc
from polsek_nlp.recognize.incident_facts import reports_incident

PUBLISHED = "2025-04-09T10:00"


_record = reader(PUBLISHED, id="t")


# --- 1. a nationality is no frame abroad --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tiga buruh asal Vietnam tewas tertimpa tiang pancang di proyek jembatan di Kota Lembah Hijau, Selasa (8/4/2025). "
    "Polisi masih menyelidiki penyebabnya.",
    "Dua nelayan berkewarganegaraan Thailand tewas setelah kapalnya terbakar di perairan Teluk Kencana, Senin (7/4/2025). "
    "Petugas mengevakuasi jenazah keduanya.",
    "Dua warga Singapura tewas dalam kebakaran ruko di Kota Tanjung Sari, Senin (7/4/2025). Polisi menyelidiki "
    "penyebabnya.",
])
def test_a_victims_nationality_does_not_refuse_a_domestic_toll(text):
    assert _record(text).casualties.dead in (2, 3)


def test_an_event_in_a_country_abroad_still_refuses():
    assert _record("Banjir bandang di Vietnam menewaskan 30 warga, Senin (7/4/2025). Pemerintah setempat mengerahkan "
                   "tentara.").casualties.dead is None


# --- 2. an appeal or a record is no police handling a case; figures refuse ------------------------------------------

@pytest.mark.parametrize("text", [
    "Polisi mengimbau pengendara berhati-hati. Menurut data Dinas Perhubungan, 41 orang tewas akibat kecelakaan di "
    "jalur mudik Sungai Lestari.",
    "Satlantas Polres Bukit Rindang mencatat 22 orang meninggal dunia dalam kecelakaan lalu lintas sejak Januari. "
    "Kapolres mengimbau warga tertib berlalu lintas.",
    "Polisi mengimbau warga menjauhi sungai. Sepanjang Maret, sembilan anak tewas tenggelam di sungai-sungai Kabupaten "
    "Lembah Hijau.",
])
def test_figures_with_an_appeal_are_no_incident(text):
    assert _record(text).casualties.dead is None


# --- 3. and 4. a commemoration refuses; a day anchors only near and in the toll's sentence or the first -------------

@pytest.mark.parametrize(("text", "published"), [
    ("Warga menggelar doa bersama, Senin (7/4/2025), memperingati tragedi longsor yang menewaskan 16 warga dusun itu. "
     "Kepala desa memimpin doa.", PUBLISHED),
    ("Warga Dusun Sindang Asri mengenang kebakaran pasar 3 Juni 2024. Sebelas pedagang tewas dalam kebakaran itu. "
     "Doa digelar di masjid.", PUBLISHED),
    ("Warga Dusun Sindang Asri mengenang kebakaran pasar 3 Juni 1998. Sebelas pedagang tewas dalam kebakaran itu. "
     "Doa digelar di masjid.", None),
])
def test_a_commemorated_toll_is_no_incident(text, published):
    assert _record(text, published).casualties.dead is None


def test_a_drills_toll_is_no_incident():
    assert _record("Damkar menggelar simulasi penanganan kebakaran di pasar Kota Tanjung Sari. Dalam simulasi itu, enam "
                   "pedagang diperankan sebagai korban luka.").casualties.injured is None


def test_a_day_weeks_before_the_publication_anchors_no_toll():
    # no event noun, no police: only a day, two months old, in the toll's sentence
    assert _record("Dua puluh warga tewas setelah perahu mereka terbalik, Sabtu (8/2/2025). Keluarga menerima santunan "
                   "dari perusahaan.").casualties.dead is None


def test_a_relative_day_anchors_a_toll_with_no_publication():
    text = "Perahu warga terbalik di Sungai Cimerah, kemarin sore. Dua penumpang tewas tenggelam."
    assert _record(text, None).casualties.dead == 2
    assert reports_incident(text)


def test_an_old_date_alone_anchors_nothing_with_no_publication():
    text = "Perahu warga terbalik di Sungai Cimerah pada 12 Oktober 2003. Dua penumpang tewas tenggelam."
    assert _record(text, None).casualties.dead is None
    assert not reports_incident(text)


# --- 5. a short report with its event noun or a case handled, no day and no police acting -------------------------

@pytest.mark.parametrize(("text", "kind", "n"), [
    ("Empat orang luka-luka dalam kebakaran gudang di Kelurahan Mekar Wangi, Kota Lembah Hijau. Api diduga berasal dari "
     "puntung rokok.", "injured", 4),
    ("Dua orang luka berat akibat ledakan kompor di warung di Jalan Merpati, Kota Tanjung Sari. Kasus ini ditangani "
     "Polsek Tanjung Sari.", "injured", 2),
    ("Tiga pemuda terluka akibat tawuran di Desa Sukamulya. Warga membubarkan kedua kelompok itu.", "injured", 3),
])
def test_a_short_report_with_its_event_noun_is_an_incident(text, kind, n):
    assert getattr(_record(text).casualties, kind) == n


# --- 6. a count joined after a verb of harm, named by a proper name or with -nya ----------------------------------

@pytest.mark.parametrize(("text", "kind", "n"), [
    ("Perampok itu melukai seorang satpam dan dua karyawan PT Sinar Bumi Lestari, Selasa (8/4/2025). Polisi masih "
     "memburu pelaku.", "injured", 3),
    ("Pria itu melukai seorang guru dan tiga siswa SD Negeri 2 Sindang Asri, Selasa (8/4/2025). Polisi menangkap "
     "pelaku.", "injured", 4),
    ("Truk itu menewaskan seorang sopir dan dua warga Desa Batu Merah, Selasa (8/4/2025). Polisi memeriksa sopir "
     "truk.", "dead", 3),
    ("Bus itu terjun ke jurang, Selasa (8/4/2025), dan menewaskan seorang sopir dan dua penumpangnya. Polisi memeriksa "
     "lokasi.", "dead", 3),
])
def test_a_joined_count_named_by_a_proper_name_or_nya_is_harmed(text, kind, n):
    assert getattr(_record(text).casualties, kind) == n


# --- 7. the subject of the clause, not any victim word in it, says who is secured with a companion -----------------

def test_a_suspect_who_hurt_the_victim_is_secured_with_a_companion():
    r = _record("TK yang memukul korban kemudian diamankan bersama temannya, AW (23), ke Mapolsek Sindang Asri, Senin "
                "(7/4/2025).")
    assert "AW" in [s.name for s in r.suspects]


def test_the_victim_secured_with_a_companion_makes_no_suspect():
    r = _record("Korban kemudian diamankan bersama anaknya, RM (12), ke rumah kerabat. Polisi menangkap pelaku "
                "penganiayaan, Senin (7/4/2025).")
    assert "RM" not in [s.name for s in r.suspects]


# --- 8. the toll's sentence is the doc's, not a cut at every stop ------------------------------------------------

@pytest.mark.parametrize("unit", ["Kec.", "Kecamatan"])
def test_an_abbreviation_does_not_cut_the_tolls_sentence(unit):
    # the toll's sentence holds its past year however the place is written: the stage stays shut (its subtype unread)
    doc, _ = analyze_doc(f"Pada 2021 lalu, banjir bandang di {unit} Batu Merah menewaskan 11 warga. Kapolres Batu Merah "
                         "menghadiri doa bersama di lokasi, Senin (7/4/2025).", published=PUBLISHED)
    assert doc._.incidents.subtypes is None
