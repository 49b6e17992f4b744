"""The sentence corpus (gold/sentences, parts check and tune) and its scorer,
benchmarks/score_sentences.py: the gold joins the shared archive with every SHA-1 holding, the
inline-tagged file reads back as written, the selection script still picks exactly the annotated
sentences of each part, and the two parts share no article.  No NER is run here."""
from __future__ import annotations

import hashlib
import importlib.util
import sys

import pytest

from conftest import ROOT, SHARED

_PATH = ROOT / "benchmarks" / "score_sentences.py"
_spec = importlib.util.spec_from_file_location("score_sentences", _PATH)
ss = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("score_sentences", ss)
_spec.loader.exec_module(ss)

ARCHIVE = SHARED / "corpora" / "archive" / "indosum-2017-a.jsonl"


def test_gold_lines_are_well_formed():
    gold = ss.load_gold()
    assert len(gold) == 500
    assert [g["split"] for g in gold] == ["check"] * 250 + ["tune"] * 250
    assert len({(g["id"], g["start"]) for g in gold}) == len(gold)
    for g in gold:
        assert list(g) == ["id", "split", "start", "end", "text_sha1", "entities"]
        assert 0 <= g["start"] < g["end"] and len(g["text_sha1"]) == 40
        ents = g["entities"]
        assert ents == sorted(ents)
        bounds = [s for s, _, _ in ents[1:]] + [g["end"] - g["start"]] if ents else []
        for (s, e, label), limit in zip(ents, bounds, strict=True):
            assert label in ss.TAGS and 0 <= s < e <= limit  # inside the sentence, no overlap


def test_join_reports_a_changed_text():
    sentence = "Kapolres Bekasi AKBP Budi Santoso tiba Senin (3 / 4)."
    row = {"id": "1-x", "start": 0, "end": len(sentence),
           "text_sha1": hashlib.sha1(sentence.encode()).hexdigest(), "entities": [[21, 33, "PER"]]}
    joined, errors = ss.join([row], {"1-x": sentence})
    assert errors == [] and joined == [(sentence, [[21, 33, "PER"]])]
    _, errors = ss.join([row], {"1-x": sentence.replace("Senin", "Selasa")})
    assert len(errors) == 1 and "text_sha1" in errors[0]
    _, errors = ss.join([row], {})
    assert len(errors) == 1 and "not in the archive" in errors[0]


def test_inline_tags():
    sentence = "Budi ke Bekasi Senin (3 / 4)."
    ents = [[8, 14, "LOC"], [0, 4, "PER"], [15, 28, "TIME"]]
    assert ss.inline(sentence, ents) == (
        "<PERSON>Budi</PERSON> ke <LOCATION>Bekasi</LOCATION> <TIME>Senin (3 / 4)</TIME>.")


def test_parts_share_no_article():
    gold = ss.load_gold()
    check = {g["id"] for g in gold if g["split"] == "check"}
    tune = {g["id"] for g in gold if g["split"] == "tune"}
    assert len(check) == len(tune) == 125 and not check & tune
    excluded = {p.stem for d in ("records", "incidents") for p in (ROOT / "gold" / d).glob("*.json")}
    assert not (check | tune) & excluded


@pytest.mark.corpus
def test_gold_joins_the_archive_and_reads_back(tmp_path):
    joined, errors = ss.join(ss.load_gold(), ss.load_archive(ARCHIVE))
    assert errors == []
    assert len(joined) == 500
    corpus = tmp_path / "sentences.txt"
    corpus.write_text("".join(ss.inline(s, e) + "\n" for s, e in joined), encoding="utf-8")
    assert ss.roundtrip_errors(joined, corpus, SHARED) == []


@pytest.mark.corpus
@pytest.mark.parametrize("part", ["check", "tune"])
def test_selection_is_reproducible(part):
    spec = importlib.util.spec_from_file_location("sentence_select", ROOT / "gold" / "sentences" / "select.py")
    sel = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sel)
    picked = sel.select(ARCHIVE, sel.excluded_ids(SHARED), part=part)
    assert picked == [(g["id"], g["start"], g["end"]) for g in ss.load_gold() if g["split"] == part]
    if part == "tune":  # police-gold-dev articles are out of both parts too
        dev = {p.stem.removeprefix("indosum-") for p in (SHARED / "corpora" / "police-gold-dev").glob("*.json")}
        assert not {art_id for art_id, _, _ in picked} & dev


def test_scorer_skips_without_shared(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["score_sentences.py", "--shared", str(tmp_path / "none")])
    assert ss.main() == 0
    assert "skip" in capsys.readouterr().out


def test_no_archive_text_in_the_gold():
    text = ss.GOLD.read_text(encoding="utf-8")  # the file the scorer reads
    assert '"text"' not in text and all(c.isascii() for c in text)


def test_load_gold_by_split():
    assert [len(ss.load_gold(split=s)) for s in ss.SPLITS] == [250, 250, 500]
    assert {g["split"] for g in ss.load_gold(split="tune")} == {"tune"}


@pytest.mark.parametrize("split", ["check", "all"])
def test_errors_refused_outside_tune(split, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["score_sentences.py", "--split", split, "--errors",
                                      "--shared", str(tmp_path / "none")])
    with pytest.raises(SystemExit) as exc:
        ss.main()
    assert exc.value.code == 2 and "--split tune only" in capsys.readouterr().err


def test_sentence_errors_lists_fp_and_fn():
    sentence = "Budi ke Bekasi Senin (3 / 4)."
    gold = [[0, 4, "PER"], [8, 14, "LOC"], [15, 28, "TIME"]]
    pred = [(0, 4, "PER"), (8, 14, "ORG"), (15, 20, "TIME")]
    lines = ss.sentence_errors([(sentence, gold)], [pred], ["PER", "ORG", "LOC", "TIME"])
    assert lines == [f"[1] {sentence}", "  FP ORG  'Bekasi' [8:14]", "  FP TIME 'Senin' [15:20]",
                     "  FN LOC  'Bekasi' [8:14]", "  FN TIME 'Senin (3 / 4)' [15:28]"]
    assert ss.sentence_errors([(sentence, gold)], [pred], ["PER"]) == []
