"""The review of s17ev's evidence rules (issue 22, session 17, s17fx1): each over-reach the review showed, mended at
its mechanism, and what s17ev gained kept.

Every sentence is invented for these tests (invented names, places and numbers; no article text), set after an arrest
so that the incident gate lets the report in, and read through the public API. Expected values follow
`gold/incidents/README.md` (Evidence, and its `Settled s16` lines)."""
import pytest

from helpers import evidence_rows, reader

_ARREST = "Polisi menangkap seorang tersangka berinisial DW (27) di sebuah kontrakan. "


_evidence = reader("2025-05-20T09:00", id="t", before=_ARREST, field=evidence_rows)


@pytest.mark.parametrize("text, items", [
    # a vehicle's model alone is also a given name: no car, no motorcycle where it stands alone
    ('Avanza (31) diamankan petugas di warung miliknya.', []),
    ('Petugas mengamankan Fortuner beserta 4 paket ganja.', [('ganja', 4, 'paket')]),
    ('Polisi turut memeriksa Vario, adik tersangka, dan menyita 3 butir ekstasi.', [('ekstasi', 3, 'butir')]),
    # after a counter or a word of its kind, the model names the vehicle
    ('Polisi menyita dua unit Innova dan sebuah linggis.', [('linggis', 1, 'buah'), ('mobil', 2, 'unit')]),
    ('Barang bukti berupa satu unit Scoopy dan dua helm.', [('helm', 2, None), ('sepeda motor', 1, 'unit')]),
])
def test_a_model_alone_names_a_vehicle_only_after_a_counter(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # a word after a boat, a ship or a bag is its kind only where it is one: a time, a purpose, a hire are none
    ('Petugas mengamankan perahu siang itu juga.', [('perahu', None, None)]),
    ('Polisi menyita sebuah perahu kemarin sore.', [('perahu', 1, 'unit')]),
    ('Polisi menyita kapal tujuan Pelabuhan Waruna.', [('kapal', None, None)]),
    ('Petugas menyita tas pinjaman tersangka.', [('tas', None, None)]),
    # the kinds of boats, ships and bags stay in the item
    ('Polisi menyita sebuah perahu jukung dan satu tas pinggang.', [('perahu jukung', 1, 'unit'),
                                                                    ('tas pinggang', 1, None)]),
])
def test_a_kind_after_a_boat_or_bag_is_one_of_its_kinds(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # after a relative clause, a joiner and a thing that a predicate follows: a new clause, not the list's last item
    ('Polisi menyita golok yang dibawa pelaku, dan sepeda motor korban raib entah ke mana.', [('golok', None, None)]),
    ('Polisi menyita linggis yang dipakai pelaku, serta mobil korban sudah di bengkel.', [('linggis', None, None)]),
    ('Polisi menyita obeng yang dipakai pelaku, dan laptop korban belum kembali.', [('obeng', None, None)]),
])
def test_a_list_ends_where_a_clause_of_its_own_begins(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # a person, a group or a place found and pointed back to is no thing seized
    ('Petugas menemukan rombongan remaja berkumpul di gudang. Rombongan tersebut langsung diamankan.', []),
    ('Tim menemukan kebun ganja di lereng bukit. Kebun tersebut kini diamankan polisi.', []),
    ('Patroli menemukan gerombolan pemuda bersenjata tajam. Gerombolan itu diamankan petugas.', []),
    # a thing by positive evidence: a container noun, or what it holds after it
    ('Warga menemukan karung mencurigakan di sungai. Karung tersebut segera diamankan.', [('karung', None, None)]),
    ('Petugas menemukan ember berisi sabu di dapur. Ember itu langsung diamankan.', [('ember', None, None)]),
])
def test_only_a_thing_found_is_pointed_back_to(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # found by chance is found: only a negator with a modal or nothing before the cue says it was not
    ('Pelaku membacok korban dengan parang. Parang itu tidak sengaja ditemukan pemulung di parit.',
     [('parang', None, None)]),
    ('Pelaku menusuk korban dengan pisau. Pisau itu tidak berhasil ditemukan petugas.', []),
    ('Pelaku memukul korban dengan palu. Hingga kini palu itu tak kunjung ditemukan.', []),
])
def test_not_found_only_with_nothing_or_a_modal_between(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # `sekitar` alone after a counted item measures no load of it: the count stays
    ('Polisi menyita 2 unit truk sekitar 16 ton batu kapur.', [('truk', 2, 'unit')]),
    ('Polisi menyita sebuah kapal sekitar 300 kg ikan hasil tangkapan.', [('kapal', 1, 'unit')]),
    # an uncounted item measured at the list's end keeps its measure
    ('Polisi menyita satu unit ekskavator dan batu bara sekitar 2 ton.', [('batu bara', 2000, 'kg'),
                                                                       ('ekskavator', 1, 'unit')]),
    ('Polisi menyita dua unit truk dan pasir kuarsa sekitar 12 ton yang siap dijual.', [('pasir kuarsa', 12000, 'kg'),
                                                                                      ('truk', 2, 'unit')]),
])
def test_about_alone_measures_only_an_uncounted_item(text, items):
    assert _evidence(text) == sorted(items)


@pytest.mark.parametrize("text, items", [
    # foreign money is a thing of its own: `asing` is part of its name, no status
    ('Polisi menyita mata uang asing dan sebuah ponsel.', [('handphone', 1, 'unit'), ('mata uang asing', None, None)]),
    # a ship's flag stays out of its name
    ('Polisi mengamankan sebuah kapal asing berbendera Malaysia.', [('kapal', 1, 'unit')]),
])
def test_foreign_is_part_of_a_thing(text, items):
    assert _evidence(text) == sorted(items)
