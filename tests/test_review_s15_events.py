"""Session 15 review of the merged event-date and event-type rules (s15ev) and the per-word speed change
(s15sp): each case failed on the merged code (`0956a2a`) and passes with the fix of its mechanism. Every
name, place and sentence is invented."""
from __future__ import annotations

import pytest
from spacy.vectors import Vectors

import polsek_nlp
from polsek_nlp.lang.language import PolsekIndonesian

# 1. a `yang` clause ends at the main clause's verb; one that tells the event itself (a trigger of its type)
# keeps its day; a later day that only bounds a period dates no other act
YANG_CLAUSES = [
    ('Gudang yang menyimpan pupuk di Desa Talangsari terbakar pada Minggu (2/3) malam dan api baru dipadamkan '
     'petugas pada Senin (3/3) pagi.', '2025-03-04T10:00', '2025-03-02'),
    ('Nelayan yang memancing di Danau Cipanas menemukan perahu terbalik pada Minggu (2/3) sore sebelum perahu '
     'itu ditarik petugas pada Senin (3/3).', '2025-03-05T10:00', '2025-03-02'),
    ('Seorang pejalan kaki yang tertabrak mobil di Jalan Mawar Raya pada Sabtu (1/3) meninggal dunia di '
     'rumah sakit, Senin (3/3).', '2025-03-04T10:00', '2025-03-01'),
    ('Banjir yang melanda Kampung Sukadana sejak Sabtu (1/3) malam merendam puluhan rumah hingga Senin (3/3).',
     '2025-03-04T10:00', '2025-03-01'),
]


@pytest.mark.parametrize("text, published, day", YANG_CLAUSES)
def test_a_yang_clause_ends_at_the_main_verb(text, published, day):
    assert polsek_nlp.analyze(text, published=published).event.date == day


# 2. a conjunction that opens the next clause ends a mention cue's reach
def test_an_act_after_sehingga_is_done_not_spoken_of():
    record = polsek_nlp.analyze(
        'Sebuah truk terbalik di Jalan Raya Pasirluhur, Senin (3/3) pagi. Sopir diduga berusaha menghindari '
        'lubang sehingga truk terbalik dan menabrak kios milik warga hingga dua orang luka-luka.',
        published='2025-03-04T10:00')
    assert record.event.type == 'kecelakaan_lalu_lintas'


def test_an_act_after_namun_is_done_not_spoken_of():
    record = polsek_nlp.analyze(
        'Seorang satpam pabrik di Desa Mekarwangi, Senin (3/3) malam, berusaha mencegah maling kabur namun '
        'justru dibacok pelaku hingga tewas.', published='2025-03-04T10:00')
    assert record.event.type == 'penganiayaan'


def test_an_act_after_lalu_keeps_its_type():
    record = polsek_nlp.analyze(
        'Tiga pelaku merampas mobil korban dengan ancaman pistol lalu membacok korban hingga luka parah.',
        published='2025-03-04T10:00')
    assert record.event.type == 'perampokan' and 'penganiayaan' in record.event.secondary_types


# 3. `sesuai jadwal` before a past act keeps a yearless day in the past
@pytest.mark.parametrize("text, published, day", [
    ('Sidang perkara pencurian ternak di Pengadilan Negeri Sukamulya sesuai jadwal digelar pada 2 Juni.',
     '2025-06-20T10:00', '2025-06-02'),
    ('Pemeriksaan saksi kasus penipuan arisan sesuai jadwal dilaksanakan penyidik Polres Sukamulya pada 28 Desember.',
     '2025-01-10T10:00', '2024-12-28'),
])
def test_a_past_act_on_schedule_stays_in_the_past(text, published, day):
    record = polsek_nlp.analyze(text, published=published)
    assert [d.value for d in record.dates] == [day]
    assert record.event.date == day


# 4. a count of days written in digits counts from the statement's day as one written in words
@pytest.mark.parametrize("count", ['dua', '2'])
def test_a_count_of_days_in_digits_counts_from_the_statements_day(count):
    record = polsek_nlp.analyze(
        f'"Tersangka kami tangkap {count} hari lalu di kebun," kata Kapolsek AKP Wira Santika, Selasa (4/3).',
        published='2025-03-06T10:00')
    assert record.event.date == '2025-03-02'


# 5. the vectors a caller asks for are made
def test_create_vectors_is_applied():
    nlp = PolsekIndonesian(create_vectors=lambda vocab: Vectors(strings=vocab.strings, shape=(1, 5)))
    assert nlp.vocab.vectors.shape == (1, 5)


# 6. a range whose first end writes the year: the last end takes it, in the next year if it would fall earlier
def test_a_range_with_the_year_at_its_first_end_runs_into_the_next_year():
    record = polsek_nlp.analyze('Operasi Pekat digelar 27 Desember 2024 hingga 4 Januari.', published='2024-12-22T10:00')
    assert [d.value for d in record.dates] == ['2024-12-27', '2025-01-04']
