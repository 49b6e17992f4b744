"""Casualties by their general shape (issue 22, session 27, s27cas). Every name, place and sentence is invented; read
through the public API. Each case fails on the session's start (`0c56fd81`) but the guards (marked "guard") and two
cases read so before (`found_after`, `stabbed`):

- a count of wounds a verb of finding or a place on the body follows (`wound_count_after` rows: `Sebanyak empat luka
  tembak ditemukan di tubuh korban`) counts wounds, not the injured;
- a search for people (`missing_search` rows: `Tim SAR masih mencari dua korban lainnya`) counts the missing, unless the
  police hunt them or they are found after;
- a rise by a count (`bertambah satu orang`, a `toll_link` row of value increment) adds to the toll said before;
- `nyaris tewas`, `hampir tewas` (`near_miss` rows) is no death."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2025-03-10T10:00", id="t")


def _agree(rec) -> None:
    """The victims list and the casualties agree: as many unnamed or named dead and missing as counted."""
    dead, _, missing = toll(rec)
    statuses = [s for _, s in victim_statuses(rec)]
    assert statuses.count("tewas") == (dead or 0)
    assert statuses.count("hilang") == (missing or 0)


# --- a count of wounds a verb of finding or a place on the body follows ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Seorang pria tewas ditikam di Desa Sukamaju, Senin (3/3/2025). Sebanyak empat luka tembak ditemukan di tubuh korban.",
    "Seorang pria ditemukan tewas di kebun di Desa Sukamaju, Senin (3/3/2025). Sebanyak tujuh luka tusuk terdapat di "
    "tubuh korban.",
    "Seorang pedagang tewas dibacok di Pasar Sukamaju, Senin (3/3/2025). Tim dokter menemukan sebanyak lima luka bacok "
    "di tubuh korban.",
    "Seorang warga tewas dianiaya di Desa Sukamaju, Senin (3/3/2025). Sedikitnya sembilan luka tusuk ditemukan di dada "
    "dan punggung korban.",
    "Seorang pria tewas ditikam di Gang Sukamaju, Senin (3/3/2025). Polisi mendapati enam luka tusuk di dada korban.",
    "Seorang warga tewas ditembak di Desa Sukamaju, Senin (3/3/2025). Dua luka tembak bersarang di punggung korban.",
    "Seorang pria tewas dianiaya di Jalan Sukamaju, Senin (3/3/2025). Sebanyak 11 luka sayatan terlihat di tubuh korban.",
    "Seorang perempuan tewas dibunuh di Desa Sukamaju, Senin (3/3/2025). Tiga luka tusuk pada leher korban menjadi "
    "penyebab kematiannya.",
], ids=["found", "terdapat", "doctor", "at_least", "at_chest", "lodged", "seen", "pada_neck"])
def test_a_count_of_wounds_found_on_the_body_is_no_count_of_the_injured(text):
    rec = _record(text)
    assert toll(rec) == (1, None, None)
    _agree(rec)


@pytest.mark.parametrize("text, want", [
    ("Bentrokan di Desa Sukamaju, Senin (3/3/2025): 2 tewas, 3 luka tembak di lokasi kejadian.", (2, 3, None)),
    ("Kebakaran di Pasar Sukamaju, Senin (3/3/2025), membuat sebanyak lima orang luka bakar.", (None, 5, None)),
    # s27rvB: a count joined to a toll before it is of people, a part of the body after its wound or not
    ("Bentrokan antarwarga terjadi di Desa Sukamaju, Senin (3/3/2025). Akibatnya dua orang tewas dan tiga luka tembak di "
     "kaki.", (2, 3, None)),
    ("Bentrokan antarwarga terjadi di Desa Sukamaju, Senin (3/3/2025). Dua warga tewas, sedangkan empat luka bacok di "
     "tangan dan punggung.", (2, 4, None)),
], ids=["place_no_body", "people", "tally_at_body", "tally_contrast"])
def test_a_count_of_people_before_a_wound_still_counts(text, want):  # guard
    assert toll(_record(text)) == want


# --- a search for the missing -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Perahu motor yang membawa 12 penumpang terbalik di perairan Selat Alas, Senin (3/3/2025). Sepuluh penumpang "
     "selamat, satu tewas, dan Tim SAR masih mencari satu korban lainnya.", (1, None, 1)),
    ("Seorang nelayan tewas setelah kapalnya dihantam ombak di perairan Pangandaran, Rabu (5/3/2025). Tim SAR gabungan "
     "masih mencari dua awak kapal lainnya.", (1, None, 2)),
    ("Tanah longsor di Desa Cibadak, Senin (3/3/2025), menewaskan dua warga. Tim SAR masih mencari tiga warga lainnya "
     "yang diduga tertimbun.", (2, None, 3)),
    ("Banjir di Kecamatan Sukamaju, Senin (3/3/2025), menewaskan seorang anak. Petugas masih mencari seorang warga "
     "lainnya yang hanyut.", (1, None, 1)),
    ("Seorang bocah tewas tenggelam di Pantai Sukamaju, Minggu (2/3/2025). Tim SAR masih mencari satu korban lain, kata "
     "Kapolsek AKP Budi Santoso.", (1, None, 1)),
    ("Kapal motor pengangkut kayu tenggelam di perairan Kepulauan Seribu, Senin (3/3/2025). Dua awak kapal tewas, "
     "sedangkan Basarnas masih mencari tiga awak kapal lainnya.", (2, None, 3)),
    ("Dua bocah tewas tenggelam di Sungai Cisadane, Selasa (4/3/2025). Relawan dan warga masih mencari seorang bocah "
     "lainnya yang terseret arus.", (2, None, 1)),
    ("Longsor di Desa Sukamaju, Rabu (5/3/2025), menewaskan empat warga. Tim SAR gabungan terus mencari keberadaan dua "
     "warga lainnya.", (4, None, 2)),
    ("Banjir bandang di Kecamatan Sukamaju, Jumat (7/3/2025), menewaskan tiga warga. Sementara itu, tim penyelamat masih "
     "melakukan pencarian terhadap empat warga lainnya.", (3, None, 4)),
    ("Perahu nelayan terbalik di Teluk Sukamaju, Sabtu (8/3/2025). Seorang nelayan tewas dan petugas masih mencari dua "
     "nelayan lainnya yang hanyut.", (1, None, 2)),
    ("Seorang warga tewas diterkam buaya di Sungai Sukamaju, Senin (3/3/2025). BPBD masih mencari seorang warga lain yang "
     "diduga ikut diterkam.", (1, None, 1)),
    ("Perahu terbalik di Sungai Kapuas, Senin (3/3/2025). Seorang penumpang tewas, sementara dua lainnya hingga kini "
     "belum ditemukan.", (1, None, 2)),
], ids=["sar_korban", "sar_crew", "sar_buried", "anyone_swept", "korban_lain", "basarnas", "volunteers", "keberadaan",
        "pencarian_terhadap", "fishers", "bpbd", "hingga_kini"])
def test_a_search_counts_the_missing(text, want):
    rec = _record(text)
    assert toll(rec) == want
    _agree(rec)


@pytest.mark.parametrize("text", [
    "Seorang pedagang tewas ditembak perampok di Jalan Sukamaju, Senin (3/3/2025). Polisi masih mencari dua pelaku "
    "lainnya.",
    "Seorang warga tewas dianiaya di Desa Sukamaju, Senin (3/3/2025). Polisi masih mencari dua orang saksi yang melihat "
    "kejadian.",
    "Tanah longsor di Desa Sukamaju, Senin (3/3/2025), menewaskan dua warga. Tim SAR masih mencari satu warga lainnya. "
    "Sore harinya, petugas menemukan jasad korban di bawah timbunan tanah.",
], ids=["police_hunt", "witnesses", "found_after"])
def test_no_missing_from_a_hunt_or_a_search_that_ended(text):  # the first two are guards
    assert toll(_record(text))[2] is None


@pytest.mark.parametrize("text", [
    "Seorang warga tewas dibacok di Desa Sukamaju, Senin (3/3/2025). Tim gabungan masih mencari dua orang pelaku yang "
    "melarikan diri.",
    "Seorang pedagang tewas ditusuk di Pasar Sukamaju, Senin (3/3/2025). Tim gabungan Polres dan Kodim masih mencari dua "
    "pria yang diduga pelaku penusukan.",
    "Seorang sopir tewas dirampok di Jalan Sukamaju, Senin (3/3/2025). Tim gabungan terus mencari tiga orang tersangka "
    "lainnya.",
], ids=["fled", "suspected", "tersangka"])
def test_a_joint_team_hunting_suspects_counts_no_missing(text):  # s27rvB: `tim gabungan` hunts as well as searches
    assert toll(_record(text)) == (1, None, None)


# --- a rise by a count ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Tiga warga tewas dalam kebakaran di Desa Sukamaju, Senin (3/3/2025). Korban meninggal bertambah satu orang setelah "
     "seorang korban luka meninggal di rumah sakit, Selasa.", (4, None, None)),
    ("Lima orang tewas akibat minuman keras oplosan di Kecamatan Cicalengka, Senin (3/3/2025). Korban tewas bertambah dua "
     "orang pada Selasa.", (7, None, None)),
    ("Dua pekerja tewas tertimpa tembok di proyek di Jalan Sukamaju, Senin (3/3/2025). Korban tewas bertambah satu orang "
     "setelah seorang pekerja meninggal di rumah sakit.", (3, None, None)),
    ("Sebanyak 10 orang tewas akibat miras oplosan di Kecamatan Sukamaju, Senin (3/3/2025). Hingga Selasa, korban "
     "meninggal bertambah lagi dua orang.", (12, None, None)),
    ("Empat penumpang luka dalam kecelakaan bus di Jalan Sukamaju, Senin (3/3/2025). Korban luka bertambah dua orang "
     "setelah polisi mendata ulang.", (None, 6, None)),
], ids=["one_more", "two_more", "workers", "lagi", "injured"])
def test_a_rise_adds_to_the_toll(text, want):
    assert toll(_record(text)) == want


@pytest.mark.parametrize("text, want", [
    ("Tiga warga tewas dalam kebakaran di Desa Sukamaju, Senin (3/3/2025). Korban meninggal bertambah menjadi empat "
     "orang.", (4, None, None)),
    ("Korban meninggal dunia akibat banjir di Kabupaten Sukamaju bertambah satu orang sehingga total menjadi enam orang, "
     "Senin (3/3/2025).", (6, None, None)),
    ("Korban tewas kecelakaan di Jalan Raya Sukamaju bertambah satu orang, Senin (3/3/2025).", (1, None, None)),
], ids=["to_four", "total_after", "no_toll_before"])
def test_a_count_to_or_a_rise_with_no_toll_before(text, want):  # guard
    assert toll(_record(text)) == want


@pytest.mark.parametrize("text", [
    # the new total said first, the rise told after it
    "Jumlah korban tewas kebakaran di Desa Sukamaju kini empat orang, Senin (3/3/2025). Korban meninggal bertambah satu "
    "orang setelah seorang korban luka meninggal di rumah sakit.",
    "Korban tewas kebakaran di Desa Sukamaju bertambah menjadi empat orang, Senin (3/3/2025). Sebelumnya tiga warga tewas "
    "di lokasi. Korban meninggal bertambah satu orang setelah seorang korban luka meninggal di rumah sakit.",
    # the total in the lead, then the story of the rise (the earlier count said again)
    "Empat warga tewas dalam kebakaran di Desa Sukamaju, Senin (3/3/2025). Sebelumnya tiga orang tewas di lokasi, lalu "
    "korban meninggal bertambah satu orang setelah dirawat di rumah sakit.",
    # the rise's own sentence gives the total it reaches
    "Empat orang tewas dalam kebakaran di Desa Sukamaju, Senin (3/3/2025). Korban meninggal bertambah satu orang setelah "
    "seorang korban luka meninggal di rumah sakit, sehingga jumlahnya menjadi empat orang.",
], ids=["total_first", "to_first", "story_after", "to_after"])
def test_a_rise_the_total_said_already_holds_adds_nothing(text):  # s27rvB: no rise counted twice
    assert toll(_record(text)) == (4, None, None)


# --- a near miss is no death ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Seorang pemuda nyaris tewas dibacok orang tak dikenal di Desa Sukamaju, Senin (3/3/2025). Korban, Andi Saputra "
     "(23), mengalami luka bacok di punggung.", (None, 1, None)),
    ("Seorang pengendara motor hampir tewas ditabrak truk di Jalan Raya Sukamaju, Senin (3/3/2025). Korban, Budi (30), "
     "mengalami luka di kepala.", (None, 1, None)),
    ("Seorang ibu nyaris tewas setelah ditikam suaminya di Desa Sukamaju, Senin (3/3/2025). Korban, Siti Aminah (40), "
     "menderita luka tusuk di perut.", (None, 1, None)),
    ("Seorang sopir angkot nyaris tewas dikeroyok lima pemuda di Terminal Sukamaju, Senin (3/3/2025).", (None, None, None)),
    ("Seorang bocah hampir tewas tenggelam di kolam renang di Sukamaju, Senin (3/3/2025), namun berhasil diselamatkan.",
     (None, None, None)),
], ids=["named_hurt", "hampir_named", "stabbed", "mob", "pool"])
def test_a_near_miss_is_no_death(text, want):
    rec = _record(text)
    assert toll(rec) == want
    assert "tewas" not in [s for _, s in victim_statuses(rec)]


@pytest.mark.parametrize("text, want", [
    ("Dua pemuda nyaris tewas dibacok orang tak dikenal di Jalan Sukamaju, Senin (3/3/2025). Keduanya mengalami luka "
     "bacok dan dirawat di RSUD Sukamaju.", (None, 2, None)),
    ("Hampir 20 orang tewas dalam banjir bandang di Kabupaten Sukamaju, Senin (3/3/2025).", (20, None, None)),
    ("Seorang pemuda tewas dibacok di Jalan Sukamaju, Senin (3/3/2025).", (1, None, None)),
], ids=["both_hurt", "approximator", "dead"])
def test_near_miss_guards(text, want):  # guard
    assert toll(_record(text)) == want
