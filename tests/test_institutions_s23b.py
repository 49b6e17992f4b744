"""Session 23 (s23inst2): institutions, second pass (issue 19) — a post's sub-unit in the table's path, the body
after a post that a table form runs over, a unit's `Operasi` that is no operation's name.

Invented sentences only; each case failed before its rule, the guards pass on both."""
import polsek_nlp

P = "2017-08-01T10:00"


def _record(text: str):
    return polsek_nlp.analyze(text, published=P)


def _names(text: str) -> list[str]:
    return [i.name for i in _record(text).institutions]


# --- a table form that a post opens and that runs past it gives the body its last words name (gold S4)

def test_the_body_after_a_post_that_holds_a_table_form_is_listed():
    assert _names("Kepala Divisi Humas Polri Irjen Sugeng Priyadi mengatakan hal itu di Jakarta.") == ["Polri"]


# --- a sub-unit after a head's title in the table's path (gold S4)

def test_a_table_sub_unit_after_a_head_title_is_the_posts():
    assert "Bidang Hukum" not in _names("Ketua Bidang Hukum DPP Partai Hanura Yoga Pratama mengatakan hal itu.")
    assert _names("Kepala Bagian Humas Pemkab Ciamis Rina Lestiani mengatakan hal itu.") == ["Pemkab Ciamis"]


def test_a_sub_unit_with_no_body_after_it_is_still_listed():
    # guard: no other table body follows in the post's run
    assert "Bidang Humas" in " ".join(_names("Anggota Bidang Humas Polda Lampung hadir. Kepala Bidang Humas "
                                             "menyebut acara itu lancar."))


# --- `Operasi` after a sub-unit's head word is the unit's portfolio, no operation (event_names)

def test_operasi_inside_a_units_name_is_no_event_and_the_body_after_it_is_listed():
    record = _record("Kepala Pusat Pengendalian Operasi BPBD Jawa Barat, Dedi Kurniawan, mengatakan banjir surut.")
    assert record.event.name is None
    assert [i.name for i in record.institutions] == ["BPBD Jawa Barat"]


def test_a_named_operation_stays_an_event():
    record = _record("Polres Ciamis menggelar Operasi Zebra Lodaya 2017 di Ciamis.")
    assert record.event.name == "Operasi Zebra Lodaya 2017"


# --- `Sekuritas` ends a securities firm's name (`words/org_cues.tsv` after), as `Tbk` or `Group` do

def test_a_securities_firm_is_a_body():
    assert _names("Ekonom Permata Sekuritas Joko Santosa mengatakan rupiah menguat.") == ["Permata Sekuritas"]


def test_an_operation_named_after_a_units_words_stays_an_event():
    # integrator, after s23rvE's review: after a unit's words, `Operasi` with a name that is no body (`Zebra`,
    # `Madago Raya`) is the operation the unit works in, an event; only a body after it (`Operasi BPBD X`) makes it
    # the unit's portfolio
    record = _record("Personel Satuan Lalu Lintas Operasi Zebra Lodaya 2024 menindak 40 pengendara di Kota Bandung.")
    assert record.event.name == "Operasi Zebra Lodaya 2024"
