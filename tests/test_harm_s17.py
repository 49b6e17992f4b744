"""Victims and casualties by their general shape (issue 22, session 17, s17cas). Each case failed on the session's start
(`8262558`) but the bounds' guards; every name, place and sentence is invented; read through the public API.

- a sentence of the harm said of `korban` / `ia` alone opened by a lead of its cause or scene (`Akibatnya, korban
  menderita luka robek`, `Dalam kejadian tersebut, ia mengalami luka berat`: `result_lead` rows);
- counted people with the place they were at set out after their noun (`Dua korban begal di Jalan X mengalami luka`);
- people said missing whom their clause goes on to find dead (`Dua nelayan yang dilaporkan hilang sejak Sabtu akhirnya
  ditemukan meninggal dunia`: dead, not missing) or alive (`... ditemukan selamat`: missing no more)."""
import pytest

import polsek_nlp


def _record(text, published="2025-03-14T10:00"):
    return polsek_nlp.analyze(text, id="t", published=published)


def _victims(rec):
    return sorted(((v.name, v.status) for v in rec.victims), key=str)


def _cas(rec):
    return rec.casualties.dead, rec.casualties.injured, rec.casualties.missing


# --- the harm said of `korban` / `ia` after a lead of cause or scene --------------------------------------------

LEAD = [
    ("Seorang sopir angkot, Jajang Sukarna (43), menjadi korban penganiayaan oleh penumpangnya sendiri di Terminal "
     "Cibiru Hilir. Akibatnya, korban menderita luka robek di pelipis. Pelaku berhasil ditangkap polisi.",
     "Jajang Sukarna", "luka"),
    ("Seorang pedagang sayur, Wati Rahayu (39), menjadi korban penjambretan di Pasar Sindangkerta. Akibat kejadian itu, "
     "korban mengalami luka lecet di lutut. Polisi masih memburu pelaku.", "Wati Rahayu", "luka"),
    ("Warga Desa Cibeureum Kulon, Bono Sudarmo (50), dianiaya tetangganya di kebun. Dalam kejadian tersebut, ia "
     "mengalami luka berat di kepala. Pelaku berinisial TR ditangkap polisi.", "Bono Sudarmo", "luka berat"),
    ("Seorang tukang ojek, Dadang Kusnadi (47), menjadi korban pembacokan di Jalan Raya Cipeuyeum. Akibatnya, korban "
     "meninggal dunia di lokasi kejadian. Polisi menangkap dua pelaku.", "Dadang Kusnadi", "tewas"),
]


@pytest.mark.parametrize("text,name,status", LEAD)
def test_a_harm_of_korban_after_a_lead_of_cause_is_the_lone_victims(text, name, status):
    assert _victims(_record(text)) == [(name, status)]


def test_a_lead_before_a_sentence_of_no_harm_gives_none():
    rec = _record("Seorang pedagang, Sarip Hidayat (41), menjadi korban penganiayaan di Pasar Cikadu. Dalam sidang itu, "
                  "korban mengaku masih trauma. Pelaku berinisial AG ditahan polisi.")
    assert _victims(rec) == [("Sarip Hidayat", None)]


# --- counted people and the place they were at -----------------------------------------------------------------

PLACED = [
    ("Dua korban begal di Jalan Lingkar Selatan mengalami luka bacok dan dirawat di rumah sakit. Polisi masih memburu "
     "para pelaku yang berjumlah tiga orang.", [(None, "luka")] * 2, (None, 2, None)),
    ("Tiga penumpang bus di Tol Cikalong Raya mengalami luka berat. Sopir bus ditahan polisi karena lalai.",
     [(None, "luka berat")] * 3, (None, 3, None)),
    ("Dua pengendara di Jalan Raya Sumberjati terluka dan seorang pejalan kaki tewas. Polisi menahan sopir truk itu.",
     [(None, "luka"), (None, "luka"), (None, "tewas")], (1, 2, None)),
]


@pytest.mark.parametrize("text,victims,cas", PLACED)
def test_counted_people_with_their_place_set_out_are_a_toll(text, victims, cas):
    rec = _record(text)
    assert _cas(rec) == cas
    assert _victims(rec) == sorted(victims, key=str)


def test_a_count_of_houses_at_a_place_is_no_toll():
    rec = _record("Polisi menangkap tiga pelaku pencurian ternak di Desa Mekarsari. Sebanyak 30 rumah di Desa Mekarsari "
                  "rusak diterjang banjir pekan lalu.")
    assert _cas(rec) == (None, None, None)


# --- the missing found dead or alive ---------------------------------------------------------------------------

FOUND = [
    ("Dua nelayan yang dilaporkan hilang sejak Sabtu akhirnya ditemukan meninggal dunia di perairan Pulau Kelapa "
     "Dua. Polisi membawa jenazah keduanya ke rumah sakit. Kedua korban sudah diserahkan kepada keluarga.", (2, None, None)),
    ("Dua pekerja yang sebelumnya dinyatakan hilang, Asep Mulyadi (24) dan Wahyu Kurnia (33), ditemukan meninggal dunia di "
     "bawah timbunan batu. Polisi memeriksa pemilik tambang itu sebagai saksi. Jenazah korban dibawa ke RSUD.",
     (2, None, None)),
    ("Tiga pendaki yang dinyatakan hilang di Gunung Cibodas Barat sejak Jumat telah ditemukan selamat oleh tim SAR dan "
     "polisi. Ketiga korban mengalami luka ringan dan dibawa ke puskesmas.", (None, 3, None)),
]


@pytest.mark.parametrize("text,cas", FOUND)
def test_the_missing_found_dead_or_alive_are_missing_no_more(text, cas):
    assert _cas(_record(text)) == cas


def test_the_missing_found_dead_are_dead_victims():
    rec = _record(FOUND[0][0])
    assert _victims(rec) == [(None, "tewas"), (None, "tewas")]


def test_others_found_alive_leave_the_missing_missing():
    rec = _record("Dua nelayan masih hilang di perairan Pulau Kelapa Dua, sementara tiga lainnya ditemukan selamat. "
                  "Polisi dan tim SAR masih melakukan pencarian terhadap kedua korban.")
    assert _cas(rec)[2] == 2
