"""Session 24 (s24inst2): institutions (issue 19) — civil-society groups' head words, a holder written alone.

Invented texts only (read through `polsek_nlp.analyze`): each case failed before its rule, the guards pass on both."""
from helpers import institution_names, reader

_names = reader("2025-08-01T10:00", field=institution_names)


# --- the head words of civil-society groups and trade associations (org_heads.tsv)

def test_group_head_words_open_a_bodys_name():
    names = _names("Aksi damai di alun-alun diikuti Barisan Pemuda Bahari, Laskar Sentosa Raya dan Solidaritas Bangsa "
                   "Merdeka. Jaringan Tani Lestari dan Gabungan Pengusaha Kopi Indonesia ikut menandatangani petisi.")
    for body in ("Barisan Pemuda Bahari", "Laskar Sentosa Raya", "Solidaritas Bangsa Merdeka", "Jaringan Tani Lestari",
                 "Gabungan Pengusaha Kopi Indonesia"):
        assert body in names


def test_a_network_word_before_a_figure_or_an_acronym_opens_no_body():
    # guard (org_cues.tsv, worded): `Jaringan 4G`, `Jaringan XYZ` name a network or a product
    names = _names("Operator seluler memperluas Jaringan 4G LTE ke desa-desa. Produk itu bernama Jaringan QRT.")
    assert not any(n.startswith("Jaringan") for n in names)


# --- a holder after a post and a body, whose name the article writes alone elsewhere

def test_a_holder_written_alone_elsewhere_leaves_the_bodys_name():
    names = _names("Direktur Utama PT Sinar Baruna Wirantono mengatakan laba naik. \"Kami optimistis,\" lanjut "
                   "Wirantono. Sekretaris Jenderal Jaringan Petani Merdeka Kusumawardani Hapsari menyebut harga gabah "
                   "turun. Menurut Kusumawardani, petani merugi.")
    assert "PT Sinar Baruna" in names
    assert "Jaringan Petani Merdeka" in names
    assert not any("Wirantono" in n or "Kusumawardani" in n for n in names)


def test_a_name_after_a_word_of_geography_stays_the_bodys():
    # guard: `Gunung Sindoro` is the park's name even when `Sindoro` stands alone elsewhere
    names = _names("Kepala Balai Taman Nasional Gunung Sindoro mengatakan api sudah padam. Kebakaran di Sindoro "
                   "meluas sejak Senin.")
    assert "Balai Taman Nasional Gunung Sindoro" in names


def test_a_head_word_after_a_word_of_geography_ends_a_places_name():
    # `Bukit Barisan` (Kodam I's name): `Barisan` after `Bukit` opens no body with the rank and holder after it
    names = _names("Kapendam I/Bukit Barisan Kolonel Inf Rudi Hartono mengatakan Kodam I/Bukit Barisan menghormati "
                   "putusan itu.")
    assert not any(n.startswith("Barisan") for n in names)


# --- review (s24rvF): a body named after a person keeps the name the article writes alone elsewhere

def test_an_eponym_after_a_title_or_filling_the_run_stays_the_bodys():
    # guards: the title before the name (`Dr`) or a run of names only make the name the body's eponym, no holder
    names = _names("Direktur RSUD Dr Sumarsono mengatakan pasien stabil. Pasien lain dirujuk ke Sumarsono sejak Senin.")
    assert "RSUD Dr Sumarsono" in names
    names = _names("Ketua Yayasan Darmo Wiryokusumo mengatakan bantuan disalurkan. Nama itu diambil dari "
                   "Wiryokusumo, pendiri sekolah.")
    assert "Yayasan Darmo Wiryokusumo" in names


def test_a_bodys_last_word_written_alone_but_not_as_a_speaker_stays_the_bodys():
    # guard: `Wiratama` stands alone elsewhere as the university's short name, never as a speaker's (`kata X`)
    names = _names("Rektor Universitas Kristen Wiratama mengatakan kampus siap. Mahasiswa Wiratama ikut membantu. "
                   "Menurut dia, Wiratama terbuka untuk warga.")
    assert "Universitas Kristen Wiratama" in names
