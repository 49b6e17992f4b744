"""Scraped-text hygiene: site furniture blanked out (offsets kept), mojibake repaired, binary text
flagged; the lines an archive repeats learnt as its furniture."""
from __future__ import annotations

import polsek_nlp
from polsek_nlp.archive.survey import learn_furniture
from polsek_nlp.lang.furniture import blank_furniture, normalize_line
from polsek_nlp.lang.text import clean, looks_binary, repair_mojibake

BODY = ("BOGOR - Kapolres Bogor AKBP Andi Dicky memimpin apel gelar pasukan di Cibinong, Senin (19/8/2024).\n\n"
        "SCROLL TO CONTINUE WITH CONTENT\n\n"
        "\"Kami siap mengamankan perayaan Natal,\" ujar Andi Dicky kepada wartawan.\n\n"
        "Baca juga: Polisi Tangkap Pencuri Motor di Bekasi\n\n"
        "Foto: Kapolres Bogor saat memimpin apel (Dok. Humas Polres Bogor)\n\n"
        "Simak juga Video 'Kinerja Prabowo-Gibran di Mata Publik' [Gambas:Video 20detik]\n\n"
        "Bagikan")
FURNITURE = ["SCROLL TO CONTINUE WITH CONTENT", "Baca juga: Polisi Tangkap Pencuri Motor di Bekasi",
             "Foto: Kapolres Bogor saat memimpin apel (Dok. Humas Polres Bogor)",
             "Simak juga Video 'Kinerja Prabowo-Gibran di Mata Publik' [Gambas:Video 20detik]", "Bagikan"]


def _spans(text: str, lines: list[str]) -> list[tuple[int, int]]:
    return [(text.index(line), text.index(line) + len(line)) for line in lines]


def test_known_furniture_is_blanked_with_spaces():
    out, found = blank_furniture(BODY)
    assert len(out) == len(BODY)
    assert [i for i, c in enumerate(BODY) if c == "\n"] == [i for i, c in enumerate(out) if c == "\n"]
    for s, e in _spans(BODY, FURNITURE):
        assert out[s:e].strip() == "", BODY[s:e]
    assert "Andi Dicky memimpin apel" in out and "Kami siap" in out
    assert found["scroll"] == 1 and found["see_also"] == 1 and found["caption"] == 1 and found["share"] == 1
    assert found["video"] >= 1


def test_inline_markers_and_article_sentences():
    text = "Polisi datang. SCROLL TO CONTINUE WITH CONTENT Warga lega. Simak juga Video 'Banjir di Bekasi'"
    out, found = blank_furniture(text)
    assert out.startswith("Polisi datang.") and "Warga lega." in out and "SCROLL" not in out and "Simak" not in out
    # the same words inside an article sentence are the article's
    kept = "Petugas menonton video rekaman CCTV. Ia lalu membaca juga laporan warga."
    assert blank_furniture(kept)[0] == kept
    assert blank_furniture("Baca juga pernyataan Kapolres di halaman ini, kata dia kepada wartawan di "
                           "Bogor pada Senin sore setelah apel selesai digelar di lapangan." * 4)[1] == {}


def test_analyze_keeps_offsets_into_the_given_text_and_takes_no_entity_from_furniture():
    rec = polsek_nlp.analyze(BODY, published="2024-08-20")
    assert any("site furniture blanked out" in w for w in rec.warnings)
    spans = _spans(BODY, FURNITURE)
    assert rec.entities
    for ent in rec.entities:
        assert BODY[ent.start:ent.end] == ent.text  # offsets into the text the user gave
        assert not any(ent.start < e and s < ent.end for s, e in spans), ent
    names = {p.name for p in rec.persons} | {o.name for o in rec.officers if o.name}
    assert "Andi Dicky" in names and not any("Prabowo" in n or "Gibran" in n for n in names)
    assert not {"SCROLL", "WITH", "CONTENT"} & {i.name for i in rec.institutions}


def test_lines_learnt_for_an_archive():
    site = "KabarNusa hadir setiap pagi lewat Ringkasan Nusantara bersama Bambang Santoso"
    texts = [f"Polisi di kota {i} menangkap {i} pelaku pencurian pada malam hari.\n{site}" for i in range(60)]
    learnt = learn_furniture(texts)
    assert learnt == {normalize_line(site)}
    assert learn_furniture(texts[:4]) == frozenset()  # too few articles to tell
    # an article that is in the archive many times is not a site template
    assert learn_furniture([texts[0]] * 60) == frozenset()
    rec = polsek_nlp.analyze(texts[3], furniture=learnt)
    assert "repeated: 1" in " ".join(rec.warnings)
    assert not any(p.name == "Bambang Santoso" for p in rec.persons)


def test_mojibake_is_repaired_in_place():
    given = "Kapolres AKBP JosÃ© RamÃ­rez berkata, â€œKami siapâ€\x9d di Bogor."
    fixed, n = repair_mojibake(given)
    assert n == 4 and len(fixed) == len(given)
    assert "José" in fixed and "Ramírez" in fixed and "“Kami" in fixed and "siap”" in fixed
    for word in ("Kapolres", "berkata,", "di", "Bogor."):  # every other word where it was
        assert fixed.index(word) == given.index(word)
    text, warnings = clean(given)
    assert "José" in text and any("mojibake repaired" in w for w in warnings)
    rec = polsek_nlp.analyze(given.replace("siapâ€", "siap menjaga keamanan wargaâ€"))
    assert any(q.text.startswith("Kami siap") and "José" in (q.speaker or "") for q in rec.quotes)
    assert not any("mojibake" in w for w in polsek_nlp.analyze("Kafe José di Bogor.").warnings)


def test_binary_looking_text_is_flagged():
    import random

    junk = bytes(random.Random(3).randbytes(20000)).decode("utf-8", errors="replace")
    assert looks_binary(junk)
    assert any("binary" in w for w in clean(junk)[1])
    assert not looks_binary(BODY)


def test_every_inline_pattern_is_seen_by_the_quick_look():
    from polsek_nlp.data import read_table
    from polsek_nlp.lang.furniture import inline_words

    for row in read_table("furniture.tsv"):
        if row["where"] == "inline":
            pattern = row["pattern"].lower().replace("\\s+", " ").replace("\\s*", "")
            assert any(w in pattern for w in inline_words()), row["pattern"]
