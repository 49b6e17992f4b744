"""Officers' posts the positions table could not reach (issue 19, session 24, s24off2), on invented ground (invented
names, plausible places; none copied from an article). Each case failed before its change unless marked as a guard."""
from __future__ import annotations

import pytest

from helpers import officer_posts, reader

_officers = reader("2025-03-12T10:00", field=officer_posts)  # (rank, name, position, unit) of each officer


# --- the head of a BNNP field or a BNNK section, the body's region written after the post (Perka BNN 3/2015) ---
@pytest.mark.parametrize("text, expected", [
    ("Kepala Bidang Pemberantasan BNNP Jambi AKBP Rudi Santoso menambahkan, tersangka ditahan.",
     ("AKBP", "Rudi Santoso", "Kepala Bidang Pemberantasan", "BNNP Jambi")),
    ("Kepala Bidang Rehabilitasi BNNP Sumatera Barat, Kombes Pol Wahyu Prasetyo, menyebut asesmen dilakukan.",
     ("Kombes", "Wahyu Prasetyo", "Kepala Bidang Rehabilitasi", "BNNP Sumatera Barat")),
    ("Kasi Pemberantasan BNNK Bogor AKP Dedi Kurnia mengatakan barang bukti dimusnahkan.",
     ("AKP", "Dedi Kurnia", "Kasi Pemberantasan", "BNNK Bogor")),
    # guard: the head of the BNNP itself, as before
    ("Kepala BNNP Jambi Brigjen Pol Hadi Wiranto menyebut asesmen dilakukan.",
     ("Brigjen", "Hadi Wiranto", "Kepala BNNP", "BNNP Jambi")),
])
def test_the_head_of_a_bnn_field_serves_the_body_of_the_region_after_it(text, expected):
    assert _officers(text) == [expected]


# --- a functional post a mutation gives (PermenPAN-RB 45/2013, 22/2014) ---
@pytest.mark.parametrize("text, expected", [
    ("Brigjen Pol Santoso Adiwibowo mendapat tugas baru sebagai Widyaiswara Utama Sespim Lemdiklat Polri.",
     ("Brigjen", "Santoso Adiwibowo", "Widyaiswara Utama")),
    ("Analis Kebijakan Madya Bidkum Polri Kombes Pol Darmawan Sulistyo mengatakan hal itu.",
     ("Kombes", "Darmawan Sulistyo", "Analis Kebijakan Madya")),
])
def test_a_functional_post_is_the_holders_post(text, expected):
    assert [o[:3] for o in _officers(text)] == [expected]


def test_a_functional_posts_grade_is_no_persons_name():
    from polsek_nlp import analyze
    rec = analyze("Kombes Pol Dimas Arya Pratama selanjutnya mengemban tugas sebagai Analis Kebijakan Madya Bidang "
                  "Pidum Bareskrim Polri.", published="2025-03-12T10:00")
    assert [p.name for p in rec.persons] == ["Dimas Arya Pratama"]
    assert [o.position for o in rec.officers] == ["Analis Kebijakan Madya"]


# --- a command's region whose name holds `dan` (`Pulau Ambon dan Pulau-Pulau Lease`, `Pangkajene dan Kepulauan`) ---
@pytest.mark.parametrize("text, expected", [
    ("Kapolres Pulau Ambon dan Pulau-Pulau Lease AKBP Yosef Latumahina mengatakan, situasi aman.",
     [("AKBP", "Yosef Latumahina", "Kapolres", "Polres Pulau Ambon dan Pulau-Pulau Lease")]),
    ("Kapolres Pangkajene dan Kepulauan, AKBP Andi Saputra, mengatakan situasi aman.",
     [("AKBP", "Andi Saputra", "Kapolres", "Polres Pangkajene dan Kepulauan")]),
    # guards: two posts joined by `dan` stay two
    ("Kapolres Bogor dan Dandim 0621 Letkol Inf Budi Hartono meninjau lokasi.",
     [("Letkol", "Budi Hartono", "Dandim", "Kodim 0621"), (None, None, "Kapolres", "Polres Bogor")]),
    ("Kapolres Bogor dan Kapolres Depok AKBP Dedi Santoso meninjau lokasi.",
     [("AKBP", "Dedi Santoso", "Kapolres", "Polres Depok"), (None, None, "Kapolres", "Polres Bogor")]),
])
def test_a_commands_region_with_dan_runs_on_to_the_holder(text, expected):
    assert _officers(text) == expected


# --- a post held at the time told (`saat itu`, `kala itu`) between the post and its holder ---
@pytest.mark.parametrize("text, expected", [
    ("Kasat Reskrim Polrestabes Medan saat itu, AKBP Dodi Purnama, menyebut terdakwa ditangkap di rumah kerabatnya.",
     [("AKBP", "Dodi Purnama", "Kasat Reskrim", "Polrestabes Medan")]),
    ("Kapolsek Cibinong kala itu AKP Agus Salim mengatakan pelaku kabur ke luar kota.",
     [("AKP", "Agus Salim", "Kapolsek", "Polsek Cibinong")]),
    # guard: the time word opening the sentence is no qualifier of a post
    ("Saat itu Kapolres Bogor AKBP Dedi Santoso meninjau lokasi.",
     [("AKBP", "Dedi Santoso", "Kapolres", "Polres Bogor")]),
])
def test_a_post_held_at_the_time_told_is_the_holders(text, expected):
    assert _officers(text) == expected


# --- a sub-unit post with no command after it takes the one command of its level the article names ---
@pytest.mark.parametrize("text, expected", [
    ("Polda Jambi menggagalkan penyelundupan. Kapolres Batanghari AKBP Dedi Santoso turut hadir.\n\n"
     "Dirpolair Kombes Pol Budi Tarigan menambahkan, kapal disergap patroli.",
     ("Kombes", "Budi Tarigan", "Dirpolair", "Polda Jambi")),
    ("Polres Sukamaju dan Polda Jambi menggelar operasi.\n\n"
     "Kasat Lantas AKP Rina Wulandari menjelaskan, operasi mengutamakan teguran.",
     ("AKP", "Rina Wulandari", "Kasat Lantas", "Polres Sukamaju")),
])
def test_a_sub_unit_post_takes_the_one_command_of_its_level(text, expected):
    assert _officers(text)[-1] == expected


def test_two_commands_of_the_posts_level_leave_the_unit_open():
    # guard: two Polres named, the Kasat's is not told
    text = ("Polres Sukamaju dan Polres Cibarusah menggelar operasi bersama Polda Jambi.\n\n"
            "Kasat Lantas AKP Rina Wulandari menjelaskan, operasi mengutamakan teguran.")
    assert _officers(text)[-1] == ("AKP", "Rina Wulandari", "Kasat Lantas", None)


# --- review s24rvB: a body after `dan` is a second party; Sat Brimob is a Polda's unit ---
def test_a_body_after_dan_is_no_part_of_the_commands_region():
    text = "Kapolres Sukamaju dan Forkopimda Cibatu, AKBP Dodi Purnama, meninjau lokasi banjir."
    assert all("Forkopimda" not in (o[3] or "") for o in _officers(text))


def test_the_commander_of_sat_brimob_takes_the_polda_of_the_article():
    text = ("Polres Sukamaju dan Polda Jambi menggelar operasi.\n\n"
            "Dansat Brimob Kombes Pol Budi Tarigan menambahkan, operasi mengutamakan teguran.")
    assert _officers(text)[-1] == ("Kombes", "Budi Tarigan", "Dansat Brimob", "Polda Jambi")
