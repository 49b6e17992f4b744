"""Charges as Indonesian police and court news writes them (issue 22, session 12): the laws of the genre
(KUHP, the new KUHP UU 1/2023, Narkotika, Psikotropika, Kesehatan, Tipikor, TPPU, ITE, Perlindungan Anak,
LLAJ, PKDRT, UU Darurat 12/1951, TPPO, Terorisme, Pornografi, P3H, Konservasi, Pemilu, Konsumen,
Keimigrasian, Cukai, Migas, Minerba, TPKS ...), every way news cites them (`ayat (2)`, `ayat 1`, `ke-1`,
`huruf a`, `jo.`, `juncto`, `subsider`, `dan/atau`, `UU No 35/2009`, `UU RI No. 35 Th. 2009`, by name only),
the penalty shapes, and what is no charge (a constitution's article, a Perda, a regulation quoted, a
verdict of an earlier case, a KUHAP article on detention).

Every sentence is invented for these tests (invented names, places and numbers), set after an arrest so
that the incident gate lets the report in, and read through the public API. Expected values follow
`gold/incidents/README.md`: `article` a string, `clause` the ayat with its `huruf`/`ke-`, `law` normalised
(`UU 35/2009`, `KUHP`; `UU Narkotika` when only the name is written), `max_penalty` the longest term."""
import pytest

import polsek_nlp

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "


def _charges(sentence):
    record = polsek_nlp.analyze(_ARREST + sentence, id="t", published="2017-03-14T10:00")
    return sorted((c.article, c.clause, c.law, c.max_penalty) for c in record.charges)


_K = "KUHP"
_N = "UU 35/2009"

CHARGES = [
    # --- KUHP: the articles of Buku II police news cites most, with and without the law written
    ("Tersangka dijerat Pasal 170 KUHP tentang pengeroyokan dengan ancaman hukuman 7 tahun penjara.",
     [("170", None, _K, "7 tahun")]),
    ("Pelaku dijerat Pasal 263 KUHP tentang pemalsuan surat dengan ancaman enam tahun penjara.",
     [("263", None, _K, "6 tahun")]),
    ("Ia disangkakan Pasal 279 KUHP karena menikah lagi tanpa izin istri pertamanya.",
     [("279", None, _K, None)]),
    ("Tersangka dijerat Pasal 285 KUHP tentang pemerkosaan dengan ancaman hukuman maksimal 12 tahun penjara.",
     [("285", None, _K, "12 tahun")]),
    ("Pelaku dikenakan Pasal 289 KUHP tentang perbuatan cabul dengan ancaman sembilan tahun penjara.",
     [("289", None, _K, "9 tahun")]),
    ("Kelima tersangka dijerat Pasal 303 KUHP tentang perjudian dengan ancaman hukuman 10 tahun penjara.",
     [("303", None, _K, "10 tahun")]),
    ("Terlapor disangkakan Pasal 310 KUHP tentang pencemaran nama baik.",
     [("310", None, _K, None)]),
    ("Ia dijerat Pasal 335 KUHP tentang perbuatan tidak menyenangkan.",
     [("335", None, _K, None)]),
    ("Tersangka dijerat Pasal 338 KUHP tentang pembunuhan dengan ancaman hukuman 15 tahun penjara.",
     [("338", None, _K, "15 tahun")]),
    ("Pelaku dijerat Pasal 340 KUHP tentang pembunuhan berencana dengan ancaman hukuman mati atau seumur hidup.",
     [("340", None, _K, "pidana mati")]),
    ("Tersangka dijerat Pasal 351 ayat (2) KUHP tentang penganiayaan yang mengakibatkan luka berat.",
     [("351", "2", _K, None)]),
    ("Atas perbuatannya, pelaku dijerat Pasal 362 KUHP tentang pencurian dengan ancaman lima tahun penjara.",
     [("362", None, _K, "5 tahun")]),
    ("Kedua pelaku dijerat Pasal 363 ayat (1) ke-4 dan ke-5 KUHP dengan ancaman tujuh tahun penjara.",
     [("363", "1 ke-4", _K, "7 tahun"), ("363", "1 ke-5", _K, "7 tahun")]),  # Settled s18 rule 1: one per clause
    ("Para tersangka dijerat Pasal 365 ayat 2 KUHP tentang pencurian dengan kekerasan.",
     [("365", "2", _K, None)]),
    ("Pelaku dijerat Pasal 368 KUHP tentang pemerasan dengan ancaman hukuman sembilan tahun penjara.",
     [("368", None, _K, "9 tahun")]),
    ("Tersangka dijerat Pasal 372 KUHP tentang penggelapan dengan ancaman empat tahun penjara.",
     [("372", None, _K, "4 tahun")]),
    ("Karyawan itu disangkakan Pasal 374 KUHP tentang penggelapan dalam jabatan.",
     [("374", None, _K, None)]),
    ("Tersangka dijerat Pasal 378 KUHP tentang penipuan dengan ancaman hukuman empat tahun penjara.",
     [("378", None, _K, "4 tahun")]),
    ("Massa yang merusak pos itu dijerat Pasal 406 KUHP tentang perusakan.",
     [("406", None, _K, None)]),
    ("Penadah barang curian itu dijerat Pasal 480 KUHP tentang penadahan.",
     [("480", None, _K, None)]),
    ("Tersangka dijerat Pasal 378 dan 372 KUHPidana tentang penipuan dan penggelapan.",
     [("372", None, _K, None), ("378", None, _K, None)]),
    ("Ia dijerat Pasal 378 Kitab Undang-Undang Hukum Pidana dengan ancaman empat tahun penjara.",
     [("378", None, _K, "4 tahun")]),
    ("Tersangka dijerat dengan Pasal 363 tentang pencurian dengan pemberatan.",
     [("363", None, _K, None)]),
    # --- chains: jo., juncto, subsider, atau, dan/atau, dan
    ("Tersangka dijerat Pasal 340 subsider Pasal 338 KUHP dengan ancaman hukuman mati.",
     [("338", None, _K, "pidana mati"), ("340", None, _K, "pidana mati")]),
    ("Pelaku dijerat Pasal 340 subsider 338 KUHP dengan ancaman hukuman maksimal pidana mati.",
     [("338", None, _K, "pidana mati"), ("340", None, _K, "pidana mati")]),
    ("Keduanya dijerat Pasal 365 ayat (2) jo Pasal 55 ayat (1) ke-1 KUHP.",
     [("365", "2", _K, None), ("55", "1 ke-1", _K, None)]),
    ("Tersangka dijerat Pasal 351 ayat (3) juncto Pasal 55 KUHP dengan ancaman hukuman tujuh tahun penjara.",
     [("351", "3", _K, "7 tahun"), ("55", None, _K, "7 tahun")]),
    ("Pelaku dijerat Pasal 338 atau Pasal 351 ayat (3) KUHP.",
     [("338", None, _K, None), ("351", "3", _K, None)]),
    ("Ketiganya dijerat Pasal 170 dan/atau Pasal 351 KUHP.",
     [("170", None, _K, None), ("351", None, _K, None)]),
    ("Tersangka dijerat pasal berlapis, yakni Pasal 378 dan Pasal 372 KUHP.",
     [("372", None, _K, None), ("378", None, _K, None)]),
    ("Pelaku dijerat Pasal 365 ayat (3) KUHP subsidair Pasal 338 KUHP.",
     [("338", None, _K, None), ("365", "3", _K, None)]),
    ("Tersangka disangkakan Pasal 372 jo. Pasal 378 KUHP.",
     [("372", None, _K, None), ("378", None, _K, None)]),
    # --- narcotics and psychotropics
    ("Tersangka dijerat Pasal 114 ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman mati.",
     [("114", "2", _N, "pidana mati")]),
    ("Ia dijerat Pasal 112 ayat 1 UU No 35/2009 dengan ancaman pidana penjara paling lama 12 tahun.",
     [("112", "1", _N, "12 tahun")]),
    ("Tersangka dijerat Pasal 111 ayat (1) UU RI No. 35 Th. 2009 tentang Narkotika.",
     [("111", "1", _N, None)]),
    ("Tersangka dikenakan Pasal 127 ayat (1) huruf a UU Narkotika dengan ancaman empat tahun penjara.",
     [("127", "1 huruf a", "UU Narkotika", "4 tahun")]),
    ("Keduanya dijerat Pasal 114 ayat (2) subsider Pasal 112 ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika.",
     [("112", "2", _N, None), ("114", "2", _N, None)]),
    ("Tersangka dijerat Pasal 114 ayat (2) jo Pasal 132 ayat (1) UU RI Nomor 35 Tahun 2009 dengan ancaman "
     "minimal 6 tahun dan maksimal 20 tahun penjara.",
     [("114", "2", _N, "20 tahun"), ("132", "1", _N, "20 tahun")]),
    ("Pengedar itu dijerat Pasal 114 ayat (1) dan Pasal 112 ayat (1) Undang-Undang Narkotika.",
     [("112", "1", "UU Narkotika", None), ("114", "1", "UU Narkotika", None)]),
    ("Tersangka dijerat Pasal 62 UU Nomor 5 Tahun 1997 tentang Psikotropika dengan ancaman lima tahun penjara.",
     [("62", None, "UU 5/1997", "5 tahun")]),
    ("Ia dijerat Pasal 60 ayat (2) UU Psikotropika.",
     [("60", "2", "UU Psikotropika", None)]),
    # --- health: the old and the new law
    ("Penjual obat keras itu dijerat Pasal 196 dan 197 UU Nomor 36 Tahun 2009 tentang Kesehatan dengan ancaman "
     "pidana penjara paling lama 15 tahun.",
     [("196", None, "UU 36/2009", "15 tahun"), ("197", None, "UU 36/2009", "15 tahun")]),
    ("Tersangka dijerat Pasal 435 UU Nomor 17 Tahun 2023 tentang Kesehatan dengan ancaman 12 tahun penjara.",
     [("435", None, "UU 17/2023", "12 tahun")]),
    # --- corruption and money laundering
    ("Tersangka disangkakan melanggar Pasal 2 ayat (1) atau Pasal 3 jo Pasal 18 UU Nomor 31 Tahun 1999 "
     "sebagaimana telah diubah dengan UU Nomor 20 Tahun 2001 tentang Pemberantasan Tindak Pidana Korupsi.",
     [("18", None, "UU 31/1999", None), ("2", "1", "UU 31/1999", None), ("3", None, "UU 31/1999", None)]),
    ("Ia dijerat Pasal 2 ayat 1 jo Pasal 18 UU Tipikor dengan ancaman hukuman seumur hidup.",
     [("18", None, "UU Tipikor", "seumur hidup"), ("2", "1", "UU Tipikor", "seumur hidup")]),
    ("Penerima suap disangkakan Pasal 12 huruf a atau huruf b atau Pasal 11 UU Nomor 31 Tahun 1999 "
     "sebagaimana diubah dengan UU Nomor 20 Tahun 2001.",
     [("11", None, "UU 31/1999", None), ("12", "huruf a", "UU 31/1999", None),
      ("12", "huruf b", "UU 31/1999", None)]),
    ("Pemberi suap disangkakan Pasal 5 ayat (1) huruf a UU Tipikor juncto Pasal 55 ayat (1) ke-1 KUHP.",
     [("5", "1 huruf a", "UU Tipikor", None), ("55", "1 ke-1", _K, None)]),
    ("Tersangka juga dijerat Pasal 12B UU Nomor 31 Tahun 1999 tentang gratifikasi.",
     [("12B", None, "UU 31/1999", None)]),
    ("Ia juga dijerat Pasal 3 UU Nomor 8 Tahun 2010 tentang Pencegahan dan Pemberantasan Tindak Pidana "
     "Pencucian Uang dengan ancaman 20 tahun penjara.",
     [("3", None, "UU 8/2010", "20 tahun")]),
    ("Tersangka dijerat pula dengan Pasal 3 dan Pasal 4 UU TPPU.",
     [("3", None, "UU TPPU", None), ("4", None, "UU TPPU", None)]),
    # --- ITE
    ("Pemilik akun itu dijerat Pasal 45A ayat (2) jo Pasal 28 ayat (2) UU Nomor 19 Tahun 2016 tentang ITE "
     "dengan ancaman enam tahun penjara.",
     [("28", "2", "UU 19/2016", "6 tahun"), ("45A", "2", "UU 19/2016", "6 tahun")]),
    ("Tersangka dijerat Pasal 27 ayat (3) jo Pasal 45 ayat (3) UU ITE.",
     [("27", "3", "UU ITE", None), ("45", "3", "UU ITE", None)]),
    ("Ia disangkakan Pasal 45 ayat (1) jo Pasal 27 ayat (1) UU Nomor 11 Tahun 2008 tentang Informasi dan "
     "Transaksi Elektronik.",
     [("27", "1", "UU 11/2008", None), ("45", "1", "UU 11/2008", None)]),
    # --- children, domestic violence, sexual violence, trafficking
    ("Pelaku dijerat Pasal 81 dan 82 UU Nomor 35 Tahun 2014 tentang Perlindungan Anak dengan ancaman "
     "hukuman maksimal 15 tahun penjara.",
     [("81", None, "UU 35/2014", "15 tahun"), ("82", None, "UU 35/2014", "15 tahun")]),
    ("Tersangka dijerat Pasal 76D jo Pasal 81 UU Perlindungan Anak.",
     [("76D", None, "UU Perlindungan Anak", None), ("81", None, "UU Perlindungan Anak", None)]),
    ("Ia dijerat Pasal 80 ayat (1) jo Pasal 76C UU Nomor 35 Tahun 2014 tentang Perubahan atas UU Nomor 23 "
     "Tahun 2002 tentang Perlindungan Anak.",
     [("76C", None, "UU 35/2014", None), ("80", "1", "UU 35/2014", None)]),
    ("Guru les itu dijerat Pasal 82 jo Pasal 76E UU Perlindungan Anak dengan ancaman minimal 5 tahun dan "
     "maksimal 15 tahun penjara.",
     [("76E", None, "UU Perlindungan Anak", "15 tahun"), ("82", None, "UU Perlindungan Anak", "15 tahun")]),
    ("Suami itu dijerat Pasal 44 ayat (1) UU Nomor 23 Tahun 2004 tentang Penghapusan Kekerasan dalam Rumah "
     "Tangga dengan ancaman lima tahun penjara.",
     [("44", "1", "UU 23/2004", "5 tahun")]),
    ("Tersangka dijerat Pasal 44 UU PKDRT.",
     [("44", None, "UU PKDRT", None)]),
    ("Pelaku dijerat Pasal 6 UU Nomor 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual.",
     [("6", None, "UU 12/2022", None)]),
    ("Penyalur tenaga kerja itu dijerat Pasal 2 UU Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana "
     "Perdagangan Orang dengan ancaman 15 tahun penjara.",
     [("2", None, "UU 21/2007", "15 tahun")]),
    ("Ia dijerat Pasal 4 UU TPPO.",
     [("4", None, "UU TPPO", None)]),
    # --- traffic
    ("Sopir truk itu dijerat Pasal 310 ayat (4) UU Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan "
     "Jalan dengan ancaman enam tahun penjara.",
     [("310", "4", "UU 22/2009", "6 tahun")]),
    ("Pengemudi dijerat Pasal 311 ayat (5) UU LLAJ dengan ancaman 12 tahun penjara.",
     [("311", "5", "UU LLAJ", "12 tahun")]),
    ("Pengemudi yang kabur itu dijerat Pasal 312 UU No 22/2009.",
     [("312", None, "UU 22/2009", None)]),
    # --- weapons, terror, pornography, forests, wildlife, elections, consumers, immigration, excise, oil, mining
    ("Tersangka dijerat Pasal 2 ayat (1) UU Darurat Nomor 12 Tahun 1951 dengan ancaman 10 tahun penjara.",
     [("2", "1", "UU Darurat 12/1951", "10 tahun")]),
    ("Pemilik senjata api rakitan itu dijerat Pasal 1 ayat (1) UU Darurat No 12 Tahun 1951 dengan ancaman "
     "hukuman mati, seumur hidup atau 20 tahun penjara.",
     [("1", "1", "UU Darurat 12/1951", "pidana mati")]),
    ("Terduga teroris itu dijerat Pasal 15 jo Pasal 7 UU Nomor 15 Tahun 2003 tentang Pemberantasan Tindak "
     "Pidana Terorisme.",
     [("15", None, "UU 15/2003", None), ("7", None, "UU 15/2003", None)]),
    ("Ia dijerat Pasal 13A UU Nomor 5 Tahun 2018 tentang Terorisme.",
     [("13A", None, "UU 5/2018", None)]),
    ("Penyebar video itu dijerat Pasal 29 jo Pasal 4 ayat (1) UU Nomor 44 Tahun 2008 tentang Pornografi.",
     [("29", None, "UU 44/2008", None), ("4", "1", "UU 44/2008", None)]),
    ("Pemodal pembalakan itu dijerat Pasal 82 ayat (1) huruf b UU Nomor 18 Tahun 2013 tentang P3H.",
     [("82", "1 huruf b", "UU 18/2013", None)]),
    ("Penjual kulit harimau itu dijerat Pasal 40 ayat (2) jo Pasal 21 ayat (2) huruf d UU Nomor 5 Tahun 1990 "
     "dengan ancaman lima tahun penjara.",
     [("21", "2 huruf d", "UU 5/1990", "5 tahun"), ("40", "2", "UU 5/1990", "5 tahun")]),
    ("Kepala desa itu dijerat Pasal 490 UU Nomor 7 Tahun 2017 tentang Pemilu.",
     [("490", None, "UU 7/2017", None)]),
    ("Pemilik toko dijerat Pasal 62 ayat (1) jo Pasal 8 UU Nomor 8 Tahun 1999 tentang Perlindungan Konsumen.",
     [("62", "1", "UU 8/1999", None), ("8", None, "UU 8/1999", None)]),
    ("Warga negara asing itu dijerat Pasal 122 huruf a UU Nomor 6 Tahun 2011 tentang Keimigrasian.",
     [("122", "huruf a", "UU 6/2011", None)]),
    ("Penjual rokok polos itu dijerat Pasal 54 UU Nomor 39 Tahun 2007 tentang Cukai.",
     [("54", None, "UU 39/2007", None)]),
    ("Penimbun solar itu dijerat Pasal 55 UU Nomor 22 Tahun 2001 tentang Minyak dan Gas Bumi dengan ancaman "
     "enam tahun penjara.",
     [("55", None, "UU 22/2001", "6 tahun")]),
    ("Penambang liar itu dijerat Pasal 158 UU Nomor 4 Tahun 2009 tentang Pertambangan Mineral dan Batubara.",
     [("158", None, "UU 4/2009", None)]),
    ("Ia dijerat Pasal 36 jo Pasal 26 UU Minerba.",
     [("26", None, "UU Minerba", None), ("36", None, "UU Minerba", None)]),
    # --- the new KUHP
    ("Tersangka dijerat Pasal 479 UU Nomor 1 Tahun 2023 tentang Kitab Undang-Undang Hukum Pidana.",
     [("479", None, "UU 1/2023", None)]),
    ("Ia dijerat Pasal 476 KUHP Baru dengan ancaman lima tahun penjara.",
     [("476", None, "UU 1/2023", "5 tahun")]),
    # --- penalty shapes
    ("Tersangka dijerat Pasal 372 KUHP dengan ancaman hukuman empat tahun penjara.",
     [("372", None, _K, "4 tahun")]),
    ("Pelaku dijerat Pasal 359 KUHP dengan ancaman pidana penjara paling lama 5 tahun.",
     [("359", None, _K, "5 tahun")]),
    ("Ia dijerat Pasal 379a KUHP dengan ancaman hukuman 4 tahun.",
     [("379A", None, _K, "4 tahun")]),
    ("Tersangka dijerat Pasal 372 KUHP dengan ancaman 3 tahun 6 bulan penjara.",
     [("372", None, _K, "3 tahun 6 bulan")]),
    ("Tersangka dijerat Pasal 114 ayat (2) UU Narkotika. Ancaman hukumannya minimal enam tahun dan maksimal "
     "20 tahun penjara.",
     [("114", "2", "UU Narkotika", "20 tahun")]),
    ("Pelaku dijerat Pasal 365 ayat (4) KUHP dengan ancaman hukuman penjara seumur hidup.",
     [("365", "4", _K, "seumur hidup")]),
    ("Ia dijerat Pasal 352 KUHP tentang penganiayaan ringan dengan ancaman tiga bulan penjara.",
     [("352", None, _K, "3 bulan")]),
    ("Tersangka terancam hukuman 12 tahun penjara karena dijerat Pasal 285 KUHP.",
     [("285", None, _K, "12 tahun")]),
    ("Pelaku kini terancam Pasal 338 KUHP dengan hukuman penjara maksimal 15 tahun.",
     [("338", None, _K, "15 tahun")]),
    ("Tersangka dijerat Pasal 2 UU Tipikor dengan ancaman pidana penjara paling singkat 4 tahun dan paling "
     "lama 20 tahun serta denda paling banyak Rp 1 miliar.",
     [("2", None, "UU Tipikor", "20 tahun")]),
    # --- a charge in the sentence after the arrest, the verb before
    ("Atas perbuatannya itu, tersangka dijerat dengan pasal berlapis. Pasal 363 ayat (1) ke-3 dan ke-4 KUHP "
     "dengan ancaman tujuh tahun penjara.",
     [("363", "1 ke-3", _K, "7 tahun"), ("363", "1 ke-4", _K, "7 tahun")]),  # Settled s18 rule 1
    ("Jaksa mendakwa terdakwa dengan Pasal 340 KUHP.",
     [("340", None, _K, None)]),
    ("Terdakwa dituntut Pasal 114 ayat (1) UU Narkotika dengan tuntutan 10 tahun penjara.",
     [("114", "1", "UU Narkotika", None)]),  # a term demanded is no penalty threatened
]


@pytest.mark.parametrize("sentence, expected", CHARGES)
def test_charge_shapes(sentence, expected):
    assert _charges(sentence) == sorted(expected)


NOT_CHARGES = [
    # a constitution's article, a regional regulation, a minister's or a government regulation
    "Ia menilai kebijakan tersebut melanggar Pasal 33 UUD 1945 tentang perekonomian nasional.",
    "Pedagang yang berjualan di trotoar melanggar Pasal 25 Perda Nomor 8 Tahun 2007 tentang Ketertiban Umum.",
    "Penertiban itu mengacu pada Pasal 12 Peraturan Pemerintah Nomor 43 Tahun 2014.",
    "Menurut dia, pelanggaran Pasal 5 Peraturan Menteri Nomor 32 Tahun 2016 diancam sanksi administratif.",
    "Sesuai Pasal 9 Perwali Nomor 15 Tahun 2016, pedagang dilarang berjualan di badan jalan.",
    # a law discussed, not a case's charge
    "Ketua DPRD menyebut revisi UU Nomor 35 Tahun 2009 tentang Narkotika perlu segera dibahas.",
    "Menurut pakar hukum itu, Pasal 27 ayat (3) UU ITE kerap digunakan untuk menjerat pengkritik.",
    "Dalam kasus serupa tahun lalu, pelaku dijerat Pasal 340 KUHP.",
    # a verdict of an earlier case of the same man
    "Tersangka merupakan residivis yang pernah divonis dua tahun penjara karena melanggar Pasal 362 KUHP pada 2014.",
    # procedure, not a charge: detention under KUHAP
    "Penahanan tersangka dilakukan berdasarkan Pasal 21 ayat (4) KUHAP.",
    "Penyidik memperpanjang penahanan tersangka sesuai Pasal 24 ayat (2) KUHAP selama 40 hari.",
]


@pytest.mark.parametrize("sentence", NOT_CHARGES)
def test_no_charge(sentence):
    assert _charges(sentence) == []


MORE_CHARGES = [
    # verbs and nouns of charge
    ("Terhadap tersangka, penyidik menerapkan Pasal 351 ayat (1) KUHP tentang penganiayaan.",
     [("351", "1", _K, None)]),
    ("Pasal yang disangkakan kepada tersangka yakni Pasal 2 dan Pasal 3 UU Tipikor.",
     [("2", None, "UU Tipikor", None), ("3", None, "UU Tipikor", None)]),
    ("Perbuatan tersangka diatur dan diancam pidana dalam Pasal 363 ayat (1) ke-3 KUHP.",
     [("363", "1 ke-3", _K, None)]),
    ("Penyidik menjerat pelaku dengan Pasal 156a KUHP tentang penodaan agama dengan ancaman lima tahun penjara.",
     [("156A", None, _K, "5 tahun")]),
    ("Ia ditetapkan sebagai tersangka dengan sangkaan Pasal 160 KUHP tentang penghasutan.",
     [("160", None, _K, None)]),
    ("Majelis hakim menyatakan terdakwa terbukti melanggar Pasal 114 ayat (1) UU Narkotika.",
     [("114", "1", "UU Narkotika", None)]),
    # a law charged without an article
    ("Pemilik senjata itu dijerat UU Darurat Nomor 12 Tahun 1951.",
     [(None, None, "UU Darurat 12/1951", None)]),
    ("Penyebar hoaks tersebut dijerat dengan UU ITE.",
     [(None, None, "UU ITE", None)]),
    ("Pelaku pencabulan itu dijerat Undang-Undang Perlindungan Anak.",
     [(None, None, "UU Perlindungan Anak", None)]),
    # citations written in other orders and spellings
    ("Tersangka dijerat UU Nomor 35 Tahun 2009 Pasal 112 ayat (1) tentang Narkotika.",
     [("112", "1", _N, None)]),
    ("Tersangka dijerat Pasal 111 Ayat 1 Undang-undang RI Nomor 35 Tahun 2009.",
     [("111", "1", _N, None)]),
    ("Tersangka dijerat pasal 362 KUHP Jo pasal 55 KUHP.",
     [("362", None, _K, None), ("55", None, _K, None)]),
    ("Pelaku dijerat Pasal 340 KUHP, subsider Pasal 338 KUHP, lebih subsider Pasal 351 ayat (3) KUHP.",
     [("338", None, _K, None), ("340", None, _K, None), ("351", "3", _K, None)]),
    ("Ia dijerat Pasal 28 ayat 2 jo Pasal 45 ayat 2 UU RI Nomor 19 Tahun 2016 tentang Perubahan atas UU Nomor "
     "11 Tahun 2008 tentang ITE.",
     [("28", "2", "UU 19/2016", None), ("45", "2", "UU 19/2016", None)]),
    ("Pelaku dijerat Pasal 81 UU Nomor 17 Tahun 2016 tentang Penetapan Perppu Nomor 1 Tahun 2016.",
     [("81", None, "UU 17/2016", None)]),
    ("Tersangka dijerat Pasal 6 Perppu Nomor 1 Tahun 2002 tentang Pemberantasan Tindak Pidana Terorisme.",
     [("6", None, "Perppu 1/2002", None)]),
    ("Ia dijerat Pasal 12 huruf e UU Tipikor.",
     [("12", "huruf e", "UU Tipikor", None)]),
    ("Keduanya dijerat Pasal 2 dan 3 Undang-Undang Pemberantasan Tindak Pidana Korupsi.",
     [("2", None, "UU Tipikor", None), ("3", None, "UU Tipikor", None)]),
    # penalty shapes
    ("Tersangka dijerat Pasal 338 KUHP dengan ancaman hukuman lima belas tahun penjara.",
     [("338", None, _K, "15 tahun")]),
    ("Tersangka dijerat Pasal 2 UU Tipikor dengan ancaman hukuman dua puluh tahun penjara.",
     [("2", None, "UU Tipikor", "20 tahun")]),
    ("Pelaku dijerat Pasal 365 ayat (3) KUHP dengan ancaman pidana 4 sampai 12 tahun penjara.",
     [("365", "3", _K, "12 tahun")]),
    ("Ia dijerat Pasal 114 ayat (2) UU Narkotika dengan ancaman pidana penjara paling lama 20 tahun atau "
     "seumur hidup.",
     [("114", "2", "UU Narkotika", "seumur hidup")]),
    ("Pelaku dijerat Pasal 62 UU Perlindungan Konsumen, diancam pidana penjara 5 tahun atau denda Rp 2 miliar.",
     [("62", None, "UU Perlindungan Konsumen", "5 tahun")]),
    ("Pengendara itu dijerat Pasal 310 ayat (1) UU LLAJ dengan ancaman kurungan enam bulan.",
     [("310", "1", "UU LLAJ", "6 bulan")]),
]


@pytest.mark.parametrize("sentence, expected", MORE_CHARGES)
def test_more_charge_shapes(sentence, expected):
    assert _charges(sentence) == sorted(expected)


TALK_OF_LAW = [
    "Kapolres mengimbau pengendara agar tidak melanggar Pasal 287 UU LLAJ selama operasi berlangsung.",
    "Setiap orang yang melanggar Pasal 114 UU Narkotika diancam hukuman mati, kata Kepala BNN.",
    "Mahkamah Konstitusi menguji Pasal 27 ayat (3) UU ITE yang dinilai melanggar kebebasan berpendapat.",
    "DPR sedang membahas revisi Pasal 284 KUHP tentang perzinaan yang dinilai tak lagi sesuai.",
]


@pytest.mark.parametrize("sentence", TALK_OF_LAW)
def test_talk_of_the_law_is_no_charge(sentence):
    assert _charges(sentence) == []


QUOTED_AND_LONG = [
    # the charge in a quote of the police, the verb in its object-focus form
    ('"Tersangka kami jerat dengan Pasal 363 KUHP," kata Kapolsek.',
     [("363", None, _K, None)]),
    ('"Kami kenakan Pasal 114 ayat (2) UU Narkotika," ujar Kasat Narkoba.',
     [("114", "2", "UU Narkotika", None)]),
    ("Tersangka terjerat Pasal 378 KUHP tentang penipuan.",
     [("378", None, _K, None)]),
    ("Ia diadili dengan dakwaan Pasal 340 KUHP tentang pembunuhan berencana.",
     [("340", None, _K, None)]),
    # KPK's long chains
    ("Tersangka disangkakan melanggar Pasal 12 huruf a atau Pasal 12 huruf b atau Pasal 11 Undang-Undang Nomor 31 "
     "Tahun 1999 sebagaimana telah diubah dengan Undang-Undang Nomor 20 Tahun 2001 tentang Pemberantasan Tindak "
     "Pidana Korupsi juncto Pasal 64 ayat (1) KUHP juncto Pasal 55 ayat (1) ke-1 KUHP.",
     [("11", None, "UU 31/1999", None), ("12", "huruf a", "UU 31/1999", None),
      ("12", "huruf b", "UU 31/1999", None), ("55", "1 ke-1", _K, None), ("64", "1", _K, None)]),
    ("Ia disangkakan Pasal 5 ayat (1) huruf a atau b UU Nomor 31 Tahun 1999 yang telah diubah menjadi UU Nomor 20 "
     "Tahun 2001.",
     [("5", "1 huruf a", "UU 31/1999", None), ("5", "1 huruf b", "UU 31/1999", None)]),
    ("Jaksa mendakwa terdakwa dengan Pasal 2 ayat (1) subsider Pasal 3 juncto Pasal 18 UU No 31 Tahun 1999 "
     "sebagaimana diubah dalam UU No 20 Tahun 2001 juncto Pasal 55 ayat (1) ke-1 KUHP.",
     [("18", None, "UU 31/1999", None), ("2", "1", "UU 31/1999", None), ("3", None, "UU 31/1999", None),
      ("55", "1 ke-1", _K, None)]),
    # a procedural article beside the charge is no charge
    ("Tersangka dijerat Pasal 363 KUHP dan ditahan sesuai Pasal 21 ayat (4) KUHAP.",
     [("363", None, _K, None)]),
]


@pytest.mark.parametrize("sentence, expected", QUOTED_AND_LONG)
def test_quoted_and_long_charges(sentence, expected):
    assert _charges(sentence) == sorted(expected)


def test_an_article_cited_bare_goes_on_with_the_law_just_cited():
    # the second suspect's article is written without its law: the law of the charge just before
    text = ("Tersangka AS dijerat Pasal 114 ayat (2) UU Narkotika dengan ancaman hukuman mati. Sedangkan BK dijerat "
            "Pasal 127 ayat (1) dengan ancaman empat tahun penjara.")
    assert _charges(text) == [("114", "2", "UU Narkotika", "pidana mati"), ("127", "1", "UU Narkotika", "4 tahun")]


def test_a_letter_of_an_article_in_brackets():
    assert _charges("Terlapor dijerat Pasal 156 dan 156 (a) KUHP tentang penodaan agama.") == [
        ("156", None, _K, None), ("156A", None, _K, None)]


OTHER_LAWS = [
    # laws of other offences regional police news reports, cited by name only or by number
    ("Debitur yang menjual mobil kreditan itu dijerat Pasal 36 UU Jaminan Fidusia.",
     [("36", None, "UU Jaminan Fidusia", None)]),
    ("Pelaku yang menghalangi wartawan dijerat Pasal 18 ayat (1) UU Nomor 40 Tahun 1999 tentang Pers.",
     [("18", "1", "UU 40/1999", None)]),
    ("Pegawai bank itu dijerat Pasal 49 ayat (1) huruf a Undang-Undang Perbankan.",
     [("49", "1 huruf a", "UU Perbankan", None)]),
    ("Pembuat ijazah palsu itu dijerat Pasal 69 ayat (1) UU Sisdiknas.",
     [("69", "1", "UU Sisdiknas", None)]),
    ("Pemilik toko dijerat Pasal 106 UU Nomor 7 Tahun 2014 tentang Perdagangan.",
     [("106", None, "UU 7/2014", None)]),
    ("Pemilik biro perjalanan itu dijerat Pasal 126 UU Penyelenggaraan Ibadah Haji dan Umrah.",
     [("126", None, "UU Penyelenggaraan Ibadah Haji dan Umrah", None)]),
    ("Penerima dana salah transfer itu dijerat Pasal 85 UU Transfer Dana.",
     [("85", None, "UU Transfer Dana", None)]),
    ("Tim sukses itu dijerat Pasal 187A UU Pilkada karena membagikan uang.",
     [("187A", None, "UU Pilkada", None)]),
    ("Tersangka dijerat Pasal 112 ayat (1) UU Narkoba dengan ancaman 12 tahun penjara.",
     [("112", "1", "UU Narkotika", "12 tahun")]),
    ("Tersangka dijerat Pasal 112 ayat (1) UU Narkotika Nomor 35 Tahun 2009.",
     [("112", "1", _N, None)]),
    ("Pelaku dijerat Pasal 2 ayat (1) UU Darurat tentang senjata tajam.",
     [("2", "1", "UU Darurat", None)]),
    ("Ia dijerat Pasal 2 dan Pasal 3 UU Tindak Pidana Korupsi.",
     [("2", None, "UU Tipikor", None), ("3", None, "UU Tipikor", None)]),
]


@pytest.mark.parametrize("sentence, expected", OTHER_LAWS)
def test_other_laws(sentence, expected):
    assert _charges(sentence) == sorted(expected)


def _case_charges(text):
    record = polsek_nlp.analyze(text + " Polisi masih menyelidiki kasus tersebut. Kapolsek membenarkan kejadian itu.",
                                id="t", published="2024-05-01T10:00")
    return sorted((c.article, c.law) for c in record.charges)


@pytest.mark.parametrize("second, expected", [
    # review of s12: an article the table of bare KUHP articles knows is KUHP, whatever law came just before
    ("Budi dijerat Pasal 362 karena mencuri ponsel.", [("114", "UU Narkotika"), ("362", _K)]),
    ("Budi yang membeli motor curian dijerat Pasal 480.", [("114", "UU Narkotika"), ("480", _K)]),
    # an article that names its own subject (`tentang penyertaan`), not the earlier law's, takes no earlier law
    ("Ia juga dijerat Pasal 55 tentang penyertaan.", [("114", "UU Narkotika")]),
    # the earlier law still goes on to an article the table does not know
    ("Budi dijerat Pasal 127 ayat (1).", [("114", "UU Narkotika"), ("127", "UU Narkotika")]),
])
def test_the_bare_table_before_the_earlier_law(second, expected):
    text = f"Polisi menangkap Andi (30) dan Budi (25). Andi dijerat Pasal 114 UU Narkotika. {second}"
    assert _case_charges(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # review of s12: a word of talk of the law vetoes only the article it governs
    ("Setelah polisi menguji urine tersangka, Andi dijerat Pasal 114 UU Narkotika.", [("114", "UU Narkotika")]),
    ("Tersangka dijerat Pasal 351 KUHP, dan polisi tidak akan memberi toleransi kepada siapa pun pelaku kekerasan.",
     [("351", _K)]),
    ("Pasal 114 UU Narkotika menyebutkan setiap orang yang mengedarkan narkotika diancam pidana mati.", []),
    # the earlier verdict is skipped only in its own clause
    ("Tersangka yang pernah dipenjara itu dijerat Pasal 363 KUHP.", [("363", _K)]),
    ("Residivis yang pernah divonis karena mencuri kini kembali dijerat Pasal 363 KUHP.", [("363", _K)]),
])
def test_a_veto_only_in_its_clause(sentence, expected):
    assert _case_charges("Polisi menangkap Andi (30) karena mencuri di toko. " + sentence) == expected
