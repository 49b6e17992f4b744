"""Session 23 (s23inst): institutions (issue 19) — shapes grouped from the tune errors.

Invented sentences only; each case failed before its rule, the guards pass on both."""
import polsek_nlp

P = "2017-08-01T10:00"


def _names(text: str) -> list[str]:
    return [i.name for i in polsek_nlp.analyze(text, published=P).institutions]


# --- a sub-unit right after a head's title is the post's (gold S4: `words/org_cues.tsv` post_unit)

def test_a_sub_unit_after_a_head_title_names_only_the_body_after_it():
    assert _names("Kepala Pusat Data dan Humas BNPB, Sutarno Wibisono menjelaskan longsor itu.") == ["BNPB"]
    assert _names("Kepala Biro Humas Kementerian Sosial RI, Anita Sari, menyambut langkah itu.") == [
        "Kementerian Sosial RI"]
    assert _names("Plh Kepala Biro Humas KPK Yanti Susilo memberi keterangan di Jakarta.") == ["KPK"]


def test_a_list_of_portfolios_before_the_body_is_the_post_too():
    assert _names("Kepala Biro Hukum, Komunikasi dan Informasi Publik Kementerian Dalam Negeri Herman Sudirman "
                  "menyampaikan hal itu.") == ["Kementerian Dalam Negeri"]


def test_a_sub_unit_head_with_no_body_after_it_stays_a_body():
    assert _names("Kepala Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) Kasmono mengatakan status "
                  "gunung naik.") == ["Pusat Vulkanologi dan Mitigasi Bencana Geologi"]
    assert "Pusat Penelitian Politik LIPI" in _names("Pusat Penelitian Politik LIPI merilis survei baru.")


def test_a_body_listed_after_the_holders_name_does_not_make_the_sub_unit_a_post():
    # s23rvA: the list of portfolios ran over the holder's name to the next body of the sentence
    names = _names("Kepala Unit Kegiatan Mahasiswa Pecinta Alam, Rina Wulandari, BPBD dan Basarnas mencari korban.")
    assert "Unit Kegiatan Mahasiswa Pecinta Alam" in names and "BPBD" in names


# --- an acronym the text defines that the table knows as a form of a body is that body (resolve/institutions)

def test_a_defined_table_form_joins_the_bodys_later_forms():
    text = ("Direktorat Polisi Air (Ditpolair) Polda Sulawesi Utara menangkap lima nelayan di perairan Pulau Lembeh. "
            "Kasubdit Gakkum Ditpolair Polda Sulut AKBP Rudi Wenas menambahkan, polisi masih menelusuri pemasoknya.")
    assert _names(text) == ["Ditpolair Polda Sulawesi Utara", "Polda Sulawesi Utara"]


def test_the_same_defined_form_of_two_regions_stays_two_bodies():
    names = _names("Direktorat Polisi Air (Ditpolair) Polda Jawa Barat menangkap lima nelayan. Sementara Ditpolair "
                   "Polda Banten menyita kapal.")
    assert "Ditpolair Polda Jawa Barat" in names and "Ditpolair Polda Banten" in names


# --- Manggala Agni, the forest fire brigade, named bare or by its operations area (institutions.tsv)

def test_the_fire_brigade_is_named_by_its_operations_area():
    names = _names("Pemadaman dilakukan personel Polres Dumai, Manggala Agni Daops Dumai, BPBD Kota Dumai dan warga.")
    assert "Manggala Agni Daops Dumai" in names
    assert _names("Tim Manggala Agni Daops Sumatera Selatan menurunkan dua regu. Menurut Koordinator Manggala Agni, "
                  "Rudi Santoso, timnya memakai sumur bor.") == ["Manggala Agni Daops Sumatera Selatan"]
    assert "Manggala Agni" in _names("Tim gabungan Manggala Agni, TNI dan Polri mengendalikan api di Desa Sukamaju.")
