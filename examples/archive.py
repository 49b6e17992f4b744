# %% [markdown]
# # An archive, end to end
#
# Analyse a news archive with `polsek_nlp`, turn the records into pandas tables, count events per
# type and region, list the officers seen most often, plot the events per month and per region,
# and render one article's entities to HTML.
#
# This is a notebook in the percent format (open it with Jupytext / VS Code / Spyder), and a
# plain script too:
#
#     python examples/archive.py
#
# It needs the `pandas` and `viz` extras (`pip install -e ".[pandas,viz]"`). The archive is
# `../shared/corpora/archive/indosum-2017-a.jsonl` when it is there (IndoSum, CC BY-SA 4.0; its
# articles have no publication time), else the example article and a few made-up variants of it.
#
# Environment variables: `POLSEK_EXAMPLE_N` (how many articles, default 200),
# `POLSEK_ARCHIVE` (another JSONL archive with `text` and optional `id`, `title`, `published`,
# `url`), `POLSEK_EXAMPLE_OUT` (where to write the plots and the HTML; a new temporary
# directory by default).

# %%
import itertools
import json
import os
import tempfile
import time
from pathlib import Path

import polsek_nlp
from polsek_nlp.notebook.frames import roster, to_frame, to_frames
from polsek_nlp.notebook.render import render
from polsek_nlp.notebook.viz import plot_events_per_month, plot_events_per_region


def _examples_dir() -> Path:
    if "__file__" in globals():  # a script (or runpy)
        return Path(__file__).resolve().parent
    for d in (Path.cwd(), Path.cwd() / "examples"):  # a notebook: the kernel's working directory
        if (d / "polres-purwakarta-rakor-2024.txt").is_file():
            return d
    raise FileNotFoundError("run this notebook from the repository or from its examples/ folder")


EXAMPLES = _examples_dir()
SEED = EXAMPLES / "polres-purwakarta-rakor-2024.txt"
ARCHIVE = Path(os.environ.get("POLSEK_ARCHIVE")
               or EXAMPLES.parent.parent / "shared" / "corpora" / "archive" / "indosum-2017-a.jsonl")
N = int(os.environ.get("POLSEK_EXAMPLE_N") or 200)
OUT = Path(os.environ.get("POLSEK_EXAMPLE_OUT") or tempfile.mkdtemp(prefix="polsek-archive-"))
OUT.mkdir(parents=True, exist_ok=True)

# %% [markdown]
# ## The articles
#
# Items for `analyze_many` are dicts with `text` and optional `id`, `title`, `published`, `url`.
# Without the archive, the example article (Polres Purwakarta, a coordination meeting) is varied:
# another region, another day, another kind of event.

# %%
VARIANTS = [  # (region, police unit, Kapolres, month, day, what happened)
    ("Purwakarta", "Polres Purwakarta", "Lilik Ardiansyah", "Agustus", 19, "rakor"),
    ("Karawang", "Polres Karawang", "Edwar Zulkarnain", "Agustus", 21, "rakor"),
    ("Subang", "Polres Subang", "Ariek Indra Sentanu", "September", 3, "rakor"),
    ("Cianjur", "Polres Cianjur", "Rohman Yonky Dilatha", "September", 17, "apel"),
    ("Sukabumi", "Polres Sukabumi", "Samian", "Oktober", 7, "apel"),
    ("Garut", "Polres Garut", "Mochamad Fajar Gemilang", "Oktober", 22, "rakor"),
]
MONTH_NUMBER = {"Agustus": 8, "September": 9, "Oktober": 10}


def made_up_items(n: int) -> list[dict]:
    """The seed article, then variants of it (made up: other regions, officers, days and events)."""
    seed = SEED.read_text(encoding="utf-8")
    items = [{"id": "seed", "text": seed}]
    for i, (region, unit, chief, month, day, kind) in zip(range(1, n), itertools.cycle(VARIANTS)):
        text = (seed.replace("Polres Purwakarta", unit).replace("Purwakarta", region)
                .replace("PURWAKARTA", region.upper()).replace("Senin, 19 Agustus 2024", f"{day} {month} 2024")
                .replace("Lilik Ardiansyah", chief).replace("Lilik", chief.split()[0]))
        if kind == "apel":
            text = (text.replace("Rapat Koordinasi (Rakor) Lintas Sektoral", "Apel Gelar Pasukan")
                    .replace("Gelar Rakor", "Gelar Apel").replace("Rakor", "Apel").replace("rakor", "apel"))
        published = f"2024-{MONTH_NUMBER[month]:02d}-{min(day + 1, 28):02d}T10:00"
        items.append({"id": f"variant-{i:03d}", "text": text, "published": published})
    return items[:n]


def archive_items(path: Path, n: int) -> list[dict]:
    """The first `n` articles of a JSONL archive."""
    items = []
    with path.open(encoding="utf-8") as f:
        for line in itertools.islice(f, n):
            row = json.loads(line)
            items.append({k: row.get(k) for k in ("id", "text", "title", "published", "url")})
    return items


if ARCHIVE.is_file():
    items = archive_items(ARCHIVE, N)
    source = ARCHIVE.name
else:
    items = made_up_items(N)
    source = f"{SEED.name} and made-up variants"
texts = {it["id"]: it["text"] for it in items}  # records keep offsets, not the text: keep it for render
print(f"{len(items)} articles from {source}")

# %% [markdown]
# ## Analyse
#
# One record per article, in order; a failed article gives a record with `error` set.
# `n_process=2` would share the work among two processes (worth it beyond a few hundred articles).

# %%
start = time.perf_counter()
records = list(polsek_nlp.analyze_many(items, progress=True))
elapsed = time.perf_counter() - start
errors = [r for r in records if r.error]
print(f"analysed {len(records)} articles in {elapsed:.1f} s "
      f"({elapsed / max(1, len(records)) * 1000:.0f} ms each), {len(errors)} errors")

# %% [markdown]
# ## Tables
#
# `to_frame`: one row per article. `to_frames`: that plus one table per part (officers, persons,
# institutions, places, dates, quotes) keyed by `article_id`. `roster`: one row per officer across
# the archive.

# %%
frame = to_frame(records)
tables = to_frames(records)
people = roster(records)
for name, table in tables.items():
    print(f"{name:>13}: {len(table):5d} rows")
print(f"{'roster':>13}: {len(people):5d} officers")

# %%
print("Articles per event type:")
print(frame["event_type"].value_counts(dropna=False).to_string())

# %%
print("Articles per region (top 10):")
print(frame["region_name"].value_counts().head(10).to_string())
print(f"({frame['region_name'].isna().sum()} articles without a region)")

# %% [markdown]
# ## Officers seen most often

# %%
top_officers = people.sort_values(["n_articles", "name"], ascending=[False, True]).head(10)
print(top_officers[["name", "rank", "positions", "units", "n_articles"]].to_string(index=False))

# %% [markdown]
# ## Plots
#
# Both functions return the matplotlib Axes; the figures are saved, never shown, so this runs
# under any backend.

# %%
ax = plot_events_per_month(frame, by="event_type", top=8)
per_month = OUT / "events-per-month.png"
ax.figure.savefig(per_month, dpi=100)

ax = plot_events_per_region(frame, level="region_name", top=15)
per_region = OUT / "events-per-region.png"
ax.figure.savefig(per_region, dpi=100)
print(f"plots: {per_month}, {per_region}")

# %% [markdown]
# ## One article's entities
#
# The article with the most entities, rendered with displaCy from its record and its text.

# %%
best = max((r for r in records if not r.error), key=lambda r: len(r.entities))
html = render((texts[best.id], best), jupyter=False, page=True)
page = OUT / "article.html"
page.write_text(html, encoding="utf-8")
print(f"{best.id}: {len(best.entities)} entities ({best.event.type}) -> {page}")
# in Jupyter, `render((texts[best.id], best))` displays the same inline

# %%
print(f"everything is in {OUT}")
