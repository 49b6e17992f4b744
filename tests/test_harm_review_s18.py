"""The review of s18cas's suspect, victim and toll rules (issue 22, session 18, s18fxc): each case shows an over-reach
the review found, mended at its mechanism. Every name, place and sentence is invented; read through the public API.
Each case failed on main `2799d15` but the guards of what stays (marked so) and two variants that held there already
(the onlooker after a comma, the `nyaris` miss)."""
import pytest

import polsek_nlp


class _Read:
    """What an invented report says of its people: victims as (name, status), suspects' names, the toll
    (dead, injured, missing) and the arrests."""

    def __init__(self, text: str):
        rec = polsek_nlp.analyze(text, id="t", published="2025-06-12T10:00")
        self.victims = sorted(((v.name, v.status) for v in rec.victims), key=str)
        self.victim_names = [v for v, _ in self.victims]
        self.suspects = sorted((s.name for s in rec.suspects), key=str)
        self.toll = (rec.casualties.dead, rec.casualties.injured, rec.casualties.missing)
        self.arrests = rec.event.arrests


# --- 1. goods after a role word: a trade only after a trade noun, never after a crime noun -----------------------------

THIEVES = [
    "Warga Desa Mekarsari menangkap pencuri ayam berinisial TR (31) lalu menyerahkannya ke Polsek Cikembar, Senin (2/6/2025).",
    "Polisi meringkus pencuri ikan berinisial JN (34) di tambak warga Desa Karangjaya, Senin (2/6/2025).",
    "Polisi meringkus pencuri pakaian berinisial JN (34) di Pasar Karangjaya, Senin (2/6/2025).",
]


@pytest.mark.parametrize("text", THIEVES)
def test_goods_after_a_crime_noun_keep_the_thief(text):
    rec = _Read(text)
    assert len(rec.suspects) == 1
    assert rec.arrests == 1


def test_goods_after_a_trade_noun_still_make_a_trade():  # guard: stays as s18cas made it
    rec = _Read("Seorang penjual jamu, Marni (41), menjadi korban jambret di Jalan Sudirman, Sabtu (7/6/2025). Polisi "
                  "memburu pelaku.")
    assert rec.suspects == []
    assert ("Marni", "dirugikan") in rec.victims or rec.victim_names == ["Marni"]


# --- 2. `masih dalam pencarian`: a missing person in a search, not an accomplice on the run ---------------------------

ON_THE_RUN = [
    "Polisi menangkap pelaku berinisial DW (25) di Kampung Ciater, Senin (2/6/2025). Rekannya, Joko (28), masih dalam "
    "pencarian.",
    "Polisi menangkap pelaku berinisial DW (25) di Kampung Ciater, Senin (2/6/2025). Rekannya yang berinisial KR (28) "
    "masih dalam pencarian.",
    "Polisi menangkap pelaku berinisial DW (25) di Kampung Ciater, Senin (2/6/2025). Rekannya, Joko (28), warga Desa "
    "Ciater, masih dalam pencarian polisi.",
    "Polisi menangkap pelaku berinisial DW (25) di Kampung Ciater, Senin (2/6/2025). Kepala desa Samsudin (50) masih "
    "dalam pencarian untuk dimintai keterangan.",
]


@pytest.mark.parametrize("text", ON_THE_RUN)
def test_someone_sought_by_the_police_is_no_missing_victim(text):
    rec = _Read(text)
    assert rec.victims == []
    assert rec.toll[2] is None


STILL_LOST = [  # guards: a search for the lost, or one already a victim, keeps the missing person (as s18cas made it)
    "Perahu nelayan terbalik dihantam ombak di perairan Pantai Cikembar, Senin (2/6/2025). Dua nelayan tewas, tim SAR "
    "gabungan menyisir perairan. Seorang nelayan, Darman (45), masih dalam pencarian.",
    "Kebakaran melanda Pasar Cikembar, Senin (2/6/2025). Dua pedagang tewas. Salah satu korban, Warni (40), masih dalam "
    "pencarian.",
]


@pytest.mark.parametrize("text", STILL_LOST)
def test_a_person_lost_in_a_search_stays_missing(text):
    assert [s for _, s in _Read(text).victims if s == "hilang"] == ["hilang"]


# --- 3. a toll's count stays in its clause -----------------------------------------------------------------------------

TOLL = [
    ("Bus terguling di Jalan Raya Cikembar, Senin (2/6/2025). Korban tewas dalam kecelakaan itu satu orang, sedangkan "
     "penumpang yang selamat dan dirawat di RSUD Cikembar, Kabupaten Sukabumi, berjumlah 12 orang.", 1),
    ("Banjir melanda Desa Karangjaya, Senin (2/6/2025). Korban tewas dalam banjir itu satu orang bernama Wawan, sedangkan "
     "warga yang mengungsi akibat banjir mencapai 250 orang.", 1),
]


@pytest.mark.parametrize("text,dead", TOLL)
def test_a_toll_is_not_read_from_the_next_clause(text, dead):
    assert _Read(text).toll[0] == dead


# --- 4. an onlooker does not take the harm he saw or knew of ------------------------------------------------------------

ONLOOKER = [
    ("Seorang pemuda dibacok orang tak dikenal di Jalan Merdeka, Senin (2/6/2025). Saksi Hendra Gunawan yang melihat "
     "korban dibacok langsung berteriak minta tolong.", "Hendra Gunawan"),
    ("Seorang ibu rumah tangga dianiaya di rumahnya di Desa Karangjaya, Senin (2/6/2025). Slamet Riyadi, yang mengetahui "
     "istrinya dianiaya, langsung melapor ke Polsek Cikembar.", "Slamet Riyadi"),
]


@pytest.mark.parametrize("text,name", ONLOOKER)
def test_an_onlooker_is_not_harmed(text, name):
    assert name not in _Read(text).victim_names


# --- 5. a harm done to `korban` denied, intended or long ago ----------------------------------------------------------

UNREAL = [
    "Korban bernama Anwar (40) melapor ke Polsek Cikembar pada Senin (2/6/2025). Pelaku membantah telah memukul korban "
    "hingga tewas.",
    "Korban bernama Anwar (40) melapor ke Polsek Cikembar pada Senin (2/6/2025). Pelaku sempat berniat memukul korban "
    "hingga tewas, namun dicegah warga.",
    "Korban bernama Anwar (40) melapor ke Polsek Cikembar pada Senin (2/6/2025) karena diancam. Dua tahun lalu, pelaku "
    "pernah memukul korban hingga luka parah.",
]


@pytest.mark.parametrize("text", UNREAL)
def test_a_harm_denied_intended_or_past_is_not_the_victims(text):
    rec = _Read(text)
    assert ("Anwar", "tewas") not in rec.victims and ("Anwar", "luka berat") not in rec.victims
    assert rec.toll[:2] == (None, None)


# --- 6. `Akibatnya korban` after a sentence of the past ----------------------------------------------------------------

def test_a_result_after_a_past_case_is_not_the_victims():
    rec = _Read("Korban bernama Anwar (40) melapor ke Polsek Cikembar pada Senin (2/6/2025) karena diancam. Tahun lalu "
                  "pelaku pernah menusuk tetangganya. Akibatnya korban meninggal dunia dan pelaku dipenjara.")
    assert ("Anwar", "tewas") not in rec.victims
    assert rec.toll[0] is None


# --- 7. a body not (yet) found ----------------------------------------------------------------------------------------

NOT_FOUND = [
    "Korban bernama Dimas (8) bermain di tepi Sungai Cikembar, Senin (2/6/2025). Hingga Senin sore, tim SAR belum "
    "menemukan jasad korban.",
    "Korban bernama Dimas (8) bermain di tepi Sungai Cikembar, Senin (2/6/2025). Hingga Senin sore, jasad korban belum "
    "juga ditemukan.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_body_not_yet_found_is_no_death(text):
    rec = _Read(text)
    assert ("Dimas", "tewas") not in rec.victims
    assert rec.toll[0] is None


# --- 8. a shot that reaches: not one that missed, not a `right-hand man`, not a suspect shot by the police ------------

NOT_HIT = [
    ("Pelaku menembakkan senjata api ke arah petugas di Desa Karangjaya, Senin (2/6/2025). Beruntung, tembakan pelaku "
     "tidak mengenai kepala Bripda Yoga Pratama.", "Yoga Pratama"),
    ("Pelaku menembakkan senjata api ke arah petugas di Desa Karangjaya, Senin (2/6/2025). Peluru itu nyaris mengenai "
     "kepala Bripda Yoga Pratama.", "Yoga Pratama"),
    ("Polisi menangkap pengedar sabu berinisial AR (30) di Desa Karangjaya, Senin (2/6/2025). Petugas masih mendalami "
     "informasi mengenai tangan kanan Dedi Kurniawan yang diduga ikut mengedarkan sabu.", "Dedi Kurniawan"),
    ("Polisi menangkap bandar narkoba di Desa Karangjaya, Senin (2/6/2025). Polisi terpaksa menembak kaki tersangka "
     "karena melawan. Tembakan mengenai paha kanan Dedi Kurniawan, yang merupakan bandar narkoba itu.", "Dedi Kurniawan"),
]


@pytest.mark.parametrize("text,name", NOT_HIT)
def test_a_shot_that_did_not_hurt_a_victim(text, name):
    assert name not in _Read(text).victim_names


REACHED = [  # guards: stay as s18cas made them
    "Pelaku menembakkan senjata api ke arah petugas di Desa Karangjaya, Senin (2/6/2025). Tembakan pelaku mengenai paha "
    "Bripda Yoga Pratama. Pelaku ditangkap.",
    "Polisi menyergap perampok di Desa Karangjaya, Senin (2/6/2025). Seorang pelaku melepaskan tembakan ke arah petugas "
    "dan mengenai lengan Bripda Yoga Pratama. Pelaku ditangkap.",
]


@pytest.mark.parametrize("text", REACHED)
def test_a_shot_that_reached_still_hurts(text):
    assert ("Yoga Pratama", "luka") in _Read(text).victims


# --- 9. a rider described before the name: a person's phrase only ----------------------------------------------------

def test_a_riders_friend_is_not_the_rider():
    rec = _Read("Sebuah mobil menabrak sepeda motor yang dikendarai korban bersama temannya, Rizki Ramadhan (20), di "
                  "Jalan Raya Cikembar, Senin (2/6/2025). Pengendara sepeda motor itu tewas di lokasi.")
    assert "Rizki Ramadhan" not in rec.victim_names


# --- 10. a part played in a list: a witness is no suspect ------------------------------------------------------------

def test_a_witness_in_a_list_of_parts_is_no_suspect():
    rec = _Read("Polisi menangkap tersangka Bambang (33) selaku pengedar, dan Yudi (29) sebagai saksi dimintai "
                  "keterangan di Polsek Cikembar, Senin (2/6/2025).")
    assert rec.suspects == ["Bambang"]


# --- 11. a payment is a loss only to the suspect or in a scheme -------------------------------------------------------

def test_a_payment_to_a_hospital_is_no_loss():
    rec = _Read("Polisi menangkap tersangka Hasan (30) di Desa Karangjaya, Senin (2/6/2025). Seorang korban kecelakaan "
                  "lain, Anwar (30), membayar Rp 2 juta kepada rumah sakit.")
    assert ("Anwar", "dirugikan") not in rec.victims
