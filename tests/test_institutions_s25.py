"""Session 25 (s25inst): institutions (issue 19) — the force a body's form writes, the force inside an expansion,
a hospital named after a person after its acronym, a village hall.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)
_record = reader("2025-08-01T10:00")


# --- a national body's form that ends with its force's name lists the force too (gold S36)

def test_a_national_police_body_written_with_polri_lists_polri():
    names = _names("Tim Korlantas Polri dijadwalkan melakukan olah tempat kejadian perkara di ruas tol Sukamaju, "
                   "Senin. Subdirektorat Siber Bareskrim Polri ikut menelusuri akun penipu itu.")
    assert {"Korlantas Polri", "Bareskrim Polri", "Polri"} <= set(names)


def test_the_headquarters_and_a_force_inside_a_post_add_nothing():
    # guard: `Mabes Polri` is the headquarters' own acronym; `Kadiv Humas Polri` already names Polri (gold S4)
    names = _names("Kabar itu dibantah Kadiv Humas Polri Irjen Rahmat Wibisono di Mabes Polri, Jakarta, Jumat.")
    assert names.count("Polri") == 1
    assert "Mabes Polri" in names


# --- nothing else from inside an acronym's expansion (gold S3)

def test_the_force_inside_a_bases_expansion_is_not_listed_but_written_alone_it_is():
    assert _names("Pangkalan TNI Angkatan Laut (Lanal) Sukamaju menggagalkan pengiriman 30 pekerja migran.") == [
        "Lanal Sukamaju"]
    # guard: the force named outside the expansion is a body of the article
    names = _names("Pangkalan TNI Angkatan Laut (Lanal) Sukamaju menggelar apel. TNI Angkatan Laut menyiagakan dua kapal.")
    assert "TNI Angkatan Laut" in names


# --- a hospital defined by its acronym, then named after a person with no title

def test_a_hospital_named_after_a_person_after_its_acronym():
    names = _names("Tenaga kesehatan dari Puskesmas Lembah Hijau dan Rumah Sakit Umum Daerah (RSUD) Hasan Wiratama "
                   "Putra akan dilibatkan dalam pemeriksaan warga.")
    assert "RSUD Hasan Wiratama Putra" in names
    assert "Rumah Sakit Umum Daerah" not in names


def test_a_name_after_a_hospital_after_a_post_stays_the_holder():
    # guard: after a post the name is the holder's, as before
    record = _record("Direktur Rumah Sakit Umum Daerah (RSUD) Hasan Wiratama mengatakan pasien membaik.")
    assert "Hasan Wiratama" in [p.name for p in record.persons]


# --- the hall of a region's office is a venue, no body

def test_a_village_hall_is_no_body():
    names = _names("Dapur umum didirikan di Balai Desa Sukamekar, sementara 80 pengungsi ditampung di Balai Besar "
                   "Wilayah Sungai Cimanuk. Warga lain mengungsi ke Balai Desa Cibeureum Hilir.")
    assert not any(n.startswith("Balai Desa") for n in names)
    assert "Balai Besar Wilayah Sungai Cimanuk" in names  # guard: an agency's Balai stays


# --- s25inst2: a body named again before its holder's or member's name is that body

def test_a_body_named_again_before_its_holders_name_adds_no_body():
    names = _names("PT Sinar Laut Abadi menambah dua kapal, Senin. Manajer Proyek PT Sinar Laut Abadi Handoko "
                   "mengatakan kapal tiba pekan depan. Massa dari Laskar Merah Jaya ikut berunjuk rasa. Anggota "
                   "Laskar Merah Jaya Sumiati mengatakan aksi itu damai.")
    assert "PT Sinar Laut Abadi Handoko" not in names and "Laskar Merah Jaya Sumiati" not in names
    assert {"PT Sinar Laut Abadi", "Laskar Merah Jaya"} <= set(names)


def test_a_body_with_its_region_after_it_stays_a_second_body():
    # guard: a place or a level word after the body's name is no holder's name
    names = _names("Polres Sukamaju menangkap dua orang, Senin. Polres Sukamaju Kota ikut membantu penangkapan.")
    assert {"Polres Sukamaju", "Polres Sukamaju Kota"} <= set(names)


def test_a_body_with_a_name_word_after_it_and_no_post_before_stays():
    # s25rvC: a holder's name follows a body only after a post (`Manajer Proyek PT X Handoko`); with none before it
    # the capitalised word is the name of another body (a subsidiary, a branch)
    names = _names("Bank Sukamaju membuka kantor cabang baru, Senin. Bank Sukamaju Wirasana juga membuka gerai di "
                   "pasar itu. PT Sinar Laut Abadi menambah dua kapal. Anak usahanya, PT Sinar Laut Abadi Mulyono, "
                   "menyewa gudang di pelabuhan.")
    assert {"Bank Sukamaju Wirasana", "PT Sinar Laut Abadi Mulyono"} <= set(names)
    # guard: after a company's post (`Komisaris`, holder_posts.tsv) the name is the holder's
    names = _names("PT Sinar Laut Abadi memenangkan tender, Senin. Jaksa menyebut uang itu diberikan Komisaris PT Sinar "
                   "Laut Abadi Hartono Wijaya kepada pejabat dinas.")
    assert "PT Sinar Laut Abadi" in names and not any(n.startswith("PT Sinar Laut Abadi H") for n in names)


# --- s25inst2: a bare `Brimob` is the corps (gold S59); beside its longer unit it adds nothing

def test_a_bare_brimob_is_listed():
    names = _names("Sebanyak 200 personel Brimob dan TNI dikerahkan mengamankan laga di Stadion Maju, Senin. Satu "
                   "peleton Brimob dari Polda Sulawesi Tengah ikut berjaga.")
    assert {"Brimob", "TNI", "Polda Sulawesi Tengah"} <= set(names)


def test_a_bare_brimob_beside_its_polda_unit_adds_nothing():
    names = _names("Satbrimob Polda Sulawesi Tengah menerjunkan tim Gegana, Senin. Personel Brimob itu menyisir "
                   "gedung pasar.")
    assert "Satbrimob Polda Sulawesi Tengah" in names and "Brimob" not in names


# --- s25inst2: the customs office of a town (KPPBC, PMK No. 188/PMK.01/2016) is a body of its own

def test_a_customs_office_defined_by_its_acronym_keeps_its_place():
    names = _names("Penangkapan berawal dari informasi petugas Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) "
                   "Sukamaju, Senin.")
    assert names == ["KPPBC Sukamaju"]
    assert _names("Penangkapan dibantu Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Pratama Sukamaju, "
                  "Senin.") == ["KPPBC Tipe Pratama Sukamaju"]


# --- s25inst2: a photo credit after an outlet's site is the photographer's, not the outlet's name

def test_a_photo_credit_after_a_site_is_cut():
    names = _names("Polisi menangkap dua pencuri sepeda motor di Desa Mekar, Senin. Kapolsek Mekar AKP Dedi Santosa "
                   "mengatakan kedua pelaku ditahan. Foto: Warta-Sukamaju.com/Agus")
    assert "Warta-Sukamaju.com" in names and "Warta-Sukamaju.com/Agus" not in names
