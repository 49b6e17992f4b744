"""Losses of the genre set's tune errors (issue 22, session 13, s13incx), each class written out as invented
sentences (other names, numbers, places and wordings than the genre texts) and read through the public API: counts
of cases in words, a tally of cases before the amount or in the sentence before; money of the case in a sentence that
speaks of a person or a thing the article reported.

Expected values follow `gold/incidents/README.md`."""
import pytest

import polsek_nlp

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "


def _losses(text, arrest=True):
    record = polsek_nlp.analyze((_ARREST if arrest else "") + text, id="t", published="2024-03-14T10:00")
    return sorted((x.amount, x.currency, x.kind) for x in record.losses)


# --- losses ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amounts", [
    # a count of cases written in words, in a sentence of a period
    ('Sepanjang 2023, kejaksaan itu menangani enam perkara korupsi dengan total kerugian negara Rp3,4 miliar.', []),
    # a tally of cases before the amount in its sentence, with no time word
    ('Kasus lain yang menonjol adalah penipuan daring sebanyak 41 kasus dengan total kerugian masyarakat Rp 4,2 miliar.',
     []),
    # a tally of incidents, and the loss said in the sentence after it
    ('Di bidang lalu lintas, tercatat 180 kejadian kecelakaan dengan 52 korban meninggal dunia. Kerugian material '
     'akibat kecelakaan mencapai Rp 2,4 miliar.', []),
    ('Tahun ini tercatat 9 kasus pembobolan ATM dengan kerugian nasabah mencapai Rp 800 juta.', []),
    ('Polda mengungkap dua puluh perkara investasi bodong. Total kerugian para korban mencapai Rp 12 miliar.', []),
    # the case's own loss stays
    ('Korban mengalami kerugian Rp 45 juta.', [(45_000_000, 'IDR', 'kerugian')]),
])
def test_statistics_of_many_cases_are_no_loss(text, amounts):
    assert _losses(text) == sorted(amounts)


@pytest.mark.parametrize("text, amounts", [
    # a sentence whose subject is a pronoun for a person the one before reported is of the case
    ('Polisi menangkap pelaku jambret berinisial AG (22). Korban mengalami luka lecet di tangan. Ia juga kehilangan '
     'sebuah tas berisi uang Rp 850.000.', [(850_000, 'IDR', 'uang tunai')]),
    ('Dua pelaku begal ditangkap polisi. Korban dibacok di bagian lengan. Dia kehilangan ponsel dan uang tunai '
     'Rp 2,5 juta.', [(2_500_000, 'IDR', 'uang tunai')]),
    # the drug seized, pointed back to and bought: a price paid in the scheme, though the sentence holds no word of a
    # report
    ('Polisi menangkap DN (24) di sebuah kamar kos di Cilandak. Dari kamar itu polisi menyita 2 gram sabu. DN mengaku '
     'membeli sabu itu seharga Rp 400 ribu dari seorang kenalan.', [(400_000, 'IDR', 'biaya')]),
    # a price of a drug pointed at nothing seized is a price in the background
    ('Polisi menangkap DN (24) di sebuah kamar kos di Cilandak. Setiap paket sabu dijual seharga Rp 150 ribu.', []),
    # goods the article seized, pointed back to and valued
    ('Polisi menyita 200 kilogram kayu gaharu dari gudang tersangka. Kepala Satreskrim mengatakan, kayu gaharu itu '
     'ditaksir senilai Rp 60 juta.', [(60_000_000, 'IDR', 'nilai barang bukti')]),
    # the sale of loot after the case stays no price paid
    ('Polisi menangkap Andi (30) yang merampok toko emas. Pelaku membawa kabur perhiasan senilai Rp 100 juta. '
     'Perhiasan itu dijual seharga Rp 40 juta.', [(100_000_000, 'IDR', 'nilai barang bukti')]),
])
def test_money_of_the_case_in_a_sentence_that_speaks_of_it(text, amounts):
    assert _losses(text, arrest=False) == sorted(amounts)


@pytest.mark.parametrize("text, amounts", [
    # the total face value of counterfeit notes seized is their stated value; a note's value is none
    ('Polisi menyita 800 lembar uang palsu pecahan Rp 50.000. "Jumlah nominal uang palsu yang kami sita Rp 40 juta," '
     'kata Kapolsek.', [(40_000_000, 'IDR', 'nilai barang bukti')]),
    ('Polisi menyita 800 lembar uang palsu dengan nominal Rp 50.000.', []),
])
def test_the_total_face_value_of_counterfeit_notes(text, amounts):
    assert _losses(text) == sorted(amounts)


# --- review fixes (session 13) ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amounts", [
    # a person's record of other cases is no tally: the loss in the next sentence is the case's
    ('Polisi meringkus KR (27) di sebuah warung. KR diketahui merupakan residivis kasus serupa. Kerugian korban '
     'mencapai Rp 12 juta.', [(12_000_000, 'IDR', 'kerugian')]),
    ('Polisi menangkap KR (27) yang membobol rumah di 5 kejadian. Total kerugian korban mencapai Rp 30 juta.',
     [(30_000_000, 'IDR', 'kerugian')]),
    # a serial offender's total in a relative clause of the arrested person is the case's loss
    ('Polisi menangkap KR (27), pelaku arisan bodong yang beraksi dalam 6 kasus dengan total kerugian korban '
     'Rp 75 juta.', [(75_000_000, 'IDR', 'kerugian')]),
])
def test_a_persons_record_of_cases_is_no_tally(text, amounts):
    assert _losses(text, arrest=False) == sorted(amounts)


@pytest.mark.parametrize("text, amounts", [
    # `nominal` after money not counted in notes is the amount taken, not one note's value
    ('Pelaku menggasak uang tunai dengan nominal Rp 7 juta milik korban.', [(7_000_000, 'IDR', 'uang tunai')]),
    # after notes counted in sheets it is one note's value (as before)
    ('Polisi menyita 300 lembar uang palsu dengan nominal Rp 100.000.', []),
])
def test_nominal_is_a_note_only_after_counted_notes(text, amounts):
    assert _losses(text) == sorted(amounts)


@pytest.mark.parametrize("text", [
    # the case nouns are one list (`case_noun` rows) for the seizures, the losses and the tolls: `peristiwa` counts
    # a period's statistics, and another `peristiwa` is another case's money
    'Sepanjang 2023, tercatat 30 peristiwa kebakaran hutan dengan total kerugian Rp 4 miliar.',
    'Polisi juga menyelidiki peristiwa lain dengan kerugian Rp 3 juta.',
])
def test_every_case_noun_counts_a_tally(text):
    assert _losses(text) == []


@pytest.mark.parametrize("text, amounts", [
    # a count of cases with a suspect as its subject, or pointed back at, is the suspect's record: the loss is the case's
    ('Pelaku sudah beraksi di 6 kejadian berbeda. Kerugian korban mencapai Rp 25 juta.',
     [(25_000_000, 'IDR', 'kerugian')]),
    ('Polisi menangkap KR (27) yang sudah 5 kali beraksi. Dari 3 kejadian tersebut, korban mengalami kerugian '
     'Rp 14 juta.', [(14_000_000, 'IDR', 'kerugian')]),
])
def test_a_suspects_record_as_subject_is_no_tally(text, amounts):
    assert _losses(text, arrest=False) == sorted(amounts)
