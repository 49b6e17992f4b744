"""polsek_nlp.archive.published: publication times as scraped archives write them."""
from __future__ import annotations

import datetime as dt

import pytest

from polsek_nlp.archive.published import decide_order, is_missing, read_published


@pytest.mark.parametrize(("value", "iso"), [
    ("2025-10-21", "2025-10-21"),
    ("2025-10-21T20:43:00+07:00", "2025-10-21T20:43+07:00"),
    ("2025-10-21T13:43:00Z", "2025-10-21T13:43+00:00"),
    ("10/21/2025 20:43", "2025-10-21T20:43"),            # month first: 21 cannot be a month
    ("21/10/2025", "2025-10-21"),                          # day first
    ("21-10-25", "2025-10-21"),
    ("2025/10/21 20:43", "2025-10-21T20:43"),
    ("10/21/2025 8:43 PM", "2025-10-21T20:43"),
    ("Selasa, 21 Okt 2025 20:43 WIB", "2025-10-21T20:43+07:00"),
    ("21 Oktober 2025 08:15 WITA", "2025-10-21T08:15+08:00"),
    ("Rabu, 22/10/2025 14:05 WIT", "2025-10-22T14:05+09:00"),
    ("October 21, 2025 8:43 PM", "2025-10-21T20:43"),
    ("21/10/2025, 20:43 GMT+7", "2025-10-21T20:43+07:00"),
    (1761054180, "2025-10-21T20:43+07:00"),               # epoch seconds, shown in WIB
    ("1761054180", "2025-10-21T20:43+07:00"),
    (1761054180000, "2025-10-21T20:43+07:00"),            # milliseconds
    (dt.datetime(2025, 10, 21, 20, 43), "2025-10-21T20:43"),
    (dt.date(2025, 10, 21), "2025-10-21"),
])
def test_formats(value, iso):
    assert read_published(value) == (iso, None)


def test_pandas_and_numpy_values():
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert read_published(pd.Timestamp("2025-10-21 20:43")) == ("2025-10-21T20:43", None)
    assert read_published(np.int64(1761054180))[0] == "2025-10-21T20:43+07:00"
    for missing in (None, float("nan"), pd.NaT, pd.NA, np.nan, "", "NaT", "nan", " null "):
        assert is_missing(missing, words=True)
        assert read_published(missing) == (None, None)


def test_missing_words_are_only_missing_for_times():
    assert not is_missing("none") and is_missing("none", words=True)  # an id may be "none"


def test_ambiguous_values_follow_the_order_or_warn():
    iso, warning = read_published("10/5/2025 09:00")
    assert iso == "2025-05-10T09:00" and "ambiguous" in warning and "--date-order" in warning
    assert read_published("10/5/2025 09:00", "MDY") == ("2025-10-05T09:00", None)
    assert read_published("10/5/2025 09:00", "DMY") == ("2025-05-10T09:00", None)
    assert read_published("5/5/2025", None) == ("2025-05-05", None)  # same either way: no warning
    assert read_published("21/10/2025", "MDY") == ("2025-10-21", None)  # proof beats the order


def test_the_archive_decides_the_order():
    values = ["10/21/2025 20:43", "10/5/2025 09:00", None, "2025-10-01", "11/30/2025"]
    assert decide_order(values) == ("MDY", {"MDY": 2})
    assert decide_order(["21/10/2025", "5/10/2025"])[0] == "DMY"
    assert decide_order(["10/5/2025", "3/4/2025"])[0] is None  # nothing proves either
    assert decide_order(["21/10/2025", "10/21/2025"])[0] is None  # a tie: undecided


@pytest.mark.parametrize("bad", ["kemarin sore", "31/31/2025", True, "99999999999999999"])
def test_unreadable_values_raise(bad):
    with pytest.raises(ValueError):
        read_published(bad)
    with pytest.raises(ValueError, match="DMY or MDY"):
        read_published("1/2/2025", "YMD")
