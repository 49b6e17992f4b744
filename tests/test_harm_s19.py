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
