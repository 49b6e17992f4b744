"""The review of the s17 officers and event-date rules (issue 19, s17fx4): each case failed on the merged s17rec
rules unless marked as a guard. Invented names, places and sentences."""
from __future__ import annotations

import pytest

from helpers import reader

PUBLISHED = "2025-06-11T14:00"  # a Wednesday


_record = reader(PUBLISHED)


def _posts(text: str) -> dict[str, str | None]:
    """Each officer's post, by name."""
    return {o.name: o.position for o in _record(text).officers}


# --- 1. a handover gives a post, not an object that belongs to or comes from a post holder ------------------------

@pytest.mark.parametrize("text, name", [
    ("Piagam penghargaan dari Kapolres Margaluyu diserahkan kepada Bripka Dedi Kurniawan atas keberaniannya.",
     "Dedi Kurniawan"),
    ("Bantuan sembako dari Kapolda Sulawesi Tengah telah diserahkan kepada Bripka Yoga Pratama untuk dibagikan.",
     "Yoga Pratama"),
    ("Surat tugas Kasat Lantas diserahkan kepada Ipda Fajar Nugroho pagi itu.", "Fajar Nugroho"),
    ("Mobil patroli Kapolsek Tegalwangi kini dipegang oleh Briptu Rizal Mahendra selaku pengemudi.", "Rizal Mahendra"),
    ("Pengaduan warga kepada Kapolsek Tegalwangi sudah diserahkan ke Aiptu Wawan Setiadi.", "Wawan Setiadi"),
])
def test_an_object_of_a_post_holder_handed_over_gives_no_post(text, name):
    got = _posts(text)
    assert name in got and got[name] is None


@pytest.mark.parametrize("text, name, post", [
    # guards: the post itself handed over or held
    ("Jabatan Kapolres Margaluyu diserahkan kepada AKBP Dedi Kurniawan.", "Dedi Kurniawan", "Kapolres"),
    ("Kapolsek Tegalwangi kini dijabat oleh AKP Wawan Setiadi.", "Wawan Setiadi", "Kapolsek"),
    ("Posisi Kasat Reskrim kini dipegang AKP Fajar Nugroho.", "Fajar Nugroho", "Kasat Reskrim"),
])
def test_a_post_handed_over_guard(text, name, post):
    assert _posts(text)[name] == post


# --- 2. a post read after the words of a new post is the agent's when his rank and name follow it ------------------

def test_a_post_after_a_passive_cue_is_the_agents():
    got = _posts("Bripka Dedi Kurniawan yang baru dipercaya Kapolsek Tegalwangi AKP Wawan Setiadi untuk "
                 "mengawal tahanan itu.")
    assert got["Dedi Kurniawan"] is None
    assert got["Wawan Setiadi"] == "Kapolsek"


def test_a_new_post_after_the_cues_guard():
    got = _posts("AKBP Dedi Kurniawan yang mendapat tugas baru sebagai Kapolres Margaluyu hadir.")
    assert got["Dedi Kurniawan"] == "Kapolres"


# --- 3. a clause of cause opening the lead is background only when the main clause has its own day -----------------

@pytest.mark.parametrize("text, expected", [
    ("Karena sakit hati pada Minggu (8/6) malam, seorang buruh membacok rekannya di Desa Cibeureum. Pelaku "
     "diringkus polisi pada Selasa (10/6).", "2025-06-08"),
    # (a guard: the clause's day is the only day)
    ("Lantaran cekcok pada Senin (9/6) dini hari, seorang pemuda menikam kakaknya hingga tewas.", "2025-06-09"),
    ("Akibat angin kencang pada Minggu (8/6), atap sekolah di Desa Cibeureum roboh. Warga membersihkan puing "
     "pada Selasa (10/6).", "2025-06-08"),
])
def test_a_clause_of_cause_before_the_leads_incident_dates_it(text, expected):
    assert _record(text).event.date == expected


# --- 4. a headline's copula is dropped by its written form, not by its root -----------------------------------------

def test_terjadi_in_a_headline_names_the_act():
    title = "Kebakaran Terjadi di Pasar Tegalwangi"
    text = ("Petugas pemadam menggelar apel siaga, Rabu (11/6). Kebakaran terjadi pada Senin (9/6) dan menghanguskan "
            "15 kios.")
    assert _record(text, title=title).event.date == "2025-06-09"


# --- 5. a list of days in a `yang` clause is the clause's ------------------------------------------------------------

def test_a_list_of_days_in_a_yang_clause_stays_the_clauses():
    text = ("Polres Margaluyu menangkap tiga pelaku pencurian yang beraksi pada Kamis (5/6), Jumat (6/6), dan "
            "Sabtu (7/6). Penangkapan dilakukan pada Senin (9/6) di rumah kos pelaku.")
    assert _record(text).event.date == "2025-06-09"


# --- 6. a speaker's verb of receiving a report dates no act --------------------------------------------------------

def test_a_speakers_report_received_dates_no_act():
    text = ('Polsek Tegalwangi menangkap pelaku penjambretan di Pasar Cibeureum. "Kami dapatkan laporan korban hari '
            'Minggu, lalu kami selidiki," kata Kapolsek Tegalwangi AKP Wawan Setiadi, Selasa (10/6).')
    assert _record(text).event.date == "2025-06-10"


# --- 7. a post followed by another unit in a list of attendees ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Rapat itu dihadiri Camat Tegalwangi, Kapolsek Tegalwangi, Polres Margaluyu, Bripka Dedi Kurniawan, dan "
     "tokoh masyarakat.", "Dedi Kurniawan"),
    ("Sembako dibagikan oleh Kapolsek Tegalwangi, Polsek Cibeureum, Bripka Yoga Pratama, dan relawan.",
     "Yoga Pratama"),
])
def test_a_post_in_a_list_of_attendees_is_not_the_next_officers(text, name):
    assert _posts(text)[name] is None


# --- 8. `menjabat` of a former post --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sebelumnya, Gunawan Saputra menjabat Kapolres Margaluyu.",
    "Gunawan Saputra menjabat Kapolres Margaluyu pada 2018 hingga 2020.",
    "Gunawan Saputra pernah menjabat Kapolres Margaluyu.",
])
def test_menjabat_a_former_post_names_no_officer(text):
    assert "Gunawan Saputra" not in _posts(text)
