"""Records that generalise (issue 19, session 17): officers and the event date. Invented names, places and
sentences (none copied from a gold article); each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import event_day, officers_by_name, reader

PUBLISHED = "2025-06-11T14:00"  # a Wednesday


_day = reader(PUBLISHED, field=event_day)


_officers = reader(PUBLISHED, field=officers_by_name)


# --- a statement dated on the publication day reports the act its content dates ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kapolsek Wedi AKP Sugeng Riyadi, Rabu (11/6), mengatakan pelaku diamankan sehari sebelumnya di rumahnya.",
     "2025-06-10"),
    ("Kapolsek Karangrejo Iptu Dimas Anggara, Rabu (11/6), menjelaskan rumah korban dibobol Senin malam saat "
     "ditinggal pergi.", "2025-06-09"),
])
def test_a_statement_on_the_publication_day_reports_an_earlier_act(text, expected):
    assert _day(text) == expected


def test_a_statement_on_the_publication_day_that_reports_today_stays_guard():
    # guard: nothing earlier is reported, the statement's day (the publication day) stays the event's
    assert _day("Kapolsek Wedi AKP Sugeng Riyadi, Rabu (11/6), mengatakan hari ini pihaknya menggelar razia.") \
        == "2025-06-11"


# --- a day set off right after a verb of saying is the statement's, not the act's ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kasat Reskrim Polres Tanjung Sari AKP Bayu Firmansyah mengatakan, Rabu (11/6), tersangka ditangkap di "
     "terminal pada Senin (9/6).", "2025-06-09"),
    ("Camat Sukamulya Hendra Kusnadi menjelaskan, Selasa (10/6), longsor menimbun dua rumah pada Minggu (8/6) "
     "malam.", "2025-06-08"),
    ("Kapolsek Wedi AKP Sugeng Riyadi mengatakan, Selasa (10/6), pelaku dibekuk dua hari lalu.", "2025-06-08"),
])
def test_a_day_right_after_a_verb_of_saying_dates_the_statement(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a day of cause in the content stays background; an act dated in the sentence before stays the event
    ("Kapolsek Wedi AKP Sugeng Riyadi mengatakan, Selasa (10/6), razia digelar karena tawuran pada Minggu (8/6).",
     "2025-06-10"),
    ("Polisi menangkap dua pelaku, Senin (9/6). Kapolsek Wedi AKP Sugeng Riyadi mengatakan, Selasa (10/6), "
     "keduanya sudah ditahan.", "2025-06-09"),
    # a speaker no recognizer names: the day is read as before
    ("Warga mengatakan, Senin (9/6), banjir merendam rumah mereka sejak Sabtu (7/6).", "2025-06-09"),
])
def test_a_day_right_after_a_verb_of_saying_guards(text, expected):
    assert _day(text) == expected


# --- a clause of cause opening the sentence dates what the act answered -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Menyusul tawuran pelajar pada Senin (9/6), Polres Tanjung Sari menggelar razia di sejumlah sekolah, "
     "Rabu (11/6).", "2025-06-11"),
    ("Akibat hujan deras pada Minggu (8/6), puluhan rumah di Desa Jetis terendam banjir, Senin (9/6).",
     "2025-06-09"),
])
def test_a_clause_of_cause_opening_the_sentence_is_background(text, expected):
    assert _day(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: the clause's day is the only day; a cause clause after the main clause; a cause with no day
    ("Menyusul tawuran pelajar pada Senin (9/6), polisi menggelar razia di sejumlah sekolah.", "2025-06-09"),
    ("Polisi menangkap enam pelajar pada Selasa (10/6), menyusul tawuran Senin (9/6) malam.", "2025-06-10"),
    ("Karena jalan rusak, sebuah truk terguling di Jalan Raya Sukamulya, Senin (9/6).", "2025-06-09"),
])
def test_a_clause_of_cause_guards(text, expected):
    assert _day(text) == expected


# --- a rank in full with its short form in brackets ----------------------------------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    ("Brigadir Polisi Kepala (Bripka) Andi Wijaya, anggota Satlantas Polres Wonogiri, menolong korban.",
     "Andi Wijaya", ("Bripka", None)),
    ("Ajun Komisaris Polisi (AKP) Hendra Gunawan memimpin penggerebekan itu.", "Hendra Gunawan", ("AKP", None)),
    ("Kepala Polres Sukamulya Ajun Komisaris Besar Polisi (AKBP) Rina Marlina hadir dalam apel.", "Rina Marlina",
     ("AKBP", "Kepala Polres")),
    ("Sersan Kepala (Serka) Joko Susilo, Babinsa Desa Jetis, membantu warga.", "Joko Susilo", ("Serka", "Babinsa")),
])
def test_a_full_rank_with_its_short_form_in_brackets(text, name, expected):
    got = _officers(text)
    assert name in got and got[name][:2] == expected


# --- unit posts of the teams of Sat Reskrim, Sat Lantas and Sat Samapta ---------------------------------------------

@pytest.mark.parametrize("text, name, post", [
    ("Kanit Buser Satreskrim Polres Tanjung Sari Ipda Wahyu Santoso memimpin penangkapan itu.", "Wahyu Santoso",
     "Kanit Buser"),
    # (a guard: read before as well)
    ("Kanit Gakkum Satlantas Polres Sukamulya Ipda Rudi Hartono mengatakan sopir truk diperiksa.", "Rudi Hartono",
     "Kanit Gakkum"),
    ("Panit Buser Polsek Karangrejo Aipda Joko Purnomo ikut dalam penangkapan.", "Joko Purnomo", "Panit Buser"),
])
def test_unit_posts_of_the_teams(text, name, post):
    got = _officers(text)
    assert got[name][1] == post
    assert all(n is None or "Satreskrim" not in n and "Satlantas" not in n for n in got)  # no unit read as a name


# --- handover posts: the new holder takes the post, the outgoing one does not -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Jabatan Kapolres Sukamulya kini dijabat AKBP Yudha Pratama, menggantikan AKBP Bambang Irawan yang mendapat "
     "tugas baru sebagai Kabag Ops Polda Jawa Tengah.",
     {"Yudha Pratama": ("AKBP", "Kapolres", "Polres Sukamulya"),
      "Bambang Irawan": ("AKBP", "Kabag Ops", "Polda Jawa Tengah")}),
    ("Kapolsek Karangrejo kini dijabat oleh AKP Sugeng Riyadi.", {"Sugeng Riyadi": ("AKP", "Kapolsek", "Polsek Karangrejo")}),
    ("AKBP Yudha Pratama resmi menjabat Kapolres Sukamulya sejak pekan lalu.",
     {"Yudha Pratama": ("AKBP", "Kapolres", "Polres Sukamulya")}),
])
def test_a_handover_gives_the_post_to_the_new_holder(text, expected):
    got = _officers(text)
    for name, value in expected.items():
        assert got[name] == value


@pytest.mark.parametrize("text, incoming, outgoing, post", [
    ("Jabatan Kapolres Tanjung Sari diserahterimakan dari AKBP Hendra Wijaya kepada AKBP Rina Marlina.",
     "Rina Marlina", "Hendra Wijaya", "Kapolres"),
    ("Jabatan Dandim 0799/Sukamulya diserahkan dari Letkol Inf Rudi Hartanto kepada Letkol Inf Bima Sakti.",
     "Bima Sakti", "Rudi Hartanto", "Dandim"),
    ("Jabatan Kepala Staf Angkatan Laut resmi diserahterimakan dari Laksamana Budi Santoso ke Laksamana Hendra "
     "Gunawan, Jumat (6/6).", "Hendra Gunawan", "Budi Santoso", "Kepala Staf Angkatan Laut"),
    ("Jabatan Wakapolda Jawa Tengah yang sebelumnya diemban Brigjen Pol Hendra Gunawan kini dijabat Brigjen Pol "
     "Agus Salim.", "Agus Salim", "Hendra Gunawan", "Wakapolda"),
])
def test_a_handover_from_one_officer_to_another(text, incoming, outgoing, post):
    got = _officers(text)
    assert got[incoming][1] == post
    assert got[outgoing][1] is None  # the former post is no current post


def test_a_new_post_told_by_surname_later():
    got = _officers("Jabatan Kapolres Tanjung Sari diserahterimakan dari AKBP Rudi Hartono kepada AKBP Bima Sakti. "
                    "Rudi selanjutnya menjabat Kasubdit Jatanras Ditreskrimum Polda Sumbar.")
    assert got["Rudi Hartono"][1] == "Kasubdit Jatanras"
    assert got["Bima Sakti"][1] == "Kapolres"


@pytest.mark.parametrize("text", [
    # guards: a common noun heading a `yang` clause is no holder; a former post stays former
    "Edi lantas ditanya wartawan. Pria yang menjabat sebagai Pangkostrad ini menyatakan siap.",
    "Kapolres Sukamulya AKBP Sri Handayani, yang sebelumnya menjabat Kasubdit Tipidter, hadir.",
])
def test_handover_guards(text):
    got = _officers(text)
    assert "Pria" not in got
    assert all(v[1] != "Kasubdit Tipidter" for n, v in got.items() if n)


def test_a_post_with_its_parent_command_between_commas():
    got = _officers("Kapolsek Jatinom, Polres Tanjung Sari, AKP Sri Handayani mengimbau warga waspada.")
    assert got["Sri Handayani"][1:] == ("Kapolsek", "Polsek Jatinom")


# --- a second day set off by a comma after a `yang` clause's own day dates the sentence -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Polisi menangkap pelaku pembunuhan yang terjadi pada Sabtu (7/6), Senin (9/6).", "2025-06-09"),
    ("Polisi menangkap pelaku penjambretan yang beraksi di Pasar Sukamulya pada Jumat (6/6), Selasa (10/6) malam.",
     "2025-06-10"),
])
def test_a_day_after_the_clauses_own_day_is_the_sentences(text, expected):
    assert _day(text) == expected


def test_a_yang_clause_with_one_day_stays_the_cases_guard():
    assert _day("Polisi menangkap pelaku pencurian yang terjadi di halaman sekolah, Sabtu (7/6).") == "2025-06-07"


# --- a speaker's own act, its object between the verb and the day, in a dated quote --------------------------------

@pytest.mark.parametrize("text, expected", [
    ('"Kami amankan pelaku hari Senin," ujar Kapolsek Wedi AKP Sugeng Riyadi, Rabu (11/6).', "2025-06-09"),
    ('"Kami temukan barang bukti kemarin," kata Kapolsek Wedi AKP Sugeng Riyadi, Selasa (10/6).', "2025-06-09"),
])
def test_a_speakers_act_with_its_object_before_the_day(text, expected):
    assert _day(text) == expected


def test_a_speakers_appeal_for_a_coming_day_guard():
    text = '"Kami imbau warga hari Minggu tidak berkerumun," kata Kapolsek Wedi AKP Sugeng Riyadi, Rabu (11/6).'
    assert _day(text) == "2025-06-11"


# --- a headline's copula names no act: `terjadi` in a background sentence is not the headline's `jadi` ---------------

def test_a_headline_copula_dates_no_background():
    text = ("Polisi menetapkan dua tersangka kasus pengeroyokan. Penetapan dilakukan Selasa (10/6) setelah polisi "
            "memeriksa 12 saksi. Pengeroyokan terjadi pada Sabtu (31/5) malam.")
    assert _day(text, title="Dua Pemuda Jadi Tersangka Pengeroyokan") == "2025-06-10"


@pytest.mark.parametrize("title, text, expected", [
    # guards: a headline whose own act is told, with and without the copula
    ("Pelajar Jadi Korban Begal di Jalan Sukamulya", "Seorang pelajar dibegal di Jalan Sukamulya, Senin (9/6) malam. "
     "Aksi begal serupa terjadi pada Jumat (30/5) di jalan yang sama.", "2025-06-09"),
    ("Kecelakaan Maut Terjadi di Jalan Raya Sukamulya", "Kecelakaan terjadi di Jalan Raya Sukamulya, Senin (9/6) "
     "sore. Korban dimakamkan Selasa (10/6).", "2025-06-09"),
])
def test_a_headline_copula_guards(title, text, expected):
    assert _day(text, title=title) == expected


# --- round 4 tune (genre records): a post's command after `dari`, the navy's Posal, a unit's complete form -----------

@pytest.mark.parametrize("text, name, expected", [
    ("Babinsa Desa Sukamaju dari Koramil 07/Karangrejo, Serda Bayu Saputra, mengatakan pembersihan dimulai pagi.",
     "Bayu Saputra", ("Serda", "Babinsa", "Koramil 07/Karangrejo")),
    ("Bhabinkamtibmas Kelurahan Mekarsari dari Polsek Karangrejo, Aipda Joko Santoso, mengatakan warga mengungsi.",
     "Joko Santoso", ("Aipda", "Bhabinkamtibmas", "Polsek Karangrejo")),
])
def test_a_post_with_the_command_it_is_of_before_a_comma(text, name, expected):
    assert _officers(text)[name] == expected


def test_a_post_with_a_command_and_no_word_of_membership_guard():
    got = _officers("Warga Desa Sukamaju dari Polsek Karangrejo, Aipda Joko Santoso, hadir.")
    assert got["Joko Santoso"][1] is None


@pytest.mark.parametrize("text, name, expected", [
    ("Komandan Pos TNI AL (Danposal) Kangean Peltu Mar Budi Santoso menyebut perahu itu kelebihan muatan.",
     "Budi Santoso", ("Peltu", "Danposal", "Posal Kangean")),  # the bracket's short form since s27off (rounds 5, 10, 11)
    ("Danposal Bawean Serma Mar Joko Susilo memimpin pencarian.", "Joko Susilo", ("Serma", "Danposal", "Posal Bawean")),
])
def test_the_navy_post_of_a_pos_tni_al(text, name, expected):
    assert _officers(text)[name] == expected


@pytest.mark.parametrize("text, name, unit", [
    ("Polda Kepulauan Riau menggagalkan penyelundupan sabu. Kabid Humas Polda Kepri AKBP Sri Rahayu mengatakan "
     "tersangka ditahan.", "Sri Rahayu", "Polda Kepulauan Riau"),
    ("Kapolda Sulawesi Utara Irjen Pol Budi Santoso memimpin apel. Dirpolairud Polda Sulut Kombes Pol Hendra Wijaya "
     "hadir.", "Hendra Wijaya", "Polda Sulawesi Utara"),
])
def test_a_unit_in_the_most_complete_form_the_article_gives(text, name, unit):
    assert _officers(text)[name][2] == unit


def test_a_unit_with_a_level_word_added_is_another_form_guard():
    # `Polres Bogor Kabupaten` may tell the kabupaten's command from the kota's: no completion over a level word
    got = _officers("Kapolres Bogor Kabupaten AKBP Budi Santoso hadir. Kasat Lantas Polres Bogor AKP Hendra Wijaya "
                    "mengatur arus.")
    assert got["Hendra Wijaya"][2] == "Polres Bogor"


@pytest.mark.parametrize("text, name, unit", [
    ("Bripda Tri Hartono (24), anggota Polsek Banjarsari, ditemukan tewas di kamar kosnya.", "Tri Hartono",
     "Polsek Banjarsari"),
    ("Bripka AS (35 tahun), personel Polres Sukamulya, ditangkap karena narkoba.", "AS", "Polres Sukamulya"),
])
def test_a_members_command_after_his_age_in_brackets(text, name, unit):
    assert _officers(text)[name][2] == unit


def test_a_members_age_then_no_word_of_membership_guard():
    got = _officers("Bripda Tri Hartono (24) dan ibunya (50), warga Polsek Banjarsari, hadir.")
    assert got["Tri Hartono"][2] is None
