"""`people_counts` tries its pattern only where a count can start (one scan of the text for all
the tails an incident article asks about): it finds what `finditer` of the whole pattern finds."""
import re

import polsek_nlp
from polsek_nlp.recognize.incident_shapes import people_counts
from polsek_nlp.recognize.quantities import number_pattern, parse_number

TEXT = ("Polisi menangkap dua orang pelaku dan tiga orang lainnya. Sebanyak 12 orang korban luka, "
        "kedua korban dirawat. Ada 1.5 orang? Tahun 2019 orang ramai. Dua puluh orang korban tewas, "
        "x3 orang tidak dihitung, tiga empat orang korban.")


def _plain(text: str, tail: str) -> list[tuple[int, int]]:
    pat = re.compile(rf"(?<![\w.,])(?P<n>{number_pattern()}|kedua|ketiga|keempat|kelima)\s+{tail}", re.IGNORECASE)
    out = []
    for m in pat.finditer(text):
        v = parse_number(m.group("n"))
        if v is not None and v == int(v) and 0 < v < 1000:
            out.append((int(v), m.start()))
    return out


def test_people_counts_as_finditer_of_the_whole_pattern():
    polsek_nlp.load()
    for tail in (r"orang", r"(?:orang\s+)?korban(?![\w-])", r"orang(?:\s+[\w-]+){0,2}?\s+korban"):
        assert people_counts(TEXT, tail) == _plain(TEXT, tail)
    assert people_counts(TEXT, r"(?:orang\s+)?korban(?![\w-])")  # something is found


HARMED = ("Seorang pria ditemukan tewas di kebun. Dua wanita menjadi korban penipuan, 3 orang warga luka-luka. "
          "Tiga orang korban yang tewas yakni A dan B. Kedua warga yang masih hilang adalah C dan D. "
          "x2 orang tewas, 1.5 orang luka, dua orang lainnya luka ringan. Sebelumnya, empat pemuda dianiaya.")


def test_count_matches_as_finditer_of_the_victims_patterns():
    """The patterns of counted people harmed (`_harmed_subject`, `_counted_harmed_opener`) run only where a
    count starts: the same matches as `finditer` (public surface: the analysis below stays what it was)."""
    from polsek_nlp.recognize.incident_shapes import count_matches
    from polsek_nlp.recognize.incident_victims import _counted_harmed_opener, _harmed_subject, _others_toll

    polsek_nlp.load()
    for pat in (_harmed_subject(), _counted_harmed_opener(), _others_toll()):
        for text in (HARMED, TEXT, HARMED + " " + TEXT):
            got = [(m.span(), m.groupdict()) for m in count_matches(pat, text)]
            assert got == [(m.span(), m.groupdict()) for m in pat.finditer(text)]
    assert list(count_matches(_harmed_subject(), HARMED))
