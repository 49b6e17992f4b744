"""Analyse the reference article and print its record and a few of its facts.

    python examples/analyze_seed.py
"""
from pathlib import Path

import polsek_nlp

text = (Path(__file__).parent / "polres-purwakarta-rakor-2024.txt").read_text(encoding="utf-8")
record = polsek_nlp.analyze(text)
print(record.to_json(indent=2))
ev = record.event
print(f"\n{ev.type} '{ev.name}' on {ev.date} at {ev.venue}, led by {ev.leader}")
print(f"region: {ev.region.name if ev.region else None} ({ev.region.code if ev.region else '-'})")
for q in record.quotes:
    if q.direct:
        print(f"- {q.speaker}: \"{q.text[:70]}...\"")
