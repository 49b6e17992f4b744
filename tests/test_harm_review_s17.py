"""Session 17 s17fx3: the review of the s17cas victim and toll rules (issue 22), each finding's mechanism.

- a crime verb in a clause of a wish, a condition or a denial (`supaya tidak ditipu`, `jika ... dicabuli`) is no cue
  of the incident test; the stative accident verbs (`tertabrak`, `terlindas`) are no crime verbs;
- a sentence of a case like the article's is an earlier case's only when it says the case was (`pernah`, a year), not
  when it wishes it away (`agar kejadian serupa tidak terulang`); `Pada 12 Juni 2024,` leads another time,
  `Pada Senin lalu` does not;
- `sebut saja` marks a pseudonym only with an age after the name or one person set out before it (else "for example");
- a road user (`pengendara`) is one in the scene only in a sentence of the incident;
- a missing count is found dead or alive only by a word of finding (`ditemukan`, `dinyatakan`).
All names, places and sentences are invented.
"""

import pytest

from helpers import reader
from polsek_nlp.recognize.incident_facts import find_casualties, reports_incident

_record = reader("2025-03-14T10:00", id="t")


@pytest.mark.parametrize("text", [
    "Polsek Lembah Sari mengadakan penyuluhan di SMP Negeri 3 Lembah Sari, Selasa (11/3/2025). Siswa diajari apa yang "
    "harus dilakukan jika seorang teman dianiaya atau dikeroyok, termasuk cara melapor agar korban segera ditolong.",
    "Kapolsek Tanjung Wangi mengingatkan warga agar tidak mudah tergiur hadiah undian supaya tidak diperas dan menjadi "
    "korban.",
    "Sebuah film pendek tentang desa nelayan diputar di balai kota. Dalam cerita itu, tokoh kakek tewas terlindas truk "
    "saat menyeberang jalan.",
])
def test_an_appeal_or_a_story_with_crime_verbs_is_no_report(text):
    assert not reports_incident(text)


def test_a_crime_verb_of_a_case_still_opens_the_test():
    assert reports_incident("Seorang pedagang di Pasar Sumber Wangi dianiaya dua pemuda, Selasa (11/3/2025). Korban "
                            "melapor ke Polsek.")


def test_a_wish_that_such_a_case_not_recur_puts_no_later_sentence_in_the_background():
    rec = _record("Seorang bocah hanyut di Kali Cibening, Desa Rawa Asri, Selasa (11/3/2025). Kapolsek meminta warga "
                  "menjaga anak-anaknya agar peristiwa serupa tidak terulang. Saat itu, korban, Galih (9), sedang mandi "
                  "di tepi kali lalu terseret arus hingga tewas.")
    assert [(v.name, v.status) for v in rec.victims] == [("Galih", "tewas")]
    assert rec.casualties.dead == 1


def test_a_day_first_date_after_an_earlier_case_leads_its_background():
    rec = _record("Polisi menangkap Jaka (33), pelaku pembacokan di Desa Mekar Wangi, Selasa (11/3/2025). Korban, Udin "
                  "(41), mengalami luka di punggung. Kasus serupa pernah terjadi di Desa Cimenteng. Pada 14 Mei 2024, "
                  "Sarkam (52) tewas dibacok orang tak dikenal.")
    assert [v.name for v in rec.victims] == ["Udin"]


@pytest.mark.parametrize("text", [
    "Polres Bukit Harum menangkap Jaka (33), pelaku penipuan arisan, Selasa (11/3/2025). Sejumlah lembaga menjadi "
    "korban, sebut saja Koperasi Maju Bersama yang mengalami kerugian Rp 1 miliar.",
    "Polres Bukit Harum menangkap Jaka (33), pelaku penipuan, Selasa (11/3/2025). Korbannya beragam, sebut saja Bank "
    "Harum Jaya yang merugi Rp 3 miliar.",
])
def test_sebut_saja_meaning_for_example_names_no_victim(text):
    assert _record(text).victims == []


def test_a_two_word_pseudonym_with_an_age_is_one_victim():
    rec = _record("Polres Bukit Harum menangkap Jaka (33), pelaku pencabulan terhadap seorang siswi, sebut saja Bunga "
                  "Kenanga (13), Selasa (11/3/2025). Korban mengalami trauma.")
    assert len(rec.victims) == 1 and rec.victims[0].age == 13


def test_a_rider_in_a_campaigns_general_statement_is_no_toll():
    rec = _record("Satlantas Polres Bukit Harum menggelar Operasi Patuh, Selasa (11/3/2025). Kasat Lantas mengingatkan, "
                  "dalam kecelakaan di jalan raya, pengendara sepeda motor yang nekat melawan arus rawan tewas. "
                  "Pengendara motor tewas karena tidak memakai helm yang layak.")
    assert rec.casualties.dead is None


def test_a_survivor_in_the_clause_of_a_missing_count_does_not_find_them():
    cas, _ = find_casualties("Tiga pemancing dilaporkan hilang di Waduk Sukaresik, menurut teman mereka yang selamat "
                             "setelah berenang ke tepi.")
    assert cas.missing == 3
