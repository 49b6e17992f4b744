"""The patterns of `_harm_before_name` anchored at a name (`...$`) are searched only when the words before the
name end as they must (`_WindowEnd`): every window a pattern matches fits its end, and what `analyze` reads of
victims named after such words stays what the patterns read."""
import polsek_nlp
from polsek_nlp.recognize import incident_victims as iv

WINDOWS = [
    "Polisi menyebut korbannya, ", "Korban mereka adalah ", "Aksi begal itu menimpa seorang ", "Kejadian itu dialami oleh ",
    "Kasus pembunuhan pengusaha kayu, ", "Seorang pria yang ditemukan tewas itu diketahui bernama ",
    "pelaku menganiaya dua warga hingga luka, yakni: ", "pelaku menganiaya dua warga hingga luka yaitu  :  ",
    "Dua orang tewas (", "Dua orang tewas, yakni ", "Tiga orang luka-luka, antara lain: A (20), B (30) dan ",
    "Nama-nama korban tewas: ", "korban yang tewas yakni pasangan suami istri, ", "Korban TEWAS, YAKNI\n",
    "Kasus PEMBUNUHAN ", "dua warga luka, yaıtu ", "ini biasa saja ", "",
]
PATTERNS = {"their": iv._their_victim, "befell": iv._befell, "noun": iv._harm_noun_before,
            "described": iv._described_then_named, "object": iv._object_named_later,
            "counted": iv._counted_then_named, "listed": iv._listed_after_count}


def test_every_window_a_pattern_matches_fits_its_end():
    polsek_nlp.load()
    matched = set()
    for w in WINDOWS:
        for kind, pat in PATTERNS.items():
            if pat().search(w):
                matched.add(kind)
                assert iv._WindowEnd(w).fits(kind), (kind, w)
    assert matched == set(PATTERNS)  # each pattern is exercised
    assert not iv._WindowEnd("ini biasa saja ").fits("described")


def test_victims_named_after_a_window_end_read_as_before():
    rec = polsek_nlp.analyze("Seorang pria ditemukan tewas di kebun warga di Desa Sukamaju, Senin (5/6). Pria yang "
                             "ditemukan tewas itu diketahui bernama Budi Santoso (45). Polisi masih memburu pelaku "
                             "pembunuhan itu.", id="t", published="2017-06-06T10:00")
    assert [(v.name, v.status) for v in rec.victims if v.name] == [("Budi Santoso", "tewas")]


def test_one_arrested_needs_the_one_introduced():
    """`one_arrested` reads its whole-text pattern only in a text that introduces someone (`seorang`): the same
    suspects as before with and without the introduction."""
    def suspects(text):
        rec = polsek_nlp.analyze(text, id="t", published="2017-06-06T10:00")
        return [(s.name, s.status) for s in rec.suspects]
    said = ("Polisi menyelidiki pencurian di pasar Desa Sukamaju, Senin (5/6). Seorang pemuda diduga mencuri sepeda "
            "motor. Pemuda tersebut diamankan warga dan diserahkan ke Polsek Sukamaju.")
    assert suspects(said) == [(None, "diamankan")]
    assert suspects(said.replace("Seorang pemuda", "Pemuda itu")) != [(None, "diamankan")]
