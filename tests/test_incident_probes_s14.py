"""Incident facts in shapes the gold's tune part does not have (issue 22, session 14): probe reports written for
the project in the styles of 2017 national outlets and 2025 polres releases, each exercising one field, and the
mechanism that failed on them: a raid as a word of a report, a seized list opened by `terdiri dari`, an arrested
person set out after a long noun and a comma, one arrested by a noun before the suspect is named, a list of victims
in apposition to a counted group, a perpetrator said dead by a count and then named, the subtype a police action
borrows only from an incident type the text speaks of.

Every name, place and sentence is invented; read through the public API."""
import pytest

from helpers import reader

_record = reader("2025-03-14T10:00", id="t")


def test_a_raid_is_a_word_of_a_report():
    # one arrest word only besides the raid: the article still reports an incident
    rec = _record("Polisi menggerebek sebuah gudang yang dijadikan tempat meracik pil koplo di Kecamatan Sukaraja. Di dalam "
                  "gudang, petugas menemukan 3.500 butir pil koplo dan sebuah mesin pencetak pil. Penjaga gudang, seorang "
                  "pria berinisial TW (37), ditangkap di lokasi.")
    assert [s.name for s in rec.suspects] == ["TW"]
    assert ("pil koplo", 3500, "butir") in {(e.item, e.quantity, e.unit) for e in rec.evidence}


@pytest.mark.parametrize("opener", ["terdiri dari", "terdiri atas"])
def test_a_seized_list_opened_by_terdiri(opener):
    rec = _record(f"Polsek Tanjung Rejo menggerebek sebuah kios di pinggir jalan. Barang bukti yang disita {opener} 75 "
                  "botol bir, 24 botol anggur merah, dan 15 liter tuak dalam jeriken. Pemilik kios berinisial HM (49) "
                  "ditangkap.")
    items = {(e.item, e.quantity, e.unit) for e in rec.evidence}
    assert {("bir", 75, "botol"), ("anggur merah", 24, "botol"), ("tuak", 15, "liter")} <= items


def test_the_arrested_set_out_after_a_long_noun_and_a_comma():
    rec = _record("Polda Riau menangkap pemilik koperasi simpan pinjam Karya Makmur Sentosa, DW (47), terkait dugaan "
                  "penipuan investasi. Ratusan nasabah melapor dengan kerugian Rp 9 miliar. DW dijerat Pasal 378 KUHP.")
    sus = {s.name: s for s in rec.suspects}
    assert sus["DW"].status == "ditangkap" and rec.event.arrests == 1


def test_a_victim_of_harm_in_an_apposition_is_not_the_arrested():
    rec = _record("Polisi menangkap pelaku penganiayaan terhadap pedagang buah, Sarip (52), di Pasar Lama. Pelaku berinisial "
                  "KD (30) dijerat Pasal 351 KUHP.")
    assert "Sarip" not in {s.name for s in rec.suspects}


def test_one_arrested_by_a_noun_before_the_suspect_is_named():
    rec = _record("Polresta Pontianak menangkap seorang pria yang mengaku bisa mengurus sertifikat tanah dengan cepat. "
                  "Tersangka berinisial JR (51), warga Kecamatan Sungai Kakap, sudah menipu sembilan korban dengan total "
                  "kerugian Rp 310 juta. Tersangka dijerat Pasal 378 KUHP.")
    assert [(s.name, s.status) for s in rec.suspects] == [("JR", "ditangkap")]
    assert rec.event.arrests == 1


def test_an_arrest_set_beside_a_named_one_still_adds_the_unnamed():
    # `juga` sets the arrested beside the named: others than him
    rec = _record("Penyerang pos ronda itu, Markus Lado, tewas di lokasi. Polisi juga menangkap pria berusia 31 tahun di "
                  "rumahnya. Barang bukti disita.")
    assert (None, "ditangkap") in {(s.name, s.status) for s in rec.suspects}


def test_a_counted_group_of_victims_set_out_in_apposition():
    rec = _record("Kawanan perampok menyatroni sebuah toko ponsel di Jalan Merdeka, Senin dini hari. Dua penjaga toko, "
                  "Lilis Marlina (23) dan Hadi Kusuma (27), disekap di kamar mandi. Para pelaku membawa kabur 40 unit "
                  "ponsel. Polisi masih memburu para pelaku.")
    assert {v.name for v in rec.victims} >= {"Lilis Marlina", "Hadi Kusuma"}


def test_a_perpetrator_said_dead_by_a_count_then_named():
    rec = _record("Seorang pelaku pencurian dengan pemberatan (curat) tewas ditembak polisi saat melawan di Kecamatan "
                  "Binjai Timur. Pelaku berinisial SN (35) menyerang petugas dengan sebilah celurit. Satu rekannya "
                  "berinisial DP (26) berhasil ditangkap. Barang bukti sepeda motor disita.")
    sus = {s.name: s.status for s in rec.suspects}
    assert sus == {"SN": "tewas", "DP": "ditangkap"}
    assert rec.casualties.dead == 1 and rec.event.arrests == 1


@pytest.mark.parametrize("text", [
    # a logging raid's trucks name no crash
    "Polda Kalbar menangkap empat pelaku pembalakan liar di kawasan hutan lindung. Polisi menyita 25 meter kubik kayu "
    "olahan, tiga unit truk dan dua buah gergaji mesin.",
    # kilograms of explosives name no drug trade
    "Densus 88 menangkap terduga teroris berinisial YH (29). Dari rumahnya petugas menyita tiga kilogram bahan peledak, "
    "dua bom pipa dan sejumlah buku.",
])
def test_a_police_action_borrows_no_subtype_of_a_type_the_text_does_not_speak_of(text):
    assert _record(text).event.subtype is None


def test_a_police_action_keeps_the_subtype_of_a_type_it_speaks_of():
    rec = _record("Polres Sampang menangkap tiga pengedar sabu. Polisi menyita 12 paket sabu dan dua buah timbangan "
                  "digital dari para tersangka.")
    assert rec.event.subtype == "peredaran"


def test_a_count_in_digits_and_words_in_brackets():
    rec = _record("Satreskrim Polres Kulon Progo mengamankan 4 (empat) orang pelaku pengeroyokan yang mengakibatkan seorang "
                  "remaja meninggal dunia. Korban berinisial YP (18), warga Wates, meninggal setelah dirawat di rumah sakit.")
    assert rec.event.arrests == 4


def test_the_owner_of_a_thing_taken_set_out_after_a_noun():
    rec = _record("Tim Opsnal Polsek Natar meringkus dua pelaku begal yang merampas sepeda motor matic milik seorang mahasiswi, Rara "
                  "Anggraini (20), warga Desa Merak Batin. Kedua pelaku ditangkap di rumahnya.")
    assert [(v.name, v.status) for v in rec.victims] == [("Rara Anggraini", "dirugikan")]


def test_the_people_goods_were_seized_from_are_the_counted_arrested():
    rec = _record("BNNK Langkat menangkap dua pengedar dalam dua penggerebekan terpisah. Di Kecamatan Stabat, petugas menyita "
                  "1,5 kilogram sabu dari tangan WS (36). Di Kecamatan Tanjung Pura, petugas menyita 800 gram sabu dari "
                  "tangan JN (41).")
    assert {(s.name, s.status) for s in rec.suspects} == {("WS", "ditangkap"), ("JN", "ditangkap")}


def test_the_agent_of_a_passive_harm_set_out_with_a_comma():
    rec = _record("Seorang buruh tani, Marni (38), tewas ditusuk suaminya sendiri, Karto (42), di rumah mereka di Dusun "
                  "Ngasem. Pelaku ditangkap polisi beberapa jam kemudian.")
    assert [s.name for s in rec.suspects] == ["Karto"]
    assert "Karto" not in {v.name for v in rec.victims}


@pytest.mark.parametrize("verb, noun", [("dikendarai", "Pengendara sepeda motor"), ("dikemudikan", "Pengemudi mobil")])
def test_the_rider_named_after_a_verb_of_riding_is_harmed_by_what_is_said_of_the_rider(verb, noun):
    rec = _record(f"Sebuah truk tangki menabrak kendaraan yang {verb} Fajar Nugroho (29), warga Desa Kalibening, di Jalan Raya "
                  f"Banyumas. {noun} itu tewas di lokasi kejadian. Sopir truk berinisial TA (47) sudah diamankan.")
    assert [(v.name, v.status) for v in rec.victims] == [("Fajar Nugroho", "tewas")]
    assert rec.casualties.dead == 1


def test_a_driver_named_after_a_verb_of_driving_is_no_victim_of_a_status():
    rec = _record("Sebuah truk yang dikemudikan Slamet Riyadi (44) menabrak pagar rumah warga di Jalan Raya Kudus. "
                  "Pengemudi truk itu ditahan di Mapolres. Tidak ada korban jiwa dalam kecelakaan itu.")
    assert rec.victims == []


def test_people_counted_after_an_active_verb_of_arrest_are_the_arrested():
    rec = _record("Satpolairud Polres Sumenep menangkap empat nelayan yang menangkap ikan dengan bahan peledak. Dari perahu "
                  "para pelaku disita 6 botol bom ikan dan sebuah kompresor.")
    assert rec.event.arrests == 4


def test_a_person_noun_qualified_by_a_vehicle_is_arrested_not_seized():
    rec = _record("Kecelakaan beruntun terjadi di Jalan Lintas Timur, Kabupaten Ogan Ilir. Korban tewas atas nama Saprudin (51), "
                  "warga Desa Tanjung Raja. Polisi mengamankan sopir truk berinisial GW (36) dan barang bukti kendaraan.")
    assert [(s.name, s.status) for s in rec.suspects] == [("GW", "diamankan")]


def test_a_ship_seized_before_a_name_still_names_no_arrest():
    rec = _record("Bakamla mengamankan kapal berbendera asing, Ocean Pearl, di perairan Natuna. Kapal itu membawa 20 ton solar "
                  "ilegal. Nakhoda kapal berinisial LT (50) ditangkap.")
    assert "Ocean Pearl" not in {s.name for s in rec.suspects}


@pytest.mark.parametrize("noun", ["santriwati", "karyawati"])
def test_nouns_of_people_of_the_genre_count_a_harmed_person(noun):
    rec = _record(f"Polres Majalengka menangkap seorang pria berinisial UD (47) yang diduga mencabuli seorang {noun} berusia "
                  "16 tahun. Korban melapor kepada keluarganya. Tersangka dijerat Pasal 82 UU Perlindungan Anak.")
    assert [(v.name, v.age, v.sex) for v in rec.victims] == [(None, 16, "P")]
