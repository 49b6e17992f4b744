"""Lists of named people after a group's role word (issue 22, session 25, s25sv2): `Ketiga tersangka adalah suami
korban, A (38), kekasih gelapnya, B, serta C`: a job or kin description may open the list after `adalah` / `yakni`
/ `yaitu` / `masing-masing`, and every name in it takes the group's role. Guards: a list of witnesses opened the same
way takes no suspect role, and the victim named inside a description stays a victim. `KPK menetapkan empat
tersangka ... Mereka adalah A, B ...`: a list opened by the group's pronoun right after a count of a role word takes
the role; after a count of witnesses none. Every name, place and sentence is invented; read through the public API.
The first two cases and the pronoun list fail before their rules; the others are guards."""
from helpers import reader, suspect_names, victim_statuses

_record = reader("2025-03-12T10:00", id="t")


def test_a_description_opens_a_list_of_suspects():
    rec = _record("Polres Lembah Hijau menangkap tiga orang yang diduga membunuh Wartini (41), warga Desa Sukamaju, "
                  "yang jasadnya ditemukan di sungai, Senin (10/3/2025). Ketiga tersangka adalah suami korban, "
                  "Rusdianto (43), teman dekat Rusdianto, Marlina alias Lina (29), serta seorang buruh yang dibayar "
                  "untuk membantu, Karyono (35). Mereka ditangkap di tempat berbeda.")
    assert sorted(n for n in suspect_names(rec) if n) == ["Karyono", "Marlina", "Rusdianto"]
    assert victim_statuses(rec) == [("Wartini", "tewas")]


def test_a_job_word_opens_a_list_of_suspects():
    rec = _record("KPK menetapkan tiga tersangka setelah operasi tangkap tangan di Kabupaten Lembah Hijau, Senin "
                  "(10/3/2025). Ketiga tersangka adalah panitera pengadilan berinisial DK sebagai penerima, serta "
                  "pengacara BW dan seorang pengusaha, Hartono Gunawan, sebagai pemberi.")
    assert sorted(n for n in suspect_names(rec) if n) == ["BW", "DK", "Hartono Gunawan"]


def test_a_described_list_of_witnesses_takes_no_suspect_role():
    rec = _record("Polres Lembah Hijau menangkap seorang pencuri sepeda motor berinisial TR (25) di Desa Sukamaju, "
                  "Senin (10/3/2025). Kedua saksi adalah pemilik warung, Sutarman (50), dan tetangganya, "
                  "Rohimah (45).")
    assert "Sutarman" not in suspect_names(rec) and "Rohimah" not in suspect_names(rec)


def test_a_pronoun_list_after_a_count_of_suspects():
    rec = _record("KPK menetapkan empat tersangka kasus suap proyek jalan setelah operasi tangkap tangan di Kabupaten "
                  "Lembah Hijau, Senin (10/3/2025). Mereka adalah Kepala Dinas Perhubungan berinisial GT, Kepala Seksi "
                  "Angkutan berinisial RM, serta dua kontraktor berinisial PA dan SN. Mereka dijerat Pasal 12 huruf a "
                  "UU Tipikor.")
    assert sorted(n for n in suspect_names(rec) if n) == ["GT", "PA", "RM", "SN"]


def test_a_pronoun_list_after_a_count_of_witnesses_takes_no_suspect_role():
    rec = _record("Polres Lembah Hijau menangkap seorang pencuri sepeda motor berinisial TR (25) di Desa Sukamaju, "
                  "Senin (10/3/2025). Polisi juga memeriksa dua saksi. Mereka adalah pemilik warung Sutarman (50) "
                  "dan tetangganya, Rohimah (45).")
    assert "Sutarman" not in suspect_names(rec) and "Rohimah" not in suspect_names(rec)
