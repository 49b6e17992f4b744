"""Session 21 (s21inst): institutions, persons, places and dates of national news (issue 19).

Invented sentences only; each case failed before its rule (s21base), the guards pass on both."""
import polsek_nlp

P = "2017-08-15T10:00"


def _record(text: str):
    return polsek_nlp.analyze(text, published=P)


def _persons(text: str) -> list[str]:
    return [p.name for p in _record(text).persons]


def _bodies(text: str) -> dict[str, str]:
    return {i.name: i.kind for i in _record(text).institutions}


# --- a race's or a tournament's name is no person (data/words/competition_heads.tsv)

def test_a_grand_prix_is_no_person():
    assert _persons("Pebalap itu finis ketiga pada Grand Prix Lembarana di Sirkuit Karang Wulan, Minggu.") == []
    assert _persons("Ajang Enduro Grand Prix akan digelar di Palembang tahun depan.") == []


def test_a_stage_race_and_the_games_are_no_persons():
    assert _persons("Sebanyak 20 tim mengikuti Tour de Lembarana 2017 yang melintasi lima kabupaten.") == []
    assert _persons("Atlet angkat besi itu meraih perak di Olimpiade Rio dan emas di Superseries Finals.") == []


def test_a_rider_named_beside_a_grand_prix_stays_a_person():
    assert _persons("Pebalap Grand Prix Lembarana, Budi Santoso, juara etape kedua.") == ["Budi Santoso"]
    assert "Siti Aminah" in _persons("Atlet Komite Olimpiade Indonesia, Siti Aminah, tiba di Jakarta.")


# --- the UN is the parent of its organs; a bare PBB is the UN unless the party is written

def test_an_organ_of_the_un_takes_it_as_its_parent():
    bodies = _bodies("Dewan Keamanan PBB menggelar sidang tertutup untuk membahas uji coba rudal itu.")
    assert "Dewan Keamanan PBB" in bodies and "Dewan Keamanan" not in bodies
    bodies = _bodies("Resolusi itu disahkan Majelis Umum Perserikatan Bangsa-Bangsa pekan lalu.")
    assert "Majelis Umum Perserikatan Bangsa-Bangsa" in bodies


def test_a_bare_pbb_is_the_un():
    rec = _record("Sekjen PBB Antonio Lopez mengecam serangan di kamp pengungsi itu.")
    assert [(i.full_name, i.kind) for i in rec.institutions] == [("Perserikatan Bangsa-Bangsa", "agency")]


def test_pbb_is_the_party_when_the_text_writes_the_party():
    rec = _record("Partai Bulan Bintang (PBB) lolos verifikasi. Ketua Umum PBB, Budi Santoso, mendaftar ke KPU.")
    assert {i.full_name for i in rec.institutions} == {"Partai Bulan Bintang", "Komisi Pemilihan Umum"}
    assert "Budi Santoso" in [p.name for p in rec.persons]


# --- a head word the acronym's letters leave out stays in the built name (gold S6)

def test_a_dinas_whose_acronym_skips_its_head_keeps_the_head():
    bodies = _bodies("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Garut memperbaiki jembatan itu.")
    assert "Dinas PUPR Kabupaten Garut" in bodies
    assert not any(b.startswith("Dinas Pekerjaan Umum") for b in bodies)


def test_a_court_whose_acronym_skips_its_head_keeps_the_head():
    bodies = _bodies("Terdakwa menjalani sidang di Pengadilan Tindak Pidana Korupsi (Tipikor) Semarang, Rabu.")
    assert "Pengadilan Tipikor Semarang" in bodies and "Tipikor Semarang" not in bodies


def test_a_directorate_general_defined_before_its_ministry_keeps_its_head():
    bodies = _bodies("Ditjen Perikanan Budidaya dan Kelautan (PBK) Kementerian Kelautan dan Perikanan menebar benih.")
    assert "Ditjen PBK Kementerian Kelautan dan Perikanan" in bodies


def test_a_company_defined_by_its_acronym_is_one_body_and_no_person():
    bodies = _bodies("Persikas mengirim surat protes kepada PT Kompetisi Sepak Bola Nusantara (KSBN) selaku operator "
                     "liga. KSBN belum menjawab.")
    assert "PT Kompetisi Sepak Bola Nusantara" in bodies and "KSBN" not in bodies
    rec = _record("Emtek mengakuisisi PT Dompet Digital Nusantara Koe (Dodinko) awal tahun ini. Lisensi Dodinko akan "
                  "dialihkan.")
    assert not rec.persons


def test_an_acronym_that_spells_the_head_too_is_read_as_before():
    bodies = _bodies("Dinas Lingkungan Hidup (DLH) Kota Depok dan Satuan Reserse Kriminal (Satreskrim) Polres Depok "
                     "menyelidiki pembuangan limbah.")
    assert {"DLH Kota Depok", "Satreskrim Polres Depok"} <= set(bodies)


# --- the armed forces' and mental hospitals are named after a person as the others are (words/site_bodies.tsv)

def test_an_army_hospital_named_after_a_person_is_a_body_and_a_venue_not_a_person():
    rec = _record("Korban meninggal dunia di RSPAD Suryo Kusumo, Jakarta Pusat, Selasa malam.")
    assert [i.name for i in rec.institutions] == ["RSPAD Suryo Kusumo"]
    assert "RSPAD Suryo Kusumo" in [p.name for p in rec.places]
    assert not rec.persons


def test_a_navy_hospital_with_a_doctors_title_and_its_head_after_a_comma():
    rec = _record("Direktur RSAL dr Hartono Wiryo, Kolonel Laut (K) Bambang Sulistyo, menjelaskan kondisi pasien.")
    assert "RSAL dr Hartono Wiryo" in [i.name for i in rec.institutions]
    assert "Hartono Wiryo" not in [p.name for p in rec.persons]


# --- an office named by its body or post, written with a lowercase noun, is a venue (gold S13)

def _places(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in _record(text).places}


def test_a_lowercase_office_of_a_body_where_a_statement_is_made_is_a_venue():
    places = _places("Hal itu disampaikan Rina Wulandari di gedung Komisi Yudisial, Jakarta, Senin.")
    assert places.get("gedung Komisi Yudisial") == "venue"
    places = _places("Keduanya melapor ke kantor Badan Narkotika Nasional Provinsi Jambi, Kamis siang.")
    assert any(p.startswith("kantor Badan Narkotika Nasional Provinsi") or p == "kantor BNNP Jambi" for p in places)


def test_a_lowercase_office_of_a_post_holder_takes_the_posts_region():
    places = _places("Penyidik menggeledah ruangan di kantor Bupati Lembarana, Rabu (9/8).")
    assert places.get("kantor Bupati Lembarana") == "venue"


def test_an_office_named_by_a_person_or_left_by_someone_is_no_venue():
    assert not any(p.startswith("kantor") for p in _places("Wartawan mendatangi kantor Budi di Jalan Merdeka, Bogor."))
    assert not any(p.startswith("kantor") for p in _places("Petugas dari kantor Imigrasi Bogor memeriksa paspor."))


# --- the dateline is where the article is filed from, no person (persons._dateline_tokens)

def test_a_dateline_that_is_also_a_name_is_no_person():
    for town in ("Samosir", "Bambang"):
        rec = _record(f"{town} (Kabar Danau) - Seorang nelayan dilaporkan hilang saat mencari ikan, Senin.")
        assert rec.dateline == town
        assert town not in [p.name for p in rec.persons]


def test_the_same_name_as_a_persons_in_the_body_stays_a_person():
    rec = _record("Bambang (Kabar Danau) - Nelayan itu hilang. Kepala desa, Bambang Sutrisno, memimpin pencarian.")
    assert "Bambang Sutrisno" in [p.name for p in rec.persons]


# --- a national body's name with another country after it is that country's body

def test_a_force_or_court_named_with_a_foreign_country_is_that_countrys_body():
    rec = _record("Komandan Angkatan Udara Norwegia, Jenderal Lars Halvorsen, mengatakan pesawat itu hilang.")
    assert [(i.name, i.full_name) for i in rec.institutions] == [("Angkatan Udara Norwegia", "Angkatan Udara Norwegia")]
    bodies = _bodies("Mahkamah Agung Kenya membatalkan hasil pemilu presiden, Jumat.")
    assert bodies == {"Mahkamah Agung Kenya": "judiciary"}


def test_the_indonesian_body_keeps_its_row():
    rec = _record("Mahkamah Agung menolak kasasi jaksa dalam perkara itu.")
    assert ("Mahkamah Agung", "Mahkamah Agung") in [(i.name, i.full_name) for i in rec.institutions]
    rec = _record("Pesawat Angkatan Udara Indonesia mendarat di Lanud Halim.")
    assert "Angkatan Udara Indonesia" not in [i.name for i in rec.institutions]


# --- `Organisasi` opens a body's name (org_heads.tsv), not as a portfolio after `dan` (org_cues.tsv)

def test_organisasi_opens_a_foreign_or_national_body():
    bodies = _bodies("Organisasi Kerja Sama Ekonomi Asia (OKEA) menggelar pertemuan di Jenewa. Delegasi OKEA menolak.")
    assert "Organisasi Kerja Sama Ekonomi Asia" in bodies and "OKEA" not in bodies
    assert "Organisasi Relawan Bulan Sabit" in _bodies("Organisasi Relawan Bulan Sabit menurunkan 40 personel ke lokasi.")


def test_organisasi_as_a_portfolio_of_a_longer_name_keeps_the_name_and_its_holder():
    rec = _record("Ia bersaksi untuk mantan Kepala Biro Umum dan Organisasi Basarnas Budi Wicaksono di pengadilan.")
    # the bureau after `Kepala` is the post's (gold S4; s23inst): the body after it is listed, no `Organisasi X`
    assert [i.name for i in rec.institutions] == ["Basarnas"]
    assert "Budi Wicaksono" in [p.name for p in rec.persons]
