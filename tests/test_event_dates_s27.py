"""Session 27 (s27evd): the event date of a title-less lead whose act is an arrest (issue 19).

With no headline (the archive and event-date sets pass none), the first body sentence's main clause, up to its first
`yang`, tells the lead's act (`Polisi menangkap dua pria yang merampok ...`): a day whose clause holds a verb of the
same event type (`ditangkap`, `dibekuk`, `diciduk`, `dibakar`) weighs as a headline's verb does, over the day of the
crime the `yang` clause is about. With a headline, its words decide (the rule is off).

Invented texts only (names, villages and units made up)."""
import pytest

import polsek_nlp

PUBLISHED = "2025-06-09T11:25"  # a Monday

CASES = {
"miras": ("SUKAMAJU - Kepolisian Resor Sukamaju menangkap penjual minuman keras oplosan yang diduga menewaskan tiga "
          "warga Desa Cibodas. Penjual berinisial TR (45) ditangkap di rumahnya, Sabtu (7/6) malam.\n\n"
          "Kapolres Sukamaju AKBP Hendra Wiguna mengatakan para korban menenggak miras oplosan dalam pesta ulang "
          "tahun di sebuah rumah pada Rabu (4/6) malam. Ketiganya meninggal di rumah sakit.\n\n"
          '"Minuman itu mengandung metanol," kata Hendra, Senin (9/6).', "2025-06-07"),
"begal": ("BANDAR JAYA - Tim Opsnal Satreskrim Polres Bandar Jaya menangkap dua terduga pelaku begal yang merampas "
          "sepeda motor seorang pedagang sayur di Kecamatan Sukarame.\n\n"
          "Keduanya, RT (24) dan IS (27), ditangkap di sebuah pondok kebun di desa tempat tinggal mereka, Sabtu "
          "(7/6/2025) malam.\n\n"
          "Kasat Reskrim Polres Bandar Jaya AKP Andri Saputra mengatakan, korban, Warsini (52), dibegal saat "
          "berangkat ke pasar pada Rabu (4/6/2025) sekitar pukul 04.30 WIB.\n\n"
          '"Sepeda motornya dibawa kabur," kata Andri, Minggu (8/6/2025).', "2025-06-07"),
"ringkus": ("CIBEUREUM - Polsek Cibeureum meringkus tiga pemuda yang mencuri kotak amal masjid di Desa Sindangsari. "
            "Ketiganya dibekuk di sebuah warung kopi, Jumat (6/6) siang.\n\n"
            "Kapolsek Cibeureum AKP Dedi Kusnadi mengatakan pencurian terjadi pada Selasa (3/6) dini hari saat "
            "masjid sepi.\n\n"
            '"Uang dalam kotak amal sudah habis dipakai," kata Dedi, Senin (9/6).', "2025-06-06"),
"opens": ("KARANGSARI - Satreskrim Polres Karangsari menangkap seorang pria yang menganiaya tetangganya dengan "
          "sebilah parang di Desa Mekarjaya.\n\n"
          "Kapolres Karangsari AKBP Yusuf Ramadhan mengatakan penganiayaan terjadi pada Selasa (3/6) sore akibat "
          "sengketa batas tanah. Korban mengalami luka di lengan kiri.\n\n"
          "Kamis (5/6) malam, petugas menangkap pelaku di sebuah gubuk di tengah sawah.\n\n"
          '"Pelaku tidak melawan," kata Yusuf, Senin (9/6).', "2025-06-05"),
"bakar": ("LARANTUKA - Dua kotak suara berisi formulir hasil penghitungan suara Pilkada Larantuka dibakar orang "
          "tak dikenal di Kantor Camat Tanjung Bunga, Jumat (6/6) malam. Kotak itu disimpan di sana oleh panitia kecamatan sejak "
          "pencoblosan Rabu (4/6).\n\n"
          "Kapolres Larantuka AKBP Markus Bria mengatakan api diketahui penjaga kantor sekitar pukul 23.00 Wita.\n\n"
          '"Pelakunya masih kami cari," kata Markus, Minggu (8/6).', "2025-06-06"),
"ciduk": ("SUKAWANGI - Petugas Polsek Sukawangi menciduk seorang kurir sabu yang mengedarkan narkotika di kawasan "
          "terminal. Kurir berinisial AF (31) itu diciduk di sebuah rumah kos, Minggu (8/6) dini hari.\n\n"
          "Kapolsek Sukawangi Kompol Bambang Sutrisno mengatakan AF mengedarkan sabu sejak awal Mei dan terakhir "
          "bertransaksi pada Kamis (5/6) di terminal.\n\n"
          '"Barang bukti 20 gram sabu kami sita," kata Bambang, Senin (9/6).', "2025-06-08"),
"ringkus_passive": ("SINDANGSARI - Dua pencuri ternak diringkus warga dan diserahkan ke Polsek Sindangsari. "
                    "Keduanya diringkus di sebuah kebun jagung, Minggu (8/6) subuh, saat menuntun dua ekor kambing.\n\n"
                    "Kapolsek Sindangsari AKP Joko Susilo mengatakan pencurian kambing di desa itu sudah terjadi "
                    "sejak April dan terakhir pada Selasa (3/6) malam di kandang milik Warsito.\n\n"
                    '"Pelaku sudah kami periksa," kata Joko, Senin (9/6).', "2025-06-08"),
"begal_kemarin": ("BANDAR JAYA - Tim Opsnal Satreskrim Polres Bandar Jaya menangkap dua terduga pelaku begal yang "
                  "merampas sepeda motor seorang pedagang sayur di Kecamatan Sukarame.\n\n"
                  "Keduanya berinisial RT (24) dan IS (27). Mereka ditangkap di sebuah pondok kebun di desa tempat "
                  "tinggal mereka, Sabtu kemarin.\n\n"
                  "Kasat Reskrim Polres Bandar Jaya AKP Andri Saputra mengatakan, korban, Warsini (52), dibegal saat "
                  "berangkat ke pasar pada Rabu (4/6/2025) sekitar pukul 04.30 WIB.\n\n"
                  '"Penangkapan keduanya berkat laporan warga. Pelaku kami tangkap tanpa perlawanan," kata Andri, '
                  'Minggu (8/6/2025).', "2025-06-07"),
"miras_heavy": ("SUKAMAJU - Kepolisian Resor Sukamaju menangkap penjual minuman keras oplosan yang diduga menewaskan "
                "tiga warga Desa Cibodas. Penjual miras berinisial TR (45) itu ditangkap di rumahnya, Sabtu (7/6) malam.\n\n"
                "Kapolres Sukamaju AKBP Hendra Wiguna mengatakan para korban menenggak miras oplosan dalam pesta ulang "
                "tahun di sebuah rumah pada Rabu (4/6) malam. Ketiganya keracunan miras dan meninggal di rumah sakit.\n\n"
                '"Miras oplosan itu mengandung metanol. Minuman keras itu diracik sendiri," kata Hendra, Senin (9/6).',
                "2025-06-07"),
"ringkus_out": ("MEKARSARI - Unit Reskrim Polsek Mekarsari meringkus seorang residivis yang membobol rumah kosong "
                "milik seorang guru di Perumahan Griya Asri. Pelaku berinisial HN (39) baru tiga bulan bebas dari "
                "penjara.\n\n"
                "Residivis itu diringkus di tempat persembunyiannya di Kecamatan Cikupa, Jumat (6/6) malam.\n\n"
                "Kapolsek Mekarsari AKP Sutrisno mengatakan pencurian terjadi pada Senin (2/6) siang saat rumah "
                "ditinggal pemiliknya mudik. Pelaku mencuri televisi dan perhiasan emas.\n\n"
                '"Barang curian sudah dijual pelaku," kata Sutrisno, Minggu (8/6).', "2025-06-06"),
# guards: the arrest undated (the robbery's day), a robbery lead (its day), an arrest in a `yang` clause
"g_undated": ("SUKAMAJU - Polisi menangkap dua pria bersenjata golok yang merampok sebuah minimarket di Jalan Raya "
              "Sukamaju. Keduanya merampok minimarket itu pada Kamis (5/6) dini hari dan menggasak uang Rp 12 juta.\n\n"
              '"Satu pelaku lain masih kami buru," kata Kapolsek Sukamaju AKP Rudi Hartanto, Senin (9/6).', "2025-06-05"),
"g_robbery_lead": ("SUKAMAJU - Dua pria bersenjata golok merampok sebuah minimarket di Jalan Raya Sukamaju, Kamis "
                   "(5/6) dini hari. Keduanya ditangkap di rumah kontrakan mereka, Sabtu (7/6).\n\n"
                   '"Uang hasil rampokan sudah habis," kata Kapolsek Sukamaju AKP Rudi Hartanto, Senin (9/6).', "2025-06-05"),
"g_yang_arrest": ("SUKAMAJU - Keluarga pria yang ditangkap polisi di Pasar Sukamaju mendatangi Mapolsek Sukamaju, "
                  "Senin (9/6). Pria itu ditangkap pada Jumat (6/6) karena diduga mencopet.\n\n"
                  '"Kami minta keadilan," kata Tarsih, kakak pria itu.', "2025-06-09"),
}

# `opens`, `bakar`, `ciduk` and `begal_kemarin` gave the crime's (or another) day before the rule; the others were
# right before it and must stay so; the last three are guards the rule must leave alone


def _date(text: str, title: str | None = None) -> str | None:
    return polsek_nlp.analyze(text, published=PUBLISHED, title=title).event.date


@pytest.mark.parametrize("key", list(CASES))
def test_a_title_less_leads_act_dates_the_event(key):
    text, want = CASES[key]
    assert _date(text) == want


@pytest.mark.parametrize(("key", "title", "want"), [
    ("begal_kemarin", "Pedagang Sayur Dibegal Saat Subuh", "2025-06-04"),
    ("ciduk", "Kurir Sabu Bertransaksi di Terminal Sukawangi", "2025-06-05"),
])
def test_a_headline_decides_the_act_instead(key, title, want):
    # guard: with a headline, its act is the lead's (`Dibegal`: the robbery's day), not the first sentence's arrest
    assert _date(CASES[key][0], title) == want


# review (s27rvA): a clause of time or cause fronted in, or closing, the lead's first sentence tells a background act
# (`Sepekan setelah menangkap ..., Polres X menggelar rekonstruksi`, `Sehari setelah rumahnya dibakar, ... melapor`):
# its verbs are no lead act (background_cues `opener`, `cause_opener`, `reason` words), so that act's day weighs no
# headline's
BACKGROUND_ACT = {
"rekon": ("SUKAMAJU - Sepekan setelah menangkap pembunuh seorang pedagang bakso, Polres Sukamaju menggelar "
          "rekonstruksi pembunuhan itu di Desa Cibodas.\n\nRekonstruksi digelar Kamis (5/6) dengan 20 adegan. Pelaku "
          "berinisial AR (33) ditangkap di rumah kerabatnya pada Jumat (30/5).\n\n"
          '"Semua adegan sesuai BAP," kata Kasat Reskrim, Senin (9/6).', "2025-06-05"),
"lapor": ("SUKAMAJU - Sepekan setelah rumahnya dibakar massa, Darto (50) melapor ke Polres Sukamaju.\n\n"
          "Laporan itu dibuat Kamis (5/6). Rumah itu dibakar pada Rabu (28/5) dini hari.\n\n"
          '"Saya curiga tetangga," kata Darto, Senin (9/6).', "2025-06-05"),
"lapor_after": ("SUKAMAJU - Darto (50) melapor ke Polres Sukamaju karena rumahnya dibakar massa.\n\n"
                "Laporan itu dibuat Kamis (5/6). Rumah itu dibakar pada Rabu (28/5) dini hari.\n\n"
                '"Saya curiga tetangga," kata Darto, Senin (9/6).', "2025-06-05"),
# the act a `karena` clause gives the arrest for is the crime, not the lead's act, as a `yang` clause's is
"karena": ("SUKAMAJU - Seorang pria ditangkap karena membakar rumah mantan istrinya di Desa Cibodas.\n\n"
           "Rumah itu dibakar pada Kamis (5/6) malam. Pelaku ditangkap Sabtu (7/6) di tempat persembunyiannya.\n\n"
           '"Motifnya sakit hati," kata Kapolsek, Senin (9/6).', "2025-06-07"),
}


@pytest.mark.parametrize("key", list(BACKGROUND_ACT))
def test_a_fronted_clause_of_time_tells_no_lead_act(key):
    text, want = BACKGROUND_ACT[key]
    assert _date(text) == want


# A reduplicated `kemarin` or `besok` (`kemarin-kemarin`: lately, the days before; `besok-besok`: some later time,
# KBBI) names no day: the writing day less one is no date of the text (an undated feature's false day before).
@pytest.mark.parametrize("text", [
    "Ini kan kemarin - kemarin hampir semua gerai sudah pakai kaca, kata pengelola pasar.",
    '"Kemarin-kemarin warga sudah mengeluh soal jalan rusak itu," kata Ketua RT 03 Sutarno.',
    "Besok-besok jangan diulangi lagi, pesan Kapolsek kepada para remaja itu.",
])
def test_a_reduplicated_relative_day_is_no_day(text):
    assert polsek_nlp.analyze(text, published=PUBLISHED).dates == []


@pytest.mark.parametrize(("text", "want"), [
    ("Pelaku ditangkap kemarin di rumahnya di Desa Sukamaju.", "2025-06-08"),
    ("Sidang perdana kasus itu digelar besok di PN Sukamaju.", "2025-06-10"),
])
def test_a_single_relative_day_keeps_its_day(text, want):
    # guard: `kemarin` and `besok` alone still name the day before and after the writing day
    assert [d.value for d in polsek_nlp.analyze(text, published=PUBLISHED).dates] == [want]
