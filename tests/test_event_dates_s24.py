"""Session 24 (s24evd): a lead that announces the headline's act as a plan, with no past day of its own, rests on
the statement's day (the announcement is the news), not on a happening the body recalls with its day.

Invented texts only."""
import polsek_nlp

PUBLISHED = "2026-03-11T15:00"  # a Wednesday
TITLE = "Polres Sukamaju gelar Operasi Patuh Lodaya mulai 16 Maret"

OPERATION = ("Sukamaju (ANTARA) - Kepolisian Resor Sukamaju akan menggelar Operasi Patuh Lodaya selama 14 hari mulai "
             "Senin (16/3) untuk menekan angka kecelakaan lalu lintas di jalur mudik.\n\n"
             "Kapolres Sukamaju AKBP Darmawan Yusuf di Sukamaju, Rabu, mengatakan operasi itu melibatkan 300 personel "
             "gabungan.\n\n"
             "Salah satu kecelakaan terakhir terjadi di Jalan Raya Cibeureum pada Sabtu (7/3) dini hari. Seorang "
             "pengendara sepeda motor tewas setelah menabrak truk yang parkir.")


def _date(text: str, title: str = TITLE) -> str | None:
    return polsek_nlp.analyze(text, published=PUBLISHED, title=title).event.date


def test_announced_operation_takes_the_statement_day():
    assert _date(OPERATION) == "2026-03-11"


def test_announced_operation_with_a_dated_statement_takes_its_day():
    text = OPERATION.replace("di Sukamaju, Rabu, mengatakan", "mengatakan").replace(
        "personel gabungan.", 'personel gabungan.\n\n"Kami tidak pandang bulu," kata Darmawan, Selasa (10/3).')
    assert _date(text) == "2026-03-10"


def test_a_past_act_of_the_lead_is_not_announced():
    # no plan word before the lead's verb: the lead tells what was done, the rule does not reach it
    text = OPERATION.replace("akan menggelar", "menggelar").replace("mulai Senin (16/3)", "sejak awal bulan")
    assert _date(text) == "2026-03-07"


def test_a_plan_word_of_another_clause_announces_nothing():
    # review of s24evd: `mendatang` dates the holiday, `yang akan` tells the subject's other plan; the lead's verb is
    # no plan, so the lead weighs as the same lead with no plan word at all
    past = OPERATION.replace("akan menggelar", "menggelar").replace("mulai Senin (16/3)", "sejak awal bulan")
    for lead in ("Menjelang arus mudik Lebaran mendatang, Kepolisian Resor Sukamaju menggelar",
                 "Kepolisian Resor Sukamaju yang akan menerima kunjungan Kapolda menggelar"):
        text = past.replace("Kepolisian Resor Sukamaju menggelar", lead)
        assert _date(text) == _date(past) != "2026-03-11"


def test_a_plan_word_a_few_words_before_the_verb_still_announces():
    for plan in ("akan kembali menggelar", "berencana untuk menggelar", "dijadwalkan menggelar"):
        assert _date(OPERATION.replace("akan menggelar", plan)) == "2026-03-11"


def test_the_act_dated_in_the_body_is_not_announced():
    # a day whose sentence names the lead's act (`digelar`): the rule leaves the weighing as it was
    text = OPERATION.replace("gabungan.", "gabungan. Rapat persiapan operasi digelar di Mapolres pada Senin (9/3).")
    assert _date(text) != "2026-03-11"


def test_a_lead_with_its_own_past_day_is_not_announced():
    text = OPERATION.replace("di jalur mudik.", "di jalur mudik, seperti diumumkan dalam apel pada Senin (9/3).")
    assert _date(text) != "2026-03-11"


def test_a_typed_headline_act_is_not_announced():
    # the headline's verb names a happening (`Diringkus`): the body dates it in other words
    text = ("SUKAMAJU - Satuan Reserse Narkoba Polres Sukamaju akan membongkar jaringan pengedar sabu "
            "antarkabupaten.\n\n"
            "Kapolres Sukamaju AKBP Darmawan Yusuf mengatakan kurir berinisial RT diamankan di sebuah SPBU pada Jumat "
            "(6/3) bersama 300 gram sabu.\n\n"
            '"Kami masih memburu pemasoknya," kata Darmawan dalam konferensi pers, Rabu (11/3/2026).')
    assert _date(text, "Polres Sukamaju Bongkar Jaringan Sabu, Kurir Diringkus") == "2026-03-06"


# s24evd2: a quote of the lead that runs over two sentences is one sentence with its attribution, so the statement's
# day after the quote (`"... . ...," kata X, Rabu.`) stands in the lead, above a background day told after it. No title.
QUOTED = ("Sukamaju (ANTARA) - Ketua Paguyuban Pedagang Pasar Sukamaju Hendra Wiguna menyatakan siap mendampingi para "
          "pedagang yang dilaporkan ke polisi.\n\n"
          "\"Kami tidak akan tinggal diam. Ada 20 advokat yang siap membantu,\" kata Hendra di Sukamaju, Rabu.\n\n"
          "Para pedagang dilaporkan pengelola pasar karena diduga merusak pagar saat unjuk rasa di Jalan Merdeka, "
          "Senin (9/3).")


def test_a_two_sentence_quote_of_the_lead_keeps_its_statement_day_in_the_lead():
    assert _date(QUOTED, title=None) == "2026-03-11"


def test_a_two_sentence_quote_of_the_lead_said_today():
    assert _date(QUOTED.replace("di Sukamaju, Rabu.", "hari ini."), title=None) == "2026-03-11"


def test_a_one_sentence_quote_of_the_lead_as_before():
    # guard: a quote of one sentence was in the lead already
    text = QUOTED.replace("tinggal diam. Ada", "tinggal diam, ada")
    assert _date(text, title=None) == "2026-03-11"


# s24evd2: a comma slipped in after a bound word (`sejak, Rabu (4/3)`) still makes the day a period's bound.
RAIL = ("Sukamaju (ANTARA) - Jalur kereta api selatan kembali normal, Jumat, setelah petugas membersihkan material "
        "longsor yang menutup rel di Kecamatan Cibeureum, Kabupaten Sukamaju, sejak, Rabu (4/3).\n\n"
        "\"Jalur sudah aman dilewati,\" kata Manajer Humas Daop Sukamaju Rudi Hartono di Sukamaju.\n\n"
        "Rel tertimbun longsor akibat hujan deras yang mengguyur wilayah itu, Rabu (4/3).")


def test_a_bound_word_with_a_comma_still_bounds():
    published = "2026-03-07T06:00"  # a Saturday
    assert polsek_nlp.analyze(RAIL, published=published).event.date == "2026-03-06"
    plain = RAIL.replace("sejak, Rabu", "sejak Rabu")  # guard: the bound without the comma
    assert polsek_nlp.analyze(plain, published=published).event.date == "2026-03-06"
