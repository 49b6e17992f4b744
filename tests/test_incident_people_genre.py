"""Suspects and victims as the genre writes them (issue 22, round s10vic): phrasings read in crime,
accident, court and foreign news beyond the development gold, each class in a sentence of its own.

Every sentence here is written for these tests (no article text, no article's names)."""
import pytest

import polsek_nlp

# a sentence of police work with no person in it: what keeps a short text an incident report
_PAD = " Polisi masih memeriksa sejumlah saksi dan mengumpulkan barang bukti di lokasi kejadian."


def _people(text):
    rec = polsek_nlp.analyze(text + _PAD, id="t", published="2017-03-14T10:00")
    return {s.name: s for s in rec.suspects if s.name}, {v.name: v for v in rec.victims if v.name}


@pytest.mark.parametrize("text, victim, harm", [
    # a passive verb of harm after an apposition between commas
    ("Ibu korban, Sumiati, melapor ke polisi setelah anaknya, Putri (9), dianiaya. Pelaku, Darmin (37), sudah ditangkap.",
     "Putri", None),
    ("Seorang pedagang, Kusnadi (48), dirampok dua pria bersenjata tajam di Jalan Merdeka. Polisi masih memburu para pelaku.",
     "Kusnadi", "dirugikan"),
    # a loss of money said at the name
    ("Polisi menangkap Yanto (30) yang merampok toko emas. Pemilik toko, Hasan (60), mengalami kerugian Rp50 juta.",
     "Hasan", "dirugikan"),
    # `korbannya, X`
    ("Polisi menangkap Hendrik (34) atas kasus penipuan. Korbannya, Suwarni (50), merugi Rp 100 juta.",
     "Suwarni", "dirugikan"),
    # an act of harm right before the name
    ("Majelis hakim menjatuhkan vonis 20 tahun penjara kepada terdakwa Hadi Susilo (41) dalam kasus pembunuhan "
     "Nina Lestari (26).", "Nina Lestari", "tewas"),  # a murder victim is dead (s12vic: `pembunuhan` names a death)
    # described by a harm, then named
    ("Seorang wartawan tewas dalam bentrokan di perbatasan. Wartawan yang tewas itu bernama Rudi Gunawan. "
     "Polisi menangkap tiga orang.", "Rudi Gunawan", "tewas"),
    # a list of victims opened far after `korban`
    ("Tiga korban tewas dalam kebakaran yang disengaja itu, yakni Siti (30), Rahmat (8) dan Nurul (5). "
     "Pelaku pembakaran, Bowo (33), ditangkap polisi.", "Nurul", "tewas"),
    # initials set out between commas after `korban`
    ("Polsek Sukamaju mengamankan pelaku penganiayaan. Korban, DS, mengalami luka di kepala. Tersangka AB (30) kini ditahan.",
     "DS", "luka"),
    # a street at a sentence's end does not swallow the next sentence's first name
    ("Seorang ojek, Narto (39), dibacok perampok di Jalan Sawah. Narto dilarikan ke rumah sakit. Polisi memburu pelaku.",
     "Narto", "luka"),
])
def test_victim_phrasings(text, victim, harm):
    _, victims = _people(text)
    assert victim in victims
    assert victims[victim].status == harm


def test_initials_listed_between_commas_after_a_role():
    suspects, _ = _people("Polisi menangkap dua pelaku penganiayaan. Kedua pelaku, DN dan FR, ditahan di Polsek Barat.")
    assert {"DN", "FR"} <= set(suspects)


def test_a_comma_after_a_role_word_does_not_make_an_acronym_a_suspect():
    suspects, _ = _people("Komisi menetapkan tersangka baru kasus suap. Selain mengumumkan seluruh tersangka, KPK juga "
                          "menahan AR (45) di rutan.")
    assert "KPK" not in suspects
    assert "AR" in suspects  # the one it holds is still read


def test_a_teams_loss_in_a_match_is_no_victim():
    _, victims = _people("Polisi menangkap dua suporter yang ricuh. Skuat asuhan Marco Bellini mengalami kerugian "
                         "pada menit ke-80 saat wasit mengusir seorang pemain.")
    assert "Marco Bellini" not in victims


@pytest.mark.parametrize("text, name", [
    ("Polisi menetapkan Gunawan (45) sebagai DPO kasus pembunuhan. Korban, Erna (33), ditemukan tewas di kebunnya. "
     "Tersangka lain, Tono (40), sudah ditahan.", "Gunawan"),
    ("Polisi menangkap dua penadah. Polisi memasukkan Hendrik (34) ke dalam daftar pencarian orang (DPO) kasus penipuan "
     "itu.", "Hendrik"),
])
def test_a_person_declared_wanted_is_a_suspect_on_the_run(text, name):
    suspects, _ = _people(text)
    assert name in suspects
    assert suspects[name].status == "buron"


def test_counsel_and_kin_of_a_suspect_are_no_suspects():
    suspects, _ = _people("Kuasa hukum tersangka, Dimas Pratama, menolak berkomentar. Istri pelaku, Lestari, menangis "
                          "di Mapolres. Tersangka Jono (48) ditahan di Polres.")
    assert "Jono" in suspects
    assert "Dimas Pratama" not in suspects and "Lestari" not in suspects


def test_the_attacker_described_then_named_is_no_victim():
    suspects, victims = _people("Polisi menangkap seorang pria di Pasar Lama. Pria yang menusuk korban hingga tewas itu "
                         "bernama Tarno Wibisono.")
    assert "Tarno Wibisono" not in victims
    assert "Tarno Wibisono" in suspects  # the attacker, not merely no victim


def test_a_place_named_after_a_toll_is_no_victim():
    _, victims = _people("Seorang pria menembaki pengunjung. Akibatnya satu orang tewas dan dua lainnya terluka di "
                         "kafe bernama Lavender yang berada di pusat kota. Pelaku ditangkap polisi.")
    assert "Lavender" not in victims


def test_a_pronoun_that_did_the_harm_is_the_person_named_before():
    suspects, victims = _people("Setelah dua hari buron, Agung (27) menyerahkan diri ke Polsek Timur. Ia menganiaya "
                                "tetangganya, Samsul (45), hingga luka berat.")
    assert "Agung" in suspects
    assert victims["Samsul"].status == "luka berat"


def test_the_one_the_police_shoot_on_arrest_is_a_suspect_not_a_victim():
    suspects, victims = _people("Polisi terpaksa menembak kaki Rudi (28) karena melawan saat ditangkap. Rudi menjual "
                                "sabu di Kampung Baru.")
    assert "Rudi" in suspects and "Rudi" not in victims


def test_the_perpetrator_of_an_act_named_after_adalah_is_the_perpetrator():
    suspects, victims = _people("Polisi menyebut pelaku penembakan di sekolah itu adalah Kyle Morgan (19). Tiga siswa "
                                "tewas dalam serangan itu.")
    assert "Kyle Morgan" in suspects and "Kyle Morgan" not in victims


def _victims(text):
    rec = polsek_nlp.analyze(text + _PAD, id="t", published="2017-03-14T10:00")
    return sorted((v.name or "", v.status or "") for v in rec.victims)


@pytest.mark.parametrize("text, expected", [
    # a count of people the subject of a harm: one unnamed entry each, with the harm said
    ("Seorang pria ditemukan tewas dengan luka tusuk di semak-semak. Polisi menangkap dua orang yang diduga pelakunya.",
     [("", "tewas")]),
    ("Dua wanita menjadi korban penipuan berkedok arisan. Polisi menangkap pelaku, Yeni (35).", [("", ""), ("", "")]),
    ("Seorang nenek dirampok di rumahnya oleh dua pria. Kedua pelaku ditangkap polisi sehari kemudian.",
     [("", "dirugikan")]),
    # `Korban` alone at a sentence's start with a harm, never counted: one victim
    ("Penjambretan di Jalan Gatot berujung maut. Korban meninggal dunia setelah terjatuh dari motor. Polisi menangkap "
     "pelaku.", [("", "tewas")]),
    # the people a collective names right after a harmed count share the harm
    ("Gudang petasan meledak dan polisi menahan pemiliknya. Dua orang pekerja dilaporkan mengalami luka bakar. Kedua "
     "pekerja tersebut adalah Tatang (35) dan Oding (40).", [("Oding", "luka"), ("Tatang", "luka")]),
])
def test_counted_and_collective_victims(text, expected):
    assert _victims(text) == expected


def test_arrested_together_with_someone_named_after_bersama():
    suspects, _ = _people("Polisi menangkap Harun (40) bersama istrinya, Wulan (35), karena menjual sabu di rumahnya.")
    assert {"Harun", "Wulan"} <= set(suspects)


def test_an_act_done_together_says_nothing_of_the_other_ones_arrest():
    suspects, _ = _people("Tersangka Sutopo (50) ditahan KPK. Pada Mei, Sutopo bersama dengan Haryadi Wibowo menyerahkan "
                          "uang suap kepada pejabat itu.")
    assert "Sutopo" in suspects and "Haryadi Wibowo" not in suspects


def test_the_counted_object_of_a_harm_named_after_a_long_qualifier():
    _, victims = _people("Polisi meringkus tiga orang yang memeras seorang pengusaha dalam kasus suap perizinan "
                         "tambang pasir di Kabupaten Hulu Tahun Anggaran 2019, yakni Bonifasius Lado. Ketiganya ditahan.")
    assert victims["Bonifasius Lado"].status == "dirugikan"


def test_the_agent_of_an_attack_on_the_police_is_a_suspect():
    suspects, _ = _people("Seorang pria yang diketahui bernama Bonar Simatupang menyerang pos polisi di Simpang Lima "
                          "dengan parang. Dua polisi terluka.")
    assert "Bonar Simatupang" in suspects


def test_a_player_attacking_the_defence_is_no_suspect():
    suspects, _ = _people("Polisi mengamankan tiga suporter yang ricuh. Di lapangan, Andreas Wijaya menyerang lini "
                          "pertahanan lawan sejak menit awal.")
    assert "Andreas Wijaya" not in suspects


def test_a_death_that_dates_something_else_is_no_victim():
    _, victims = _people("Polisi menangkap dua pria yang menyelundupkan senjata. Senjata itu beredar di kota itu pasca "
                         "Hasanudin terbunuh dalam perang saudara.")
    assert "Hasanudin" not in victims


def test_people_arrested_besides_a_named_perpetrator_who_was_not():
    rec = polsek_nlp.analyze("Pelaku bom bunuh diri di stasiun itu, Karel Hoffman, tewas di lokasi. Polisi kemudian "
                             "menangkap pria berusia 25 tahun di pinggiran kota." + _PAD, id="t", published="2017-03-14T10:00")
    assert ("Karel Hoffman" in {s.name for s in rec.suspects}) and (None, "ditangkap") in {(s.name, s.status) for s in rec.suspects}


def test_the_arrest_of_the_perpetrator_named_adds_no_one():
    rec = polsek_nlp.analyze("Seorang pria bernama Gatot Sumarno menyerang petugas di pos jaga. Pelaku akhirnya "
                             "dilumpuhkan dan diamankan polisi." + _PAD, id="t", published="2017-03-14T10:00")
    assert [s.name for s in rec.suspects] == ["Gatot Sumarno"]


@pytest.mark.parametrize("text, expected", [
    ("Seorang ayah di Desa Lor ditangkap polisi karena mencabuli anak kandungnya sendiri. Tersangka, Karyo (45), kini "
     "ditahan.", [("", "")]),
    ("Polisi menangkap Sardi (50) yang membunuh istrinya di rumah mereka. Sardi ditahan di Polsek.", [("", "tewas")]),
    ("Seorang pemuda, Dedi (25), ditangkap karena menganiaya ibunya sendiri hingga luka-luka.", [("", "luka")]),
    ("Nenek Sumi (60) ditangkap karena menganiaya cucunya yang masih balita. Korban mengalami luka lebam.", [("", "luka")]),
])
def test_kin_harmed_unnamed_is_one_victim(text, expected):
    assert _victims(text) == expected


def test_a_noun_of_people_named_later_takes_what_was_said_of_it():
    suspects, victims = _people("Seorang pria menembaki pengunjung sebuah mal hingga lima orang terluka. Pelaku akhirnya "
                                "tewas ditembak polisi. Pria itu teridentifikasi bernama Marco Diaz.")
    assert "Marco Diaz" in suspects and "Marco Diaz" not in victims
    _, victims = _people("Seorang wanita ditemukan tewas di kamar sebuah losmen. Polisi menangkap dua orang. Wanita "
                         "tersebut diketahui bernama Sekar Arum.")
    assert victims["Sekar Arum"].status == "tewas"


def test_victims_named_by_a_collective_take_the_harm_said_of_korban_before():
    assert _victims("Bus itu tertabrak kereta di pelintasan tanpa palang. Polisi memeriksa masinis. Tiga dari korban "
                    "tewas sudah dibawa ke rumah sakit. Ketiga korban itu diidentifikasi sebagai Parmin (50), Sukijo "
                    "(47) dan Tumirah (45).") == [("Parmin", "tewas"), ("Sukijo", "tewas"), ("Tumirah", "tewas")]


@pytest.mark.parametrize("text, victims", [
    ("Penembakan di gereja itu menewaskan sembilan orang. Pendeta Clement Pinckney termasuk di antara korban tewas. "
     "Pelaku ditangkap polisi.", [("Clement Pinckney", "tewas")]),
    ("Polisi menahan sopir bus yang masuk jurang. Nama-nama korban tewas: Sutrisno (50), Marni (45), dan Dwi (12).",
     [("Dwi", "tewas"), ("Marni", "tewas"), ("Sutrisno", "tewas")]),
])
def test_victims_counted_among_or_listed_after_a_colon(text, victims):
    assert [v for v in _victims(text) if v[0]] == victims


def test_a_victim_or_suspect_whose_name_opens_a_sentence_keeps_its_first_word():
    # issue 19/22: `Budi` (an ordinary word too) was dropped at the sentence start: `Santoso`
    lead = "Polsek Sukamaju menangkap dua pemuda yang menganiaya seorang warga pada Senin (3/4/2017). "
    rec = polsek_nlp.analyze(lead + "Budi Santoso (40) dianiaya oleh dua pemuda di Desa Sukamaju. "
                             "Akibatnya korban mengalami luka di kepala.")
    assert [(v.name, v.age) for v in rec.victims] == [("Budi Santoso", 40)]
    rec = polsek_nlp.analyze("Polsek Sukamaju menangkap seorang pencuri sepeda motor pada Senin (3/4/2017). "
                             "Mulia Hasibuan (25) ditangkap di rumahnya di Desa Sukamaju.")
    assert [(s.name, s.age) for s in rec.suspects] == [("Mulia Hasibuan", 25)]
