"""Session 28 (s28evd): the event date of a title-less lead whose act is a finding (issue 19).

With no headline (the archive and event-date sets pass none), the first body sentence's main clause tells the lead's
act (s27evd: its verbs' event types). A finding (`Tim SAR gabungan menemukan korban ketiga ...`) is of no event type:
the landslide, the drowning or the theft behind it took the day (`Longsor terjadi pada Selasa (28/2)`). Now a verb
whose root `lead_act_roots.tsv` lists (`temu`) tells the lead's act as a type does, and a day whose clause holds an
affixed form of it (`ditemukan sekitar pukul 10.20`, `menemukan ..., Kamis`) weighs as a headline's act. With a
headline, its words decide (the rule is off, as s27evd's).

Invented texts only (names, villages and units made up)."""
import pytest

import polsek_nlp

PUBLISHED = "2025-06-09T11:25"  # a Monday


def event_date(text: str) -> str | None:
    rec = polsek_nlp.analyze(text, published=PUBLISHED)
    return str(rec.event.date) if rec.event is not None and rec.event.date else None


# a finding the lead reports, then the happening behind it with its own written day
FOUND = {
"sar_kamis": ("Ende Selatan (Antara) - Tim SAR gabungan menemukan dua korban terakhir tanah longsor yang menimbun tiga "
              "rumah di Desa Wolotolo, Kecamatan Nangaba, dalam keadaan meninggal dunia, Kamis (5/6).\n\n"
              "Longsor terjadi pada Selasa (3/6) sekitar pukul 23.00 Wita setelah hujan deras mengguyur kawasan itu "
              "sejak sore. Dua korban lain ditemukan sehari sebelumnya.", "2025-06-05"),
"clock_after_statement": ("Labuan Timur (ANTARA) - Tim SAR gabungan menemukan korban ketiga banjir bandang di Desa "
                          "Rangkat, sehingga operasi pencarian resmi dihentikan.\n\n"
                          "Kepala Kantor SAR Maubesi Yohanes Lado di Labuan Timur, Senin, mengatakan jasad korban atas "
                          "nama Veronika Lanur (58) ditemukan sekitar pukul 09.40 Wita, tertimbun lumpur di bekas "
                          "kandang ternak.\n\n"
                          '"Operasi kami tutup," katanya. Banjir bandang menerjang dua dusun pada Jumat (6/6) malam.',
                          "2025-06-09"),
"body_river": ("SUKAHAJI - Warga menemukan jasad seorang pemancing di tepi Sungai Cikandang, Minggu (8/6) pagi.\n\n"
               "Kapolsek Sukahaji AKP Rudi Hartanto mengatakan korban, Asep Saepudin (47), berangkat memancing pada "
               "Jumat (6/6) sore dan tidak pulang.\n\n"
               '"Tidak ada tanda kekerasan," kata Rudi, Senin (9/6).', "2025-06-08"),
"stolen_bike": ("MEKARSARI - Petugas Polsek Mekarsari menemukan sepeda motor milik seorang guru yang hilang di sebuah "
                "kebun singkong di Desa Sukaluyu.\n\n"
                "Motor itu ditemukan dalam keadaan tanpa pelat nomor, Sabtu (7/6) siang. Pemiliknya, Nining (39), "
                "kehilangan motor itu saat diparkir di halaman sekolah pada Selasa (3/6).\n\n"
                '"Kami masih memburu pelakunya," kata Kapolsek, Senin (9/6).', "2025-06-07"),
"drowned_child": ("BATU AMPAR - Tim gabungan menemukan bocah yang hanyut di Sungai Batang Lembang dalam keadaan "
                  "meninggal dunia.\n\n"
                  "Korban ditemukan sekitar dua kilometer dari lokasi awal, Minggu (8/6) sore. Bocah itu terseret arus "
                  "saat mandi bersama teman-temannya pada Jumat (6/6) siang.", "2025-06-08"),
"passive_lead": ("CILEDUK HILIR - Seorang nelayan yang dilaporkan hilang ditemukan tewas di perairan Pulau Karang "
                 "Gede.\n\n"
                 "Kepala Basarnas Pos Ciledug Hilir Ahmad Fauzi mengatakan jasad korban ditemukan nelayan lain, Minggu "
                 "(8/6) pagi. Perahu korban terbalik dihantam ombak pada Kamis (5/6) malam.", "2025-06-08"),
"bones": ("SINDANGRASA - Warga menemukan kerangka manusia di sebuah kebun jati di Desa Sindangrasa.\n\n"
          "Kerangka itu ditemukan seorang pencari kayu bakar, Sabtu (7/6) pagi. Polisi menduga korban meninggal "
          "lebih dari sebulan lalu. Seorang warga desa tetangga dilaporkan hilang sejak Rabu (4/6).", "2025-06-07"),
"drugs_cache": ("TANJUNG KELOR - Petugas Bea Cukai menemukan 12 bungkus sabu di dalam tabung gas di Pelabuhan Tanjung "
                "Kelor.\n\n"
                "Paket itu ditemukan saat pemeriksaan kapal, Jumat (6/6) malam. Kapal itu berangkat dari Pelabuhan "
                "Tawau pada Rabu (4/6).", "2025-06-06"),
"missing_climber": ("GUNUNG PUTRI - Tim SAR menemukan seorang pendaki yang tersesat di Gunung Ciremai dalam keadaan "
                    "selamat.\n\n"
                    "Pendaki itu ditemukan di jalur Apuy, Minggu (8/6) sekitar pukul 10.00 WIB. Ia dilaporkan hilang "
                    "sejak Jumat (6/6) sore.", "2025-06-08"),
"bare_weekday_lead": ("Wolotolo (Antara) - Tim SAR gabungan menemukan jasad korban terakhir tanah longsor di Desa Ratesuba, "
                      "Kecamatan Nangaba, Minggu.\n\n"
                      "Longsor terjadi pada Jumat (6/6) sekitar pukul 22.00 Wita setelah hujan deras sejak sore. Tiga "
                      "korban lain ditemukan sehari sebelumnya.", "2025-06-08"),
"boat_capsized": ("Pulau Rinca (ANTARA) - Tim SAR gabungan menemukan dua penumpang kapal motor yang tenggelam di perairan "
                  "Selat Molo dalam keadaan selamat.\n\n"
                  "Kepala Pos SAR Rinca Benediktus Ruma di Pulau Rinca, Senin, mengatakan kedua korban ditemukan sekitar "
                  "pukul 08.15 Wita terapung di dekat Pulau Kukusan.\n\n"
                  "Kapal motor itu tenggelam dihantam gelombang tinggi pada Sabtu (7/6) sore.", "2025-06-09"),
"flash_flood_said": ("Mbay (ANTARA) - Tim SAR gabungan menemukan korban keempat banjir bandang di Kelurahan Lape.\n\n"
                     "Kepala Kantor SAR Mbay Fransiskus Ngaga di Mbay, Senin, mengatakan jasad korban ditemukan "
                     "sekitar pukul 08.30 Wita di muara sungai, tiga kilometer dari permukiman.\n\n"
                     "Banjir bandang menerjang Kelurahan Lape pada Kamis (5/6) dini hari setelah hujan semalaman.",
                     "2025-06-09"),
"mine_pit": ("Sawahlunto Barat - Tim gabungan menemukan dua penambang yang tertimbun di lubang tambang batu bara di Desa "
             "Talawi Hilir, Minggu.\n\n"
             "Lubang tambang itu runtuh pada Jumat (6/6) siang saat enam penambang bekerja di dalamnya. Empat penambang "
             "lain berhasil keluar.", "2025-06-08"),
}

GUARDS = {
# the finding in a clause of time before the lead's act: the arrest's day, not the finding's
"finding_before_arrest": ("PASIR MUNCANG - Setelah menemukan sidik jari di lokasi, polisi menangkap pencuri kotak amal "
                          "masjid di Desa Pasir Muncang.\n\n"
                          "Pelaku ditangkap di rumahnya, Sabtu (7/6). Sidik jari itu ditemukan petugas pada Selasa "
                          "(3/6).", "2025-06-07"),
# the lead reports a fire; a body found later is a step, not the lead's act
"fire_then_found": ("CIKARANG TIMUR - Kebakaran menghanguskan lima rumah di Desa Sukadami, Jumat (6/6) malam.\n\n"
                    "Seorang penghuni ditemukan meninggal di dalam rumah saat pendinginan, Sabtu (7/6) pagi.",
                    "2025-06-06"),
# the finding not done: `belum` denies it
"not_found": ("KALI BARU - Tim SAR gabungan belum menemukan seorang nelayan yang hilang di perairan Kali Baru.\n\n"
              "Perahu korban terbalik pada Jumat (6/6) malam. Hingga Senin (9/6), korban belum ditemukan.",
              "2025-06-06"),
}


@pytest.mark.parametrize("key", sorted(FOUND))
def test_a_lead_finding_dates_the_story(key):
    text, day = FOUND[key]
    assert event_date(text) == day


@pytest.mark.parametrize("key", sorted(GUARDS))
def test_a_finding_outside_the_lead_act_takes_no_day(key):
    text, day = GUARDS[key]
    assert event_date(text) == day


# review s28rvA: a finding of knowledge (`menemukan titik terang`, `menemukan sejumlah kejanggalan`, `menemukan adanya
# unsur kelalaian`: `figurative_objects.tsv`) is no finding of a thing or a person: the lead tells no act the story
# dates, so a thing found later (`Barang bukti ... ditemukan pada Sabtu (7/6)`) does not take the day from the
# happening the lead names (the theft, the killing, the fire, the flood)
FIGURATIVE = {
"titik_terang": ("CIBEUREUM - Polisi menemukan titik terang kasus pencurian sapi di Desa Cibeureum. Barang bukti "
                 "berupa tali pengikat sapi ditemukan pada Sabtu (7/6) di tepi hutan.\n\nPencurian terjadi pada "
                 "Selasa (3/6) dini hari.", "2025-06-03"),
"kejanggalan": ("PASIRJAYA - Keluarga menemukan kejanggalan dalam kasus penganiayaan yang menewaskan Sarip (33), "
                "buruh pabrik di Desa Pasirjaya. Ponsel korban ditemukan di saluran air pada Kamis "
                "(5/6).\n\nSarip tewas dianiaya di mess pabrik pada Senin (2/6) malam.", "2025-06-02"),
"sejumlah_kejanggalan": ("KARANGSARI - Penyidik menemukan sejumlah kejanggalan dalam kasus pembunuhan pedagang "
                         "sayur di Desa Karangsari. Pisau dapur ditemukan di kebun warga pada Jumat "
                         "(6/6).\n\nPedagang itu dibunuh di rumahnya pada Selasa (3/6) malam.", "2025-06-03"),
"adanya_unsur": ("TALAGASARI - Polisi menemukan adanya unsur kelalaian dalam kebakaran gudang kayu di Desa "
                 "Talagasari. Puntung rokok ditemukan di dekat tumpukan serbuk kayu pada Kamis "
                 "(5/6).\n\nKebakaran menghanguskan gudang itu pada Selasa (3/6) malam.", "2025-06-03"),
"indikasi": ("SUKAWENING - Polisi menemukan indikasi sabotase dalam kebakaran pasar Sukawening. Jeriken bensin "
             "ditemukan di los ikan pada Sabtu (7/6).\n\nApi membakar 40 kios pada Rabu (4/6) dini hari.",
             "2025-06-04"),
"petunjuk_baru": ("LEBAKWANGI - Penyidik menemukan petunjuk baru kasus perampokan toko emas di Lebakwangi. "
                  "Sepeda motor pelaku ditemukan di area persawahan pada Minggu (8/6).\n\nPerampokan terjadi "
                  "pada Senin (2/6) siang.", "2025-06-02"),
"fakta_bahwa": ("CIPANAS HILIR - Polisi menemukan fakta bahwa korban tabrak lari di Cipanas Hilir sempat diseret "
                "sejauh 20 meter. Serpihan lampu mobil ditemukan di lokasi pada Jumat (6/6).\n\nKecelakaan "
                "terjadi pada Selasa (3/6) malam.", "2025-06-03"),
"motif": ("RANCABALI - Polisi menemukan motif penganiayaan seorang juru parkir di Rancabali. Sebilah celurit "
          "ditemukan di semak-semak pada Sabtu (7/6).\n\nJuru parkir itu dianiaya pada Rabu (4/6) sore.", "2025-06-04"),
"pelanggaran": ("SUKAMULYA - Tim gabungan menemukan pelanggaran dalam kasus longsor tebing tambang pasir di "
                "Sungai Cimanuk. Alat berat ditemukan di lokasi pada Kamis (5/6).\n\nTebing sungai longsor pada "
                "Senin (2/6) pagi.", "2025-06-02"),
"kendala": ("BOJONGSARI - Tim SAR menemukan kendala dalam pencarian korban banjir bandang di Bojongsari. Sepeda "
            "motor korban ditemukan tertimbun lumpur pada Minggu (8/6).\n\nBanjir bandang menerjang desa itu "
            "pada Kamis (5/6) malam.", "2025-06-05"),
"titik_terang_passive_clock": ("GUNUNGSARI - Polisi menemukan titik terang kasus pencurian kotak amal masjid di "
                               "Gunungsari.\n\nKapolsek Gunungsari AKP Rahmat Hidayat, Senin, mengatakan kotak "
                               "amal itu ditemukan sekitar pukul 08.00 di kebun warga.\n\nPencurian terjadi pada "
                               "Jumat (6/6) dini hari.", "2025-06-06"),
"keganjilan": ("WANASARI - Warga menemukan keganjilan dalam kasus pembunuhan seorang penjaga sekolah di "
               "Wanasari. Sandal korban ditemukan di atap sekolah pada Sabtu (7/6).\n\nPenjaga sekolah itu tewas "
               "dibunuh pada Selasa (3/6) malam.", "2025-06-03"),
}


@pytest.mark.parametrize(("text", "day"), list(FIGURATIVE.values()), ids=list(FIGURATIVE))
def test_a_finding_of_knowledge_tells_no_lead_act(text, day):
    assert event_date(text) == day


def test_a_thing_found_before_an_abstract_word_still_tells_the_lead_act():
    # the object is a thing (`sepucuk senjata api rakitan`); `petunjuk` further on is no object of the verb
    text = ("CIMERAK - Polisi menemukan sepucuk senjata api rakitan di rumah kosong di Desa Cimerak sebagai "
            "petunjuk.\n\n"
            "Senjata itu ditemukan saat penggeledahan, Sabtu (7/6) siang. Rumah itu dibobol maling pada Selasa (3/6).")
    assert event_date(text) == "2025-06-07"
