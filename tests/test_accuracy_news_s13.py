"""Issue 19, session 13 (s13ner): organisations and places of general news from the IDNer train errors.
Sentences written for the test; the bodies are those of the public lists the tables name."""
import polsek_nlp
from helpers import entity_texts as labelled


def test_bodies_abroad_by_their_acronym_alone():
    assert "NASA" in labelled("Menurut para ilmuwan, NASA butuh dana tambahan untuk misi itu.", "ORG")
    assert "EU" in labelled("Juru bicara itu mengatakan EU menginginkan perundingan dilanjutkan.", "ORG")
    assert "Pentagon" in labelled("Laporan Pentagon yang dirilis pekan ini menyebut kenaikan anggaran.", "ORG")


def test_the_stock_exchange_by_its_acronym():
    text = "Pihak BEI memastikan sistem perdagangan kembali normal, kata Direktur Rudi Hartanto."
    assert "BEI" in labelled(text, "ORG")
    assert [i.full_name for i in polsek_nlp.analyze(text).institutions] == ["Bursa Efek Indonesia"]


def test_a_person_with_the_initials_of_a_listed_body_stays_a_person():
    # the table's acronyms skip an article's person initials, as the police bodies' do
    assert "ADB" not in labelled("Polisi menangkap tersangka ADB (32) di rumahnya pada Senin malam.", "ORG")


def test_an_outlet_noun_opens_the_outlet_name():
    assert "Harian Sinar Pagi" in labelled("Ia kemudian pindah ke Harian Sinar Pagi di Bandung.", "ORG")
    assert "Radio Suara Lembah" in labelled("Kabar itu disiarkan Radio Suara Lembah pada malam hari.", "ORG")


def test_a_post_of_daily_affairs_opens_no_outlet():
    # `Ketua Harian` is a post; `Pengurus Harian` before a body's acronym is the body's organ
    assert not any(e.startswith("Harian") for e in labelled(
        "Ketua Harian Partai Nusantara Raya itu membantah kabar tersebut.", "ORG"))


def test_bodies_of_world_news_and_survey_institutes_from_their_lists():
    assert "Greenpeace" in labelled("Aktivis Greenpeace menggelar aksi di depan kantor itu.", "ORG")
    assert "SMRC" in labelled("Hasil survei SMRC menunjukkan elektabilitas calon itu naik.", "ORG")
    assert "Qantas" in labelled("Ia bekerja di perusahaan penerbangan nasional Qantas selama lima tahun.", "ORG")


def test_a_maker_before_a_model_number_names_the_product():
    assert "Boeing" not in labelled("Pria itu membajak sebuah pesawat Boeing 737 yang menuju Madrid.", "ORG")


def test_a_cabinet_by_its_name_is_an_entity_not_a_record_institution():
    record = polsek_nlp.analyze("Presiden belum memberikan sinyal reshuffle Kabinet Indonesia Bersatu Jilid II.")
    assert {e.text for e in record.entities if e.label == "ORG"} == {"Kabinet Indonesia Bersatu Jilid II"}
    assert not record.institutions


def test_a_team_before_a_lap_time_stays_the_team():
    text = "Hasil latihan bebas: Jorge Lorenzo SPA Yamaha 1 m 27.899s, disusul Dani Pedrosa."
    assert "Yamaha" in labelled(text, "ORG")
