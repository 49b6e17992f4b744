"""Review of s21rec's event-date rules (session 21, s21rvD): a count of days from a happening the story names again
(`dua hari setelah kejadian`) and a day written after a cited outlet. Invented names, places and sentences; each case
failed before its mend unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import event_day, reader

PUBLISHED = "2017-04-11T09:30"  # a Tuesday

_day = reader(PUBLISHED, field=event_day)
_record = reader(PUBLISHED)


def _dates(text: str) -> dict[str, str | None]:
    """Each date mention's value, by its text."""
    return {d.text: d.value for d in _record(text).dates}


# --- a count from a happening: not from the story's day once the text has moved to another time or case -------------

@pytest.mark.parametrize("text", [
    # another year written since the story's day: the count is from that other happening, not dated
    "Rumah Pak Darto dibobol maling pada Sabtu (8/4). Pada 2015, rumah itu juga pernah kemalingan, dan pelakunya "
    "diringkus dua hari setelah kejadian.",
    "Rumah Pak Darto dibobol maling pada Sabtu (8/4). Pada Maret 2015 rumah itu juga kemalingan. Pelakunya diringkus "
    "dua hari setelah kejadian.",
    # inside a quote opened after the story's day: another case's happening
    "Polisi meringkus pencuri sepeda di Desa Cibeureum pada Sabtu (8/4). \"Dulu ada kasus serupa, pelakunya kami "
    "ringkus dua hari setelah kejadian,\" kata Kapolsek.",
    "Polisi meringkus pencuri sepeda di Desa Cibeureum pada Sabtu (8/4). \u201cKasus lama juga begitu, pelakunya kami "
    "ringkus dua hari setelah kejadian,\u201d ujar Kapolsek.",
])
def test_a_count_from_another_happening_is_no_day(text):
    assert _dates(text).get("dua hari setelah", "absent") is None
    assert _day(text) == "2017-04-08"


@pytest.mark.parametrize("text, value", [
    # guards: the other happening's own day is written (its count holds); a quote closed before the count
    ("Rumah Pak Darto dibobol maling pada Sabtu (8/4). Pada 12 Maret 2015 rumah itu juga kemalingan. Pelakunya "
     "diringkus dua hari setelah kejadian.", "2015-03-14"),
    ("Sopir truk yang menabrak warung di Jalan Kenanga pada Sabtu (8/4) malam, \"kami cari terus,\" kata Kanit, "
     "menyerahkan diri dua hari setelah kejadian.", "2017-04-10"),
])
def test_a_count_from_a_dated_happening_still_holds(text, value):
    assert _dates(text).get("dua hari setelah") == value


# --- a cited outlet: only a citation verb with a source's words before a name -----------------------------------------

@pytest.mark.parametrize("text", [
    # `kutip` also means to levy (pungli news): no outlet is cited
    "Oknum juru parkir mengutip uang dari pedagang Pasar Cikaret, Senin (10/4), tanpa karcis resmi. Polisi lalu "
    "menangkapnya.",
    "Tim Saber Pungli menangkap petugas yang mengutip retribusi liar di Terminal Cikaret, Senin (10/4).",
    # the story's own recap names the police, not an outlet
    "Diberitakan sebelumnya Polres Sukamaju, Senin (10/4), menangkap tiga pencuri motor di Desa Cikaret.",
])
def test_a_citation_word_in_another_sense_keeps_the_day(text):
    assert _day(text) == "2017-04-10"


@pytest.mark.parametrize("text", [
    # a dash sets off the cited day as a comma does
    "Mengutip Reuters \u2013 Senin (10/4) \u2013 militer negara itu menyerang markas pemberontak di pulau selatan.",
    # guard: the source's words between the verb and the outlet (no day before or after)
    "Dilansir dari situs resmi Badan Geologi Amerika, Senin (10/4), gempa berpusat di laut pada kedalaman 10 kilometer.",
])
def test_a_day_after_a_cited_outlet_is_still_no_event_day(text):
    assert _day(text) is None


# --- a count from a happening and a statement's day -------------------------------------------------------------------

def test_a_count_is_not_read_from_a_statements_day():
    """The day set off after a verb of saying dates the saying; the happening the count is from has no day written."""
    text = ("Pencurian sepeda terjadi di Desa Cikaret. Kapolsek mengatakan, Senin (10/4), pelaku menyerahkan diri sehari "
            "setelah kejadian.")
    assert _dates(text).get("sehari setelah", "absent") is None


def test_a_statements_day_after_the_count_does_not_hide_the_story_day():
    text = ("Pencurian sepeda terjadi di Desa Cikaret pada Sabtu (8/4). Pelaku menyerahkan diri sehari setelah kejadian, "
            "kata Kapolsek, Senin (10/4).")
    assert _dates(text).get("sehari setelah") == "2017-04-09"
