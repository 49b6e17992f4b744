"""Suspects, victims, tolls and arrests by their general shape (issue 22, session 20, s20sv). Every name, place and
sentence is invented; read through the public API. Each case failed on the session's start (`a54b21d`) but the
bounds' guards:

- people made suspects and then held (`Keduanya telah ditetapkan sebagai tersangka dan langsung ditahan`): a collective
  count, a group's status, a part (`dua di antaranya`) and a pronoun of the one named before (`Ia kini ditetapkan
  sebagai tersangka dan ditahan`) read through the designation (`made_suspect` rows);
- others arrested with no noun (`sedangkan tiga lainnya dibekuk`) in the sentence of a counted arrest or the next add
  to it;
- a counted group arrested with a relative clause (`Empat pelaku begal yang kerap beraksi di X ditangkap`) and listed
  in the next sentence (`Mereka adalah A, B, C, dan D`, `Ketiganya adalah ...`): the listed share the arrest;
- names set out by a dash under a heading of victims counted or qualified (`Tiga korban perempuan adalah:`, `Korban
  penipuan:`) are victims;
- a job and a home apposed as two parts between commas after a name (`X (33), guru, warga Desa Y, kehilangan sepeda
  motornya`) still lead to the harm said after them;
- a verb of subduing joined by `dan` before the arrest after a name (`X (26), akhirnya dilumpuhkan dan ditangkap`:
  `before_status` rows) gives the arrest."""
from helpers import reader, toll, victim_statuses

_record = reader("2025-08-03T10:00", id="t")


def _read(text, published="2025-08-03T10:00"):
    """The suspects and victims as (name, status) pairs, the toll (dead, injured, missing) and the arrests."""
    rec = _record(text, published=published)
    suspects = sorted(((s.name, s.status) for s in rec.suspects), key=str)
    return suspects, victim_statuses(rec), toll(rec), rec.event.arrests


# --- made suspects, then held -------------------------------------------------------------------------------------

def test_a_pair_made_suspects_and_held_counts_two_arrests():
    text = ("Polres Lebak mengungkap kasus penggelapan dana koperasi. Pengurus koperasi berinisial TR (45) dan "
            "bendaharanya, SW (38), diperiksa penyidik, Senin (3/3/2025). Keduanya telah ditetapkan sebagai tersangka "
            "dan langsung ditahan di Mapolres Lebak.")
    assert _read(text)[3] == 2


def test_a_group_made_suspects_and_held_is_held():
    text = ("Polisi menangkap tiga pemuda yang mengeroyok seorang pengemudi ojek di Jalan Veteran, Minggu (2/3/2025). "
            "Ketiganya ditetapkan tersangka dan ditahan di Polsek Cibadak.")
    suspects, _, _, arrests = _read(text)
    assert arrests == 3
    assert [status for _, status in suspects] == ["ditahan"] * 3


def test_a_pair_dijadikan_tersangka_then_held_counts_two_arrests():
    text = ("Kejaksaan Negeri Sampit menyelidiki kasus korupsi dana desa Rp380 juta. Penyidik memeriksa Kepala Desa "
            "Sungai Ubi, Darsono (52), dan bendahara desa, Warni (44), Senin (4/8/2025). Kedua tersangka itu dijerat "
            "Pasal 2 UU Tipikor. Keduanya telah dijadikan tersangka dan kemudian ditahan.")
    assert _read(text)[3] == 2


def test_a_pair_made_suspects_but_not_held_is_no_arrest():
    text = ("Dua remaja berinisial FA (17) dan DP (16) dilaporkan mencuri kotak amal masjid di Desa Sukaraja. Keduanya "
            "ditetapkan sebagai tersangka namun tidak ditahan karena masih di bawah umur.")
    assert _read(text)[3] in (None, 0)


# --- others arrested with no noun after a counted arrest ----------------------------------------------------------

def test_others_arrested_elsewhere_add_to_the_count():
    text = ("Polres Cirebon membongkar jaringan pencurian kendaraan bermotor. Lima pelaku ditangkap di Cirebon, sedangkan "
            "tiga lainnya dibekuk di Indramayu dan Kuningan, Senin (8/5/2017). Para tersangka kini ditahan.")
    assert _read(text, published="2017-05-10T10:00")[3] == 8


def test_others_arrested_in_the_next_sentence_add_to_the_count():
    text = ("Tim Satresnarkoba menangkap dua kurir sabu di Pelabuhan Bakauheni, Kamis (7/8/2025). Empat lainnya kemudian "
            "diringkus di sebuah rumah kontrakan di Bandar Lampung.")
    assert _read(text, published="2025-08-09T10:00")[3] == 6


def test_others_still_sought_add_nothing():
    text = ("Polisi menangkap dua pelaku pencurian ternak di Desa Mekarjaya, Rabu (6/8/2025). Tiga lainnya masih diburu "
            "petugas.")
    assert _read(text, published="2025-08-09T10:00")[3] == 2


def test_others_of_a_toll_secured_add_nothing():
    text = ("Empat penumpang tewas dalam kecelakaan bus di Jalan Raya Nagreg, Rabu (6/8/2025). Tiga lainnya diamankan "
            "warga ke puskesmas. Sopir bus ditahan di Polres Bandung.")
    assert _read(text, published="2025-08-09T10:00")[3] == 1


# --- a counted group arrested, then listed ------------------------------------------------------------------------

def test_a_counted_group_with_a_relative_clause_listed_in_the_next_sentence():
    text = ("Empat pelaku begal yang kerap beraksi di Jalan Raya Serang ditangkap polisi, Senin (8/5/2017). Mereka adalah "
            "DW (22), RF (19), AG (21), dan MN (23). Satu pelaku lainnya, berinisial JK, masih dalam pengejaran.")
    suspects, victims, _, arrests = _read(text, published="2017-05-10T10:00")
    assert suspects == [("AG", "ditangkap"), ("DW", "ditangkap"), ("JK", "buron"), ("MN", "ditangkap"), ("RF", "ditangkap")]
    assert victims == [] and arrests == 4


def test_a_group_listed_after_its_collective_number():
    text = ("Tiga pengedar sabu ditangkap Satresnarkoba Polres Garut di sebuah rumah kos, Rabu (6/8/2025). Ketiganya adalah "
            "Asep Kurnia (29), Deni Rahmat (31), dan Yayan (27), warga Kecamatan Tarogong.")
    suspects, *_ = _read(text, published="2025-08-09T10:00")
    assert suspects == [("Asep Kurnia", "ditangkap"), ("Deni Rahmat", "ditangkap"), ("Yayan", "ditangkap")]


def test_victims_listed_after_their_count_are_no_suspects():
    text = ("Dua korban begal dirawat di RSUD Cianjur, Selasa (5/8/2025). Mereka adalah Rudi (30) dan Jaka (28). Pelaku "
            "masih diburu polisi.")
    suspects, *_ = _read(text, published="2025-08-09T10:00")
    assert all(name is None for name, _ in suspects)


# --- a dashed list under a counted, qualified heading of victims ---------------------------------------------------

def test_victims_listed_under_a_counted_heading_with_adalah():
    text = ("Polres Sumbawa menggagalkan pengiriman pekerja migran ilegal ke Malaysia, Selasa (18/7/2017). Seorang perekrut "
            "berinisial MH (44) ditangkap.\n\nTiga korban perempuan adalah:\n- Nurlaila (22), warga Desa Moyo;\n"
            "- Sahariah (30), warga Desa Lape;\n- Ratna (19), warga desa yang sama.\n\nKetiganya telah menyetor Rp 3 juta "
            "kepada perekrut.")
    suspects, victims, _, arrests = _read(text, published="2017-07-20T10:00")
    assert [name for name, _ in victims] == ["Nurlaila", "Ratna", "Sahariah"]
    assert suspects == [("MH", "ditangkap")] and arrests == 1


def test_victims_listed_under_a_heading_of_the_crime():
    text = ("Polisi menangkap dua pelaku penipuan arisan daring di Kota Batu, Rabu (5/7/2017).\nKorban penipuan:\n"
            "- Sulastri (40), ibu rumah tangga;\n- Wahyuni (35), pedagang.\nKeduanya rugi puluhan juta rupiah.")
    _, victims, *_ = _read(text, published="2017-07-20T10:00")
    assert [name for name, _ in victims] == ["Sulastri", "Wahyuni"]


def test_suspects_listed_under_a_counted_heading_are_no_victims():
    text = ("Polisi menangkap empat tersangka pembalakan liar di hutan lindung, Senin (3/7/2017). Empat tersangka adalah:\n"
            "- AR (40);\n- BS (33);\n- CD (29);\n- EF (51).")
    _, victims, *_ = _read(text, published="2017-07-20T10:00")
    assert victims == []


# --- a job and a home apposed after a name, then the harm ---------------------------------------------------------

def test_an_owner_with_a_job_and_a_home_who_lost_a_motorbike_is_a_victim():
    text = ("Polisi menangkap pelaku pencurian sepeda motor di Subang, Rabu (5/7/2017). Pelaku, Jono (30), buruh, warga "
            "Desa Cibogo, ditangkap di rumahnya. Pemilik motor, Wawan (33), guru, warga Desa Pagaden, kehilangan sepeda "
            "motornya di depan sekolah.")
    suspects, victims, *_ = _read(text, published="2017-07-10T10:00")
    assert victims == [("Wawan", "dirugikan")]
    assert suspects == [("Jono", "ditangkap")]


def test_a_victim_with_a_job_and_a_home_snatched_is_dirugikan_and_the_witness_no_victim():
    text = ("Polsek Kalijati menangkap dua pelaku penjambretan di Pasar Kalijati, Kamis (6/7/2017). Salah satu korban, "
            "Sumirah (52), pedagang sayur, warga Desa Kalijati, dijambret saat pulang dari pasar. Saksi, Darman (45), "
            "petani, warga Desa Marengan, melihat pelaku kabur.")
    _, victims, *_ = _read(text, published="2017-07-10T10:00")
    assert victims == [("Sumirah", "dirugikan")]


# --- `Ia ditetapkan sebagai tersangka dan ditahan`: the one named before ------------------------------------------

def test_a_driver_made_suspect_and_held_by_pronoun_is_held():
    text = ("Sebuah truk pasir menabrak warung di Jalan Raya Ciawi, Senin (3/7/2017), menewaskan pemilik warung, Sarminah "
            "(60). Sopir truk, Dadang Kurnia (41), warga Kecamatan Caringin, selamat dalam kecelakaan itu. Ia kini "
            "ditetapkan sebagai tersangka dan ditahan di Mapolres Bogor.")
    suspects, victims, _, arrests = _read(text, published="2017-07-10T10:00")
    assert suspects == [("Dadang Kurnia", "ditahan")]
    assert victims == [("Sarminah", "tewas")] and arrests == 1


def test_a_witness_made_a_key_witness_is_no_suspect():
    text = ("Polisi menangkap pelaku penusukan di Pasar Anyar, Senin (3/7/2017). Seorang saksi, Mulyono (50), melihat "
            "kejadian itu dari warungnya. Ia ditetapkan sebagai saksi kunci oleh penyidik.")
    suspects, *_ = _read(text, published="2017-07-10T10:00")
    assert "Mulyono" not in [name for name, _ in suspects]


# --- a verb of subduing joined to the arrest after the name ------------------------------------------------------

def test_a_suspect_subdued_and_arrested_is_arrested():
    text = ("Seorang anggota Polsek Kebayoran, Bripka Hadi Purnomo, terluka di bagian lengan setelah ditusuk pelaku jambret "
            "yang hendak ditangkapnya di Jakarta Selatan, Senin (8/5/2017). Pelaku, Ucok (26), akhirnya dilumpuhkan dan "
            "ditangkap.")
    suspects, victims, *_ = _read(text, published="2017-07-10T10:00")
    assert suspects == [("Ucok", "ditangkap")]
    assert victims == [("Hadi Purnomo", "luka")]


def test_a_victim_chased_and_hacked_stays_a_victim():
    text = ("Korban, Sumarno (45), dikejar dan dibacok pelaku hingga terluka di punggung. Pelaku berinisial AG (30) "
            "ditangkap, Rabu (5/7/2017).")
    suspects, victims, *_ = _read(text, published="2017-07-10T10:00")
    assert victims == [("Sumarno", "luka")] and suspects == [("AG", "ditangkap")]
