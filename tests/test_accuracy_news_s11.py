"""Issue 19, session 11: general-news NER (recognize/persons.py, recognize/institutions.py,
recognize/organisations.py). Sentences written for the test, made-up names."""
import polsek_nlp
from helpers import entity_pairs, reader

ents = reader(field=entity_pairs)


def persons(text):
    return {t for t, label in ents(text) if label == "PERSON"}


def test_a_run_of_english_words_without_a_cue_is_no_person():
    assert not persons("Studio itu merilis Silent Harbor Wolves dan Broken Garden tahun lalu.")
    assert not persons("Pengguna kini bisa membayar lewat fitur Instant Payment tanpa biaya.")
    assert not persons("Gim Crimson Empire XV laris di pasar Asia.")


def test_english_words_with_a_person_cue_stay_a_person():
    assert "Lucky Hunter" in persons("Tersangka Lucky Hunter (25) ditangkap di rumahnya.")
    assert "Silent Hunter" in persons('"Kami siap," kata Silent Hunter kepada wartawan.')


def test_a_name_with_a_given_name_is_still_a_person():
    assert "Andreas Wolves" in persons("Andreas Wolves hadir dalam acara itu bersama keluarganya.")


def test_a_role_of_two_words_written_in_full_marks_a_person():
    assert "Sukarmanto" in persons("Kuasa hukum Sukarmanto, Rani Pratiwi, berjanji menghadirkan saksi baru.")
    assert "Wirodikromo" in persons("Setelah persidangan, Damar Kusnadi selaku kuasa hukum Wirodikromo pulang.")


def test_a_role_before_a_name_and_its_apposition_is_the_apposition_s():
    """`Kuasa hukum X, Y`: Y is X's lawyer; X is a person with no role of his own (a victim stays one)."""
    roles = {p.name: p.role for p in polsek_nlp.analyze(
        "Kuasa hukum Sukarmanto, Azim Waluyo, menuturkan akan membawa bukti.").persons}
    assert roles.get("Sukarmanto", "missing") is None
    # the lawyer's first name is also a common word (azam: resolve), his second is not
    common_first = {p.name: p.role for p in polsek_nlp.analyze(
        "Kuasa hukum Sukarmanto, Azam Wiratmaja, menuturkan akan membawa bukti.").persons}
    assert common_first.get("Sukarmanto", "missing") is None
    one_word = {p.name: p.role for p in polsek_nlp.analyze(
        "Pengacara Sukarmanto, Azim Waluyo, menuturkan akan membawa bukti.").persons}
    assert one_word.get("Sukarmanto") is None
    rec = polsek_nlp.analyze(
        "Polisi menangkap dua pelaku yang mengeroyok pedagang, Sukarmanto. Sukarmanto masih dirawat di rumah "
        "sakit. Kuasa hukum Sukarmanto, Azim Waluyo, yakin pengeroyokan itu direncanakan.")
    assert [v.name for v in rec.victims] == ["Sukarmanto"]
    assert roles_kept("Kuasa hukum Sukarmanto, Senin (3/4), menuturkan akan membawa bukti.") == "kuasa hukum"


def roles_kept(text):
    return {p.name: p.role for p in polsek_nlp.analyze(text).persons}.get("Sukarmanto")


def orgs(text):
    return {t for t, label in ents(text) if label == "ORG"}


def test_an_acronym_after_a_noun_of_a_bodys_people_is_a_body():
    assert "NXSA" in orgs("Ilmuwan NXSA Budi Santoso menyebut gambar itu.")
    assert "KRDQ" in orgs("Pemimpin KRDQ itu ditangkap di ibu kota.")


def test_an_acronym_listed_with_an_organisation_is_one_whatever_follows():
    assert "BXQT" in orgs("Kerja sama Tokopedia dan BXQT itu diumumkan kemarin.")


def places(text):
    return {t for t, label in ents(text) if label in ("GPE", "LOC")}


def test_a_country_as_a_side_of_a_match_is_a_place():
    found = places("Laga Kamboja kontra Laos berakhir imbang.")
    assert {"Kamboja", "Laos"} <= found
    assert "Peru" in places("Hasil duel Peru versus Chile mengejutkan.") or "Chile" in places(
        "Hasil duel Peru versus Chile mengejutkan.")


def test_a_national_team_written_with_a_capital_is_an_organisation_not_a_person():
    assert "Timnas Laos" in orgs("Kemarin Timnas Laos menang dua gol.")
    assert not persons("Timnas menang melawan Kamboja kemarin.")


def test_a_station_whose_name_ends_as_a_broadcasters_is_the_broadcaster():
    found = ents("Acara itu tayang di stasiun Sukma TV setiap pekan.")
    assert ("Sukma TV", "ORG") in found
    assert not any(label == "FAC" for _, label in found)
    assert ("stasiun Gambir", "FAC") in ents("Ia tiba di stasiun Gambir kemarin.")


def test_a_list_of_posts_keeps_each_name_s_role():
    """Review of issue 19: `Role X, Role Y` lists two posts; only a name after the comma makes X the owner."""
    assert roles_of("Direktur Budi Santoso, Manajer Andi Wijaya, dan staf hadir.") == {
        "Budi Santoso": "Direktur", "Andi Wijaya": "Manajer"}
    assert roles_of("Sekretaris Rina Lestari, Bendahara Dewi Anggraini, hadir dalam rapat.").get(
        "Rina Lestari") == "Sekretaris"
    assert roles_of("Dokter Hendra Kusuma, Kepala Puskesmas Cibatu, mengatakan pasien membaik.").get(
        "Hendra Kusuma") == "dokter"


def test_a_role_of_two_words_wins_over_its_last_word():
    assert roles_of("General Manager Rudi Hartono hadir dalam acara itu.") == {"Rudi Hartono": "General Manager"}
    assert roles_of("Vice President Rudi Hartono hadir dalam acara itu.") == {"Rudi Hartono": "Vice President"}
    assert roles_of("Kuasa hukum Rudi Hartono mengatakan akan banding.") == {"Rudi Hartono": "kuasa hukum"}


def roles_of(text):
    return {p.name: p.role for p in polsek_nlp.analyze(text).persons}


def test_a_post_in_a_list_takes_no_class_from_its_neighbours():
    found = ents("Acara dihadiri Camat Cibatu Andi dan Kades Sukamaju.")
    assert ("Sukamaju", "PERSON") not in found
    found = ents("Pengamanan melibatkan Polres Garut, Kodim 0611 dan Bhabinkamtibmas serta Babinsa setempat.")
    assert ("Bhabinkamtibmas", "ORG") not in found and ("Babinsa", "ORG") not in found


def test_a_place_opening_a_company_s_name_vouches_for_no_neighbour():
    assert ("Ssangyong", "GPE") not in ents("Sponsor utama adalah Ssangyong dan Swiss Timing.")


def test_the_core_board_of_an_organisation_are_roles():
    """`Sekretaris X, Bendahara Y`: the treasurer was read as part of a name with no role (a table gap
    of role_words.tsv: the core board is ketua, sekretaris, bendahara)."""
    roles = {p.name: p.role for p in polsek_nlp.analyze(
        "Sekretaris Budi Santoso, Bendahara Dewi Anggraini, dan staf hadir dalam rapat itu.").persons}
    assert roles == {"Budi Santoso": "Sekretaris", "Dewi Anggraini": "Bendahara"}
