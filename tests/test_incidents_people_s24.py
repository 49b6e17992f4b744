"""Suspects and victims that generalise (issue 22, session 24, s24sv). Every name, place and sentence is invented;
read through the public API. The named cases failed on the session's start (`d96fc565`); the near-misses guard the
bounds:

- `tiga korban telah melapor. A (34) menyerahkan Rp 150 juta, B (29) ...`, `lima korban ... Dua di antaranya, A (44)
  ... dan B (29)`: victims counted without a name, and people named with an age of whom no cue says anything, right
  after the text speaks of `korban`: the counted are those people (as many or fewer), the rest stay unnamed; a
  driver named as a passive verb's agent (`truk yang dikemudikan X (34)`) or a person named away from any `korban`
  is none of them."""
from helpers import reader

_record = reader("2024-05-02T10:00", id="t")


def _victims(text):
    return [v.name for v in _record(text).victims]


def test_counted_victims_are_the_people_named_after_korban():
    text = ("Polres Lembah Hijau menahan seorang pria yang mengaku bisa meloloskan calon pegawai. Tersangka, Darsono "
            "Wiryo (49), warga Desa Sukamaju, menipu sedikitnya sembilan orang.\n\n"
            "Kasat Reskrim Polres Lembah Hijau AKP Gilang Pratama mengatakan, tiga korban telah melapor. Parmi (34) "
            "menyerahkan Rp 150 juta, Joko Susilo (29) Rp 125 juta, dan Wartini (31), seorang guru honorer, "
            "menyerahkan Rp 120 juta.\n\nDarsono dijerat Pasal 378 KUHP tentang penipuan.")
    assert sorted(n or "" for n in _victims(text)) == ["Joko Susilo", "Parmi", "Wartini"]


def test_two_named_of_five_counted_victims_leave_three_unnamed():
    text = ("Satreskrim Polres Lembah Hijau menangkap seorang pria berinisial KR (35) yang menipu warga dengan modus "
            "jual beli mobil. Kasat Reskrim menyebut ada lima korban yang melapor. Dua di antaranya, Yosef (44), warga "
            "Kecamatan Sukamaju, mentransfer Rp 35 juta, dan Martini (29) mentransfer Rp 22 juta. KR dijerat Pasal 378 "
            "KUHP.")
    names = _victims(text)
    assert len(names) == 5 and {"Yosef", "Martini"} <= set(names) and names.count(None) == 3


def test_a_driver_as_the_agent_or_a_name_away_from_korban_fills_no_counted_victim():
    text = ("Kecelakaan beruntun terjadi di Jalan Lintas Timur, Kabupaten Lembah Hijau. Tiga korban mengalami luka-luka "
            "dan dirawat di RSUD. Truk yang dikemudikan Tarjo Wibowo (34), warga Kota Sukamaju, diduga mengalami rem blong.")
    assert "Tarjo Wibowo" not in _victims(text)
    text = ("Kebakaran melanda pasar di Kabupaten Lembah Hijau. Dua korban mengalami luka bakar dan dirawat di RSUD.\n\n"
            "Petugas pemadam bekerja tiga jam. Api padam setelah dua unit mobil didatangkan.\n\n"
            "Pemilik kios, Rahmat Hidayat (51), memperkirakan kerugian mencapai Rp 200 juta.")
    assert "Rahmat Hidayat" not in _victims(text)


def test_a_person_a_description_heads_or_a_relation_follows_fills_no_counted_victim():
    """Review of s24sv: `Pemilik rumah, X (51)` (a short description opening the sentence, a comma) and `X (55), ayah
    salah satu korban` (an apposition headed by a relation noun) name someone the text describes, not one of the
    counted; a count's part (`Keduanya, A (20) dan B (22)`), an adverbial (`Di rumah sakit, A`) or a relation to no party
    (`A (20), anak seorang petani`) still names them."""
    fire = ("Kebakaran melanda rumah di Desa Sukamaju, Kabupaten Lembah Hijau. Dua korban mengalami luka bakar dan "
            "dirawat di RSUD. ")
    assert _victims(fire + "Pemilik rumah, Rahmat Hidayat (51), tidak berada di rumah saat kejadian.") == [None, None]
    assert _victims(fire + "Ketua RT setempat, Rahmat Hidayat (51), menjelaskan api cepat membesar.") == [None, None]
    crash = "Kecelakaan terjadi di Jalan Raya Sukamaju, Kabupaten Lembah Hijau. Dua korban meninggal di lokasi. "
    assert _victims(crash + "Sementara itu, Udin Saputra (55), ayah salah satu korban, meminta polisi mengusut kasus "
                    "itu.") == [None, None]
    assert _victims(crash + "Keduanya, Andi Saputra (20) dan Budi Hartono (22), warga Desa Sukamaju.") == [
        "Andi Saputra", "Budi Hartono"]
    assert _victims(crash + "Di rumah sakit, Andi Saputra (20) dan Budi Hartono (22) sempat dirawat.") == [
        "Andi Saputra", "Budi Hartono"]
    assert _victims(crash + "Andi Saputra (20), anak seorang petani, dan Budi Hartono (22) berboncengan.") == [
        "Andi Saputra", "Budi Hartono"]
