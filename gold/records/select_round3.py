#!/usr/bin/env python3
"""Draw the round-3 record-gold articles (issue 19, s9) in a seeded order: no hand choice.

usage: python gold/records/select_round3.py [--shared PATH] [--seed 193] [--n N]

Candidates: the union of `gold/select.py --parity even` and `--parity odd` (archive lines with
category "tajuk utama", police or regional-government news by the same POLICE/REGIONAL patterns),
minus every id in gold/records/, gold/incidents/, gold/event_dates/event_dates.jsonl,
gold/sentences/sentences.jsonl and <shared>/corpora/police-gold-dev/.  The candidates, in archive
order, are shuffled with `random.Random(seed)`; the annotator takes them in that order and skips
one only when it has no record content at all (gold/README.md, `## Round 3`, says which).
Prints `rank line split id` per candidate (the first `--n`, default all); never writes archive
text anywhere.  The round's own files (ROUND3) are kept in the pool, so the draw is
the same before and after they were added; `*` marks them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUND3 = (  # the 25 annotated in round 3, in draw order: they stay in the pool so the draw repeats
    "1516916700-wiranto-khawatir-tni-tembak-teroris-kena-pelanggar",
    "1474153237-hasil-investigasi-tim-tidak-temukan-aliran-dana-fr",
    "1511572043-putri-setya-novanto-mangkir-dari-panggilan-kpk",
    "1517819400-tol-padang-pekanbaru-mulai-dikerjakan-februari-ini",
    "1511241117-besok-mkd-dpr-rapat-bahas-novanto",
    "1512000000-kemensos-sistem-laporan-rujukan-terpadu-diapresias",
    "1500662160-kpk-pelajari-putusan-hakim-sebut-akom-terima-uang-",
    "1503343936-sidang-isbat-awal-zulhijjah-berlangsung-besok",
    "1518032698-novel-baswedan-masih-perlu-operasi-tambahan",
    "1496947620-mudik-2017-kapolri-antisipasi-kemacetan-di-brexit",
    "1479448852-sri-mulyani-darmin-nasution-kecam-isu-rushmoney251",
    "1503743409-mendagri-apresiasi-kepolisian-bongkar-soal-saracen",
    "1499843700-mahfud-md-siap-adu-argumen-dengan-pansus-angket-kp",
    "1492538449-jokowi-perintahkan-tni-polri-jamin-keamanan-pilkad",
    "1474574439-pon-2016-dua-atlet-terjun-payung-alami-insiden",
    "1508060708-bi-terbaik-asia-pasifik-versi-global-markets",
    "1502150823-gejala-anti-kritik-rezim-jokowi",
    "1496006700-saat-rapat-irjen-kemendes-sugito-sudah-ditunggu-kp",
    "1474017335-nasi-gandul-kuliner-legendaris-asal-pati",
    "1478409331-investasi-masuk-ke-poso-capai-rp65-triliun",
    "1501650000-pemerintah-gotong-royong-pangkas-lartas-impor",
    "1498876200-djarot-diminta-tambah-fasilitas-kaum-difabel",
    "1503292744-perwira-tinggi-tni-diprioritaskan-jaga-keamanan-kp",
    "1516500294-partai-idaman-minta-putusan-mk-segera-dieksekusi",
    "1495087300-jokowi-kalau-pki-muncul-gebuk-saja",
)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _jsonl_ids(path: Path) -> set[str]:
    with path.open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


def candidates(shared: Path) -> list[tuple[int, str]]:
    """The event-date set's candidates (records, incidents, police-gold-dev already out), minus
    the event-date and sentence gold ids."""
    ev = _load("event_dates_select", ROOT / "gold" / "event_dates" / "select.py")
    skip = _jsonl_ids(ROOT / "gold" / "event_dates" / "event_dates.jsonl") | ev.sentence_ids()
    pool = ev.candidates(shared, keep=set(ROUND3))
    return [(i, art["id"]) for i, art in pool if art["id"] not in skip]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--seed", type=int, default=193)
    ap.add_argument("--n", type=int, default=0, help="print only the first N (0: all)")
    args = ap.parse_args()
    if not (args.shared / "corpora/archive/indosum-2017-a.jsonl").exists():
        print(f"skip: {args.shared} has no archive (pass --shared PATH)")
        return 0
    split_of = _load("gold_select", ROOT / "gold" / "select.py").split_of
    cands = candidates(args.shared)
    random.Random(args.seed).shuffle(cands)
    for rank, (i, art_id) in enumerate(cands[: args.n or None], 1):
        mark = "*" if art_id in ROUND3 else " "
        print(f"{rank:3d} {i:5d} {split_of(art_id):6s} {art_id} {mark}")
    print(f"{len(cands)} candidates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
