"""The writing day a text states before its stamp is a named kind of anchor, not a clock value
(issue 19, s10): a publication stamped at 23:59 is an ordinary evening, and its `tadi malam` is
that evening; only a stated writing day of no known hour reads `tadi malam` as the night before."""
from __future__ import annotations

import polsek_nlp


def _days(record) -> dict[str, str]:
    return {d.text: str(d.value) for d in record.dates}


def test_last_night_in_a_piece_stamped_one_minute_before_midnight_is_that_evening():
    text = "Petugas Damkar memadamkan api di gudang bengkel tadi malam, ujar seorang saksi."
    late = polsek_nlp.analyze(text, published="2019-02-14T23:59")
    earlier = polsek_nlp.analyze(text, published="2019-02-14T23:58")
    assert _days(late)["tadi malam"] == _days(earlier)["tadi malam"] == "2019-02-14"
    assert late.event.date == "2019-02-14"


def test_a_stated_writing_day_still_reads_last_night_as_the_night_before():
    text = ("Seekor buaya muncul di kolam warga tadi malam. \"Kami masih berjaga,\" kata Ketua RT "
            "kepada wartawan, Rabu (13/2/2019).")
    record = polsek_nlp.analyze(text, published="2019-02-14T08:00")
    assert _days(record)["tadi malam"] == "2019-02-12"
