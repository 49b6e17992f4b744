"""The review of session 18's officer and event-date rules (s18rec, issue 19): each case shows a rule over-reaching on
common text, and failed before its mend unless marked as a guard. Invented names, places and sentences (none copied
from a gold article)."""
from __future__ import annotations

import pytest

import polsek_nlp
from helpers import event_day, officers_by_name, reader

PUBLISHED = "2025-06-10T15:00"  # a Tuesday, in the afternoon


_day = reader(PUBLISHED, field=event_day)


_officers = reader(PUBLISHED, field=officers_by_name)


def _units(text: str) -> set[str | None]:
    return {o.unit for o in polsek_nlp.analyze(text, published=PUBLISHED).officers}


# --- 1, 2: a post passes on only at a change of post -----------------------------------------------------------------

def test_standing_in_for_an_officer_is_no_change_of_post():
    # `digantikan oleh ... sebagai pembina upacara`: a stand-in at a ceremony, not the new Kapolres
    officers = _officers("Dalam upacara itu, Kapolres Sumberjaya AKBP Teguh Wirawan digantikan oleh Kompol Adi Nugraha "
                         "sebagai pembina upacara karena sedang bertugas ke Jakarta.")
    assert officers["Teguh Wirawan"][1] == "Kapolres" and officers["Adi Nugraha"][1] is None


@pytest.mark.parametrize("text, name, post", [
    # an officer himself handed over for questioning keeps his post
    ("Kanit Reskrim Polsek Kedungjati Ipda Rudi Hartawan diserahkan kepada Kasi Propam Polres Sumberjaya Iptu Fajar "
     "Nugroho untuk diperiksa lebih lanjut.", "Rudi Hartawan", "Kanit Reskrim"),
    # the officer who hands over evidence keeps his
    ("Barang bukti sabu, Kasat Narkoba AKP Surya Pamungkas diserahkan kepada Kasi Pidum Kejari Sumberjaya.",
     "Surya Pamungkas", "Kasat Narkoba"),
])
def test_a_thing_or_an_officer_handed_over_keeps_the_post(text, name, post):
    assert _officers(text)[name][1] == post


def test_a_post_passed_on_at_a_sertijab_guard():
    # guard: the article is a handover of posts (`serah terima jabatan`): the post goes to the new holder
    officers = _officers("Kapolda memimpin serah terima jabatan dua Kapolres di Mapolda, Senin (9/6).\n\nKapolres "
                         "Sumberjaya AKBP Teguh Wirawan digantikan oleh AKBP Bayu Kristanto.")
    assert officers["Bayu Kristanto"][1] == "Kapolres" and officers["Teguh Wirawan"][1] is None


def test_a_post_passed_on_as_the_same_post_guard():
    # guard: `sebagai Kapolres` names the post passed on, with no word of a sertijab elsewhere
    officers = _officers("Kapolres Sumberjaya AKBP Teguh Wirawan digantikan oleh AKBP Bayu Kristanto sebagai Kapolres "
                         "Sumberjaya.")
    assert officers["Bayu Kristanto"][1] == "Kapolres" and officers["Teguh Wirawan"][1] is None


# --- 3, 4: a qualified post is not the agent's of a passive, nor beats the officer's own post ----------------------

def test_the_agent_after_a_passive_qualifier_is_not_the_post_holder():
    officers = _officers("Kapolres Sumberjaya yang baru dilantik Irjen Pol Hendra Gunawan di Mapolda, Senin (9/6).")
    assert officers["Hendra Gunawan"][1] is None


def test_the_new_holder_after_a_passive_qualifier_and_a_comma_guard():
    officers = _officers("Kapolres Sumberjaya yang baru dilantik, AKBP Laras Wulandari, meninjau pasar ikan.")
    assert officers["Laras Wulandari"][1:] == ("Kapolres", "Polres Sumberjaya")


def test_the_officers_own_post_after_the_name_beats_a_qualified_post():
    officers = _officers("Kejadian itu dilaporkan warga ke Kapolsek setempat, Bripka Dani Prasetyo selaku "
                         "Bhabinkamtibmas desa itu lalu mendatangi lokasi.")
    assert officers["Dani Prasetyo"][1] == "Bhabinkamtibmas"


def test_a_qualified_post_after_a_preposition_opens_no_new_clause():
    # `ke Kapolsek setempat, Bripka X lalu ...`: the report went to the Kapolsek; Bripka X opens the next clause
    officers = _officers("Warga melapor ke Kapolsek setempat, Bripka Dani Prasetyo lalu mendatangi lokasi.")
    assert officers["Dani Prasetyo"][1] is None


def test_a_qualified_post_after_a_preposition_in_apposition_guard():
    officers = _officers("Menurut keterangan dari Kapolsek setempat, AKP Dani Prasetyo, korban sudah dievakuasi.")
    assert officers["Dani Prasetyo"][1] == "Kapolsek"


# --- 5, 6: a unit's name joined by a hyphen only when the name is a venue's ----------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Tim gabungan bergerak. Kapolres Lombok Timur-Lombok Tengah AKBP Yoga Saputra bekerja sama.", "Polres Lombok Timur"),
    ("Kapolres Sukoharjo-Klaten AKBP Yoga Saputra menggelar patroli.", "Polres Sukoharjo"),
    ("Kapolsek Cibinong-Bogor AKP Yoga Saputra menggelar patroli.", "Polsek Cibinong"),
])
def test_no_unit_ends_on_a_hyphen_nor_joins_two_regions(text, unit):
    assert _units(text) == {unit}


def test_a_venues_name_joined_by_an_en_dash():
    officers = _officers("Kapolresta Bandara Soekarno\u2013Hatta Kombes Pol Hadi Wiranata mengatakan penumpang itu "
                         "ditahan.")
    assert officers == {"Hadi Wiranata": ("Kombes", "Kapolresta", "Polresta Bandara Soekarno\u2013Hatta")}


# --- 7: a written day after a dated statement is the act's only when it tells the news -----------------------------

@pytest.mark.parametrize("text", [
    "Polres Sumberjaya menangkap pelaku penipuan arisan online. Kapolres Sumberjaya AKBP Teguh Wirawan, Selasa "
    "(10/6), mengatakan korban melapor ke polisi pada Kamis (5/6).",
    "Polres Sumberjaya menangkap pelaku penipuan arisan online. Kapolres Sumberjaya AKBP Teguh Wirawan, Selasa "
    "(10/6), menjelaskan korban mentransfer uang kepada pelaku pada Rabu (4/6).",
    "Polres Sumberjaya menangkap pelaku penipuan arisan online. Kepada wartawan, Selasa (10/6), Kapolres Sumberjaya "
    "AKBP Teguh Wirawan mengatakan korban melapor ke polisi pada Kamis (5/6).",
])
def test_a_background_day_in_a_dated_statement_is_no_act(text):
    assert _day(text, title="Polisi Tangkap Penipu Arisan Online") == "2025-06-10"


def test_a_reenactment_is_dated_by_its_statement_not_by_the_killing():
    text = ("Polres Sumberjaya menggelar rekonstruksi kasus pembunuhan di Desa Wanasari. Kasat Reskrim AKP Fajar "
            "Nugroho, Selasa (10/6), menyebut pelaku menghabisi korban di kebun pada Jumat (6/6).")
    assert _day(text, title="Polisi Gelar Rekonstruksi Pembunuhan") == "2025-06-10"


def test_a_written_day_of_the_headlines_act_in_a_statement_guard():
    text = ("Kasat Reskrim AKP Fajar Nugroho, Selasa (10/6), mengatakan pelaku ditangkap di rumahnya pada Minggu "
            "(8/6).")
    assert _day(text, title="Polisi Tangkap Pencuri Kambing") == "2025-06-08"


# --- 8: a headline's per- verb is an act, not a noun of the doer ---------------------------------------------------

def test_a_headlines_per_verb_names_its_act():
    # `Pergoki`: the catching is the headline's act; its day beats the theft's, written before it
    text = ("Pencuri kabel beraksi di gardu listrik Desa Wanasari, Sabtu (7/6) dini hari. Warga memergoki pelaku saat "
            "kembali ke gardu itu, Minggu (8/6) malam.")
    assert _day(text, title="Warga Pergoki Pencuri Kabel") == "2025-06-08"


# --- 9: the release's day only when the lead's period bounds its own act ------------------------------------------

def test_a_background_period_in_the_lead_does_not_date_by_the_release():
    text = ("Polres Sumberjaya menangkap komplotan pencuri motor yang beraksi sejak Januari 2025.\n\nHal itu "
            "disampaikan Kapolres Sumberjaya AKBP Teguh Wirawan dalam konferensi pers, Selasa (10/6).\n\n\"Komplotan ini "
            "kami tangkap Minggu (8/6) di Cikadu,\" kata Teguh.")
    assert _day(text, title="Polisi Tangkap Komplotan Curanmor") == "2025-06-08"


# --- 10: a background year does not block a step of the story from its day ---------------------------------------

def test_a_year_between_a_day_and_its_step_does_not_block_the_step():
    text = ("Seorang pedagang ditemukan tewas di kiosnya, Minggu (8/6). Korban sudah berjualan di sana sejak 2019. "
            "Keesokan harinya, polisi menangkap pelaku di Cikadu.")
    assert _day(text, title="Polisi Tangkap Pembunuh Pedagang", published="2025-06-11T15:00") == "2025-06-09"
