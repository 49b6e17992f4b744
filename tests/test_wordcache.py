"""Every per-word cache is bounded by one setting, however many new words an archive brings."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")

PROBE = r"""
import json, polsek_nlp
from polsek_nlp.lang import stemming, wordflags
from polsek_nlp.recognize import names
from polsek_nlp.resolve import events, keywords
from polsek_nlp.knowledge import gazetteer

def novel(i):
    w, x = "", i
    while True:
        x, r = divmod(x, 21)
        w += "bcdfghjklmnprstvwyzqx"[r] + "aiueo"[r % 5]
        if not x:
            return w

for a in range(4):
    words = " ".join(novel(a * 300 + j) for j in range(300))
    caps = " ".join(novel(a * 300 + j).capitalize() for j in range(0, 300, 7))
    polsek_nlp.analyze(f"Polisi menangkap {caps} di Desa {caps}. Warga {words} hadir pada Senin.")
sizes = {
    "root_of": stemming.root_of.cache_info().currsize,
    "stem_word": stemming.stem_word.cache_info().currsize,
    "wordflags": len(wordflags._cache),
    "is_name_text": names.is_name_text.cache_info().currsize,
    "is_common_word": names.is_common_word.cache_info().currsize,
    "event_words": len(events._WORD_TYPES),
    "keyword_words": len(keywords._KEYWORD_STEMS),
    "gazetteer_fold": gazetteer.fold.cache_info().currsize,
}
print(json.dumps(sizes))
"""


def _run(env_value: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, "POLSEK_NLP_WORD_CACHE": env_value}
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                          timeout=300)


def test_every_word_cache_stays_within_the_one_bound():
    done = _run("60")
    assert done.returncode == 0, done.stderr[-2000:]
    sizes = json.loads(done.stdout.strip().splitlines()[-1])
    # 1,200 new words went through: each cache saw more than its bound, none holds more than it
    assert max(sizes.values()) <= 61, sizes
    assert sizes["wordflags"] > 0 and sizes["root_of"] > 0, sizes


@pytest.mark.parametrize("bad", ["lots", "0"])
def test_a_bad_cache_size_is_a_clear_error(bad):
    done = _run(bad)
    assert done.returncode != 0
    assert "POLSEK_NLP_WORD_CACHE" in done.stderr
