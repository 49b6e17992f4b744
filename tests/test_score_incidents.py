"""The incident scorer (benchmarks/score_incidents.py): matching and number normalisation on a tiny
hand-made gold and fake records; no corpus needed."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "score_incidents.py"
_spec = importlib.util.spec_from_file_location("score_incidents", _PATH)
si = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("score_incidents", si)  # dataclasses look their module up while defining
_spec.loader.exec_module(si)


GOLD = {
    "id": "1-x", "split": "tune", "published": "2017-01-01T10:00",
    "suspects": [
        {"name": "AS", "alias": "Ucok", "age": 25, "sex": "L", "residence": None, "status": "ditangkap",
         "role": "tersangka"},
        {"name": "Budi Santoso", "alias": None, "age": None, "sex": None, "residence": None, "status": "tewas",
         "role": "pelaku"},
    ],
    "victims": [
        {"name": None, "age": None, "sex": None, "residence": None, "status": "tewas"},
        {"name": None, "age": None, "sex": None, "residence": None, "status": "luka"},
    ],
    "casualties": {"dead": 2, "injured": 1, "missing": None},
    "evidence": [{"item": "sabu", "quantity": 1.2, "unit": "kg"},
                 {"item": "sabu", "quantity": 6521, "unit": "g"},
                 {"item": "botol miras", "quantity": 1283, "unit": "botol"}],
    "losses": [{"amount": 57000000, "currency": "IDR", "kind": "kerugian"},
               {"amount": 10000, "currency": "USD", "kind": "suap"}],
    "charges": [{"article": "114", "clause": "2", "law": "UU 35/2009", "max_penalty": "20 tahun"},
                {"article": "340", "clause": None, "law": "KUHP", "max_penalty": "pidana mati"}],
    "event": {"arrests": 2, "type": "narkoba", "subtype": "peredaran"},
}


@pytest.mark.parametrize("written, value", [
    ("1,2", 1.2), ("6.521", 6521), ("1.283", 1283), ("1.500.000", 1500000), ("0,5 gram", 0.5),
    ("dua", 2), ("sebuah", 1), ("1,2 juta", 1200000), ("10 ribu", 10000), (21, 21), (None, None),
    ("tidak ada", None), ("2.4", 2.4),
])
def test_parse_number(written, value):
    assert si.parse_number(written) == value


@pytest.mark.parametrize("amount, currency, expected", [
    ("Rp57 juta", None, (57000000, "IDR")), ("Rp 1,2 miliar", None, (1200000000, "IDR")),
    ("Rp1.500.000", None, (1500000, "IDR")), ("USD 10 ribu", None, (10000, "USD")),
    ("US$ 4.610", None, (4610, "USD")), (57000000, "Rp", (57000000, "IDR")), (None, "IDR", (None, "IDR")),
])
def test_parse_money(amount, currency, expected):
    assert si.parse_money(amount, currency) == expected


@pytest.mark.parametrize("law, norm", [
    ("UU Nomor 35 Tahun 2009 tentang Narkotika", "UU 35/2009"), ("UU 35/2009", "UU 35/2009"),
    ("Undang - undang No. 35 Tahun 2009", "UU 35/2009"), ("Kitab Undang-undang Hukum Pidana (KUHP)", "KUHP"),
    ("KUHP", "KUHP"), ("UU RI No. 23 / 2004", "UU 23/2004"), ("UU Darurat 12/1951", "UU DARURAT 12/1951"),
])
def test_norm_law(law, norm):
    assert si.norm_law(law) == norm


def test_units_items_fold():
    assert si.norm_unit("gram") == si.norm_unit("gr") == "g"
    assert si.norm_unit("Kilogram") == "kg"
    assert si.norm_item("Sabu-sabu") == si.norm_item("shabu") == "sabu"
    # the README's normal names: bong (alat hisap), handphone (telepon seluler), botol miras
    assert si.norm_item("alat hisap") == si.norm_item("bong")
    assert si.norm_item("telepon seluler") == si.norm_item("handphone")
    assert si.norm_item("minuman keras") == si.norm_item("botol miras")
    assert si.fold("M. Yusuf") == si.fold("m yusuf")


def _score(rec):
    scores = si.Scores()
    si.score_article(GOLD, rec, scores)
    return scores


def test_perfect_record_scores_one():
    s = _score(json.loads(json.dumps(GOLD)))
    for prf in (s.persons, s.evidence, s.losses, s.charges):
        assert prf.f1 == 1.0
    assert s.casualties.value == 1.0 and s.casualties.total == 2
    assert s.arrests.value == 1.0 and s.subtype.value == 1.0
    assert s.errors == []


def test_record_without_incident_fields_scores_zero():
    s = _score({"event": {"type": "narkoba"}, "persons": []})
    for prf in (s.persons, s.evidence, s.losses, s.charges):
        assert (prf.tp, prf.fp, prf.f1) == (0, 0, 0.0)
    assert s.persons.fn == 4 and s.evidence.fn == 3
    assert s.casualties.hit == 0 and s.casualties.total == 2
    assert s.arrests.hit == 0 and s.arrests.total == 1


def test_matching_normalises_and_counts():
    rec = {
        # alias matches, folded name matches; an extra named suspect is a false hit
        "suspects": [{"name": "Ucok"}, {"name": "budi  santoso"}, {"name": "Polres Bogor"}],
        # unnamed victims by count: 3 predicted for 2 gold -> 2 tp, 1 fp
        "victims": [{"name": None}, {"name": None}, {"name": None}],
        "casualties": {"dead": "dua", "injured": 3, "missing": 0},
        "evidence": [{"item": "Shabu", "quantity": "1,2", "unit": "kilogram"},   # right after normalisation
                     {"item": "sabu", "quantity": "6,521", "unit": "gram"},     # 6.521 g != 6521 g
                     {"item": "botol miras", "quantity": "1.283", "unit": "botol"}],
        "losses": [{"amount": "Rp 57 juta", "currency": None}, {"amount": 10000, "currency": "IDR"}],
        "charges": [{"article": "114", "law": "Undang-Undang Nomor 35 Tahun 2009"},
                    {"article": "340", "law": "UU 35/2009"}],
        "event": {"arrests": "2", "subtype": "Peredaran"},
    }
    s = _score(rec)
    assert (s.suspects.tp, s.suspects.fp, s.suspects.fn) == (2, 1, 0)
    assert (s.victims.tp, s.victims.fp, s.victims.fn) == (2, 1, 0)
    assert (s.casualties.hit, s.casualties.total, s.casualties.wrong) == (1, 2, 1)
    assert (s.evidence.tp, s.evidence.fp, s.evidence.fn) == (2, 1, 1)
    assert (s.losses.tp, s.losses.fp, s.losses.fn) == (1, 1, 1)     # USD vs IDR
    assert (s.charges.tp, s.charges.fp, s.charges.fn) == (1, 1, 1)  # 340 belongs to KUHP
    assert s.arrests.value == 1.0 and s.subtype.value == 1.0
    report = si.report(s, errors=True)
    assert "suspects+victims" in report and "Polres Bogor" in report


def test_main_skips_without_archive(tmp_path, capsys):
    assert si.main(["--shared", str(tmp_path)]) == 0
    assert "archive not found" in capsys.readouterr().out


def test_main_scores_a_tiny_archive(tmp_path, monkeypatch, capsys):
    text = "Polisi menangkap AS (25)."
    arch = tmp_path / "shared" / "corpora" / "archive"
    arch.mkdir(parents=True)
    (arch / "indosum-2017-a.jsonl").write_text(json.dumps({"id": "1-x", "text": text}) + "\n", encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    g = dict(GOLD, text_sha1=si.sha1(text))
    (gold_dir / "1-x.json").write_text(json.dumps(g), encoding="utf-8")

    class FakeRecord:
        def to_dict(self):
            return {"suspects": [{"name": "AS"}]}

    import polsek_nlp
    monkeypatch.setattr(polsek_nlp, "analyze", lambda text, **kw: FakeRecord())
    assert si.main(["--shared", str(tmp_path / "shared"), "--gold", str(gold_dir), "--split", "tune"]) == 0
    out = capsys.readouterr().out
    assert "articles: 1" in out and "1/0/3" in out
    # a wrong text_sha1 is reported and not scored
    (gold_dir / "1-x.json").write_text(json.dumps(dict(g, text_sha1="0" * 40)), encoding="utf-8")
    assert si.main(["--shared", str(tmp_path / "shared"), "--gold", str(gold_dir)]) == 1


def test_main_scores_a_gold_file_that_carries_its_text(tmp_path, monkeypatch, capsys):
    """gold/genre files hold their own `text`: they are scored on it with no archive at hand."""
    text = "Polisi menangkap AS (25) dan menyita 1,2 kilogram sabu."
    gold_dir = tmp_path / "genre"
    gold_dir.mkdir()
    g = dict(GOLD, id="genre-001", text=text, text_sha1=si.sha1(text))
    (gold_dir / "genre-001.json").write_text(json.dumps(g), encoding="utf-8")
    seen = []

    class FakeRecord:
        def to_dict(self):
            return {"suspects": [{"name": "AS"}], "evidence": [{"item": "sabu", "quantity": 1.2, "unit": "kg"}]}

    import polsek_nlp

    def fake_analyze(t, **kw):
        seen.append((t, kw.get("published")))
        return FakeRecord()

    monkeypatch.setattr(polsek_nlp, "analyze", fake_analyze)
    no_archive = tmp_path / "no-shared"
    assert si.main(["--shared", str(no_archive), "--gold", str(gold_dir), "--split", "tune"]) == 0
    out = capsys.readouterr().out
    assert seen == [(text, GOLD["published"])]
    assert "articles: 1" in out and "archive not found" not in out
    assert "evidence" in out and "1/0/2" in out  # 1 of 3 gold evidence items found
    # the text's SHA-1 is still checked
    (gold_dir / "genre-001.json").write_text(json.dumps(dict(g, text_sha1="0" * 40)), encoding="utf-8")
    assert si.main(["--shared", str(no_archive), "--gold", str(gold_dir)]) == 1


def test_round_picks_the_gold_by_selection_round(tmp_path, capsys):
    for name, extra in (("1-a", {}), ("3-b", {"round": 3}), ("4-c", {"round": 4})):
        (tmp_path / f"{name}.json").write_text(json.dumps(dict(GOLD, id=name, **extra)), encoding="utf-8")
    ids = {rnd: [g["id"] for g in si.load_gold(tmp_path, "tune", rnd)] for rnd in ("1-2", "3", "4", "all")}
    assert ids == {"1-2": ["1-a"], "3": ["3-b"], "4": ["4-c"], "all": ["1-a", "3-b", "4-c"]}
    # `--round 4` is a choice of the command line (round 4 of gold/incidents, issue 22)
    assert si.main(["--shared", str(tmp_path), "--gold", str(tmp_path), "--round", "4"]) == 0
    assert "archive not found" in capsys.readouterr().out
