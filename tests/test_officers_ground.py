"""Officers on new ground, second round (issue 19, session 10): shapes read on archive articles in no
gold set, each written here in invented sentences."""
import pytest

from helpers import officer_rows, person_roles, reader

officers = reader(field=officer_rows)


@pytest.mark.parametrize("text", [
    "Gelandang itu kini menjadi Kapten Persela Rudi Hartono dan memimpin latihan pagi.",
    "Dalam film itu ia memerankan Jenderal Mira Sanjaya, pemimpin pasukan pemberontak galaksi.",
    "Kepada wartawan, pendiri aplikasi itu Laksamana Putra mengatakan layanannya gratis.",
    "Kapal perang KRI Laksamana Malahayati berlayar menuju Natuna.",
])
def test_common_rank_word_without_force_names_no_officer(text):
    assert officers(text) == []


def test_common_rank_word_with_force_in_article_is_officer():
    text = ("Prajurit Kodim setempat membantu warga. Bantuan itu diserahkan Kapten Hendra Wijaya "
            "kepada kepala desa.")
    assert ("Kapten", "Hendra Wijaya", None, None, "TNI") in officers(text)


def test_shared_bare_rank_takes_the_force_the_article_names():
    text = ("Veteran itu ikut bertempur bersama pasukan tentara rakyat. Pertempuran itu dipimpin "
            "Jenderal Hendra Wijaya yang kala itu berpangkat Letnan Kolonel.")
    assert ("Jenderal", "Hendra Wijaya", None, None, "TNI") in officers(text)


@pytest.mark.parametrize("text, expected", [
    ("Upacara dipimpin Pangdam V/Brawijaya Mayjen TNI Hendra Wijaya di Surabaya.",
     ("Mayjen", "Hendra Wijaya", "Pangdam", "Kodam V/Brawijaya", "TNI")),
    ("Upacara dipimpin Danlanud Sultan Hasanuddin Marsma TNI Hendra Wijaya di Makassar.",
     ("Marsma", "Hendra Wijaya", "Danlanud", "Lanud Sultan Hasanuddin", "TNI")),
    ("Kapolres Pelabuhan Tanjung Perak AKBP Hendra Wijaya meninjau dermaga.",
     ("AKBP", "Hendra Wijaya", "Kapolres", "Polres Pelabuhan Tanjung Perak", "Polri")),
    # deputy and sub-unit posts, the head of a national command
    ("Wakasat Reskrim Polrestabes Medan Kompol Hendra Wijaya memimpin penggerebekan.",
     ("Kompol", "Hendra Wijaya", "Wakasat Reskrim", "Polrestabes Medan", "Polri")),
    ("Kasubnit Ranmor Polres Depok Ipda Hendra Wijaya memimpin penggerebekan.",
     # the sub-unit's short name is part of the post as written (`Kanit Tipidter`; session 13)
     ("Ipda", "Hendra Wijaya", "Kasubnit Ranmor", "Polres Depok", "Polri")),
    ("Wadanlanud Halim Perdanakusuma Kolonel Pnb Hendra Wijaya membuka acara.",
     ("Kolonel", "Hendra Wijaya", "Wadanlanud", "Lanud Halim Perdanakusuma", "TNI")),
    ("Pangkostrad Letjen TNI Hendra Wijaya meninjau latihan.",
     ("Letjen", "Hendra Wijaya", "Pangkostrad", "Kostrad", "TNI")),
    # a civil post held by a ranked member, the rank's initials after berinisial
    ("Direktur Penyidikan KPK Brigjen Pol Hendra Wijaya membantah tuduhan itu.",
     # the body a civil post is written with is a serving member's unit (annotation rules; session 13)
     ("Brigjen", "Hendra Wijaya", "Direktur Penyidikan", "KPK", "Polri")),
    ("Sekretaris Jenderal Kementerian Pertahanan Laksamana Madya Hendra Wijaya meninjau galangan.",
     ("Laksamana Madya", "Hendra Wijaya", "Sekretaris Jenderal", "Kementerian Pertahanan", "TNI")),
    ("Hakim Ketua Kolonel Chk Hendra Wijaya membacakan putusan terhadap terdakwa.",
     ("Kolonel", "Hendra Wijaya", "Hakim Ketua", None, "TNI")),
    ("Seorang anggota TNI berpangkat Sertu berinisial HW diamankan polisi militer.",
     ("Sertu", "HW", None, None, "TNI")),
    # the post without its force's body (the body is the unit), the rank without its service word
    ("Panglima TNI Marsekal Hendra Wijaya meninjau pangkalan.",
     ("Marsekal", "Hendra Wijaya", "Panglima", "TNI", "TNI")),
    ("Irwasum Polri Komjen Hendra Wijaya memimpin audit.", ("Komjen", "Hendra Wijaya", "Irwasum", "Polri", "Polri")),
    ("Kabid Humas Polda Riau Komisaris Besar Polisi Hendra Wijaya memberi keterangan.",
     ("Komisaris Besar", "Hendra Wijaya", "Kabid Humas", "Polda Riau", "Polri")),
    # the rank without its abbreviation's full stop
    ("Kapolres Sukamaju AKBP. Hendra Wijaya mengatakan kasus itu masih diselidiki.",
     ("AKBP", "Hendra Wijaya", "Kapolres", "Polres Sukamaju", "Polri")),
])
def test_post_and_unit_of_one_officer(text, expected):
    assert officers(text) == [expected]


def test_sub_post_in_a_list_takes_the_command_of_the_head_post_before_it():
    text = ("Penggerebekan dipimpin Kapolres Sukamaju AKBP Hendra Wijaya dan Kasat Reskrim AKP Joko "
            "Susilo di sebuah rumah kos.")
    assert ("AKP", "Joko Susilo", "Kasat Reskrim", "Polres Sukamaju", "Polri") in officers(text)


def test_holder_written_before_a_post_in_apposition():
    text = "Hendra Wijaya, Kapolsek Sukamaju, mengatakan kedua pelaku sudah ditahan."
    assert officers(text) == [(None, "Hendra Wijaya", "Kapolsek", "Polsek Sukamaju", "Polri")]
    listed = "Acara dihadiri Ahmad Fauzi, Hendra Wijaya, Kapolsek Sukamaju, dan para tokoh agama."
    assert [o[1] for o in officers(listed)] == [None]


roles = reader(field=person_roles)


@pytest.mark.parametrize("text, expected", [
    ("Wali Kota Bogor Bima Arya meresmikan jembatan baru itu.", ("Bima Arya", "Wali Kota")),
    ("Menteri Energi dan Sumber Daya Mineral (ESDM) Hendra Wijaya meresmikan pembangkit itu.",
     ("Hendra Wijaya", "Menteri Energi dan Sumber Daya Mineral")),
    ("Sekretaris Daerah (Sekda) Banten Hendra Wijaya mengatakan lahannya belum siap.",
     ("Hendra Wijaya", "Sekretaris Daerah")),
])
def test_civil_post_holder_after_its_region_or_short_form(text, expected):
    assert expected in roles(text)


def test_a_body_after_a_post_and_its_short_form_is_no_holder():
    text = ("Tim itu terdiri dari Kementerian Perindustrian, Kantor Staf Presiden (KSP), Komisi "
            "Pemberantas Pungutan (KPP) dan lainnya.")
    assert [r for r in roles(text) if r[1] == "Presiden"] == []


def test_short_form_of_a_body_holding_a_post_word_is_not_skipped():
    text = "Tim kedua dipimpin Kepala Kantor Staf Presiden (KSP) Hendra Wijaya sejak April."
    assert ("Hendra Wijaya", "Presiden") not in roles(text)


def test_unit_name_walk_stops_at_another_officers_rank():
    text = "Penangkapan dipimpin Kapolsek Sukamaju Iptu Hendra Wijaya Bripka Joko Susilo dan warga."
    found = officers(text)
    assert ("Iptu", "Hendra Wijaya", "Kapolsek", "Polsek Sukamaju", "Polri") in found
    assert [o for o in found if o[1] == "Joko Susilo"][0][2] is None
