"""Casualties by their general shape (issue 22, session 25, s25cas): precision, a toll that is not the incident's own.
Every name, place and sentence is invented; read through the public API. Each case fails on the session's start
(`cf3cd108`) but the guards (marked "guard"):

- a sentence that tells of another, earlier incident (`recall` rows of incident_words: `pernah`, `mengingatkan
  peristiwa`, an incident's noun before `serupa`) gives that incident's toll, not the article's; `tidak pernah` is no
  recall (guard);
- a sentence that opens the story of a separate incident (`separate` rows: `Dalam kejadian terpisah, ...`) and those
  after it give that incident's toll; `terpisah` deep in a sentence of the incident's own opens none (guard);
- a toll summed over a period (`Sepanjang Januari hingga Agustus, ... 56 orang meninggal dunia`: `toll_period`
  rows) is statistics, not the incident's;
- a count joined by `dan` to a count that updates the toll (`korban tewas menjadi tiga orang dan korban luka empat
  orang`) updates its own kind too, not added to the first count of that kind.

The review (s25rvA) adds three cases that kept their toll at `cf3cd108`, lost it with s25cas and keep it again: a
like incident wished away (`agar/berharap kecelakaan serupa tidak terulang`), `pernah` of a person's past act, and
`terpisah` inside a clause (`dirawat di tempat terpisah`); the opener after a lead or `Di` still reads (guard)."""
import pytest

from helpers import reader, toll, victim_statuses

_record = reader("2025-09-10T10:00", id="t")

_CRASH = ("Seorang pengendara motor, Asep Sunarya (34), tewas setelah motornya ditabrak truk di Jalan Raya Leles, "
          "Kabupaten Garut, Selasa (9/9/2025) pagi. Kasat Lantas Polres Garut AKP Dedi Kurnia mengatakan sopir truk, "
          "Rahmat (41), sudah diamankan. ")


# --- another incident's toll: recalled, a separate one, a period's statistics --------------------------------------------

@pytest.mark.parametrize("other", [
    "Sebelumnya, di jalan yang sama pernah terjadi tabrakan beruntun yang menewaskan empat orang.",
    "Ia juga mengingatkan peristiwa Agustus lalu, ketika sebuah bus terguling di tanjakan itu dan tiga penumpang "
    "meninggal dunia.",
    "Menurut warga, kecelakaan serupa di tikungan itu menewaskan dua pelajar.",
    "Dalam kejadian terpisah, sebuah minibus terjun ke jurang di Kecamatan Cikajang. Tiga penumpangnya tewas dan lima "
    "lainnya luka-luka.",
    "Sepanjang Januari hingga Agustus, Satlantas mencatat 56 orang meninggal dunia di jalan raya Garut.",
], ids=["once_happened", "recalled", "similar", "separate", "period"])
def test_another_incidents_toll_is_not_the_articles(other):
    rec = _record(_CRASH + other)
    assert toll(rec) == (1, None, None)
    assert victim_statuses(rec) == [("Asep Sunarya", "tewas")]


def test_never_is_no_recall():  # guard
    rec = _record("Perahu nelayan terbalik di perairan Pangandaran, Selasa (9/9/2025). Dua nelayan tewas, padahal mereka "
                  "tidak pernah melaut saat gelombang tinggi.")
    assert toll(rec)[0] == 2
    rec = _record("Kebakaran melanda pasar di Kecamatan Tarogong, Kabupaten Garut, Selasa (9/9/2025). Tiga pedagang "
                  "mengalami luka bakar, kebakaran yang belum pernah terjadi di pasar itu.")
    assert toll(rec)[1] == 3


def test_a_separate_word_deep_in_a_sentence_opens_no_other_incident():  # guard
    rec = _record("Sebuah bus terguling di tanjakan Cae, Kabupaten Garut, Selasa (9/9/2025). Empat penumpang mengalami "
                  "luka-luka dan dirawat di dua puskesmas di tempat terpisah.")
    assert toll(rec)[1] == 4


# --- a later revision of two kinds ------------------------------------------------------------------------------------

def test_a_count_joined_to_an_update_updates_its_kind_too():
    rec = _record("Sebuah angkot bertabrakan dengan truk di Jalan Raya Sadang, Kabupaten Purwakarta, Selasa (9/9/2025). "
                  "Dua orang tewas di lokasi. Lima penumpang angkot luka-luka dan dilarikan ke RSUD Bayu Asih. Sore "
                  "harinya, salah seorang penumpang, Sumarni (52), meninggal dunia di rumah sakit sehingga korban tewas "
                  "menjadi tiga orang dan korban luka empat orang.")
    assert toll(rec) == (3, 4, None)
    assert sorted(s for _, s in victim_statuses(rec)).count("luka") == 4


# --- s25rvA (the review): a recall wished away, a person's past act, `terpisah` inside a clause -----------------------

def test_a_similar_incident_wished_away_in_the_tolls_sentence_keeps_the_toll():
    rec = _record("Tabrakan bus dan truk di Jalan Raya Leles, Kabupaten Garut, Selasa (9/9/2025), menewaskan tiga "
                  "orang; polisi berharap kecelakaan serupa tidak terulang.")
    assert toll(rec)[0] == 3


def test_pernah_of_a_persons_past_act_is_no_recall():
    rec = _record("Longsor menimbun dua rumah di Desa Sukamaju, Kabupaten Garut, Selasa (9/9/2025). Tiga warga tewas "
                  "tertimbun, kata camat yang mengaku pernah memperingatkan warga.")
    assert toll(rec)[0] == 3


def test_terpisah_inside_a_clause_opens_no_other_incident():
    rec = _record("Bus terguling di tanjakan Cae, Kabupaten Garut, Selasa (9/9/2025). Para korban dirawat di tempat "
                  "terpisah. Tiga penumpang tewas dan 12 lainnya luka-luka.")
    assert toll(rec)[:2] == (3, 12)


@pytest.mark.parametrize("opener", ["Sementara itu, di lokasi terpisah, ", "Di tempat terpisah, "])
def test_a_separate_incident_opened_after_a_lead_or_by_di(opener):  # guard: the opener still reads
    rec = _record(_CRASH + opener + "sebuah minibus terjun ke jurang di Kecamatan Cikajang dan menewaskan tiga "
                  "penumpangnya.")
    assert toll(rec) == (1, None, None)
