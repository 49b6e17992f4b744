"""dateparser's own Indonesian test cases (tests/data/dateparser_id_cases.tsv) read by our date
tagger: a peer's test suite as a test of the project (issue 19). Each string must give an
expression with the expected value, except the two the issue lets stay untagged in article text
(a bare duration "5 minggu", and "baru saja")."""
import datetime as dt
from pathlib import Path

import pytest

from polsek_nlp.recognize.timex import find_timexes

TABLE = Path(__file__).parent / "data" / "dateparser_id_cases.tsv"


def _rows():
    lines = [ln.rstrip("\n") for ln in TABLE.read_text(encoding="utf-8").splitlines()]
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    assert rows[0] == ["source", "text", "anchor", "value", "optional"]
    return [r + [""] * (5 - len(r)) for r in rows[1:]]


ROWS = _rows()


def _found(text: str, anchor: str, value: str) -> bool:
    return any(t.value == value for t in find_timexes(text, dt.datetime.fromisoformat(anchor)))


def test_the_table_holds_every_indonesian_case():
    assert len(ROWS) == 38 and len({r[1] for r in ROWS}) == 38


@pytest.mark.parametrize("source, text, anchor, value, optional", ROWS, ids=[r[1][:30] for r in ROWS])
def test_case(source, text, anchor, value, optional):
    if optional == "yes":
        pytest.skip("may stay untagged in article text (issue 19)")
    assert _found(text, anchor, value), [(t.text, t.value) for t in find_timexes(text, dt.datetime.fromisoformat(anchor))]


def _issue_cases():
    """The issue's 28: the 'id' cases of test_languages.py's three lists of phrasings (dates,
    relative dates, relative times: 16 + 8 + 3) and test_search.py's Indonesian sentence."""
    def line(r):
        return int(r[0].split(":")[1])
    return [r for r in ROWS if r[0].startswith("test_languages") and line(r) < 2000 or r[0] == "test_search.py:435"]


def test_at_least_26_of_the_issues_28_cases():
    core = _issue_cases()
    assert len(core) == 28
    assert sum(_found(r[1], r[2], r[3]) for r in core) >= 26


def test_all_but_the_two_optional_cases():
    assert sum(_found(r[1], r[2], r[3]) for r in ROWS) >= len(ROWS) - 2
