"""Issue 19: officers on articles nobody tuned for (sentences written for the test)."""
import polsek_nlp
from helpers import officer_rows, person_roles, reader


def officers(text):
    return {o.name: (o.position, o.unit) for o in polsek_nlp.analyze(text).officers}


def test_post_with_parent_command_before_a_comma():
    found = officers("Kapolsek Sukamaju Polres Cianjur, AKP Budi Santoso, mengatakan pelaku ditangkap.")
    assert found["Budi Santoso"] == ("Kapolsek", "Polsek Sukamaju")


def test_unit_named_with_the_region_it_lies_in():
    found = officers("Kapolsek Ciampea Bogor AKP Budi Santoso mengatakan hal itu.")
    assert found["Budi Santoso"] == ("Kapolsek", "Polsek Ciampea Bogor")


def test_polrestro_is_a_command():
    found = officers("Kabag Ops Polrestro Tangerang Kompol Budi Santoso mengatakan hal itu.")
    # the unit in its normalised form, as after every other post (`Kasat Reskrim Polrestro X`); s27inst: `Ops` here
    # was read as an operation's name, which hid the command and left the unit as written
    assert found["Budi Santoso"] == ("Kabag Ops", "Polres Metro Tangerang")
    rec = polsek_nlp.analyze("Polrestro Tangerang menerjunkan 500 personel.")
    assert "Polrestro Tangerang" in {i.name for i in rec.institutions}
    assert "Polrestro Tangerang" not in {p.name for p in rec.persons}


def test_reserse_unit_posts():
    found = officers("Kanit Tipidter Polres Bogor Ipda Ahmad Fauzi mengatakan hal itu.")
    assert found["Ahmad Fauzi"] == ("Kanit Tipidter", "Polres Bogor")
    found = officers("Kepala Kor Lalu Lintas Polri Brigjen Ahmad Fauzi meninjau jalur.")
    # the post without its unit (police-gold-dev README): the body it heads is the unit
    assert found["Ahmad Fauzi"] == ("Kepala Kor Lalu Lintas", "Kor Lalu Lintas Polri")


def test_presiding_judge_is_a_post_not_a_body():
    rec = polsek_nlp.analyze("Ketua Majelis Hakim Ahmad Fauzi membacakan putusan.")
    assert not any("Majelis" in i.name for i in rec.institutions)
    assert {(p.name, p.role) for p in rec.persons} == {("Ahmad Fauzi", "Ketua Majelis Hakim")}


def test_team_posts_of_the_reserse_are_posts_not_names():
    found = officers("Katim Buser Polres Garut Aiptu Dedi Supriadi menangkap pelaku.")
    assert found["Dedi Supriadi"] == ("Katim Buser", "Polres Garut")
    rec = polsek_nlp.analyze("Katim Resmob Polres Garut bersama anggotanya menangkap pelaku.")
    assert not any(p.name.startswith("Katim") for p in rec.persons)


def test_an_official_of_a_region_whose_name_is_an_ordinary_word():
    rec = polsek_nlp.analyze("Bupati Budi Santoso hadir dalam acara itu.")
    assert [(p.name, p.role) for p in rec.persons] == [("Budi Santoso", "Bupati")]
    rec = polsek_nlp.analyze("Wakil Ketua DPRD Kota Sukamaju telah diganti.")
    assert not rec.persons


def test_a_region_after_a_post_and_a_comma_is_no_officer():
    rec = polsek_nlp.analyze("Insiden terjadi menjelang sertijab Kapolsek Sukamaju, Labuhan Batu, Sumut, Rabu (21/9).")
    assert not [o for o in rec.officers if o.name]
    assert not rec.persons


def test_the_region_of_a_post_between_commas_before_the_rank():
    assert officers("Kapolsek Ciampea, Bogor, AKP Budi Santoso hadir.")["Budi Santoso"] == ("Kapolsek", "Polsek Ciampea")
    found = officers("Kapolsek Ciampea, Kabupaten Bogor, AKP Budi Santoso hadir.")
    assert found["Budi Santoso"] == ("Kapolsek", "Polsek Ciampea")


def test_jenderal_in_the_name_of_a_civil_body_is_no_rank():
    for text in ("Izin itu diurus oleh Direktorat Jenderal Pajak Kemenkeu, kata Darto Wibowo.",
                 "Seorang warga memanjat tembok Konsulat Jenderal Republik Indonesia di Sukamaju.",
                 "Sarmono yang merupakan Irjen Kementerian Desa sempat mengikuti rapat."):
        rec = polsek_nlp.analyze(text)
        assert not [o for o in rec.officers if o.name], text
        assert not any(p.officer for p in rec.persons), text


def test_the_deputy_of_a_command_sits_in_that_command():
    assert officers("Hal itu disampaikan Wakapolda Metro Jaya Brigjen Darto Wibowo, Sabtu (5/11).")[
        "Darto Wibowo"] == ("Wakapolda", "Polda Metro Jaya")
    assert officers("Wakapolsek Ciampea AKP Darto Wibowo hadir.")["Darto Wibowo"] == ("Wakapolsek", "Polsek Ciampea")


_officers = reader(field=officer_rows)


def test_posts_of_the_organisation_structures_are_posts():
    assert _officers("Karo Monev Polda Sukamaju, Kombes Darto Wibowo, mengatakan hal itu.") == [
        ("Kombes", "Darto Wibowo", "Karo Monev", "Polda Sukamaju", "Polri")]
    assert _officers("KBO Reskrim Polres Sukamaju Iptu Darto Wibowo mengatakan hal itu.") == [
        ("Iptu", "Darto Wibowo", "KBO Reskrim", "Polres Sukamaju", "Polri")]
    assert _officers("Pasi Intel Kodim 0619/Sukamaju Kapten Darto Wibowo hadir.")[0][2:] == (
        "Pasi Intel", "Kodim 0619/Sukamaju", "TNI")
    rec = polsek_nlp.analyze("Jampidsus Darto Wibowo dan JPU Sukarti Wulandari hadir di sidang.")
    assert not rec.officers and {p.name for p in rec.persons} == {"Darto Wibowo", "Sukarti Wulandari"}


def test_a_numbered_sub_unit_and_its_parent_stay_with_the_post():
    assert _officers("Kasubdit III Ditreskrimum Polda Sukamaju AKBP Darto Wibowo mengatakan.") == [
        ("AKBP", "Darto Wibowo", "Kasubdit III", "Ditreskrimum Polda Sukamaju", "Polri")]  # gold/README S18, S29
    assert _officers("Kanit Tipidter Satreskrim Polres Sukamaju, Iptu Darto Wibowo, mengatakan.") == [
        ("Iptu", "Darto Wibowo", "Kanit Tipidter", "Satreskrim Polres Sukamaju", "Polri")]
    rec = polsek_nlp.analyze("Kanit V Subdit V Jatanras Polda Sukamaju, AKBP Darto Wibowo, hadir.")
    assert [p.name for p in rec.persons] == ["Darto Wibowo"]


def test_the_unit_of_a_member_comes_from_the_context():
    text = "Satreskrim Polrestabes Sukamaju menangkap pelaku. Bripda AG ikut diamankan."
    assert _officers(text) == [("Bripda", "AG", None, "Polrestabes Sukamaju", "Polri")]
    text = "Polres Sukamaju menggelar apel.\n\nKanit Reskrim Iptu Darto Wibowo memimpin."
    assert _officers(text)[0][3] == "Polres Sukamaju"  # the article's only police command
    text = "Bripda AG ditangkap. Ia diserahkan ke Polda Sukamaju lalu ke Polres Sukaasih."
    assert _officers(text)[0][3] is None  # two commands, both after him: no unit


def test_a_place_after_a_civil_post_is_no_name():
    rec = polsek_nlp.analyze("Operasi itu dipimpin Kepala Kantor Jaksa Penuntut Umum Ankara.")
    assert not rec.persons
    rec = polsek_nlp.analyze("Kakanwil Kemenkumham Riau Darto Wibowo meninjau lapas.")
    assert [p.name for p in rec.persons] == ["Darto Wibowo"]


def test_a_consul_general_is_a_diplomat_not_a_general():
    rec = polsek_nlp.analyze("Menurut Konsul Jenderal RI Jeddah Darto Wibowo, proyek itu berjalan.")
    assert not rec.officers
    assert [p.name for p in rec.persons] == ["Darto Wibowo"]


def test_a_post_takes_the_rank_and_name_after_its_bracketed_acronym():
    found = officers("Presiden bertemu Panglima Tentara Nasional Indonesia (TNI) Jenderal TNI Budi Santoso, "
                     "Kepala Kepolisian Negara Republik Indonesia (Kapolri) Jenderal Pol. Agus Wibowo dan "
                     "Kepala Badan Intelijen Negara (BIN) Dedi Susanto.")
    assert found["Budi Santoso"] == ("Panglima", "Tentara Nasional Indonesia")  # the post without its unit
    assert found["Agus Wibowo"] == ("Kepala Kepolisian Negara Republik Indonesia", "Polri")


def test_a_mabes_post_reaches_over_its_national_body_to_its_rank():
    found = officers("Direktur Tindak Pidana Siber Bareskrim Mabes Polri Brigadir Jenderal Budi Santoso "
                     "mengatakan hal itu.")
    # the national body with its command is the unit, as the tune gold writes it (session 13)
    assert found["Budi Santoso"] == ("Direktur Tindak Pidana Siber", "Bareskrim Mabes Polri")
    found = officers("Direktur Tindak Pidana Umum Bareskrim Polri Brigjen Budi Santoso menjelaskan.")
    assert found["Budi Santoso"][0] == "Direktur Tindak Pidana Umum"


def test_irjen_before_a_ministry_is_its_civil_post_not_a_rank():
    assert not officers("Irjen Kemendes Hartono Wibisono ditangkap KPK. Irjen Kemenag Budi Santoso hadir.")
    assert "Hartono Wibisono" in officers("Irjen Hartono Wibisono hadir di Mabes Polri.")  # the control: a rank


def test_posts_named_with_their_subdit_or_bagian():
    found = officers("Kasubdit Jatanras Ditreskrimum Polda Metro Jaya AKBP Budi Santoso menjelaskan. "
                     "Kabag Penum Divhumas Polri Kombes Agus Wibowo menambahkan.")
    assert found["Budi Santoso"][0] == "Kasubdit Jatanras"
    assert found["Agus Wibowo"][0] == "Kabag Penum"


def test_a_sub_unit_spelled_out_in_words_is_part_of_the_post():
    rec = polsek_nlp.analyze("Kata Kasubdit Pengamanan dan Pengawalan Polda Sulawesi Tengah, AKBP Darto Wibowo, "
                             "kepada wartawan.")
    assert [(o.name, o.position, o.unit) for o in rec.officers] == [
        ("Darto Wibowo", "Kasubdit Pengamanan dan Pengawalan", "Polda Sulawesi Tengah")]


def test_a_national_body_alone_is_the_unit_of_a_headquarters_post():
    rec = polsek_nlp.analyze("Direktur Tindak Pidana Narkoba Bareskrim Brigjen Darto Wibowo menjelaskan.")
    assert [(o.name, o.position, o.unit) for o in rec.officers] == [
        ("Darto Wibowo", "Direktur Tindak Pidana Narkoba", "Bareskrim")]


def test_the_post_tells_the_force_of_a_bare_general():
    rec = polsek_nlp.analyze("Upacara dipimpin Panglima TNI Jenderal Darto Wibowo di Cilangkap.")
    assert [(o.name, o.force) for o in rec.officers] == [("Darto Wibowo", "TNI")]


def test_a_former_post_is_no_current_post():
    rec = polsek_nlp.analyze("Acara dihadiri mantan Kapolda Gorontalo Irjen Darto Wibowo. Mantan Kapolres "
                             "Sleman ini mengimbau warga. Eks Pangdam Cendrawasih Budi Santoso juga hadir.")
    assert [(o.name, o.position, o.unit) for o in rec.officers] == [("Darto Wibowo", None, None)]
    assert "Budi Santoso" in [p.name for p in rec.persons]


def test_a_counted_rank_names_no_officer():
    rec = polsek_nlp.analyze("(Baca: Dua Jenderal Purnawirawan Masuk Kabinet)\n\nSebanyak dua Kombes Polisi "
                             "Dipromosikan Jadi Brigjen. Para Kombes dan 2 Brigjen hadir.")
    assert not rec.officers
    assert not rec.persons


def test_a_deputy_keeps_wakil_in_the_role():
    rec = polsek_nlp.analyze("Wakil Ketua DPRD Darto Wibowo mengatakan rapat ditunda.")
    assert [(p.name, p.role) for p in rec.persons] == [("Darto Wibowo", "Wakil Ketua DPRD")]


persons_roles = reader(field=person_roles)


def test_a_day_after_a_post_is_no_name():
    assert persons_roles("Rapat digelar di Wisma Menpora, Kamis (18 / 5) siang.") == []


def test_a_bidang_after_a_post_is_the_post_s_sub_unit_not_a_name():
    assert not [n for n, _ in persons_roles("Deputi Bidang Kesehatan Darto Wibowo hadir.")
                if n.startswith("Bidang")]


def test_the_holder_after_the_place_and_a_comma_of_a_civil_post():
    assert persons_roles("Kepala Desa Sukamundur, Darto Wibowo mengatakan hal itu.") == [
        ("Darto Wibowo", "Kepala Desa")]


def test_a_ministry_s_subdirectorate_head_is_no_officer():
    rec = polsek_nlp.analyze("Kepala Subdirektorat Pengawasan Benih Kementerian Pertanian, Darto Wibowo, "
                             "mengatakan hal itu.")
    assert not rec.officers
    assert [(p.name, p.role) for p in rec.persons] == [("Darto Wibowo", "Kepala Subdirektorat")]


def test_a_post_ending_a_sentence_takes_nothing_after_the_full_stop():
    rec = polsek_nlp.analyze("Kapolsek Sukamaju AKP Darto Wibowo memimpin penangkapan. “Pelaku kami tahan,” "
                             "kata Kapolsek. Ia menambahkan barang bukti disita.")
    assert [(o.name, o.position, o.unit) for o in rec.officers] == [("Darto Wibowo", "Kapolsek", "Polsek Sukamaju")]


def test_a_post_written_with_its_whole_national_body():
    found = officers("Kepala Badan Pemelihara Keamanan Polri Komjen Darto Wibowo dan Inspektur Pengawasan "
                     "Umum Polri Komjen Budi Santoso hadir.")
    assert found["Darto Wibowo"] == ("Kepala Badan Pemelihara Keamanan", "Badan Pemelihara Keamanan Polri")
    assert found["Budi Santoso"] == ("Inspektur Pengawasan Umum", "Polri")


def test_a_post_after_selaku_or_sebagai_is_the_named_person_s():
    found = officers("Rapat dipimpin AKBP Darto Wibowo selaku Kapolres Sukamaju di aula. Iptu Budi Santoso "
                     "yang menjabat sebagai Kanit Reskrim Polsek Cibeureum menjelaskan.")
    assert found == {"Darto Wibowo": ("Kapolres", "Polres Sukamaju"),
                     "Budi Santoso": ("Kanit Reskrim", "Polsek Cibeureum")}
    found = officers("Presiden menunjuk Agus Wibowo sebagai Kepala Staf Angkatan Laut (KSAL).")
    # the unit as the post writes it (the tune gold's `Kepala Staf Angkatan Laut` -> `Angkatan Laut`; session 13)
    assert found == {"Agus Wibowo": ("Kepala Staf Angkatan Laut", "Angkatan Laut")}


def test_a_post_someone_is_appointed_to_is_his():
    found = officers("Sejak Marsekal Darto Wibowo ditunjuk sebagai Panglima TNI, jabatan itu kosong.")
    assert found == {"Darto Wibowo": ("Panglima", "TNI")}
