#!/usr/bin/env python3
"""Train a small statistical NER (spaCy, CNN tok2vec, no vectors) on IDNer train, for issue 19.

    OMP_NUM_THREADS=1 python benchmarks/train_ner.py [--out /work/nermodel] [--epochs 30]
        [--seed 0] [--minutes 15] [--shared PATH]

Reads <shared>/corpora/idner-news-2k/train.txt ONLY for training; dev.txt is used for
early stopping (the epoch with the best exact-span micro F1 on PER/ORG/LOC is kept). It refuses a
test split. The sentences are rebuilt from the CoNLL tokens exactly as the shared scorer does
(`common.read_corpus`), tokenised with `spacy.blank("id")` (the tokenizer the model meets at run
time) and their gold char spans aligned onto those tokens by spaCy's `Example.from_dict`.

The model: spaCy 3.8's default `ner` (TransitionBasedParser over its own HashEmbedCNN tok2vec,
width 96, depth 4, embed rows 2000, subword features, no pretrained vectors), fixed seed, one
thread. `--stack` gives the model the rules' output as a feature: it reads the tokens of
`polsek_nlp.load()` and embeds each one's rule entity tag (B-PER, I-ORG, O ...) next to its
norm, prefix, suffix and shape. `--records tune` adds the project's own annotations: the tune
split of gold/records, whose listed names are tagged where they occur in the article (a partial
annotation; see `record_examples`). The model is written outside the repository (default /work/nermodel/): a model is committed only
if it is kept (docs/accuracy.md, "Statistical NER"). Evaluate it with benchmarks/ner_hybrid.py.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("PER", "ORG", "LOC")


def read_split(shared: Path, name: str):
    if "test" in name:
        raise SystemExit("refusing a test split")
    sys.path.insert(0, str(shared / "eval"))
    from common import read_corpus

    return read_corpus(shared / "corpora" / "idner-news-2k" / f"{name}.txt")


FOLD = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
STACK_ATTRS = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"]


def rule_tagged_doc(vocab, rdoc):
    """A Doc with the rules' tokens whose TAG is the rules' entity tag (B-PER, I-ORG, O ...)."""
    from spacy.tokens import Doc

    tags = ["O"] * len(rdoc)
    for ent in rdoc.ents:
        lab = FOLD.get(ent.label_)
        if lab:
            tags[ent.start:ent.end] = [f"B-{lab}"] + [f"I-{lab}"] * (len(ent) - 1)
    return Doc(vocab, words=[t.text for t in rdoc], spaces=[bool(t.whitespace_) for t in rdoc], tags=tags)


class Featurizer:
    """Text -> the Doc the model reads: its own tokenizer's, or (stacked) the rules' tokens and tags."""

    def __init__(self, nlp, stack: bool):
        self.nlp, self.rules = nlp, None
        if stack:
            import polsek_nlp

            self.rules = polsek_nlp.load()

    def docs(self, texts):
        if self.rules is None:
            return [self.nlp.make_doc(t) for t in texts]
        return [rule_tagged_doc(self.nlp.vocab, d) for d in self.rules.pipe(texts)]

    def __call__(self, texts):
        return list(self.nlp.get_pipe("ner").pipe(self.docs(texts)))


def to_examples(feat: Featurizer, corpus) -> list:
    from spacy.training import Example

    out = []
    for ex, doc in zip(corpus, feat.docs([e.text for e in corpus]), strict=True):
        ents = [(s.start, s.end, s.label) for s in ex.spans if s.label in LABELS]
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out


def record_examples(feat: Featurizer, shared: Path, split: str) -> list:
    """Partly annotated articles from the project's gold records of one split (never `unseen`).

    Each listed person / institution / place name is found word-bounded in the article text and
    tagged PER / ORG / LOC (longer names first, no overlaps). The records list names, not every
    mention, so a token outside those spans is `O` only when it starts lower-case or is punctuation;
    any other token (a capitalised word the record does not list, e.g. a surname used alone) is
    left missing, and the model learns nothing from it.
    """
    import re

    from spacy.training import Example, offsets_to_biluo_tags

    if split == "unseen":
        raise SystemExit("refusing the unseen split: it is only scored")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gold import ARCHIVE, load_archive

    texts = load_archive(shared / ARCHIVE)
    out = []
    for f in sorted((ROOT / "gold" / "records").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g.get("split") != split:
            continue
        text = texts[g["id"]]
        names = [(n, "PER") for n in g.get("persons", [])] + [(n, "ORG") for n in g.get("institutions", [])]
        names += [(p["text"] if isinstance(p, dict) else p, "LOC") for p in g.get("places", [])]
        spans: list[tuple[int, int, str]] = []
        for name, lab in sorted(names, key=lambda x: -len(x[0])):
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                if not any(m.start() < e and s < m.end() for s, e, _ in spans):
                    spans.append((m.start(), m.end(), lab))
        doc = feat.docs([text])[0]
        tags = offsets_to_biluo_tags(doc, spans)
        tags = [t if t != "O" or not (tok.text[:1].isupper() or tok.text[:1].isdigit()) else "-"
                for t, tok in zip(tags, doc, strict=True)]
        out.append(Example.from_dict(doc, {"entities": tags}))
    return out


def micro_f1(feat: Featurizer, corpus) -> tuple[float, dict]:
    """Exact char-span micro F1 over PER/ORG/LOC, the comparison of score_ner.py."""
    tp = npred = ngold = 0
    per = {lab: [0, 0, 0] for lab in LABELS}
    for ex, doc in zip(corpus, feat([e.text for e in corpus]), strict=True):
        gold = {(s.start, s.end, s.label) for s in ex.spans if s.label in LABELS}
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        for s in gold:
            per[s[2]][2] += 1
        for s in pred:
            per[s[2]][1] += 1
            per[s[2]][0] += s in gold
        tp, npred, ngold = tp + len(gold & pred), npred + len(pred), ngold + len(gold)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), per


def build(seed: int, stack: bool):
    import spacy

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("id")
    config = {}
    if stack:  # the default model, with the rules' entity tag as a fifth embedded attribute
        config = {"model": {
            "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
            "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
            "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 96,
                                  "attrs": STACK_ATTRS, "rows": [2000, 1000, 1000, 1000, 50],
                                  "include_static_vectors": False},
                        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96,
                                   "depth": 4, "window_size": 1, "maxout_pieces": 3}}}}
    ner = nlp.add_pipe("ner", config=config)
    for lab in LABELS:
        ner.add_label(lab)
    return nlp


def train(args) -> dict:
    from spacy.util import compounding, minibatch

    train_c, dev_c = read_split(args.shared, "train"), read_split(args.shared, "dev")
    nlp = build(args.seed, args.stack)
    feat = Featurizer(nlp, args.stack)
    examples = to_examples(feat, train_c)
    if args.records:
        examples += record_examples(feat, args.shared, args.records)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(args.seed)
    best, best_epoch, log, t0 = -1.0, -1, [], time.perf_counter()
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        f1, _ = micro_f1(feat, dev_c)
        mins = (time.perf_counter() - t0) / 60
        log.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 1), "dev_f1": round(f1, 4)})
        print(f"epoch {epoch:2d} loss {losses.get('ner', 0.0):8.1f} dev micro F1 {f1:.4f} ({mins:.1f} min)", flush=True)
        if f1 > best:
            best, best_epoch = f1, epoch
            with nlp.use_params(optimizer.averages):
                nlp.to_disk(args.out)
        if epoch - best_epoch >= args.patience or mins > args.minutes:
            break
    return {"best_dev_f1": round(best, 4), "best_epoch": best_epoch, "log": log,
            "seed": args.seed, "dropout": args.dropout, "stack": args.stack, "records": args.records, "minutes": round((time.perf_counter() - t0) / 60, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("/work/nermodel"))
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--patience", type=int, default=6, help="stop after this many epochs without a better dev F1")
    ap.add_argument("--minutes", type=float, default=14.0, help="stop after the epoch that passes this")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--stack", action="store_true", help="the rules' entity tags as an input feature")
    ap.add_argument("--records", choices=("tune",), help="add the gold records of this split, partly annotated")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    try:
        import torch  # noqa: F401  (thinc may pick it up; keep it to one thread too)

        torch.set_num_threads(1)
    except ImportError:
        pass
    info = train(args)
    (args.out / "training.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"best dev micro F1 {info['best_dev_f1']} at epoch {info['best_epoch']}; model in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
