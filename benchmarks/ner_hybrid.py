#!/usr/bin/env python3
"""The trained NER of benchmarks/train_ner.py against the rules, alone and combined (issue 19).

    python benchmarks/ner_hybrid.py dev [--model /work/nermodel/m0]          # IDNer dev, exact spans
    python benchmarks/ner_hybrid.py records --split tune|unseen [--model ...] # the project's gold records
    python benchmarks/ner_hybrid.py show [--n 5] [--model ...]               # model ents on archive police articles
    python benchmarks/ner_hybrid.py cost [--n 200] [--model ...]             # ms/article, size on disk

`dev` scores, with the comparison of ../shared/eval/score_ner.py (exact char span and class over
PER/ORG/LOC, gold read by its `common.read_corpus`), the rules (`polsek_nlp.load()` doc.ents), the
model, and these hybrids of the two span sets of each sentence:
  union      rules, plus each model span that overlaps no rule span
  union:L    the same, adding model spans of label L only (PER, ORG, LOC)
  filter     a rule span is kept only if a model span of the same label overlaps it
  filter:L   the same, filtering rule spans of label L only
  model+     the model, plus each rule span that overlaps no model span

`records` runs ../shared/eval/score_records.py in this process on gold/records of one split with
`polsek_nlp.analyze` wrapped: the record's persons / institutions / places lists are post-processed
with the model's PER / ORG / LOC spans over the article text (same variants: `filter` drops a listed
name none of whose occurrences a model span of its class overlaps, officers excepted; `union` adds a model span whose
text no listed name shares a word with; `ents:rules` / `ents:model` replace the three lists by the
texts of the rules' / the model's doc.ents of each class: the entity view alone on police articles,
a proxy for an out-of-domain NER corpus). The unseen split is scored for figures only.
It refuses a test split.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
import time
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ("PER", "ORG", "LOC")
LISTS = {"PER": "persons", "ORG": "institutions", "LOC": "places"}
FOLD = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def combine(rules: set, model: set, variant: str) -> set:
    """One sentence's spans (start, end, label) under a named variant."""
    name, _, only = variant.partition(":")
    if name == "rules":
        return set(rules)
    if name == "model":
        return set(model)
    if name == "union":
        return set(rules) | {m for m in model if (not only or m[2] == only)
                             and not any(overlaps(m, r) for r in rules)}
    if name == "filter":
        return {r for r in rules if (only and r[2] != only)
                or any(m[2] == r[2] and overlaps(m, r) for m in model)}
    if name == "model+":
        return set(model) | {r for r in rules if not any(overlaps(m, r) for m in model)}
    raise ValueError(variant)


VARIANTS = ["rules", "model", "union", "union:PER", "union:ORG", "union:LOC",
            "filter", "filter:PER", "filter:ORG", "filter:LOC", "model+"]


class Model:
    """A model of benchmarks/train_ner.py: text -> Doc with the model's ents (stacked ones read the rules)."""

    def __init__(self, path: Path):
        import spacy

        sys.path.insert(0, str(ROOT / "benchmarks"))
        from train_ner import Featurizer

        info = path / "training.json"
        stack = info.exists() and json.loads(info.read_text(encoding="utf-8")).get("stack", False)
        self.feat = Featurizer(spacy.load(path), stack)

    def pipe(self, texts):
        return [trim(doc) for doc in self.feat(list(texts))]

    def __call__(self, text):
        return trim(self.feat([text])[0])


QUOTES = set("\"'`\u201c\u201d\u2018\u2019")


def trim(doc):
    """Drop quote tokens at the edges of the model's spans (a bare `"` tagged PER), and spans with no letter."""
    out = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and set(doc[start].text) <= QUOTES:
            start += 1
        while end > start and set(doc[end - 1].text) <= QUOTES:
            end -= 1
        if start < end and any(c.isalpha() for c in doc[start:end].text):
            out.append(doc[start:end])
            out[-1].label_ = ent.label_
    doc.ents = out
    return doc


def ents(doc, fold) -> set:
    return {(e.start_char, e.end_char, fold[e.label_]) for e in doc.ents if fold.get(e.label_) in LABELS}


def score(pairs, variant: str) -> dict:
    tp, npred, ngold = Counter(), Counter(), Counter()
    for gold, rules, model in pairs:
        pred = combine(rules, model, variant)
        for s in gold:
            ngold[s[2]] += 1
        for s in pred:
            npred[s[2]] += 1
            tp[s[2]] += s in gold
    out = {}
    for lab in list(LABELS) + ["micro"]:
        t, p, g = (sum(c.values()) for c in (tp, npred, ngold)) if lab == "micro" else (tp[lab], npred[lab], ngold[lab])
        pr, rc = (t / p if p else 0.0), (t / g if g else 0.0)
        out[lab] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return out


def run_dev(args) -> int:
    sys.path.insert(0, str(args.shared / "eval"))
    from common import PRED_LABELS, read_corpus

    import polsek_nlp

    corpus = args.corpus or args.shared / "corpora" / "idner-news-2k" / "dev.txt"
    if "test" in corpus.name:
        print("refusing a test split", file=sys.stderr)
        return 2
    examples = read_corpus(corpus)
    texts = [ex.text for ex in examples]
    rules_nlp, model = polsek_nlp.load(), Model(args.model)
    rdocs = list(rules_nlp.pipe(texts))
    t0 = time.perf_counter()
    mdocs = list(model.pipe(texts))
    ms = (time.perf_counter() - t0) * 1000 / len(texts)
    fold = dict(PRED_LABELS)
    pairs = [({(s.start, s.end, s.label) for s in ex.spans if s.label in LABELS},
              ents(rd, fold), ents(md, fold)) for ex, rd, md in zip(examples, rdocs, mdocs, strict=True)]
    print(f"{corpus.name}: {len(texts)} sentences; model {ms:.2f} ms/sentence")
    print(f"{'variant':11} " + " ".join(f"{lab + ' P/R/F1':>17}" for lab in list(LABELS) + ["micro"]))
    for v in args.variants or VARIANTS:
        s = score(pairs, v)
        print(f"{v:11} " + " ".join("{:.3f}/{:.3f}/{:.3f}".format(*s[lab]) for lab in list(LABELS) + ["micro"]))
    return 0


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def words(s: str) -> set:
    return set(re.findall(r"\w+", s.lower()))


def post_list(items: list, text: str, spans: list, mode: str) -> list:
    """A record list (dicts with name/text) filtered or extended by the model's spans of its class."""
    if mode == "filter":
        keep = []
        for it in items:
            name = it.get("name") or it.get("text") or ""
            occ = occurrences(text, name)
            if it.get("officer") or not occ or any(overlaps(o, s) for o in occ for s in spans):
                keep.append(it)
        return keep
    if mode == "union":
        out, seen = list(items), [words(it.get("name") or it.get("text") or "") for it in items]
        for s in spans:
            w = words(text[s[0]:s[1]])
            if w and not any(w & k for k in seen):
                out.append({"name": text[s[0]:s[1]]})
                seen.append(w)
        return out
    return items


def wrap_analyze(polsek_nlp, model, variant: str):
    name, _, only = variant.partition(":")
    base = polsek_nlp.analyze

    def analyze(text, **kw):
        rec = base(text, **kw).to_dict()
        if name == "rules":
            return rec
        doc = polsek_nlp.load()(text) if variant == "ents:rules" else model(text)
        if name == "ents":  # the lists made of doc.ents alone: how the entity view reads police articles
            for lab in LABELS:
                rec[LISTS[lab]] = [{"name": e.text} for e in doc.ents if FOLD.get(e.label_) == lab]
            return rec
        for lab in LABELS:
            if only and lab != only:
                continue
            spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == lab]
            rec[LISTS[lab]] = post_list(rec.get(LISTS[lab]) or [], text, spans, name)
        return rec

    return analyze


def run_records(args) -> int:
    import polsek_nlp

    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(args.shared / "eval"))
    import score_records
    from gold import ARCHIVE, joined, load_archive

    texts = load_archive(args.shared / ARCHIVE)
    model = Model(args.model)
    base = polsek_nlp.analyze
    with tempfile.TemporaryDirectory(prefix="polsek_nerhyb_") as tmp:
        n = 0
        for f in sorted((ROOT / "gold" / "records").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            if g.get("split") == args.split:
                Path(tmp, f.name).write_text(json.dumps(joined(g, texts[g["id"]]), ensure_ascii=False), encoding="utf-8")
                n += 1
        print(f"split {args.split}: {n} gold records")
        print(f"{'variant':11} {'persons':>8} {'instit.':>8} {'places':>8} {'mean5':>8}")
        for v in args.variants or ["rules", "ents:rules", "ents:model", "filter", "filter:PER", "filter:ORG", "filter:LOC",
                                   "union", "union:PER", "union:ORG", "union:LOC"]:
            polsek_nlp.analyze = wrap_analyze(polsek_nlp, model, v)
            buf = io.StringIO()
            sys.argv = ["score_records.py", tmp]
            with redirect_stdout(buf):
                score_records.main()
            polsek_nlp.analyze = base
            out = buf.getvalue()
            f1 = {k: re.search(rf"^{k}\s.*F1 ([\d.]+)", out, re.M).group(1) for k in ("persons", "institutions", "places")}
            mean = re.search(r"mean F1 ([\d.]+)", out).group(1)
            print(f"{v:11} {f1['persons']:>8} {f1['institutions']:>8} {f1['places']:>8} {mean:>8}")
    return 0


def run_show(args) -> int:
    model = Model(args.model)
    path = args.shared / "corpora" / "archive" / "indosum-2017-a.jsonl"
    gold_ids = {json.loads(f.read_text(encoding="utf-8"))["id"] for f in (ROOT / "gold" / "records").glob("*.json")}
    shown = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in gold_ids or not re.search(r"\bpolisi|polres|polsek\b", art["text"][:400], re.I):
                continue
            if shown < args.skip + args.n and shown >= args.skip:
                doc = model(art["text"])
                print(f"== {art['id']}")
                print("  " + "; ".join(f"{e.text}/{e.label_}" for e in doc.ents))
            shown += 1
            if shown >= args.skip + args.n:
                break
    return 0


def run_cost(args) -> int:
    """ms per archive article: the model alone (on Docs already made) against the whole analyze."""
    import polsek_nlp

    path = args.shared / "corpora" / "archive" / "indosum-2017-a.jsonl"
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line, _ in zip(fh, range(args.n + 10), strict=False)]
    model = Model(args.model)
    ner = model.feat.nlp.get_pipe("ner")
    polsek_nlp.analyze(texts[0])
    docs = model.feat.docs(texts[args.n:])  # warm-up on articles not timed
    list(ner.pipe(docs))
    texts = texts[:args.n]
    t0 = time.perf_counter()
    for t in texts:
        polsek_nlp.analyze(t)
    t_an = time.perf_counter() - t0
    docs = model.feat.docs(texts)
    t0 = time.perf_counter()
    for d in docs:
        ner(d)
    t_m = time.perf_counter() - t0
    size = sum(f.stat().st_size for f in args.model.rglob("*") if f.is_file())
    print(f"{len(texts)} archive articles: analyze {t_an * 1000 / len(texts):.1f} ms/article, "
          f"model (ner on made Docs) {t_m * 1000 / len(texts):.1f} ms/article; model on disk {size / 1e6:.1f} MB")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("dev", "records", "show", "cost"))
    ap.add_argument("--model", type=Path, default=Path("/work/nermodel/m0"))
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--split", choices=("tune", "unseen"), default="tune")
    ap.add_argument("--variants", type=lambda s: s.split(","))
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    return {"dev": run_dev, "records": run_records, "show": run_show, "cost": run_cost}[args.mode](args)


if __name__ == "__main__":
    raise SystemExit(main())
