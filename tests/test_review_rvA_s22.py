"""Review of s22rec's officer rules (session 22, s22rvA): near-misses written to test them, each failing before its
mend. Invented names, places and sentences (none copied from a gold article)."""
from __future__ import annotations

import pytest

from helpers import reader

_record = reader("2025-03-12T10:00")


def _officers(text: str) -> list[tuple]:
    """(rank, name, position, unit) of each officer, named or not."""
    return [(o.rank, o.name, o.position, o.unit) for o in _record(text).officers]


# --- a named acting holder's post written again without its marker is his: one officer, no unnamed second ---------
@pytest.mark.parametrize("text, expected", [
    ("Plt Kapolsek Tanjung Sari AKP Galih Permana memimpin patroli malam. Menurut Kapolsek Tanjung Sari, patroli "
     "digelar setiap akhir pekan.", [("AKP", "Galih Permana", "Plt Kapolsek", "Polsek Tanjung Sari")]),
    ('Plt. Kapolres Lembah Sari Kompol Yudi Pranata meninjau pos mudik. "Kami siaga penuh," kata Kapolres.',
     [("Kompol", "Yudi Pranata", "Plt. Kapolres", "Polres Lembah Sari")]),
])
def test_an_acting_holders_post_written_plain_later_is_his(text, expected):
    assert _officers(text) == expected


def test_an_unnamed_acting_holder_beside_a_named_holder_stays_apart():
    # guard: the named holder is on leave, the acting one is another man
    text = "Kapolsek Tanjung Sari AKP Galih Permana sedang cuti. Tugasnya dijalankan Plt Kapolsek Tanjung Sari."
    assert _officers(text) == [("AKP", "Galih Permana", "Kapolsek", "Polsek Tanjung Sari"),
                               (None, None, "Plt Kapolsek", "Polsek Tanjung Sari")]


# --- a member's village written with its higher levels before his command: the command is still his unit ----------
@pytest.mark.parametrize("text, expected", [
    ("Bhabinkamtibmas Desa Karang Anyar Kecamatan Sumberwangi Kabupaten Lembah Sari Polres Lembah Sari Bripka Yoga "
     "Pratama hadir.", [("Bripka", "Yoga Pratama", "Bhabinkamtibmas", "Polres Lembah Sari")]),
    ("Babinsa Desa Karang Anyar Kecamatan Sumberwangi Koramil 05/Sumberwangi Serda Yoga Pratama hadir.",
     [("Serda", "Yoga Pratama", "Babinsa", "Koramil 05/Sumberwangi")]),
    # a hamlet after the village is no officer's name
    ("Bhabinkamtibmas Desa Karang Anyar Dusun Cikoneng Polsek Sumberwangi Bripka Yoga Pratama hadir.",
     [("Bripka", "Yoga Pratama", "Bhabinkamtibmas", "Polsek Sumberwangi")]),
])
def test_a_members_area_with_its_higher_levels_before_the_command(text, expected):
    assert _officers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: the levels with no command after them; a command after a lowercase word is no unit of his
    ("Bhabinkamtibmas Desa Karang Anyar Kecamatan Sumberwangi Bripka Yoga Pratama hadir.",
     [("Bripka", "Yoga Pratama", "Bhabinkamtibmas", None)]),
    ("Bhabinkamtibmas Desa Karang Anyar Kecamatan Sumberwangi bersama Polsek Sumberwangi menggelar patroli.",
     [(None, None, "Bhabinkamtibmas", None)]),
])
def test_a_members_area_with_no_command_after_it(text, expected):
    assert _officers(text) == expected


# --- a unit's number joined by an en dash (one token): one word of the unit, as with the hyphen -------------------
@pytest.mark.parametrize("text, expected", [
    ("Kadilmil II\u201312 Lembah Hijau Kolonel Chk Anton Wibisono membuka sidang tahunan.",
     [("Kolonel", "Anton Wibisono", "Kadilmil", "Dilmil II\u201312 Lembah Hijau")]),
    ("Danramil 1802\u201301/Tanah Merah Kapten Inf Budi Santoso memimpin apel.",
     [("Kapten", "Budi Santoso", "Danramil", "Koramil 1802\u201301/Tanah Merah")]),
])
def test_a_unit_number_joined_by_an_en_dash(text, expected):
    assert _officers(text) == expected
