"""Session 22, review D of s22inst's institution rules: the edges they over-reached on, mended.

Invented names, firms and sentences only; each test failed on main 817bb30 (the merge of s22inst), and the
guards beside them pass on both."""
from helpers import institution_names, person_names, reader

_record = reader("2025-03-04T10:00", id="rvD")


def _bodies(text: str) -> list[str]:
    return institution_names(_record(text))


# --- a given name that is also a dictionary word (Surya, Fajar, Sri) opens a post's holder only after two words of
# the body (recognize/institutions.py `_holder_start`): a firm of one word and such a word is the firm's name

def test_a_dictionary_given_name_after_one_word_of_a_firm_stays_the_firms():
    record = _record("Direktur PT Fajar Surya Wisanggeni menyampaikan laporan tahunan itu.")
    assert institution_names(record) == ["PT Fajar Surya Wisanggeni"]
    assert person_names(record) == []
    assert _bodies("Direktur PT Cahaya Fajar Kalbar meninjau pabrik itu.") == ["PT Cahaya Fajar Kalbar"]


def test_guard_the_holder_after_a_firm_of_two_words_is_still_read():
    record = _record("Direktur PT Mega Mandiri Sri Wulandari menyampaikan laporan tahunan itu.")
    assert institution_names(record) == ["PT Mega Mandiri"]
    assert person_names(record) == ["Sri Wulandari"]


# --- Organisasi/Lembaga is the common noun only before a body's acronym a table lists (`_common_noun_before`)

def test_lembaga_before_a_terms_acronym_keeps_its_name():
    assert _bodies("Menurut Lembaga HAM internasional, kasus itu harus diusut tuntas.") == ["Lembaga HAM"]


def test_guard_organisasi_before_a_listed_body_is_the_common_noun():
    assert _bodies("Organisasi PSSI saat ini menyiapkan kongres tahunan.") == ["PSSI"]


# --- a state's organ: the country word must not open a longer region's name (`foreign_organs`)

def test_congress_of_a_region_is_no_states_organ():
    assert "Kongres Amerika" not in _bodies("Kongres Amerika Latin digelar di Lima pekan depan.")


def test_guard_a_states_organ_is_still_read():
    assert _bodies("Kongres Meksiko menolak usulan itu pada Selasa.") == ["Kongres Meksiko"]


# --- a listed company's name ends at Tbk: a body's acronym after it is no stock code, and no chain runs on past it

def test_a_body_after_tbk_at_a_sentence_end_is_not_the_firms_name():
    assert _bodies("Kasus itu melibatkan PT Sinar Gemilang Tbk. KPPU lalu memeriksa direksinya.") \
        == ["PT Sinar Gemilang Tbk."]
    assert _bodies("Kasus itu melibatkan PT Sinar Gemilang Tbk. BPKP menilai kerugiannya.") \
        == ["PT Sinar Gemilang Tbk.", "BPKP"]


def test_guard_a_stock_code_after_tbk_stays_in_the_name():
    assert _bodies("Saham PT Sinar Gemilang Tbk SGMT naik tajam pada Senin.") == ["PT Sinar Gemilang Tbk SGMT"]
