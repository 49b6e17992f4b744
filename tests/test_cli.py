import json
import subprocess
import sys

from conftest import SEED


def test_analyze_file():
    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", str(SEED)], capture_output=True,
                         text=True, check=True)
    rec = json.loads(out.stdout)
    assert rec["event"]["type"] == "rapat_koordinasi"


def test_analyze_stdin_pretty():
    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", "-", "--pretty",
                          "--published", "2024-08-20"], input="Polisi menangkap pencuri di Bekasi kemarin.",
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("{\n")
    assert json.loads(out.stdout)["dates"][0]["value"] == "2024-08-19"


def test_missing_file():
    out = subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", "/nope.txt"], capture_output=True,
                         text=True)
    assert out.returncode == 2 and "no such file" in out.stderr


PAGE = """<!DOCTYPE html><html lang="id"><head><title>Polres Bogor Gelar Apel | Kabar</title>
<meta property="og:title" content="Polres Bogor Gelar Apel Pasukan">
<meta property="article:published_time" content="2024-08-20T11:16:00+07:00"></head>
<body><nav><ul><li><a href="/a">Kapolda Metro Jaya Irjen Karyoto Tinjau Banjir</a></li>
<li><a href="/b">AKBP Budi Santoso Dimutasi ke Polda Jabar</a></li></ul></nav>
<article><h1>Polres Bogor Gelar Apel Pasukan</h1>
<p>BOGOR - Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan Operasi Lilin di lapangan
Mapolres Bogor, Cibinong, Senin (19/8/2024).</p>
<p>Apel diikuti oleh personel gabungan dari TNI, Polri, Dinas Perhubungan dan Satpol PP Kabupaten Bogor.
Dalam amanatnya, Kapolres menyampaikan bahwa kesiapan personel sangat penting bagi keamanan warga.</p>
</article></body></html>"""


def _analyze(*args, **kw):
    return subprocess.run([sys.executable, "-m", "polsek_nlp.cli", "analyze", *map(str, args)], capture_output=True,
                          text=True, **kw)


def test_analyze_html_page_uses_the_batch_reader(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    run = _analyze(page)
    assert run.returncode == 0, run.stderr
    rec = json.loads(run.stdout)
    assert rec["title"] == "Polres Bogor Gelar Apel Pasukan" and rec["published"].startswith("2024-08-20")
    names = {o["name"] for o in rec["officers"]} | {p["name"] for p in rec["persons"]}
    assert "Andi Dicky" in names and not names & {"Karyoto", "Budi Santoso"}  # no navigation headlines


def test_analyze_refuses_binary_and_reads_other_encodings(tmp_path):
    import random

    junk = tmp_path / "junk.txt"
    junk.write_bytes(random.Random(1).randbytes(100_000))
    run = _analyze(junk)
    assert run.returncode == 1 and "binary" in run.stderr and run.stdout == ""
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Kapolres Bogor AKBP José Ramírez memimpin apel di Cibinong.".encode("cp1252"))
    rec = json.loads(_analyze(latin, check=True).stdout)
    assert "José Ramírez" in {o["name"] for o in rec["officers"]}
    assert any("cp1252" in w for w in rec["warnings"])


def test_analyze_published_in_scraped_formats():
    for value, expected in (("Selasa, 20 Agu 2024 11:16 WIB", "2024-08-20T11:16"), ("1724127360", "2024-08-20T11:16"),
                            ("8/20/2024 11:16", "2024-08-20T11:16")):
        run = _analyze("-", "--published", value, input="Polisi menangkap pencuri di Bekasi kemarin.")
        assert run.returncode == 0, run.stderr
        rec = json.loads(run.stdout)
        assert rec["published"] == expected and rec["dates"][0]["value"] == "2024-08-19"
        assert rec["event"]["date_source"] == "text"
