"""Incident facts (issue 22): suspects, victims, casualties, evidence, losses, charges, arrests.

The sentences below are written for these tests (no article text is copied)."""
import jsonschema
import pytest

import polsek_nlp
from polsek_nlp.recognize.laws import find_charges, find_penalty
from polsek_nlp.recognize.quantities import (
    find_money,
    find_quantities,
    parse_digits,
    parse_number,
    parse_words,
)

DRUGS = (
    "Satuan Reserse Narkoba Polres Sukamaju menangkap dua tersangka pengedar sabu, masing-masing berinisial "
    "AS (25) dan RT (31), warga Desa Mekarsari, Kecamatan Cibeber. Dari tangan tersangka, petugas menyita "
    "barang bukti berupa 1,2 kilogram sabu, 6.521 gram ganja, dua papan dumolid dan satu unit sepeda motor. "
    "Polisi juga mengamankan uang tunai Rp57 juta yang diduga hasil penjualan. Kedua tersangka dijerat "
    "Pasal 114 ayat (2) subsider Pasal 112 ayat (2) Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika "
    "dengan ancaman hukuman maksimal 20 tahun penjara serta denda paling banyak Rp 10 miliar."
)
CRASH = (
    "Sebuah bus pariwisata terguling di jalan menurun di Kabupaten Sukamaju pada Sabtu sore. Polisi menyebut "
    "tiga orang tewas dan dua korban luka berat dalam kecelakaan lalu lintas itu. Korban tewas kemudian "
    "bertambah menjadi empat orang. Polisi belum menetapkan tersangka."
)
PLAIN = (
    "Pemerintah Kabupaten Sukamaju menggelar rapat koordinasi persiapan hari jadi kabupaten. Bupati meminta "
    "semua dinas mendukung acara yang dianggarkan Rp 2 miliar itu."
)


@pytest.fixture(scope="module")
def drugs():
    return polsek_nlp.analyze(DRUGS, id="drugs")


@pytest.fixture(scope="module")
def crash():
    return polsek_nlp.analyze(CRASH, id="crash")


# --- numbers, money, quantities, laws -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("1,2", 1.2), ("6.521", 6521), ("1.500.000", 1500000), ("1,500,000", 1500000), ("0,5", 0.5),
    ("1.000", 1000), ("12", 12),
])
def test_digits_follow_indonesian_conventions(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text, value", [
    ("tiga", 3), ("sebelas", 11), ("dua belas", 12), ("dua puluh lima", 25), ("seratus dua belas", 112),
    ("dua ratus lima puluh", 250), ("tiga ribu", 3000), ("seorang", 1),
])
def test_number_words(text, value):
    assert parse_words(text) == value


def test_scale_words_multiply():
    assert parse_number("1,2 juta") == 1_200_000
    assert parse_words("belasan") is None  # an approximate word is no number


@pytest.mark.parametrize("text, amount, currency", [
    ("Rp57 juta", 57_000_000, "IDR"), ("Rp 1,2 miliar", 1_200_000_000, "IDR"), ("Rp1.500.000", 1_500_000, "IDR"),
    ("USD 10 ribu", 10_000, "USD"), ("US$ 3.000", 3_000, "USD"), ("500 ribu rupiah", 500_000, "IDR"),
    ("Rp 2,3 triliun", 2_300_000_000_000, "IDR"), ("dua juta rupiah", 2_000_000, "IDR"),
])
def test_money(text, amount, currency):
    (m,) = find_money(text)
    assert (m.amount, m.currency) == (amount, currency)


@pytest.mark.parametrize("text, value, unit", [
    ("1,2 kilogram", 1.2, "kg"), ("6.521 gram", 6521, "g"), ("1.283 botol", 1283, "botol"),
    ("dua papan", 2, "papan"), ("sebutir", 1, "butir"), ("1 ton", 1000, "kg"), ("500 miligram", 0.5, "g"),
])
def test_quantities(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_law_with_clause_and_topic():
    (c,) = find_charges("dijerat Pasal 114 ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika")
    assert (c.article, c.clause, c.law) == ("114", "2", "UU 35/2009")


def test_junto_chain_and_amended_law():
    text = ("disangkakan melanggar Pasal 12B atau Pasal 11 Undang-Undang Nomor 31 Tahun 1999 sebagaimana telah "
            "diubah dengan Undang-Undang Nomor 20 Tahun 2001 juncto Pasal 55 ayat (1) ke-1 KUHP")
    got = [(c.article, c.clause, c.law) for c in find_charges(text)]
    assert got == [("12B", None, "UU 31/1999"), ("11", None, "UU 31/1999"), ("55", "1 ke-1", "KUHP")]


def test_short_law_forms():
    got = [(c.article, c.law) for c in find_charges("dijerat Pasal 81 UU 35/2014 jo Pasal 340 KUHP")]
    assert got == [("81", "UU 35/2014"), ("340", "KUHP")]
    (c,) = find_charges("dikenakan Pasal 27 ayat (3) UU ITE")
    assert c.law == "UU ITE"


def test_bare_articles_and_sub_items():
    got = [(c.article, c.clause, c.law) for c in find_charges("dijerat Pasal 340 subsider 338 KUHP")]
    assert got == [("340", None, "KUHP"), ("338", None, "KUHP")]
    got = [(c.article, c.clause) for c in find_charges("dikenakan Pasal 363 ayat (1) ke-3, 4 dan 5 KUHP")]
    assert got == [("363", "1 ke-3"), ("363", "1 ke-4"), ("363", "1 ke-5")]  # no article 4 nor 5: sub-items


def test_law_cited_by_number_takes_its_table_name():
    (c,) = find_charges("dijerat Pasal 2 ayat (1) Undang-Undang Republik Indonesia Nomor 12 Tahun 1951")
    assert (c.article, c.clause, c.law) == ("2", "1", "UU Darurat 12/1951")


@pytest.mark.parametrize("text, penalty", [
    ("dengan ancaman hukuman maksimal 20 tahun penjara", "20 tahun"),
    ("diancam pidana penjara paling singkat 5 tahun dan paling lama 15 tahun", "15 tahun"),
    ("terancam hukuman 5 - 20 tahun penjara", "20 tahun"),
    ("dengan ancaman paling lama tiga bulan kurungan", "3 bulan"),
    ("terancam hukuman mati", "pidana mati"),
    ("diancam pidana penjara seumur hidup", "seumur hidup"),
])
def test_penalty(text, penalty):
    assert find_penalty(text) == penalty


# --- through the public API -----------------------------------------------------------------------

def test_suspects_by_initials(drugs):
    names = {s.name: s for s in drugs.suspects}
    assert set(names) == {"AS", "RT"}
    assert names["AS"].age == 25 and names["RT"].age == 31
    assert names["AS"].role == "pengedar" and names["AS"].status == "ditangkap"
    assert drugs.event.arrests == 2


def test_initials_are_persons_too(drugs):
    persons = {p.name for p in drugs.persons}
    assert {"AS", "RT"} <= persons


def test_evidence_normalised(drugs):
    got = {(e.item, e.quantity, e.unit) for e in drugs.evidence}
    assert {("sabu", 1.2, "kg"), ("ganja", 6521, "g"), ("dumolid", 2, "papan"), ("sepeda motor", 1, "unit")} <= got


def test_losses_leave_the_fine_threat_out(drugs):
    assert [(x.amount, x.currency, x.kind) for x in drugs.losses] == [(57_000_000, "IDR", "barang bukti")]  # seized cash (README)


def test_charges_with_penalty(drugs):
    got = [(c.article, c.clause, c.law, c.max_penalty) for c in drugs.charges]
    assert got == [("114", "2", "UU 35/2009", "20 tahun"), ("112", "2", "UU 35/2009", "20 tahun")]


def test_drug_subtype(drugs):
    assert drugs.event.subtype == "peredaran"


def test_casualties_final_numbers(crash):
    assert (crash.casualties.dead, crash.casualties.injured, crash.casualties.missing) == (4, 2, None)
    assert crash.suspects == [] and crash.event.arrests is None


def test_no_incident_no_facts():
    rec = polsek_nlp.analyze(PLAIN, id="plain")
    assert rec.losses == [] and rec.suspects == [] and rec.evidence == [] and rec.charges == []
    assert rec.casualties.dead is None and rec.event.arrests is None


def test_victim_and_suspect_named_in_context():
    rec = polsek_nlp.analyze(
        "Polsek Sukamaju membekuk pelaku penganiayaan, Joko Susanto (40), warga Kampung Cibodas. Pelaku "
        "menganiaya Budi Hartono hingga korban mengalami luka berat dan dirawat di rumah sakit.", id="x")
    assert [(s.name, s.age, s.residence, s.status) for s in rec.suspects] == [
        ("Joko Susanto", 40, "Kampung Cibodas", "ditangkap")]
    assert [v.name for v in rec.victims] == ["Budi Hartono"]
    assert rec.event.arrests == 1


def test_pronoun_subject_and_seized_item_named_before_the_cue():
    rec = polsek_nlp.analyze(
        "Petualangan Darmawan, 33, sebagai dukun palsu berakhir di sel tahanan. Dia dicokok Polsek Sukamaju "
        "setelah dilaporkan korban. Sebilah golok milik pelaku juga diamankan sebagai barang bukti.", id="y")
    assert [(s.name, s.age, s.status) for s in rec.suspects] == [("Darmawan", 33, "ditangkap")]
    assert "Darmawan" in {p.name for p in rec.persons}
    assert [e.item for e in rec.evidence] == ["golok"]


def test_one_of_the_perpetrators_is_no_count():
    rec = polsek_nlp.analyze(
        "Seorang siswi menjadi korban perundungan. Polisi menyebut kejadian bermula dari cekcok dengan salah satu "
        "pelaku. Belum ada pelaku yang ditangkap.", id="z")
    assert rec.suspects == []


# --- the record ---------------------------------------------------------------------------------

def test_round_trip_and_schema(drugs, crash):
    for rec in (drugs, crash):
        d = rec.to_dict()
        assert polsek_nlp.EventRecord.from_dict(d) == rec
        assert polsek_nlp.EventRecord.from_json(rec.to_json()) == rec
        jsonschema.validate(d, polsek_nlp.record_schema())
    assert drugs.to_dict()["schema_version"] == "1.1"


def test_schema_rejects_a_bad_fact(drugs):
    d = drugs.to_dict()
    d["losses"][0]["currency"] = "rupiah"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(d, polsek_nlp.record_schema())


def test_component_in_pipeline_and_spans():
    nlp = polsek_nlp.load()
    names = nlp.pipe_names
    assert names.index("polsek_persons") < names.index("polsek_incidents") < names.index("polsek_entities")
    doc = nlp(DRUGS)
    labels = {s.label_ for s in doc.spans["incidents"]}
    assert {"SUSPECT", "EVIDENCE", "MONEY", "CHARGE"} <= labels
    assert doc._.incidents.arrests == 2


def test_frames_have_one_table_each(drugs, crash):
    pytest.importorskip("pandas")
    from polsek_nlp.notebook.frames import to_frames

    tables = to_frames([drugs, crash])
    assert len(tables["suspects"]) == 2 and len(tables["evidence"]) >= 4
    assert tables["casualties"].set_index("article_id").loc["crash", "dead"] == 4
    assert tables["charges"]["law"].tolist() == ["UU 35/2009", "UU 35/2009"]
    assert tables["articles"].set_index("id").loc["drugs", "arrests"] == 2


def test_facts_survive_doc_to_bytes():
    from spacy.tokens import Doc

    doc = polsek_nlp.load()(DRUGS)
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert again._.incidents == doc._.incidents
    assert [s.label_ for s in again.spans["incidents"]] == [s.label_ for s in doc.spans["incidents"]]


def test_initials_introduced_by_a_role_further_back():
    rec = polsek_nlp.analyze(
        "Satreskrim Polres Sukamaju meringkus dua pelaku pencurian dengan kekerasan (curas), masing-masing "
        "berinisial AR (22) dan MS (19). Barang bukti berupa sebilah celurit dan uang tunai Rp 1,5 juta disita.",
        id="c")
    assert [(s.name, s.age, s.status) for s in rec.suspects] == [("AR", 22, "ditangkap"), ("MS", 19, "ditangkap")]
    assert rec.event.arrests == 2
    assert [(e.item, e.quantity) for e in rec.evidence] == [("celurit", 1)]
    assert [(x.amount, x.kind) for x in rec.losses] == [(1_500_000, "barang bukti")]


@pytest.mark.parametrize("text, counts", [
    ("Ledakan itu menewaskan sedikitnya 20 orang dan melukai lebih dari 50 orang.", (20, 50, None)),
    ("Banjir bandang menelan korban jiwa sebanyak 5 orang, sementara 2 orang dinyatakan hilang.", (5, None, 2)),
    ("Lima orang meninggal dunia dan 12 lainnya luka-luka.", (5, 12, None)),
    ("Tidak ada korban jiwa dalam kebakaran itu.", (0, None, None)),
])
def test_casualty_phrasings(text, counts):
    from polsek_nlp.recognize.incident_facts import find_casualties

    c, _ = find_casualties(text)
    assert (c.dead, c.injured, c.missing) == counts


def test_a_new_process_imports_the_incident_stage_only_for_an_incident():
    """Issue 20 (cold start): the incident stage (`incident_facts`, evidence, laws, the people of an
    incident) and its patterns are imported when the first article passes the component's gate, not
    with the pipeline: a new process whose article reports no incident never builds them; one whose
    article reports an incident reads its facts as before."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src"
    stage = ("polsek_nlp.recognize.incident_facts", "polsek_nlp.recognize.evidence", "polsek_nlp.recognize.laws",
             "polsek_nlp.recognize.incident_people")
    code = ("import sys, polsek_nlp\n"
            "polsek_nlp.analyze('Kapolres Purwakarta AKBP Lilik Ardiansyah memimpin rapat di Aula Mapolres "
            "Purwakarta, Senin (19/8/2024).')\n"
            f"print(sorted(m for m in {stage!r} if m in sys.modules))\n"
            f"r = polsek_nlp.analyze({DRUGS!r})\n"
            f"print(sorted(m for m in {stage!r} if m in sys.modules) == sorted({stage!r}), len(r.suspects))\n")
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.split("\n")[:2] == ["[]", "True 2"]


def test_the_incident_gate_covers_every_core_word_of_the_table():
    """The gate (`incident_gate.may_report_incident`) is sound: `reports_incident` needs a core word
    (or a calm word of dying after a count), and every such word of `data/incident_words.tsv`, in
    any case and inside a text, passes the gate."""
    from polsek_nlp.recognize.incident_facts import reports_incident
    from polsek_nlp.recognize.incident_gate import may_report_incident
    from polsek_nlp.recognize.incident_words import core_words, words

    every = core_words() | {w for w, v in words("dead").items() if v == "calm"}
    assert len(every) > 20
    for w in every:
        for form in (w, w.upper(), w.title()):
            assert may_report_incident(f"Kemarin, {form} di sana."), form
    assert not may_report_incident("Rapat koordinasi digelar di aula kantor bupati.")
    assert not reports_incident("Rapat koordinasi digelar di aula kantor bupati.")


def test_a_forking_batch_builds_the_incident_stage_in_its_parent():
    """The batch parent's warm-up article passes the incident gate, so the stage that the gate
    imports on demand is built once before the fork, not in every worker."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src"
    code = ("import sys\nfrom polsek_nlp.archive import pool\npool.warm(for_workers=True)\n"
            "print('polsek_nlp.recognize.incident_facts' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.split() == ["True"]
