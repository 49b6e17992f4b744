"""Incident facts in the shapes where the rules failed on round 4 of the incident gold (issue 22, session 14): a
short form of an item written inside a longer item (`kerangka senpi`), a law whose short name is set out in
brackets before its number (`Undang-undang (UU) Nomor 11 Tahun 2008`), counts of arrested joined by `dan`, people
nouns joined by `dan` that a harm verb takes, the background of an earlier dated arrest, and the weak list the
first probe pass left (initials that look like a unit, an alias after the age, a surrender).

Every name, place and sentence is invented; read through the public API."""
import polsek_nlp
from helpers import reader

_record = reader("2025-03-14T10:00", id="t")


def test_a_short_form_inside_an_item_is_written_out():
    rec = _record("Polisi menangkap AB (30), warga Desa Sukamaju, pembuat senjata rakitan. Saat penggerebekan, disita mesin "
                  "bor, tiga pucuk kerangka senpi dan dua sarung sajam. AB kini ditahan di Polsek Cibeber.")
    items = {(e.item, e.quantity) for e in rec.evidence}
    assert ("kerangka senjata api", 3) in items
    assert ("sarung senjata tajam", 2) in items


def test_a_law_with_its_short_name_in_brackets_before_the_number():
    rec = _record("Polisi menetapkan CD sebagai tersangka penghinaan. CD dijerat dengan Pasal 310 KUHP Jo Pasal 27 ayat 3 "
                  "Undang - undang (UU) Nomor 11 tahun 2008 tentang ITE.")
    assert {(c.article, c.clause, c.law) for c in rec.charges} == {("310", None, "KUHP"), ("27", "3", "UU 11/2008")}


def test_counts_of_arrested_joined_by_dan_add_up():
    rec = _record("Polisi telah menangkap dua warga negara asing (WNA) dan juga satu orang Indonesia yang diduga menyebarkan "
                  "surat palsu atas nama bupati. Para pelaku ditangkap oleh Satreskrim Polres Lembah Hijau pada Selasa.")
    assert rec.event.arrests == 3
    assert len(rec.suspects) == 3


def test_a_count_joined_to_a_named_place_adds_nothing():
    # `dan` joins the place the arrest was made, not another count
    rec = _record("Polres Lembah Hijau menangkap tiga pelaku pencurian sapi di Desa Sukamaju dan Desa Karangtengah. "
                  "Ketiga tersangka kini ditahan di Mapolres Lembah Hijau.")
    assert rec.event.arrests == 3


def test_one_of_each_people_noun_joined_by_dan_is_hurt():
    rec = _record("Massa melempari barikade petugas dengan botol dan batu saat unjuk rasa di depan kantor bupati. Polisi "
                  "mengamankan delapan orang yang diduga provokator. Akibatnya seorang petugas dan wartawan sebuah media "
                  "lokal mengalami luka terkena lemparan batu.")
    assert rec.casualties.injured == 2
    assert [v.status for v in rec.victims] == ["luka", "luka"]


def test_a_count_of_more_joined_to_a_bare_noun_stays_as_written():
    # `tiga petugas dan warga`: how many of the second is not said
    rec = _record("Massa melempari barikade petugas dengan batu saat unjuk rasa di depan kantor bupati. Polisi "
                  "mengamankan delapan orang yang diduga provokator. Akibatnya tiga petugas dan warga mengalami luka.")
    assert rec.casualties.injured == 3


def test_a_travel_agency_named_after_korban_is_no_victim():
    rec = _record("Korban Prime Travel ternyata tidak hanya datang dari calon jemaah saja. Rina Wulandari, seorang agen "
                  "Prime Travel, juga mendatangi Bareskrim karena merasa jadi korban. Agen itu harus membayar Rp 2,5 juta. "
                  "Polisi telah menetapkan direktur Prime Travel sebagai tersangka penipuan.")
    assert [v.name for v in rec.victims] == ["Rina Wulandari"]


_OBITUARY = ("Mantan pengurus federasi sepak bola dunia, Hans Keller, meninggal dunia di Zurich pada usia 81 tahun. Keller "
             "dikenal lama memimpin komite etik. Pada 27 Mei 2015, kepolisian Swiss menangkap enam anggota komite eksekutif "
             "federasi itu atas dugaan suap. Keller sendiri tidak pernah menjadi tersangka.")


def test_an_arrest_dated_years_before_the_publication_is_background():
    rec = polsek_nlp.analyze(_OBITUARY, id="t", published="2017-08-03T10:00")
    assert rec.event.arrests is None


def test_the_same_dated_arrest_reported_the_next_day_counts():
    rec = polsek_nlp.analyze(_OBITUARY, id="t", published="2015-05-28T10:00")
    assert rec.event.arrests == 6


def test_initials_that_spell_a_ship_prefix_name_a_person():
    rec = _record("Polsek Sukaraja menangkap KM (34), warga Desa Cibodas, karena mencuri sepeda motor. Tersangka KM kini "
                  "ditahan di Mapolsek Sukaraja.")
    assert [(s.name, s.age) for s in rec.suspects] == [("KM", 34)]


def test_an_alias_after_the_age():
    rec = _record("Satreskrim Polres Lembah Hijau menangkap Suryadi (31) alias Bogel, warga Desa Cibodas, karena mencuri "
                  "sepeda motor. Tersangka kini ditahan di Mapolres Lembah Hijau.")
    assert [(s.name, s.alias, s.age) for s in rec.suspects] == [("Suryadi", "Bogel", 31)]


def test_a_suspect_who_surrenders_is_in_custody():
    rec = _record("Polisi memburu pelaku pencurian, DN (27). DN akhirnya menyerahkan diri ke Mapolsek Sukaraja pada Senin "
                  "malam. Tersangka dijerat Pasal 362 KUHP.")
    assert [(s.name, s.status) for s in rec.suspects] == [("DN", "ditangkap")]
    assert rec.event.arrests == 1


def test_a_call_to_surrender_is_no_surrender():
    rec = _record("Polisi masih memburu pelaku pembacokan berinisial DN (27). Kapolsek meminta pelaku segera menyerahkan "
                  "diri. Korban mengalami luka di kepala.")
    assert [(s.name, s.status) for s in rec.suspects] == [("DN", "buron")]


def test_a_crash_drivers_drug_test_leaves_the_crash_the_event():
    rec = _record("Sebuah truk bermuatan pasir menabrak tiga sepeda motor di Jalan Raya Cibodas, Kecamatan Sukaraja, Senin "
                  "pagi. Dua pengendara sepeda motor tewas di tempat dan satu lainnya luka berat. Sopir truk berinisial AS "
                  "(41) diamankan di Mapolres Lembah Hijau. Hasil tes urine menunjukkan sopir positif mengonsumsi sabu, kata "
                  "Kasat Lantas.")
    assert rec.event.type == "kecelakaan_lalu_lintas"
    assert rec.event.subtype == "lalu lintas"


def test_users_tested_after_a_drug_arrest_stay_a_drug_case():
    rec = _record("Satresnarkoba Polres Lembah Hijau menangkap tiga pemuda yang sedang berpesta sabu di sebuah rumah kos. "
                  "Hasil tes urine, ketiganya positif mengonsumsi sabu. Polisi menyita dua paket sabu dan alat isap.")
    assert (rec.event.type, rec.event.subtype) == ("narkoba", "penyalahgunaan")


_WANTED = ("Polda Lembah Hijau akan berkoordinasi dengan Interpol untuk mencari tersangka kasus pornografi Ahmad Fauzan yang "
           "diketahui berada di luar negeri. ")


def test_suspects_set_out_after_menetapkan_tersangka_terhadap():
    rec = _record(_WANTED + "Polisi telah menetapkan tersangka terhadap Fauzan dan seorang wanita Rina Lestari terkait "
                  "penyebaran foto vulgar. Fauzan dijerat Pasal 4 ayat 1 UU Nomor 44 Tahun 2008 tentang Pornografi.")
    assert ("Rina Lestari", "P", "tersangka") in {(s.name, s.sex, s.role) for s in rec.suspects}


def test_a_name_in_a_clause_after_terhadap_is_not_designated():
    rec = _record(_WANTED + "Polisi telah menetapkan tersangka terhadap Fauzan yang dilaporkan oleh Rina Lestari terkait "
                  "penyebaran foto vulgar. Fauzan dijerat Pasal 4 ayat 1 UU Nomor 44 Tahun 2008 tentang Pornografi.")
    assert [s.name for s in rec.suspects] == ["Ahmad Fauzan"]


def test_bullying_is_an_assault_of_its_own_subtype():
    rec = _record("Seorang siswi SMP berinisial NA (13) menjadi korban perundungan oleh sejumlah teman sekolahnya di "
                  "Kecamatan Sukaraja. Korban dipukuli dan diintimidasi hingga mengalami luka memar. Orang tua korban "
                  "melaporkan kejadian itu ke Polsek Sukaraja. Polisi masih memeriksa para pelaku.")
    assert (rec.event.type, rec.event.subtype) == ("penganiayaan", "perundungan")


def test_haji_written_out_is_a_title_not_part_of_the_name():
    rec = _record("Seorang pedagang, Haji Sulaiman (62), menjadi korban perampokan di rumahnya di Desa Cibodas. Korban "
                  "dianiaya hingga mengalami luka di kepala. Polisi masih memburu para pelaku.")
    assert [v.name for v in rec.victims] == ["Sulaiman"]


def test_dirundung_duka_is_no_bullying():
    # `dirundung duka / masalah`: beset by grief or trouble, the idiom the root `rundung` also forms
    rec = _record("Klub sepak bola Persikas tengah dirundung duka. Seorang suporter tewas terinjak-injak saat ribuan penonton "
                  "panik di tribun stadion, Sabtu malam. Polisi masih menyelidiki penyebab kepanikan itu.")
    assert rec.event.subtype != "perundungan"
