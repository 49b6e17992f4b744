"""The same text gives the same record whatever the process's string-hash seed (PYTHONHASHSEED): no
choice may follow a set's iteration order. Session 13: a bare name listed after `Desa X,` took the
level of the list's first set member (desa or kelurahan), which varied between processes."""
import json
import os
import subprocess
import sys

import pytest

_SCRIPT = """
import json, polsek_nlp
texts = json.loads(input())
print(json.dumps([polsek_nlp.analyze(t, published="2024-05-01T10:00").to_dict() for t in texts], sort_keys=True))
"""

TEXTS = [
    "Banjir merendam rumah warga di Desa Sukamaju, Sukamulya dan Sukaraja, Kabupaten Bogor.",
    "Bantuan disalurkan ke Desa Mekarsari, Cibeber dan Bubakan.",
    "Petugas menyisir Kelurahan Sukamaju, Bubakan dan Cibeber.",
    "Kapolsek Cibeber AKP Budi Santoso mengatakan tersangka AS (25) ditangkap bersama 2 paket sabu.",
]


def _records(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(TEXTS), env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.slow  # six new processes (~13 s on 2 cores): multi-process, with the slow tests
def test_records_do_not_depend_on_the_hash_seed():
    first = _records("1")
    for seed in ("2", "3", "4", "5", "6"):
        assert _records(seed) == first, f"PYTHONHASHSEED={seed} gives another record"
