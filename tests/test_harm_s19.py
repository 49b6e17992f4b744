"""Suspects, victims and tolls by their general shape (issue 22, session 19, s19cas). Every name, place and sentence is
invented; read through the public API. Each case failed on the session's start (`81114cc`) but the bounds' guards:

- a `ber-` word that qualifies the noun of a crime or a thing (`perampokan bersenjata`, `kendaraan bermotor`) is no
  verb between a role or victim word and its name (`noun_modifier` rows);
- a role word right before an act of harm (`Pelaku pembunuhan berencana, X`) makes X its doer, not the one harmed;
- a count of the harmed told of another year than the publication's (`pada Pilkades 2019`) or of an earlier case like
  the article's (`Pada kebakaran serupa tahun 2023`) is no toll and gives no victims (`like_case` rows);
- names set out by a dash or a bullet under a heading of victims that says no harm (`Para korban masing-masing:`);
- the names after `yakni` that a count of the harmed sets out with descriptions (`yakni pemilik rumah A (48) dan
  anaknya, B (12)`);
- a count of people right after `korban` (`dengan korban lima perempuan`): that many unnamed victims."""
import pytest

import polsek_nlp


def _record(text, published="2025-08-03T10:00"):
    return polsek_nlp.analyze(text, id="t", published=published)


def _victims(rec):
    return sorted(((v.name, v.status) for v in rec.victims), key=str)


def _suspects(rec):
    return sorted(((s.name, s.status) for s in rec.suspects), key=str)


def _cas(rec):
    return rec.casualties.dead, rec.casualties.injured, rec.casualties.missing


# --- a ber- word after the noun of a crime or a thing -------------------------------------------------------------

def test_a_suspect_of_an_armed_robbery_shot_dead_is_a_suspect_not_a_victim():
    rec = _record("Seorang terduga pelaku perampokan bersenjata, Darto Wiyono (39), tewas ditembak polisi karena melawan "
                  "saat ditangkap di Kampung Legok, Jumat (11/7/2025). Rekannya, berinisial RM (31), ditangkap hidup-hidup.")
    assert ("Darto Wiyono", "tewas") in _suspects(rec)
    assert _victims(rec) == []
    assert _cas(rec)[0] == 1


def test_a_motor_vehicle_thief_shot_dead_is_a_suspect():
    rec = _record("Seorang pelaku pencurian kendaraan bermotor, Gilang Permana (27), tewas ditembak petugas karena melawan "
                  "dengan celurit di Desa Cibunar, Kamis (10/7/2025). Dua rekannya, berinisial AS (25) dan YN (30), ditahan.")
    assert ("Gilang Permana", "tewas") in _suspects(rec)
    assert "Gilang Permana" not in [v for v, _ in _victims(rec)]


# --- a role word right before an act of harm -----------------------------------------------------------------------

def test_the_doer_of_a_planned_killing_is_not_counted_dead():
    rec = _record("Pelaku pembunuhan berencana, Karsa Wijaya (41), ditangkap polisi di Desa Cikole, Senin (9/6/2025). Ia "
                  "menghabisi tetangganya, Sumarni (45), karena sengketa tanah.")
    assert _suspects(rec) == [("Karsa Wijaya", "ditangkap")]
    assert _victims(rec) == [("Sumarni", "tewas")]
    assert _cas(rec)[0] == 1


def test_the_doer_of_a_cruel_killing_is_no_victim():
    rec = _record("Pelaku pembunuhan sadis, Dodi Firmansyah (33), ditahan di Polsek Cikole, Senin (9/6/2025). Ia menghabisi "
                  "rekan kerjanya, Asep Saepudin (40), dengan kunci roda.")
    assert _suspects(rec) == [("Dodi Firmansyah", "ditahan")]
    assert _victims(rec) == [("Asep Saepudin", "tewas")]
    assert _cas(rec)[0] == 1


def test_the_killing_of_a_person_named_after_a_noun_is_still_a_death():
    rec = _record("Polisi mengungkap kasus pembunuhan seorang pedagang, Sumarni (45), di Desa Cikole, Senin (9/6/2025). "
                  "Pelaku berinisial KR (41) ditangkap.")
    assert _victims(rec) == [("Sumarni", "tewas")]


# --- a toll of another year or of an earlier case like the article's -----------------------------------------------

def test_a_like_case_of_an_earlier_year_gives_no_toll():
    rec = _record("Kebakaran gudang mebel di Jalan Industri, Selasa (15/7/2025), menghanguskan dua bangunan. Tidak ada "
                  "korban dalam kejadian itu. Pada kebakaran serupa tahun 2023, tiga pekerja tewas terjebak di gudang.")
    assert _victims(rec) == []
    assert _cas(rec)[0] is None


def test_a_clash_of_an_earlier_election_gives_no_injured():
    rec = _record("Polres Sukamulya mengamankan pelaksanaan Pilkades serentak di 20 desa, Rabu (1/10/2025). Pengamanan "
                  "diperketat karena pada Pilkades 2019 sempat terjadi bentrok antarpendukung yang mengakibatkan dua orang "
                  "luka-luka. Kapolres mengimbau warga menjaga ketertiban.")
    assert _victims(rec) == []
    assert _cas(rec)[1] is None


def test_an_earlier_like_brawl_does_not_add_to_the_toll():
    rec = _record("Tawuran antarkelompok pemuda pecah di Jalan Raya Serang, Sabtu (5/7/2025). Dua remaja tewas terkena "
                  "sabetan celurit. Bentrokan sejenis pada Lebaran 2024 melukai lima orang. Polisi memburu para pelaku.")
    assert _cas(rec)[:2] == (2, None)


@pytest.mark.parametrize("text", [
    "Tabrakan bus dan truk terjadi di Jalan Raya Ciawi, Selasa (8/7/2025). Dua penumpang tewas. Polisi meminta sopir "
    "berhati-hati agar kecelakaan serupa tidak terulang.",
    "Bentrok antarpendukung calon kepala desa pecah pada Pilkades 2025 di Desa Tegalsari, Selasa (8/7/2025). Dua warga "
    "tewas. Polisi menangkap tiga orang.",
])
def test_a_toll_of_the_article_s_own_year_or_a_wish_stays(text):
    assert _cas(_record(text))[0] == 2


# --- names under a heading of victims that says no harm --------------------------------------------------------------

def test_a_dashed_list_under_a_bare_heading_of_victims():
    rec = _record("Polisi menggagalkan pengiriman calon pekerja migran ilegal di Pelabuhan Tanjung Emas, Kamis (20/11/2025). "
                  "Seorang perekrut berinisial AB (40) ditangkap.\n\nPara korban masing-masing:\n- Sri Wahyuni (19), "
                  "perempuan, warga Desa Karanganyar;\n- Bagus Santoso (24), laki-laki, warga Desa Sidomulyo.\n\nTersangka "
                  "AB ditahan di Polda Jateng.")
    assert [n for n, _ in _victims(rec)] == ["Bagus Santoso", "Sri Wahyuni"]
    assert [n for n, _ in _suspects(rec)] == ["AB"]


def test_a_bulleted_list_under_identitas_korban():
    rec = _record("Polres Kutai menangkap dua pelaku penipuan arisan online, Senin (3/11/2025). Kerugian mencapai Rp 300 "
                  "juta.\n\nIdentitas korban:\n\u2022 Rina Oktaviani (31), warga Kelurahan Sempaja\n\u2022 Dewi Lestari "
                  "(28), warga Kelurahan Lempake\n\nKedua pelaku ditahan di Polres Kutai.")
    assert [n for n, _ in _victims(rec)] == ["Dewi Lestari", "Rina Oktaviani"]


def test_a_dashed_list_under_a_heading_of_suspects_is_no_victims():
    rec = _record("Polres Kutai menangkap dua pengedar sabu, Senin (3/11/2025).\n\nPara tersangka masing-masing:\n- Hendra "
                  "Gunawan (31), warga Kelurahan Sempaja;\n- Roni Saputra (28), warga Kelurahan Lempake.\n\nKeduanya "
                  "ditahan di Polres Kutai.")
    assert _victims(rec) == []


# --- the names a count of the harmed sets out after `yakni`, with descriptions -------------------------------------

@pytest.mark.parametrize("text,names,harm", [
    ("Ledakan petasan di sebuah rumah di Desa Karangmulya, Minggu (27/7/2025), melukai dua orang, yakni pemilik rumah "
     "Sukarta (48) dan anaknya, Ilham (12). Polisi menyita puluhan kilogram bahan petasan.", ["Ilham", "Sukarta"], "luka"),
    ("Ledakan petasan di sebuah rumah di Desa Karangmulya, Minggu (27/7/2025), menewaskan dua orang, yakni Sukarta (48), "
     "pemilik rumah, dan tetangganya, Ilham (32). Polisi menyita puluhan kilogram bahan petasan.", ["Ilham", "Sukarta"],
     "tewas"),
])
def test_names_set_out_with_descriptions_after_a_count_of_the_harmed(text, names, harm):
    rec = _record(text)
    assert _victims(rec) == [(n, harm) for n in names]


@pytest.mark.parametrize("text,names,harm", [
    ("Kecelakaan di Jalan Raya Cileunyi, Minggu (27/7/2025), mengakibatkan tiga orang tewas, yakni Rahmat (40), istrinya, "
     "Lilis (38), dan seorang pejalan kaki, Jajang (61). Polisi memeriksa saksi.", ["Jajang", "Lilis", "Rahmat"], "tewas"),
    ("Polisi menangkap RT (27) yang menipu dua pedagang, yakni Dadang (38) dan rekannya Yusuf (30), di Pasar Baru, Senin "
     "(9/6/2025). Kerugian mencapai Rp 40 juta.", ["Dadang", "Yusuf"], "dirugikan"),
])
def test_names_set_out_after_a_count_as_before(text, names, harm):
    """Guards: lists read before (a toll's `yakni` list with kin; an act's object named with `rekannya`) still are."""
    rec = _record(text)
    assert _victims(rec) == [(n, harm) for n in names]


# --- a count of people right after `korban` -------------------------------------------------------------------------

def test_a_count_after_korban_gives_unnamed_victims():
    rec = _record("Polres Indramayu membongkar kasus perdagangan orang dengan korban lima perempuan yang akan dikirim ke "
                  "Timur Tengah, Sabtu (28/6/2025). Seorang perekrut berinisial SN (46) ditetapkan sebagai tersangka.")
    assert len(rec.victims) == 5 and all(v.name is None for v in rec.victims)
    assert {v.sex for v in rec.victims} == {"P"}


def test_a_count_after_korban_in_a_year_s_figures_gives_none():
    rec = _record("Polisi menangkap seorang guru ngaji berinisial HD (50) atas dugaan pencabulan, Senin (9/6/2025). "
                  "Sepanjang 2024, Polres Garut menangani empat kasus serupa dengan korban tiga anak.")
    assert rec.victims == []


# --- a blow or a cut that reaches a part of the body ----------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Perampok menyatroni rumah Haji Karim (58) di Desa Bojong, Rabu (5/11/2025). Karim dipukul dengan gagang golok di "
     "kepala. Polisi memburu tiga pelaku.", "Karim"),
    ("Kawanan begal beraksi di Jalan Lingkar, Senin (9/6/2025). Korban, Dimas Saputra (20), dibacok di bagian lengan. "
     "Polisi memburu pelaku.", "Dimas Saputra"),
    ("Dua perampok menyatroni toko emas di Pasar Cikurubuk, Rabu (5/11/2025). Penjaga toko, Rudi Hermawan (30), ditikam "
     "di dada. Polisi memburu kedua pelaku.", "Rudi Hermawan"),
])
def test_a_blow_that_reaches_a_part_of_the_body_is_a_wound(text, name):
    assert (name, "luka") in _victims(_record(text))


def test_a_wound_is_not_shared_with_the_next_in_a_list():
    rec = _record("Tiga perampok masuk ke kios milik pasangan suami istri Markus Lede (50) dan Yuliana Bani (46) di "
                  "Kelurahan Oesapa, Sabtu (19/4/2025). Markus Lede yang terbangun dibacok di bagian kepala. Istrinya "
                  "diikat di kamar. Polisi memburu ketiga pelaku.")
    assert ("Markus Lede", "luka") in _victims(rec)
    assert ("Yuliana Bani", "luka") not in _victims(rec)


def test_hands_tied_are_no_wound():
    rec = _record("Perampok menyatroni rumah Haji Karim (58) di Desa Bojong, Rabu (5/11/2025). Karim diikat kedua "
                  "tangannya di kursi. Polisi memburu tiga pelaku.")
    assert ("Karim", "luka") not in _victims(rec)


# --- victims counted apart from the named ones ----------------------------------------------------------------------

def test_other_victims_counted_with_a_loss_and_no_wound():
    rec = _record("Dua penjambret merampas ponsel di Jalan Cendana, Senin (9/6/2025). Salah satu korban, Wulan Sari (24), "
                  "terjatuh dan mengalami luka di lutut. Dua korban lainnya kehilangan ponsel tanpa terluka. Polisi "
                  "menangkap pelaku berinisial AK (22).")
    assert _victims(rec) == [("Wulan Sari", "luka"), (None, "dirugikan"), (None, "dirugikan")]
    assert _cas(rec)[1] == 1


def test_other_victims_of_a_toll_are_not_added_twice():
    rec = _record("Kawanan begal beraksi di Jalan Lingkar, Senin (9/6/2025). Korban, Dimas Saputra (20), dibacok di bagian "
                  "lengan. Tiga korban lainnya mengalami luka ringan. Polisi memburu pelaku.")
    assert len(rec.victims) == 4
    assert _cas(rec)[1] == 4


def test_other_victims_of_an_earlier_year_are_not_added():
    rec = _record("Polisi menangkap pelaku penipuan arisan berinisial NR (35), Senin (9/6/2025). Salah satu korban, Yanti "
                  "(40), mengaku rugi Rp 20 juta. Sepanjang 2024, NR menipu dua korban lain dengan modus serupa.")
    assert [n for n, _ in _victims(rec)] == ["Yanti"]


# --- kin said harmed, named later by their noun -----------------------------------------------------------------------

def test_kin_said_harmed_and_named_later_are_victims():
    rec = _record("Seorang pria di Desa Sukasari ditangkap polisi setelah menganiaya istri dan anaknya, Sabtu (16/8/2025). "
                  "Pelaku berinisial IGN (42) memarahi istrinya, Ni Made Ayu (38), karena makan malam belum siap. Kedua "
                  "korban dirawat di rumah sakit.")
    assert "Ni Made Ayu" in [n for n, _ in _victims(rec)]


def test_kin_of_the_doer_not_said_harmed_is_no_victim():
    rec = _record("Polisi menangkap seorang ayah berinisial DK (45) yang mencabuli anak tirinya di Kecamatan Cibeber, Senin "
                  "(9/6/2025). Kasus terungkap setelah ibu korban melapor. Istrinya, Sumiati (40), mengaku tidak tahu "
                  "perbuatan suaminya.")
    assert "Sumiati" not in [n for n, _ in _victims(rec)]


# --- a target of no casualties, a year's figures of victims ---------------------------------------------------------

def test_a_target_of_no_deaths_states_none():
    rec = _record("Polda Jambi menggelar apel Operasi Ketupat 2025 di Lapangan Kantor Gubernur, Senin (9/6/2025). Selama "
                  "Operasi Ketupat 2024 tercatat 12 kecelakaan lalu lintas dengan tiga korban meninggal dunia. Tahun ini "
                  "polisi menargetkan tidak ada korban jiwa di jalan raya.")
    assert rec.victims == []
    assert _cas(rec)[0] is None


def test_a_denial_of_deaths_still_states_none():
    rec = _record("Longsor menimbun dua rumah di Desa Cibodas, Senin (9/6/2025). Tidak ada korban jiwa dalam kejadian itu. "
                  "Polisi dan BPBD membersihkan material longsor.")
    assert _cas(rec)[0] == 0


def test_the_one_killed_named_after_the_doer_s_role_without_a_comma():
    rec = _record("Polisi akhirnya menangkap pelaku pembunuhan Sutrisno Hadi (56), pemilik toko bangunan di Jalan Ahmad "
                  "Yani, Senin (9/6/2025). Pelaku berinisial RA (24) ditahan.")
    assert _victims(rec) == [("Sutrisno Hadi", "tewas")]


# --- the doer of the act named after `<doer> korban` --------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Polda NTT membongkar kasus perdagangan orang, Senin (9/6/2025). Polisi menangkap perekrut korban, seorang perempuan "
     "berinisial YL (38), di Kupang. Para korban dijanjikan bekerja di restoran.", "YL"),
    ("Polres Garut mengungkap kasus penganiayaan di Desa Cikole, Senin (9/6/2025). Polisi menangkap penganiaya korban, "
     "seorang pemuda berinisial RD (22), di rumahnya. Korban mengalami luka di kepala.", "RD"),
])
def test_the_doer_of_the_act_to_the_victim_is_a_suspect(text, name):
    rec = _record(text)
    assert name in [n for n, _ in _suspects(rec)]
    assert name not in [n for n, _ in _victims(rec)]


def test_the_mother_of_the_victim_set_out_by_initials_is_no_suspect():
    rec = _record("Polres Garut mengungkap kasus pencabulan di Desa Cikole, Senin (9/6/2025). Ibu korban, seorang petani "
                  "berinisial MK (40), melapor ke polisi. Pelaku berinisial TS (35) ditahan.")
    assert [n for n, _ in _suspects(rec)] == ["TS"]
