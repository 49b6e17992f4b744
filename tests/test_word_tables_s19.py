"""Session 19 (words out of code): the word alternations the incident and resolve stages held inside their regexes
are rows of `data/incident_words.tsv` (kinds contrast, body_count, state_lead, approximator, toll_link, lost_thing,
own_case, pseudonym, pointed_noun, home_noun, owner_word; count_context rows of value arrest_root) and of
`data/words/background_cues.tsv` (`after`, read by `resolve/events._COUNT_BACK` too). A row added to the table is
read by the readers: tested in a new process on a copy of the package whose table has the rows added (the patterns
are built from the tables once per process). Invented sentences."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import polsek_nlp
from polsek_nlp.data import data_text, read_table

NEW_KINDS = {  # kind -> the parts of its values the code reads (None: the rows as a whole)
    "contrast": (None, "others"),
    "body_count": ("lead", "counted", "after"),
    "state_lead": (None,),
    "approximator": ("toll", "harm_act"),
    "toll_link": ("after", "amount", "total", "victim_count"),
    "lost_thing": ("lead", "count"),
    "own_case": ("report", "befell"),
    "pseudonym": (None,),
    "pointed_noun": (None,),
    "home_noun": (None,),
    "owner_word": ("owner", "taken_from"),
}

FIRE = ("Kebakaran melanda sebuah pasar di Desa Sukamaju, Kecamatan Lembah Hijau, Senin (3/2). Korban tewas kira-kira "
        "12 orang, kata Kapolsek Lembah Hijau AKP Darmono.")
CRASH = ("Truk bermuatan pasir terguling di Jalan Raya Sukamaju, Senin (3/2). Sopir truk, Budi Santoso (33), selamat, "
         "sebaliknya kernetnya, Joko Purnomo (25), tewas di lokasi.")
ABUSE = ("Seorang siswi, Mawar (nama disamarkan), 14 tahun, menjadi korban pencabulan oleh tetangganya di Desa Sukamaju, "
         "Senin (3/2). Pelaku berinisial RT (45) sudah ditangkap polisi.")
# one row of each kind the articles above need, none of them in the table: `kira-kira` an approximator of a toll,
# `sebaliknya` a word of contrast, `(nama disamarkan)` a pseudonym's brackets
ADDED_ROWS = "kira-kira\tapproximator\ttoll\nsebaliknya\tcontrast\t-\nnama disamarkan\tpseudonym\t-\n"


def _facts(rec) -> dict:
    d = rec.to_dict() if hasattr(rec, "to_dict") else rec
    return {"dead": d["casualties"]["dead"], "victims": {v["name"]: v["status"] for v in d["victims"]}}


@pytest.mark.parametrize("kind", sorted(NEW_KINDS))
def test_each_new_kind_is_read_has_its_parts_and_no_row_twice(kind):
    rows = [r for r in read_table("incident_words.tsv") if r["kind"] == kind]
    assert rows, kind
    assert not [w for w, n in Counter(r["word"] for r in rows).items() if n > 1]
    assert all(r["word"] == r["word"].lower() for r in rows)  # matched in any case or capitalised by the reader
    for part in NEW_KINDS[kind]:
        assert part is None or any(part in r["value"].split() for r in rows), (kind, part)
    header = "\n".join(line for line in data_text("incident_words.tsv").splitlines() if line.startswith("#"))
    assert f"{kind} rows" in header  # said in a header comment what the rows are for


def test_arrest_roots_and_looking_back_words_are_rows():
    roots = {r["word"] for r in read_table("incident_words.tsv")
             if r["kind"] == "count_context" and r["value"] == "arrest_root"}
    assert {"tahan", "tangkap"} <= roots
    assert {r["word"] for r in read_table("words/background_cues.tsv") if r["where"] == "after"} >= {"lalu", "silam"}


@pytest.mark.slow  # a new Python process on a copy of the package: seconds, not milliseconds
def test_the_words_read_without_the_added_rows():
    # the control: none of the added words is known to the package as it is
    assert _facts(polsek_nlp.analyze(FIRE))["dead"] != 12
    assert _facts(polsek_nlp.analyze(CRASH))["victims"].get("Budi Santoso") == "tewas"  # the contrast not seen
    assert "Mawar" not in _facts(polsek_nlp.analyze(ABUSE))["victims"]


@pytest.mark.slow  # a new Python process on a copy of the package: seconds, not milliseconds
def test_a_row_added_to_the_table_is_read(tmp_path):
    package = tmp_path / "polsek_nlp"
    shutil.copytree(Path(polsek_nlp.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    table = package / "data" / "incident_words.tsv"
    table.write_text(table.read_text(encoding="utf-8") + ADDED_ROWS, encoding="utf-8")
    code = ("import json, sys, polsek_nlp\n"
            "for t in json.loads(sys.stdin.read()):\n"
            "    print(json.dumps(polsek_nlp.analyze(t).to_dict(), ensure_ascii=False))\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "POLSEK_NLP_CACHE": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps([FIRE, CRASH, ABUSE]), capture_output=True,
                         text=True, check=True, env=env, cwd=tmp_path).stdout.splitlines()
    fire, crash, abuse = (_facts(json.loads(line)) for line in out)
    assert fire["dead"] == 12  # `Korban tewas kira-kira 12 orang`: an approximator row between the word and its count
    # `..., selamat, sebaliknya kernetnya, Y, tewas`: the clause of contrast says Y's harm, not Budi's
    assert crash["victims"] == {"Budi Santoso": "selamat", "Joko Purnomo": "tewas"}
    assert "Mawar" in abuse["victims"]  # `Mawar (nama disamarkan), 14 tahun`: the pseudonym of a victim
