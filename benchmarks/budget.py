#!/usr/bin/env python3
"""Where an unseen article's time goes, against the budget that issue 20's target leaves it.

    python benchmarks/budget.py [--warm 100] [--n 400] [--target 1.6] [--police]

One process, as each contender of `ab.py`: it warms up on `--warm` archive articles, then reads `--n`
others it has never seen. On them it times (CPU time) the floor (spaCy's Indonesian tokenizer alone)
and each stage of `analyze` (the text's cleaning, `make_doc`, each component, the record builder),
then the same articles once more (seen): a stage's unseen figure less its seen one is what the new
words cost it, the seen figure what it costs an article whatever its words. Prints each stage's CPU
ms an article, the budget (`--target` times the floor) and by how much the stages exceed it. Then,
in a pass of their own (not timed, the counting wraps two functions): how many names the persons'
judge reads an article and how many it keeps, and how the incident component's articles divide
between its three outcomes (the gate closed; the gate open and no cue of an incident; the stage
run), with each outcome's CPU ms from the unseen pass.

`--police` takes only the archive articles whose incident gate opens, as `ab.py --police` does.
`ab.py` gives the ratio itself, in fresh processes and paired; this script says where it comes from.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl"


def stage_pass(nlp, texts: list[str], outcome: list[str | None] | None = None) -> dict[str, float]:
    """CPU seconds in each stage of `analyze` over `texts`, in pipeline order; with `outcome`, the
    incident component's seconds are also kept under its outcome for each article."""
    from polsek_nlp.doc.spans import release_caches
    from polsek_nlp.doc.view import open_view
    from polsek_nlp.lang.text import clean
    from polsek_nlp.record.build import build_record

    clock = time.process_time
    acc: dict[str, float] = {}

    def add(key: str, seconds: float) -> None:
        acc[key] = acc.get(key, 0.0) + seconds

    for text in texts:
        t0 = clock()
        cleaned, _ = clean(text)
        t1 = clock()
        doc = nlp.make_doc(cleaned)
        add("clean", t1 - t0)
        add("make_doc", clock() - t1)
        open_view(doc, cleaned, hold=True)
        for name, proc in nlp.pipeline:
            if outcome is not None and name == "polsek_incidents":
                outcome[0] = None
            t0 = clock()
            doc = proc(doc)
            took = clock() - t0
            add(name, took)
            if outcome is not None and name == "polsek_incidents":
                add(f"incidents: {outcome[0] or 'gate closed'}", took)
                add(f"incidents: {outcome[0] or 'gate closed'} (articles)", 1.0)
        t0 = clock()
        build_record(doc)
        add("build_record", clock() - t0)
        release_caches(doc)
    return acc


def warm_and_test(warm: int, n: int, police: bool) -> tuple[list[str], list[str]]:
    """The archive's first `warm` texts and the `n` after them (`police`: only those whose incident
    gate opens, as `ab.py --police`)."""
    texts = [json.loads(line)["text"] for line in open(ARCHIVE, encoding="utf-8")]
    if police:
        from polsek_nlp.recognize.incident_gate import may_report_incident

        texts = [t for t in texts if may_report_incident(t)]
    return texts[:warm], texts[warm:warm + n]


def sample_args(ap: argparse.ArgumentParser) -> None:
    """The options of the sample `warm_and_test` draws: `--warm`, `--n`, `--police` (shared with hotspots.py)."""
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--police", action="store_true", help="only the articles whose incident gate opens")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sample_args(ap)
    ap.add_argument("--target", type=float, default=1.6, help="the ratio to the floor aimed at (issue 20: 1.6)")
    args = ap.parse_args()
    from runinfo import header

    print(header())
    if not ARCHIVE.exists():
        print(f"skipped: {ARCHIVE} not found")
        return 0
    warm, test = warm_and_test(args.warm, args.n, args.police)

    import spacy

    import polsek_nlp
    from polsek_nlp.lang.text import clean
    from polsek_nlp.recognize import incidents, persons

    tok = spacy.blank("id").tokenizer
    for t in warm:
        tok(t)
        polsek_nlp.analyze(t)
    nlp = polsek_nlp.load()  # the pipeline `analyze` runs is the same build (its own copy)

    # the incident component's outcome for each article: its stage's entry point wrapped
    stage = incidents.incident_stage()
    outcome: list[str | None] = [None]

    def counted_stage(doc, text):
        facts = stage(doc, text)
        outcome[0] = "no cue" if facts is None else "stage run"
        return facts

    incidents.incident_stage = lambda: counted_stage
    clock = time.process_time
    n = len(test)
    t0 = clock()
    for t in test:
        tok(t)
    floor_unseen = clock() - t0
    unseen = stage_pass(nlp, test, outcome)
    t0 = clock()
    for t in test:
        tok(t)
    floor_seen = clock() - t0
    seen = stage_pass(nlp, test)

    # the persons' judge: the names it reads (each then judged) and the mentions it adds, counted apart
    reads = [0]
    read_name = persons.read_name

    def counted_read(*a, **k):
        reads[0] += 1
        return read_name(*a, **k)

    kept = 0
    persons.read_name = counted_read
    try:
        for t in test:
            doc = nlp.make_doc(clean(t)[0])
            for name, proc in nlp.pipeline:
                before = len(doc.spans["persons"]) if name == "polsek_persons" and "persons" in doc.spans else 0
                doc = proc(doc)
                if name == "polsek_persons":
                    kept += len(doc.spans["persons"]) - before
    finally:
        persons.read_name = read_name

    def ms(seconds: float) -> float:
        return 1000 * seconds / n

    stages = [k for k in unseen if not k.startswith("incidents: ")]
    total_u, total_s = sum(unseen[k] for k in stages), sum(seen[k] for k in stages)
    budget = args.target * floor_unseen
    kind = "police " if args.police else ""
    print(f"{n} unseen {kind}archive articles after {len(warm)}; CPU ms an article\n")
    print(f"{'stage':24} {'unseen':>8} {'seen':>8} {'new words':>10}")
    for k in stages:
        print(f"{k:24} {ms(unseen[k]):8.3f} {ms(seen[k]):8.3f} {ms(unseen[k] - seen[k]):10.3f}")
    print(f"{'analyze (the stages)':24} {ms(total_u):8.3f} {ms(total_s):8.3f} {ms(total_u - total_s):10.3f}")
    print(f"{'floor (tokenizer)':24} {ms(floor_unseen):8.3f} {ms(floor_seen):8.3f}")
    print(f"\nratio to the floor: unseen {total_u / floor_unseen:.2f}x, seen {total_s / floor_seen:.2f}x")
    comps = sum(unseen[k] for k in stages if k.startswith("polsek_"))
    print(f"budget at {args.target}x: {ms(budget):.3f} ms; the stages exceed it by {ms(total_u - budget):.3f} ms "
          f"({(total_u - budget) / comps:.0%} of the components' {ms(comps):.3f} ms)")
    if reads[0]:  # (a compiled persons module calls its `read_name` directly: nothing to count)
        print(f"\npersons: {reads[0] / n:.1f} names read an article, {kept / n:.1f} kept; "
              f"{1000 * ms(unseen.get('polsek_persons', 0.0)) / (reads[0] / n):.1f} us an article's "
              "persons time per name read")
    for key in ("gate closed", "no cue", "stage run"):
        count = unseen.get(f"incidents: {key} (articles)", 0.0)
        if count:
            spent = unseen[f"incidents: {key}"]
            print(f"incidents, {key:12}: {count / n:5.0%} of the articles, {1000 * spent / count:7.3f} ms each, "
                  f"{ms(spent):.3f} ms an article over all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
