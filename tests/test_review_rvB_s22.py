"""Review of s22sv's suspect and victim rules (session 22, s22rvB). Every name, place and sentence is invented; read
through the public API. Each case failed on main after the merge (7022555):

- a noun of arrest before `terhadap` and a name said no arrest done: a demand (`Massa menuntut dilakukannya
  penangkapan terhadap X`), a hope, a denial, a rumour, a negation (`Belum ada penangkapan terhadap X`), an earlier
  case recalled, a challenge in court: the noun must be said done (`melakukan`, `dilakukan`: `arrest_done` rows) or
  follow an `arrest_lead` word, and no intent, negation, demand or denial may stand right before it;
- `A (44), warga Desa X, dan pemiliknya, B (50), melapor ...`: a `-nya` noun set out by a comma after a suspect's home
  adds the next name to the suspects' list only when it is a noun of one who works with or under the suspect
  (`co_worker` rows: `sopirnya`, `kernetnya`), not any person's noun (`pemiliknya`, `gurunya`, `penumpangnya`);
- `Anggota yang terlibat penganiayaan hingga tewas itu adalah Bripda X`: a harm after `hingga` / `sampai` in a
  description is the death the head's act came to, not his own, unless a passive verb of harm says he suffered the act
  (`Warga yang dikeroyok massa hingga tewas itu bernama X`); s22sv's rank cut had opened the shape to officers;
- `Saat penangkapan X kabur lewat pintu belakang`: a name the sentence says escaped right after it is not the one the
  noun of arrest before it arrested;
- `pelaku pembunuhan seorang warga yang tewas, X (41)`: s22sv's `pelaku yang tewas, X` names the doer only when `yang`
  follows the role word (or one word after it), not the object of an act between: X is the one killed."""
import pytest

from helpers import reader

_record = reader("2024-05-02T10:00", id="t")
_LEAD = "Polres Sukamaju menangkap pengedar sabu berinisial AS (30) di Desa Mekarsari. "


def _suspects(text):
    return {s.name for s in _record(text).suspects}


@pytest.mark.parametrize("sentence", [
    "Massa menuntut dilakukannya penangkapan terhadap Bagus Prasetyo, kepala desa yang diduga korupsi.",
    "Warga berharap penangkapan terhadap Bagus Prasetyo segera dilakukan polisi.",
    "Kapolres membantah penangkapan terhadap Bagus Prasetyo, kepala desa Sidorejo.",
    "Kapolres membantah telah melakukan penangkapan terhadap Bagus Prasetyo.",
    "Kabar penangkapan terhadap Bagus Prasetyo ternyata hoaks, kata Kapolres.",
    "Belum ada penangkapan terhadap Bagus Prasetyo hingga kini, kata Kapolres.",
    "Polisi belum melakukan penangkapan terhadap Bagus Prasetyo.",
    "Kasus ini mengingatkan pada penangkapan terhadap Bagus Prasetyo tahun 2015 lalu.",
    "Keluarga mempertanyakan penahanan terhadap Bagus Prasetyo yang dinilai tidak sah.",
    "Pengacara menggugat penahanan terhadap Bagus Prasetyo melalui praperadilan.",
])
def test_an_arrest_noun_not_said_done_arrests_no_one(sentence):
    assert "Bagus Prasetyo" not in _suspects(_LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Polisi melakukan penangkapan terhadap Bagus Prasetyo (32) di rumahnya.",
    "Kasat Resnarkoba mengatakan penangkapan kedua dilakukan terhadap Bagus Prasetyo (32) di rumahnya.",
    "Kemudian dilakukan penangkapan terhadap Bagus Prasetyo (32) di rumahnya.",
    "Tak lama setelah penangkapan Bagus Prasetyo (32), polisi menggeledah rumahnya.",
])
def test_an_arrest_noun_said_done_still_arrests_the_name(sentence):
    assert "Bagus Prasetyo" in _suspects(_LEAD + sentence)


@pytest.mark.parametrize("noun", ["pemiliknya", "gurunya", "penumpangnya"])
def test_a_nya_noun_of_someone_else_in_the_story_joins_no_suspects_list(noun):
    text = (f"Polisi menangkap AS (44), warga Desa Sidorejo, dan {noun}, Bagus Prasetyo (50), melapor ke Polsek "
            "Karangjati.")
    assert "Bagus Prasetyo" not in _suspects(text)


def test_a_co_workers_nya_noun_still_joins_the_suspects_list():
    text = "Polisi menangkap AS (44), warga Desa Sidorejo, dan kernetnya, BD (27), karena membawa sabu."
    assert {"AS", "BD"} <= _suspects(text)


@pytest.mark.parametrize("text", [
    "Kapolres Sukamaju mengatakan anggota yang terlibat penganiayaan hingga tewas itu adalah Bripda Yoga Pratama. Ia "
    "kini ditahan di ruang Propam.",
    "Anggota yang diduga terlibat pengeroyokan tahanan sampai meninggal dunia itu adalah Briptu Yoga Pratama.",
    "Pria yang terlibat pengeroyokan hingga tewas itu adalah Yoga Pratama, kata Kapolsek.",
])
def test_a_doer_described_by_the_death_his_act_came_to_is_no_victim(text):
    assert "Yoga Pratama" not in {v.name for v in _record(text).victims}


@pytest.mark.parametrize("text", [
    "Anggota yang dianiaya hingga tewas itu adalah Bripda Yoga Pratama, kata Kapolres.",
    "Warga yang dikeroyok massa hingga tewas itu bernama Yoga Pratama.",
])
def test_one_described_by_the_act_he_suffered_until_death_stays_the_victim(text):
    assert ("Yoga Pratama", "tewas") in {(v.name, v.status) for v in _record(text).victims}


def test_a_name_that_escapes_after_a_noun_of_arrest_is_not_arrested():
    text = (_LEAD + "Bagus Prasetyo, pemasok AS, sempat dikepung petugas. Saat penangkapan Bagus Prasetyo kabur lewat pintu "
            "belakang dan kini diburu.")
    assert ("Bagus Prasetyo", "ditangkap") not in {(s.name, s.status) for s in _record(text).suspects}


def test_the_one_killed_set_out_after_the_killers_role_is_no_dead_suspect():
    text = "Polres Sukamaju menangkap pelaku pembunuhan seorang warga yang tewas, Darto Wiyono (41), di Desa Sidorejo."
    rec = _record(text)
    assert ("Darto Wiyono", "tewas") not in {(s.name, s.status) for s in rec.suspects}
    assert rec.casualties.dead == 1
