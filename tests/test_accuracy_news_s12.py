"""Issue 19, session 12: general-news NER from the IDNer train errors (a post's body or place before
the name, a head of state's initials, a pair joined by a hyphen). Sentences written for the test,
made-up names."""
from helpers import entity_texts as labelled
from helpers import person_name_set, reader

persons = reader(field=person_name_set)


def test_the_body_a_post_is_of_is_no_part_of_the_name():
    assert labelled("Sekretaris Kabinet Rendra Wiratmaja mengatakan hal itu.", "PERSON") == {"Rendra Wiratmaja"}
    assert labelled("Direktur Eksekutif Talvin Morrow mengatakan hal itu.", "PERSON") == {"Talvin Morrow"}
    assert labelled("Ketua BKX Darmawan Sulistyo mengatakan hal itu.", "PERSON") == {"Darmawan Sulistyo"}


def test_the_country_a_king_rules_is_no_part_of_his_name():
    assert labelled("Raja Jordania Karim Haddadin bertemu dengan menteri itu.", "PERSON") == {"Karim Haddadin"}


def test_a_given_name_after_a_post_stays_in_the_name():
    assert labelled("Ketua Guruh Soekarmadi mengatakan hal itu.", "PERSON") == {"Guruh Soekarmadi"}


def test_a_head_trimmed_off_leaves_the_entity_as_the_record_name():
    text = "Kepala Staf Kepresidenan Wardoyo Pranoto mengatakan hal itu."
    assert labelled(text, "PERSON") == {"Wardoyo Pranoto"}
    assert "Wardoyo Pranoto" in persons(text)


def test_initials_after_the_president_are_the_person():
    text = "Presiden XKY akan melantik menteri baru pekan depan."
    assert "XKY" in labelled(text, "PERSON")
    assert "XKY" not in labelled(text, "ORG")


def test_a_party_acronym_after_its_president_stays_a_body():
    text = "Presiden XKY Budiarto Wirawan mengatakan partainya siap."
    assert "XKY" not in labelled(text, "PERSON")
    assert "Budiarto Wirawan" in labelled(text, "PERSON")


def test_a_government_of_two_names_is_no_one_person():
    assert labelled("Wacana itu mengemuka sejak pemerintahan Harjo-Sutedi dimulai.", "PERSON") == set()
    assert labelled("Ia merapat ke kubu Harjo-Sutedi sebelum pemilu.", "PERSON") == set()


def test_a_double_name_with_a_hyphen_stays_a_person():
    assert "Talvin-Morrow" in labelled("kata Talvin-Morrow kepada wartawan.", "PERSON")


def test_a_given_name_that_is_also_a_word_is_a_name_after_a_role():
    assert "Budi" in labelled("Hakim memutuskan penetapan tersangka Budi tidak sah.", "PERSON")


def test_a_lone_ordinary_word_after_a_role_stays_no_name():
    assert labelled("Hakim memutuskan penetapan tersangka Pencurian tidak sah.", "PERSON") == set()


def test_nouns_and_verbs_only_a_person_takes_mark_a_lone_name():
    assert "Valdrin" in labelled("Mereka menunggu kunjungan Valdrin ke kawasan itu.", "PERSON")
    assert "Valdrin" in labelled("Otoritas setempat mengkonfirmasi tewasnya Valdrin.", "PERSON")
    assert "Valdrin" in labelled("Menteri itu menolak alasan memberhentikan Valdrin dari jabatannya.", "PERSON")


def test_a_lone_word_after_a_head_title_is_the_body_not_its_holder():
    assert labelled("Pilihannya mengganti Ketua Pansor dengan menteri yang baru.", "PERSON") == set()


def test_a_given_name_after_a_head_title_stays_a_person():
    assert "Hendra" in labelled("Dana itu diserahkan Ketua Hendra kepada warga.", "PERSON")


def test_a_lone_name_after_a_head_and_its_body_stays_a_person():
    assert "Wardoyo" in labelled("Kepala Staf Kepresidenan Wardoyo mengatakan hal itu.", "PERSON")


def test_a_term_acronym_after_the_noun_of_a_daily_is_no_outlet():
    assert labelled("Pemerintah memangkas jatah harian BBM di setiap SPBU.", "ORG") == set()


def test_the_holder_after_a_post_and_its_body_is_no_part_of_the_body():
    text = "Kepala Bidang Hortikultura Dinas Pertanian dan Peternakan Rina Wulandari mengatakan hal itu."
    assert "Dinas Pertanian dan Peternakan" in labelled(text, "ORG")
    assert "Rina Wulandari" in labelled(text, "PERSON")
    text = "Ketua Partai Demokrasi Rakyat Hendra Wijaya mengatakan hal itu."
    assert labelled(text, "ORG") == {"Partai Demokrasi Rakyat"}
    assert "Hendra Wijaya" in persons(text)


def test_a_body_named_after_a_person_keeps_its_name():
    assert labelled("Ketua Yayasan Siti Aisyah mengatakan hal itu.", "ORG") == {"Yayasan Siti Aisyah"}


def test_an_ordinary_word_that_opens_the_holder_name_is_no_portfolio():
    assert "Sudi Wiranata" in labelled("Ia ditelepon Mensesneg Sudi Wiranata semalam.", "PERSON")
    assert "Lam Tarveno" in labelled("Ia bertemu Menteri Luar Negeri Lam Tarveno di sana.", "PERSON")


def test_a_portfolio_of_the_tables_stays_the_post():
    assert "Lukman Wiranata" in labelled("Menteri Agama Lukman Wiranata mengatakan hal itu.", "PERSON")


def test_guards_of_the_post_rules():
    assert "AS" not in labelled("Kini Presiden AS diizinkan tidak menjawab pertanyaan.", "PERSON")
    assert labelled("Hal itu dikatakan juru bicara Kementerian Telekomunikasi Iran kepada wartawan.", "PERSON") == set()
    assert "Darsono Wiratmaja Halim" in labelled(
        "Menteri Koordinator Bidang Kemaritiman Darsono Wiratmaja Halim hadir di sana.", "PERSON")
    assert labelled("Ia menjadi saksi untuk tersangka Anang Wiratmaja Halim dalam kasus itu.", "PERSON") == {
        "Anang Wiratmaja Halim"}
