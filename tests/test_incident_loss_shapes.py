"""Money of a case as Indonesian police, KPK and court news writes it (issue 22, session 12): state losses,
bribes and gratification, illegal levies and extortion, cash taken, money seized, the value of seized goods,
fines imposed, assets frozen, fees paid in the scheme; and what is no loss: a budget, a salary, a price in
the background, a project's value, a fine threatened in a penalty clause, a reward offered, statistics of
many cases, a company's profit.

Every sentence is invented for these tests (invented names, places and amounts), set after an arrest so that
the incident gate lets the report in, and read through the public API. Expected values follow
`gold/incidents/README.md`: the amount an integer in the currency's unit, the ISO 4217 code, the kind."""
import pytest

from helpers import loss_rows, reader

_ARREST = "Polisi menangkap seorang tersangka berinisial RT (30) di rumahnya. "


_losses = reader("2017-03-14T10:00", id="t", before=_ARREST, field=loss_rows)


_J = 1_000_000
_M = 1_000_000_000

LOSSES = [
    # state losses and losses of victims
    ("Akibat perbuatan tersangka, kerugian negara mencapai Rp 2,3 miliar.",
     [(2_300_000_000, "IDR", "kerugian")]),
    ("Berdasarkan audit BPKP, negara dirugikan sebesar Rp 14,5 miliar dalam proyek itu.",
     [(14_500_000_000, "IDR", "kerugian")]),
    ("Kerugian keuangan negara dalam kasus ini ditaksir Rp 750 juta.",
     [(750 * _J, "IDR", "kerugian")]),
    ("Total kerugian yang dialami para korban mencapai Rp 1,2 miliar.",
     [(1_200_000_000, "IDR", "kerugian")]),
    ("Korban mengalami kerugian sekitar Rp 35 juta.",
     [(35 * _J, "IDR", "kerugian")]),
    ("Tersangka menggelapkan uang perusahaan sebesar Rp 480 juta.",
     [(480 * _J, "IDR", "kerugian")]),
    ("Korban tertipu hingga Rp 90 juta setelah mentransfer uang ke rekening pelaku.",
     [(90 * _J, "IDR", "kerugian")]),
    ("Dari aksi penipuan itu, pelaku meraup keuntungan Rp 200 juta.",  # a stated profit: `other` (README settled
     [(200 * _J, "IDR", "other")]),  # s18 rule 13, later than this case; s20ev)
    ("Korban telah menyetor uang Rp 45 juta kepada tersangka agar anaknya diterima sebagai polisi.",
     [(45 * _J, "IDR", "kerugian")]),
    ("Bendahara desa itu menyelewengkan dana desa sebesar Rp 312 juta.",
     [(312 * _J, "IDR", "kerugian")]),
    ("Perusahaan itu mengalami kerugian US$ 2 juta akibat peretasan tersebut.",
     [(2 * _J, "USD", "kerugian")]),
    # bribes, gratification
    ("Tersangka diduga menerima suap sebesar Rp 500 juta dari seorang kontraktor.",
     [(500 * _J, "IDR", "suap")]),
    ("KPK menyita uang suap Rp 1,5 miliar dalam operasi tangkap tangan itu.",
     [(1_500_000_000, "IDR", "suap")]),
    ("Ia juga diduga menerima gratifikasi senilai Rp 2,1 miliar selama menjabat.",
     [(2_100_000_000, "IDR", "suap")]),
    ("Kontraktor itu memberikan uang Rp 300 juta kepada kepala dinas agar memenangkan tender.",
     [(300 * _J, "IDR", "suap")]),
    ("Bupati itu diduga meminta fee proyek sebesar Rp 750 juta.",
     [(750 * _J, "IDR", "suap")]),
    ("Pejabat itu menerima suap sebesar SGD 50 ribu dari pengusaha tersebut.",
     [(50_000, "SGD", "suap")]),
    # levies and extortion
    ("Oknum petugas itu melakukan pungli sebesar Rp 500 ribu kepada setiap pemohon.",
     [(500_000, "IDR", "pemerasan")]),
    ("Pelaku memeras korban dan meminta uang Rp 10 juta agar foto itu tidak disebar.",
     [(10 * _J, "IDR", "pemerasan")]),
    ("Para penculik meminta uang tebusan Rp 1 miliar kepada keluarga korban.",
     [(1 * _M, "IDR", "pemerasan")]),
    ("Korban diminta membayar Rp 5 juta agar kasusnya tidak diproses.",
     [(5 * _J, "IDR", "pemerasan")]),
    # cash taken
    ("Pelaku menggasak uang tunai Rp 15 juta dari laci toko.",
     [(15 * _J, "IDR", "uang tunai")]),
    ("Kawanan perampok itu membawa kabur uang Rp 250 juta milik nasabah bank.",
     [(250 * _J, "IDR", "uang tunai")]),
    ("Korban kehilangan uang tunai sebesar Rp 7,5 juta yang disimpan di lemari.",
     [(7_500_000, "IDR", "uang tunai")]),
    ("Pencuri itu menguras Rp 40 juta dari brankas koperasi.",
     [(40 * _J, "IDR", "uang tunai")]),
    # money seized
    ("Polisi menyita uang tunai Rp 3,2 juta hasil penjualan sabu.",
     [(3_200_000, "IDR", "barang bukti")]),
    ("Dari tangan tersangka, petugas mengamankan uang Rp 850 ribu.",
     [(850_000, "IDR", "barang bukti")]),
    ("Barang bukti yang disita berupa uang tunai sebesar Rp 12 juta dan dua unit handphone.",
     [(12 * _J, "IDR", "barang bukti")]),
    # value of seized goods
    ("Sabu seberat 2 kilogram itu ditaksir senilai Rp 3 miliar.",
     [(3 * _M, "IDR", "nilai barang bukti")]),
    ("Kayu ilegal yang disita bernilai sekitar Rp 600 juta.",
     [(600 * _J, "IDR", "nilai barang bukti")]),
    # fines imposed, bail, assets
    ("Hakim menjatuhkan vonis empat tahun penjara dan denda Rp 200 juta kepada terdakwa.",
     [(200 * _J, "IDR", "denda")]),
    ("Terdakwa juga didenda Rp 50 juta subsider tiga bulan kurungan.",
     [(50 * _J, "IDR", "denda")]),
    ("Keluarga tersangka menyerahkan uang jaminan Rp 100 juta untuk penangguhan penahanan.",
     [(100 * _J, "IDR", "jaminan")]),
    ("Penyidik memblokir rekening tersangka yang berisi Rp 4,2 miliar.",
     [(4_200_000_000, "IDR", "aset")]),
    # fees and prices paid in the scheme
    ("Tersangka membeli sabu itu seharga Rp 1,5 juta dari seorang bandar.",
     [(1_500_000, "IDR", "biaya")]),
    ("Setiap calon pekerja membayar biaya Rp 15 juta kepada tersangka untuk diberangkatkan ke Malaysia.",
     [(15 * _J, "IDR", "biaya")]),
    # amounts in words and other writings
    ("Kerugian negara mencapai Rp 1.250.000.000 menurut hasil audit.",
     [(1_250_000_000, "IDR", "kerugian")]),
    ("Kerugian korban ditaksir mencapai 60 juta rupiah.",
     [(60 * _J, "IDR", "kerugian")]),
    ("Tersangka menerima suap Rp 1 miliar dan Rp 250 juta dalam dua tahap.",
     [(250 * _J, "IDR", "suap"), (1 * _M, "IDR", "suap")]),
]


@pytest.mark.parametrize("sentence, expected", LOSSES)
def test_loss_shapes(sentence, expected):
    assert _losses(sentence) == sorted(expected)


NOT_LOSSES = [
    # budgets, salaries, project values, prices in the background
    "Tahun ini APBD kabupaten tersebut mencapai Rp 1,8 triliun.",
    "Proyek pembangunan jembatan itu bernilai Rp 12 miliar dan dikerjakan sejak 2015.",
    "Gaji tersangka sebagai honorer hanya Rp 1,5 juta per bulan.",
    "Di pasaran, harga sabu mencapai Rp 1,5 juta per gram.",
    "Harga cabai di pasar setempat naik menjadi Rp 60 ribu per kilogram.",
    "Anggaran operasi tersebut sebesar Rp 500 juta berasal dari APBN.",
    # a fine threatened in a penalty clause
    "Tersangka dijerat Pasal 114 UU Narkotika dengan ancaman 20 tahun penjara dan denda paling banyak Rp 10 miliar.",
    "Ia terancam hukuman enam tahun penjara dan denda maksimal Rp 1 miliar.",
    "Pelaku diancam pidana penjara lima tahun atau denda paling sedikit Rp 500 juta.",
    # a reward offered, statistics of many cases, a company's profit
    "Sepanjang 2016, total kerugian akibat penipuan daring di provinsi itu mencapai Rp 2 triliun.",
    "Perusahaan itu meraup laba bersih Rp 625 miliar sepanjang semester pertama.",
    "Bank tersebut membukukan pendapatan Rp 3 triliun tahun lalu.",
]


@pytest.mark.parametrize("sentence", NOT_LOSSES)
def test_no_loss(sentence):
    assert _losses(sentence) == []


MORE_LOSSES = [
    # cash taken, written with everyday verbs
    ("Pelaku mengambil uang Rp 3 juta dan sebuah ponsel milik korban.",
     [(3 * _J, "IDR", "uang tunai")]),
    ("Uang tunai Rp 2,5 juta yang diduga hasil penjualan narkoba turut disita.",
     [(2_500_000, "IDR", "barang bukti")]),
    ("Korban mengaku kehilangan uang Rp 5 juta yang disimpan di dalam tas.",
     [(5 * _J, "IDR", "uang tunai")]),
    # fraud: money paid to the suspect
    ("Tersangka menjanjikan korban bisa menjadi pegawai negeri dan korban menyerahkan uang Rp 100 juta.",
     [(100 * _J, "IDR", "kerugian")]),
    ("Para korban telah mentransfer dana Rp 1,7 miliar ke rekening perusahaan milik tersangka.",
     [(1_700_000_000, "IDR", "kerugian")]),
    # foreign currencies
    ("Ia menerima suap sebesar 20 ribu ringgit Malaysia dari agen itu.",
     [(20_000, "MYR", "suap")]),
    ("Polisi menyita uang tunai US$ 5.000 dan 3.000 dolar Singapura dari koper tersangka.",
     [(3_000, "SGD", "barang bukti"), (5_000, "USD", "barang bukti")]),
    ("Korban penipuan itu kehilangan uang 12 ribu euro.",
     [(12_000, "EUR", "kerugian")]),  # a victim of fraud: his loss
    # seized assets
    ("KPK menyita aset berupa tanah dan bangunan senilai Rp 10 miliar milik tersangka.",
     [(10 * _M, "IDR", "nilai barang bukti")]),
    ("Penyidik membekukan rekening tersangka senilai Rp 2,4 miliar.",
     [(2_400_000_000, "IDR", "aset")]),
    # a fine imposed by a court
    ("Majelis hakim memvonis terdakwa tiga tahun penjara dan denda Rp 100 juta.",
     [(100 * _J, "IDR", "denda")]),
]


@pytest.mark.parametrize("sentence, expected", MORE_LOSSES)
def test_more_loss_shapes(sentence, expected):
    assert _losses(sentence) == sorted(expected)


MORE_NOT_LOSSES = [
    # aid, rewards, wages, prices and budgets beside a case
    "Kapolres menyerahkan bantuan senilai Rp 50 juta kepada korban banjir.",
    "Polisi memberikan hadiah Rp 5 juta kepada warga yang membantu penangkapan.",
    "Tersangka bekerja sebagai sopir dengan gaji Rp 3 juta per bulan.",
    "Pemkot mengalokasikan dana Rp 2 miliar untuk perbaikan jalan tahun depan.",
    "Upah minimum kabupaten tahun ini sebesar Rp 3,5 juta.",
    # a fine demanded or threatened
    "Jaksa menuntut terdakwa lima tahun penjara dan denda Rp 200 juta.",
    "Pengendara yang tidak memakai helm terancam denda maksimal Rp 250 ribu.",
    # statistics of many cases
    "Sepanjang tahun lalu, Polda menangani 120 kasus penipuan dengan total kerugian Rp 50 miliar.",
    "Secara nasional, kerugian akibat peredaran rokok ilegal sepanjang 2016 mencapai Rp 1 triliun.",
]


@pytest.mark.parametrize("sentence", MORE_NOT_LOSSES)
def test_more_no_loss(sentence):
    assert _losses(sentence) == []


NO_LOSS_OF_THE_CASE = [
    # a fine of an earlier verdict of the same man
    "Tersangka merupakan residivis yang pernah divonis dua tahun penjara dan denda Rp 50 juta pada 2012.",
    # a program's name holding a word of the table
    "Anggaran itu antara lain untuk program Jaminan Kesehatan Nasional sebesar Rp 25 triliun, kata tersangka.",
    # an earlier case of the suspect, at another time
    "Tahun lalu, tersangka juga pernah menipu korban lain hingga Rp 50 juta.",
    # a player's or a worker's pay
    "Pemain itu akan menerima bayaran sebesar Rp 500 juta per pekan, kata pelaku kepada polisi.",
]


@pytest.mark.parametrize("sentence", NO_LOSS_OF_THE_CASE)
def test_no_loss_of_the_case(sentence):
    assert _losses(sentence) == []


FINES_AND_CONTRACTS = [
    # a fine in a sentence of charge is threatened, not imposed
    ("Tersangka dijerat Pasal 114 UU Narkotika dengan hukuman 20 tahun penjara dan denda Rp 10 miliar.", []),
    ("Ia dikenakan Pasal 62 UU Perlindungan Konsumen dengan pidana lima tahun dan denda Rp 2 miliar.", []),
    # a fine of a verdict is imposed
    ("Pengendara yang tertangkap itu langsung dikenakan denda Rp 500 ribu di tempat.",
     [(500_000, "IDR", "denda")]),
    ("Hakim memvonis terdakwa tiga tahun penjara dan denda Rp 100 juta subsider tiga bulan kurungan.",
     [(100 * _J, "IDR", "denda")]),
    ("Terdakwa divonis empat tahun penjara dan denda Rp 200 juta.",
     [(200 * _J, "IDR", "denda")]),
    ("Majelis hakim menjatuhkan hukuman lima tahun penjara dan denda Rp 300 juta kepada terdakwa.",
     [(300 * _J, "IDR", "denda")]),
    # a contract's value, an official's wealth, aid from an insurer
    ("Proyek yang dikerjakan tersangka memiliki nilai kontrak Rp 50 miliar.", []),
    ("Berdasarkan LHKPN, harta kekayaan tersangka mencapai Rp 5 miliar.", []),
    ("Jasa Raharja memberikan santunan Rp 50 juta kepada ahli waris korban.", []),
]


@pytest.mark.parametrize("sentence, expected", FINES_AND_CONTRACTS)
def test_fines_and_contracts(sentence, expected):
    assert _losses(sentence) == sorted(expected)


def test_the_value_of_a_stolen_thing_is_no_cash_taken():
    assert _losses("Sepeda motor korban yang dibawa kabur pelaku ditaksir seharga Rp 15 juta.") == [
        (15 * _J, "IDR", "nilai barang bukti")]


@pytest.mark.xfail(strict=True, reason="a bribe promised in all, of which a part was paid ('dari total Rp X yang "
                                       "dijanjikan'): no cue of a bribe reaches the total; the kinds come from 'membayar'")
def test_a_bribe_promised_in_all():
    assert _losses("Tersangka meminta kontraktor membayar US$ 50 ribu lebih dulu dari total Rp 4 miliar yang "
                   "dijanjikan.") == [(50_000, "USD", "suap"), (4 * _M, "IDR", "suap")]


_case_losses = reader("2024-05-01T10:00", id="t", after=" Polisi masih menyelidiki kasus tersebut. "
                      "Kapolsek membenarkan kejadian itu.", field=loss_rows)


def test_an_earlier_verdict_is_skipped_only_in_its_clause():
    # review of s12: `pernah dipenjara` in a relative clause does not drop the loss of the main clause
    text = ("Polisi menangkap Andi (30) karena mencuri di toko. Residivis yang pernah dipenjara itu menggasak uang "
            "tunai Rp 20 juta milik korban.")
    assert [x[0] for x in _case_losses(text)] == [20_000_000]


def test_the_sale_price_of_loot_is_no_price_paid():
    # review of s12: a sale of the loot, in a sentence speaking of what the one before reported, is no loss
    text = ("Polisi menangkap Andi (30) yang merampok toko emas. Pelaku membawa kabur perhiasan senilai Rp 100 juta. "
            "Perhiasan itu dijual seharga Rp 40 juta.")
    assert [x[0] for x in _case_losses(text)] == [100_000_000]


def test_a_fee_paid_in_a_sentence_speaking_of_the_one_before_stays():
    # the narrowing above keeps a price paid in the scheme said of what the sentence before reported
    text = ("Polisi menangkap Andi (30) yang menipu calon jemaah umrah. "
            "Setiap jemaah itu harus membayar Rp 25 juta kepada tersangka.")
    assert _case_losses(text) == [(25_000_000, "IDR", "biaya")]
